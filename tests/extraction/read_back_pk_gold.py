"""What must be read from the PK read-back pages (tests/typeset/read_back/pk-*.html), written from the HTML before
the pages were first read back, in the form of `tests/extraction/read_back_gold.py` (row path -> {(column,
statistic): value}; `compare` there sorts them). Each table's form was sampled from a PK table a paper prints (the
address is beside it in the HTML); drugs, numbers and wording are this module's own.

Added after the first reading (the records were true and the gold had left them out): the count of an "n" or
"No. of subjects" column of a table whose groups are rows.

What a reviewer files: a cell's statistic as its legend, head, title, stub or "Statistic" column states it; a ratio
of geometric means as a value (or a geometric mean where its row says so) with its interval's bounds; a bootstrap
or model estimate as printed under its head. Not listed (a record there is an extra): "N, n" rows, RSEs,
"Error (CV%)" of a model estimate (a precision of the estimate, not a variability of the parameter), placeholders
("NA", "NC", "ND", "—", "Not detected"). A half-life the legend says is a harmonic mean is listed under the
statistic "harmonic_mean", which trialex has not: any record there is mislabeled, withheld is the right answer."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_GM, _MS, _RANGE = ("geometric_mean", "cv_percent"), ("mean", "sd"), ("median", "min", "max")


def _by(arms: tuple[str, ...], stats: tuple[str, ...], *values: tuple[float, ...]) -> Cells:
    return {(arm, s): v for arm, vs in zip(arms, values, strict=True) for s, v in zip(stats, vs, strict=True)}


# pk-bjcp-groups
_RENAL = ("Normal renal function", "Mild impairment", "Moderate impairment")
_PP = "Plasma PK"
RENAL_GROUPS: Gold = {
    (_PP, "Cmax (ng/mL)"): _by(_RENAL, _GM, (42.6, 28), (51.3, 35), (63.9, 41)),
    (_PP, "AUC0–24 (ng·h/mL)"): _by(_RENAL, _GM, (388.1, 31), (502.7, 44), (712.4, 39)),
    (_PP, "Tmax (h)"): _by(_RENAL, _RANGE, (2.0, 1.0, 4.0), (2.5, 1.0, 6.0), (2.0, 0.5, 4.0)),
    (_PP, "CL/F (L/h)"): _by(_RENAL, _GM, (25.8, 31), (19.9, 44), (14.0, 39)),
}

_COH = ("Dose>@150", "Dose>@300", "Dose>@450")
_MCV = ("mean", "cv_percent")
DOSE_COHORTS: Gold = {
    ("Cmax (µg/mL)",): _by(_COH, _MCV, (31.4, 9.2), (66.0, 14.8), (97.5, 18.1)),
    ("AUC0–∞ (µg·h/mL)",): _by(_COH, _MCV, (48.2, 11.6), (101, 20.3), (149, 16.7)),
    ("CL (mL/min)",): _by(_COH, _MCV, (92.6, 12.4), (88.1, 25.0), (90.3, 19.8)),
    ("t1/2 (h)",): _by(_COH, _MCV, (2.41, 17.5), (2.58, 8.9), (2.49, 12.2)),
}


def _day(
    n: int, cmax: tuple[float, float], tmax: tuple[float, ...], auc: tuple[float, float], cmin: tuple[float, ...]
) -> Cells:
    cells = {("Cmax", "mean"): cmax[0], ("Cmax", "cv_percent"): cmax[1], ("No. of subjects", "count"): n}
    cells |= {("Tmax", s): v for s, v in zip(_RANGE, tmax, strict=True)}
    cells |= {("AUC", "mean"): auc[0], ("AUC", "cv_percent"): auc[1]}
    return cells | ({("Cmin", s): v for s, v in zip(_MCV, cmin, strict=True)} if cmin else {})


# groups as rows: the row's last label is its group
DAYS_AS_ROWS: Gold = {
    ("Day 1", "Cohort 1: 150 mg b.i.d."): _day(18, (870, 44), (1.5, 1.0, 4.0), (4810, 31), ()),
    ("Day 1", "Cohort 2: 250 mg b.i.d."): _day(21, (1420, 52), (1.5, 1.0, 2.0), (7960, 27), ()),
    ("Day 14", "Cohort 1: 150 mg q.d."): _day(14, (1730, 48), (1.0, 1.0, 4.0), (25400, 47), (862, 58)),
    ("Day 14", "Cohort 2: 250 mg q.d."): _day(17, (2390, 37), (1.5, 1.0, 4.0), (31900, 40), (1015, 46)),
}

_D20, _D40 = "20 mg", "40 mg"


def _geo(a: tuple[float, float], b: tuple[float, float]) -> Cells:
    return {
        (f"{_D20}>Geometric mean", "geometric_mean"): a[0],
        (f"{_D20}>Geo CV", "cv_percent"): a[1],
        (f"{_D40}>Geometric mean", "geometric_mean"): b[0],
        (f"{_D40}>Geo CV", "cv_percent"): b[1],
    }


GEO_SUBCOLUMNS: Gold = {
    ("Tmax (h)",): _by((_D20, _D40), _RANGE, (3.0, 1.0, 6.0), (4.0, 2.0, 8.0)),
    ("Cmax (ng/mL)",): _geo((2.847, 36.2), (5.912, 41.8)),
    ("AUC0–t (h·ng/mL)",): _geo((48.37, 52.6), (101.9, 47.3)),
    ("t1/2 (h)",): _geo((17.42, 28.1), (18.05, 24.9)),
}


# pk-cpt-ratios
def _be(gm: tuple[float, float], gmr: float, ci: tuple[float, float], cv: float) -> Cells:
    return {
        ("GM (Test)", "geometric_mean"): gm[0],
        ("GM (Reference)", "geometric_mean"): gm[1],
        ("GMR", "value"): gmr,
        ("90% CI", "ci_low"): ci[0],
        ("90% CI", "ci_high"): ci[1],
        ("Intra-subject CV", "cv_percent"): cv,
    }


_FAST, _FED = "Fasting conditions (n = 28)", "Fed conditions (n = 30)"
BIOEQUIVALENCE: Gold = {
    (_FAST, "Cmax (ng/mL)"): _be((312.55, 298.40), 104.74, (98.62, 111.24), 12.86),
    (_FAST, "AUC0–t (h·ng/mL)"): _be((2104.8, 2087.1), 100.85, (97.31, 104.52), 7.91),
    (_FED, "Cmax (ng/mL)"): _be((168.02, 181.66), 92.49, (85.93, 99.55), 15.47),
    (_FED, "AUC0–t (h·ng/mL)"): _be((1902.3, 1955.8), 97.26, (94.18, 100.44), 6.72),
}


def _limits(v: float, lo: float, hi: float) -> Cells:
    return {("Point estimate", "value"): v, ("Lower 90% CI", "ci_low"): lo, ("Upper 90% CI", "ci_high"): hi}


LIMIT_COLUMNS: Gold = {
    ("AUC0–∞",): _limits(0.9712, 0.9064, 1.0406),
    ("Cmax",): _limits(1.0845, 0.9731, 1.2087),
    ("AUC0–t",): _limits(0.9688, 0.9047, 1.0374),
}

_CMP = ("Sublingual/oral", "Sublingual/intravenous", "Oral/intravenous")
_AUC, _CMX = "AUC0–∞ (min·ng/mL)", "Cmax (ng/mL)"
STACKED_RATIOS: Gold = {
    (_AUC, "Geometric mean"): _by(_CMP, ("geometric_mean",), (0.612,), (0.318,), (0.521,)),
    (_AUC, "90% CI"): _by(_CMP, ("ci_low", "ci_high"), (0.554, 0.676), (0.287, 0.352), (0.471, 0.576)),
    (_CMX, "Geometric mean"): _by(_CMP[:2], ("geometric_mean",), (0.487,), (0.061,)),
    (_CMX, "90% CI"): _by(_CMP[:2], ("ci_low", "ci_high"), (0.391, 0.606), (0.047, 0.079)),
}

_DIFF, _PV = "95% CI on the difference", "P value"


def _iv_oral(iv: tuple[float, float], oral: tuple[float, ...], ci: tuple[float, ...], p: float | None) -> Cells:
    cells = _by(("Intravenous", "Capsule"), _MS, iv, oral) if oral else _by(("Intravenous",), _MS, iv)
    if ci:
        cells |= {(_DIFF, "ci_low"): ci[0], (_DIFF, "ci_high"): ci[1]}
    return cells | ({(_PV, "p"): p} if p is not None else {})


TITLE_STATISTIC: Gold = {
    ("Cmax (ng/mL)",): _iv_oral((17.8, 6.9), (4.12, 1.48), (9.91, 17.5), 0.001),
    ("t1/2 (h)",): _iv_oral((6.3, 1.8), (6.1, 2.0), (-0.42, 0.77), 0.61),
    ("AUC0–∞ (ng·h/mL)",): _iv_oral((24.6, 8.1), (41.3, 17.2), (9.84, 23.6), 0.001),
    ("CL (mL/min)",): _iv_oral((1520, 488), (), (), None),
}

# pk-layouts
_FD = ("@150 mg", "@300 mg", "@600 mg")
_MED = ("median",)
TITLE_MEDIAN_DAYS: Gold = {
    ("Cmax (ng/mL)", "1"): _by(_FD, _MED, (92.4,), (188,), (341,)),
    ("Cmax (ng/mL)", "15"): _by(_FD, _MED, (104,), (226,), (402,)),
    ("Cmax (ng/mL)", "29"): _by(_FD[1:], _MED, (231,), (388,)),
    ("AUC (ng·h/mL)", "1"): _by(_FD[1:], _MED, (1874,), (3560,)),
    ("AUC (ng·h/mL)", "15"): _by(_FD, _MED, (905,), (2412,), (4718,)),
    ("AUC (ng·h/mL)", "29"): _by(_FD[1:], _MED, (2380,), (4655,)),
    ("t1/2 (h)", "1"): _by(_FD[1:], _MED, (12.8,), (13.4,)),
    ("t1/2 (h)", "15"): _by(_FD, _MED, (11.9,), (14.1,), (13.7,)),
}

_ROUTES = ("Intravenous", "Intramuscular", "Subcutaneous")
HARMONIC_MARK: Gold = {
    ("λz (h−1)",): _by(_ROUTES, _MS, (0.052, 0.008), (0.031, 0.011), (0.019, 0.004)),
    # "*Harmonic mean ± pseudo-SD": no statistic for either number; a mean or an SD here is mislabeled
    ("t½λz (h)",): _by(_ROUTES, ("harmonic_mean",), (13.4,), (22.6,), (36.8,)),
    ("Vss (L/kg)",): _by(_ROUTES[:1], _MS, (3.87, 0.61)),
    ("AUC0–∞ (µg·h/L)",): _by(_ROUTES, _MS, (8412, 640), (17930, 2880), (24105, 3870)),
    ("Cmax (µg/L)",): _by(_ROUTES[1:], _MS, (1108, 142), (512, 88)),
    ("F (%)",): _by(_ROUTES[1:], _MS, (81.3, 5.2), (70.6, 8.1)),
}

_AN = ("Total radioactivity", "Deltaperidone")
_AE = "Ae0–168 (% of dose)"
LEGEND_ABOVE: Gold = {
    ("Cmax (ng/mL)",): _by(_AN, _MS, (18.2, 2.64), (16.9, 2.48)),
    ("tmax (h)",): _by(_AN, _RANGE, (1.5, 1.0, 2.0), (1.5, 1.0, 2.0)),
    ("AUC∞ (ng·h/mL)",): _by(_AN, _MS, (341, 58.2), (362, 55.7)),
    ("t1/2 (h)",): _by(_AN, _MS, (16.1, 2.33), (23.9, 4.12)),
    (_AE, "Urine"): _by(_AN, _MS, (78.4, 4.62), (57.1, 6.88)),
    (_AE, "Feces"): _by(_AN[:1], _MS, (12.6, 2.91)),
}


def _tk(
    n: int, tmax: tuple[float, ...], cmax: tuple[float, float], auc: tuple[float, float], ar: tuple[float, ...]
) -> Cells:
    cells = {("=n", "count"): n} | {("tmax", s): v for s, v in zip(_RANGE, tmax, strict=True)}
    cells |= {("Cmax", s): v for s, v in zip(_MS, cmax, strict=True)}
    cells |= {("AUC0–t", s): v for s, v in zip(_MS, auc, strict=True)}
    return cells | ({("AR", s): v for s, v in zip(_MS, ar, strict=True)} if ar else {})


# groups as rows in a two-column stub: a week row under its regimen
STUB_WEEKS: Gold = {
    ("10 mg/kg s.c.", "1"): _tk(10, (72, 24, 72), (138, 16.2), (19800, 1650), ()),
    ("10 mg/kg s.c.", "13"): _tk(9, (24, 8, 72), (402, 71.4), (52400, 9120), (2.64, 0.51)),
    ("40 mg/kg s.c.", "1"): _tk(10, (72, 24, 168), (561, 48.9), (81300, 7040), ()),
    ("40 mg/kg s.c.", "13"): _tk(10, (24, 8, 72), (1480, 302), (201000, 35600), (2.47, 0.44)),
}

# pk-poppk-forms
_POP, _IIVH, _CI95 = "Population estimate", "Interindividual variability", "95% CI"


def _theta(est: float, iiv: float, ci: tuple[float, float]) -> Cells:
    return {(_POP, "value"): est, (_IIVH, "cv_percent"): iiv, (_CI95, "ci_low"): ci[0], (_CI95, "ci_high"): ci[1]}


THETA_RSE: Gold = {
    ("CL (L/h)",): _theta(12.4, 52, (10.2, 14.6)),
    ("V (L)",): _theta(5.36, 47, (4.07, 6.65)),
    ("k12 (h−1)",): _theta(1.62, 58, (1.07, 2.17)),
    ("k21 (h−1)",): _theta(1.94, 61, (1.40, 2.48)),
}

_OB = ("Original dataset>Mean", "Original dataset>SE", "Bootstrap>Mean", "Bootstrap>SE")
_MSE = ("mean", "se", "mean", "se")


def _ob(*values: float) -> Cells:
    return {(col, s): v for col, s, v in zip(_OB, _MSE, values, strict=True)}


BOOTSTRAP_SPANS: Gold = {
    ("TV(CL/F) (L/h)",): _ob(38.6, 2.9, 38.1, 3.6),
    ("TV(Vc/F) (L)",): _ob(81, 8.4, 79.2, 11.7),
    ("TV(Ka) (h−1)",): _ob(1.6, 0.35, 1.7, 0.52),
    ("ω2CL/F",): _ob(0.21, 0.04, 0.20, 0.05),
}

_BASE, _FINAL = "Base model>Estimate", "Final model>Estimate"
BASE_FINAL: Gold = {
    ("Population mean", "CL (L/h)"): {(_BASE, "value"): 0.412, (_FINAL, "value"): 0.398},
    ("Population mean", "V1 (L)"): {(_BASE, "value"): 1.36, (_FINAL, "value"): 1.34},
    ("Population mean", "Exponent of AST on CL"): {(_FINAL, "value"): -0.0714},
    ("Intersubject variability", "ω2CL"): {(_BASE, "value"): 0.0912, (_FINAL, "value"): 0.0840},
}

# pk-listings
_PAR = ("Cmax", "Tmax", "AUC0–∞", "t1/2")


def _subject(stat: str, *values: float) -> Cells:
    return {(p, stat): v for p, v in zip(_PAR, values, strict=True)}


SUBJECT_LISTING: Gold = {
    ("101",): _subject("value", 84.2, 1.0, 612, 6.8),
    ("102",): _subject("value", 71.5, 1.5, 548, 7.4),
    ("103",): _subject("value", 96.8, 1.0, 701, 6.1),
    ("104",): _subject("value", 62.3, 3.0, 589, 8.2),
    ("Mean",): _subject("mean", 78.7, 1.6, 612.5, 7.1),
    ("SD",): _subject("sd", 15.0, 0.95, 64.9, 0.89),
    ("CV%",): _subject("cv_percent", 19.1, 58.5, 10.6, 12.5),
}

_ZD = ("50 mg", "100 mg")
_ZC, _ZA, _ZT = "Cmax (ng/mL)", "AUC0–∞ (ng·h/mL)", "Tmax (h)"
STATISTIC_COLUMN: Gold = {
    (_ZC, "Geometric mean"): _by(_ZD, ("geometric_mean",), (612,), (1190,)),
    (_ZC, "Geometric CV%"): _by(_ZD, ("cv_percent",), (27.4,), (31.8,)),
    (_ZA, "Geometric mean"): _by(_ZD, ("geometric_mean",), (2840,), (5910,)),
    (_ZA, "Geometric CV%"): _by(_ZD, ("cv_percent",), (33.1,), (29.6,)),
    (_ZT, "Median"): _by(_ZD, ("median",), (1.25,), (1.50,)),
    (_ZT, "Range"): _by(_ZD, ("min", "max"), (0.75, 3.0), (1.0, 4.0)),
}

_FF = ("Fasted", "Fed")
HEAD_STATISTIC: Gold = {
    ("Cmax, ng/mL",): _by(_FF, _MS, (421, 118), (356, 97)),
    ("AUC0–∞, ng·h/mL",): _by(_FF, _MS, (3870, 1020), (4120, 1150)),
    ("t1/2, h",): _by(_FF, _MS, (9.6, 2.1), (9.9, 2.4)),
}


def _dose(n: int, cmax: tuple[float, float], tmax: tuple[float, ...], auc: tuple[float, float]) -> Cells:
    cells = {("=n", "count"): n} | {("Cmax", s): v for s, v in zip(_MS, cmax, strict=True)}
    cells |= {("Tmax", s): v for s, v in zip(_RANGE, tmax, strict=True)}
    return cells | {("AUC0–168", s): v for s, v in zip(_MS, auc, strict=True)}


UNITS_OWN_LINE: Gold = {
    ("0.5 mg/kg",): _dose(6, (48.1, 12.6), (24, 12, 48), (5210, 1380)),
    ("1.5 mg/kg",): _dose(6, (152, 41.0), (36, 24, 72), (16900, 4270)),
    ("4.5 mg/kg",): _dose(5, (431, 96.3), (24, 12, 48), (49700, 10800)),
}

GOLD: dict[tuple[str, str], Gold] = {
    ("pk-bjcp-groups", "Table 2"): RENAL_GROUPS,
    ("pk-bjcp-groups", "Table 3"): DOSE_COHORTS,
    ("pk-bjcp-groups", "Table 4"): DAYS_AS_ROWS,
    ("pk-bjcp-groups", "Table 5"): GEO_SUBCOLUMNS,
    ("pk-cpt-ratios", "Table 2"): BIOEQUIVALENCE,
    ("pk-cpt-ratios", "Table 3"): LIMIT_COLUMNS,
    ("pk-cpt-ratios", "Table 4"): STACKED_RATIOS,
    ("pk-cpt-ratios", "Table 5"): TITLE_STATISTIC,
    ("pk-layouts", "Table 2"): TITLE_MEDIAN_DAYS,
    ("pk-layouts", "Table 3"): HARMONIC_MARK,
    ("pk-layouts", "Table 4"): LEGEND_ABOVE,
    ("pk-layouts", "Table 5"): STUB_WEEKS,
    ("pk-poppk-forms", "Table 2"): THETA_RSE,
    ("pk-poppk-forms", "Table 3"): BOOTSTRAP_SPANS,
    ("pk-poppk-forms", "Table 4"): BASE_FINAL,
    ("pk-listings", "Table 2"): SUBJECT_LISTING,
    ("pk-listings", "Table 3"): STATISTIC_COLUMN,
    ("pk-listings", "Table 4"): HEAD_STATISTIC,
    ("pk-listings", "Table 5"): UNITS_OWN_LINE,
}

# tables that print their groups as rows (the row's last label names the group, or nothing does)
ROW_ARMS = {
    ("pk-bjcp-groups", "Table 4"),
    ("pk-layouts", "Table 5"),
    ("pk-listings", "Table 2"),
    ("pk-listings", "Table 5"),
}

# column heads that are no group: contrasts, limits, model estimates, statistics
NO_ARM = set({
    "GMR", "90% CI", "Intra-subject CV", "Point estimate", "Lower 90% CI", "Upper 90% CI", *_CMP, _DIFF, _PV,
    _POP, _IIVH, _CI95, "Original dataset", "Bootstrap", "Base model", "Final model",
})  # fmt: skip


# second instances of the families fixed after the first reading (pk-second-forms, pk-second-legends), written
# before they were read
def _cohort(n: int, cmax: tuple[float, float], auc: tuple[float, float]) -> Cells:
    return {("=N", "count"): n} | _by(("Cmax", "AUCτ"), _MS, cmax, auc)


DESIGN_DAYS: Gold = {
    ("Adults", "1"): _cohort(12, (214, 38.0), (1730, 402)),
    ("Adults", "28"): _cohort(11, (356, 61.2), (3010, 655)),
    ("Adolescents", "1"): _cohort(8, (241, 52.7), (1905, 511)),
    ("Adolescents", "28"): _cohort(8, (388, 70.9), (3260, 742)),
}

_BANDS = ("Body weight band>@<60", "Body weight band>@60–90", "Body weight band>@>90")
BAND_HEADS: Gold = {
    ("CL/F (L/h)",): _by(_BANDS, _GM, (6.12, 24.8), (7.95, 31.0), (9.41, 27.3)),
    ("AUC0–24 (µg·h/mL)",): _by(_BANDS, _GM, (65.4, 29.9), (50.3, 33.6), (42.5, 26.1)),
}

SQUARE_BRACKET_HEADS: Gold = {
    ("Tablet",): {("=n", "count"): 16, ("Cmax", "geometric_mean"): 95.2, ("Cmax", "cv_percent"): 33}
    | {("AUCinf", "mean"): 1240.0, ("AUCinf", "sd"): 310.0},
    ("Oral suspension",): {("=n", "count"): 16, ("Cmax", "geometric_mean"): 118, ("Cmax", "cv_percent"): 29}
    | {("AUCinf", "mean"): 1315.0, ("AUCinf", "sd"): 288.0},
}

_FF2 = ("Fasted", "Fed")
_VC, _VA = "Cmax (ng/mL)", "AUClast (ng·h/mL)"
STACKED_STATISTICS: Gold = {
    (_VC, "Mean"): _by(_FF2, ("mean",), (512,), (468,)),
    (_VC, "SD"): _by(_FF2, ("sd",), (131,), (118,)),
    (_VC, "CV%"): _by(_FF2, ("cv_percent",), (25.6,), (25.2,)),
    (_VA, "Mean"): _by(_FF2, ("mean",), (4870,), (5120,)),
    (_VA, "SD"): _by(_FF2, ("sd",), (1260,), (1190,)),
    (_VA, "CV%"): _by(_FF2, ("cv_percent",), (25.9,), (23.2,)),
}


def _rba(t: float, r: float, ratio: float, ci: tuple[float, float], cv: float) -> Cells:
    return {
        ("Geo. mean, test", "geometric_mean"): t,
        ("Geo. mean, reference", "geometric_mean"): r,
        ("Ratio", "value"): ratio,
        ("90% CI", "ci_low"): ci[0],
        ("90% CI", "ci_high"): ci[1],
        ("Within-subject CV", "cv_percent"): cv,
    }


RELATIVE_BA: Gold = {
    ("Cmax (ng/mL)",): _rba(84.6, 90.1, 93.9, (86.2, 102.3), 14.8),
    ("AUC0–t (ng·h/mL)",): _rba(1022, 1008, 101.4, (96.7, 106.3), 8.9),
}

_DAYS = ("Day 1", "Day 8")
DOSE_ROWS: Gold = {
    ("Cmax (ng/mL)", "25"): _by(_DAYS, _MED, (61.8,), (70.2,)),
    ("Cmax (ng/mL)", "50"): _by(_DAYS, _MED, (119,), (142,)),
    ("tlag (h)", "25"): _by(_DAYS, _MED, (0.25,), (0.25,)),
    ("tlag (h)", "50"): _by(_DAYS, _MED, (0.50,), (0.25,)),
}

_OR2 = ("Oral", "Rectal")
HARMONIC_CLAUSE: Gold = {
    ("Cmax (ng/mL)",): _by(_OR2, _MS, (48.3, 9.6), (31.7, 8.2)),
    ("t½ (h)",): _by(_OR2, ("harmonic_mean",), (7.9,), (8.6,)),
    ("AUC0–∞ (ng·h/mL)",): _by(_OR2, _MS, (612, 140), (498, 121)),
}

_EY = ("Elderly", "Young")
LEGEND_ABOVE_COLON: Gold = {
    ("Cmax (ng/mL)",): _by(_EY, _GM, (72.4, 31.5), (58.9, 27.2)),
    ("Tmax (h)",): _by(_EY, _RANGE, (2.0, 1.0, 4.0), (1.5, 0.5, 3.0)),
    ("AUC0–∞ (ng·h/mL)",): _by(_EY, _GM, (1110, 38.2), (742, 30.6)),
}

_MPP = "Mean population parameters"
FINAL_ESTIMATE_SE: Gold = {
    (_MPP, "CL/F (L/h)"): {("Final estimate", "value"): 14.6, ("SE", "se"): 1.1},
    (_MPP, "V/F (L)"): {("Final estimate", "value"): 212, ("SE", "se"): 19.5},
    ("Interindividual variability", "ω2 CL/F"): {("Final estimate", "value"): 0.152, ("SE", "se"): 0.031},
}


def _days(a: tuple[float, float], b: tuple[float, float]) -> Cells:
    return {
        ("Day 1>Arithmetic mean", "mean"): a[0],
        ("Day 1>SD", "sd"): a[1],
        ("Day 14>Arithmetic mean", "mean"): b[0],
        ("Day 14>SD", "sd"): b[1],
    }


WIDE_SUBHEADS: Gold = {
    ("Cmax (ng/mL)",): _days((212.6, 48.1), (298.3, 61.7)),
    ("AUCτ (ng·h/mL)",): _days((1488, 355), (2391, 502)),
}

GOLD |= {
    ("pk-second-forms", "Table 2"): DESIGN_DAYS,
    ("pk-second-forms", "Table 3"): BAND_HEADS,
    ("pk-second-forms", "Table 4"): SQUARE_BRACKET_HEADS,
    ("pk-second-forms", "Table 5"): STACKED_STATISTICS,
    ("pk-second-forms", "Table 6"): RELATIVE_BA,
    ("pk-second-forms", "Table 7"): DOSE_ROWS,
    ("pk-second-legends", "Table 2"): HARMONIC_CLAUSE,
    ("pk-second-legends", "Table 3"): LEGEND_ABOVE_COLON,
    ("pk-second-legends", "Table 4"): FINAL_ESTIMATE_SE,
    ("pk-second-legends", "Table 5"): WIDE_SUBHEADS,
}
ROW_ARMS |= {("pk-second-forms", "Table 2"), ("pk-second-forms", "Table 4")}
NO_ARM |= {"Ratio", "Within-subject CV", *_DAYS, "Day 14", "Final estimate", "SE"}


# a third round of forms (pk-third-forms), written before it was read
_HH = ("Healthy", "Hepatic impairment")
ANALYTE_GROUPS: Gold = {
    ("Tolvexan", "Cmax (ng/mL)"): _by(_HH, _MS, (118, 41), (164, 58)),
    ("Tolvexan", "AUC0–∞ (ng·h/mL)"): _by(_HH, _MS, (1420, 388), (2310, 702)),
    ("M4", "Cmax (ng/mL)"): _by(_HH, _MS, (36.2, 11.8), (29.4, 10.1)),
    ("M4", "AUC0–∞ (ng·h/mL)"): _by(_HH, _MS, (512, 160), (455, 149)),
}

_NS = ("Normal", "Severe")
_MSR = ("mean", "sd", "min", "max")
THREE_NUMBERS: Gold = {
    ("Cmax,ss (ng/mL)",): _by(_NS, _MSR, (205, 62, 118, 301), (284, 90, 150, 421)),
    ("AUCτ,ss (ng·h/mL)",): _by(_NS, _MSR, (2380, 640, 1410, 3350), (3910, 1120, 2200, 5480)),
    ("Tmax,ss (h)",): _by(_NS, ("median", "q1", "q3"), (2.0, 1.5, 3.0), (3.0, 2.0, 4.0)),
}

_AW = ("Ozatinib alone", "With rifampicin")
GMR_CELL: Gold = {
    ("Cmax (ng/mL)",): _by(_AW, _GM, (41.6, 28.4), (12.9, 35.0))
    | {("GMR", "value"): 0.31, ("GMR", "ci_low"): 0.27, ("GMR", "ci_high"): 0.36},
    ("AUC0–∞ (ng·h/mL)",): _by(_AW, _GM, (612, 33.9), (88.4, 40.2))
    | {("GMR", "value"): 0.14, ("GMR", "ci_low"): 0.12, ("GMR", "ci_high"): 0.17},
}

_PT = ("Preterm", "Term")
UNIT_LINES: Gold = {
    ("Clearance (L/h/kg)",): _by(_PT, _MS, (0.081, 0.022), (0.124, 0.031)),
    ("Volume of distribution (L/kg)",): _by(_PT, _MS, (0.62, 0.14), (0.51, 0.11)),
    ("Half-life (h)",): _by(_PT, _MS, (5.4, 1.6), (2.9, 0.8)),
}

_INJ = ("Injection 1", "Injection 4")
UNLESS_STATED: Gold = {
    ("Cmax (ng/mL)",): _by(_INJ, _GM, (5.82, 44.1), (7.05, 39.8)),
    ("Tmax (day)",): _by(_INJ, _RANGE, (0.50, 0.25, 2.00), (0.38, 0.25, 1.00)),
    ("Ctrough (ng/mL)",): _by(_INJ, _GM, (1.21, 52.6), (1.67, 47.3)),
}

GOLD |= {
    ("pk-third-forms", "Table 2"): ANALYTE_GROUPS,
    ("pk-third-forms", "Table 3"): THREE_NUMBERS,
    ("pk-third-forms", "Table 4"): GMR_CELL,
    ("pk-third-forms", "Table 5"): UNIT_LINES,
    ("pk-third-forms", "Table 6"): UNLESS_STATED,
}

_HHI = ("Healthy", "Hepatic impairment")
SE_AND_RANGE: Gold = {
    ("Ae0–48 (% of dose)",): _by(_HHI, ("mean", "se", "min", "max"), (12.4, 1.9, 6.2, 18.8), (9.7, 1.6, 4.1, 15.0)),
    ("CLR (mL/min)",): _by(_HHI, ("mean", "se", "min", "max"), (21.5, 3.3, 11.0, 33.9), (18.2, 2.9, 8.8, 27.4)),
}
GOLD[("pk-third-forms", "Table 7")] = SE_AND_RANGE

# pk-stacked: captions each above its own table, nothing between a table and the next caption
_MD = ("10 mg", "20 mg")
GOLD |= {
    ("pk-stacked", "Table 2"): {
        ("Cmax (ng/mL)",): _by(_MD, _MS, (84.1, 22.5), (171, 40.8)),
        ("AUC0–∞ (ng·h/mL)",): _by(_MD, _MS, (902, 215), (1850, 433)),
    },
    ("pk-stacked", "Table 3"): {
        ("Cmax,ss (ng/mL)",): _by(_MD, _MS, (131, 30.2), (262, 61.7)),
        ("AUCτ,ss (ng·h/mL)",): _by(_MD, _MS, (1410, 318), (2760, 640)),
    },
    ("pk-stacked", "Table 4"): {
        ("fe (%)",): _by(_MD, _MS, (21.4, 5.2), (22.9, 6.0)),
        ("CLR (mL/min)",): _by(_MD, _MS, (38.6, 9.9), (40.2, 10.7)),
    },
}
