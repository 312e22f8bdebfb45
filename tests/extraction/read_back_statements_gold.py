"""What must be read from tests/typeset/read_back/statements.html and statements-methods.html: tables whose "a (b)"
and "a (b–c)" cells are named somewhere other than the cell (the caption's tail, a line between caption and table,
the last footnote line, a footnote mark on a column head or a row label, a stub head, a head row of its own, a
multi-form legend, the Methods). Written from the HTML before the pages were first read back; the format of
read_back_gold.py. A table listed with no cells is a control: every cell of it is withheld with a finding."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Cells, Gold

_NP = ("count", "percent")
_MSD = ("mean", "sd")
_MSE = ("mean", "se")
_IQR = ("median", "q1", "q3")
_RANGE = ("median", "min", "max")


def _visits(
    arms: tuple[str, ...],
    heads: tuple[str, ...],
    stats: tuple[tuple[str, ...], ...],
    *values: tuple[tuple[float, ...], ...],
) -> Cells:
    """One row of an efficacy table by visit: `values` holds, per arm, one tuple per visit head."""
    cells: Cells = {}
    for arm, per_arm in zip(arms, values, strict=True):
        for head, stat, vs in zip(heads, stats, per_arm, strict=True):
            cells |= {(f"{arm}>{head}", s): v for s, v in zip(stat, vs, strict=True)}
    return cells


_BWC = ("Baseline", "Week 24", "Change from baseline")
_T1 = ("Cardirel", "Placebo")
_T2 = ("Renolix", "Placebo")
_B12 = ("Baseline", "Week 12", "Change from baseline")
_T3 = ("Bronchazil", "Placebo")
_B52 = ("Baseline", "Week 52", "Change from baseline")
_T4 = ("Glucorel 10 mg", "Placebo")
_B26 = ("Baseline", "Week 26", "Change from baseline")
_T6 = ("Nasorel", "Placebo")
_T7 = ("Tocarel", "Placebo")

STATEMENTS: dict[str, Gold] = {
    # the caption's tail says "mean ± SD"; the cells print "a (b)"
    "Table 1": {
        ("LVEF, %",): _visits(
            _T1, _BWC, (_MSD,) * 3, ((54.2, 8.1), (57.9, 7.6), (3.7, 5.2)), ((53.8, 8.4), (54.1, 8.0), (0.3, 4.9))
        ),
        ("LV end-diastolic volume, mL",): _visits(
            _T1,
            _BWC,
            (_MSD,) * 3,
            ((148.6, 32.4), (139.2, 30.8), (-9.4, 14.1)),
            ((150.1, 33.0), (149.3, 32.2), (-0.8, 12.7)),
        ),
    },
    # a line of its own between caption and table: "Values are median (25th–75th percentile)"
    "Table 2": {
        ("NT-proBNP, pg/mL",): _visits(
            _T2,
            _B12,
            (_IQR,) * 3,
            ((1240, 780, 2110), (890, 540, 1620), (-310, -620, -40)),
            ((1205, 760, 2050), (1180, 740, 2010), (-20, -240, 190)),
        ),
        ("Urinary albumin-to-creatinine ratio, mg/g",): _visits(
            _T2,
            _B12,
            (_IQR,) * 3,
            ((212, 98, 455), (158, 71, 340), (-48, -115, 6)),
            ((205, 92, 438), (199, 90, 421), (-4, -52, 38)),
        ),
    },
    # the last of three footnote lines, after the abbreviations and a mark's note that names no statistic
    "Table 3": {
        ("FEV1, L",): _visits(
            _T3,
            _B52,
            (_MSD,) * 3,
            ((1.52, 0.48), (1.61, 0.50), (0.09, 0.21)),
            ((1.55, 0.47), (1.51, 0.49), (-0.04, 0.19)),
        ),
        ("FVC, L",): _visits(
            _T3,
            _B52,
            (_MSD,) * 3,
            ((2.84, 0.71), (2.95, 0.73), (0.11, 0.30)),
            ((2.86, 0.69), (2.80, 0.70), (-0.06, 0.28)),
        ),
        ("SGRQ total score",): _visits(
            _T3,
            _B52,
            (_MSD,) * 3,
            ((48.3, 16.2), (42.1, 17.0), (-6.2, 12.4)),
            ((47.9, 15.8), (46.5, 16.4), (-1.4, 11.9)),
        ),
    },
    # marks on the column heads: "Baseline*" and "Week 26*" are mean (SD), "Change from baseline†" an LS mean (SE)
    "Table 4": {
        ("HbA1c, %",): _visits(
            _T4,
            _B26,
            (_MSD, _MSD, _MSE),
            ((8.2, 0.9), (7.1, 1.0), (-1.1, 0.08)),
            ((8.1, 0.9), (7.9, 1.0), (-0.2, 0.08)),
        ),
        ("Body weight, kg",): _visits(
            _T4,
            _B26,
            (_MSD, _MSD, _MSE),
            ((92.4, 18.1), (89.0, 17.6), (-3.4, 0.31)),
            ((91.8, 17.9), (91.2, 17.7), (-0.6, 0.30)),
        ),
    },
    # marks on row labels: "Age, yᵃ" median (IQR), "Body-mass indexᵇ" mean (SD); unmarked rows n (%)
    "Table 5": {
        ("Age, y",): _per(("Glucorel", "Placebo"), _IQR, (63, 55, 70), (62, 54, 69)),
        ("Female",): _per(("Glucorel", "Placebo"), _NP, (41, 46.1), (38, 43.7)),
        ("Body-mass index",): _per(("Glucorel", "Placebo"), _MSD, (29.4, 5.2), (29.9, 5.6)),
        ("Duration of diabetes, y",): _per(("Glucorel", "Placebo"), _IQR, (9, 5, 14), (8, 4, 13)),
    },
    # the stub head "Parameter, mean (SD)"
    "Table 6": {
        ("Total nasal symptom score",): _visits(
            _T6, ("Baseline", "Week 8"), (_MSD,) * 2, ((8.9, 1.7), (5.2, 2.3)), ((9.0, 1.6), (7.4, 2.4))
        ),
        ("Ocular symptom score",): _visits(
            _T6, ("Baseline", "Week 8"), (_MSD,) * 2, ((5.1, 1.9), (3.0, 1.8)), ((5.2, 2.0), (4.3, 2.1))
        ),
    },
    # a head row of its own, "Median [IQR]", spanning the value columns
    "Table 7": {
        ("C-reactive protein, mg/L",): _visits(
            _T7,
            ("Baseline", "Month 6"),
            (_IQR,) * 2,
            ((11.8, 5.9, 20.4), (3.6, 1.8, 7.9)),
            ((12.1, 6.2, 21.0), (10.4, 5.0, 18.7)),
        ),
        ("Fibrinogen, g/L",): _visits(
            _T7,
            ("Baseline", "Month 6"),
            (_IQR,) * 2,
            ((4.6, 3.9, 5.4), (3.7, 3.2, 4.3)),
            ((4.5, 3.8, 5.3), (4.4, 3.7, 5.2)),
        ),
    },
    # "Data are n (%), mean (SD), or median (IQR)": the form decides, and the arithmetic: 72 of 120 is 60%, not 11%
    "Table 8": {
        ("Age, years",): _per(_T1, _MSD, (61.8, 9.2), (62.3, 9.6)),
        ("Male sex",): _per(_T1, _NP, (70, 58.3), (68, 57.6)),
        ("Heart rate, beats/min",): _per(_T1, _MSD, (72, 11), (74, 12)),
        ("NYHA class III",): _per(_T1, _NP, (30, 25), (28, 24)),
        ("Time since diagnosis, months",): _per(_T1, _IQR, (6, 3, 11), (5, 3, 10)),
    },
    # "Values are means (s.e.m.)"
    "Table 9": {
        ("ALT, U/L",): _per(("Hepatorel", "Placebo"), _MSE, (38.2, 3.1), (61.5, 4.4)),
        ("Alkaline phosphatase, U/L",): _per(("Hepatorel", "Placebo"), _MSE, (182.4, 11.6), (240.9, 14.2)),
    },
    # "Values are given as median (minimum–maximum)"
    "Table 10": {
        ("Length of stay, days",): _per(("Fast track", "Standard care"), _RANGE, (4, 2, 11), (6, 3, 19)),
        ("Time to mobilisation, hours",): _per(("Fast track", "Standard care"), _RANGE, (18, 6, 40), (27, 10, 62)),
    },
    # the control: nothing anywhere on the page says what the brackets hold
    "Table 11": {},
    # a conflict: the head row says "Median (range)", the legend "Data are median (IQR)": unread, naming both
    "Table 12": {},
}
# cells that must be withheld with a finding: the control's four, the conflict's four
STATEMENTS_WITHHELD = {"Table 11": 4, "Table 12": 4}

_F = ("Ferolastat", "Placebo")
_W16 = ("Baseline", "Week 16")
METHODS: dict[str, Gold] = {
    # the Methods say "mean ± SD or median (interquartile range)"; the table says nothing and prints "a (b)"
    "Table 1": {
        ("Systolic BP, mm Hg",): _visits(
            _F, _W16, (_MSD,) * 2, ((124.6, 15.2), (119.8, 14.1)), ((125.1, 14.8), (124.0, 15.0))
        ),
        ("Heart rate, beats/min",): _visits(
            _F, _W16, (_MSD,) * 2, ((76.4, 11.8), (71.2, 10.9)), ((75.9, 12.1), (75.1, 11.6))
        ),
        ("Cardiac index, L/min/m²",): _visits(
            _F, _W16, (_MSD,) * 2, ((2.31, 0.44), (2.58, 0.47)), ((2.29, 0.46), (2.33, 0.45))
        ),
    },
    # ... and "a (b–c)": median (IQR)
    "Table 2": {
        ("NT-proBNP, pg/mL",): _visits(
            _F, _W16, (_IQR,) * 2, ((1820, 960, 3410), (1290, 700, 2480)), ((1790, 940, 3350), (1710, 900, 3220))
        ),
        ("hs-Troponin T, ng/L",): _visits(
            _F, _W16, (_IQR,) * 2, ((21, 14, 33), (18, 12, 28)), ((22, 14, 35), (21, 14, 34))
        ),
    },
    # the legend under the first part, "Values are mean (SE) changes from baseline", speaks for the continued part too
    # (never the Methods' mean ± SD)
    "Table 3": {
        ("KCCQ clinical summary score",): _per(_F, _MSE, (8.6, 1.4), (3.1, 1.5)),
        ("6-minute walk distance, m",): _per(_F, _MSE, (32.4, 6.2), (9.8, 6.4)),
        ("Peak oxygen uptake, mL/kg/min",): _per(_F, _MSE, (1.2, 0.3), (0.2, 0.3)),
        ("NYHA class score",): _per(_F, _MSE, (-0.4, 0.1), (-0.1, 0.1)),
    },
}

# --- the second set, written after the first set's fixes --------------------------------------------------------
_MY, _HE, _AR, _RE = ("Myostat", "Placebo"), ("Hepavir", "Placebo"), ("Artrelix", "Placebo"), ("Respirol", "Placebo")
_W24 = ("Baseline", "Week 24")
SECOND: dict[str, Gold] = {
    # the caption set below the table, its tail "Values are mean ± standard deviation"; no cell prints "±"
    "Table 1": {
        ("Lean mass, kg",): _visits(_MY, _W24, (_MSD,) * 2, ((41.2, 6.8), (43.0, 6.9)), ((40.8, 7.1), (40.6, 7.0))),
        ("Fat mass, kg",): _visits(_MY, _W24, (_MSD,) * 2, ((28.4, 8.2), (26.1, 8.0)), ((28.9, 8.5), (29.2, 8.6))),
    },
    # the statement first of two footnote lines, the abbreviations after it; square brackets
    "Table 2": {
        ("ALT, U/L",): _visits(
            _HE, ("Baseline", "Week 12"), (_IQR,) * 2, ((88, 61, 124), (42, 30, 61)), ((85, 59, 120), (80, 55, 113))
        ),
        ("AST, U/L",): _visits(
            _HE, ("Baseline", "Week 12"), (_IQR,) * 2, ((64, 47, 90), (35, 27, 49)), ((66, 48, 93), (61, 45, 86))
        ),
    },
    # raised letters on the visit heads: "Week 0ᵃ" mean (s.d.), "Week 16ᵇ" median (min–max)
    "Table 3": {
        ("DAS28-CRP",): _visits(
            _AR, ("Week 0", "Week 16"), (_MSD, _RANGE), ((5.6, 0.9), (3.4, 2.1, 5.2)), ((5.5, 1.0), (4.9, 3.3, 6.1))
        ),
        ("HAQ-DI",): _visits(
            _AR, ("Week 0", "Week 16"), (_MSD, _RANGE), ((1.6, 0.6), (0.9, 0.1, 2.0)), ((1.5, 0.6), (1.4, 0.5, 2.4))
        ),
    },
    # a head row "Mean ± SD" over cells printed "a (b)"
    "Table 4": {
        ("Minute ventilation, L/min",): _visits(
            _RE, ("Day 1", "Day 28"), (_MSD,) * 2, ((11.4, 2.3), (10.2, 2.1)), ((11.6, 2.4), (11.3, 2.2))
        ),
        ("Respiratory rate, /min",): _visits(
            _RE, ("Day 1", "Day 28"), (_MSD,) * 2, ((21.8, 4.1), (18.6, 3.7)), ((22.0, 4.3), (21.5, 4.0))
        ),
    },
    # "mean ± SD or n (%)" in a table that prints "a ± b": its "a (b)" with decimals is named by nothing (withheld)
    "Table 5": {
        ("Age, years",): _per(("Cardiozil", "Placebo"), _MSD, (63.1, 9.4), (62.7, 9.9)),
        ("Female",): _per(("Cardiozil", "Placebo"), _NP, (48, 40.0), (45, 38.1)),
        ("Ejection fraction, %",): _per(("Cardiozil", "Placebo"), _MSD, (34.2, 6.1), (33.8, 6.4)),
    },
    # the stub head "Variable, median (range)"
    "Table 6": {
        ("Operating time, min",): _per(("Robotic", "Laparoscopic"), _RANGE, (182, 121, 310), (164, 98, 287)),
        ("Blood loss, mL",): _per(("Robotic", "Laparoscopic"), _RANGE, (80, 10, 450), (120, 20, 600)),
    },
    # "Data are means ± SEM" over "a (b)"
    "Table 7": {
        ("Creatinine clearance, mL/min",): _per(("Nephrolix", "Vehicle"), _MSE, (71.4, 3.2), (62.8, 3.6)),
        ("Urine output, mL/24 h",): _per(("Nephrolix", "Vehicle"), _MSE, (1840, 96), (1620, 104)),
    },
    # scoped clauses in words: baseline mean (standard deviation), changes least-squares mean (standard error)
    "Table 8": {
        ("HbA1c, %",): _visits(
            ("Insulix", "Placebo"),
            ("Baseline", "Change from baseline"),
            (_MSD, _MSE),
            ((8.3, 1.0), (-1.2, 0.1)),
            ((8.2, 0.9), (-0.3, 0.1)),
        ),
        ("Fasting glucose, mmol/L",): _visits(
            ("Insulix", "Placebo"),
            ("Baseline", "Change from baseline"),
            (_MSD, _MSE),
            ((9.8, 2.4), (-2.1, 0.2)),
            ((9.7, 2.3), (-0.5, 0.2)),
        ),
    },
    # a conflict: the head row "Mean (SE)", the legend "Data are mean (SD)": unread, the finding naming both
    "Table 9": {},
}
SECOND_WITHHELD = {"Table 5": 2, "Table 9": 4}

_NE = ("Nefrotide", "Placebo")
_V3 = ("Baseline", "Week 12", "Week 24")
SECOND_METHODS: dict[str, Gold] = {
    # the Methods: "normally distributed variables ... mean (SD) and skewed variables as median (25th–75th percentile)"
    "Table 1": {
        ("eGFR, mL/min/1.73 m²",): _visits(
            _NE, _V3, (_MSD,) * 3, ((38.6, 9.4), (39.1, 9.8), (39.4, 10.1)), ((38.9, 9.7), (37.8, 9.9), (36.9, 10.2))
        ),
        ("Serum potassium, mmol/L",): _visits(
            _NE, _V3, (_MSD,) * 3, ((4.6, 0.5), (4.8, 0.5), (4.8, 0.6)), ((4.6, 0.4), (4.6, 0.5), (4.7, 0.5))
        ),
    },
    "Table 2": {
        ("UACR, mg/g",): _visits(
            _NE,
            _V3,
            (_IQR,) * 3,
            ((642, 318, 1210), (455, 210, 880), (410, 196, 802)),
            ((660, 330, 1240), (648, 322, 1215), (671, 335, 1260)),
        ),
        ("Urinary protein, g/24 h",): _visits(
            _NE,
            _V3,
            (_IQR,) * 3,
            ((1.4, 0.8, 2.6), (1.0, 0.5, 1.9), (0.9, 0.5, 1.8)),
            ((1.5, 0.8, 2.7), (1.5, 0.8, 2.6), (1.6, 0.9, 2.8)),
        ),
    },
    # the legend under the last part only ("Values are mean (SEM)") speaks for the first part too
    "Table 3": {
        ("Systolic blood pressure, mm Hg",): _per(_NE, _MSE, (-6.2, 1.1), (-1.4, 1.2)),
        ("Diastolic blood pressure, mm Hg",): _per(_NE, _MSE, (-3.1, 0.7), (-0.6, 0.7)),
        ("Body weight, kg",): _per(_NE, _MSE, (-1.8, 0.3), (-0.2, 0.3)),
        ("Heart rate, beats/min",): _per(_NE, _MSE, (-2.4, 0.6), (-0.3, 0.6)),
    },
}

# --- the third set, written after the second set's fixes --------------------------------------------------------
_GL = ("Glimerin", "Placebo")
_B26W = ("Baseline", "Week 26")
THIRD: dict[str, Gold] = {
    # each arm's head says it: "Glimerin (n = 50), mean (SD)"
    "Table 1": {
        ("HbA1c, %",): _visits(_GL, _B26W, (_MSD,) * 2, ((8.4, 0.8), (7.3, 0.9)), ((8.3, 0.8), (8.1, 0.9))),
        ("Fasting glucose, mmol/L",): _visits(
            _GL, _B26W, (_MSD,) * 2, ((9.6, 2.0), (7.9, 1.8)), ((9.5, 2.1), (9.2, 2.0))
        ),
    },
    # the visit heads say it, over the arms: "Baseline, mean (SD)", "Change from baseline, mean (SD)"
    "Table 2": {
        ("Body weight, kg",): {
            (f"Baseline>@{_GL[0]}", "mean"): 91.2,
            (f"Baseline>@{_GL[0]}", "sd"): 15.3,
            (f"Baseline>@{_GL[1]}", "mean"): 90.6,
            (f"Baseline>@{_GL[1]}", "sd"): 14.9,
            (f"Change from baseline>@{_GL[0]}", "mean"): -3.1,
            (f"Change from baseline>@{_GL[0]}", "sd"): 2.8,
            (f"Change from baseline>@{_GL[1]}", "mean"): -0.4,
            (f"Change from baseline>@{_GL[1]}", "sd"): 2.5,
        },
        ("Waist circumference, cm",): {
            (f"Baseline>@{_GL[0]}", "mean"): 106.4,
            (f"Baseline>@{_GL[0]}", "sd"): 11.2,
            (f"Baseline>@{_GL[1]}", "mean"): 105.9,
            (f"Baseline>@{_GL[1]}", "sd"): 10.8,
            (f"Change from baseline>@{_GL[0]}", "mean"): -2.7,
            (f"Change from baseline>@{_GL[0]}", "sd"): 3.1,
            (f"Change from baseline>@{_GL[1]}", "mean"): -0.6,
            (f"Change from baseline>@{_GL[1]}", "sd"): 2.9,
        },
    },
    # sub-rows under each outcome name the visit and the statistic
    "Table 3": {
        ("LDL cholesterol, mmol/L", "Baseline, mean (SD)"): _per(_GL, _MSD, (2.9, 0.8), (3.0, 0.9)),
        ("LDL cholesterol, mmol/L", "Week 26, mean (SD)"): _per(_GL, _MSD, (2.6, 0.7), (2.9, 0.8)),
        ("Triglycerides, mmol/L", "Baseline, median (IQR)"): _per(_GL, _IQR, (1.9, 1.3, 2.7), (1.8, 1.3, 2.6)),
        ("Triglycerides, mmol/L", "Week 26, median (IQR)"): _per(_GL, _IQR, (1.6, 1.1, 2.3), (1.8, 1.2, 2.5)),
    },
    # a body row spanning the table, "Values are median (IQR)", over the rows it speaks for
    "Table 4": {
        ("Fasting insulin, pmol/L",): _per(_GL, _IQR, (92, 61, 140), (95, 63, 146)),
        ("HOMA-IR",): _per(_GL, _IQR, (5.4, 3.5, 8.2), (5.6, 3.6, 8.5)),
    },
    # "Results are expressed as mean (±SD)" over "a (b)"
    "Table 5": {
        ("Systolic, mm Hg",): _per(_GL, _MSD, (128.4, 12.6), (133.1, 13.0)),
        ("Diastolic, mm Hg",): _per(_GL, _MSD, (78.2, 8.1), (80.4, 8.4)),
    },
    # a caption of two lines, the second saying "values are median (interquartile range)"
    "Table 6": {
        ("Liver fat fraction, %",): _per(_GL, _IQR, (8.2, 4.9, 13.6), (11.4, 6.8, 17.9)),
        ("GGT, U/L",): _per(_GL, _IQR, (31, 22, 48), (38, 26, 57)),
    },
}
