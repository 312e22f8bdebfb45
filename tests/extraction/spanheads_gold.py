"""Group (arm) heads spanning repeated sub-columns, swept by house style: the gold of
tests/typeset/read_back/spanheads.html (``TABLES``) and spanheads-2.html (``TABLES_2``, written after the first set's
fixes), and the pages themselves (``python -m tests.extraction.spanheads_gold`` writes the HTML; ``python -m
tests.typeset.read_back`` sets them).

One family: each arm's head spans sub-columns whose heads repeat from arm to arm ("Baseline | Week 26 | Change" under
each arm, "Week 12 | Week 24" over "Drug | Placebo"), maybe followed by a contrast group ("Treatment difference" over
"Estimate | 95% CI | P") or a lone "P value". If the spanning level is lost or given to the wrong columns, two cells
of a row stand under the same heads (withheld) or under another arm (silently wrong). The sub-heads here read as
heads (unlike tests/extraction/subheads_gold.py's, which look like data); the variants are the house styles a span
is set in: wrapped onto two lines (name, then "(n = 120)"), centred or flush left, a rule under each span, one rule
across all of them or none (spans told by whitespace alone), the same size and weight as the sub-heads, a stub head
on the top or the bottom header line, three arms, a trailing contrast group, spans over unequal numbers of
sub-columns, a shaded header band, "mean (SD)" stated by the legend and count rows.

Drugs and numbers are invented; every percent is its count over the group's N. Each value's gold: its row, its
column path (the heads over it, outermost first; a wrapped head joined by a space), its group (None for a
comparison) and its statistics; a printed column whose gold statistics are empty is withheld by design.
"""

from __future__ import annotations

from tests.extraction.subheads_gold import CSS as SUB_CSS
from tests.extraction.subheads_gold import MSD, NONE, NP, C, P, T, expected, table_name

VCI: tuple[str, ...] = ("value", "ci_low", "ci_high")
VAL: tuple[str, ...] = ("value",)
CI: tuple[str, ...] = ("ci_low", "ci_high")
N: tuple[str, ...] = ("count",)
MEDIQR: tuple[str, ...] = ("median", "q1", "q3")

__all__ = ["TABLES", "TABLES_2", "expected", "html", "table_name"]


def _np(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.1f})"


def _cols(arm: str, group: str, subs: tuple[str, ...], stats: tuple[str, ...]) -> tuple[C, ...]:
    return tuple(C((arm.replace("<br>", " "), s), group, stats) for s in subs)


def _over(span: str, arms: tuple[tuple[str, str], ...], stats: tuple[str, ...]) -> tuple[C, ...]:
    """Columns of arms set under a time span ("Week 12" over "Drug | Placebo")."""
    return tuple(C((span, a.replace("<br>", " ")), g, stats) for a, g in arms)


CSS = """
table.sp-centre th.span { text-align: center }
table.sp-rule th.span { border-bottom: 0.6px solid black }
table.sp-across tr.spans { border-bottom: 0.6px solid black }
table.sp-bare thead, table.sp-bare tbody { border: none }
table.sp-nejm { font-family: 'Liberation Sans'; font-size: 7.5pt }
table.sp-nejm tbody tr:nth-child(odd) { background: #eef2f6 }
table.sp-band thead { background: #d9e2ec }
table.sp-sans { font-family: 'DejaVu Sans'; font-size: 8pt }
table.sp-bold th { font-weight: bold }
table.sp-bottom th { vertical-align: bottom }
table.sp-subc th.sub { text-align: center }
"""

_BWC = ("Baseline", "Week 26", "Change")
_Z1 = ("Zanolimab<br>(n = 120)", "Zanolimab")
_P1 = ("Placebo<br>(n = 118)", "Placebo")
_R2 = ("Relvocept (n = 402)", "Relvocept")
_P2 = ("Placebo (n = 398)", "Placebo")
_A3 = (("Ravuzumab (n = 84)", "Ravuzumab"), ("Placebo (n = 82)", "Placebo"))
_V4 = ("Velpatide 5 mg (n = 96)", "Velpatide 5 mg")
_W4 = ("Velpatide 10 mg (n = 95)", "Velpatide 10 mg")
_P4 = ("Placebo (n = 97)", "Placebo")
_O5 = ("Ostarinib (n = 210)", "Ostarinib")
_P5 = ("Placebo (n = 205)", "Placebo")
_D6 = ("Dantruzumab (n = 150)", "Dantruzumab")
_P6 = ("Placebo (n = 148)", "Placebo")
_K7 = ("Kavoxetine (n = 64)", "Kavoxetine")
_U7 = ("Usual care (n = 66)", "Usual care")

