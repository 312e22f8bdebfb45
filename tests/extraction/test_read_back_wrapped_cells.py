"""Values wrapped inside narrow columns of a two-column page (tests/typeset/read_back/wrapped-cells.html and
wrapped-cells-2.html; gold read_back_wrapped_cells_gold.py and read_back_wrapped_cells_2_gold.py, each written before
its page was first read back).

First set (8 tables: an estimate and its CI broken after "to", after an en dash, after a comma; n/N (%) broken before
its bracket; a ratio broken before its bracket; two or three arms and an effect column; with and without rules; tight
and loose pitch; labels that wrap beside the values' first or second line), first contact: 217 of 244 right, 9
withheld with a finding, 18 silently wrong (read under a row path polluted by a cell's wrapped end: "Overall
survival, median (95% CI), mo 17.1)"), 0 missed. The wrapped end of a label ran up to the first value column closer
than a cell gap, and the cell's closing part ("17.1)") was read as the label's. A word at or past the first value
column's edge that closes a bracket its label line never opened, or opens a number's bracket and leaves it open, is
cut from the label as that column's cell (extractors/grid_rows.py `_cell_end_apart`). End: 244 of 244.
(Set without the prose paragraphs between the tables, Tables 4 and 8 stand side by side with staggered captions and
are read as one region: a region matter, not this family's; the page keeps the paragraphs a journal page has.)

Second set (5 tables, made after that rule: centred cells, square brackets with a semicolon, an effect cell naming
its ratio, cells set against the middle or the foot of wrapped labels), first contact: 30 of 120 right, 81 withheld
(with findings, or tables not found), 9 under a wrong group ("Effect vs placebo (95% CI)" read as a group's head),
12 extras. Fixed: a label's square bracket left open ("mean [95%" over "CI]") wraps like a round one; an effect head
stated against a comparator names no group (extractors/classify.py `_CONTRAST_PATH`); a cell's open first line glued
to the label and to the next columns' cells ("UACR change, %, −28 (−34 to −35 (−40 to ...") is cut by column; cells
set at the foot of their row may start on the line where the cells above close ("to" | "1.6 (0.9 to");
`_joins`' open_cells); a line whose cells each close or bracket the cell above goes on that row whatever its label
says (`_ends_cells`). End: 72 of 120. Left, not of this family: Table 1 (left column) and Table 4 (right column)
stand side by side with staggered captions and are read as one region (Table 1's values filed under Table 4's
heads); alone, Table 4's last row loses its wrapped lines at the region's foot (cells set against the middle of a
three-line label).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_gold import compare
from tests.extraction.read_back_wrapped_cells_2_gold import GOLD as GOLD_2
from tests.extraction.read_back_wrapped_cells_gold import GOLD

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


@pytest.mark.parametrize("table", list(GOLD))
def test_wrapped_cells_are_read_whole_in_their_rows(table: str) -> None:
    records = [r for r in _extraction("wrapped-cells").records if r.table == table]
    got = compare(GOLD[table], records)
    assert not (got.wrong or got.mislabeled or got.wrong_arm or got.extra)
    assert not got.withheld


def test_a_cells_wrapped_end_is_never_the_labels() -> None:
    records = [r for r in _extraction("wrapped-cells").records if r.table in ("Table 3", "Table 8")]
    assert all(not any(")" in label and "(" not in label for label in r.row) for r in records)
    by_cell = {(r.row[-1], r.arm, r.statistic): r.value for r in records}
    assert by_cell[("Overall survival, median (95% CI), mo", "Miravoxib", "ci_high")] == 17.1
    assert by_cell[("Duration of response, median (95% CI)", "Ostrelib 50 mg", "ci_high")] == 19.9


@pytest.mark.parametrize("table", ["Table 2", "Table 3", "Table 5"])
def test_second_set_brackets_ratios_and_foot_aligned_cells(table: str) -> None:
    records = [r for r in _extraction("wrapped-cells-2").records if r.table == table]
    got = compare(GOLD_2[table], records)
    assert not (got.wrong or got.mislabeled or got.wrong_arm or got.extra)
    assert not got.withheld


def test_second_set_values_do_not_fall_and_none_is_wrong() -> None:
    records = _extraction("wrapped-cells-2").records
    right = 0
    for table, cells in GOLD_2.items():
        got = compare(cells, [r for r in records if r.table == table])
        right += len(got.right)
        assert not (got.wrong or got.mislabeled or got.wrong_arm)
    assert right >= 72
    # "Effect vs placebo (95% CI)": an odds ratio against the control, no group's
    assert {r.arm for r in records if r.table == "Table 3" and r.statistic == "or"} == {None}
