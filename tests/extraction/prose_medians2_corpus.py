"""A precision-first second look at summary statistics, incidences and event rates in results prose: real results
paragraphs of randomized and single-arm trials (cardiology, diabetes and obesity, oncology, haematology, infectious
disease and vaccines, anaesthesia and critical care) stating a median or mean with its CI, range or IQR ("the median
overall survival was 12.2 months (95% CI, 9.7 to 15.0) in the A group and ..."), a mean change from baseline, an
incidence or a rate ("the incidence was 0.77% ...", "0.41 per 100 person-years", "3.3 per 1000 person-years"), a
landmark rate ("At 1 year, the overall survival rate was 51%"), and values whose endpoint is said in the clause or
sentence before ("(median, 8.7 vs. 3.4 months", "the incidence was ..."). The sources are published trial reports
the author knows well (cited beside each entry: trial, first author, journal, year); the wording is kept close to
the report's abstract, some numbers are rounded or shifted (the sentence form is what is sampled). None is from the
corpora already in tests/extraction/prose_*_corpus.py. Every gold was written before any paragraph was read back.

Conventions: those of tests/extraction/prose_preds2_corpus.py (entry format of
tests/extraction/prose_sampled_forms_corpus.py), scored by tests/extraction/prose_medians2_score.py with a qualifier
that changes what was measured (a time point, a grade, confirmed, serious, symptomatic) part of the endpoint. A
ratio, a P value or a between-group difference is another helper's form here: gold "*" (any endpoint, any group) and
optional, so only its statistic is held. A landmark time, a dose or a day is no result (endpoint ``None``). A
follow-up is optional.

``CORPUS`` was gathered and gold-written before any change; ``SECOND`` after the fixes (figures:
tests/extraction/test_prose_medians2.py).
"""

from __future__ import annotations

from tests.extraction.prose_sampled_forms_corpus import Entry, G


def _ratio(value: float, low: float, high: float, stat: str = "hr|rr|or|value") -> list[G]:
    """A ratio with its CI: another helper's form, held only to its statistic."""
    return [G(value, stat, "*", "*", True), G(low, "ci_low", "*", "*", True), G(high, "ci_high", "*", "*", True)]


def _p(value: float) -> G:
    return G(value, "p", "*", "*", True)


# "Herpes zoster was confirmed in 6 participants": written "confirmed herpes zoster" at first; the verb of occurrence
# is no qualifier in tests/extraction/prose_preds2_corpus.py's gold of the same form (COVE), so either is right
HZ = "confirmed herpes zoster|herpes zoster"
EGFR_DECLINE = "annual rate of decline in estimated glomerular filtration rate"

