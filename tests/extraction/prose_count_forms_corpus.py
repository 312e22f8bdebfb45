"""Counts of patients in result prose whose endpoint the sentence does say, sampled from public results paragraphs
(PubMed/PMC abstracts, journal pages, conference reports; oncology phase 1-2, haematology, allergy) found with the
``search`` tool; each entry's comment gives the address whose sentence showed the grammar. Drugs, numbers and
wording are invented; only the grammar is kept. Every number's gold was written before the paragraphs were read
back. Format as tests/extraction/prose_sampled_forms_corpus.py (``G(value, statistic, endpoint, group, optional)``;
endpoint ``None``: a number no reviewer files as a result, which must not be emitted).

``FORMS`` names each entry's family:
  - "of-set verbs": a set, then counts with their own verbs ("Of 88 evaluable patients, 41 achieved SD");
  - "x of y verb": "three of six patients developed a DLT", "Two of the 4 patients developed grade 4 neutropenia";
  - "observed in": "partial responses were observed in four patients", "X was observed in nine patients (16%)";
  - "subject verb": "Six patients responded", "N patients discontinued (M because of AEs)", "No patients died";
  - "negative": background, another trial's numbers, design sentences; withheld or not emitted.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received orvitamab intravenously every 3 weeks until progression or unacceptable toxicity."
TWO_ARM = "Patients were randomly assigned in a 1:1 ratio to receive velrastat or placebo."

# fmt: off
CORPUS: list[Entry] = [
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("Of the 58 patients' best
    # response, 8 (14%) achieved partial response, 19 (33%) had stable disease, and 22 (38%) neither ...")
    (
        ONE_ARM,
        "Of the 52 patients evaluable for best response, 7 (13%) achieved a partial response, 21 (40%) had stable "
        "disease, and 18 (35%) had progressive disease.",
        [
            G(52, "*", "*", None, True),
            G(7, "count", "partial response", None), G(13, "percent", "partial response", None),
            G(21, "count", "stable disease", None), G(40, "percent", "stable disease", None),
            G(18, "count", "progressive disease", None), G(35, "percent", "progressive disease", None),
        ],
    ),
    # same source ("Progressive disease was observed in nine patients (16%).")
    (
        ONE_ARM,
        "Progressive disease was observed in eleven patients (21%).",
        [G(11, "count", "progressive disease", None), G(21, "percent", "progressive disease", None)],
    ),
    # same source ("35 patients still had measurable disease ..., of whom 8 (23%) had a partial response and 19
    # (54%) had stable disease as best response")
    (
        ONE_ARM,
        "In the investigator assessment, 40 patients had measurable disease at baseline, of whom 9 (23%) had a "
        "partial response and 20 (50%) had stable disease as best response.",
        [
            G(40, "*", "*", None, True),
            G(9, "count", "partial response", None), G(23, "percent", "partial response", None),
            G(20, "count", "stable disease", None), G(50, "percent", "stable disease", None),
        ],
    ),
    # same source ("During the first stage, 17 of the first 24 patients (71%; 95% CI, 49%-87%) experienced a
    # clinical benefit")
    (
        ONE_ARM,
        "During the first stage, 15 of the first 21 patients (71%; 95% CI, 48%-89%) experienced a clinical benefit.",
        [
            G(15, "count", "clinical benefit", None), G(71, "percent", "clinical benefit", None),
            G(48, "ci_low", "clinical benefit", None), G(89, "ci_high", "clinical benefit", None),
            G(21, "denominator", None, None),
        ],
    ),
    # https://onlinelibrary.wiley.com/doi/10.1002/cncr.11273/abstract ("Among 18 evaluable patients, 2 with upper
    # gastrointestinal tract tumors achieved partial responses and 4 had stable disease.")
    (
        ONE_ARM,
        "Among 22 evaluable patients, 3 with squamous histology achieved partial responses and 6 had stable disease.",
        [
            G(22, "*", "*", None, True),
            G(3, "count", "partial responses", "*"),
            G(6, "count", "stable disease", None),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/63185365 ("Of 97 evaluable patients 48 achieved
    # stable disease.")
    (
        ONE_ARM,
        "Of 88 evaluable patients 41 achieved stable disease.",
        [G(88, "*", "*", None, True), G(41, "count", "stable disease", None)],
    ),
    # https://pure.fujita-hu.ac.jp/en/publications/clinical-evaluation-of-cases-of-remission-induction-failure-in-ac
    # ("Among 73 patients ..., 9 died before starting chemotherapy, 29 achieved complete remission (CR) with an
    # initial regimen of induction chemotherapy, while the remaining 35 patients failed to achieve CR")
    (
        "Patients with newly diagnosed AML received induction chemotherapy with daunorubicin and cytarabine.",
        "Among 64 patients, 5 died before starting chemotherapy, 31 achieved complete remission (CR) with the first "
        "induction course, while the remaining 28 patients failed to achieve CR.",
        [
            G(64, "*", "*", None, True),
            G(5, "count", "died before starting chemotherapy", None),
            G(31, "count", "complete remission", None),
            G(28, "count", "failed to achieve CR", None),
        ],
    ),
    # same source ("Six out of the 35 remission induction failure patients entered CR with the 2nd chemotherapy
    # regimen and 19 patients died during induction treatment")
    (
        "Patients with newly diagnosed AML received induction chemotherapy with daunorubicin and cytarabine.",
        "Four out of the 28 induction failure patients entered CR with the second regimen and 12 patients died "
        "during induction treatment.",
        [
            G(4, "count", "entered CR", "*"), G(28, "denominator", None, None),
            G(12, "count", "died during induction treatment", None),
        ],
    ),
    # https://acemap.info/paper/233457482 ("three of six chemotherapy pretreated patients developed a DLT during
    # their first treatment cycle")
    (
        "Orvitamab was given weekly for 3 weeks at 20, 30, 40 and 50 mg/m2 in cycles of 28 days.",
        "At 50 mg/m2, two of five pretreated patients developed a DLT during their first treatment cycle.",
        [G(50, "*", None, None), G(2, "count", "DLT", "*"), G(5, "denominator", None, None)],
    ),
    # https://yvm2020.authorea.com/users/365122/articles/485356/download_zip ("Two of the 4 patients developed grade
    # 4 neutropenia." "One of 7 evaluable patients experienced a DLT")
    (
        "Orvitamab was given weekly for 3 weeks at 20, 30, 40 and 50 mg/m2 in cycles of 28 days.",
        "Three of the 5 patients developed grade 4 neutropenia. One of 8 evaluable patients experienced a DLT.",
        [
            G(3, "count", "grade 4 neutropenia", "*"), G(5, "denominator", None, None),
            G(1, "count", "DLT", "*"), G(8, "denominator", None, None),
        ],
    ),
    # https://authorea.com/users/658199/articles/662651/download_zip ("In total 138 patients discontinued the
    # treatment (60 because of AEs, 76 due to motivation/other reasons).")
    (
        ONE_ARM,
        "In total 97 patients discontinued the treatment (41 because of AEs, 56 due to other reasons).",
        [
            G(97, "count", "discontinued the treatment", None),
            G(41, "count", "discontinued because of AEs", None, True),
            G(56, "count", "discontinued due to other reasons", None, True),
        ],
    ),
    # same source ("Overall, 65.3% of patients experienced at least one AE over the study period")
    (
        ONE_ARM,
        "Overall, 58.1% of patients experienced at least one AE over the study period.",
        [G(58.1, "percent", "AE", None)],
    ),
    # same source ("248 (59.8%) patients intended to continue treatment")
    (
        ONE_ARM,
        "Subsequently, 211 (62.4%) patients intended to continue treatment for another 2 years.",
        [
            G(211, "count", "intended to continue treatment", None),
            G(62.4, "percent", "intended to continue treatment", None),
            G(2, "*", None, None),
        ],
    ),
    # https://forschung.kssg.ch/en/publications/10253-... ("Of those 88 (0.4%) died on therapy within 17 trials.")
    (
        ONE_ARM,
        "Of those, 14 (2.1%) died on therapy.",
        [G(14, "count", "died on therapy", None), G(2.1, "percent", "died on therapy", None)],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/15787385 ("Twenty-five patients were entered ...,
    # twenty-three were eligible and were evaluated for toxicity and twenty-two were assessable for response.
    # There was one partial response (4.5%)")
    (
        ONE_ARM,
        "Thirty patients were entered, twenty-eight were eligible and twenty-six were assessable for response. "
        "There were two partial responses (7.7%).",
        [
            G(30, "*", "*", None, True), G(28, "*", "*", None, True), G(26, "*", "*", None, True),
            G(2, "count", "partial responses", None), G(7.7, "percent", "partial responses", None),
        ],
    ),
    # http://medical-dictionary.thefreedictionary.com/minor+response ("Six patients responded to the combination
    # regimen, three of whom achieved a complete response (CR) and three a minor response (MR).")
    (
        ONE_ARM,
        "Nine patients responded to the combination, four of whom achieved a complete response (CR).",
        [
            G(9, "count", "responded", None),
            G(4, "count", "complete response", None),
        ],
    ),
    # same page ("partial responses (PR) were observed in four patients (lung, melanoma (2) and gastric)")
    (
        ONE_ARM,
        "Partial responses (PR) were observed in five patients (lung, ovarian (2) and gastric (2)).",
        [G(5, "count", "partial responses", None), G(2, "*", None, None)],
    ),
    # same page ("Six patients in the study had minor responses")
    (
        ONE_ARM,
        "Seven patients in the study had minor responses.",
        [G(7, "count", "minor responses", None)],
    ),
    # https://mdedge9-ma1.mdedge.com/.../percutaneous-hepatic-perfusion-boosts-melanoma-response ("no patient in
    # either treatment arm had a complete response"): no number
    # http://www.clicktocurecancer.info/cell-transplantation/chronic-myeloid-leukemia-1.html (another trial's
    # number: "Grade 3 or 4 neutropenia had been observed in 13% patients with CML, treated on a phase III trial")
    (
        ONE_ARM,
        "Grade 3 or 4 neutropenia had been observed in 17% of patients treated with imatinib in an earlier phase III "
        "trial.",
        [G(17, "*", None, None), G(3, "*", None, None), G(4, "*", None, None)],
    ),
    # http://ashpublications.net/blood/article/89/9/3118 (design: "Patients were randomly assigned to receive
    # blinded study drug, either PEG-rHuMGDF or placebo (3-to-1 ratio)")
    (
        None,
        "Forty-four patients were randomly assigned to receive velrastat or placebo (3-to-1 ratio).",
        [G(44, "*", "*", None, True), G(3, "*", None, None), G(1, "*", None, None)],
    ),
    # http://preview-www.nature.com/articles/6603141/tables/3 ("Three additional patients refused further therapy
    # after one cycle.")
    (
        ONE_ARM,
        "Four additional patients refused further therapy after one cycle.",
        [G(4, "count", "refused further therapy", None)],
    ),
    # same source ("three were never treated with gefitinib, because they had to stop ...")
    (
        ONE_ARM,
        "Among these 45 patients, two were never treated with orvitamab because of hypersensitivity reactions.",
        [G(45, "*", "*", None, True), G(2, "count", "never treated", None, True)],
    ),
]

FORMS = [
    "of-set verbs", "observed in", "of-set verbs", "x of y verb", "of-set verbs", "of-set verbs", "of-set verbs",
    "x of y verb", "x of y verb", "x of y verb", "subject verb", "subject verb", "subject verb", "of-set verbs",
    "subject verb", "subject verb", "observed in", "subject verb", "negative", "negative", "subject verb",
    "of-set verbs",
]

# SECOND: new sources, written (gold first) after the fixes the first set led to
SECOND: list[Entry] = [
    # https://si.frajer.net/readmsg.aspx?msgid=21064598 ("Four patients achieved stable disease"; "Toxicities
    # greater than grade three occurred in three patients including ..."; "No grade four toxicities were observed")
    (
        ONE_ARM,
        "Five patients achieved stable disease. Toxicities greater than grade three occurred in two patients, "
        "including an episode of febrile neutropenia.",
        [
            G(5, "count", "stable disease", None),
            G(2, "count", "toxicities greater than grade three", None),
        ],
    ),
    # same source ("Of 11 patients with measurable disease, one patient treated with a 264mg/m2 dose, achieved a
    # durable partial response"): a dose's patient, whose group no rule names here
    (
        "Orvitamab was given at doses ranging from 20 to 340 mg/m2.",
        "Of 14 patients with measurable disease, one patient treated with a 280 mg/m2 dose achieved a durable "
        "partial response.",
        [G(14, "*", "*", None, True), G(1, "count", "durable partial response", "*", True), G(280, "*", None, None)],
    ),
    # https://aacrjournals.org/clincancerres/article/21/6/1281/128944 ("Eighteen of 32 evaluable patients across
    # all doses achieved disease stability, with minor radiographic responses observed in 4 patients (...)")
    (
        "Orvitamab was given at doses ranging from 20 to 340 mg/m2.",
        "Sixteen of 30 evaluable patients across all doses achieved disease stability, with minor radiographic "
        "responses observed in 3 patients (pancreatic, hepatocellular and sarcoma tumor types).",
        [
            G(16, "count", "disease stability", None), G(30, "denominator", None, None),
            G(3, "count", "minor radiographic responses", None),
        ],
    ),
    # same source ("Thirty-six patients were treated at 10 dose levels")
    (
        None,
        "Forty-one patients were treated at 9 dose levels of orvitamab.",
        [G(41, "count", "treated", None, True), G(9, "*", None, None)],
    ),
    # http://gut.bmj.com/lookup/ijlink/... ("101 patients (60 females, 41 males) were recruited. Fourteen withdrew
    # and 37 relapsed.")
    (
        "Patients in medically induced remission were followed prospectively for 1 year.",
        "In all, 118 patients (70 females, 48 males) were recruited. Nineteen withdrew and 42 relapsed.",
        [
            G(118, "count", "recruited", None, True), G(70, "*", "*", None, True), G(48, "*", "*", None, True),
            G(19, "count", "withdrew", None), G(42, "count", "relapsed", None),
        ],
    ),
    # https://discovery.researcher.life/article/favorable-effects-of-close-telephone-followup-... ("6.2% (n=15) of
    # the patients voluntarily withdrew from the study. Treatment was discontinued in 5.8% (n=14) during the course
    # of treatment due to side effects.")
    (
        ONE_ARM,
        "Overall, 7.1% (n=19) of the patients voluntarily withdrew from the study.",
        [G(7.1, "percent", "withdrew from the study", None), G(19, "count", "withdrew from the study", None)],
    ),
    # same source ("Eradication was achieved in 80% (n=84) and could not be achieved in 20% (n=21) of the patients
    # in NTFG"): the second share is of the failure, never of the eradication
    (
        "Patients were randomized to telephone follow-up (TFG) or no telephone follow-up (NTFG).",
        "Eradication was achieved in 83% (n=88) and could not be achieved in 17% (n=18) of the patients in NTFG.",
        [
            G(83, "percent", "eradication", "NTFG"), G(88, "count", "eradication", "NTFG"),
            G(17, "percent", "eradication could not be achieved", "NTFG", True),
            G(18, "count", "eradication could not be achieved", "NTFG", True),
        ],
    ),
    # https://tsaco.bmj.com/content/5/1/e000439.full ("206 patients met the criteria. 20 underwent EC, 132 took
    # antibiotics (ABX)")
    (
        None,
        "In all, 184 patients met the criteria. Of these, 23 underwent early cholecystectomy and 117 took "
        "antibiotics.",
        [
            G(184, "*", "*", None, True),
            G(23, "count", "early cholecystectomy", None),
            G(117, "count", "took antibiotics", None, True),
        ],
    ),
    # https://c.coek.info/pdf-neoadjuvant-chemotherapy-for-breast-cancer-... ("Of 354,204 patients who met the
    # inclusion criteria, 59,063 (16.7%) underwent neoadjuvant chemotherapy.")
    (
        None,
        "Of 2,410 patients who met the inclusion criteria, 388 (16.1%) underwent neoadjuvant chemotherapy.",
        [
            G(2410, "*", "*", None, True),
            G(388, "count", "neoadjuvant chemotherapy", None), G(16.1, "percent", "neoadjuvant chemotherapy", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5547923 ("185 of 193 (95.9%) achieved an axillary pathologic complete
    # response.")
    (
        ONE_ARM,
        "Overall, 141 of 152 (92.8%) achieved an axillary pathologic complete response.",
        [
            G(141, "count", "axillary pathologic complete response", None),
            G(92.8, "percent", "axillary pathologic complete response", None),
            G(152, "denominator", None, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5547923 (background: "A pCR occurs in 40% to 50% of patients with
    # HER2-positive and triple-negative breast cancer.")
    (
        None,
        "A pathologic complete response occurs in 30% to 45% of patients with HER2-positive breast cancer.",
        [G(30, "*", None, None), G(45, "*", None, None)],
    ),
    # http://47.251.13.51:8081/1827432 ("In these patients, there were 75 complete and 432 partial responses")
    (
        ONE_ARM,
        "Among the treated patients, there were 6 complete and 19 partial responses.",
        [G(6, "count", "complete responses", None), G(19, "count", "partial responses", None)],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("Twenty-three deaths had occurred at
    # the time of data cutoff.")
    (
        ONE_ARM,
        "Thirty-one deaths had occurred at the time of data cutoff.",
        [G(31, "count|events", "deaths", None)],
    ),
    # https://acemap.info/paper/233457482 ("Twenty-four patients received 55 cycles.")
    (
        ONE_ARM,
        "Twenty-eight patients received 97 cycles.",
        [G(28, "count", "received cycles", None, True), G(97, "*", "cycles", None, True)],
    ),
    # http://onlinelibrary.wiley.com/doi/10.1002/cncr.11273/abstract ("Twenty-three patients with advanced cancer and
    # good performance status were accrued to 3 dose levels"): design, a count of accrual
    (
        None,
        "Twenty-six patients with advanced cancer were accrued to 4 dose levels of orvitamab.",
        [G(26, "*", "*", None, True), G(4, "*", None, None)],
    ),
    # https://yvm2020.authorea.com/users/365122/articles/485356/download_zip ("At dosage level 1 (50 mg/m2), 0/3
    # patients experienced a DLT.")
    (
        "Orvitamab was given at 40, 60 and 80 mg/m2.",
        "At dosage level 2 (60 mg/m2), 1/6 patients experienced a DLT.",
        [
            G(2, "*", None, None), G(60, "*", None, None),
            G(1, "count", "DLT", "*"), G(6, "denominator", None, None),
        ],
    ),
    # https://pure.fujita-hu.ac.jp/... ("Six out of the 35 remission induction failure patients entered CR"): the
    # negative ("the remaining 35 patients failed to achieve CR") must never be a count of CR
    (
        "Patients with newly diagnosed AML received induction chemotherapy.",
        "The remaining 19 patients failed to achieve CR.",
        [G(19, "count", "failed to achieve CR", None, True)],
    ),
]

SECOND_FORMS = [
    "subject verb", "of-set verbs", "x of y verb", "negative", "subject verb", "subject verb", "observed in",
    "of-set verbs", "of-set verbs", "x of y verb", "negative", "subject verb", "subject verb", "subject verb",
    "negative", "x of y verb", "negative",
]
# fmt: on
