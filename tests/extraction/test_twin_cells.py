"""Two cells of one row under the same heads are withheld (extractors/records.py ``_twin_cells``): in a table's own
reading direction. A sideways table's cells keep the page's coordinates, its rows running down the page; read
across, two rows with the same labels ("Primary reason > Disease progression" under two parents) looked like
twins, and 37 values of zoo-sideways-siltuximab were withheld when the rule was merged."""

from __future__ import annotations

from extractors.records import _twin_cells
from extractors.structure import TableCell


def _cell(row: str, column: str, bbox: tuple[float, float, float, float]) -> TableCell:
    return TableCell(row=["Primary reason", row], column=["Part 2", column], text="5 (29)", page=1, bbox=bbox,
                     arm_n=None, marks=[])  # fmt: skip


def test_upright_twins_are_found() -> None:
    cells = [_cell("Progression", "Day 1", (100, 200, 120, 208)), _cell("Progression", "Day 1", (150, 200, 170, 208)),
             _cell("Progression", "Total", (200, 200, 220, 208))]  # fmt: skip
    assert _twin_cells(cells) == {id(cells[0]), id(cells[1])}


def test_rows_of_a_sideways_table_with_the_same_labels_are_no_twins() -> None:
    # rows run down the page: one row's cells share an x band; two rows with the same labels share a y band
    cells = [
        _cell("Progression", "3 mg", (197, 226, 204, 245)), _cell("Progression", "6 mg", (197, 180, 204, 200)),
        _cell("Progression", "3 mg", (263, 226, 271, 245)), _cell("Progression", "6 mg", (263, 180, 271, 200)),
        _cell("Other", "3 mg", (219, 228, 226, 244)), _cell("Other", "6 mg", (219, 188, 226, 192)),
    ]  # fmt: skip
    assert _twin_cells(cells) == set()
