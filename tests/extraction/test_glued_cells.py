"""Value cells set too close to split by their gap (issue 8): narrow value columns whose cells fill their width, so
two cells of a row read as one run of words. Page tests/typeset/read_back/glued-cells.html (gold
read_back_glued_cells_gold.py, written before the page was first read), the form short-tails-2.html's Table 2
showed (its first row glued; the rule there: grid_rows._glued_cells, each word inside one known column).

First contact (after that rule): 42 right, 18 withheld, 0 wrong. Table 1 glues every row ("11·2 (9·4–13·85)
5·6 (4·8–6·95)"), so one value column was found and every cell was unread with a finding. Then the value columns
were split into the numbers-with-brackets each run holds (grid_columns.value_forms): 18 values **under a wrong
group** ("Ravatinib Placebo"), the header glued alike ("Ravatinib (n=210) Placebo (n=105)") and read as one head
over both columns; caught here, before any commit. A head closed by its group's N and the next one starting at
the next value column's edge are two heads whatever the gap (grid_header._split_at_gaps). End: 61 of 61. The
controls hold: "n | %" sub-columns under each arm's span, a P value centred across both arms in a row of its own.
Left: Table 5 (quality of life) is filed as ``other``, its caption and labels naming no efficacy term; the gold's
"efficacy" is a reviewer's reading, and the kinds were not changed for it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_glued_cells_gold import GOLD, SECTIONS
from tests.extraction.read_back_gold import compare

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "glued-cells.pdf"
RIGHT_AT_LEAST = 61
_KIND_LEFT = {"Table 5"}


@cache
def _extraction() -> Extraction:
    return extract(PDF)


@pytest.mark.parametrize("table", list(GOLD))
def test_glued_cells_are_read_in_their_own_columns_under_their_own_groups(table: str) -> None:
    records = [r for r in _extraction().records if r.table == table]
    got = compare(GOLD[table], records)
    assert not got.wrong and not got.mislabeled and not got.wrong_arm and not got.extra
    assert not got.withheld
    if table not in _KIND_LEFT:
        assert {r.section for r in records} == {SECTIONS[table]}


def test_right_values_do_not_fall() -> None:
    records = _extraction().records
    right = sum(len(compare(cells, [r for r in records if r.table == t]).right) for t, cells in GOLD.items())
    assert right >= RIGHT_AT_LEAST


def test_each_glued_header_names_one_group() -> None:
    arms = {r.arm for r in _extraction().records if r.table == "Table 1"}
    assert arms == {"Ravatinib", "Placebo"}
