"""What must be read from the read-back pages of general-medicine heads and baseline tables (Circulation, NEJM,
BMJ, Diabetes Care, Annals, Kidney International, Stroke and CMAJ house styles), written from the HTML before the
pages were first read back. The form is `read_back_gold.py`'s: row path -> {(column words, statistic): value};
a column's words marked "@" name its group when a span over the group's (a period) is printed above it."""

from __future__ import annotations

from tests.extraction.read_back_gold import NO_ARM, Cells, Gold

_EM, _PL = "Empagliflozin", "Placebo"


def _cp(arm: str, n: float, pct: float) -> Cells:
    return {(arm, "count"): n, (arm, "percent"): pct}


def _ms(arm: str, mean: float, sd: float) -> Cells:
    return {(arm, "mean"): mean, (arm, "sd"): sd}


def _iqr(arm: str, median: float, q1: float, q3: float) -> Cells:
    return {(arm, "median"): median, (arm, "q1"): q1, (arm, "q3"): q3}


def _nn(arm: str, n: float, d: float, pct: float) -> Cells:
    return {(arm, "count"): n, (arm, "denominator"): d, (arm, "percent"): pct}


def _ci(head: str, stat: str, v: float, lo: float, hi: float) -> Cells:
    return {(head, stat): v, (head, "ci_low"): lo, (head, "ci_high"): hi}


def _arms(form, arms: tuple[str, ...], *values: tuple[float, ...]) -> Cells:  # type: ignore[no-untyped-def]
    cells: Cells = {}
    for arm, vs in zip(arms, values, strict=True):
        cells |= form(arm, *vs)
    return cells


_HR, _P = "Hazard Ratio", "P Value"
_EV, _RATE = "No. of patients with event", "Events per 100 patient-yr"


def _circ(a: tuple[float, ...], b: tuple[float, ...], hr: tuple[float, float, float], p: float) -> Cells:
    cells: Cells = {}
    for arm, (n, pct, rate) in ((_EM, a), (_PL, b)):
        cells |= {(f"{arm}>{_EV}", "count"): n, (f"{arm}>{_EV}", "percent"): pct, (f"{arm}>{_RATE}", "rate"): rate}
    return cells | _ci(_HR, "hr", *hr) | {(_P, "p"): p}


CIRC_EVENTS: Gold = {
    ("Cardiovascular death or hospitalization for heart failure",): _circ(
        (415, 8.9, 3.6), (542, 11.6, 4.7), (0.76, 0.67, 0.87), 0.001
    ),
    ("Cardiovascular death",): _circ((172, 3.7, 1.4), (213, 4.5, 1.8), (0.81, 0.66, 0.99), 0.04),
    ("Hospitalization for heart failure",): _circ((265, 5.7, 2.2), (366, 7.8, 3.1), (0.71, 0.61, 0.83), 0.001),
    ("Death from any cause",): _circ((389, 8.3, 3.2), (421, 9.0, 3.5), (0.92, 0.80, 1.06), 0.25),
}

_KM, _ABS = "Kaplan–Meier estimate at 3 yr", "Absolute difference"


def _kidney(a: tuple[float, ...], b: tuple[float, ...], diff: tuple[float, float, float], p: float) -> Cells:
    cells: Cells = {}
    for arm, (n, d, pct, km) in ((_EM, a), (_PL, b)):
        cells |= _nn(f"{arm}>n/N", n, d, pct) | {(f"{arm}>{_KM}", "rate"): km}
    return cells | _ci(_ABS, "value", *diff) | {(_P, "p"): p}


CIRC_KIDNEY: Gold = {
    ("Sustained decline in eGFR of at least 40%",): _kidney(
        (98, 4512, 2.2, 3.1), (131, 4520, 2.9, 4.2), (-1.1, -1.9, -0.3), 0.01
    ),
    ("End-stage kidney disease",): _kidney((21, 4512, 0.5, 0.7), (33, 4520, 0.7, 1.0), (-0.3, -0.6, 0.0), 0.10),
    ("First hospitalization for any cause",): _kidney(
        (1823, 4687, 38.9, 44.6), (1940, 4691, 41.4, 47.2), (-2.6, -4.6, -0.6), 0.01
    ),
}

