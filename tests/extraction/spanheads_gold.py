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

TABLES_2: list[T] = []

assert NONE == ()  # CONTROL columns (withheld by design) use NONE


def html(tables: list[T]) -> str:
    parts = [f"<style>{SUB_CSS}{CSS}</style>"]
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
