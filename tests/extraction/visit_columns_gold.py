"""Outcome tables whose columns are visits under each group (or groups under each visit): the gold of
tests/typeset/read_back/visit-columns.html (``TABLES``) and visit-columns-2.html (``TABLES_2``, written after the
first set's fixes), and the pages themselves (``python -m tests.extraction.visit_columns_gold`` writes the HTML;
``python -m tests.typeset.read_back`` sets them).

One family, swept by variants: continuous outcomes (efficacy, quality of life, laboratory values) as "mean (SD)",
"mean ± SD" or "median (IQR)" under "Baseline | Week 12 | Change", "Baseline | Month 6 | Month 12", "Day 1 | Day
28", "Screening | End of treatment" or wrapped "Week" / "12" heads; the group span over the visits or the visits
over the groups; a third header line naming the statistic under each visit; a "Difference (95% CI)" and a "P value"
spanning no group, or a P value under each visit; rules, no rules, a ruled grid; two and three groups; narrow
columns; the statistic stated in the caption, a legend, a header line or the row label. Drugs and numbers are
invented. Each value's gold: its row, its column path (group > visit[ > statistic head], or visit > group), its
group (never a visit) and its statistic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MSD: tuple[str, ...] = ("mean", "sd")
MIQR: tuple[str, ...] = ("median", "q1", "q3")
MCI: tuple[str, ...] = ("mean", "ci_low", "ci_high")
DCI: tuple[str, ...] = ("value", "ci_low", "ci_high")
P: tuple[str, ...] = ("p",)


@dataclass(frozen=True)
class T:
    table: str
    caption: str
    css: str
    nest: str
    arms: tuple[str, ...]
    groups: tuple[str, ...]
    visits: tuple[str, ...]
    kinds: tuple[tuple[str, ...], ...]
    rows: list[tuple[str, list[str] | None]]
    stat_heads: tuple[str, ...] = ()
    tail: tuple[str, ...] = ()
    tail_kinds: tuple[tuple[str, ...], ...] = ()
    legend: str = ""
    stub: str = "Outcome"
    visit_tail: str = ""  # a column after each visit's arms (visits over arms): its head; cells are P values
    row_kinds: dict[str, tuple[str, ...]] = field(
        default_factory=dict
    )  # label -> kinds of every group cell in that row


# first set, written before the page was first read
TABLES = [
    T(
        "Table 1",
        "Glycaemic outcomes at baseline and week 12",
        "top",
        "arm",
        ("Zelvaglin (n = 120)", "Placebo (n = 118)"),
        ("Zelvaglin", "Placebo"),
        ("Baseline", "Week 12", "Change"),
        (MSD,) * 3,
        [
            (
                "HbA1c, %",
                [
                    "8.1 (0.9)",
                    "7.2 (1.0)",
                    "−0.9 (0.8)",
                    "8.0 (0.8)",
                    "7.8 (0.9)",
                    "−0.2 (0.7)",
                    "−0.7 (−0.9 to −0.5)",
                    "&lt;0.001",
                ],
            ),
            (
                "Fasting glucose, mmol/L",
                [
                    "9.4 (2.1)",
                    "8.0 (1.9)",
                    "−1.4 (1.6)",
                    "9.3 (2.2)",
                    "9.0 (2.0)",
                    "−0.3 (1.5)",
                    "−1.1 (−1.5 to −0.7)",
                    "&lt;0.001",
                ],
            ),
            (
                "Body weight, kg",
                [
                    "88.6 (14.2)",
                    "86.1 (13.8)",
                    "−2.5 (3.1)",
                    "87.9 (13.6)",
                    "87.4 (13.5)",
                    "−0.5 (2.8)",
                    "−2.0 (−2.8 to −1.2)",
                    "0.002",
                ],
            ),
        ],
        tail=("Difference (95% CI)", "P value"),
        tail_kinds=(DCI, P),
        legend="Data are mean (SD).",
    ),
    T(
        "Table 2",
        "Lung function by visit, mean (SD)",
        "centred",
        "visit",
        ("Dorinafil (n = 84)", "Placebo (n = 86)"),
        ("Dorinafil", "Placebo"),
        ("Baseline", "Week 24"),
        (MSD,) * 2,
        [
            ("FEV1, L", ["2.14 (0.52)", "2.11 (0.55)", "2.31 (0.57)", "2.09 (0.54)", "0.004"]),
            ("FVC, L", ["3.02 (0.71)", "2.98 (0.69)", "3.15 (0.74)", "2.97 (0.70)", "0.03"]),
            ("6-minute walk distance, m", ["412 (88)", "405 (91)", "441 (84)", "409 (93)", "0.12"]),
        ],
        tail=("P value",),
        tail_kinds=(P,),
    ),
    T(
        "Table 3",
        "Quality of life scores",
        "top",
        "arm",
        ("Velotrastat (n = 152)", "Usual care (n = 149)"),
        ("Velotrastat", "Usual care"),
        ("Baseline", "Month 6", "Month 12"),
        (MSD,) * 3,
        [
            (
                "Global health status",
                ["61.2 (18.4)", "66.8 (17.9)", "69.1 (17.2)", "60.7 (19.1)", "62.0 (18.8)", "61.4 (19.3)"],
            ),
            (
                "Physical functioning",
                ["74.5 (20.1)", "78.2 (19.4)", "80.6 (18.7)", "75.1 (19.8)", "74.9 (20.4)", "73.8 (21.0)"],
            ),
            ("Fatigue", ["38.9 (22.6)", "32.4 (21.1)", "29.7 (20.5)", "39.4 (23.0)", "38.1 (22.4)", "38.8 (22.9)"]),
        ],
        stat_heads=("Mean (SD)",) * 3,
    ),
    T(
        "Table 4",
        "Renal markers by dose",
        "narrow",
        "arm",
        ("Low dose (n = 40)", "High dose (n = 41)", "Placebo (n = 39)"),
        ("Low dose", "High dose", "Placebo"),
        ("Day 1", "Day 28"),
        (MSD,) * 2,
        [
            ("eGFR, mL/min", ["62 ± 14", "65 ± 13", "61 ± 15", "68 ± 14", "63 ± 13", "62 ± 14"]),
            ("Creatinine, µmol/L", ["108 ± 22", "103 ± 21", "111 ± 24", "99 ± 20", "107 ± 23", "108 ± 22"]),
            (
                "Cystatin C, mg/L",
                ["1.31 ± 0.28", "1.25 ± 0.26", "1.34 ± 0.30", "1.19 ± 0.25", "1.29 ± 0.27", "1.30 ± 0.29"],
            ),
        ],
        legend="Values are mean ± SD.",
    ),
    T(
        "Table 5",
        "Inflammatory markers at screening and end of treatment",
        "top",
        "arm",
        ("Tofarelix (n = 65)", "Placebo (n = 63)"),
        ("Tofarelix", "Placebo"),
        ("Screening", "End of<br>treatment"),
        (MIQR,) * 2,
        [
            (
                "C-reactive protein, mg/L",
                ["12.4 (6.1–21.8)", "4.2 (2.0–8.7)", "11.9 (5.8–20.6)", "10.8 (5.2–19.9)", "&lt;0.001"],
            ),
            ("Interleukin-6, pg/mL", ["8.6 (4.9–14.2)", "3.9 (2.2–6.8)", "8.8 (5.1–14.9)", "8.1 (4.6–13.7)", "0.008"]),
        ],
        tail=("P value",),
        tail_kinds=(P,),
        legend="Values are median (IQR).",
    ),
    T(
        "Table 6",
        "Blood pressure over follow-up (values are mean (SD))",
        "norules",
        "arm",
        ("Amlorexin (n = 210)", "Control (n = 207)"),
        ("Amlorexin", "Control"),
        ("Week<br>0", "Week<br>12", "Week<br>24"),
        (MSD,) * 3,
        [
            ("Systolic, mm Hg", ["148 (14)", "136 (13)", "133 (12)", "147 (15)", "143 (14)", "142 (14)"]),
            ("Diastolic, mm Hg", ["91 (9)", "84 (8)", "83 (8)", "90 (9)", "88 (9)", "88 (8)"]),
        ],
    ),
    T(
        "Table 7",
        "Lipids at baseline and week 16",
        "top",
        "arm",
        ("Evinacor (n = 98)", "Placebo (n = 97)"),
        ("Evinacor", "Placebo"),
        ("Baseline", "Week 16", "Change from baseline"),
        (MSD,) * 3,
        [
            (
                "LDL cholesterol, mg/dL, mean (SD)",
                ["142 (31)", "88 (27)", "−54 (24)", "140 (30)", "136 (29)", "−4 (18)", "−50 (−56 to −44)"],
            ),
            (
                "Triglycerides, mg/dL, mean (SD)",
                ["171 (62)", "149 (58)", "−22 (41)", "168 (60)", "165 (61)", "−3 (39)", "−19 (−30 to −8)"],
            ),
        ],
        tail=("Difference (95% CI)",),
        tail_kinds=(DCI,),
    ),
    T(
        "Table 8",
        "Pain scores by visit in three groups",
        "ruled",
        "visit",
        ("Cobrafen (n = 55)", "Cobrafen + physio (n = 54)", "Physio (n = 56)"),
        ("Cobrafen", "Cobrafen + physio", "Physio"),
        ("Baseline", "Week 8"),
        (MSD,) * 2,
        [
            ("Pain score (0–10)", ["6.8 (1.4)", "6.9 (1.3)", "6.7 (1.5)", "4.1 (1.8)", "3.6 (1.7)", "5.2 (1.9)"]),
            (
                "Disability index",
                ["42.3 (11.2)", "43.0 (10.8)", "41.7 (11.5)", "30.2 (12.1)", "27.5 (11.6)", "35.8 (12.4)"],
            ),
        ],
        legend="Data are mean (SD).",
    ),
    T(
        "Table 9",
        "Haemoglobin and ferritin",
        "grid",
        "arm",
        ("Ferrizole (n = 77)", "Oral iron (n = 75)"),
        ("Ferrizole", "Oral iron"),
        ("Baseline", "Week 8", "Change"),
        (MSD, MSD, MCI),
        [
            (
                "Haemoglobin, g/dL",
                ["9.6 (1.1)", "11.8 (1.2)", "2.2 (1.9 to 2.5)", "9.7 (1.0)", "10.9 (1.3)", "1.2 (0.9 to 1.5)"],
            ),
            (
                "Ferritin, µg/L",
                [
                    "14.2 (6.3)",
                    "182.5 (74.8)",
                    "168.3 (151.2 to 185.4)",
                    "13.9 (6.1)",
                    "41.7 (22.9)",
                    "27.8 (22.4 to 33.2)",
                ],
            ),
        ],
        stat_heads=("Mean (SD)", "Mean (SD)", "Mean (95% CI)"),
    ),
    T(
        "Table 10",
        "Symptom scores, narrow columns",
        "narrow2",
        "arm",
        ("Nebrolast (n = 60)", "Placebo (n = 58)"),
        ("Nebrolast", "Placebo"),
        ("Baseline", "Month<br>3", "Month<br>6"),
        (MSD,) * 3,
        [
            (
                "Symptom score",
                ["18.2 ± 4.1", "12.6 ± 4.4", "10.9 ± 4.0", "18.0 ± 4.3", "16.8 ± 4.5", "16.1 ± 4.6", "&lt;0.001"],
            ),
            (
                "Night waking, per week",
                ["3.4 ± 1.2", "2.1 ± 1.1", "1.6 ± 0.9", "3.5 ± 1.3", "3.2 ± 1.2", "3.0 ± 1.2", "0.006"],
            ),
        ],
        tail=("P value",),
        tail_kinds=(P,),
        legend="Mean ± SD.",
    ),
]

# second set, written after the first set's fixes, before it was read
TABLES_2 = [
    T(
        "Table 1",
        "Exercise capacity by visit",
        "bottom",
        "visit",
        ("Rivopramil (n = 72)", "Placebo (n = 70)"),
        ("Rivopramil", "Placebo"),
        ("Baseline", "End of<br>study"),
        (MSD,) * 2,
        [
            ("Peak VO2, mL/kg/min", ["17.8 (4.2)", "18.1 (4.4)", "19.6 (4.5)", "18.0 (4.6)"]),
            ("Workload, W", ["112 (31)", "115 (33)", "124 (32)", "114 (34)"]),
        ],
        stat_heads=("Mean (SD)", "Mean (SD)"),
    ),
    T(
        "Table 2",
        "Bone turnover markers",
        "top",
        "arm",
        ("Osteranib (n = 48)", "Placebo (n = 47)"),
        ("Osteranib", "Placebo"),
        ("Day 1", "Day 28", "Day 56"),
        (MIQR,) * 3,
        [
            (
                "CTX, ng/mL",
                [
                    "0.48 (0.31–0.66)",
                    "0.29 (0.18–0.41)",
                    "0.22 (0.14–0.35)",
                    "0.47 (0.30–0.68)",
                    "0.45 (0.29–0.64)",
                    "0.46 (0.31–0.62)",
                ],
            ),
            ("P1NP, µg/L", ["61 (44–83)", "52 (38–70)", "47 (33–64)", "60 (42–81)", "59 (43–80)", "61 (45–79)"]),
        ],
        stat_heads=("Median (IQR)",) * 3,
    ),
    T(
        "Table 3",
        "Change in weight and waist circumference",
        "sans",
        "arm",
        ("Tirzomide<br>(n = 150)", "Placebo<br>(n = 151)"),
        ("Tirzomide", "Placebo"),
        ("Baseline", "Week 40", "Change from baseline"),
        (MSD,) * 3,
        [
            (
                "Body weight, kg",
                [
                    "101.2 (19.6)",
                    "88.4 (17.9)",
                    "−12.8 (6.1)",
                    "100.7 (20.1)",
                    "98.9 (19.8)",
                    "−1.8 (4.9)",
                    "−11.0 (−12.3 to −9.7)",
                    "&lt;0.001",
                ],
            ),
            (
                "Waist, cm",
                [
                    "112.4 (13.8)",
                    "102.1 (12.9)",
                    "−10.3 (5.8)",
                    "111.9 (14.2)",
                    "110.6 (14.0)",
                    "−1.3 (4.6)",
                    "−9.0 (−10.2 to −7.8)",
                    "&lt;0.001",
                ],
            ),
        ],
        tail=("LS mean difference (95% CI)", "P value"),
        tail_kinds=(DCI, P),
        legend="Data are mean (SD) unless stated otherwise.",
    ),
    T(
        "Table 4",
        "Heart rate and blood pressure (values are mean ± SD)",
        "norules narrow72",
        "arm",
        ("Bisolatin 5 mg (n = 33)", "Bisolatin 10 mg (n = 34)", "Placebo (n = 33)"),
        ("Bisolatin 5 mg", "Bisolatin 10 mg", "Placebo"),
        ("Week<br>4", "Week<br>8"),
        (MSD,) * 2,
        [
            ("Heart rate, bpm", ["71 ± 9", "69 ± 8", "68 ± 9", "66 ± 8", "73 ± 10", "72 ± 9"]),
            ("Systolic BP, mm Hg", ["134 ± 12", "131 ± 11", "130 ± 13", "127 ± 12", "136 ± 14", "135 ± 13"]),
        ],
    ),
    T(
        "Table 5",
        "Asthma control by visit",
        "centred",
        "visit",
        ("Felbucort (n = 101)", "Placebo (n = 99)"),
        ("Felbucort", "Placebo"),
        ("Week 12", "Week 24"),
        (MSD,) * 2,
        [
            ("ACQ-5 score", ["1.42 (0.81)", "1.88 (0.92)", "0.004", "1.21 (0.77)", "1.85 (0.95)", "&lt;0.001"]),
            ("Rescue puffs per day", ["1.1 (1.3)", "2.0 (1.8)", "0.01", "0.8 (1.1)", "1.9 (1.7)", "&lt;0.001"]),
        ],
        visit_tail="P value",
        legend="Values are mean (SD).",
    ),
    T(
        "Table 6",
        "Metabolic outcomes by visit",
        "top",
        "arm",
        ("Glucarbin (n = 88)", "Control (n = 86)"),
        ("Glucarbin", "Control"),
        ("Baseline", "Week 26", "Week 52"),
        (MSD,) * 3,
        [
            ("Glycaemic", None),
            ("HbA1c, %, mean (SD)", ["7.9 (0.8)", "7.1 (0.7)", "7.0 (0.8)", "7.8 (0.9)", "7.6 (0.8)", "7.6 (0.9)"]),
            (
                "Fasting insulin, pmol/L, median (IQR)",
                ["74 (52–103)", "61 (44–88)", "58 (41–84)", "76 (54–101)", "73 (51–99)", "75 (52–104)"],
            ),
            ("Lipids", None),
            (
                "LDL-C, mmol/L, mean (SD)",
                ["3.1 (0.8)", "2.8 (0.7)", "2.7 (0.8)", "3.0 (0.9)", "3.0 (0.8)", "2.9 (0.8)"],
            ),
        ],
        row_kinds={"Fasting insulin, pmol/L, median (IQR)": MIQR},
    ),
]

CSS = """
table.centred th { text-align: center }
table.narrow { width: 70% }
table.narrow2 { width: 60% }
table.narrow72 { width: 72% }
table.ruled th.span { border-bottom: 1px solid black }
table.grid td, table.grid th { border: 1px solid black }
table.norules thead, table.norules tbody { border: none }
table.bottom th { vertical-align: bottom }
table.bottom th.span { border-bottom: 1px solid black; text-align: center }
table.sans { font-family: 'DejaVu Sans'; font-size: 8pt }
table.sans th.span { border-bottom: 1px solid black }
td.head { font-style: italic }
td.in { padding-left: 12px }
"""


def _strip(h: str) -> str:
    return re.sub(r"\s+", " ", h.replace("<br>", " ")).strip()


def _head(t: T) -> str:
    lines = 3 if t.stat_heads else 2
    cls = ' class="span"'
    stub = f"<th rowspan={lines}>{t.stub}</th>"
    tail = "".join(f"<th rowspan={lines}>{h}</th>" for h in t.tail)
    if t.nest == "arm":
        top = "".join(f"<th colspan={len(t.visits)}{cls}>{h}</th>" for h in t.arms)
        mid = "".join(f"<th>{v}</th>" for v in t.visits) * len(t.arms)
        low = "".join(f"<th>{s}</th>" for s in t.stat_heads) * len(t.arms)
    else:
        extra = 1 if t.visit_tail else 0
        top = "".join(f"<th colspan={len(t.arms) + extra}{cls}>{v}</th>" for v in t.visits)
        vt = f"<th rowspan={lines - 1}>{t.visit_tail}</th>" if t.visit_tail else ""
        mid = ("".join(f"<th>{h}</th>" for h in t.arms) + vt) * len(t.visits)
        low = (
            "".join(f"<th>{t.stat_heads[i]}</th>" for i in range(len(t.visits)) for _ in t.arms) if t.stat_heads else ""
        )
    out = f"<tr>{stub}{top}{tail}</tr><tr>{mid}</tr>"
    if low:
        out += f"<tr>{low}</tr>"
    return out


def _ncols(t: T) -> int:
    return 1 + len(t.arms) * len(t.visits) + (len(t.visits) if t.visit_tail else 0) + len(t.tail)


def html(tables: list[T]) -> str:
    parts = [f"<style>{CSS}</style>"]
    for t in tables:
        body = ""
        heads = any(c is None for _, c in t.rows)
        for label, cells in t.rows:
            if cells is None:
                body += f"<tr><td class=head colspan={_ncols(t)}>{label}</td></tr>"
            else:
                lab = f"<td class=in>{label}</td>" if heads else f"<td>{label}</td>"
                body += "<tr>" + lab + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        legend = f"<p>{t.legend}</p>" if t.legend else ""
        parts.append(
            f"<div style='break-inside: avoid'><p><b>{t.table}. {t.caption}</b></p><table class='{t.css}'>"
            f"<thead>{_head(t)}</thead><tbody>{body}</tbody></table>{legend}<p>&nbsp;</p></div>"
        )
    return "\n".join(parts)


_NUMBER = r"[<>]?[−-]?\d+(?:\.\d+)?"


Gold = tuple[str, str, tuple[str, ...], str | None, str, float, str | None, str | None]


def expected(tables: list[T]) -> list[Gold]:
    """(table, row label, column path, group, statistic, value, comparator, the heading row over the row) of
    every number."""
    out: list[Gold] = []
    for t in tables:
        nv, na = len(t.visits), len(t.arms)
        per_visit = na + (1 if t.visit_tail else 0)
        heading: str | None = None
        group: str | None
        kinds: tuple[str, ...]
        for label, cells in t.rows:
            if cells is None:
                heading = label
                continue
            for k, raw in enumerate(cells):
                cell = raw.replace("&lt;", "<").replace("&gt;", ">")
                if k < nv * per_visit:
                    if t.nest == "arm":
                        a, v = divmod(k, nv)
                        path = [_strip(t.arms[a]), _strip(t.visits[v])]
                    else:
                        v, a = divmod(k, per_visit)
                        path = [_strip(t.visits[v])]
                        if a == na:
                            path.append(t.visit_tail)
                        else:
                            path.append(_strip(t.arms[a]))
                    if a == na:
                        group, kinds = None, P
                    else:
                        if t.stat_heads:
                            path.append(t.stat_heads[v])
                        group, kinds = t.groups[a], t.row_kinds.get(label, t.kinds[v])
                else:
                    i = k - nv * per_visit
                    path, group, kinds = [t.tail[i]], None, t.tail_kinds[i]
                nums = re.findall(_NUMBER, cell)
                assert len(nums) == len(kinds), (t.table, cell)
                for s, n in zip(kinds, nums, strict=True):
                    comp = n[0] if n[0] in "<>" else None
                    out.append(
                        (t.table, label, tuple(path), group, s, float(n.lstrip("<>").replace("−", "-")), comp, heading)
                    )
    return out


if __name__ == "__main__":
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "typeset" / "read_back"
    for name, tables in (("visit-columns", TABLES), ("visit-columns-2", TABLES_2)):
        page = out / f"{name}.html"
        page.write_text(
            "<!-- written by tests/extraction/visit_columns_gold.py -->\n" + html(tables) + "\n", encoding="utf-8"
        )
        print(page)