TABLES = [
    T(
        "Table 1.",
        "Glycaemic and weight outcomes at week 26",  # spans wrapped onto two lines, centred, a rule under each
        "booktabs sp-centre sp-rule sp-subc",
        f"<tr><th>Variable</th><th colspan=3 class=span>{_Z1[0]}</th><th colspan=3 class=span>{_P1[0]}</th>"
        "<th rowspan=2>Difference (95% CI)</th><th rowspan=2>P value</th></tr>"
        "<tr><th></th>"
        + "<th class=sub>Baseline</th><th class=sub>Week 26</th><th class=sub>Change</th>" * 2
        + "</tr>",
        (
            *_cols(*_Z1, _BWC, MSD),
            *_cols(*_P1, _BWC, MSD),
            C(("Difference (95% CI)",), None, VCI),
            C(("P value",), None, P),
        ),
        [
            (
                "HbA1c, %",
                [
                    "8.2 (0.8)",
                    "7.1 (0.9)",
                    "−1.1 (0.9)",
                    "8.1 (0.8)",
                    "7.9 (1.0)",
                    "−0.2 (0.8)",
                    "−0.9 (−1.1 to −0.7)",
                    "&lt;0.001",
                ],
            ),
            (
                "Fasting plasma glucose, mg/dL",
                [
                    "171 (42)",
                    "139 (38)",
                    "−32 (35)",
                    "168 (40)",
                    "163 (41)",
                    "−5 (33)",
                    "−27 (−36 to −18)",
                    "&lt;0.001",
                ],
            ),
            (
                "Body weight, kg",
                [
                    "94.1 (17.2)",
                    "90.3 (16.8)",
                    "−3.8 (4.1)",
                    "93.6 (16.9)",
                    "93.0 (17.1)",
                    "−0.6 (3.7)",
                    "−3.2 (−4.2 to −2.2)",
                    "&lt;0.001",
                ],
            ),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 2.",
        "Exacerbations by study year",  # spans flush left, one rule across, stub head on the bottom line
        "sp-across",
        f"<tr class=spans><th></th><th colspan=2>{_R2[0]}</th><th colspan=2>{_P2[0]}</th></tr>"
        "<tr><th>Outcome</th>" + "<th>Year 1</th><th>Year 2</th>" * 2 + "</tr>",
        (*_cols(*_R2, ("Year 1", "Year 2"), NP), *_cols(*_P2, ("Year 1", "Year 2"), NP)),
        [
            ("Any exacerbation", [_np(118, 402), _np(96, 402), _np(162, 398), _np(151, 398)]),
            ("Severe exacerbation", [_np(31, 402), _np(24, 402), _np(55, 398), _np(49, 398)]),
            ("Hospitalisation", [_np(12, 402), _np(9, 402), _np(27, 398), _np(22, 398)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 3.",
        "ACR response by visit",  # no rules: spans told by whitespace, same size and weight as the sub-heads
        "sp-bare sp-nejm sp-centre",
        "<tr><th></th><th colspan=2 class=span>Week 12</th><th colspan=2 class=span>Week 24</th></tr>"
        "<tr><th></th>" + "".join(f"<th>{a}</th>" for a, _ in _A3) * 2 + "</tr>",
        (*_over("Week 12", _A3, NP), *_over("Week 24", _A3, NP)),
        [
            ("ACR20 response", [_np(46, 84), _np(21, 82), _np(53, 84), _np(24, 82)]),
            ("ACR50 response", [_np(27, 84), _np(9, 82), _np(34, 84), _np(11, 82)]),
            ("ACR70 response", [_np(12, 84), _np(3, 82), _np(18, 84), _np(4, 82)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 4.",
        "Change in blood pressure from baseline to week 8",  # three arms, shaded band, spans flush left, ruled
        "sp-band sp-rule sp-sans",
        f"<tr><th>Outcome</th><th colspan=2 class=span>{_V4[0]}</th><th colspan=2 class=span>{_W4[0]}</th>"
        f"<th colspan=2 class=span>{_P4[0]}</th></tr>"
        "<tr><th></th>" + "<th>Baseline</th><th>Change</th>" * 3 + "</tr>",
        (
            *_cols(*_V4, ("Baseline", "Change"), MSD),
            *_cols(*_W4, ("Baseline", "Change"), MSD),
            *_cols(*_P4, ("Baseline", "Change"), MSD),
        ),
        [
            (
                "Systolic BP, mm Hg",
                ["148.2 (9.6)", "−9.4 (8.1)", "147.6 (9.9)", "−12.7 (8.4)", "148.0 (9.4)", "−3.1 (7.9)"],
            ),
            (
                "Diastolic BP, mm Hg",
                ["91.4 (6.2)", "−5.2 (5.6)", "90.8 (6.5)", "−7.3 (5.8)", "91.1 (6.0)", "−1.6 (5.4)"],
            ),
        ],
        legend="Values are mean (SD).",
    ),
    T(
        "Table 5.",
        "Pain and function scores at week 52",  # a trailing contrast group over estimate, interval and P
        "booktabs sp-centre sp-rule",
        f"<tr><th rowspan=2>Outcome</th><th colspan=2 class=span>{_O5[0]}</th><th colspan=2 class=span>{_P5[0]}</th>"
        "<th colspan=3 class=span>Treatment difference</th></tr>"
        "<tr>" + "<th>Baseline</th><th>Week 52</th>" * 2 + "<th>Estimate</th><th>95% CI</th><th>P</th></tr>",
        (
            *_cols(*_O5, ("Baseline", "Week 52"), MSD),
            *_cols(*_P5, ("Baseline", "Week 52"), MSD),
            C(("Treatment difference", "Estimate"), None, VAL),
            C(("Treatment difference", "95% CI"), None, CI),
            C(("Treatment difference", "P"), None, P),
        ),
        [
            ("WOMAC pain", ["10.9 (3.1)", "6.2 (3.8)", "11.1 (3.0)", "8.0 (3.9)", "−1.8", "−2.5 to −1.1", "&lt;0.001"]),
            (
                "WOMAC function",
                ["36.4 (10.2)", "22.9 (12.1)", "36.9 (10.5)", "28.1 (12.6)", "−5.2", "−7.6 to −2.8", "&lt;0.001"],
            ),
            ("Patient global", ["6.8 (1.7)", "4.4 (2.1)", "6.9 (1.6)", "5.3 (2.2)", "−0.9", "−1.3 to −0.5", "0.002"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 6.",
        "Skin response over time",  # unequal spans (placebo crossed over after week 24), centred, no span rules
        "sp-centre sp-sans",
        f"<tr><th rowspan=2>Response</th><th colspan=3 class=span>{_D6[0]}</th>"
        f"<th colspan=2 class=span>{_P6[0]}</th></tr>"
        "<tr><th>Week 12</th><th>Week 24</th><th>Week 52</th><th>Week 12</th><th>Week 24</th></tr>",
        (
            *_cols(*_D6, ("Week 12", "Week 24", "Week 52"), NP),
            *_cols(*_P6, ("Week 12", "Week 24"), NP),
        ),
        [
            ("PASI 75", [_np(98, 150), _np(112, 150), _np(105, 150), _np(11, 148), _np(14, 148)]),
            ("PASI 90", [_np(67, 150), _np(84, 150), _np(80, 150), _np(4, 148), _np(6, 148)]),
            ("IGA 0 or 1", [_np(81, 150), _np(95, 150), _np(90, 150), _np(8, 148), _np(10, 148)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 7.",
        "Recovery outcomes after surgery",  # no rules, bold spans and sub-heads alike, stub head on the bottom line
        "sp-bare sp-bold sp-bottom sp-centre",
        f"<tr><th></th><th colspan=2 class=span>{_K7[0]}</th><th colspan=2 class=span>{_U7[0]}</th></tr>"
        "<tr><th>Outcome</th>" + "<th>Patients</th><th>Median (IQR)</th>" * 2 + "</tr>",
        (
            *_cols(*_K7, ("Patients",), N),
            *_cols(*_K7, ("Median (IQR)",), MEDIQR),
            *_cols(*_U7, ("Patients",), N),
            *_cols(*_U7, ("Median (IQR)",), MEDIQR),
        ),
        [
            ("Length of stay, days", ["64", "6 (4–9)", "66", "8 (5–12)"]),
            ("Time to mobilisation, h", ["61", "20 (14–30)", "63", "31 (22–44)"]),
            ("Opioid use, mg", ["64", "42 (25–70)", "65", "68 (40–105)"]),
        ],
    ),
]


# first set, second batch: written before the page was read again (the first batch was all right at first contact)
_X8 = ("Pembrolizumab plus chemotherapy (n = 205)", "Pembrolizumab plus chemotherapy")
_C8 = ("Placebo plus chemotherapy (n = 203)", "Placebo plus chemotherapy")
_A9 = ("Tezapralin", "(n = 142)", "Tezapralin")
_P9 = ("Placebo", "(n = 139)", "Placebo")
_F10 = ("Fosmetinib (n = 88)", "Fosmetinib")
_P10 = ("Placebo (n = 90)", "Placebo")
_A11 = (("Olanivir", "(n = 140)", "Olanivir"), ("Placebo", "(n = 138)", "Placebo"))
_S12 = ("Semavotide 1 mg<br>(n = 101)", "Semavotide 1 mg")
_T12 = ("Semavotide 2.4 mg (n = 99)", "Semavotide 2.4 mg")
_P12 = ("Placebo<br>(n = 100)", "Placebo")
_B13 = ("Bremalimab (n = 77)", "Bremalimab")
_P13 = ("Placebo (n = 75)", "Placebo")

CSS_B = """
table.sp-narrow { width: 70% }
table.sp-narrow th.span { width: 26% }
table.sp-mid th.mid { vertical-align: middle }
table.sp-italic th.span { font-style: italic }
table.sp-inset th.span span { display: block; margin: 0 8px; border-bottom: 0.6px solid black }
table.sp-right td, table.sp-right th { text-align: right }
table.sp-right td:first-child, table.sp-right th:first-child { text-align: left }
"""

TABLES += [
    T(
        "Table 8.",
        "Quality of life scores",  # long arm names wrapping over narrow sub-columns, flush left, no rules
        "sp-bare sp-narrow",
        f"<tr><th>Variable</th><th colspan=2 class=span>{_X8[0]}</th><th colspan=2 class=span>{_C8[0]}</th></tr>"
        "<tr><th></th>" + "<th>Baseline</th><th>Week 24</th>" * 2 + "</tr>",
        (*_cols(*_X8, ("Baseline", "Week 24"), MSD), *_cols(*_C8, ("Baseline", "Week 24"), MSD)),
        [
            ("Global health status", ["64.2 (20.1)", "68.9 (19.4)", "63.8 (21.0)", "61.2 (22.3)"]),
            ("Physical functioning", ["79.5 (18.2)", "80.1 (17.9)", "80.2 (17.5)", "75.4 (20.6)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 9.",
        "Hypoglycaemia by period",  # the arms' N on a header line of its own, spans centred, no rules
        "sp-bare sp-centre sp-sans",
        f"<tr><th></th><th colspan=2 class=span>{_A9[0]}</th><th colspan=2 class=span>{_P9[0]}</th></tr>"
        f"<tr><th></th><th colspan=2 class=span>{_A9[1]}</th><th colspan=2 class=span>{_P9[1]}</th></tr>"
        "<tr><th>Event</th>" + "<th>Weeks 0–12</th><th>Weeks 13–52</th>" * 2 + "</tr>",
        (
            *(C((f"{_A9[0]} {_A9[1]}", w), _A9[2], NP) for w in ("Weeks 0–12", "Weeks 13–52")),
            *(C((f"{_P9[0]} {_P9[1]}", w), _P9[2], NP) for w in ("Weeks 0–12", "Weeks 13–52")),
        ),
        [
            ("Any hypoglycaemia", [_np(31, 142), _np(22, 142), _np(12, 139), _np(10, 139)]),
            ("Severe hypoglycaemia", [_np(4, 142), _np(2, 142), _np(1, 139), _np(1, 139)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 10.",
        "Exercise capacity at week 16",  # single heads set between the two lines (vertically centred), ruled spans
        "booktabs sp-mid sp-centre",
        f"<tr><th rowspan=2 class=mid>Outcome</th><th colspan=2 class=span>{_F10[0]}</th>"
        f"<th colspan=2 class=span>{_P10[0]}</th><th rowspan=2 class=mid>Difference (95% CI)</th>"
        "<th rowspan=2 class=mid>P value</th></tr><tr>" + "<th>Baseline</th><th>Week 16</th>" * 2 + "</tr>",
        (
            *_cols(*_F10, ("Baseline", "Week 16"), MSD),
            *_cols(*_P10, ("Baseline", "Week 16"), MSD),
            C(("Difference (95% CI)",), None, VCI),
            C(("P value",), None, P),
        ),
        [
            ("6-min walk distance, m", ["318 (88)", "372 (95)", "322 (91)", "330 (97)", "38 (21 to 55)", "&lt;0.001"]),
            (
                "Peak VO2, mL/kg/min",
                ["14.1 (3.2)", "15.6 (3.4)", "14.3 (3.0)", "14.4 (3.3)", "1.3 (0.6 to 2.0)", "0.001"],
            ),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 11.",
        "Viral clearance by day",  # time spans over arms with the arms' N on a third header line, flush left
        "sp-across sp-sans",
        "<tr class=spans><th></th><th colspan=2>Day 7</th><th colspan=2>Day 14</th></tr>"
        "<tr><th></th>" + "".join(f"<th>{a}</th>" for a, _, _ in _A11) * 2 + "</tr>"
        "<tr><th>Outcome</th>" + "".join(f"<th>{n}</th>" for _, n, _ in _A11) * 2 + "</tr>",
        tuple(C((d, f"{a} {n}"), g, NP) for d in ("Day 7", "Day 14") for a, n, g in _A11),
        [
            ("Undetectable viral RNA", [_np(61, 140), _np(38, 138), _np(112, 140), _np(90, 138)]),
            ("Symptom resolution", [_np(55, 140), _np(41, 138), _np(101, 140), _np(84, 138)]),
        ],
        legend="Data are n (%).",
    ),
    T(
        "Table 12.",
        "Body weight and waist circumference",  # three arms, spans wrapping unevenly, shaded band, stub head bottom
        "sp-band sp-bottom sp-centre sp-sans",
        f"<tr><th rowspan=2>Variable</th><th colspan=2 class=span>{_S12[0]}</th><th colspan=2 class=span>{_T12[0]}</th>"
        f"<th colspan=2 class=span>{_P12[0]}</th></tr>"
        "<tr>" + "<th>Baseline</th><th>Change</th>" * 3 + "</tr>",
        (
            *_cols(*_S12, ("Baseline", "Change"), MSD),
            *_cols(*_T12, ("Baseline", "Change"), MSD),
            *_cols(*_P12, ("Baseline", "Change"), MSD),
        ),
        [
            (
                "Body weight, kg",
                ["105.2 (21.4)", "−9.8 (7.1)", "104.6 (20.9)", "−14.1 (8.3)", "105.0 (21.1)", "−2.4 (5.9)"],
            ),
            ("Waist, cm", ["114.3 (14.2)", "−8.6 (7.0)", "113.8 (13.9)", "−12.9 (8.1)", "114.0 (14.5)", "−3.0 (6.2)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 13.",
        "Lung function at week 12",  # mean and SD in sub-columns of their own, italic spans with inset rules
        "sp-italic sp-inset sp-right",
        f"<tr><th></th><th colspan=2 class=span><span>{_B13[0]}</span></th>"
        f"<th colspan=2 class=span><span>{_P13[0]}</span></th></tr>"
        "<tr><th>Outcome</th>" + "<th>Mean</th><th>SD</th>" * 2 + "</tr>",
        (
            *_cols(*_B13, ("Mean",), ("mean",)),
            *_cols(*_B13, ("SD",), ("sd",)),
            *_cols(*_P13, ("Mean",), ("mean",)),
            *_cols(*_P13, ("SD",), ("sd",)),
        ),
        [
            ("FEV1 change, mL", ["142", "118", "21", "121"]),
            ("FVC change, mL", ["168", "151", "30", "149"]),
            ("ACQ-5 change", ["−0.71", "0.62", "−0.33", "0.60"]),
        ],
    ),
]

# second set, written after the first set's fixes
_T21 = ("Tirabrutinib plus<br>rituximab<br>(n = 88)", "Tirabrutinib plus rituximab")
_R21 = ("Rituximab<br>(n = 90)", "Rituximab")
_A22 = ("Amlevotide", "(n = 131)", "Amlevotide")
_P22 = ("Placebo", "(n = 129)", "Placebo")
_A23 = (("Corvexa (n = 250)", "Corvexa"), ("Placebo (n = 248)", "Placebo"))
_D24 = (
    ("Lisomeran 50 mg (n = 60)", "Lisomeran 50 mg"),
    ("Lisomeran 100 mg (n = 61)", "Lisomeran 100 mg"),
    ("Lisomeran 200 mg (n = 59)", "Lisomeran 200 mg"),
    ("Placebo (n = 60)", "Placebo"),
)
_B25 = ("BELRAPAGLIN (N = 156)", "BELRAPAGLIN")
_P25 = ("PLACEBO (N = 152)", "PLACEBO")
_E26 = ("Etrafenib (n = 112)", "Etrafenib")
_P26 = ("Placebo (n = 110)", "Placebo")
_O27 = ("Omeclamab 3 mg/kg<br>(n = 45)", "Omeclamab 3 mg/kg")
_Q27 = ("Omeclamab 10 mg/kg (n = 44)", "Omeclamab 10 mg/kg")
_P27 = ("Placebo (n = 46)", "Placebo")

CSS_2 = """
table.sp-caps th.span { font-weight: bold; text-transform: none }
table.sp-top th { vertical-align: top }
"""

TABLES_2: list[T] = [
    T(
        "Table 1.",
        "Lymphocyte subsets at baseline and week 24",  # heads of three and two lines set bottom-aligned, ruled
        "booktabs sp-bottom sp-centre",
        f"<tr><th rowspan=2>Parameter</th><th colspan=2 class=span>{_T21[0]}</th>"
        f"<th colspan=2 class=span>{_R21[0]}</th></tr>"
        "<tr>" + "<th>Baseline</th><th>Week 24</th>" * 2 + "</tr>",
        (*_cols(*_T21, ("Baseline", "Week 24"), MSD), *_cols(*_R21, ("Baseline", "Week 24"), MSD)),
        [
            ("CD19+ B cells, cells/µL", ["212 (98)", "4 (3)", "208 (101)", "11 (9)"]),
            ("CD4+ T cells, cells/µL", ["612 (240)", "585 (231)", "598 (236)", "590 (229)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 2.",
        "Renal outcomes",  # name and N flush left on two lines, no rules at all, three sub-columns, zebra rows
        "sp-bare sp-nejm",
        f"<tr><th></th><th colspan=3>{_A22[0]}</th><th colspan=3>{_P22[0]}</th></tr>"
        f"<tr><th></th><th colspan=3>{_A22[1]}</th><th colspan=3>{_P22[1]}</th></tr>"
        "<tr><th>Variable</th>" + "<th>Baseline</th><th>Month 6</th><th>Change</th>" * 2 + "</tr>",
        (
            *(C((f"{_A22[0]} {_A22[1]}", w), _A22[2], MSD) for w in ("Baseline", "Month 6", "Change")),
            *(C((f"{_P22[0]} {_P22[1]}", w), _P22[2], MSD) for w in ("Baseline", "Month 6", "Change")),
        ),
        [
            (
                "eGFR, mL/min/1.73 m²",
                ["52.4 (14.1)", "50.9 (14.6)", "−1.5 (4.2)", "52.8 (13.8)", "49.0 (14.9)", "−3.8 (4.6)"],
            ),
            ("UACR, mg/g", ["610 (402)", "431 (355)", "−179 (240)", "598 (410)", "577 (398)", "−21 (226)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 3.",
        "Events at 3 and 6 months",  # time spans over arms, ruled, a trailing contrast group over "% (95% CI) | P"
        "booktabs sp-centre sp-sans",
        "<tr><th rowspan=2>Event</th><th colspan=2 class=span>Month 3</th><th colspan=2 class=span>Month 6</th>"
        "<th colspan=2 class=span>Difference at month 6</th></tr>"
        "<tr>" + "".join(f"<th>{a}</th>" for a, _ in _A23) * 2 + "<th>% (95% CI)</th><th>P</th></tr>",
        (
            *_over("Month 3", _A23, NP),
            *_over("Month 6", _A23, NP),
            C(("Difference at month 6", "% (95% CI)"), None, VCI),
            C(("Difference at month 6", "P"), None, P),
        ),
        [
            ("Stroke", [_np(6, 250), _np(11, 248), _np(9, 250), _np(17, 248), "−3.3 (−6.8 to 0.2)", "0.07"]),
            ("Systemic embolism", [_np(2, 250), _np(5, 248), _np(3, 250), _np(8, 248), "−2.0 (−4.3 to 0.3)", "0.13"]),
            ("Major bleeding", [_np(7, 250), _np(4, 248), _np(12, 250), _np(6, 248), "2.4 (−0.5 to 5.3)", "0.15"]),
        ],
        legend="Data are n (%) unless stated otherwise.",
    ),
    T(
        "Table 4.",
        "Responses by dose",  # four arms over "Patients | %", heads wrapped in narrow spans, flush left, one rule
        "sp-across sp-sans",
        "<tr class=spans><th></th>" + "".join(f"<th colspan=2>{a}</th>" for a, _ in _D24) + "</tr>"
        "<tr><th>Response</th>" + "<th>Patients</th><th>%</th>" * 4 + "</tr>",
        tuple(c for a, g in _D24 for c in (*_cols(a, g, ("Patients",), N), *_cols(a, g, ("%",), ("percent",)))),
        [
            ("Complete response", ["8", "13.3", "12", "19.7", "17", "28.8", "2", "3.3"]),
            ("Partial response", ["14", "23.3", "19", "31.1", "21", "35.6", "6", "10.0"]),
        ],
    ),
    T(
        "Table 5.",
        "Glycaemic control",  # bold capitals for the arms, flush left, stub head on the top line, one rule across
        "sp-across sp-caps",
        f"<tr class=spans><th>Variable</th><th colspan=2 class=span>{_B25[0]}</th>"
        f"<th colspan=2 class=span>{_P25[0]}</th></tr>"
        "<tr><th></th>" + "<th>Week 0</th><th>Week 26</th>" * 2 + "</tr>",
        (*_cols(*_B25, ("Week 0", "Week 26"), MSD), *_cols(*_P25, ("Week 0", "Week 26"), MSD)),
        [
            ("HbA1c, %", ["8.4 (0.9)", "7.2 (1.0)", "8.3 (0.9)", "8.0 (1.1)"]),
            ("Fasting glucose, mmol/L", ["9.8 (2.4)", "7.9 (2.1)", "9.7 (2.5)", "9.3 (2.6)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 6.",
        "Tumour markers",  # unequal spans (no change column for placebo), centred, no span rules, trailing difference
        "sp-centre",
        f"<tr><th rowspan=2>Marker</th><th colspan=3 class=span>{_E26[0]}</th><th colspan=2 class=span>{_P26[0]}</th>"
        "<th rowspan=2>Difference (95% CI)</th></tr>"
        "<tr><th>Baseline</th><th>Week 12</th><th>Change</th><th>Baseline</th><th>Week 12</th></tr>",
        (
            *_cols(*_E26, ("Baseline", "Week 12", "Change"), MSD),
            *_cols(*_P26, ("Baseline", "Week 12"), MSD),
            C(("Difference (95% CI)",), None, VCI),
        ),
        [
            (
                "CEA, ng/mL",
                ["18.2 (9.4)", "11.0 (7.7)", "−7.2 (6.1)", "17.9 (9.1)", "19.4 (9.8)", "−8.7 (−10.4 to −7.0)"],
            ),
            ("CA 19-9, U/mL", ["241 (130)", "152 (111)", "−89 (95)", "236 (127)", "251 (134)", "−104 (−130 to −78)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 7.",
        "Asthma control",  # three arms, one head wrapped over its N set top-aligned, shaded band, stub head bottom
        "sp-band sp-top sp-centre sp-sans",
        f"<tr><th></th><th colspan=2 class=span>{_O27[0]}</th><th colspan=2 class=span>{_Q27[0]}</th>"
        f"<th colspan=2 class=span>{_P27[0]}</th></tr>"
        "<tr><th>Outcome</th>" + "<th>Baseline</th><th>Week 52</th>" * 3 + "</tr>",
        (
            *_cols(*_O27, ("Baseline", "Week 52"), MSD),
            *_cols(*_Q27, ("Baseline", "Week 52"), MSD),
            *_cols(*_P27, ("Baseline", "Week 52"), MSD),
        ),
        [
            ("ACQ-6 score", ["2.7 (0.6)", "1.5 (0.8)", "2.8 (0.6)", "1.3 (0.7)", "2.7 (0.5)", "2.1 (0.8)"]),
            (
                "Pre-BD FEV1, L",
                ["1.71 (0.52)", "1.95 (0.58)", "1.69 (0.50)", "2.01 (0.55)", "1.72 (0.53)", "1.78 (0.54)"],
            ),
        ],
        legend="Data are mean (SD).",
    ),
]

assert NONE == ()  # CONTROL columns (withheld by design) use NONE


# second set, second batch: written after the first batch of the second set was read (all right), before reading
_C28 = ("Placebo plus chemotherapy (n = 203)", "Placebo plus chemotherapy")
_K28 = ("Kelvotamab plus chemotherapy (n = 205)", "Kelvotamab plus chemotherapy")
_N29 = ("Nirafensin (n = 74)", "Nirafensin")
_P29 = ("Placebo (n = 73)", "Placebo")
_F30 = ("Ferolimus<sup>a</sup> (n = 118)", "Ferolimus")
_P30 = ("Placebo<sup>b</sup> (n = 116)", "Placebo")
_G31 = ("Gavestrant, mean (SD)", "Gavestrant")
_P31 = ("Placebo, mean (SD)", "Placebo")
_V32 = ("Valdorexin 10 mg (n = 82)", "Valdorexin 10 mg")
_W32 = ("Valdorexin 20 mg (n = 80)", "Valdorexin 20 mg")
_P32 = ("Placebo (n = 81)", "Placebo")
_M33 = ("Mirdametinib (n = 66)", "Mirdametinib")
_P33 = ("Placebo (n = 64)", "Placebo")

CSS_2B = """
table.sp-fixed { table-layout: fixed; width: 90% }
table.sp-fixed th.span { white-space: nowrap; overflow: visible }
table.sp-fixed col.stub { width: 30% }
"""

TABLES_2 += [
    T(
        "Table 8.",
        "Tumour response",  # spans wider than their narrow sub-columns, overhanging them (fixed layout, no wrap)
        "booktabs sp-fixed sp-centre sp-sans",
        f"<tr><th>Response</th><th colspan=2 class=span>{_K28[0]}</th><th colspan=2 class=span>{_C28[0]}</th></tr>"
        "<tr><th></th>" + "<th>n</th><th>%</th>" * 2 + "</tr>",
        (
            *_cols(*_K28, ("n",), N),
            *_cols(*_K28, ("%",), ("percent",)),
            *_cols(*_C28, ("n",), N),
            *_cols(*_C28, ("%",), ("percent",)),
        ),
        [
            ("Complete response", ["21", "10.2", "9", "4.4"]),
            ("Partial response", ["97", "47.3", "71", "35.0"]),
            ("Stable disease", ["54", "26.3", "78", "38.4"]),
        ],
    ),
    T(
        "Table 9.",
        "Headache days per month",  # sub-heads wrapping unevenly ("Change from" / "baseline") under centred spans
        "sp-centre sp-bottom",
        f"<tr><th rowspan=2>Outcome</th><th colspan=3 class=span>{_N29[0]}</th><th colspan=3 class=span>{_P29[0]}"
        "</th></tr><tr>" + "<th>Baseline</th><th>Month 3</th><th>Change from baseline</th>" * 2 + "</tr>",
        (
            *_cols(*_N29, ("Baseline", "Month 3", "Change from baseline"), MSD),
            *_cols(*_P29, ("Baseline", "Month 3", "Change from baseline"), MSD),
        ),
        [
            ("Migraine days", ["9.1 (2.6)", "4.9 (3.1)", "−4.2 (3.3)", "9.0 (2.7)", "6.8 (3.4)", "−2.2 (3.0)"]),
            ("Acute medication days", ["7.4 (3.0)", "3.6 (2.8)", "−3.8 (3.1)", "7.6 (3.1)", "5.9 (3.3)", "−1.7 (2.9)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 10.",
        "Seizure outcomes",  # footnote marks on the spans' names, ruled spans, trailing P
        "booktabs sp-centre",
        f"<tr><th rowspan=2>Outcome</th><th colspan=2 class=span>{_F30[0]}</th><th colspan=2 class=span>{_P30[0]}</th>"
        "<th rowspan=2>P value</th></tr><tr>" + "<th>Weeks 1–12</th><th>Weeks 13–24</th>" * 2 + "</tr>",
        (
            *_cols(_F30[0].replace("<sup>a</sup>", ""), _F30[1], ("Weeks 1–12", "Weeks 13–24"), NP),
            *_cols(_P30[0].replace("<sup>b</sup>", ""), _P30[1], ("Weeks 1–12", "Weeks 13–24"), NP),
            C(("P value",), None, P),
        ),
        [
            ("≥50% reduction in seizures", [_np(49, 118), _np(58, 118), _np(27, 116), _np(31, 116), "&lt;0.001"]),
            ("Seizure freedom", [_np(9, 118), _np(14, 118), _np(3, 116), _np(4, 116), "0.02"]),
        ],
        legend="Data are n (%). <sup>a</sup>Two patients did not start treatment. <sup>b</sup>One patient withdrew.",
    ),
    T(
        "Table 11.",
        "Bone turnover markers",  # the statistic stated in the spans' names, no N, flush left, one rule across
        "sp-across sp-sans",
        f"<tr class=spans><th></th><th colspan=2>{_G31[0]}</th><th colspan=2>{_P31[0]}</th></tr>"
        "<tr><th>Marker</th>" + "<th>Baseline</th><th>Month 12</th>" * 2 + "</tr>",
        (
            *_cols(*_G31, ("Baseline", "Month 12"), MSD),
            *_cols(*_P31, ("Baseline", "Month 12"), MSD),
        ),
        [
            ("CTX, ng/mL", ["0.48 (0.19)", "0.29 (0.14)", "0.47 (0.20)", "0.45 (0.21)"]),
            ("P1NP, µg/L", ["52.3 (20.4)", "31.8 (15.2)", "51.7 (19.9)", "50.2 (20.8)"]),
        ],
    ),
    T(
        "Table 12.",
        "Sleep outcomes",  # three arms of two doses and placebo, a rule under each span, sans
        "booktabs sp-centre sp-rule sp-sans",
        f"<tr><th rowspan=2>Outcome</th><th colspan=2 class=span>{_V32[0]}</th><th colspan=2 class=span>{_W32[0]}</th>"
        f"<th colspan=2 class=span>{_P32[0]}</th></tr>"
        "<tr>" + "<th>Baseline</th><th>Month 3</th>" * 3 + "</tr>",
        (
            *_cols(*_V32, ("Baseline", "Month 3"), MSD),
            *_cols(*_W32, ("Baseline", "Month 3"), MSD),
            *_cols(*_P32, ("Baseline", "Month 3"), MSD),
        ),
        [
            ("Total sleep time, min", ["308 (52)", "352 (55)", "311 (50)", "366 (57)", "309 (51)", "331 (54)"]),
            ("Sleep latency, min", ["64 (28)", "41 (24)", "66 (29)", "37 (22)", "63 (27)", "52 (26)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 13.",
        "Change in tumour size",  # one arm over three sub-columns, the other over one, a stub head on the top line
        "booktabs sp-centre sp-rule",
        f"<tr><th>Variable</th><th colspan=3 class=span>{_M33[0]}</th><th class=span>{_P33[0]}</th></tr>"
        "<tr><th></th><th>Cycle 3</th><th>Cycle 6</th><th>Cycle 12</th><th>Cycle 3</th></tr>",
        (*_cols(*_M33, ("Cycle 3", "Cycle 6", "Cycle 12"), MSD), *_cols(*_P33, ("Cycle 3",), MSD)),
        [
            ("Target lesion volume, %", ["−22.4 (18.1)", "−31.0 (20.6)", "−38.2 (21.9)", "4.1 (12.7)"]),
            ("Pain intensity score", ["−1.2 (1.9)", "−1.8 (2.0)", "−2.1 (2.2)", "−0.2 (1.7)"]),
        ],
        legend="Data are mean change from baseline (SD).",
    ),
]


# second set, third batch: written after the second batch was read (16 withheld by a legend's wording), before reading
_L34 = ("Lanrevotide", "Lanrevotide")
_P34 = ("Placebo", "Placebo")
_T35 = ("Tobracept (n = 160)", "Tobracept")
_P35 = ("Placebo (n = 158)", "Placebo")
_E36 = ("Elvasertib (n = 98)", "Elvasertib")
_S36 = ("Standard therapy (n = 97)", "Standard therapy")
NDP: tuple[str, ...] = ("count", "denominator", "percent")

TABLES_2 += [
    T(
        "Table 14.",
        "Body mass index over time",  # each visit's own N under the arm's span, the arms named without N
        "booktabs sp-centre sp-rule",
        f"<tr><th rowspan=2>Variable</th><th colspan=2 class=span>{_L34[0]}</th>"
        f"<th colspan=2 class=span>{_P34[0]}</th></tr>"
        "<tr><th>Baseline (n = 120)</th><th>Week 48 (n = 109)</th><th>Baseline (n = 118)</th>"
        "<th>Week 48 (n = 104)</th></tr>",
        (
            *_cols(*_L34, ("Baseline (n = 120)", "Week 48 (n = 109)"), MSD),
            *_cols(*_P34, ("Baseline (n = 118)", "Week 48 (n = 104)"), MSD),
        ),
        [
            ("BMI, kg/m²", ["33.8 (4.9)", "30.1 (4.6)", "33.5 (5.0)", "33.0 (5.1)"]),
            ("Waist, cm", ["109.4 (11.2)", "101.7 (10.8)", "108.9 (11.5)", "107.8 (11.6)"]),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 15.",
        "Responders by visit",  # "n/N (%)" cells under visit sub-heads, spans flush left, no rules
        "sp-bare sp-sans",
        f"<tr><th></th><th colspan=2>{_T35[0]}</th><th colspan=2>{_P35[0]}</th></tr>"
        "<tr><th>Response</th>" + "<th>Week 16</th><th>Week 52</th>" * 2 + "</tr>",
        (*_cols(*_T35, ("Week 16", "Week 52"), NDP), *_cols(*_P35, ("Week 16", "Week 52"), NDP)),
        [
            ("EASI-75", ["72/158 (45.6)", "81/150 (54.0)", "24/156 (15.4)", "30/147 (20.4)"]),
            ("IGA 0/1", ["58/158 (36.7)", "66/150 (44.0)", "15/156 (9.6)", "19/147 (12.9)"]),
        ],
        legend="Data are n/N (%).",
    ),
    T(
        "Table 16.",
        "Patient-reported outcomes",  # a long stub head wrapping beside the spans, sub-heads "Score | Change"
        "sp-centre sp-rule sp-sans",
        "<tr><th>Questionnaire and domain (range; higher is better)</th>"
        f"<th colspan=2 class=span>{_E36[0]}</th><th colspan=2 class=span>{_S36[0]}</th></tr>"
        "<tr><th></th>" + "<th>Score</th><th>Change</th>" * 2 + "</tr>",
        (*_cols(*_E36, ("Score", "Change"), MSD), *_cols(*_S36, ("Score", "Change"), MSD)),
        [
            ("EQ-5D index (−0.6 to 1)", ["0.71 (0.21)", "0.04 (0.18)", "0.70 (0.22)", "−0.03 (0.19)"]),
            ("FACT-G total (0 to 108)", ["78.2 (14.1)", "3.1 (10.2)", "77.6 (14.5)", "−2.4 (11.0)"]),
        ],
        legend="Data are mean (SD).",
    ),
]


def html(tables: list[T]) -> str:
    parts = [f"<style>{SUB_CSS}{CSS}{CSS_B}{CSS_2}{CSS_2B}</style>"]
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


if __name__ == "__main__":
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in (("spanheads", TABLES), ("spanheads-2", TABLES_2)):
        if not tables:
            continue
        page = out / f"{name}.html"
        page.write_text(
            "<!-- written by tests/extraction/spanheads_gold.py -->\n" + html(tables) + "\n", encoding="utf-8"
        )
        print(page)
