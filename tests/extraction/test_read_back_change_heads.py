"""Continuous outcomes by group with sub-heads wrapped over more lines than their neighbours' (page
tests/typeset/read_back/change-heads.html; its forms and gold below, written before the page was first read; the
layouts came from a sweep of variants of one table).

First contact at main 031881a (the heads2 merge): 36 of 84 values right; 18 of Table 2 and 30 of Table 3 under a
head not theirs. Table 2
(sub-heads set bottom-aligned): the upper lines of "Change from / baseline to week / 68, mean (95% CI)", alone on
their lines, were read as group heads over the columns beside them, so Placebo's baselines, the difference and
the P value were filed under "Change from > baseline to week". Table 3 (heads centred): the second line of a
centred "Difference / (95% CI)" was read as a group head over every column ("Semavotide (N=304) > (95% CI) >
Baseline, mean (SD)"). Fixed (extractors/grid_header.py): a
header line whose every cell goes on in its own column on the next line, which heads no other column, is the
upper line of wrapped heads, not a group level; a line centred under a head in one column is its next line, unless
a group's N is between them. End: 84 of 84.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "change-heads.pdf"
ROWS = {  # row: Semavotide baseline mean, SD, change, low, high; Placebo the same; difference, low, high; P
    "Body weight, kg": (105.4, 20.1, -14.9, -15.7, -14.1, 104.8, 19.8, -2.4, -3.5, -1.3, -12.5, -13.9, -11.2, 0.001),
    "Waist circumference, cm":
        (114.6, 14.2, -13.5, -14.3, -12.7, 114.4, 13.9, -4.1, -5.2, -3.0, -9.4, -10.9, -7.9, 0.001),
    "Systolic blood pressure, mm Hg": (126, 14, -6.2, -7.3, -5.1, 127, 15, -1.1, -2.7, 0.5, -5.1, -7.0, -3.2, 0.001),
}  # fmt: skip
BASELINE, CHANGE = "Baseline, mean (SD)", "Change from baseline to week 68, mean (95% CI)"


def gold() -> list[tuple[str, str, str | None, str, str, float]]:
    """(table, row, group, the column's own head, statistic, value)."""
    out: list[tuple[str, str, str | None, str, str, float]] = []
    for table in ("Table 2", "Table 3"):
        for row, v in ROWS.items():
            for group, at in (("Semavotide", 0), ("Placebo", 5)):
                out += [(table, row, group, BASELINE, s, v[at + k]) for k, s in enumerate(("mean", "sd"))]
                out += [
                    (table, row, group, CHANGE, s, v[at + 2 + k]) for k, s in enumerate(("mean", "ci_low", "ci_high"))
                ]
            out += [
                (table, row, None, "Difference (95% CI)", s, v[10 + k])
                for k, s in enumerate(("value", "ci_low", "ci_high"))
            ]
            out.append((table, row, None, "P Value", "p", v[13]))
    return out  # fmt: skip


@cache
def _extraction() -> Extraction:
    return extract(PDF)


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def score() -> tuple[int, list[str]]:
    right, bad = 0, []
    for table, row, group, head, stat, value in gold():
        at = [
            r
            for r in _extraction().records
            if r.table == table and r.row == [row] and r.statistic == stat and r.arm == group
        ]
        # the column is its group's head (if any) and then its own head, nothing else
        want = _norm(("Semavotide (N=304)" if group == "Semavotide" else "Placebo (N=152)" if group else "") + head)
        hit = [r for r in at if _norm("".join(r.column)) == want and r.value == value]
        if len(hit) == 1:
            right += 1
        else:
            bad.append(f"{table} | {row} | {group} | {head} | {stat}={value}: {[(r.column, r.value) for r in at]}")
    return right, bad  # fmt: skip


def test_every_value_is_under_its_own_head() -> None:
    right, bad = score()
    assert not bad, bad[:4]
    assert right == len(gold()) == 84


@pytest.mark.parametrize("table", ["Table 2", "Table 3"])
def test_no_head_spans_another_column(table: str) -> None:
    for r in _extraction().records:
        if r.table == table:
            assert not ({"Change from", "(95% CI)"} & set(r.column[:-1])), r.column


if __name__ == "__main__":
    r, b = score()
    print(f"right {r} of {len(gold())}")
    for line in b:
        print("  ", line[:220])
