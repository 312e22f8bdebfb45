"""PK table layouts by variant sweep: the gold of tests/typeset/read_back/pk-dose-spans.html (first set) and
pk-dose-spans-2.html (second set, written after the fixes), and the pages themselves
(``python -m tests.extraction.pk_dose_spans_gold`` writes the HTML; ``python -m tests.typeset.read_back`` sets it).

Four families, each typeset in variants (heads flush left or centred, ruled spans or none, wrapped heads, tight
columns, sub- and superscripts, legends as heading rows, footnote marks, stub tails or a note under the table):
- noncompartmental parameters by dose level as columns ("25 mg (n=6) | 50 mg (n=6) | 100 mg (n=6)") under "Day 1"
  and "Day 14" spans, the statistic scoped to some parameters ("Geometric mean (CV%)" / "Median (min–max)");
- transposed tables: doses or analytes as rows, the parameters as columns, units on a second head line;
- parent and metabolite spans ("Dorvalimab" | "M1 metabolite") over the same doses or statistics;
- drug-drug interaction tables: "Drug alone | Drug + inhibitor | GMR (90% CI)", tight.

Forms from clinical-pharmacology papers (Br J Clin Pharmacol and Clin Pharmacol Drug Dev first-in-human
ascending-dose tables, Clin Pharmacokinet metabolite tables, Antimicrob Agents Chemother DDI tables); drugs,
numbers and wording are ours.

Each table: its caption, its HTML (head and body), and what every number must give: (table, row label, the words
its column path must hold, outer to inner, ">"-joined, the group it names (a dose or condition; ``None``: no
group), the parameter, the statistic, the value, the analyte where the table names one). A record is right when
its row's last label, its column path, its statistic and its value match, its ``arm`` is the group or unnamed
(never another), its ``parameter`` is the gold's and, where an analyte is named, its ``analyte`` holds it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_NUMBER = r"[−-]?\d+(?:,\d{3})*(?:\.\d+)?"

GCV = ("geometric_mean", "cv_percent")
RANGE = ("median", "min", "max")
MSD = ("mean", "sd")
RATIO = ("value", "ci_low", "ci_high")


@dataclass(frozen=True)
class Expect:
    table: str
    row: str
    column: str  # words the column path holds, outer to inner, ">"-joined
    group: str | None
    parameter: str
    statistic: str
    value: float
    analyte: str | None = None


@dataclass
class Table:
    table: str
    caption: str
    html: str
    expects: list[Expect] = field(default_factory=list)
    note: str = ""


def _numbers(cell: str) -> list[float]:
    return [float(n.replace(",", "").replace("−", "-")) for n in re.findall(_NUMBER, cell)]


def _cells(
    table: str,
    row: str,
    parameter: str,
    stats: tuple[str, ...],
    columns: Sequence[tuple[str, str | None, str | None]],
    cells: list[str],
) -> list[Expect]:
    """The gold of one row: ``columns`` are (column words, group, analyte) per cell."""
    out = []
    for (column, group, analyte), cell in zip(columns, cells, strict=True):
        values = _numbers(cell)
        if not values:
            continue  # a dash or "NC": nothing a reader files
        assert len(values) == len(stats), (table, row, cell)
        out += [Expect(table, row, column, group, parameter, s, v, analyte) for s, v in zip(stats, values, strict=True)]
    return out


def _tr(label: str, cells: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<tr><td{attr}>{label}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _heading(label: str, width: int) -> str:
    return f"<tr><td colspan={width + 1}><i>{label}</i></td></tr>"


def _strip(label: str) -> str:
    """A row label as the reader gets it: footnote marks (superscripts) dropped, other tags dropped."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<sup>[^<]*</sup>", "", label))


# ---------------------------------------------------------------------------------------------------------------
# first set: pk-dose-spans

_DOSES = ("25 mg", "50 mg", "100 mg")
_DAYS = ("Day 1", "Day 14")
_DAY_COLS = [(f"{d}>{dose}", dose, None) for d in _DAYS for dose in _DOSES]

