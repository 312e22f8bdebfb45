"""Result paragraphs in the sentence forms of real papers, sampled from ~40 public results paragraphs (PubMed and
PMC abstracts, conference abstracts, journal pages, a device label; oncology phase 1-3, general medicine,
pharmacokinetics). Drugs, numbers and wording are invented; each entry's comment gives the address whose
paragraph showed the form. Every number's gold was written before the paragraphs were read back.

An entry is ``(context, paragraph, gold)``: ``context`` is a methods-like sentence naming the arms without numbers
(or ``None``), read before the paragraph as the paper's own text would be. A gold number is ``G(value, statistic,
endpoint, group)``: ``statistic`` one or several ("|") of the record's statistics ("*" any; "denominator" is not
scored); ``endpoint`` the words a reviewer files it under (scored with trialex.evaluate.endpoint_matches), or
``None`` for a number no reviewer files as a result of this paragraph (a dose, a day, a grade, a subgroup, another
study's), which must not be emitted, or "*" (any endpoint); ``group`` the arm, dose or cohort it is of (scored
with trialex.evaluate.group_matches), ``None`` for the whole trial, "*" any. ``optional``: a number that may be
withheld without loss (a follow-up, a population size), though if emitted it must be right."""

from __future__ import annotations

from typing import NamedTuple


class G(NamedTuple):
    value: float
    statistic: str
    endpoint: str | None
    group: str | None
    optional: bool = False


Entry = tuple[str | None, str, list[G]]

ONE_ARM = "Patients received zorbatinib orally once daily until disease progression or unacceptable toxicity."

