"""Value columns that do not each stand under a head of their own: the gold of
tests/typeset/read_back/shared-heads.html (``TABLES``) and shared-heads-2.html (``TABLES_2``, written after the first
set's fixes), and the pages themselves (``python -m tests.extraction.shared_heads_gold`` writes the HTML; ``python -m
tests.typeset.read_back`` sets them).

One family, swept by variants: a head centred over two printed columns with no sub-heads, where the second is the
first's own interval or spread set apart ("−1.1 | (−1.3 to −0.9)", "5·8 | ±0·9", "45 | (32.1)": one value, read as
one cell); a header-less column of integers (patients with data) beside the statistic under one visit head (the
statistic read, the integers withheld: no head says what they are); a P value head set on the line above the arm
heads; a "Change" head whose second printed column is a within-group P naming itself ("P = 0.002"); a "Treatment
effect" head over an estimate column and a bare P column (the estimate read, the bare figure withheld); footnote marks
on cells; CONTROL tables where two columns share one head and nothing tells them apart (both withheld). Drugs and
numbers are invented; every percent is its count over the group's N, every interval brackets its estimate.

Each value's gold: its row, its column path (the heads over it, outermost first), its group (None for a comparison)
and its statistics; a printed column whose gold statistics are empty is withheld by design, and any record read from
it is a fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MSD: tuple[str, ...] = ("mean", "sd")
MSE: tuple[str, ...] = ("mean", "se")
MCI: tuple[str, ...] = ("mean", "ci_low", "ci_high")
DCI: tuple[str, ...] = ("value", "ci_low", "ci_high")
ORCI: tuple[str, ...] = ("or", "ci_low", "ci_high")
NP: tuple[str, ...] = ("count", "percent")
MP: tuple[str, ...] = ("mean", "sd", "p")
P: tuple[str, ...] = ("p",)
NONE: tuple[str, ...] = ()


@dataclass(frozen=True)
class C:
    """One value column: its head path, its group, its statistics (empty: withheld by design) and how many printed
    columns it takes (2: an estimate and its own interval or spread set apart)."""

    path: tuple[str, ...]
    group: str | None
    stats: tuple[str, ...]
    width: int = 1


@dataclass(frozen=True)
class T:
    table: str
    caption: str
    css: str
    head: str  # the <thead> rows as printed
    cols: tuple[C, ...]
    rows: list[tuple[str, list[str]]]
    legend: str = ""


def _arm(arm: str, group: str, *cols: tuple[str | None, tuple[str, ...], int]) -> tuple[C, ...]:
    return tuple(C((arm, h) if h else (arm,), group, s, w) for h, s, w in cols)


# first set, written before the page was first read
_S1 = ("Sotaglipin (N = 240)", "Sotaglipin")
_P1 = ("Placebo (N = 238)", "Placebo")
_C2 = ("Corvilumab group (n=160)", "Corvilumab group")
_P2 = ("Placebo group (n=158)", "Placebo group")
_T3 = ("Tavoprazole (n = 140)", "Tavoprazole")
_E3 = ("Esomeprazole (n = 138)", "Esomeprazole")
_E4 = ("Elcarditide (n = 130)", "Elcarditide")
_P4 = ("Placebo (n = 128)", "Placebo")
_N5 = ("Neravoxin (n = 96)", "Neravoxin")
_P5 = ("Placebo (n = 97)", "Placebo")
_E6 = ("Empagliflozin (N = 40)", "Empagliflozin")
_P6 = ("Placebo (N = 38)", "Placebo")
_L7 = ("Lirafenib (n = 210)", "Lirafenib")
_P7 = ("Placebo (n = 205)", "Placebo")
_D8 = ("Dexatrolim (n = 150)", "Dexatrolim")
_P8 = ("Placebo (n = 148)", "Placebo")
_V9 = ("Velocitan (n = 88)", "Velocitan")
_P9 = ("Placebo (n = 86)", "Placebo")

TABLES = [
    T(
        "Table 1.",
        "Change from Baseline in Glycemic Control and Body Weight at Week 26.",
        "nejm bottom",
        f"<tr><th rowspan=2>Outcome</th><th colspan=4 class=span>{_S1[0]}</th><th colspan=4 class=span>{_P1[0]}</th>"
        "<th rowspan=2>Difference (95% CI)</th><th rowspan=2>P Value</th></tr>"
        + "<tr>"
        + "<th>Baseline</th><th>Week 26</th><th colspan=2>Change (95% CI)</th>" * 2
        + "</tr>",
        (
            *_arm(*_S1, ("Baseline", MSD, 1), ("Week 26", MSD, 1), ("Change (95% CI)", DCI, 2)),
            *_arm(*_P1, ("Baseline", MSD, 1), ("Week 26", MSD, 1), ("Change (95% CI)", DCI, 2)),
            C(("Difference (95% CI)",), None, DCI),
            C(("P Value",), None, P),
        ),
        [
            (
                "Glycated hemoglobin, %",
                [
                    "8.2 (0.9)",
                    "7.3 (1.0)",
                    "−1.1",
                    "(−1.3 to −0.9)",
                    "8.1 (0.9)",
                    "7.9 (1.1)",
                    "−0.2",
                    "(−0.4 to 0.0)",
                    "−0.9 (−1.2 to −0.6)",
                    "&lt;0.001",
                ],
            ),
            (
                "Fasting plasma glucose, mg/dL",
                [
                    "168 (41)",
                    "139 (37)",
                    "−27",
                    "(−33 to −21)",
                    "166 (43)",
                    "161 (42)",
                    "−5",
                    "(−11 to 1)",
                    "−22 (−30 to −14)",
                    "&lt;0.001",
                ],
            ),
            (
                "Body weight, kg",
                [
                    "91.4 (18.2)",
                    "88.0 (17.6)",
                    "−3.2",
                    "(−3.8 to −2.6)",
                    "90.8 (17.9)",
                    "90.2 (18.0)",
                    "−0.6",
                    "(−1.2 to 0.0)",
                    "−2.6 (−3.4 to −1.8)",
                    "&lt;0.001",
                ],
            ),
        ],
        legend="Data are mean (SD) or least-squares mean (95% CI).",
    ),
    T(
        "Table 2:",
        "Disease activity at baseline and week 12 in the intention-to-treat population",
        "lancet",
        f"<tr><th rowspan=2></th><th colspan=4 class=span>{_C2[0]}</th><th colspan=4 class=span>{_P2[0]}</th></tr>"
        + "<tr>"
        + "<th colspan=2>Baseline</th><th colspan=2>Week 12</th>" * 2
        + "</tr>",
        (
            *_arm(*_C2, ("Baseline", MSD, 2), ("Week 12", MSD, 2)),
            *_arm(*_P2, ("Baseline", MSD, 2), ("Week 12", MSD, 2)),
        ),
        [
            ("DAS28-CRP", ["5·8", "±0·9", "3·6", "±1·2", "5·7", "±1·0", "4·9", "±1·3"]),
            ("HAQ-DI", ["1·6", "±0·6", "1·1", "±0·7", "1·6", "±0·6", "1·4", "±0·7"]),
            ("Patient global assessment, mm", ["64·2", "±18·5", "38·7", "±22·1", "63·5", "±19·0", "52·4", "±23·6"]),
        ],
        legend="Data are mean ± SD.",
    ),
    T(
        "Table 3.",
        "Patients with a response at week 16",
        "grid",
        f"<tr><th>Outcome</th><th colspan=2>{_T3[0]}</th><th colspan=2>{_E3[0]}</th><th>Odds ratio (95% CI)</th></tr>",
        (C((_T3[0],), _T3[1], NP, 2), C((_E3[0],), _E3[1], NP, 2), C(("Odds ratio (95% CI)",), None, ORCI)),
        [
            ("Heartburn-free", ["98", "(70.0)", "83", "(60.1)", "1.55 (0.94 to 2.56)"]),
            ("Healed oesophagitis", ["119", "(85.0)", "104", "(75.4)", "1.85 (1.01 to 3.40)"]),
            ("Symptom-free on at least half of days", ["45", "(32.1)", "31", "(22.5)", "1.63 (0.96 to 2.77)"]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 4.",
        "Exercise capacity and health status at baseline and week 24",
        "booktabs",
        f"<tr><th rowspan=2>Outcome</th><th colspan=4 class=span>{_E4[0]}</th><th colspan=4 class=span>{_P4[0]}</th>"
        "</tr><tr>" + "<th colspan=2 class=span>Baseline</th><th colspan=2 class=span>Week 24</th>" * 2 + "</tr>",
        (
            *_arm(*_E4, ("Baseline", NONE, 1), ("Baseline", MSD, 1), ("Week 24", NONE, 1), ("Week 24", MSD, 1)),
            *_arm(*_P4, ("Baseline", NONE, 1), ("Baseline", MSD, 1), ("Week 24", NONE, 1), ("Week 24", MSD, 1)),
        ),
        [
            ("6-minute walk distance, m", ["130", "352 (84)", "118", "381 (91)", "128", "348 (88)", "114", "350 (93)"]),
            (
                "KCCQ clinical summary score",
                ["129", "61.4 (19.8)", "117", "70.2 (18.6)", "128", "60.9 (20.3)", "113", "62.8 (20.1)"],
            ),
            ("NT-proBNP, pg/mL", ["127", "1480 (910)", "115", "1210 (840)", "126", "1510 (930)", "111", "1490 (950)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 5.",
        "Least-squares mean change from baseline to week 12 in pain and sleep",
        "",
        "<tr><th rowspan=2>Outcome</th><th colspan=2 class=span>Change from baseline to week 12</th>"
        f"<th>P value</th></tr><tr><th>{_N5[0]}</th><th>{_P5[0]}</th><th></th></tr>",
        (
            C(("Change from baseline to week 12", _N5[0]), _N5[1], MSE),
            C(("Change from baseline to week 12", _P5[0]), _P5[1], MSE),
            C(("P value",), None, P),
        ),
        [
            ("Pain intensity (NRS)", ["−2.6 (0.24)", "−1.4 (0.24)", "&lt;0.001"]),
            ("Sleep interference", ["−2.0 (0.22)", "−1.0 (0.22)", "0.001"]),
            ("BPI-SF interference", ["−2.3 (0.23)", "−1.2 (0.23)", "0.001"]),
            ("Patient global impression", ["−1.1 (0.15)", "−0.6 (0.15)", "0.02"]),
        ],
        legend="Data are least-squares mean (SE).",
    ),
    T(
        "Table 6.",
        "Glycemic control, body weight and blood pressure at baseline and week 36",
        "wrapped",
        f"<tr><th rowspan=2>Variable</th><th colspan=4 class=span>{_E6[0]}</th><th colspan=4 class=span>{_P6[0]}</th>"
        "</tr><tr>" + "<th>Baseline</th><th>Week 36</th><th colspan=2>Change from baseline</th>" * 2 + "</tr>",
        (
            *_arm(*_E6, ("Baseline", MSD, 1), ("Week 36", MSD, 1), ("Change from baseline", MP, 2)),
            *_arm(*_P6, ("Baseline", MSD, 1), ("Week 36", MSD, 1), ("Change from baseline", MP, 2)),
        ),
        [
            (
                "HbA1c, %",
                [
                    "7.9 (0.8)",
                    "7.0 (0.9)",
                    "−0.9 (1.1)",
                    "P = 0.002",
                    "7.8 (0.9)",
                    "7.6 (1.0)",
                    "−0.2 (1.0)",
                    "P = 0.21",
                ],
            ),
            (
                "Body weight, kg",
                [
                    "88.2 (14.1)",
                    "85.6 (13.8)",
                    "−2.6 (2.9)",
                    "P&lt;0.001",
                    "87.5 (13.6)",
                    "87.1 (13.9)",
                    "−0.4 (2.7)",
                    "P = 0.37",
                ],
            ),
            (
                "Systolic blood pressure, mm Hg",
                ["134 (13)", "129 (12)", "−5 (11)", "P = 0.006", "133 (14)", "132 (13)", "−1 (12)", "P = 0.61"],
            ),
        ],
        legend="Data are mean (SD). P values are for the change within each group.",
    ),
    T(
        "Table 7.",
        "Change from baseline to week 52 in weight and cardiometabolic risk factors",
        "centred",
        f"<tr><th>Outcome</th><th>{_L7[0]}</th><th>{_P7[0]}</th><th colspan=2>Treatment effect</th></tr>",
        (
            C((_L7[0],), _L7[1], MSD),
            C((_P7[0],), _P7[1], MSD),
            C(("Treatment effect",), None, DCI),
            C(("Treatment effect",), None, NONE),
        ),
        [
            ("Weight, kg", ["−6.4 (5.2)†", "−1.9 (4.8)†", "−4.5 (−5.5 to −3.5)", "&lt;0.001"]),
            ("Waist circumference, cm", ["−5.8 (6.1)†", "−2.2 (5.9)†", "−3.6 (−4.8 to −2.4)", "&lt;0.001"]),
            ("Systolic blood pressure, mm Hg", ["−4.1 (12.3)", "−1.6 (12.8)", "−2.5 (−4.9 to −0.1)", "0.04"]),
            ("HbA1c, %", ["−0.4 (0.6)", "−0.1 (0.5)", "−0.3 (−0.4 to −0.2)", "&lt;0.001"]),
        ],
        legend="Data are mean (SD) or difference (95% CI). †Observed cases.",
    ),
    T(
        "Table 8.",
        "Mean lung function at weeks 12 and 24",
        "",
        f"<tr><th>Outcome</th><th colspan=2>{_D8[0]}</th><th colspan=2>{_P8[0]}</th></tr>",
        (
            C((_D8[0],), _D8[1], NONE),
            C((_D8[0],), _D8[1], NONE),
            C((_P8[0],), _P8[1], NONE),
            C((_P8[0],), _P8[1], NONE),
        ),
        [
            ("Trough FEV1, L", ["1.62", "1.65", "1.48", "1.47"]),
            ("Peak FEV1, L", ["1.98", "2.01", "1.80", "1.79"]),
            ("Forced vital capacity, L", ["2.84", "2.88", "2.70", "2.69"]),
        ],
        legend="Data are means.",
    ),
    T(
        "Table 9.",
        "Change in seated systolic and diastolic blood pressure at week 8",
        "booktabs",
        f"<tr><th>Outcome</th><th>{_V9[0]}</th><th>{_P9[0]}</th><th colspan=2>Difference (95% CI)</th><th></th></tr>",
        (
            C((_V9[0],), _V9[1], MSD),
            C((_P9[0],), _P9[1], MSD),
            C(("Difference (95% CI)",), None, DCI, 2),
            C(("",), None, NONE),
        ),
        [
            ("Seated systolic BP, mm Hg", ["−12.4 (9.8)", "−4.1 (10.2)", "−8.3", "(−11.3 to −5.3)", "&lt;0.001"]),
            ("Seated diastolic BP, mm Hg", ["−7.2 (6.4)", "−2.9 (6.8)", "−4.3", "(−6.3 to −2.3)", "&lt;0.001"]),
            ("24-hour mean systolic BP, mm Hg", ["−10.1 (8.7)", "−2.6 (9.1)", "−7.5", "(−10.2 to −4.8)", "0.002"]),
        ],
        legend="Data are mean (SD) change from baseline.",
    ),
]

# second set, written after the first set's fixes
_D1 = ("Dapaglinor (N = 120)", "Dapaglinor")
_P1b = ("Placebo (N = 118)", "Placebo")
_R2 = ("Ribociclan (n = 200)", "Ribociclan")
_P2b = ("Placebo (n = 100)", "Placebo")
_E3b = ("Elamipril (n = 110)", "Elamipril")
_P3b = ("Placebo (n = 108)", "Placebo")
_T4b = ("Tirazumab group (n=150)", "Tirazumab group")
_P4b = ("Placebo group (n=149)", "Placebo group")
_F5 = ("Fostemab (n = 64)", "Fostemab")
_P5b = ("Placebo (n = 62)", "Placebo")
_O6 = ("Odanacatib (n = 80)", "Odanacatib")
_P6b = ("Placebo (n = 79)", "Placebo")
_V7 = ("Velocitan (n = 88)", "Velocitan")
_P7b = ("Placebo (n = 86)", "Placebo")
MED: tuple[str, ...] = ("median", "q1", "q3")

TABLES_2: list[T] = [
    T(
        "Table 1.",
        "Glycemic Control and Body Weight at Baseline and Week 24.",
        "nejm bottom",
        f"<tr><th rowspan=2>Variable</th><th colspan=4 class=span>{_D1[0]}</th><th colspan=4 class=span>{_P1b[0]}</th>"
        "</tr><tr>" + "<th>Baseline</th><th>Week 24</th><th colspan=2>Change from baseline</th>" * 2 + "</tr>",
        (
            *_arm(*_D1, ("Baseline", MSD, 1), ("Week 24", MSD, 1), ("Change from baseline", MP, 2)),
            *_arm(*_P1b, ("Baseline", MSD, 1), ("Week 24", MSD, 1), ("Change from baseline", MP, 2)),
        ),
        [
            (
                "HbA1c, %",
                [
                    "8.0 (0.9)",
                    "7.2 (1.0)",
                    "−0.8 (1.0)",
                    "P&lt;0.001",
                    "8.1 (0.8)",
                    "7.9 (0.9)",
                    "−0.2 (0.9)",
                    "P = 0.02",
                ],
            ),
            (
                "Fasting glucose, mg/dL",
                ["162 (38)", "138 (35)", "−24 (30)", "P&lt;0.001", "160 (40)", "155 (39)", "−5 (29)", "P = 0.07"],
            ),
            (
                "Body weight, kg",
                [
                    "92.1 (15.3)",
                    "89.9 (15.0)",
                    "−2.2 (2.6)",
                    "P&lt;0.001",
                    "91.7 (14.8)",
                    "91.4 (14.9)",
                    "−0.3 (2.4)",
                    "P = 0.18",
                ],
            ),
        ],
        legend="Data are mean (SD). P values are for the change within each group.",
    ),
    T(
        "Table 2.",
        "Response at week 24",
        "booktabs centred",
        f"<tr><th>Response</th><th colspan=2>{_R2[0]}</th><th colspan=2>{_P2b[0]}</th>"
        "<th colspan=2>Difference, % (95% CI)</th></tr>",
        (C((_R2[0],), _R2[1], NP, 2), C((_P2b[0],), _P2b[1], NP, 2), C(("Difference, % (95% CI)",), None, DCI, 2)),
        [
            ("Objective response", ["90", "(45.0%)", "35", "(35.0%)", "10.0", "(−1.8 to 21.8)"]),
            ("Disease control", ["152", "(76.0%)", "61", "(61.0%)", "15.0", "(3.6 to 26.4)"]),
            ("Clinical benefit", ["118", "(59.0%)", "44", "(44.0%)", "15.0", "(3.0 to 27.0)"]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 3.",
        "Exercise capacity and quality of life at baseline and week 52",
        "",
        f"<tr><th rowspan=2>Outcome</th><th colspan=4>{_E3b[0]}</th><th colspan=4>{_P3b[0]}</th></tr>"
        "<tr>" + "<th colspan=2>Baseline</th><th colspan=2>Week 52</th>" * 2 + "</tr>",
        (
            *_arm(*_E3b, ("Baseline", NONE, 1), ("Baseline", MSD, 1), ("Week 52", NONE, 1), ("Week 52", MSD, 1)),
            *_arm(*_P3b, ("Baseline", NONE, 1), ("Baseline", MSD, 1), ("Week 52", NONE, 1), ("Week 52", MSD, 1)),
        ),
        [
            ("6-minute walk distance, m", ["110", "340 (82)", "97", "372 (88)", "108", "338 (85)", "95", "341 (90)"]),
            (
                "KCCQ overall score",
                ["109", "58.2 (18.4)", "96", "67.5 (17.9)", "108", "57.6 (19.1)", "94", "59.8 (19.6)"],
            ),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 4:",
        "Change from baseline to week 16 in the intention-to-treat population",
        "lancet",
        f"<tr><th></th><th>{_T4b[0]}</th><th>{_P4b[0]}</th><th colspan=2>Difference (95% CI)</th><th>p value</th></tr>",
        (
            C((_T4b[0],), _T4b[1], MSD),
            C((_P4b[0],), _P4b[1], MSD),
            C(("Difference (95% CI)",), None, DCI, 2),
            C(("p value",), None, P),
        ),
        [
            ("EASI score", ["−14·2 (6·8)", "−8·1 (7·2)", "−6·1", "(−7·7 to −4·5)", "&lt;0·0001"]),
            ("Pruritus NRS", ["−3·9 (2·4)", "−1·8 (2·6)", "−2·1", "(−2·7 to −1·5)", "&lt;0·0001"]),
            ("DLQI", ["−7·2 (5·1)", "−4·0 (5·4)", "−3·2", "(−4·4 to −2·0)", "&lt;0·0001"]),
        ],
        legend="Data are mean (SD) or difference (95% CI).",
    ),
    T(
        "Table 5.",
        "Inflammatory markers on day 1 and day 29",
        "wrapped",
        f"<tr><th rowspan=2>Marker</th><th colspan=4 class=span>{_F5[0]}</th><th colspan=4 class=span>{_P5b[0]}</th>"
        "</tr><tr>" + "<th colspan=2>Day 1</th><th colspan=2>Day 29</th>" * 2 + "</tr>",
        (
            *_arm(*_F5, ("Day 1", MED, 2), ("Day 29", MED, 2)),
            *_arm(*_P5b, ("Day 1", MED, 2), ("Day 29", MED, 2)),
        ),
        [
            ("CRP, mg/L", ["12.4", "(6.1–24.8)", "3.2", "(1.4–7.9)", "11.9", "(5.8–23.6)", "10.8", "(5.2–21.7)"]),
            ("IL-6, pg/mL", ["18.6", "(9.2–34.1)", "6.4", "(3.1–12.2)", "17.9", "(8.8–33.0)", "16.2", "(8.0–30.5)"]),
            ("Ferritin, µg/L", ["412", "(221–748)", "276", "(150–502)", "398", "(210–731)", "389", "(207–716)"]),
        ],
        legend="Data are median (IQR).",
    ),
    T(
        "Table 6.",
        "Bone mineral density at months 12 and 24",
        "grid",
        f"<tr><th>Site</th><th colspan=2>{_O6[0]}</th><th colspan=2>{_P6b[0]}</th></tr>",
        (
            C((_O6[0],), _O6[1], NONE),
            C((_O6[0],), _O6[1], NONE),
            C((_P6b[0],), _P6b[1], NONE),
            C((_P6b[0],), _P6b[1], NONE),
        ),
        [
            ("Lumbar spine BMD, g/cm²", ["0.92 (0.11)", "0.95 (0.12)", "0.91 (0.12)", "0.91 (0.11)"]),
            ("Total hip BMD, g/cm²", ["0.81 (0.10)", "0.83 (0.10)", "0.80 (0.11)", "0.80 (0.10)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 7.",
        "Change from baseline to week 12 in blood pressure and heart rate",
        "centred",
        f"<tr><th>Outcome</th><th colspan=3>{_V7[0]}</th><th colspan=3>{_P7b[0]}</th></tr>",
        (
            C((_V7[0],), _V7[1], NONE),
            C((_V7[0],), _V7[1], MSD, 2),
            C((_P7b[0],), _P7b[1], NONE),
            C((_P7b[0],), _P7b[1], MSD, 2),
        ),
        [
            ("Seated systolic BP, mm Hg", ["86", "−12.4", "(9.8)", "84", "−4.1", "(10.2)"]),
            ("Seated diastolic BP, mm Hg", ["86", "−7.2", "(6.4)", "84", "−2.9", "(6.8)"]),
            ("Heart rate, beats/min", ["85", "−1.1", "(5.9)", "83", "−0.4", "(6.1)"]),
        ],
        legend="Data are mean (SD).",
    ),
]


CSS = """
table.nejm { font-family: 'Liberation Sans'; font-size: 7.5pt }
table.nejm thead { background: #d6e0ea }
table.nejm tbody tr:nth-child(odd) { background: #eaf0f5 }
table.nejm th { text-align: center }
table.bottom th { vertical-align: bottom }
table.lancet { font-family: 'Nimbus Sans'; font-size: 8pt }
table.lancet thead { border-top: 0.5px solid black; border-bottom: 0.5px solid black }
table.lancet th { text-align: center }
table.grid td, table.grid th { border: 1px solid black }
table.booktabs thead { border-top: 1.5px solid black; border-bottom: 0.8px solid black }
table.booktabs tbody { border-bottom: 1.5px solid black }
table.booktabs th.span { border-bottom: 0.5px solid black; text-align: center }
table.wrapped { width: 70% }
table.wrapped th { vertical-align: bottom; text-align: center }
table.wrapped th.span { border-bottom: 1px solid black }
table.sans { font-family: 'DejaVu Sans'; font-size: 8pt }
table.sans th.span { border-bottom: 1px solid black }
table.centred th { text-align: center }
"""


def html(tables: list[T]) -> str:
    parts = [f"<style>{CSS}</style>"]
    for t in tables:
        body = "".join(
            "<tr><td>" + label + "</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for label, cells in t.rows
        )
        legend = f"<p>{t.legend}</p>" if t.legend else ""
        parts.append(
            f"<div style='break-inside: avoid'><p><b>{t.table}</b> {t.caption}</p><table class='{t.css}'>"
            f"<thead>{t.head}</thead><tbody>{body}</tbody></table>{legend}<p>&nbsp;</p></div>"
        )
    return "\n".join(parts)


_NUMBER = r"[<>]?[−-]?\d+(?:[.·]\d+)?"

# (table, row label, column path, group, statistic, value, comparator)
Gold = tuple[str, str, tuple[str, ...], str | None, str, float, str | None]


def table_name(t: T) -> str:
    return t.table.rstrip(":.")


def expected(tables: list[T]) -> list[Gold]:
    """Every number the page prints that must be read, with what it is."""
    out: list[Gold] = []
    for t in tables:
        for label, cells in t.rows:
            assert len(cells) == sum(c.width for c in t.cols), (t.table, label)
            k = 0
            for col in t.cols:
                text = " ".join(cells[k : k + col.width]).replace("&lt;", "<").replace("&gt;", ">")
                k += col.width
                if not col.stats:
                    continue
                nums = re.findall(_NUMBER, text)
                assert len(nums) == len(col.stats), (t.table, text)
                for stat, n in zip(col.stats, nums, strict=True):
                    comp = n[0] if n[0] in "<>" else None
                    value = float(n.lstrip("<>").replace("−", "-").replace("·", "."))
                    out.append((table_name(t), label, col.path, col.group, stat, value, comp))
    return out


def withheld(tables: list[T]) -> int:
    """How many printed cells are withheld by design."""
    return sum(len(t.rows) * sum(c.width for c in t.cols if not c.stats) for t in tables)


if __name__ == "__main__":
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in (("shared-heads", TABLES), ("shared-heads-2", TABLES_2)):
        if not tables:
            continue
        page = out / f"{name}.html"
        page.write_text(
            "<!-- written by tests/extraction/shared_heads_gold.py -->\n" + html(tables) + "\n", encoding="utf-8"
        )
        print(page)