_EP = (_EM, _PL)
_RACE, _HIST, _SMOKE = "Race or ethnic group — no. (%)", "Medical history — no. (%)", "Smoking status — no. (%)"
NEJM_BASELINE: Gold = {
    ("Age — yr",): _arms(_ms, _EP, (66.8, 10.2), (66.5, 10.4)),
    ("Female sex — no. (%)",): _arms(_cp, _EP, (1212, 25.9), (1258, 26.8)),
    (_RACE, "White"): _arms(_cp, _EP, (3335, 71.2), (3356, 71.5)),
    (_RACE, "Black"): _arms(_cp, _EP, (307, 6.5), (291, 6.2)),
    (_RACE, "Asian"): _arms(_cp, _EP, (842, 18.0), (851, 18.1)),
    (_RACE, "Other"): _arms(_cp, _EP, (203, 4.3), (193, 4.1)),
    ("Body-mass index",): _arms(_ms, _EP, (28.2, 5.1), (28.4, 5.0)),
    ("Estimated GFR — ml/min/1.73 m2",): _arms(_ms, _EP, (61.2, 21.4), (60.9, 21.0)),
    ("Glycated hemoglobin — %",): _arms(_ms, _EP, (7.1, 1.4), (7.2, 1.4)),
    ("Median NT-proBNP (IQR) — pg/ml",): _arms(_iqr, _EP, (1415, 748, 2563), (1462, 774, 2612)),
    (_HIST, "Hypertension"): _arms(_cp, _EP, (3791, 80.9), (3824, 81.5)),
    (_HIST, "Coronary artery disease"): _arms(_cp, _EP, (2460, 52.5), (2513, 53.6)),
    (_HIST, "Atrial fibrillation or flutter"): _arms(_cp, _EP, (1692, 36.1), (1654, 35.3)),
    (
        _HIST,
        "Hospitalization for heart failure within 12 months before randomization and after the index diagnosis",
    ): _arms(_cp, _EP, (1455, 31.0), (1478, 31.5)),
    (_SMOKE, "Current smoker"): _arms(_cp, _EP, (612, 13.1), (588, 12.5)),
    (_SMOKE, "Former smoker"): _arms(_cp, _EP, (2109, 45.0), (2132, 45.4)),
    (_SMOKE, "Never smoked"): _arms(_cp, _EP, (1966, 41.9), (1971, 42.0)),
}

_BMJ = ("Low dose", "High dose", "Usual care", "Total")
BMJ_BASELINE: Gold = {
    ("Mean (SD) age (years)",): _arms(_ms, _BMJ, (63.4, 9.1), (62.9, 9.4), (63.8, 8.8), (63.4, 9.1)),
    ("Age group (years):", "<65"): _arms(_cp, _BMJ, (221, 53.6), (225, 55.0), (213, 51.3), (659, 53.3)),
    ("Age group (years):", "65-74"): _arms(_cp, _BMJ, (142, 34.5), (137, 33.5), (149, 35.9), (428, 34.6)),
    ("Age group (years):", "≥75"): _arms(_cp, _BMJ, (49, 11.9), (47, 11.5), (53, 12.8), (149, 12.1)),
    ("Women",): _arms(_cp, _BMJ, (168, 40.8), (171, 41.8), (160, 38.6), (499, 40.4)),
    ("Mean (SD) body mass index (kg/m2)",): _arms(_ms, _BMJ, (31.2, 5.4), (31.6, 5.7), (31.0, 5.2), (31.3, 5.4)),
    ("Median (IQR) eGFR (mL/min/1.73 m2)",): _arms(_iqr, _BMJ, (71, 58, 86), (72, 57, 87), (70, 58, 85), (71, 58, 86)),
    ("Median (IQR) duration of diabetes (years)",): _arms(_iqr, _BMJ, (8, 4, 13), (8, 4, 14), (9, 4, 14), (8, 4, 14)),
    ("Smoking status:", "Current smoker"): _arms(_cp, _BMJ, (74, 18.0), (70, 17.1), (79, 19.0), (223, 18.0)),
    ("Smoking status:", "Former smoker"): _arms(_cp, _BMJ, (151, 36.7), (149, 36.4), (147, 35.4), (447, 36.2)),
    ("Smoking status:", "Never smoked"): _arms(_cp, _BMJ, (187, 45.4), (190, 46.5), (189, 45.5), (566, 45.8)),
    (
        "Previous myocardial infarction or coronary revascularisation procedure more than six months before enrolment",
    ): _arms(_cp, _BMJ, (58, 14.1), (61, 14.9), (55, 13.3), (174, 14.1)),
}