_T1_ROWS = [
    ("C<sub>max</sub> (ng/mL)", "Cmax", GCV, ["112 (24)", "231 (31)", "468 (28)", "158 (22)", "329 (27)", "671 (30)"]),
    (
        "AUC<sub>0–24</sub> (ng·h/mL)",
        "AUC0-24",
        GCV,
        ["1040 (29)", "2115 (33)", "4390 (26)", "1620 (25)", "3380 (30)", "6940 (27)"],
    ),
    (
        "T<sub>max</sub> (h)",
        "Tmax",
        RANGE,
        ["2.0 (1.0–4.0)", "1.5 (1.0–3.0)", "2.0 (1.0–6.0)", "1.5 (0.5–3.0)", "2.0 (1.0–4.0)", "2.0 (1.0–4.0)"],
    ),
]


def _day_head(centred: bool, ruled: bool, wrap: bool) -> str:
    align = "text-align:center;" if centred else ""
    rule = "border-bottom:0.5px solid black;" if ruled else ""
    spans = "".join(f'<th colspan=3 style="{align}{rule}">{d}</th>' for d in _DAYS)
    sep = "<br>" if wrap else " "
    doses = "".join(f'<th style="{align}">{d}{sep}(n=6)</th>' for d in _DOSES) * 2
    return f"<thead><tr><th rowspan=2>Parameter</th>{spans}</tr><tr>{doses}</tr></thead>"


def _t1() -> Table:
    t = "Table 1"
    body = _heading("Geometric mean (CV%)", 6)
    body += "".join(_tr(label, cells, "i") for label, _, _, cells in _T1_ROWS[:2])
    body += _heading("Median (min–max)", 6) + _tr(_T1_ROWS[2][0], _T1_ROWS[2][3], "i")
    expects = [e for label, p, s, cells in _T1_ROWS for e in _cells(t, _strip(label), p, s, _DAY_COLS, cells)]
    html = f"<table>{_day_head(False, True, False)}<tbody>{body}</tbody></table>"
    return Table(t, "Plasma pharmacokinetic parameters of dorvalimab after once-daily oral doses", html, expects)


_T2_ROWS = [
    ("C<sub>max</sub> (ng/mL)<sup>a</sup>", "Cmax", GCV, ["98.4 (21)", "205 (26)", "417 (33)", "139 (19)", "297 (24)",
                                                          "602 (29)"]),
    ("AUC<sub>τ</sub> (ng·h/mL)<sup>a</sup>", "AUC0-tau", GCV, ["912 (27)", "1870 (30)", "3950 (24)", "1480 (23)",
                                                               "3010 (28)", "6220 (25)"]),
    ("t<sub>max</sub> (h)<sup>b</sup>", "Tmax", RANGE, ["1.5 (1.0–3.0)", "2.0 (1.0–4.0)", "2.0 (1.0–4.0)",
                                                       "1.5 (1.0–2.0)", "1.5 (1.0–4.0)", "2.0 (1.0–6.0)"]),
    ("t<sub>½</sub> (h)<sup>c</sup>", "t1/2", MSD, ["–", "–", "–", "11.8 (2.1)", "12.4 (2.6)", "12.1 (1.9)"]),
]  # fmt: skip


def _t2() -> Table:
    t = "Table 2"
    body = "".join(_tr(label, cells) for label, _, _, cells in _T2_ROWS)
    expects = [e for label, p, s, cells in _T2_ROWS for e in _cells(t, _strip(label), p, s, _DAY_COLS, cells)]
    html = f'<table class="c">{_day_head(True, False, True)}<tbody>{body}</tbody></table>'
    note = (
        "<sup>a</sup>Geometric mean (CV%). <sup>b</sup>Median (min–max). <sup>c</sup>Arithmetic mean (SD); not "
        "estimated on day 1. τ, dosing interval (24 h)."
    )
    return Table(t, "Dorvalimab exposure by dose level on day 1 and day 14, heads centred", html, expects, note)


