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
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.geometry import DEFAULT_GRID, GridSettings
from extractors.header_rows import numeric_header_count
from extractors.layout import Line, join_words, split_segments, text_of
from extractors.regions import TableRegion
from extractors.scripts import attach_scripts
from extractors.values import value_like
from schemas.document import BBox, Fill, Rule, Word

__all__ = ["Cell", "Grid", "HeaderFragment", "Row", "region_to_grid", "value_like"]

_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Cell:
    """The words of one grid cell."""

    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return text_of(self.words)

    @property
    def bbox(self) -> BBox:
        boxes = [w.page_bbox for w in self.words]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass(slots=True)
class Row:
    """A logical table row: its label (possibly wrapped), indentation, and one cell per value column."""

    label_words: list[Word]
    cells: list[Cell]
    top: float
    bottom: float
    indent: float = 0.0
    bold: bool = False
    outer_words: list[Word] = field(default_factory=list)
    path: list[str] = field(default_factory=list)  # the label path the structure stage gave the row

    @property
    def label(self) -> str:
        return text_of(self.label_words)

    @property
    def has_values(self) -> bool:
        return any(c.words for c in self.cells)

    @property
    def size(self) -> float:
        words = self.label_words or [w for c in self.cells for w in c.words]
        return max(w.size for w in words) if words else 8.0


@dataclass(slots=True)
class HeaderFragment:
    """Header text over a set of columns, from one header line."""

    text: str
    columns: tuple[int, ...]
    line: int
    words: list[Word]
    ruled: bool = False  # its columns are the ones a span rule under it covers


@dataclass(slots=True)
class Grid:
    """Columns, header fragments and rows of one table part (one region)."""

    columns: list[tuple[float, float]]
    stub_x1: float
    stub_header: str
    header: list[HeaderFragment]
    rows: list[Row]
    region: TableRegion


def region_to_grid(
    region: TableRegion,
    fills: list[Fill],
    rules: list[Rule],
    settings: GridSettings | Mapping[str, float] | None = None,
) -> Grid | None:
    """Lay a region's body lines out as a grid; ``None`` when no value column can be found."""
    s = GridSettings.resolve(settings)
    lines = attach_scripts([ln for ln in region.body if ln.words], s)
    data = [i for i, ln in enumerate(lines) if _is_data_line(ln, region)]
    data = _without_numeric_headers(lines, data, region)
    if not data:
        return None
    columns = _value_columns([lines[i] for i in data], region)
    if not columns:
        return None
    table_x0 = min(ln.words[0].x0 for ln in lines)
    skip = numeric_header_count(lines, data, columns[0][0] - 1.0, table_x0, columns[-1][1], rules, s)
    if skip:
        # numeric header rows ("Grade 1 2 3", "37 | 98 mg/m²") are the lowest header level, not data
        data = data[skip:]
        columns = _value_columns([lines[i] for i in data], region) or columns
    columns = _split_by_header(columns, lines[: data[0]], [lines[i] for i in data])
    stub_x1 = columns[0][0] - 1.0
    first = _first_body_line(lines, data[0], stub_x1, rules, table_x0, columns[-1][1], s)
    header_lines, body_lines = lines[:first], lines[first:]
    header_lines, lead = _leading_group_label(header_lines, body_lines, stub_x1)
    if lead is not None:
        body_lines = [lead, *body_lines]
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    merged = _merge_rules(rules, s.rule_join_em * size, s.rule_level_em * size)
    header, stub_header = _header_fragments(header_lines, columns, stub_x1, merged, region, s.header_prose_words, s)
    _flush_left_groups(header, header_lines, columns, rules, s)
    rows = _rows(body_lines, columns, stub_x1, fills)
    return Grid(columns=columns, stub_x1=stub_x1, stub_header=stub_header, header=header, rows=rows, region=region)


def _stub_text(line: Line, region: TableRegion) -> str:
    """The row label a line starts with: its first segment when it starts in the stub (a numeric category
    label, "30–39" or "<15%", is a label there)."""
    first = split_segments(line.words, 0.9)[0]
    if first[0].x0 >= region.x0 + 0.3 * (region.x1 - region.x0):
        return ""
    return join_words(first).strip()


_BARE = re.compile(r"^[≥≤<>]?\s*\d+(?:[.,]\d+)?(?:\s*[–—-]\s*\d+(?:[.,]\d+)?)?\s*(?:[a-zA-Zµ/²%]{1,8})?$")


def _bare(line: Line) -> bool:
    """A line whose value cells are all bare numbers or number ranges ("1–2", "37", "98 mg/m²"), as
    category headers print them; data cells carry a parenthesis, a decimal or a ± somewhere."""
    cells = [join_words(sg).strip() for sg in split_segments(line.words, 0.9)[1:]]
    # plain integers beside a label are a row of group sizes ("Patients 50 48"), which is data
    ranged = any(re.search(r"\d\s*[–—-]\s*\d|\d\s*(?:[a-zA-Zµ]{2,}|[a-zA-Zµ]*/|%)", c) for c in cells)
    return bool(cells) and (ranged or _counting(cells)) and all(_BARE.match(c) for c in cells)


def _counting(cells: list[str]) -> bool:
    """Integers that count up in runs ("1 2 3 | 1 2 3", "3 4 | 3 4"): category numbers such as grades or
    cycles under each group, not group sizes."""
    if not all(c.isdigit() for c in cells) or len(cells) < 2:
        return False
    values = [int(c) for c in cells]
    steps = [b - a for a, b in pairwise(values)]
    return all(d == 1 or b < a for d, (a, b) in zip(steps, pairwise(values), strict=True)) and 1 in steps