_OR = "Orforgliptin"


def _weeks(*values: float) -> Cells:
    cells: Cells = {}
    heads = [(week, arm) for week in ("Week 26", "Week 52") for arm in (_OR, _PL)]
    for i, (week, arm) in enumerate(heads):
        cells[(f"{week}>@{arm}>n", "count")] = values[2 * i]
        cells[(f"{week}>@{arm}>%", "percent")] = values[2 * i + 1]
    return cells


DC_TARGETS: Gold = {
    ("HbA1c <7.0%",): _weeks(182, 44.3, 71, 17.4, 169, 41.1, 64, 15.7),
    ("HbA1c ≤6.5%",): _weeks(109, 26.5, 33, 8.1, 101, 24.6, 30, 7.4),
    ("Weight loss ≥5%",): _weeks(134, 32.6, 41, 10.0, 125, 30.4, 38, 9.3),
    ("Hypoglycemia (<54 mg/dL)",): _weeks(6, 1.5, 4, 1.0, 9, 2.2, 7, 1.7),
}

_LSD, _CHG = "LS mean difference", "Change from baseline, mean (SD)"


def _change(a: tuple[float, ...], b: tuple[float, ...], d12: tuple[float, ...], d52: tuple[float, ...]) -> Cells:
    cells: Cells = {}
    for arm, vs in ((_OR, a), (_PL, b)):
        cells |= _ms(f"{arm}>Week 12", vs[0], vs[1]) | _ms(f"{arm}>Week 52", vs[2], vs[3])
    return cells | _ci(f"{_LSD}>Week 12", "value", *d12) | _ci(f"{_LSD}>Week 52", "value", *d52)


DC_CHANGE: Gold = {
    (_CHG, "HbA1c, %"): _change((-1.2, 0.9, -1.4, 1.0), (-0.3, 0.8, -0.2, 0.9), (-0.9, -1.0, -0.8), (-1.2, -1.3, -1.0)),
    (_CHG, "Fasting plasma glucose, mg/dL"): _change(
        (-31, 38, -35, 41), (-6, 36, -3, 39), (-25, -30, -20), (-32, -37, -27)
    ),
    (_CHG, "Body weight, kg"): _change(
        (-2.9, 3.1, -4.8, 4.6), (-0.6, 2.7, -0.9, 3.8), (-2.3, -2.7, -1.9), (-3.9, -4.5, -3.3)
    ),
}

_IG, _UC, _RR = "Intervention Group", "Usual Care Group", "Rate Ratio"


def _falls(a: tuple[float, float], b: tuple[float, float], rr: tuple[float, float, float]) -> Cells:
    """A rate ratio is a "value", as the golden files file one (east-afnet4's incidence rate ratio); "rr" is a
    risk ratio."""
    cells: Cells = {}
    for arm, (n, rate) in ((_IG, a), (_UC, b)):
        cells |= {(f"{arm}>Events", "count"): n, (f"{arm}>Rate per 1000", "rate"): rate}
    return cells | _ci(_RR, "value", *rr)


ANNALS_FALLS: Gold = {
    ("Falls",): _falls((1034, 612), (1287, 768), (0.80, 0.72, 0.89)),
    ("Injurious falls",): _falls((402, 238), (489, 292), (0.82, 0.71, 0.94)),
    ("Fractures",): _falls((88, 52), (106, 63), (0.83, 0.62, 1.10)),
    ("Emergency department visits",): _falls((1590, 941), (1712, 1021), (0.92, 0.84, 1.01)),
}

_UOR, _AOR = "Unadjusted Odds Ratio", "Adjusted Odds Ratio"


def _odds(a: tuple[float, ...], b: tuple[float, ...], u: tuple[float, ...], adj: tuple[float, ...]) -> Cells:
    return _nn(_IG, *a) | _nn(_UC, *b) | _ci(_UOR, "or", *u) | _ci(_AOR, "or", *adj)


