"""General-medicine trial table layouts of the layout zoo (docs/zoo.md, styles jama, grid and align), one test
per rule that a style's fixture showed to fail before it was written."""

from __future__ import annotations

from pathlib import Path

from extractors.cells import parse_shape
from extractors.geometry import GridSettings
from extractors.grid_columns import is_data_line, join_bracket_columns, split_by_header, value_columns
from extractors.header_rows import numeric_header_count
from extractors.header_spans import SpanEdges, centred_span, lone_span
from extractors.layout import Line
from extractors.pipeline import extract
from extractors.records import table_to_records
from extractors.regions import TableRegion
from extractors.structure import TableCell, TableModel
from extractors.sub_columns import sub_column_statistic
from schemas.document import Rule, Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


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
    # a "%" under a change or in a row of a difference is no share of patients
    shape = parse_shape("12.5")
    assert shape is not None
    assert sub_column_statistic(shape, ["Change from baseline", "%"]) is None
    assert sub_column_statistic(shape, [arm, "%"], ["Difference vs placebo"]) is None
    assert sub_column_statistic(shape, [arm, "%"], ["Sex, n (%)", "Male"]) == "percent"


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


# --- decimal-aligned cells (style align): count and bracket in boxes of their own ----------------------------


def _w(text: str, x0: float, top: float, size: float = 7.0) -> Word:
    width = 0.5 * size * len(text)
    return Word(text, x0, top, x0 + width, top + size, size, False, (x0, top, x0 + width, top + size))


def _aligned_line(label: str, count: str, bracket: str | None, top: float) -> Line:
    """A row of a decimal-aligned column: the count right-aligned at x = 200, the bracket right-aligned at 233."""
    words = [_w(label, 50.0, top), _w(count, 200.0 - 3.5 * len(count), top)]
    if bracket is not None:
        words.append(_w(bracket, 233.0 - 3.5 * len(bracket), top))
    return Line(words=words)


def _region(lines: list[Line]) -> TableRegion:
    return TableRegion(
        caption=None,
        table_id="Table 1",
        title="",
        frame_index=0,
        page=1,
        x0=45.0,
        x1=300.0,
        top=90.0,
        bottom=200.0,
        body=lines,
    )


def test_a_column_of_brackets_each_beside_a_bare_count_is_the_right_half_of_the_count_column() -> None:
    # "  7     (25.9)" over " 20     (74.1)" over "  0": the gap inside the cell (up to 3 em) is wider than a cell gap
    lines = [
        _aligned_line("<65 years", "7", "(25.9)", 100),
        _aligned_line("≥65 years", "20", "(74.1)", 110),
        _aligned_line("Unknown", "0", None, 120),
        _aligned_line("Mean ± SD", "71.4", "± 8.5", 130),
    ]
    region = _region(lines)
    assert all(is_data_line(line, region) for line in lines)  # "71.4 | ± 8.5" is a data line, not a header
    columns = value_columns(lines, region)
    assert len(columns) == 1 and columns[0][0] < 195 and columns[0][1] > 228
    # a header cell over each half ("n | (%)") splits them again
    header = [Line(words=[_w("n", 194.0, 80), _w("(%)", 222.0, 80)])]
    assert len(split_by_header(columns, header, lines)) == 2


def test_a_bracket_column_is_not_joined_when_a_bracket_stands_alone_or_too_far() -> None:
    alone = [
        _aligned_line("Male", "7", "(25.9)", 100),
        Line(words=[_w("Female", 50.0, 110), _w("(74.1)", 212.0, 110)]),  # no count beside it
    ]
    assert len(value_columns(alone, _region(alone))) == 2
    far = [
        Line(words=[_w("Male", 50.0, 100 + 10 * i), _w("7", 196.5, 100 + 10 * i), _w("(3.7)", 300.0, 100 + 10 * i)])
        for i in range(3)
    ]  # 100 pt = 14 em away: a column of its own
    assert len(value_columns(far, _region(far))) == 2
    assert join_bracket_columns([(190.0, 200.0), (240.0, 262.0)], []) == [(190.0, 200.0), (240.0, 262.0)]


def _header_line(cells: list[tuple[str, float]], top: float) -> Line:
    return Line(words=[_w(text, x, top) for text, x in cells])


def test_a_centred_arm_over_span_rules_drawn_end_to_end_spans_the_columns_it_is_centred_on() -> None:
    # values decimal-aligned in cells wider than them: six value columns, two arms centred over three each, their
    # span rules drawn end to end from past the stub to the table's right edge (wider than the value columns)
    columns = [(160.0, 206.0), (228.0, 274.0), (299.0, 341.0), (362.0, 408.0), (434.0, 475.0), (505.0, 542.0)]
    arms = _header_line([("Sunitinib", 230.0), ("Capecitabine", 420.0)], 75.0)
    grades = _header_line([(t, (c0 + c1) / 2 - 12) for t, (c0, c1) in zip(["G"] * 6, columns, strict=True)], 86.0)
    starts = ((230.0, 420.0), tuple(w.x0 for w in grades.words))
    rule = Rule(147.0, 550.0, arms.bottom + 1.5)
    edges = SpanEdges((rule,), 45.0, starts)
    sunitinib = [arms.words[0]]
    capecitabine = [arms.words[1]]
    assert centred_span(sunitinib, columns, arms, 0, edges) == [0, 1, 2]
    assert centred_span(capecitabine, columns, arms, 0, edges) == [3, 4, 5]
    # the lowest header line spans nothing; nor does a rule under the stub too (the header's bottom rule)
    low = SpanEdges((Rule(147.0, 550.0, grades.bottom + 1.5),), 45.0, starts)
    assert centred_span([grades.words[1]], columns, grades, 1, low) == []
    under_stub = SpanEdges((Rule(45.0, 550.0, arms.bottom + 1.5),), 45.0, starts)
    assert centred_span(sunitinib, columns, arms, 0, under_stub) == []
    # a cell set flush left over a lower header cell is not centred: it spans nothing here
    flush = SpanEdges((rule,), 45.0, ((starts[1][0], 420.0), starts[1]))
    flush_arms = _header_line([("Sunitinib", starts[1][0]), ("Capecitabine", 420.0)], 75.0)
    assert centred_span([flush_arms.words[0]], columns, flush_arms, 0, flush) == []