def _without_numeric_headers(lines: list[Line], data: list[int], region: TableRegion) -> list[int]:
    """Leading lines of bare numbers, ranges or doses (grade bands "1–2 | 3–4", doses "37 | 98 mg/m²"),
    with or without a stub heading ("Grade", "Dose"), above labelled rows whose cells are not bare, are
    header rows. A line of values right under a label-only line is that label's row (a wrapped label)."""
    out = list(data)
    while len(out) > 1 and out[0] > 0:  # under a header line: a part starting with data has none
        i = out[0]
        if not _bare(lines[i]) or _bare(lines[out[1]]):
            break  # data cells, or a run of bare rows (a table of counts): data
        if i > 0 and _stub_text(lines[i - 1], region) and len(split_segments(lines[i - 1].words, 0.9)) == 1:
            break  # the values of a label printed on the line above
        if not any(_stub_text(lines[j], region) for j in out[1:]):
            break
        out.pop(0)
    return out


def _segments(line: Line) -> list[list[Word]]:
    return split_segments(line.words, 0.9)


# "(95%" alone: the first line of a header cell "(95% CI)" wrapped in a narrow column, not a value
_CI_LEVEL = re.compile(r"^\(\s*(?:80|90|95|99)\s*%$")


def _is_data_line(line: Line, region: TableRegion) -> bool:
    """A line with value cells set apart from the label: at least one holding a number, and most of the
    cells right of the label value-like (a header line with one "43, 57" in it is not data)."""
    segs = _segments(line)
    width = region.x1 - region.x0
    cells = [seg for k, seg in enumerate(segs) if not (k == 0 and seg[0].x0 < region.x0 + 0.3 * width)]
    if not cells:
        return False
    texts = [join_words(seg) for seg in cells]
    numeric = [
        t
        for t in texts
        if value_like(t) and _DIGIT.search(t) and not re.match(r"^[nN]\s*[=¼5]", t) and not _CI_LEVEL.match(t)
    ]
    return bool(numeric) and 2 * sum(1 for t in texts if value_like(t)) > len(texts)


def _value_columns(lines: list[Line], region: TableRegion) -> list[tuple[float, float]]:
    """Value columns: the horizontal extents of the value cells of data lines, merged where they overlap. A
    value centred across two columns of the fullest lines (one figure per arm over its "No. (%) | Median"
    sub-columns) widens neither."""
    width = region.x1 - region.x0
    per_line: list[list[tuple[float, float]]] = []
    for line in lines:
        spans_of_line = []
        for k, seg in enumerate(_segments(line)):
            text = join_words(seg)
            if k == 0 and (seg[0].x0 < region.x0 + 0.3 * width or not value_like(text)):
                continue
            if not value_like(text):
                continue
            spans_of_line.append((seg[0].x0, seg[-1].x1))
        per_line.append(spans_of_line)
    spans = [sp for line_spans in per_line for sp in line_spans]
    if not spans:
        return []
    fullest = max(len(line_spans) for line_spans in per_line)
    if fullest >= 2:
        base = _merged_spans(sorted(sp for line_spans in per_line if len(line_spans) == fullest for sp in line_spans))
        spans = [sp for sp in spans if not _across_columns(sp[0], sp[1], base)]
    return _merged_spans(sorted(spans))


def _merged_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    if not spans:
        return []
    merged: list[list[float]] = [[spans[0][0], spans[0][1], 1]]
    for x0, x1 in spans[1:]:
        last = merged[-1]
        if x0 <= last[1] + 0.5:
            last[1] = max(last[1], x1)
            last[2] += 1
        else:
            merged.append([x0, x1, 1])
    return [(m[0], m[1]) for m in merged]


_N_CELL = re.compile(r"^\(?\s*[nN]\s*[=¼5:]\s*\d[\d,]*\s*[a-z*†‡§¶#]*\s*\)?$")


_DESCRIPTOR = r"(?:,?\s*(?:n|no\.?|number)\s*\(%\)|,?\s*(?:mean|median|gm)\s*\([^)]*\)|,?\s*%)"
_STUB_HEADER = re.compile(
    r"^(?:(?:characteristics?|variables?|parameters?|outcomes?|events?|end ?points?|measures?|items?|factors?|"
    r"subgroups?|features?|categor(?:y|ies)|adverse events?|safety (?:end ?points?|outcomes?)|demographics?|"
    r"no\.? of patients|patients?|group|dose(?: group| level)?|cohort|treatment|variable|term|"
    r"(?:\w+\s)*?\(?[nN]\s*[=:]\s*\d+\)?)[*†‡§a-z]?"
    rf"{_DESCRIPTOR}?|{_DESCRIPTOR[3:-1]})[,:]?$|^(?-i:[a-z(])",
    re.IGNORECASE,
)


def _split_by_header(
    columns: list[tuple[float, float]], header: list[Line], body: list[Line] | None = None
) -> list[tuple[float, float]]:
    """A value column holding two header cells side by side above it (values set so close that their cells
    touch) is two columns: split it in the gap between the header cells. Where a narrow header sits centred
    over wider values ("P" over "0.999a"), the midpoint of the header gap can fall inside the values: the cut
    then moves to the widest gap the body's words leave between the two header cells."""
    out: list[tuple[float, float]] = []
    for c0, c1 in columns:
        spans: list[list[float]] = []
        for line in header:
            for seg in split_segments(line.words, 0.9):
                x0, x1 = seg[0].x0, seg[-1].x1
                if x0 >= c0 - 6 and x1 <= c1 + 6:
                    spans.append([x0, x1])
        spans.sort()
        groups: list[list[float]] = []
        for x0, x1 in spans:
            if groups and x0 <= groups[-1][1] + 1:
                groups[-1][1] = max(groups[-1][1], x1)
            else:
                groups.append([x0, x1])
        if len(groups) < 2:
            out.append((c0, c1))
            continue
        words = [(w.x0, w.x1) for line in body or [] for w in line.words if w.x1 > c0 and w.x0 < c1]
        cuts = [_body_gap(groups[i], groups[i + 1], words) for i in range(len(groups) - 1)]
        edges = [c0, *cuts, c1]
        out.extend((edges[i], edges[i + 1]) for i in range(len(edges) - 1))
    return out