ANNALS_ODDS: Gold = {
    ("Fear of falling at 12 mo",): _odds((512, 1880, 27.2), (604, 1866, 32.4), (0.78, 0.67, 0.90), (0.77, 0.66, 0.89)),
    ("Nursing home admission",): _odds((61, 2112, 2.9), (74, 2098, 3.5), (0.82, 0.58, 1.15), (0.84, 0.59, 1.19)),
    ("Death",): _odds((143, 2112, 6.8), (151, 2098, 7.2), (0.94, 0.74, 1.19), (0.95, 0.75, 1.20)),
}

_FP = ("Finerenone", _PL)
KIDNEY_UNITS: Gold = {
    ("Age",): _arms(_ms, _FP, (65.4, 8.9), (65.7, 9.2)),
    ("Male sex",): _arms(_cp, _FP, (1953, 68.9), (1983, 69.8)),
    ("Systolic blood pressure",): _arms(_ms, _FP, (138.1, 14.3), (138.0, 14.4)),
    ("eGFR",): _arms(_ms, _FP, (44.4, 12.5), (44.3, 12.6)),
    ("UACR, median (IQR)",): _arms(_iqr, _FP, (852, 446, 1634), (866, 455, 1668)),
    ("Serum potassium",): _arms(_ms, _FP, (4.37, 0.46), (4.38, 0.46)),
    ("HbA1c",): _arms(_ms, _FP, (7.7, 1.3), (7.7, 1.4)),
    ("Diabetic retinopathy",): _arms(_cp, _FP, (1312, 46.3), (1330, 46.8)),
}


def _kint(a: tuple[float, ...], b: tuple[float, ...], hr: tuple[float, float, float]) -> Cells:
    cells: Cells = {}
    for arm, (n, pct, rate) in zip(_FP, (a, b), strict=True):
        cells |= {(f"{arm}>n", "count"): n, (f"{arm}>n", "percent"): pct, (f"{arm}>n per 100", "rate"): rate}
    return cells | _ci("Hazard ratio", "hr", *hr)


_KC = "Kidney composite outcome"
KIDNEY_OUTCOMES: Gold = {
    (_KC,): _kint((504, 17.8, 7.59), (600, 21.1, 9.08), (0.82, 0.73, 0.93)),
    (_KC, "Kidney failure"): _kint((208, 7.3, 2.99), (235, 8.3, 3.39), (0.87, 0.72, 1.05)),
    (_KC, "Sustained decrease in eGFR of ≥40% from baseline"): _kint(
        (479, 16.9, 7.21), (577, 20.3, 8.73), (0.81, 0.72, 0.92)
    ),
    ("Cardiovascular composite outcome",): _kint((367, 13.0, 5.11), (420, 14.8, 5.92), (0.86, 0.75, 0.99)),
}

_TA = ("Tenecteplase", "Alteplase")
_URR, _ARD = "Unadjusted risk ratio", "Adjusted risk difference"


def _stroke(a: tuple[float, float], b: tuple[float, float], rr: tuple[float, ...], rd: tuple[float, ...]) -> Cells:
    return _arms(_cp, _TA, a, b) | _ci(_URR, "rr", *rr) | _ci(_ARD, "value", *rd)


STROKE_OUTCOMES: Gold = {
    ("mRS score 0–1 at 90 d",): _stroke((296, 38.1), (274, 34.7), (1.10, 0.96, 1.25), (3.2, -1.5, 7.9)),
    ("mRS score 0–2 at 90 d",): _stroke((435, 56.0), (421, 53.4), (1.05, 0.96, 1.14), (2.4, -2.4, 7.2)),
    ("Death within 90 d",): _stroke((121, 15.6), (120, 15.2), (1.02, 0.81, 1.29), (0.3, -3.3, 3.9)),
    ("Symptomatic intracranial hemorrhage within 36 h",): _stroke(
        (27, 3.5), (25, 3.2), (1.10, 0.64, 1.87), (0.3, -1.5, 2.1)
    ),
}

