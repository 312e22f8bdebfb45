"""What must be read from tests/typeset/read_back/self-described-cells.html (and -2.html): cells that name their own
statistic ("63.4 (SD 9.8)", "14.2 (range 2.1–30.5)", "0.82 (CI 0.61–1.10)"), "a of b (c%)", a unit after the
numbers, a "%" after the bracket, a body-size footnote letter after the bracket. Written from the HTML before the
pages were first read back; the format of read_back_gold.py (row path -> {(column words, statistic): value}; a
column word starting "~" names no group). ``WITHHELD`` lists the cells that must be left unread with a finding
(two statements that conflict, an arithmetic that fails, a letter no note defines): a record there is an extra."""

from __future__ import annotations

from tests.extraction.read_back_foot_caption_gold import _per
from tests.extraction.read_back_gold import Cells, Gold

_ARMS = ("Ravatinib", "Placebo")
_MSD = ("mean", "sd")
_MSE = ("mean", "se")
_NDP = ("count", "denominator", "percent")
_MCI = ("median", "ci_low", "ci_high")
_RANGE = ("median", "min", "max")
_IQR = ("median", "q1", "q3")
_PCI = ("percent", "ci_low", "ci_high")


def _one(column: str, stats: tuple[str, ...], *values: float) -> Cells:
    return {(column, s): v for s, v in zip(stats, values, strict=True)}


def _or(v: float, lo: float, hi: float, p: float) -> Cells:
    return _one("~Odds ratio", ("or", "ci_low", "ci_high"), v, lo, hi) | {("~P value", "p"): p}


GOLD: dict[str, Gold] = {
    # (1) the bracket names the spread, no other statement; (2) "a of b (c%)"
    "Table 1": {
        ("Age, years",): _per(_ARMS, _MSD, (63.4, 9.8), (62.1, 10.4)),
        ("Body-mass index, kg/m²",): _per(_ARMS, _MSD, (27.9, 4.1), (28.3, 4.6)),
        ("Creatinine clearance, mL/min",): _per(_ARMS, _MSE, (84.2, 2.3), (82.7, 2.5)),
        ("Haemoglobin, g/dL",): _per(_ARMS, _MSE, (12.8, 0.2), (12.6, 0.2)),
        ("Women",): _per(_ARMS, _NDP, (41, 120, 34), (45, 118, 38)),
        ("Current smokers",): _per(_ARMS, _NDP, (18, 120, 15), (22, 118, 19)),
    },
    # (3) a unit after the numbers or between the estimate and its bracket; (4) a bracket naming its interval
    "Table 2": {
        ("Median progression-free survival (95% CI)",): _per(_ARMS, _MCI, (8.4, 6.9, 10.2), (4.1, 3.5, 5.0)),
        ("Median overall survival (95% CI)",): _per(_ARMS, _MCI, (21.3, 18.0, 25.6), (16.2, 13.9, 19.1)),
        ("Median follow-up, months",): _per(_ARMS, _RANGE, (14.2, 2.1, 30.5), (13.8, 1.9, 29.7)),
        ("Median time to response, weeks",): _per(_ARMS, _IQR, (8.1, 6.0, 12.3), (8.6, 6.2, 16.0)),
    },
    # (4) "(CI …)", "(CI: a, b)", "(95% CI: …)" under a head that names the ratio, not its interval
    "Table 3": {
        ("Age <65 years",): _or(0.82, 0.61, 1.10, 0.19),
        ("Age ≥65 years",): _or(1.45, 1.10, 1.92, 0.008),
        ("ECOG 0",): _or(0.67, 0.48, 0.93, 0.02),
    },
    # (5) a "%" after the bracket: on every number of the cell
    "Table 4": {
        ("Objective response rate",): _per(_ARMS, _PCI, (32.5, 24.3, 41.6), (11.0, 6.0, 18.1)),
        ("Disease control rate",): _per(_ARMS, _PCI, (71.7, 62.7, 79.5), (50.8, 41.5, 60.1)),
    },
    # (6) the cell says IQR, the head says mean (SD): that cell unread, the rest read
    "Table 5": {
        ("Weight, kg",): _one("Ravatinib", _MSD, 92.3, 18.3),
        ("Waist, cm",): _per(_ARMS, _MSD, (104.6, 13.2), (105.1, 12.8)),
    },
    # (6) the cell says SD, the legend says median (IQR): unread; the cells the legend speaks for are read
    "Table 6": {
        ("Bilirubin, µmol/L",): _per(_ARMS, _IQR, (9.4, 5.1, 14.2), (9.9, 5.5, 15.0)),
    },
    # (7) "62 (41–80)a": the notes define "a", a mark; "3.9 (1.8–7.1)b": no note "b", unread
    "Table 7": {
        ("Age, years",): _per(_ARMS, _IQR, (62, 41, 80), (60, 44, 78)),
        ("Disease duration, years",): _one("Ravatinib", _IQR, 4.2, 2.0, 7.5),
    },
    # (8) a single-arm summary; "7 of 35 (43%)" fails its arithmetic (7/35 is 20%): unread
    "Table 8": {
        ("Objective response",): _one("~Result", _NDP, 12, 35, 34),
        ("Grade ≥3 adverse events",): _one("~Result", _NDP, 9, 35, 26),
        ("Median duration of response",): _one("~Result", _MCI, 9.6, 7.2, 12.0),
        ("Median time to response",): _one("~Result", _RANGE, 2.8, 1.4, 5.6),
    },
}