def _body_gap(left: list[float], right: list[float], words: list[tuple[float, float]]) -> float:
    """Where to cut between two header cells: the middle of their gap, unless a body word covers it; then the
    middle of the widest stretch between the two header cells' centres that no body word covers."""
    mid = (left[1] + right[0]) / 2
    if not any(x0 < mid < x1 for x0, x1 in words):
        return mid
    lo, hi = (left[0] + left[1]) / 2, (right[0] + right[1]) / 2
    best, best_width, at = mid, 0.0, lo
    for x0, x1 in sorted(words):
        if x1 <= at:
            continue
        end = min(x0, hi)
        if end - at > best_width:
            best, best_width = (at + end) / 2, end - at
        at = max(at, x1)
        if at >= hi:
            break
    if hi - at > best_width:
        best, best_width = (at + hi) / 2, hi - at
    return best if best_width > 0 else mid


def _first_body_line(
    lines: list[Line],
    first_data: int,
    stub_x1: float,
    rules: list[Rule] | None = None,
    table_x0: float = 0.0,
    table_x1: float = 0.0,
    s: GridSettings = DEFAULT_GRID,
) -> int:
    """Index of the first body line: header lines hold text over the value columns; stub-only lines just
    above the first data row are body group rows ("SAD part 1"), unless a header line follows them; a line
    with a row label and only "n = ..." over the columns is a body row that gives the groups' N, unless a
    table-wide header rule closes it off from the body below and header lines stand above it: then it is the
    header's group-size line and its label is the stub head ("Demographic variable | (n=32) | (n=26)")."""
    width = table_x1 - table_x0
    wide = [r for r in rules or [] if width > 0 and r.x1 - r.x0 >= s.header_rule_share * width]

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
        over = [seg for seg in _segments(line) if seg[-1].x1 > stub_x1 + 1 or seg[0].x0 > label_right + 1]
        stub = join_words([w for w in line.words if w.x1 <= stub_x1 + 1 and w.x0 <= label_right + 1])
        labelled = bool(stub) and not _STUB_HEADER.match(stub.strip())
        return labelled, bool(over) and all(_N_CELL.match(join_words(seg)) for seg in over)

    # the sizes of one of several row groups: a later body line gives another group's sizes the same way
    # ("GBM patients | n = 28 | n = 34" under "All patients | n = 40 | n = 49"), so the first is no header line
    # even when it is set in header type with a rule under it
    recurs = any(all(group_sizes(ln)) for ln in lines[first_data:])
    first = first_data
    i = first_data - 1
    while i >= 0:
        line = lines[i]
        over = [seg for seg in _segments(line) if seg[-1].x1 > stub_x1 + 1 or seg[0].x0 > label_right + 1]
        labelled, n_line = group_sizes(line)
        if over and not (labelled and n_line and (recurs or not closes_header(i))):
            break
        first = i
        i -= 1
    return first


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
    segs = _segments(line)
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


def _column_of(x0: float, x1: float, columns: list[tuple[float, float]]) -> list[int]:
    """Columns a horizontal extent overlaps; the nearest one when it overlaps none."""
    hit = [k for k, (c0, c1) in enumerate(columns) if x0 < c1 - 0.5 and x1 > c0 + 0.5]
    if hit:
        return hit
    centre = (x0 + x1) / 2
    return [min(range(len(columns)), key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - centre))]


def _header_fragments(
    lines: list[Line],
    columns: list[tuple[float, float]],
    stub_x1: float,
    rules: list[Rule],
    region: TableRegion,
    prose_words: int = DEFAULT_GRID.header_prose_words,
    settings: GridSettings = DEFAULT_GRID,
) -> tuple[list[HeaderFragment], str]:
    fragments: list[HeaderFragment] = []
    stub_parts: list[str] = []
    segs_by_line = [
        [part for sg in split_segments(line.words, 1.1) for part in _split_at_gaps(sg, columns)] for line in lines
    ]
    starts = _anchor_starts(segs_by_line, columns, region)
    stub_edge = starts[0] - 1 if starts else stub_x1 + 2
    for li, (line, segs) in enumerate(zip(lines, segs_by_line, strict=True)):
        for seg in [part for sg in segs for part in _split_at_gaps(sg, columns)]:
            if _prose_like(join_words(seg), prose_words):
                continue  # a caption or note sentence set inside the header band is no header cell
            stub_left = region.x0 + 0.35 * (stub_x1 - region.x0)
            in_stub = (
                seg[-1].x1 <= stub_edge
                if starts
                else (seg[-1].x1 <= stub_x1 + 2 or (seg[0].x0 < stub_left and seg[-1].x1 < columns[0][1]))
            )
            if in_stub:
                stub_parts.append(join_words(seg))
                continue
            if starts:
                cols = _cells_under(seg, starts, columns, rules, line)
            else:
                cols = _header_span(seg, columns, rules, line)
            ruled = len(cols) > 1 and _ruled_span(seg, columns, rules, line) == cols
            fragments.append(HeaderFragment(join_words(seg), tuple(cols), li, list(seg), ruled))
    _wrapped_spans(fragments, columns)
    _fill_group_levels(fragments, columns, settings)
    return fragments, " ".join(stub_parts)


_WORD = re.compile(r"[A-Za-z][a-z]{2,}")


def _prose_like(text: str, prose_words: int) -> bool:
    """Running text: at least ``prose_words`` words of three letters or more (header cells are short)."""
    return len(_WORD.findall(text)) >= prose_words


_CONTRAST = re.compile(r"\b(?:hr|or|rr|hazard|odds|ratio|difference)\b", re.IGNORECASE)
_ARM_N = re.compile(r"\b[nN]\s*=\s*\d")
_P_HEADER = re.compile(r"p(?:\s*value)?", re.IGNORECASE)
_FORM_TEXT = re.compile(r"\(%\)|\bno\.|\bn\b|number|mean|median", re.IGNORECASE)
_OTHER_MEASURE = re.compile(r"\bp\b|p.value|ratio|difference|\bci\b|\bhr\b|\bor\b|\brr\b", re.IGNORECASE)