_T3_ROWS = [
    ("C<sub>max</sub> (ng/mL), geometric mean (CV%)", "Cmax", GCV,
     ["120 (26)", "244 (30)", "490 (27)", "171 (24)", "350 (26)", "702 (31)"]),
    ("AUC<sub>0–24</sub> (ng·h/mL), geometric mean (CV%)", "AUC0-24", GCV,
     ["1110 (28)", "2240 (32)", "4510 (25)", "1700 (26)", "3490 (29)", "7080 (28)"]),
    ("T<sub>max</sub> (h), median (min–max)", "Tmax", RANGE,
     ["2.0 (1.0–4.0)", "2.0 (1.0–3.0)", "1.5 (1.0–4.0)", "2.0 (1.0–3.0)", "1.5 (1.0–4.0)", "2.0 (0.5–4.0)"]),
]  # fmt: skip


def _t3() -> Table:
    t = "Table 3"
    body = "".join(_tr(label, cells) for label, _, _, cells in _T3_ROWS)
    expects = [e for label, p, s, cells in _T3_ROWS for e in _cells(t, _strip(label), p, s, _DAY_COLS, cells)]
    html = f'<table class="tight">{_day_head(False, True, True)}<tbody>{body}</tbody></table>'
    return Table(t, "Dorvalimab pharmacokinetics, tight columns", html, expects)


# transposed: doses as rows, parameters as columns, units on a second head line
_T4_COLS = [("Cmax", "Cmax", GCV), ("Tmax", "Tmax", RANGE), ("AUC0–24", "AUC0-24", GCV), ("t½", "t1/2", MSD)]
_T4_ROWS = [
    ("25 mg (n=6)", ["112 (24)", "2.0 (1.0–4.0)", "1040 (29)", "8.4 (1.9)"]),
    ("50 mg (n=6)", ["231 (31)", "1.5 (1.0–3.0)", "2115 (33)", "8.9 (2.2)"]),
    ("100 mg (n=6)", ["468 (28)", "2.0 (1.0–6.0)", "4390 (26)", "9.1 (1.7)"]),
]


def _transposed(t: str, rows: list[tuple[str, list[str]]], analytes: bool = False) -> list[Expect]:
    out = []
    for label, cells in rows:
        group = None if analytes else label.split(" (")[0]
        analyte = label if analytes else None
        for (col, p, s), cell in zip(_T4_COLS, cells, strict=True):
            out += _cells(t, label, p, s, [(col, group, analyte)], [cell])
    return out


