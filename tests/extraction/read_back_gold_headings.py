"""What must be read from the heading-row pages (tests/typeset/read_back/{heading-rows, heading-rows-2col}.html),
written from the HTML before the pages were first read back. The form is `read_back_gold.py`'s: row path ->
{(column words, statistic): value}. Each table holds heading rows inside its body that run across the value columns
(a row-group heading set as one long line over the arms' columns: "Primary outcome: mean change from baseline in
...", "Tender joint count, range 0 to 68, mean (SD) ...", a system organ class, "Mean ratio to baseline in fasting
insulin ...", "Efficacy end points, ..."): each heading is the outer label of the rows under it. A heading that
names the statistic ("mean change", "mean (SD)") names it for the rows under it. "<0.001" is the P value 0.001; a
ratio no label names ("Ratio (95% CI)") is a "value". heading-rows Table 5 is a counter form: a one-line paragraph
right after its last row, then value rows with no heads and no caption (an untitled block); the paragraph is no row
of Table 5 and Table 5 ends with its own rows."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold


def _ci(col: str, stat: str, v: float, lo: float, hi: float) -> Cells:
    return {(col, stat): v, (col, "ci_low"): lo, (col, "ci_high"): hi}


def _np(cols: tuple[str, ...], pairs: tuple[tuple[float, float | None], ...]) -> Cells:
    out: Cells = {}
    for col, (n, pct) in zip(cols, pairs, strict=True):
        out[(col, "count")] = n
        if pct is not None:
            out[(col, "percent")] = pct
    return out


def _msd(cols: tuple[str, ...], pairs: tuple[tuple[float, float], ...]) -> Cells:
    out: Cells = {}
    for col, (m, sd) in zip(cols, pairs, strict=True):
        out[(col, "mean")] = m
        out[(col, "sd")] = sd
    return out


# ---- heading-rows (one column, ruled, the table in the text's type) ---------------------------------------------
_OS, _PL, _DIFF, _P = "Ostrelin", "Placebo", "Difference", "P value"
_PRIMARY = "Primary outcome: mean change from baseline in the daily pain score, numeric rating scale"
_SECONDARY = "Secondary outcomes: mean change from baseline in the scores of the joint questionnaire, mm"


def _t1(a: float, b: float, d: tuple[float, float, float], p: float) -> Cells:
    return {(_OS, "mean"): a, (_PL, "mean"): b} | _ci(_DIFF, "value", *d) | {(_P, "p"): p}


OUTCOME_HEADINGS: Gold = {
    (_PRIMARY, "Intention-to-treat analysis"): _t1(-2.41, -1.38, (-1.03, -1.47, -0.59), 0.001),
    (_PRIMARY, "Per-protocol analysis"): _t1(-2.56, -1.41, (-1.15, -1.62, -0.68), 0.001),
    (_SECONDARY, "Stiffness score"): _t1(-14.2, -9.7, (-4.5, -7.9, -1.1), 0.009),
    (_SECONDARY, "Physical function score"): _t1(-15.8, -10.3, (-5.5, -8.6, -2.4), 0.001),
    (_SECONDARY, "Patient global assessment"): _t1(-19.4, -12.6, (-6.8, -9.9, -3.7), 0.001),
}

_R40, _R80 = "Ralimumab 40 mg", "Ralimumab 80 mg"
_TJC = "Tender joint count, range 0 to 68, mean (SD) at baseline and its change over the study"
_PAIN = "Patient assessment of pain on a 100 mm visual analogue scale, mean (SD) at baseline and change"
MEASURE_HEADINGS: Gold = {
    (_TJC, "Baseline value"): _msd((_R40, _R80, _PL), ((31.4, 12.8), (32.9, 13.6), (30.8, 12.2))),
    (_TJC, "Change from baseline"): _msd((_R40, _R80, _PL), ((-12.7, 13.1), (-15.2, 14.4), (-5.9, 11.8))),
    (_PAIN, "Baseline value"): _msd((_R40, _R80, _PL), ((68.2, 17.5), (70.1, 18.3), (69.4, 16.9))),
    (_PAIN, "Change from baseline"): _msd((_R40, _R80, _PL), ((-22.6, 28.4), (-27.3, 29.7), (-10.4, 24.1))),
}

_RA = "Ralimumab"
_INF = "Infections and infestations reported during the treatment period and the follow-up"
_GEN = "General disorders and administration site conditions reported during the treatment period"
SOC_HEADINGS: Gold = {
    (_INF, "Pneumonia"): _np((_RA, _PL), ((4, 1.7), (1, 0.9))),
    (_INF, "Cellulitis"): _np((_RA, _PL), ((3, 1.3), (0, None))),
    (_GEN, "Pyrexia"): _np((_RA, _PL), ((2, 0.8), (1, 0.9))),
    (_GEN, "Injection-site reaction"): _np((_RA, _PL), ((2, 0.8), (0, None))),
}

_TV, _RATIO = "Tirmavatide 5 mg", "Ratio"
_INS = "Mean ratio to baseline in fasting insulin in the participants who had type 2 diabetes"
_GLN = "Mean ratio to baseline in fasting glucagon in the participants who had type 2 diabetes"


def _t4(a: float, b: float, r: tuple[float, float, float]) -> Cells:
    return {(_TV, "mean"): a, (_PL, "mean"): b} | _ci(_RATIO, "value", *r)


PERIOD_HEADINGS: Gold = {
    (_INS, "Week 12"): _t4(0.74, 1.02, (0.73, 0.58, 0.91)),
    (_INS, "Week 26"): _t4(0.69, 0.98, (0.70, 0.55, 0.89)),
    (_INS, "Week 52"): _t4(0.71, 1.04, (0.68, 0.52, 0.88)),
    (_GLN, "Week 12"): _t4(0.81, 1.01, (0.80, 0.64, 1.00)),
    (_GLN, "Week 26"): _t4(0.77, 0.97, (0.79, 0.62, 1.01)),
    (_GLN, "Week 52"): _t4(0.75, 1.03, (0.73, 0.57, 0.93)),
}

# the counter form: a one-line paragraph after its last row, an untitled block of value rows under the paragraph
VISITS: Gold = {
    ("Week 4",): _np((_OS, _PL), ((188, None), (191, None))),
    ("Week 8",): _np((_OS, _PL), ((181, None), (186, None))),
    ("Week 12",): _np((_OS, _PL), ((176, None), (180, None))),
}

# ---- heading-rows-2col (two text columns, no rules; tables 1 and 3 in the text's type, 2 and 4 smaller) ----------
_DA, _CO = "Dapreltib", "Control"
_EFF, _SAF = "Efficacy end points, full analysis set", "Safety end points in the safety set"
SECTION_ROWS: Gold = {
    (_EFF, "Complete response"): _np((_DA, _CO), ((31, 32.3), (17, 18.1))),
    (_EFF, "Partial response"): _np((_DA, _CO), ((28, 29.2), (24, 25.5))),
    (_EFF, "Stable disease"): _np((_DA, _CO), ((22, 22.9), (29, 30.9))),
    (_SAF, "Any adverse event"): _np((_DA, _CO), ((81, 84.4), (72, 76.6))),
    (_SAF, "Grade 3 or higher"): _np((_DA, _CO), ((26, 27.1), (19, 20.2))),
}

_NV = "Nelvirast"
_FVC, _DL = "Forced vital capacity, % of predicted, mean (SD)", "Diffusing capacity for CO, % of predicted, mean (SD)"
LUNG_HEADINGS: Gold = {
    (_FVC, "Baseline"): _msd((_NV, _PL), ((72.6, 10.4), (71.9, 11.2))),
    (_FVC, "Change at week 24"): _msd((_NV, _PL), ((-1.2, 4.9), (-3.8, 5.3))),
    (_DL, "Baseline"): _msd((_NV, _PL), ((48.3, 12.1), (47.5, 11.6))),
    (_DL, "Change at week 24"): _msd((_NV, _PL), ((-0.4, 4.1), (-2.9, 6.2))),
}

_HR = "Hazard ratio"
_DHF = "Death from any cause or hospitalisation for heart failure during the follow-up of the trial"
_SSE = "Stroke or systemic embolism during the follow-up of the trial, first and later events"


def _t3(a: tuple[float, float], b: tuple[float, float], hr: tuple[float, float, float], p: float) -> Cells:
    return _np((_DA, _CO), (a, b)) | _ci(_HR, "hr", *hr) | {(_P, "p"): p}


WIDE_PERIODS: Gold = {
    (_DHF, "First year"): _t3((14, 14.6), (22, 23.4), (0.63, 0.32, 1.23), 0.17),
    (_DHF, "Second and third years"): _t3((19, 19.8), (31, 33.0), (0.60, 0.34, 1.06), 0.08),
    (_SSE, "First year"): _t3((5, 5.2), (9, 9.6), (0.55, 0.18, 1.64), 0.28),
    (_SSE, "Second and third years"): _t3((7, 7.3), (8, 8.5), (0.86, 0.31, 2.37), 0.77),
}

_GI = "Gastrointestinal disorders leading to discontinuation"
_NS = "Nervous system disorders leading to discontinuation"
SOC_COLUMN: Gold = {
    (_GI, "Nausea"): _np((_DA, _CO), ((4, 4.2), (1, 1.1))),
    (_GI, "Diarrhoea"): _np((_DA, _CO), ((3, 3.1), (2, 2.1))),
    (_NS, "Headache"): _np((_DA, _CO), ((2, 2.1), (1, 1.1))),
    (_NS, "Dizziness"): _np((_DA, _CO), ((1, 1.0), (2, 2.1))),
}

NO_ARM_HEADINGS = frozenset({_DIFF, _RATIO, _HR, _P})

GOLD_HEADINGS: dict[tuple[str, str], Gold] = {
    ("heading-rows", "Table 1"): OUTCOME_HEADINGS,
    ("heading-rows", "Table 2"): MEASURE_HEADINGS,
    ("heading-rows", "Table 3"): SOC_HEADINGS,
    ("heading-rows", "Table 4"): PERIOD_HEADINGS,
    ("heading-rows", "Table 5"): VISITS,
    ("heading-rows-2col", "Table 1"): SECTION_ROWS,
    ("heading-rows-2col", "Table 2"): LUNG_HEADINGS,
    ("heading-rows-2col", "Table 3"): WIDE_PERIODS,
    ("heading-rows-2col", "Table 4"): SOC_COLUMN,
}
