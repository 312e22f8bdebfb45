"""General-medicine trial table layouts of the layout zoo (docs/zoo.md, styles jama, grid and align), one test
per rule that a style's fixture showed to fail before it was written."""

from __future__ import annotations

from extractors.cells import parse_shape
from extractors.records import table_to_records
from extractors.structure import TableCell, TableModel
from extractors.sub_columns import sub_column_statistic


def _cell(row: list[str], column: list[str], text: str, y: float, arm_n: int | None = 14) -> TableCell:
    return TableCell(row=row, column=column, text=text, page=1, bbox=(100.0, y, 140.0, y + 8), arm_n=arm_n, marks=[])


def _model(cells: list[TableCell], stub: str = "Characteristic") -> TableModel:
    columns = sorted({tuple(c.column) for c in cells})
    return TableModel(
        table_id="Table 2",
        title="Table 2. Patient demographic and baseline characteristics",
        pages=[1],
        notes="",
        stub_header=stub,
        columns=[list(c) for c in columns],
        cells=cells,
        row_labels=[list(c.row) for c in cells],
    )


def _stat(text: str, column: list[str]) -> str | None:
    shape = parse_shape(text)
    assert shape is not None
    return sub_column_statistic(shape, column)


def test_the_sub_column_head_says_which_of_count_and_share_a_bare_number_is() -> None:
    arm = "Sequence 1 (n = 14)"
    assert _stat("57", [arm, "%"]) == "percent"
    assert _stat("93.3", [arm, "(%)"]) == "percent"
    assert _stat("8", [arm, "n"]) == "count"
    assert _stat("8", [arm, "No."]) == "count"
    # a head that says more, a number no share or count can be, or a cell of another form: the usual typing
    assert _stat("57", [arm, "% change"]) is None
    assert _stat("57", [arm, "n/N"]) is None
    assert _stat("93.3", [arm, "n"]) is None
    assert _stat("-4.5", [arm, "%"]) is None
    assert _stat("120", [arm, "%"]) is None
    assert _stat("8 (57)", [arm, "n"]) is None
    assert _stat("57", [arm]) is None


def test_a_row_stating_n_percent_over_split_n_and_percent_columns_reads_each_column_as_its_head_says() -> None:
    # "Male gender, n (%) | 8 | 57 | 8 | 57" under "Sequence 1 (n = 14) > n | %": the row's "n (%)" used to make
    # the "%" cells counts (mislabeled) and "93.3" an unreadable count
    arm = "Sequence 1 (n = 14)"
    cells = [
        _cell(["Male gender, n (%)"], [arm, "n"], "8", 100),
        _cell(["Male gender, n (%)"], [arm, "%"], "57", 100),
        _cell(["Sex, n (%)", "Male"], [arm, "n"], "14", 112),
        _cell(["Sex, n (%)", "Male"], [arm, "%"], "93.3", 112),
        # a cell spanning the pair ("4 (2–7)", a mean and its range) keeps its own reading
        _cell(["Mean age at randomization (range) (years)"], [arm, "n"], "4 (2–7)", 124),
    ]
    _section, records, findings = table_to_records(_model(cells))
    got = {(r.row[-1], r.column[-1], r.statistic, r.value) for r in records}
    assert ("Male gender, n (%)", "n", "count", 8) in got
    assert ("Male gender, n (%)", "%", "percent", 57) in got
    assert ("Male", "n", "count", 14) in got
    assert ("Male", "%", "percent", 93.3) in got
    assert not any(r.column[-1] == "%" and r.statistic == "count" for r in records)
    assert not [f for f in findings if f.check == "cell-unread"]
