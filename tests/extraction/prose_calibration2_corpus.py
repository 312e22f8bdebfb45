"""A second independent calibration set for prose labels, written for the binding-kind calibration
(extractors/prose_kind_gate.py): result paragraphs in the sentence forms of real papers that no rule was fitted on,
sampled with the ``search`` tool (corpus ``pages``) from public pages that are none of the golden papers and none of
the pages any test corpus of this repository cites (tests/, extractors/ and docs/ were searched for each address).
About 40% are phase 3 (or pooled randomized) results: oncology, cardiology, diabetes, infection; about 35% phase 1/2
oncology (responses, disease control, durations, dose levels and cohorts, adverse events by grade); the rest
pharmacokinetics, drug interactions, single-arm and pooled analyses. Drugs, numbers and some wording are invented;
each entry's comment gives the address whose paragraph showed the form. Every number's gold was written, and the
corpus committed, before any paragraph was read back (first contact is on record in git).

The entry format and scoring conventions are those of tests/extraction/prose_calibration_corpus.py and
tests/extraction/prose_sampled_forms_corpus.py: ``(context, paragraph, gold)``; ``G(value, statistic, endpoint,
group[, optional])`` with ``endpoint`` ``None`` for a number that is no result (a dose, a day, a grade, a threshold,
a year), ``group`` ``None`` for the whole trial and "*" for any (a between-group ratio, difference or P value); a
value of a named subgroup, cohort, dose level or analysis population is that one's.
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G

CORPUS: list[Entry] = [
    # ==== phase 3 randomized (and pooled randomized) results ========================================================
    # https://chk1inhibitor.com/2017/09 ("124 patients were randomized (BE, n = 63; BC, n = 61); 14 patients were
    # withdrawn from trial treatment for safety reasons (8 BC and 6 BE) ... (HR 2.17, 95% CI: 0.88–5.34)")
    (
        "Patients were randomly assigned to BE (bevarinib plus erlotinib) or BC (bevarinib plus carboplatin).",
        "From March 2008 to October 2009, 118 patients were randomized (BE, n = 60; BC, n = 58); 12 patients were "
        "withdrawn from trial treatment for safety reasons (7 BC and 5 BE). The HR for PFS for BE relative to BC "
        "treatment was above the predefined threshold of 1.25 (HR 2.04, 95% CI: 0.91–4.57).",
        [
            G(2008, "*", None, None),
            G(2009, "*", None, None),
            G(118, "count", "randomized", None, optional=True),
            G(60, "count", "randomized", "BE", optional=True),
            G(58, "count", "randomized", "BC", optional=True),
            G(12, "count", "withdrawn", None),
            G(7, "count", "withdrawn", "BC"),
            G(5, "count", "withdrawn", "BE"),
            G(1.25, "*", None, None),
            G(2.04, "hr", "PFS", "*"),
            G(0.91, "ci_low", "PFS", "*"),
            G(4.57, "ci_high", "PFS", "*"),
        ],
    ),
    # https://manu41.magtech.com.cn/Jweb_clyl/EN/abstract/abstract12196.shtml ("no significant difference was found
    # between the two groups either in the efficacy rate (antofloxacin hydrochloride: 95.1 %, Levofloxacin: 96.6 %,
    # treatment difference,-0.015; 95 % confidence interval [CI] for the difference,-0.045 to 0.015) or the incidence
    # of adverse reactions")
    (
        "Patients with acute bacterial infections were randomly assigned to oral carafloxacin or levofloxacin.",
        "After 7-14 days of treatment, no significant difference was found between the two groups either in the "
        "efficacy rate (carafloxacin: 93.8%, levofloxacin: 95.2%; treatment difference, -0.014; 95% CI for the "
        "difference, -0.049 to 0.021) or in the incidence of adverse reactions (carafloxacin: 7.4%, levofloxacin: "
        "8.9%).",
        [
            G(7, "*", None, None),
            G(14, "*", None, None),
            G(93.8, "percent|rate", "efficacy rate", "carafloxacin"),
            G(95.2, "percent|rate", "efficacy rate", "levofloxacin"),
            G(-0.014, "value|mean", "efficacy rate", "*"),
            G(-0.049, "ci_low", "efficacy rate", "*"),
            G(0.021, "ci_high", "efficacy rate", "*"),
            G(7.4, "percent|rate", "adverse reactions", "carafloxacin"),
            G(8.9, "percent|rate", "adverse reactions", "levofloxacin"),
        ],
    ),
    # http://grf-1-29.com/index.php?g=Wap&m=Article&a=detail&id=53 ("(49/60 (81.67% (95% confidence interval (CI):
    # 70.08–89.44%) in the fixed 12weeks group, versus 48/60 (80% (CI: 68.22–88.17%) in the response-tailored group;
    # p=0.817)). Fifty eight out of the total 60 (ITT) patients in the reference group (fixed 12weeks) achieved SVR12")
    (
        "Patients were randomly assigned to a fixed course of sofadasvir (fixed group) or a response-guided course "
        "(tailored group).",
        "The RVR rates showed no statistically significant difference between groups (47/58 (81.03% (95% CI: "
        "69.1–89.1%)) in the fixed group, versus 45/58 (77.59% (CI: 65.3–86.4%)) in the tailored group; p=0.642). "
        "Fifty-six out of the total 58 patients in the fixed group achieved SVR12 (96.55% (CI: 88.3–99.0%)). "
        "Whereas, 57 out of the total 58 patients in the tailored group achieved SVR12 (98.28% (CI: 90.9–99.7%)).",
        [
            G(47, "count", "RVR", "fixed"),
            G(58, "denominator", None, None),
            G(81.03, "percent|rate", "RVR", "fixed"),
            G(69.1, "ci_low", "RVR", "fixed"),
            G(89.1, "ci_high", "RVR", "fixed"),
            G(45, "count", "RVR", "tailored"),
            G(58, "denominator", None, None),
            G(77.59, "percent|rate", "RVR", "tailored"),
            G(65.3, "ci_low", "RVR", "tailored"),
            G(86.4, "ci_high", "RVR", "tailored"),
            G(0.642, "p", "RVR", "*"),
            G(56, "count", "SVR12", "fixed"),
            G(58, "denominator", None, None),
            G(12, "*", None, None),
            G(96.55, "percent|rate", "SVR12", "fixed"),
            G(88.3, "ci_low", "SVR12", "fixed"),
            G(99.0, "ci_high", "SVR12", "fixed"),
            G(57, "count", "SVR12", "tailored"),
            G(58, "denominator", None, None),
            G(12, "*", None, None),
            G(98.28, "percent|rate", "SVR12", "tailored"),
            G(90.9, "ci_low", "SVR12", "tailored"),
            G(99.7, "ci_high", "SVR12", "tailored"),
        ],
    ),
    # same page ("Non-inferiority was confirmed since the upper bound of the two-sided 95% confidence interval (CI)
    # for the absolute difference in proportions of SVR12 between groups ... did not exceed the specified
    # non-inferiority margin of +0.1 (10%), both in the intention to treat (ITT) population (−1.67%, CI: −9.8%–+5.9%),
    # and in the per-protocol (PP) population (−1.69%, CI:−9%–+4.58%)")
    (
        "Patients were randomly assigned to a fixed course of sofadasvir (fixed group) or a response-guided course "
        "(tailored group).",
        "Non-inferiority was confirmed, since the upper bound of the two-sided 95% confidence interval for the "
        "absolute difference in SVR12 proportions between groups did not exceed the margin of 10%, both in the "
        "intention-to-treat population (−1.72%, CI: −9.6% to 6.1%) and in the per-protocol population (−1.75%, CI: "
        "−9.2% to 4.9%).",
        [
            G(95, "*", None, None),
            G(12, "*", None, None),
            G(10, "*", None, None),
            G(-1.72, "value|percent", "SVR12", "*"),
            G(-9.6, "ci_low", "SVR12", "*"),
            G(6.1, "ci_high", "SVR12", "*"),
            G(-1.75, "value|percent", "SVR12", "*"),
            G(-9.2, "ci_low", "SVR12", "*"),
            G(4.9, "ci_high", "SVR12", "*"),
        ],
    ),
    # http://www.ibtimes.co.uk/cure-hepatitis-c-helps-hiv-patients-1457507 ("For treatment-naive patients, 76% with
    # genotype 1, 88% with genotype 2 and 67% with genotype 3 were cured. Treatment-experienced patients had even
    # better cure rates: 92% for patients with genotype 2 and 94% for patients with genotype 3.")
    (
        "Patients coinfected with HIV and hepatitis C received sofalivir plus ribavirin for 12 or 24 weeks.",
        "Among treatment-naive patients, 74% with genotype 1, 86% with genotype 2 and 69% with genotype 3 were "
        "cured. Treatment-experienced patients had higher cure rates: 91% for patients with genotype 2 and 93% for "
        "patients with genotype 3.",
        [
            G(74, "percent|rate", "cured|cure rates", "treatment-naive genotype 1"),
            G(1, "*", None, None),
            G(86, "percent|rate", "cured|cure rates", "treatment-naive genotype 2"),
            G(2, "*", None, None),
            G(69, "percent|rate", "cured|cure rates", "treatment-naive genotype 3"),
            G(3, "*", None, None),
            G(91, "percent|rate", "cured|cure rates", "treatment-experienced genotype 2"),
            G(2, "*", None, None),
            G(93, "percent|rate", "cured|cure rates", "treatment-experienced genotype 3"),
            G(3, "*", None, None),
        ],
    ),
    # https://www.hepmag.com/article/sofosbuvir-ribavirin-23843-190284350 ("The rate of sustained virologic response
    # (SVR, considered a cure) 12 weeks after therapy among the group taking the active drugs was 78 percent compared
    # with 0 percent taking the placebo.")
    (
        "Patients unable to take interferon were randomly assigned to sofalivir plus ribavirin or to placebo for 12 "
        "weeks.",
        "The rate of sustained virologic response 12 weeks after therapy among the group taking the active drugs was "
        "77 percent, compared with 0 percent among those taking placebo.",
        [
            G(12, "*", None, None),
            G(77, "percent|rate", "sustained virologic response", "sofalivir"),
            G(0, "percent|rate", "sustained virologic response", "placebo"),
        ],
    ),
    # same page ("Among them, 103 took the regimen for 12 weeks and 98 for 16 weeks. The SVR rate for the 12-week
    # group was 50 percent, compared with 73 percent for the 16-week group.")
    (
        "Patients who had not responded to interferon were randomly assigned to sofalivir plus ribavirin for 12 or "
        "16 weeks.",
        "Among them, 101 took the regimen for 12 weeks and 96 for 16 weeks. The SVR rate for the 12-week group was "
        "48 percent, compared with 71 percent for the 16-week group.",
        [
            G(101, "count", "*", "12 weeks", optional=True),
            G(12, "*", None, None),
            G(96, "count", "*", "16 weeks", optional=True),
            G(16, "*", None, None),
            G(12, "*", None, None),
            G(48, "percent|rate", "SVR", "12-week"),
            G(16, "*", None, None),
            G(71, "percent|rate", "SVR", "16-week"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC7225060 ("During up to 5.2 years of follow-up and a total of 28,322
    # person-years, 206 incident AF cases occurred; 88 in the intensive BP lowering arm and 118 in the standard BP
    # lowering arm. Intensive BP lowering was associated with a 26% lower risk of developing new AF (hazard ratio=
    # 0.74; 95% confidence interval, 0.56 to 0.98; p-value =0.037).")
    (
        "Participants with hypertension were randomly assigned to intensive or standard blood-pressure lowering (the "
        "intensive arm and the standard arm).",
        "During up to 4.8 years of follow-up and a total of 26,915 person-years, 194 incident atrial fibrillation "
        "cases occurred; 81 in the intensive arm and 113 in the standard arm. Intensive lowering was associated with "
        "a 29% lower risk of developing new atrial fibrillation (hazard ratio, 0.71; 95% confidence interval, 0.53 "
        "to 0.95; P=0.021).",
        [
            G(4.8, "*", "follow-up", None, optional=True),
            G(26915, "*", "person-years", None, optional=True),
            G(194, "count|events", "atrial fibrillation", None),
            G(81, "count|events", "atrial fibrillation", "intensive"),
            G(113, "count|events", "atrial fibrillation", "standard"),
            G(29, "percent|value", "atrial fibrillation", "*"),
            G(0.71, "hr", "atrial fibrillation", "*"),
            G(0.53, "ci_low", "atrial fibrillation", "*"),
            G(0.95, "ci_high", "atrial fibrillation", "*"),
            G(0.021, "p", "atrial fibrillation", "*"),
        ],
    ),
    # https://pubmed.ncbi.nlm.nih.gov/26056336/ ("During follow-up of 4.6±1.1 years, new-onset AF was diagnosed in 701
    # patients (7.9%). ... in-treatment SBP ≤130 mm Hg ... was associated with a 40% lower risk (95% confidence
    # interval, 18%-55%) and in-treatment SBP of 131 to 141 mm Hg with a 24% lower risk (95% confidence interval,
    # 7%-38%) of new AF.")
    (
        "Hypertensive patients with left ventricular hypertrophy were randomly assigned to losaril- or atenolol-based "
        "treatment.",
        "During follow-up of 4.7±1.2 years, new-onset atrial fibrillation was diagnosed in 688 patients (7.6%). "
        "Compared with in-treatment systolic pressure ≥142 mm Hg, in-treatment systolic pressure ≤130 mm Hg was "
        "associated with a 38% lower risk (95% CI, 16%-54%) and in-treatment systolic pressure of 131 to 141 mm Hg "
        "with a 22% lower risk (95% CI, 5%-36%) of new atrial fibrillation.",
        [
            G(4.7, "mean", "follow-up", None, optional=True),
            G(1.2, "sd", "follow-up", None, optional=True),
            G(688, "count", "new-onset atrial fibrillation", None),
            G(7.6, "percent", "new-onset atrial fibrillation", None),
            G(142, "*", None, None),
            G(130, "*", None, None),
            G(38, "percent|value", "atrial fibrillation", "systolic pressure ≤130 mm Hg"),
            G(16, "ci_low", "atrial fibrillation", "systolic pressure ≤130 mm Hg"),
            G(54, "ci_high", "atrial fibrillation", "systolic pressure ≤130 mm Hg"),
            G(131, "*", None, None),
            G(141, "*", None, None),
            G(22, "percent|value", "atrial fibrillation", "systolic pressure of 131 to 141 mm Hg"),
            G(5, "ci_low", "atrial fibrillation", "systolic pressure of 131 to 141 mm Hg"),
            G(36, "ci_high", "atrial fibrillation", "systolic pressure of 131 to 141 mm Hg"),
        ],
    ),
    # https://e-syllabus.gotoper.com/news/fda-approves-niraparib-for-ovarian-cancer ("After a median follow-up of 16.9
    # months, the median progression-free survival (PFS) with maintenance niraparib was 21 months compared with 5.5
    # months for placebo in patients with germline BRCA mutations (HR, 0.27; 95% CI, 0.17-0.41; P <.001).")
    (
        "Patients with platinum-sensitive recurrent ovarian cancer were randomly assigned to maintenance zeniparib or "
        "placebo.",
        "After a median follow-up of 17.4 months, the median PFS with maintenance zeniparib was 20.3 months compared "
        "with 5.6 months for placebo in patients with germline BRCA mutations (HR, 0.29; 95% CI, 0.18-0.44; P <.001). "
        "These findings were consistent across subgroups, including patients without BRCA mutations.",
        [
            G(17.4, "median", "follow-up", None, optional=True),
            G(20.3, "median", "PFS", "zeniparib"),
            G(5.6, "median", "PFS", "placebo"),
            G(0.29, "hr", "PFS", "*"),
            G(0.18, "ci_low", "PFS", "*"),
            G(0.44, "ci_high", "PFS", "*"),
            G(0.001, "p", "PFS", "*"),
        ],
    ),
    # https://pilihbajumuslim.com/mastah-kampret/wNy02bj5CZilmcjNnL3d3d6MHc0/document/655110174/provenge-2 ("In the
    # sipuleucel-T group, there was a relative reduction of 22% in the risk of death as compared with the placebo group
    # (hazard ratio, 0.78; 95% confidence interval [CI], 0.61 to 0.98; P = 0.03). This reduction represented a
    # 4.1-month improvement in median survival (25.8 months in the sipuleucel-T group vs. 21.7 months in the placebo
    # group).")
    (
        "Men with metastatic castration-resistant prostate cancer were randomly assigned in a 2:1 ratio to receive "
        "dendracel-T or placebo.",
        "In the dendracel-T group, there was a relative reduction of 21% in the risk of death as compared with the "
        "placebo group (hazard ratio, 0.79; 95% confidence interval [CI], 0.62 to 0.99; P = 0.04). This reduction "
        "represented a 3.9-month improvement in median survival (25.2 months in the dendracel-T group vs. 21.3 "
        "months in the placebo group).",
        [
            G(21, "percent|value", "death", "*"),
            G(0.79, "hr", "death", "*"),
            G(0.62, "ci_low", "death", "*"),
            G(0.99, "ci_high", "death", "*"),
            G(0.04, "p", "death", "*"),
            G(3.9, "value|median", "survival", "*"),
            G(25.2, "median", "survival", "dendracel-T"),
            G(21.3, "median", "survival", "placebo"),
        ],
    ),
    # https://www.ascopost.com/issues/march-25-2020/selected-ash-abstracts-on-cll-and-sll-relapsed-or-refractory-disease/
    # ("The progression-free survival benefit of venetoclax/rituximab over bendamustine/rituximab was sustained (hazard
    # ratio [HR] = 0.19, 95% confidence interval [CI] = 0.14–0.25; P < .0001). The 4-year progression-free survival
    # estimates were 57.3% (95% CI = 49.4%–65.3%) vs 4.6% (95% CI = 0.1%–9.2%), respectively. ... (HR = 0.41, 95%
    # CI = 0.26–0.65; P < .0001; 4-year rate: 85.3% vs 66.8%)")
    (
        "Patients with relapsed chronic lymphocytic leukemia were randomly assigned to venorax/rituximab or "
        "bendamustine/rituximab.",
        "The progression-free survival benefit of venorax/rituximab over bendamustine/rituximab was sustained "
        "(hazard ratio [HR] = 0.21, 95% confidence interval [CI] = 0.15–0.28; P < .0001). The 4-year "
        "progression-free survival estimates were 55.8% (95% CI = 47.9%–63.7%) vs 5.1% (95% CI = 0.4%–9.8%), "
        "respectively. A sustained overall survival benefit was demonstrated with venorax/rituximab over "
        "bendamustine/rituximab (HR = 0.43, 95% CI = 0.27–0.68; P < .0001; 4-year rate: 84.6% vs 67.2%).",
        [
            G(0.21, "hr", "progression-free survival", "*"),
            G(0.15, "ci_low", "progression-free survival", "*"),
            G(0.28, "ci_high", "progression-free survival", "*"),
            G(0.0001, "p", "progression-free survival", "*"),
            G(4, "*", None, None),
            G(55.8, "percent|rate", "4-year progression-free survival", "venorax"),
            G(47.9, "ci_low", "4-year progression-free survival", "venorax"),
            G(63.7, "ci_high", "4-year progression-free survival", "venorax"),
            G(5.1, "percent|rate", "4-year progression-free survival", "bendamustine"),
            G(0.4, "ci_low", "4-year progression-free survival", "bendamustine"),
            G(9.8, "ci_high", "4-year progression-free survival", "bendamustine"),
            G(0.43, "hr", "overall survival", "*"),
            G(0.27, "ci_low", "overall survival", "*"),
            G(0.68, "ci_high", "overall survival", "*"),
            G(0.0001, "p", "overall survival", "*"),
            G(4, "*", None, None),
            G(84.6, "percent|rate", "4-year overall survival", "venorax"),
            G(67.2, "percent|rate", "4-year overall survival", "bendamustine"),
        ],
    ),
    # same page ("For the patients who completed 2 years of venetoclax (n = 130), the 18- and 24-month post-treatment
    # cessation progression-free survival estimates were 75.5% (95% CI = 67.4%–83.7%) and 68.0% (95% CI =
    # 57.6%–78.4%), respectively.")
    (
        "Patients with relapsed chronic lymphocytic leukemia were randomly assigned to venorax/rituximab, then "
        "venorax for 2 years, or to bendamustine/rituximab.",
        "For the patients who completed 2 years of venorax (n = 126), the 18- and 24-month post-treatment "
        "progression-free survival estimates were 74.2% (95% CI = 66.0%–82.4%) and 66.9% (95% CI = 56.3%–77.5%), "
        "respectively.",
        [
            G(2, "*", None, None),
            G(126, "count", "*", "completed 2 years of venorax", optional=True),
            G(18, "*", None, None),
            G(24, "*", None, None),
            G(74.2, "percent|rate", "18-month progression-free survival", "completed 2 years of venorax"),
            G(66.0, "ci_low", "18-month progression-free survival", "completed 2 years of venorax"),
            G(82.4, "ci_high", "18-month progression-free survival", "completed 2 years of venorax"),
            G(66.9, "percent|rate", "24-month progression-free survival", "completed 2 years of venorax"),
            G(56.3, "ci_low", "24-month progression-free survival", "completed 2 years of venorax"),
            G(77.5, "ci_high", "24-month progression-free survival", "completed 2 years of venorax"),
        ],
    ),
    # https://litmetric.com/detail/22301126/Efficacy-and-safety-of-taspoglutide-monotherapy-in-drug-naive-type-2-diabetic-patients-after-24-week
    # ("HbA(1c) reductions from baseline were greater with taspoglutide 10 and 20 mg than placebo (least squares mean
    # [SE] changes: -1.01% [0.07], -1.18% [0.06], and -0.09% [0.07], respectively; both P < 0.0001 vs. placebo).")
    (
        "Drug-naive patients with type 2 diabetes were randomized to weekly taspalide 10 mg, taspalide 20 mg or "
        "placebo for 24 weeks.",
        "HbA1c reductions from baseline were greater with taspalide 10 and 20 mg than with placebo (least squares "
        "mean [SE] changes: -0.98% [0.07], -1.15% [0.06], and -0.11% [0.07], respectively; both P < 0.0001 vs. "
        "placebo).",
        [
            G(10, "*", None, None),
            G(20, "*", None, None),
            G(-0.98, "mean", "HbA1c", "taspalide 10 mg"),
            G(0.07, "se", "HbA1c", "taspalide 10 mg"),
            G(-1.15, "mean", "HbA1c", "taspalide 20 mg"),
            G(0.06, "se", "HbA1c", "taspalide 20 mg"),
            G(-0.11, "mean", "HbA1c", "placebo"),
            G(0.07, "se", "HbA1c", "placebo"),
            G(0.0001, "p", "HbA1c", "*"),
        ],
    ),
    # same page ("Decreases in bodyweight were greater with taspoglutide 10 mg (-1.45 kg [0.32]) and with 20 mg (-2.25
    # kg [0.30]) than placebo (-1.23 kg [0.31]; P = 0.61 and P = 0.02 for taspoglutide 10 and 20 mg vs. placebo,
    # respectively).")
    (
        "Drug-naive patients with type 2 diabetes were randomized to weekly taspalide 10 mg, taspalide 20 mg or "
        "placebo for 24 weeks.",
        "Decreases in body weight were greater with taspalide 10 mg (-1.52 kg [0.32]) and with 20 mg (-2.31 kg "
        "[0.30]) than with placebo (-1.19 kg [0.31]; P = 0.58 and P = 0.01 for taspalide 10 and 20 mg vs. placebo, "
        "respectively).",
        [
            G(10, "*", None, None),
            G(-1.52, "mean", "body weight", "taspalide 10 mg"),
            G(0.32, "se", "body weight", "taspalide 10 mg"),
            G(20, "*", None, None),
            G(-2.31, "mean", "body weight", "taspalide 20 mg"),
            G(0.30, "se", "body weight", "taspalide 20 mg"),
            G(-1.19, "mean", "body weight", "placebo"),
            G(0.31, "se", "body weight", "placebo"),
            G(0.58, "p", "body weight", "*"),
            G(0.01, "p", "body weight", "*"),
            G(10, "*", None, None),
            G(20, "*", None, None),
        ],
    ),
    # https://wicri-demo.istex.fr/Wicri/Sante/explor/SidaSubSaharaV1/Site/fr/Pmc/Curation/bibRecord.php?hk=000319
    # ("A total of 2180 participants were enrolled and followed for a median of 2.5 years; 453 malaria episodes were
    # recorded. Malaria incidence was 9.1/100 person-years (pyrs) [95% confidence interval (CI) = 8.2–10.1] and was
    # higher")
    (
        "HIV-infected adults on antiretroviral therapy were randomized to continue cotrimazine (cotrimazine arm) or "
        "to stop it and receive placebo (placebo arm).",
        "A total of 2136 participants were enrolled and followed for a median of 2.4 years; 437 malaria episodes "
        "were recorded. Malaria incidence was 8.7/100 person-years (95% CI = 7.8–9.7) and was higher in the placebo "
        "arm than in the cotrimazine arm (rate ratio, 2.1; 95% CI, 1.6–2.8).",
        [
            G(2136, "count", "enrolled", None, optional=True),
            G(2.4, "median", "follow-up", None, optional=True),
            G(437, "count|events", "malaria episodes", None),
            G(8.7, "rate|value", "malaria incidence", None),
            G(100, "*", None, None),
            G(7.8, "ci_low", "malaria incidence", None),
            G(9.7, "ci_high", "malaria incidence", None),
            G(2.1, "rr", "malaria incidence", "*"),
            G(1.6, "ci_low", "malaria incidence", "*"),
            G(2.8, "ci_high", "malaria incidence", "*"),
        ],
    ),
    # https://www.springermedizin.de/link?doi=10.1186%2Fs12879-016-2177-8 ("Of the 94 individuals who completed the
    # study (placebo: n = 44, ARMS-I: n = 50), six presented with confirmed URI (placebo: 4, ARMS-I: 2), representing
    # a 55% relative reduction, albeit this was statistically not significant). Influenza, coronavirus or rhinovirus
    # were detected in three participants; all in the placebo group.")
    (
        "Healthy adults were randomized to an oral barrier spray (spray group) or placebo for 75 days.",
        "Of the 96 individuals who completed the study (placebo: n = 45, spray: n = 51), seven presented with a "
        "confirmed upper respiratory infection (placebo: 5, spray: 2), representing a 56% relative reduction, "
        "albeit not statistically significant. Influenza, coronavirus or rhinovirus were detected in three "
        "participants, all in the placebo group.",
        [
            G(96, "count", "completed", None, optional=True),
            G(45, "count", "completed", "placebo", optional=True),
            G(51, "count", "completed", "spray", optional=True),
            G(7, "count", "upper respiratory infection", None),
            G(5, "count", "upper respiratory infection", "placebo"),
            G(2, "count", "upper respiratory infection", "spray"),
            G(56, "percent|value", "upper respiratory infection", "*"),
            G(3, "count", "influenza, coronavirus or rhinovirus|detected", "placebo"),
        ],
    ),
    # http://jafib.com/published.php?type=abstract&id=2401 ("Participants randomized to intensive BP lowering had
    # significantly lower risk of incident AF compared with those randomized tostandard BP lowering (AF incidence 2.2%
    # vs. 3.0%, respectively; pooled hazard ratio (95% confidence interval): 0.74 (0.59 – 0.93)).")
    (
        "Three randomized trials of intensive versus standard blood-pressure lowering were pooled.",
        "Participants randomized to intensive lowering had a significantly lower risk of incident atrial "
        "fibrillation than those randomized to standard lowering (incidence 2.1% vs. 2.9%, respectively; pooled "
        "hazard ratio (95% confidence interval): 0.72 (0.57 – 0.91)).",
        [
            G(2.1, "percent|rate", "atrial fibrillation", "intensive"),
            G(2.9, "percent|rate", "atrial fibrillation", "standard"),
            G(0.72, "hr", "atrial fibrillation", "*"),
            G(0.57, "ci_low", "atrial fibrillation", "*"),
            G(0.91, "ci_high", "atrial fibrillation", "*"),
        ],
    ),
    # https://portlandpress.com/bioscirep/article/doi/10.1042/BSR20192226/222203/Efficacy-and-safety-of-PARP-inhibitors-as-the
    # ("(BRCAwt: HR = 0.53, 95%CI = 0.42–0.68, P < 0.00001; BRCAm: HR = 0.30, 95%CI = 0.26–0.34, P < 0.00001; ...).
    # Our analysis revealed the incidence rates for AEs of grade ≥3 (grades 3 to 4) and serious AEs in PARPis group
    # were 55.19% and 26.29%, respectively.")
    (
        "Randomized trials of PARP inhibitor maintenance versus placebo in ovarian cancer were pooled.",
        "Compared with the placebo group, the PARP inhibitor group had a significant advantage in PFS in patients "
        "with BRCA wild-type and BRCA-mutated disease (BRCA wild-type: HR = 0.55, 95% CI = 0.43–0.70, P < 0.00001; "
        "BRCA-mutated: HR = 0.31, 95% CI = 0.27–0.36, P < 0.00001). The incidence rates of grade ≥3 adverse events "
        "and serious adverse events in the PARP inhibitor group were 54.8% and 25.9%, respectively.",
        [
            G(0.55, "hr", "PFS", "BRCA wild-type"),
            G(0.43, "ci_low", "PFS", "BRCA wild-type"),
            G(0.70, "ci_high", "PFS", "BRCA wild-type"),
            G(0.00001, "p", "PFS", "*"),
            G(0.31, "hr", "PFS", "BRCA-mutated"),
            G(0.27, "ci_low", "PFS", "BRCA-mutated"),
            G(0.36, "ci_high", "PFS", "BRCA-mutated"),
            G(0.00001, "p", "PFS", "*"),
            G(3, "*", None, None),
            G(54.8, "percent|rate", "grade ≥3 adverse events", "PARP inhibitor"),
            G(25.9, "percent|rate", "serious adverse events", "PARP inhibitor"),
        ],
    ),
    # ==== phase 1/2 oncology =======================================================================================
    # https://oak.novartis.com/id/eprint/42118 ("Most patients (61%) had received five or more prior lines of therapy.
    # No dose-limiting toxicities were reported and, hence, the maximum tolerated dose was 10 mg/kg or more. ... the
    # most common drug-related adverse events were maculopapular rash (22%), followed by malaise and increased blood
    # alkaline phosphatase (11% each). Partial responses were reported in two patients (11%), one with transitional
    # cell carcinoma and the other with hepatocellular carcinoma.")
    (
        "Patients with advanced malignancies received pembralimab intravenously at 1, 3 or 10 mg/kg every 2 weeks.",
        "Most patients (58%) had received five or more prior lines of therapy. No dose-limiting toxicities were "
        "reported, and the maximum tolerated dose was therefore 10 mg/kg or more. The most common drug-related "
        "adverse events were maculopapular rash (24%), followed by malaise and increased blood alkaline phosphatase "
        "(12% each). Partial responses were reported in two patients (12%), one with urothelial carcinoma and the "
        "other with hepatocellular carcinoma.",
        [
            G(58, "percent", "prior lines", None, optional=True),
            G(5, "*", None, None),
            G(10, "*", None, None),
            G(24, "percent", "maculopapular rash", None),
            G(12, "percent", "malaise", None),
            G(12, "percent", "increased blood alkaline phosphatase", None),
            G(2, "count", "partial responses", None),
            G(12, "percent", "partial responses", None),
        ],
    ),
    # https://aacrjournals.org/cancerres/article/76/14_Supplement/CT050/613016/Abstract-CT050-A-Phase-I-II-Study-of-MCLA-128-a
    # ("Twenty-eight pts received MCLA-128 in 9 dose-escalation cohorts (40-160 mg in cohorts of 1 evaluable pt,
    # 240-900 mg in cohorts of 3 to 6 evaluable pts). ... G2 neutropenia in 1 pt. IRR occurred in 50% of pts with a
    # trend for increased incidence with dose")
    (
        "Patients with advanced epithelial tumors received zanertuzumab every 3 weeks in dose-escalation cohorts.",
        "Twenty-six patients received zanertuzumab in 8 dose-escalation cohorts (40-160 mg in cohorts of 1 "
        "evaluable patient, 240-900 mg in cohorts of 3 to 6 evaluable patients). Infusion-related reactions "
        "occurred in 46% of patients, with a trend toward increased incidence with dose; grade 2 neutropenia "
        "occurred in 1 patient.",
        [
            G(26, "count", "received", None, optional=True),
            G(8, "*", None, None),
            G(40, "*", None, None),
            G(160, "*", None, None),
            G(1, "*", None, None),
            G(240, "*", None, None),
            G(900, "*", None, None),
            G(3, "*", None, None),
            G(6, "*", None, None),
            G(46, "percent", "infusion-related reactions", None),
            G(2, "*", None, None),
            G(1, "count", "neutropenia", None),
        ],
    ),
    # https://discovery.researcher.life/topic/recommended-dose/17726953?page=6 ("Nineteen pts (median [range] age: 59
    # [29-73]; 63.2% male; 94.7% ECOG 1) were treated ... DLT was not observed ... The most common (incidence ≥10%)
    # TEAE ≥ grade 3 was dysphagia (2/19 pts, 10.5%), which occurred in the 5 mg/kg and 10 mg/kg dose cohorts. ...
    # Seven of 18 pts who were evaluable for tumor assessment had stable disease as best response")
    (
        "Patients with advanced solid tumors received tirelimab intravenously every 3 weeks at 0.02 to 30 mg/kg.",
        "Nineteen patients (median age, 60 years [range, 31-74]; 63.2% male) were treated with at least one cycle. "
        "No DLT was observed. The most common grade ≥3 TEAE was dysphagia (2/19 patients, 10.5%), which occurred in "
        "the 5 mg/kg and 10 mg/kg dose cohorts. Seven of 18 patients evaluable for tumor assessment had stable "
        "disease as best response.",
        [
            G(19, "count", "treated", None, optional=True),
            G(60, "median", "age", None, optional=True),
            G(31, "min", "age", None, optional=True),
            G(74, "max", "age", None, optional=True),
            G(63.2, "percent", "male", None, optional=True),
            G(3, "*", None, None),
            G(2, "count", "dysphagia", None),
            G(19, "denominator", None, None),
            G(10.5, "percent", "dysphagia", None),
            G(5, "*", None, None),
            G(10, "*", None, None),
            G(7, "count", "stable disease", None),
            G(18, "denominator", None, None),
        ],
    ),
    # same page ("Median Tmax values ranged from 1.08 to 2.96 hours, and mean T1/2 values ranged from 119 to 182
    # hours")
    (
        "Patients with advanced solid tumors received tirelimab intravenously every 3 weeks at 0.02 to 30 mg/kg.",
        "Median Tmax values ranged from 1.12 to 3.04 hours, and mean T1/2 values ranged from 124 to 176 hours "
        "across dose levels.",
        [
            G(1.12, "min|median", "Tmax", None),
            G(3.04, "max|median", "Tmax", None),
            G(124, "min|mean", "T1/2|half-life", None),
            G(176, "max|mean", "T1/2|half-life", None),
        ],
    ),
    # https://discovery.researcher.life/article/naxitamab-nax-treatment-for-refractoryrelapsed-rr-highrisk-neuroblastoma-hrnb-response-data-and-efficacy-in-patient-pt-subgroups/2534b3531fda3ab29a2c8a7bd829fa9b
    # ("Overall response rate (ORR; complete response [CR] + PR) was 58% (44% CR; Table). Of the 9 responders who had
    # PR initially, 4 improved to CR. Median number of cycles before onset of response (CR or PR) was 2 (range 2–8)
    # and median time to onset of response (CR or PR) was 7.3 wks (95% CI 6–17). Median duration of response was 24.9
    # wks (95% CI 25–not estimable).")
    (
        "Patients with refractory or relapsed high-risk neuroblastoma received naxolimab with GM-CSF in 4-week cycles.",
        "Overall response rate (complete response plus partial response) was 56% (42% complete response). Of the 9 "
        "responders who had a partial response initially, 4 improved to complete response. Median number of cycles "
        "before onset of response was 2 (range 2–7), and median time to onset of response was 7.1 weeks (95% CI "
        "6–16). Median duration of response was 23.8 weeks (95% CI 23–not estimable).",
        [
            G(56, "percent|rate", "overall response rate", None),
            G(42, "percent|rate", "complete response", None),
            G(9, "count", "responders|partial response", None, optional=True),
            G(4, "count", "improved to complete response", None),
            G(2, "median", "cycles before onset of response", None),
            G(2, "min", "cycles before onset of response", None),
            G(7, "max", "cycles before onset of response", None),
            G(7.1, "median", "time to onset of response", None),
            G(6, "ci_low", "time to onset of response", None),
            G(16, "ci_high", "time to onset of response", None),
            G(23.8, "median", "duration of response", None),
            G(23, "ci_low", "duration of response", None),
        ],
    ),
    # same page ("The most common adverse events (CTCAE graded) were infusion-related reactions including hypotension
    # and pain, which occurred in 98% and 96% of pts, respectively.")
    (
        "Patients with refractory or relapsed high-risk neuroblastoma received naxolimab with GM-CSF in 4-week cycles.",
        "The most common adverse events were infusion-related reactions, including hypotension and pain, which "
        "occurred in 97% and 94% of patients, respectively.",
        [
            G(97, "percent", "hypotension", None),
            G(94, "percent", "pain", None),
        ],
    ),
    # https://aacrjournals.org/clincancerres/article/28/6/1087/682036/Co-Targeting-of-MDM2-and-CDK4-6-with-Siremadlin
    # ("As of October 16, 2019 (last patient last visit), 74 patients had enrolled. Median duration of exposure was 13
    # (range, 1–174) weeks. Dose-limiting toxicities occurred in 10 patients, most of which were Grade 3/4 hematologic
    # events. ... Three patients achieved a partial response, and 38 achieved stable disease. One patient (Regimen C)
    # died as a result of treatment-related hematotoxicity.")
    (
        "Patients with liposarcoma received sirodlin plus ribociclin in one of three regimens (A, B and C).",
        "As of October 2019, 71 patients had enrolled. Median duration of exposure was 12 (range, 1–168) weeks. "
        "Dose-limiting toxicities occurred in 9 patients, most of which were grade 3/4 hematologic events. Three "
        "patients achieved a partial response, and 36 achieved stable disease. One patient (Regimen C) died as a "
        "result of treatment-related hematotoxicity.",
        [
            G(2019, "*", None, None),
            G(71, "count", "enrolled", None, optional=True),
            G(12, "median", "duration of exposure", None),
            G(1, "min", "duration of exposure", None),
            G(168, "max", "duration of exposure", None),
            G(9, "count", "dose-limiting toxicities", None),
            G(3, "*", None, None),
            G(4, "*", None, None),
            G(3, "count", "partial response", None),
            G(36, "count", "stable disease", None),
            G(1, "count", "died|hematotoxicity", "Regimen C"),
        ],
    ),
    # http://ashpublications.com/blood/article/114/22/921/65400/Clofarabine-CLO-Has-Single-Agent-Activity-in
    # ("Thirty-three pts (18 females, 15 males) have been enrolled (7 in the phase I portion and 26 in the phase II),
    # of which 29 are evaluable for response and/or toxicity ... Median age was 69 years (range 27-88), median number
    # of prior therapies was 3 (range 1-8) ... Thrombocytopenia was the dose-limiting toxicity at 6 mg/m2 in 2/6 pts.
    # The MTD recommended for phase II was 4 mg/m2.")
    (
        "Patients with relapsed or refractory non-Hodgkin lymphoma received clofaribine on days 1-5 every 28 days; "
        "the phase I portion escalated the dose from 4 mg/m2 by 2 mg/m2 per cohort.",
        "Thirty-one patients (17 females, 14 males) have been enrolled (7 in the phase I portion and 24 in the "
        "phase II portion), of whom 27 are evaluable for response and/or toxicity. Median age was 68 years (range "
        "29-86), and the median number of prior therapies was 3 (range 1-7). Thrombocytopenia was the dose-limiting "
        "toxicity at 6 mg/m2 in 2/6 patients. The maximum tolerated dose recommended for phase II was 4 mg/m2.",
        [
            G(31, "count", "enrolled", None, optional=True),
            G(17, "count", "females", None, optional=True),
            G(14, "count", "males", None, optional=True),
            G(7, "count", "enrolled", "phase I", optional=True),
            G(24, "count", "enrolled", "phase II", optional=True),
            G(27, "count", "evaluable", None, optional=True),
            G(68, "median", "age", None, optional=True),
            G(29, "min", "age", None, optional=True),
            G(86, "max", "age", None, optional=True),
            G(3, "median", "prior therapies", None, optional=True),
            G(1, "min", "prior therapies", None, optional=True),
            G(7, "max", "prior therapies", None, optional=True),
            G(6, "*", None, None),
            G(2, "count", "dose-limiting toxicity|thrombocytopenia", "6 mg/m2"),
            G(6, "denominator", None, None),
            G(4, "*", None, None),
        ],
    ),
    # https://library.ehaweb.org/eha/2021/eha2021-virtual-congress/325223/sonja.loges.the.combination.of.axl.inhibitor.bemcentinib.and.low-dose.html
    # ("the B+L cohorts (n=31) comprised 7 ND and 24 r/r (17 REL, 7 REF) AML pts ... Median age: 75yrs [66-86] for
    # REL, 75 [71-81] for REF. Adverse cytogenetic risk profile: 5/17 (29%) in REL, 2/7 (29%) in REF. Median bone
    # marrow (BM) myeloblast count at screening: 32% [6-94] for REL, 40% [3-54] for REF.")
    (
        "Patients with AML unfit for intensive therapy received bemcitinib at the RP2D (200 mg daily) plus low-dose "
        "cytarabine.",
        "As of January 2021, the combination cohorts (n=29) comprised 6 newly diagnosed and 23 relapsed/refractory "
        "patients (16 relapsed, 7 refractory). Median age was 75 years [66-86] for relapsed and 74 [70-81] for "
        "refractory patients. An adverse cytogenetic risk profile was present in 5/16 (31%) relapsed and 2/7 (29%) "
        "refractory patients. Median bone marrow myeloblast count at screening was 31% [6-92] for relapsed and 41% "
        "[3-55] for refractory patients.",
        [
            G(2021, "*", None, None),
            G(29, "count", "*", None, optional=True),
            G(6, "count", "*", "newly diagnosed", optional=True),
            G(23, "count", "*", "relapsed/refractory", optional=True),
            G(16, "count", "*", "relapsed", optional=True),
            G(7, "count", "*", "refractory", optional=True),
            G(75, "median", "age", "relapsed", optional=True),
            G(66, "min", "age", "relapsed", optional=True),
            G(86, "max", "age", "relapsed", optional=True),
            G(74, "median", "age", "refractory", optional=True),
            G(70, "min", "age", "refractory", optional=True),
            G(81, "max", "age", "refractory", optional=True),
            G(5, "count", "adverse cytogenetic risk", "relapsed"),
            G(16, "denominator", None, None),
            G(31, "percent", "adverse cytogenetic risk", "relapsed"),
            G(2, "count", "adverse cytogenetic risk", "refractory"),
            G(7, "denominator", None, None),
            G(29, "percent", "adverse cytogenetic risk", "refractory"),
            G(31, "median", "bone marrow myeloblast", "relapsed"),
            G(6, "min", "bone marrow myeloblast", "relapsed"),
            G(92, "max", "bone marrow myeloblast", "relapsed"),
            G(41, "median", "bone marrow myeloblast", "refractory"),
            G(3, "min", "bone marrow myeloblast", "refractory"),
            G(55, "max", "bone marrow myeloblast", "refractory"),
        ],
    ),
    # https://ashpublications.org/blood/article/138/Supplement%201/4775/481785/Bispecific-T-Cell-Engager-Antibodies-in-Multiple
    # ("stated an overall response rate (ORR) of 65% among patients receiving subcutaneous (SQ) teclistamab ..., 30%
    # and 58% of the responders had a complete response (CR) and very good partial response (VGPR), respectively. A
    # similar ORR of 63% was reported in 28 patients ... receiving SQ talquetamab ... ORR of 51.7% in patients
    # receiving IV BFCR4350A at doses ≥3.6/20mg (Partial response (PR):17.2% and CR: 10.3%).")
    (
        "Phase 1 studies of BCMA-directed bispecific antibodies in relapsed or refractory myeloma were reviewed.",
        "One study (n=40) reported an overall response rate (ORR) of 65% among patients receiving subcutaneous "
        "teclimab; 30% and 58% of the responders had a complete response and a very good partial response, "
        "respectively. A similar ORR of 63% was reported in 28 patients receiving subcutaneous talquimab. Another "
        "study reported an ORR of 51.7% in patients receiving intravenous cevomab at doses ≥3.6/20 mg (partial "
        "response, 17.2%; complete response, 10.3%).",
        [
            G(40, "count", "*", "teclimab", optional=True),
            G(65, "percent|rate", "ORR", "teclimab"),
            G(30, "percent", "complete response", "teclimab"),
            G(58, "percent", "very good partial response", "teclimab"),
            G(63, "percent|rate", "ORR", "talquimab"),
            G(28, "count", "*", "talquimab", optional=True),
            G(51.7, "percent|rate", "ORR", "cevomab"),
            G(3.6, "*", None, None),
            G(20, "*", None, None),
            G(17.2, "percent", "partial response", "cevomab"),
            G(10.3, "percent", "complete response", "cevomab"),
        ],
    ),
    # https://veri.larvol.com/associations/ncam1-expression_solid-tumor_imgn901 ("Responses included 1 complete
    # response (CR), 1 clinical CR, and 1 unconfirmed partial response (PR) in MCC; and 1 unconfirmed PR in SCLC.
    # Stable disease was seen for 25 % of all evaluable patients who received doses ≥60 mg/m2.")
    (
        "Patients with CD56-expressing solid tumors received lorvomab intravenously in a dose-escalation study.",
        "Responses included 1 complete response, 1 clinical complete response and 1 unconfirmed partial response in "
        "Merkel cell carcinoma, and 1 unconfirmed partial response in small-cell lung cancer. Stable disease was "
        "seen in 27% of all evaluable patients who received doses ≥60 mg/m2.",
        [
            G(1, "count", "complete response", "Merkel cell carcinoma"),
            G(1, "count", "clinical complete response", "Merkel cell carcinoma"),
            G(1, "count", "unconfirmed partial response", "Merkel cell carcinoma"),
            G(1, "count", "unconfirmed partial response", "small-cell lung cancer"),
            G(27, "percent", "stable disease", "60 mg/m2"),
            G(60, "*", None, None),
        ],
    ),
    # https://paperexplained.cn/articles/paper/detail/8b32953cb8c75bd581ea27b528705be1b51f5b5e ("26 patients received
    # a total of 52 cycles of IMGN388 at doses ranging from 5 to 80 mg/m2. IMGN388 was generally well-tolerated. Grade
    # 1/2 toxicities assessed to be treatment related include: fatigue, nausea, anorexia, vomiting, diarrhea")
    (
        "Patients with advanced solid tumors received integrumab every 3 weeks in escalating cohorts.",
        "Twenty-four patients received a total of 49 cycles of integrumab at doses ranging from 5 to 80 mg/m2. "
        "Integrumab was generally well tolerated. Grade 1/2 toxicities assessed to be treatment related included "
        "fatigue (n = 8), nausea (n = 6) and anorexia (n = 4).",
        [
            G(24, "count", "*", None, optional=True),
            G(49, "count", "cycles", None, optional=True),
            G(5, "*", None, None),
            G(80, "*", None, None),
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(8, "count", "fatigue", None),
            G(6, "count", "nausea", None),
            G(4, "count", "anorexia", None),
        ],
    ),
    # https://searchworks.staging.jioinstitute.edu.in/?f%5Beds_publication_type_facet%5D%5B%5D=Academic+Journals&q=%22Lisa+Golden%22&search_field=author
    # ("Forty-five patients were treated; seven experienced dose-limiting toxicities (all hematologic). The
    # maximum-tolerated doses (MTDs) were 40 mg/m(2) (schedule 1) and 105 mg/m(2) (schedule 2). ... Grade 4
    # neutropenia occurred in 73.3% of patients and was transient (typically < 5 days). Febrile neutropenia incidence
    # was low (7%).")
    (
        "Patients with advanced solid tumors received prexalib intravenously on days 1 to 3 every 14 days (schedule "
        "1) or on day 1 every 14 days (schedule 2).",
        "Forty-three patients were treated; six experienced dose-limiting toxicities (all hematologic). The maximum "
        "tolerated doses were 40 mg/m2 (schedule 1) and 105 mg/m2 (schedule 2). Grade 4 neutropenia occurred in "
        "72.1% of patients and was transient (typically <5 days). Febrile neutropenia incidence was low (7%).",
        [
            G(43, "count", "treated", None, optional=True),
            G(6, "count", "dose-limiting toxicities", None),
            G(40, "value", "maximum tolerated dose", "schedule 1", optional=True),
            G(1, "*", None, None),
            G(105, "value", "maximum tolerated dose", "schedule 2", optional=True),
            G(2, "*", None, None),
            G(4, "*", None, None),
            G(72.1, "percent", "neutropenia", None),
            G(5, "*", None, None),
            G(7, "percent", "febrile neutropenia", None),
        ],
    ),
    # same page ("Two patients (4.4%) had a partial response; one had squamous cell carcinoma (SCC) of the anus and one
    # had SCC of the head and neck. Fifteen patients (33.3%) had a best overall response of stable disease (range, 1.2
    # to 6.7 months), six of whom had SCC.")
    (
        "Patients with advanced solid tumors received prexalib intravenously on days 1 to 3 every 14 days (schedule "
        "1) or on day 1 every 14 days (schedule 2).",
        "Two patients (4.7%) had a partial response; one had squamous cell carcinoma of the anus and one had "
        "squamous cell carcinoma of the head and neck. Fourteen patients (32.6%) had a best overall response of "
        "stable disease (range, 1.1 to 6.9 months), six of whom had squamous cell carcinoma.",
        [
            G(2, "count", "partial response", None),
            G(4.7, "percent", "partial response", None),
            G(14, "count", "stable disease", None),
            G(32.6, "percent", "stable disease", None),
            G(1.1, "min", "stable disease", None, optional=True),
            G(6.9, "max", "stable disease", None, optional=True),
            G(6, "count", "stable disease", "squamous cell carcinoma"),
        ],
    ),
    # https://ascopost.com/News/58400 ("Among 50 patients evaluable for efficacy, complete response was observed in 1
    # (2%), partial response in 6 (12%), and stable disease in 26 (52%). ... At median follow-up of 17.5 months, 25%
    # of patients had a progression-free survival of > 14 months.")
    (
        "Patients with previously treated clear cell renal cell carcinoma received hifastat twice daily.",
        "Among 48 patients evaluable for efficacy, complete response was observed in 1 (2%), partial response in 6 "
        "(13%), and stable disease in 24 (50%). At data cutoff, 7 patients remained on study. At median follow-up "
        "of 16.8 months, 23% of patients had a progression-free survival of more than 14 months.",
        [
            G(48, "count", "evaluable", None, optional=True),
            G(1, "count", "complete response", None),
            G(2, "percent", "complete response", None),
            G(6, "count", "partial response", None),
            G(13, "percent", "partial response", None),
            G(24, "count", "stable disease", None),
            G(50, "percent", "stable disease", None),
            G(7, "count", "remained on study", None),
            G(16.8, "median", "follow-up", None, optional=True),
            G(23, "percent", "progression-free survival", None),
            G(14, "*", None, None),
        ],
    ),
    # same page ("The most common adverse events were anemia (35% grade 1 or 2, 10% grade 3), peripheral edema (37%
    # grade 1 or 2, 2% grade 3), and fatigue (37% grade 1 or 2). ... Hypoxia occurred in 18% of patients (all
    # receiving ≥ 800 mg twice daily) and was of grade 3 in 10%.")
    (
        "Patients with previously treated clear cell renal cell carcinoma received hifastat twice daily.",
        "The most common adverse events were anemia (33% grade 1 or 2, 12% grade 3), peripheral edema (35% grade 1 "
        "or 2, 4% grade 3), and fatigue (39% grade 1 or 2). Hypoxia occurred in 16% of patients (all receiving ≥800 "
        "mg twice daily) and was of grade 3 in 8%.",
        [
            G(33, "percent", "grade 1 or 2 anemia|anemia", None),
            G(1, "*", None, None),
            G(2, "*", None, None),
            G(12, "percent", "grade 3 anemia", None),
            G(3, "*", None, None),
            G(35, "percent", "grade 1 or 2 peripheral edema|peripheral edema", None),
            G(4, "percent", "grade 3 peripheral edema", None),
            G(39, "percent", "grade 1 or 2 fatigue|fatigue", None),
            G(16, "percent", "hypoxia", None),
            G(800, "*", None, None),
            G(8, "percent", "grade 3 hypoxia", None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC8265348 ("A total of 150 patients were randomized. The combination
    # therapy resulted in shorter median PFS by RECIST 1.1 than axitinib monotherapy (6.7 vs. 11.4 months).")
    (
        "Patients with metastatic renal cell carcinoma were randomized 1:1 to endotumab plus axitinil or axitinil "
        "alone in a phase II study.",
        "A total of 146 patients were randomized. The combination therapy resulted in shorter median PFS by RECIST "
        "1.1 than axitinil monotherapy (6.9 vs. 11.1 months).",
        [
            G(146, "count", "randomized", None, optional=True),
            G(1.1, "*", None, None),
            G(6.9, "median", "PFS", "endotumab plus axitinil"),
            G(11.1, "median", "PFS", "axitinil alone|axitinil monotherapy"),
        ],
    ),
    # https://c.coek.info/pdf-phase-ii-study-of-single-agent-cabozantinib-in-patients-with-recurrent-clear-cel.html
    # ("No objective responses were seen but 3 of 13 patients had PFS ≥6 months.")
    (
        "Patients with recurrent clear cell ovarian cancer received cabozanib 60 mg daily.",
        "No objective responses were seen, but 4 of 13 patients had PFS ≥6 months.",
        [
            G(4, "count", "PFS ≥6 months|PFS", None),
            G(13, "denominator", None, None),
            G(6, "*", None, None),
        ],
    ),
    # ==== pharmacokinetics, drug interactions, single-arm and pooled analyses =========================================
    # https://insights.ovid.com/jclph/200605000/00004700-200605000-00007 ("the point estimates (day 22 [test
    # treatment]/day 1 [reference treatment]), and the 90% confidence interval for maximum observed concentration
    # (0.95; 88.7–101) and area under the plasma concentration-time curve up to time of last measurable concentration
    # (1.12; 106–117) were within the equivalence bounds of 80% to 125%.")
    (
        "Healthy subjects received ribavin 600 mg on days 1 and 22 and tenofavir 300 mg once daily on days 17 "
        "through 24.",
        "Pharmacokinetics of ribavin were not altered by its coadministration with tenofavir, as the point "
        "estimates (day 22 [test]/day 1 [reference]) and the 90% confidence intervals for maximum observed "
        "concentration (0.96; 89.4–103) and area under the plasma concentration-time curve up to the last "
        "measurable concentration (1.10; 104–116) were within the equivalence bounds of 80% to 125%.",
        [
            G(22, "*", None, None),
            G(1, "*", None, None),
            G(90, "*", None, None),
            G(0.96, "value|geometric_mean", "maximum observed concentration|Cmax", "*"),
            G(89.4, "ci_low", "maximum observed concentration|Cmax", "*"),
            G(103, "ci_high", "maximum observed concentration|Cmax", "*"),
            G(1.10, "value|geometric_mean", "area under the plasma concentration-time curve|AUC", "*"),
            G(104, "ci_low", "area under the plasma concentration-time curve|AUC", "*"),
            G(116, "ci_high", "area under the plasma concentration-time curve|AUC", "*"),
            G(80, "*", None, None),
            G(125, "*", None, None),
        ],
    ),
    # https://guidebook.com/guide/27988/poi/2777675/ ("The geometric mean ratios (GMRs; [RSV+FF]/[RSV]) (90% CI) for
    # Cmax,ss and AUCτ,ss of ATV were 1.56 (1.43-1.70) and 1.08 (1.02-1.15), respectively. In the case of FF, GMRs
    # ([RSV+FF]/[FF], 90% CI) for Cmax,ss and AUCτ,ss were 1.04 (0.99 - 1.09) and 1.05 (1.01 - 1.09), respectively.")
    (
        "Healthy male subjects received rosuvastin 20 mg alone, fenobrate 160 mg alone, or both once daily for 7 "
        "days in a three-way crossover study.",
        "Twenty-nine subjects who completed the study were available for pharmacokinetic analysis. The geometric "
        "mean ratios (GMRs; [R+F]/[R]) (90% CI) for Cmax,ss and AUCτ,ss of rosuvastin were 1.52 (1.39-1.66) and 1.07 "
        "(1.01-1.14), respectively. In the case of fenobrate, GMRs ([R+F]/[F], 90% CI) for Cmax,ss and AUCτ,ss were "
        "1.03 (0.98-1.08) and 1.04 (1.00-1.08), respectively.",
        [
            G(29, "count", "*", None, optional=True),
            G(90, "*", None, None),
            G(1.52, "value|geometric_mean", "Cmax", "*"),
            G(1.39, "ci_low", "Cmax", "*"),
            G(1.66, "ci_high", "Cmax", "*"),
            G(1.07, "value|geometric_mean", "AUC", "*"),
            G(1.01, "ci_low", "AUC", "*"),
            G(1.14, "ci_high", "AUC", "*"),
            G(90, "*", None, None),
            G(1.03, "value|geometric_mean", "Cmax", "*"),
            G(0.98, "ci_low", "Cmax", "*"),
            G(1.08, "ci_high", "Cmax", "*"),
            G(1.04, "value|geometric_mean", "AUC", "*"),
            G(1.00, "ci_low", "AUC", "*"),
            G(1.08, "ci_high", "AUC", "*"),
        ],
    ),
    # https://pubmed.gov/18460033/ ("Based on least square means ratios (90% confidence intervals), during darunavir
    # and ketoconazole co-administration, darunavir area under the curve (AUC(12h)), maximum plasma concentration
    # (C(max)) and minimum plasma concentration (C(min)) increased by 155% (80, 261), 78% (28, 147) and 179% (58, 393),
    # respectively, compared with treatment with darunavir alone.")
    (
        "Healthy volunteers received darunavel 400 mg twice daily alone and with ketoconazole 200 mg twice daily.",
        "Based on least square means ratios (90% confidence intervals), during darunavel and ketoconazole "
        "co-administration, darunavel AUC12h, Cmax and Cmin increased by 149% (76, 252), 74% (25, 141) and 171% (54, "
        "377), respectively, compared with treatment with darunavel alone.",
        [
            G(90, "*", None, None),
            G(12, "*", None, None),
            G(149, "percent|value", "AUC", "*"),
            G(76, "ci_low", "AUC", "*"),
            G(252, "ci_high", "AUC", "*"),
            G(74, "percent|value", "Cmax", "*"),
            G(25, "ci_low", "Cmax", "*"),
            G(141, "ci_high", "Cmax", "*"),
            G(171, "percent|value", "Cmin", "*"),
            G(54, "ci_low", "Cmin", "*"),
            G(377, "ci_high", "Cmin", "*"),
        ],
    ),
    # same page ("Ketoconazole pharmacokinetics was unchanged by co-administration with darunavir alone. Ketoconazole
    # AUC(12h), C(max) and C(min) increased by 212% (165, 268), 111% (81, 144) and 868% (544, 1355), respectively,
    # during co-administration with darunavir/ritonavir compared with ketoconazole alone.")
    (
        "Healthy volunteers received darunavel/ritonavir 400/100 mg twice daily, ketoconazole 200 mg twice daily, "
        "and both together.",
        "Ketoconazole pharmacokinetics were unchanged by co-administration with darunavel alone. Ketoconazole AUC12h, "
        "Cmax and Cmin increased by 205% (160, 259), 108% (79, 140) and 842% (530, 1310), respectively, during "
        "co-administration with darunavel/ritonavir compared with ketoconazole alone.",
        [
            G(12, "*", None, None),
            G(205, "percent|value", "AUC", "*"),
            G(160, "ci_low", "AUC", "*"),
            G(259, "ci_high", "AUC", "*"),
            G(108, "percent|value", "Cmax", "*"),
            G(79, "ci_low", "Cmax", "*"),
            G(140, "ci_high", "Cmax", "*"),
            G(842, "percent|value", "Cmin", "*"),
            G(530, "ci_low", "Cmin", "*"),
            G(1310, "ci_high", "Cmin", "*"),
        ],
    ),
    # https://linked.opendata.cz/describe/?url=http%3A%2F%2Flinked.opendata.cz%2Fresource%2Fsukl%2Fspc%2Fsentence%2FSPC125418_doc-5-2-16-2
    # ("U dialyzovaných pacientů, je poločas vylučování prodloužen o 180% a clearance je snížena o 57% ve srovnání se
    # zdravými osobami": in dialysed patients the elimination half-life is prolonged by 180% and clearance reduced by
    # 57% compared with healthy subjects)
    (
        "The pharmacokinetics of tacrolan were studied in patients with renal impairment.",
        "In dialysed patients, the elimination half-life is prolonged by 176% and clearance is reduced by 55% "
        "compared with healthy subjects.",
        [
            G(176, "percent|value", "elimination half-life", "dialysed patients"),
            G(55, "percent|value", "clearance", "dialysed patients"),
        ],
    ),
    # https://authorea.com/users/669495/articles/669932/download_zip ("Among a total of 66 subjects who gave informed
    # consent, 20 subjects were randomly assigned to sequence A (n = 10) or sequence B (n = 10). All subjects received
    # the study drugs in period I and period II ... all 20 subjects were included in the PK analysis set and safety
    # analysis set.")
    (
        "Healthy male subjects received carotelast methyl alone and with rifampin in a two-period crossover study.",
        "Among a total of 62 subjects who gave informed consent, 20 subjects were randomly assigned to sequence A "
        "(n = 10) or sequence B (n = 10). All subjects received the study drugs in period I and period II, and all "
        "20 subjects were included in the pharmacokinetic analysis set and the safety analysis set.",
        [
            G(62, "count", "*", None, optional=True),
            G(20, "count", "randomly assigned", None, optional=True),
            G(10, "count", "*", "sequence A", optional=True),
            G(10, "count", "*", "sequence B", optional=True),
            G(20, "count", "pharmacokinetic analysis set", None, optional=True),
        ],
    ),
    # http://meetinglibrary.asco.org/content/171054-176
    # ("26 pts were enrolled in dose escalation receiving PT2385 from 100 to 1800 mg BID. Median number of prior
    # therapies was 4. ... At 800 mg, PT2385 was rapidly absorbed (Tmax = 2 h) with a Cmax of 3.1 mg/mL and a
    # half-life of 17")
    (
        "Patients with advanced clear cell renal cell carcinoma received hifastat twice daily in a 3+3 design.",
        "Twenty-six patients were enrolled in dose escalation, receiving hifastat from 100 to 1800 mg twice daily. "
        "Median number of prior therapies was 4. Exposure generally increased with dose up to the 800 mg cohort. "
        "At 800 mg, hifastat was rapidly absorbed (Tmax = 2 h), with a Cmax of 3.4 mg/mL and a half-life of 16 h.",
        [
            G(26, "count", "enrolled", None, optional=True),
            G(100, "*", None, None),
            G(1800, "*", None, None),
            G(4, "median", "prior therapies", None, optional=True),
            G(800, "*", None, None),
            G(800, "*", None, None),
            G(2, "value|median|mean", "Tmax", "800 mg"),
            G(3.4, "value|mean|geometric_mean", "Cmax", "800 mg"),
            G(16, "value|mean|geometric_mean", "half-life", "800 mg"),
        ],
    ),
    # http://onlinelibrary.wiley.com/doi/10.1002/hep.24671/full ("Twenty-nine (21%) and 40 (40%) study and SOC
    # patients, respectively, had advanced fibrosis (F3/4; P = 0.001). By intent-to-treat analysis, SVR rates were
    # higher in DAAs (64%; 95% confidence interval [CI]: 53.4-74.4) than in SOC patients (46%; 95% CI: 37.9-53.7; P <
    # 0.01)")
    (
        "Patients with chronic hepatitis C were treated in trials of direct-acting antivirals (DAA patients) or with "
        "standard of care (SOC patients).",
        "Twenty-seven (19%) and 42 (39%) DAA and SOC patients, respectively, had advanced fibrosis (P = 0.002). By "
        "intent-to-treat analysis, SVR rates were higher in DAA patients (66%; 95% CI: 55.1-76.0) than in SOC "
        "patients (47%; 95% CI: 38.8-54.9; P < 0.01).",
        [
            G(27, "count", "advanced fibrosis", "DAA"),
            G(19, "percent", "advanced fibrosis", "DAA"),
            G(42, "count", "advanced fibrosis", "SOC"),
            G(39, "percent", "advanced fibrosis", "SOC"),
            G(0.002, "p", "advanced fibrosis", "*"),
            G(66, "percent|rate", "SVR", "DAA"),
            G(55.1, "ci_low", "SVR", "DAA"),
            G(76.0, "ci_high", "SVR", "DAA"),
            G(47, "percent|rate", "SVR", "SOC"),
            G(38.8, "ci_low", "SVR", "SOC"),
            G(54.9, "ci_high", "SVR", "SOC"),
            G(0.01, "p", "SVR", "*"),
        ],
    ),
    # http://47.251.13.51:8081/23014530 ("Treatment arms enriched for patients with molecular targets had a higher
    # median RR (48.8% vs. 9.7%, P = 0.005), longer median PFS (6 vs. 2.8 months, P = 0.005), and OS (11.3 vs. 7.5
    # months, P = 0.05) as compared with those of unselected patients.")
    (
        "Single-agent phase II trials in advanced non-small cell lung cancer were pooled.",
        "Treatment arms enriched for patients with molecular targets had a higher median response rate (46.2% vs. "
        "9.9%, P = 0.004), longer median PFS (5.8 vs. 2.7 months, P = 0.006), and longer median OS (11.0 vs. 7.4 "
        "months, P = 0.04) than arms of unselected patients.",
        [
            G(46.2, "percent|rate|median", "response rate", "enriched"),
            G(9.9, "percent|rate|median", "response rate", "unselected"),
            G(0.004, "p", "response rate", "*"),
            G(5.8, "median", "PFS", "enriched"),
            G(2.7, "median", "PFS", "unselected"),
            G(0.006, "p", "PFS", "*"),
            G(11.0, "median", "OS", "enriched"),
            G(7.4, "median", "OS", "unselected"),
            G(0.04, "p", "OS", "*"),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC5173489 ("A total of 17 patients completed the 8-week administration of
    # tofogliflodin. No serious adverse events were noted. Hemoglobin A1c (HbA1c) decreased significantly, from 7.8% to
    # 7.3% with 8-week administration of tofogliflozin.")
    (
        "Patients with type 2 diabetes received tofaglifozin 20 mg once daily for 8 weeks.",
        "A total of 18 patients completed the 8-week administration. No serious adverse events were noted. HbA1c "
        "decreased significantly, from 7.9% to 7.4%, with 8-week administration of tofaglifozin.",
        [
            G(18, "count", "completed", None, optional=True),
            G(8, "*", None, None),
            G(7.9, "*", "HbA1c", None),
            G(7.4, "*", "HbA1c", None),
            G(8, "*", None, None),
        ],
    ),
    # https://pmc.ncbi.nlm.nih.gov/articles/PMC6500813/?term=%22Pak+J+Med+Sci%22%5Bjour%5D ("At the end of three month
    # BMI were obviously decreased from 33.31 ±4.51 to 32.14 ±4.66 (p: 0.001). There was also an evident decrease of
    # insulin requirement from 76 ±23.15 U/kg to 57.60 ±17.61 U/day (p<0.001). As well as the decrease in insulin
    # doses, there was also a significant decline in HbA1c (Δ 1.6 %) and fasting blood glucose levels (Δ68.6 mg/dl)
    # (p<0.001).")
    (
        "Thirty patients with diabetes on high-dose insulin received dapaglifen 10 mg daily for 12 weeks.",
        "At the end of three months, BMI decreased from 33.42 ±4.38 to 32.27 ±4.52 (p: 0.001). There was also a "
        "decrease in insulin requirement from 74 ±22.40 U/day to 56.80 ±16.95 U/day (p<0.001). As well as the "
        "decrease in insulin doses, there was a significant decline in HbA1c (Δ 1.5%) and fasting blood glucose "
        "(Δ 66.2 mg/dl) (p<0.001).",
        [
            G(3, "*", None, None),
            G(33.42, "mean", "BMI", None),
            G(4.38, "sd", "BMI", None),
            G(32.27, "mean", "BMI", None),
            G(4.52, "sd", "BMI", None),
            G(0.001, "p", "BMI", "*"),
            G(74, "mean", "insulin requirement", None),
            G(22.40, "sd", "insulin requirement", None),
            G(56.80, "mean", "insulin requirement", None),
            G(16.95, "sd", "insulin requirement", None),
            G(0.001, "p", "insulin requirement", "*"),
            G(1.5, "value|mean", "HbA1c", None),
            G(66.2, "value|mean", "fasting blood glucose", None),
            G(0.001, "p", "*", "*"),
        ],
    ),
    # https://lausr.org/dashboard/?doi=10.1002%2Fcpdd.841 ("A total of 35 subjects completed the study. The GMR and
    # 90%CI of the peak concentration (Cmax) and ... (AUClast) of the FDC and the separate tablets were within the
    # bioequivalence criteria (0.8–1.25) for both rosuvastatin and metformin.")
    (
        "Healthy male subjects received a rosuvastin/metformil fixed-dose combination or the separate tablets in a "
        "three-period crossover study.",
        "A total of 34 subjects completed the study. The GMR and 90% CI of the Cmax and AUClast of the fixed-dose "
        "combination and the separate tablets were within the bioequivalence criteria (0.8–1.25) for both "
        "rosuvastin and metformil.",
        [
            G(34, "count", "completed", None, optional=True),
            G(90, "*", None, None),
            G(0.8, "*", None, None),
            G(1.25, "*", None, None),
        ],
    ),
]
