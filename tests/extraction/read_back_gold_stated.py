"""What must be read from the stated-statistic pages (tests/typeset/read_back/{stated-heads, stated-second}.html),
written from the HTML before the pages were first read back. The form is `read_back_gold.py`'s: row path -> {(column
words, statistic): value}. Each table states the statistic of its single numbers once, somewhere other than the cell:
a spanner over the arms ("Mean change from baseline"), split heads ("LS mean | SE"), a stub heading row ("Mean change
from baseline in body weight, %" over its weeks), a legend ("Data are number of patients", "Values are means"), the
stub head ("No. of patients"), a caption ("Mean Changes From Baseline in ..."), a contrast head ("aOR (95% CI)", "OR
(95% CI)" beside "HR (95% CI)"). A change in percent under a head or span that says "mean" is a mean (the "%" is its
unit); a difference between groups is a "value"; "<0.001" is the P value 0.001."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _ci(col: str, stat: str, v: float, lo: float, hi: float) -> Cells:
    return {(col, stat): v, (col, "ci_low"): lo, (col, "ci_high"): hi}


def _arms(stat: str, arms: tuple[str, ...], values: tuple[float, ...]) -> Cells:
    return {(arm, stat): v for arm, v in zip(arms, values, strict=True)}


# ---- stated-heads -------------------------------------------------------------------------------------------
_V1, _PL = "Velaglutide 1 mg", "Placebo"
_ETD, _P = "Estimated treatment difference", "P value"


def _t2(a: float, b: float, d: tuple[float, float, float]) -> Cells:
    return _arms("mean", (_V1, _PL), (a, b)) | _ci(_ETD, "value", *d) | {(_P, "p"): 0.001}


MEAN_CHANGE_SPAN: Gold = {
    ("HbA1c, %",): _t2(-1.42, -0.21, (-1.21, -1.39, -1.03)),
    ("Fasting plasma glucose, mmol/L",): _t2(-2.07, -0.34, (-1.73, -2.10, -1.36)),
    ("Body weight, kg",): _t2(-4.86, -0.92, (-3.94, -4.71, -3.17)),
    ("Waist circumference, cm",): _t2(-3.9, -1.1, (-2.8, -3.7, -1.9)),
}

_DX, _EFF = "Dorixatant", "Treatment effect"


def _t3(m: tuple[float, float, float, float], e: tuple[float, float, float], p: float) -> Cells:
    cells = {(f"{_DX}>LS mean", "mean"): m[0], (f"{_DX}>SE", "se"): m[1]}
    cells |= {(f"{_PL}>LS mean", "mean"): m[2], (f"{_PL}>SE", "se"): m[3]}
    return cells | _ci(_EFF, "value", *e) | {(_P, "p"): p}


LS_MEAN_SPLIT: Gold = {
    ("Day 3",): _t3((-2.87, 0.31, -2.02, 0.32), (-0.85, -1.38, -0.32), 0.002),
    ("Day 5",): _t3((-3.66, 0.33, -2.94, 0.34), (-0.72, -1.27, -0.17), 0.01),
    ("Day 15",): _t3((-4.91, 0.36, -4.48, 0.37), (-0.43, -0.94, 0.08), 0.10),
}

_V24 = "Velaglutide 2.4 mg"
_BW, _A1C = "Mean change from baseline in body weight, %", "Mean change from baseline in HbA1c, percentage points"


def _t4(a: float, b: float, d: tuple[float, float, float]) -> Cells:
    return _arms("mean", (_V24, _PL), (a, b)) | _ci("ETD", "value", *d)


HEADING_ROW: Gold = {
    (_BW, "Week 24"): _t4(-7.92, -0.48, (-7.44, -9.10, -5.78)),
    (_BW, "Week 48"): _t4(-10.64, -0.71, (-9.93, -12.52, -7.34)),
    (_BW, "Week 72"): _t4(-10.21, -1.06, (-9.15, -11.90, -6.40)),
    (_A1C, "Week 24"): _t4(-0.98, 0.06, (-1.04, -1.39, -0.69)),
    (_A1C, "Week 72"): _t4(-1.02, -0.04, (-0.98, -1.35, -0.61)),
}

_RV = "Ralvetide"
LEGEND_COUNTS: Gold = {
    ("Stroke",): _arms("count", (_PL, _RV), (98, 104)) | {(_P, "p"): 0.66},
    ("Coronary heart disease",): _arms("count", (_PL, _RV), (17, 13)) | {(_P, "p"): 0.48},
    ("Pneumonia",): _arms("count", (_PL, _RV), (41, 52)) | {(_P, "p"): 0.25},
    ("Cancer",): _arms("count", (_PL, _RV), (6, 9)) | {(_P, "p"): 0.44},
}

_UOR, _AOR = "Unadjusted odds ratio", "aOR"
ODDS_RATIOS: Gold = {
    (row,): _ci(_UOR, "or", *u) | _ci(_AOR, "or", *a)
    for row, u, a in (
        ("Age, per 10 years", (0.84, 0.71, 0.99), (0.86, 0.72, 1.02)),
        ("Female sex", (1.21, 0.88, 1.66), (1.17, 0.84, 1.63)),
        ("Disease duration >5 years", (0.62, 0.44, 0.87), (0.66, 0.46, 0.94)),
        ("Prior biologic therapy", (0.48, 0.33, 0.70), (0.51, 0.35, 0.75)),
    )
}

_C150, _C300 = "Casoprotib 150 mg", "Casoprotib 300 mg"
CAPTION_MEANS: Gold = {
    ("LDL cholesterol, mg/dL",): _arms("mean", (_C150, _C300, _PL), (-38.4, -51.7, -2.1)),
    ("HDL cholesterol, mg/dL",): _arms("mean", (_C150, _C300, _PL), (3.2, 4.6, 0.8)),
    ("Triglycerides, mg/dL",): _arms("mean", (_C150, _C300, _PL), (-12.5, -18.9, 4.4)),
}

_VG = "Velaglutide"
LEGEND_MEANS_BASELINE: Gold = {
    ("Age, yr",): _arms("mean", (_VG, _PL), (58.4, 59.1)),
    ("Female sex — no. (%)",): {(_VG, "count"): 64, (_VG, "percent"): 43.2, (_PL, "count"): 69, (_PL, "percent"): 46.0},
    ("Body-mass index",): _arms("mean", (_VG, _PL), (32.6, 32.1)),
    ("Duration of diabetes, yr",): _arms("mean", (_VG, _PL), (8.7, 9.2)),
    ("Current smoker — no.",): _arms("count", (_VG, _PL), (21, 18)),
    ("Weight, kg, median",): _arms("median", (_VG, _PL), (91.0, 90.4)),
}

# ---- stated-second ------------------------------------------------------------------------------------------
_T10, _T20, _DIFF = "Tervoglipron 10 mg", "Tervoglipron 20 mg", "Difference, 20 mg vs placebo"


def _s2(v: tuple[float, float, float], d: tuple[float, float, float]) -> Cells:
    return _arms("mean", (_T10, _T20, _PL), v) | _ci(_DIFF, "value", *d)


MEAN_CHANGE_SPAN_2: Gold = {
    ("Systolic blood pressure, mm Hg",): _s2((-6.8, -9.4, -2.2), (-7.2, -9.1, -5.3)),
    ("Diastolic blood pressure, mm Hg",): _s2((-3.1, -4.6, -1.0), (-3.6, -4.8, -2.4)),
    ("Heart rate, beats/min",): _s2((1.4, 2.3, 0.2), (2.1, 1.0, 3.2)),
}

_M4, _M6 = "Mazoglutide 4 mg", "Mazoglutide 6 mg"
PERCENT_CHANGE_MEAN: Gold = {
    ("Body weight, percentage change, %",): _arms(
        "mean", (f"{_M4}>Mean", f"{_M6}>Mean", f"{_PL}>Mean"), (-9.85, -11.02, 0.94)
    ),
    ("HDL cholesterol, percentage change, %",): _arms(
        "mean", (f"{_M4}>Mean", f"{_M6}>Mean", f"{_PL}>Mean"), (4.25, 5.61, 1.37)
    ),
}

_IV = "Ivabrotide"


def _s4(m: tuple[float, float, float, float], p: float) -> Cells:
    cells = {(f"{_IV}>Least-squares mean", "mean"): m[0], (f"{_IV}>SE", "se"): m[1]}
    return cells | {(f"{_PL}>Least-squares mean", "mean"): m[2], (f"{_PL}>SE", "se"): m[3], (_P, "p"): p}


LS_MEAN_SPLIT_2: Gold = {
    ("Dyspnoea score",): _s4((-4.12, 0.58, -1.96, 0.61), 0.01),
    ("Fatigue score",): _s4((-3.40, 0.52, -2.25, 0.55), 0.13),
}

_IN, _UC = "Intervention", "Usual care"
STUB_COUNTS: Gold = {
    ("Heart failure",): _arms("count", (_IN, _UC), (23, 37)),
    ("Arrhythmia",): _arms("count", (_IN, _UC), (11, 14)),
    ("Infection",): _arms("count", (_IN, _UC), (19, 16)),
}

HR_BESIDE_OR: Gold = {
    (row,): _ci("HR", "hr", *h) | _ci("=OR (95% CI)", "or", *o) | _ci("aOR", "or", *a)
    for row, h, o, a in (
        ("Hospitalisation for heart failure", (0.78, 0.64, 0.95), (0.76, 0.61, 0.94), (0.79, 0.63, 0.99)),
        ("Atrial fibrillation", (1.06, 0.84, 1.34), (1.07, 0.83, 1.38), (1.04, 0.80, 1.35)),
        ("Stroke", (0.92, 0.66, 1.28), (0.91, 0.64, 1.29), (0.94, 0.66, 1.34)),
    )
}

_CT = "Control"
LEGEND_MEANS_2: Gold = {
    ("Physical component",): _arms("mean", (_IN, _CT), (42.7, 40.1)),
    ("Mental component",): _arms("mean", (_IN, _CT), (48.3, 47.9)),
    ("EQ-5D index",): _arms("mean", (_IN, _CT), (0.71, 0.68)),
}

_FZ = "Finazolone"
CAPTION_MEANS_2: Gold = {
    ("eGFR, mL/min/1.73 m²",): _arms("mean", (_FZ, _PL), (-2.4, -4.1)),
    ("Serum potassium, mmol/L",): _arms("mean", (_FZ, _PL), (0.21, 0.04)),
    ("Urine albumin, mg/g",): _arms("mean", (_FZ, _PL), (-84, -12)),
}

# column heads that name no group (the contrasts and P values of these pages)
NO_ARM_STATED = frozenset({_ETD, _P, _EFF, "ETD", _UOR, _AOR, _DIFF, "HR", "=OR (95% CI)"})

GOLD_STATED: dict[tuple[str, str], Gold] = {
    ("stated-heads", "Table 2"): MEAN_CHANGE_SPAN,
    ("stated-heads", "Table 3"): LS_MEAN_SPLIT,
    ("stated-heads", "Table 4"): HEADING_ROW,
    ("stated-heads", "Table 5"): LEGEND_COUNTS,
    ("stated-heads", "Table 6"): ODDS_RATIOS,
    ("stated-heads", "Table 7"): CAPTION_MEANS,
    ("stated-heads", "Table 8"): LEGEND_MEANS_BASELINE,
}

# the second instances (tests/typeset/read_back/stated-second.html)
GOLD_STATED_2: dict[tuple[str, str], Gold] = {
    ("stated-second", "Table 2"): MEAN_CHANGE_SPAN_2,
    ("stated-second", "Table 3"): PERCENT_CHANGE_MEAN,
    ("stated-second", "Table 4"): LS_MEAN_SPLIT_2,
    ("stated-second", "Table 5"): STUB_COUNTS,
    ("stated-second", "Table 6"): HR_BESIDE_OR,
    ("stated-second", "Table 7"): LEGEND_MEANS_2,
    ("stated-second", "Table 8"): CAPTION_MEANS_2,
}