def _stacked(frag: HeaderFragment, lower: list[HeaderFragment]) -> bool:
    """A header fragment centred over one lower header cell, no wider than it by much: a wrapped line of
    that column's header."""
    centre = (frag.words[0].x0 + frag.words[-1].x1) / 2
    width = frag.words[-1].x1 - frag.words[0].x0
    x0, x1 = frag.words[0].x0, frag.words[-1].x1
    overlapped = [f for f in lower if f.words[0].x0 < x1 and f.words[-1].x1 > x0]
    for f in lower:
        c = (f.words[0].x0 + f.words[-1].x1) / 2
        if abs(c - centre) > 4:
            continue
        # no wider than the cell below by much, or a long wrapped line centred over it alone
        if width <= (f.words[-1].x1 - f.words[0].x0) + 25 or all(o is f for o in overlapped):
            return True
    return False


def _split_at_gaps(seg: list[Word], columns: list[tuple[float, float]]) -> list[list[Word]]:
    """A header segment that runs across the gap between two value columns, with a word gap of half an em
    inside that column gap, is two header cells ("Spironolactone Doxazosin")."""
    out: list[list[Word]] = [[seg[0]]]
    for w in seg[1:]:
        prev = out[-1][-1]
        gap_mid = (prev.x1 + w.x0) / 2
        between = any(c1 <= gap_mid <= d0 for (_, c1), (d0, _) in pairwise(columns))
        if between and w.x0 - prev.x1 >= 0.5 * max(prev.size, w.size):
            out.append([w])
        else:
            out[-1].append(w)
    return out


def _anchor_starts(
    segs_by_line: list[list[list[Word]]], columns: list[tuple[float, float]], region: TableRegion
) -> list[float] | None:
    """Left edges of the header cells, from the lowest header line that has one cell per column (headers
    set flush left in their cells, values centred under them, do not line up with the values)."""
    n = len(columns)
    for segs in reversed(segs_by_line):
        cells = [sg for sg in segs if sg[-1].x1 > columns[0][0] - 0.25 * (columns[0][0] - region.x0)]
        if len(cells) != n:
            continue
        starts = [sg[0].x0 for sg in cells]
        # each header cell must sit over its column: starting before the column's right edge and ending
        # after the previous column's right edge
        if all(starts[k] < columns[k][1] and cells[k][-1].x1 > (columns[k - 1][1] if k else -1e9) for k in range(n)):
            return [min(starts[k], columns[k][0]) for k in range(n)]
    return None


def _cells_under(
    seg: list[Word], starts: list[float], columns: list[tuple[float, float]], rules: list[Rule], line: Line
) -> list[int]:
    """Columns of the header cells a header segment covers: a cmidrule decides; else the cells it covers
    at least half of, else the cell it overlaps most."""
    spanned = _header_span(seg, columns, rules, line)
    if len(spanned) > 1:
        return spanned
    x0, x1 = seg[0].x0, seg[-1].x1
    ends = [*starts[1:], max(columns[-1][1], x1) + 1]
    overlaps = [max(0.0, min(x1, e) - max(x0, s)) for s, e in zip(starts, ends, strict=True)]
    covered = [k for k, ov in enumerate(overlaps) if ov >= 0.5 * (ends[k] - starts[k])]
    if len(covered) > 1:
        return covered
    best = max(range(len(overlaps)), key=lambda k: overlaps[k])
    return [best] if overlaps[best] > 0 else _column_of(x0, x1, columns)


def _header_span(seg: list[Word], columns: list[tuple[float, float]], rules: list[Rule], line: Line) -> list[int]:
    """The columns a header cell covers: a partial rule drawn just under it (a booktabs cmidrule) decides;
    else the columns it overlaps."""
    return _ruled_span(seg, columns, rules, line) or _column_of(seg[0].x0, seg[-1].x1, columns)


def _wrapped_spans(fragments: list[HeaderFragment], columns: list[tuple[float, float]]) -> None:
    """The upper lines of a spanning header cell ("Sunitinib" over "(N = 238)" over the span rule) cover its
    columns: a fragment centred on a ruled span on the line right below it takes that span, bottom up."""
    for f in sorted(fragments, key=lambda g: -g.line):
        centre = (f.words[0].x0 + f.words[-1].x1) / 2
        for g in fragments:
            if g.line != f.line + 1 or not g.ruled or not set(f.columns) <= set(g.columns):
                continue
            a0, b1 = columns[g.columns[0]][0], columns[g.columns[-1]][1]
            if abs(centre - (g.words[0].x0 + g.words[-1].x1) / 2) <= 0.15 * (b1 - a0):
                f.columns, f.ruled = g.columns, True


def _ruled_span(seg: list[Word], columns: list[tuple[float, float]], rules: list[Rule], line: Line) -> list[int]:
    """The columns of a partial rule drawn just under a header cell (a booktabs cmidrule), or []. A rule across
    the whole table is the header's bottom rule, not a span, and so is a rule under several cells of the line
    (a drawn cell border: "Placebo | Curcuminoid" over one rule), but for the part of it under this cell."""
    x0, x1 = seg[0].x0, seg[-1].x1
    table_width = columns[-1][1] - columns[0][0]
    under = [
        r
        for r in rules
        if line.bottom - 1 <= r.y <= line.bottom + 1.2 * line.size
        and r.x0 - 2 <= x0
        and x1 <= r.x1 + 2
        and r.x1 - r.x0 > (x1 - x0) + 4
        and r.x1 - r.x0 < 0.85 * table_width
    ]
    # a rule that also runs under another cell of this line is the border under the row, not this cell's span
    mine = {id(w) for w in seg}
    others = [w for w in line.words if id(w) not in mine]
    shared = [r for r in under if any(r.x0 - 2 <= w.x0 and w.x1 <= r.x1 + 2 for w in others)]
    under = [r for r in under if r not in shared]
    if under:
        rule = min(under, key=lambda r: r.x1 - r.x0)
        cols = [k for k, (c0, c1) in enumerate(columns) if c0 >= rule.x0 - 3 and c1 <= rule.x1 + 3]
        if len(cols) >= 2:
            return cols
    for rule in shared:
        # the span rules of neighbouring cells drawn end to end read as one rule ("Sunitinib" | "Capecitabine",
        # each over its "No. (%) | Median" sub-columns): this cell's part of it reaches halfway to the next
        # cells, and it is this cell's span when the cell is centred over the columns in that part
        left = max((w.x1 for w in others if w.x1 <= x0), default=None)
        right = min((w.x0 for w in others if w.x0 >= x1), default=None)
        lo = rule.x0 if left is None else max(rule.x0, (left + x0) / 2)
        hi = rule.x1 if right is None else min(rule.x1, (right + x1) / 2)
        cols = [k for k, (c0, c1) in enumerate(columns) if c0 >= lo - 3 and c1 <= hi + 3]
        if len(cols) >= 2:
            a0, b1 = columns[cols[0]][0], columns[cols[-1]][1]
            if abs((x0 + x1) / 2 - (a0 + b1) / 2) <= 0.15 * (b1 - a0):
                return cols
    return []


