"""A table region's lines into a grid: value columns, header levels, and logical rows with their labels.

Columns come from where the numbers are: the value cells of the data rows are clustered by their horizontal
extent; everything left of the first value column is the stub (row labels). Header lines (above the first
data row) are laid over the columns: a header cell over several columns, or set on a line that also holds
one, is a spanning group level. Body lines are merged into logical rows: a label wrapped over lines, values
printed beside the middle or the last line of their label, a cell wrapped onto the next line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from extractors.geometry import DEFAULT_GRID, GridSettings
from extractors.grid_columns import (
    N_CELL,
    is_data_line,
    segments,
    split_by_header,
    value_columns,
    without_numeric_headers,
)
from extractors.grid_header import flush_left_groups, header_fragments, merge_rules
from extractors.grid_rows import EQUATION, body_rows
from extractors.grid_types import Cell, Grid, HeaderFragment, Row
from extractors.header_lone_cells import without_lone_header_cells
from extractors.header_rows import numeric_header_count
from extractors.header_spans import SpanEdges
from extractors.layout import Line, join_words
from extractors.regions import TableRegion
from extractors.scripts import attach_scripts, join_pushed_lines
from extractors.stub_columns import text_column
from extractors.values import value_like
from schemas.document import Fill, Rule

__all__ = ["Cell", "Grid", "HeaderFragment", "Row", "region_to_grid", "value_like"]


def region_to_grid(
    region: TableRegion,
    fills: list[Fill],
    rules: list[Rule],
    settings: GridSettings | Mapping[str, float] | None = None,
    known_columns: list[tuple[float, float]] | None = None,
) -> Grid | None:
    """Lay a region's body lines out as a grid; ``None`` when no value column can be found. ``known_columns``:
    the value columns are these (a part under a repeated header: the first part's, extractors/repeated_header.py)."""
    s = GridSettings.resolve(settings)
    lines = join_pushed_lines(attach_scripts([ln for ln in region.body if ln.words], s), s)
    data = [i for i, ln in enumerate(lines) if is_data_line(ln, region)]
    data = without_lone_header_cells(lines, without_numeric_headers(lines, data, region), region)
    if not data:
        return None
    columns = list(known_columns) if known_columns else value_columns([lines[i] for i in data], region)
    if not columns:
        return None
    table_x0 = min(ln.words[0].x0 for ln in lines)
    skip = numeric_header_count(lines, data, columns[0][0] - 1.0, table_x0, columns[-1][1], rules, s)
    if skip:
        # numeric header rows ("Grade 1 2 3", "37 | 98 mg/m²") are the lowest header level, not data
        data = data[skip:]
        columns = (not known_columns and value_columns([lines[i] for i in data], region)) or columns
    if not known_columns:
        columns = split_by_header(columns, lines[: data[0]], [lines[i] for i in data])
    stub_x1 = columns[0][0] - 1.0
    first = _first_body_line(lines, data[0], columns, rules, table_x0, s)
    header_lines, body_lines = lines[:first], lines[first:]
    header_lines, lead = _leading_group_label(header_lines, body_lines, stub_x1)
    if lead is not None:
        body_lines = [lead, *body_lines]
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    merged = merge_rules(rules, s.rule_join_em * size, s.rule_level_em * size)
    edges = SpanEdges(tuple(merged), table_x0, settings=s)
    header, stub_header = header_fragments(
        header_lines, columns, stub_x1, merged, region, s.header_prose_words, s, edges
    )
    flush_left_groups(header, header_lines, columns, rules, s)
    rows = body_rows(body_lines, columns, stub_x1, fills)
    unit_x0 = _unit_column(header_lines, stub_x1, table_x0)
    text_x0 = None if unit_x0 is not None else text_column(header_lines, rows, stub_x1, table_x0, s)
    return Grid(
        columns=columns,
        stub_x1=stub_x1,
        stub_header=stub_header,
        header=header,
        rows=rows,
        region=region,
        unit_x0=unit_x0,
        text_x0=text_x0,
    )


_UNIT_HEAD = re.compile(r"^units?:?$", re.IGNORECASE)


def _unit_column(header: list[Line], stub_x1: float, table_x0: float) -> float | None:
    """Where a column of units set in the stub starts: a second stub head "Unit(s)" right of the first
    ("Characteristic | Unit | Drug | Placebo"), an em or more from the table's left edge."""
    for line in header:
        for w in line.words:
            if w.x1 <= stub_x1 and w.x0 >= table_x0 + w.size and _UNIT_HEAD.match(w.text):
                return w.x0
    return None


_DESCRIPTOR = r"(?:,?\s*(?:n|no\.?|number)\s*\(%\)|,?\s*(?:mean|median|gm)\s*\([^)]*\)|,?\s*%)"


_STUB_HEADER = re.compile(
    r"^(?:(?:characteristics?|variables?|parameters?|outcomes?|events?|end ?points?|measures?|items?|factors?|"
    r"subgroups?|features?|categor(?:y|ies)|adverse events?|safety (?:end ?points?|outcomes?)|demographics?|"
    r"no\.? of patients|patients?|group|dose(?: group| level)?|cohort|treatment|variable|term|"
    r"(?:\w+\s)*?\(?[nN]\s*[=:]\s*\d+\)?)[*†‡§a-z]?"
    rf"{_DESCRIPTOR}?|{_DESCRIPTOR[3:-1]})[,:]?$|^(?-i:[a-z(])",
    re.IGNORECASE,
)


def _first_body_line(
    lines: list[Line],
    first_data: int,
    columns: list[tuple[float, float]],
    rules: list[Rule] | None = None,
    table_x0: float = 0.0,
    s: GridSettings = DEFAULT_GRID,
) -> int:
    """Index of the first body line: header lines hold text over the value columns; stub-only lines just
    above the first data row are body group rows ("SAD part 1"), unless a header line follows them; a line
    with a row label and only "n = ..." over the columns is a body row that gives the groups' N, unless a
    table-wide header rule closes it off from the body below and header lines stand above it: then it is the
    header's group-size line and its label is the stub head ("Demographic variable | (n=32) | (n=26)")."""
    stub_x1, table_x1 = columns[0][0] - 1.0, columns[-1][1]
    width = table_x1 - table_x0
    # a rule across the table, or from the stub's edge across every value column (a stub head spanning the header
    # rows leaves the stub out of the rule under the lowest one: header_rows.numeric_header_count reads it so too)
    wide = [
        r
        for r in rules or []
        if (width > 0 and r.x1 - r.x0 >= s.header_rule_share * width) or (r.x0 <= stub_x1 + 1 and r.x1 >= table_x1 - 1)
    ]

    def closes_header(i: int) -> bool:
        line = lines[i]
        low = line.bottom - s.header_rule_above_em * line.size
        high = min(line.bottom + s.header_rule_em * line.size, lines[i + 1].top)
        return i > 0 and any(low <= r.y <= high for r in wide)

    # where the body's row labels end as printed: header words starting right of it stand over the value columns
    # even where those columns' values are centred well right of their header cells ("Axitinib 5 mg" / ... /
    # "mean" over "187" in a narrow column)
    label_ends = [
        max(w.x1 for w in ln.words if w.x1 <= stub_x1 + 1) for ln in lines[first_data:] if ln.words[0].x1 <= stub_x1 + 1
    ]
    label_right = max(label_ends) if label_ends else stub_x1

    def group_sizes(line: Line) -> tuple[bool, bool]:
        """(labelled, a line of "n = ..." cells over the value columns)"""
        over = [seg for seg in segments(line) if seg[-1].x1 > stub_x1 + 1 or seg[0].x0 > label_right + 1]
        stub = join_words([w for w in line.words if w.x1 <= stub_x1 + 1 and w.x0 <= label_right + 1])
        labelled = bool(stub) and not _STUB_HEADER.match(stub.strip())
        return labelled, bool(over) and all(N_CELL.match(join_words(seg)) for seg in over)

    # the sizes of one of several row groups: a later body line gives another group's sizes the same way
    # ("GBM patients | n = 28 | n = 34" under "All patients | n = 40 | n = 49"), so the first is no header line
    # even when it is set in header type with a rule under it
    recurs = any(all(group_sizes(ln)) for ln in lines[first_data:])
    first = first_data
    i = first_data - 1
    while i >= 0:
        line = lines[i]
        over = [seg for seg in segments(line) if seg[-1].x1 > stub_x1 + 1 or seg[0].x0 > label_right + 1]
        labelled, n_line = group_sizes(line)
        if over and _overhanging_label(line, lines[:i], columns, table_x0, s, lines[i + 1]):
            over = []  # a row group's label too long for the stub, under a header line of column cells
        if over and max(w.x1 for w in line.words) <= stub_x1 + 1 and EQUATION.search(join_words(line.words)):
            over = []  # a model's equation set in the stub over its parameters' rows, longer than their labels
        if over and not (labelled and n_line and (recurs or not closes_header(i))):
            break
        first = i
        i -= 1
    return first


def _overhanging_label(
    line: Line,
    above: list[Line],
    columns: list[tuple[float, float]],
    table_x0: float,
    s: GridSettings,
    below: Line | None = None,
) -> bool:
    """A label-only line set flush with the row labels that runs on past the stub into the value columns
    ("Placebo-adjusted change from baseline at week 8 (%) (LOCF)", "Gastrointestinal disorders leading to
    discontinuation" over the rows it groups), right under a header line with a cell over two or more value
    columns: the first row group's label, not a header cell (a header cell starts over its column, a stub head
    stays in the stub). A header cell over the value columns may start flush with its column's values (the
    stub ends right there); a word of the line that starts where a header cell of the line above starts (within
    ``head_align_em``) is set as a cell of a lower header level, so the line stays in the header -- unless the line
    under it (``below``) is values with no label of their own, whose label it is."""
    stub_x1 = columns[0][0] - 1.0
    segs = segments(line)
    if len(segs) != 1 or not above:
        return False
    words = segs[0]
    text = join_words(words).strip()
    if words[0].x0 > table_x0 + s.label_flush_em * line.size or words[-1].x1 <= stub_x1 + 1:
        return False
    if value_like(text) or not re.search(r"[A-Za-z]{3}", text) or N_CELL.match(text):
        return False
    header_cells = [seg for seg in segments(above[-1]) if seg[0].x0 > stub_x1]
    indented_row = (
        below is not None
        and bool(below.words)
        and words[0].x0 + s.wrapped_label_indent_em * line.size < below.words[0].x0 < stub_x1
    )
    if indented_row and words[-1].x1 < (columns[0][0] + columns[0][1]) / 2:
        # over an indented row, running only a little way into the first value column, short of its middle (a
        # narrow column set close to the stub): no head of that column, centred over it or flush with it, ends there
        return True
    if below is not None and below.words and below.words[0].x0 >= stub_x1:
        # the line under it is values with no label of their own: this line, set from the stub across the value
        # columns, is their row's label (a header's lowest level would leave the first row's label unsaid)
        return len(header_cells) >= 2
    if any(abs(w.x0 - seg[0].x0) <= s.head_align_em * w.size for w in words[1:] for seg in header_cells):
        return False  # a lower header level, its cells set flush with the cells over them
    return len(header_cells) >= 2


_GROUP_N = re.compile(r"\(\s*[nN]\s*[=:¼]\s*\d[\d,]*\s*\)")


_ROMAN = re.compile(r"^(?:[IVX]+|[A-Z])$")


def _group_shape(text: str) -> str:
    """A label's shape: its words with numbers, roman numerals and single capitals blanked
    ("Group I (n=12)" and "Group II (n=12)" share one)."""
    words = []
    for w in _GROUP_N.sub(" (n) ", text).split():
        words.append("R" if _ROMAN.match(w) else re.sub(r"\d+(?:[.,]\d+)?", "#", w.lower()))
    return " ".join(words)


def _leading_group_label(header: list[Line], body: list[Line], stub_x1: float) -> tuple[list[Line], Line | None]:
    """The lowest header line can open the first row group: its stub-column cell ("Group I (n=12)") set
    beside sub-headers over the value columns ("First | Final") names the group of the rows below, the way a
    later label-only body row ("Group II (n=12)") names its own, when a body row of the same shape is a group
    row, or when it gives a group size and the stub head is printed above it. The cell then leaves the
    header line and becomes the first body row."""
    if len(header) < 2 or not body:
        return header, None
    line = header[-1]
    segs = segments(line)
    if len(segs) < 2 or segs[0][-1].x1 > stub_x1 + 1 or segs[1][0].x0 <= stub_x1 + 1:
        return header, None
    text = join_words(segs[0]).strip()
    if not text or value_like(text) or not re.search(r"[A-Za-z]", text):
        return header, None
    shape = _group_shape(text)
    later = any(
        _group_shape(join_words(ln.words)) == shape for ln in body if ln.words and ln.words[-1].x1 <= stub_x1 + 1
    )
    head_above = any(ln.words and ln.words[0].x1 <= stub_x1 + 1 for ln in header[:-1])
    if not (later or (_GROUP_N.search(text) and head_above)):
        return header, None
    rest = Line(words=[w for seg in segs[1:] for w in seg])
    return [*header[:-1], rest], Line(words=list(segs[0]))
