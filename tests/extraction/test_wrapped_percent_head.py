"""A "(%)" head wrapped under each arm of a baseline table ("Arm A" over "(%)"), found unseen on the JATS fixture
jats-cea (docs/accuracy.md): the head names the bracketed shares of the column's "6 (32)" cells, so the column's
bare numbers (an arm's total, counts printed without their share, a row's median) are no percentages."""

from __future__ import annotations

from extractors.cells import parse_shape
from extractors.records import table_to_records
from extractors.structure import TableCell, TableModel
from extractors.sub_columns import paired_columns, sub_column_statistic


def _cell(row: list[str], column: list[str], text: str, y: float) -> TableCell:
    return TableCell(row=row, column=column, text=text, page=1, bbox=(100.0, y, 140.0, y + 8), arm_n=None, marks=[])


def _model(cells: list[TableCell]) -> TableModel:
    columns = sorted({tuple(c.column) for c in cells})
    return TableModel(
        table_id="Table 1",
        title="Table 1. Overall and per-treatment-group patient baseline characteristics",
        pages=[1],
        notes="",
        stub_header="Baseline characteristics",
        columns=[list(c) for c in columns],
        cells=cells,
        row_labels=[list(c.row) for c in cells],
    )


def test_a_percent_head_over_counts_with_shares_leaves_the_bare_numbers_to_their_labels() -> None:
    arm = ["Arm A", "(%)"]
    cells = [
        _cell(["Total"], arm, "5", 100),
        _cell(["Age", "Median"], arm, "51", 110),
        _cell(["Sex", "Male"], arm, "1 (20)", 120),
        _cell(["Sex", "Female"], arm, "4 (80)", 130),
        _cell(["ECOG performance status", "0"], arm, "2", 140),
        _cell(["Serum CEA (ng/mL)", "Median"], arm, "5·3", 150),
    ]
    _section, records, _findings = table_to_records(_model(cells))
    got = {(r.row[-1], r.statistic, r.value) for r in records}
    assert ("Median", "median", 51) in got
    assert ("Median", "median", 5.3) in got
    assert ("Male", "count", 1) in got and ("Male", "percent", 20) in got
    assert not any(r.statistic == "percent" and r.row[-1] in ("Total", "Median", "0") for r in records)


def test_a_percent_sub_column_of_bare_shares_keeps_its_reading() -> None:
    # "n | %" under each arm (PLOS, MDPI): the "%" column holds bare shares only, as before
    arm = "Sequence 1 (n = 14)"
    pairs = paired_columns([((arm, "n"), "8"), ((arm, "%"), "57"), ((arm, "%"), "93.3"), ((arm, "n"), "4 (2–7)")])
    assert pairs == frozenset()
    shape = parse_shape("57")
    assert shape is not None
    assert sub_column_statistic(shape, [arm, "%"], paired=(arm, "%") in pairs) == "percent"
    # one stray bracketed cell (a mean (SD) spanning both sub-columns) does not make the column one of pairs
    assert paired_columns([((arm, "%"), "45 (3)"), ((arm, "%"), "57")]) == frozenset()
    assert paired_columns([((arm, "%"), "45 (3)"), ((arm, "%"), "4 (50%)")]) == frozenset({(arm, "%")})