def _fill_group_levels(
    fragments: list[HeaderFragment], columns: list[tuple[float, float]], settings: GridSettings = DEFAULT_GRID
) -> None:
    """A header line holding a spanning cell, or holding fewer cells than a header line below it, is a
    group level: each column left without text there goes to the group cell whose centre is nearest."""
    by_line: dict[int, list[HeaderFragment]] = {}
    for f in fragments:
        by_line.setdefault(f.line, []).append(f)
    lines = sorted(by_line)
    for ln in lines:
        frags = by_line[ln]
        covered = {k for f in frags for k in f.columns}
        below = max((len({k for f in by_line[b] for k in f.columns}) for b in lines if b > ln), default=0)
        grouping = any(len(f.columns) > 1 for f in frags) or len(covered) < below
        if not grouping or len(covered) >= len(columns) or all(f.ruled for f in frags):
            continue  # (span rules under every cell of the line say how far each reaches)
        lower_cells = [f for b in lines if b > ln for f in by_line[b] if len(f.columns) == 1]
        empty = [k for k in range(len(columns)) if k not in covered]
        both_sides = bool(empty) and min(empty) < min(covered) and max(empty) > max(covered)
        if not (len(frags) == 1 and both_sides) and all(_stacked(f, lower_cells) for f in frags):
            continue  # the upper lines of wrapped column headers ("Priming" over "SUD1"), not group cells
        lower = [f for b in lines if b > ln for f in by_line[b] if len(f.columns) == 1]
        # each column's header cell starts where its leftmost lower line starts (a centred "n = 49" under a
        # wider arm name does not mark where the cell begins)
        starts: dict[int, float] = {}
        for f in lower:
            starts[f.columns[0]] = min(starts.get(f.columns[0], f.words[0].x0), f.words[0].x0)
        left_aligned = bool(starts) and all(any(abs(f.words[0].x0 - x) <= 3 for x in starts.values()) for f in frags)
        if left_aligned and len(frags) == 1 and both_sides and _centred_over_all(frags[0], columns, settings):
            left_aligned = False  # "Percentage of patients" centred over every arm, starting by chance over one
        if left_aligned and not any(len(f.columns) > 1 for f in frags) and _one_per_column(frags, starts):
            continue  # stacked headers, one over each column ("Age, years" over "Mean (SD)"): not groups
        for k in range(len(columns)):
            if k in covered:
                continue
            if left_aligned:
                # group cells set flush left over their first column: the last group starting at or before
                # this column's own header
                x = starts.get(k, columns[k][0])
                before = [f for f in frags if f.words[0].x0 <= x + 3]
                if not before:
                    continue
                best = max(before, key=lambda f: f.words[0].x0)
            else:
                centre = (columns[k][0] + columns[k][1]) / 2
                best = min(frags, key=lambda f: abs((f.words[0].x0 + f.words[-1].x1) / 2 - centre))
            own = " ".join(f.text for f in fragments if k in f.columns and f is not best)
            if _FORM_TEXT.search(best.text) and _OTHER_MEASURE.search(own):
                continue  # "no. of patients (%)" over the arms does not reach the "P Value" column
            if _CONTRAST.search(best.text) and (_ARM_N.search(own) or _P_HEADER.fullmatch(own.strip())):
                continue  # "HR" wrapped over its own "(95% CI)" is no group over the arms or the P column
            best.columns = tuple(sorted({*best.columns, k}))


def _centred_over_all(frag: HeaderFragment, columns: list[tuple[float, float]], settings: GridSettings) -> bool:
    """A header cell centred over the whole run of value columns."""
    size = max(w.size for w in frag.words)
    centre = (frag.words[0].x0 + frag.words[-1].x1) / 2
    return abs(centre - (columns[0][0] + columns[-1][1]) / 2) <= settings.centred_span_em * size


def _flush_left_groups(
    fragments: list[HeaderFragment],
    lines: list[Line],
    columns: list[tuple[float, float]],
    rules: list[Rule],
    settings: GridSettings = DEFAULT_GRID,
) -> None:
    """Group cells set flush left in the cells of a ruled header: the rule under the group line is drawn
    one segment per cell, so its ends give the cells' edges. Each group that starts at the left edge of a
    cell (within the cell padding) covers the columns from that cell to the cell before the next group
    (pattern g: "Grade ≥3" over two arms is not the nearest-centre column's alone)."""
    s = settings
    by_line: dict[int, list[HeaderFragment]] = {}
    for f in fragments:
        by_line.setdefault(f.line, []).append(f)
    for li, frags in by_line.items():
        line = lines[li]
        size = line.size
        under = [
            r for r in rules if line.bottom - 0.2 * size <= r.y <= line.bottom + s.span_rule_em * size and r.x1 > r.x0
        ]
        edges = sorted({round(x, 1) for r in under for x in (r.x0, r.x1)})
        if len(under) < 2 or len(edges) < len(columns) + 1:
            continue
        cells = list(pairwise(edges))
        found = [next((i for i, (a, b) in enumerate(cells) if a <= (c0 + c1) / 2 < b), -1) for c0, c1 in columns]
        if -1 in found or len(set(found)) != len(columns):
            continue  # one cell per value column, or the rule is not drawn per cell
        cell_of: list[int] = found
        starts: list[tuple[int, HeaderFragment]] = []
        for f in frags:
            x0 = f.words[0].x0
            cell = next((i for i, (a, b) in enumerate(cells) if a <= x0 < b), None)
            if cell is None or x0 - cells[cell][0] > s.flush_pad_em * size or cell not in cell_of:
                break
            starts.append((cell_of.index(cell), f))
        else:
            spans = any(f.words[-1].x1 > cells[cell_of[k]][1] for k, f in starts)
            if not starts or not spans:
                continue
            starts.sort(key=lambda t: t[0])
            for i, (k, f) in enumerate(starts):
                end = starts[i + 1][0] if i + 1 < len(starts) else len(columns)
                f.columns = tuple(range(k, end))


