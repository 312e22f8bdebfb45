"""A precision-first second look at the prose bindings that take a count's or a share's endpoint from the clause
around it ("had object", "subject occurred", "copula subject", "predicate", "incidence of", "term before bracket",
"clause endpoint"): real results paragraphs of randomized and single-arm trials, in the clause forms of their
abstracts ("N patients (x%) had X", "X occurred in N (x%)", "the incidence of X was x% ... and y%", a count with a
grade or time-point qualifier, an endpoint two clauses away). The sources are published trial reports the author
knows well (cited beside each entry: trial, first author, journal, year); the wording is kept close to the report,
some numbers are rounded or shifted (the sentence form is what is sampled). None is from the corpora already in
tests/extraction/prose_*_corpus.py. Every gold was written before any paragraph was read back.

A qualifier that changes what was counted (a grade, a time point, confirmed, serious, treatment-related,
symptomatic) is part of the endpoint: tests/extraction/prose_preds2_score.py scores a value read without it (or with
one the gold has not) as "wrong qualifier".

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes (figures:
tests/extraction/test_prose_preds2.py). Entry format: that of tests/extraction/prose_sampled_forms_corpus.py.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

TRAE3 = "treatment-related adverse events of grade 3 or higher"
RSV_HOSP = "hospitalization for RSV-associated lower respiratory tract infection"
RSV_MA = "medically attended RSV-associated lower respiratory tract infection"

# fmt: off
CORPUS: list[Entry] = [
    # KEYNOTE-189, Gandhi et al., N Engl J Med 2018;378:2078 (abstract, results)
    (
        "Patients were randomly assigned to pemetrexed and a platinum-based drug plus pembrolizumab "
        "(pembrolizumab-combination group) or plus placebo (placebo-combination group).",
        "Adverse events of grade 3 or higher occurred in 67.2% of the patients in the pembrolizumab-combination group "
        "and in 65.8% of those in the placebo-combination group.",
        [
            G(67.2, "percent|rate", "adverse events of grade 3 or higher", "pembrolizumab-combination"),
            G(65.8, "percent|rate", "adverse events of grade 3 or higher", "placebo-combination"),
        ],
    ),
    # CheckMate 067, Larkin et al., N Engl J Med 2015;373:23 (abstract, results)
    (
        "Patients were randomly assigned to nivolumab alone (nivolumab group), nivolumab plus ipilimumab "
        "(nivolumab-plus-ipilimumab group), or ipilimumab alone (ipilimumab group).",
        "Treatment-related adverse events of grade 3 or 4 occurred in 16.3% of the patients in the nivolumab group, "
        "55.0% of those in the nivolumab-plus-ipilimumab group, and 27.3% of those in the ipilimumab group.",
        [
            G(16.3, "percent|rate", "treatment-related adverse events of grade 3 or 4", "nivolumab"),
            G(55.0, "percent|rate", "treatment-related adverse events of grade 3 or 4", "nivolumab-plus-ipilimumab"),
            G(27.3, "percent|rate", "treatment-related adverse events of grade 3 or 4", "ipilimumab"),
        ],
    ),
    # DAPA-HF, McMurray et al., N Engl J Med 2019;381:1995 (abstract, results)
    (
        "Patients with heart failure were randomly assigned to dapagliflozin (dapagliflozin group) or placebo "
        "(placebo group).",
        "Over a median of 18.2 months, the primary outcome occurred in 386 of 2373 patients (16.3%) in the "
        "dapagliflozin group and in 502 of 2371 patients (21.2%) in the placebo group (hazard ratio, 0.74; 95% CI, "
        "0.65 to 0.85; P<0.001).",
        [
            G(18.2, "median", "follow-up", None, True),
            G(386, "count", "primary outcome", "dapagliflozin"),
            G(2373, "denominator", "*", "dapagliflozin"),
            G(16.3, "percent|rate", "primary outcome", "dapagliflozin"),
            G(502, "count", "primary outcome", "placebo"),
            G(2371, "denominator", "*", "placebo"),
            G(21.2, "percent|rate", "primary outcome", "placebo"),
            G(0.74, "hr|value", "primary outcome", "*", True),
            G(0.65, "ci_low", "primary outcome", "*", True),
            G(0.85, "ci_high", "primary outcome", "*", True),
        ],
    ),
    # RECOVERY (dexamethasone), N Engl J Med 2021;384:693 (abstract, results)
    (
        "Patients hospitalized with Covid-19 were randomly assigned to oral or intravenous dexamethasone "
        "(dexamethasone group) or to usual care alone (usual care group).",
        "Overall, 482 patients (22.9%) in the dexamethasone group and 1110 patients (25.7%) in the usual care group "
        "died within 28 days after randomization (age-adjusted rate ratio, 0.83; 95% CI, 0.75 to 0.93; P<0.001).",
        [
            G(482, "count", "died within 28 days|death within 28 days", "dexamethasone"),
            G(22.9, "percent|rate", "died within 28 days|death within 28 days", "dexamethasone"),
            G(1110, "count", "died within 28 days|death within 28 days", "usual care"),
            G(25.7, "percent|rate", "died within 28 days|death within 28 days", "usual care"),
            G(0.83, "rr|value", "died within 28 days|death within 28 days", "*", True),
            G(0.75, "ci_low", "died within 28 days|death within 28 days", "*", True),
            G(0.93, "ci_high", "died within 28 days|death within 28 days", "*", True),
        ],
    ),
    # DESTINY-Lung01, Li et al., N Engl J Med 2022;386:241 (abstract, results; single arm)
    (
        "Patients with HER2-mutant non-small-cell lung cancer received trastuzumab deruxtecan.",
        "A confirmed objective response was observed in 55% of the patients (95% CI, 44 to 65). The median duration "
        "of response was 9.3 months. Drug-related interstitial lung disease occurred in 26% of the patients and "
        "resulted in death in 2 patients.",
        [
            G(55, "percent|rate", "confirmed objective response", None),
            G(44, "ci_low", "confirmed objective response", None),
            G(65, "ci_high", "confirmed objective response", None),
            G(9.3, "median", "duration of response", None),
            G(26, "percent|rate", "drug-related interstitial lung disease", None),
            G(2, "count", "death from drug-related interstitial lung disease", None, True),
        ],
    ),
    # CodeBreaK 100, Skoulidis et al., N Engl J Med 2021;384:2371 (abstract, results; single arm)
    (
        "Patients with KRAS p.G12C-mutated advanced non-small-cell lung cancer received sotorasib.",
        "An objective response was observed in 46 patients (37.1%; 95% CI, 28.6 to 46.2), including in 4 (3.2%) who "
        "had a complete response and in 42 (33.9%) who had a partial response. Disease control occurred in 100 "
        "patients (80.6%). Treatment-related adverse events occurred in 88 of 126 patients (69.8%), including grade 3 "
        "events in 25 patients (19.8%) and a grade 4 event in 1 (0.8%).",
        [
            G(46, "count", "objective response", None),
            G(37.1, "percent|rate", "objective response", None),
            G(28.6, "ci_low", "objective response", None),
            G(46.2, "ci_high", "objective response", None),
            G(4, "count", "complete response", None),
            G(3.2, "percent|rate", "complete response", None),
            G(42, "count", "partial response", None),
            G(33.9, "percent|rate", "partial response", None),
            G(100, "count", "disease control", None),
            G(80.6, "percent|rate", "disease control", None),
            G(88, "count", "treatment-related adverse events", None),
            G(126, "denominator", "*", None),
            G(69.8, "percent|rate", "treatment-related adverse events", None),
            G(25, "count", "grade 3 treatment-related adverse events", None),
            G(19.8, "percent|rate", "grade 3 treatment-related adverse events", None),
            G(1, "count", "grade 4 treatment-related adverse event", None),
            G(0.8, "percent|rate", "grade 4 treatment-related adverse event", None),
        ],
    ),
    # ADAURA, Wu et al., N Engl J Med 2020;383:1711 (abstract, results)
    (
        "Patients with completely resected EGFR-mutated NSCLC were randomly assigned to osimertinib (osimertinib "
        "group) or placebo (placebo group).",
        "At 24 months, 90% of the patients in the osimertinib group (95% CI, 84 to 93) and 44% of those in the "
        "placebo group (95% CI, 37 to 51) were alive and disease-free.",
        [
            G(90, "percent|rate", "alive and disease-free at 24 months", "osimertinib"),
            G(84, "ci_low", "alive and disease-free at 24 months", "osimertinib"),
            G(93, "ci_high", "alive and disease-free at 24 months", "osimertinib"),
            G(44, "percent|rate", "alive and disease-free at 24 months", "placebo"),
            G(37, "ci_low", "alive and disease-free at 24 months", "placebo"),
            G(51, "ci_high", "alive and disease-free at 24 months", "placebo"),
        ],
    ),
    # STEP 1, Wilding et al., N Engl J Med 2021;384:989 (abstract, results)
    (
        "Adults with overweight or obesity were randomly assigned to once-weekly semaglutide (semaglutide group) or "
        "placebo (placebo group).",
        "Gastrointestinal disorders were reported more frequently with semaglutide than with placebo (74.2% vs. "
        "47.9%). More participants in the semaglutide group than in the placebo group discontinued treatment owing to "
        "gastrointestinal events (59 [4.5%] vs. 5 [0.8%]).",
        [
            G(74.2, "percent|rate", "gastrointestinal disorders", "semaglutide"),
            G(47.9, "percent|rate", "gastrointestinal disorders", "placebo"),
            G(59, "count", "discontinued treatment owing to gastrointestinal events", "semaglutide"),
            G(4.5, "percent|rate", "discontinued treatment owing to gastrointestinal events", "semaglutide"),
            G(5, "count", "discontinued treatment owing to gastrointestinal events", "placebo"),
            G(0.8, "percent|rate", "discontinued treatment owing to gastrointestinal events", "placebo"),
        ],
    ),
    # PARADIGM-HF, McMurray et al., N Engl J Med 2014;371:993 (abstract, results)
    (
        "Patients with heart failure were randomly assigned to LCZ696 or enalapril.",
        "The primary outcome occurred in 914 patients (21.8%) in the LCZ696 group and 1117 patients (26.5%) in the "
        "enalapril group. A total of 711 patients (17.0%) receiving LCZ696 and 835 patients (19.8%) receiving "
        "enalapril died; of these patients, 558 (13.3%) and 693 (16.5%), respectively, died from cardiovascular "
        "causes.",
        [
            G(914, "count", "primary outcome", "LCZ696"),
            G(21.8, "percent|rate", "primary outcome", "LCZ696"),
            G(1117, "count", "primary outcome", "enalapril"),
            G(26.5, "percent|rate", "primary outcome", "enalapril"),
            G(711, "count", "died|death", "LCZ696"),
            G(17.0, "percent|rate", "died|death", "LCZ696"),
            G(835, "count", "died|death", "enalapril"),
            G(19.8, "percent|rate", "died|death", "enalapril"),
            G(558, "count", "died from cardiovascular causes|death from cardiovascular causes", "LCZ696"),
            G(13.3, "percent|rate", "died from cardiovascular causes|death from cardiovascular causes", "LCZ696"),
            G(693, "count", "died from cardiovascular causes|death from cardiovascular causes", "enalapril"),
            G(16.5, "percent|rate", "died from cardiovascular causes|death from cardiovascular causes", "enalapril"),
        ],
    ),
    # SOLO 1, Simpson et al., N Engl J Med 2016;375:2335 (abstract, results)
    (
        "Adults with atopic dermatitis were randomly assigned to dupilumab every other week, dupilumab weekly, or "
        "placebo.",
        "In SOLO 1, the primary outcome (an IGA score of 0 or 1 and a reduction of 2 points or more from baseline at "
        "week 16) occurred in 85 patients (38%) who received dupilumab every other week and in 83 (37%) who received "
        "dupilumab weekly, as compared with 23 (10%) who received placebo.",
        [
            G(0, "*", None, None),
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(16, "*", None, None),
            G(85, "count", "primary outcome", "dupilumab every other week"),
            G(38, "percent|rate", "primary outcome", "dupilumab every other week"),
            G(83, "count", "primary outcome", "dupilumab weekly"),
            G(37, "percent|rate", "primary outcome", "dupilumab weekly"),
            G(23, "count", "primary outcome", "placebo"),
            G(10, "percent|rate", "primary outcome", "placebo"),
        ],
    ),
    # MONALEESA-2, Hortobagyi et al., N Engl J Med 2016;375:1738 (abstract, results)
    (
        "Patients were randomly assigned to ribociclib plus letrozole (ribociclib group) or placebo plus letrozole "
        "(placebo group).",
        "The most common grade 3 or 4 adverse events in the ribociclib group and the placebo group were neutropenia "
        "(59.3% vs. 0.9%) and leukopenia (21.0% vs. 0.6%).",
        [
            G(59.3, "percent|rate", "grade 3 or 4 neutropenia", "ribociclib"),
            G(0.9, "percent|rate", "grade 3 or 4 neutropenia", "placebo"),
            G(21.0, "percent|rate", "grade 3 or 4 leukopenia", "ribociclib"),
            G(0.6, "percent|rate", "grade 3 or 4 leukopenia", "placebo"),
        ],
    ),
    # NAVIGATE ESUS, Hart et al., N Engl J Med 2018;378:2191 (abstract, results)
    (
        "Patients with a recent embolic stroke of undetermined source were randomly assigned to rivaroxaban or "
        "aspirin.",
        "Major bleeding occurred in 62 patients in the rivaroxaban group (annualized rate, 1.8%) and in 23 in the "
        "aspirin group (0.7%) (hazard ratio, 2.72; 95% CI, 1.68 to 4.39; P<0.001).",
        [
            G(62, "count", "major bleeding", "rivaroxaban"),
            G(1.8, "percent|rate", "major bleeding", "rivaroxaban"),
            G(23, "count", "major bleeding", "aspirin"),
            G(0.7, "percent|rate", "major bleeding", "aspirin"),
            G(2.72, "hr|value", "major bleeding", "*", True),
            G(1.68, "ci_low", "major bleeding", "*", True),
            G(4.39, "ci_high", "major bleeding", "*", True),
        ],
    ),
    # COMPASS, Eikelboom et al., N Engl J Med 2017;377:1319 (abstract, results)
    (
        "Patients with stable atherosclerotic vascular disease were randomly assigned to rivaroxaban plus aspirin "
        "(rivaroxaban-plus-aspirin group) or aspirin alone (aspirin-alone group).",
        "The primary outcome occurred in fewer patients in the rivaroxaban-plus-aspirin group than in the "
        "aspirin-alone group (379 patients [4.1%] vs. 496 patients [5.4%]), but major bleeding events occurred in "
        "more patients in the rivaroxaban-plus-aspirin group (288 patients [3.1%] vs. 170 patients [1.9%]).",
        [
            G(379, "count", "primary outcome", "rivaroxaban-plus-aspirin"),
            G(4.1, "percent|rate", "primary outcome", "rivaroxaban-plus-aspirin"),
            G(496, "count", "primary outcome", "aspirin-alone"),
            G(5.4, "percent|rate", "primary outcome", "aspirin-alone"),
            G(288, "count", "major bleeding events", "rivaroxaban-plus-aspirin"),
            G(3.1, "percent|rate", "major bleeding events", "rivaroxaban-plus-aspirin"),
            G(170, "count", "major bleeding events", "aspirin-alone"),
            G(1.9, "percent|rate", "major bleeding events", "aspirin-alone"),
        ],
    ),
    # ZUMA-1, Neelapu et al., N Engl J Med 2017;377:2531 (abstract, results; single arm)
    (
        "Patients with refractory large B-cell lymphoma received axicabtagene ciloleucel.",
        "The objective response rate was 82%, and the complete response rate was 54%. The most common adverse events "
        "of grade 3 or higher during treatment were neutropenia (in 78% of the patients), anemia (in 43%), and "
        "thrombocytopenia (in 38%). Grade 3 or higher cytokine release syndrome and neurologic events occurred in "
        "13% and 28% of the patients, respectively.",
        [
            G(82, "percent|rate", "objective response rate", None),
            G(54, "percent|rate", "complete response rate|complete response", None),
            G(78, "percent|rate", "grade 3 or higher neutropenia", None),
            G(43, "percent|rate", "grade 3 or higher anemia", None),
            G(38, "percent|rate", "grade 3 or higher thrombocytopenia", None),
            G(13, "percent|rate", "grade 3 or higher cytokine release syndrome", None),
            G(28, "percent|rate", "grade 3 or higher neurologic events", None),
        ],
    ),
    # ELIANA, Maude et al., N Engl J Med 2018;378:439 (abstract, results; single arm)
    (
        "Children and young adults with relapsed or refractory B-cell ALL received tisagenlecleucel.",
        "The overall remission rate within 3 months was 81%. Grade 3 or 4 adverse events that were suspected to be "
        "related to tisagenlecleucel occurred in 73% of patients. The cytokine release syndrome occurred in 77% of "
        "patients, 48% of whom received tocilizumab. Neurologic events occurred in 40% of patients.",
        [
            G(81, "percent|rate", "overall remission rate within 3 months", None),
            G(73, "percent|rate", "grade 3 or 4 adverse events related to tisagenlecleucel", None),
            G(77, "percent|rate", "cytokine release syndrome", None),
            G(48, "percent|rate", "received tocilizumab", None, True),
            G(40, "percent|rate", "neurologic events", None),
        ],
    ),
    # SELECT, Lincoff et al., N Engl J Med 2023;389:2221 (abstract, results)
    (
        "Patients with cardiovascular disease and overweight or obesity were randomly assigned to semaglutide or "
        "placebo.",
        "A primary cardiovascular end-point event occurred in 569 of the 8803 patients (6.5%) in the semaglutide "
        "group and in 701 of the 8801 patients (8.0%) in the placebo group. Adverse events leading to permanent "
        "discontinuation of the trial product occurred in 1461 patients (16.6%) in the semaglutide group and 718 "
        "patients (8.2%) in the placebo group.",
        [
            G(569, "count", "primary cardiovascular end-point event", "semaglutide"),
            G(8803, "denominator", "*", "semaglutide"),
            G(6.5, "percent|rate", "primary cardiovascular end-point event", "semaglutide"),
            G(701, "count", "primary cardiovascular end-point event", "placebo"),
            G(8801, "denominator", "*", "placebo"),
            G(8.0, "percent|rate", "primary cardiovascular end-point event", "placebo"),
            G(1461, "count", "adverse events leading to permanent discontinuation", "semaglutide"),
            G(16.6, "percent|rate", "adverse events leading to permanent discontinuation", "semaglutide"),
            G(718, "count", "adverse events leading to permanent discontinuation", "placebo"),
            G(8.2, "percent|rate", "adverse events leading to permanent discontinuation", "placebo"),
        ],
    ),
    # KEYNOTE-522, Schmid et al., N Engl J Med 2020;382:810 (abstract, results)
    (
        "Patients with early triple-negative breast cancer were randomly assigned to pembrolizumab plus chemotherapy "
        "(pembrolizumab-chemotherapy group) or placebo plus chemotherapy (placebo-chemotherapy group).",
        "The percentage of patients with a pathological complete response was 64.8% (95% CI, 59.9 to 69.5) in the "
        "pembrolizumab-chemotherapy group and 51.2% (95% CI, 44.1 to 58.3) in the placebo-chemotherapy group. The "
        "incidence of treatment-related adverse events of grade 3 or higher was 78.0% in the "
        "pembrolizumab-chemotherapy group and 73.0% in the placebo-chemotherapy group.",
        [
            G(64.8, "percent|rate", "pathological complete response", "pembrolizumab-chemotherapy"),
            G(59.9, "ci_low", "pathological complete response", "pembrolizumab-chemotherapy"),
            G(69.5, "ci_high", "pathological complete response", "pembrolizumab-chemotherapy"),
            G(51.2, "percent|rate", "pathological complete response", "placebo-chemotherapy"),
            G(44.1, "ci_low", "pathological complete response", "placebo-chemotherapy"),
            G(58.3, "ci_high", "pathological complete response", "placebo-chemotherapy"),
            G(78.0, "percent|rate", TRAE3, "pembrolizumab-chemotherapy"),
            G(73.0, "percent|rate", TRAE3, "placebo-chemotherapy"),
        ],
    ),
    # TRAILBLAZER-ALZ 2, Sims et al., JAMA 2023;330:512 (abstract, results)
    (
        "Participants with early symptomatic Alzheimer disease were randomized to donanemab or placebo.",
        "Amyloid-related imaging abnormality-edema/effusion occurred in 205 participants (24.0%; 52 symptomatic) in "
        "the donanemab group and 18 (2.1%; 0 symptomatic) in the placebo group.",
        [
            G(205, "count", "amyloid-related imaging abnormality-edema/effusion", "donanemab"),
            G(24.0, "percent|rate", "amyloid-related imaging abnormality-edema/effusion", "donanemab"),
            G(52, "count", "symptomatic amyloid-related imaging abnormality-edema/effusion", "donanemab"),
            G(18, "count", "amyloid-related imaging abnormality-edema/effusion", "placebo"),
            G(2.1, "percent|rate", "amyloid-related imaging abnormality-edema/effusion", "placebo"),
            G(0, "count", "symptomatic amyloid-related imaging abnormality-edema/effusion", "placebo", True),
        ],
    ),
    # MELODY, Hammitt et al., N Engl J Med 2022;386:837 (abstract, results)
    (
        "Healthy late-preterm and term infants were randomly assigned to a single intramuscular injection of "
        "nirsevimab or placebo.",
        "Medically attended RSV-associated lower respiratory tract infection occurred in 12 infants (1.2%) in the "
        "nirsevimab group and in 25 infants (5.0%) in the placebo group; these findings corresponded to an efficacy "
        "of 74.5% (95% CI, 49.6 to 87.1). Hospitalization for RSV-associated lower respiratory tract infection "
        "occurred in 6 infants (0.6%) in the nirsevimab group and in 8 infants (1.6%) in the placebo group.",
        [
            G(12, "count", RSV_MA, "nirsevimab"),
            G(1.2, "percent|rate", RSV_MA, "nirsevimab"),
            G(25, "count", RSV_MA, "placebo"),
            G(5.0, "percent|rate", RSV_MA, "placebo"),
            G(74.5, "*", "efficacy", "*", True),
            G(49.6, "ci_low", "efficacy", "*", True),
            G(87.1, "ci_high", "efficacy", "*", True),
            G(6, "count", RSV_HOSP, "nirsevimab"),
            G(0.6, "percent|rate", RSV_HOSP, "nirsevimab"),
            G(8, "count", RSV_HOSP, "placebo"),
            G(1.6, "percent|rate", RSV_HOSP, "placebo"),
        ],
    ),
    # CLARITY AD, van Dyck et al., N Engl J Med 2023;388:9 (abstract, results)
    (
        "Persons with early Alzheimer disease were randomly assigned to intravenous lecanemab or placebo.",
        "Lecanemab resulted in infusion-related reactions in 26.4% of the participants and amyloid-related imaging "
        "abnormalities with edema or effusions in 12.6%.",
        [
            G(26.4, "percent|rate", "infusion-related reactions", "lecanemab"),
            G(12.6, "percent|rate", "amyloid-related imaging abnormalities with edema or effusions", "lecanemab"),
        ],
    ),
    # VARSITY, Sands et al., N Engl J Med 2019;381:1215 (abstract, results)
    (
        "Patients with ulcerative colitis were randomly assigned to vedolizumab or adalimumab.",
        "At week 52, clinical remission was observed in 31.3% of the patients in the vedolizumab group and in 22.5% "
        "of those in the adalimumab group. Endoscopic improvement at week 52 occurred in 39.7% and 27.7% of the "
        "patients, respectively.",
        [
            G(52, "*", None, None),
            G(31.3, "percent|rate", "clinical remission at week 52", "vedolizumab"),
            G(22.5, "percent|rate", "clinical remission at week 52", "adalimumab"),
            G(39.7, "percent|rate", "endoscopic improvement at week 52", "vedolizumab"),
            G(27.7, "percent|rate", "endoscopic improvement at week 52", "adalimumab"),
        ],
    ),
    # SOLAR-1, Andre et al., N Engl J Med 2019;380:1929 (abstract, results)
    (
        "Patients with HR-positive, HER2-negative advanced breast cancer were randomly assigned to alpelisib plus "
        "fulvestrant (alpelisib-fulvestrant group) or placebo plus fulvestrant (placebo-fulvestrant group).",
        "Overall response among patients with PIK3CA-mutated cancer with measurable disease was 35.7% in the "
        "alpelisib-fulvestrant group and 16.2% in the placebo-fulvestrant group. The most frequent adverse events of "
        "grade 3 or 4 were hyperglycemia (36.6% in the alpelisib-fulvestrant group vs. 0.7% in the "
        "placebo-fulvestrant group) and rash (9.9% vs. 0.3%).",
        [
            G(35.7, "percent|rate", "overall response", "alpelisib-fulvestrant"),
            G(16.2, "percent|rate", "overall response", "placebo-fulvestrant"),
            G(36.6, "percent|rate", "grade 3 or 4 hyperglycemia", "alpelisib-fulvestrant"),
            G(0.7, "percent|rate", "grade 3 or 4 hyperglycemia", "placebo-fulvestrant"),
            G(9.9, "percent|rate", "grade 3 or 4 rash", "alpelisib-fulvestrant"),
            G(0.3, "percent|rate", "grade 3 or 4 rash", "placebo-fulvestrant"),
        ],
    ),
    # DEVOTE, Marso et al., N Engl J Med 2017;377:723 (abstract, results)
    (
        "Patients with type 2 diabetes were randomly assigned to insulin degludec or insulin glargine U100.",
        "The primary outcome occurred in 325 patients (8.5%) in the degludec group and in 356 (9.3%) in the glargine "
        "group. Severe hypoglycemia, which was adjudicated, occurred in 187 patients (4.9%) in the degludec group and "
        "in 252 (6.6%) in the glargine group.",
        [
            G(325, "count", "primary outcome", "degludec"),
            G(8.5, "percent|rate", "primary outcome", "degludec"),
            G(356, "count", "primary outcome", "glargine"),
            G(9.3, "percent|rate", "primary outcome", "glargine"),
            G(187, "count", "severe hypoglycemia", "degludec"),
            G(4.9, "percent|rate", "severe hypoglycemia", "degludec"),
            G(252, "count", "severe hypoglycemia", "glargine"),
            G(6.6, "percent|rate", "severe hypoglycemia", "glargine"),
        ],
    ),
    # SPRINT, N Engl J Med 2015;373:2103 (results, participants)
    (
        "Participants were randomly assigned to a systolic blood-pressure target of less than 120 mm Hg (intensive "
        "treatment) or less than 140 mm Hg (standard treatment).",
        "Of the 9361 participants, 3332 (35.6%) were women, 2802 (29.9%) were black, and 2636 (28.2%) were 75 years "
        "of age or older.",
        [
            G(9361, "*", "*", None, True),
            G(3332, "count", "women", None),
            G(35.6, "percent", "women", None),
            G(2802, "count", "black", None),
            G(29.9, "percent", "black", None),
            G(2636, "count", "75 years of age or older", None),
            G(28.2, "percent", "75 years of age or older", None),
        ],
    ),
    # EMPA-REG OUTCOME, Zinman et al., N Engl J Med 2015;373:2117 (abstract, results)
    (
        "Patients with type 2 diabetes at high cardiovascular risk were randomly assigned to empagliflozin (pooled "
        "empagliflozin group) or placebo.",
        "The primary outcome occurred in 490 of 4687 patients (10.5%) in the pooled empagliflozin group and in 282 of "
        "2333 patients (12.1%) in the placebo group. There were no significant between-group differences in the rates "
        "of myocardial infarction or stroke. Genital infection was reported in 6.4% of the patients in the pooled "
        "empagliflozin group and 1.8% of those in the placebo group.",
        [
            G(490, "count", "primary outcome", "empagliflozin"),
            G(4687, "denominator", "*", "empagliflozin"),
            G(10.5, "percent|rate", "primary outcome", "empagliflozin"),
            G(282, "count", "primary outcome", "placebo"),
            G(2333, "denominator", "*", "placebo"),
            G(12.1, "percent|rate", "primary outcome", "placebo"),
            G(6.4, "percent|rate", "genital infection", "empagliflozin"),
            G(1.8, "percent|rate", "genital infection", "placebo"),
        ],
    ),
    # mRNA-1273 (COVE), Baden et al., N Engl J Med 2021;384:403 (abstract, results)
    (
        "Adults were randomly assigned to two intramuscular injections of mRNA-1273 or placebo.",
        "Symptomatic Covid-19 illness was confirmed in 185 participants in the placebo group (56.5 per 1000 "
        "person-years) and in 11 participants in the mRNA-1273 group (3.3 per 1000 person-years). Severe Covid-19 "
        "occurred in 30 participants, with one fatality; all 30 were in the placebo group.",
        [
            G(185, "count", "symptomatic Covid-19", "placebo"),
            G(56.5, "rate|value", "symptomatic Covid-19", "placebo", True),
            G(1000, "*", None, None),
            G(11, "count", "symptomatic Covid-19", "mRNA-1273"),
            G(3.3, "rate|value", "symptomatic Covid-19", "mRNA-1273", True),
            G(30, "count", "severe Covid-19", "placebo"),
        ],
    ),
    # IMbrave150, Finn et al., N Engl J Med 2020;382:1894 (abstract, results)
    (
        "Patients with unresectable hepatocellular carcinoma were randomly assigned to atezolizumab plus bevacizumab "
        "or sorafenib.",
        "The overall survival at 12 months was 67.2% (95% CI, 61.3 to 73.1) with atezolizumab-bevacizumab and 54.6% "
        "(95% CI, 45.2 to 64.0) with sorafenib. Grade 3 or 4 adverse events occurred in 56.5% of 329 patients who "
        "received at least one dose of atezolizumab-bevacizumab and in 55.1% of 156 patients who received at least "
        "one dose of sorafenib. Grade 3 or 4 hypertension occurred in 15.2% of patients in the "
        "atezolizumab-bevacizumab group.",
        [
            G(67.2, "percent|rate", "overall survival at 12 months", "atezolizumab-bevacizumab"),
            G(61.3, "ci_low", "overall survival at 12 months", "atezolizumab-bevacizumab"),
            G(73.1, "ci_high", "overall survival at 12 months", "atezolizumab-bevacizumab"),
            G(54.6, "percent|rate", "overall survival at 12 months", "sorafenib"),
            G(45.2, "ci_low", "overall survival at 12 months", "sorafenib"),
            G(64.0, "ci_high", "overall survival at 12 months", "sorafenib"),
            G(56.5, "percent|rate", "grade 3 or 4 adverse events", "atezolizumab-bevacizumab"),
            G(329, "denominator", "*", "atezolizumab-bevacizumab"),
            G(55.1, "percent|rate", "grade 3 or 4 adverse events", "sorafenib"),
            G(156, "denominator", "*", "sorafenib"),
            G(15.2, "percent|rate", "grade 3 or 4 hypertension", "atezolizumab-bevacizumab"),
        ],
    ),
    # ARISTOTLE, Granger et al., N Engl J Med 2011;365:981 (abstract, results)
    (
        "Patients with atrial fibrillation were randomly assigned to apixaban or warfarin.",
        "The rate of the primary outcome was 1.27% per year in the apixaban group, as compared with 1.60% per year in "
        "the warfarin group. The rate of major bleeding was 2.13% per year in the apixaban group, as compared with "
        "3.09% per year in the warfarin group, and the rate of death from any cause was 3.52% and 3.94%, "
        "respectively.",
        [
            G(1.27, "percent|rate", "primary outcome", "apixaban"),
            G(1.60, "percent|rate", "primary outcome", "warfarin"),
            G(2.13, "percent|rate", "major bleeding", "apixaban"),
            G(3.09, "percent|rate", "major bleeding", "warfarin"),
            G(3.52, "percent|rate", "death from any cause", "apixaban"),
            G(3.94, "percent|rate", "death from any cause", "warfarin"),
        ],
    ),
    # KEYNOTE-024, Reck et al., N Engl J Med 2016;375:1823 (abstract, results)
    (
        "Patients with PD-L1 expression on at least 50% of tumor cells were randomly assigned to pembrolizumab or "
        "platinum-based chemotherapy.",
        "The response rate was higher in the pembrolizumab group than in the chemotherapy group (44.8% vs. 27.8%). "
        "Treatment-related adverse events of grade 3, 4, or 5 were less frequent with pembrolizumab than with "
        "chemotherapy (26.6% vs. 53.3%).",
        [
            G(50, "*", None, None),
            G(44.8, "percent|rate", "response rate", "pembrolizumab"),
            G(27.8, "percent|rate", "response rate", "chemotherapy"),
            G(26.6, "percent|rate", "treatment-related adverse events of grade 3, 4, or 5", "pembrolizumab"),
            G(53.3, "percent|rate", "treatment-related adverse events of grade 3, 4, or 5", "chemotherapy"),
        ],
    ),
    # MAVERICK (SWOG S1827), as summarised: grade 3 or higher adverse events "0.8% of the MRI-alone group versus
    # 7.9% of the combined group" (find_string id 69143174633, a page quoting the trial's press release)
    (
        "Patients with small-cell lung cancer were randomized to MRI surveillance alone (MRI-alone group) or MRI "
        "surveillance plus prophylactic cranial irradiation (combined group).",
        "Serious treatment-related side effects were less common without radiation: grade 3 or higher adverse events "
        "occurred in 0.8% of the MRI-alone group versus 7.9% of the combined group (p=0.004).",
        [
            G(0.8, "percent|rate", "grade 3 or higher adverse events", "MRI-alone"),
            G(7.9, "percent|rate", "grade 3 or higher adverse events", "combined"),
            G(0.004, "p", "grade 3 or higher adverse events", "*", True),
        ],
    ),
]

SECOND: list[Entry] = [
    # FLAURA, Soria et al., N Engl J Med 2018;378:113 (abstract, results)
    (
        "Patients with untreated EGFR-mutated advanced NSCLC were randomly assigned to osimertinib or a standard "
        "EGFR-TKI (gefitinib or erlotinib; standard EGFR-TKI group).",
        "Adverse events of grade 3 or higher were less frequent with osimertinib than with standard EGFR-TKIs (34% vs. "
        "45%).",
        [
            G(34, "percent|rate", "adverse events of grade 3 or higher", "osimertinib"),
            G(45, "percent|rate", "adverse events of grade 3 or higher", "standard EGFR-TKI"),
        ],
    ),
    # CREDENCE, Perkovic et al., N Engl J Med 2019;380:2295 (abstract, results)
    (
        "Patients with type 2 diabetes and albuminuric chronic kidney disease were randomly assigned to canagliflozin "
        "or placebo.",
        "The relative risk of the primary outcome was 30% lower in the canagliflozin group than in the placebo group, "
        "with event rates of 43.2 and 61.2 per 1000 patient-years, respectively.",
        [
            G(30, "*", "primary outcome", "*", True),
            G(43.2, "rate|value", "primary outcome", "canagliflozin"),
            G(61.2, "rate|value", "primary outcome", "placebo"),
            G(1000, "*", None, None),
        ],
    ),
    # KATHERINE, von Minckwitz et al., N Engl J Med 2019;380:617 (abstract, results)
    (
        "Patients with residual invasive HER2-positive breast cancer were randomly assigned to adjuvant T-DM1 (T-DM1 "
        "group) or trastuzumab (trastuzumab group).",
        "At 3 years, the percentage of patients who were free of invasive disease was 88.3% in the T-DM1 group and "
        "77.0% in the trastuzumab group.",
        [
            G(3, "*", None, None),
            G(88.3, "percent|rate", "free of invasive disease at 3 years", "T-DM1"),
            G(77.0, "percent|rate", "free of invasive disease at 3 years", "trastuzumab"),
        ],
    ),
    # DESTINY-Breast03, Cortes et al., N Engl J Med 2022;386:1143 (abstract, results)
    (
        "Patients with HER2-positive metastatic breast cancer were randomly assigned to trastuzumab deruxtecan (T-DXd) "
        "or trastuzumab emtansine (T-DM1).",
        "The percentage of patients who were alive without disease progression at 12 months was 75.8% with T-DXd and "
        "34.1% with T-DM1. Drug-related interstitial lung disease or pneumonitis occurred in 10.5% of the patients in "
        "the T-DXd group and in 1.9% of those in the T-DM1 group; no grade 4 or 5 events were reported.",
        [
            G(12, "*", None, None),
            G(75.8, "percent|rate", "alive without disease progression at 12 months", "T-DXd"),
            G(34.1, "percent|rate", "alive without disease progression at 12 months", "T-DM1"),
            G(10.5, "percent|rate", "drug-related interstitial lung disease or pneumonitis", "T-DXd"),
            G(1.9, "percent|rate", "drug-related interstitial lung disease or pneumonitis", "T-DM1"),
        ],
    ),
    # LIBRETTO-001, Drilon et al., N Engl J Med 2020;383:813 (abstract, results; single arm, two cohorts)
    (
        "Patients with RET fusion-positive NSCLC received selpercatinib.",
        "In the first 105 consecutively enrolled patients who had previously received platinum-based chemotherapy, the "
        "percentage of patients with an objective response was 64% (95% CI, 54 to 73). Among the 39 previously "
        "untreated patients, the percentage with an objective response was 85% (95% CI, 70 to 94). The most common "
        "adverse events of grade 3 or higher were hypertension (in 14% of the patients), an increased alanine "
        "aminotransferase level (in 12%), and hyponatremia (in 6%).",
        [
            G(105, "*", "*", "*", True),
            G(64, "percent|rate", "objective response", "previously received platinum-based chemotherapy"),
            G(54, "ci_low", "objective response", "previously received platinum-based chemotherapy"),
            G(73, "ci_high", "objective response", "previously received platinum-based chemotherapy"),
            G(39, "*", "*", "*", True),
            G(85, "percent|rate", "objective response", "previously untreated"),
            G(70, "ci_low", "objective response", "previously untreated"),
            G(94, "ci_high", "objective response", "previously untreated"),
            G(14, "percent|rate", "grade 3 or higher hypertension", None),
            G(12, "percent|rate", "grade 3 or higher increased alanine aminotransferase", None),
            G(6, "percent|rate", "grade 3 or higher hyponatremia", None),
        ],
    ),
    # STEP 1 disposition, Wilding et al., N Engl J Med 2021;384:989 (results, trial population; numbers shifted)
    (
        "Adults with overweight or obesity were randomly assigned to once-weekly semaglutide or placebo for 68 weeks.",
        "Of the 1961 randomized participants, 1812 (92.4%) completed the trial, and 1616 (82.4%) were receiving trial "
        "treatment at week 68.",
        [
            G(1961, "*", "*", None, True),
            G(1812, "count", "completed the trial", None),
            G(92.4, "percent", "completed the trial", None),
            G(1616, "count", "receiving trial treatment at week 68", None),
            G(82.4, "percent", "receiving trial treatment at week 68", None),
            G(68, "*", None, None),
        ],
    ),
    # ORION-10 and ORION-11, Ray et al., N Engl J Med 2020;382:1507 (abstract, results)
    (
        "Patients with elevated LDL cholesterol were randomly assigned to inclisiran or placebo in two trials "
        "(ORION-10 and ORION-11).",
        "Adverse events at the injection site were more frequent with inclisiran than with placebo (ORION-10, 2.6% vs. "
        "0.9%; ORION-11, 4.7% vs. 0.5%); such reactions were generally mild, and none were severe or persistent.",
        [
            G(10, "*", None, None),
            G(11, "*", None, None),
            G(2.6, "percent|rate", "adverse events at the injection site", "inclisiran"),
            G(0.9, "percent|rate", "adverse events at the injection site", "placebo"),
            G(4.7, "percent|rate", "adverse events at the injection site", "inclisiran"),
            G(0.5, "percent|rate", "adverse events at the injection site", "placebo"),
        ],
    ),
    # ROCKET AF, Patel et al., N Engl J Med 2011;365:883 (abstract, results)
    (
        "Patients with nonvalvular atrial fibrillation were randomly assigned to rivaroxaban or dose-adjusted "
        "warfarin.",
        "Major and nonmajor clinically relevant bleeding occurred in 1475 patients in the rivaroxaban group and in "
        "1449 in the warfarin group (14.9% and 14.5% per year, respectively).",
        [
            G(1475, "count", "major and nonmajor clinically relevant bleeding", "rivaroxaban"),
            G(1449, "count", "major and nonmajor clinically relevant bleeding", "warfarin"),
            G(14.9, "percent|rate", "major and nonmajor clinically relevant bleeding", "rivaroxaban"),
            G(14.5, "percent|rate", "major and nonmajor clinically relevant bleeding", "warfarin"),
        ],
    ),
    # RE-LY, Connolly et al., N Engl J Med 2009;361:1139 (abstract, results)
    (
        "Patients with atrial fibrillation were randomly assigned to fixed doses of dabigatran, 110 mg or 150 mg twice "
        "daily, or to adjusted-dose warfarin.",
        "The rate of major bleeding was 3.36% per year in the warfarin group, as compared with 2.71% per year in the "
        "group receiving 110 mg of dabigatran and 3.11% per year in the group receiving 150 mg of dabigatran.",
        [
            G(3.36, "percent|rate", "major bleeding", "warfarin"),
            G(2.71, "percent|rate", "major bleeding", "110 mg"),
            G(110, "*", None, None),
            G(3.11, "percent|rate", "major bleeding", "150 mg"),
            G(150, "*", None, None),
        ],
    ),
    # OlympiAD, Robson et al., N Engl J Med 2017;377:523 (abstract, results)
    (
        "Patients with HER2-negative metastatic breast cancer and a germline BRCA mutation were randomly assigned to "
        "olaparib (olaparib group) or standard therapy (standard-therapy group).",
        "The rate of grade 3 or higher adverse events was 36.6% in the olaparib group and 50.5% in the "
        "standard-therapy group, and the rate of treatment discontinuation due to toxic effects was 4.9% and 7.7%, "
        "respectively.",
        [
            G(36.6, "percent|rate", "grade 3 or higher adverse events", "olaparib"),
            G(50.5, "percent|rate", "grade 3 or higher adverse events", "standard-therapy"),
            G(4.9, "percent|rate", "treatment discontinuation due to toxic effects", "olaparib"),
            G(7.7, "percent|rate", "treatment discontinuation due to toxic effects", "standard-therapy"),
        ],
    ),
    # PURPOSE 1, Bekker et al., N Engl J Med 2024;391:1179 (abstract, results)
    (
        "Adolescent girls and young women were randomly assigned to twice-yearly subcutaneous lenacapavir, daily oral "
        "emtricitabine-tenofovir alafenamide (F/TAF), or daily oral emtricitabine-tenofovir disoproxil fumarate "
        "(F/TDF).",
        "No participants in the lenacapavir group acquired HIV infection; 39 participants in the F/TAF group and 16 "
        "in the F/TDF group acquired HIV infection.",
        [
            G(39, "count", "acquired HIV infection", "F/TAF"),
            G(16, "count", "acquired HIV infection", "F/TDF"),
        ],
    ),
    # VICTORIA, Armstrong et al., N Engl J Med 2020;382:1883 (abstract, results)
    (
        "Patients with chronic heart failure and a recent worsening event were randomly assigned to vericiguat or "
        "placebo.",
        "Over a median of 10.8 months, a primary-outcome event occurred in 897 of 2526 patients (35.5%) in the "
        "vericiguat group and in 972 of 2524 patients (38.5%) in the placebo group. Symptomatic hypotension occurred "
        "in 9.1% of the patients in the vericiguat group and in 7.9% of the patients in the placebo group.",
        [
            G(10.8, "median", "follow-up", None, True),
            G(897, "count", "primary-outcome event", "vericiguat"),
            G(2526, "denominator", "*", "vericiguat"),
            G(35.5, "percent|rate", "primary-outcome event", "vericiguat"),
            G(972, "count", "primary-outcome event", "placebo"),
            G(2524, "denominator", "*", "placebo"),
            G(38.5, "percent|rate", "primary-outcome event", "placebo"),
            G(9.1, "percent|rate", "symptomatic hypotension", "vericiguat"),
            G(7.9, "percent|rate", "symptomatic hypotension", "placebo"),
        ],
    ),
]
# fmt: on