def test_decimal_aligned_fixture_reads_each_cell_whole_under_its_arm() -> None:
    """zoo-align-sunitinib Table 4: "218 (92)" set as "218" and "(92)" in aligned boxes, under "Sunitinib (N = 238)"
    centred over "Any grade | Grade 3 | Grade 4" (before: 114 / 194, the brackets a column of their own)."""
    extraction = extract(PDFS / "zoo-align-sunitinib.pdf")
    got = {
        (r.row[-1], tuple(r.column), r.statistic, r.value)
        for r in extraction.records
        if r.table == "Table 4" and r.row[-1] == "Diarrhea"
    }
    assert ("Diarrhea", ("n (%)", "Sunitinib (N = 238)", "Any grade"), "percent", 40.0) in got
    assert ("Diarrhea", ("n (%)", "Capecitabine (N = 240)", "Grade 4"), "count", 2.0) in got
    assert len(got) == 12  # a count and a percent in each of the six columns


def test_a_flush_left_head_over_a_rule_of_its_own_that_leaves_the_stub_free_spans_the_columns_under_it() -> None:
    # jats-vismodegib Table 1 (one text column wide): "No. (%)" flush left over "GV (n = 53) | GP | Total", its rule
    # as wide as the cells (140 pt over 109 pt of values), so it read as the header's bottom rule: 110 -> 128 / 128
    columns = [(150.0, 171.0), (193.0, 215.0), (237.0, 258.0)]
    head = _header_line([("No.", 150.0), ("(%)", 163.0)], 411.0)
    arms = _header_line([("GV", 150.0), ("GP", 193.0), ("Total", 237.0)], 422.0)
    starts = ((150.0, 163.0), tuple(w.x0 for w in arms.words))
    rule = Rule(145.6, 286.0, head.bottom + 1.5)
    edges = SpanEdges((rule,), 40.0, starts)
    assert lone_span(head.words, columns, head, 0, edges) == [0, 1, 2]
    assert lone_span(head.words, columns, head, 1, edges) == []  # no header cells below it
    assert lone_span(head.words, columns, head, 0, SpanEdges((Rule(40.0, 286.0, rule.y),), 40.0, starts)) == []
    shared = _header_line([("No.", 150.0), ("(%)", 163.0), ("P", 270.0)], 411.0)
    assert lone_span(shared.words[:2], columns, shared, 0, edges) == []  # another cell stands over the rule


# --- dose-ranging headers (style dose) ------------------------------------------------------------------------


def test_bare_doses_beside_a_comparator_name_over_labelled_rows_are_a_header_row() -> None:
    # "Trabedersen, µM" over "10 | 80", the comparator's cell "Standard chemotherapy (TMZ/PCV)" spanning the header
    # rows and set at their foot, on the doses' line; the rows below have labels
    doses = Line(words=[_w("10", 280.0, 100), _w("80", 335.0, 100), _w("Standard chemotherapy (TMZ/PCV)", 400.0, 100)])
    rows = [
        Line(words=[_w("At least 1 AE", 44.0, 120 + 10 * i), _w("40 (98%)", 275.0, 120 + 10 * i),
                    _w("48 (98%)", 330.0, 120 + 10 * i), _w("44 (98%)", 458.0, 120 + 10 * i)])
        for i in range(3)
    ]  # fmt: skip
    lines = [doses, *rows]
    s = GridSettings()
    assert numeric_header_count(lines, [0, 1, 2, 3], 270.0, 44.0, 490.0, [], s) == 1
    # a row label on the line, or a value among its words ("NR"): data
    labelled = Line(words=[_w("Dose", 44.0, 100), *doses.words])
    assert numeric_header_count([labelled, *rows], [0, 1, 2, 3], 270.0, 44.0, 490.0, [], s) == 0
    valued = Line(words=[_w("10", 280.0, 100), _w("80", 335.0, 100), _w("NR", 460.0, 100)])
    assert numeric_header_count([valued, *rows], [0, 1, 2, 3], 270.0, 44.0, 490.0, [], s) == 0


def test_a_dose_ranging_header_reads_each_arm_with_its_dose_and_n() -> None:
    """zoo-dose-trabedersen Table 3 (before: 0 / 145): "10 | 80" under "Trabedersen, µM", the arms' "n = 41" line
    under them, closed off from the body by a rule from the stub's edge (the stub head "AE, no. (%)" spans the
    header rows, so the rule leaves the stub out): a header line, not a row group "AE, no. (%)"."""
    extraction = extract(PDFS / "zoo-dose-trabedersen.pdf")
    got = {
        (tuple(r.column), r.statistic, r.value, r.arm_n)
        for r in extraction.records
        if r.table == "Table 3" and r.row == ["At least 1 AE"]
    }
    assert (("Trabedersen, µM", "10", "n = 41"), "count", 40.0, 41) in got
    assert (("Trabedersen, µM", "80", "n = 49"), "percent", 98.0, 49) in got
    assert (("Standard chemotherapy (TMZ/PCV)", "n = 45"), "count", 44.0, 45) in got