# (table, row, column words) of the cells that must be left unread, each with a finding
WITHHELD: dict[str, list[tuple[str, str]]] = {
    "Table 5": [("Weight, kg", "Placebo")],
    "Table 6": [("ALT, U/L", "Ravatinib"), ("ALT, U/L", "Placebo")],
    "Table 7": [("Disease duration, years", "Placebo")],
    "Table 8": [("Treatment discontinuation", "Result")],
}

# the tables whose cells state a kind of their own: baseline (1, 5, 6, 7), efficacy (2, 3, 4)
SECTIONS = {
    "Table 1": "demographics",
    "Table 2": "efficacy",
    "Table 3": "efficacy",
    "Table 4": "efficacy",
}


# self-described-cells-2.html: the second instance set, gathered after the fixes were written
_AB = ("Group A", "Group B")
_COHORTS = ("Cohort A", "Cohort B")
_SF = ("Prescribing", "Usual care")
_RCI = ("rate", "ci_low", "ci_high")
_ORCI = ("or", "ci_low", "ci_high")


def _landmarks(one: tuple[float, float, float], two: tuple[float, float, float]) -> Cells:
    return _one("~Survival at 1 year", _RCI, *one) | _one("~Survival at 2 years", _RCI, *two)


GOLD_2: dict[str, Gold] = {
    # a legend that yields ("… unless otherwise indicated"), SD named in the bracket, a unit before it or on both
    "Table 1": {
        ("Men",): _per(_AB, ("count", "percent"), (24, 50), (30, 58)),
        ("Age",): _per(_AB, _MSD, (63.1, 8.7), (61.5, 9.2)),
        ("Body weight",): _per(_AB, _MSD, (81.2, 14.0), (79.6, 12.7)),
        ("Mean age at diagnosis (SD)",): _per(_AB, _MSD, (47.8, 17.7), (50.8, 16.6)),
    },
    "Table 2": {
        ("Objective response",): _per(_COHORTS, _NDP, (22, 64, 34.4), (15, 58, 25.9)),
        ("Complete response",): _per(_COHORTS, _NDP, (5, 64, 7.8), (2, 58, 3.4)),
        # the upper bound "NR" is a qualifier, no number
        ("Median duration of response",): _one("Cohort A", _MCI, 11.2, 8.3, 14.0)
        | _one("Cohort B", ("median", "ci_low"), 9.8, 6.1),
        ("Median time to response",): _per(_COHORTS, _RANGE, (1.9, 1.2, 7.4), (2.1, 1.3, 5.5)),
    },
    # a landmark's survival with its CI: "52% (31, 73)" and "31 (18, 44)%" alike
    "Table 3": {
        ("PS 0",): _landmarks((52, 31, 73), (31, 18, 44)),
        ("PS 1",): _landmarks((40, 25, 55), (22, 12, 33)),
        ("PS 2",): _landmarks((17, 2, 33), (8, 1, 19)),
    },
    "Table 4": {
        ("Unadjusted",): _per(("Men", "Women"), _ORCI, (1.65, 1.25, 2.17), (2.30, 1.84, 2.86)),
        ("Adjusted for age and race",): _per(("Men", "Women"), _ORCI, (1.12, 0.83, 1.53), (1.61, 1.26, 2.05)),
    },
    # "35.3 (SE 1.8)" under "Mean (SD)": unread; "29.6 (9.7)c": the notes define "c", a mark
    "Table 5": {
        ("Mean (SD)", "Baseline PCS"): _per(_SF, _MSD, (33.5, 10.8), (29.6, 9.7)),
        ("Mean (SD)", "6-month PCS"): _one("Usual care", _MSD, 32.6, 9.1),
        ("Median (IQR)", "Baseline MCS"): _per(_SF, _IQR, (52.4, 42.0, 58.8), (51.5, 41.3, 60.7)),
        ("Median (IQR)", "6-month MCS"): _per(_SF, _IQR, (49.6, 42.8, 58.1), (44.7, 37.6, 55.8)),
    },
}
WITHHELD_2: dict[str, list[tuple[str, str]]] = {"Table 5": [("6-month PCS", "Prescribing")]}
SECTIONS_2 = {"Table 1": "demographics", "Table 2": "efficacy", "Table 3": "efficacy"}