# fmt: off
CORPUS: list[Entry] = [
    # CLEOPATRA, Baselga et al., N Engl J Med 2012;366:109 (abstract, results)
    (
        "Patients were randomly assigned to receive placebo plus trastuzumab plus docetaxel (control group) or "
        "pertuzumab plus trastuzumab plus docetaxel (pertuzumab group).",
        "The median progression-free survival was 12.4 months in the control group, as compared with 18.5 months in "
        "the pertuzumab group (hazard ratio for progression or death, 0.62; 95% CI, 0.51 to 0.75; P<0.001).",
        [
            G(12.4, "median", "progression-free survival", "control"),
            G(18.5, "median", "progression-free survival", "pertuzumab"),
            *_ratio(0.62, 0.51, 0.75),
            _p(0.001),
        ],
    ),
    # PALOMA-2, Finn et al., N Engl J Med 2016;375:1925 (abstract, results)
    (
        "Women with ER-positive, HER2-negative advanced breast cancer were randomly assigned to palbociclib plus "
        "letrozole (palbociclib-letrozole group) or placebo plus letrozole (placebo-letrozole group).",
        "The median progression-free survival was 24.8 months (95% CI, 22.1 to 28.9) in the palbociclib-letrozole "
        "group, as compared with 14.5 months (95% CI, 12.9 to 17.1) in the placebo-letrozole group.",
        [
            G(24.8, "median", "progression-free survival", "palbociclib-letrozole"),
            G(22.1, "ci_low", "progression-free survival", "palbociclib-letrozole"),
            G(28.9, "ci_high", "progression-free survival", "palbociclib-letrozole"),
            G(14.5, "median", "progression-free survival", "placebo-letrozole"),
            G(12.9, "ci_low", "progression-free survival", "placebo-letrozole"),
            G(17.1, "ci_high", "progression-free survival", "placebo-letrozole"),
        ],
    ),
    # CheckMate 057, Borghaei et al., N Engl J Med 2015;373:1627 (abstract, results)
    (
        "Patients with nonsquamous NSCLC were randomly assigned to receive nivolumab or docetaxel.",
        "The median overall survival was 12.2 months (95% CI, 9.7 to 15.0) among 292 patients in the nivolumab group "
        "and 9.4 months (95% CI, 8.1 to 10.7) among 290 patients in the docetaxel group. At 1 year, the overall "
        "survival rate was 51% (95% CI, 45 to 56) with nivolumab versus 39% (95% CI, 33 to 45) with docetaxel.",
        [
            G(12.2, "median", "overall survival", "nivolumab"),
            G(9.7, "ci_low", "overall survival", "nivolumab"),
            G(15.0, "ci_high", "overall survival", "nivolumab"),
            G(292, "count", "*", "nivolumab", True),
            G(9.4, "median", "overall survival", "docetaxel"),
            G(8.1, "ci_low", "overall survival", "docetaxel"),
            G(10.7, "ci_high", "overall survival", "docetaxel"),
            G(290, "count", "*", "docetaxel", True),
            G(51, "percent|rate", "1-year overall survival", "nivolumab"),
            G(45, "ci_low", "1-year overall survival", "nivolumab"),
            G(56, "ci_high", "1-year overall survival", "nivolumab"),
            G(39, "percent|rate", "1-year overall survival", "docetaxel"),
            G(33, "ci_low", "1-year overall survival", "docetaxel"),
            G(45, "ci_high", "1-year overall survival", "docetaxel"),
        ],
    ),
    # CheckMate 017, Brahmer et al., N Engl J Med 2015;373:123 (abstract, results)
    (
        "Patients with squamous NSCLC were randomly assigned to receive nivolumab or docetaxel.",
        "The median overall survival was 9.2 months (95% CI, 7.3 to 13.3) with nivolumab versus 6.0 months (95% CI, "
        "5.1 to 7.3) with docetaxel. The response rate was 20% with nivolumab versus 9% with docetaxel (P=0.008). The "
        "median progression-free survival was 3.5 months with nivolumab versus 2.8 months with docetaxel.",
        [
            G(9.2, "median", "overall survival", "nivolumab"),
            G(7.3, "ci_low", "overall survival", "nivolumab"),
            G(13.3, "ci_high", "overall survival", "nivolumab"),
            G(6.0, "median", "overall survival", "docetaxel"),
            G(5.1, "ci_low", "overall survival", "docetaxel"),
            G(7.3, "ci_high", "overall survival", "docetaxel"),
            G(20, "percent|rate", "response rate|response", "nivolumab"),
            G(9, "percent|rate", "response rate|response", "docetaxel"),
            _p(0.008),
            G(3.5, "median", "progression-free survival", "nivolumab"),
            G(2.8, "median", "progression-free survival", "docetaxel"),
        ],
    ),
    # ALEX, Peters et al., N Engl J Med 2017;377:829 (abstract, results)
    (
        "Patients with ALK-positive NSCLC were randomly assigned to receive alectinib or crizotinib.",
        "The rate of investigator-assessed progression-free survival was significantly higher with alectinib than "
        "with crizotinib (12-month event-free survival rate, 68.4% [95% CI, 61.0 to 75.9] with alectinib vs. 48.7% "
        "[95% CI, 40.4 to 56.9] with crizotinib; hazard ratio for disease progression or death, 0.47 [95% CI, 0.34 "
        "to 0.65]; P<0.001).",
        [
            G(12, "*", None, None),
            G(68.4, "percent|rate", "12-month event-free survival", "alectinib"),
            G(61.0, "ci_low", "12-month event-free survival", "alectinib"),
            G(75.9, "ci_high", "12-month event-free survival", "alectinib"),
            G(48.7, "percent|rate", "12-month event-free survival", "crizotinib"),
            G(40.4, "ci_low", "12-month event-free survival", "crizotinib"),
            G(56.9, "ci_high", "12-month event-free survival", "crizotinib"),
            *_ratio(0.47, 0.34, 0.65),
            _p(0.001),
        ],
    ),
    # RATIFY, Stone et al., N Engl J Med 2017;377:454 (abstract, results)
    (
        "Patients with FLT3-mutated AML were randomly assigned to receive standard chemotherapy plus midostaurin "
        "(midostaurin group) or placebo (placebo group).",
        "Overall survival was significantly longer in the midostaurin group than in the placebo group (hazard ratio "
        "for death, 0.78; one-sided P=0.009), as was event-free survival (hazard ratio for event or death, 0.78; "
        "one-sided P=0.002). The median overall survival was 74.7 months (95% CI, 31.5 to not reached) in the "
        "midostaurin group and 25.6 months (95% CI, 18.6 to 42.9) in the placebo group.",
        [
            G(0.78, "hr|value", "*", "*", True),
            _p(0.009),
            _p(0.002),
            G(74.7, "median", "overall survival", "midostaurin"),
            G(31.5, "ci_low", "overall survival", "midostaurin"),
            G(25.6, "median", "overall survival", "placebo"),
            G(18.6, "ci_low", "overall survival", "placebo"),
            G(42.9, "ci_high", "overall survival", "placebo"),
        ],
    ),
    # RESONATE, Byrd et al., N Engl J Med 2014;371:213 (abstract, results)
    (
        "Patients with relapsed or refractory CLL were randomly assigned to receive ibrutinib or ofatumumab.",
        "At a median follow-up of 9.4 months, ibrutinib significantly improved progression-free survival; the median "
        "duration was not reached in the ibrutinib group (with a rate of progression-free survival of 88% at 6 "
        "months), as compared with a median of 8.1 months in the ofatumumab group (hazard ratio for progression or "
        "death in the ibrutinib group, 0.22; P<0.001).",
        [
            G(9.4, "median", "follow-up", None, True),
            G(88, "percent|rate", "progression-free survival at 6 months", "ibrutinib"),
            G(6, "*", None, None),
            G(8.1, "median", "progression-free survival", "ofatumumab"),
            G(0.22, "hr|value", "*", "*", True),
            _p(0.001),
        ],
    ),
    # VISION, Sartor et al., N Engl J Med 2021;385:1091 (abstract, results)
    (
        "Patients with PSMA-positive metastatic castration-resistant prostate cancer were randomly assigned to "
        "receive 177Lu-PSMA-617 plus standard care or standard care alone.",
        "177Lu-PSMA-617 plus standard care significantly prolonged, as compared with standard care alone, both "
        "imaging-based progression-free survival (median, 8.7 vs. 3.4 months; hazard ratio for progression or death, "
        "0.40; 99.2% CI, 0.29 to 0.57; P<0.001) and overall survival (median, 15.3 vs. 11.3 months; hazard ratio for "
        "death, 0.62; 95% CI, 0.52 to 0.74; P<0.001).",
        [
            G(8.7, "median", "imaging-based progression-free survival", "177Lu-PSMA-617"),
            G(3.4, "median", "imaging-based progression-free survival", "standard care"),
            *_ratio(0.40, 0.29, 0.57),
            G(15.3, "median", "overall survival", "177Lu-PSMA-617"),
            G(11.3, "median", "overall survival", "standard care"),
            *_ratio(0.62, 0.52, 0.74),
            _p(0.001),
        ],
    ),
    # KEYNOTE-045, Bellmunt et al., N Engl J Med 2017;376:1015 (abstract, results)
    (
        "Patients with advanced urothelial cancer that recurred after platinum-based chemotherapy were randomly "
        "assigned to receive pembrolizumab (pembrolizumab group) or chemotherapy (chemotherapy group).",
        "The median overall survival in the total population was 10.3 months (95% CI, 8.0 to 11.8) in the "
        "pembrolizumab group, as compared with 7.4 months (95% CI, 6.1 to 8.3) in the chemotherapy group. There was "
        "no significant between-group difference in the duration of progression-free survival in the total "
        "population (hazard ratio for death or disease progression, 0.98; 95% CI, 0.81 to 1.19; P=0.42).",
        [
            G(10.3, "median", "overall survival", "pembrolizumab"),
            G(8.0, "ci_low", "overall survival", "pembrolizumab"),
            G(11.8, "ci_high", "overall survival", "pembrolizumab"),
            G(7.4, "median", "overall survival", "chemotherapy"),
            G(6.1, "ci_low", "overall survival", "chemotherapy"),
            G(8.3, "ci_high", "overall survival", "chemotherapy"),
            *_ratio(0.98, 0.81, 1.19),
            _p(0.42),
        ],
    ),
    # Larotrectinib (three trials), Drilon et al., N Engl J Med 2018;378:731 (abstract, results; single arm)
    (
        "Patients with TRK fusion-positive cancers received larotrectinib.",
        "The overall response rate according to independent review was 75% (95% CI, 61 to 85). At 1 year, 71% of "
        "the responses were ongoing and 55% of the patients remained progression-free. The median duration of "
        "response and progression-free survival had not been reached.",
        [
            G(75, "percent|rate", "overall response rate|overall response", None),
            G(61, "ci_low", "overall response rate|overall response", None),
            G(85, "ci_high", "overall response rate|overall response", None),
            G(1, "*", None, None),
            G(71, "percent|rate", "ongoing response at 1 year|responses ongoing at 1 year", None),
            G(55, "percent|rate", "progression-free at 1 year", None),
        ],
    ),
    # ACCORD BP, Cushman et al., N Engl J Med 2010;362:1575 (abstract, results)
    (
        "Patients with type 2 diabetes were randomly assigned to intensive therapy, targeting a systolic pressure of "
        "less than 120 mm Hg (intensive-therapy group), or standard therapy (standard-therapy group).",
        "After 1 year, the mean systolic blood pressure was 119.3 mm Hg in the intensive-therapy group and 133.5 mm "
        "Hg in the standard-therapy group. The annual rate of the primary outcome was 1.87% in the intensive-therapy "
        "group and 2.09% in the standard-therapy group (hazard ratio with intensive therapy, 0.88; 95% CI, 0.73 to "
        "1.06; P=0.20).",
        [
            G(1, "*", None, None),
            G(119.3, "mean", "systolic blood pressure after 1 year|systolic blood pressure at 1 year", "intensive"),
            G(133.5, "mean", "systolic blood pressure after 1 year|systolic blood pressure at 1 year", "standard"),
            G(1.87, "percent|rate", "primary outcome", "intensive"),
            G(2.09, "percent|rate", "primary outcome", "standard"),
            *_ratio(0.88, 0.73, 1.06),
            _p(0.20),
        ],
    ),
    # EMPEROR-Reduced, Packer et al., N Engl J Med 2020;383:1413 (abstract, results)
    (
        "Patients with heart failure and a reduced ejection fraction were randomly assigned to empagliflozin "
        "(empagliflozin group) or placebo (placebo group).",
        "During a median of 16 months, a primary outcome event occurred in 361 of 1863 patients (19.4%) in the "
        "empagliflozin group and in 462 of 1867 patients (24.7%) in the placebo group (hazard ratio, 0.75; 95% CI, "
        "0.65 to 0.86; P<0.001). The annual rate of decline in the estimated glomerular filtration rate was slower in "
        "the empagliflozin group than in the placebo group (-0.55 vs. -2.28 ml per minute per 1.73 m2 per year, "
        "P<0.001).",
        [
            G(16, "median", "follow-up", None, True),
            G(361, "count", "primary outcome", "empagliflozin"),
            G(1863, "denominator", "*", "empagliflozin"),
            G(19.4, "percent|rate", "primary outcome", "empagliflozin"),
            G(462, "count", "primary outcome", "placebo"),
            G(1867, "denominator", "*", "placebo"),
            G(24.7, "percent|rate", "primary outcome", "placebo"),
            *_ratio(0.75, 0.65, 0.86),
            G(-0.55, "mean|value|rate", EGFR_DECLINE, "empagliflozin"),
            G(-2.28, "mean|value|rate", EGFR_DECLINE, "placebo"),
            G(1.73, "*", None, None),
            _p(0.001),
        ],
    ),
    # ENGAGE AF-TIMI 48, Giugliano et al., N Engl J Med 2013;369:2093 (abstract, results)
    (
        "Patients with atrial fibrillation were randomly assigned to warfarin, high-dose edoxaban or low-dose "
        "edoxaban.",
        "The annualized rate of the primary end point during treatment was 1.50% with warfarin (median time in the "
        "therapeutic range, 68.4%), as compared with 1.18% with high-dose edoxaban (hazard ratio, 0.79; 97.5% CI, "
        "0.63 to 0.99; P<0.001 for noninferiority) and 1.61% with low-dose edoxaban. The annualized rate of major "
        "bleeding was 3.43% with warfarin versus 2.75% with high-dose edoxaban and 1.61% with low-dose edoxaban.",
        [
            G(1.50, "percent|rate", "primary end point", "warfarin"),
            G(68.4, "median", "time in the therapeutic range", "warfarin"),
            G(1.18, "percent|rate", "primary end point", "high-dose edoxaban"),
            *_ratio(0.79, 0.63, 0.99),
            _p(0.001),
            G(1.61, "percent|rate", "primary end point", "low-dose edoxaban"),
            G(3.43, "percent|rate", "major bleeding", "warfarin"),
            G(2.75, "percent|rate", "major bleeding", "high-dose edoxaban"),
            G(1.61, "percent|rate", "major bleeding", "low-dose edoxaban"),
        ],
    ),
    # HAVEN 1, Oldenburg et al., N Engl J Med 2017;377:809 (abstract, results)
    (
        "Participants with hemophilia A with inhibitors were randomly assigned to emicizumab prophylaxis (group A) or "
        "no prophylaxis (group B).",
        "The annualized bleeding rate was 2.9 events (95% CI, 1.7 to 5.0) among participants randomly assigned to "
        "emicizumab prophylaxis (group A) and 23.3 events (95% CI, 12.3 to 43.9) among those assigned to no "
        "prophylaxis (group B), representing a significant difference of 87% in favor of emicizumab prophylaxis "
        "(P<0.001).",
        [
            G(2.9, "rate|value|mean", "annualized bleeding rate", "group A|emicizumab"),
            G(1.7, "ci_low", "annualized bleeding rate", "group A|emicizumab"),
            G(5.0, "ci_high", "annualized bleeding rate", "group A|emicizumab"),
            G(23.3, "rate|value|mean", "annualized bleeding rate", "group B|no prophylaxis"),
            G(12.3, "ci_low", "annualized bleeding rate", "group B|no prophylaxis"),
            G(43.9, "ci_high", "annualized bleeding rate", "group B|no prophylaxis"),
            G(87, "*", "*", "*", True),
            _p(0.001),
        ],
    ),
    # HPTN 083, Landovitz et al., N Engl J Med 2021;385:595 (abstract, results)
    (
        "Participants were randomly assigned to receive long-acting cabotegravir (cabotegravir group) or daily oral "
        "TDF-FTC (TDF-FTC group).",
        "Incident HIV infection occurred in 52 participants: 13 in the cabotegravir group (incidence, 0.41 per 100 "
        "person-years) and 39 in the TDF-FTC group (incidence, 1.22 per 100 person-years) (hazard ratio, 0.34; 95% "
        "CI, 0.18 to 0.62).",
        [
            G(52, "count", "incident HIV infection", None),
            G(13, "count", "incident HIV infection", "cabotegravir"),
            G(0.41, "rate|value", "incident HIV infection|HIV incidence", "cabotegravir"),
            G(39, "count", "incident HIV infection", "TDF-FTC"),
            G(1.22, "rate|value", "incident HIV infection|HIV incidence", "TDF-FTC"),
            G(100, "*", None, None),
            *_ratio(0.34, 0.18, 0.62),
        ],
    ),
    # ZOE-50, Lal et al., N Engl J Med 2015;372:2087 (abstract, results)
    (
        "Adults 50 years of age or older were randomly assigned to receive two doses of HZ/su (vaccine group) or "
        "placebo (placebo group).",
        "Herpes zoster was confirmed in 6 participants in the vaccine group and in 210 participants in the placebo "
        "group (incidence rate, 0.3 vs. 9.1 per 1000 person-years) in the modified vaccinated cohort. Overall "
        "vaccine efficacy against herpes zoster was 97.2% (95% CI, 93.7 to 99.0; P<0.001).",
        [
            G(6, "count", HZ, "vaccine"),
            G(210, "count", HZ, "placebo"),
            G(0.3, "rate|value", HZ, "vaccine"),
            G(9.1, "rate|value", HZ, "placebo"),
            G(1000, "*", None, None),
            G(97.2, "percent|value", "vaccine efficacy against herpes zoster", None),
            G(93.7, "ci_low", "vaccine efficacy against herpes zoster", None),
            G(99.0, "ci_high", "vaccine efficacy against herpes zoster", None),
            _p(0.001),
        ],
    ),
    # ACTT-1, Beigel et al., N Engl J Med 2020;383:1813 (abstract, results)
    (
        "Adults hospitalized with Covid-19 were randomly assigned to receive remdesivir or placebo.",
        "Patients who received remdesivir had a median recovery time of 10 days (95% CI, 9 to 11), as compared with "
        "15 days (95% CI, 13 to 18) among those who received placebo (rate ratio for recovery, 1.29; 95% CI, 1.12 to "
        "1.49; P<0.001). The Kaplan-Meier estimates of mortality by day 29 were 11.4% with remdesivir and 15.2% with "
        "placebo (hazard ratio, 0.73; 95% CI, 0.52 to 1.03).",
        [
            G(10, "median", "recovery time|time to recovery", "remdesivir"),
            G(9, "ci_low", "recovery time|time to recovery", "remdesivir"),
            G(11, "ci_high", "recovery time|time to recovery", "remdesivir"),
            G(15, "median", "recovery time|time to recovery", "placebo"),
            G(13, "ci_low", "recovery time|time to recovery", "placebo"),
            G(18, "ci_high", "recovery time|time to recovery", "placebo"),
            *_ratio(1.29, 1.12, 1.49),
            _p(0.001),
            G(29, "*", None, None),
            G(11.4, "percent|rate", "mortality by day 29", "remdesivir"),
            G(15.2, "percent|rate", "mortality by day 29", "placebo"),
            *_ratio(0.73, 0.52, 1.03),
        ],
    ),
    # CAPSTONE-1, Hayden et al., N Engl J Med 2018;379:913 (abstract, results)
    (
        "Otherwise healthy outpatients with influenza were randomly assigned to baloxavir, oseltamivir or placebo.",
        "The median time to alleviation of symptoms was 53.7 hours (95% CI, 49.5 to 58.5) with baloxavir, as "
        "compared with 80.2 hours (95% CI, 72.6 to 87.1) with placebo (P<0.001). The time to alleviation of symptoms "
        "was similar with baloxavir and oseltamivir.",
        [
            G(53.7, "median", "time to alleviation of symptoms", "baloxavir"),
            G(49.5, "ci_low", "time to alleviation of symptoms", "baloxavir"),
            G(58.5, "ci_high", "time to alleviation of symptoms", "baloxavir"),
            G(80.2, "median", "time to alleviation of symptoms", "placebo"),
            G(72.6, "ci_low", "time to alleviation of symptoms", "placebo"),
            G(87.1, "ci_high", "time to alleviation of symptoms", "placebo"),
            _p(0.001),
        ],
    ),
    # EPIC-HR, Hammond et al., N Engl J Med 2022;386:1397 (abstract, results)
    (
        "Unvaccinated adults with Covid-19 at high risk of progression were randomly assigned to nirmatrelvir plus "
        "ritonavir (nirmatrelvir group) or placebo (placebo group).",
        "The incidence of Covid-19-related hospitalization or death by day 28 was lower in the nirmatrelvir group "
        "than in the placebo group by 6.32 percentage points (95% CI, -9.04 to -3.59; P<0.001); the incidence was "
        "0.77% (3 of 389 patients) in the nirmatrelvir group, with 0 deaths, as compared with 7.01% (27 of 385 "
        "patients) in the placebo group, with 7 deaths.",
        [
            G(28, "*", None, None),
            G(6.32, "value", "*", "*", True),
            G(-9.04, "ci_low", "*", "*", True),
            G(-3.59, "ci_high", "*", "*", True),
            _p(0.001),
            G(0.77, "percent|rate", "Covid-19-related hospitalization or death by day 28", "nirmatrelvir"),
            G(3, "count", "Covid-19-related hospitalization or death by day 28", "nirmatrelvir"),
            G(389, "denominator", "*", "nirmatrelvir"),
            G(0, "count", "death", "nirmatrelvir", True),
            G(7.01, "percent|rate", "Covid-19-related hospitalization or death by day 28", "placebo"),
            G(27, "count", "Covid-19-related hospitalization or death by day 28", "placebo"),
            G(385, "denominator", "*", "placebo"),
            G(7, "count", "death", "placebo", True),
        ],
    ),
    # PROWESS, Bernard et al., N Engl J Med 2001;344:699 (abstract, results)
    (
        "Patients with severe sepsis were randomly assigned to drotrecogin alfa activated or placebo.",
        "The mortality rate was 30.8 percent in the placebo group and 24.7 percent in the drotrecogin alfa activated "
        "group. The incidence of serious bleeding was higher in the drotrecogin alfa activated group than in the "
        "placebo group (3.5 percent vs. 2.0 percent, P=0.06).",
        [
            G(30.8, "percent|rate", "mortality", "placebo"),
            G(24.7, "percent|rate", "mortality", "drotrecogin"),
            G(3.5, "percent|rate", "serious bleeding", "drotrecogin"),
            G(2.0, "percent|rate", "serious bleeding", "placebo"),
            _p(0.06),
        ],
    ),
    # RELIEF, Myles et al., N Engl J Med 2018;378:2263 (abstract, results)
    (
        "Patients undergoing major abdominal surgery were randomly assigned to a restrictive or a liberal "
        "intravenous-fluid regimen.",
        "The median intravenous-fluid intake was 3.7 liters (interquartile range, 2.9 to 4.9) in the restrictive "
        "fluid group and 6.1 liters (interquartile range, 5.0 to 7.4) in the liberal fluid group. The rate of "
        "disability-free survival at 1 year was 81.9% in the restrictive fluid group and 82.3% in the liberal fluid "
        "group. The rate of acute kidney injury was 8.6% in the restrictive fluid group and 5.0% in the liberal fluid "
        "group (P<0.001).",
        [
            G(3.7, "median", "intravenous-fluid intake", "restrictive"),
            G(2.9, "q1", "intravenous-fluid intake", "restrictive"),
            G(4.9, "q3", "intravenous-fluid intake", "restrictive"),
            G(6.1, "median", "intravenous-fluid intake", "liberal"),
            G(5.0, "q1", "intravenous-fluid intake", "liberal"),
            G(7.4, "q3", "intravenous-fluid intake", "liberal"),
            G(1, "*", None, None),
            G(81.9, "percent|rate", "disability-free survival at 1 year", "restrictive"),
            G(82.3, "percent|rate", "disability-free survival at 1 year", "liberal"),
            G(8.6, "percent|rate", "acute kidney injury", "restrictive"),
            G(5.0, "percent|rate", "acute kidney injury", "liberal"),
            _p(0.001),
        ],
    ),
    # ENIGMA-II, Myles et al., Lancet 2014;384:1446 (summary, findings)
    (
        "Patients having major non-cardiac surgery were randomly assigned to a nitrous oxide-based anaesthetic "
        "(nitrous oxide group) or a nitrous oxide-free anaesthetic (nitrous oxide-free group).",
        "The primary outcome occurred in 283 of 3543 patients (8%) in the nitrous oxide group and 300 of 3542 (8%) "
        "in the nitrous oxide-free group (relative risk 0.94, 95% CI 0.80-1.10; p=0.45). Severe postoperative nausea "
        "and vomiting occurred more often in the nitrous oxide group (15% vs 11%; p<0.0001).",
        [
            G(283, "count", "primary outcome", "nitrous oxide group"),
            G(3543, "denominator", "*", "nitrous oxide group"),
            G(8, "percent|rate", "primary outcome", "*"),
            G(8, "percent|rate", "primary outcome", "*"),
            G(300, "count", "primary outcome", "nitrous oxide-free"),
            G(3542, "denominator", "*", "nitrous oxide-free"),
            *_ratio(0.94, 0.80, 1.10),
            _p(0.45),
            G(15, "percent|rate", "severe postoperative nausea and vomiting", "nitrous oxide group"),
            G(11, "percent|rate", "severe postoperative nausea and vomiting", "nitrous oxide-free"),
            _p(0.0001),
        ],
    ),
    # PARTNER 3, Mack et al., N Engl J Med 2019;380:1695 (abstract, results)
    (
        "Patients with severe aortic stenosis at low surgical risk were randomly assigned to undergo TAVR (TAVR "
        "group) or surgical aortic-valve replacement (surgery group).",
        "The Kaplan-Meier estimate of the rate of the primary composite end point at 1 year was significantly lower "
        "in the TAVR group than in the surgery group (8.5% vs. 15.1%; absolute difference, -6.6 percentage points; "
        "95% CI, -10.8 to -2.5; P<0.001 for noninferiority).",
        [
            G(8.5, "percent|rate", "primary composite end point at 1 year", "TAVR"),
            G(15.1, "percent|rate", "primary composite end point at 1 year", "surgery"),
            G(-6.6, "value", "*", "*", True),
            G(-10.8, "ci_low", "*", "*", True),
            G(-2.5, "ci_high", "*", "*", True),
            _p(0.001),
            G(1, "*", None, None),
        ],
    ),
    # NICE-SUGAR, Finfer et al., N Engl J Med 2009;360:1283 (abstract and results)
    (
        "Adults expected to need ICU treatment were randomly assigned to intensive glucose control "
        "(intensive-control group) or conventional glucose control (conventional-control group).",
        "The mean time-weighted blood glucose level was 115 mg per deciliter (6.4 mmol per liter) in the "
        "intensive-control group and 144 mg per deciliter (8.0 mmol per liter) in the conventional-control group. "
        "Severe hypoglycemia was reported in 206 of 3016 patients (6.8%) in the intensive-control group and 15 of "
        "3014 (0.5%) in the conventional-control group.",
        [
            G(115, "mean", "time-weighted blood glucose", "intensive"),
            G(6.4, "mean", "time-weighted blood glucose", "intensive", True),
            G(144, "mean", "time-weighted blood glucose", "conventional"),
            G(8.0, "mean", "time-weighted blood glucose", "conventional", True),
            G(206, "count", "severe hypoglycemia", "intensive"),
            G(3016, "denominator", "*", "intensive"),
            G(6.8, "percent|rate", "severe hypoglycemia", "intensive"),
            G(15, "count", "severe hypoglycemia", "conventional"),
            G(3014, "denominator", "*", "conventional"),
            G(0.5, "percent|rate", "severe hypoglycemia", "conventional"),
        ],
    ),
    # MURANO, Seymour et al., N Engl J Med 2018;378:1107 (abstract, results)
    (
        "Patients with relapsed or refractory CLL were randomly assigned to venetoclax plus rituximab "
        "(venetoclax-rituximab group) or bendamustine plus rituximab (bendamustine-rituximab group).",
        "After a median follow-up period of 23.8 months, the rate of investigator-assessed progression-free survival "
        "was significantly higher in the venetoclax-rituximab group than in the bendamustine-rituximab group (2-year "
        "rates, 84.9% and 36.3%, respectively; hazard ratio for progression or death, 0.17; 95% CI, 0.11 to 0.25; "
        "P<0.001).",
        [
            G(23.8, "median", "follow-up", None, True),
            G(2, "*", None, None),
            G(84.9, "percent|rate", "2-year progression-free survival", "venetoclax-rituximab"),
            G(36.3, "percent|rate", "2-year progression-free survival", "bendamustine-rituximab"),
            *_ratio(0.17, 0.11, 0.25),
            _p(0.001),
        ],
    ),
    # ION-1, Afdhal et al., N Engl J Med 2014;370:1889 (abstract, results)
    (
        "Previously untreated patients with HCV genotype 1 were randomly assigned to ledipasvir-sofosbuvir for 12 "
        "weeks or 24 weeks.",
        "The rates of sustained virologic response 12 weeks after the end of therapy were 99% (95% CI, 96 to 100) in "
        "the 12-week group and 98% (95% CI, 95 to 99) in the 24-week group.",
        [
            G(99, "percent|rate", "sustained virologic response 12 weeks after the end of therapy", "12-week"),
            G(96, "ci_low", "sustained virologic response 12 weeks after the end of therapy", "12-week"),
            G(100, "ci_high", "sustained virologic response 12 weeks after the end of therapy", "12-week"),
            G(98, "percent|rate", "sustained virologic response 12 weeks after the end of therapy", "24-week"),
            G(95, "ci_low", "sustained virologic response 12 weeks after the end of therapy", "24-week"),
            G(99, "ci_high", "sustained virologic response 12 weeks after the end of therapy", "24-week"),
            G(12, "*", None, None),
        ],
    ),
    # AMPLIFY, Agnelli et al., N Engl J Med 2013;369:799 (abstract, results)
    (
        "Patients with acute venous thromboembolism were randomly assigned to apixaban or conventional therapy.",
        "The primary efficacy outcome occurred in 59 of 2609 patients (2.3%) in the apixaban group, as compared with "
        "71 of 2635 (2.7%) in the conventional-therapy group (relative risk, 0.84; 95% CI, 0.60 to 1.18). Major "
        "bleeding occurred in 0.6% of patients who received apixaban and in 1.8% of those who received conventional "
        "therapy (relative risk, 0.31; 95% CI, 0.17 to 0.55; P<0.001 for superiority).",
        [
            G(59, "count", "primary efficacy outcome", "apixaban"),
            G(2609, "denominator", "*", "apixaban"),
            G(2.3, "percent|rate", "primary efficacy outcome", "apixaban"),
            G(71, "count", "primary efficacy outcome", "conventional"),
            G(2635, "denominator", "*", "conventional"),
            G(2.7, "percent|rate", "primary efficacy outcome", "conventional"),
            *_ratio(0.84, 0.60, 1.18),
            G(0.6, "percent|rate", "major bleeding", "apixaban"),
            G(1.8, "percent|rate", "major bleeding", "conventional"),
            *_ratio(0.31, 0.17, 0.55),
            _p(0.001),
        ],
    ),
    # POISE-2, Devereaux et al., N Engl J Med 2014;370:1494 (abstract, results)
    (
        "Patients undergoing noncardiac surgery were randomly assigned to aspirin or placebo.",
        "The primary outcome occurred in 351 of 4998 patients (7.0%) in the aspirin group and in 355 of 5012 patients "
        "(7.1%) in the placebo group (hazard ratio in the aspirin group, 0.99; 95% CI, 0.86 to 1.15; P=0.92). Major "
        "bleeding was more common in the aspirin group than in the placebo group (230 patients [4.6%] vs. 188 "
        "patients [3.8%]; hazard ratio, 1.23; 95% CI, 1.01 to 1.49; P=0.04).",
        [
            G(351, "count", "primary outcome", "aspirin"),
            G(4998, "denominator", "*", "aspirin"),
            G(7.0, "percent|rate", "primary outcome", "aspirin"),
            G(355, "count", "primary outcome", "placebo"),
            G(5012, "denominator", "*", "placebo"),
            G(7.1, "percent|rate", "primary outcome", "placebo"),
            *_ratio(0.99, 0.86, 1.15),
            _p(0.92),
            G(230, "count", "major bleeding", "aspirin"),
            G(4.6, "percent|rate", "major bleeding", "aspirin"),
            G(188, "count", "major bleeding", "placebo"),
            G(3.8, "percent|rate", "major bleeding", "placebo"),
            *_ratio(1.23, 1.01, 1.49),
            _p(0.04),
        ],
    ),
    # SCALE Obesity and Prediabetes, Pi-Sunyer et al., N Engl J Med 2015;373:11 (abstract, results)
    (
        "Patients with obesity were randomly assigned to once-daily liraglutide 3.0 mg (liraglutide group) or placebo "
        "(placebo group), both with lifestyle counseling.",
        "At week 56, patients in the liraglutide group had lost a mean of 8.4+/-7.3 kg of body weight, and those in "
        "the placebo group had lost a mean of 2.8+/-6.5 kg (a difference of -5.6 kg; 95% CI, -6.0 to -5.1; P<0.001).",
        [
            G(56, "*", None, None),
            G(8.4, "mean", "body weight lost at week 56|weight loss at week 56", "liraglutide"),
            G(7.3, "sd", "body weight lost at week 56|weight loss at week 56", "liraglutide"),
            G(2.8, "mean", "body weight lost at week 56|weight loss at week 56", "placebo"),
            G(6.5, "sd", "body weight lost at week 56|weight loss at week 56", "placebo"),
            G(-5.6, "value", "*", "*", True),
            G(-6.0, "ci_low", "*", "*", True),
            G(-5.1, "ci_high", "*", "*", True),
            _p(0.001),
        ],
    ),
    # RENOIR, Walsh et al., N Engl J Med 2023;388:1465 (abstract, results)
    (
        "Adults 60 years of age or older were randomly assigned to receive a single dose of RSVpreF vaccine or "
        "placebo.",
        "Vaccine efficacy was 66.7% (96.66% CI, 28.8 to 85.8) against RSV-associated lower respiratory tract illness "
        "with at least two signs or symptoms and 85.7% (96.66% CI, 32.0 to 98.7) against the illness with at least "
        "three signs or symptoms.",
        [
            G(66.7, "percent|value", "vaccine efficacy against RSV-associated lower respiratory tract illness with at "
              "least two signs or symptoms", None),
            G(28.8, "ci_low", "vaccine efficacy against RSV-associated lower respiratory tract illness with at least "
              "two signs or symptoms", None),
            G(85.8, "ci_high", "vaccine efficacy against RSV-associated lower respiratory tract illness with at least "
              "two signs or symptoms", None),
            G(85.7, "percent|value", "vaccine efficacy against RSV-associated lower respiratory tract illness with at "
              "least three signs or symptoms", None),
            G(32.0, "ci_low", "vaccine efficacy against RSV-associated lower respiratory tract illness with at least "
              "three signs or symptoms", None),
            G(98.7, "ci_high", "vaccine efficacy against RSV-associated lower respiratory tract illness with at least "
              "three signs or symptoms", None),
        ],
    ),
    # ENGAGES, Wildes et al., JAMA 2019;321:473 (abstract, results)
    (
        "Older adults undergoing major surgery were randomly assigned to EEG-guided anesthetic administration "
        "(EEG-guided group) or usual anesthetic care (usual care group).",
        "Delirium during postoperative days 1 through 5 occurred in 157 of 604 patients (26.0%) in the EEG-guided "
        "group and 140 of 609 patients (23.0%) in the usual care group (difference, 3.0% [95% CI, -2.0% to 8.0%]; "
        "P = .22). Median cumulative time with EEG suppression was 7 minutes (interquartile range [IQR], 0-24 "
        "minutes) in the EEG-guided group vs 13 minutes (IQR, 0-42 minutes) in the usual care group.",
        [
            G(1, "*", None, None),
            G(5, "*", None, None),
            G(157, "count", "delirium during postoperative days 1 through 5", "EEG-guided"),
            G(604, "denominator", "*", "EEG-guided"),
            G(26.0, "percent|rate", "delirium during postoperative days 1 through 5", "EEG-guided"),
            G(140, "count", "delirium during postoperative days 1 through 5", "usual care"),
            G(609, "denominator", "*", "usual care"),
            G(23.0, "percent|rate", "delirium during postoperative days 1 through 5", "usual care"),
            G(3.0, "value|percent", "*", "*", True),
            G(-2.0, "ci_low", "*", "*", True),
            G(8.0, "ci_high", "*", "*", True),
            _p(0.22),
            G(7, "median", "cumulative time with EEG suppression", "EEG-guided"),
            G(0, "q1|min", "cumulative time with EEG suppression", "EEG-guided"),
            G(24, "q3|max", "cumulative time with EEG suppression", "EEG-guided"),
            G(13, "median", "cumulative time with EEG suppression", "usual care"),
            G(0, "q1|min", "cumulative time with EEG suppression", "usual care"),
            G(42, "q3|max", "cumulative time with EEG suppression", "usual care"),
        ],
    ),
    # Dolutegravir first-in-human, Min et al., Antimicrob Agents Chemother 2010;54:254 (abstract, results; numbers
    # shifted, one dose level)
    (
        "Healthy subjects received single oral doses of dolutegravir in the fasted state.",
        "After a single 50 mg dose, the geometric mean maximum plasma concentration was 3.67 ug/mL and the median time "
        "to maximum concentration was 2.0 h (range, 0.5 to 3.0 h). The mean terminal half-life was 14.1 h.",
        [
            G(50, "*", None, None),
            G(3.67, "geometric_mean|value", "maximum plasma concentration|Cmax", "*"),
            G(2.0, "median", "time to maximum concentration|tmax", "*"),
            G(0.5, "min", "time to maximum concentration|tmax", "*"),
            G(3.0, "max", "time to maximum concentration|tmax", "*"),
            G(14.1, "mean", "terminal half-life|half-life", "*"),
        ],
    ),
]
# fmt: on

