"""Subgroup tables and continuous outcomes, read end to end (page tests/typeset/read_back/subgroups-and-changes.html;
the gold below written with the page, before it was first read; found by sweeps of layout variants).

First contact at main e248026: 51 of 79 values right. Table 3: the 20 events/total counts read under the groups
"Dapavotide no. of patients with event/total" (the measure line centred over both groups taken for part of their
names). Table 4: the 8 baseline numbers with decimals under "Mean at baseline (SD)" withheld (the label's
statement, anchored at its start, was looked for only in the table's labels joined), while the whole-number ones
were read. The same subgroup table set alone with indents of padding (page sparse-column.html, at c65b8fb): its
two "P Value for Interaction" values, printed on the subgroups' own label rows and nowhere else, were dropped
with no finding (the column holding them, two numbers far right of the others, was left out of the table's
region, its head with it).

Fixed: a row opening with a label where the block's rows open theirs, its only values numbers right of the
block's, belongs to the block (extractors/blocks.py); "with" is a measure word ("no. of patients with event");
a decimal pair reads its own labels' statements (hint_pairs.py). End: 79 of 79; the sparse column's 2 P values
read, every group named as printed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.pipeline import extract
from schemas.extraction import Extraction

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "subgroups-and-changes.pdf"

_SUBGROUPS = {  # row: (drug events, drug total, placebo events, placebo total, hr, low, high)
    "All patients": (386, 2373, 502, 2371, 0.74, 0.65, 0.85),
    "<65 yr": (162, 1032, 196, 1003, 0.78, 0.63, 0.96),
    "≥65 yr": (224, 1341, 306, 1368, 0.72, 0.60, 0.86),
    "Male": (307, 1809, 406, 1826, 0.73, 0.63, 0.85),
    "Female": (79, 564, 96, 545, 0.79, 0.59, 1.06),
}
_CHANGES = {  # row: (drug baseline mean, sd, change, low, high; placebo the same; difference, low, high)
    "Body weight, kg": (105.4, 20.1, -14.9, -15.7, -14.1, 104.8, 19.8, -2.4, -3.5, -1.3, -12.5, -13.9, -11.2),
    "Waist circumference, cm": (114.6, 14.2, -13.5, -14.3, -12.7, 114.4, 13.9, -4.1, -5.2, -3.0, -9.4, -10.9, -7.9),
    "Systolic blood pressure, mm Hg": (126, 14, -6.2, -7.3, -5.1, 127, 15, -1.1, -2.7, 0.5, -5.1, -7.0, -3.2),
}


def gold() -> list[tuple[str, str, str | None, str, float, str]]:
    """(table, row, group, statistic, value, the column's own head) of every number on the page."""
    out: list[tuple[str, str, str | None, str, float, str]] = []
    for row, (a, an, b, bn, hr, lo, hi) in _SUBGROUPS.items():
        head = "no. of patients with event/total no."
        out += [
            ("Table 3", row, "Dapavotide", "count", a, head),
            ("Table 3", row, "Dapavotide", "denominator", an, head),
        ]
        out += [("Table 3", row, "Placebo", "count", b, head), ("Table 3", row, "Placebo", "denominator", bn, head)]
        out += [
            ("Table 3", row, None, s, v, "Hazard Ratio (95% CI)")
            for s, v in (("hr", hr), ("ci_low", lo), ("ci_high", hi))
        ]
    out += [
        ("Table 3", "Age", None, "p", 0.76, "P Value for Interaction"),
        ("Table 3", "Sex", None, "p", 0.67, "P Value for Interaction"),
    ]
    for row, v in _CHANGES.items():
        for group, at in (("Semavotide", 0), ("Placebo", 5)):
            out += [
                ("Table 4", row, group, s, v[at + k], "Mean at baseline (SD)") for k, s in enumerate(("mean", "sd"))
            ]
            out += [
                ("Table 4", row, group, s, v[at + 2 + k], "Mean change to wk 68 (95% CI)")
                for k, s in enumerate(("mean", "ci_low", "ci_high"))
            ]
        out += [
            ("Table 4", row, None, s, v[10 + k], "Difference (95% CI)")
            for k, s in enumerate(("value", "ci_low", "ci_high"))
        ]
        out.append(("Table 4", row, None, "p", 0.001, "P Value"))
    return out  # fmt: skip


@cache
def _extraction() -> Extraction:
    return extract(PDF)


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def score() -> tuple[int, list[str]]:
    right, bad = 0, []
    for table, row, group, stat, value, head in gold():
        at = [
            r
            for r in _extraction().records
            if r.table == table and r.row and r.row[-1] == row and r.statistic == stat
            and _norm(" ".join(r.column)).endswith(_norm(head))
        ]  # fmt: skip
        values = [(r.denominator if stat == "denominator" else r.value) for r in at if r.arm == group]
        if stat == "denominator":
            at = [r for r in _extraction().records if r.table == table and r.row and r.row[-1] == row
                  and r.statistic == "count" and r.arm == group]  # fmt: skip
            values = [r.denominator for r in at]
        if value in values and len(values) == 1:
            right += 1
        else:
            bad.append(f"{table} | {row} | {group} | {stat}={value}: {[(r.arm, r.value) for r in at]}")
    return right, bad


def test_every_value_is_read_under_its_group_and_head() -> None:
    right, bad = score()
    assert not bad, bad[:5]
    assert right == len(gold()) == 79


SPARSE = PDF.with_name("sparse-column.pdf")


def test_a_sparse_column_on_label_rows_is_read() -> None:
    records = extract(SPARSE).records
    assert sorted((r.row[-1], r.value) for r in records if r.statistic == "p") == [("Age", 0.76), ("Sex", 0.67)]
    assert {r.arm for r in records} == {"Dapavotide", "Placebo", None}
    assert len([r for r in records if r.statistic == "count"]) == 10


def test_nothing_is_left_unread() -> None:
    assert not [f for f in _extraction().findings if f.check == "cell-unread"]


if __name__ == "__main__":
    r, b = score()
    print(f"right {r} of {len(gold())}")
    for line in b:
        print("  ", line)
