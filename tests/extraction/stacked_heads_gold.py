"""Group heads over stacked sub-heads, set as trial tables set them: the gold of
tests/typeset/read_back/stacked-heads.html, and the page itself (``python -m tests.extraction.stacked_heads_gold``
writes the HTML; ``python -m tests.typeset.read_back`` sets it).

Two families, found by typesetting variants of one layout each (a group's span over its sub-columns, a
comparison's head beside them spanning every header line):
- outcome tables whose comparison head ("Hazard Ratio (95% CI)") wraps at its own line pitch, its lines falling
  between the lines of the groups' wrapped sub-heads ("No. of" / "patients" / "(%)"); sub-heads wrapped over two
  or three lines; "rate/100 PY" (patient-years, not a P value);
- groups over time-point sub-columns ("Baseline | Week 12 | Change", "0 | 6 | 12" months, "Baseline |
  Follow-up") whose "mean ± SD" cells sit closer than a column gap, with a "P Value" head beside them.

Forms from general-medicine trial tables (NEJM and Circulation outcome tables with "no. of patients (%)" and
"events per 100 patient-yr" under each group; blood pressure at baseline and follow-up by group in hypertension
trials); drugs and numbers are ours. Each table: (caption, CSS class, group heads as printed, the group names,
sub-heads as printed, what the sub-heads hold, rows of cells, the comparison heads, legend).
"""

from __future__ import annotations

from dataclasses import dataclass

OUTCOME_ROWS = [
    ("Primary composite outcome", ["412 (6.1)", "2.0", "497 (7.4)", "2.5", "0.82 (0.72–0.94)", "0.004"]),
    ("Death from cardiovascular causes", ["181 (2.7)", "0.8", "208 (3.1)", "0.9", "0.86 (0.71–1.05)", "0.14"]),
    ("Nonfatal myocardial infarction", ["164 (2.4)", "0.7", "223 (3.3)", "1.1", "0.73 (0.60–0.89)", "0.002"]),
    ("Nonfatal stroke", ["107 (1.6)", "0.5", "119 (1.8)", "0.6", "0.89 (0.69–1.16)", "0.40"]),
]


@dataclass(frozen=True)
class Table:
    table: str
    caption: str
    css: str  # the table's class: "top" (heads set top, flush left), "centred", "bottom"
    heads: tuple[str, ...]  # the groups' heads as printed ("<br>" breaks a line)
    groups: tuple[str, ...]  # each group's name, as the records must give it
    subs: tuple[str, ...]  # the sub-heads under each group, as printed
    kinds: tuple[tuple[str, ...], ...]  # per sub-head, the statistics of its cells
    rows: list[tuple[str, list[str]]]
    tail: tuple[str, ...]  # the heads beside the groups, each spanning the header's lines
    tail_kinds: tuple[tuple[str, ...], ...]
    legend: str = ""


