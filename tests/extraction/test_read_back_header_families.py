"""Header families of baseline, AE and efficacy tables, read end to end (pages
tests/typeset/read_back/header-families.html and header-families-2.html; their gold and forms in
tests/extraction/header_families_gold.py, written before either page was first read).

First set (header-families, 10 tables, 219 values), first contact at main 526f9e6: 187 right, 17 wrong, 15 missing.
- Table 9 (week spans over groups with N on its own line over "Mean | SD", heads bottom-aligned, a rule under the
  spans, narrow): "Week 24" and the short "Obicetrapib" under it, both set flush left, had centres within an em
  of each other and were read as the lines of one centred head, so "Obicetrapib" took the period's four columns:
  Placebo's values went under Obicetrapib, named "Week 24 Obicetrapib" (16 wrong).
- Table 10 ("Difference (95% CI)" over "Estimate | Lower | Upper", sans, bottom-aligned): the Lower and Upper
  columns, set closer than a cell gap, were one column headed "Lower Upper"; "−10.7 −1.3" was read as the interval
  −10.7 to 1.3 (a wrong sign: 1 wrong, and its lower bound under no head of its own: 1 missing) and "13.8 24.8"
  left unread (2 missing).
- Table 3 ("n | (%)" under each group and a Total, narrow): "(59.5)" alone under "(%)" was no form (12 missing).
Fixed by family (extractors/grid_header.py, grid_columns.py, cells.py, sub_columns.py, records.py): two lines
that start together and end well apart are set flush left, not centred on each other; bare figures side by side
that cannot be a number and its thousands group are cells of their own (columns made only where other lines
start cells there); a bare "a −b" (a number, a space, a minus set tight) reads two ways and is withheld; a share
alone in the brackets its "(%)" head prints is read as the share. End: 219 of 219.

Second set (header-families-2, 4 tables, 68 values, written before either page was read; read after the first
set's fixes), first contact: 56 right, 12 wrong (under another group), 0 missing.
- Table 2 (tight padding, sans, narrow): the stub head "Characteristic" ran into "Cenobamide (N=221)" with a gap
  under half an em, so the group was "Characteristic Cenobamide" (6 wrong).
- Table 4 (heads bottom-aligned, wrapping over two lines, marks, a rule under each span; Placebo's one line set
  on the lower line): the upper lines "Olpasiran 75 mg every 12" | "Olpasiran 225 mg every 24" were read as a
  group level, the second taking Placebo's columns (4 wrong); Placebo's "Grade" / "≥3", wrapped in a narrow
  column, was read as two levels, the group named "Placebo Grade ≥3" (2 wrong).
Fixed by family (grid_header.py, structure.py, geometry.py ``stub_head_gap_em``): a head starting flush with the
first value column, more than a word space after the stub head, is a cell of its own; a header line whose every
cell runs on onto a next line that closes it with the group's N ("weeks† (N=57)") is the first line of wrapped
heads, not a group level; a grade's number wrapped under "Grade" ("≥3", "3–4") continues it. End: 68 of 68.

Third set (header-families-3, 3 tables, 52 values, written after the second set's fixes, before it was read),
first contact: 44 right, 0 wrong, 8 missing. The 8 are the group cells "−19.8 (8.9)" of Table 3, withheld
("a (b) with decimals"): its legend says "Values are mean (SD) change from baseline."; with "Values are mean
(SD)." the same table reads all 14 (tried on a page not kept), so it is the legend's wording, outside these header
families, left as found by the helper. After the merge (the lead): the legend, one sentence on one line wordy enough
to pass for running text, had ended the table's region as body prose; a one-line sentence under the rows that opens
as only a legend opens ("Values are", "Data are") and stops short of the column's edge is now the table's legend
(extractors/region_growth.py, table_notes.one_line_legend): 52 of 52. The tight stub head, the bottom-aligned
wrapped heads beside a shorter one, "Grade 3–4", and the tight "−6.4 | −1.6" bounds were all read.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from schemas.records import Record
from tests.extraction.header_families_gold import TABLES, TABLES_2, TABLES_3, Table, expected

PAGES = Path(__file__).resolve().parents[1] / "data" / "read_back"
SETS = {"header-families": TABLES, "header-families-2": TABLES_2, "header-families-3": TABLES_3}


# withheld on first contact and by the helper's end (see the docstring), read since: none left
WITHHELD_3: set[tuple[str, str, str, str]] = set()


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


@cache
def _extraction(page: str) -> Extraction:
    return extract(PAGES / f"{page}.pdf")


def _at(page: str, table: str, row: str, own: str, path: tuple[str, ...], stat: str) -> list[Record]:
    return [
        r
        for r in _extraction(page).records
        if r.table == table
        and r.row
        and r.row[-1] == row
        and r.statistic == stat
        and _norm(" ".join(r.column)).endswith(_norm(own))
        and all(_norm(p) in _norm(" ".join(r.column)) for p in path)
    ]


def score(page: str) -> tuple[list[str], list[str], list[str]]:
    """(right, wrong or under another group, missing) over the page's gold, less the values known withheld."""
    right, wrong, missing = [], [], []
    for table, row, col, stat, value, comparator in expected(SETS[page]):
        name = f"{table} | {row} | {' > '.join(col.path)} {col.own} | {col.group} | {stat}={comparator or ''}{value}"
        at = _at(page, table, row, col.own, col.path, stat)
        if not at and (page, table, row, col.own) in WITHHELD_3:
            continue
        if not at:
            missing.append(name)
        elif any(r.value == value and r.arm == col.group and (r.qualifier or None) == comparator for r in at):
            right.append(name)
        else:
            wrong.append(f"{name}: got {[(r.value, r.arm, r.qualifier, r.column) for r in at]}")
    return right, wrong, missing


@pytest.mark.parametrize("page", list(SETS))
def test_every_value_is_read_under_its_group_and_head(page: str) -> None:
    right, wrong, missing = score(page)
    assert not wrong, wrong[:5]
    assert not missing, missing[:5]
    assert len(right) == len(expected(SETS[page]))


@pytest.mark.parametrize(("page", "table"), [(p, t.table) for p, tables in SETS.items() for t in tables])
def test_no_group_is_named_with_a_sub_head_a_period_or_a_mark(page: str, table: str) -> None:
    spec: Table = next(t for t in SETS[page] if t.table == table)
    arms = {r.arm for r in _extraction(page).records if r.table == table}
    assert arms <= {*spec.groups, None}


@pytest.mark.parametrize("page", list(SETS))
def test_no_cell_is_left_unread_but_the_known_withheld(page: str) -> None:
    unread = [f for f in _extraction(page).findings if f.check == "cell-unread"]
    assert not unread, [f.message for f in unread]


if __name__ == "__main__":
    import sys

    for page in sys.argv[1:] or list(SETS):
        r, w, m = score(page)
        print(f"{page}: right {len(r)}, wrong or under another group {len(w)}, missing {len(m)}")
        for line in [*w, *m]:
            print("  ", line)
