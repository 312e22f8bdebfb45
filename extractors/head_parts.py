"""A table's first part that holds nothing but its column heads, the rest of the table in the part after it: the
caption and its head lines left at the foot of a page or column (issue 8), the rows set at the top of the next
frame with no heads of their own. The head lines are read with the next part's columns: set over its first row,
moved by the shift that linked the two parts, they are that part's header, and the two parts are one. A head broken
across the column (its upper lines under the caption at the column's foot, its lower ones over the rows in the next
column, none repeated) is one head too: the upper lines, their stub lined up with the next part's, go over the
lower ones.

A line of the first part is a row of values, and the part no heads-only part, when a value-like cell with a figure
in it (not a group size, "(n = 171)") stands where one of the next part's value columns stands, within
``head_align_em`` of its type (extractors/geometry.py): a grade or week row of bare numbers ("1 2 3") keeps the
parts apart, so a part is merged only when nothing in it could be a value.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.foot_captions import moved_lines
from extractors.geometry import DEFAULT_GRID, GridSettings, RegionSettings
from extractors.grid_columns import N_CELL, is_data_line, segments, value_columns
from extractors.layout import Line, join_words
from extractors.table_region import TableRegion
from extractors.values import value_like


def _value_row(line: Line, columns: list[tuple[float, float]], s: GridSettings) -> bool:
    """A line with a value cell under one of ``columns``."""
    slack = s.head_align_em * line.size
    for seg in segments(line):
        text = join_words(seg).strip()
        if not value_like(text) or N_CELL.match(text) or not re.search(r"\d", text):
            continue
        if any(seg[0].x0 < c1 + slack and c0 - slack < seg[-1].x1 for c0, c1 in columns):
            return True
    return False


# a cell no head prints: a bare decimal, or one in brackets ("19.8", "(4.0)", "-2.5"), a mean or its SD
_STATISTIC = re.compile(r"^\(?[-−–]?\d+\.\d+\)?$")


def _statistics_row(line: Line) -> bool:
    """A line with two or more bare decimals in cells of their own: a row of statistics (a mean on one line and its
    SD wrapped under it in a narrow column), wherever the next part's columns stand."""
    return sum(bool(_STATISTIC.match(join_words(seg).strip())) for seg in segments(line)) >= 2


def heads_over_next_part(
    parts: list[TableRegion], grid: GridSettings = DEFAULT_GRID, region: RegionSettings | None = None
) -> list[TableRegion]:
    """The parts of one table, its first part read as the header of the second when it holds only head lines
    and the second opens with a row of values (see the module's docstring)."""
    if len(parts) < 2:
        return parts
    first, nxt = parts[0], parts[1]
    if nxt.continued_from is not first or not first.body or not nxt.body or first.caption is None:
        return parts
    data = [is_data_line(ln, nxt) for ln in nxt.body]
    if True not in data:
        return parts
    own = nxt.body[: data.index(True)]
    if own and (first.flow is not None or nxt.flow is not None or _repeats(first.body, own)):
        return parts  # the next part opens with heads of its own: a repeat of the first part's
    columns = value_columns([ln for ln, d in zip(nxt.body, data, strict=True) if d], nxt)
    if not columns:
        return parts
    s = RegionSettings.resolve(region)
    # parts linked by their value columns move by that shift; a part of heads alone, which has none, lines its
    # stub up with the next part's (its lines' left edge with the next part's)
    shift = nxt.flow.shift if nxt.flow is not None else 0.0
    if own:
        shift = nxt.x0 - min(ln.x0 for ln in first.body)
    dy = nxt.body[0].top - s.foot_head_gap_em * first.body[-1].size - first.body[-1].bottom
    heads = moved_lines(first.body, shift, dy)
    if any(_value_row(ln, columns, grid) or _statistics_row(ln) for ln in heads):
        return parts
    if min(ln.x0 for ln in heads) < nxt.x0 - grid.head_align_em * heads[0].size:
        return parts  # the heads reach out of the next part's band: another table's, or a wider one
    joined = f"its {len(heads)} head lines, all the part holds, are the header of the part that continues it"
    joined += f", over the {len(own)} head lines that part opens with" if own else " (read with that part's columns)"
    merged = replace(
        nxt,
        caption=first.caption,
        title=first.title,
        body=[*heads, *nxt.body],
        top=heads[0].top,
        continued_from=None,
        caption_position="previous-page",
        why=f"{first.why}; {joined}; {nxt.why}",
    )
    return [merged, *parts[2:]]


def _repeats(heads: list[Line], own: list[Line]) -> bool:
    """Whether the next part's own head lines repeat a head cell of the first part's (a header set again over the
    continuation): then the first part's heads are no upper head lines of that part's."""
    cells = {join_words(seg).strip().lower() for ln in heads for seg in segments(ln)}
    theirs = {join_words(seg).strip().lower() for ln in own for seg in segments(ln)}
    return any(re.search(r"[^\W\d_]{3}", c) for c in cells & theirs)
