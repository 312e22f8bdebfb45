"""One endpoint broken down for two or more subgroups or arms in one sentence (issue 9): coordinated clauses each
naming its own group ("among 16 FISH-tested patients ... and among 13 NGS-tested patients ...", "in the X cohort
..., in the Y cohort ...", "For melanoma, ...; for NSCLC, ...", "in arm A ... and in arm B ..."), lists with "n =",
"N (x%)", "x of N", "respectively" variants, a population's size counted at the head; of best response, adverse
events, discontinuations and prior therapies. In the sentence forms of public pages found with the ``search`` tool
(corpus ``pages``: PMC articles and table notes, conference and journal abstracts, a company filing), none a golden
paper. Drugs, numbers and wording are invented; each entry's comment gives the address whose paragraph showed the
form. Every gold was written before any paragraph was read back.

Entry format and scoring conventions: those of tests/extraction/prose_calibration_corpus.py (``(context,
paragraph, gold)``; ``G(value, statistic, endpoint, group[, optional])``; "denominator" is not scored; a threshold,
a grade, a dose or a time point is no result: endpoint ``None``).

Policy for a group's size said at the head of its clause ("among 16 FISH-tested patients", "Of the 41 patients in
the letrozole cohort", "In the EZH2-mutant cohort (n=24)"): it is the count of that group's population, gold
``G(N, "count", "population", <group>, optional=True)``: read as that group's "population" it is right, left unread
it is kept out, read as anything else (an endpoint count, another group's) it is silently wrong."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TESTED = "Tumour samples were tested for ALK rearrangement by FISH or by NGS; all patients received ravotinib."
AI_COHORTS = (
    "Patients were enrolled in a letrozole cohort or an anastrozole cohort and received ravotinib with the aromatase "
    "inhibitor."
)
EZH2 = "Patients were assigned by EZH2 status to an EZH2-mutant cohort or a wild-type cohort."
TUMOURS = "Patients with melanoma or NSCLC and a pre-existing autoimmune disorder received a checkpoint inhibitor."
BRAF = "Tumours were classified as BRAF wild-type or BRAF-mutant; all patients received lorvamab."
GROUPS_AB = (
    "Patients were divided into group A (patients who received a checkpoint inhibitor) and group B (patients who did "
    "not)."
)
KRAS = "Tumours were classified as wild-type or mutant for KRAS; all patients received lorvamab."
RV_TPC = "Patients were randomized to ravotinib (RV) or treatment of physician's choice (TPC)."
ARMS_ABC = "Patients were randomized to lorvamab plus tremelimumab (arm A), lorvamab (arm B) or tremelimumab (arm C)."
ARMS_AB = "Patients were randomized to ravotinib plus fulvestrant (arm A) or fulvestrant alone (arm B)."
DOSES = "Patients received zorbatinib at 750 mg/m2 or 1,000 mg/m2 every 3 weeks in two sequential cohorts."
DOSES_MG = "Patients received oral zorbatinib at 300 mg or 600 mg once daily in two dose cohorts."
MONO_COMBO = (
    "Patients were enrolled in a monotherapy (mono) cohort receiving ravotinib alone or a combination (combo) cohort "
    "receiving ravotinib plus fulvestrant."
)
PS = "All patients received ravotinib; response was analysed by ECOG performance status (PS) at baseline."
ESC_EXP = "The study had a dose-escalation cohort and an expansion cohort at the recommended phase 2 dose."
COHORTS_AB = "Patients were enrolled in cohort A (previously treated) or cohort B (treatment-naive)."
GROUPS_MG = "Patients were randomized to the 10 mg group or the 20 mg group of zorbatinib."
TP53 = "Tumour DNA was sequenced for TP53 in all patients treated with lorvamab."

CORPUS: list[Entry] = [
    # ==== "among N X patients ... and among M Y patients ...", items "(n = k)" ======================================
    # the brief's own form (issue 9, a tuning sentence), with the head of PMC8100565
    # (https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4: "Of the 58 patients' best response, 8
    # (14%) achieved partial response, 19 (33%) had stable disease")
    (
        TESTED,
        "Among 16 FISH-tested patients the best response was PR (n = 4), SD (n = 9), and PD (n = 3), and among 13 "
        "NGS-tested patients was PR (n = 2), SD (n = 7), and PD (n = 4).",
        [
            G(16, "count", "population", "FISH-tested", True),
            G(4, "count", "PR|partial response", "FISH-tested"),
            G(9, "count", "SD|stable disease", "FISH-tested"),
            G(3, "count", "PD|progressive disease", "FISH-tested"),
            G(13, "count", "population", "NGS-tested", True),
            G(2, "count", "PR|partial response", "NGS-tested"),
            G(7, "count", "SD|stable disease", "NGS-tested"),
            G(4, "count", "PD|progressive disease", "NGS-tested"),
        ],
    ),
    # same page ("35 patients still had measurable disease ..., of whom 8 (23%) had a partial response and 19 (54%)
    # had stable disease as best response"), two groups coordinated by ";"
    (
        AI_COHORTS,
        "Of the 41 patients in the letrozole cohort, 6 (15%) achieved a partial response and 22 (54%) had stable "
        "disease; of the 37 patients in the anastrozole cohort, 4 (11%) achieved a partial response and 19 (51%) had "
        "stable disease.",
        [
            G(41, "count", "population", "letrozole", True),
            G(6, "count", "partial response", "letrozole"),
            G(15, "percent", "partial response", "letrozole"),
            G(22, "count", "stable disease", "letrozole"),
            G(54, "percent", "stable disease", "letrozole"),
            G(37, "count", "population", "anastrozole", True),
            G(4, "count", "partial response", "anastrozole"),
            G(11, "percent", "partial response", "anastrozole"),
            G(19, "count", "stable disease", "anastrozole"),
            G(51, "percent", "stable disease", "anastrozole"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7485351/table/nlm-table-wrap-5 ("Among all 17 patients, 14 patients
    # were evaluable for response assessment: 3 patients achieved a CR, 5 patients had a PR, 2 patients had SD")
    (
        ESC_EXP,
        "Of the 30 patients in the expansion cohort, 25 were evaluable for response: 1 had a CR, 6 had a PR and 11 "
        "had SD.",
        [
            G(30, "count", "population", "expansion", True),
            G(25, "count", "evaluable for response|evaluable", "expansion", True),
            G(1, "count", "CR|complete response", "expansion"),
            G(6, "count", "PR|partial response", "expansion"),
            G(11, "count", "SD|stable disease", "expansion"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("of whom 8 (23%) had a partial
    # response") and https://pdgfreceptor.com/3-in-the-presence-of-kras-mutation-whereas-as-in-the-absence-of ("among
    # the 24 mutated and 65 nonmutated patients")
    (
        PS,
        "Among 22 patients with ECOG PS 0, 9 (41%) had an objective response, and among 18 patients with ECOG PS 1, 4 "
        "(22%) had an objective response.",
        [
            G(22, "count", "population", "ECOG PS 0|PS 0", True),
            G(9, "count", "objective response", "ECOG PS 0|PS 0"),
            G(41, "percent", "objective response", "ECOG PS 0|PS 0"),
            G(18, "count", "population", "ECOG PS 1|PS 1", True),
            G(4, "count", "objective response", "ECOG PS 1|PS 1"),
            G(22, "percent", "objective response", "ECOG PS 1|PS 1"),
            G(0, "*", None, None),
            G(1, "*", None, None),
        ],
    ),
    # ==== "in the X cohort ..., in the Y cohort ..." ================================================================
    # https://capedge.com/filing/1571498/0001193125-18-291511/EPZM-8K ("In the EZH2 activating mutation cohort (n=28),
    # an objective response rate, or ORR, of 71 percent was observed with 11 percent of patients having achieved a
    # complete response ... and 61 percent ... a partial response")
    (
        EZH2,
        "In the EZH2-mutant cohort (n=24), the ORR was 67%, with 13% of patients achieving a CR and 54% a PR; in the "
        "wild-type cohort (n=49), the ORR was 33%, with 6% achieving a CR and 27% a PR.",
        [
            G(24, "count", "population", "EZH2-mutant", True),
            G(67, "percent|rate", "ORR", "EZH2-mutant"),
            G(13, "percent", "CR|complete response", "EZH2-mutant"),
            G(54, "percent", "PR|partial response", "EZH2-mutant"),
            G(49, "count", "population", "wild-type", True),
            G(33, "percent|rate", "ORR", "wild-type"),
            G(6, "percent", "CR|complete response", "wild-type"),
            G(27, "percent", "PR|partial response", "wild-type"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7485351/table/nlm-table-wrap-5 ("3 patients achieved a CR, 5 patients
    # had a PR, 2 patients had SD"), by dose cohort with the verb elided
    (
        DOSES,
        "In the 750 mg/m2 cohort, 2 patients achieved a CR, 4 a PR and 3 SD, whereas in the 1,000 mg/m2 cohort, 3 "
        "achieved a CR, 2 a PR and 5 SD.",
        [
            G(750, "*", None, None),
            G(1000, "*", None, None),
            G(2, "count", "CR|complete response", "750 mg/m2"),
            G(4, "count", "PR|partial response", "750 mg/m2"),
            G(3, "count", "SD|stable disease", "750 mg/m2"),
            G(3, "count", "CR|complete response", "1,000 mg/m2|1000 mg/m2"),
            G(2, "count", "PR|partial response", "1,000 mg/m2|1000 mg/m2"),
            G(5, "count", "SD|stable disease", "1,000 mg/m2|1000 mg/m2"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7485351/table/nlm-table-wrap-5 ("CR was seen after two and eight cycles
    # ... in two patients at 1,200 mg/m2 and after eight cycles in one patient at 900 mg/m2")
    (
        DOSES,
        "Complete response was seen in three patients at 1,000 mg/m2 and in one patient at 750 mg/m2.",
        [
            G(3, "count", "complete response", "1,000 mg/m2|1000 mg/m2"),
            G(1000, "*", None, None),
            G(1, "count", "complete response", "750 mg/m2"),
            G(750, "*", None, None),
        ],
    ),
    # ==== "For X, ...; for Y, ..." ==================================================================================
    # https://jitc.bmj.com/content/8/1/e000538 ("For RCC, objective response rate (ORR) was 31% (95% CI 20% to 45%),
    # median time to treatment failure (TTF) was 7 months (95% CI 4 to 10) ... For UC, ORR was 40% ...")
    (
        TUMOURS,
        "For melanoma, the ORR was 29% (95% CI 18% to 42%) and the median TTF was 6 months (95% CI 4 to 9); for "
        "NSCLC, the ORR was 38% (95% CI 24% to 53%) and the median TTF was 4.5 months (95% CI 2.1 to 7.8).",
        [
            G(29, "percent|rate", "ORR", "melanoma"),
            G(18, "ci_low", "ORR", "melanoma"),
            G(42, "ci_high", "ORR", "melanoma"),
            G(6, "median", "TTF", "melanoma"),
            G(4, "ci_low", "TTF", "melanoma"),
            G(9, "ci_high", "TTF", "melanoma"),
            G(38, "percent|rate", "ORR", "NSCLC"),
            G(24, "ci_low", "ORR", "NSCLC"),
            G(53, "ci_high", "ORR", "NSCLC"),
            G(4.5, "median", "TTF", "NSCLC"),
            G(2.1, "ci_low", "TTF", "NSCLC"),
            G(7.8, "ci_high", "TTF", "NSCLC"),
            G(95, "*", None, None),
        ],
    ),
    # same page, the two groups in separate sentences of one paragraph
    (
        TUMOURS,
        "For melanoma, 12-month overall survival was 74% (95% CI 60% to 84%). For NSCLC, 12-month overall survival "
        "was 58% (95% CI 43% to 70%).",
        [
            G(12, "*", None, None),
            G(74, "percent|rate", "overall survival", "melanoma"),
            G(60, "ci_low", "overall survival", "melanoma"),
            G(84, "ci_high", "overall survival", "melanoma"),
            G(58, "percent|rate", "overall survival", "NSCLC"),
            G(43, "ci_low", "overall survival", "NSCLC"),
            G(70, "ci_high", "overall survival", "NSCLC"),
            G(95, "*", None, None),
        ],
    ),
    # https://jitc.bmj.com/content/8/1/e000538 (per group "ORR was ..., median TTF was ..."): two endpoints per arm,
    # the second clause's given "respectively"
    (
        ARMS_AB,
        "In arm A, the median PFS was 7.2 months and the ORR was 34%; in arm B, they were 5.1 months and 21%, "
        "respectively.",
        [
            G(7.2, "median", "PFS", "arm A"),
            G(34, "percent|rate", "ORR", "arm A"),
            G(5.1, "median", "PFS", "arm B"),
            G(21, "percent|rate", "ORR", "arm B"),
        ],
    ),
    # ==== "x of N with X but none of the M with Y"; "x of N ... and y of M ..." =====================================
    # https://www.nature.com/articles/ncponc1144 ("an objective response was recorded in 27 of 66 patients with
    # wild-type KRAS tumor status but in none of the 42 patients with KRAS mutations")
    (
        BRAF,
        "An objective response was recorded in 21 of 58 patients with BRAF wild-type tumours but in none of the 37 "
        "patients with BRAF-mutant tumours.",
        [
            G(21, "count", "objective response", "BRAF wild-type|wild-type"),
            G(58, "denominator", None, None),
            G(37, "count", "population", "BRAF-mutant", True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("17 of the first 24 patients (71%;
    # ...) experienced a clinical benefit"), by cohort
    (
        COHORTS_AB,
        "Responses were observed in 12 of 30 patients (40%) in cohort A and in 5 of 28 patients (18%) in cohort B.",
        [
            G(12, "count", "responses|response", "cohort A"),
            G(30, "denominator", None, None),
            G(40, "percent", "responses|response", "cohort A"),
            G(5, "count", "responses|response", "cohort B"),
            G(28, "denominator", None, None),
            G(18, "percent", "responses|response", "cohort B"),
        ],
    ),
    # ==== "respectively" variants ===================================================================================
    # https://jitc.bmj.com/content/9/2/e001999 ("With a median follow-up of 11.8 months ... and 6.0mo ..., 66% and 76%
    # of patients died in groups A and B, respectively")
    (
        GROUPS_AB,
        "With a median follow-up of 10.9 months and 5.2 months, 61% and 79% of patients died in groups A and B, "
        "respectively.",
        [
            G(10.9, "median", "follow-up", "group A", True),
            G(5.2, "median", "follow-up", "group B", True),
            G(61, "percent", "died|death", "group A"),
            G(79, "percent", "died|death", "group B"),
        ],
    ),
    # https://pdgfreceptor.com/3-in-the-presence-of-kras-mutation-whereas-as-in-the-absence-of ("Response rates to
    # panitumumab were 17% and 0%, for the WT and mutant groups, respectively")
    (
        KRAS,
        "Response rates to lorvamab were 19% and 2% for the wild-type and mutant groups, respectively.",
        [
            G(19, "percent|rate", "response rates|response rate", "wild-type"),
            G(2, "percent|rate", "response rates|response rate", "mutant"),
        ],
    ),
    # https://aacrjournals.org/clincancerres/article/26/4/846/83027/Safety-and-Efficacy-of-Durvalumab-and-Tremelimumab
    # ("A total of 113 patients were treated: 6 in phase Ib and 107 (arm A, 27; arm B, 24; ...) in phase II. Overall
    # response rates were 7.4%, 0%, 8.3%, 4.0%, and 15.8% in the five arms, respectively.")
    (
        ARMS_ABC,
        "A total of 98 patients were treated: 5 in phase Ib and 93 (arm A, 31; arm B, 28; arm C, 34) in phase II. "
        "Objective response rates were 9.7%, 3.6%, and 11.8% in the three arms, respectively.",
        [
            G(98, "count", "treated", None, True),
            G(5, "count", "treated|population", "phase Ib", True),
            G(93, "count", "treated|population", "phase II", True),
            G(31, "count", "population", "arm A", True),
            G(28, "count", "population", "arm B", True),
            G(34, "count", "population", "arm C", True),
            G(9.7, "percent|rate", "objective response rates|objective response rate", "arm A"),
            G(3.6, "percent|rate", "objective response rates|objective response rate", "arm B"),
            G(11.8, "percent|rate", "objective response rates|objective response rate", "arm C"),
        ],
    ),
    # ==== adverse events per arm ====================================================================================
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 ("All pts had AEs G1-4 in SG arm vs 37
    # (86.0%) in TPC arm, and 30 (66.7%) vs 9 (20.9%) G3-4")
    (
        RV_TPC,
        "Adverse events of any grade occurred in all patients in the RV arm vs 35 (83.3%) in the TPC arm, and grade "
        "3-4 events in 28 (62.2%) vs 8 (19.0%).",
        [
            G(35, "count", "adverse events|adverse events of any grade", "TPC"),
            G(83.3, "percent", "adverse events|adverse events of any grade", "TPC"),
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(28, "count", "grade 3-4 events|grade 3-4 adverse events", "RV"),
            G(62.2, "percent", "grade 3-4 events|grade 3-4 adverse events", "RV"),
            G(8, "count", "grade 3-4 events|grade 3-4 adverse events", "TPC"),
            G(19.0, "percent", "grade 3-4 events|grade 3-4 adverse events", "TPC"),
        ],
    ),
    # same page ("6 (13.6%) pts under SG vs 3 (9.4%) under capecitabine discontinued therapy prematurely")
    (
        RV_TPC,
        "Five (11.1%) patients under RV vs 2 (4.8%) under TPC discontinued treatment prematurely.",
        [
            G(5, "count", "discontinued treatment prematurely|discontinued treatment", "RV"),
            G(11.1, "percent", "discontinued treatment prematurely|discontinued treatment", "RV"),
            G(2, "count", "discontinued treatment prematurely|discontinued treatment", "TPC"),
            G(4.8, "percent", "discontinued treatment prematurely|discontinued treatment", "TPC"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4086808/table/T4 (grade 3 or 4 toxicity and its neutropenia by group),
    # said in prose per arm with "including"
    (
        ARMS_AB,
        "Grade 3 or higher adverse events occurred in 18 patients (45%) in arm A, including neutropenia in 9, and in "
        "11 patients (28%) in arm B, including neutropenia in 4.",
        [
            G(3, "*", None, None),
            G(18, "count", "grade ≥3 adverse events|adverse events", "arm A"),
            G(45, "percent", "grade ≥3 adverse events|adverse events", "arm A"),
            G(9, "count", "neutropenia", "arm A"),
            G(11, "count", "grade ≥3 adverse events|adverse events", "arm B"),
            G(28, "percent", "grade ≥3 adverse events|adverse events", "arm B"),
            G(4, "count", "neutropenia", "arm B"),
        ],
    ),
    # http://nlp.case.edu/public/data/TargetedToxicity_JCOFullText/goldstandard/2013-07-23_06-59-59_tagged.html ("Three
    # deaths (5%) occurred on therapy as a result of pneumonitis (n = 1), stroke (n =1), and heart failure (n = 1)"):
    # the list's group said after it, one per clause
    (
        ARMS_AB,
        "The most common grade 3 adverse events were neutropenia (n = 6) and anemia (n = 2) in arm A and fatigue "
        "(n = 5) in arm B.",
        [
            G(3, "*", None, None),
            G(6, "count", "neutropenia", "arm A"),
            G(2, "count", "anemia", "arm A"),
            G(5, "count", "fatigue", "arm B"),
        ],
    ),
    # same page, deaths per group with their causes in a breakdown bracket
    (
        GROUPS_MG,
        "Deaths occurred in 4 patients in the 10 mg group (sepsis, n = 3; pneumonia, n = 1) and in 2 patients in the "
        "20 mg group (stroke, n = 2).",
        [
            G(4, "count", "deaths|death", "10 mg"),
            G(3, "count", "sepsis|death due to sepsis", "10 mg", True),
            G(1, "count", "pneumonia|death due to pneumonia", "10 mg", True),
            G(2, "count", "deaths|death", "20 mg"),
            G(2, "count", "stroke|death due to stroke", "20 mg", True),
            G(10, "*", None, None),
            G(20, "*", None, None),
        ],
    ),
    # ==== discontinuation reasons per arm ===========================================================================
    # http://ashpublications.com/view-large/7280372 (reasons for discontinuation by arm: progression, drug-related
    # adverse event), said in prose per arm with the verb elided in the second clause
    (
        ARMS_AB,
        "In arm A, treatment was discontinued because of disease progression in 14 patients and adverse events in 5; "
        "in arm B, because of disease progression in 19 and adverse events in 3.",
        [
            G(14, "count", "disease progression|discontinued because of disease progression", "arm A"),
            G(5, "count", "adverse events|discontinued because of adverse events", "arm A"),
            G(19, "count", "disease progression|discontinued because of disease progression", "arm B"),
            G(3, "count", "adverse events|discontinued because of adverse events", "arm B"),
        ],
    ),
    # https://bmjopen-bmj-com.ezproxy.u-pec.fr/highwire/markup/348889/expansion?height=500&iframe=true&width=1000
    # ("Twelve patients were considered NE ... as they had discontinued the study due to death (n=9) or consent
    # withdrawal (n=3)"), per dose cohort
    (
        DOSES_MG,
        "In the 300 mg cohort, 7 patients were not evaluable because they discontinued due to death (n=5) or consent "
        "withdrawal (n=2); in the 600 mg cohort, 3 patients were not evaluable because of death (n=3).",
        [
            G(300, "*", None, None),
            G(600, "*", None, None),
            G(7, "count", "not evaluable", "300 mg"),
            G(5, "count", "death|discontinued due to death", "300 mg", True),
            G(2, "count", "consent withdrawal|discontinued due to consent withdrawal", "300 mg", True),
            G(3, "count", "not evaluable", "600 mg"),
            G(3, "count", "death|discontinued due to death", "600 mg", True),
        ],
    ),
    # ==== prior therapies per cohort ================================================================================
    # https://clincancerres.aacrjournals.org/highwire/markup/177248/expansion (a table of prior lines of therapy; the
    # query string of its address left out), said per cohort with the noun elided
    (
        MONO_COMBO,
        "Patients in the mono cohort had received a median of 3 prior lines (range, 1-8) and those in the combo cohort "
        "a median of 2 (range, 1-6).",
        [
            G(3, "median", "prior lines", "mono"),
            G(1, "min", "prior lines", "mono"),
            G(8, "max", "prior lines", "mono"),
            G(2, "median", "prior lines", "combo"),
            G(1, "min", "prior lines", "combo"),
            G(6, "max", "prior lines", "combo"),
        ],
    ),
    # https://cslide.ctimeetingtech.com/breast22hybrid/attendee/person/631 ("30 (66.7%) vs 29 (67.4%) were HR-, 15
    # (33.3%) vs 14 (32.6%) HR+"), prior therapy per cohort
    (
        MONO_COMBO,
        "In the mono cohort, 21 (68%) patients had received prior chemotherapy and 9 (29%) prior endocrine therapy; in "
        "the combo cohort, 14 (52%) and 17 (63%), respectively.",
        [
            G(21, "count", "received prior chemotherapy|prior chemotherapy", "mono"),
            G(68, "percent", "received prior chemotherapy|prior chemotherapy", "mono"),
            G(9, "count", "prior endocrine therapy", "mono"),
            G(29, "percent", "prior endocrine therapy", "mono"),
            G(14, "count", "received prior chemotherapy|prior chemotherapy", "combo"),
            G(52, "percent", "received prior chemotherapy|prior chemotherapy", "combo"),
            G(17, "count", "prior endocrine therapy", "combo"),
            G(63, "percent", "prior endocrine therapy", "combo"),
        ],
    ),
    # ==== a breakdown by response category (no group the reader names) ==============================================
    # https://discovery.researcher.life/article/kras-mutations-preclude-tumor-shrinkage-of-colorectal-cancers-treated-
    # with-cetuximab/e91e61c1eae33e39914c1f0955dcd4c1 ("A KRAS MUT was found in 17 tumors (46%): 2 in PD (66.7%), 15 in
    # SD (57.7%) and none in PR patients")
    (
        TP53,
        "A TP53 mutation was found in 15 tumours (41%): 2 in PD (50.0%), 13 in SD (54.2%) and none in PR.",
        [
            G(15, "count", "TP53 mutation", None),
            G(41, "percent", "TP53 mutation", None),
            G(2, "count", "TP53 mutation", "PD"),
            G(50.0, "percent", "TP53 mutation", "PD"),
            G(13, "count", "TP53 mutation", "SD"),
            G(54.2, "percent", "TP53 mutation", "SD"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9401557 ("All 114 patients treated ... in phases I (n = 4) and II
    # (n = 110) were assessed for safety and efficacy"): sizes only, by phase
    (
        ESC_EXP,
        "All 86 patients treated in the dose-escalation cohort (n = 6) and the expansion cohort (n = 80) were assessed "
        "for safety.",
        [
            G(86, "count", "population|treated", None, True),
            G(6, "count", "population", "dose-escalation", True),
            G(80, "count", "population", "expansion", True),
        ],
    ),
]

# ==== second instances (written after the rules of extractors/prose_clause_heads.py, gold first, new wording) =========
SECOND: list[Entry] = [
    # the brief's form (issue 9) with "among" heads and shares: PMC8100565 ("of whom 8 (23%) had a partial response")
    (
        "Tumours were tested for MET amplification by IHC or by NGS; all patients received savolitinib-X.",
        "Among 20 IHC-tested patients the best response was CR (n = 1), PR (n = 5), and SD (n = 8), and among 11 "
        "NGS-tested patients was PR (n = 3) and SD (n = 6).",
        [
            G(20, "count", "population", "IHC-tested", True),
            G(1, "count", "CR|complete response", "IHC-tested"),
            G(5, "count", "PR|partial response", "IHC-tested"),
            G(8, "count", "SD|stable disease", "IHC-tested"),
            G(11, "count", "population", "NGS-tested", True),
            G(3, "count", "PR|partial response", "NGS-tested"),
            G(6, "count", "SD|stable disease", "NGS-tested"),
        ],
    ),
    # https://jitc.bmj.com/content/8/1/e000538 ("For RCC, ORR was 31% ...; For UC, ORR was 40% ...")
    (
        "Patients with renal or urothelial cancer received pembrolizumab-X.",
        "For renal cancer, the disease control rate was 61% (95% CI 47% to 73%); for urothelial cancer, it was 48% "
        "(95% CI 33% to 63%).",
        [
            G(61, "percent|rate", "disease control rate", "renal cancer|renal"),
            G(47, "ci_low", "disease control rate", "renal cancer|renal"),
            G(73, "ci_high", "disease control rate", "renal cancer|renal"),
            G(48, "percent|rate", "disease control rate", "urothelial cancer|urothelial"),
            G(33, "ci_low", "disease control rate", "urothelial cancer|urothelial"),
            G(63, "ci_high", "disease control rate", "urothelial cancer|urothelial"),
            G(95, "*", None, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("Of the 58 patients' best response, 8
    # (14%) achieved partial response")
    (
        "Patients were enrolled in a first-line cohort or a pretreated cohort.",
        "Of the 26 patients in the first-line cohort, 9 (35%) achieved a partial response; of the 31 patients in the "
        "pretreated cohort, 5 (16%) achieved a partial response.",
        [
            G(26, "count", "population", "first-line", True),
            G(9, "count", "partial response", "first-line"),
            G(35, "percent", "partial response", "first-line"),
            G(31, "count", "population", "pretreated", True),
            G(5, "count", "partial response", "pretreated"),
            G(16, "percent", "partial response", "pretreated"),
        ],
    ),
    # https://capedge.com/filing/1571498/0001193125-18-291511/EPZM-8K ("In the EZH2 activating mutation cohort (n=28),
    # an ORR of 71 percent was observed")
    (
        "Patients were enrolled in a low-dose cohort or a high-dose cohort of lorvamab.",
        "In the low-dose cohort, the median PFS was 3.9 months; in the high-dose cohort, the median PFS was 6.2 "
        "months.",
        [
            G(3.9, "median", "PFS", "low-dose"),
            G(6.2, "median", "PFS", "high-dose"),
        ],
    ),
]
