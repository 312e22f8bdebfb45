"""Outcome tables whose columns are visits under each group, read end to end (pages
tests/typeset/read_back/visit-columns.html and visit-columns-2.html; their gold and forms in
tests/extraction/visit_columns_gold.py, each set written before its page was first read).

First set (visit-columns, 10 tables, 305 values), first contact at main cea08fa: 220 right, 73 withheld with a
cell-unread finding, 12 under the right column but with a visit in the group's name, 0 missed; 17 records not in
the gold, all wrong (an SD read as a mean or a value of a row of its own, a P value under a label "Symptom 18.2 ±").
- Table 5 ("Screening | End of" / "treatment" under each group): the group was "Tofarelix End of treatment" (12).
- Tables 4 and 10 (narrow, "mean ± SD" wrapped at the sign: "108 ±" over "22", "12.6" over "± 4.4"): the second
  lines were rows of their own ("µmol/L": mean 22), the first cells unread (50 withheld, 16 wrong records); in
  Table 10 "Symptom 18.2 ±" was read as the row's label.
- Table 7 (narrow, "Week" / "16", "88" over "(27)"): "142 (31) 88" was one cell under a column "Baseline Week 16"
  (23 withheld); the label "LDL cholesterol, mg/" / "dL, mean (SD)" was two rows.
- Table 9 (ruled grid, "Mean" / "(SD)" wrapped under some visits): all 28 right (the row "Haemoglobin, g/" / "dL"
  is read "Haemoglobin, g/ dL", as every wrapped label is joined: the score compares labels without spaces).
Fixed by family (extractors/classify.py, grid_rows.py, grid_columns.py): a time point or a change under
a group's N says when, not whose; a cell ending in "±", or a line of "± b" under bare figures, goes on the cell
above it, and a "±" after a value in the label's segment is that value's; a bare figure beside a figure with its
bracket is a cell of its own where a cell set alone on another line starts there (never by other glued runs:
"0 (0.0) 0", n (%) events, stays one cell); a label wrapped after a unit's slash ("mg/" / "dL") goes on with the
cells it left open. End: 305 of 305.

Second set (visit-columns-2, 6 tables, 170 values, written after the first set's fixes), first contact: 162
right, 8 under the right column with a visit in the group's name, 0 withheld, 0 missed (at main cea08fa: 120
right, 8 wrong, 42 withheld). Table 1 (visits over groups, heads bottom-aligned, "End of" / "study" wrapped over
two lines above the groups): the group was "End of Rivopramil". Fixed (classify.py): a time point over a group
named beside its N, wrapped over two lines or not, is when; over an N alone ("12 weeks" / "(n = 40)") it stays
the group's name. End: 170 of 170.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.visit_columns_gold import TABLES, TABLES_2, T, expected

PAGES = Path(__file__).resolve().parents[1] / "data" / "read_back"
SETS = {"visit-columns": TABLES, "visit-columns-2": TABLES_2}


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


@cache
def _extraction(page: str) -> Extraction:
    return extract(PAGES / f"{page}.pdf")


def score(page: str) -> tuple[list[str], list[str], list[str]]:
    """(right, wrong or under another group or head, missing) over the page's gold."""
    right, wrong, missing = [], [], []
    records = _extraction(page).records
    for table, row, path, group, stat, value, comparator, heading in expected(SETS[page]):
        name = f"{table} | {row} | {' > '.join(path)} | {group} | {stat}={comparator or ''}{value}"
        at = [
            r
            for r in records
            if r.table == table
            # a label wrapped after a unit's slash is joined with a space ("g/ dL"), as the reader sets every wrap
            and [_norm(x) for x in r.row] == [_norm(x) for x in ([heading, row] if heading else [row])]
            and r.statistic == stat
            and _norm("".join(r.column)) == _norm("".join(path))
        ]
        if not at:
            missing.append(name)
        elif len(at) == 1 and at[0].value == value and at[0].arm == group and at[0].qualifier == comparator:
            right.append(name)
        else:
            wrong.append(f"{name}: got {[(r.value, r.arm, r.qualifier) for r in at]}")
    return right, wrong, missing


@pytest.mark.parametrize(("page", "total"), [("visit-columns", 305), ("visit-columns-2", 170)])
def test_every_value_is_read_under_its_group_and_visit(page: str, total: int) -> None:
    right, wrong, missing = score(page)
    assert not wrong, wrong[:5]
    assert not missing, missing[:5]
    assert len(right) == total


def _tables() -> list[tuple[str, T]]:
    return [(page, t) for page, tables in SETS.items() for t in tables]


@pytest.mark.parametrize(("page", "spec"), _tables(), ids=[f"{p}:{t.table}" for p, t in _tables()])
def test_no_group_is_named_with_a_visit(page: str, spec: T) -> None:
    arms = {r.arm for r in _extraction(page).records if r.table == spec.table}
    assert arms - {None} == set(spec.groups)
    assert (None in arms) == bool(spec.tail or spec.visit_tail)  # a comparison's cells are no group's


@pytest.mark.parametrize(("page", "spec"), _tables(), ids=[f"{p}:{t.table}" for p, t in _tables()])
def test_every_group_value_keeps_its_visit_in_the_column(page: str, spec: T) -> None:
    visits = {_norm(v.replace("<br>", " ")) for v in spec.visits}
    for r in _extraction(page).records:
        if r.table == spec.table and r.arm is not None:
            assert any(v in _norm("".join(r.column)) for v in visits), r.column


@pytest.mark.parametrize("page", list(SETS))
def test_no_cell_is_left_unread(page: str) -> None:
    assert not [f.message for f in _extraction(page).findings if f.check == "cell-unread"]


if __name__ == "__main__":
    for p in SETS:
        r, w, m = score(p)
        print(f"{p}: right {len(r)}, wrong or under another group {len(w)}, missing {len(m)}")
        for line in [*w, *m]:
            print("  ", line)
