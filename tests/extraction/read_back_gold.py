"""What must be read from the general-medicine read-back pages (tests/typeset/read_back/*.html), written from
the HTML before the pages were read back. One entry per table: row path (outer to inner, as printed) ->
{(column, statistic): value}. `column` names the cell's column by the words its header path must hold, outer
to inner, joined by ">" ("Catheter ablation>Rate per 100" is the rate sub-column under that arm's span); a
cell under no arm (a ratio, a difference, a P value) is named by its own head. Cells that say nothing a
reader could file (a dash, "··", "NT") are not listed: a record there is an extra. Row labels and column
words are compared after `trialex.evaluate.norm` (letters and digits only), so "5·5" and "5.5" are one label.

`compare` sorts each golden value into right, wrong arm (the right number under another group, or a group
where there is none), wrong (a record at its cell with another number), mislabeled
(its number at its cell under another statistic) or withheld (nothing at its cell), and lists the records of
the table that answer no golden value (extras: a cell read under a row path, column or statistic it does not
have)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from schemas.records import Record
from trialex.evaluate import norm

Cells = dict[tuple[str, str], float]
Gold = dict[tuple[str, ...], Cells]

_O, _PL = "Orvaglutide", "Placebo"
_HR, _P = "Hazard Ratio", "P Value"


def _np(arms: tuple[str, str], a: tuple[float, float], b: tuple[float, float]) -> Cells:
    return {
        (arms[0], "count"): a[0],
        (arms[0], "percent"): a[1],
        (arms[1], "count"): b[0],
        (arms[1], "percent"): b[1],
    }


def _ratio(head: str, stat: str, v: float, lo: float, hi: float) -> Cells:
    return {(head, stat): v, (head, "ci_low"): lo, (head, "ci_high"): hi}


def _nn(arm: str, n: float, d: float, pct: float) -> Cells:
    return {(arm, "count"): n, (arm, "denominator"): d, (arm, "percent"): pct}


def _pair(arm: str, a: str, b: str, x: float, y: float) -> Cells:
    return {(arm, a): x, (arm, b): y}


_COMPOSITE = "Primary cardiovascular composite end point — no. (%)"
_CONFIRM = "Confirmatory secondary end points, tested hierarchically"
_SUPPORT = "Supportive secondary end points"

NEJM_COMPOSITE: Gold = {
    (_COMPOSITE,): _np((_O, _PL), (612, 6.9), (738, 8.4)) | _ratio(_HR, "hr", 0.82, 0.74, 0.91) | {(_P, "p"): 0.001},
    (_COMPOSITE, "Death from cardiovascular causes"): _np((_O, _PL), (231, 2.6), (270, 3.1))
    | _ratio(_HR, "hr", 0.85, 0.72, 1.02),
    (_COMPOSITE, "Nonfatal myocardial infarction"): _np((_O, _PL), (246, 2.8), (331, 3.8))
    | _ratio(_HR, "hr", 0.74, 0.63, 0.87),
    (_COMPOSITE, "Nonfatal stroke"): _np((_O, _PL), (158, 1.8), (169, 1.9)) | _ratio(_HR, "hr", 0.93, 0.75, 1.16),
    (_CONFIRM, "Death from cardiovascular causes — no. (%)"): _np((_O, _PL), (231, 2.6), (270, 3.1))
    | _ratio(_HR, "hr", 0.85, 0.72, 1.02)
    | {(_P, "p"): 0.07},
    (_CONFIRM, "Heart-failure composite end point — no. (%)"): _np((_O, _PL), (309, 3.5), (372, 4.2))
    | _ratio(_HR, "hr", 0.83, 0.71, 0.96),
    (_CONFIRM, "Death from any cause — no. (%)"): _np((_O, _PL), (389, 4.4), (467, 5.3))
    | _ratio(_HR, "hr", 0.83, 0.72, 0.95),
    (_SUPPORT, "Expanded cardiovascular composite end point — no. (%)"): _np((_O, _PL), (715, 8.1), (871, 9.9))
    | _ratio(_HR, "hr", 0.81, 0.73, 0.89),
    (_SUPPORT, "Coronary revascularization — no. (%)"): _np((_O, _PL), (471, 5.4), (552, 6.3))
    | _ratio(_HR, "hr", 0.85, 0.75, 0.96),
}

_SAE = "Serious adverse event — no. (%)"
_DISC = "Adverse event leading to permanent discontinuation — no. (%)"
NEJM_SAFETY: Gold = {
    (_SAE,): _np((_O, _PL), (2941, 33.4), (3204, 36.4)),
    (_SAE, "Cardiac disorders"): _np((_O, _PL), (803, 9.1), (941, 10.7)),
    (_SAE, "Infections and infestations"): _np((_O, _PL), (612, 7.0), (655, 7.4)),
    (_SAE, "Gastrointestinal disorders"): _np((_O, _PL), (331, 3.8), (290, 3.3)),
    (_DISC,): _np((_O, _PL), (1461, 16.6), (718, 8.2)),
    (_DISC, "Gastrointestinal disorders"): _np((_O, _PL), (875, 9.9), (176, 2.0)),
    (_DISC, "Nervous system disorders"): _np((_O, _PL), (94, 1.1), (61, 0.7)),
    ("Death — no. (%)",): _np((_O, _PL), (401, 4.6), (469, 5.3)),
}

_F, _PG, _LHR, _LP = "Finerelant group", "Placebo group", "Hazard ratio", "p value"
_PRIMARY = "Primary composite outcome"
LANCET_OUTCOMES: Gold = {
    (_PRIMARY,): _nn(_F, 123, 1204, 10.2)
    | _nn(_PG, 158, 1200, 13.2)
    | _ratio(_LHR, "hr", 0.78, 0.65, 0.94)
    | {(_LP, "p"): 0.0087},
    (_PRIMARY, "Cardiovascular death"): _nn(_F, 41, 1204, 3.4)
    | _nn(_PG, 52, 1200, 4.3)
    | _ratio(_LHR, "hr", 0.79, 0.52, 1.19),
    (_PRIMARY, "Hospitalisation for heart failure"): _nn(_F, 86, 1204, 7.1)
    | _nn(_PG, 113, 1200, 9.4)
    | _ratio(_LHR, "hr", 0.75, 0.57, 0.99),
    ("Secondary outcomes", "All-cause death"): _nn(_F, 77, 1204, 6.4)
    | _nn(_PG, 85, 1200, 7.1)
    | _ratio(_LHR, "hr", 0.90, 0.66, 1.22)
    | {(_LP, "p"): 0.49},
    ("Secondary outcomes", "Hyperkalaemia (potassium >5·5 mmol/L)"): _nn(_F, 104, 1198, 8.7)
    | _nn(_PG, 49, 1196, 4.1)
    | _ratio(_LHR, "hr", 2.21, 1.58, 3.10)
    | {(_LP, "p"): 0.0001},
}

_T, _ETD = "Tirzelatide 15 mg", "Estimated treatment difference"


def _change(base: tuple[float, ...], change: tuple[float, ...], diff: tuple[float, float, float]) -> dict[str, Cells]:
    return {
        "Baseline": _pair(_T, "mean", "sd", base[0], base[1]) | _pair(_PL, "mean", "sd", base[2], base[3]),
        "Change from baseline": _pair(_T, "mean", "sd", change[0], change[1])
        | _pair(_PL, "mean", "sd", change[2], change[3])
        | _ratio(_ETD, "value", *diff)
        | {(_LP, "p"): 0.0001},
    }


LANCET_CHANGE: Gold = {
    (group, row): cells
    for group, rows in (
        ("HbA1c, %", _change((8.02, 0.91, 8.05, 0.88), (-2.11, 1.02, -0.42, 0.97), (-1.69, -1.82, -1.56))),
        ("Bodyweight, kg", _change((94.8, 19.6, 95.3, 20.1), (-9.6, 6.8, -1.1, 4.9), (-8.5, -9.3, -7.7))),
        (
            "Systolic blood pressure, mm Hg",
            _change((131.2, 14.5, 130.8, 13.9), (-6.9, 12.4, -1.6, 12.8), (-5.3, -6.9, -3.7)),
        ),
    )
    for row, cells in rows.items()
}

_CA, _AAD = "Catheter ablation", "Antiarrhythmic drugs"


def _ehj(
    a: tuple[float, ...], b: tuple[float, ...], hr: tuple[float, ...], ard: tuple[float, ...], nnt: float
) -> Cells:
    return (
        {(f"{_CA}>Events", "count"): a[0], (f"{_CA}>Events", "percent"): a[1], (f"{_CA}>Rate per 100", "rate"): a[2]}
        | {
            (f"{_AAD}>Events", "count"): b[0],
            (f"{_AAD}>Events", "percent"): b[1],
            (f"{_AAD}>Rate per 100", "rate"): b[2],
        }
        | _ratio("Hazard ratio", "hr", *hr)
        | _ratio("Absolute risk difference", "value", *ard)
        | {("NNT", "value"): nnt}
    )


EHJ_RATES: Gold = {
    ("Recurrent atrial tachyarrhythmia",): _ehj(
        (78, 31.2, 36.4), (121, 49.4, 64.0), (0.56, 0.42, 0.74), (-18.2, -26.8, -9.6), 6
    ),
    ("Symptomatic AF recurrence",): _ehj(
        (52, 20.8, 23.1), (89, 36.3, 44.7), (0.52, 0.37, 0.73), (-15.5, -23.4, -7.6), 7
    ),
    ("Cardioversion",): _ehj((19, 7.6, 7.9), (38, 15.5, 16.8), (0.47, 0.27, 0.82), (-7.9, -13.5, -2.3), 13),
    ("Hospitalization for arrhythmia",): _ehj(
        (24, 9.6, 10.1), (45, 18.4, 20.6), (0.50, 0.31, 0.82), (-8.8, -14.9, -2.7), 12
    ),
}

_ESAE = "Serious adverse events, n (%)"
EHJ_SAFETY: Gold = {
    (_ESAE,): _np((_CA, _AAD), (36, 14.4), (42, 17.1)) | {("P-value", "p"): 0.40},
    (_ESAE, "Pericardial tamponade"): {(_CA, "count"): 3, (_CA, "percent"): 1.2, (_AAD, "count"): 0},
    (_ESAE, "Vascular access complication"): {(_CA, "count"): 5, (_CA, "percent"): 2.0, (_AAD, "count"): 0},
    (_ESAE, "Drug-induced bradycardia requiring pacing"): {
        (_CA, "count"): 0,
        (_AAD, "count"): 6,
        (_AAD, "percent"): 2.4,
    },
    (_ESAE, "Stroke or transient ischaemic attack"): _np((_CA, _AAD), (1, 0.4), (2, 0.8)),
    ("Any adverse event, n (%)",): _np((_CA, _AAD), (102, 40.8), (131, 53.5)) | {("P-value", "p"): 0.005},
    ("Death, n (%)",): _np((_CA, _AAD), (1, 0.4), (2, 0.8)) | {("P-value", "p"): 0.55},
}

_Z = "Zenorastat"


def _jama(a: tuple[float, ...], b: tuple[float, ...], diff: tuple[float, ...], hr: tuple[float, ...]) -> Cells:
    return (
        {(f"{_Z}>No.", "count"): a[0], (f"{_Z}>No.", "percent"): a[1], (f"{_Z}>Events per 100", "rate"): a[2]}
        | {(f"{_PL}>No.", "count"): b[0], (f"{_PL}>No.", "percent"): b[1], (f"{_PL}>Events per 100", "rate"): b[2]}
        | _ratio("Difference, percentage points", "value", *diff)
        | _ratio("Hazard ratio", "hr", *hr)
    )


JAMA_RATES: Gold = {
    ("Major adverse cardiovascular events",): _jama(
        (146, 12.1, 5.8), (187, 15.6, 7.6), (-3.5, -6.2, -0.8), (0.77, 0.62, 0.96)
    ),
    ("Myocardial infarction",): _jama((61, 5.1, 2.4), (79, 6.6, 3.2), (-1.5, -3.4, 0.4), (0.77, 0.55, 1.07)),
    ("Stroke",): _jama((38, 3.2, 1.5), (44, 3.7, 1.7), (-0.5, -2.0, 1.0), (0.86, 0.56, 1.33)),
    ("Heart failure hospitalization",): _jama((52, 4.3, 2.0), (70, 5.8, 2.8), (-1.5, -3.2, 0.2), (0.74, 0.52, 1.06)),
}

_DIFF, _JP = "Difference", "P value"
JAMA_SECONDARY: Gold = {
    ("Sinus rhythm at 48 h, No./total No. (%)",): _nn(_Z, 612, 1150, 53.2)
    | _nn(_PL, 540, 1139, 47.4)
    | _ratio(_DIFF, "value", 5.8, 1.7, 9.9)
    | {(_JP, "p"): 0.006},
    ("Time to first hospitalization, median (IQR), d",): {(_Z, "median"): 412, (_Z, "q1"): 198, (_Z, "q3"): 731}
    | {(_PL, "median"): 365, (_PL, "q1"): 170, (_PL, "q3"): 690}
    | _ratio(_DIFF, "value", 47, 12, 82)
    | {(_JP, "p"): 0.01},
    ("Length of hospital stay, median (IQR), d",): {(_Z, "median"): 3, (_Z, "q1"): 2, (_Z, "q3"): 6}
    | {(_PL, "median"): 4, (_PL, "q1"): 2, (_PL, "q3"): 7}
    | _ratio(_DIFF, "value", -1, -2, 0)
    | {(_JP, "p"): 0.03},
    ("Days alive and out of hospital, mean (SD)",): _pair(_Z, "mean", "sd", 341.2, 52.6)
    | _pair(_PL, "mean", "sd", 335.9, 58.1)
    | _ratio(_DIFF, "value", 5.3, 0.8, 9.8)
    | {(_JP, "p"): 0.02},
}

_BOOT = "Bootstrap median"


def _pk(est: tuple[str, float], rse: float | None, shrink: float | None, boot: tuple[float, ...] | None) -> Cells:
    """A parameter's row. Its RSE and shrinkage are printed but not listed: trialex has no statistic for a relative
    standard error or a shrinkage and leaves them unread with a finding (extractors/hints.py, _population_pk)."""
    del rse, shrink
    cells: Cells = {("Estimate", est[0]): est[1]}
    if boot is not None:
        cells |= _ratio(_BOOT, "median", *boot)
    return cells


_FE, _IIV, _RV = "Fixed effects", "Interindividual variability", "Residual variability"
POPPK_FINAL: Gold = {
    (_FE, "θ1 CL/F (L/h)"): _pk(("value", 4.82), 5.1, None, (4.80, 4.35, 5.31)),
    (_FE, "θ2 V/F (L)"): _pk(("value", 112), 7.4, None, (111, 96.2, 128)),
    (_FE, "θ3 ka (h−1)"): _pk(("value", 1.35), 14.2, None, (1.38, 0.99, 1.87)),
    (_FE, "θ4 Weight on CL/F (exponent)"): _pk(("value", 0.75), None, None, None),
    (_FE, "θ5 CrCL on CL/F (exponent)"): _pk(("value", 0.412), 18.6, None, (0.405, 0.262, 0.561)),
    (_FE, "θ6 Female sex on V/F"): _pk(("value", -0.184), 31.0, None, (-0.179, -0.291, -0.061)),
    (_IIV, "ω2 CL/F, IIV CV%"): _pk(("cv_percent", 28.4), 11.2, 9.8, (28.1, 22.6, 33.7)),
    (_IIV, "ω2 V/F, IIV CV%"): _pk(("cv_percent", 35.9), 15.6, 21.4, (35.2, 26.0, 44.1)),
    (_IIV, "ω2 ka, IIV CV%"): _pk(("cv_percent", 62.1), 22.8, 38.5, (60.4, 39.7, 81.2)),
    (_RV, "σ2 proportional error, CV%"): _pk(("cv_percent", 18.7), 6.9, 7.2, (18.5, 16.3, 20.9)),
    (_RV, "σ additive error (ng/mL)"): _pk(("value", 0.52), 24.1, 7.2, (0.50, 0.21, 0.83)),
}

_D = ("0.2 mg/kg", "0.3 mg/kg", "0.4 mg/kg")


def _three(stats: tuple[str, ...], *values: tuple[float, ...], arms: tuple[str, ...] = _D) -> Cells:
    return {(arm, s): v for arm, vs in zip(arms, values, strict=True) for s, v in zip(stats, vs, strict=True)}


_MS, _RANGE = ("mean", "sd"), ("median", "min", "max")
NCA_DOSES: Gold = {
    ("Cmax (ng/mL)",): _three(_MS, (2150, 612), (3320, 845), (4410, 1020)),
    ("Tmax (min)",): _three(_RANGE, (2.0, 1.0, 3.0), (2.0, 1.0, 3.0), (1.5, 1.0, 3.0)),
    ("AUC0–∞ (ng·min/mL)",): _three(_MS, (38900, 9800), (57200, 12400), (79600, 18100)),
    ("t½ (min)",): _three(_MS, (45.2, 10.1), (47.8, 12.3), (49.0, 11.6)),
    ("CL (mL/min/kg)",): _three(_MS, (5.3, 1.2), (5.4, 1.1), (5.1, 1.3)),
    ("Vss (L/kg)",): _three(_MS, (0.31, 0.08), (0.34, 0.09), (0.33, 0.07)),
}

_W = ("0–5 min", "5–15 min", "15–30 min")
TIME_WINDOWS: Gold = {
    ("Hypotension (MAP <65 mm Hg), n (%)",): _three(("count", "percent"), (8, 27.6), (5, 17.2), (2, 7.1), arms=_W),
    ("Bradycardia (HR <50 bpm), n (%)",): _three(("count", "percent"), (3, 10.3), (2, 6.9), (1, 3.6), arms=_W),
    ("Lowest MAP, mm Hg, mean (SD)",): _three(_MS, (68.4, 9.2), (71.9, 8.7), (75.2, 8.1), arms=_W),
    ("Norepinephrine dose, µg, median (IQR)",): _three(
        ("median", "q1", "q3"), (8, 0, 16), (4, 0, 10), (0, 0, 4), arms=_W
    ),
}

_DOSES = ("Placebo", "12.5 mg", "50 mg", "100 mg")


def _sbp(base: tuple[float, ...], change: tuple[float, ...], diff: tuple[float, ...]) -> dict[str, Cells]:
    def pairs(stats: tuple[str, str], vs: tuple[float, ...]) -> Cells:
        return {(arm, s): v for i, arm in enumerate(_DOSES) for s, v in zip(stats, vs[2 * i : 2 * i + 2], strict=True)}

    return {
        "Baseline, mean (SD)": pairs(_MS, base),
        "Change at week 8, LS mean (SE)": pairs(("mean", "se"), change),
        "Placebo-adjusted difference (95% CI)": {
            (arm, s): v
            for i, arm in enumerate(_DOSES[1:])
            for s, v in zip(("value", "ci_low", "ci_high"), diff[3 * i : 3 * i + 3], strict=True)
        },
    }


DOSES_SBP: Gold = {
    (group, row): cells
    for group, rows in (
        (
            "Office systolic BP, mm Hg",
            _sbp(
                (142.1, 9.8, 141.6, 10.2, 143.0, 9.1, 142.4, 8.7),
                (-4.1, 1.8, -8.2, 1.9, -12.9, 1.8, -14.5, 1.9),
                (-4.1, -9.3, 1.1, -8.8, -13.9, -3.7, -10.4, -15.6, -5.2),
            ),
        ),
        (
            "24-h ambulatory systolic BP, mm Hg",
            _sbp(
                (136.4, 8.8, 135.9, 9.5, 137.1, 8.2, 136.0, 9.0),
                (-2.0, 1.5, -5.7, 1.6, -9.8, 1.5, -11.2, 1.6),
                (-3.7, -8.1, 0.7, -7.8, -12.1, -3.5, -9.2, -13.6, -4.8),
            ),
        ),
    )
    for row, cells in rows.items()
}

_OR = "Orforgliptin 36 mg"


def _wk26(a: tuple[float, ...], b: tuple[float, ...], diff: tuple[float, ...]) -> Cells:
    return (
        _pair(f"{_OR}>Baseline", "mean", "sd", a[0], a[1])
        | _pair(f"{_OR}>Change", "mean", "sd", a[2], a[3])
        | _pair(f"{_PL}>Baseline", "mean", "sd", b[0], b[1])
        | _pair(f"{_PL}>Change", "mean", "sd", b[2], b[3])
        | _ratio("LS mean difference", "value", *diff)
    )


WEEK26_CHANGE: Gold = {
    ("Body weight, kg",): _wk26((101.2, 18.4, -9.4, 5.1), (99.8, 17.9, -2.3, 4.4), (-7.1, -8.9, -5.3)),
    ("HbA1c, %",): _wk26((8.1, 0.9, -1.8, 0.8), (8.0, 0.8, -0.4, 0.7), (-1.4, -1.7, -1.1)),
    ("Waist circumference, cm",): _wk26((112.5, 13.0, -7.9, 5.6), (111.9, 12.4, -2.0, 4.8), (-5.9, -7.8, -4.0)),
    ("Fasting glucose, mmol/L",): _wk26((9.6, 2.4, -2.2, 1.9), (9.4, 2.2, -0.3, 1.8), (-1.9, -2.5, -1.3)),
}

_ZA = "Zalutamide"
_OS, _PFS = "Overall survival", "Progression-free survival"
ONCOLOGY_EFFICACY: Gold = {
    (_OS, "Death — no. (%)"): _np((_ZA, _PL), (169, 29.5), (237, 41.1))
    | _ratio(_HR, "hr", 0.64, 0.52, 0.78)
    | {(_P, "p"): 0.001},
    (_OS, "Median overall survival (95% CI) — mo"): {(_PL, "median"): 34.7, (_PL, "ci_low"): 31.2},
    (_OS, "Overall survival at 36 mo (95% CI) — %"): _ratio(_ZA, "rate", 71.4, 67.2, 75.2)
    | _ratio(_PL, "rate", 56.3, 51.8, 60.5),
    (_PFS, "Progression or death — no. (%)"): _np((_ZA, _PL), (239, 41.7), (354, 61.5))
    | _ratio(_HR, "hr", 0.47, 0.40, 0.56)
    | {(_P, "p"): 0.001},
    (_PFS, "Median progression-free survival (95% CI) — mo"): {(_ZA, "median"): 33.0, (_ZA, "ci_low"): 29.5}
    | _ratio(_PL, "median", 14.8, 13.9, 16.6),
    ("Objective response — no./total no. (%)",): _nn(_ZA, 196, 363, 54.0)
    | _nn(_PL, 135, 369, 36.6)
    | {(_P, "p"): 0.001},
    ("Duration of response, median (IQR) — mo",): {(_ZA, "median"): 18.4, (_ZA, "q1"): 9.7, (_ZA, "q3"): 29.8}
    | {(_PL, "median"): 11.0, (_PL, "q1"): 5.5, (_PL, "q3"): 19.3},
}


def _grades(z: tuple[float, ...], p: tuple[float, ...]) -> Cells:
    cells: Cells = {}
    for arm, vs in ((_ZA, z), (_PL, p)):
        for head, pair in (("Any Grade", vs[:2]), ("Grade ≥3", vs[2:])):
            cells[(f"{arm}>{head}", "count")] = pair[0]
            if len(pair) > 1:
                cells[(f"{arm}>{head}", "percent")] = pair[1]
    return cells


_COMMON = "Most common adverse events"
ONCOLOGY_AES: Gold = {
    ("Any adverse event",): _grades((551, 96.3, 241, 42.1), (541, 94.3, 236, 41.1)),
    ("Serious adverse event",): _grades((160, 28.0, 131, 22.9), (143, 24.9, 120, 20.9)),
    (_COMMON, "Fatigue"): _grades((191, 33.4, 12, 2.1), (145, 25.3, 6, 1.0)),
    (_COMMON, "Hypertension"): _grades((124, 21.7, 64, 11.2), (97, 16.9, 52, 9.1)),
    (_COMMON, "Hot flush"): _grades((117, 20.5, 1, 0.2), (87, 15.2, 0)),
}

_SP = "No. of Patients"
_PI = "P Value for Interaction"


def _subgroup(n: float, a: tuple[float, float, float], b: tuple[float, float, float], hr: tuple[float, ...]) -> Cells:
    return {(_SP, "count"): n} | _nn(_O, *a) | _nn(_PL, *b) | _ratio(_HR, "hr", *hr)


SUBGROUPS: Gold = {
    ("Age",): {(_PI, "p"): 0.31},
    ("Age", "<65 yr"): _subgroup(10412, (301, 5204, 5.8), (388, 5208, 7.5), (0.77, 0.66, 0.89)),
    ("Age", "≥65 yr"): _subgroup(7192, (311, 3599, 8.6), (350, 3593, 9.7), (0.88, 0.76, 1.03)),
    ("Sex",): {(_PI, "p"): 0.64},
    ("Sex", "Male"): _subgroup(12744, (478, 6370, 7.5), (571, 6374, 9.0), (0.83, 0.73, 0.94)),
    ("Sex", "Female"): _subgroup(4860, (134, 2433, 5.5), (167, 2427, 6.9), (0.79, 0.63, 0.99)),
    ("Glycated hemoglobin at baseline",): {(_PI, "p"): 0.12},
    ("Glycated hemoglobin at baseline", "<5.7%"): _subgroup(
        5915, (176, 2961, 5.9), (236, 2954, 8.0), (0.73, 0.60, 0.89)
    ),
    ("Glycated hemoglobin at baseline", "≥5.7%"): _subgroup(
        11689, (436, 5842, 7.5), (502, 5847, 8.6), (0.86, 0.76, 0.98)
    ),
}

_TP, _DP = "Triple pill", "Dual pill"


def _ls(a: tuple[float, float], b: tuple[float, float], diff: tuple[float, ...], p: float) -> Cells:
    return _pair(_TP, "mean", "se", *a) | _pair(_DP, "mean", "se", *b) | _ratio(_DIFF, "value", *diff) | {(_LP, "p"): p}


LANCET_ENDASH: Gold = {
    ("Office systolic blood pressure, mm Hg",): _ls((-16.2, 0.8), (-10.9, 0.8), (-5.3, -7.5, -3.1), 0.0001),
    ("Office diastolic blood pressure, mm Hg",): _ls((-8.4, 0.5), (-5.6, 0.5), (-2.8, -4.2, -1.4), 0.0001),
    ("Daytime ambulatory systolic blood pressure, mm Hg",): _ls((-12.7, 0.9), (-8.1, 0.9), (-4.6, -7.1, -2.1), 0.0003),
    ("Blood pressure <140/90 mm Hg at week 12",): _nn(_TP, 245, 350, 70)
    | _nn(_DP, 191, 348, 55)
    | _ratio(_DIFF, "value", 15.1, 8.0, 22.2)
    | {(_LP, "p"): 0.0001},
}

# arms printed as rows: a cell's group is its row (``ROW_ARMS``); the reference group's "1 (ref)" is not listed
ARMS_AS_ROWS: Gold = {
    (_TP,): {("Participants", "count"): 350, ("Events", "count"): 21, ("Events", "percent"): 6.0}
    | {("Event rate", "rate"): 3.1}
    | _ratio("Hazard ratio", "hr", 0.62, 0.37, 1.04),
    (_DP,): {("Participants", "count"): 348, ("Events", "count"): 33, ("Events", "percent"): 9.5}
    | {("Event rate", "rate"): 5.0},
}

MODEL_BUILDING: Gold = {
    ("Base model",): {("=OFV", "value"): 4521.6},
    ("CrCL on CL",): {("=OFV", "value"): 4478.2, ("=ΔOFV", "value"): -43.4, (_LP, "p"): 0.001},
    ("CrCL on CL + weight on V",): {("=OFV", "value"): 4459.7, ("=ΔOFV", "value"): -18.5, (_LP, "p"): 0.001},
    ("CrCL on CL + weight on V + age on CL",): {("=OFV", "value"): 4457.9, ("=ΔOFV", "value"): -1.8, (_LP, "p"): 0.18},
}

# "Estimate (RSE%)" and "IIV, CV% (RSE%) [shrinkage, %]": the estimate and the CV; their RSEs and the shrinkage
# have no statistic
ESTIMATE_RSE: Gold = {
    ("CL (L/h)",): {("Estimate", "value"): 3.91, ("IIV", "cv_percent"): 31.5},
    ("V (L)",): {("Estimate", "value"): 48.3, ("IIV", "cv_percent"): 22.4},
    ("Q (L/h)",): {("Estimate", "value"): 5.62},
    ("V2 (L)",): {("Estimate", "value"): 97.0},
    ("Effect of CrCL on CL",): {("Estimate", "value"): 0.62},
    ("Proportional residual error (%)",): {("Estimate", "value"): 14.9},
}

_CR = ("CrCL <60 mL/min", "CrCL 60–90 mL/min", "CrCL >90 mL/min")
# "median (5th–95th percentile)": the median; the vocabulary has no percentile, so the interval is not listed
SIMULATED: Gold = {
    ("AUC0–24,ss (mg·h/L)",): {(arm, "median"): v for arm, v in zip(_CR, (612, 488, 401), strict=True)},
    ("Cmax,ss (mg/L)",): {(arm, "median"): v for arm, v in zip(_CR, (31.8, 27.2, 23.9), strict=True)},
}

_PF, _TH = "Pulsed field", "Thermal"
INCIDENCE: Gold = {
    ("Freedom from atrial arrhythmia at 12 months, % (95% CI)",): _ratio(_PF, "rate", 73.3, 67.9, 78.0)
    | _ratio(_TH, "rate", 71.3, 65.8, 76.1)
    | _ratio("Odds ratio", "or", 1.10, 0.77, 1.58)
    | {("P-value", "p"): 0.58},
    ("HbA1c <7.0% at 12 months, n/N (%)",): _nn(_PF, 88, 143, 61.5)
    | _nn(_TH, 70, 141, 49.6)
    | _ratio("Odds ratio", "or", 1.62, 1.01, 2.60)
    | {("P-value", "p"): 0.04},
    ("Incidence of AF hospitalization per 1000 person-years (95% CI)",): _ratio(_PF, "rate", 42.1, 30.8, 56.2)
    | _ratio(_TH, "rate", 58.7, 45.1, 75.0)
    | {("P-value", "p"): 0.09},
    ("AF burden at 12 months, %, median (IQR)",): {(_PF, "median"): 0.0, (_PF, "q1"): 0.0, (_PF, "q3"): 1.2}
    | {(_TH, "median"): 0.3, (_TH, "q1"): 0.0, (_TH, "q3"): 3.9}
    | {("P-value", "p"): 0.01},
}

_WD, _WP = "Wins for dapaglif", "Wins for placebo"
# a cell centred across both groups ("Ties", "Win ratio") is no group's: named by "" (any column)
WIN_RATIO: Gold = {
    ("1. Death from any cause",): _np((_WD, _WP), (1811, 4.2), (2342, 5.5)),
    ("2. Hospitalization for heart failure",): _np((_WD, _WP), (3624, 8.5), (4877, 11.4)),
    ("3. Change in KCCQ score of ≥5 points",): _np((_WD, _WP), (9903, 23.2), (7540, 17.6)),
    ("Total",): _np((_WD, _WP), (15338, 35.9), (14759, 34.5)),
    ("Ties, n (%)",): {("", "count"): 12643, ("", "percent"): 29.6},
    ("Win ratio (95% CI)",): _ratio("", "value", 1.04, 0.97, 1.11),
}

ROW_ARMS = {("lancet-endash", "Table 3")}

# (page, table) -> gold
GOLD: dict[tuple[str, str], Gold] = {
    ("subgroups-forest", "Table 4"): SUBGROUPS,
    ("lancet-endash", "Table 2"): LANCET_ENDASH,
    ("lancet-endash", "Table 3"): ARMS_AS_ROWS,
    ("poppk-models", "Table 2"): MODEL_BUILDING,
    ("poppk-models", "Table 3"): ESTIMATE_RSE,
    ("poppk-models", "Table 4"): SIMULATED,
    ("ehj-incidence", "Table 2"): INCIDENCE,
    ("ehj-incidence", "Table 3"): WIN_RATIO,
    ("nejm-composite", "Table 2"): NEJM_COMPOSITE,
    ("nejm-composite", "Table 3"): NEJM_SAFETY,
    ("lancet-middot", "Table 2"): LANCET_OUTCOMES,
    ("lancet-middot", "Table 3"): LANCET_CHANGE,
    ("ehj-rates", "Table 2"): EHJ_RATES,
    ("ehj-rates", "Table 3"): EHJ_SAFETY,
    ("jama-twolevel", "Table 2"): JAMA_RATES,
    ("jama-twolevel", "Table 3"): JAMA_SECONDARY,
    ("poppk-final", "Table 3"): POPPK_FINAL,
    ("nca-anaesthesia", "Table 2"): NCA_DOSES,
    ("nca-anaesthesia", "Table 3"): TIME_WINDOWS,
    ("doses-sbp", "Table 2"): DOSES_SBP,
    ("doses-sbp", "Table 3"): WEEK26_CHANGE,
    ("nejm-oncology", "Table 2"): ONCOLOGY_EFFICACY,
    ("nejm-oncology", "Table 3"): ONCOLOGY_AES,
}


# column heads that are no group: a contrast, a P value, a model's estimate and its bootstrap; a cell under any
# other first word of a golden column is its arm's (the record's ``arm`` must name it)
NO_ARM = {
    _HR, _P, _LHR, _LP, _ETD, _DIFF, _JP, _BOOT, "Hazard ratio", "Absolute risk difference", "NNT",
    "Difference, percentage points", "P-value", "LS mean difference", "Estimate", _SP, _PI, "IIV", "=OFV", "=ΔOFV", "",
    "Odds ratio",
}  # fmt: skip


@dataclass
class Comparison:
    right: list[str] = field(default_factory=list)
    wrong_arm: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    mislabeled: list[str] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def _letters(text: str) -> str:
    """Letters (Greek too) and digits only, lower case: "ΔOFV" is not "OFV"."""
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", text).lower())


def _column_holds(record: Record, words: str) -> bool:
    if words.startswith("="):  # the column's whole head, nothing more
        return _letters(" ".join(record.column)) == _letters(words[1:])
    path = norm(" ".join(record.column))
    at = 0
    for word in words.replace("@", "").split(">"):
        found = path.find(norm(word), at)
        if found < 0:
            return False
        at = found + len(norm(word))
    return True


def _arm_words(column: str) -> str:
    """The words naming a column's group: its first, or the one marked "@" ("Week 26>@Orforgliptin>n": a period's
    span over the group's)."""
    words = column.split(">")
    return next((word[1:] for word in words if word.startswith("@")), words[0])


