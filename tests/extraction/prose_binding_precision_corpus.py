"""Endpoint bindings on unseen result paragraphs: the forms behind the prose bindings that are right far less often
on papers the rules were not written on ("had object", "subject occurred", "ratio: subject occurred", "copula
subject", "inherited (contrast, p)", "term before bracket", "ratio: for outcome", "incidence of"), sampled from
public results and abstract paragraphs found with the ``search`` tool (corpus ``pages``: PubMed, PMC and journal
abstracts, conference abstracts, a device manual; oncology, supportive care, cardiology, tuberculosis and leprosy
trials). Drugs, numbers and wording are invented; each entry's comment gives the address whose paragraph showed the
form. Every gold was written before any paragraph was read back.

Entry format: that of tests/extraction/prose_sampled_forms_corpus.py (``(context, paragraph, gold)``), scored by
tests/extraction/prose_binding_precision_score.py, which also tallies each gold number by the binding kind of the
record that read it (``Record.binding``).

Refiled after the first read-back (the only gold changed): 9 baseline numbers (patients enrolled or evaluable, median
age and its range, the share of men, prior lines of therapy, "had measurable disease") were first written as
non-results (endpoint ``None``); the golden files file enrolment and baseline figures, so they are "any label,
optional" here. tests/extraction/test_prose_binding_precision.py gives the first contact both ways."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

ONE_ARM = "Patients received talvorafib orally once daily in 28-day cycles until progression or unacceptable toxicity."
GCSF = "Patients were randomly assigned to pegmarastim or filmarastim support after each chemotherapy cycle."
CARDIO = "Patients were randomly assigned to an implanted device plus optimal therapy or to optimal therapy alone."
TB = "Patients were randomly assigned to a 4-month regimen or to the standard 6-month regimen."

CR = "complete response|CR"
PR = "partial response|PR"
SD = "stable disease|SD"
PD = "progressive disease|disease progression|PD"
FN = "febrile neutropenia|FN"

CORPUS: list[Entry] = [
    # ---- "had" / "achieved" with an object -------------------------------------------------------------------------
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("Of the 58 patients' best response, 8
    # (14%) achieved partial response, 19 (33%) had stable disease, and 22 (38%) neither achieved complete response
    # nor had disease progression.")
    (
        ONE_ARM,
        "Of the 64 patients' best response, 9 (14%) achieved partial response, 23 (36%) had stable disease, and 25 "
        "(39%) neither achieved complete response nor had disease progression.",
        [
            G(64, "*", None, None, True),
            G(9, "count", PR, None),
            G(14, "percent|rate", PR, None),
            G(23, "count", SD, None),
            G(36, "percent|rate", SD, None),
            G(25, "count", "non-CR/non-PD|neither complete response nor disease progression", None),
            G(39, "percent|rate", "non-CR/non-PD|neither complete response nor disease progression", None),
        ],
    ),
    # same page ("35 patients still had measurable disease after first-line chemotherapy, of whom 8 (23%) had a
    # partial response and 19 (54%) had stable disease as best response")
    (
        ONE_ARM,
        "In all, 41 patients still had measurable disease after induction, of whom 10 (24%) had a partial response "
        "and 21 (51%) had stable disease as best response.",
        [
            G(41, "*", "*", None, True),
            G(10, "count", PR, "*"),
            G(24, "percent|rate", PR, "*"),
            G(21, "count", SD, "*"),
            G(51, "percent|rate", SD, "*"),
        ],
    ),
    # same page ("Progressive disease was observed in nine patients (16%).", "Twenty-three deaths had occurred at the
    # time of data cutoff.")
    (
        ONE_ARM,
        "Progressive disease was observed in 11 patients (17%). Nineteen deaths had occurred at the time of data "
        "cutoff.",
        [G(11, "count", PD, None), G(17, "percent|rate", PD, None), G(19, "count|events", "death|deaths", None)],
    ),
    # https://repository.uantwerpen.be/link/irua/71244 ("Eleven patients had a stable disease, of which ten patients
    # for more than 6 months, and eight had a progressive disease after 4 cycles.")
    (
        ONE_ARM,
        "Among 24 patients, there were no objective responses. Thirteen patients had a stable disease, of which nine "
        "for more than 6 months, and seven had a progressive disease after 4 cycles.",
        [
            G(24, "*", None, None, True),
            G(13, "count", SD, None),
            G(9, "count", "stable disease for more than 6 months|SD >6 months", None),
            G(6, "*", None, None),
            G(7, "count", PD, None),
            G(4, "*", None, None),
        ],
    ),
    # https://zendy.io/title/10.1002/cncr.11273 ("Among 18 evaluable patients, 2 with upper gastrointestinal tract
    # tumors achieved partial responses and 4 had stable disease.")
    (
        ONE_ARM,
        "Among 21 evaluable patients, 3 with pancreatic tumors achieved partial responses and 6 had stable disease.",
        [G(21, "*", "*", None, True), G(3, "count", PR, "*"), G(6, "count", SD, None)],
    ),
    # https://heart.bmj.com/lookup/ijlink/YTozOntzOjQ6InBhdGgiO3M6MTQ6Ii9sb29rdXAvaWpsaW5rIjtzOjU6InF1ZXJ5IjthOjQ6e3M6ODoibGlua1R5cGUiO3M6NDoiQUJTVCI7czoxMToiam91cm5hbENvZGUiO3M6ODoiaGVhcnRqbmwiO3M6NToicmVzaWQiO3M6ODoiOTUvNC8zMTgiO3M6NDoiYXRvbSI7czoyNToiL2hlYXJ0am5sLzEwNi8xMy85NzAuYXRvbSI7fXM6ODoiZnJhZ21lbnQiO3M6MDoiIjt9
    # (Kulik, valve replacement: "women had a significantly lower rate of
    # reoperation compared to men (comorbidity-adjusted hazard ratio (HR) 0.4; 95% confidence intervals (CI) 0.2 to
    # 0.9)")
    (
        "Patients were randomly assigned to ravoxaban or warfarin after bioprosthetic valve replacement.",
        "Patients on ravoxaban had a significantly lower rate of reoperation than those on warfarin (adjusted hazard "
        "ratio 0.45; 95% CI 0.25 to 0.85).",
        [
            G(0.45, "hr", "reoperation", "*"),
            G(0.25, "ci_low", "reoperation", "*"),
            G(0.85, "ci_high", "reoperation", "*"),
        ],
    ),
    # same page ("women had significantly better long-term survival compared to men after bioprosthetic AVR (HR 0.5;
    # CI 0.3 to 0.6)"; "women were more at risk for late stroke compared to men (HR 1.7; CI 1.1 to 2.7)")
    (
        "Patients were randomly assigned to ravoxaban or warfarin after bioprosthetic valve replacement.",
        "Patients on ravoxaban had significantly better long-term survival than those on warfarin (HR 0.62; CI 0.41 "
        "to 0.88). Patients on ravoxaban were more at risk for late stroke (HR 1.9; CI 1.2 to 3.1).",
        [
            G(0.62, "hr", "survival|long-term survival", "*"),
            G(0.41, "ci_low", "survival|long-term survival", "*"),
            G(0.88, "ci_high", "survival|long-term survival", "*"),
            G(1.9, "hr", "stroke|late stroke", "*"),
            G(1.2, "ci_low", "stroke|late stroke", "*"),
            G(3.1, "ci_high", "stroke|late stroke", "*"),
        ],
    ),
    # https://www.centrallakesclinic.biz/lymphoblastic-leukemia/noncardiac-toxicity.html ("DXN group patients had
    # grade 3 or worse thrombocytopenia, after cycle 1 (11/23 versus 3/18; p < 0.05)")
    (
        "Patients were randomly assigned to dexrazoxane or to no cardioprotection (control).",
        "Dexrazoxane group patients had more grade 3 or worse thrombocytopenia after cycle 1 (12/25 versus 4/20; "
        "p < 0.05).",
        [
            G(1, "*", None, None),
            G(12, "count", "thrombocytopenia", "dexrazoxane"),
            G(25, "denominator", None, None),
            G(4, "count", "thrombocytopenia", "control"),
            G(20, "denominator", None, None),
            G(0.05, "p", "thrombocytopenia", "*", True),
        ],
    ),
    # https://matteo.authorea.com/users/726065/articles/708820/download_zip ("The incidence of adverse events had no
    # statistically difference (P = 0.62) between the test (20 of 34 subjects) and placebo groups (5 of 10 subjects)")
    (
        "Subjects were randomly assigned to hemoxyrin or placebo.",
        "The incidence of adverse events had no statistically significant difference (P = 0.58) between the "
        "hemoxyrin group (18 of 30 subjects) and the placebo group (4 of 9 subjects).",
        [
            G(0.58, "p", "adverse events|AE", "*"),
            G(18, "count", "adverse events|AE", "hemoxyrin"),
            G(30, "denominator", None, None),
            G(4, "count", "adverse events|AE", "placebo"),
            G(9, "denominator", None, None),
        ],
    ),
    # a count of something else than the endpoint: "had received a median of 3 prior lines"
    # https://discovery.researcher.life/article/phase-i-doseescalating-study-of-biweekly-pemetrexed-mta-with-fixed-dose-rate-gemcitabine-gem-in-patients-with-advanced-cancer/a8a803d421fe320fb8107e18e7508548
    # ("27 patients
    # were enrolled with median age 59 (range 41–82)")
    (
        ONE_ARM,
        "Thirty-two patients were enrolled; patients had received a median of 3 prior lines of therapy, and 12 "
        "patients (38%) had a dose reduction.",
        [
            G(32, "*", "*", None, True),
            G(3, "*", "*", None, True),
            G(12, "count", "dose reduction", None),
            G(38, "percent|rate", "dose reduction", None),
        ],
    ),
    # ---- "X occurred in N" / "N developed X" ----------------------------------------------------------------------
    # https://read.qxmd.com/read/16899982/frequency-of-febrile-neutropenia-in-breast-cancer-patients-receiving-epirubicin-and-docetaxel-paclitaxel-with-colony-stimulating-growth-factors-a-comparison-of-filgrastim-or-lenograstim-with-pegfilgrastim
    # ("Eight patients (9.1%) with prophylactic filgrastim or lenograstim
    # support developed febrile neutropenia, as well as 1 patient (3.3%) in the pegfilgrastim group (p = 0.445).
    # Febrile neutropenia occurred in 13 (2.7%) of 476 ... cycles and in 2 (1.2%) of 172 cycles with pegfilgrastim
    # support (p = 0.376).")
    (
        GCSF,
        "Seven patients (8.4%) with filmarastim support developed febrile neutropenia, as well as 1 patient (2.9%) in "
        "the pegmarastim group (p = 0.41).",
        [
            G(7, "count", FN, "filmarastim"),
            G(8.4, "percent|rate", FN, "filmarastim"),
            G(1, "count", FN, "pegmarastim"),
            G(2.9, "percent|rate", FN, "pegmarastim"),
            G(0.41, "p", FN, "*"),
        ],
    ),
    (
        GCSF,
        "Febrile neutropenia occurred in 14 (2.9%) of 482 filmarastim-supported cycles and in 3 (1.6%) of 186 "
        "cycles with pegmarastim support (p = 0.35).",
        [
            G(14, "count|events", FN, "filmarastim"),
            G(2.9, "percent|rate", FN, "filmarastim"),
            G(482, "denominator", None, None),
            G(3, "count|events", FN, "pegmarastim"),
            G(1.6, "percent|rate", FN, "pegmarastim"),
            G(186, "denominator", None, None),
            G(0.35, "p", FN, "*"),
        ],
    ),
    # https://acemap.info/paper/357949754 ("At least one episode of FN was seen in 27 (32%) patients of the
    # experimental arm compared with 4 (5%) patients in the standard arm")
    (
        "Patients were randomly assigned to G-CSF during the first two cycles only (experimental arm) or throughout "
        "all cycles (standard arm).",
        "At least one episode of FN was seen in 29 (34%) patients of the experimental arm compared with 5 (6%) "
        "patients in the standard arm (P < .001).",
        [
            G(29, "count", FN, "experimental"),
            G(34, "percent|rate", FN, "experimental"),
            G(5, "count", FN, "standard"),
            G(6, "percent|rate", FN, "standard"),
            G(0.001, "p", FN, "*"),
        ],
    ),
    # https://discovery.researcher.life/article/p5-18-09-the-incidence-of-febrile-neutropenia-in-the-first-course-of-adjuvant-chemotherapy-with-docetaxel-cyclophosphamide-with-or-without-pegfilgrastim/445aab30b31b37e0b15752df4d980adf
    # ("FN and fever +
    # neutropenia occurred in a total of 6 (2.8%) patients who received pegfilgrastim and 36 (9.5%) patients who did
    # not")
    (
        GCSF,
        "Febrile neutropenia occurred in 5 (2.4%) patients who received pegmarastim and 31 (8.8%) patients who "
        "received filmarastim.",
        [
            G(5, "count", FN, "pegmarastim"),
            G(2.4, "percent|rate", FN, "pegmarastim"),
            G(31, "count", FN, "filmarastim"),
            G(8.8, "percent|rate", FN, "filmarastim"),
        ],
    ),
    # https://www.manualshelf.com/manual/boston-scientific/crmn11906/user-manual-part-4-english/page-7.html
    # ("deaths from any cause were reported in 77 patients randomized to OPT and 105 patients randomized to CRT-D
    # (p = 0.003 ...)")
    (
        CARDIO,
        "Deaths from any cause were reported in 81 patients randomized to optimal therapy alone and 112 patients "
        "randomized to the device (p = 0.004).",
        [
            G(81, "count|events", "death from any cause|all-cause mortality|deaths", "optimal therapy"),
            G(112, "count|events", "death from any cause|all-cause mortality|deaths", "device"),
            G(0.004, "p", "death from any cause|all-cause mortality|deaths", "*"),
        ],
    ),
    # https://proxy.weglot.com/wg_8714b7f1589aa0f6c92979708057c4a57/en/es/pubmed.ncbi.nlm.nih.gov/15875929
    # ("Of these, 62 (12%) relapsed during the 18-month
    # period; 48 (77%) of the 62 relapses occurred during the first 6 months of follow-up.")
    (
        ONE_ARM,
        "Of the 498 patients followed up, 57 (11%) relapsed during the 18-month period; 41 (72%) of the 57 relapses "
        "occurred during the first 6 months of follow-up.",
        [
            G(498, "*", None, None, True),
            G(57, "count", "relapse", None),
            G(11, "percent|rate", "relapse", None),
            G(18, "*", None, None),
            G(41, "count", "relapse in the first 6 months|early relapse", None),
            G(72, "percent|rate", "relapse in the first 6 months|early relapse", None),
            G(6, "*", None, None),
        ],
    ),
    # https://www.ncbi.nlm.nih.gov/pubmed/15374844 ("Out of 12,183 patients with pulmonary tuberculosis who completed
    # treatment within 1 year, 113 relapsed within 30 months after commencement of therapy. The overall 30-month
    # relapse rate was 0.9% (95% confidence interval [CI] 0.8-1.1%).")
    (
        TB,
        "Out of 10,412 patients who completed treatment, 97 relapsed within 30 months. The overall 30-month relapse "
        "rate was 0.9% (95% CI 0.7-1.1%).",
        [
            G(10412, "*", None, None, True),
            G(97, "count", "relapse", None),
            G(30, "*", None, None),
            G(0.9, "percent|rate", "relapse|30-month relapse rate", None),
            G(0.7, "ci_low", "relapse|30-month relapse rate", None),
            G(1.1, "ci_high", "relapse|30-month relapse rate", None),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/73816015 ("During the follow-up of 980.2 person years in
    # 260 patients treated with FDT, 20 relapses (2.04/100 patient years) were observed.")
    (
        TB,
        "During follow-up of 1,012 person-years in 271 patients on the 4-month regimen, 22 relapses (2.17 per 100 "
        "patient-years) were observed.",
        [
            G(1012, "*", None, None, True),
            G(271, "*", None, None, True),
            G(22, "count|events", "relapse|relapses", "4-month"),
            G(2.17, "rate|value", "relapse|relapses", "4-month"),
        ],
    ),
    # ---- ratios whose outcome is the subject, or named after them --------------------------------------------------
    # https://www.manualshelf.com/manual/boston-scientific/crmn11906/user-manual-part-4-english/page-8.html ("an annual
    # mortality rate of 19% in the OPT arm and 12% in the CRT-D arm, with a hazard ratio of 0.64, 95% CI (0.48,
    # 0.86)")
    (
        CARDIO,
        "These numbers correspond to an annual mortality rate of 18% in the optimal therapy arm and 11% in the device "
        "arm, with a hazard ratio of 0.61, 95% CI (0.46, 0.83).",
        [
            G(18, "percent|rate", "mortality|annual mortality rate", "optimal therapy"),
            G(11, "percent|rate", "mortality|annual mortality rate", "device"),
            G(0.61, "hr", "mortality|annual mortality rate", "*"),
            G(0.46, "ci_low", "mortality|annual mortality rate", "*"),
            G(0.83, "ci_high", "mortality|annual mortality rate", "*"),
        ],
    ),
    # same manual, page 7 (a figure's "HR = 0.80. 95% CI (0.68, 0.95) ... Primary Endpoint: All-cause mortality or
    # first hospitalization"): the outcome named after the ratio
    (
        CARDIO,
        "The hazard ratio was 0.78 (95% CI, 0.66 to 0.93) for the primary end point of death or first hospitalization.",
        [
            G(0.78, "hr", "death or first hospitalization|primary end point", "*"),
            G(0.66, "ci_low", "death or first hospitalization|primary end point", "*"),
            G(0.93, "ci_high", "death or first hospitalization|primary end point", "*"),
        ],
    ),
    # https://delfini.org/blog/?tag=hazard-ratio ("relative risk reduction for death (19%) along with the hazard ratio
    # (hazard ratio = 0.76, 95% confidence interval [CI] 0.56 to 0.94, P = 0.04)")
    (
        "Women with advanced breast cancer were randomly assigned to drug A or placebo.",
        "The investigators presented a relative risk reduction for death (21%) along with the hazard ratio (hazard "
        "ratio = 0.79, 95% CI 0.63 to 0.97, P = 0.03).",
        [
            G(21, "percent|value", "death|relative risk reduction", "*"),
            G(0.79, "hr", "death", "*"),
            G(0.63, "ci_low", "death", "*"),
            G(0.97, "ci_high", "death", "*"),
            G(0.03, "p", "death", "*"),
        ],
    ),
    # same page ("the overall mortality was 59% in the drug A group compared with 68% in the placebo group which
    # represents an absolute risk reduction (ARR) of 9%, P=0.04"; "the three-year survival probability was 29% in the
    # drug A group versus 21.0% in the placebo group")
    (
        "Women with advanced breast cancer were randomly assigned to drug A or placebo.",
        "After 3 years, the overall mortality was 57% in the drug A group compared with 66% in the placebo group, "
        "P=0.03. The three-year survival probability was 31% in the drug A group versus 22.0% in the placebo group.",
        [
            G(3, "*", None, None),
            G(57, "percent|rate", "mortality|overall mortality", "drug A"),
            G(66, "percent|rate", "mortality|overall mortality", "placebo"),
            G(0.03, "p", "mortality|overall mortality", "*"),
            G(31, "percent|rate", "survival|three-year survival", "drug A"),
            G(22.0, "percent|rate", "survival|three-year survival", "placebo"),
        ],
    ),
    # https://staging.scite.ai/reports/high-rate-of-febrile-neutropenia-3p3PRJ ("than in those who did not [15/235
    # (6.4%) vs. 137/436 (31.4%); p < 0.001; risk ratio: 0.20]")
    (
        GCSF,
        "Febrile neutropenia was less frequent with pegmarastim than with filmarastim [17/241 (7.1%) vs. 129/428 "
        "(30.1%); p < 0.001; risk ratio: 0.23].",
        [
            G(17, "count", FN, "pegmarastim"),
            G(241, "denominator", None, None),
            G(7.1, "percent|rate", FN, "pegmarastim"),
            G(129, "count", FN, "filmarastim"),
            G(428, "denominator", None, None),
            G(30.1, "percent|rate", FN, "filmarastim"),
            G(0.001, "p", FN, "*"),
            G(0.23, "rr", FN, "*"),
        ],
    ),
    # https://www.ncbi.nlm.nih.gov/pubmed/15374844 ("thrice-weekly treatment increased the risk of relapse in
    # comparison with daily treatment (odds ratio 3.92, 95% CI 1.78-8.63)")
    (
        TB,
        "The 4-month regimen increased the risk of relapse in comparison with the 6-month regimen (odds ratio 3.41, "
        "95% CI 1.62-7.18).",
        [
            G(4, "*", None, None),
            G(6, "*", None, None),
            G(3.41, "or", "relapse", "*"),
            G(1.62, "ci_low", "relapse", "*"),
            G(7.18, "ci_high", "relapse", "*"),
        ],
    ),
    # https://proxy.weglot.com/wg_8714b7f1589aa0f6c92979708057c4a57/en/es/pubmed.ncbi.nlm.nih.gov/15875929
    # ("Patients who took treatment irregularly were twice more likely to have
    # a relapse than adherent patients (20% vs. 9%; adjusted odds ratio [aOR] 2.5; 95% CI 1.4-4.6)")
    (
        TB,
        "Patients on the 4-month regimen were more likely to have a relapse than those on the 6-month regimen (19% "
        "vs. 8%; adjusted odds ratio 2.6; 95% CI 1.3-4.9).",
        [
            G(4, "*", None, None),
            G(6, "*", None, None),
            G(19, "percent|rate", "relapse", "4-month"),
            G(8, "percent|rate", "relapse", "6-month"),
            G(2.6, "or", "relapse", "*"),
            G(1.3, "ci_low", "relapse", "*"),
            G(4.9, "ci_high", "relapse", "*"),
        ],
    ),
    # ---- P values, in the sentence or after it --------------------------------------------------------------------
    # https://discovery.researcher.life/article/impact-of-primary-pegfilgrastim-prophylaxis-on-relative-dose-intensity-in-neoadjuvant-adjuvant-fec-100-chemotherapy/2add4b6abcbc372bb3c96b4d6a7b2d9e
    # ("The PEG group showed
    # significantly higher mean ARDI (95.6% versus 90.7%, p<0.001) and patient percentage of ARDI≥85% (93.0% versus
    # 79.9%, p=0.001).")
    (
        GCSF,
        "The pegmarastim group showed a significantly higher mean relative dose intensity (94.8% versus 89.9%, "
        "p<0.001). Neutropenia and febrile neutropenia, the main reasons for reduced dose intensity, were "
        "significantly less frequent in the pegmarastim group (p=0.02).",
        [
            G(94.8, "percent|mean|value", "relative dose intensity", "pegmarastim"),
            G(89.9, "percent|mean|value", "relative dose intensity", "filmarastim"),
            G(0.001, "p", "relative dose intensity", "*"),
            G(0.02, "p", "neutropenia and febrile neutropenia", "*"),
        ],
    ),
    # https://mdedge9-ma1.mdedge.com/internalmedicine/article/24605/oncology/percutaneous-hepatic-perfusion-boosts-melanoma-response/page/0/1
    # ("The incidence of patient responses was 34%
    # in the PHP patients and 2% in the controls. The combined rate of partial response or stable disease reached
    # 86% in the PHP-treated patients and 28% in the control patients.")
    (
        "Patients were randomly assigned to hepatic perfusion or best alternative care (controls).",
        "No patient in either arm had a complete response. The incidence of responses was 31% in the perfusion "
        "patients and 3% in the controls (P < .001). The combined rate of partial response or stable disease reached "
        "82% in the perfusion patients and 26% in the control patients.",
        [
            G(31, "percent|rate", "response|ORR|objective response", "perfusion"),
            G(3, "percent|rate", "response|ORR|objective response", "control"),
            G(0.001, "p", "response|ORR|objective response", "*"),
            G(82, "percent|rate", "partial response or stable disease", "perfusion"),
            G(26, "percent|rate", "partial response or stable disease", "control"),
        ],
    ),
    # http://ijl.ilsl.br/detalhe_artigo.php?id=MzU4 ("There was a statistically significant difference in the relapse
    # rates of WHO/MDT-MB (0.61/1000 PY) and WHO/MDT-PB (1.04/1000 PY) (χ2 = 15.7, p <0.01) patients.")
    (
        TB,
        "The overall relapse rate was 0.69 per 1000 patient-years. There was a statistically significant difference "
        "in the relapse rates of the 4-month regimen (1.12 per 1000 patient-years) and the 6-month regimen (0.58 per "
        "1000 patient-years) (p < 0.01).",
        [
            G(0.69, "rate|value", "relapse|relapse rate", None),
            G(1000, "*", None, None),
            G(4, "*", None, None),
            G(6, "*", None, None),
            G(1.12, "rate|value", "relapse|relapse rate", "4-month"),
            G(0.58, "rate|value", "relapse|relapse rate", "6-month"),
            G(0.01, "p", "relapse|relapse rate", "*"),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/73816015 ("the relapse rates in patients with BI greater
    # than or equal to 4 was significantly higher (P < 0.01) in the FDT group as compared to those receiving treatment
    # till the point of smear negativity (4.29 versus 1.27/100 patient years)")
    (
        "Patients were randomly assigned to fixed-duration therapy or therapy until smear negativity.",
        "The relapse rate was significantly higher (P < 0.01) in the fixed-duration group than in the smear-negativity "
        "group (4.61 versus 1.35 per 100 patient-years).",
        [
            G(0.01, "p", "relapse|relapse rate", "*"),
            G(4.61, "rate|value", "relapse|relapse rate", "fixed-duration"),
            G(1.35, "rate|value", "relapse|relapse rate", "smear-negativity"),
            G(100, "*", None, None),
        ],
    ),
    # a P value the sentence after gives to the comparison before: "The difference was significant (P = .03)."
    # https://acemap.info/paper/357949754 (the BOOG abstract's FN comparison, then its P)
    (
        GCSF,
        "Grade 4 neutropenia occurred in 44% of patients in the pegmarastim group and 61% in the filmarastim group. "
        "The difference was significant (P = .03).",
        [
            G(4, "*", None, None),
            G(44, "percent|rate", "grade 4 neutropenia|neutropenia", "pegmarastim"),
            G(61, "percent|rate", "grade 4 neutropenia|neutropenia", "filmarastim"),
            G(0.03, "p", "grade 4 neutropenia|neutropenia", "*"),
        ],
    ),
    # https://matteo.authorea.com/users/726065/articles/708820/download_zip
    # (its "no statistically difference (P = 0.62)" after two endpoints): a P after a
    # sentence of two endpoints settles neither
    (
        GCSF,
        "Febrile neutropenia occurred in 6% of patients with pegmarastim and 9% with filmarastim, and infections "
        "occurred in 11% and 14%, respectively. Neither difference was significant (P = .21).",
        [
            G(6, "percent|rate", FN, "pegmarastim"),
            G(9, "percent|rate", FN, "filmarastim"),
            G(11, "percent|rate", "infections|infection", "pegmarastim"),
            G(14, "percent|rate", "infections|infection", "filmarastim"),
            G(0.21, "p", "*", "*", True),
        ],
    ),
    # ---- copula subjects ------------------------------------------------------------------------------------------
    # https://www.soulun.net/periodical/e8466b2a407acebdc5df19d02b57fc70.html ("Adverse events were mostly mild
    # (51%), a few moderate (11%), and individual severe (1%).")
    (
        ONE_ARM,
        "Adverse events were mostly mild (55%), a few moderate (13%), and rarely severe (2%).",
        [
            G(55, "percent|rate", "mild adverse events|mild", None),
            G(13, "percent|rate", "moderate adverse events|moderate", None),
            G(2, "percent|rate", "severe adverse events|severe", None),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/83318725 ("Twenty-one patients were enrolled. The median
    # age was 55.5 years (range 37-81 years).")
    (
        ONE_ARM,
        "Twenty-six patients were enrolled. The median age was 58.5 years (range 39-80 years). The patients were "
        "predominantly male (65%).",
        [
            G(26, "*", "*", None, True),
            G(58.5, "*", "*", None, True),
            G(39, "*", "*", None, True),
            G(80, "*", "*", None, True),
            G(65, "*", "*", None, True),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("The CBR among measurable patients was
    # 69% (95% CI, 51%–83%), and the ORR was 23% (95% CI, 10%–40%).")
    (
        ONE_ARM,
        "The CBR among measurable patients was 71% (95% CI, 54%–84%), and the ORR was 26% (95% CI, 13%–43%).",
        [
            G(71, "percent|rate", "CBR|clinical benefit rate", "*"),
            G(54, "ci_low", "CBR|clinical benefit rate", "*"),
            G(84, "ci_high", "CBR|clinical benefit rate", "*"),
            G(26, "percent|rate", "ORR|objective response rate", "*"),
            G(13, "ci_low", "ORR|objective response rate", "*"),
            G(43, "ci_high", "ORR|objective response rate", "*"),
        ],
    ),
    # same page ("The rate of OS at 3 years was 51% (95% CI, 32%–67%).")
    (
        ONE_ARM,
        "The rate of OS at 3 years was 48% (95% CI, 30%–64%).",
        [
            G(3, "*", None, None),
            G(48, "percent|rate", "OS|overall survival", None),
            G(30, "ci_low", "OS|overall survival", None),
            G(64, "ci_high", "OS|overall survival", None),
        ],
    ),
    # ---- terms before a bracket, counts in a list -----------------------------------------------------------------
    # https://discovery.researcher.life/article/phase-i-doseescalating-study-of-biweekly-pemetrexed-mta-with-fixed-dose-rate-gemcitabine-gem-in-patients-with-advanced-cancer/a8a803d421fe320fb8107e18e7508548
    # ("Toxicities
    # per patient during all cycles include grade 3–4 neutropenia (8/27 patients), grade 3 anemia (3), brief febrile
    # neutropenia (6) ... In 19 patients evaluable for response, there were 11 stable disease and 8 progression of
    # disease.")
    (
        ONE_ARM,
        "Toxicities per patient during all cycles included grade 3-4 neutropenia (9/29 patients), grade 3 anemia (4) "
        "and brief febrile neutropenia (5). In 21 patients evaluable for response, there were 12 stable disease and "
        "9 progression of disease.",
        [
            G(9, "count", "neutropenia", None),
            G(29, "denominator", None, None),
            G(4, "count", "anemia", None),
            G(5, "count", "febrile neutropenia", None),
            G(21, "*", None, None, True),
            G(12, "count", SD, None),
            G(9, "count", PD, None),
        ],
    ),
    # https://zendy.io/title/10.1002/cncr.11273 ("Grade 3 or 4 neutropenia and thrombocytopenia complicated 75% and
    # 31% of all cycles, respectively.")
    (
        ONE_ARM,
        "Grade 3 or 4 neutropenia and thrombocytopenia complicated 68% and 27% of all cycles, respectively.",
        [
            G(68, "percent|rate", "neutropenia", None),
            G(27, "percent|rate", "thrombocytopenia", None),
        ],
    ),
    # https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/83318725 ("Two partial responses were observed among the
    # 18 patients evaluable for response and toxicity (response rate 11%, 95% CI: 2-33%). The median time to
    # progression was 10.5 weeks and median survival 23 weeks.")
    (
        ONE_ARM,
        "Three partial responses were observed among the 22 patients evaluable for response (response rate 14%, 95% "
        "CI: 3-35%). The median time to progression was 11.5 weeks and median survival 26 weeks.",
        [
            G(3, "count", PR, None),
            G(22, "*", None, None, True),
            G(14, "percent|rate", "response rate|ORR", None),
            G(11.5, "median", "time to progression|TTP", None),
            G(26, "median", "survival|OS", None),
        ],
    ),
    # https://yvm2020.authorea.com/users/365122/articles/485356/download_zip ("Two of the 4 patients developed grade 4
    # neutropenia." "One of 7 evaluable patients experienced a DLT")
    (
        "Patients received palvorcib at 50, 75 or 95 mg/m2 in a rolling-6 design.",
        "At dosage level 3 (95 mg/m2), two of the 4 evaluable patients developed grade 4 neutropenia. At 75 mg/m2, "
        "one of 8 evaluable patients experienced a DLT.",
        [
            G(3, "*", None, None),
            G(95, "*", None, None),
            G(2, "count", "grade 4 neutropenia|neutropenia", "95 mg/m2"),
            G(4, "denominator", None, None),
            G(75, "*", None, None),
            G(1, "count", "DLT|dose-limiting toxicity", "75 mg/m2"),
            G(8, "denominator", None, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8100565/table/jats-table-wrap-4 ("During the first stage, 17 of the
    # first 24 patients (71%; 95% CI, 49%–87%) experienced a clinical benefit")
    (
        ONE_ARM,
        "During the first stage, 15 of the first 22 patients (68%; 95% CI, 45%–86%) experienced a clinical benefit.",
        [
            G(15, "count", "clinical benefit|CBR", None),
            G(22, "denominator", None, None),
            G(68, "percent|rate", "clinical benefit|CBR", None),
            G(45, "ci_low", "clinical benefit|CBR", None),
            G(86, "ci_high", "clinical benefit|CBR", None),
        ],
    ),
    # ---- "the incidence of X" far from its number -----------------------------------------------------------------
    # https://www.centrallakesclinic.biz/lymphoblastic-leukemia/noncardiac-toxicity.html ("No differences were seen
    # between the two groups of patients, in the incidence of dose modifications for hepatic toxicity")
    (
        "Patients were randomly assigned to dexrazoxane or to no cardioprotection (control).",
        "The incidence of grade 3 or higher mucositis, which was assessed weekly during the first four cycles, was "
        "14% in the dexrazoxane group and 12% in the control group.",
        [
            G(3, "*", None, None),
            G(14, "percent|rate", "mucositis", "dexrazoxane"),
            G(12, "percent|rate", "mucositis", "control"),
        ],
    ),
    # https://staging.scite.ai/reports/high-rate-of-febrile-neutropenia-3p3PRJ (a rate "in those who did not"): the
    # incidence named, then a second event in the same sentence
    (
        GCSF,
        "The incidence of febrile neutropenia was 6.2% with pegmarastim and 14.8% with filmarastim, whereas "
        "hospitalization for infection was required in 3.1% and 7.4%, respectively.",
        [
            G(6.2, "percent|rate", FN, "pegmarastim"),
            G(14.8, "percent|rate", FN, "filmarastim"),
            G(3.1, "percent|rate", "hospitalization for infection|hospitalization", "pegmarastim"),
            G(7.4, "percent|rate", "hospitalization for infection|hospitalization", "filmarastim"),
        ],
    ),
]
