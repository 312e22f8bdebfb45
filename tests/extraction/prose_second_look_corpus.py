"""An independent second look at the newest prose readers (extractors/prose_stat_keys.py, "statistic key";
extractors/prose_for_lists.py, "for-list item"; the binding-precision round) on paragraphs their authors did not
choose. Every paragraph here is a real results or population paragraph found with the ``search`` tool (corpus
``pages``) or its exact-string index (public GitHub files holding abstracts and study summaries), none of them from
the corpora already in tests/extraction/prose_*_corpus.py. Wording is kept close to the source (the sentence form
is what is sampled); some numbers are rounded or shifted. Each entry's comment gives the address: a URL, or for a
file of the exact-string index its id (``find_string`` id, readable with ``read_file``) and the study it quotes.
Every gold was written before any paragraph was read back.

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the first fixes; ``THIRD`` after the last
widening (see tests/extraction/test_prose_second_look.py).

Entry format: that of tests/extraction/prose_sampled_forms_corpus.py (``(context, paragraph, gold)``), scored by
tests/extraction/prose_second_look_score.py. ``FORMS`` names each entry's family ("key" for a statistic key, "for"
for a "for"-list, "near" for a neighbouring form the same readers touch). First contact and end figures:
tests/extraction/test_prose_second_look.py.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

THROMB = (
    "Patients were randomly assigned to endovascular thrombectomy plus medical management (thrombectomy group) or "
    "to medical management alone (control group)."
)
COACH = "Patients were randomized to an electronic coaching program (EC) or to usual care (UC)."
ADU = "Participants were randomly assigned 1:1:1 to high-dose or low-dose intravenous aducanumab or placebo."
WALC = "Participants were randomized to a 6-month exercise intervention arm or an attention control arm."
GLP = "Adults initiating semaglutide or tirzepatide were compared after propensity score matching."
CDM = "Patients with heart failure were randomized to internet chronic disease management (CDM) or usual care."
ERE = "Patients received erenumab 70 mg or erenumab 140 mg once monthly for 3 months."
EYE = "Patients with glaucoma were randomized to timolol or to bimatoprost eye drops for 180 days."
ERBB2 = "Patients with ERBB2-negative or ERBB2-low breast cancer were identified in a national cancer registry."
INS = "Participants were randomized to intranasal insulin or placebo delivered by a nasal device."
VAX = "Each vaccinated patient was matched to 10 unvaccinated patients by a propensity score."
SITA = "Twelve critically ill patients with pneumonia received a single 200 mg oral dose of sitafloxacin."
AMI = "Control patients and patients supported by veno-arterial ECMO received amikacin for nosocomial sepsis."
BU = "Allogeneic transplant recipients received busulfan-based conditioning with therapeutic drug monitoring."
TB = "Five pharmacokinetic data sets of patients with tuberculosis were pooled."
PPD = "Female individuals with a delivery were followed for postpartum depression (PPD)."
SSRI = "Participants of a national survey wore an accelerometer for one week."
DISC = "Adults who discontinued semaglutide or tirzepatide within 3-12 months were followed for 1 year."
SGLT2 = (
    "Placebo-controlled trials of dapagliflozin, empagliflozin and sotagliflozin were pooled for the composite of "
    "cardiovascular death or hospitalization for heart failure."
)
ICI = "Medicare beneficiaries starting immune checkpoint inhibitors were grouped by the vaccination they received."
HCC = "Patients with unresectable hepatocellular carcinoma treated with immune checkpoint inhibitors were studied."
RECT = "Language models were trained on radiology reports of patients with rectal cancer."
TLR = "Patients received immunotherapy (experimental arm) or chemotherapy (control arm)."
GBCS = "The GBCS model was compared with PREDICT v2.2 in a temporal validation cohort."
POOL = "Published dosimetry of [177Lu]Lu-PSMA-617 and [177Lu]Lu-PSMA-I&T was pooled across studies."
LUPSMA = "Seven patients underwent post-therapeutic dosimetry after Lu-177-PSMA-617 therapy."
SINGLE = "Sixteen patients with a single functioning kidney received 177Lu-PSMA-617."
SFOH = "Patients on dialysis were randomised to sucroferric oxyhydroxide (SFOH) or sevelamer for 12 weeks."
POMPE = "ERT-experienced patients continued cipaglucosidase alfa plus miglustat (cipa+mig) or switched to it."
ITRA = "Adult cystic fibrosis inpatients received oral itraconazole."
MTX = "Adults with haematological malignancies or solid tumours received high-dose methotrexate."
MIH = "Patients were randomized to mobile integrated health (MIH) or transitional outpatient care (TOCC)."

AGE = "age"

# fmt: off
CORPUS: list[Entry] = [
    # ---- statistic keys: "the mean (SD) age was", "(mean [SD] age, ...)", "Median (IQR) age was ..., weight ..." ---
    # find_string id 56127445715 (quotes a JAMA Netw Open thrombectomy abstract, "paper20": "and the mean (SD) age was
    # 67.0 (10.7) years. An mRS score 0 to 3 at 1 year was achieved by 99 of 222 patients (44.6%) ...")
    (
        THROMB,
        "Among 330 patients who had 1-year follow-up data, 227 (68.8%) were male, and the mean (SD) age was 67.0 "
        "(10.7) years. A modified Rankin Scale score of 0 to 3 at 1 year was achieved by 99 of 222 patients (44.6%) "
        "in the thrombectomy group and 21 of 108 (19.4%) in the control group (adjusted rate ratio, 2.23; 95% CI, "
        "1.51-3.29).",
        [
            G(330, "*", "*", None, True),
            G(227, "count", "male", None, True),
            G(68.8, "percent", "male", None, True),
            G(67.0, "mean", AGE, None),
            G(10.7, "sd", AGE, None),
            G(99, "count", "modified Rankin Scale score of 0 to 3", "thrombectomy"),
            G(222, "denominator", "*", "thrombectomy"),
            G(44.6, "percent|rate", "modified Rankin Scale score of 0 to 3", "thrombectomy"),
            G(21, "count", "modified Rankin Scale score of 0 to 3", "control"),
            G(108, "denominator", "*", "control"),
            G(19.4, "percent|rate", "modified Rankin Scale score of 0 to 3", "control"),
            G(2.23, "rr|value", "modified Rankin Scale score of 0 to 3", "*"),
            G(1.51, "ci_low", "modified Rankin Scale score of 0 to 3", "*"),
            G(3.29, "ci_high", "modified Rankin Scale score of 0 to 3", "*"),
        ],
    ),
    # find_string id 58539037346 (an electronic-coaching trial abstract: "The mean (SD) age was 61 (13) years; 1095
    # patients (67.8%) were female.")
    (
        COACH,
        "A total of 1614 patients were included in the analysis, with 804 randomized to EC and 810 to UC. The mean "
        "(SD) age was 61 (13) years; 1095 patients (67.8%) were female. Only 419 EC participants (52.1%) accessed "
        "the website; the median time per visit was 45 seconds (IQR, 45-105 seconds).",
        [
            G(1614, "*", "*", None, True),
            G(804, "*", "*", "EC", True),
            G(810, "*", "*", "UC", True),
            G(61, "mean", AGE, None),
            G(13, "sd", AGE, None),
            G(1095, "count", "female", None, True),
            G(67.8, "percent", "female", None, True),
            G(419, "count", "accessed the website", "EC", True),
            G(52.1, "percent", "accessed the website", "EC", True),
            G(45, "median", "time per visit", "EC", True),
            G(45, "q1", "time per visit", "EC", True),
            G(105, "q3", "time per visit", "EC", True),
        ],
    ),
    # find_string id 66006621763 (aducanumab ARIA analysis of EMERGE and ENGAGE: "Of 3285 included participants, the
    # mean (SD) age was 70.4 (7.45) years; 1706 participants (52%) were female")
    (
        ADU,
        "Of 3285 included participants, the mean (SD) age was 70.4 (7.45) years; 1706 participants (52%) were "
        "female, and 2661 (81%) had mild cognitive impairment due to Alzheimer disease.",
        [
            G(3285, "*", "*", None, True),
            G(70.4, "mean", AGE, None),
            G(7.45, "sd", AGE, None),
            G(1706, "count", "female", None, True),
            G(52, "percent", "female", None, True),
            G(2661, "count", "mild cognitive impairment", None, True),
            G(81, "percent", "mild cognitive impairment", None, True),
        ],
    ),
    # find_string id 43652168334 (WALC trial secondary analysis, results section: "Among these 134 patients, the mean
    # (SD) age was 57.5 (8.3) years (Table 1)... The mean (SD) time since diagnosis was 1.7 (1.0) years.")
    (
        WALC,
        "Among these 134 patients, the mean (SD) age was 57.5 (8.3) years (Table 1). No statistically significant "
        "differences in baseline characteristics were observed between the study arms. The mean (SD) time since "
        "diagnosis was 1.7 (1.0) years.",
        [
            G(134, "*", "*", None, True),
            G(57.5, "mean", AGE, None),
            G(8.3, "sd", AGE, None),
            G(1, "*", None, None),
            G(1.7, "mean", "time since diagnosis", None),
            G(1.0, "sd", "time since diagnosis", None),
        ],
    ),
    # same file, abstract ("Of the 134 participants (all females; mean [SD] age, 57.5 [8.3] years) ... The mean (SD)
    # baseline CIPN scores were 8.1 (5.6) in the exercise intervention arm and 8.8 (7.9) in the attention control arm")
    (
        WALC,
        "Of the 134 participants (all females; mean [SD] age, 57.5 [8.3] years) included in the analysis, 69 were in "
        "the exercise intervention arm and 65 were in the attention control arm. The mean (SD) baseline CIPN scores "
        "were 8.1 (5.6) in the exercise intervention arm and 8.8 (7.9) in the attention control arm (P = .56).",
        [
            G(134, "*", "*", None, True),
            G(57.5, "mean", AGE, None),
            G(8.3, "sd", AGE, None),
            G(69, "*", "*", "exercise", True),
            G(65, "*", "*", "attention control", True),
            G(8.1, "mean", "baseline CIPN score|CIPN score", "exercise"),
            G(5.6, "sd", "baseline CIPN score|CIPN score", "exercise"),
            G(8.8, "mean", "baseline CIPN score|CIPN score", "attention control"),
            G(7.9, "sd", "baseline CIPN score|CIPN score", "attention control"),
            G(0.56, "p", "baseline CIPN score|CIPN score", "*", True),
        ],
    ),
    # find_string id 53284061588 (semaglutide vs tirzepatide cohort: "The mean (SD) age was 52.0 (12.9) years, 12 970
    # were female (70.5%) ... The mean (SD) baseline weight was 110 (25.8) kg.")
    (
        GLP,
        "Among 41 222 adults meeting the study criteria, 18 386 remained after propensity score matching. The mean "
        "(SD) age was 52.0 (12.9) years, and 12 970 were female (70.5%). The mean (SD) baseline weight was 110 "
        "(25.8) kg.",
        [
            G(41222, "*", "*", None, True),
            G(18386, "*", "*", None, True),
            G(52.0, "mean", AGE, None),
            G(12.9, "sd", AGE, None),
            G(12970, "count", "female", None, True),
            G(70.5, "percent", "female", None, True),
            G(110, "mean", "baseline weight|weight", None),
            G(25.8, "sd", "baseline weight|weight", None),
        ],
    ),
    # find_string id 59026344060 (internet chronic disease management trial: "Among 229 participants included in the
    # analysis, the mean (SD) age was 70.5 (9.1) years, and 141 participants (61.6%) were male")
    (
        CDM,
        "Among 229 participants included in the analysis, the mean (SD) age was 70.5 (9.1) years, and 141 "
        "participants (61.6%) were male. The internet CDM group had fewer hospitalizations than the usual care group "
        "(56 vs 81 hospitalizations; relative risk, 0.68; 95% CI, 0.43-1.10; P = .12).",
        [
            G(229, "*", "*", None, True),
            G(70.5, "mean", AGE, None),
            G(9.1, "sd", AGE, None),
            G(141, "count", "male", None, True),
            G(61.6, "percent", "male", None, True),
            G(56, "count|events", "hospitalizations", "CDM"),
            G(81, "count|events", "hospitalizations", "usual care"),
            G(0.68, "rr", "hospitalizations", "*"),
            G(0.43, "ci_low", "hospitalizations", "*"),
            G(1.10, "ci_high", "hospitalizations", "*"),
            G(0.12, "p", "hospitalizations", "*"),
        ],
    ),
    # find_string id 47180102866 (erenumab responder analysis: "57% and 54%, respectively, achieved a response at least
    # once during the 3-month study, with a median (IQR) time to first response of 2 (1, 2) and 1 (1, 2) months")
    (
        ERE,
        "Of the 188 and 187 patients in the 70 mg and 140 mg groups, 24% (45/188) and 28% (53/187), respectively, "
        "were initial responders. Overall, 57% and 54%, respectively, achieved a response at least once, with a "
        "median (IQR) time to first response of 2 (1, 2) and 1 (1, 2) months.",
        [
            G(188, "*", "*", "70 mg", True),
            G(187, "*", "*", "140 mg", True),
            G(24, "percent", "initial responders|initial response", "70 mg"),
            G(45, "count", "initial responders|initial response", "70 mg"),
            G(28, "percent", "initial responders|initial response", "140 mg"),
            G(53, "count", "initial responders|initial response", "140 mg"),
            G(57, "percent", "response at least once|response", "70 mg"),
            G(54, "percent", "response at least once|response", "140 mg"),
            G(2, "median", "time to first response", "70 mg"),
            G(1, "q1", "time to first response", "70 mg"),
            G(2, "q3", "time to first response", "70 mg"),
            G(1, "median", "time to first response", "140 mg"),
            G(1, "q1", "time to first response", "140 mg"),
            G(2, "q3", "time to first response", "140 mg"),
        ],
    ),
    # find_string id 33213518642 (timolol vs bimatoprost trial: "Thirty-eight patients were enrolled (22 men, 16
    # women; mean [SD] age, 51.7 [4.8] years; 19 patients per treatment group; 38 eligible eyes)")
    (
        EYE,
        "Thirty-eight patients were enrolled (22 men, 16 women; mean [SD] age, 51.7 [4.8] years; 19 patients per "
        "treatment group; 38 eligible eyes). In the bimatoprost group the pOBF was decreased by 38.9% compared with "
        "baseline (P < 0.01).",
        [
            G(22, "count", "men", None, True),
            G(16, "count", "women", None, True),
            G(51.7, "mean", AGE, None),
            G(4.8, "sd", AGE, None),
            G(19, "*", "*", None, True),
            G(38, "*", "*", None, True),
            G(38.9, "percent|value", "pOBF", "bimatoprost"),
            G(0.01, "p", "pOBF", "*", True),
        ],
    ),
    # find_string id 4756780371 (ERBB2-low breast cancer cohort: "(mean [SD] age, 62.4 [13.1] years; 99.1% female)
    # ... The mean (SD) age of the ERBB2-negative group was 62.1 (13.2) years and 62.5 (13.0) years for the ERBB2-low
    # group.")
    (
        ERBB2,
        "The study identified 1 136 016 patients (mean [SD] age, 62.4 [13.1] years; 99.1% female), of whom 392 246 "
        "(34.5%) were diagnosed with ERBB2-negative and 743 770 (65.5%) with ERBB2-low breast cancer. The mean (SD) "
        "age of the ERBB2-negative group was 62.1 (13.2) years and 62.5 (13.0) years for the ERBB2-low group.",
        [
            G(1136016, "*", "*", None, True),
            G(62.4, "mean", AGE, None),
            G(13.1, "sd", AGE, None),
            G(99.1, "percent", "female", None, True),
            G(392246, "count", "*", "ERBB2-negative", True),
            G(34.5, "percent", "*", "ERBB2-negative", True),
            G(743770, "count", "*", "ERBB2-low", True),
            G(65.5, "percent", "*", "ERBB2-low", True),
            G(62.1, "mean", AGE, "ERBB2-negative"),
            G(13.2, "sd", AGE, "ERBB2-negative"),
            G(62.5, "mean", AGE, "ERBB2-low"),
            G(13.0, "sd", AGE, "ERBB2-low"),
        ],
    ),
    # find_string id 65728752672 (intranasal insulin trial: "A total of 289 participants (155 men [54.6%]; mean [SD]
    # age, 70.9 [7.1] years) were randomized.")
    (
        INS,
        "A total of 289 participants (155 men [54.6%]; mean [SD] age, 70.9 [7.1] years) were randomized. Of those, "
        "260 participants completed the blinded phase.",
        [
            G(289, "*", "*", None, True),
            G(155, "count", "men", None, True),
            G(54.6, "percent", "men", None, True),
            G(70.9, "mean", AGE, None),
            G(7.1, "sd", AGE, None),
            G(260, "*", "*", None, True),
        ],
    ),
    # find_string ids 47873514960 and 19400764102 (Ad26.COV2.S effectiveness abstract: "8889 vaccinated patients (4491
    # men [50.5%]; mean [SD] age, 52.4 [16.9] years) and 88 898 unvaccinated patients (... mean [SD] age, 51.7 [16.7]
    # years)")
    (
        VAX,
        "The study was composed of 8889 vaccinated patients (4491 men [50.5%]; mean [SD] age, 52.4 [16.9] years) and "
        "88 898 unvaccinated patients (44 748 men [50.3%]; mean [SD] age, 51.7 [16.7] years). The incidence rate "
        "ratio of SARS-CoV-2 infection in the vaccinated vs unvaccinated cohorts was 0.26 (95% CI, 0.20-0.34), which "
        "corresponds to an effectiveness of 73.6% (95% CI, 65.9%-79.9%).",
        [
            G(8889, "*", "*", "vaccinated", True),
            G(4491, "count", "men", "vaccinated", True),
            G(50.5, "percent", "men", "vaccinated", True),
            G(52.4, "mean", AGE, "vaccinated"),
            G(16.9, "sd", AGE, "vaccinated"),
            G(88898, "*", "*", "unvaccinated", True),
            G(44748, "count", "men", "unvaccinated", True),
            G(50.3, "percent", "men", "unvaccinated", True),
            G(51.7, "mean", AGE, "unvaccinated"),
            G(16.7, "sd", AGE, "unvaccinated"),
            G(0.26, "rr|value|rate", "SARS-CoV-2 infection", "*"),
            G(0.20, "ci_low", "SARS-CoV-2 infection", "*"),
            G(0.34, "ci_high", "SARS-CoV-2 infection", "*"),
            G(73.6, "percent|value", "effectiveness", "*"),
            G(65.9, "ci_low", "effectiveness", "*"),
            G(79.9, "ci_high", "effectiveness", "*"),
        ],
    ),
    # find_string id 66013292104 (sitafloxacin population PK summary: "Median (IQR) age was 57 (40-65) years, body
    # weight 52 (44-68) kg and Cockcroft-Gault creatinine clearance 68 (30-96) mL/min; median APACHE II score was 21")
    (
        SITA,
        "Six of the twelve were male. Median (IQR) age was 57 (40-65) years, body weight 52 (44-68) kg and "
        "creatinine clearance 68 (30-96) mL/min; median APACHE II score was 21 (18-33).",
        [
            G(57, "median", AGE, None),
            G(40, "q1", AGE, None),
            G(65, "q3", AGE, None),
            G(52, "median", "body weight|weight", None),
            G(44, "q1", "body weight|weight", None),
            G(68, "q3", "body weight|weight", None),
            G(68, "median", "creatinine clearance", None),
            G(30, "q1", "creatinine clearance", None),
            G(96, "q3", "creatinine clearance", None),
            G(21, "median", "APACHE II score", None),
            G(18, "q1|min", "APACHE II score", None, True),
            G(33, "q3|max", "APACHE II score", None, True),
        ],
    ),
    # find_string id 70540798364 (amikacin on V-A ECMO: "Median (IQR) age was 62 (52-75) and 60 (51-64) years, total
    # body weight 70 (65-84) and 75 (60-87) kg")
    (
        AMI,
        "Fifteen were controls and 24 were supported by V-A ECMO. Median (IQR) age was 62 (52-75) and 60 (51-64) "
        "years, and total body weight 70 (65-84) and 75 (60-87) kg.",
        [
            G(62, "median", AGE, "control"),
            G(52, "q1", AGE, "control"),
            G(75, "q3", AGE, "control"),
            G(60, "median", AGE, "ECMO"),
            G(51, "q1", AGE, "ECMO"),
            G(64, "q3", AGE, "ECMO"),
            G(70, "median", "total body weight|body weight|weight", "control"),
            G(65, "q1", "total body weight|body weight|weight", "control"),
            G(84, "q3", "total body weight|body weight|weight", "control"),
            G(75, "median", "total body weight|body weight|weight", "ECMO"),
            G(60, "q1", "total body weight|body weight|weight", "ECMO"),
            G(87, "q3", "total body weight|body weight|weight", "ECMO"),
        ],
    ),
    # find_string id 54663438082 (busulfan population PK summary: "Median (IQR) age was 54 (44, 63) years, total body
    # weight 84 (71, 97) kg, and 43% of subjects were female.")
    (
        BU,
        "Median (IQR) age was 54 (44, 63) years, total body weight 84 (71, 97) kg, and 43% of subjects were female.",
        [
            G(54, "median", AGE, None),
            G(44, "q1", AGE, None),
            G(63, "q3", AGE, None),
            G(84, "median", "total body weight|body weight|weight", None),
            G(71, "q1", "total body weight|body weight|weight", None),
            G(97, "q3", "total body weight|body weight|weight", None),
            G(43, "percent", "female", None, True),
        ],
    ),
    # find_string id 68408024124 (pooled tuberculosis PK: "Pooled median (IQR) age was 41.0 (28.9 to 52.0) years and
    # pooled median weight 59.0 (51.4 to 68.6) kg; about 75% of subjects were male")
    (
        TB,
        "Pooled median (IQR) age was 41.0 (28.9 to 52.0) years and pooled median weight 59.0 (51.4 to 68.6) kg; "
        "about 75% of subjects were male.",
        [
            G(41.0, "median", AGE, None),
            G(28.9, "q1", AGE, None),
            G(52.0, "q3", AGE, None),
            G(59.0, "median", "weight", None),
            G(51.4, "q1", "weight", None),
            G(68.6, "q3", "weight", None),
            G(75, "percent", "male", None, True),
        ],
    ),
    # find_string id 24685768099 (SSRI and accelerometry in a national survey: "Of the 7162 participants included in
    # the study, the mean (SD) age was 33.7 (22.6) years, 266 (3.7%) were taking an SSRI")
    (
        SSRI,
        "Of the 7162 participants included in the study, the mean (SD) age was 33.7 (22.6) years, 266 (3.7%) were "
        "taking an SSRI, and 3706 (51.7%) were female.",
        [
            G(7162, "*", "*", None, True),
            G(33.7, "mean", AGE, None),
            G(22.6, "sd", AGE, None),
            G(266, "count", "taking an SSRI|SSRI", None, True),
            G(3.7, "percent", "taking an SSRI|SSRI", None, True),
            G(3706, "count", "female", None, True),
            G(51.7, "percent", "female", None, True),
        ],
    ),
    # find_string id 71046513914 (quotes PubMed abstract PMID 41816857: "A total of 7938 patients (mean [SD] age, 55.7
    # [13.4] years; 5061 [63.8%] female) were identified.")
    (
        DISC,
        "A total of 7938 patients (mean [SD] age, 55.7 [13.4] years; 5061 [63.8%] female) were identified. During "
        "the year after discontinuation, 19.6% restarted the index medication and 35.2% received an alternative "
        "obesity treatment.",
        [
            G(7938, "*", "*", None, True),
            G(55.7, "mean", AGE, None),
            G(13.4, "sd", AGE, None),
            G(5061, "count", "female", None, True),
            G(63.8, "percent", "female", None, True),
            G(19.6, "percent|rate", "restarted the index medication", None),
            G(35.2, "percent|rate", "alternative obesity treatment", None),
        ],
    ),
    # find_string id 44414102767 (SFOH vs sevelamer trial abstract: "Mean (SD) baseline sP: 2.38 (0.57) and 2.38
    # (0.52) mmol/L, respectively. Mean (SD) change in sP from baseline to week 12: - 0.71 (0.60) versus -0.63 (0.52)")
    (
        SFOH,
        "286 patients were randomised (142 and 144 to SFOH and sevelamer, respectively). Mean (SD) baseline serum "
        "phosphorus was 2.38 (0.57) and 2.36 (0.52) mmol/L, respectively. Mean (SD) change in serum phosphorus from "
        "baseline to week 12 was -0.71 (0.60) versus -0.63 (0.52) mmol/L, respectively.",
        [
            G(286, "*", "*", None, True),
            G(142, "*", "*", "SFOH", True),
            G(144, "*", "*", "sevelamer", True),
            G(2.38, "mean", "baseline serum phosphorus|serum phosphorus", "SFOH"),
            G(0.57, "sd", "baseline serum phosphorus|serum phosphorus", "SFOH"),
            G(2.36, "mean", "baseline serum phosphorus|serum phosphorus", "sevelamer"),
            G(0.52, "sd", "baseline serum phosphorus|serum phosphorus", "sevelamer"),
            G(-0.71, "mean", "change in serum phosphorus|serum phosphorus", "SFOH"),
            G(0.60, "sd", "change in serum phosphorus|serum phosphorus", "SFOH"),
            G(-0.63, "mean", "change in serum phosphorus|serum phosphorus", "sevelamer"),
            G(0.52, "sd", "change in serum phosphorus|serum phosphorus", "sevelamer"),
        ],
    ),
    # find_string id 52282604206 (cipa+mig extension summary: "Mean (SD) change in % predicted 6MWD at week 104 was
    # +3.1 (8.1) for continued cipa+mig in ERT-experienced patients vs -0.5 (7.8) in ERT-experienced switchers")
    (
        POMPE,
        "Mean (SD) change in % predicted 6MWD at week 104 was +3.1 (8.1) for patients who continued cipa+mig vs -0.5 "
        "(7.8) for patients who switched.",
        [
            G(3.1, "mean", "change in % predicted 6MWD|% predicted 6MWD|6MWD", "continued"),
            G(8.1, "sd", "change in % predicted 6MWD|% predicted 6MWD|6MWD", "continued"),
            G(-0.5, "mean", "change in % predicted 6MWD|% predicted 6MWD|6MWD", "switched"),
            G(7.8, "sd", "change in % predicted 6MWD|% predicted 6MWD|6MWD", "switched"),
            G(104, "*", None, None),
        ],
    ),
    # find_string id 54493984497 (itraconazole in cystic fibrosis: "Median (range) age was 25 (16-61) years, weight 57
    # (46-86) kg, height 169 (149-186) cm")
    (
        ITRA,
        "Thirty inpatients (18 male, 12 female) were enrolled. Median (range) age was 25 (16-61) years, weight 57 "
        "(46-86) kg and height 169 (149-186) cm.",
        [
            G(18, "count", "male", None, True),
            G(12, "count", "female", None, True),
            G(25, "median", AGE, None),
            G(16, "min", AGE, None),
            G(61, "max", AGE, None),
            G(57, "median", "weight", None),
            G(46, "min", "weight", None),
            G(86, "max", "weight", None),
            G(169, "median", "height", None),
            G(149, "min", "height", None),
            G(186, "max", "height", None),
        ],
    ),
    # find_string id 70145394705 (high-dose methotrexate PK: "Median (range) age was 58 (19-82) years, weight 78.4
    # (41.5-227) kg, BSA 1.96 (1.34-3.42) m^2 and serum creatinine 0.74 (0.36-1.66) mg/dL; women were older (median
    # 66 vs 51 years)")
    (
        MTX,
        "Median (range) age was 58 (19-82) years, weight 78.4 (41.5-227) kg and serum creatinine 0.74 (0.36-1.66) "
        "mg/dL; women were older than men (median 66 vs 51 years).",
        [
            G(58, "median", AGE, None),
            G(19, "min", AGE, None),
            G(82, "max", AGE, None),
            G(78.4, "median", "weight", None),
            G(41.5, "min", "weight", None),
            G(227, "max", "weight", None),
            G(0.74, "median", "serum creatinine", None),
            G(0.36, "min", "serum creatinine", None),
            G(1.66, "max", "serum creatinine", None),
            G(66, "median", AGE, "women", True),
            G(51, "median", AGE, "men", True),
        ],
    ),
    # find_string id 55991972430 (quotes Masterson 2025: "Median (range) age was 67 (19-98) years, with 1040 (52%)
    # female and 963 male (48%) participants.")
    (
        MIH,
        "The analysis included 2003 of the 2012 patients randomized (1005 patients to MIH and 998 to TOCC). Median "
        "(range) age was 67 (19-98) years, with 1040 (52%) female and 963 male (48%) participants.",
        [
            G(2003, "*", "*", None, True),
            G(2012, "*", "*", None, True),
            G(1005, "*", "*", "MIH", True),
            G(998, "*", "*", "TOCC", True),
            G(67, "median", AGE, None),
            G(19, "min", AGE, None),
            G(98, "max", AGE, None),
            G(1040, "count", "female", None, True),
            G(52, "percent", "female", None, True),
            G(963, "count", "male", None, True),
            G(48, "percent", "male", None, True),
        ],
    ),
    # ---- "for"-lists: "V1 for X1 and V2 for X2" --------------------------------------------------------------------
    # find_string id 19639515082 (postpartum depression fairness study: "The risk-adjusted odds ratio comparing White
    # participants with Black participants was 2.06 (95% CI, 2.02-2.10) for clinically recognized PPD and 1.37 (95%
    # CI, 1.33-1.40) for postpartum mental health service utilization.")
    (
        PPD,
        "Among 573 634 female individuals, the mean (SD) age was 26.1 (5.5) years. The risk-adjusted odds ratio "
        "comparing White participants with Black participants was 2.06 (95% CI, 2.02-2.10) for clinically recognized "
        "PPD and 1.37 (95% CI, 1.33-1.40) for postpartum mental health service utilization.",
        [
            G(573634, "*", "*", None, True),
            G(26.1, "mean", AGE, None),
            G(5.5, "sd", AGE, None),
            G(2.06, "or", "clinically recognized PPD|PPD", "*"),
            G(2.02, "ci_low", "clinically recognized PPD|PPD", "*"),
            G(2.10, "ci_high", "clinically recognized PPD|PPD", "*"),
            G(1.37, "or", "postpartum mental health service utilization", "*"),
            G(1.33, "ci_low", "postpartum mental health service utilization", "*"),
            G(1.40, "ci_high", "postpartum mental health service utilization", "*"),
        ],
    ),
    # find_string id 51979952383 (SGLT2 network meta-analysis: "Against placebo, pooled hazard ratios were 0.785 (95%
    # CI 0.719-0.857) for dapagliflozin, 0.771 (0.700-0.849) for empagliflozin, and 0.717 (0.625-0.823) for
    # sotagliflozin.")
    (
        SGLT2,
        "Against placebo, pooled hazard ratios were 0.785 (95% CI 0.719-0.857) for dapagliflozin, 0.771 "
        "(0.700-0.849) for empagliflozin, and 0.717 (0.625-0.823) for sotagliflozin.",
        [
            G(0.785, "hr", "cardiovascular death or hospitalization for heart failure", "dapagliflozin"),
            G(0.719, "ci_low", "cardiovascular death or hospitalization for heart failure", "dapagliflozin"),
            G(0.857, "ci_high", "cardiovascular death or hospitalization for heart failure", "dapagliflozin"),
            G(0.771, "hr", "cardiovascular death or hospitalization for heart failure", "empagliflozin"),
            G(0.700, "ci_low", "cardiovascular death or hospitalization for heart failure", "empagliflozin"),
            G(0.849, "ci_high", "cardiovascular death or hospitalization for heart failure", "empagliflozin"),
            G(0.717, "hr", "cardiovascular death or hospitalization for heart failure", "sotagliflozin"),
            G(0.625, "ci_low", "cardiovascular death or hospitalization for heart failure", "sotagliflozin"),
            G(0.823, "ci_high", "cardiovascular death or hospitalization for heart failure", "sotagliflozin"),
        ],
    ),
    # find_string id 70150083669 (a reference note on PNAS 2026 e2621501123: "mortality hazard ratios were 0.67 for
    # mRNA COVID-19 vaccination, 0.68 for adenoviral and 0.64 for influenza")
    (
        ICI,
        "Among 10 824 people starting checkpoint inhibitors, mortality hazard ratios were 0.67 for mRNA COVID-19 "
        "vaccination, 0.68 for adenoviral vaccination and 0.64 for influenza vaccination.",
        [
            G(10824, "*", "*", None, True),
            G(0.67, "hr", "mortality", "mRNA COVID-19 vaccination"),
            G(0.68, "hr", "mortality", "adenoviral vaccination"),
            G(0.64, "hr", "mortality", "influenza vaccination"),
            G(19, "*", None, None),
        ],
    ),
    # find_string id 58395013886 (a review of survival models: "achieved external-test C-indices of 0.74 for overall
    # survival and 0.69 for progression-free survival, while the imaging-only ensemble deep-learning core achieved 0.75
    # and 0.70 in the camrelizumab-plus-apatinib subgroup")
    (
        HCC,
        "The fusion model achieved external-test C-indices of 0.74 for overall survival and 0.69 for progression-free "
        "survival, while the imaging-only model achieved 0.75 and 0.70 in the camrelizumab-plus-apatinib subgroup.",
        [
            G(0.74, "value", "overall survival", "*"),
            G(0.69, "value", "progression-free survival", "*"),
            G(0.75, "value", "overall survival", "*", True),
            G(0.70, "value", "progression-free survival", "*", True),
        ],
    ),
    # find_string id 69485883143 (Dutch radiology-report language model abstract: "achieving a C-index of 0.65 (0.57,
    # 0.73) for overall survival and 0.71 (0.64, 0.78) for disease-free survival")
    (
        RECT,
        "BRecRoBERT delivered the best predictive performance for both survival tasks, achieving a C-index of 0.65 "
        "(0.57, 0.73) for overall survival and 0.71 (0.64, 0.78) for disease-free survival.",
        [
            G(0.65, "value", "overall survival", "*"),
            G(0.57, "ci_low", "overall survival", "*"),
            G(0.73, "ci_high", "overall survival", "*"),
            G(0.71, "value", "disease-free survival", "*"),
            G(0.64, "ci_low", "disease-free survival", "*"),
            G(0.78, "ci_high", "disease-free survival", "*"),
        ],
    ),
    # find_string id 70188991835 (an exploratory responder analysis: "The Firth-estimated TLR x Rx HR was 2.47
    # (0.75-7.75) for overall survival and 0.73 (0.20-2.56) for progression-free survival.")
    (
        TLR,
        "The Firth-estimated interaction hazard ratio was 2.47 (0.75-7.75) for overall survival and 0.73 "
        "(0.20-2.56) for progression-free survival.",
        [
            G(2.47, "hr", "overall survival", "*"),
            G(0.75, "ci_low", "overall survival", "*"),
            G(7.75, "ci_high", "overall survival", "*"),
            G(0.73, "hr", "progression-free survival", "*"),
            G(0.20, "ci_low", "progression-free survival", "*"),
            G(2.56, "ci_high", "progression-free survival", "*"),
        ],
    ),
    # find_string id 71504560163 (a review note on a breast-cancer survival model: "five-year AUCs were 0.752 for GBCS
    # and 0.758 for PREDICT; the paired difference was -0.006 (95% bootstrap CI -0.035 to 0.027)")
    (
        GBCS,
        "In the 1371-patient temporal comparison, five-year AUCs were 0.752 for GBCS and 0.758 for PREDICT; the "
        "paired difference was -0.006 (95% bootstrap CI -0.035 to 0.027).",
        [
            G(1371, "*", "*", None, True),
            G(0.752, "value", "five-year AUC|AUC", "GBCS", True),
            G(0.758, "value", "five-year AUC|AUC", "PREDICT", True),
            G(-0.006, "value", "five-year AUC|AUC", "*", True),
            G(-0.035, "ci_low", "five-year AUC|AUC", "*", True),
            G(0.027, "ci_high", "five-year AUC|AUC", "*", True),
        ],
    ),
    # https://jnm.snmjournals.org/content/65/8/1264.full.txt (Ells et al., dosimetry metaanalysis: "were 4.04 Gy/GBq
    # (17 studies, 297 patients) and 4.70 Gy/GBq (10 studies, 153 patients) for the kidney (P = 0.10), 5.85 Gy/GBq
    # (14 studies, 216 patients) and 2.62 Gy/GBq (5 ...")
    (
        POOL,
        "The pooled doses of [177Lu]Lu-PSMA-617 and [177Lu]Lu-PSMA-I&T were 4.04 Gy/GBq (17 studies, 297 patients) "
        "and 4.70 Gy/GBq (10 studies, 153 patients) for the kidney (P = 0.10), and 5.85 Gy/GBq (14 studies, 216 "
        "patients) and 2.62 Gy/GBq (5 studies, 79 patients) for the parotid glands.",
        [
            G(4.04, "mean|value", "dose kidney|kidney", "PSMA-617"),
            G(4.70, "mean|value", "dose kidney|kidney", "PSMA-I&T"),
            G(5.85, "mean|value", "dose parotid glands|parotid glands", "PSMA-617"),
            G(2.62, "mean|value", "dose parotid glands|parotid glands", "PSMA-I&T"),
            G(0.10, "p", "dose kidney|kidney", "*"),
            G(17, "*", None, None, True),
            G(297, "*", "*", "*", True),
            G(10, "*", None, None, True),
            G(153, "*", "*", "*", True),
            G(14, "*", None, None, True),
            G(216, "*", "*", "*", True),
            G(5, "*", None, None, True),
            G(79, "*", "*", "*", True),
        ],
    ),
    # ---- neighbouring forms the same readers touch -----------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5472088/?term=%22Mol+Imaging+Radionucl+Ther%22%5Bjour%5D ("Highest
    # radiation estimated doses were calculated for parotid glands and kidneys (1.90±1.19 and 0.82±0.25 Gy/GBq
    # respectively)")
    (
        LUPSMA,
        "Half-lives of the distribution and elimination phases were 0.16±0.09 and 10.8±2.5 hours, respectively. The "
        "highest doses were calculated for the parotid glands and kidneys (1.90±1.19 and 0.82±0.25 Gy/GBq, "
        "respectively). The dose to the bone marrow was significantly lower (0.030±0.008 Gy/GBq; p<0.05).",
        [
            G(0.16, "mean", "half-life of the distribution phase|distribution half-life|distribution phase", None),
            G(0.09, "sd", "half-life of the distribution phase|distribution half-life|distribution phase", None),
            G(10.8, "mean", "half-life of the elimination phase|elimination half-life|elimination phase", None),
            G(2.5, "sd", "half-life of the elimination phase|elimination half-life|elimination phase", None),
            G(1.90, "mean", "dose parotid glands|parotid glands", None),
            G(1.19, "sd", "dose parotid glands|parotid glands", None),
            G(0.82, "mean", "dose kidneys|kidneys", None),
            G(0.25, "sd", "dose kidneys|kidneys", None),
            G(0.030, "mean", "dose to the bone marrow|bone marrow", None),
            G(0.008, "sd", "dose to the bone marrow|bone marrow", None),
            G(0.05, "p", "*", "*", True),
        ],
    ),
    # https://jnm.snmjournals.org/content/60/11/1579 ("The median administered activity was 22.1 GBq (range,
    # 15.4-33.8 GBq). The calculated absorbed radiation dose to the kidney per cycle was 5.3 ± 2.1 Gy (0.81 ± 0.32
    # Gy/GBq).")
    (
        SINGLE,
        "The median administered activity was 22.1 GBq (range, 15.4-33.8 GBq). The calculated absorbed radiation dose "
        "to the kidney per cycle was 5.3 ± 2.1 Gy (0.81 ± 0.32 Gy/GBq). Grade 1 and 2 renal impairment, "
        "respectively, were present in 37.5% and 6.3% of the patients after the first cycle.",
        [
            G(22.1, "median", "administered activity", None, True),
            G(15.4, "min", "administered activity", None, True),
            G(33.8, "max", "administered activity", None, True),
            G(5.3, "mean", "absorbed radiation dose to the kidney|dose to the kidney|kidney", None),
            G(2.1, "sd", "absorbed radiation dose to the kidney|dose to the kidney|kidney", None),
            G(0.81, "mean", "absorbed radiation dose to the kidney|dose to the kidney|kidney", None, True),
            G(0.32, "sd", "absorbed radiation dose to the kidney|dose to the kidney|kidney", None, True),
            G(37.5, "percent", "grade 1 renal impairment|renal impairment", None),
            G(6.3, "percent", "grade 2 renal impairment|renal impairment", None),
        ],
    ),
]
# fmt: on

FORMS: list[str] = ["key"] * 23 + ["for"] * 8 + ["near"] * 2

# ---- the second instance set: paragraphs gathered or first read after the rules above were written ---------------
VE = "Hospitalized adults with COVID-19 (case patients) and without it (control patients) were enrolled."
SPATH = (
    "Type and screen recommendations of S-PATH were compared with the maximum surgical blood order schedule (MSBOS)."
)
TAYLOR = "Patients were randomized to usual care or to the STAR program."
TAC = "Kidney transplant recipients were switched to once-daily extended-release tacrolimus."
IMA = "Healthy volunteers received a single 400 mg oral dose of imatinib in two crossover studies."
DAB = "Patients with BRAF-mutated tumours received dabrafenib, alone or with trametinib."
DFP = "Healthy subjects received a single 1500 mg oral dose of deferiprone."
VWF = "Adults with von Willebrand disease or haemophilia A received recombinant von Willebrand factor."
TBM = "Adults with HIV-associated tuberculous meningitis received standard or high-dose rifampicin."
GHANA = "Children with drug-susceptible tuberculosis, with or without HIV, received first-line treatment."
RAS = "Patients with previously treated metastatic pancreatic cancer received daraxonrasib or chemotherapy."
DLBCL = "A multilayer perceptron was trained on gene expression of diffuse large B-cell lymphoma."

# fmt: off
SECOND: list[Entry] = [
    # find_string id 55745280613 (a COVID-19 vaccine effectiveness abstract: "A total of 8493 patients (median [IQR]
    # age, 66 [54-76] years; 4338 female [51.1%]), including 1888 case patients ... and 6605 control patients")
    (
        VE,
        "A total of 8493 patients (median [IQR] age, 66 [54-76] years; 4338 female [51.1%]), including 1888 case "
        "patients and 6605 control patients, were enrolled.",
        [
            G(8493, "*", "*", None, True),
            G(66, "median", AGE, None),
            G(54, "q1", AGE, None),
            G(76, "q3", AGE, None),
            G(4338, "count", "female", None, True),
            G(51.1, "percent", "female", None, True),
            G(1888, "*", "*", "case", True),
            G(6605, "*", "*", "control", True),
        ],
    ),
    # find_string id 60955224673 (S-PATH cohort abstract: "(median [IQR] age, 57 [40-69] years; 53.1% female) ...
    # S-PATH recommended type and screen orders for a median (IQR) of 32.5% (25.8%-42.0%) of cases, whereas the MSBOS
    # approach recommended type and screens for a median (IQR) of 51.6% (46.9%-61.1%) of cases")
    (
        SPATH,
        "In this cohort study of 3 275 956 surgical cases (median [IQR] age, 57 [40-69] years; 53.1% female) "
        "performed at 45 hospitals, S-PATH recommended type and screen orders for a median (IQR) of 32.5% "
        "(25.8%-42.0%) of cases, whereas the MSBOS approach recommended type and screens for a median (IQR) of "
        "51.6% (46.9%-61.1%) of cases.",
        [
            G(3275956, "*", "*", None, True),
            G(57, "median", AGE, None),
            G(40, "q1", AGE, None),
            G(69, "q3", AGE, None),
            G(53.1, "percent", "female", None, True),
            G(45, "*", None, None, True),
            G(32.5, "median", "type and screen orders|type and screen", "S-PATH"),
            G(25.8, "q1", "type and screen orders|type and screen", "S-PATH"),
            G(42.0, "q3", "type and screen orders|type and screen", "S-PATH"),
            G(51.6, "median", "type and screen orders|type and screen", "MSBOS"),
            G(46.9, "q1", "type and screen orders|type and screen", "MSBOS"),
            G(61.1, "q3", "type and screen orders|type and screen", "MSBOS"),
        ],
    ),
    # find_string id 55930807854 (quotes Taylor 2025: "Of 3548 patients enrolled, 1843 (52%) were women, and the median
    # (IQR) age was 68 (57-77) years")
    (
        TAYLOR,
        "Of 3548 patients enrolled, 1843 (52%) were women, and the median (IQR) age was 68 (57-77) years.",
        [
            G(3548, "*", "*", None, True),
            G(1843, "count", "women", None, True),
            G(52, "percent", "women", None, True),
            G(68, "median", AGE, None),
            G(57, "q1", AGE, None),
            G(77, "q3", AGE, None),
        ],
    ),
    # find_string id 54663673530 (tacrolimus population PK: "Median (range) age was 52 (28-77) years and body weight 68
    # (45-116) kg; 22 of 41 patients were female (53.7%).")
    (
        TAC,
        "Median (range) age was 52 (28-77) years and body weight 68 (45-116) kg; 22 of 41 patients were female "
        "(53.7%).",
        [
            G(52, "median", AGE, None),
            G(28, "min", AGE, None),
            G(77, "max", AGE, None),
            G(68, "median", "body weight|weight", None),
            G(45, "min", "body weight|weight", None),
            G(116, "max", "body weight|weight", None),
            G(22, "count", "female", None, True),
            G(41, "denominator", "*", None),
            G(53.7, "percent", "female", None, True),
        ],
    ),
    # find_string id 54498134807 (imatinib population PK: "Median (range) age was 23.0 (19.7-31.0) years, weight 69.5
    # (52.0-96.0) kg, BMI 22.5 (20.0-30.0) kg/m^2")
    (
        IMA,
        "Twenty-six volunteers (8 female, 18 male) were enrolled. Median (range) age was 23.0 (19.7-31.0) years, "
        "weight 69.5 (52.0-96.0) kg and BMI 22.5 (20.0-30.0) kg/m^2.",
        [
            G(8, "count", "female", None, True),
            G(18, "count", "male", None, True),
            G(23.0, "median", AGE, None),
            G(19.7, "min", AGE, None),
            G(31.0, "max", AGE, None),
            G(69.5, "median", "weight", None),
            G(52.0, "min", "weight", None),
            G(96.0, "max", "weight", None),
            G(22.5, "median", "BMI", None),
            G(20.0, "min", "BMI", None),
            G(30.0, "max", "BMI", None),
        ],
    ),
    # find_string id 70652917123 (dabrafenib and trametinib PK: "In the dabrafenib set the median (range) age was 61.2
    # (20-90) years and body weight 73.0 (51.7-166.0) kg, and 41% were women")
    (
        DAB,
        "In the dabrafenib set the median (range) age was 61.2 (20-90) years and body weight 73.0 (51.7-166.0) kg, "
        "and 41% were women.",
        [
            G(61.2, "median", AGE, "*"),
            G(20, "min", AGE, "*"),
            G(90, "max", AGE, "*"),
            G(73.0, "median", "body weight|weight", "*"),
            G(51.7, "min", "body weight|weight", "*"),
            G(166.0, "max", "body weight|weight", "*"),
            G(41, "percent", "women", "*", True),
        ],
    ),
    # find_string id 54653448418 (deferiprone PK: "Median (range) age was 39 (19-55) years and median body weight was
    # 72 (52-92) kg.")
    (
        DFP,
        "Fifty-five evaluable subjects (39 male, 16 female) were studied. Median (range) age was 39 (19-55) years "
        "and median body weight was 72 (52-92) kg.",
        [
            G(39, "count", "male", None, True),
            G(39, "median", AGE, None),
            G(16, "count", "female", None, True),
            G(19, "min", AGE, None),
            G(55, "max", AGE, None),
            G(72, "median", "body weight|weight", None),
            G(52, "min|q1", "body weight|weight", None, True),
            G(92, "max|q3", "body weight|weight", None, True),
        ],
    ),
    # find_string id 57865218648 (von Willebrand factor PK: "Median (range) age was 35 (18-70) years, body weight 74
    # (43.8-145) kg and hematocrit 0.417 (0.310-0.480) L/L; 42% were female")
    (
        VWF,
        "Median (range) age was 35 (18-70) years, body weight 74 (43.8-145) kg and hematocrit 0.417 (0.310-0.480) "
        "L/L; 42% were female and 92% White.",
        [
            G(35, "median", AGE, None),
            G(18, "min", AGE, None),
            G(70, "max", AGE, None),
            G(74, "median", "body weight|weight", None),
            G(43.8, "min", "body weight|weight", None),
            G(145, "max", "body weight|weight", None),
            G(0.417, "median", "hematocrit", None),
            G(0.310, "min", "hematocrit", None),
            G(0.480, "max", "hematocrit", None),
            G(42, "percent", "female", None, True),
            G(92, "percent", "White", None, True),
        ],
    ),
    # find_string id 66191590592 (rifampicin in tuberculous meningitis: "Median (range) age was 39 years (25-78),
    # weight 59.5 kg (30-107.2) and fat-free mass 45.2 kg (30.3-59.4) at the day-3 visit; 55.1% were male.")
    (
        TBM,
        "Median (range) age was 39 years (25-78), weight 59.5 kg (30-107.2) and fat-free mass 45.2 kg (30.3-59.4) "
        "at the day-3 visit; 55.1% were male.",
        [
            G(39, "median", AGE, None),
            G(25, "min", AGE, None),
            G(78, "max", AGE, None),
            G(59.5, "median", "weight", None),
            G(30, "min", "weight", None),
            G(107.2, "max", "weight", None),
            G(45.2, "median", "fat-free mass", None),
            G(30.3, "min", "fat-free mass", None),
            G(59.4, "max", "fat-free mass", None),
            G(3, "*", None, None),
            G(55.1, "percent", "male", None, True),
        ],
    ),
    # find_string id 68478396977 (paediatric tuberculosis PK: "Median (range) age was 5.0 years (0.3 to 14.5); 49.4%
    # were under 5 years")
    (
        GHANA,
        "Median (range) age was 5.0 years (0.3 to 14.5); 49.4% were under 5 years. Median weight was 16 kg (range 4 "
        "to 60) and 52 participants (61.2%) were male.",
        [
            G(5.0, "median", AGE, None),
            G(0.3, "min", AGE, None),
            G(14.5, "max", AGE, None),
            G(49.4, "percent", "under 5 years", None, True),
            G(5, "*", None, None, True),
            G(16, "median", "weight", None),
            G(4, "min", "weight", None),
            G(60, "max", "weight", None),
            G(52, "count", "male", None, True),
            G(61.2, "percent", "male", None, True),
        ],
    ),
    # find_string id 61131346929 (quotes the daraxonrasib phase 3 abstract: "the hazard ratios were 0.45 and 0.49,
    # respectively (P<0.001 for both comparisons)")
    (
        RAS,
        "The median progression-free survival in the RAS G12 population was 7.3 months with daraxonrasib and 3.5 "
        "months with chemotherapy, and that in the overall population was 7.2 months and 3.6 months, respectively; "
        "the hazard ratios were 0.45 and 0.49, respectively (P<0.001 for both comparisons).",
        [
            G(12, "*", None, None),
            G(7.3, "median", "progression-free survival", "daraxonrasib"),
            G(3.5, "median", "progression-free survival", "chemotherapy"),
            G(7.2, "median", "progression-free survival", "daraxonrasib", True),
            G(3.6, "median", "progression-free survival", "chemotherapy", True),
            G(0.45, "hr", "progression-free survival", "*", True),
            G(0.49, "hr", "progression-free survival", "*", True),
            G(0.001, "p", "progression-free survival", "*", True),
        ],
    ),
    # find_string id 67181712548 (a DLBCL gene-expression network abstract: "The performance of the network was high,
    # 0.89 for overall survival and 0.99 for the cell of origin phenotype.")
    (
        DLBCL,
        "The performance of the network was high, 0.89 for overall survival and 0.99 for the cell of origin "
        "phenotype.",
        [
            G(0.89, "value", "overall survival", "*", True),
            G(0.99, "value", "cell of origin phenotype", "*", True),
        ],
    ),
]
# fmt: on

SECOND_FORMS: list[str] = ["key"] * 10 + ["near", "for"]

# ---- the third instance set: gathered after the listed-subject rule (a key's statistics of further subjects) ------
RISP = "Patients with stable schizophrenia received oral risperidone and then subcutaneous TV-46000."
T2D = "Patients starting metformin (n=44), GLP-1 RAs (n=47) or SGLT-2i (n=67) were compared."
PQ = "Healthy soldiers received a 3-day loading regimen of tafenoquine in a prophylaxis trial."
NESARC = "Adults were interviewed in two waves of a national survey 3 years apart."
ISI = "Women with insomnia after breast cancer were randomized to the intervention or to a control group."
HEME = "Patients with haematological malignancies admitted with febrile neutropenia were studied."
STUD = "Undergraduate students took part in an online experiment for course credit."

# fmt: off
THIRD: list[Entry] = [
    # find_string id 70576484921 (TV-46000 population PK: "Mean (SD) age was 44.4 (8.8) years, BMI 28.6 (4.4) kg/m^2,
    # creatinine clearance 115.76 (21.9) mL/min and weight 87 kg; 80% were men")
    (
        RISP,
        "Mean (SD) age was 44.4 (8.8) years, BMI 28.6 (4.4) kg/m^2, creatinine clearance 115.76 (21.9) mL/min and "
        "weight 87 kg; 80% were men.",
        [
            G(44.4, "mean", AGE, None),
            G(8.8, "sd", AGE, None),
            G(28.6, "mean", "BMI", None),
            G(4.4, "sd", "BMI", None),
            G(115.76, "mean", "creatinine clearance", None),
            G(21.9, "sd", "creatinine clearance", None),
            G(87, "mean", "weight", None, True),
            G(80, "percent", "men", None, True),
        ],
    ),
    # find_string id 1308111043 (a metformin, GLP-1 RA and SGLT-2i comparison: "Mean (SD) age was 60.5 (8.91), 52.4
    # (7.66), and 59.7 (9.15) years, respectively ... Mean (SD) HbA1c was 6.3% (0.40), 7.5% (1.43), and 8.2% (1.10)")
    (
        T2D,
        "The study groups were unbalanced at baseline. Mean (SD) age was 60.5 (8.91), 52.4 (7.66), and 59.7 (9.15) "
        "years, respectively. Mean (SD) HbA1c was 6.3% (0.40), 7.5% (1.43), and 8.2% (1.10), respectively.",
        [
            G(60.5, "mean", AGE, "metformin"),
            G(8.91, "sd", AGE, "metformin"),
            G(52.4, "mean", AGE, "GLP-1 RAs"),
            G(7.66, "sd", AGE, "GLP-1 RAs"),
            G(59.7, "mean", AGE, "SGLT-2i"),
            G(9.15, "sd", AGE, "SGLT-2i"),
            G(6.3, "mean", "HbA1c", "metformin"),
            G(0.40, "sd", "HbA1c", "metformin"),
            G(7.5, "mean", "HbA1c", "GLP-1 RAs"),
            G(1.43, "sd", "HbA1c", "GLP-1 RAs"),
            G(8.2, "mean", "HbA1c", "SGLT-2i"),
            G(1.10, "sd", "HbA1c", "SGLT-2i"),
        ],
    ),
    # find_string id 54505214675 (tafenoquine PK in soldiers: "Mean (SD) age was 25.4 (5.3) years (range 18-47), mean
    # (SD) weight was 80.9 (11.9) kg (range 50-135)")
    (
        PQ,
        "The cohort comprised 490 soldiers (476 males, 14 females). Mean (SD) age was 25.4 (5.3) years (range "
        "18-47), and mean (SD) weight was 80.9 (11.9) kg (range 50-135).",
        [
            G(490, "*", "*", None, True),
            G(476, "count", "males", None, True),
            G(14, "count", "females", None, True),
            G(25.4, "mean", AGE, None),
            G(5.3, "sd", AGE, None),
            G(18, "min", AGE, None, True),
            G(47, "max", AGE, None, True),
            G(80.9, "mean", "weight", None),
            G(11.9, "sd", "weight", None),
            G(50, "min", "weight", None, True),
            G(135, "max", "weight", None, True),
        ],
    ),
    # find_string id 28263207314 (a suicide-attempt risk model abstract: "The weighted mean (SD) age was 45.1 (17.3)
    # years at wave 1 and 48.2 (17.3) years at wave 2.")
    (
        NESARC,
        "Of 34 653 participants, 20 089 were female (weighted proportion, 52.1%). The weighted mean (SD) age was 45.1 "
        "(17.3) years at wave 1 and 48.2 (17.3) years at wave 2.",
        [
            G(34653, "*", "*", None, True),
            G(20089, "count", "female", None, True),
            G(52.1, "percent", "female", None, True),
            G(45.1, "mean", "age at wave 1|age", None),
            G(17.3, "sd", "age at wave 1|age", None),
            G(48.2, "mean", "age at wave 2|age", None),
            G(17.3, "sd", "age at wave 2|age", None),
            G(1, "*", None, None),
            G(2, "*", None, None),
        ],
    ),
    # find_string id 20043760926 (an insomnia trial abstract: "Mean (SD) age was 61.2 (9.3) years; 49 (64.5%) were
    # married or partnered, and participants were a mean (SD) of 9.6 (6.8) years from diagnosis. From baseline to
    # follow-up, ISI scores changed by a mean (SD) of -8.4 (4.7) points in the intervention group compared with -2.6
    # (3.5) in the control group")
    (
        ISI,
        "Of 76 women enrolled (38 each in the intervention and control groups), 70 (92.1%) completed the study. Mean "
        "(SD) age was 61.2 (9.3) years; 49 (64.5%) were married or partnered. From baseline to follow-up, ISI scores "
        "changed by a mean (SD) of -8.4 (4.7) points in the intervention group compared with -2.6 (3.5) in the "
        "control group (P < .001).",
        [
            G(76, "*", "*", None, True),
            G(38, "*", "*", "*", True),
            G(70, "count", "completed the study", None, True),
            G(92.1, "percent", "completed the study", None, True),
            G(61.2, "mean", AGE, None),
            G(9.3, "sd", AGE, None),
            G(49, "count", "married or partnered", None, True),
            G(64.5, "percent", "married or partnered", None, True),
            G(-8.4, "mean", "ISI score|change in ISI score|ISI", "intervention"),
            G(4.7, "sd", "ISI score|change in ISI score|ISI", "intervention"),
            G(-2.6, "mean", "ISI score|change in ISI score|ISI", "control"),
            G(3.5, "sd", "ISI score|change in ISI score|ISI", "control"),
            G(0.001, "p", "ISI score|change in ISI score|ISI", "*", True),
        ],
    ),
    # find_string id 1593380062 (a febrile neutropenia cohort: "The patients' mean (SD) age was 64 (14) years, and just
    # over half (55%) were females.")
    (
        HEME,
        "The baseline characteristics of all 98 patients are given in Table 2. The patients' mean (SD) age was 64 (14) "
        "years, and just over half (55%) were females.",
        [
            G(98, "*", "*", None, True),
            G(2, "*", None, None),
            G(64, "mean", AGE, None),
            G(14, "sd", AGE, None),
            G(55, "percent", "females", None, True),
        ],
    ),
    # find_string id 58581489394 (an online experiment: "The sample consisted of 106 females (51.7%) and mean (SD) age
    # was 19.48 (2.33).")
    (
        STUD,
        "The sample consisted of 106 females (51.7%) and mean (SD) age was 19.48 (2.33).",
        [
            G(106, "count", "females", None, True),
            G(51.7, "percent", "females", None, True),
            G(19.48, "mean", AGE, None),
            G(2.33, "sd", AGE, None),
        ],
    ),
]
# fmt: on

THIRD_FORMS: list[str] = ["key"] * 7