_IC = ("Intervention", "Control")
_COMORB, _CCI = "Comorbidities, no. (%)", "Charlson Comorbidity Index score, no. (%)"
CMAJ_BASELINE: Gold = {
    ("Age, yr, median (IQR)",): _arms(_iqr, _IC, (74, 68, 81), (75, 69, 82)),
    ("Female, no. (%)",): _arms(_cp, _IC, (201, 56.5), (193, 55.3)),
    ("Lives alone, no. (%)",): _arms(_cp, _IC, (138, 38.8), (129, 37.0)),
    (
        _COMORB,
        "Chronic obstructive pulmonary disease requiring home oxygen or two or more exacerbations in the past year",
    ): _arms(_cp, _IC, (52, 14.6), (47, 13.5)),
    (_COMORB, "Diabetes mellitus"): _arms(_cp, _IC, (119, 33.4), (112, 32.1)),
    (_COMORB, "Dementia"): _arms(_cp, _IC, (41, 11.5), (38, 10.9)),
    ("No. of prescription medications, median (IQR)",): _arms(_iqr, _IC, (9, 6, 12), (9, 6, 13)),
    (_CCI, "0–1"): _arms(_cp, _IC, (88, 24.7), (91, 26.1)),
    (_CCI, "2–3"): _arms(_cp, _IC, (147, 41.3), (140, 40.1)),
    (_CCI, "≥4"): _arms(_cp, _IC, (121, 34.0), (118, 33.8)),
    ("Clinical Frailty Scale score, mean ± SD",): _arms(_ms, _IC, (5.1, 1.2), (5.2, 1.1)),
}


def _cmaj(a: tuple[float, float], b: tuple[float, float], rd: tuple[float, ...], rr: tuple[float, ...]) -> Cells:
    return _arms(_cp, _IC, a, b) | _ci("Risk difference", "value", *rd) | _ci("Relative risk", "rr", *rr)


CMAJ_OUTCOMES: Gold = {
    ("Readmission to hospital",): _cmaj((78, 21.9), (103, 29.5), (-7.6, -14.0, -1.2), (0.74, 0.58, 0.95)),
    ("Emergency department visit",): _cmaj((121, 34.0), (139, 39.8), (-5.8, -12.9, 1.3), (0.85, 0.70, 1.04)),
    ("Death",): _cmaj((19, 5.3), (22, 6.3), (-1.0, -4.4, 2.4), (0.85, 0.47, 1.54)),
}

NO_ARM.update({_ABS, _RR, _UOR, _AOR, _URR, _ARD, "Risk difference", "Relative risk", _LSD})

GOLD_HEADS: dict[tuple[str, str], Gold] = {
    ("circulation-events", "Table 2"): CIRC_EVENTS,
    ("circulation-events", "Table 3"): CIRC_KIDNEY,
    ("nejm-baseline", "Table 1"): NEJM_BASELINE,
    ("bmj-baseline", "Table 1"): BMJ_BASELINE,
    ("diabetes-care-weeks", "Table 2"): DC_TARGETS,
    ("diabetes-care-weeks", "Table 3"): DC_CHANGE,
    ("annals-ratios", "Table 2"): ANNALS_FALLS,
    ("annals-ratios", "Table 3"): ANNALS_ODDS,
    ("kidney-units", "Table 1"): KIDNEY_UNITS,
    ("kidney-units", "Table 2"): KIDNEY_OUTCOMES,
    ("stroke-outcomes", "Table 2"): STROKE_OUTCOMES,
    ("cmaj-baseline", "Table 1"): CMAJ_BASELINE,
    ("cmaj-baseline", "Table 2"): CMAJ_OUTCOMES,
}


# the second round: pages written after the first round's fixes, read back once before any further change
_LB = ("Semavutide 1·0 mg", "Semavutide 2·4 mg", "Placebo", "Total")
LANCET_BASELINE: Gold = {
    ("Age, years",): _arms(_ms, _LB, (57.8, 10.1), (58.3, 9.7), (57.5, 10.4), (57.9, 10.1)),
    ("Sex", "Female"): _arms(_cp, _LB, (262, 43), (255, 42), (268, 44), (785, 43)),
    ("Sex", "Male"): _arms(_cp, _LB, (349, 57), (353, 58), (343, 56), (1045, 57)),
    ("BMI, kg/m2",): _arms(_ms, _LB, (35.1, 6.2), (35.4, 6.0), (34.9, 6.3), (35.1, 6.2)),
    ("eGFR, mL/min per 1·73 m2",): _arms(_ms, _LB, (88.2, 19.5), (87.6, 20.1), (88.9, 19.0), (88.2, 19.5)),
    ("Duration of diabetes, years",): _arms(
        _iqr, _LB, (7.9, 4.0, 12.5), (8.1, 4.2, 13.0), (7.7, 3.9, 12.1), (7.9, 4.0, 12.6)
    ),
    ("Smoking status", "Current smoker"): _arms(_cp, _LB, (98, 16), (91, 15), (104, 17), (293, 16)),
    ("Smoking status", "Former or never smoker"): _arms(_cp, _LB, (513, 84), (517, 85), (507, 83), (1537, 84)),
    ("Previous cardiovascular disease",): _arms(_cp, _LB, (127, 21), (133, 22), (121, 20), (381, 21)),
}

