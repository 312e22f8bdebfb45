"""A whole number in a column whose other bare numbers nothing names is not a count either.

An adverse-event table counts patients in its whole numbers unless a label says otherwise, so a "0" read alone
is a count. Under a head no label spells out ("R", the legend's line for it lost), the column's "46.8" and "0.8" are
left unread: the "0" among them is the same quantity, and is left unread with them.
"""

from __future__ import annotations

from extractors.records import UNNAMED_COLUMN, table_to_records
from extractors.structure import TableCell, TableModel


def _cell(row: str, column: list[str], text: str, y: float) -> TableCell:
    return TableCell(row=[row], column=column, text=text, page=1, bbox=(100.0, y, 140.0, y + 8), arm_n=None, marks=[])


def _model(r_cells: list[str]) -> TableModel:
    cells = []
    for k, (row, r) in enumerate(zip(("Adverse events", "Mild", "Nausea"), r_cells, strict=True)):
        cells.append(_cell(row, ["Serious adverse events", "N (%)"], "6 (3.2)", 100.0 + 10 * k))
        cells.append(_cell(row, ["Serious adverse events", "R"], r, 100.0 + 10 * k))
    return TableModel(
        table_id="Table 2",
        title="Table 2. Adverse events during the observation period",
        pages=[1],
        notes="",
        stub_header="Adverse events",
        columns=[["Serious adverse events", "N (%)"], ["Serious adverse events", "R"]],
        cells=cells,
        row_labels=[list(c.row) for c in cells],
    )


def _read(r_cells: list[str]) -> tuple[list[tuple[str, str, float | None]], list[str]]:
    _section, records, findings = table_to_records(_model(r_cells))
    got = [(r.row[0], str(r.statistic), r.value) for r in records if r.column[-1] == "R"]
    return got, [f.message for f in findings]


def test_a_zero_among_unnamed_decimals_is_not_a_count() -> None:
    got, messages = _read(["4.5", "0.8", "0"])
    assert got == []
    assert any("Nausea" in m and UNNAMED_COLUMN in m for m in messages)


def test_whole_numbers_in_a_column_of_whole_numbers_stay_counts() -> None:
    got, _ = _read(["6", "1", "0"])
    assert got == [("Adverse events", "count", 6.0), ("Mild", "count", 1.0), ("Nausea", "count", 0.0)]
