"""Body lines into logical rows: each line's label, outer group label and cells, then lines merged into
one row where a label or a cell wraps (values printed beside the middle or the last line of their label,
narrow cells wrapped at their bracket, zebra stripes, the usual gap between rows)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.geometry import DEFAULT_GRID, GridSettings
from extractors.grid_columns import CODE, N_CELL, across_columns, between_columns, column_of, segments
from extractors.grid_types import Cell, Row
from extractors.layout import Line, join_words, split_segments
from extractors.values import value_like
from schemas.document import Fill, Word


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


def body_rows(lines: list[Line], columns: list[tuple[float, float]], stub_x1: float, fills: list[Fill]) -> list[Row]:
    inner_x = _inner_stub_x(lines, stub_x1)
    firsts = sorted(line.words[0].x0 for line in lines if line.words and line.words[0].x1 <= stub_x1 + 1)
    stub_left = firsts[0] if firsts else 0.0
    fragments = [_fragment(line, columns, stub_x1, inner_x, stub_left) for line in lines]
    fragments = _without_trailing_notes([f for f in fragments if f.label or f.has_values or f.outer])
    apart = _ValueLinesApart.of(fragments, columns[0][0] - DEFAULT_GRID.cell_gap_em * _body_size(fragments))
    hanging = _hanging_pairs(fragments)
    merged = _merge_fragments(fragments, fills, _row_gap(fragments), [x for x, _ in hanging], apart)
    # indentation is measured from the first value column, which sits at the same place on every page of
    # the table even when a continued part has no top-level label to measure from
    anchor = columns[0][0]
    rows = []
    for f in merged:
        label_x = _lowered_label_x(f, hanging) if f.label else None
        rows.append(
            Row(
                label_words=f.label,
                cells=[Cell(c) for c in f.cells],
                top=f.top,
                bottom=f.bottom,
                indent=round(((f.label[0].x0 if label_x is None else label_x) - anchor) if f.label else -1e6, 1),
                bold=f.bold,
                outer_words=f.outer,
            )
        )
    return rows


def _body_size(fragments: list[_Fragment]) -> float:
    sizes = sorted(f.size for f in fragments)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _without_trailing_notes(fragments: list[_Fragment], s: GridSettings = DEFAULT_GRID) -> list[_Fragment]:
    """The fragments without the lines after the last one with values that are set in a note's smaller type."""
    valued = [f for f in fragments if f.has_values]
    if not valued:
        return fragments
    sizes = sorted(f.size for f in valued)
    body = sizes[len(sizes) // 2]
    end = len(fragments)
    while end > 0 and not fragments[end - 1].has_values and fragments[end - 1].size < s.note_type_share * body:
        end -= 1
    return fragments[:end]


def _inner_stub_x(lines: list[Line], stub_x1: float) -> float | None:
    """Where a second stub column starts, when the stub has two (a row-spanning group label on the left,
    "50 mg/m² n = 8" over seven parameter rows): the left edge of the second stub segment on several lines."""
    starts = []
    firsts = []
    sizes = sorted(line.size for line in lines)
    size = sizes[len(sizes) // 2] if sizes else 0.0
    g = DEFAULT_GRID
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
    align = g.stub_align_em * size
    if sum(1 for x in starts if abs(x - inner) <= align) < 2:
        return None
    # the inner column must be where most labels start (the parameter names), left of it only the groups
    aligned = sum(1 for x in firsts if abs(x - inner) <= align)
    return inner - g.stub_pad_em * size if aligned >= 2 else None


def _fragment(
    line: Line, columns: list[tuple[float, float]], stub_x1: float, inner_x: float | None, stub_left: float
) -> _Fragment:
    label: list[Word] = []
    outer: list[Word] = []
    cells: list[list[Word]] = [[] for _ in columns]
    segs = _cell_end_apart(_centred_value_apart(segments(line), columns), columns)
    edge = columns[0][0] - DEFAULT_GRID.edge_slack_em * line.size
    # (``stub_x1`` is set a point left of the first value column (grid.py): a point past it is that column's edge)
    stub_end = stub_x1 + 1
    for k, seg in enumerate(segs):
        text = join_words(seg)
        cell_end = k > 0 and _CELL_END.match(text.strip()) and seg[0].x0 >= edge
        # a listing's category code set at the first column's start ("A | M | Y"): that column's cell, not the label's
        code = k > 0 and CODE.match(text.strip()) is not None and seg[0].x0 >= edge
        if (
            k > 0
            and (value_like(text) or N_CELL.match(text.strip()) or code or cell_end)
            and seg[0].x0 > segs[0][-1].x1
        ):
            # a value or "(n = 26)" set apart from the label, even where it starts left of the first column;
            # a group size centred across two columns ("n = 40" over an arm's "6 months | 14 months") is the N
            # of both
            glued = _glued_cells(seg, columns)
            if glued is not None:
                for c, part in glued:
                    cells[c].extend(part)
                continue
            across = across_columns(seg[0].x0, seg[-1].x1, columns)
            if across and not N_CELL.match(text.strip()):
                across = across[:1]  # one value printed across two sub-columns: one cell, in the first
            for w in seg:
                for c in across or column_of(w.x0, w.x1, columns)[:1]:
                    cells[c].append(w)
            continue
        indent = DEFAULT_GRID.wrapped_value_indent_em * line.size
        wrapped_cell = k == 0 and seg[0].x0 > stub_left + indent and seg[-1].x1 > columns[0][0]
        # a later segment set where the first value column starts is that column's cell ("0.142 (37.7% CV)" flush
        # left in its column), whatever words it holds
        at_column = k > 0 and seg[0].x0 >= edge
        if (
            seg[0].x0 <= stub_end
            and not wrapped_cell
            and not at_column
            and (k == 0 or seg[-1].x1 <= stub_end or not value_like(text))
        ):
            # label text; a label segment running into the first column keeps its words left of it, and a
            # number inside its running text ("... at week 8 (%) (LOCF)": words follow it) is the label's; a
            # "±" after it is the sign of its SD wrapped onto the next line ("Symptom 18.2 ±" over "score 4.1")
            for j, w in enumerate(seg):
                inside = any(not value_like(v.text) and v.text != "±" for v in seg[j + 1 :])
                sign = w.text == "±" and j > 0 and seg[j - 1] not in label and seg[j - 1] not in outer
                if not sign and (w.x0 < stub_end or not value_like(w.text) or inside):
                    (outer if inner_x is not None and w.x1 <= inner_x else label).append(w)
                else:
                    cells[column_of(w.x0, w.x1, columns)[0]].append(w)
            continue
        glued = _glued_cells(seg, columns) if k > 0 and not value_like(text) else None
        if glued is not None:
            for c, part in glued:
                cells[c].extend(part)
            continue
        spanned = between_columns(seg, columns)
        if not spanned and not value_like(text):
            # header words restated in the body centred across two sub-columns ("Rate, % (95% exact CI)" over an
            # arm's "No. (%) | Median" columns): one cell heading both
            spanned = across_columns(seg[0].x0, seg[-1].x1, columns)
        first = column_of(seg[0].x0, seg[0].x1, columns)[0]
        for w in seg:
            # a cell's words run on past its column's values while they stop short of the next column ("CV)" of
            # "0.142 (37.7% CV)"): they stay in the cell they started
            runs_on = first + 1 < len(columns) and w.x1 < columns[first + 1][0] and w.x0 >= columns[first][0]
            for k in spanned or [first if runs_on else column_of(w.x0, w.x1, columns)[0]]:
                cells[k].append(w)
    words = line.main_words
    return _Fragment(label, cells, min(w.top for w in words), max(w.bottom for w in words), line.size, line.bold, outer)


def _cell_end_apart(segs: list[list[Word]], columns: list[tuple[float, float]]) -> list[list[Word]]:
    """The line's segments with the first one cut where a cell wrapped in the first value column starts, when the
    row's label runs up to that column closer than a cell gap: the closing part of the cell ("median (95% CI), mo
    17.1)" under "15.2 (13.4–"), or the cell's open first line ("UACR change, %, −28 (−34 to" over "−22)"). Words at
    or past the column's left edge that close a bracket their label line never opened, or open a number's bracket
    and leave it open, are the cell's, not the label's. A label's own bracketed number ("Week 24 (day 168)") has its
    opening bracket on the line, and a number in its running words ("... at week 8 (%) (LOCF)") is no cell's form:
    both stay whole."""
    if not segs or not columns:
        return segs
    first = segs[0]
    edge = columns[0][0] - DEFAULT_GRID.edge_slack_em * max(w.size for w in first)
    for j in range(1, len(first)):
        if first[j].x0 < edge or first[j - 1].x1 > first[j].x0:
            continue
        if _opens(join_words(first[:j])):
            break
        # the words from there on, each inside one column: every column's part a cell's wrapped line or a value
        parts = _column_parts(first[j:], columns)
        if parts and all(_wrapped_part(join_words(part)) for _, part in parts):
            return [first[:j], *(part for _, part in parts), *segs[1:]]
        break
    return segs


def _centred_value_apart(
    segs: list[list[Word]], columns: list[tuple[float, float]], s: GridSettings = DEFAULT_GRID
) -> list[list[Word]]:
    """The line's segments with the first one cut where a value wider than the first value column starts, centred
    on that column and so reaching back into the stub, when the row's label runs up to it closer than a cell gap
    (tight cell padding: "... 600 mg/day (n = 39) 40 (31–53) (n = 38)" over "190 (152–238)"). The cut is a gap wider
    than a word space (``stub_head_gap_em``) before a word left of the column, and the words from there to the end
    of the segment are a value at least as wide as the column, centred on it within ``stub_reach_centre_em`` and
    better than without that word: the way ``grid_header`` parts the stub head from a head reaching back over it."""
    if not segs or not columns or len(segs[0]) < 2:
        return segs
    first, (c0, c1) = segs[0], columns[0]
    for j in range(len(first) - 1, 0, -1):
        prev, w = first[j - 1], first[j]
        if w.x0 >= c0:
            continue
        part = first[j:]
        size = max(v.size for v in part)
        centre = (c0 + c1) / 2
        centre_off = abs((part[0].x0 + part[-1].x1) / 2 - centre)
        # ... and centred better with the word than without it: a label's last number before a value that fills
        # the column on its own ("Dose level 2 | 12 (30)") stays the label's
        rest_off = abs((part[1].x0 + part[-1].x1) / 2 - centre) if len(part) > 1 else centre_off + 1
        if (
            w.x0 - prev.x1 > s.stub_head_gap_em * max(prev.size, w.size)
            and part[-1].x1 >= c1
            and centre_off <= s.stub_reach_centre_em * size
            and centre_off < rest_off
            and value_like(join_words(part))
        ):
            return [first[:j], part, *segs[1:]]
        break
    return segs


def _wrapped_part(text: str) -> bool:
    """A cell's line that is its wrapped end ("17.1)"), its open first line ("−28 (−34 to") or a value whole."""
    text = text.strip()
    return bool(_CELL_END.match(text) or _OPEN_CELL.match(text)) or ("(" in text and value_like(text))


def _glued_cells(seg: list[Word], columns: list[tuple[float, float]]) -> list[tuple[int, list[Word]]] | None:
    """Two or more cells the typesetter set too close to split by their gap ("13·4 (11·8–15·1) 11·6 (10·2–13·0)"
    across two narrow columns): each word inside one column, the words of each column a value of its own, in
    column order. None when the segment is one cell (a word across a column's edge, a part that is no value).
    A word starting in a column and ending in the gutter before the next ("(6.4–47.6)" of a cell that fills its
    column where other rows' cells wrap) is that column's."""
    parts = _column_parts(seg, columns)
    if parts is None or len(parts) < 2:
        return None
    # a P value's name and sign, its figure wrapped onto the next line of a narrow cell ("−0.2 P =" over "(1.0) 0.21")
    texts = [join_words(part).strip() for _, part in parts]
    if not all(value_like(t) or _P_SIGN_ONLY.fullmatch(t) for t in texts) or not any(value_like(t) for t in texts):
        return None
    return parts


_P_SIGN_ONLY = re.compile(r"[pP]\s*[=<>≤≥]")


def _column_parts(seg: list[Word], columns: list[tuple[float, float]]) -> list[tuple[int, list[Word]]] | None:
    """The words of a segment by the column each lies inside, in column order; None when a word lies across a
    column's edge or the columns go back."""
    parts: list[tuple[int, list[Word]]] = []
    for w in seg:
        hit = column_of(w.x0, w.x1, columns)
        edge = DEFAULT_GRID.edge_slack_em * w.size
        inside = [
            k
            for k in hit
            if columns[k][0] - edge <= w.x0
            and (w.x1 <= columns[k][1] + edge or (k + 1 < len(columns) and w.x1 < columns[k + 1][0] - edge))
        ]
        if len(inside) != 1:
            return None
        if parts and parts[-1][0] == inside[0]:
            parts[-1][1].append(w)
        elif parts and parts[-1][0] > inside[0]:
            return None
        else:
            parts.append((inside[0], [w]))
    return parts


def _row_gap(fragments: list[_Fragment]) -> float | None:
    """The usual gap between two rows of values (the cell padding plus the leading), when there are enough."""
    gaps = sorted(
        b.top - a.bottom for a, b in pairwise(fragments) if a.has_values and b.has_values and b.top > a.bottom
    )
    if len(gaps) < 3:
        # rows whose labels all wrap (a narrow stub): the gap over each line that opens a row of values
        gaps = sorted(b.top - a.bottom for a, b in pairwise(fragments) if b.has_values and b.top > a.bottom)
    usual = gaps[len(gaps) // 2] if len(gaps) >= 3 else None
    # narrow cells wrapped onto a second line in most rows: the lines of one cell are closer than rows, and the
    # gap over each line opening a row with its label (no lower-case or bracket start) is the row gap
    opening = sorted(
        b.top - a.bottom
        for a, b in pairwise(fragments)
        if b.has_values
        and b.label
        and b.top > a.bottom
        and not _lower_start(_plain(b.label))
        and _plain(b.label)[:1] not in "(["
    )
    if len(opening) >= 2 and usual is not None and opening[0] > usual:
        return opening[len(opening) // 2]
    return usual


def _hanging_starts(fragments: list[_Fragment], settings: GridSettings = DEFAULT_GRID) -> list[float]:
    """Where a table set with hanging indents starts the wrapped lines of its labels (``_hanging_pairs``)."""
    return [x for x, _ in _hanging_pairs(fragments, settings)]


def _hanging_pairs(fragments: list[_Fragment], settings: GridSettings = DEFAULT_GRID) -> list[tuple[float, float]]:
    """Where a table set with hanging indents starts the wrapped lines of its labels, each with the indent of
    the first line that wrapped there: the left edge of a plainly continuing label line (lower-case or bracket
    start, no values) set further left than the first line of its label right above it, which carries the
    row's values ("Tumor | 13 (33%)" over "control rate" over "(CR + PR + SD)")."""
    starts: list[tuple[float, float]] = []
    for a, b in pairwise(fragments):
        if not (a.label and a.has_values and b.label) or b.has_values or b.outer:
            continue
        text = _plain(b.label)
        if not (_lower_start(text) or text[:1] in "(["):
            continue
        if b.label[0].x0 < a.label[0].x0 - settings.wrapped_label_indent_em * b.size:
            starts.append((b.label[0].x0, a.label[0].x0))
    return starts


def _lowered_label_x(
    f: _Fragment, hanging: list[tuple[float, float]], settings: GridSettings = DEFAULT_GRID
) -> float | None:
    """The indent of a row whose label starts on a line below its values, at the table's hanging start (its
    first line left empty: the indent stood there, the first word went to the next line, where wrapped lines
    start): that start says nothing of the row's level; the first lines of the labels that wrapped to it do,
    when they all stand at one indent ("19 (48%)" beside nothing, "Progressive" / "disease" under it where
    "control rate" goes on "Tumor"). None when the label opens beside its values, away from any hanging start,
    or where labels of several indents wrap to it."""
    values = [w for c in f.cells for w in c]
    if not values or not hanging:
        return None
    first = f.label[0]
    tolerance = settings.wrapped_label_indent_em * first.size
    values_foot = min(w.bottom for w in values)
    if first.top < values_foot - settings.rows_apart_em * first.size:
        return None  # the label opens beside its values
    firsts = sorted(x for start, x in hanging if abs(start - first.x0) <= tolerance)
    if not firsts or firsts[-1] - firsts[0] > tolerance:
        return None
    return firsts[len(firsts) // 2]


def _merge_fragments(
    fragments: list[_Fragment],
    fills: list[Fill],
    row_gap: float | None = None,
    hanging: list[float] | None = None,
    apart: _ValueLinesApart | None = None,
) -> list[_Fragment]:
    out: list[_Fragment] = []
    apart = apart or _ValueLinesApart.of(fragments)
    for i, f in enumerate(fragments):
        prev = out[-1] if out else None
        if prev is not None and f.outer and not f.label and not f.has_values:
            prev.outer.extend(f.outer)  # the rest of a row-spanning group label ("n = 8" under "50 mg/m²")
            continue
        if (
            prev is not None
            and not f.outer
            and (
                _joins(prev, f, fills)
                or _label_runs_on(prev, f, row_gap, hanging or [])
                or apart.joins(prev, f, fragments[i + 1] if i + 1 < len(fragments) else None)
                or apart.middle_of_label(prev, f)
                or apart.heading_wraps(prev, f)
            )
        ):
            prev.label.extend(f.label)
            for k, c in enumerate(f.cells):
                prev.cells[k].extend(c)
            prev.top = min(prev.top, f.top)
            prev.bottom = max(prev.bottom, f.bottom)
            continue
        out.append(_Fragment(list(f.label), [list(c) for c in f.cells], f.top, f.bottom, f.size, f.bold, list(f.outer)))
    return out


@dataclass(slots=True)
class _ValueLinesApart:
    """Value lines set vertically apart from their row's label, further than ``_joins``' nearness: a label on a line of
    its own with its values on the next line, under no stub ("AUC0–∞ (ng·h/mL)" over "702 (33) | 1,390 (28)"); the
    bracket line of bare values on the line below, under no stub or a stub that is only the bracket's name ("3.41" over
    "(CV%) | (22.4)"); a label wrapped over lines with its values at its foot where the table sets rows further apart
    than a label's lines ("Glycated haemoglobin" over "HbA1c, %, mean (SD) | 7.9 (1.1)"). Each joins only when the
    geometry says so: no other value line between them, the label line has no values of its own, the values stand in
    the columns the table's labelled rows use and in the table's type (a figure's axis ticks beside or under a table
    are set smaller, in a column of their own, one under another)."""

    # the columns the table's labelled lines of values use (empty: no line has both)
    columns: frozenset[int]
    # the usual gap over a line that opens a row after a row of values (None: too few to tell)
    row_gap: float | None
    # where the stub ends (None: not known)
    stub_x1: float | None = None
    settings: GridSettings = DEFAULT_GRID

    @classmethod
    def of(
        cls, fragments: list[_Fragment], stub_x1: float | None = None, settings: GridSettings = DEFAULT_GRID
    ) -> _ValueLinesApart:
        columns = frozenset(k for f in fragments if f.label for k, c in enumerate(f.cells) if c)
        gaps = sorted(b.top - a.bottom for a, b in pairwise(fragments) if a.has_values and b.label and b.top > a.bottom)
        size = sorted(f.size for f in fragments)[len(fragments) // 2] if fragments else 0.0
        # rows set further apart than the lines of one label: the gaps clearly wider than the tightest
        tightest = min((b.top - a.bottom for a, b in pairwise(fragments) if b.top > a.bottom), default=0.0)
        wide = [g for g in gaps if g >= tightest + settings.rows_apart_em * size]
        return cls(columns, wide[len(wide) // 2] if len(wide) >= 2 else None, stub_x1, settings)

    def joins(self, prev: _Fragment, f: _Fragment, after: _Fragment | None) -> bool:
        s = self.settings
        gap = f.top - prev.bottom
        if f.outer or gap < 0 or f.size < s.script_size_share * prev.size or not f.has_values:
            return False
        used = {k for k, c in enumerate(f.cells) if c}
        if self.columns and not used <= self.columns:
            return False
        if not prev.has_values and prev.label and not _NUMBER_LABEL.fullmatch(_plain(prev.label).strip()):
            if not f.label:
                if not all(value_like(join_words(c)) for c in f.cells if c):
                    return False  # words restated over the columns ("Any grade | Grade ≥3"): no row's values
                # a run of label-less value lines (axis ticks, rows set apart from any label) is nobody's
                run = after is not None and not after.label and after.has_values and not _bracket_parts(f, after)
                return not run and gap <= s.value_line_apart_em * f.size
            return self._foot_of_label(prev, f, gap)
        if not (prev.has_values and used == {k for k, c in enumerate(prev.cells) if c} and _brackets_values(prev, f)):
            return False
        if not f.label or _BRACKET_STUB.fullmatch(_plain(f.label).strip()):
            return gap <= s.value_line_apart_em * f.size
        # "Peak concentration | 412" over "Cmax (ng/mL) | (96)": a label and its cells wrapped together, the lines of
        # one row closer than rows are
        return bool(prev.label) and self._tight(prev, f, gap)

    def middle_of_label(self, prev: _Fragment, f: _Fragment) -> bool:
        """``f``, a label line without values, ends the label of ``prev`` whose values stand between the two (cells
        set against the middle of a wrapped label): the values' line reaches down into ``f``'s, at its indent."""
        if not (f.label and not f.has_values and not f.outer and prev.label and prev.has_values):
            return False
        s = self.settings
        values_bottom = max(w.bottom for c in prev.cells for w in c)
        indent = abs(f.label[0].x0 - prev.label[0].x0) <= s.wrapped_label_indent_em * f.size
        label_bottom = max(w.bottom for w in prev.label)
        return indent and values_bottom > label_bottom and f.top < values_bottom - s.rows_apart_em * f.size

    def heading_wraps(self, prev: _Fragment, f: _Fragment) -> bool:
        """``f``, a label line without values, ends the heading ``prev`` (no values either) wrapped in a narrow stub
        ("Progression-Free" over "Survival", both over the rows they head): at its indent, in its weight, much
        closer to it than the table's rows are to one another (a table set with row padding), and its first word
        would not have fit on ``prev``'s line inside the stub (a label wraps when a word does not fit). Two headings
        of two rows ("Cohort A" over "Efficacy") stand a row apart, or short enough to have shared a line; legend
        sentences left among the rows run past the stub, or end their sentence."""
        if f.has_values or prev.has_values or f.outer or prev.outer or not (f.label and prev.label):
            return False
        if self.stub_x1 is None or _DESCRIPTOR_LABEL.match(_plain(f.label)):
            return False
        if max(w.x1 for w in [*prev.label, *f.label]) > self.stub_x1 or _plain(prev.label).rstrip()[-1:] in ".:;":
            return False  # a line across the value columns (a legend's sentence), or one that ends its sentence
        if _NUMBER_LABEL.fullmatch(_plain(prev.label).strip()) or not self._tight(prev, f, f.top - prev.bottom):
            return False
        first = f.label[0]
        return prev.label[-1].x1 + 0.5 * f.size + (first.x1 - first.x0) > self.stub_x1

    def _tight(self, prev: _Fragment, f: _Fragment, gap: float) -> bool:
        s = self.settings
        if self.row_gap is None or gap < 0 or gap >= s.wrapped_label_gap_share * self.row_gap or prev.bold != f.bold:
            return False
        return abs(f.label[0].x0 - prev.label[0].x0) <= s.wrapped_label_indent_em * f.size

    def _foot_of_label(self, prev: _Fragment, f: _Fragment, gap: float) -> bool:
        """``f``, a line with a label and values, ends the label of ``prev``: set at its indent, much closer to it
        than the table's rows are to one another (a table set with row padding), in the same weight; and either its
        first word would not have fit on ``prev``'s line before the values (a label wraps when a word does not fit),
        or it states the form of its cells where ``prev`` states none ("Duration of symptoms" over "Median (IQR),
        months | 14 (6–31)"): a short heading over a row of its own ("Sex" over "Blood and lymphatic ...") is
        neither."""
        label, prev_label = _plain(f.label), _plain(prev.label)
        if _DESCRIPTOR_LABEL.match(label) or prev_label.rstrip().endswith(":") or not self._tight(prev, f, gap):
            return False
        if _STATES_FORM.search(label) and not _STATES_FORM.search(prev_label):
            return True
        first = f.label[0]
        return self.stub_x1 is not None and prev.label[-1].x1 + 0.5 * f.size + (first.x1 - first.x0) > self.stub_x1


def _brackets_values(prev: _Fragment, f: _Fragment) -> bool:
    """Each of ``f``'s cells is the bracket part of a bare value above it ("3.41" over "(22.4)"), none a group's
    size ("(n = 9)" under "Placebo" is a head's)."""
    cells = [(join_words(prev.cells[k]).strip(), join_words(c).strip()) for k, c in enumerate(f.cells) if c]
    if not cells or any(N_CELL.match(below) or not value_like(top) for top, below in cells):
        return False
    return _bracket_parts(prev, f)


# a label stating the form of its cells ("HbA1c, %, mean (SD)", "Median (IQR), months", "Confirmed, n (%)")
_STATES_FORM = re.compile(
    r"\b(?:mean|median|sd|se|iqr|range|geometric|cv)\b|\(\s*%\s*\)|\bn\s*\(|\bno\.\s*\(|\b95%\s*ci\b", re.IGNORECASE
)
# a stub that is only the name of the bracket of the values on its line ("(CV%)", "(range)", "[SD]")
_BRACKET_STUB = re.compile(r"[(\[][^()\[\]]{1,24}[)\]]")


# the closing part of a cell wrapped at its bracket ("238)" under "190 (152–"), set apart from the label line
# in a value column: a cell's end, even where a left-aligned column starts right at the stub's edge
_CELL_END = re.compile(r"^[<>≤≥]?[-−–]?\d[\d.,·]*%?\)[a-z*†‡§¶]?$")
# the first line of a cell wrapped inside its bracket: a number and the bracket opened after it, left open after its
# first bound and the separator or the word that goes on ("−28 (−34 to", "0.72 (0.55–", "12.4 (10.1,", "112 [87;")
_OPEN_CELL = re.compile(r"^[<>≤≥]?[-−–]?\d[\d.,·]*%?\s*[(\[]\s*[-−–]?\d[\d.,·]*%?\s*(?:to|[–—\-,;])?$")
_DESCRIPTOR_LABEL = re.compile(
    r"^(n|N|no\.?|n \(%\)|median|mean|range|iqr|sd|95% ci|ci|total|events?|p|p value)\b[^a-zA-Z]*$", re.IGNORECASE
)


# a row label that is a number alone ("29", "0.5": a day or a dose under its parameter): whole, nothing wraps into it
_NUMBER_LABEL = re.compile(r"\d[\d.,]*")

# a label line ending with a conjunction, an article or a preposition goes on on the next line, whatever that line
# opens with ("Length of stay over" / "10 days,"; "Readmitted within" / "30 days of")
_CONTINUES = re.compile(
    r"(?:[-–—,/(]|\b(?:and|or|of|with|without|within|for|to|in|into|the|by|at|over|under|after|before|from|than|"
    r"per|on|between|during|since|until|above|below)|\bno\.)$",
    re.IGNORECASE,
)


def _label_runs_on(
    prev: _Fragment,
    f: _Fragment,
    row_gap: float | None,
    hanging: list[float] | None = None,
    settings: GridSettings = DEFAULT_GRID,
) -> bool:
    """A label line without values, at the indent of the row with values right above it (or, in a table set
    with hanging indents, where that table starts its labels' wrapped lines, left of the row's first line)
    and much closer to it than rows are to each other: the wrapped end of that row's label ("... grade 3 or
    4" / "AEs", "Missing" / "MRI data"), not a group label of its own (padded tables: rows are further apart
    than the lines of one cell)."""
    if row_gap is None or not (f.label and prev.label and prev.has_values) or f.has_values:
        return False
    tolerance = settings.wrapped_label_indent_em * f.size
    x0, first = f.label[0].x0, prev.label[0].x0
    hung = x0 < first - tolerance and any(abs(x0 - x) <= tolerance for x in hanging or [])
    if abs(x0 - first) > tolerance and not hung:
        return False
    if _DESCRIPTOR_LABEL.match(_plain(f.label)) or _NUMBER_LABEL.fullmatch(_plain(prev.label).strip()):
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
        if abs(f.top - prev.top) < 0.3 * f.size and not any(prev.cells[k] for k in used):
            # one printed line cut in two beside a long label ("... or stroke — no. | 141 (4.5)" and "178 (5.7) |
            # 0.79 (0.63–0.98)" at the same height): the rest of the row, whatever wraps under it
            return True
        if not all(prev.cells[k] for k in used):
            return False
        if _unfinished(prev, used):
            return True
        if gap < 0.3 * f.size and _bracket_parts(prev, f):
            # "1110 | 2240" over "(28) | (32)" with no label of its own (the label's wrapped line set a little
            # lower, beside it): tight cells wrapped at their bracket, every one of them
            return True
        texts = [join_words(f.cells[k]) for k in used]
        prev_used = sum(1 for c in prev.cells if c)
        return len(used) < prev_used and not all(N_CELL.match(t.strip()) for t in texts) and gap < 0.3 * f.size
    if f.label and prev.label:
        if _NUMBER_LABEL.fullmatch(prev_label.strip()):
            return False  # a label that is a number alone ("29": a day or a dose under its parameter) is whole
        open_bracket = _opens(prev_label)
        used = [k for k, c in enumerate(f.cells) if c]
        # "28.6 (21.6–" over "37.7)" beside an outdented wrapped label ("Cmax" / "(ng/mL)"): the cell left open
        open_cells = f.has_values and prev.has_values and all(prev.cells[k] for k in used) and _unfinished(prev, used)
        # cells set at the foot of their row ("−2.1 (−2.6" | "" over "to" | "1.6 (0.9 to"): a cell may start on this
        # line in a column the line above left empty, when every cell the line above has here is left open by it
        shared = [k for k in used if prev.cells[k]]
        open_cells = open_cells or (f.has_values and bool(shared) and all(_unfinished(prev, [k]) for k in shared))
        # the label's own bracket closed on this line ("SD)"), with no values, or with the ends of the cells the
        # line above left open ("Median days (95% | 104 (60," over "CI) | 210)"): a statement wrapped in a label
        closes = open_bracket and _closes(label) and (not f.has_values or open_cells)
        # a lower-case word whose cells are the bracket parts of bare cells above ("Adverse | 1" over
        # "event | (5)"): the label and a narrow cell wrapping together, whatever the word
        split_cells = _lower_start(label) and f.has_values and prev.has_values and _bracket_parts(prev, f)
        descriptor = _DESCRIPTOR_LABEL.match(label) and (f.has_values or not _lower_start(label))
        # a group label wrapped before its descriptor ("ECOG performance status," over "No. (%)", neither with
        # values): the descriptor ends the label, it is no row of its own
        # -- and so is it when the values stand on the descriptor's line, set at the foot of the wrapped label
        # ("History of ... 12 months —" over "no. (%) | 88 (21.4)": cells aligned to the bottom)
        descriptor_wrap = not prev.has_values and bool(re.search(r"[,—–]$", prev_label))
        # a lower-case end of the label whose cells close the brackets the line above left open ("All major
        # occlusive vascular | 0·97 (0·62–" over "events | 1·52)"): the row wrapped, label and cells together
        closing_wrap = open_cells and _lower_start(label)
        if descriptor and not closes and not split_cells and not descriptor_wrap and not closing_wrap:
            return False  # "n", "Median", "95% CI": a row of its own, not the end of a wrapped label ("SD)")
        indent_ok = f.label[0].x0 >= prev.label[0].x0 - DEFAULT_GRID.box_slack_em * f.size
        # a line opening with a dash goes on the label above: NEJM's wrapped descriptor ("— no. (%)", "— yr")
        lower = (_lower_start(label) and not _subscripted_symbol(f.label)) or label[:1] in "(/&%–—-"
        wraps = bool(_CONTINUES.search(prev_label)) or open_bracket
        # a model's equation wrapped at an operator ("CL/F = θ3 ×" / "INF_CYP3A5", "If CYP3A5*1/*3, INF" / "= 1 + θ8")
        wraps = wraps or (not f.has_values and not prev.has_values and _equation_wraps(prev_label, label))
        if wraps and not open_bracket and not lower and re.search(r"[,—–]\s*no\.$", prev_label, re.IGNORECASE):
            # "PPS, No." or "Evaluable — no." with its values: the label's own descriptor closes it, and a
            # heading set under it ("Locally assessed tpCR") opens the next rows
            wraps = False
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
        if not indent_ok and not (
            ((lower or open_bracket or compared) and not f.has_values and outdented)
            or (wrapped_cells and outdented)
            or (open_cells and (lower or closes) and outdented)
        ):
            return False  # an outdented line goes on only as a lower-case or bracket-closing continuation
        if f.has_values and prev.has_values:
            if _ends_cells(prev, f):
                return True  # "201 | 0.74 (0.62–" over "(14.2) | 0.89)" beside "10 days,": the row's cells go on
            if (lower or closes or wraps) and open_cells:
                # "78 (29," over "233)" beside a wrapped label ("... final" / "administration", "mg/" / "dL")
                return True
            if (lower or wraps) and _bracket_parts(prev, f):
                return True  # "Disease | 13" over "progression | (35)": label and a narrow cell wrap together
            if own_bracket:
                return True
            return _wrapped_brackets(prev, f) and (lower or label[:1] in "([" or wraps)
        if not f.has_values and prev.has_values:
            return lower or wraps or (compared and not indent_ok)
        if f.has_values and not prev.has_values:
            if lower and not wraps and _room_above(prev, f):
                return False  # "Absorption parameters" over an indented "ka | h⁻¹ | 1.8 FIX": no wrap, a row of its own
            return (lower or wraps) and f.label[0].x0 >= prev.label[0].x0 - DEFAULT_GRID.box_slack_em * f.size
        return lower or wraps
    return False


# a covariate model's equation or a definition of its terms: a term, "=", and a right side with an operator or a θ
# ("CL/F = CL/Fstd × (WT/20)^θWT", "V = θ2 · exp(η2)", "If CYP3A5*1/*3, INF = 1 + θ8", "Generic, Ka_FOR = 1 + θ11");
# "(n = 45)" is none
# a condition of the model's terms ("If CYP3A5 *3/*3, F_CYP3A5 = 1") too
EQUATION = re.compile(r"[^\s=]\s*=\s*(?=\S)[^=]*(?:[×·*^+]|\bexp\b|θ)|^\s*(?:if|for|when)\b[^=]*\S\s*=\s*\S", re.I)

_OPERATOR_END = re.compile(r"[×·*+=]$")
_OPERATOR_START = re.compile(r"^[=×·+]")


def _equation_wraps(prev_label: str, label: str) -> bool:
    """A label-only line that goes on a model's equation from the line above: the line above ends with an operator
    ("× F_CYP3A5" to come), or this one opens with one ("= 1 + θ8"), the line above stating a term of the equation."""
    prev_label, label = prev_label.strip(), label.strip()
    if _OPERATOR_END.search(prev_label):
        return "=" in prev_label or _OPERATOR_START.match(label) is not None
    return _OPERATOR_START.match(label) is not None and "=" in label


def _lower_start(text: str) -> bool:
    """The text opens with a lower-case letter as running words do (the wrapped end of a label). A Greek
    letter is no such start: it is a parameter's symbol opening a row of its own ("θ1 CL/F (L/h)", "ω2 V/F",
    "σ additive error"), lower-case as Unicode has it; nor is an abbreviation whose lower-case prefix sits on an
    upper-case letter ("pT stage", "eGFR", "ypN", "mRS score"), a characteristic opening a row of its own."""
    first = text[:1]
    if re.match(r"[a-z]{1,2}[A-Z]", text):
        return False
    return first.islower() and not "\u0370" <= first <= "\u03ff"


def _room_above(prev: _Fragment, f: _Fragment) -> bool:
    """Line ``f`` is indented under ``prev`` and its first word would have fit on ``prev``'s line before the first
    value of ``f``: a label wraps only when its next word does not fit, so ``f`` opens a row of its own."""
    size = max(prev.size, f.size)
    values = [w.x0 for cell in f.cells for w in cell]
    if not prev.label or not f.label or not values or f.label[0].x0 < prev.label[0].x0 + 0.5 * size:
        return False
    first = f.label[0]
    return prev.label[-1].x1 + 0.5 * size + (first.x1 - first.x0) < min(values) - 1.5 * size


def _subscripted_symbol(words: list[Word]) -> bool:
    """The label opens with a symbol and its subscript ("k" + lowered "a", "t" + "lag"): a parameter's name
    opening a row of its own ("k_a (h⁻¹)" under "Structural model"), no running word wrapped from the line above."""
    if len(words) < 2:
        return False
    head, sub = words[0], words[1]
    touching = abs(sub.x0 - head.x1) < 0.2 * head.size
    return len(head.text) <= 3 and touching and sub.size < head.size and sub.bottom > head.bottom + 0.1 * head.size


def _opens(text: str) -> bool:
    """The text leaves a round or a square bracket open ("Median days (95%", "mean [95%")."""
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def _closes(text: str) -> bool:
    """The text closes a round or a square bracket it did not open ("CI)", "CI]")."""
    return text.count(")") > text.count("(") or text.count("]") > text.count("[")


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
        # a range or a list left open, or a mean whose SD goes on on the next line ("108 ±" over "22")
        # or an interval set bare, without brackets, wrapped after its first bound ("118 to" over "166"), or a P
        # value wrapped after its sign ("P =" over "0.006")
        if (
            text.count("(") > text.count(")")
            or text.count("[") > text.count("]")
            or re.search(r"[–—\-,;(±]$|(?:^|\s)[pP]\s*[=<>≤≥]$", text)
            or _OPEN_INTERVAL.search(text)
        ):
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
        touch = s.box_slack_em * size
        if (
            fill.top - touch <= a.top
            and a.bottom <= fill.bottom + touch
            and fill.top - touch <= b.top
            and b.bottom <= fill.bottom + touch
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


# an interval's first bound and the word or dash that goes on, the rest wrapped onto the next line ("118 to", "−7.6
# to", "0.49–"); its second bound, bare ("166", "−4.6")
_OPEN_INTERVAL = re.compile(r"^[<>≤≥]?[-−–]?\d[\d.,·]*\s*(?:to|[–—])$")
_BARE_BOUND = re.compile(r"^[-−–]?\d[\d.,·]*$")


def _ends_cells(prev: _Fragment, f: _Fragment) -> bool:
    """Every cell of ``f`` goes on the cell above it, at least one closing what that cell left open: the closing part
    ("0.89)") of an open cell ("0.74 (0.62–"), or the bracket part ("(14.2)") of a bare one ("201"); no cell of ``f``
    starts a value of its own. The row's cells wrapped, whatever its label's line beside them says ("10 days,")."""
    used = [k for k, c in enumerate(f.cells) if c]
    if not used or any(not prev.cells[k] for k in used):
        return False
    closed = 0
    for k in used:
        top, below = join_words(prev.cells[k]).strip(), join_words(f.cells[k]).strip()
        if _unfinished(prev, [k]) and _closes(below) and not _opens(below):
            closed += 1
        elif _OPEN_INTERVAL.search(top) and "(" not in top and _BARE_BOUND.match(below):
            closed += 1  # "118 to" over "166": a bare interval's second bound, in a column of intervals (95% CI)
        elif not (below.startswith(("(", "[")) and not re.search(r"[(\[]", top) and not N_CELL.match(below)):
            return False
    return closed > 0


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
        if _spread_part(top, below):
            continue
        if not below.startswith(("(", "[")) or "(" in top or "[" in top:
            return False
    return True


_BARE_NUMBER = re.compile(r"[−–-]?\d[\d.,·]*")


def _spread_part(top: str, below: str) -> bool:
    """``below`` is the "± SD" half of a narrow "mean ± SD" cell wrapped at its sign: "12.6" over "± 4.4", or
    "108 ±" over "22"."""
    top, below = top.strip(), below.strip()
    if top.endswith("±"):
        return _BARE_NUMBER.fullmatch(top[:-1].strip()) is not None and _BARE_NUMBER.fullmatch(below) is not None
    return (
        below.startswith("±")
        and _BARE_NUMBER.fullmatch(top) is not None
        and _BARE_NUMBER.fullmatch(below[1:].strip()) is not None
    )
