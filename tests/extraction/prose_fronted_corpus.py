"""Sentences fronted by a phrase before their first comma (issue 9): a subgroup, a setting, a dose level or a line of
therapy that names whose results the clause gives ("For melanoma, ...", "In the neoadjuvant setting, ...", "Among
women, ...", "In patients aged 75 years or older, ...", "At the recommended phase 2 dose, ...", "In the
biomarker-positive subgroup, ..."), and fronted phrases that name no group (a time: "At data cutoff, ...", "After a
median follow-up of 14 months, ..."; a method: "By investigator assessment, ..."; the whole: "Overall, ...", "In
total, ...", "In the intention-to-treat population, ..." of a one-population trial). In the sentence forms of public
pages found with the ``search`` tool (corpus ``pages``: abstracts, PMC tables and their notes, news reports of
conference abstracts), none a golden paper. Drugs, numbers and wording are invented; each entry's comment gives the
address whose text showed the form. Every gold was written before any paragraph was read back.

Entry format and scoring conventions: those of tests/extraction/prose_calibration_corpus.py (``(context, paragraph,
gold)``; ``G(value, statistic, endpoint, group[, optional])``; "denominator" is not scored; a threshold, a time point
or a dose is no result: endpoint ``None``)."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received velutamab 10 mg/kg intravenously every 3 weeks until progression."
TUMOURS = "Patients with advanced melanoma or NSCLC received velutamab every 3 weeks."
NEO_MET = (
    "Patients with HER2-positive breast cancer received pelotuzumab with chemotherapy in the neoadjuvant or in the "
    "metastatic setting."
)
ESCALATION = "Velutamab was escalated from 1 to 20 mg/kg; 10 mg/kg was chosen as the recommended phase 2 dose (RP2D)."
BIOMARKER = "Tumours were tested for the ZX7 biomarker; all patients received velutamab."
AGE_70 = (
    "Patients of any age received pemalitinib maintenance; outcomes were analysed by age (below 70 and 70 or over)."
)
FIT_OLDER = "Fit older patients (65 years or over) and adults (45 to 64 years) received the same standard chemotherapy."
MSS_CRC = "Patients with microsatellite-stable colorectal cancer received velutamab; liver metastases were recorded."
EGFR = "Patients with advanced NSCLC received tovertinib whatever their EGFR status."
HISTOLOGY = "Patients with squamous or nonsquamous NSCLC received velutamab."
LINES = "Patients received velutamab as first-line or as second-line therapy for gastric cancer."
PRETREATED = "Patients with HER2-positive breast cancer who had received at least three prior regimens were enrolled."
NEO_ONLY = "All patients received four cycles of neoadjuvant chemotherapy before surgery."
DOSE_LEVELS = "Zorbatinib was given at five dose levels from 50 to 400 mg once daily."
OVARIAN = "Patients with ovarian cancer were enrolled in an ovarian cancer cohort of the basket trial."
TWO_GROUPS = "Patients were randomized to the 10 mg group or the 20 mg group of zorbatinib."
PROSTATE = "Men with metastatic castration-resistant prostate cancer received velutamab."

CORPUS: list[Entry] = [
    # ==== a fronted subgroup, setting, dose level or line: the clause's group =====================================
    # the brief's form (issue 9); "For non-elderly pts, the 1 and 2 yr OS rates were ..." in
    # https://discovery.researcher.life/article/final-efficacy-and-safety-results-of-pemetrexed-pem-continuation-maintenance-mtc-therapy-in-the-elderly-from-the-paramount-phase-iii-study/3b09fae8d57a3f93a42629ac391ca80c
    (
        TUMOURS,
        "For melanoma, the ORR was 31% (95% CI, 20% to 44%). For NSCLC, it was 18% (95% CI, 9% to 30%).",
        [
            G(31, "percent|rate", "ORR", "melanoma"),
            G(20, "ci_low", "ORR", "melanoma"),
            G(44, "ci_high", "ORR", "melanoma"),
            G(18, "percent|rate", "ORR", "NSCLC"),
            G(9, "ci_low", "ORR", "NSCLC"),
            G(30, "ci_high", "ORR", "NSCLC"),
        ],
    ),
    # the subgroup after the whole: "The overall response rate was 45% (49% in women with estrogen receptor-positive
    # disease ...)" in https://hospitalist.qa00.mdedge.com/obgyn/article/55330/breast-cancer/oral-taxane-shows-spunk-metastatic-breast-cancer/page/0/1?channel=192
    (
        ONE_ARM,
        "The objective response rate was 28% (95% CI, 19% to 39%). Among women, the objective response rate was 36% "
        "(95% CI, 22% to 52%).",
        [
            G(28, "percent|rate", "objective response rate", None),
            G(19, "ci_low", "objective response rate", None),
            G(39, "ci_high", "objective response rate", None),
            G(36, "percent|rate", "objective response rate", "women"),
            G(22, "ci_low", "objective response rate", "women"),
            G(52, "ci_high", "objective response rate", "women"),
        ],
    ),
    # an age cut-off: "Older patients had significantly more ... Grade 3 adverse events (178 [85%] ...)" in
    # https://researchain.net/papers/10z99z1016w99wjz99zjgoz99z2019z99z05z99z008 (and the age strata of
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2810448/table/tbl3)
    (
        ONE_ARM,
        "In patients aged 75 years or older, grade 3 or higher adverse events occurred in 14 of 22 patients (64%).",
        [
            G(75, "*", None, None),
            G(14, "count", "grade ≥3 adverse events|grade 3 or higher adverse events", "aged 75 years or older"),
            G(22, "denominator", None, None),
            G(64, "percent", "grade ≥3 adverse events|grade 3 or higher adverse events", "aged 75 years or older"),
        ],
    ),
    # a setting: "Data regarding pathologic response ... in neoadjuvant setting" in
    # http://apjcp.ir/journal/index.php/apjcc/article/view/730/1841
    (
        NEO_MET,
        "In the neoadjuvant setting, the pathologic complete response rate was 41% (95% CI, 30% to 53%). In the "
        "metastatic setting, the objective response rate was 57%.",
        [
            G(41, "percent|rate", "pathologic complete response rate", "neoadjuvant"),
            G(30, "ci_low", "pathologic complete response rate", "neoadjuvant"),
            G(53, "ci_high", "pathologic complete response rate", "neoadjuvant"),
            G(57, "percent|rate", "objective response rate", "metastatic"),
        ],
    ),
    # a dose level: the dose-level columns of https://bmjopen-bmj-com.ezproxy.u-pec.fr/highwire/markup/348889/expansion?height=500&iframe=true&width=1000
    # and "one patient treated with a 264mg/m2 dose, achieved a durable partial response" in
    # https://si.frajer.net/readmsg.aspx?msgid=21064598
    (
        ESCALATION,
        "At the recommended phase 2 dose, the ORR was 27% (9 of 33 patients).",
        [
            G(27, "percent|rate", "ORR", "recommended phase 2 dose|RP2D"),
            G(9, "count", "ORR", "recommended phase 2 dose|RP2D"),
            G(33, "denominator", None, None),
        ],
    ),
    # a biomarker subgroup after the whole: "Efficacy results, PD-L1-positive population" in
    # https://clincancerres.aacrjournals.org/highwire/markup/181360/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed
    # and "OS in patients with adenocarcinoma histology" in https://www.vargatef.com/lume-lung-1-trial-efficacy
    (
        BIOMARKER,
        "Median PFS was 4.9 months (95% CI, 3.8 to 6.1) in all patients. In the biomarker-positive subgroup, median "
        "PFS was 7.4 months (95% CI, 5.5 to 9.9).",
        [
            G(4.9, "median", "PFS", None),
            G(3.8, "ci_low", "PFS", None),
            G(6.1, "ci_high", "PFS", None),
            G(7.4, "median", "PFS", "biomarker-positive"),
            G(5.5, "ci_low", "PFS", "biomarker-positive"),
            G(9.9, "ci_high", "PFS", "biomarker-positive"),
        ],
    ),
    # "For non-elderly pts, the 1 and 2 yr OS rates were 58% (52-63%) ..." (the PARAMOUNT page above)
    (
        AGE_70,
        "For older patients, the 1-year OS rate was 57% (95% CI, 44% to 68%). For younger patients, the 1-year OS "
        "rate was 61% (95% CI, 55% to 66%).",
        [
            G(57, "percent|rate", "1-year OS rate|OS", "older"),
            G(44, "ci_low", "1-year OS rate|OS", "older"),
            G(68, "ci_high", "1-year OS rate|OS", "older"),
            G(61, "percent|rate", "1-year OS rate|OS", "younger"),
            G(55, "ci_low", "1-year OS rate|OS", "younger"),
            G(66, "ci_high", "1-year OS rate|OS", "younger"),
        ],
    ),
    # "In the elderly no grade 4 toxicity whilst nonhematological grade 3 toxicities were observed in 15.4% of
    # patients. In the adults, ..." in
    # https://discovery.researcher.life/article/casecontrol-phase-ii-clinical-trial-to-assess-safety-and-efficacy-of-the-same-antineoplastic-treatments-in-fit-elderly-compared-with-adult-patients-with-cancer-at-different-sites/6bb3e2b7400b364bbfdfa36a1b5c5b2b
    (
        FIT_OLDER,
        "In the elderly, grade 3 nonhematologic toxicity occurred in 14.2% of patients. In the adults, grade 3 "
        "nonhematologic toxicity occurred in 31.5% of patients.",
        [
            G(14.2, "percent", "grade 3 nonhematologic toxicity", "elderly"),
            G(31.5, "percent", "grade 3 nonhematologic toxicity", "adults"),
        ],
    ),
    # "In patients without LM, durvalumab and tremelimumab treatment was associated with improved ... disease control
    # rate" in https://pmc.ncbi.nlm.nih.gov/articles/PMC10698621
    (
        MSS_CRC,
        "The disease control rate was 26% in all patients. In patients without liver metastases, the disease control "
        "rate was 39% (15 of 38).",
        [
            G(26, "percent|rate", "disease control rate", None),
            G(39, "percent|rate", "disease control rate", "without liver metastases"),
            G(15, "count", "disease control rate", "without liver metastases"),
            G(38, "denominator", None, None),
        ],
    ),
    # "Sensitizing EGFR mutations were associated with a 67% response rate" in
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC3219530
    (
        EGFR,
        "Among patients with EGFR-mutant tumors, the response rate was 62% (18 of 29).",
        [
            G(62, "percent|rate", "response rate", "EGFR-mutant"),
            G(18, "count", "response rate", "EGFR-mutant"),
            G(29, "denominator", None, None),
        ],
    ),
    # a histology subgroup: "Squamous subtype" rows of https://pmc.ncbi.nlm.nih.gov/articles/PMC3563263/table/T2
    (
        HISTOLOGY,
        "In the squamous subgroup, median OS was 10.1 months (95% CI, 7.9 to 12.6).",
        [
            G(10.1, "median", "OS", "squamous"),
            G(7.9, "ci_low", "OS", "squamous"),
            G(12.6, "ci_high", "OS", "squamous"),
        ],
    ),
    # a line of therapy: "Second- and Third-Line Efficacy Outcomes" in
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5019421/table/T3
    (
        LINES,
        "In the second-line setting, median OS was 9.8 months (95% CI, 8.1 to 11.4).",
        [
            G(9.8, "median", "OS", "second-line"),
            G(8.1, "ci_low", "OS", "second-line"),
            G(11.4, "ci_high", "OS", "second-line"),
        ],
    ),
    # a subgroup that names what the endpoint is of anyway: "The analysis was performed with data from all the
    # patients who had a response" (duration of response) in https://pmc.ncbi.nlm.nih.gov/articles/PMC6487310/table/T2
    (
        ONE_ARM,
        "The ORR was 35% (22 of 63). Among responders, the median duration of response was 11.2 months (range, 2.1 "
        "to 19.4).",
        [
            G(35, "percent|rate", "ORR", None),
            G(22, "count", "ORR", None),
            G(63, "denominator", None, None),
            G(11.2, "median", "duration of response", None),
            G(2.1, "min", "duration of response", None),
            G(19.4, "max", "duration of response", None),
        ],
    ),
    # a subgroup of a cohort the sentence before names: "In pts with non-LLD adding cet to CT increased median OS by
    # 5.1 and 3.4 months" in
    # https://discovery.researcher.life/article/outcome-according-to-metastatic-site-in-patients-with-kras-wildtype-tumors-analysis-from-the-crystal-and-opus-studies/9e59f45bfb843a04a9220dc93c00f654
    (
        OVARIAN,
        "In the ovarian cancer cohort, the ORR was 22% (6 of 27). In patients with platinum-resistant disease, the "
        "ORR was 15% (2 of 13).",
        [
            G(22, "percent|rate", "ORR", "ovarian cancer cohort"),
            G(6, "count", "ORR", "ovarian cancer cohort"),
            G(27, "denominator", None, None),
            G(15, "percent|rate", "ORR", "platinum-resistant"),
            G(2, "count", "ORR", "platinum-resistant"),
            G(13, "denominator", None, None),
        ],
    ),
    # ==== a fronted time, method or whole population: no group of its own ========================================
    # "At 12.8 months of median follow-up, 13% of patients assigned to pembrolizumab were still on the drug" in
    # https://mdedge9-ma1.mdedge.com/hematology-oncology/article/167249/lung-cancer/frontline-immunotherapy-boosts-survival-nsclc/page/0/2
    (
        ONE_ARM,
        "At data cutoff, 12 patients (26%) remained on treatment.",
        [
            G(12, "count", "remained on treatment|on treatment", None),
            G(26, "percent", "remained on treatment|on treatment", None),
        ],
    ),
    # "With a median follow-up of 44.1 months, 2-year disease free survival for EGFR mutant patients ..." in
    # https://vivo.weill.cornell.edu/display/pubid21558399
    (
        ONE_ARM,
        "After a median follow-up of 14.2 months, the ORR was 38% (95% CI, 27% to 50%).",
        [
            G(14.2, "median", "follow-up", None, True),
            G(38, "percent|rate", "ORR", None),
            G(27, "ci_low", "ORR", None),
            G(50, "ci_high", "ORR", None),
        ],
    ),
    # "The ORR per investigator review was 51.8% (95% CI, 38.0% to 65.3%) in Group 3" in
    # https://jitc.bmj.com/highwire/markup/14219/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed
    (
        ONE_ARM,
        "By investigator assessment, the ORR was 44% (95% CI, 31% to 58%).",
        [
            G(44, "percent|rate", "ORR", None),
            G(31, "ci_low", "ORR", None),
            G(58, "ci_high", "ORR", None),
        ],
    ),
    # "Overall, 20% of women had triple-negative disease" (the oral taxane page above)
    (
        ONE_ARM,
        "Overall, 20% of patients had grade 3 neutropenia.",
        [G(20, "percent", "grade 3 neutropenia", None)],
    ),
    # "In total, 63 SAEs were reported in 61 participants" in https://pmc.ncbi.nlm.nih.gov/articles/PMC11227112/table/TB5
    (
        ONE_ARM,
        "In total, 41 participants (32%) reported a serious adverse event.",
        [
            G(41, "count", "serious adverse event", None),
            G(32, "percent", "serious adverse event", None),
        ],
    ),
    # an analysis set of a one-arm trial: "Per-Protocol and Modified Intention-to-Treat Populations" in
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4277680/table/T2
    (
        ONE_ARM,
        "In the intention-to-treat population, the 12-month PFS rate was 48% (95% CI, 36% to 59%).",
        [
            G(12, "*", None, None),
            G(48, "percent|rate", "12-month PFS rate|PFS", None),
            G(36, "ci_low", "12-month PFS rate|PFS", None),
            G(59, "ci_high", "12-month PFS rate|PFS", None),
        ],
    ),
    # a time point: "At 6 years, 86% v/s 61% patients were disease free" in
    # http://apjcp.ir/journal/index.php/apjcc/article/view/730/1841; "PSA decline 50%" in
    # https://jitc.bmj.com/highwire/markup/25593/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed
    (
        PROSTATE,
        "At 12 weeks, 18 patients (40%) had a PSA decline of 50% or more.",
        [
            G(12, "*", None, None),
            G(18, "count", "PSA decline", None),
            G(40, "percent", "PSA decline", None),
            G(50, "*", None, None),
        ],
    ),
    # the follow-up fronted with "With" (the Weill Cornell page above)
    (
        ONE_ARM,
        "With a median follow-up of 44 months, the 2-year disease-free survival rate was 71% (95% CI, 58% to 81%).",
        [
            G(44, "median", "follow-up", None, True),
            G(71, "percent|rate", "2-year disease-free survival rate|disease-free survival", None),
            G(58, "ci_low", "2-year disease-free survival rate|disease-free survival", None),
            G(81, "ci_high", "2-year disease-free survival rate|disease-free survival", None),
        ],
    ),
    # the trial's whole population named by a demonstrative: "In this heavily pretreated cohort with 76% of patients
    # who relapsed ..., 41.4% and 82.8% of the patients achieved objective response and disease control" in
    # http://phononics2013.org/in-this-heavily-pretreated-cohort-with-76-of-patients-who-relapsed-after-her2-inhibitor-therapy-and-66-of-patients-who-received-3-or-more-chemotherapeutic-regimens-for-advanced-disease-41/
    (
        PRETREATED,
        "In this heavily pretreated cohort, 38.5% of patients achieved an objective response.",
        [G(38.5, "percent", "objective response", None)],
    ),
    # the trial's whole population fronted with its count: "Of 518 breast cancer patients receiving neoadjuvant
    # therapy, 81 (16%) had pCR" in https://proxy.weglot.com/wg_31e3b69165a930b5a27173d9b265f5a52/nl/en/pubmed.ncbi.nlm.nih.gov/19800460
    (
        NEO_ONLY,
        "Of 212 patients receiving neoadjuvant chemotherapy, 49 (23%) had a pathologic complete response.",
        [
            G(212, "count", "population", None, True),
            G(49, "count", "pathologic complete response", None),
            G(23, "percent", "pathologic complete response", None),
        ],
    ),
    # the groups pooled: "Across all four studies, there were insufficient numbers of patients ..." in
    # http://www.120ty.net/bencandy.php?aid=4414&fid=134&page=23
    (
        DOSE_LEVELS,
        "Across all dose levels, the DCR was 61% (95% CI, 48% to 72%).",
        [
            G(61, "percent|rate", "DCR", None),
            G(48, "ci_low", "DCR", None),
            G(72, "ci_high", "DCR", None),
        ],
    ),
    # a fronted time before groups the clause names after its values (the mdedge9 page above)
    (
        TWO_GROUPS,
        "At 24 weeks, the response rate was 44% in the 20 mg group and 31% in the 10 mg group.",
        [
            G(24, "*", None, None),
            G(44, "percent|rate", "response rate", "20 mg"),
            G(31, "percent|rate", "response rate", "10 mg"),
        ],
    ),
]

CHEMO = "Patients with advanced gastric or pancreatic cancer received lorvamab with chemotherapy."
SEXES = "Men and women with type 2 diabetes received glatirin once weekly."
KRAS = "Tumours were sequenced for KRAS; all patients received lorvamab."
LINES_MM = "Patients with multiple myeloma received tovertinib after one to three prior lines of therapy."

# the second instance set: new paragraphs in the same forms, gold written before they were read back (after the rules)
SECOND: list[Entry] = [
    # "For X, ...": two diseases in two sentences (the PARAMOUNT page above)
    (
        CHEMO,
        "For gastric cancer, the disease control rate was 72% (95% CI, 60% to 82%). For pancreatic cancer, the disease "
        "control rate was 48%.",
        [
            G(72, "percent|rate", "disease control rate", "gastric cancer"),
            G(60, "ci_low", "disease control rate", "gastric cancer"),
            G(82, "ci_high", "disease control rate", "gastric cancer"),
            G(48, "percent|rate", "disease control rate", "pancreatic cancer"),
        ],
    ),
    # "Among men, ..." after the whole (the oral taxane page above)
    (
        SEXES,
        "The mean change in HbA1c was -1.2% overall. Among men, the mean change in HbA1c was -1.4%.",
        [
            G(-1.2, "mean|value", "change in HbA1c|HbA1c", None),
            G(-1.4, "mean|value", "change in HbA1c|HbA1c", "men"),
        ],
    ),
    # a mutant subgroup said with a subgroup word (the clincancerres PD-L1-positive population above)
    (
        KRAS,
        "In the KRAS-mutant subgroup, median OS was 6.2 months (95% CI, 4.4 to 8.0).",
        [
            G(6.2, "median", "OS", "KRAS-mutant"),
            G(4.4, "ci_low", "OS", "KRAS-mutant"),
            G(8.0, "ci_high", "OS", "KRAS-mutant"),
        ],
    ),
    # a population said by what they had received, no form reads it: reported, never the whole trial's (the
    # CRYSTAL/OPUS page above: "In pts with MS, NLM superiority was observed ...")
    (
        LINES_MM,
        "In patients who had received three prior lines, the ORR was 33% (7 of 21).",
        [
            G(33, "percent|rate", "ORR", "three prior lines"),
            G(7, "count", "ORR", "three prior lines"),
            G(21, "denominator", None, None),
        ],
    ),
    # the maximum tolerated dose (the AMG 404 dose-level table above)
    (
        ESCALATION,
        "At the maximum tolerated dose, dose-limiting toxicities occurred in 2 of 12 patients (17%).",
        [
            G(2, "count", "dose-limiting toxicities", "maximum tolerated dose|MTD"),
            G(12, "denominator", None, None),
            G(17, "percent", "dose-limiting toxicities", "maximum tolerated dose|MTD"),
        ],
    ),
    # a fronted time of analysis (the mdedge9 page above)
    (
        ONE_ARM,
        "At the time of the primary analysis, the median PFS was 5.6 months (95% CI, 4.2 to 7.1).",
        [
            G(5.6, "median", "PFS", None),
            G(4.2, "ci_low", "PFS", None),
            G(7.1, "ci_high", "PFS", None),
        ],
    ),
    # the safety population of a one-arm trial (the PMC4277680 page above)
    (
        ONE_ARM,
        "In the safety population, treatment-related adverse events occurred in 51 patients (78%).",
        [
            G(51, "count", "treatment-related adverse events|TRAE", None),
            G(78, "percent", "treatment-related adverse events|TRAE", None),
        ],
    ),
    # the whole study (the phononics2013 page above)
    (
        ONE_ARM,
        "In this study, the clinical benefit rate was 47% (95% CI, 35% to 59%).",
        [
            G(47, "percent|rate", "clinical benefit rate", None),
            G(35, "ci_low", "clinical benefit rate", None),
            G(59, "ci_high", "clinical benefit rate", None),
        ],
    ),
]
