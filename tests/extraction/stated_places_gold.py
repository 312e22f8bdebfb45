"""What must be read from the stated-places pages (tests/typeset/read_back/stated-places{,-2}.html), written from the
HTML before the pages were first read back; the format of read_back_gold.py (row path -> {(column words, statistic):
value}). Each table states what its "a (b)", "a (b, c)", "a [b, c]", "a ± b" and "a (b–c)" cells are in one place:
a head row spanning the arms, a footnote mark on the title, an arm's own column head, the stub head, a legend in
NEJM's or a square-bracket wording, body rows of statistic words under each arm. The controls state nothing (only
abbreviations expanded) and their decimal cells must stay withheld; the conflict tables state a form the numbers
contradict (an IQR that does not hold its median), and those cells must be vetoed (withheld with a finding)."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Cells, Gold

_NP = ("count", "percent")
_MSD = ("mean", "sd")
_MSE = ("mean", "se")
_IQR = ("median", "q1", "q3")


def _ci(col: str, v: float, lo: float, hi: float) -> Cells:
    return {(col, "value"): v, (col, "ci_low"): lo, (col, "ci_high"): hi}


# ---- stated-places (set 1) -----------------------------------------------------------------------------------
_T1 = ("Ravelimod", "Placebo")
_T2 = ("Combination pill>Baseline", "Combination pill>12 months", "Usual care>Baseline", "Usual care>12 months")
_T3 = ("Velastride", "Placebo")
_T4 = ("Group A", "Group B")
_T5 = ("Tirvasone", "Placebo")
_T6 = ("Early surgery", "Conservative")
_T7 = ("Dorvaxin", "Placebo")
_T8 = ("Prescribing", "Review", "Usual care")
_T9 = ("Intervention", "Control")
_T10 = ("Anakizumab", "Standard care")
_DIFF, _ADIFF, _P = "Difference", "Adjusted difference", "P value"

GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Female sex",): _per(_T1, _NP, (46, 19.2), (43, 18.1)),
        ("Age, years",): _per(_T1, _IQR, (65.5, 59.5, 71.6), (65.9, 59.7, 71.6)),
        ("Diabetes",): _per(_T1, _NP, (163, 67.9), (160, 67.2)),
        ("eGFR, mL/min/1.73 m²",): _per(_T1, _IQR, (81.2, 67.8, 95.3), (80.9, 66.4, 95.5)),
        ("Body mass index, kg/m²",): _per(_T1, _IQR, (31.6, 28.1, 35.7), (31.3, 28.0, 35.5)),
        ("Weekly study drug dose, mg (mean, SD)",): _per(_T1, _MSD, (14.9, 4.5), (15.3, 4.3)),
    },
    "Table 2": {
        ("Systolic BP, mm Hg",): _per(_T2, _MSD, (140.2, 18.6), (131.4, 20.7), (139.8, 17.2), (137.9, 22.5))
        | _ci(_DIFF, -6.9, -11.8, -2.0),
        ("LDL cholesterol, mg/dL",): _per(_T2, _MSD, (113.4, 33.1), (98.2, 35.4), (112.9, 36.8), (109.1, 32.2))
        | _ci(_DIFF, -10.8, -17.6, -4.9),
        ("HDL cholesterol, mg/dL",): _per(_T2, _MSD, (61.7, 20.9), (60.3, 21.2), (63.8, 22.7), (62.9, 21.4))
        | _ci(_DIFF, -1.2, -4.1, 1.8),
    },
    "Table 3": {
        ("Truncal fat, %", "Baseline"): _per(_T3, _MSD, (39.11, 8.81), (36.90, 8.98)),
        ("Truncal fat, %", "Change to week 34"): _per(_T3, _MSD, (-1.16, 2.91), (0.63, 3.17))
        | _ci(_ADIFF, -1.53, -2.68, -0.38),
        ("Total fat mass, kg", "Baseline"): _per(_T3, _MSD, (27.56, 10.80), (24.82, 11.36)),
        ("Total fat mass, kg", "Change to week 34"): _per(_T3, _MSD, (-0.08, 3.05), (0.39, 2.53))
        | _ci(_ADIFF, -0.27, -1.20, 0.66),
        ("Lean body mass, kg", "Baseline"): _per(_T3, _MSD, (45.48, 13.11), (42.53, 11.01)),
        ("Lean body mass, kg", "Change to week 34"): _per(_T3, _MSD, (1.38, 2.12), (0.31, 2.09))
        | _ci(_ADIFF, 1.14, 0.46, 1.83),
    },
    "Table 4": {
        ("Age, years",): _per(_T4, _IQR, (62.0, 55.0, 70.0), (63.0, 56.0, 71.0)),
        ("Time since diagnosis, months",): _per(_T4, _IQR, (14.5, 6.2, 30.1), (13.8, 5.9, 28.4)),
        ("NT-proBNP, pg/mL",): _per(_T4, _IQR, (1410, 820, 2630), (1385, 790, 2710)),
    },
    "Table 5": {
        ("Age — yr",): _per(_T5, _MSD, (62.3, 8.1), (61.8, 8.4)),
        ("Left ventricular ejection fraction — %",): _per(_T5, _MSD, (29.4, 6.2), (30.1, 5.9)),
        ("Female sex — no. (%)",): _per(_T5, _NP, (58, 24.2), (61, 25.6)),
    },
    "Table 6": {
        ("Age, years",): _per(_T6, _IQR, (62.0, 55.0, 70.0), (64.0, 57.0, 72.0)),
        ("Men",): _per(_T6, _NP, (84, 70.0), (80, 67.8)),
        ("Creatinine, mg/dL",): _per(_T6, _IQR, (1.02, 0.84, 1.31), (0.98, 0.81, 1.27)),
        ("Length of stay, days",): _per(_T6, _IQR, (7.0, 5.0, 11.0), (8.0, 5.0, 13.0)),
    },
    "Table 7": {
        ("Day 3",): _per(_T7, _MSE, (-2.87, 0.31), (-2.02, 0.32))
        | _ci(_DIFF, -0.85, -1.38, -0.32)
        | {(_P, "p"): 0.002},
        ("Day 5",): _per(_T7, _MSE, (-3.66, 0.33), (-2.94, 0.34)) | _ci(_DIFF, -0.72, -1.27, -0.17) | {(_P, "p"): 0.01},
        ("Day 15",): _per(_T7, _MSE, (-4.91, 0.36), (-4.48, 0.37)) | _ci(_DIFF, -0.43, -0.94, 0.08) | {(_P, "p"): 0.10},
    },
    "Table 8": {
        ("Baseline physical component",): _per(_T8, _MSD, (33.5, 10.8), (32.6, 11.4), (29.6, 9.7)),
        ("6-month physical component",): _per(_T8, _MSD, (35.3, 10.8), (34.6, 11.3), (32.6, 9.1)),
        ("Change in physical component",): _per(_T8, _MSD, (1.8, 7.5), (2.0, 7.6), (3.0, 8.1)),
        ("Baseline mental component",): _per(_T8, _IQR, (52.4, 42.0, 58.8), (47.9, 38.5, 59.9), (51.5, 41.3, 60.7)),
        ("6-month mental component",): _per(_T8, _IQR, (49.6, 42.8, 58.1), (47.9, 38.9, 56.2), (44.7, 37.6, 55.8)),
    },
    # the control: only abbreviations expanded; the count beside its exact share of N is read by its arithmetic
    "Table 9": {("Female",): _per(_T9, _NP, (54, 45.0), (50, 42.4))},
    # the conflict: "median (IQR)" where the interval does not hold the median -- vetoed
    "Table 10": {
        ("Female",): _per(_T10, _NP, (27, 45.0), (25, 43.1)),
        ("Age, years",): _per(_T10, _IQR, (64, 57, 71), (66, 58, 73)),
        ("Ferritin, µg/L",): _per(_T10, _IQR, (410, 220, 760), (395, 210, 740)),
    },
}
# cells that must be withheld with a cell-unread finding (never read): the control's and the conflict's
WITHHELD: dict[str, tuple[str, ...]] = {
    "Table 9": ("Age, years", "BMI, kg/m²", "HbA1c, %"),
    "Table 10": ("C-reactive protein, mg/L",),
}
NO_ARM = frozenset({_DIFF, _ADIFF, _P})


# ---- stated-places, set 1b (Tables 11-19; written after Tables 1-10 first read right, before these were read) ---
_T11 = ("Exercise", "Advice")
_T12 = ("Standard trials", "Older-people trials")
_T13 = ("Test dentifrice", "Control dentifrice")
_T14 = ("Event", "No event")
_T15 = tuple(f"{arm}>{visit}" for arm in ("Sotaglif", "Placebo") for visit in ("Baseline", "Week 12", "Change"))
_T16 = ("Nintarib 50 mg>Baseline", "Nintarib 50 mg>Change", "Nintarib 100 mg>Baseline", "Nintarib 100 mg>Change")
_T17 = ("Dexamethasone 12 mg", "Dexamethasone 6 mg")
_MCI = ("mean", "ci_low", "ci_high")


def _lsm(arm: str, v: float, lo: float, hi: float) -> Cells:
    return {(arm, "mean"): v, (arm, "ci_low"): lo, (arm, "ci_high"): hi}


GOLD |= {
    "Table 11": {
        ("Physical score", "Baseline"): _per(_T11, _MSD, (33.5, 10.8), (32.6, 11.4)),
        ("Physical score", "6 months"): _per(_T11, _MSD, (38.1, 10.2), (34.0, 11.0)),
        ("Pain score", "Baseline"): _per(_T11, _IQR, (6.0, 4.0, 8.0), (6.0, 5.0, 8.0)),
        ("Pain score", "6 months"): _per(_T11, _IQR, (3.0, 2.0, 5.0), (5.0, 3.0, 7.0)),
    },
    "Table 12": {
        ("Mean age, years",): _per(_T12, _MSD, (55.6, 13.9), (73.1, 6.2)),
        ("Trial follow-up, days",): _per(_T12, _IQR, (63, 56, 98), (98, 56, 252)),
        ("Placebo comparison",): _per(_T12, _NP, (45, 37.5), (9, 22.5)),
    },
    "Table 13": {
        ("Day 7",): _per(_T13, _MCI, (-0.74, -0.84, -0.65), (-0.03, -0.13, 0.06)),
        ("Day 14",): _per(_T13, _MCI, (-1.39, -1.54, -1.23), (-0.10, -0.25, 0.06)),
    },
    "Table 14": {
        ("Age, years",): _per(_T14, _MSD, (64.2, 9.8), (59.7, 10.4)),
        ("Troponin, ng/L",): _per(_T14, _IQR, (48, 21, 112), (19, 9, 41)),
        ("Diabetes",): _per(_T14, _NP, (21, 40.4), (37, 25.0)),
    },
    "Table 15": {
        ("HbA1c, %",): _per(
            _T15, _MSD, (8.12, 0.84), (7.31, 0.92), (-0.81, 0.77), (8.09, 0.81), (7.95, 0.95), (-0.14, 0.70)
        ),
        ("Fasting glucose, mmol/L",): _per(
            _T15, _MSD, (9.84, 2.31), (8.02, 2.05), (-1.82, 1.94), (9.71, 2.26), (9.40, 2.38), (-0.31, 1.88)
        ),
        ("Body weight, kg",): _per(
            _T15, _MSD, (88.4, 15.2), (86.1, 14.9), (-2.3, 3.1), (87.9, 14.6), (87.5, 14.8), (-0.4, 2.6)
        ),
    },
    "Table 16": {
        ("FVC, % predicted", "Mean (SD)"): _per(_T16, _MSD, (71.4, 11.8), (-1.7, 5.4), (72.0, 9.6), (0.0, 7.0)),
        ("FVC, % predicted", "LS mean (95% CI)"): _lsm(_T16[1], -1.0, -3.2, 1.2) | _lsm(_T16[3], -0.7, -3.0, 1.6),
        ("DLCO, % predicted", "Mean (SD)"): _per(_T16, _MSD, (47.7, 12.7), (-0.1, 4.3), (49.1, 11.7), (0.2, 5.2)),
    },
    "Table 17": {
        ("Age, years",): _per(_T17, _IQR, (65, 56, 74), (64, 54, 72)),
        ("Age below 70 years",): _per(_T17, _NP, (330, 66.4), (318, 65.6)),
        ("Days alive without life support at day 28",): _per(_T17, _IQR, (22, 6, 28), (20.5, 4, 28)),
    },
    # a control: the legend names means and medians only as what the tests compared
    "Table 18": {},
    # a conflict: "median (IQR)" over single-bracket cells
    "Table 19": {},
}
WITHHELD |= {
    "Table 18": ("Weight, kg", "Waist, cm"),
    "Table 19": ("Hospital stay, days", "Intensive care stay, days"),
}


# ---- stated-places-2 (the second set: written after set 1's fixes, before the page was first read) -------------
def _visits(arms: tuple[str, ...], visits: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{arm}>{visit}" for arm in arms for visit in visits)


_S1 = ("Lorvatide", "Placebo")
_S2 = ("Tocivimab", "Usual care")
_S3 = _visits(("Amlorizine", "Placebo"), ("Baseline", "Week 8", "Change"))
_S4 = _visits(("Brensocatib", "Placebo"), ("Baseline", "Week 24"))
_S5D, _S5G = "Insulin degludec", "Insulin glargine"
_S6 = ("Case patients", "Controls")
_S7 = ("Enhanced recovery", "Conventional")
_S8B, _S8W, _S8C = "Baseline", "Week 24", "Change from baseline"
_S10 = ("Early", "Delayed")
_S11 = ("Finerenone", "Placebo")


def _s5(d: tuple[float, ...], g: tuple[float, ...]) -> Cells:
    return {
        **_per((f"{_S5D}>Mean (SD)",), _MSD, d[:2]),
        **_per((f"{_S5D}>Median (IQR)",), _IQR, d[2:]),
        **_per((f"{_S5G}>Mean (SD)",), _MSD, g[:2]),
        **_per((f"{_S5G}>Median (IQR)",), _IQR, g[2:]),
    }


def _s8(b: tuple[float, float], w: tuple[float, float], c: tuple[float, float]) -> Cells:
    return _per((_S8B,), _MSD, b) | _per((_S8W,), _MSD, w) | _per((_S8C,), _MSE, c)


GOLD_2: dict[str, Gold] = {
    "Table 1": {
        ("Age, years",): _per(_S1, _MSD, (58.2, 9.7), (57.6, 10.1)),
        ("Women",): _per(_S1, _NP, (97, 46.2), (92, 44.9)),
        ("Body mass index, kg/m²",): _per(_S1, _MSD, (33.1, 5.2), (32.8, 5.5)),
        ("Current smoker",): _per(_S1, _NP, (29, 13.8), (31, 15.1)),
    },
    "Table 2": {
        ("C-reactive protein, mg/L",): _per(_S2, _IQR, (86, 42, 151), (91, 47, 160)),
        ("Interleukin-6, pg/mL",): _per(_S2, _IQR, (24.1, 11.8, 52.6), (26.3, 12.0, 55.1)),
        ("D-dimer, µg/mL",): _per(_S2, _IQR, (0.94, 0.52, 1.88), (1.02, 0.55, 2.01)),
    },
    "Table 3": {
        ("Systolic, mm Hg",): _per(
            _S3, _MSD, (152.4, 11.2), (139.8, 12.6), (-12.6, 10.4), (151.7, 10.9), (147.2, 12.1), (-4.5, 9.8)
        ),
        ("Diastolic, mm Hg",): _per(
            _S3, _MSD, (91.3, 7.4), (84.6, 8.0), (-6.7, 6.9), (90.8, 7.7), (88.9, 8.2), (-1.9, 6.5)
        ),
        ("Heart rate, beats/min",): _per(
            _S3, _MSD, (74.2, 9.9), (72.5, 9.4), (-1.7, 7.2), (73.9, 10.3), (73.6, 9.8), (-0.3, 7.0)
        ),
    },
    "Table 4": {
        ("FEV1, L",): _per(_S4, _MSD, (1.84, 0.61), (1.91, 0.63), (1.86, 0.58), (1.80, 0.60)),
        ("FVC, L",): _per(_S4, _MSD, (2.95, 0.82), (3.02, 0.85), (2.99, 0.79), (2.93, 0.81)),
    },
    "Table 5": {
        ("HbA1c, %",): _s5((7.31, 0.92, 7.2, 6.6, 7.9), (7.42, 0.95, 7.3, 6.7, 8.0)),
        ("Fasting glucose, mmol/L",): _s5((7.84, 2.05, 7.5, 6.3, 9.1), (8.12, 2.21, 7.9, 6.5, 9.4)),
    },
    "Table 6": {
        ("Age, years",): _per(_S6, _MSD, (61.4, 8.8), (60.9, 9.1)),
        ("Male sex",): _per(_S6, _NP, (52, 65.0), (101, 63.1)),
        ("Systolic blood pressure, mm Hg",): _per(_S6, _MSD, (138.5, 16.2), (134.1, 15.7)),
    },
    "Table 7": {
        ("Hospital stay, days",): _per(_S7, _IQR, (4.0, 3.0, 6.0), (6.0, 4.0, 8.0)),
        ("Time to mobilisation, hours",): _per(_S7, _IQR, (18.5, 12.0, 26.0), (31.0, 22.5, 44.0)),
    },
    "Table 8": {
        ("Physical functioning",): _s8((62.4, 18.1), (70.8, 17.5), (8.4, 1.6)),
        ("Role functioning",): _s8((58.9, 22.4), (66.1, 21.0), (7.2, 1.9)),
        ("Fatigue",): _s8((41.6, 20.7), (33.0, 19.8), (-8.6, 1.8)),
    },
    # the control: the legend names only the tests that compared the groups
    "Table 9": {},
    # the conflict: the median outside its IQR, a percentage that is not the count's share of N
    "Table 10": {("Age, years",): _per(_S10, _IQR, (67, 58, 75), (68, 59, 77))},
    "Table 11": {
        ("eGFR, mL/min/1.73 m²",): _per(_S11, _IQR, (47.0, 38.0, 58.0), (48.0, 39.0, 59.0)),
        ("UACR, mg/g",): _per(_S11, _IQR, (812, 402, 1510), (790, 388, 1496)),
    },
}
WITHHELD_2: dict[str, tuple[str, ...]] = {
    "Table 9": ("Weight, kg", "Creatinine, µmol/L"),
    "Table 10": ("Lactate, mmol/L", "Shock"),
}
NO_ARM_2 = frozenset({_S8B, _S8W, _S8C})