_IU = ("Intervention", "Usual care")
_RACE2 = "Race and ethnicity"
JAMA_BASELINE: Gold = {
    ("Age, mean (SD), y",): _arms(_ms, _IU, (71.4, 6.8), (71.9, 7.1)),
    ("Women",): _arms(_cp, _IU, (286, 55.9), (279, 54.9)),
    (_RACE2, "Black"): _arms(_cp, _IU, (77, 15.0), (81, 15.9)),
    (_RACE2, "Hispanic"): _arms(_cp, _IU, (46, 9.0), (43, 8.5)),
    (_RACE2, "White"): _arms(_cp, _IU, (362, 70.7), (358, 70.5)),
    (_RACE2, "Other"): _arms(_cp, _IU, (27, 5.3), (26, 5.1)),
    ("Body mass index, mean (SD)",): _arms(_ms, _IU, (29.8, 5.6), (30.1, 5.9)),
    ("Systolic blood pressure, mean (SD), mm Hg",): _arms(_ms, _IU, (138.2, 17.4), (137.5, 16.9)),
    ("No. of chronic conditions, median (IQR)",): _arms(_iqr, _IU, (4, 3, 6), (4, 3, 6)),
    ("Lives in a rural area",): _arms(_cp, _IU, (131, 25.6), (127, 25.0)),
}

_TZ, _D52 = "Tirapazumab", "Difference at Week 52"


def _remission(a: tuple[float, ...], b: tuple[float, ...], d: tuple[float, ...], odds: tuple[float, ...]) -> Cells:
    cells: Cells = {}
    for arm, vs in ((_TZ, a), (_PL, b)):
        cells |= _cp(f"{arm}>Week 12", vs[0], vs[1]) | _cp(f"{arm}>Week 52", vs[2], vs[3])
    return cells | _ci(_D52, "value", *d) | _ci("Odds Ratio", "or", *odds)


NEJM_EVIDENCE: Gold = {
    ("Clinical remission",): _remission(
        (98, 31.6, 128, 41.3), (51, 16.7, 69, 22.5), (18.7, 11.5, 25.9), (2.41, 1.70, 3.42)
    ),
    ("Endoscopic improvement",): _remission(
        (121, 39.0, 140, 45.2), (67, 21.9, 80, 26.1), (19.0, 11.6, 26.4), (2.33, 1.66, 3.27)
    ),
    ("Corticosteroid-free remission",): _remission(
        (71, 22.9, 109, 35.2), (40, 13.1, 55, 18.0), (17.2, 10.4, 24.0), (2.47, 1.70, 3.60)
    ),
}

_LSMD = "LS Mean Difference"
NEJM_EVIDENCE_PRO: Gold = {
    ("IBDQ total score, change from baseline to week 52 — LS mean (SE)",): {
        (_TZ, "mean"): 41.8,
        (_TZ, "se"): 2.1,
        (_PL, "mean"): 24.6,
        (_PL, "se"): 2.2,
    }
    | _ci(_LSMD, "value", 17.2, 11.3, 23.1)
    | {(_P, "p"): 0.001},
    ("Fatigue score, change from baseline to week 52 — LS mean (SE)",): {
        (_TZ, "mean"): 6.3,
        (_TZ, "se"): 0.7,
        (_PL, "mean"): 2.9,
        (_PL, "se"): 0.7,
    }
    | _ci(_LSMD, "value", 3.4, 1.4, 5.4)
    | {(_P, "p"): 0.001},
    ("Abdominal pain score ≤1 at week 52 — no./total no. (%)",): _nn(_TZ, 151, 310, 48.7)
    | _nn(_PL, 92, 306, 30.1)
    | _ci(_LSMD, "value", 18.6, 11.1, 26.1)
    | {(_P, "p"): 0.001},
}

