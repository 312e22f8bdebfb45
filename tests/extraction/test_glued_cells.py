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


def test_one_odd_cell_with_two_figures_makes_no_column() -> None:
    """A run of two figures in one cell of a one-column table ("12 (24) 15 (30)": two cycles in one cell) has no
    other line's cell starting where its second figure starts: it stays one cell, unread with a finding, and makes
    no column of its own (which would have put a second value under the one group)."""
    from extractors.grid_columns import value_columns
    from extractors.layout import Line
    from extractors.table_region import TableRegion
    from schemas.document import Word

    def word(text: str, x0: float, top: float) -> Word:
        x1 = x0 + 5.0 * len(text)
        return Word(
            text=text, x0=x0, top=top, x1=x1, bottom=top + 8, size=8.0, bold=False, page_bbox=(x0, top, x1, top + 8)
        )

    rows = [
        [word("Nausea", 60, 100), word("12", 200, 100), word("(24)", 212, 100)],
        [
            word("Fatigue", 60, 112),
            word("12", 200, 112),
            word("(24)", 212, 112),
            word("15", 234, 112),
            word("(30)", 246, 112),
        ],
        [word("Rash", 60, 124), word("5", 200, 124), word("(10)", 207, 124)],
    ]
    region = TableRegion(
        caption=None, table_id="T", title="", frame_index=0, page=1, x0=60, x1=270, top=100, bottom=132
    )
    columns = value_columns([Line(r) for r in rows], region)
    assert len(columns) == 1
