"""Fourth set for the endpoint-precision round, gathered and written (gold first) after set 3's fixes
(tests/extraction/prose_endpoint_precision_3_corpus.py): the honest measure of whether they generalize. Result
paragraphs found with the ``search`` tool (corpus ``pages``) in journals and fields sets 1-3 did not use:
osteoarthritis pain (Osteoarthritis Cartilage, Invest Radiol, an Arthroscopy meta-analysis), nephrology (Vasc Health
Risk Manag, PLOS One CKD cohort), schizophrenia (npj Schizophrenia), bronchiolitis meta-analysis and trial
(Pediatrics, BMC Pediatr 2019), osteoporosis subgroups (J Clin Endocrinol Metab), asthma exercise (Sci Rep), HIV
cohort rates (AIDS). Drugs, numbers and non-essential wording are invented; the syntax is kept. Entry format:
tests/extraction/prose_sampled_forms_corpus.py."""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

PCT = "percent|rate"
EST = "mean|value|median"

CORPUS: list[Entry] = [
    # https://www.oarsijournal.com/article/S1063-4584(16)30498-8/fulltext ("Of 407 patients randomized (duloxetine: N =
    # 205; placebo: N = 202), 166 (81.0%) patients from the duloxetine group and 176 (87.1%) patients from the placebo
    # group completed ... (LS Mean change ..., duloxetine: −2.23; placebo: −1.73; difference = −0.50 [−0.80, −0.20];
    # P = 0.001). The incidence of discontinuations due to adverse events was 9.0% in duloxetine-treated patients and
    # 4.5% in placebo-treated patients (P = 0.109).")
    (
        "Patients with chronic osteoarthritis pain were randomized to dulopram 60 mg once daily or placebo for 13 "
        "weeks.",
        "Of 411 patients randomized (dulopram: N = 207; placebo: N = 204), 169 (81.6%) patients from the dulopram "
        "group and 178 (87.3%) patients from the placebo group completed the treatment phase. Dulopram-treated "
        "patients reported a greater pain reduction on the 24-h average pain rating (LS mean change from baseline to "
        "endpoint [95% CI], dulopram: -2.31; placebo: -1.69; difference = -0.62 [-0.91, -0.33]; P = 0.002). The "
        "incidence of discontinuations due to adverse events was 8.7% in dulopram-treated patients and 4.9% in "
        "placebo-treated patients (P = 0.12).",
        [
            G(411, "count", "randomized", None, True),
            G(207, "count", "randomized", "dulopram", True),
            G(204, "count", "randomized", "placebo", True),
            G(169, "count", "completed|completed the treatment phase", "dulopram"),
            G(81.6, PCT, "completed|completed the treatment phase", "dulopram"),
            G(178, "count", "completed|completed the treatment phase", "placebo"),
            G(87.3, PCT, "completed|completed the treatment phase", "placebo"),
            G(24, "*", None, None),
            G(-2.31, EST, "pain rating|average pain rating|pain reduction|pain", "dulopram"),
            G(-1.69, EST, "pain rating|average pain rating|pain reduction|pain", "placebo"),
            G(-0.62, "*", "pain rating|average pain rating|pain reduction|pain|difference", None),
            G(-0.91, "ci_low", "pain rating|average pain rating|pain reduction|pain|difference", None),
            G(-0.33, "ci_high", "pain rating|average pain rating|pain reduction|pain|difference", None),
            G(0.002, "p", "pain rating|average pain rating|pain reduction|pain", None),
            G(8.7, PCT, "discontinuations due to adverse events|discontinuation", "dulopram"),
            G(4.9, PCT, "discontinuations due to adverse events|discontinuation", "placebo"),
            G(0.12, "p", "discontinuations due to adverse events|discontinuation", None),
        ],
    ),
    # https://informahealthcare.com/doi/full/10.2147/VHRM.S135253 ("DM2 versus non-DM showed a higher (p<0.02)
    # prevalence of stage 3 CKD (24.0% vs 18.0%, eGFR 30–59) ... Average annual decline of eGFR was 3.3±8.2 in DM2
    # versus 2.4±7.7 in non-DM (p=0.12, nonsignificant). ... On average, 16.2% of DM2 and 13.1% of non-DM moved each
    # year toward a more severe stage of CKD.")
    (
        "Hypertensive patients with type 2 diabetes (DM2) or without it (non-DM) were followed for 5 years.",
        "DM2 versus non-DM showed a higher (p<0.03) prevalence of stage 3 CKD (23.1% vs 17.4%, eGFR 30-59). Average "
        "annual decline of eGFR was 3.1±8.0 in DM2 versus 2.6±7.5 in non-DM (p=0.15, nonsignificant). On average, "
        "15.8% of DM2 and 12.7% of non-DM moved each year toward a more severe stage of CKD.",
        [
            G(0.03, "p", "stage 3 CKD|prevalence of stage 3 CKD", None),
            G(3, "*", None, None),
            G(23.1, PCT, "stage 3 CKD|prevalence of stage 3 CKD", "DM2"),
            G(17.4, PCT, "stage 3 CKD|prevalence of stage 3 CKD", "non-DM"),
            G(30, "*", None, None),
            G(59, "*", None, None),
            G(3.1, EST, "annual decline of eGFR|decline of eGFR|eGFR", "DM2"),
            G(8.0, "sd", "annual decline of eGFR|decline of eGFR|eGFR", "DM2"),
            G(2.6, EST, "annual decline of eGFR|decline of eGFR|eGFR", "non-DM"),
            G(7.5, "sd", "annual decline of eGFR|decline of eGFR|eGFR", "non-DM"),
            G(0.15, "p", "annual decline of eGFR|decline of eGFR|eGFR", None),
            G(15.8, PCT, "more severe stage of CKD|moved toward a more severe stage", "DM2"),
            G(12.7, PCT, "more severe stage of CKD|moved toward a more severe stage", "non-DM"),
        ],
    ),
    # http://journals.plos.org/plosone/article?id=10.1371%2Fjournal.pone.0173843 ("2870 (62.4%) individuals had annual
    # eGFR decline rate greater than 1 ml/min/1.73 m2 ... the odds ratio (OR) of developing rapid CKD progression for
    # diabetes, proteinuria and late onset of CKD was 1.72 (95% CI: 1.48–2.00), 1.89(1.63–2.20) and 0.68 (0.56–0.81),
    # respectively.")
    (
        "Individuals with chronic kidney disease were followed for 10 years in a care program.",
        "During follow-up, 2791 (61.8%) individuals had an annual eGFR decline rate greater than 1 ml/min/1.73 m2. "
        "Compared with subjects with a decline rate <1 ml/min/1.73 m2/year, the odds ratio (OR) of rapid CKD "
        "progression for diabetes, proteinuria and late onset of CKD was 1.68 (95% CI: 1.45-1.95), 1.93 (1.66-2.24) "
        "and 0.71 (0.58-0.85), respectively.",
        [
            G(2791, "count", "annual eGFR decline rate greater than 1|eGFR decline", None),
            G(61.8, PCT, "annual eGFR decline rate greater than 1|eGFR decline", None),
            G(1, "*", None, None),
            G(1.73, "*", None, None),
            G(1, "*", None, None),
            G(1.73, "*", None, None),
            G(1.68, "or", "rapid CKD progression|diabetes", None),
            G(1.45, "ci_low", "rapid CKD progression|diabetes", None),
            G(1.95, "ci_high", "rapid CKD progression|diabetes", None),
            G(1.93, "or", "rapid CKD progression|proteinuria", None),
            G(1.66, "ci_low", "rapid CKD progression|proteinuria", None),
            G(2.24, "ci_high", "rapid CKD progression|proteinuria", None),
            G(0.71, "or", "rapid CKD progression|late onset", None),
            G(0.58, "ci_low", "rapid CKD progression|late onset", None),
            G(0.85, "ci_high", "rapid CKD progression|late onset", None),
        ],
    ),
    # http://www.nature.com/articles/s41537-020-00127-y ("From 565 screened patients, 438 were randomized. One of them
    # withdrew consent before receiving the study treatment; therefore 437 were included in the safety population, and
    # 390 counted for the modified intent-to-treat (mITT) population. The study completion was highest in the
    # Risperidone ISM® 75 mg group (73.8%) and lowest in the placebo group (59.9%)")
    (
        "Patients with an acute exacerbation of schizophrenia were randomized to monthly intramuscular risperilong "
        "75 mg, risperilong 100 mg or placebo.",
        "From 571 screened patients, 442 were randomized. One of them withdrew consent before receiving study "
        "treatment; therefore 441 were included in the safety population, and 396 in the modified intent-to-treat "
        "population. Study completion was highest in the risperilong 75 mg group (72.9%) and lowest in the placebo "
        "group (58.6%).",
        [
            G(571, "count", "screened", None, True),
            G(442, "count", "randomized", None, True),
            G(441, "count", "safety population|included", None, True),
            G(396, "count", "modified intent-to-treat population|intent-to-treat", None, True),
            G(75, "*", None, None),
            G(72.9, PCT, "study completion|completion", "75 mg|risperilong 75 mg"),
            G(58.6, PCT, "study completion|completion", "placebo"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC10090303 (Invest Radiol; "One hundred twenty knees (30 knees per
    # treatment group) in 95 patients (41 female) were included in the final analysis. The median age of patients was
    # 60 years (interquartile range, 54.0–68.0). ... The median pain at baseline was 32.5 (interquartile range,
    # 15.00–50.00) on NRS.")
    (
        "Knees with early- to middle-stage osteoarthritis were randomly assigned to an intra-articular injection of "
        "a glucocorticoid, hyaluronic acid, platelet-rich plasma or placebo.",
        "One hundred twenty knees (30 knees per treatment group) in 97 patients (43 female) were included in the "
        "final analysis. The median age of patients was 61 years (interquartile range, 55.0-67.0). The median pain at "
        "baseline was 34.5 (interquartile range, 17.00-51.00) on the NRS.",
        [
            G(30, "count", "knees per treatment group|knees", "*", True),
            G(97, "count", "patients", None, True),
            G(43, "count", "female", None, True),
            G(61, "median", "age", None),
            G(55.0, "q1", "age", None),
            G(67.0, "q3", "age", None),
            G(34.5, "median", "pain at baseline|pain|NRS", None),
            G(17.00, "q1", "pain at baseline|pain|NRS", None),
            G(51.00, "q3", "pain at baseline|pain|NRS", None),
        ],
    ),
    # https://typeset.io/topics/womac-orljf0g8/2017 (Arthroscopy meta-analysis; "At 12 months postinjection, however,
    # PRP was associated with significantly better pain relief (WOMAC pain score, mean difference −2.83, 95% confidence
    # interval [CI] −4.26 to −1.39, P = .0001) ... than HA")
    (
        "Randomized trials compared platelet-rich plasma (PRP) injections with hyaluronic acid (HA) or saline in knee "
        "osteoarthritis.",
        "At 6 months after injection, PRP and HA had similar effects on pain relief. At 12 months after injection, "
        "however, PRP was associated with better pain relief than HA (WOMAC pain score, mean difference -2.71, 95% "
        "confidence interval [CI] -4.10 to -1.32, P = .0002).",
        [
            G(6, "*", None, None),
            G(12, "*", None, None),
            G(-2.71, "*", "WOMAC pain score|WOMAC pain|pain relief|difference", None),
            G(-4.10, "ci_low", "WOMAC pain score|WOMAC pain|pain relief|difference", None),
            G(-1.32, "ci_high", "WOMAC pain score|WOMAC pain|pain relief|difference", None),
            G(0.0002, "p", "WOMAC pain score|WOMAC pain|pain relief", None),
        ],
    ),
    # https://publications.aap.org/pediatrics/article/136/4/687/73884/ ("Hospitalized patients treated with nebulized HS
    # had a significantly shorter length of stay ... (15 trials involving 1956 patients; mean difference [MD] −0.45
    # days, 95% confidence interval [CI] −0.82 to −0.08) ... Nebulized HS reduced the risk of hospitalization by 20%
    # compared with 0.9% saline among outpatients (7 trials involving 951 patients; risk ratio 0.80, ...).")
    (
        "Randomized trials compared nebulized hypertonic saline (HS) with 0.9% saline in infants with acute "
        "bronchiolitis.",
        "Hospitalized patients treated with nebulized HS had a shorter length of stay than those receiving 0.9% "
        "saline (14 trials involving 1893 patients; mean difference [MD] -0.48 days, 95% confidence interval [CI] "
        "-0.86 to -0.10). Nebulized HS reduced the risk of hospitalization by 22% compared with 0.9% saline among "
        "outpatients (7 trials involving 948 patients; risk ratio 0.78, 95% CI 0.65-0.94).",
        [
            G(0.9, "*", None, None),
            G(14, "*", None, None),
            G(1893, "*", None, None),
            G(-0.48, "*", "length of stay|difference", None),
            G(-0.86, "ci_low", "length of stay|difference", None),
            G(-0.10, "ci_high", "length of stay|difference", None),
            G(22, "*", "hospitalization|risk of hospitalization", None),
            G(0.9, "*", None, None),
            G(7, "*", None, None),
            G(948, "*", None, None),
            G(0.78, "rr", "hospitalization|risk of hospitalization", None),
            G(0.65, "ci_low", "hospitalization|risk of hospitalization", None),
            G(0.94, "ci_high", "hospitalization|risk of hospitalization", None),
        ],
    ),
    # https://bmcpediatr.biomedcentral.com/articles/10.1186/s12887-019-1804-0 ("One hundred sixteen infants (HS1d n = 59
    # and HS3d n = 57) were included ... The difference for the Wang CSS score in the HS3d vs HS1d group was 0.71
    # [IC 90% 0.1; 1.3] ... Clinical remission was more rapidly obtained in the HS3d than in HS1d (2.3 ± 1.6 vs 2.9 ±
    # 1.4 days, p = 0.04)")
    (
        "Infants hospitalized for bronchiolitis received nebulized hypertonic saline for 1 day (HS1d group) or for 3 "
        "days (HS3d group).",
        "One hundred twelve infants (HS1d n = 57 and HS3d n = 55) were included over two epidemic seasons. The "
        "difference in the clinical severity score between the HS3d and HS1d groups was 0.68 [90% CI 0.1; 1.2]. "
        "Clinical remission was obtained more rapidly in the HS3d than in the HS1d group (2.2 ± 1.5 vs 2.8 ± 1.3 "
        "days, p = 0.03).",
        [
            G(57, "count", "included", "HS1d", True),
            G(55, "count", "included", "HS3d", True),
            G(0.68, "*", "clinical severity score|difference", None),
            G(0.1, "ci_low", "clinical severity score|difference", None),
            G(1.2, "ci_high", "clinical severity score|difference", None),
            G(2.2, EST, "clinical remission|time to clinical remission", "HS3d"),
            G(1.5, "sd|se", "clinical remission|time to clinical remission", "HS3d"),
            G(2.8, EST, "clinical remission|time to clinical remission", "HS1d"),
            G(1.3, "sd|se", "clinical remission|time to clinical remission", "HS1d"),
            G(0.03, "p", "clinical remission|time to clinical remission", None),
        ],
    ),
    # https://www.scribd.com/doc/208692086/teriparatide-decreases-risk (J Clin Endocrinol Metab; "Among placebo patients
    # with one, two, or three or more prevalent vertebral fractures, 7%, 16%, and 23%, respectively, developed vertebral
    # fractures (by Cochran-Armitage trend test, P < 0.001), and 3%, 9%, and 17% developed moderate or severe vertebral
    # fractures (P < 0.001).")
    (
        "Postmenopausal women with prevalent vertebral fractures were randomized to daily placebo or parathyrin.",
        "The median observation time was 20 months. Among placebo patients with one, two, or three or more prevalent "
        "vertebral fractures, 6%, 15%, and 24%, respectively, developed new vertebral fractures (by trend test, P < "
        "0.001). In the parathyrin-treated group, there was no significant increase in vertebral fracture risk in "
        "these subgroups.",
        [
            G(20, "median", "observation time|follow-up", None, True),
            G(6, PCT, "new vertebral fractures|vertebral fractures", "one prevalent vertebral fracture|one"),
            G(15, PCT, "new vertebral fractures|vertebral fractures", "two"),
            G(24, PCT, "new vertebral fractures|vertebral fractures", "three or more"),
            G(0.001, "p", "new vertebral fractures|vertebral fractures", None),
        ],
    ),
    # https://www.nature.com/articles/s41598-019-48484-8 (Sci Rep; "We assessed 195 subjects for eligibility ...; 13
    # subjects were not eligible and 18 declined to participate ... The remaining 164 subjects were randomly allocated
    # into the intervention group (n = 82) and the reference group (n = 82).")
    (
        "Adults with asthma were randomized to a supervised exercise program (intervention group) or to usual care "
        "(reference group).",
        "We assessed 201 subjects for eligibility; 14 were not eligible and 19 declined to participate after the "
        "introduction to the study. The remaining 168 subjects were randomly allocated to the intervention group (n = "
        "85) and the reference group (n = 83).",
        [
            G(201, "count", "assessed for eligibility|assessed", None, True),
            G(14, "count", "not eligible", None, True),
            G(19, "count", "declined to participate|declined", None, True),
            G(168, "count", "randomly allocated|allocated", None, True),
            G(85, "count", "randomly allocated|allocated|population", "intervention", True),
            G(83, "count", "randomly allocated|allocated|population", "reference", True),
        ],
    ),
    # https://journals.lww.com/aidsonline/Fulltext/2019/03150/ (AIDS; "the estimated rate of the combined incidence of
    # virological failure or treatment interruption fell from 9.0/100 person-years in the first year to less than
    # 4/100 person-years beyond 3 years from suppression; considering only those remaining on EFV + TDF + FTC/3TC, the
    # combined rate dropped from 8.2/100 person-years in the first year to less than 3.5/100 person-years beyond 3
    # years.")
    (
        "People living with HIV who started first-line zovirenz-based therapy and reached viral suppression were "
        "followed in a cohort collaboration.",
        "Among 18 904 eligible people with a median follow-up of 3.6 (interquartile range 2.1-5.4) years after initial "
        "viral suppression, the estimated rate of virological failure or treatment interruption fell from 8.7/100 "
        "person-years in the first year to 3.8/100 person-years beyond 3 years from suppression.",
        [
            G(18904, "count", "eligible", None, True),
            G(3.6, "median", "follow-up", None, True),
            G(2.1, "q1", "follow-up", None, True),
            G(5.4, "q3", "follow-up", None, True),
            G(8.7, "rate|value", "virological failure or treatment interruption|virological failure", None),
            G(100, "*", None, None),
            G(3.8, "rate|value", "virological failure or treatment interruption|virological failure", None),
            G(100, "*", None, None),
            G(3, "*", None, None),
        ],
    ),
]