TABLES = [
    Table(
        "Table 1", "Primary and Secondary Outcomes.", "top",
        ("Orvaglutide (N=6712)", "Placebo (N=6705)"), ("Orvaglutide", "Placebo"),
        ("No. of patients (%)", "No. of events per 100 patient-yr"), (("count", "percent"), ("rate",)),
        OUTCOME_ROWS, ("Hazard Ratio (95% CI)", "P Value"), (("hr", "ci_low", "ci_high"), ("p",)),
    ),
    Table(
        "Table 2", "Outcomes by Group, Heads Centred.", "centred",
        ("Orvaglutide (N=6712)", "Placebo (N=6705)"), ("Orvaglutide", "Placebo"),
        ("No. of patients (%)", "No. of events per 100 patient-yr"), (("count", "percent"), ("rate",)),
        OUTCOME_ROWS[:3],
        ("Hazard Ratio (95% CI)", "P Value"), (("hr", "ci_low", "ci_high"), ("p",)),
    ),
    Table(
        "Table 3", "Outcomes, Rates per 100 Patient-Years.", "top",
        ("Tezimavir<br>(N=6690)", "Placebo (N=6702)"), ("Tezimavir", "Placebo"),
        ("no. (%)", "rate/100 PY"), (("count", "percent"), ("rate",)),
        OUTCOME_ROWS[1:], ("Hazard Ratio (95% CI)", "P Value"), (("hr", "ci_low", "ci_high"), ("p",)),
    ),
    Table(
        "Table 4", "Outcomes in a Narrow Table.", "narrow",
        ("Orvaglutide (N=6712)", "Placebo (N=6705)"), ("Orvaglutide", "Placebo"),
        ("Patients with Event, no. (%)", "Event Rate per 100 Patient-Yr"), (("count", "percent"), ("rate",)),
        OUTCOME_ROWS[:2], ("Hazard Ratio (95% CI)", "P Value"), (("hr", "ci_low", "ci_high"), ("p",)),
    ),
    Table(
        "Table 5", "Blood Pressure and Heart Rate at Baseline and Week 12.", "top",
        ("Spiroxalone", "Placebo"), ("Spiroxalone", "Placebo"),
        ("Baseline", "Week 12", "Change"), (("mean", "sd"),) * 3,
        [("Systolic blood pressure, mm Hg", ["141 ± 12", "132 ± 11", "−9 ± 8", "140 ± 13", "137 ± 12", "−3 ± 9",
                                              "<0.001"]),
         ("Diastolic blood pressure, mm Hg", ["84 ± 9", "79 ± 8", "−5 ± 6", "83 ± 9", "82 ± 9", "−1 ± 6", "0.002"]),
         ("Heart rate, beats/min", ["72 ± 10", "70 ± 9", "−2 ± 7", "73 ± 11", "72 ± 10", "−1 ± 8", "0.41"])],
        ("P Value",), (("p",),), "Values are mean ± SD.",
    ),
    Table(
        "Table 6", "Blood Pressure by Group, Heads Centred.", "centred",
        ("Spiroxalone (n = 146)", "Placebo (n = 144)"), ("Spiroxalone", "Placebo"),
        ("Baseline", "Week 12", "Change"), (("mean", "sd"),) * 3,
        [("Systolic blood pressure, mm Hg", ["143 ± 14", "131 ± 12", "−12 ± 9", "142 ± 12", "138 ± 11", "−4 ± 8",
                                              "<0.001"]),
         ("Diastolic blood pressure, mm Hg", ["86 ± 8", "80 ± 7", "−6 ± 5", "85 ± 9", "83 ± 8", "−2 ± 5", "0.003"])],
        ("P Value",), (("p",),), "Values are mean ± SD.",
    ),
    Table(
        "Table 7", "Weight by Month of Treatment.", "top",
        ("Lorabetide", "Placebo"), ("Lorabetide", "Placebo"),
        ("0", "6", "12"), (("mean", "sd"),) * 3,
        [("Body weight, kg", ["104 ± 18", "96 ± 17", "93 ± 17", "103 ± 19", "102 ± 18", "101 ± 18", "<0.001"]),
         ("Waist circumference, cm", ["114 ± 13", "108 ± 12", "106 ± 12", "115 ± 14", "114 ± 13", "113 ± 13",
                                      "<0.001"])],
        ("P Value",), (("p",),), "Values are mean ± SD; months since randomization.",
    ),
    Table(
        "Table 8", "Laboratory Values at Baseline and Follow-up.", "top",
        ("Usual care (N=201)", "Intervention (N=199)"), ("Usual care", "Intervention"),
        ("Baseline", "Follow-up"), (("mean", "sd"),) * 2,
        [("LDL cholesterol, mg/dl", ["131 ± 31", "124 ± 29", "130 ± 33", "98 ± 27", "<0.001"]),
         ("HbA1c, %", ["7.4 ± 1.1", "7.2 ± 1.0", "7.5 ± 1.2", "6.9 ± 0.9", "0.01"])],
        ("P Value",), (("p",),), "Values are mean ± SD.",
    ),
]  # fmt: skip

CSS = """
table.centred th { text-align: center }
table.narrow { width: 80% }
"""


def _head(t: Table) -> str:
    lines = 2
    span = len(t.subs)
    tail = "".join(f"<th rowspan={lines}>{h}</th>" for h in t.tail)
    groups = "".join(f"<th colspan={span}>{h}</th>" for h in t.heads)
    subs = "".join(f"<th>{s}</th>" for s in t.subs) * len(t.heads)
    stub = "Outcome" if "outcome" in t.caption.lower() else "Variable"
    return f"<tr><th rowspan={lines}>{stub}</th>{groups}{tail}</tr><tr>{subs}</tr>"


def html() -> str:
    parts = [f"<style>{CSS}</style>"]
    for t in TABLES:
        body = "".join(
            "<tr><td>" + label + "</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for label, cells in t.rows
        )
        legend = f"<p>{t.legend}</p>" if t.legend else ""
        parts.append(
            f"<p><b>{t.table}. {t.caption}</b></p><table class={t.css}><thead>{_head(t)}</thead><tbody>{body}</tbody>"
            f"</table>{legend}<p>&nbsp;</p>"
        )
    return "\n".join(parts)


if __name__ == "__main__":
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "typeset" / "read_back" / "stacked-heads.html"
    out.write_text("<!-- written by tests/extraction/stacked_heads_gold.py -->\n" + html() + "\n", encoding="utf-8")
    print(out)


_NUMBER = r"[<>]?[−-]?\d+(?:\.\d+)?"


def expected() -> list[tuple[str, str, str, str | None, str, float, str | None]]:
    """(table, row label, the column's own head, group, statistic, value, comparator) of every number."""
    import re

    out = []
    for t in TABLES:
        for label, cells in t.rows:
            for k, cell in enumerate(cells):
                g, j = divmod(k, len(t.subs))
                if g < len(t.groups):
                    head, group, kinds = t.subs[j], t.groups[g], t.kinds[j]
                else:
                    i = k - len(t.groups) * len(t.subs)
                    head, group, kinds = t.tail[i], None, t.tail_kinds[i]
                numbers = re.findall(_NUMBER, cell)
                assert len(numbers) == len(kinds), (t.table, cell)
                for stat, number in zip(kinds, numbers, strict=True):
                    comparator = number[0] if number[0] in "<>" else None
                    value = float(number.lstrip("<>").replace("−", "-"))
                    out.append((t.table, label, head, group, stat, value, comparator))
    return out