def _describe(record: Record) -> str:
    return f"{' > '.join(record.row)} | {' > '.join(record.column)} | {record.arm} | {record.statistic}={record.value}"


def compare(
    gold: Gold,
    records: list[Record],
    row_arms: bool = False,
    no_arm: frozenset[str] = frozenset(),
    unnamed: bool = False,
) -> Comparison:
    """Sort the golden values (see the module's docstring); ``row_arms``: the table prints its groups as rows;
    ``no_arm``: more column heads that name no group (a gold module's own contrasts and estimates); ``unnamed``: a
    group column may be left unnamed by ``arm`` (a PK record's arm is its dose; its column path names the group)."""
    out = Comparison()
    used: set[int] = set()
    by_row: dict[tuple[str, ...], list[Record]] = {}
    for record in records:
        by_row.setdefault(tuple(norm(label) for label in record.row), []).append(record)
    for row, cells in gold.items():
        here = by_row.get(tuple(norm(label) for label in row), [])
        for (column, statistic), value in cells.items():
            name = f"{' > '.join(row)} | {column} | {statistic}={value}"
            # "~" before a column: the cell is no group's (a contrast printed under a group's head); "?": the
            # column's group or none (a ratio of this group against the control, printed under its head)
            mark, column = (column[0], column[1:]) if column.startswith(("~", "?")) else ("", column)
            at_cell = [r for r in here if _column_holds(r, column) or (mark and not "".join(r.column).strip())]
            if statistic == "denominator":  # the N of an n/N cell rides on its count's record
                at_cell = [r.model_copy(update={"value": r.denominator}) for r in at_cell if r.statistic == "count"]
                hits = [r.model_copy(update={"statistic": "denominator"}) for r in at_cell]
                if any(r.value == value for r in hits):
                    out.right.append(name)
                else:
                    out.withheld.append(name)
                continue
            hits = [r for r in at_cell if r.statistic == statistic]
            used.update(id(r) for r in at_cell if r.statistic == statistic or r.value == value)
            arm = row[-1] if row_arms else _arm_words(column)
            arm_of = None if arm in NO_ARM or arm in no_arm or mark == "~" else norm(arm)
            good = [r for r in hits if r.value is not None and abs(r.value - value) < 1e-9]
            # groups printed as rows may be left unnamed (no column says the rows are groups), never misnamed; a
            # group row over its weeks or days names the rows under it
            allowed = {arm_of, None} if row_arms or unnamed or mark == "?" else {arm_of}
            if row_arms:
                allowed |= {norm(label) for label in row}
            if good and all((norm(r.arm) if r.arm else None) not in allowed for r in good):
                out.wrong_arm.append(f"{name}: arm {[r.arm for r in good]}")
            elif good:
                out.right.append(name)
            elif hits:
                out.wrong.append(f"{name}: read {[r.value for r in hits]}")
            elif any(r.value == value for r in at_cell):
                out.mislabeled.append(f"{name}: read as {[r.statistic for r in at_cell if r.value == value]}")
            else:
                out.withheld.append(name)
    out.extra = [_describe(r) for r in records if id(r) not in used and r.value is not None]
    return out
