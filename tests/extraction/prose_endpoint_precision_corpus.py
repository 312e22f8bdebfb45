"""Which phrase of a results sentence is a number's endpoint: fresh result and abstract paragraphs in the sentence
forms of public pages found with the ``search`` tool (corpus ``pages``: NEJM, Lancet, Lancet Oncology, JNCI, JCO,
JAMA, BMJ journals, Circulation-family and Canadian cardiology journals, European Journal of Clinical Pharmacology,
J Clin Pharmacol, Clin Pharmacokinet, Biopharm Drug Dispos, Diabetes Obes Metab, Oncologist-type phase 2 reports;
cardiology, diabetes and obesity, oncology phase 2/3, pharmacokinetics, general medicine). Drugs, numbers and
non-essential wording are invented; the syntax is kept. Entries whose comment names an address follow that page's
sentences; entries marked "template" follow the standing abstract template of the journal named (no one page).

Gold was written before any paragraph was read back (first contact in
tests/extraction/test_prose_endpoint_precision.py). Entry format: tests/extraction/prose_sampled_forms_corpus.py
(``(context, paragraph, gold)``; ``G(value, statistic, endpoint, group, optional)``), scored by
tests/extraction/prose_endpoint_precision_score.py."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

PFS = "progression-free survival|PFS"
OS = "overall survival|OS"
PCT = "percent|rate"

CORPUS: list[Entry] = [
    # https://read.qxmd.com/read/12529345 (JNCI; "Women who received adjuvant chemotherapy had better overall survival
    # than women who did not (HR ...). These results translate into 5-year survival figures of 70% for women who did
    # not ... and 79% for women who did ..., a difference of 9% (95% CI ...)")
    (
        "Women were randomly assigned to adjuvant carbavin immediately after surgery or to observation.",
        "Women who received adjuvant carbavin had better overall survival than women who did not (hazard ratio [HR] "
        "of 0.71, 95% confidence interval [CI] = 0.52 to 0.96; P = .02). These results translate into 5-year survival "
        "figures of 68% for women who did not receive adjuvant carbavin and 77% for women who did receive adjuvant "
        "carbavin, a difference of 9% (95% CI = 2% to 16%). Adjuvant carbavin also improved recurrence-free survival "
        "(HR = 0.62; 95% CI = 0.44 to 0.88; P = .008).",
        [
            G(0.71, "hr", OS, None),
            G(0.52, "ci_low", OS, None),
            G(0.96, "ci_high", OS, None),
            G(0.02, "p", OS, None),
            G(68, PCT, "5-year survival|5-year OS", "*"),
            G(77, PCT, "5-year survival|5-year OS", "*"),
            G(9, "*", "5-year survival|difference", None),
            G(2, "ci_low", "5-year survival|difference", None),
            G(16, "ci_high", "5-year survival|difference", None),
            G(0.62, "hr", "recurrence-free survival|RFS", None),
            G(0.44, "ci_low", "recurrence-free survival|RFS", None),
            G(0.88, "ci_high", "recurrence-free survival|RFS", None),
            G(0.008, "p", "recurrence-free survival|RFS", None),
        ],
    ),
    # https://latam-cl.demo.elsevierpure.com/fr/publications/a-randomized-trial-comparing-12-weeks-versus-36-weeks-of
    # -adjuvant (JCO; "Of the 222 women randomized to the 12-week treatment, 113 (50.9%) have experienced either
    # recurrence or death as compared with 90 patients (41.9%) in the 36-week treatment group. The corresponding 3-year
    # relapse-free survivals are 55% and 64%, respectively, P = .003. Fifty-nine (26.6%) of the patients ...")
    (
        "Women were allocated to a 12-week regimen of tolvicin or to a 36-week regimen of tolvicin.",
        "The median follow-up is 41 months. Of the 218 women randomized to the 12-week treatment, 109 (50.0%) have "
        "experienced either recurrence or death as compared with 88 patients (40.7%) in the 36-week treatment group. "
        "The corresponding 3-year relapse-free survivals are 57% and 66%, respectively, P = .004. Sixty-one (28.0%) "
        "of the patients in the 12-week group have died compared with 47 (21.8%) of the 36-week group. The "
        "corresponding 3-year survival rates are 76% and 84%, respectively, P = .03.",
        [
            G(41, "median", "follow-up", None, True),
            G(218, "*", "*", "*", True),
            G(109, "count", "recurrence or death", "12-week"),
            G(50.0, PCT, "recurrence or death", "12-week"),
            G(88, "count", "recurrence or death", "36-week"),
            G(40.7, PCT, "recurrence or death", "36-week"),
            G(57, PCT, "3-year relapse-free survival", "12-week"),
            G(66, PCT, "3-year relapse-free survival", "36-week"),
            G(0.004, "p", "3-year relapse-free survival", None),
            G(61, "count", "death|died", "12-week"),
            G(28.0, PCT, "death|died", "12-week"),
            G(47, "count", "death|died", "36-week"),
            G(21.8, PCT, "death|died", "36-week"),
            G(76, PCT, "3-year survival", "12-week"),
            G(84, PCT, "3-year survival", "36-week"),
            G(0.03, "p", "3-year survival", None),
        ],
    ),
    # http://nlp.case.edu/public/data/TargetedToxicity_JCOFullText/goldstandard/2013-07-23_06-59-59_tagged.html (JCO
    # phase II; "Grade 3 or 4 toxicities included neutropenia (25%), ... Three deaths (5%) occurred on therapy as a
    # result of pneumonitis (n = 1), stroke (n =1), and heart failure (n = 1).")
    (
        "Patients received dovoplatin and irinotecan on days 1 and 8 plus bevalimab on day 1 every 21 days.",
        "Sixty-eight patients were enrolled between May 2006 and June 2007; three patients withdrew, and five were "
        "ineligible. Grade 3 or 4 toxicities included neutropenia (27%), electrolyte disturbance (21%), diarrhea "
        "(14%), thrombocytopenia (11%), fatigue (9%), and hypertension (8%). Four deaths (7%) occurred on therapy as a "
        "result of pneumonitis (n = 2), stroke (n = 1), and sepsis (n = 1).",
        [
            G(68, "*", "*", None, True),
            G(3, "*", "*", None, True),
            G(5, "*", "*", None, True),
            G(27, PCT, "grade 3-4 neutropenia", None),
            G(21, PCT, "grade 3-4 electrolyte disturbance", None),
            G(14, PCT, "grade 3-4 diarrhea", None),
            G(11, PCT, "grade 3-4 thrombocytopenia", None),
            G(9, PCT, "grade 3-4 fatigue", None),
            G(8, PCT, "grade 3-4 hypertension", None),
            G(4, "count|events", "death|deaths on therapy", None),
            G(7, PCT, "death|deaths on therapy", None),
            G(2, "count", "pneumonitis|death pneumonitis", None),
            G(1, "count", "*", None, True),
            G(1, "count", "*", None, True),
        ],
    ),
    # https://www.scribd.com/document/331580861/lonn2016 (NEJM HOPE-3 abstract: "The first coprimary outcome was ...;
    # the second coprimary outcome additionally included ...") and the NEJM abstract template "occurred in N
    # participants (x%) in the A group and in M (y%) in the placebo group (hazard ratio ...); the second ... occurred in
    # ... and ..., respectively (hazard ratio ...)"
    (
        "Participants were randomly assigned to candorzide plus hydralazone or to placebo.",
        "The mean blood pressure at baseline was 137.6/82.3 mm Hg; the decrease in blood pressure was 5.8/2.9 mm Hg "
        "greater in the active-treatment group than in the placebo group. The first coprimary outcome occurred in 262 "
        "participants (4.2%) in the active-treatment group and in 281 (4.5%) in the placebo group (hazard ratio, "
        "0.94; 95% confidence interval [CI], 0.79 to 1.11; P = 0.44); the second coprimary outcome occurred in 318 "
        "(5.0%) and 331 (5.3%), respectively (hazard ratio, 0.96; 95% CI, 0.82 to 1.12; P = 0.58).",
        [
            G(137.6, "*", "*", None, True),
            G(82.3, "*", "*", None, True),
            G(5.8, "*", "blood pressure|decrease in blood pressure", "*", True),
            G(2.9, "*", "blood pressure|decrease in blood pressure", "*", True),
            G(262, "count", "first coprimary outcome", "active-treatment"),
            G(4.2, PCT, "first coprimary outcome", "active-treatment"),
            G(281, "count", "first coprimary outcome", "placebo"),
            G(4.5, PCT, "first coprimary outcome", "placebo"),
            G(0.94, "hr", "first coprimary outcome", None),
            G(0.79, "ci_low", "first coprimary outcome", None),
            G(1.11, "ci_high", "first coprimary outcome", None),
            G(0.44, "p", "first coprimary outcome", None),
            G(318, "count", "second coprimary outcome", "active-treatment"),
            G(5.0, PCT, "second coprimary outcome", "active-treatment"),
            G(331, "count", "second coprimary outcome", "placebo"),
            G(5.3, PCT, "second coprimary outcome", "placebo"),
            G(0.96, "hr", "second coprimary outcome", None),
            G(0.82, "ci_low", "second coprimary outcome", None),
            G(1.12, "ci_high", "second coprimary outcome", None),
            G(0.58, "p", "second coprimary outcome", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7116860/table/T2 (NEJM; "Death from cardiovascular causes included
    # confirmed death from cardiovascular causes (in 57 participants in the polypill group and in 80 in the placebo
    # group) and death from an unknown cause, which was categorized ... (in 17 and 31 participants, respectively).")
    (
        "Participants were randomly assigned to a combination pill or to placebo.",
        "Death from cardiovascular causes included confirmed death from cardiovascular causes (in 61 participants in "
        "the combination-pill group and in 77 in the placebo group) and death from an unknown cause, which was "
        "categorized according to the protocol as presumed death from cardiovascular causes (in 19 and 28 "
        "participants, respectively).",
        [
            G(61, "count", "confirmed death from cardiovascular causes", "combination-pill"),
            G(77, "count", "confirmed death from cardiovascular causes", "placebo"),
            G(19, "count", "presumed death from cardiovascular causes|death from an unknown cause", "combination-pill"),
            G(28, "count", "presumed death from cardiovascular causes|death from an unknown cause", "placebo"),
        ],
    ),
    # https://www.scribd.com/document/388397957/kehoe2015-pdf (Lancet CHORUS; Findings in the Lancet template "Median
    # overall survival was x months (95% CI) with A and y months with B (HR ...). Grade 3 or 4 postoperative adverse
    # events and deaths within 28 days after surgery were more common in the A group than in the B group (a [x%] of n vs
    # b [y%] of m, p=...; and c [..] vs d [..], p=...)")
    (
        "Women were randomly assigned to primary surgery or to primary chemotherapy with carboplatin.",
        "Between March 2004 and August 2010, we enrolled 540 women. Median overall survival was 21.9 months (95% CI "
        "19.0-25.1) with primary surgery and 23.8 months (21.2-27.0) with primary chemotherapy (HR 0.89, 95% CI "
        "0.75-1.06). Grade 3 or 4 postoperative adverse events and deaths within 28 days after surgery were more "
        "common in the primary-surgery group than in the primary-chemotherapy group (60 [24%] of 251 vs 30 [14%] of "
        "217, p=0.0007; and 15 [6%] vs 2 [1%], p=0.001).",
        [
            G(540, "*", "*", None, True),
            G(21.9, "median", OS, "primary surgery"),
            G(19.0, "ci_low", OS, "primary surgery"),
            G(25.1, "ci_high", OS, "primary surgery"),
            G(23.8, "median", OS, "primary chemotherapy"),
            G(21.2, "ci_low", OS, "primary chemotherapy"),
            G(27.0, "ci_high", OS, "primary chemotherapy"),
            G(0.89, "hr", OS, None),
            G(0.75, "ci_low", OS, None),
            G(1.06, "ci_high", OS, None),
            G(60, "count", "grade 3-4 postoperative adverse events", "primary surgery"),
            G(24, PCT, "grade 3-4 postoperative adverse events", "primary surgery"),
            G(251, "denominator", "*", "*"),
            G(30, "count", "grade 3-4 postoperative adverse events", "primary chemotherapy"),
            G(14, PCT, "grade 3-4 postoperative adverse events", "primary chemotherapy"),
            G(217, "denominator", "*", "*"),
            G(0.0007, "p", "grade 3-4 postoperative adverse events", None),
            G(15, "count", "deaths within 28 days after surgery", "primary surgery"),
            G(6, PCT, "deaths within 28 days after surgery", "primary surgery"),
            G(2, "count", "deaths within 28 days after surgery", "primary chemotherapy"),
            G(1, PCT, "deaths within 28 days after surgery", "primary chemotherapy"),
            G(0.001, "p", "deaths within 28 days after surgery", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC12105751 (CJC Open; "Catheter ablation was performed as a first-line
    # therapy in 192 patients (20.8%). Median times from AF diagnosis to catheter ablation were 1.5 and 3 years in the
    # first- and second-line groups, respectively. ... The primary endpoint of AF recurrence at 1 year did not differ
    # significantly between the groups (24.9% vs 30%, P = 0.205).")
    (
        "Patients underwent catheter ablation as a first-line therapy or as a second-line therapy after "
        "antiarrhythmic drugs.",
        "The 1046 participants had a mean age of 64 ± 5.1 years. Catheter ablation was performed as a first-line "
        "therapy in 233 patients (22.3%). Median times from AF diagnosis to catheter ablation were 1.2 and 3.5 years "
        "in the first- and second-line groups, respectively. The primary endpoint of AF recurrence at 1 year did not "
        "differ significantly between the groups (23.7% vs 29.1%, P = 0.18).",
        [
            G(1046, "*", "*", None, True),
            G(64, "*", "*", None, True),
            G(5.1, "*", "*", None, True),
            G(233, "*", "*", "*", True),
            G(22.3, "*", "*", "*", True),
            G(1.2, "median", "time from AF diagnosis to catheter ablation", "first-line"),
            G(3.5, "median", "time from AF diagnosis to catheter ablation", "second-line"),
            G(23.7, PCT, "AF recurrence at 1 year", "first-line"),
            G(29.1, PCT, "AF recurrence at 1 year", "second-line"),
            G(0.18, "p", "AF recurrence at 1 year", None),
        ],
    ),
    # https://journals.viamedica.pl/cardiology_journal/article/view/CJ.a2014.0100/34764 (Cardiol J; "Single and
    # multi-catheter approach was used in 79% and 21% of patients, respectively. The acute success rate with single and
    # multi-catheter approach was 79% and 99%, respectively. The overall 1-year success rate after a single CAB
    # procedure was 70%.")
    (
        "Patients with drug-refractory atrial fibrillation underwent a single cryoballoon ablation procedure.",
        "Single and multi-catheter approach was used in 74% and 26% of patients, respectively. The acute success rate "
        "with single and multi-catheter approach was 81% and 98%, respectively. The overall 1-year success rate after "
        "a single procedure was 68%.",
        [
            G(74, PCT, "single-catheter approach|single catheter approach", None),
            G(26, PCT, "multi-catheter approach", None),
            G(81, PCT, "acute success|acute success rate", "single-catheter|single catheter approach"),
            G(98, PCT, "acute success|acute success rate", "multi-catheter approach"),
            G(68, PCT, "1-year success|1-year success rate", None),
        ],
    ),
    # https://journals.viamedica.pl/cardiology_journal/article/view/CJ.a2013.0144/31763 (Cardiol J; "Sinus rhythm (SR)
    # was maintained in 84 (49.1%) patients; 35 (20.4%) patients presented with a single episode of AF, 39 (23%)
    # patients experienced a reduction in number of AF episodes, and 13 (7.5%) patients showed no improvement.")
    (
        "After ablation, patients were assigned to no antiarrhythmic drug, to amiodarone or sotalol, or to their last "
        "ineffective drug.",
        "After 2 months, clinical data were collected from 166 patients. Sinus rhythm was maintained in 80 (48.2%) "
        "patients; 37 (22.3%) patients presented with a single episode of AF, 36 (21.7%) patients experienced a "
        "reduction in number of AF episodes, and 13 (7.8%) patients showed no improvement.",
        [
            G(166, "*", "*", None, True),
            G(80, "count", "sinus rhythm|sinus rhythm maintained", None),
            G(48.2, PCT, "sinus rhythm|sinus rhythm maintained", None),
            G(37, "count", "single episode of AF", None),
            G(22.3, PCT, "single episode of AF", None),
            G(36, "count", "reduction in number of AF episodes", None),
            G(21.7, PCT, "reduction in number of AF episodes", None),
            G(13, "count", "no improvement", None),
            G(7.8, PCT, "no improvement", None),
        ],
    ),
    # https://authorea.com/users/737518/articles/712434/download_zip ("After the first ablation, 10 (22%) patients had
    # recurrences of AF within one year and 28 (62%) had an AF recurrence during the study period. Among the patients
    # with AF recurrences, 25 (89%) received a second procedure. ... 4 of 45 (9%) patients in the ablation group and 7
    # of 45 (16%) patients in the control group had hospitalizations due to heart failure (log-rank P=0.49). Death
    # occurred in one (2%) patient in the ablation group and six (13%) in the control group (log-rank P=0.01).")
    (
        "Patients with heart failure and atrial fibrillation were assigned to catheter ablation (ablation group) or "
        "to medical therapy (control group).",
        "After the first ablation, 9 (20%) patients had recurrences of AF within one year and 27 (60%) had an AF "
        "recurrence during the study period. Among the patients with AF recurrences, 24 (89%) received a second "
        "procedure. During the follow-up, 5 of 45 (11%) patients in the ablation group and 8 of 45 (18%) patients in "
        "the control group had hospitalizations due to heart failure (log-rank P=0.37). Death occurred in one (2%) "
        "patient in the ablation group and seven (16%) in the control group (log-rank P=0.02).",
        [
            G(9, "count", "recurrences of AF within one year|AF recurrence within one year", "ablation"),
            G(20, PCT, "recurrences of AF within one year|AF recurrence within one year", "ablation"),
            G(27, "count", "AF recurrence during the study period|AF recurrence", "ablation"),
            G(60, PCT, "AF recurrence during the study period|AF recurrence", "ablation"),
            G(24, "count", "second procedure", "ablation"),
            G(89, PCT, "second procedure", "ablation"),
            G(5, "count", "hospitalizations due to heart failure", "ablation"),
            G(45, "denominator", "*", "*"),
            G(11, PCT, "hospitalizations due to heart failure", "ablation"),
            G(8, "count", "hospitalizations due to heart failure", "control"),
            G(18, PCT, "hospitalizations due to heart failure", "control"),
            G(0.37, "p", "hospitalizations due to heart failure", None),
            G(1, "count", "death", "ablation"),
            G(2, PCT, "death", "ablation"),
            G(7, "count", "death", "control"),
            G(16, PCT, "death", "control"),
            G(0.02, "p", "death", None),
        ],
    ),
    # https://bvbvf1.bib-bvb.de/vufind/PrimoRecord/cdi_proquest_miscellaneous_1238110339 (Eur J Clin Pharmacol; "The
    # geometric mean ratio of AUC(0-inf) in the fed:fasted regimens was 0.94 (95% CI: 0.82, 1.06); t1/2 was
    # unaffected. ... Cmax was reduced by approximately 20% (point estimate 0.80; 95% CI 0.65 to 0.97) and tmax was
    # modestly delayed in the fed state.")
    (
        "A single 4 mg dose of velgitazone was given to 14 healthy men fasting and after a high-fat breakfast.",
        "Overall exposure to velgitazone was unaffected by food. The geometric mean ratio of AUC(0-inf) in the "
        "fed:fasted regimens was 0.96 (95% CI: 0.85, 1.08); t1/2 was unaffected. Cmax was reduced by approximately "
        "24% (point estimate 0.76; 95% CI 0.62 to 0.93) and tmax was modestly delayed in the fed state.",
        [
            G(0.96, "*", "AUC0-inf|AUC", "*"),
            G(0.85, "ci_low", "AUC0-inf|AUC", "*"),
            G(1.08, "ci_high", "AUC0-inf|AUC", "*"),
            G(24, "*", "Cmax", "*"),
            G(0.76, "*", "Cmax", "*"),
            G(0.62, "ci_low", "Cmax", "*"),
            G(0.93, "ci_high", "Cmax", "*"),
        ],
    ),
    # https://suppr.wilddata.cn/browses/detail/pubmed/8620672 (Clin Pharmacokinet; "The mean zileuton peak plasma
    # concentration (Cmax) increased significantly by 27% after food intake, while the mean area under the plasma
    # concentration versus time curve increased by only 1.4%, a difference that was not statistically significant.")
    (
        "Eighteen healthy men received a single 600 mg dose of tarleuton with or without a standardised breakfast.",
        "The mean tarleuton peak plasma concentration (Cmax) increased significantly by 31% after food intake, while "
        "the mean area under the plasma concentration versus time curve increased by only 2.2%, a difference that "
        "was not statistically significant.",
        [
            G(31, "*", "Cmax|peak plasma concentration", "*"),
            G(2.2, "*", "AUC|area under the plasma concentration versus time curve", "*"),
        ],
    ),
    # https://www.periodicos.capes.gov.br/index.php/acervo/buscador.html?id=W2068550713 (Biopharm Drug Dispos;
    # "characterized by a low systemic plasma clearance (131.8±36.2 mL min−1) and a small steady-state volume of
    # distribution (12.6±2.6 L). Oral bioavailability averaged 13.1% ... Cmax was approximately 25% lower, and a median
    # delay of 1.25 h in time to Cmax was observed when eprosartan was administered with food.")
    (
        "Twenty healthy men received a single 400 mg oral dose of veprosartan fasting and after a high-fat breakfast, "
        "and a single 25 mg intravenous dose.",
        "The pharmacokinetics of intravenous veprosartan (mean±S.D.) were characterized by a low systemic plasma "
        "clearance (128.4±33.9 mL min−1) and a small steady-state volume of distribution (11.8±2.9 L). Oral "
        "bioavailability averaged 14.2%. Cmax was approximately 22% lower, and a median delay of 1.5 h in time to "
        "Cmax was observed when veprosartan was given with food.",
        [
            G(128.4, "mean", "clearance|CL|systemic plasma clearance", "*"),
            G(33.9, "sd", "clearance|CL|systemic plasma clearance", "*"),
            G(11.8, "mean", "volume of distribution|Vss|steady-state volume of distribution", "*"),
            G(2.9, "sd", "volume of distribution|Vss|steady-state volume of distribution", "*"),
            G(14.2, "*", "oral bioavailability|bioavailability", "*"),
            G(22, "*", "Cmax", "*"),
            G(1.5, "*", "time to Cmax|tmax", "*"),
        ],
    ),
    # https://suppr.wilddata.cn/browses/detail/pubmed/14747424 (J Clin Pharmacol; "Absolute bioavailability values
    # (compared with i.v. infusion) for the imatinib capsule and oral solution were 98.3% and 97.2%, respectively.")
    (
        "Fourteen subjects received a 400-mg oral dose of ravotinib as a capsule or as a solution and a 100-mg "
        "intravenous infusion.",
        "Absolute bioavailability values (compared with intravenous infusion) for the ravotinib capsule and oral "
        "solution were 96.1% and 98.4%, respectively.",
        [
            G(96.1, "*", "absolute bioavailability|bioavailability", "capsule"),
            G(98.4, "*", "absolute bioavailability|bioavailability", "oral solution"),
        ],
    ),
    # https://asoi.info/publication/the-impact-of-gastrointestinal-adverse-events-on-weight-loss-with-liraglutide-3-0
    # -mg-as-adjunct-to-a-diet-and-exercise-programme/ ("Overall, liraglutide 3.0 mg was associated with a greater
    # weight loss from baseline than placebo (8.0% vs. 2.6%, respectively, p<0.0001)")
    (
        "Participants were randomised to veraglutide 3.0 mg or placebo as an adjunct to diet and exercise.",
        "Overall, veraglutide 3.0 mg was associated with a greater weight loss from baseline than placebo (7.6% vs. "
        "2.9%, respectively, p<0.001).",
        [
            G(7.6, "*", "weight loss|weight loss from baseline", "veraglutide"),
            G(2.9, "*", "weight loss|weight loss from baseline", "placebo"),
            G(0.001, "p", "weight loss|weight loss from baseline", None),
        ],
    ),
    # http://ipi-145.com/n-engl-j-med/ (trilaciclib abstract; "Compared to placebo, administration of trilaciclib
    # resulted in statistically significant decreases in the mean duration of SN in Cycle 1 (0 vs 4 days; ?.0001) and
    # occurrence of SN (1.9% vs 49.1%; ?.0001)")
    (
        "Patients received trelaciclib or placebo before each chemotherapy cycle.",
        "Compared to placebo, administration of trelaciclib resulted in statistically significant decreases in the "
        "mean duration of severe neutropenia in Cycle 1 (0 vs 3 days; P<.0001) and occurrence of severe neutropenia "
        "(2.3% vs 46.8%; P<.0001).",
        [
            G(0, "mean", "duration of severe neutropenia", "trelaciclib"),
            G(3, "mean", "duration of severe neutropenia", "placebo"),
            G(0.0001, "p", "duration of severe neutropenia|severe neutropenia", None),
            G(2.3, PCT, "occurrence of severe neutropenia|severe neutropenia", "trelaciclib"),
            G(46.8, PCT, "occurrence of severe neutropenia|severe neutropenia", "placebo"),
        ],
    ),
    # https://tomesphere.com/paper/PMC12011879 ("The median overall survival was significantly shorter in the liver
    # metastasis group (15.8 months) than that in the non-liver metastasis group (31.4 months, P = 0.0036).")
    (
        "Patients with and without liver metastases received pyrolatinib.",
        "The cohort included 31 patients with liver metastasis and 58 without. The median overall survival was "
        "significantly shorter in the liver metastasis group (16.2 months) than that in the non-liver metastasis "
        "group (29.7 months, P = 0.004).",
        [
            G(31, "*", "*", "*", True),
            G(58, "*", "*", "*", True),
            G(16.2, "median", OS, "liver metastasis"),
            G(29.7, "median", OS, "non-liver metastasis"),
            G(0.004, "p", OS, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6000300 (Chinese J Lung Cancer, English abstract: "median PFS ... were
    # 2.30, 3.17 and 2.37 months, respectively (P=0.045) ... grade III-IV toxicity ... 33.3%, 18.2% and 68.8%")
    (
        "Patients received single-agent chemotherapy, targeted therapy or doublet chemotherapy as third-line "
        "treatment.",
        "The median progression-free survival (PFS) of the single-agent, targeted and doublet groups was 2.4, 3.3 and "
        "2.2 months, respectively (P=0.041), and the median overall survival after third-line treatment was 7.9, "
        "10.8 and 7.5 months, respectively (P=0.12). The incidence of grade III-IV toxicity was 31.6%, 17.4% and "
        "66.7%, respectively (P<0.001).",
        [
            G(2.4, "median", PFS, "single-agent"),
            G(3.3, "median", PFS, "targeted"),
            G(2.2, "median", PFS, "doublet"),
            G(0.041, "p", PFS, None),
            G(7.9, "median", OS, "single-agent"),
            G(10.8, "median", OS, "targeted"),
            G(7.5, "median", OS, "doublet"),
            G(0.12, "p", OS, None),
            G(31.6, PCT, "grade 3-4 toxicity", "single-agent"),
            G(17.4, PCT, "grade 3-4 toxicity", "targeted"),
            G(66.7, PCT, "grade 3-4 toxicity", "doublet"),
            G(0.001, "p", "grade 3-4 toxicity", None),
        ],
    ),
    # https://www.centrallakesclinic.biz/lymphoblastic-leukemia/noncardiac-toxicity.html ("DXN group patients had grade
    # 3 or worse thrombocytopenia, after cycle 1 (11/23 versus 3/18; p < 0.05), 5 (13/18 versus 2/11; p < 0.001) ...
    # and significantly lower platelet nadir after cycle 4 (42 X 109/l versus 112 X 109/l;p < 0.001)")
    (
        "Children received chemotherapy with dexrazolide (DXN group) or without it (control group).",
        "DXN group patients had grade 3 or worse thrombocytopenia more often after cycle 1 (12/24 versus 3/17; p < "
        "0.05) and cycle 5 (14/19 versus 2/12; p < 0.001), and a significantly lower platelet nadir after cycle 4 "
        "(45 versus 110 ×10⁹/L; p < 0.001).",
        [
            G(12, "count", "grade ≥3 thrombocytopenia after cycle 1|grade ≥3 thrombocytopenia", "DXN"),
            G(24, "denominator", "*", "*"),
            G(3, "count", "grade ≥3 thrombocytopenia after cycle 1|grade ≥3 thrombocytopenia", "control"),
            G(17, "denominator", "*", "*"),
            G(0.05, "p", "grade ≥3 thrombocytopenia", None),
            G(14, "count", "grade ≥3 thrombocytopenia after cycle 5|grade ≥3 thrombocytopenia", "DXN"),
            G(19, "denominator", "*", "*"),
            G(2, "count", "grade ≥3 thrombocytopenia after cycle 5|grade ≥3 thrombocytopenia", "control"),
            G(0.001, "p", "*", None),
            G(45, "*", "platelet nadir after cycle 4|platelet nadir", "DXN"),
            G(110, "*", "platelet nadir after cycle 4|platelet nadir", "control"),
        ],
    ),
    # https://jech.bmj.com/lookup/ijlink/... (J Epidemiol Community Health, BMJ group; "Ordinal regression identified
    # increased physical activity among those randomised to NERS compared with those receiving normal care in all
    # participants (OR 1.19, 95% CI 0.99 to 1.43), and among those referred for CHD only (OR 1.29, 95% CI 1.04 to
    # 1.60).")
    (
        "Inactive adults were randomised to a national exercise referral scheme or to usual care.",
        "Ordinal regression identified increased physical activity among those randomised to the scheme compared "
        "with those receiving usual care in all participants (OR 1.21, 95% CI 0.98 to 1.47), and among those "
        "referred for coronary risk only (OR 1.33, 95% CI 1.05 to 1.66).",
        [
            G(1.21, "or", "physical activity", None),
            G(0.98, "ci_low", "physical activity", None),
            G(1.47, "ci_high", "physical activity", None),
            G(1.33, "or", "physical activity", "*"),
            G(1.05, "ci_low", "physical activity", "*"),
            G(1.66, "ci_high", "physical activity", "*"),
        ],
    ),
    # https://omicsdi.org/dataset/biostudies-literature/S-EPMC6099440 (Diabetes Obes Metab; "Overall, 15.2% to 24.0%
    # and 21.5% to 27.2% of subjects experienced nausea or vomiting with semaglutide 0.5 and 1.0 mg, respectively,
    # versus 6.0% to 14.1% with comparators.")
    (
        "Subjects were randomised to selvaglutide 0.5 mg, selvaglutide 1.0 mg or a comparator.",
        "Overall, 16.1% to 23.4% and 20.9% to 28.0% of subjects experienced nausea or vomiting with selvaglutide 0.5 "
        "and 1.0 mg, respectively, versus 5.8% to 13.7% with comparators.",
        [
            G(16.1, "*", "nausea or vomiting", "0.5 mg"),
            G(23.4, "*", "nausea or vomiting", "0.5 mg"),
            G(20.9, "*", "nausea or vomiting", "1.0 mg"),
            G(28.0, "*", "nausea or vomiting", "1.0 mg"),
            G(5.8, "*", "nausea or vomiting", "comparator"),
            G(13.7, "*", "nausea or vomiting", "comparator"),
        ],
    ),
    # template: NEJM abstract (VICTORIA-type, https://pmc.ncbi.nlm.nih.gov/articles/PMC9789902/table/tab1 for the
    # outcomes): "Over a median of 10.8 months, the primary outcome occurred in a of n patients (x%) in the A group and
    # in b of m patients (y%) in the placebo group (hazard ratio ...). Death from cardiovascular causes occurred in ..."
    (
        "Patients with worsening heart failure were randomly assigned to veriguanil or placebo.",
        "Over a median of 11.2 months, the primary outcome occurred in 903 of 2531 patients (35.7%) in the veriguanil "
        "group and in 981 of 2519 patients (38.9%) in the placebo group (hazard ratio, 0.89; 95% confidence "
        "interval [CI], 0.81 to 0.98; P = 0.02). Death from cardiovascular causes occurred in 409 patients (16.2%) in "
        "the veriguanil group and in 446 patients (17.7%) in the placebo group (hazard ratio, 0.91; 95% CI, 0.80 to "
        "1.04).",
        [
            G(11.2, "median", "follow-up", None, True),
            G(903, "count", "primary outcome", "veriguanil"),
            G(2531, "denominator", "*", "*"),
            G(35.7, PCT, "primary outcome", "veriguanil"),
            G(981, "count", "primary outcome", "placebo"),
            G(2519, "denominator", "*", "*"),
            G(38.9, PCT, "primary outcome", "placebo"),
            G(0.89, "hr", "primary outcome", None),
            G(0.81, "ci_low", "primary outcome", None),
            G(0.98, "ci_high", "primary outcome", None),
            G(0.02, "p", "primary outcome", None),
            G(409, "count", "death from cardiovascular causes", "veriguanil"),
            G(16.2, PCT, "death from cardiovascular causes", "veriguanil"),
            G(446, "count", "death from cardiovascular causes", "placebo"),
            G(17.7, PCT, "death from cardiovascular causes", "placebo"),
            G(0.91, "hr", "death from cardiovascular causes", None),
            G(0.80, "ci_low", "death from cardiovascular causes", None),
            G(1.04, "ci_high", "death from cardiovascular causes", None),
        ],
    ),
    # template: NEJM abstract (SPRINT-type safety sentence, https://pmc.ncbi.nlm.nih.gov/articles/PMC4551392/table/T4
    # for the outcomes): "All-cause mortality was also significantly lower in the intensive-treatment group (hazard
    # ratio, ...; P=...). Rates of serious adverse events of hypotension ... were higher in the intensive-treatment
    # group" and the safety ellipsis "hypotension occurred in x% and y% ..., respectively (hazard ratio ...), syncope in
    # ... (hazard ratio ...)"
    (
        "Patients were randomly assigned to a systolic blood-pressure target of less than 120 mm Hg "
        "(intensive treatment) or less than 140 mm Hg (standard treatment).",
        "All-cause mortality was also significantly lower in the intensive-treatment group (hazard ratio, 0.77; 95% "
        "CI, 0.63 to 0.94; P = 0.009). Serious adverse events of hypotension occurred in 2.3% and 1.3% of the "
        "patients in the intensive-treatment and standard-treatment groups, respectively (hazard ratio, 1.71; "
        "P = 0.001), and syncope in 2.2% and 1.6% (hazard ratio, 1.36; P = 0.06).",
        [
            G(0.77, "hr", "all-cause mortality", None),
            G(0.63, "ci_low", "all-cause mortality", None),
            G(0.94, "ci_high", "all-cause mortality", None),
            G(0.009, "p", "all-cause mortality", None),
            G(2.3, PCT, "hypotension|serious adverse events of hypotension", "intensive-treatment"),
            G(1.3, PCT, "hypotension|serious adverse events of hypotension", "standard-treatment"),
            G(1.71, "hr", "hypotension|serious adverse events of hypotension", None),
            G(0.001, "p", "hypotension|serious adverse events of hypotension", None),
            G(2.2, PCT, "syncope", "intensive-treatment"),
            G(1.6, PCT, "syncope", "standard-treatment"),
            G(1.36, "hr", "syncope", None),
            G(0.06, "p", "syncope", None),
        ],
    ),
    # template: Lancet Oncology "Findings" paragraph (https://pmc.ncbi.nlm.nih.gov/articles/PMC4086808/table/T4 for
    # the toxicity rows): "After a median follow-up of x months (IQR), median progression-free survival was ... in the
    # A group versus ... in the B group (HR ...). The most common grade 3-4 adverse events were neutropenia (a [x%] of n
    # patients in the A group vs b [y%] of m in the B group) and hypertension (c [..] vs d [..]). Serious adverse
    # events occurred in ... Two treatment-related deaths occurred in the A group"
    (
        "Patients were randomly assigned (1:1) to lentarib plus fulvestrant (lentarib group) or placebo plus "
        "fulvestrant (placebo group).",
        "Between June 2017 and May 2019, 612 patients were randomly assigned to the lentarib group (n=306) or the "
        "placebo group (n=306). After a median follow-up of 18.4 months (IQR 12.1-24.9), median progression-free "
        "survival was 9.2 months (95% CI 8.1-10.6) in the lentarib group versus 6.4 months (5.7-7.3) in the placebo "
        "group (HR 0.68, 95% CI 0.56-0.82; p<0.0001). The most common grade 3-4 adverse events were neutropenia (62 "
        "[20%] of 304 patients in the lentarib group vs 41 [14%] of 301 in the placebo group) and hypertension (35 "
        "[12%] vs 9 [3%]). Serious adverse events occurred in 88 (29%) patients in the lentarib group and 71 (24%) in "
        "the placebo group. Two treatment-related deaths occurred in the lentarib group (pneumonitis and sepsis).",
        [
            G(612, "*", "*", None, True),
            G(306, "*", "*", "*", True),
            G(306, "*", "*", "*", True),
            G(18.4, "*", "follow-up", None, True),
            G(12.1, "*", "follow-up", None, True),
            G(24.9, "*", "follow-up", None, True),
            G(9.2, "median", PFS, "lentarib"),
            G(8.1, "ci_low", PFS, "lentarib"),
            G(10.6, "ci_high", PFS, "lentarib"),
            G(6.4, "median", PFS, "placebo"),
            G(5.7, "ci_low", PFS, "placebo"),
            G(7.3, "ci_high", PFS, "placebo"),
            G(0.68, "hr", PFS, None),
            G(0.56, "ci_low", PFS, None),
            G(0.82, "ci_high", PFS, None),
            G(0.0001, "p", PFS, None),
            G(62, "count", "grade 3-4 neutropenia", "lentarib"),
            G(20, PCT, "grade 3-4 neutropenia", "lentarib"),
            G(304, "denominator", "*", "*"),
            G(41, "count", "grade 3-4 neutropenia", "placebo"),
            G(14, PCT, "grade 3-4 neutropenia", "placebo"),
            G(301, "denominator", "*", "*"),
            G(35, "count", "grade 3-4 hypertension", "lentarib"),
            G(12, PCT, "grade 3-4 hypertension", "lentarib"),
            G(9, "count", "grade 3-4 hypertension", "placebo"),
            G(3, PCT, "grade 3-4 hypertension", "placebo"),
            G(88, "count", "serious adverse events|SAE", "lentarib"),
            G(29, PCT, "serious adverse events|SAE", "lentarib"),
            G(71, "count", "serious adverse events|SAE", "placebo"),
            G(24, PCT, "serious adverse events|SAE", "placebo"),
            G(2, "count|events", "treatment-related deaths|treatment-related death", "lentarib"),
        ],
    ),
    # template: JAMA abstract "Results" ("Among N randomized patients (mean age, x years; n [%] women), n (%) completed
    # the trial. The primary outcome, change in ... at 12 weeks, was ... in the A group and ... in the placebo group
    # (difference, ... [95% CI, ...]; P < .001). ... Adverse events occurred in x% of the A group vs y% of the placebo
    # group.")
    (
        "Adults with chronic low back pain were randomized to duloxavine or placebo for 12 weeks.",
        "Among 1204 randomized patients (mean age, 61 years; 412 [34%] women), 1132 (94%) completed the trial. The "
        "primary outcome, change in pain intensity score at 12 weeks, was -2.4 points in the duloxavine group and "
        "-1.5 points in the placebo group (difference, -0.9 [95% CI, -1.3 to -0.5]; P < .001). Adverse events "
        "occurred in 48.2% of the duloxavine group vs 41.7% of the placebo group.",
        [
            G(1204, "*", "*", None, True),
            G(61, "*", "*", None, True),
            G(412, "*", "*", None, True),
            G(34, "*", "*", None, True),
            G(1132, "*", "*", None, True),
            G(94, "*", "*", None, True),
            G(-2.4, "*", "change in pain intensity score|pain intensity score", "duloxavine"),
            G(-1.5, "*", "change in pain intensity score|pain intensity score", "placebo"),
            G(-0.9, "*", "change in pain intensity score|pain intensity score|difference", None),
            G(-1.3, "ci_low", "change in pain intensity score|pain intensity score|difference", None),
            G(-0.5, "ci_high", "change in pain intensity score|pain intensity score|difference", None),
            G(0.001, "p", "change in pain intensity score|pain intensity score", None),
            G(48.2, PCT, "adverse events|AE", "duloxavine"),
            G(41.7, PCT, "adverse events|AE", "placebo"),
        ],
    ),
    # template: JCO phase 2 abstract "Results" ("Among N evaluable patients, the ORR was x% (95% CI, ...), including n
    # complete responses. With a median follow-up of x months, median PFS was ... and the 12-month OS rate was x%.")
    (
        "Patients received orbatinib 120 mg orally once daily until progression.",
        "Among 52 evaluable patients, the ORR was 38.5% (95% CI, 25.3% to 53.0%), including 3 complete responses. "
        "With a median follow-up of 14.2 months, median PFS was 7.1 months (95% CI, 5.5 to 9.8 months) and the "
        "12-month OS rate was 64%.",
        [
            G(52, "*", "*", None, True),
            G(38.5, PCT, "ORR|objective response rate", None),
            G(25.3, "ci_low", "ORR|objective response rate", None),
            G(53.0, "ci_high", "ORR|objective response rate", None),
            G(3, "count", "complete response|CR", None),
            G(14.2, "median", "follow-up", None, True),
            G(7.1, "median", PFS, None),
            G(5.5, "ci_low", PFS, None),
            G(9.8, "ci_high", PFS, None),
            G(64, PCT, "12-month OS rate|12-month OS", None),
        ],
    ),
    # template: Circulation abstract "Results" ("At 30 days, the primary safety end point of major bleeding occurred in
    # x% of patients assigned to A and in y% of those assigned to B (absolute difference ... percentage points; 95% CI
    # ...).")
    (
        "Patients undergoing stenting were randomly assigned to tirofavan or to heparin alone.",
        "At 30 days, the primary safety end point of major bleeding occurred in 2.1% of patients assigned to "
        "tirofavan and in 1.4% of those assigned to heparin alone (absolute difference 0.7 percentage points; 95% CI, "
        "-0.1 to 1.5).",
        [
            G(2.1, PCT, "major bleeding|primary safety end point", "tirofavan"),
            G(1.4, PCT, "major bleeding|primary safety end point", "heparin"),
            G(0.7, "*", "major bleeding|primary safety end point|difference", None),
            G(-0.1, "ci_low", "major bleeding|primary safety end point|difference", None),
            G(1.5, "ci_high", "major bleeding|primary safety end point|difference", None),
        ],
    ),
    # template: European Heart Journal abstract ("The incidence of the composite end point was x per 100 patient-years
    # in the A group and y per 100 patient-years in the control group (HR ...; P = ...), driven by fewer heart failure
    # hospitalizations (a vs. b per 100 patient-years).")
    (
        "Patients with heart failure were randomised to remote monitoring or to usual care (control group).",
        "The incidence of the composite end point was 11.2 per 100 patient-years in the remote-monitoring group and "
        "13.9 per 100 patient-years in the control group (HR 0.81; 95% CI 0.69-0.95; P = 0.009), driven by fewer "
        "heart failure hospitalizations (6.1 vs. 8.0 per 100 patient-years).",
        [
            G(11.2, "*", "composite end point", "remote-monitoring"),
            G(13.9, "*", "composite end point", "control"),
            G(0.81, "hr", "composite end point", None),
            G(0.69, "ci_low", "composite end point", None),
            G(0.95, "ci_high", "composite end point", None),
            G(0.009, "p", "composite end point", None),
            G(6.1, "*", "heart failure hospitalizations|heart failure hospitalization", "remote-monitoring"),
            G(8.0, "*", "heart failure hospitalizations|heart failure hospitalization", "control"),
        ],
    ),
    # https://meddatax.com/clinical-trials/NCT05963022/results (tirzepatide 5/10/15 mg vs placebo, HbA1c at week 40)
    # in the Lancet Diabetes Endocrinol abstract template ("At week 40, mean HbA1c decreased by a, b and c percentage
    # points with X 5, 10 and 15 mg, respectively, versus d with placebo. Body weight decreased by ...")
    (
        "Participants were randomly assigned to once-weekly tirzolide 5 mg, 10 mg or 15 mg, or placebo.",
        "At week 40, mean HbA1c decreased by 1.91, 2.17 and 2.33 percentage points with tirzolide 5, 10 and 15 mg, "
        "respectively, versus 0.08 with placebo. Body weight decreased by 6.8 kg, 7.9 kg and 9.2 kg with tirzolide "
        "5, 10 and 15 mg, respectively. Nausea was reported in 12% to 19% of participants on tirzolide versus 5% on "
        "placebo.",
        [
            G(1.91, "*", "HbA1c|change in HbA1c", "5 mg"),
            G(2.17, "*", "HbA1c|change in HbA1c", "10 mg"),
            G(2.33, "*", "HbA1c|change in HbA1c", "15 mg"),
            G(0.08, "*", "HbA1c|change in HbA1c", "placebo"),
            G(6.8, "*", "body weight|change in body weight", "5 mg"),
            G(7.9, "*", "body weight|change in body weight", "10 mg"),
            G(9.2, "*", "body weight|change in body weight", "15 mg"),
            G(12, "*", "nausea", "tirzolide"),
            G(19, "*", "nausea", "tirzolide"),
            G(5, PCT, "nausea", "placebo"),
        ],
    ),
    # https://dmd.aspetjournals.org/highwire/markup/58792/expansion (drug-interaction AUC ratios) in the Clin Pharmacol
    # Drug Dev abstract template ("Following single oral doses of a to b mg, X was rapidly absorbed, with a median
    # tmax of ... h, ... The geometric mean terminal half-life ranged from ... to ... h. Co-administration with
    # itraconazole increased X AUC 3.4-fold (90% CI ...) and Cmax 1.6-fold (90% CI ...).")
    (
        "Healthy participants received single oral doses of lumasertib from 25 to 400 mg and, in a second part, "
        "100 mg with and without itraconazole.",
        "Lumasertib was rapidly absorbed, with a median tmax of 1.5 h, and its exposure increased dose "
        "proportionally. The geometric mean terminal half-life ranged from 21.3 to 27.8 h. Co-administration with "
        "itraconazole increased lumasertib AUC∞ 3.4-fold (90% CI 3.0-3.9) and Cmax 1.6-fold (90% CI 1.4-1.8).",
        [
            G(1.5, "median", "tmax", "*"),
            G(21.3, "*", "terminal half-life|t1/2|half-life", "*"),
            G(27.8, "*", "terminal half-life|t1/2|half-life", "*"),
            G(3.4, "*", "AUC∞|AUC", "*"),
            G(3.0, "ci_low", "AUC∞|AUC", "*"),
            G(3.9, "ci_high", "AUC∞|AUC", "*"),
            G(1.6, "*", "Cmax", "*"),
            G(1.4, "ci_low", "Cmax", "*"),
            G(1.8, "ci_high", "Cmax", "*"),
        ],
    ),
    # template: Lancet Oncology subgroup sentence ("In patients with PD-L1 CPS of 10 or higher, median overall
    # survival was x months (95% CI) with A versus y months with placebo (HR ...; p=...)")
    (
        "Patients were randomly assigned to pembrelizumab plus chemotherapy or to placebo plus chemotherapy.",
        "In patients with a PD-L1 combined positive score of 10 or higher, median overall survival was 15.9 months "
        "(95% CI 12.7-19.3) with pembrelizumab versus 11.2 months (9.6-13.0) with placebo (HR 0.66, 95% CI "
        "0.51-0.85; p=0.0012).",
        [
            G(10, "*", None, None),
            G(15.9, "median", OS, "pembrelizumab"),
            G(12.7, "ci_low", OS, "pembrelizumab"),
            G(19.3, "ci_high", OS, "pembrelizumab"),
            G(11.2, "median", OS, "placebo"),
            G(9.6, "ci_low", OS, "placebo"),
            G(13.0, "ci_high", OS, "placebo"),
            G(0.66, "hr", OS, None),
            G(0.51, "ci_low", OS, None),
            G(0.85, "ci_high", OS, None),
            G(0.0012, "p", OS, None),
        ],
    ),
    # template: BMJ abstract "Results" ("At 12 months, a of n (x%) participants in the intervention group and b of m
    # (y%) in the usual care group had quit smoking (adjusted odds ratio ..., 95% confidence interval ...).")
    (
        "Smokers were randomised to a text-message intervention or to usual care.",
        "At 12 months, 118 of 402 (29%) participants in the intervention group and 83 of 398 (21%) in the usual care "
        "group had quit smoking (adjusted odds ratio 1.56, 95% confidence interval 1.12 to 2.17).",
        [
            G(118, "count", "quit smoking|smoking cessation", "intervention"),
            G(402, "denominator", "*", "*"),
            G(29, PCT, "quit smoking|smoking cessation", "intervention"),
            G(83, "count", "quit smoking|smoking cessation", "usual care"),
            G(398, "denominator", "*", "*"),
            G(21, PCT, "quit smoking|smoking cessation", "usual care"),
            G(1.56, "or", "quit smoking|smoking cessation", None),
            G(1.12, "ci_low", "quit smoking|smoking cessation", None),
            G(2.17, "ci_high", "quit smoking|smoking cessation", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC4180907/table/Tab2 (AUC and Cmax higher in renal and hepatic impairment)
    # in the Clin Pharmacokinet abstract template ("Compared with subjects with normal renal function, AUC was x-, y-
    # and z-fold higher in subjects with mild, moderate and severe renal impairment, respectively,
    # whereas Cmax was similar across groups")
    (
        "Subjects with normal renal function and with mild, moderate or severe renal impairment received a single "
        "50 mg dose of ribaxaban.",
        "Compared with subjects with normal renal function, AUC0-∞ was 1.4-, 1.9- and 2.6-fold higher in subjects "
        "with mild, moderate and severe renal impairment, respectively, whereas Cmax was similar across groups "
        "(geometric mean ratios 0.94 to 1.12).",
        [
            G(1.4, "*", "AUC0-∞|AUC", "mild"),
            G(1.9, "*", "AUC0-∞|AUC", "moderate"),
            G(2.6, "*", "AUC0-∞|AUC", "severe"),
            G(0.94, "*", "Cmax", "*"),
            G(1.12, "*", "Cmax", "*"),
        ],
    ),
    # template: Blood / JCO haematology phase 1-2 ("Of the N patients treated at the recommended dose, a (x%) had a
    # response, including b (y%) with a complete response; the median time to response was ... months (range ...).")
    (
        "Patients with relapsed lymphoma received glofatumab at escalating doses, then at the recommended dose.",
        "Of the 47 patients treated at the recommended dose, 31 (66%) had a response, including 19 (40%) with a "
        "complete response; the median time to response was 1.9 months (range, 0.9 to 5.6).",
        [
            G(47, "*", "*", "*", True),
            G(31, "count", "response|ORR|overall response", "*"),
            G(66, PCT, "response|ORR|overall response", "*"),
            G(19, "count", "complete response|CR", "*"),
            G(40, PCT, "complete response|CR", "*"),
            G(1.9, "median", "time to response", "*"),
            G(0.9, "min", "time to response", "*"),
            G(5.6, "max", "time to response", "*"),
        ],
    ),
    # template: JAMA Psychiatry abstract ("Response rates at week 8 were x% (A) and y% (placebo) (number needed to
    # treat, n); remission rates were a% and b%, respectively.")
    (
        "Adults with major depression were randomized to esketavine or placebo.",
        "Response rates at week 8 were 46.2% (esketavine) and 30.5% (placebo) (number needed to treat, 7); remission "
        "rates were 28.9% and 18.1%, respectively.",
        [
            G(46.2, PCT, "response|response rate", "esketavine"),
            G(30.5, PCT, "response|response rate", "placebo"),
            G(7, "*", "number needed to treat|response", None, True),
            G(28.9, PCT, "remission|remission rate", "esketavine"),
            G(18.1, PCT, "remission|remission rate", "placebo"),
        ],
    ),
    # template: NEJM infectious-disease noninferiority abstract ("Clinical cure at the test-of-cure visit occurred in a
    # of n patients (x%) in the A group and in b of m (y%) in the B group (difference, ... percentage points; 95% CI
    # ...)")
    (
        "Patients with complicated urinary tract infection were randomly assigned to cefepirone or to meropenem.",
        "Clinical cure at the test-of-cure visit occurred in 287 of 344 patients (83.4%) in the cefepirone group and "
        "in 279 of 341 (81.8%) in the meropenem group (difference, 1.6 percentage points; 95% CI, -4.0 to 7.2), "
        "meeting the noninferiority margin.",
        [
            G(287, "count", "clinical cure", "cefepirone"),
            G(344, "denominator", "*", "*"),
            G(83.4, PCT, "clinical cure", "cefepirone"),
            G(279, "count", "clinical cure", "meropenem"),
            G(341, "denominator", "*", "*"),
            G(81.8, PCT, "clinical cure", "meropenem"),
            G(1.6, "*", "clinical cure|difference", None),
            G(-4.0, "ci_low", "clinical cure|difference", None),
            G(7.2, "ci_high", "clinical cure|difference", None),
        ],
    ),
    # http://heart.bmj.com/cgi/content/short/heartjnl-2019-315656v1 (Heart, BMJ group; motivational interviewing vs
    # usual care for weight and activity) in the Heart abstract form ("At 24 months, there was no difference in weight
    # between the groups (mean difference ... kg; 95% CI ...), and physical activity ... (... steps per day ...)")
    (
        "People at high cardiovascular risk were randomised to enhanced motivational interviewing or to usual care.",
        "At 24 months, there was no difference in weight between the groups (mean difference -0.4 kg; 95% CI -1.3 "
        "to 0.5), and daily step count did not differ either (mean difference 212 steps per day; 95% CI -95 to "
        "519).",
        [
            G(-0.4, "*", "weight|difference", None),
            G(-1.3, "ci_low", "weight|difference", None),
            G(0.5, "ci_high", "weight|difference", None),
            G(212, "*", "step count|daily step count|difference", None),
            G(-95, "ci_low", "step count|daily step count|difference", None),
            G(519, "ci_high", "step count|daily step count|difference", None),
        ],
    ),
    # http://www.onlinejacc.org/highwire/markup/43782/expansion (JACC valsartan subgroup table) in the Circulation
    # abstract form ("Among patients not treated with ACE inhibitors, all-cause mortality was x% with A and y% with
    # placebo (RR ...), and the combined mortality/morbidity end point was reduced from ... to ... (RR ...; P<0.001).")
    (
        "Patients with heart failure were randomized to valdarsan or to placebo.",
        "Among patients not treated with an ACE inhibitor, all-cause mortality was 17.9% with valdarsan and 26.4% "
        "with placebo (risk ratio 0.68; 95% CI 0.43-1.07), and the combined mortality/morbidity end point was "
        "reduced from 41.8% to 25.3% (risk ratio 0.57; 95% CI 0.40-0.82; P<0.001).",
        [
            G(17.9, PCT, "all-cause mortality", "valdarsan"),
            G(26.4, PCT, "all-cause mortality", "placebo"),
            G(0.68, "rr|hr", "all-cause mortality", None),
            G(0.43, "ci_low", "all-cause mortality", None),
            G(1.07, "ci_high", "all-cause mortality", None),
            G(41.8, PCT, "mortality/morbidity|combined mortality/morbidity end point", "placebo"),
            G(25.3, PCT, "mortality/morbidity|combined mortality/morbidity end point", "valdarsan"),
            G(0.57, "rr|hr", "mortality/morbidity|combined mortality/morbidity end point", None),
            G(0.40, "ci_low", "mortality/morbidity|combined mortality/morbidity end point", None),
            G(0.82, "ci_high", "mortality/morbidity|combined mortality/morbidity end point", None),
            G(0.001, "p", "mortality/morbidity|combined mortality/morbidity end point", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9004319/table/T2 (degarelix vs leuprolide MACE) in the Circulation
    # abstract form ("The primary end point occurred in a (x%) patients receiving A and b (y%) receiving B (HR ...;
    # P=...); death from cardiovascular causes occurred in c and d patients, respectively.")
    (
        "Men with prostate cancer and cardiovascular disease were randomized to degorelix or to leuprolin.",
        "The primary end point of major adverse cardiovascular events occurred in 16 (5.8%) patients receiving "
        "degorelix and 12 (4.4%) receiving leuprolin (HR 1.31; 95% CI 0.62-2.77; P=0.48); death from cardiovascular "
        "causes occurred in 2 and 5 patients, respectively.",
        [
            G(16, "count", "major adverse cardiovascular events|primary end point|MACE", "degorelix"),
            G(5.8, PCT, "major adverse cardiovascular events|primary end point|MACE", "degorelix"),
            G(12, "count", "major adverse cardiovascular events|primary end point|MACE", "leuprolin"),
            G(4.4, PCT, "major adverse cardiovascular events|primary end point|MACE", "leuprolin"),
            G(1.31, "hr", "major adverse cardiovascular events|primary end point|MACE", None),
            G(0.62, "ci_low", "major adverse cardiovascular events|primary end point|MACE", None),
            G(2.77, "ci_high", "major adverse cardiovascular events|primary end point|MACE", None),
            G(0.48, "p", "major adverse cardiovascular events|primary end point|MACE", None),
            G(2, "count", "death from cardiovascular causes", "degorelix"),
            G(5, "count", "death from cardiovascular causes", "leuprolin"),
        ],
    ),
    # https://bmjoncology.bmj.com/highwire/markup/159/expansion (BMJ Oncology, two cohorts: non-progression at 6 months,
    # median PFS and OS per cohort) in its prose form ("In the ACC cohort, x of n patients (x%) were alive without
    # progression at 6 months, compared with ... in the non-ACC cohort; median PFS was ... and ... months,
    # respectively.")
    (
        "Patients with adenoid cystic carcinoma (ACC cohort) or other salivary gland cancers (non-ACC cohort) received "
        "axilutinib.",
        "In the ACC cohort, 16 of 46 patients (34.8%) were alive without progression at 6 months, compared with 8 of "
        "51 (15.7%) in the non-ACC cohort; median PFS was 5.6 months (95% CI 3.4 to 6.1) and 2.0 months (95% CI 1.7 "
        "to 3.6), respectively.",
        [
            G(16, "count", "alive without progression at 6 months|non-progression at 6 months", "ACC"),
            G(46, "denominator", "*", "*"),
            G(34.8, PCT, "alive without progression at 6 months|non-progression at 6 months", "ACC"),
            G(8, "count", "alive without progression at 6 months|non-progression at 6 months", "non-ACC"),
            G(51, "denominator", "*", "*"),
            G(15.7, PCT, "alive without progression at 6 months|non-progression at 6 months", "non-ACC"),
            G(5.6, "median", PFS, "ACC"),
            G(3.4, "ci_low", PFS, "ACC"),
            G(6.1, "ci_high", PFS, "ACC"),
            G(2.0, "median", PFS, "non-ACC"),
            G(1.7, "ci_low", PFS, "non-ACC"),
            G(3.6, "ci_high", PFS, "non-ACC"),
        ],
    ),
    # https://jitc.bmj.com/highwire/markup/25593/expansion (JITC; PSA decline and rPFS by arm) in its prose form ("A PSA
    # decline of 50% or more occurred in a (x%) patients, b (y%) in arm 1 and c (z%) in arm 2 (P = ...); median rPFS
    # was ... months")
    (
        "Men with metastatic castration-resistant prostate cancer were randomized to sipulimab alone (arm 1) or with "
        "radiotherapy (arm 2).",
        "A PSA decline of 50% or more occurred in 5 (13.2%) patients, 1 (5%) in arm 1 and 4 (22.2%) in arm 2 (P = "
        "0.17). Median radiographic PFS was 3.1 months (95% CI 2.7 to 5.4).",
        [
            G(50, "*", None, None),
            G(5, "count", "PSA decline|PSA decline of 50% or more", None),
            G(13.2, PCT, "PSA decline|PSA decline of 50% or more", None),
            G(1, "count", "PSA decline|PSA decline of 50% or more", "arm 1"),
            G(5, PCT, "PSA decline|PSA decline of 50% or more", "arm 1"),
            G(4, "count", "PSA decline|PSA decline of 50% or more", "arm 2"),
            G(22.2, PCT, "PSA decline|PSA decline of 50% or more", "arm 2"),
            G(0.17, "p", "PSA decline|PSA decline of 50% or more", None),
            G(3.1, "median", "radiographic PFS|rPFS", None),
            G(2.7, "ci_low", "radiographic PFS|rPFS", None),
            G(5.4, "ci_high", "radiographic PFS|rPFS", None),
        ],
    ),
    # https://www.nice.org.uk/advice/es14/chapter/Results-tables (SCALE: % losing 5% or more, nausea, withdrawal for
    # adverse events) in the NEJM abstract form ("At week 56, x% of the patients in the A group and y% in the placebo
    # group had lost at least 5% of their body weight (P<0.001) ... The most frequently reported adverse events with A
    # were mild or moderate nausea and diarrhea. Withdrawal because of adverse events occurred in x% and y%")
    (
        "Adults with obesity were randomly assigned to once-daily lirapeptide 3.0 mg or placebo.",
        "At week 56, 61.7% of the patients in the lirapeptide group and 26.4% in the placebo group had lost at least "
        "5% of their body weight (P<0.001), and 32.5% and 10.9%, respectively, had lost more than 10% of their body "
        "weight (P<0.001). Nausea occurred in 39.6% and 14.2% of the patients, respectively. Withdrawal because of "
        "adverse events occurred in 9.6% and 3.9%.",
        [
            G(61.7, PCT, "weight loss of at least 5%|lost at least 5% of body weight", "lirapeptide"),
            G(26.4, PCT, "weight loss of at least 5%|lost at least 5% of body weight", "placebo"),
            G(5, "*", None, None),
            G(0.001, "p", "*", None),
            G(32.5, PCT, "weight loss of more than 10%|lost more than 10% of body weight", "lirapeptide"),
            G(10.9, PCT, "weight loss of more than 10%|lost more than 10% of body weight", "placebo"),
            G(10, "*", None, None),
            G(0.001, "p", "*", None),
            G(39.6, PCT, "nausea", "lirapeptide"),
            G(14.2, PCT, "nausea", "placebo"),
            G(9.6, PCT, "withdrawal because of adverse events|discontinuation due to adverse events", "lirapeptide"),
            G(3.9, PCT, "withdrawal because of adverse events|discontinuation due to adverse events", "placebo"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC9892323/table/tbl3 (Clin Microbiol Infect; BCG vs placebo adverse events)
    # in its prose form ("A first non-serious adverse event was reported by a of n participants given BCG and b of m
    # given placebo (subdistribution hazard ratio ...), and a serious adverse event by c and d, respectively (...)")
    (
        "Health-care workers were randomly assigned to a tuberculosis vaccine or to placebo.",
        "A first non-serious adverse event was reported by 2011 of 3049 participants given the vaccine and 1198 of "
        "3061 given placebo (subdistribution hazard ratio 2.47, 95% CI 2.31-2.65), and a serious adverse event by "
        "247 and 219, respectively (subdistribution hazard ratio 1.13, 95% CI 0.94-1.36).",
        [
            G(2011, "count", "non-serious adverse event|first non-serious adverse event", "vaccine"),
            G(3049, "denominator", "*", "*"),
            G(1198, "count", "non-serious adverse event|first non-serious adverse event", "placebo"),
            G(3061, "denominator", "*", "*"),
            G(2.47, "hr|value", "non-serious adverse event|first non-serious adverse event", None),
            G(2.31, "ci_low", "non-serious adverse event|first non-serious adverse event", None),
            G(2.65, "ci_high", "non-serious adverse event|first non-serious adverse event", None),
            G(247, "count", "serious adverse event|SAE", "vaccine"),
            G(219, "count", "serious adverse event|SAE", "placebo"),
            G(1.13, "hr|value", "serious adverse event|SAE", None),
            G(0.94, "ci_low", "serious adverse event|SAE", None),
            G(1.36, "ci_high", "serious adverse event|SAE", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7242280/table/Tab2 (revusiran vs placebo mortality) in the Lancet-type
    # safety sentence ("All-cause mortality was higher with A (a [x%] of n) than with placebo (b [y%] of m; HR ...)")
    (
        "Patients with transthyretin cardiomyopathy were randomly assigned 2:1 to revosiran or placebo.",
        "All-cause mortality on treatment was higher with revosiran (19 [13.4%] of 142) than with placebo (2 [3.0%] "
        "of 67; HR 5.1, 95% CI 1.2-21.9), as was cardiovascular mortality (17 [12.0%] vs 2 [3.0%]).",
        [
            G(19, "count", "all-cause mortality", "revosiran"),
            G(13.4, PCT, "all-cause mortality", "revosiran"),
            G(142, "denominator", "*", "*"),
            G(2, "count", "all-cause mortality", "placebo"),
            G(3.0, PCT, "all-cause mortality", "placebo"),
            G(67, "denominator", "*", "*"),
            G(5.1, "hr", "all-cause mortality", None),
            G(1.2, "ci_low", "all-cause mortality", None),
            G(21.9, "ci_high", "all-cause mortality", None),
            G(17, "count", "cardiovascular mortality", "revosiran"),
            G(12.0, PCT, "cardiovascular mortality", "revosiran"),
            G(2, "count", "cardiovascular mortality", "placebo"),
            G(3.0, PCT, "cardiovascular mortality", "placebo"),
        ],
    ),
]
