"""What must be read from tests/typeset/read_back/value-lines.html (set 1) and value-lines-2.html (set 2): value lines
set vertically apart from their row label in PK, baseline and efficacy tables (a label on its own line with its
values on the line below and no stub text; values set at the foot or the middle of a label wrapped over two or three
lines; a parameter line followed by a statistic line whose stub is only a bracket, "(CV%)", or names the statistic;
two value lines under one label, the mean's and its bracket's), in ruled and unruled house styles, plus CONTROL tables
with a figure's axis ticks or a chart's labels beside or under them, which must give no record. Written from the HTML
before the pages were first read back, in the form of `tests/extraction/read_back_gold.py` (row path -> {(column,
statistic): value}; a column word starting "~" names no group)."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_GM, _RANGE, _MS, _MCV, _NP = (
    ("geometric_mean", "cv_percent"),
    ("median", "min", "max"),
    ("mean", "sd"),
    ("mean", "cv_percent"),
    ("count", "percent"),
)
_IQR = ("median", "q1", "q3")


def _by(arms: tuple[str, ...], stats: tuple[str, ...], *values: tuple[float, ...]) -> Cells:
    return {(arm, s): v for arm, vs in zip(arms, values, strict=True) for s, v in zip(stats, vs, strict=True)}


def _ratio(head: str, stat: str, v: float, lo: float, hi: float) -> Cells:
    return {(head, stat): v, (head, "ci_low"): lo, (head, "ci_high"): hi}


# ---------------------------------------------------------------------------------------------------------- set 1
# Table 1: PK, unruled, loose padding; each parameter's label on a line of its own, its values on the line below
_D1 = ("25 mg", "50 mg", "100 mg")
T1: Gold = {
    ("Cmax (ng/mL)",): _by(_D1, _GM, (61.2, 24), (118, 31), (247, 29)),
    ("Tmax (h)",): _by(_D1, _RANGE, (2.0, 1.0, 4.0), (2.5, 1.0, 4.0), (2.0, 1.5, 6.0)),
    ("AUC0–∞ (ng·h/mL)",): _by(_D1, _GM, (702, 33), (1390, 28), (2910, 35)),
    ("t1/2 (h)",): _by(_D1, _GM, (14.1, 19), (15.0, 22), (14.6, 17)),
}

# Table 2: baseline, a rule under every row, cells set at the foot of labels wrapped over two or three lines (one
# wrapped line opening upper-case: "Glycated haemoglobin" / "HbA1c, %, mean (SD)")
_A2 = ("Velnarib", "Placebo")
T2: Gold = {
    ("Age, years, mean (SD)",): _by(_A2, _MS, (61.4, 9.8), (62.0, 10.1)),
    ("Estimated glomerular filtration rate, mL/min/1.73 m², mean (SD)",): _by(_A2, _MS, (71.8, 17.9), (70.6, 18.4)),
    ("Glycated haemoglobin HbA1c, %, mean (SD)",): _by(_A2, _MS, (7.9, 1.1), (8.0, 1.2)),
    ("History of myocardial infarction or coronary revascularisation, n (%)",): _by(_A2, _NP, (48, 22.6), (51, 24.4)),
    ("Current smoker, n (%)",): _by(_A2, _NP, (39, 18.4), (35, 16.7)),
}

# Table 3: efficacy, unruled, cells set against the middle of labels wrapped over two or three lines
_A3 = ("Cardorin", "Placebo")
_HR3 = "~Hazard ratio (95% CI)"
T3: Gold = {
    ("Cardiovascular death or hospitalisation for heart failure, n (%)",): _by(_A3, _NP, (98, 16.2), (131, 21.9))
    | _ratio(_HR3, "hr", 0.72, 0.55, 0.94),
    ("All-cause death, n (%)",): _by(_A3, _NP, (61, 10.1), (70, 11.7)) | _ratio(_HR3, "hr", 0.86, 0.61, 1.21),
    ("First hospitalisation for heart failure at any time during follow-up, n (%)",): _by(
        _A3, _NP, (64, 10.6), (92, 15.4)
    )
    | _ratio(_HR3, "hr", 0.67, 0.49, 0.92),
    ("Worsening renal function, n (%)",): _by(_A3, _NP, (22, 3.6), (25, 4.2)) | _ratio(_HR3, "hr", 0.87, 0.49, 1.54),
}

# Table 4: PK, a parameter's line with no values, its statistic's line under it: a bracket alone ("(CV%)") set at the
# label's indent, or the statistic's name indented ("Geometric mean (CV%)", "Median (range)")
_A4 = ("Fasted", "Fed")
T4: Gold = {
    # changed after first contact (read as a row "(CV%)" under "Cmax, ng/mL"): a line whose stub is only the bracket's
    # name, set a row's pitch under its parameter's line, is a labelled row under it, like "Geometric mean (CV%)"
    ("Cmax, ng/mL", "(CV%)"): _by(_A4, _GM, (412, 27), (388, 31)),
    ("AUC0–t, ng·h/mL", "Geometric mean (CV%)"): _by(_A4, _GM, (3810, 35), (4120, 29)),
    ("Tmax, h", "Median (range)"): _by(_A4, _RANGE, (1.5, 0.5, 3.0), (3.0, 1.0, 6.0)),
    ("t1/2, h", "(CV%)"): _by(_A4, _GM, (9.8, 21), (10.4, 24)),
}

# Table 5: PK, two value lines under one label, each its own table row: the mean beside the label, its bracket on the
# line below, under a stub that is the bracket's name ("(CV%)", "(range)") or under no stub at all
_A5 = ("Day 1", "Day 14")
T5: Gold = {
    ("Cmax (µg/mL) (CV%)",): _by(_A5, _MCV, (3.41, 22.4), (5.02, 25.1)),
    ("Tmax (h) (range)",): _by(_A5, _RANGE, (1.0, 0.5, 2.0), (1.5, 0.5, 3.0)),
    ("AUCτ (µg·h/mL)",): _by(_A5, _MCV, (28.7, 30.2), (49.3, 27.8)),
    ("Cmin (µg/mL)",): _by(_A5, _MCV, (0.42, 41.0), (0.88, 36.5)),
}

# Table 6: efficacy, loose padding; an end point's label set across the table on a line of its own, its values on the
# line below, under no stub; then rows set the usual way
_A6 = ("Selvorin", "Placebo")
_D6 = "~Difference (95% CI)"
T6: Gold = {
    ("Change in 6-minute walk distance from baseline to week 24, m, mean (SD)",): _by(
        _A6, _MS, (31.2, 48.0), (4.8, 51.3)
    )
    | _ratio(_D6, "value", 26.4, 15.1, 37.7),
    ("Change in NT-proBNP from baseline to week 24, %, mean (SD)",): _by(_A6, _MS, (-28.5, 30.2), (-3.1, 33.8))
    | _ratio(_D6, "value", -25.4, -31.9, -18.9),
    ("Peak VO2, mL/kg/min, mean (SD)",): _by(_A6, _MS, (1.4, 2.2), (0.2, 2.4)) | _ratio(_D6, "value", 1.2, 0.7, 1.7),
}

# Control A: a subgroup table of hazard ratios with a survival plot beside it (its y-axis ticks 1.0 .. 0 and x-axis
# ticks 0 .. 24 at the heights of the table's rows and subgroup headings): only the table's values
_HRA = "~Hazard ratio (95% CI)"
CONTROL_A: Gold = {
    ("All patients",): _ratio(_HRA, "hr", 0.74, 0.62, 0.88),
    ("Age", "<65 years"): _ratio(_HRA, "hr", 0.71, 0.56, 0.90),
    ("Age", "≥65 years"): _ratio(_HRA, "hr", 0.79, 0.60, 1.04),
    ("Sex", "Male"): _ratio(_HRA, "hr", 0.76, 0.61, 0.95),
    ("Sex", "Female"): _ratio(_HRA, "hr", 0.70, 0.50, 0.98),
}

# Control B: a baseline table with a bar chart right under it (bar labels "42", "28", category labels, y ticks)
_AB = ("Orlatide", "Placebo")
CONTROL_B: Gold = {
    ("Age, years, mean (SD)",): _by(_AB, _MS, (54.3, 11.2), (55.1, 10.7)),
    ("Women, n (%)",): _by(_AB, _NP, (88, 44.0), (91, 45.5)),
    ("Body weight, kg, mean (SD)",): _by(_AB, _MS, (104.6, 21.3), (103.9, 20.8)),
}

GOLD: dict[str, Gold] = {
    "Table 1": T1,
    "Table 2": T2,
    "Table 3": T3,
    "Table 4": T4,
    "Table 5": T5,
    "Table 6": T6,
    "Table 7": CONTROL_A,
    "Table 8": CONTROL_B,
}


# ---------------------------------------------------------------------------------------------------------- set 2
# written after set 1's fixes, before value-lines-2.html was first read back
# Table 1: PK, a rule under every row, sans type; analyte headings in bold, each parameter's label on its own line and
# its values on the next under no stub
_D21 = ("Single dose", "Steady state")
_P21, _M21 = "Parent (lotremib)", "Metabolite M4"
S2_T1: Gold = {
    (_P21, "Cmax (ng/mL)"): _by(_D21, _GM, (188, 34), (305, 29)),
    (_P21, "AUC0–24 (ng·h/mL)"): _by(_D21, _GM, (1620, 38), (3140, 31)),
    (_M21, "Cmax (ng/mL)"): _by(_D21, _GM, (22.4, 41), (47.9, 36)),
    (_M21, "AUC0–24 (ng·h/mL)"): _by(_D21, _GM, (301, 45), (702, 40)),
}

# Table 2: baseline, unruled with row padding, cells at the foot of wrapped labels (one wrapped line opening
# upper-case), a heading over indented categories set at the same row pitch
_A22 = ("Lenvomab", "Control")
S2_T2: Gold = {
    ("Left ventricular ejection fraction, %, mean (SD)",): _by(_A22, _MS, (34.1, 7.9), (33.6, 8.2)),
    ("Duration of symptoms Median (IQR), months",): _by(_A22, _IQR, (14, 6, 31), (12, 5, 29)),
    ("NYHA class, n (%)", "II"): _by(_A22, _NP, (96, 61.5), (101, 64.7)),
    ("NYHA class, n (%)", "III"): _by(_A22, _NP, (60, 38.5), (55, 35.3)),
    ("Atrial fibrillation, n (%)",): _by(_A22, _NP, (47, 30.1), (44, 28.2)),
}

# Table 3: efficacy, a rule under every row, cells set against the middle of two-line labels (a wrapped line opening
# upper-case)
_A23 = ("Zelpanib", "Docetaxel")
S2_T3: Gold = {
    ("Objective response Confirmed by BICR, n (%)",): _by(_A23, _NP, (58, 38.7), (21, 14.1)),
    ("Disease control, n (%)",): _by(_A23, _NP, (112, 74.7), (85, 57.0)),
    ("Duration of response Median (95% CI), months",): {
        ("Zelpanib", "median"): 9.7,
        ("Zelpanib", "ci_low"): 7.4,
        ("Zelpanib", "ci_high"): 12.9,
        ("Docetaxel", "median"): 5.6,
        ("Docetaxel", "ci_low"): 4.2,
        ("Docetaxel", "ci_high"): 7.0,
    },
}

# Table 4: PK, two value lines in each cell (the mean, its SD in brackets under it) beside labels wrapped over two
# lines, the label's second line opening upper-case ("Apparent clearance" / "CL/F (L/h)")
_A24 = ("Healthy", "Hepatic impairment")
S2_T4: Gold = {
    ("Peak concentration Cmax (ng/mL)",): _by(_A24, _MS, (412, 96), (538, 141)),
    ("Apparent clearance CL/F (L/h)",): _by(_A24, _MS, (12.4, 3.1), (7.9, 2.6)),
    ("Half-life t1/2 (h)",): _by(_A24, _MS, (8.2, 1.9), (13.6, 4.4)),
}

# Control C: a hazard-ratio table with a forest plot beside it, its axis ticks and "Favours" labels under the rows
_HRC = "~Hazard ratio (95% CI)"
S2_CONTROL_C: Gold = {
    ("Overall",): _ratio(_HRC, "hr", 0.68, 0.55, 0.84),
    ("ECOG 0",): _ratio(_HRC, "hr", 0.64, 0.47, 0.87),
    ("ECOG 1",): _ratio(_HRC, "hr", 0.73, 0.54, 0.99),
}

# Control D: a table with label-only headings and a line chart beside it whose y-axis ticks are set in the table's
# own type size at the heights of the headings
_AD = ("Drug", "Placebo")
S2_CONTROL_D: Gold = {
    ("Week 12", "Responders, n (%)"): _by(_AD, _NP, (41, 51.3), (18, 22.5)),
    ("Week 24", "Responders, n (%)"): _by(_AD, _NP, (47, 58.8), (20, 25.0)),
}

GOLD_2: dict[str, Gold] = {
    "Table 1": S2_T1,
    "Table 2": S2_T2,
    "Table 3": S2_T3,
    "Table 4": S2_T4,
    "Table 5": S2_CONTROL_C,
    "Table 6": S2_CONTROL_D,
}