def _one_per_column(frags: list[HeaderFragment], starts: dict[int, float]) -> bool:
    """Left-aligned upper header cells that each start over a lower cell and are mostly followed, at the
    next column, by the next upper cell: a line of column headers with a gap, not group cells spanning
    several columns each ("Grade ≥3" over two arms, then "Grade 4" over two more)."""
    cols = sorted(k for f in frags for k, x in starts.items() if abs(f.words[0].x0 - x) <= 3)
    if len(cols) < 2:
        return False
    spans = [b - a for a, b in pairwise(cols)]
    return sum(1 for d in spans if d == 1) > len(spans) / 2


# ---------------------------------------------------------------------------------------------- rows


@dataclass(slots=True)
class _Fragment:
    label: list[Word]
    cells: list[list[Word]]
    top: float
    bottom: float
    size: float
    bold: bool
    outer: list[Word] = field(default_factory=list)

    @property
    def has_values(self) -> bool:
        return any(self.cells)

    @property
    def label_text(self) -> str:
        return join_words(self.label)


def _rows(lines: list[Line], columns: list[tuple[float, float]], stub_x1: float, fills: list[Fill]) -> list[Row]:
    inner_x = _inner_stub_x(lines, stub_x1)
    firsts = sorted(line.words[0].x0 for line in lines if line.words and line.words[0].x1 <= stub_x1 + 1)
    stub_left = firsts[0] if firsts else 0.0
    fragments = [_fragment(line, columns, stub_x1, inner_x, stub_left) for line in lines]
    fragments = [f for f in fragments if f.label or f.has_values or f.outer]
    merged = _merge_fragments(fragments, fills, _row_gap(fragments))
    # indentation is measured from the first value column, which sits at the same place on every page of
    # the table even when a continued part has no top-level label to measure from
    anchor = columns[0][0]
    rows = []
    for f in merged:
        rows.append(
            Row(
                label_words=f.label,
                cells=[Cell(c) for c in f.cells],
                top=f.top,
                bottom=f.bottom,
                indent=round((f.label[0].x0 - anchor) if f.label else -1e6, 1),
                bold=f.bold,
                outer_words=f.outer,
            )
        )
    return rows