CORPUS: list[Entry] = [
    # ---- two endpoints given 'respectively' ---------------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("the CBR and ORR were ... and ...,
    # respectively")
    (
        ONE_ARM,
        "Overall, the clinical benefit rate and the objective response rate were 68% (95% CI, 55%–79%) and 21% "
        "(95% CI, 12%–33%), respectively.",
        [
            G(68, "percent|rate", "clinical benefit rate", None),
            G(55, "ci_low", "clinical benefit rate", None),
            G(79, "ci_high", "clinical benefit rate", None),
            G(21, "percent|rate", "objective response rate", None),
            G(12, "ci_low", "objective response rate", None),
            G(33, "ci_high", "objective response rate", None),
        ],
    ),
    # https://publicatie-online.nl/uploaded/flipbook/169646-Hanneke-van-der-Wijngaart/28 ("The median
    # progression-free survival and overall survival were 3 months (95% confidence interval 2–4 months) and ...")
    (
        ONE_ARM,
        "The median progression-free survival and overall survival were 4 months (95% confidence interval 3–6 "
        "months) and 11 months (95% confidence interval 8–14 months), respectively.",
        [
            G(4, "median", "progression-free survival", None),
            G(3, "ci_low", "progression-free survival", None),
            G(6, "ci_high", "progression-free survival", None),
            G(11, "median", "overall survival", None),
            G(8, "ci_low", "overall survival", None),
            G(14, "ci_high", "overall survival", None),
        ],
    ),
    # https://synapse.koreamed.org/articles/1153731 ("the 5-year rates of loco-regional control and progression-free
    # survival in all the patients were 85.0% and 70.8%, respectively")
    (
        "Patients received definitive radiotherapy with concurrent weekly cisplatin.",
        "With a median follow-up of 52.4 months (range, 3.1 to 120.6 months), the 3-year rates of local control and "
        "overall survival in all patients were 88.2% and 74.5%, respectively.",
        [
            G(52.4, "median", "follow-up", None, optional=True),
            G(3.1, "min", "follow-up", None, optional=True),
            G(120.6, "max", "follow-up", None, optional=True),
            G(88.2, "percent|rate", "3-year local control", None),
            G(74.5, "percent|rate", "3-year overall survival", None),
        ],
    ),
    # https://discovery.researcher.life/article/safety-and-efficacy-of-single-agent-rovalpituzumab-tesirine-...
    # ("the ORR and CBR were 70% and 90%, respectively")
    (
        ONE_ARM,
        "Among the 24 evaluable patients, the ORR and DCR were 33.3% and 75.0%, respectively.",
        [
            G(24, "count", "evaluable", None, optional=True),
            G(33.3, "percent|rate", "ORR", None),
            G(75.0, "percent|rate", "DCR", None),
        ],
    ),
    # ---- landmark rates given 'respectively' after a median ----------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("with 1- and 2-year PFS rates of 60%
    # (95% CI, 46%–71%) and 35% (95% CI, 23%–47%), respectively")
    (
        ONE_ARM,
        "The median PFS was 14.2 months (95% CI, 9.8–19.5 months), with 1- and 2-year PFS rates of 57% (95% CI, "
        "43%–69%) and 31% (95% CI, 19%–44%), respectively.",
        [
            G(14.2, "median", "PFS", None),
            G(9.8, "ci_low", "PFS", None),
            G(19.5, "ci_high", "PFS", None),
            G(57, "percent|rate", "1-year PFS", None),
            G(43, "ci_low", "1-year PFS", None),
            G(69, "ci_high", "1-year PFS", None),
            G(31, "percent|rate", "2-year PFS", None),
            G(19, "ci_low", "2-year PFS", None),
            G(44, "ci_high", "2-year PFS", None),
        ],
    ),
    # same form, second instance: landmarks named before the values
    (
        ONE_ARM,
        "Overall survival rates at 6 and 12 months were 81% and 62%, respectively.",
        [
            G(81, "percent|rate", "6-month overall survival", None),
            G(62, "percent|rate", "12-month overall survival", None),
        ],
    ),
    # ---- abstract runs: 'is'/'was' lists and verbless 'ENDPOINT, value' runs ----------------------------------
    # https://discovery.researcher.life/article/pd1-blockade-in-mismatch-repair-deficient-noncolorectal-... ("ORR is
    # 50 % (N=5/10), disease control rate is 70% (N=7/10), OS is 21 months")
    (
        ONE_ARM,
        "For the 12 evaluable patients, ORR is 42% (N=5/12), disease control rate is 75% (N=9/12), and median PFS "
        "is 6.3 months.",
        [
            G(12, "count", "evaluable", None, optional=True),
            G(42, "percent|rate", "ORR", None),
            G(5, "count", "ORR", None),
            G(12, "denominator", None, None),
            G(75, "percent|rate", "disease control rate", None),
            G(9, "count", "disease control rate", None),
            G(6.3, "median", "PFS", None),
        ],
    ),
    # https://synapsesocial.com/es/papers/69a7cd7ed48f933b5eed9d83 ("ORR/DCR was 50%/75%")
    (
        ONE_ARM,
        "ORR/DCR was 45%/70% in the 20 evaluable patients, and median DoR was not reached.",
        [
            G(45, "percent|rate", "ORR", None),
            G(70, "percent|rate", "DCR", None),
            G(20, "count", "evaluable", None, optional=True),
        ],
    ),
    # https://123dok.org/document/nzwnr3lz-durable-nivolumab-ipilimumab-... ("(objective response rate [ORR], 31%;
    # 95% CI, 20.8 to 42.9; disease control rate, 69%; 12-month overall survival [OS], 73%)")
    (
        ONE_ARM,
        "At a median follow-up of 11.2 months: objective response rate (ORR), 38% (95% CI, 27.6 to 49.3); disease "
        "control rate, 64%; 12-month overall survival (OS), 70%.",
        [
            G(11.2, "median", "follow-up", None, optional=True),
            G(38, "percent|rate", "objective response rate", None),
            G(27.6, "ci_low", "objective response rate", None),
            G(49.3, "ci_high", "objective response rate", None),
            G(64, "percent|rate", "disease control rate", None),
            G(70, "percent|rate", "12-month overall survival", None),
        ],
    ),
    # same verbless form, second instance (abbreviations only)
    (
        ONE_ARM,
        "Efficacy: ORR, 52% (95% CI, 37–66); CR rate, 14%; median DoR, 9.6 months; median PFS, 8.4 months (95% "
        "CI, 6.1–11.0).",
        [
            G(52, "percent|rate", "ORR", None),
            G(37, "ci_low", "ORR", None),
            G(66, "ci_high", "ORR", None),
            G(14, "percent|rate", "CR", None),
            G(9.6, "median", "DoR", None),
            G(8.4, "median", "PFS", None),
            G(6.1, "ci_low", "PFS", None),
            G(11.0, "ci_high", "PFS", None),
        ],
    ),
    # https://123dok.org/document/nzwnr3lz-durable-nivolumab-ipilimumab-... ("investigator-assessed ORR was 55% (95%
    # CI, 45.2 to 63.8), and disease control rate for ≥ 12 weeks was 80%")
    (
        ONE_ARM,
        "At a median follow-up of 14.8 months, investigator-assessed ORR was 47% (95% CI, 36.1 to 58.2), and "
        "disease control rate for at least 12 weeks was 73%.",
        [
            G(14.8, "median", "follow-up", None, optional=True),
            G(47, "percent|rate", "ORR", None),
            G(36.1, "ci_low", "ORR", None),
            G(58.2, "ci_high", "ORR", None),
            G(12, "*", None, None),
            G(73, "percent|rate", "disease control", None),
        ],
    ),
    # ---- a fraction with its percent in one bracket --------------------------------------------------------------
    # https://discovery.researcher.life/article/safety-and-efficacy-of-single-agent-rovalpituzumab-tesirine-...
    # ("15/61 (25%; 95% CI 15-37%) achieved a best response of PR or CR, and 44/61 (72%; ...) achieved clinical
    # benefit")
    (
        "Patients received lorvatuzumab at 0.3 mg/kg every 3 weeks.",
        "Among evaluable patients, 14/52 (27%; 95% CI 16-41%) achieved a best response of PR or CR, and 36/52 "
        "(69%; 95% CI 55-81%) achieved clinical benefit.",
        [
            G(14, "count", "objective response", None),
            G(52, "denominator", None, None),
            G(27, "percent", "objective response", None),
            G(16, "ci_low", "objective response", None),
            G(41, "ci_high", "objective response", None),
            G(36, "count", "clinical benefit", None),
            G(69, "percent", "clinical benefit", None),
            G(55, "ci_low", "clinical benefit", None),
            G(81, "ci_high", "clinical benefit", None),
        ],
    ),
    # https://katalog.lib.cas.cz/KNAV/EdsRecord/edsair,edsair.doi...........ca5eaa18d1d02afa866f4efa15310ddd ("PD as
    # BOR occurred in 52% (130/252) of tebe pts (PD-tebe) vs. 60% (76/126) of IC pts")
    (
        "Patients were randomized 2:1 to lorvatafusp or to investigator's choice of therapy (control).",
        "By week 12, progressive disease as best response occurred in 48% (96/200) of lorvatafusp patients vs. "
        "58% (52/90) of control patients.",
        [
            G(12, "*", None, None),
            G(48, "percent", "progressive disease", "lorvatafusp"),
            G(96, "count", "progressive disease", "lorvatafusp"),
            G(200, "denominator", None, None),
            G(58, "percent", "progressive disease", "control"),
            G(52, "count", "progressive disease", "control"),
            G(90, "denominator", None, None),
        ],
    ),
    # https://searchworks.jioinstitute.edu.in/?...Marc+S%2C+Raab ("Infusion-related reactions (all grade 1 or 2) were
    # seen in only 3/44 (7%) pts")
    (
        ONE_ARM,
        "Infusion-related reactions (all grade 1 or 2) were seen in 4/46 (9%) patients.",
        [
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(4, "count", "infusion-related reactions", None),
            G(46, "denominator", None, None),
            G(9, "percent", "infusion-related reactions", None),
        ],
    ),
    # the brief's "(n = 12/40; 30%)": a share with its fraction after it
    (
        ONE_ARM,
        "A partial response was achieved in 30% of patients (n = 12/40), and stable disease was the best response "
        "in 45% (n = 18/40).",
        [
            G(30, "percent", "partial response", None),
            G(12, "count", "partial response", None),
            G(40, "denominator", None, None),
            G(45, "percent", "stable disease", None),
            G(18, "count", "stable disease", None),
        ],
    ),
    # ---- groups named only by their drug combination, dose or cohort ---------------------------------------------
    # https://searchworks.jioinstitute.edu.in/?...Marc+S%2C+Raab ("In the MOR202 + Dex cohort, 5/17 (29%) evaluable
    # pts ... had a response ... Responses were also seen in 11/13 (85%, ...) evaluable pts in the MOR202 + LEN/Dex
    # cohort and 5/9 (56%, ...) in the MOR202 + POM/Dex cohort")
    (
        "Patients received velotuzumab with dexamethasone, or velotuzumab with lenalidomide and dexamethasone, or "
        "velotuzumab with pomalidomide and dexamethasone.",
        "In the velotuzumab + Dex cohort, 6/19 (32%) evaluable patients had a response. Responses were also seen "
        "in 10/12 (83%) evaluable patients in the velotuzumab + LEN/Dex cohort and 4/8 (50%) in the velotuzumab + "
        "POM/Dex cohort.",
        [
            G(6, "count", "response", "velotuzumab + Dex"),
            G(19, "denominator", None, None),
            G(32, "percent", "response", "velotuzumab + Dex"),
            G(10, "count", "response", "LEN/Dex"),
            G(12, "denominator", None, None),
            G(83, "percent", "response", "LEN/Dex"),
            G(4, "count", "response", "POM/Dex"),
            G(8, "denominator", None, None),
            G(50, "percent", "response", "POM/Dex"),
        ],
    ),
    # https://stanfordhealthcare.org/publications/294/29461.html ("At 65 mg/m(2), three of six patients had a DLT")
    (
        "Patients received tavotaxel weekly at escalating doses.",
        "At 60 mg/m2, two of six patients had a dose-limiting toxicity; at 45 mg/m2, one of nine patients had a "
        "dose-limiting toxicity.",
        [
            G(60, "*", None, None),
            G(2, "count", "dose-limiting toxicity", "60 mg/m2"),
            G(6, "denominator", None, None),
            G(45, "*", None, None),
            G(1, "count", "dose-limiting toxicity", "45 mg/m2"),
            G(9, "denominator", None, None),
        ],
    ),
    # https://flamechallenge.authorea.com/users/354289/articles/477903/download_zip ("a geometric mean terminal t½ on
    # Day 9 of 419 hours in the 5 mg OD group, 450 hours in the 10 mg OD group and 508 hours in the 10 mg BID group")
    (
        "Healthy participants received selodepside 5 mg QD, 10 mg QD or 10 mg BID for 10 days.",
        "Elimination half-life was independent of dose, with a geometric mean terminal half-life on day 10 of 388 "
        "hours in the 5 mg QD group, 421 hours in the 10 mg QD group and 476 hours in the 10 mg BID group.",
        [
            G(388, "geometric_mean", "half-life", "5 mg QD"),
            G(421, "geometric_mean", "half-life", "10 mg QD"),
            G(476, "geometric_mean", "half-life", "10 mg BID"),
        ],
    ),
    # http://www.120ty.net/bencandy.php?aid=54985&fid=134&page=16 ("the mean changes from baseline for HbA1c were
    # -0.1%, -0.8%, and -1.0% for placebo, STEGLATRO 5 mg, and STEGLATRO 15 mg, respectively")
    (
        "Patients were randomized to placebo, dorugliflozin 5 mg, or dorugliflozin 15 mg once daily.",
        "At week 26, the mean changes from baseline in HbA1c were -0.2%, -0.7%, and -0.9% for placebo, "
        "dorugliflozin 5 mg, and dorugliflozin 15 mg, respectively.",
        [
            G(26, "*", None, None),
            G(-0.2, "mean", "HbA1c", "placebo"),
            G(-0.7, "mean", "HbA1c", "dorugliflozin 5 mg"),
            G(-0.9, "mean", "HbA1c", "dorugliflozin 15 mg"),
        ],
    ),
    # second instance: a rate per dose cohort, 'respectively'
    (
        "Patients were enrolled in three dose cohorts of ravolitinib.",
        "The objective response rates were 36%, 48%, and 55% in the 100-mg, 200-mg, and 300-mg cohorts, respectively.",
        [
            G(36, "percent|rate", "objective response", "100-mg"),
            G(48, "percent|rate", "objective response", "200-mg"),
            G(55, "percent|rate", "objective response", "300-mg"),
        ],
    ),
    # ---- adverse-event lists -----------------------------------------------------------------------------------
    # https://www.sciencegate.app/document/10.1200/jco.2012.30.15_suppl.7509 ("Common related AEs were fatigue
    # (17%), nausea (11%) ... The incidence of grade 3-4 related AEs was 8%.")
    (
        ONE_ARM,
        "Common treatment-related AEs were fatigue (19%), nausea (12%), pruritus (8%), and decreased appetite "
        "(7%). The incidence of grade 3-4 treatment-related AEs was 9%.",
        [
            G(19, "percent", "fatigue", None),
            G(12, "percent", "nausea", None),
            G(8, "percent", "pruritus", None),
            G(7, "percent", "decreased appetite", None),
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(9, "percent|rate", "grade 3-4 treatment-related AEs", None),
        ],
    ),
    # https://discovery.researcher.life/topic/sgn-cd19a/15966143 ("The most common Grade 3 or higher adverse events
    # (AE) were thrombocytopenia (44%), febrile neutropenia (41%), anemia (33%), fatigue, and pneumonia (19% each)")
    (
        ONE_ARM,
        "The most common grade 3 or higher adverse events were thrombocytopenia (41%), febrile neutropenia (37%), "
        "anemia (30%), and fatigue and pneumonia (15% each).",
        [
            G(3, "*", None, None),
            G(41, "percent", "thrombocytopenia", None),
            G(37, "percent", "febrile neutropenia", None),
            G(30, "percent", "anemia", None),
            G(15, "percent", "fatigue", None),
            G(15, "percent", "pneumonia", None),
        ],
    ),
    # http://nlp.case.edu/public/data/TargetedToxicity_JCOFullText/goldstandard/2013-07-23_06-59-59_tagged.html
    # ("Grade 3 or 4 toxicities included neutropenia (25%) ... Three deaths (5%) occurred on therapy as a result of
    # pneumonitis (n = 1), stroke (n =1)")
    (
        ONE_ARM,
        "Grade 3 or 4 toxicities included neutropenia (27%), diarrhea (14%), fatigue (11%), and hypertension (6%). "
        "Two deaths (3%) occurred on therapy, from pneumonitis (n = 1) and sepsis (n = 1).",
        [
            G(27, "percent", "neutropenia", None),
            G(14, "percent", "diarrhea", None),
            G(11, "percent", "fatigue", None),
            G(6, "percent", "hypertension", None),
            G(2, "count", "deaths", None),
            G(3, "percent", "deaths", None),
            G(1, "count", "pneumonitis", None, optional=True),
            G(1, "count", "sepsis", None, optional=True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2367368/ ("Grade 3 adverse events included hypophosphatemia (11
    # patients), hyperglycemia (three patients), hypotension (two patients)")
    (
        ONE_ARM,
        "Grade 3 adverse events included hypophosphatemia (nine patients), hyperglycemia (four patients), "
        "hypotension (two patients), and hypoxia (three patients).",
        [
            G(9, "count", "hypophosphatemia", None),
            G(4, "count", "hyperglycemia", None),
            G(2, "count", "hypotension", None),
            G(3, "count", "hypoxia", None),
        ],
    ),
    # the brief's semicolon series "(n = 21; 53%)"
    (
        ONE_ARM,
        "Treatment-emergent adverse events of any grade were reported in 38 patients (95%); the most frequent were "
        "nausea (n = 21; 53%), fatigue (n = 17; 43%) and rash (n = 12; 30%).",
        [
            G(38, "count", "treatment-emergent adverse events", None),
            G(95, "percent", "treatment-emergent adverse events", None),
            G(21, "count", "nausea", None),
            G(53, "percent", "nausea", None),
            G(17, "count", "fatigue", None),
            G(43, "percent", "fatigue", None),
            G(12, "count", "rash", None),
            G(30, "percent", "rash", None),
        ],
    ),
    # ---- numbers in words -------------------------------------------------------------------------------------------
    # http://nlp.case.edu/public/data/TargetedToxicity_JCOFullText/SVM_text_classifier_training/training/positive/
    # 1_138.html ("Three complete responses (6.7%) and eight partial responses (17.8%) were observed, for an overall
    # response rate of 24.5%. Nine patients (20%) had stable disease.")
    (
        ONE_ARM,
        "Two complete responses (5.0%) and nine partial responses (22.5%) were observed, for an overall response "
        "rate of 27.5%. Twelve patients (30.0%) had stable disease.",
        [
            G(2, "count", "complete response", None),
            G(5.0, "percent", "complete response", None),
            G(9, "count", "partial response", None),
            G(22.5, "percent", "partial response", None),
            G(27.5, "percent|rate", "overall response", None),
            G(12, "count", "stable disease", None),
            G(30.0, "percent", "stable disease", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("Progressive disease was observed in
    # nine patients (16%). Twenty-three deaths had occurred at the time of data cutoff.")
    (
        ONE_ARM,
        "Progressive disease was observed in seven patients (13%). Nineteen deaths had occurred at the time of data "
        "cutoff.",
        [
            G(7, "count", "progressive disease", None),
            G(13, "percent", "progressive disease", None),
            G(19, "count", "deaths", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC2367368/ ("Nineteen of 33 patients completed course 1 with stable
    # disease")
    (
        ONE_ARM,
        "Seventeen of 31 patients completed the first cycle with stable disease.",
        [
            G(17, "count", "stable disease", None),
            G(31, "denominator", None, None),
        ],
    ),
    # http://47.251.13.51:8081/1827432 ("there were 75 complete and 432 partial responses for an overall objective
    # response rate of 6%. Complete responses lasted a median of six months (range 1-18)")
    (
        ONE_ARM,
        "There were four complete and eleven partial responses, for an objective response rate of 25%. Complete "
        "responses lasted a median of seven months (range, 3-15).",
        [
            G(4, "count", "complete response", None),
            G(11, "count", "partial response", None),
            G(25, "percent|rate", "objective response", None),
            G(7, "median", "complete response", None),
            G(3, "min", "complete response", None),
            G(15, "max", "complete response", None),
        ],
    ),
    # https://mdedge-cache.qa01.mdedge.com/dermatology/article/262399/... ("33% experienced a complete response (P <
    # .001), and 56% had a partial response for an ORR of 89%")
    (
        ONE_ARM,
        "Eight patients (30%) had a complete response and thirteen (48%) had a partial response, for an ORR of 78%.",
        [
            G(8, "count", "complete response", None),
            G(30, "percent", "complete response", None),
            G(13, "count", "partial response", None),
            G(48, "percent", "partial response", None),
            G(78, "percent|rate", "ORR", None),
        ],
    ),
    # ---- a value per group said in place ("X in the A group and Y in the B group") ------------------------------
    # https://mdedge9-ma1.mdedge.com/internalmedicine/article/24605/... ("The incidence of patient responses was 34%
    # in the PHP patients and 2% in the controls. The combined rate of partial response or stable disease reached 86%
    # in the PHP-treated patients and 28% in the control patients.")
    (
        "Patients were randomly assigned to percutaneous hepatic perfusion (perfusion group) or to best "
        "alternative care (control group).",
        "The response rate was 31% in the perfusion group and 4% in the control group. The combined rate of "
        "partial response or stable disease was 79% in the perfusion group and 25% in the control group.",
        [
            G(31, "percent|rate", "response rate", "perfusion"),
            G(4, "percent|rate", "response rate", "control"),
            G(79, "percent|rate", "partial response or stable disease", "perfusion"),
            G(25, "percent|rate", "partial response or stable disease", "control"),
        ],
    ),
    # https://www.nubeqa.jp/doctor/performance/aramis_01/overview/02 (median MFS in each group, with the HR)
    (
        "Patients were randomly assigned to darolimide or placebo.",
        "Median metastasis-free survival was 38.6 months in the darolimide group and 17.9 months in the placebo "
        "group (hazard ratio, 0.42; 95% CI, 0.35 to 0.51; P<0.001).",
        [
            G(38.6, "median", "metastasis-free survival", "darolimide"),
            G(17.9, "median", "metastasis-free survival", "placebo"),
            G(0.42, "hr", "metastasis-free survival", "*"),
            G(0.35, "ci_low", "metastasis-free survival", "*"),
            G(0.51, "ci_high", "metastasis-free survival", "*"),
            G(0.001, "p", "metastasis-free survival", "*"),
        ],
    ),
    # https://www.manualshelf.com/manual/boston-scientific/crmn11906/user-manual-part-4-english/page-8.html ("an
    # annual mortality rate of 19% in the OPT arm and 12% in the CRT-D arm, with a hazard ratio of 0.64, 95% CI
    # (0.48, 0.86)")
    (
        "Patients were randomly assigned to optimal medical therapy (medical arm) or to the device (device arm).",
        "These figures correspond to an annual mortality rate of 18% in the medical arm and 13% in the device arm, "
        "with a hazard ratio of 0.66, 95% CI (0.50, 0.87).",
        [
            G(18, "percent|rate", "mortality", "medical"),
            G(13, "percent|rate", "mortality", "device"),
            G(0.66, "hr", "mortality", "*"),
            G(0.50, "ci_low", "mortality", "*"),
            G(0.87, "ci_high", "mortality", "*"),
        ],
    ),
    # https://th4.ilovetranslation.com/buee-jLJSlS=d ("a greater absolute reduction in serious vascular events
    # (6.7% versus 8.2% per year, P < 0.0001)")
    (
        "Participants were randomly assigned to aspirin or placebo.",
        "Allocation to aspirin yielded fewer serious vascular events (6.2% versus 7.9% per year, P<0.001).",
        [
            G(6.2, "rate|percent", "serious vascular events", "aspirin"),
            G(7.9, "rate|percent", "serious vascular events", "placebo"),
            G(0.001, "p", "serious vascular events", "*"),
        ],
    ),
    # ---- 'had died, as had' --------------------------------------------------------------------------------------
    # https://derangedphysiology.com/main/cicm-fellowship-exam/past-papers/2020-paper-1-saqs/question-261 ("At 90
    # days after randomization, 27.9% patients who had been assigned to receive the treatment had died, as had 28.8%
    # who had been assigned to receive placebo (odds ratio 0.95; ...)")
    (
        "Patients with septic shock were randomly assigned to hydrocorlone or placebo.",
        "At 90 days after randomization, 26.4% of patients assigned to hydrocorlone had died, as had 27.9% of "
        "those assigned to placebo (odds ratio, 0.93; 95% CI, 0.81 to 1.07; P=0.31).",
        [
            G(90, "*", None, None),
            G(26.4, "percent", "died|death", "hydrocorlone"),
            G(27.9, "percent", "died|death", "placebo"),
            G(0.93, "or", "died|death", "*"),
            G(0.81, "ci_low", "died|death", "*"),
            G(1.07, "ci_high", "died|death", "*"),
            G(0.31, "p", "died|death", "*"),
        ],
    ),
    # second instance: counts with their shares
    (
        "Patients were randomly assigned to early feeding or delayed feeding.",
        "By day 28, 61 patients (19.8%) in the early-feeding group had died, as had 74 (24.1%) in the "
        "delayed-feeding group (relative risk, 0.82; 95% CI, 0.61 to 1.10).",
        [
            G(28, "*", None, None),
            G(61, "count", "died|death", "early"),
            G(19.8, "percent", "died|death", "early"),
            G(74, "count", "died|death", "delayed"),
            G(24.1, "percent", "died|death", "delayed"),
            G(0.82, "rr", "died|death", "*"),
            G(0.61, "ci_low", "died|death", "*"),
            G(1.10, "ci_high", "died|death", "*"),
        ],
    ),
    # ---- 'occurred in n of the N patients in the A group and in m of M in the B group' ------------------------
    # http://digital.haematologica.org/wp-content/uploads/flipbook/34/files/basic-html/page218.html ("the primary
    # outcome occurred in none of the 50 patients in the warfarin group and in 16 of 54 patients in the placebo group
    # (cumulative risk, 29.6%; ...), resulting in a relative risk reduction of 97% in favor of warfarin (HR, 0.03;
    # 95% CI: 0.01-0.51; P<0.001)")
    (
        "Patients were randomly assigned to tinzarin or placebo.",
        "During the 12-month treatment period, the primary outcome occurred in 1 of the 62 patients in the "
        "tinzarin group and in 14 of 60 patients in the placebo group, resulting in a relative risk reduction of "
        "93% (hazard ratio, 0.07; 95% CI, 0.01 to 0.52; P=0.001).",
        [
            G(12, "*", None, None),
            G(1, "count", "primary outcome", "tinzarin"),
            G(62, "denominator", None, None),
            G(14, "count", "primary outcome", "placebo"),
            G(60, "denominator", None, None),
            # revised after first contact (gold had None): the sentence names the figure a relative risk reduction, and
            # the reader's convention files a named reduction as a value between the groups, not a share
            G(93, "value", "relative risk reduction", "*"),
            G(0.07, "hr", "primary outcome", "*"),
            G(0.01, "ci_low", "primary outcome", "*"),
            G(0.52, "ci_high", "primary outcome", "*"),
            G(0.001, "p", "primary outcome", "*"),
        ],
    ),
    # ---- landmark rates said as the endpoint at a time ------------------------------------------------------------
    # https://mdedge-cache.qa01.mdedge.com/dermatology/article/262399/... ("The 2-year progression-free survival was
    # 74%, and 2-year overall survival was 89%.")
    (
        ONE_ARM,
        "The 2-year progression-free survival was 71%, and 2-year overall survival was 86%.",
        [
            G(71, "percent|rate", "2-year progression-free survival", None),
            G(86, "percent|rate", "2-year overall survival", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("The rate of OS at 3 years was 51%
    # (95% CI, 32%–67%).")
    (
        ONE_ARM,
        "The rate of overall survival at 3 years was 48% (95% CI, 30%–64%).",
        [
            G(48, "percent|rate", "3-year overall survival", None),
            G(30, "ci_low", "3-year overall survival", None),
            G(64, "ci_high", "3-year overall survival", None),
        ],
    ),
    # http://nlp.case.edu/public/data/TargetedToxicity_JCOFullText/SVM_text_classifier_training/training/positive/
    # 1_138.html ("the projected progression-free survival at 20 months was 24% (95% CI, 0% to 60%)")
    (
        ONE_ARM,
        "The projected progression-free survival at 18 months was 28% (95% CI, 9% to 47%).",
        [
            G(28, "percent|rate", "18-month progression-free survival", None),
            G(9, "ci_low", "18-month progression-free survival", None),
            G(47, "ci_high", "18-month progression-free survival", None),
        ],
    ),
    # ---- subgroups and other studies: withheld -------------------------------------------------------------------
    # http://nlp.case.edu/.../1_138.html ("Objective response rates were similar in CD25+ (22%) and CD25−
    # histologies (29%), as were stable disease rates (22% and 18%, respectively).")
    (
        ONE_ARM,
        "Objective response rates were similar in CD30-positive (24%) and CD30-negative tumors (27%), as were "
        "stable disease rates (20% and 17%, respectively).",
        [
            G(30, "*", None, None),
            G(24, "*", None, None),
            G(27, "*", None, None),
            G(20, "*", None, None),
            G(17, "*", None, None),
        ],
    ),
    # https://faye.authorea.com/users/377865/articles/494523/download_zip ("There were no differences observed between
    # males and females in either PFS (53.8% vs 60.1%; p=0.58) or OS (58.3% vs 60.2%; p=0.49).")
    (
        ONE_ARM,
        "There were no differences between men and women in either PFS (55.2% vs 61.0%; p=0.47) or OS (57.9% vs "
        "62.3%; p=0.52).",
        [
            G(55.2, "*", None, None),
            G(61.0, "*", None, None),
            G(0.47, "*", None, None),
            G(57.9, "*", None, None),
            G(62.3, "*", None, None),
            G(0.52, "*", None, None),
        ],
    ),
    # https://publicatie-online.nl/uploaded/flipbook/169646-Hanneke-van-der-Wijngaart/28 ("a large database of 854
    # patients who were participating in phase I studies ... indicated a median progression-free survival and overall
    # survival of 2 and 8 months, respectively")
    (
        ONE_ARM,
        "For comparison, a pooled database of 712 patients treated in earlier phase I trials of targeted agents "
        "showed a median progression-free survival and overall survival of 2.1 and 7.6 months, respectively.",
        [
            G(712, "*", None, None),
            G(2.1, "*", None, None),
            G(7.6, "*", None, None),
        ],
    ),
    # ---- phase 1: a dose level and what it gave ----------------------------------------------------------------------
    # https://si.frajer.net/readmsg.aspx?msgid=21064598 ("Of 11 patients with measurable disease, one patient treated
    # with a 264mg/m2 dose, achieved a durable partial response ... Four patients achieved stable disease")
    (
        "Patients received elvotuzumab at escalating doses.",
        "Of 13 patients with measurable disease, one patient treated at 240 mg/m2 achieved a durable partial "
        "response. Three patients achieved stable disease.",
        [
            G(13, "count", "measurable disease", None, optional=True),
            G(1, "count", "partial response", "240 mg/m2"),
            G(240, "*", None, None),
            G(3, "count", "stable disease", None),
        ],
    ),
    # https://stanfordhealthcare.org/publications/294/29461.html ("The number of patients evaluated at each dose level
    # was as follows: 35 mg/m(2) (n = 3); 50 mg/m(2) (n = 9); and 65 mg/m(2) (n = 6).")
    (
        "Patients received tavotaxel weekly at escalating doses.",
        "Eighteen patients were enrolled at three dose levels; the number treated at each level was 30 mg/m2 (n = "
        "3), 45 mg/m2 (n = 9) and 60 mg/m2 (n = 6).",
        [
            G(18, "count", "*", None, optional=True),
            G(30, "*", None, None),
            G(3, "count", "*", "30 mg/m2", optional=True),
            G(45, "*", None, None),
            G(9, "count", "*", "45 mg/m2", optional=True),
            G(60, "*", None, None),
            G(6, "count", "*", "60 mg/m2", optional=True),
        ],
    ),
    # second dose-level instance: a share of one dose level
    (
        "Patients received ravolitinib at 200, 400 or 600 mg daily.",
        "Disease control was achieved in 11 of 16 patients (69%) treated at the 400 mg dose level, including three "
        "partial responses.",
        [
            G(11, "count", "disease control", "400 mg"),
            G(16, "denominator", None, None),
            G(69, "percent", "disease control", "400 mg"),
            G(400, "*", None, None),
            G(3, "count", "partial response", "400 mg"),
        ],
    ),
    # ---- pharmacokinetics -------------------------------------------------------------------------------------------
    # https://flamechallenge.authorea.com/users/354289/articles/477903/download_zip ("The relative bioavailability of
    # the conventional tablet versus the LSF was 35.0% for the 5 mg dose and 11.7% for the 20 mg dose")
    (
        "Healthy participants received selodepside as a tablet or as an oral solution at 5 mg or 20 mg.",
        "The relative bioavailability of the tablet versus the oral solution was 41.2% for the 5 mg dose and 13.6% "
        "for the 20 mg dose.",
        [
            G(41.2, "percent|value", "relative bioavailability", "5 mg"),
            G(13.6, "percent|value", "relative bioavailability", "20 mg"),
        ],
    ),
    # https://flamechallenge.authorea.com/users/354289/articles/477903/download_zip ("lower after 10 mg BID than after
    # 10 mg OD, with Cmax/Ctrough ratios of 1.9 and 3.0, respectively")
    (
        "Healthy participants received selodepside 20 mg QD or 20 mg BID.",
        "Fluctuation was lower after 20 mg BID than after 20 mg QD, with Cmax/Ctrough ratios of 2.1 and 3.4, "
        "respectively.",
        [
            G(2.1, "*", "Cmax/Ctrough", "20 mg BID"),
            G(3.4, "*", "Cmax/Ctrough", "20 mg QD"),
        ],
    ),
    # https://stanfordhealthcare.org/publications/294/29461.html ("Plasma pharmacokinetic mean values of maximum
    # concentration (C(max)) and area under the curve (AUC(0-48)) increased in a dose-dependent manner")
    (
        "Patients received tavotaxel weekly at escalating doses.",
        "Mean (SD) Cmax increased from 1.2 (0.4) μg/mL at 30 mg/m2 to 2.9 (0.8) μg/mL at 60 mg/m2.",
        [
            G(1.2, "mean", "Cmax", "30 mg/m2"),
            G(0.4, "sd", "Cmax", "30 mg/m2"),
            G(2.9, "mean", "Cmax", "60 mg/m2"),
            G(0.8, "sd", "Cmax", "60 mg/m2"),
            G(30, "*", None, None),
            G(60, "*", None, None),
        ],
    ),
    # https://flamechallenge.authorea.com/users/354289/articles/477903/download_zip (median tmax, geometric mean t1/2)
    (
        "Healthy participants received a single 50 mg dose of selodepside.",
        "Median tmax was 2.0 hours (range, 1.0–4.0) and the geometric mean terminal half-life was 14.6 hours (CV, "
        "28%).",
        [
            G(2.0, "median", "tmax", "*"),
            G(1.0, "min", "tmax", "*"),
            G(4.0, "max", "tmax", "*"),
            G(14.6, "geometric_mean", "half-life", "*"),
            G(28, "cv_percent", "half-life", "*"),
        ],
    ),
    # https://pubmed.ncbi.nlm.nih.gov/21255534/ ("The geometric mean ratios of the AUC for esomeprazole 40 mg and ASA
    # 325 mg ... were 0.97 (94% CI, 0.90 - 1.04) and 1.04 (94% CI, 1.00 - 1.08). The corresponding mean geometric
    # ratios for Cmax were 0.99 (94% CI, 0.90 - 1.09) and 1.02 (94% CI, 0.92 - 1.13).")
    (
        "Healthy volunteers received velprazole and aspirin as one capsule or as separate tablets.",
        "The geometric mean ratio of AUC for velprazole was 0.96 (90% CI, 0.89-1.03). The corresponding ratio for "
        "Cmax was 0.98 (90% CI, 0.88-1.08).",
        [
            G(0.96, "*", "AUC", "*"),
            G(0.89, "ci_low", "AUC", "*"),
            G(1.03, "ci_high", "AUC", "*"),
            G(0.98, "*", "Cmax", "*"),
            G(0.88, "ci_low", "Cmax", "*"),
            G(1.08, "ci_high", "Cmax", "*"),
        ],
    ),
    # second interaction form: '-fold' with its interval
    (
        "Healthy volunteers received relbatinib alone and with itraconazole.",
        "Coadministration with itraconazole increased the AUC of relbatinib 2.4-fold (90% CI, 2.1–2.8) and Cmax "
        "1.6-fold (90% CI, 1.4–1.9).",
        [
            G(2.4, "*", "AUC", "*"),
            G(2.1, "ci_low", "AUC", "*"),
            G(2.8, "ci_high", "AUC", "*"),
            G(1.6, "*", "Cmax", "*"),
            G(1.4, "ci_low", "Cmax", "*"),
            G(1.9, "ci_high", "Cmax", "*"),
        ],
    ),
    # ---- general medicine: changes, differences, odds ------------------------------------------------------------
    # https://care.diabetesjournals.org/highwire/markup/4138/expansion (adjusted mean change and difference at 24
    # weeks, in prose)
    (
        "Patients were randomly assigned to tirzelide or placebo.",
        "At week 24, the least-squares mean change from baseline in HbA1c was −1.14 percentage points with "
        "tirzelide and −0.21 with placebo (difference, −0.93; 95% CI, −1.10 to −0.76; P<0.001).",
        [
            G(24, "*", None, None),
            G(-1.14, "mean", "HbA1c", "tirzelide"),
            G(-0.21, "mean", "HbA1c", "placebo"),
            G(-0.93, "value|mean", "HbA1c", "*"),
            G(-1.10, "ci_low", "HbA1c", "*"),
            G(-0.76, "ci_high", "HbA1c", "*"),
            G(0.001, "p", "HbA1c", "*"),
        ],
    ),
    # https://care.diabetesjournals.org/highwire/markup/60336/expansion ("Change in body weight from baseline ...
    # ETD"), second instance
    (
        "Participants were randomly assigned to semalide or placebo.",
        "Body weight decreased by a mean of 6.8 kg in the semalide group and 1.1 kg in the placebo group "
        "(estimated treatment difference, −5.7 kg; 95% CI, −6.9 to −4.5).",
        [
            G(6.8, "mean", "body weight", "semalide"),
            G(1.1, "mean", "body weight", "placebo"),
            G(-5.7, "value|mean", "body weight", "*"),
            G(-6.9, "ci_low", "body weight", "*"),
            G(-4.5, "ci_high", "body weight", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4655599/table/T3 and derangedphysiology (odds ratio after shares)
    (
        "Patients were randomly assigned to thrombectomy (thrombectomy group) or medical management (control group).",
        "A good functional outcome at 90 days was achieved by 46.1% of patients in the thrombectomy group and "
        "38.4% in the control group (adjusted odds ratio, 1.38; 95% CI, 1.05 to 1.81).",
        [
            G(90, "*", None, None),
            G(46.1, "percent", "good functional outcome", "thrombectomy"),
            G(38.4, "percent", "good functional outcome", "control"),
            G(1.38, "or", "good functional outcome", "*"),
            G(1.05, "ci_low", "good functional outcome", "*"),
            G(1.81, "ci_high", "good functional outcome", "*"),
        ],
    ),
    # semicolon series with a gapped second clause ("...; discontinuation ..., in 4.1% and 2.9%, respectively")
    (
        "Patients were randomly assigned to vomizumab or placebo.",
        "Serious adverse events occurred in 18.2% of the patients in the vomizumab group and 19.6% in the placebo "
        "group; discontinuation because of adverse events, in 4.1% and 2.9%, respectively.",
        [
            G(18.2, "percent", "serious adverse events", "vomizumab"),
            G(19.6, "percent", "serious adverse events", "placebo"),
            G(4.1, "percent", "discontinuation", "vomizumab"),
            G(2.9, "percent", "discontinuation", "placebo"),
        ],
    ),
    # long free-phrase endpoints (meddatax.com results overviews, NCT02661217: "Percentage of patients achieving and
    # maintaining ... for at least 2 weeks")
    (
        "Patients were randomly assigned to luspatide or placebo.",
        "The proportion of patients who remained free of transfusion for at least 8 consecutive weeks was 38% in "
        "the luspatide group and 13% in the placebo group (P<0.001).",
        [
            G(8, "*", None, None),
            G(38, "percent", "free of transfusion", "luspatide"),
            G(13, "percent", "free of transfusion", "placebo"),
            G(0.001, "p", "free of transfusion", "*"),
        ],
    ),
    (
        "Participants were randomly assigned to erenolumab or placebo.",
        "The percentage of participants with at least a 50% reduction in monthly migraine days was 47.6% with "
        "erenolumab and 26.6% with placebo.",
        [
            G(50, "*", None, None),
            G(47.6, "percent", "reduction in monthly migraine days", "erenolumab"),
            G(26.6, "percent", "reduction in monthly migraine days", "placebo"),
        ],
    ),
    # ---- oncology phase 3 ------------------------------------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4631139/table/T2 (median OS per arm with the HR for death, in prose)
    (
        "Patients were randomly assigned to carbotinib or docetaxel.",
        "Median overall survival was 13.8 months (95% CI, 12.1 to 15.6) with carbotinib and 10.2 months (95% CI, "
        "9.0 to 11.7) with docetaxel (hazard ratio for death, 0.71; 95% CI, 0.59 to 0.85; P<0.001).",
        [
            G(13.8, "median", "overall survival", "carbotinib"),
            G(12.1, "ci_low", "overall survival", "carbotinib"),
            G(15.6, "ci_high", "overall survival", "carbotinib"),
            G(10.2, "median", "overall survival", "docetaxel"),
            G(9.0, "ci_low", "overall survival", "docetaxel"),
            G(11.7, "ci_high", "overall survival", "docetaxel"),
            G(0.71, "hr", "death|overall survival", "*"),
            G(0.59, "ci_low", "death|overall survival", "*"),
            G(0.85, "ci_high", "death|overall survival", "*"),
            G(0.001, "p", "death|overall survival", "*"),
        ],
    ),
    # https://castbox.fm/episode/Hazard-ratio%3F-P-value%3F-id2000311-id156914052 ("PFS had a hazard ratio 0.48 (95%
    # confidence interval, 0.38-0.60)")
    (
        "Patients were randomly assigned to ravolimab plus chemotherapy or chemotherapy alone.",
        "The hazard ratio for disease progression or death was 0.55 (95% CI, 0.44 to 0.69), favoring ravolimab "
        "plus chemotherapy.",
        [
            G(0.55, "hr", "disease progression or death", "*"),
            G(0.44, "ci_low", "disease progression or death", "*"),
            G(0.69, "ci_high", "disease progression or death", "*"),
        ],
    ),
    # https://mdedge9-ma1.mdedge.com/internalmedicine/article/24605/... (a share per arm, 'as compared with')
    (
        "Patients were randomly assigned to ravolimab plus chemotherapy (combination group) or chemotherapy alone "
        "(chemotherapy group).",
        "Confirmed objective responses occurred in 41.3% of patients in the combination group, as compared with "
        "23.7% in the chemotherapy group.",
        [
            G(41.3, "percent", "objective response", "combination"),
            G(23.7, "percent", "objective response", "chemotherapy"),
        ],
    ),
    # abstract 'vs' runs with semicolons (Lancet/JCO abstract style, e.g. 123dok CheckMate-142 abstract)
    (
        "Patients were randomized to ralotinib plus fulvestrant or placebo plus fulvestrant.",
        "Median PFS: 8.3 vs 5.6 months (HR 0.64; 95% CI 0.49–0.83; p=0.0008); median OS: 19.4 vs 16.1 months (HR "
        "0.82; 95% CI 0.62–1.08).",
        [
            G(8.3, "median", "PFS", "ralotinib"),
            G(5.6, "median", "PFS", "placebo"),
            G(0.64, "hr", "PFS", "*"),
            G(0.49, "ci_low", "PFS", "*"),
            G(0.83, "ci_high", "PFS", "*"),
            G(0.0008, "p", "PFS", "*"),
            G(19.4, "median", "OS", "ralotinib"),
            G(16.1, "median", "OS", "placebo"),
            G(0.82, "hr", "OS", "*"),
            G(0.62, "ci_low", "OS", "*"),
            G(1.08, "ci_high", "OS", "*"),
        ],
    ),
    # https://repository.uantwerpen.be/link/irua/71244 ("Among 21 ACC patients, there were no objective responses.
    # Eleven patients had a stable disease, of which ten patients for more than 6 months")
    (
        ONE_ARM,
        "Among 23 patients, there were no objective responses. Twelve patients had stable disease, nine of them "
        "for more than 6 months.",
        [
            G(23, "count", "*", None, optional=True),
            G(12, "count", "stable disease", None),
            G(9, "count", "stable disease", None, optional=True),
            G(6, "*", None, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC11227112/table/TB5 ("comprising 37 SAEs in 36 (35.6%) discontinuation
    # group participants and 26 SAEs in 25 (24.0%) usual care group participants")
    (
        "Participants were randomly assigned to discontinuation of the drug or to usual care.",
        "In total, 58 serious adverse events were reported in 55 participants: 33 events in 31 (30.4%) "
        "discontinuation group participants and 25 events in 24 (23.1%) usual care group participants.",
        [
            G(58, "count|events", "serious adverse events", None, optional=True),
            G(55, "count", "serious adverse events", None, optional=True),
            G(33, "count|events", "serious adverse events", "discontinuation", optional=True),
            G(31, "count", "serious adverse events", "discontinuation"),
            G(30.4, "percent", "serious adverse events", "discontinuation"),
            G(25, "count|events", "serious adverse events", "usual care", optional=True),
            G(24, "count", "serious adverse events", "usual care"),
            G(23.1, "percent", "serious adverse events", "usual care"),
        ],
    ),
    # ---- second instances of the families fixed after first contact (written gold first, after the fixes) ----------
    # slash-joined terms and values, three of them
    (
        ONE_ARM,
        "The CR/PR/SD rates were 10%/25%/40%.",
        [
            G(10, "percent|rate", "complete response", None),
            G(25, "percent|rate", "partial response", None),
            G(40, "percent|rate", "stable disease", None),
        ],
    ),
    # an interval after the share in a fraction's bracket, said with a comma
    (
        ONE_ARM,
        "In all, 9/30 (30%, 95% CI 15–49%) patients had a partial response.",
        [
            G(9, "count", "partial response", None),
            G(30, "denominator", None, None),
            G(30, "percent", "partial response", None),
            G(15, "ci_low", "partial response", None),
            G(49, "ci_high", "partial response", None),
        ],
    ),
    # a fraction after a share of an adverse event
    (
        ONE_ARM,
        "Grade 3 neutropenia occurred in 15% (n = 6/40) of patients.",
        [
            G(3, "*", None, None),
            G(15, "percent", "neutropenia", None),
            G(6, "count", "neutropenia", None),
            G(40, "denominator", None, None),
        ],
    ),
    # a median in words with its unit
    (
        ONE_ARM,
        "The median time to response was two months (range, 1-4).",
        [
            G(2, "median", "time to response", None),
            G(1, "min", "time to response", None),
            G(4, "max", "time to response", None),
        ],
    ),
    # a duration threshold said with 'lasting longer than'
    (
        ONE_ARM,
        "Five patients had responses lasting longer than 12 months.",
        [
            G(5, "count", "response", None),
            G(12, "*", None, None),
        ],
    ),
    # two response categories named together as one
    (
        ONE_ARM,
        "Twelve patients (40%) achieved CR or PR.",
        [
            G(12, "count", "objective response", None),
            G(40, "percent", "objective response", None),
        ],
    ),
    # a ratio named for the quantity after 'for'
    (
        "Healthy volunteers received the new tablet and the reference tablet of ordatinib.",
        "The geometric mean ratio for AUC0-inf was 1.12 (90% CI, 1.03-1.22).",
        [
            G(1.12, "*", "AUC0-inf", "*"),
            G(1.03, "ci_low", "AUC0-inf", "*"),
            G(1.22, "ci_high", "AUC0-inf", "*"),
            G(0, "*", None, None),
        ],
    ),
    # a dose said of the few patients who received it
    (
        "Patients received elvotuzumab at escalating doses.",
        "Two patients receiving 8 mg/kg had grade 3 rash. Four patients discontinued treatment because of adverse "
        "events.",
        [
            G(2, "count", "rash", "8 mg/kg"),
            G(8, "*", None, None),
            G(3, "*", None, None),
            G(4, "count", "discontinued", None),
        ],
    ),
    # two subgroups contrasted
    (
        ONE_ARM,
        "Response rates did not differ between younger and older patients (41% vs 38%; P=0.72).",
        [
            G(41, "*", None, None),
            G(38, "*", None, None),
            G(0.72, "*", None, None),
        ],
    ),
    # a part of a dose level's statement after 'including'
    (
        "Patients received ravolitinib at 100, 200 or 300 mg daily.",
        "Responses were observed in 9 of 20 patients (45%) at 300 mg, including two complete responses.",
        [
            G(9, "count", "response", "300 mg"),
            G(20, "denominator", None, None),
            G(45, "percent", "response", "300 mg"),
            G(300, "*", None, None),
            G(2, "count", "complete response", "300 mg", optional=True),
        ],
    ),
    # landmark rates each with its interval, lined up with listed times
    (
        ONE_ARM,
        "Event-free survival rates at 1 and 3 years were 88% (95% CI, 80%–93%) and 72% (95% CI, 62%–80%), "
        "respectively.",
        [
            G(1, "*", None, None),
            G(3, "*", None, None),
            G(88, "percent|rate", "1-year event-free survival", None),
            G(80, "ci_low", "1-year event-free survival", None),
            G(93, "ci_high", "1-year event-free survival", None),
            G(72, "percent|rate", "3-year event-free survival", None),
            G(62, "ci_low", "3-year event-free survival", None),
            G(80, "ci_high", "3-year event-free survival", None),
        ],
    ),
    # landmark rates of listed endpoints at one time
    (
        "Patients received adjuvant radiotherapy.",
        "The 5-year rates of distant control and disease-free survival were 91.0% and 80.3%, respectively.",
        [
            G(91.0, "percent|rate", "5-year distant control", None),
            G(80.3, "percent|rate", "5-year disease-free survival", None),
        ],
    ),
    # three groups listed once, their noun after the last; durations
    (
        "Patients were enrolled in three dose cohorts of ravolitinib.",
        "Median PFS was 5.1, 6.4, and 8.0 months in the 50-mg, 100-mg, and 150-mg cohorts, respectively.",
        [
            G(5.1, "median", "PFS", "50-mg"),
            G(6.4, "median", "PFS", "100-mg"),
            G(8.0, "median", "PFS", "150-mg"),
        ],
    ),
    # regimens listed without a noun
    (
        "Patients were randomized to placebo or tavoglutide 10 mg or 20 mg.",
        "Rates of nausea were 8%, 19%, and 27% for placebo, 10 mg, and 20 mg, respectively.",
        [
            G(8, "percent|rate", "nausea", "placebo"),
            G(19, "percent|rate", "nausea", "10 mg"),
            G(27, "percent|rate", "nausea", "20 mg"),
        ],
    ),
    # a mean change said in percent, signed
    (
        "Participants were randomly assigned to semalide or placebo.",
        "The adjusted mean change in body weight was -6.1% with semalide and -1.0% with placebo.",
        [
            G(-6.1, "mean", "body weight", "semalide"),
            G(-1.0, "mean", "body weight", "placebo"),
        ],
    ),
    # 'had died, as had', the groups said by their assignment
    (
        "Patients were randomly assigned to cooling or normothermia.",
        "Within 30 days, 14.2% of the patients assigned to cooling had died, as had 16.0% of those assigned to "
        "normothermia (odds ratio, 0.87; 95% CI, 0.66 to 1.14).",
        [
            G(30, "*", None, None),
            G(14.2, "percent", "died|death", "cooling"),
            G(16.0, "percent", "died|death", "normothermia"),
            G(0.87, "or", "died|death", "*"),
            G(0.66, "ci_low", "died|death", "*"),
            G(1.14, "ci_high", "died|death", "*"),
        ],
    ),
    # a mean change said in (unsigned) percent, groups 'respectively' (written after the signed form was taken back)
    (
        "Participants were randomized to placebo, tavoglutide 10 mg, or tavoglutide 20 mg.",
        "The mean changes from baseline in lean mass were 0.4%, 1.9%, and 2.6% for placebo, tavoglutide 10 mg, and "
        "tavoglutide 20 mg, respectively.",
        [
            G(0.4, "mean", "lean mass", "placebo"),
            G(1.9, "mean", "lean mass", "tavoglutide 10 mg"),
            G(2.6, "mean", "lean mass", "tavoglutide 20 mg"),
            G(10, "*", None, None),
            G(20, "*", None, None),
        ],
    ),
]