NO_ARM.update({_D52, "Odds Ratio", _LSMD})

GOLD_HEADS_2: dict[tuple[str, str], Gold] = {
    ("lancet-baseline", "Table 1"): LANCET_BASELINE,
    ("jama-baseline", "Table 1"): JAMA_BASELINE,
    ("nejm-evidence-outcomes", "Table 2"): NEJM_EVIDENCE,
    ("nejm-evidence-outcomes", "Table 3"): NEJM_EVIDENCE_PRO,
}


# the third round, written after the second round's fixes
_RV = "Ralvostat"


def _ahj(a: tuple[float, ...], b: tuple[float, ...], hr: tuple[float, float, float], p: float) -> Cells:
    cells: Cells = {}
    for arm, (n, pct, rate) in ((_RV, a), (_PL, b)):
        cells |= {(f"{arm}>Events", "count"): n, (f"{arm}>%", "percent"): pct, (f"{arm}>Rate/100 PY", "rate"): rate}
    return cells | _ci("HR", "hr", *hr) | {("P", "p"): p}


AHJ_OUTCOMES: Gold = {
    ("Efficacy", "CV death, MI, or stroke"): _ahj((512, 12.5, 4.51), (598, 14.6, 5.32), (0.85, 0.75, 0.96), 0.008),
    ("Efficacy", "CV death"): _ahj((201, 4.9, 1.71), (228, 5.6, 1.95), (0.88, 0.73, 1.06), 0.17),
    ("Efficacy", "All-cause death"): _ahj((344, 8.4, 2.93), (371, 9.1, 3.17), (0.92, 0.80, 1.07), 0.29),
    ("Safety", "Major bleeding"): _ahj((88, 2.1, 0.76), (61, 1.5, 0.52), (1.45, 1.04, 2.02), 0.03),
    ("Safety", "Intracranial hemorrhage"): _ahj((14, 0.3, 0.12), (12, 0.3, 0.10), (1.17, 0.54, 2.52), 0.70),
}

_OVP = ("Overall", "Vericiguat", "Placebo")
_NYHA = "NYHA class, n (%)"
EHJ_OVERALL: Gold = {
    ("Age (years), median [IQR]",): _arms(_iqr, _OVP, (72, 64, 79), (72, 64, 78), (73, 65, 79)),
    ("Female, n (%)",): _arms(_cp, _OVP, (760, 38.0), (374, 37.4), (386, 38.6)),
    (_NYHA, "I"): _arms(_cp, _OVP, (102, 5.1), (49, 4.9), (53, 5.3)),
    (_NYHA, "II"): _arms(_cp, _OVP, (1194, 59.7), (601, 60.0), (593, 59.4)),
    (_NYHA, "III"): _arms(_cp, _OVP, (662, 33.1), (330, 33.0), (332, 33.2)),
    (_NYHA, "IV"): _arms(_cp, _OVP, (42, 2.1), (21, 2.1), (21, 2.1)),
    ("LVEF (%), mean ± SD",): _arms(_ms, _OVP, (29.4, 8.2), (29.2, 8.3), (29.6, 8.1)),
    ("NT-proBNP (pg/mL), median [IQR]",): _arms(_iqr, _OVP, (2816, 1556, 5314), (2790, 1532, 5278), (2841, 1580, 5350)),
    ("Atrial fibrillation, n (%)",): _arms(_cp, _OVP, (901, 45.1), (447, 44.7), (454, 45.4)),
}

_MC, _DVP = "Mean Change", "Difference vs. Placebo"


def _womac(pl: tuple[float, ...], lo: tuple[float, ...], hi: tuple[float, ...], *diff: tuple[float, ...]) -> Cells:
    """A difference vs. placebo under a dose's head is that dose's (as doses-sbp's placebo-adjusted row is)."""
    cells: Cells = {}
    for arm, vs in (("Placebo", pl), ("Low Dose", lo), ("High Dose", hi)):
        cells |= _ci(f"{_MC}>@{arm}", "mean", *vs)
    for arm, vs in zip(("Low Dose", "High Dose"), diff, strict=True):
        cells |= _ci(f"{_DVP}>@{arm}", "value", *vs)
    return cells