def _inner_stub_x(lines: list[Line], stub_x1: float) -> float | None:
    """Where a second stub column starts, when the stub has two (a row-spanning group label on the left,
    "50 mg/m² n = 8" over seven parameter rows): the left edge of the second stub segment on several lines."""
    starts = []
    firsts = []
    for line in lines:
        segs = [sg for sg in split_segments(line.words, 1.5) if sg[-1].x1 <= stub_x1 + 1]
        if segs:
            firsts.append(segs[0][0].x0)
        if len(segs) >= 2:
            starts.append(segs[1][0].x0)
    if len(starts) < 2:
        return None
    starts.sort()
    inner = starts[len(starts) // 2]
    if sum(1 for x in starts if abs(x - inner) <= 3) < 2:
        return None
    # the inner column must be where most labels start (the parameter names), left of it only the groups
    aligned = sum(1 for x in firsts if abs(x - inner) <= 3)
    return inner - 2 if aligned >= 2 else None


def _fragment(
    line: Line, columns: list[tuple[float, float]], stub_x1: float, inner_x: float | None, stub_left: float
) -> _Fragment:
    label: list[Word] = []
    outer: list[Word] = []
    cells: list[list[Word]] = [[] for _ in columns]
    segs = _segments(line)
    for k, seg in enumerate(segs):
        text = join_words(seg)
        if k > 0 and (value_like(text) or _N_CELL.match(text.strip())) and seg[0].x0 > segs[0][-1].x1:
            # a value or "(n = 26)" set apart from the label, even where it starts left of the first column;
            # a group size centred across two columns ("n = 40" over an arm's "6 months | 14 months") is the N
            # of both
            across = _across_columns(seg[0].x0, seg[-1].x1, columns)
            if across and not _N_CELL.match(text.strip()):
                across = across[:1]  # one value printed across two sub-columns: one cell, in the first
            for w in seg:
                for c in across or _column_of(w.x0, w.x1, columns)[:1]:
                    cells[c].append(w)
            continue
        wrapped_cell = k == 0 and seg[0].x0 > stub_left + 45 and seg[-1].x1 > columns[0][0]
        if (
            seg[0].x0 <= stub_x1 + 1
            and not wrapped_cell
            and (k == 0 or seg[-1].x1 <= stub_x1 + 1 or not value_like(text))
        ):
            # label text; a label segment running into the first column keeps its words left of it
            for w in seg:
                if w.x0 < stub_x1 + 1 or not value_like(w.text):
                    (outer if inner_x is not None and w.x1 <= inner_x else label).append(w)
                else:
                    cells[_column_of(w.x0, w.x1, columns)[0]].append(w)
            continue
        spanned = _between_columns(seg, columns)
        if not spanned and not value_like(text):
            # header words restated in the body centred across two sub-columns ("Rate, % (95% exact CI)" over an
            # arm's "No. (%) | Median" columns): one cell heading both
            spanned = _across_columns(seg[0].x0, seg[-1].x1, columns)
        for w in seg:
            for k in spanned or [_column_of(w.x0, w.x1, columns)[0]]:
                cells[k].append(w)
    words = line.main_words
    return _Fragment(label, cells, min(w.top for w in words), max(w.bottom for w in words), line.size, line.bold, outer)


def _between_columns(seg: list[Word], columns: list[tuple[float, float]]) -> list[int]:
    """Two columns a value is centred between, overlapping neither: a cell printed across both."""
    x0, x1 = seg[0].x0, seg[-1].x1
    centre = (x0 + x1) / 2
    for k in range(len(columns) - 1):
        (a0, a1), (b0, b1) = columns[k], columns[k + 1]
        if x0 >= a1 - 0.5 and x1 <= b0 + 0.5 and abs(centre - (a0 + b1) / 2) <= 0.15 * (b1 - a0):
            return [k, k + 1]
    return []


def _across_columns(x0: float, x1: float, columns: list[tuple[float, float]]) -> list[int]:
    """Two adjacent columns a cell (x0..x1) is centred across, held whole by neither: its centre in the gap
    between them, near the middle of their joint extent (the share of `_between_columns`)."""
    centre = (x0 + x1) / 2
    for k in range(len(columns) - 1):
        (a0, a1), (b0, b1) = columns[k], columns[k + 1]
        if x0 < a0 - 0.5 or x1 > b1 + 0.5 or (x1 <= a1 + 0.5) or (x0 >= b0 - 0.5):
            continue
        if a1 <= centre <= b0 and abs(centre - (a0 + b1) / 2) <= 0.15 * (b1 - a0):
            return [k, k + 1]
    return []


def _row_gap(fragments: list[_Fragment]) -> float | None:
    """The usual gap between two rows of values (the cell padding plus the leading), when there are enough."""
    gaps = sorted(
        b.top - a.bottom for a, b in pairwise(fragments) if a.has_values and b.has_values and b.top > a.bottom
    )
    return gaps[len(gaps) // 2] if len(gaps) >= 3 else None


def _merge_fragments(fragments: list[_Fragment], fills: list[Fill], row_gap: float | None = None) -> list[_Fragment]:
    out: list[_Fragment] = []
    for f in fragments:
        prev = out[-1] if out else None
        if prev is not None and f.outer and not f.label and not f.has_values:
            prev.outer.extend(f.outer)  # the rest of a row-spanning group label ("n = 8" under "50 mg/m²")
            continue
        if prev is not None and not f.outer and (_joins(prev, f, fills) or _label_runs_on(prev, f, row_gap)):
            prev.label.extend(f.label)
            for k, c in enumerate(f.cells):
                prev.cells[k].extend(c)
            prev.top = min(prev.top, f.top)
            prev.bottom = max(prev.bottom, f.bottom)
            continue
        out.append(_Fragment(list(f.label), [list(c) for c in f.cells], f.top, f.bottom, f.size, f.bold, list(f.outer)))
    return out


_DESCRIPTOR_LABEL = re.compile(
    r"^(n|N|no\.?|n \(%\)|median|mean|range|iqr|sd|95% ci|ci|total|events?|p|p value)\b[^a-zA-Z]*$", re.IGNORECASE
)
_CONTINUES = re.compile(r"(?:[-–—,/(]|\band|\bor|\bof|\bwith|\bfor|\bto|\bin|\bthe|\bby|\bat|\bno\.)$", re.IGNORECASE)


def _label_runs_on(prev: _Fragment, f: _Fragment, row_gap: float | None, settings: GridSettings = DEFAULT_GRID) -> bool:
    """A label line without values, at the indent of the row with values right above it and much closer
    to it than rows are to each other: the wrapped end of that row's label ("... grade 3 or 4" / "AEs"), not
    a group label of its own (padded tables: rows are further apart than the lines of one cell)."""
    if row_gap is None or not (f.label and prev.label and prev.has_values) or f.has_values:
        return False
    if abs(f.label[0].x0 - prev.label[0].x0) > settings.wrapped_label_indent_em * f.size:
        return False
    if _DESCRIPTOR_LABEL.match(_plain(f.label)):
        return False
    return f.top - prev.bottom < settings.wrapped_label_gap_share * row_gap


def _joins(prev: _Fragment, f: _Fragment, fills: list[Fill]) -> bool:
    """Whether line fragment ``f`` belongs to the logical row ``prev``."""
    gap = f.top - prev.bottom
    near = gap < 0.75 * max(prev.size, f.size)
    if not near:
        return False
    if _same_fill(prev, f, fills):
        return True
    label = _plain(f.label)
    prev_label = _plain(prev.label)
    # values printed a little above or below their label (LEADER), or between two label lines
    if not f.label and f.has_values and not prev.has_values and prev.label:
        return True
    if f.label and not f.has_values and prev.has_values and not prev.label:
        return gap < 0.3 * f.size
    if not f.label and f.has_values and prev.has_values:
        # a cell wrapped onto the next line, or a second value of a cell ("0.999a" over "0.002b"): only
        # columns the previous line already used, fewer of them, and not a row of group Ns
        used = [k for k, c in enumerate(f.cells) if c]
        if not all(prev.cells[k] for k in used):
            return False
        if _unfinished(prev, used):
            return True
        texts = [join_words(f.cells[k]) for k in used]
        prev_used = sum(1 for c in prev.cells if c)
        return len(used) < prev_used and not all(_N_CELL.match(t.strip()) for t in texts) and gap < 0.3 * f.size
    if f.label and prev.label:
        open_bracket = prev_label.count("(") > prev_label.count(")")
        closes = open_bracket and not f.has_values and label.count(")") > label.count("(")
        if _DESCRIPTOR_LABEL.match(label) and (f.has_values or not label[:1].islower()) and not closes:
            return False  # "n", "Median", "95% CI": a row of its own, not the end of a wrapped label ("SD)")
        indent_ok = f.label[0].x0 >= prev.label[0].x0 - 1
        # a line opening with a dash goes on the label above: NEJM's wrapped descriptor ("— no. (%)", "— yr")
        lower = label[:1].islower() or label[:1] in "(/&%–—-"
        wraps = bool(_CONTINUES.search(prev_label)) or open_bracket
        compared = label[:1] in "<>≤≥" and prev.has_values  # "Patients" / ">55 y (%)" wrapped outdented
        outdented = f.label[0].x0 < prev.label[0].x0
        wrapped_cells = lower and f.has_values and prev.has_values and _bracket_parts(prev, f)
        # "Median, months | 1.47" over "(95% CI) | (1.16–1.87)": the label's own bracket and a cell's
        own_bracket = (
            label.startswith("(")
            and f.has_values
            and prev.has_values
            and all(prev.cells[k] for k, c in enumerate(f.cells) if c)
            and _any_bracket_part(prev, f)
        )
        wrapped_cells = wrapped_cells or own_bracket
        used = [k for k, c in enumerate(f.cells) if c]
        # "28.6 (21.6–" over "37.7)" beside an outdented wrapped label ("Cmax" / "(ng/mL)"): the cell left open
        open_cells = f.has_values and prev.has_values and all(prev.cells[k] for k in used) and _unfinished(prev, used)
        if not indent_ok and not (
            ((lower or open_bracket or compared) and not f.has_values and outdented)
            or (wrapped_cells and outdented)
            or (open_cells and lower and outdented)
        ):
            return False  # an outdented line goes on only as a lower-case or bracket-closing continuation
        if f.has_values and prev.has_values:
            used = [k for k, c in enumerate(f.cells) if c]
            if lower and all(prev.cells[k] for k in used) and _unfinished(prev, used):
                return True  # "78 (29," over "233)" beside a wrapped label ("... final" / "administration")
            if (lower or wraps) and _bracket_parts(prev, f):
                return True  # "Disease | 13" over "progression | (35)": label and a narrow cell wrap together
            if own_bracket:
                return True
            return _wrapped_brackets(prev, f) and (lower or label[:1] in "([" or wraps)
        if not f.has_values and prev.has_values:
            return lower or wraps or (compared and not indent_ok)
        if f.has_values and not prev.has_values:
            return (lower or wraps) and f.label[0].x0 >= prev.label[0].x0 - 1
        return lower or wraps
    return False


def _plain(words: list[Word]) -> str:
    """A label's text without the raised footnote marks set after it."""
    if not words:
        return ""
    size = max(w.size for w in words)
    return join_words([w for w in words if w.size >= 0.8 * size])


def _unfinished(prev: _Fragment, used: list[int]) -> bool:
    for k in used:
        text = join_words(prev.cells[k]).strip()
        if re.fullmatch(r"[–—-]", text):
            continue  # a dash alone is a whole cell (not applicable, not estimated), no range left open
        if text.count("(") > text.count(")") or text.count("[") > text.count("]") or re.search(r"[–—\-,;(]$", text):
            return True
    return False


def _same_fill(a: _Fragment, b: _Fragment, fills: list[Fill], s: GridSettings = DEFAULT_GRID) -> bool:
    """Both fragments inside one shaded row band (a zebra stripe), not merely inside a shaded box. A stripe
    runs across the row: a fill over the stub alone (a row-spanning group cell shaded with its group, the
    value cells shaded row by row) does not join the lines it spans."""
    size = max(a.size, b.size)
    values = [w for frag in (a, b) for cell in frag.cells for w in cell]
    for fill in fills:
        if not s.zebra_min_em * size <= fill.bottom - fill.top <= s.zebra_max_em * size:
            continue
        if values:
            x0, x1 = min(w.x0 for w in values), max(w.x1 for w in values)
            covered = max(0.0, min(x1, fill.x1) - max(x0, fill.x0))
            if covered < s.zebra_cover_share * (x1 - x0):
                continue
        if (
            fill.top - 1 <= a.top
            and a.bottom <= fill.bottom + 1
            and fill.top - 1 <= b.top
            and b.bottom <= fill.bottom + 1
        ):
            return True
    return False


def _wrapped_brackets(prev: _Fragment, f: _Fragment) -> bool:
    """Narrow cells wrapped at their bracket: each of ``f``'s cells is the bracket part ("(0.307)") of the
    cell above it in the same column ("0.683"), which has none of its own, in every column both use."""
    used = [k for k, c in enumerate(f.cells) if c]
    if len(used) < 2 or any(not prev.cells[k] for k in used):
        return False
    for k in used:
        top, below = join_words(prev.cells[k]), join_words(f.cells[k])
        if not below.startswith(("(", "[")) or "(" in top or "[" in top:
            return False
    return sum(1 for c in prev.cells if c) == len(used)


def _any_bracket_part(prev: _Fragment, f: _Fragment) -> bool:
    """Some cell of ``f`` is the bracket part ("(1.16–1.87)") of a bare cell above it ("1.47")."""
    for k, c in enumerate(f.cells):
        if c and prev.cells[k]:
            top, below = join_words(prev.cells[k]), join_words(c)
            if below.startswith(("(", "[")) and "(" not in top and "[" not in top:
                return True
    return False


def _bracket_parts(prev: _Fragment, f: _Fragment) -> bool:
    """Each of ``f``'s cells is the bracket part ("(35)", "(29, 233)") of a bare cell above it ("13", "78"):
    narrow cells wrapped at their bracket, however many of the row's cells wrapped."""
    used = [k for k, c in enumerate(f.cells) if c]
    if not used or any(not prev.cells[k] for k in used):
        return False
    for k in used:
        top, below = join_words(prev.cells[k]), join_words(f.cells[k])
        if not below.startswith(("(", "[")) or "(" in top or "[" in top:
            return False
    return True


def _merge_rules(rules: list[Rule], join: float, level: float) -> list[Rule]:
    """Rules drawn as one segment per cell, end to end on one height (within ``level``, gaps under
    ``join``), are one rule (a span's cmidrule)."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (r.y, r.x0)):
        last = out[-1] if out else None
        if last is not None and abs(last.y - r.y) <= level and r.x0 <= last.x1 + join:
            out[-1] = Rule(last.x0, max(last.x1, r.x1), last.y)
        else:
            out.append(r)
    return out
