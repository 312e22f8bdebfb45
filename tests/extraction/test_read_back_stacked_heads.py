"""Group heads over stacked sub-heads, read end to end (page tests/typeset/read_back/stacked-heads.html, its gold
and its forms in tests/extraction/stacked_heads_gold.py, written before the page was first read).

First contact at main a38984a: 80 of 229 values right; 40 right numbers under another group or sub-head, 16 other
numbers at the cell, 93 not found under their sub-head. Tables 1-4 ("Hazard Ratio (95%" / "CI)" wrapped at its own
line pitch): the last line of the comparison's head, falling between the lines of the groups' sub-heads, was read
as a group head over every column, so the groups were "Orvaglutide CI)" and the sub-heads "No. of > CI) >
patients"; "rate/100 PY" rates were read as P values ("PY" taken for "P" with a note mark). Tables 5-8: "mean ± SD"
cells of time-point sub-columns set closer than a column gap were read as one cell ("141 ± 12 132 ± 11 −9 ± 8"),
the group span over them hiding the sub-heads that tell the columns apart, so one group's values went under the
other's head (Spiroxalone's read as Placebo's, Lorabetide's month 12 as "Placebo 12"); groups were named with
their sub-column ("Lorabetide 0", "Usual care Follow-up").

Fixed by family (extractors/grid_header.py, grid_columns.py, classify.py, hint_patterns.py, structure.py): a head's
wrapped line continues the nearest cell above it over its columns, not only the one on the line right above; the
header line with the most cells side by side says how many columns a run of values holds, cut at the body's
gutter inside the header gap; a head with no cell under it is no group cell; "PY" is no P; "Change", follow-ups
and visits are what a group's column holds, not its name; "patient-" / "yr" is one word. End: 229 of 229.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from schemas.records import Record
from tests.extraction.stacked_heads_gold import TABLES, expected

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "stacked-heads.pdf"


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


@cache
def _extraction() -> Extraction:
    return extract(PDF)


def _at(table: str, row: str, head: str, stat: str) -> list[Record]:
    return [
        r
        for r in _extraction().records
        if r.table == table
        and r.row
        and r.row[-1] == row
        and r.statistic == stat
        and _norm(" ".join(r.column)).endswith(_norm(head))
    ]


def score() -> tuple[list[str], list[str], list[str]]:
    """(right, wrong or under another group, missing) over the page's gold."""
    right, wrong, missing = [], [], []
    for table, row, head, group, stat, value, comparator in expected():
        name = f"{table} | {row} | {head} | {group} | {stat}={comparator or ''}{value}"
        at = _at(table, row, head, stat)
        if not at:
            missing.append(name)
        elif any(r.value == value and r.arm == group and (r.qualifier or None) == comparator for r in at):
            right.append(name)
        else:
            wrong.append(f"{name}: got {[(r.value, r.arm, r.qualifier) for r in at]}")
    return right, wrong, missing


def test_every_value_is_read_under_its_group_and_sub_head() -> None:
    right, wrong, missing = score()
    assert not wrong, wrong[:5]
    assert not missing, missing[:5]
    assert len(right) == 229


@pytest.mark.parametrize("table", [t.table for t in TABLES])
def test_no_group_is_named_with_a_sub_head_or_a_comparison(table: str) -> None:
    spec = next(t for t in TABLES if t.table == table)
    arms = {r.arm for r in _extraction().records if r.table == table}
    assert arms == {*spec.groups, None}


def test_no_cell_is_left_unread() -> None:
    assert not [f for f in _extraction().findings if f.check == "cell-unread"]


if __name__ == "__main__":
    r, w, m = score()
    print(f"right {len(r)}, wrong or under another group {len(w)}, missing {len(m)}")
    for line in [*w, *m]:
        print("  ", line)