def _t4() -> Table:
    t = "Table 4"
    head = (
        "<thead><tr><th>Dose</th><th>C<sub>max</sub><br>(ng/mL)</th><th>T<sub>max</sub><br>(h)</th>"
        "<th>AUC<sub>0–24</sub><br>(ng·h/mL)</th><th>t<sub>½</sub><br>(h)</th></tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, cells in _T4_ROWS)
    note = (
        "Data are geometric mean (CV%), except T<sub>max</sub>, median (min–max), and t<sub>½</sub>, arithmetic "
        "mean (SD)."
    )
    html = f"<table>{head}<tbody>{body}</tbody></table>"
    return Table(
        t, "Single-dose pharmacokinetics of dorvalimab by dose (transposed)", html, _transposed(t, _T4_ROWS), note
    )


_T5_ROWS = [
    ("Dorvalimab", ["412 ± 96", "1.5 (1.0–3.0)", "3870 ± 810", "9.6 ± 2.0"]),
    ("M1 metabolite", ["88.1 ± 19.4", "3.0 (2.0–6.0)", "1290 ± 305", "14.2 ± 3.1"]),
    ("M2 metabolite", ["21.7 ± 6.3", "4.0 (2.0–8.0)", "402 ± 118", "17.5 ± 4.4"]),
]


def _t5() -> Table:
    t = "Table 5"
    c = ' style="text-align:center"'
    head = (
        f"<thead><tr><th>Analyte</th><th{c}>C<sub>max</sub></th><th{c}>T<sub>max</sub></th>"
        f"<th{c}>AUC<sub>0–24</sub></th><th{c}>t<sub>½</sub></th></tr>"
        f"<tr><th></th><th{c}>(ng/mL)</th><th{c}>(h)</th><th{c}>(ng·h/mL)</th><th{c}>(h)</th></tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, cells in _T5_ROWS)
    expects = []
    for label, cells in _T5_ROWS:
        for (col, p, s), cell in zip(_T4_COLS, cells, strict=True):
            stats = MSD if "±" in cell else s
            expects += _cells(t, label, p, stats, [(col, None, label)], [cell])
    note = "Values are mean ± SD, except T<sub>max</sub>, median (range). 50 mg single oral dose, n = 12."
    html = f"<table>{head}<tbody>{body}</tbody></table>"
    return Table(t, "Pharmacokinetics of dorvalimab and its metabolites (analytes as rows)", html, expects, note)


# parent and metabolite spans over the same doses
_T6_ROWS = [
    ("C<sub>max</sub> (ng/mL)", "Cmax", GCV, ["231 (31)", "468 (28)", "47.2 (35)", "93.8 (33)"]),
    ("AUC<sub>0–∞</sub> (ng·h/mL)", "AUC0-inf", GCV, ["2380 (30)", "4920 (27)", "802 (38)", "1650 (34)"]),
    ("T<sub>max</sub> (h)", "Tmax", RANGE, ["1.5 (1.0–3.0)", "2.0 (1.0–6.0)", "3.0 (2.0–6.0)", "4.0 (2.0–8.0)"]),
    ("t<sub>½</sub> (h)", "t1/2", GCV, ["9.2 (18)", "9.5 (21)", "14.0 (24)", "14.6 (22)"]),
]
_T6_COLS = [(f"{a}>{d}", d, a) for a in ("Dorvalimab", "M1 metabolite") for d in ("50 mg", "100 mg")]


def _t6() -> Table:
    t = "Table 6"
    rule = ' style="border-bottom:0.5px solid black"'
    head = (
        f"<thead><tr><th rowspan=2>Parameter</th><th colspan=2{rule}>Dorvalimab</th>"
        f"<th colspan=2{rule}>M1 metabolite</th></tr>"
        "<tr><th>50 mg (n=6)</th><th>100 mg (n=6)</th><th>50 mg (n=6)</th><th>100 mg (n=6)</th></tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, _, _, cells in _T6_ROWS)
    expects = [e for label, p, s, cells in _T6_ROWS for e in _cells(t, _strip(label), p, s, _T6_COLS, cells)]
    note = "Data are geometric mean (CV%), except T<sub>max</sub>: median (min–max)."
    html = f"<table>{head}<tbody>{body}</tbody></table>"
    return Table(t, "Plasma pharmacokinetics of dorvalimab and its M1 metabolite", html, expects, note)


_T7_ROWS = [
    ("C<sub>max</sub> (ng/mL)", "Cmax", ["405", "88", "92.6", "21.5"]),
    ("AUC<sub>0–t</sub> (ng·h/mL)", "AUC0-t", ["3720", "790", "1240", "301"]),
    ("t<sub>1/2</sub> (h)", "t1/2", ["9.4", "2.1", "14.8", "3.6"]),
]


def _t7() -> Table:
    t = "Table 7"
    c = "text-align:center;"
    head = (
        f'<thead><tr><th rowspan=2>Parameter</th><th colspan=2 style="{c}">Dorvalimab</th>'
        f'<th colspan=2 style="{c}">M1</th></tr>'
        "<tr><th>Mean</th><th>SD</th><th>Mean</th><th>SD</th></tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, _, cells in _T7_ROWS)
    expects = []
    for label, p, cells in _T7_ROWS:
        cols = [(f"{a}>{s}", None, a) for a in ("Dorvalimab", "M1") for s in ("Mean", "SD")]
        for (col, group, analyte), cell, stat in zip(cols, cells, ("mean", "sd") * 2, strict=True):
            expects += _cells(t, _strip(label), p, (stat,), [(col, group, analyte)], [cell])
    html = f"<table>{head}<tbody>{body}</tbody></table>"
    return Table(
        t, "Parent and metabolite parameters after a single 50 mg dose, statistics as sub-columns", html, expects
    )


# drug-drug interaction
_ALONE, _WITH = "Dorvalimab alone", "Dorvalimab + itraconazole"
_T8_ROWS = [
    ("C<sub>max</sub> (ng/mL)", "Cmax", GCV, ["229 (30)", "351 (27)", "1.53 (1.38–1.70)"]),
    ("AUC<sub>0–∞</sub> (ng·h/mL)", "AUC0-inf", GCV, ["2350 (29)", "7120 (33)", "3.03 (2.71–3.39)"]),
    ("t<sub>½</sub> (h)", "t1/2", GCV, ["9.3 (20)", "21.6 (24)", "2.32 (2.10–2.57)"]),
    ("T<sub>max</sub> (h)", "Tmax", RANGE, ["1.5 (1.0–3.0)", "2.0 (1.0–4.0)", "–"]),
]


def _ddi(
    t: str, rows: Sequence[tuple[str, str, tuple[str, ...], list[str]]], alone: str, both: str, ratio: str
) -> list[Expect]:
    out = []
    for label, p, s, cells in rows:
        out += _cells(t, _strip(label), p, s, [(alone, None, None), (both, None, None)], cells[:2])
        out += _cells(t, _strip(label), p, RATIO, [(ratio, None, None)], cells[2:])
    return out


def _t8() -> Table:
    t = "Table 8"
    head = (
        f"<thead><tr><th>Parameter</th><th>{_ALONE} (n=14)</th><th>{_WITH} (n=14)</th><th>GMR (90% CI)</th>"
        "</tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, _, _, cells in _T8_ROWS)
    note = (
        "Geometric mean (CV%), except T<sub>max</sub>, median (range). GMR, ratio of geometric means "
        "(dorvalimab + itraconazole / dorvalimab alone); CI, confidence interval."
    )
    html = f'<table class="tight">{head}<tbody>{body}</tbody></table>'
    return Table(
        t, "Effect of itraconazole on dorvalimab pharmacokinetics", html, _ddi(t, _T8_ROWS, _ALONE, _WITH, "GMR"), note
    )


_T9_ROWS = [
    ("C<sub>max</sub> (ng/mL)", "Cmax", MSD, ["236 ± 71", "98.2 ± 30.5", "0.41 (0.36–0.47)"]),
    ("AUC<sub>0–∞</sub> (ng·h/mL)", "AUC0-inf", MSD, ["2410 ± 690", "512 ± 160", "0.21 (0.18–0.24)"]),
    ("CL/F (L/h)", "CL/F", MSD, ["20.7 ± 5.9", "97.6 ± 28.4", "4.71 (4.12–5.38)"]),
]


def _t9() -> Table:
    t = "Table 9"
    c = "text-align:center;"
    head = (
        f'<thead><tr><th>Parameter</th><th style="{c}">Dorvalimab<br>alone</th>'
        f'<th style="{c}">Dorvalimab +<br>rifampicin</th><th style="{c}">Ratio (90% CI)<br>combination/alone</th>'
        "</tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, _, _, cells in _T9_ROWS)
    note = "Values are arithmetic mean ± SD (n = 16); ratios are of geometric least-squares means."
    html = f'<table class="c">{head}<tbody>{body}</tbody></table>'
    expects = _ddi(t, _T9_ROWS, "Dorvalimab alone", "Dorvalimab + rifampicin", "Ratio")
    return Table(t, "Dorvalimab with and without rifampicin, heads wrapped and centred", html, expects, note)


FIRST = [_t1(), _t2(), _t3(), _t4(), _t5(), _t6(), _t7(), _t8(), _t9()]

# ---------------------------------------------------------------------------------------------------------------
# second set: pk-dose-spans-2, written after the fixes (new drug, spellings and legends)

_D2 = ("10 mg", "30 mg", "90 mg")
_DAYS2 = ("Day 1", "Day 7")
_S1_COLS = [(f"{d}>{dose}", dose, None) for d in _DAYS2 for dose in _D2]
_S1_ROWS = [
    ("Geometric mean (%CV)", "C<sub>max</sub> (µg/L)", "Cmax", GCV,
     ["61.2 (19)", "188 (24)", "540 (21)", "70.4 (22)", "215 (26)", "633 (23)"]),
    ("Geometric mean (%CV)", "AUC<sub>0–τ</sub> (µg·h/L)", "AUC0-tau", GCV,
     ["402 (23)", "1260 (27)", "3710 (25)", "511 (24)", "1590 (29)", "4820 (22)"]),
    ("Median (range)", "t<sub>max</sub> (h)", "Tmax", RANGE,
     ["1.0 (0.5–2.0)", "1.0 (0.5–3.0)", "1.5 (1.0–3.0)", "1.0 (0.5–2.0)", "1.5 (0.5–2.0)", "1.0 (0.5–3.0)"]),
]  # fmt: skip


def _s1() -> Table:
    t = "Table 1"
    c = "text-align:center;"
    rule = "border-bottom:0.5px solid black;"
    spans = "".join(f'<th colspan=3 style="{c}{rule}">{d}</th>' for d in _DAYS2)
    doses = "".join(f'<th style="{c}">{d} (n=8)</th>' for d in _D2) * 2
    head = f"<thead><tr><th rowspan=2></th>{spans}</tr><tr>{doses}</tr></thead>"
    body, last = "", None
    for heading, label, _, _, cells in _S1_ROWS:
        if heading != last:
            body += _heading(heading, 6)
            last = heading
        body += _tr(label, cells, "i")
    expects = [e for _, label, p, st, cells in _S1_ROWS for e in _cells(t, _strip(label), p, st, _S1_COLS, cells)]
    html = f"<table>{head}<tbody>{body}</tbody></table>"
    return Table(t, "Ravocitinib pharmacokinetics on day 1 and day 7 of once-daily dosing", html, expects)


_S2_ROWS = [
    ("10 mg", ["61.2 (19)", "1.0 (0.5–2.0)", "402 (23)", "6.1 ± 1.2"]),
    ("30 mg", ["188 (24)", "1.0 (0.5–3.0)", "1260 (27)", "6.4 ± 1.0"]),
    ("90 mg", ["540 (21)", "1.5 (1.0–3.0)", "3710 (25)", "6.8 ± 1.5"]),
]


def _s2() -> Table:
    t = "Table 2"
    head = (
        "<thead><tr><th>Dose</th><th>C<sub>max</sub></th><th>t<sub>max</sub></th><th>AUC<sub>0–24</sub></th>"
        "<th>t<sub>1/2</sub></th></tr><tr><th></th><th>(µg/L)</th><th>(h)</th><th>(µg·h/L)</th><th>(h)</th></tr>"
        "</thead>"
    )
    body = "".join(_tr(label, cells) for label, cells in _S2_ROWS)
    cols = [("Cmax", "Cmax", GCV), ("tmax", "Tmax", RANGE), ("AUC0–24", "AUC0-24", GCV), ("t1/2", "t1/2", MSD)]
    expects = []
    for label, cells in _S2_ROWS:
        for (col, p, st), cell in zip(cols, cells, strict=True):
            expects += _cells(t, label, p, st, [(col, label, None)], [cell])
    note = (
        "Values are geometric mean (geometric CV%), except t<sub>max</sub>, median (range), and t<sub>1/2</sub>, "
        "mean ± SD."
    )
    html = f"<table>{head}<tbody>{body}</tbody></table>"
    return Table(t, "Ravocitinib single-dose parameters by dose", html, expects, note)


_S3_ROWS = [
    ("C<sub>max</sub> (µg/L)", "Cmax", ["188", "24", "35.1", "31"]),
    ("AUC<sub>0–∞</sub> (µg·h/L)", "AUC0-inf", ["1390", "28", "612", "35"]),
]


def _s3() -> Table:
    t = "Table 3"
    rule = ' style="border-bottom:0.5px solid black"'
    head = (
        f"<thead><tr><th rowspan=2>Parameter</th><th colspan=2{rule}>Ravocitinib</th><th colspan=2{rule}>M3</th>"
        "</tr><tr><th>Geo mean</th><th>CV%</th><th>Geo mean</th><th>CV%</th></tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, _, cells in _S3_ROWS)
    expects = []
    for label, p, cells in _S3_ROWS:
        cols = [(f"{a}>{h}", None, a) for a in ("Ravocitinib", "M3") for h in ("Geo mean", "CV")]
        for (col, g, a), cell, st in zip(cols, cells, ("geometric_mean", "cv_percent") * 2, strict=True):
            expects += _cells(t, _strip(label), p, (st,), [(col, g, a)], [cell])
    html = f"<table>{head}<tbody>{body}</tbody></table>"
    return Table(t, "Ravocitinib and its M3 metabolite after 30 mg", html, expects)


_S4_ROWS = [
    ("C<sub>max</sub> (µg/L)", "Cmax", GCV, ["190 (23)", "264 (26)", "1.39 (1.25–1.54)"]),
    ("AUC<sub>0–∞</sub> (µg·h/L)", "AUC0-inf", GCV, ["1410 (27)", "3890 (31)", "2.76 (2.48–3.07)"]),
    ("t<sub>½</sub> (h)", "t1/2", MSD, ["6.3 (1.1)", "14.9 (2.8)", "–"]),
    ("t<sub>max</sub> (h)", "Tmax", RANGE, ["1.0 (0.5–3.0)", "1.5 (1.0–4.0)", "–"]),
]


def _s4() -> Table:
    t = "Table 4"
    alone, both = "Ravocitinib alone", "Ravocitinib + ketoconazole"
    head = (
        f"<thead><tr><th>Parameter</th><th>{alone} (n=18)</th><th>{both} (n=18)</th><th>GMR (90% CI)</th></tr></thead>"
    )
    body = "".join(_tr(label, cells) for label, _, _, cells in _S4_ROWS)
    note = (
        "Data are geometric mean (CV%), except t<sub>½</sub>, arithmetic mean (SD), and t<sub>max</sub>, median "
        "(range). GMR, geometric mean ratio (with/without ketoconazole)."
    )
    html = f'<table class="tight">{head}<tbody>{body}</tbody></table>'
    return Table(t, "Effect of ketoconazole on ravocitinib exposure", html, _ddi(t, _S4_ROWS, alone, both, "GMR"), note)


SECOND = [_s1(), _s2(), _s3(), _s4()]

CSS = """
<style>
body { font-family: 'Nimbus Sans'; font-size: 8.5pt }
table { font-size: 8pt; margin-bottom: 4pt }
table.c th { text-align: center }
table.tight { width: 62%; font-size: 7.5pt }
table.tight td, table.tight th { padding: 1px 2px }
td.i { padding-left: 10px }
div.t { page-break-inside: avoid }
p.cap { margin-bottom: 2px; font-weight: bold }
p.note { font-size: 7pt; margin-top: 0; margin-bottom: 12pt }
</style>
"""


def html(tables: list[Table], comment: str) -> str:
    parts = [f"<!-- {comment} -->", CSS.strip()]
    for t in tables:
        note = f'<p class="note">{t.note}</p>' if t.note else '<p class="note">&nbsp;</p>'
        parts.append(f'<div class="t"><p class="cap">{t.table}. {t.caption}</p>\n{t.html}\n{note}</div>')
    return "\n".join(parts) + "\n"


_FORMS = """Forms from clinical-pharmacology papers: first-in-human
  ascending-dose tables of Br J Clin Pharmacol / Clin Pharmacol Drug Dev (doses as columns under Day 1 / Day 14
  spans, "Geometric mean (CV%)" heading rows, footnote-scoped statistics, the statistic at the stub's tail), a
  J Clin Pharmacol transposed table (doses as rows, units on a second head line), Clin Pharmacokinet parent and
  metabolite tables (analytes as rows or as spans), AAC / Clin Pharmacol Ther DDI tables ("alone | + inhibitor |
  GMR (90% CI)"). Drugs, numbers and wording are ours."""

PAGES: dict[str, list[Table]] = {"pk-dose-spans": FIRST, "pk-dose-spans-2": SECOND}


def expected(page: str) -> list[Expect]:
    return [e for t in PAGES[page] for e in t.expects]


if __name__ == "__main__":
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in PAGES.items():
        (out / f"{name}.html").write_text(
            html(tables, "written by tests/extraction/pk_dose_spans_gold.py (gold there).\n" + _FORMS),
            encoding="utf-8",
        )
        print(out / f"{name}.html")
