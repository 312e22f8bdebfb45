"""Group heads over sub-heads that look like data: the gold of tests/typeset/read_back/subheads.html (``TABLES``) and
subheads-2.html (``TABLES_2``, written after the first set's fixes), and the pages themselves (``python -m
tests.extraction.subheads_gold`` writes the HTML; ``python -m tests.typeset.read_back`` sets them).

One family, swept by variants: a group's head spans several sub-columns whose heads read like cells — bare time
points ("0 | 12 | 24" under "Week"), cycles, doses ("10 mg | 20 mg | 40 mg" under the drug), cut-offs ("≥1% |
≥50%"), statistic heads ("n | %", "No. | (%)", "Events, n (%) | Median (95% CI)"), visits ("Baseline | Week 24")
over "a (b)" cells, two sub-columns per arm; set in a smaller type than the group heads, on the line of the group
head's rule, with a blank over the stub, with and without rules. If the sub-heads are not taken for a header line,
two cells of a row stand under one head (withheld) or under a wrong one. CONTROL tables: two columns under one
group head with no sub-head (nothing tells them apart: withheld by design).

Drugs and numbers are invented; every percent is its count over the group's N. Each value's gold: its row, its
column path (the heads over it, outermost first), its group (None for a comparison) and its statistics; a printed
column whose gold statistics are empty is withheld by design, and any record read from it is a fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MSD: tuple[str, ...] = ("mean", "sd")
MSE: tuple[str, ...] = ("mean", "se")
MEDIQR: tuple[str, ...] = ("median", "q1", "q3")
MEDCI: tuple[str, ...] = ("median", "ci_low", "ci_high")
NP: tuple[str, ...] = ("count", "percent")
N: tuple[str, ...] = ("count",)
PCT: tuple[str, ...] = ("percent",)
HRCI: tuple[str, ...] = ("hr", "ci_low", "ci_high")
P: tuple[str, ...] = ("p",)
NONE: tuple[str, ...] = ()


@dataclass(frozen=True)
class C:
    """One value column: its head path, its group and its statistics (empty: withheld by design)."""

    path: tuple[str, ...]
    group: str | None
    stats: tuple[str, ...]


@dataclass(frozen=True)
class T:
    table: str
    caption: str
    css: str
    head: str  # the <thead> rows as printed
    cols: tuple[C, ...]
    rows: list[tuple[str, list[str]]]
    legend: str = ""


def _np(n: int, total: int, dot: str = ".") -> str:
    return f"{n} ({100 * n / total:.1f})".replace(".", dot)


def _cols(arm: str, group: str, subs: tuple[tuple[str, ...], ...], stats: tuple[str, ...]) -> tuple[C, ...]:
    return tuple(C((arm, *s), group, stats) for s in subs)


# first set, written before the page was first read
_V1 = ("Velmorastat (n = 64)", "Velmorastat")
_P1 = ("Placebo (n = 62)", "Placebo")
_O2 = ("Orvetamab (N = 118)", "Orvetamab")
_P2 = ("Placebo (N = 121)", "Placebo")
_L4 = ("Lunrelimab plus chemotherapy (n = 205)", "Lunrelimab plus chemotherapy")
_C4 = ("Chemotherapy (n = 203)", "Chemotherapy")
_D5 = ("Daxibotide group (n=150)", "Daxibotide group")
_P5 = ("Control group (n=146)", "Control group")
_A6 = ("Arenlitinib (N = 312)", "Arenlitinib")
_E6 = ("Everolimus (N = 309)", "Everolimus")
_T7 = ("Tozarelin (n = 90)", "Tozarelin")
_P7 = ("Placebo (n = 88)", "Placebo")
_R8 = ("Rimeglutide (n = 72)", "Rimeglutide")
_P8 = ("Placebo (n = 70)", "Placebo")

_WEEKS = (("Week", "0"), ("Week", "12"), ("Week", "24"))

CSS = """
table.nejm { font-family: 'Liberation Sans'; font-size: 7.5pt }
table.nejm thead { background: #d6e0ea }
table.nejm tbody tr:nth-child(odd) { background: #eaf0f5 }
table.nejm th { text-align: center }
table.lancet { font-family: 'Nimbus Sans'; font-size: 8pt }
table.lancet thead { border-top: 0.5px solid black; border-bottom: 0.5px solid black }
table.lancet th { text-align: center }
table.grid td, table.grid th { border: 1px solid black }
table.booktabs thead { border-top: 1.5px solid black; border-bottom: 0.8px solid black }
table.booktabs tbody { border-bottom: 1.5px solid black }
table.booktabs th.span { border-bottom: 0.5px solid black; text-align: center }
table.small th.sub { font-size: 6.5pt; text-align: center }
table.centred th, table.centred td { text-align: center }
table.centred td:first-child { text-align: left }
table.bare thead, table.bare tbody { border: none }
table.sans { font-family: 'DejaVu Sans'; font-size: 8pt }
table.sans th.span { border-bottom: 1px solid black; text-align: center }
table.bottom th { vertical-align: bottom }
"""

TABLES = [
    T(
        "Table 1.",
        "Mean Plasma Triglyceride and Apolipoprotein Levels According to Week.",
        "nejm",
        f"<tr><th rowspan=3>Variable</th><th colspan=3>{_V1[0]}</th><th colspan=3>{_P1[0]}</th></tr>"
        "<tr>" + "<th colspan=3>Week</th>" * 2 + "</tr>"
        "<tr>" + "<th>0</th><th>12</th><th>24</th>" * 2 + "</tr>",
        (*_cols(*_V1, _WEEKS, MSD), *_cols(*_P1, _WEEKS, MSD)),
        [
            (
                "Triglycerides, mg/dL",
                ["2142 (612)", "1034 (488)", "986 (471)", "2201 (640)", "2088 (655)", "2150 (702)"],
            ),
            (
                "Apolipoprotein C-III, mg/dL",
                ["38.2 (9.1)", "11.4 (5.2)", "10.8 (4.9)", "37.6 (8.8)", "36.9 (9.4)", "37.1 (9.0)"],
            ),
            (
                "Apolipoprotein B-48, mg/dL",
                ["4.1 (1.6)", "2.2 (1.1)", "2.0 (1.0)", "4.3 (1.7)", "4.2 (1.8)", "4.4 (1.9)"],
            ),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 2.",
        "Change from baseline in lung function and symptom scores",
        "booktabs small",
        f"<tr><th rowspan=2>Outcome</th><th colspan=3 class=span>{_O2[0]}</th><th colspan=3 class=span>{_P2[0]}</th>"
        "<th rowspan=2>P value</th></tr><tr>" + "<th class=sub>Baseline</th><th class=sub>Week 24</th>"
        "<th class=sub>Change</th>" * 2 + "</tr>",
        (
            *_cols(*_O2, (("Baseline",), ("Week 24",), ("Change",)), MSD),
            *_cols(*_P2, (("Baseline",), ("Week 24",), ("Change",)), MSD),
            C(("P value",), None, P),
        ),
        [
            ("FEV1, mL", ["1712 (402)", "1845 (415)", "133 (121)", "1698 (395)", "1705 (410)", "7 (118)", "&lt;0.001"]),
            ("FVC, mL", ["2904 (611)", "3010 (630)", "106 (140)", "2921 (598)", "2934 (620)", "13 (137)", "&lt;0.001"]),
            (
                "SGRQ total score",
                ["52.1 (16.4)", "44.3 (17.0)", "−7.8 (10.2)", "51.6 (15.9)", "49.8 (16.3)", "−1.8 (9.9)", "&lt;0.001"],
            ),
            (
                "CAT score",
                ["21.4 (6.2)", "17.9 (6.5)", "−3.5 (4.8)", "21.0 (6.0)", "20.2 (6.3)", "−0.8 (4.6)", "0.003"],
            ),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 3:",
        "Adverse events in the safety population by dose",
        "lancet",
        "<tr><th rowspan=2></th><th colspan=3>Velmorastat</th><th rowspan=2>Placebo (n=40)</th></tr>"
        "<tr><th>10 mg (n=41)</th><th>20 mg (n=40)</th><th>40 mg (n=42)</th></tr>",
        (
            C(("Velmorastat", "10 mg (n=41)"), "Velmorastat 10 mg", NP),
            C(("Velmorastat", "20 mg (n=40)"), "Velmorastat 20 mg", NP),
            C(("Velmorastat", "40 mg (n=42)"), "Velmorastat 40 mg", NP),
            C(("Placebo (n=40)",), "Placebo", NP),
        ),
        [
            ("Any adverse event", [_np(30, 41, "·"), _np(31, 40, "·"), _np(36, 42, "·"), _np(25, 40, "·")]),
            ("Headache", [_np(6, 41, "·"), _np(8, 40, "·"), _np(11, 42, "·"), _np(5, 40, "·")]),
            ("Nausea", [_np(4, 41, "·"), _np(7, 40, "·"), _np(12, 42, "·"), _np(3, 40, "·")]),
            ("Fatigue", [_np(5, 41, "·"), _np(5, 40, "·"), _np(9, 42, "·"), _np(4, 40, "·")]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 4.",
        "Objective response according to PD-L1 tumour proportion score",
        "grid",
        f"<tr><th rowspan=2>Response</th><th colspan=2>{_L4[0]}</th><th colspan=2>{_C4[0]}</th></tr>"
        "<tr>" + "<th>TPS ≥1%</th><th>TPS ≥50%</th>" * 2 + "</tr>",
        (
            *_cols(*_L4, (("TPS ≥1%",), ("TPS ≥50%",)), NP),
            *_cols(*_C4, (("TPS ≥1%",), ("TPS ≥50%",)), NP),
        ),
        [
            ("Objective response", [_np(96, 205), _np(61, 205), _np(58, 203), _np(30, 203)]),
            ("Complete response", [_np(12, 205), _np(9, 205), _np(4, 203), _np(2, 203)]),
            ("Disease control", [_np(160, 205), _np(95, 205), _np(131, 203), _np(70, 203)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 5.",
        "Clinical outcomes at 12 months",
        "sans",
        f"<tr><th rowspan=2></th><th colspan=2 class=span>{_D5[0]}</th><th colspan=2 class=span>{_P5[0]}</th></tr>"
        "<tr>" + "<th>n</th><th>%</th>" * 2 + "</tr>",
        (
            *_cols(*_D5, (("n",),), N),
            *_cols(*_D5, (("%",),), PCT),
            *_cols(*_P5, (("n",),), N),
            *_cols(*_P5, (("%",),), PCT),
        ),
        [
            ("Death from any cause", ["9", "6.0", "16", "11.0"]),
            ("Myocardial infarction", ["7", "4.7", "12", "8.2"]),
            ("Stroke", ["3", "2.0", "5", "3.4"]),
            ("Hospitalisation for heart failure", ["14", "9.3", "22", "15.1"]),
        ],
    ),
    T(
        "Table 6.",
        "Progression-free and overall survival",
        "booktabs bottom",
        f"<tr><th rowspan=2>End point</th><th colspan=2 class=span>{_A6[0]}</th><th colspan=2 class=span>{_E6[0]}"
        "</th><th rowspan=2>Hazard ratio (95% CI)</th></tr><tr>"
        + "<th>Events, n (%)</th><th>Median (95% CI), mo</th>" * 2
        + "</tr>",
        (
            *_cols(*_A6, (("Events, n (%)",),), NP),
            *_cols(*_A6, (("Median (95% CI), mo",),), MEDCI),
            *_cols(*_E6, (("Events, n (%)",),), NP),
            *_cols(*_E6, (("Median (95% CI), mo",),), MEDCI),
            C(("Hazard ratio (95% CI)",), None, HRCI),
        ),
        [
            (
                "Progression-free survival",
                [_np(178, 312), "11.1 (9.2–13.0)", _np(221, 309), "5.6 (4.6–7.3)", "0.58 (0.48–0.71)"],
            ),
            (
                "Overall survival",
                [_np(121, 312), "28.4 (24.1–32.9)", _np(142, 309), "22.6 (19.0–25.8)", "0.80 (0.63–1.02)"],
            ),
        ],
    ),
    T(
        "Table 7.",
        "Bone mineral density and bone turnover markers",
        "centred bare",
        f"<tr><th rowspan=2></th><th colspan=2 style='border-bottom: 0.5px solid black'>{_T7[0]}</th>"
        f"<th colspan=2 style='border-bottom: 0.5px solid black'>{_P7[0]}</th></tr>"
        "<tr style='border-bottom: 0.5px solid black'>" + "<th>Baseline</th><th>Month 12</th>" * 2 + "</tr>",
        (
            *_cols(*_T7, (("Baseline",), ("Month 12",)), MSD),
            *_cols(*_P7, (("Baseline",), ("Month 12",)), MSD),
        ),
        [
            ("Lumbar spine BMD, g/cm²", ["0.812 (0.104)", "0.861 (0.110)", "0.809 (0.101)", "0.804 (0.103)"]),
            ("Total hip BMD, g/cm²", ["0.731 (0.092)", "0.752 (0.095)", "0.735 (0.090)", "0.729 (0.091)"]),
            ("CTX, ng/mL", ["0.52 (0.21)", "0.21 (0.12)", "0.50 (0.20)", "0.48 (0.22)"]),
            ("P1NP, µg/L", ["58.4 (22.7)", "24.9 (13.1)", "57.1 (21.8)", "55.3 (23.0)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 8.",
        "Glycated haemoglobin and fasting glucose (CONTROL: no sub-heads)",
        "booktabs",
        f"<tr><th>Outcome</th><th colspan=2 class=span>{_R8[0]}</th><th colspan=2 class=span>{_P8[0]}</th></tr>",
        (
            C((_R8[0],), _R8[1], NONE),
            C((_R8[0],), _R8[1], NONE),
            C((_P8[0],), _P8[1], NONE),
            C((_P8[0],), _P8[1], NONE),
        ),
        [
            ("HbA1c, %", ["8.1 (0.7)", "7.2 (0.8)", "8.0 (0.8)", "7.8 (0.9)"]),
            ("Fasting glucose, mmol/L", ["9.4 (2.1)", "7.6 (1.9)", "9.5 (2.2)", "9.1 (2.3)"]),
        ],
        legend="Data are mean (SD).",
    ),
]

# second set, written after the first set's fixes
_S1 = ("Sapranib (n = 58)", "Sapranib")
_C1 = ("Control (n = 57)", "Control")
_F2 = ("Fenralimab (n = 150)", "Fenralimab")
_P2b = ("Placebo (n = 149)", "Placebo")
_G4 = ("Group A (n=212)", "Group A")
_G4b = ("Group B (n=208)", "Group B")
_Z5 = ("Zelvotinib (n=280)", "Zelvotinib")
_D5 = ("Docetaxel (n=276)", "Docetaxel")
_L6 = ("Lorvotinib<br>(n = 88)", "Lorvotinib")
_P6 = ("Placebo<br>(n = 86)", "Placebo")
_T7 = ("Tirzaglutide (N = 310)", "Tirzaglutide")
_I7 = ("Insulin glargine (N = 305)", "Insulin glargine")
_R8 = ("Rovaflumast (n = 120)", "Rovaflumast")
_P8b = ("Placebo (n = 118)", "Placebo")


def _path(arm: str) -> str:
    return arm.replace("<br>", " ")


_CYCLES = (("Cycle", "1"), ("Cycle", "2"), ("Cycle", "4"))
_YEARS = (("2019",), ("2020",), ("2021",))

TABLES_2 = [
    T(
        "Table 1.",
        "Patient-reported fatigue and pain scores according to treatment cycle.",
        "nejm bottom",
        f"<tr><th rowspan=3>Score</th><th colspan=3>{_S1[0]}</th><th colspan=3>{_C1[0]}</th></tr>"
        "<tr>" + "<th colspan=3>Cycle</th>" * 2 + "</tr>"
        "<tr>" + "<th>1</th><th>2</th><th>4</th>" * 2 + "</tr>",
        (*_cols(*_S1, _CYCLES, MEDIQR), *_cols(*_C1, _CYCLES, MEDIQR)),
        [
            ("Fatigue", ["34 (22–51)", "41 (27–58)", "45 (30–62)", "33 (21–50)", "35 (22–52)", "36 (23–53)"]),
            ("Pain", ["18 (8–30)", "22 (11–35)", "25 (13–39)", "19 (9–31)", "19 (9–32)", "20 (10–33)"]),
            (
                "Global health status",
                ["62 (50–75)", "58 (45–71)", "55 (41–68)", "63 (50–76)", "61 (49–74)", "61 (48–73)"],
            ),
        ],
        legend="Data are median (IQR).",
    ),
    T(
        "Table 2.",
        "Patients with at least one exacerbation by calendar year",
        "booktabs",
        f"<tr><th rowspan=2>Exacerbation</th><th colspan=3 class=span>{_F2[0]}</th>"
        f"<th colspan=3 class=span>{_P2b[0]}</th></tr>"
        "<tr>" + "<th>2019</th><th>2020</th><th>2021</th>" * 2 + "</tr>",
        (*_cols(*_F2, _YEARS, NP), *_cols(*_P2b, _YEARS, NP)),
        [
            ("Any", [_np(41, 150), _np(33, 150), _np(29, 150), _np(58, 149), _np(55, 149), _np(52, 149)]),
            ("Moderate", [_np(30, 150), _np(24, 150), _np(21, 150), _np(40, 149), _np(39, 149), _np(37, 149)]),
            ("Severe", [_np(11, 150), _np(9, 150), _np(8, 150), _np(18, 149), _np(16, 149), _np(15, 149)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 3.",
        "Treatment-emergent adverse events by dose level",
        "booktabs small",
        "<tr><th rowspan=2>Event</th><th colspan=3 class=span>Ixoberogene</th><th rowspan=2>Placebo (n = 30)</th></tr>"
        "<tr><th class=sub>0.3 mg/kg (n = 31)</th><th class=sub>1 mg/kg (n = 30)</th>"
        "<th class=sub>3 mg/kg (n = 32)</th></tr>",
        (
            C(("Ixoberogene", "0.3 mg/kg (n = 31)"), "Ixoberogene 0.3 mg/kg", NP),
            C(("Ixoberogene", "1 mg/kg (n = 30)"), "Ixoberogene 1 mg/kg", NP),
            C(("Ixoberogene", "3 mg/kg (n = 32)"), "Ixoberogene 3 mg/kg", NP),
            C(("Placebo (n = 30)",), "Placebo", NP),
        ),
        [
            ("Infusion reaction", [_np(3, 31), _np(6, 30), _np(11, 32), _np(1, 30)]),
            ("Pyrexia", [_np(2, 31), _np(4, 30), _np(7, 32), _np(2, 30)]),
            ("Transaminase increase", [_np(1, 31), _np(3, 30), _np(6, 32), _np(0, 30)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 4.",
        "Secondary outcomes at 30 days",
        "sans",
        f"<tr><th rowspan=2></th><th colspan=2 class=span>{_G4[0]}</th><th colspan=2 class=span>{_G4b[0]}</th>"
        "<th rowspan=2>P</th></tr><tr>" + "<th>No.</th><th>(%)</th>" * 2 + "</tr>",
        (
            *_cols(*_G4, (("No.",),), N),
            *_cols(*_G4, (("(%)",),), PCT),
            *_cols(*_G4b, (("No.",),), N),
            *_cols(*_G4b, (("(%)",),), PCT),
            C(("P",), None, P),
        ),
        [
            ("Reintervention", ["12", "(5.7)", "25", "(12.0)", "0.02"]),
            ("Acute kidney injury", ["18", "(8.5)", "20", "(9.6)", "0.69"]),
            ("Readmission", ["21", "(9.9)", "34", "(16.3)", "0.04"]),
        ],
    ),
    T(
        "Table 5:",
        "Survival outcomes in the intention-to-treat population",
        "lancet",
        f"<tr><th rowspan=2></th><th colspan=2>{_Z5[0]}</th><th colspan=2>{_D5[0]}</th><th rowspan=2>HR (95% CI)</th>"
        "<th rowspan=2>p value</th></tr><tr>" + "<th>Events</th><th>Median (95% CI)</th>" * 2 + "</tr>",
        (
            *_cols(*_Z5, (("Events",),), NP),
            *_cols(*_Z5, (("Median (95% CI)",),), MEDCI),
            *_cols(*_D5, (("Events",),), NP),
            *_cols(*_D5, (("Median (95% CI)",),), MEDCI),
            C(("HR (95% CI)",), None, HRCI),
            C(("p value",), None, P),
        ),
        [
            (
                "Overall survival, months",
                [
                    _np(190, 280, "·"),
                    "12·3 (10·9–13·8)",
                    _np(214, 276, "·"),
                    "9·6 (8·4–10·7)",
                    "0·74 (0·61–0·90)",
                    "0·0024",
                ],
            ),
            (
                "Progression-free survival, months",
                [
                    _np(241, 280, "·"),
                    "4·5 (4·1–5·4)",
                    _np(252, 276, "·"),
                    "3·3 (2·8–4·0)",
                    "0·71 (0·59–0·85)",
                    "0·0002",
                ],
            ),
        ],
    ),
    T(
        "Table 6.",
        "Quality-of-life scores at baseline and week 24",
        "grid small bottom",
        f"<tr><th rowspan=2>Domain</th><th colspan=2>{_L6[0]}</th><th colspan=2>{_P6[0]}</th></tr>"
        "<tr>" + "<th class=sub>Baseline</th><th class=sub>Week 24</th>" * 2 + "</tr>",
        (
            *_cols(_path(_L6[0]), _L6[1], (("Baseline",), ("Week 24",)), MSE),
            *_cols(_path(_P6[0]), _P6[1], (("Baseline",), ("Week 24",)), MSE),
        ),
        [
            ("Physical functioning", ["71.2 (2.1)", "78.9 (2.0)", "70.8 (2.2)", "72.1 (2.1)"]),
            ("Role functioning", ["64.5 (2.8)", "73.0 (2.6)", "65.1 (2.9)", "66.3 (2.8)"]),
            ("Emotional functioning", ["69.9 (2.4)", "75.2 (2.3)", "70.4 (2.5)", "71.0 (2.4)"]),
        ],
        legend="Data are mean (SE).",
    ),
    T(
        "Table 7.",
        "Patients reaching glycaemic targets at week 40",
        "centred",
        f"<tr><th rowspan=2>Subgroup</th><th colspan=2>{_T7[0]}</th><th colspan=2>{_I7[0]}</th></tr>"
        "<tr>" + "<th>HbA1c &lt;7.0%</th><th>HbA1c ≤6.5%</th>" * 2 + "</tr>",
        (
            *_cols(*_T7, (("HbA1c <7.0%",), ("HbA1c ≤6.5%",)), NP),
            *_cols(*_I7, (("HbA1c <7.0%",), ("HbA1c ≤6.5%",)), NP),
        ),
        [
            ("All patients", [_np(251, 310), _np(198, 310), _np(155, 305), _np(92, 305)]),
            ("Age ≥65 years", [_np(88, 310), _np(70, 310), _np(52, 305), _np(30, 305)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 8.",
        "Lung function at weeks 12 and 52 (CONTROL: sub-heads alike)",
        "booktabs",
        f"<tr><th rowspan=2>Outcome</th><th colspan=2 class=span>{_R8[0]}</th><th colspan=2 class=span>{_P8b[0]}</th>"
        "</tr><tr>" + "<th>Mean (SD)</th><th>Mean (SD)</th>" * 2 + "</tr>",
        (
            C((_R8[0], "Mean (SD)"), _R8[1], NONE),
            C((_R8[0], "Mean (SD)"), _R8[1], NONE),
            C((_P8b[0], "Mean (SD)"), _P8b[1], NONE),
            C((_P8b[0], "Mean (SD)"), _P8b[1], NONE),
        ),
        [
            ("Trough FEV1, mL", ["1320 (410)", "1355 (420)", "1310 (405)", "1290 (415)"]),
            ("FVC, mL", ["2610 (640)", "2655 (650)", "2600 (630)", "2580 (645)"]),
        ],
        legend="Data are mean (SD).",
    ),
]


# third set, written after the second set's fixes
_V3 = ("Vorinadine (n = 44)", "Vorinadine")
_P3 = ("Placebo (n = 45)", "Placebo")
_K3 = ("Kelotamab plus chemotherapy (n = 190)", "Kelotamab plus chemotherapy")
_C3 = ("Placebo plus chemotherapy (n = 187)", "Placebo plus chemotherapy")
_A3 = ("Arm A: Ritobenzide (n = 61)", "Arm A: Ritobenzide")
_B3 = ("Arm B: Standard care (n = 60)", "Arm B: Standard care")
_M3 = ("Mavorixafor (N = 52)", "Mavorixafor")
_Q3 = ("Placebo (N = 50)", "Placebo")
_MONTHS = (("0",), ("6",), ("12",))
_TPS = (("PD-L1 TPS", "≥1%"), ("PD-L1 TPS", "≥50%"))
_DAYS = (("Cycle 1", "Day 1"), ("Cycle 1", "Day 15"), ("Cycle 2", "Day 1"))

CSS_3 = """
table.tight th, table.tight td { padding: 0 4px }
table.tight th.span { border-bottom: 0.8px solid black; text-align: center }
table.right td { text-align: right }
table.right td:first-child { text-align: left }
table.right th { text-align: right }
table.right th.span { text-align: center; border-bottom: 0.5px solid black }
table.italic th.sub { font-style: italic; font-size: 7pt }
"""

TABLES_3 = [
    T(
        "Table 1.",
        "Body weight and waist circumference by month",
        "booktabs tight",
        f"<tr><th rowspan=2>Variable</th><th colspan=3 class=span>{_V3[0]}</th><th colspan=3 class=span>{_P3[0]}</th>"
        "</tr><tr>" + "<th>0</th><th>6</th><th>12</th>" * 2 + "</tr>",
        (*_cols(*_V3, _MONTHS, MSD), *_cols(*_P3, _MONTHS, MSD)),
        [
            (
                "Body weight, kg",
                ["104.2 (18.3)", "96.1 (17.0)", "92.8 (16.4)", "103.5 (17.9)", "102.7 (18.1)", "102.2 (18.4)"],
            ),
            (
                "Waist circumference, cm",
                ["118.4 (12.9)", "111.0 (12.2)", "108.3 (11.8)", "117.9 (13.1)", "117.2 (13.0)", "116.8 (12.7)"],
            ),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 2.",
        "Objective response by PD-L1 tumour proportion score",
        "sans",
        f"<tr><th rowspan=3></th><th colspan=2 class=span>{_K3[0]}</th><th colspan=2 class=span>{_C3[0]}</th></tr>"
        "<tr>" + "<th colspan=2>PD-L1 TPS</th>" * 2 + "</tr><tr>" + "<th>≥1%</th><th>≥50%</th>" * 2 + "</tr>",
        (*_cols(*_K3, _TPS, NP), *_cols(*_C3, _TPS, NP)),
        [
            ("Objective response", [_np(98, 190), _np(57, 190), _np(61, 187), _np(33, 187)]),
            ("Complete response", [_np(14, 190), _np(10, 190), _np(5, 187), _np(3, 187)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 3.",
        "Renal function at baseline and week 48",
        "right italic",
        f"<tr><th rowspan=2></th><th colspan=2 class=span>{_A3[0]}</th><th colspan=2 class=span>{_B3[0]}</th></tr>"
        "<tr>" + "<th class=sub>Baseline</th><th class=sub>Week 48</th>" * 2 + "</tr>",
        (*_cols(*_A3, (("Baseline",), ("Week 48",)), MSD), *_cols(*_B3, (("Baseline",), ("Week 48",)), MSD)),
        [
            ("eGFR, mL/min/1.73 m²", ["48.2 (11.4)", "46.9 (12.0)", "47.8 (11.9)", "43.1 (12.6)"]),
            ("UACR, mg/g", ["412 (188)", "296 (171)", "405 (192)", "438 (205)"]),
            ("Serum creatinine, mg/dL", ["1.52 (0.38)", "1.55 (0.41)", "1.54 (0.40)", "1.68 (0.47)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 4.",
        "Absolute neutrophil counts by cycle and day",
        "booktabs",
        f"<tr><th rowspan=3>Count, ×10⁹/L</th><th colspan=3 class=span>{_M3[0]}</th><th colspan=3 class=span>{_Q3[0]}"
        "</th></tr><tr>"
        + "<th colspan=2>Cycle 1</th><th>Cycle 2</th>" * 2
        + "</tr><tr>"
        + "<th>Day 1</th><th>Day 15</th><th>Day 1</th>" * 2
        + "</tr>",
        (*_cols(*_M3, _DAYS, MSD), *_cols(*_Q3, _DAYS, MSD)),
        [
            ("Neutrophils", ["0.41 ± 0.22", "1.12 ± 0.51", "1.35 ± 0.60", "0.43 ± 0.21", "0.47 ± 0.25", "0.49 ± 0.24"]),
            ("Lymphocytes", ["0.38 ± 0.19", "0.92 ± 0.40", "1.04 ± 0.44", "0.40 ± 0.18", "0.42 ± 0.20", "0.41 ± 0.19"]),
        ],
        legend="Data are mean ± SD.",
    ),
]


def html(tables: list[T]) -> str:
    parts = [f"<style>{CSS}{CSS_3}</style>"]
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
            assert len(cells) == len(t.cols), (t.table, label)
            for col, cell in zip(t.cols, cells, strict=True):
                if not col.stats:
                    continue
                text = cell.replace("&lt;", "<").replace("&gt;", ">")
                nums = re.findall(_NUMBER, text)
                assert len(nums) == len(col.stats), (t.table, text)
                for stat, n in zip(col.stats, nums, strict=True):
                    comp = n[0] if n[0] in "<>" else None
                    value = float(n.lstrip("<>").replace("−", "-").replace("·", "."))
                    out.append((table_name(t), label, col.path, col.group, stat, value, comp))
    return out


if __name__ == "__main__":
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in (("subheads", TABLES), ("subheads-2", TABLES_2), ("subheads-3", TABLES_3)):
        if not tables:
            continue
        page = out / f"{name}.html"
        page.write_text(
            "<!-- written by tests/extraction/subheads_gold.py -->\n" + html(tables) + "\n", encoding="utf-8"
        )
        print(page)