ANNALS_CHANGE: Gold = {
    ("WOMAC pain score",): _womac(
        (-1.8, -2.2, -1.4), (-2.6, -3.0, -2.2), (-3.1, -3.5, -2.7), (-0.8, -1.4, -0.2), (-1.3, -1.9, -0.7)
    ),
    ("WOMAC function score",): _womac(
        (-5.9, -7.1, -4.7), (-8.2, -9.4, -7.0), (-9.7, -10.9, -8.5), (-2.3, -4.0, -0.6), (-3.8, -5.5, -2.1)
    ),
    ("Patient global assessment",): _womac(
        (-0.6, -0.7, -0.5), (-0.8, -0.9, -0.7), (-0.9, -1.0, -0.8), (-0.2, -0.4, 0.0), (-0.3, -0.5, -0.1)
    ),
}

NO_ARM.update({"HR", "P"})

GOLD_HEADS_3: dict[tuple[str, str], Gold] = {
    ("ahj-outcomes", "Table II"): AHJ_OUTCOMES,
    ("ehj-baseline-overall", "Table 1"): EHJ_OVERALL,
    ("annals-change", "Table 3"): ANNALS_CHANGE,
}


# the fourth round, written after the third round's fixes
_VD = ("Vantoglimab 10 mg", "Vantoglimab 25 mg", "Placebo")
_REGION = "Geographic region — no. (%)"
NEJM_DOSES: Gold = {
    ("Age — yr",): _arms(_ms, _VD, (61.2, 9.8), (60.8, 10.1), (61.5, 9.6)),
    ("Age ≥65 yr — no. (%)",): _arms(_cp, _VD, (151, 37.6), (143, 35.9), (156, 38.9)),
    ("Weight — kg",): _arms(_ms, _VD, (89.4, 17.2), (90.1, 18.0), (88.7, 16.9)),
    (_REGION, "North America"): _arms(_cp, _VD, (108, 26.9), (104, 26.1), (110, 27.4)),
    (_REGION, "Europe"): _arms(_cp, _VD, (152, 37.8), (150, 37.7), (149, 37.2)),
    (_REGION, "Asia–Pacific"): _arms(_cp, _VD, (97, 24.1), (99, 24.9), (95, 23.7)),
    (_REGION, "Latin America"): _arms(_cp, _VD, (45, 11.2), (45, 11.3), (47, 11.7)),
    ("Glycated hemoglobin ≥8.0% — no. (%)",): _arms(_cp, _VD, (181, 45.0), (176, 44.2), (183, 45.6)),
}

_VP = ("Vantoglimab", "Placebo")
# "0/401" is a count and its denominator with no percent printed; "NA" is no value
NEJM_SAFETY_NN: Gold = {
    ("Any adverse event — no./total no. (%)",): _nn(_VP[0], 583, 800, 72.9)
    | _nn(_VP[1], 281, 401, 70.1)
    | _ci("Risk Ratio", "rr", 1.04, 0.96, 1.12),
    ("Serious adverse event — no./total no. (%)",): _nn(_VP[0], 97, 800, 12.1)
    | _nn(_VP[1], 52, 401, 13.0)
    | _ci("Risk Ratio", "rr", 0.94, 0.68, 1.29),
    ("Diabetic ketoacidosis — no./total no. (%)",): _nn(_VP[0], 3, 800, 0.4)
    | {(_VP[1], "count"): 0, (_VP[1], "denominator"): 401},
    ("Amputation — no./total no. (%)",): _nn(_VP[0], 6, 800, 0.8)
    | _nn(_VP[1], 3, 401, 0.7)
    | _ci("Risk Ratio", "rr", 1.00, 0.25, 3.99),
}

NO_ARM.update({"Risk Ratio"})

GOLD_HEADS_4: dict[tuple[str, str], Gold] = {
    ("nejm-doses-baseline", "Table 1"): NEJM_DOSES,
    ("nejm-doses-baseline", "Table 3"): NEJM_SAFETY_NN,
}