# fmt: off
SECOND: list[Entry] = [
    # MONARCH 3, Goetz et al., J Clin Oncol 2017;35:3638 (abstract, results)
    (
        "Postmenopausal women with advanced breast cancer were randomly assigned to abemaciclib or placebo plus a "
        "nonsteroidal aromatase inhibitor.",
        "Median progression-free survival was significantly prolonged in the abemaciclib arm (hazard ratio, 0.54; 95% "
        "CI, 0.41 to 0.72; P = .000021; median: not reached in the abemaciclib arm, 14.7 months in the placebo arm). "
        "In patients with measurable disease, the objective response rates were 59% and 44%, respectively (P = .004).",
        [
            *_ratio(0.54, 0.41, 0.72),
            _p(0.000021),
            G(14.7, "median", "progression-free survival", "placebo"),
            G(59, "percent|rate", "objective response rate|objective response", "measurable disease abemaciclib"),
            G(44, "percent|rate", "objective response rate|objective response", "measurable disease placebo"),
            _p(0.004),
        ],
    ),
    # CheckMate 214, Motzer et al., N Engl J Med 2018;378:1277 (abstract, results)
    (
        "Adults with previously untreated advanced renal-cell carcinoma were randomly assigned to nivolumab plus "
        "ipilimumab or sunitinib.",
        "At a median follow-up of 25.2 months in intermediate- and poor-risk patients, the 18-month overall survival "
        "rate was 75% (95% CI, 70 to 78) with nivolumab plus ipilimumab and 60% (95% CI, 55 to 65) with sunitinib; "
        "the median overall survival was not reached with nivolumab plus ipilimumab versus 26.0 months with "
        "sunitinib (hazard ratio for death, 0.63; P<0.001).",
        [
            G(25.2, "median", "follow-up", "*", True),
            G(18, "*", None, None),
            G(75, "percent|rate", "18-month overall survival", "intermediate- and poor-risk nivolumab plus ipilimumab"),
            G(70, "ci_low", "18-month overall survival", "intermediate- and poor-risk nivolumab plus ipilimumab"),
            G(78, "ci_high", "18-month overall survival", "intermediate- and poor-risk nivolumab plus ipilimumab"),
            G(60, "percent|rate", "18-month overall survival", "intermediate- and poor-risk sunitinib"),
            G(55, "ci_low", "18-month overall survival", "intermediate- and poor-risk sunitinib"),
            G(65, "ci_high", "18-month overall survival", "intermediate- and poor-risk sunitinib"),
            G(26.0, "median", "overall survival", "intermediate- and poor-risk sunitinib"),
            G(0.63, "hr|value", "*", "*", True),
            _p(0.001),
        ],
    ),
    # IMpower150, Socinski et al., N Engl J Med 2018;378:2288 (abstract, results)
    (
        "Patients with metastatic nonsquamous NSCLC were randomly assigned to atezolizumab plus bevacizumab plus "
        "carboplatin plus paclitaxel (ABCP group) or bevacizumab plus carboplatin plus paclitaxel (BCP group).",
        "The median progression-free survival was longer in the ABCP group than in the BCP group (8.3 months vs. 6.8 "
        "months; hazard ratio for disease progression or death, 0.62; 95% CI, 0.52 to 0.74; P<0.001).",
        [
            G(8.3, "median", "progression-free survival", "ABCP"),
            G(6.8, "median", "progression-free survival", "BCP"),
            *_ratio(0.62, 0.52, 0.74),
            _p(0.001),
        ],
    ),
    # TITAN, Chi et al., N Engl J Med 2019;381:13 (abstract, results)
    (
        "Patients with metastatic castration-sensitive prostate cancer were randomly assigned to apalutamide "
        "(apalutamide group) or placebo (placebo group), added to androgen-deprivation therapy.",
        "At 24 months, the percentage of patients with radiographic progression-free survival was 68.2% in the "
        "apalutamide group and 47.5% in the placebo group (hazard ratio for radiographic progression or death, 0.48; "
        "95% CI, 0.39 to 0.60; P<0.001); overall survival at 24 months was also greater with apalutamide than with "
        "placebo (82.4% vs. 73.5%; hazard ratio for death, 0.67; 95% CI, 0.51 to 0.89; P=0.005).",
        [
            G(24, "*", None, None),
            G(68.2, "percent|rate", "radiographic progression-free survival at 24 months", "apalutamide"),
            G(47.5, "percent|rate", "radiographic progression-free survival at 24 months", "placebo"),
            *_ratio(0.48, 0.39, 0.60),
            _p(0.001),
            G(82.4, "percent|rate", "overall survival at 24 months", "apalutamide"),
            G(73.5, "percent|rate", "overall survival at 24 months", "placebo"),
            *_ratio(0.67, 0.51, 0.89),
            _p(0.005),
        ],
    ),
    # ECHELON-1, Connors et al., N Engl J Med 2018;378:331 (abstract, results)
    (
        "Patients with previously untreated stage III or IV Hodgkin's lymphoma were randomly assigned to brentuximab "
        "vedotin, doxorubicin, vinblastine, and dacarbazine (A+AVD group) or doxorubicin, bleomycin, vinblastine, and "
        "dacarbazine (ABVD group).",
        "At a median follow-up of 24.6 months, 2-year modified progression-free survival rates in the A+AVD and ABVD "
        "groups were 82.1% (95% CI, 78.8 to 85.0) and 77.2% (95% CI, 73.7 to 80.4), respectively.",
        [
            G(24.6, "median", "follow-up", None, True),
            G(2, "*", None, None),
            G(82.1, "percent|rate", "2-year modified progression-free survival", "A+AVD"),
            G(78.8, "ci_low", "2-year modified progression-free survival", "A+AVD"),
            G(85.0, "ci_high", "2-year modified progression-free survival", "A+AVD"),
            G(77.2, "percent|rate", "2-year modified progression-free survival", "ABVD"),
            G(73.7, "ci_low", "2-year modified progression-free survival", "ABVD"),
            G(80.4, "ci_high", "2-year modified progression-free survival", "ABVD"),
        ],
    ),
    # VOYAGER PAD, Bonaca et al., N Engl J Med 2020;382:1994 (abstract, results)
    (
        "Patients with peripheral artery disease who had undergone revascularization were randomly assigned to "
        "rivaroxaban (rivaroxaban group) or placebo (placebo group), plus aspirin.",
        "The primary efficacy outcome occurred in 508 patients in the rivaroxaban group and in 584 in the placebo "
        "group; the Kaplan-Meier estimates of the incidence at 3 years were 17.3% and 19.9%, respectively (hazard "
        "ratio, 0.85; 95% CI, 0.76 to 0.96; P=0.009).",
        [
            G(508, "count", "primary efficacy outcome", "rivaroxaban"),
            G(584, "count", "primary efficacy outcome", "placebo"),
            G(3, "*", None, None),
            G(17.3, "percent|rate", "primary efficacy outcome at 3 years", "rivaroxaban"),
            G(19.9, "percent|rate", "primary efficacy outcome at 3 years", "placebo"),
            *_ratio(0.85, 0.76, 0.96),
            _p(0.009),
        ],
    ),
    # ATTR-ACT, Maurer et al., N Engl J Med 2018;379:1007 (abstract, results)
    (
        "Patients with transthyretin amyloid cardiomyopathy were randomly assigned to tafamidis or placebo.",
        "Tafamidis was associated with lower all-cause mortality than placebo (78 of 264 [29.5%] vs. 76 of 177 "
        "[42.9%]; hazard ratio, 0.70; 95% CI, 0.51 to 0.96) and a lower rate of cardiovascular-related "
        "hospitalizations (0.48 per year vs. 0.70 per year; relative risk ratio, 0.68; 95% CI, 0.56 to 0.81).",
        [
            G(78, "count", "all-cause mortality", "tafamidis"),
            G(264, "denominator", "*", "tafamidis"),
            G(29.5, "percent|rate", "all-cause mortality", "tafamidis"),
            G(76, "count", "all-cause mortality", "placebo"),
            G(177, "denominator", "*", "placebo"),
            G(42.9, "percent|rate", "all-cause mortality", "placebo"),
            *_ratio(0.70, 0.51, 0.96),
            G(0.48, "rate|value", "cardiovascular-related hospitalizations", "tafamidis"),
            G(0.70, "rate|value", "cardiovascular-related hospitalizations", "placebo"),
            *_ratio(0.68, 0.56, 0.81),
        ],
    ),
    # PINETREE, Gottlieb et al., N Engl J Med 2022;386:305 (abstract, results)
    (
        "Nonhospitalized patients with Covid-19 at high risk of progression were randomly assigned to a 3-day course "
        "of remdesivir (remdesivir group) or placebo (placebo group).",
        "Covid-19-related hospitalization or death from any cause occurred in 2 of 279 patients (0.7%) in the "
        "remdesivir group and in 15 of 283 (5.3%) in the placebo group (hazard ratio, 0.13; 95% CI, 0.03 to 0.59; "
        "P=0.008).",
        [
            G(2, "count", "Covid-19-related hospitalization or death from any cause", "remdesivir"),
            G(279, "denominator", "*", "remdesivir"),
            G(0.7, "percent|rate", "Covid-19-related hospitalization or death from any cause", "remdesivir"),
            G(15, "count", "Covid-19-related hospitalization or death from any cause", "placebo"),
            G(283, "denominator", "*", "placebo"),
            G(5.3, "percent|rate", "Covid-19-related hospitalization or death from any cause", "placebo"),
            *_ratio(0.13, 0.03, 0.59),
            _p(0.008),
        ],
    ),
    # PADDI, Corcoran et al., N Engl J Med 2021;384:1731 (abstract, results)
    (
        "Patients undergoing noncardiac surgery were randomly assigned to intravenous dexamethasone (dexamethasone "
        "group) or placebo (placebo group).",
        "Surgical-site infection occurred in 8.1% of the patients in the dexamethasone group and in 9.1% of those in "
        "the placebo group (adjusted risk difference, -0.9 percentage points; 95.6% CI, -2.9 to 1.1). Among the "
        "patients with diabetes, the incidence of surgical-site infection was 11.4% in the dexamethasone group and "
        "12.1% in the placebo group.",
        [
            G(8.1, "percent|rate", "surgical-site infection", "dexamethasone"),
            G(9.1, "percent|rate", "surgical-site infection", "placebo"),
            G(-0.9, "value", "*", "*", True),
            G(-2.9, "ci_low", "*", "*", True),
            G(1.1, "ci_high", "*", "*", True),
            G(11.4, "percent|rate", "surgical-site infection", "diabetes dexamethasone"),
            G(12.1, "percent|rate", "surgical-site infection", "diabetes placebo"),
        ],
    ),
    # AMPLITUDE-O, Gerstein et al., N Engl J Med 2021;385:896 (abstract, results)
    (
        "Participants with type 2 diabetes and cardiovascular or kidney disease were randomly assigned to "
        "efpeglenatide or placebo.",
        "During a median follow-up of 1.81 years, an incident major adverse cardiovascular event occurred in 189 "
        "participants (7.0%) assigned to receive efpeglenatide (3.9 events per 100 person-years) and 125 "
        "participants (9.2%) assigned to receive placebo (5.3 events per 100 person-years) (hazard ratio, 0.73; 95% "
        "CI, 0.58 to 0.92; P<0.001 for noninferiority; P=0.007 for superiority).",
        [
            G(1.81, "median", "follow-up", None, True),
            G(189, "count", "major adverse cardiovascular event", "efpeglenatide"),
            G(7.0, "percent|rate", "major adverse cardiovascular event", "efpeglenatide"),
            G(3.9, "rate|value", "major adverse cardiovascular event", "efpeglenatide"),
            G(125, "count", "major adverse cardiovascular event", "placebo"),
            G(9.2, "percent|rate", "major adverse cardiovascular event", "placebo"),
            G(5.3, "rate|value", "major adverse cardiovascular event", "placebo"),
            G(100, "*", None, None),
            *_ratio(0.73, 0.58, 0.92),
            _p(0.001),
            _p(0.007),
        ],
    ),
    # KRYSTAL-1 (adagrasib), Janne et al., N Engl J Med 2022;387:120 (abstract, results; single arm)
    (
        "Patients with KRAS G12C-mutated NSCLC previously treated with platinum-based chemotherapy and anti-PD-1 or "
        "anti-PD-L1 therapy received adagrasib.",
        "Among 112 patients with measurable disease at baseline, 48 (42.9%) had a confirmed objective response. The "
        "median duration of response was 8.5 months (95% CI, 6.2 to 13.8), and the median progression-free survival "
        "was 6.5 months (95% CI, 4.7 to 8.4).",
        [
            G(112, "count", "*", "*", True),
            G(48, "count", "confirmed objective response", "measurable disease"),
            G(42.9, "percent|rate", "confirmed objective response", "measurable disease"),
            G(8.5, "median", "duration of response", None),
            G(6.2, "ci_low", "duration of response", None),
            G(13.8, "ci_high", "duration of response", None),
            G(6.5, "median", "progression-free survival", None),
            G(4.7, "ci_low", "progression-free survival", None),
            G(8.4, "ci_high", "progression-free survival", None),
        ],
    ),
    # Baricitinib in healthy subjects, Shi et al., J Clin Pharmacol 2014;54:1354 (abstract, results; numbers shifted)
    (
        "Healthy subjects received single oral doses of baricitinib.",
        "Baricitinib was rapidly absorbed, with a median time to maximum plasma concentration of 1.0 h (range, 0.5 to "
        "3.0 h), and the geometric mean terminal half-life was 6.0 h. Approximately 75% of the dose was excreted in "
        "urine, with 69% as unchanged drug.",
        [
            G(1.0, "median", "time to maximum plasma concentration|tmax", "*"),
            G(0.5, "min", "time to maximum plasma concentration|tmax", "*"),
            G(3.0, "max", "time to maximum plasma concentration|tmax", "*"),
            G(6.0, "geometric_mean|value|mean", "terminal half-life|half-life", "*"),
            G(75, "percent|value", "dose excreted in urine", "*", True),
            G(69, "percent|value", "excreted in urine as unchanged drug", "*", True),
        ],
    ),
]
# fmt: on
