"""A table's last rows carried over to the head of the next text column or page: one or two value rows, or a group
label and its rows, fewer than a block needs (``min_block_rows``), then the table's legend or body text.

A part that runs to the foot of its text column goes on where the reader goes next: the right column of the same
page for a part of the left column, else the next page's first column (the next page across for a part across its
page). The lines opening that column, up to its first line of running text, caption or figure, finish the table
when each of their value rows has its value cells where the part's value columns are (as many, at the same relative
places after a shift and a scale: ``columns_line_up``) and every other line is a label set left of the values (a
group label, a label running on). A table of one value column is matched only under its head set again word for
word over the carried-over rows, each row's value cell under that head's column heading (one column's place alone
does not tell a table's rows from any line with a number). Anything else there is no part of this table.
"""

from __future__ import annotations

from collections import Counter

from extractors.captions import CAPTION, FIGURE, Caption, unspace
from extractors.flow_links import columns_line_up, line_value_columns
from extractors.frame_view import FrameView, next_view
from extractors.geometry import RegionSettings
from extractors.layout import Line, PageLayout, frame_layout, join_words, split_segments
from extractors.table_notes import is_note, is_prose, split_notes, spread_prose, strong_row
from extractors.table_region import FlowLink, TableRegion
from schemas.document import Document, Word


def successor(
    document: Document, region: TableRegion, furniture: set[int], views: dict[int, FrameView]
) -> tuple[int, FrameView, float, float] | None:
    """Where a part that runs to the foot of its text column goes on in reading order: (frame index, view, x0,
    x1 of the column). The right column of its page for a part of the left column; else the next page's first
    column, or the next page across when the part runs across its page or the next page has one column."""
    view = views.get(region.frame_index)
    if view is None:
        return None
    crop = RegionSettings.resolve(None).crop_slack_em * view.body_size
    if view.gutter is not None and region.x1 <= (view.gutter[0] + view.gutter[1]) / 2 + crop:
        return region.frame_index, view, view.gutter[1], view.right
    found = next_view(document, region.frame_index, furniture, views)
    if found is None:
        return None
    nxt, after = found
    across = view.gutter is None or (region.x0 < view.gutter[0] - crop and region.x1 > view.gutter[1] + crop)
    if across or view.gutter is None:
        return nxt, after, after.left, after.right
    # the next page's first column; where that page's own text is too short to show its gutter, the columns of the
    # page before (a journal keeps its column grid from page to page)
    gutter = after.gutter or view.gutter
    return nxt, after, after.left, gutter[0]


def column_head(view: FrameView, c0: float, c1: float, s: RegionSettings) -> list[Line]:
    """The table lines opening a text column: from its first line under the running head (a line in the
    running-head band opens it when it runs on, within a line gap, to the line under it) up to the first line of
    running text, caption or figure, or a gap wider than a row gap."""
    layout = frame_layout(view.frame)
    crop = s.crop_slack_em * view.body_size
    g = view.gutter if view.gutter is not None and (c0 > view.left + crop or c1 < view.right - crop) else None
    words = [w for w in view.words if w.x0 >= c0 - crop and w.x1 <= c1 + crop and not (g and _across(layout, w, *g))]
    lines = layout.lines_of(words) if words else []
    band = s.running_head_share * view.frame.height
    start = 0
    while start < len(lines) and lines[start].top <= band:
        nxt = lines[start + 1] if start + 1 < len(lines) else None
        if nxt is not None and nxt.top - lines[start].bottom <= s.block_line_gap_em * lines[start].size:
            break  # it runs on to the line under it: the column opens with it
        start += 1
    taken: list[Line] = []
    for line in lines[start:]:
        left, right = max(c0, view.left), min(c1, view.right)
        if is_prose(line, left, right, view.body_size) or spread_prose(line, left, right, view.body_size, s):
            break  # running text, however far a justified line spreads its words
        if FIGURE.match(line.text) or CAPTION.match(unspace(line.text)):
            break
        if taken and line.top - taken[-1].bottom > s.max_row_gap_em * line.size:
            break
        taken.append(line)
    return taken


def _across(layout: PageLayout, word: Word, g0: float, g1: float) -> bool:
    """A word of a line printed across both text columns (a title, an abstract): its line has a word in the
    gutter. (The other column's line may share the baseline, in any type: its words are not this column's.)"""
    index = layout.line_of.get(id(word))
    touch = RegionSettings.resolve(None).box_slack_em * word.size
    return index is not None and any(w.x1 > g0 + touch and w.x0 < g1 - touch for w in layout.lines[index].words)


def _repeated_head(region: TableRegion, lines: list[Line], s: RegionSettings) -> list[Line]:
    """The lines opening the column that repeat the part's own head lines word for word (a header set again over
    the rows carried over): the tail's header, not rows to line up."""
    own = {" ".join(ln.text.split()) for ln in region.body[: _head_count(region, s)]}
    head: list[Line] = []
    for line in lines:
        if " ".join(line.text.split()) not in own:
            break
        head.append(line)
    return head if len(head) < len(lines) else []


def _head_count(region: TableRegion, s: RegionSettings) -> int:
    """How many of the part's first lines may be its head: those before its first row whose label and cells are
    both printed (a row of values under the heads). A head line whose cells hold a digit but are no values (the
    stub head beside "q3w | q3w | Total | 6 mg kg−1 q2w") is no such row."""
    for k, line in enumerate(region.body):
        segs = line.segments(1.0)
        if strong_row(line) and len(segs) >= 2 and not any(ch.isdigit() for ch in join_words(segs[0])):
            if k > 0 and not line_value_columns([line], s):
                continue
            return k + 1 if k == 0 else k
    return len(region.body)


def _part_columns(lines: list[Line], s: RegionSettings) -> list[float]:
    """The centres of a part's value columns, from the rows that print the most common number of value cells (a
    row whose two cells the typesetter set too close to split stands as one: it is left out)."""
    per_row = [line_value_columns([ln], s) for ln in lines if strong_row(ln)]
    counts = Counter(len(c) for c in per_row if c)
    if not counts:
        return []
    count = max(counts, key=lambda n: (counts[n], n))
    return line_value_columns(
        [ln for ln, c in zip([ln for ln in lines if strong_row(ln)], per_row, strict=True) if len(c) == count], s
    )


def _headings(head: list[Line], s: RegionSettings) -> list[tuple[float, float]]:
    """The x ranges of the column headings of a repeated head: its lines' cells after the stub's."""
    return [(seg[0].x0, seg[-1].x1) for ln in head for seg in split_segments(ln.words, s.cell_gap_em)[1:]]


def _under(line: Line, headings: list[tuple[float, float]], s: RegionSettings) -> bool:
    """Every value cell of a row stands under one of the column headings."""
    cells = split_segments(line.words, s.cell_gap_em)[1:]
    return bool(cells) and all(any(c[0].x0 < x1 and x0 < c[-1].x1 for x0, x1 in headings) for c in cells)


def _tail(
    mine: list[float],
    body: list[Line],
    size: float,
    s: RegionSettings,
    headings: list[tuple[float, float]] | None = None,
) -> tuple[list[Line], float, float] | None:
    """The lines of ``body`` that finish a table whose value columns are centred at ``mine``, and the shift and
    scale of their value cells over them: from the top, value rows whose cells line up with those columns (as
    many, at the same relative places, every row shifted alike) and labels set left of the values (a group label,
    a label running on), up to the first line that is neither. A table of one value column needs the ``headings``
    of its repeated head, each row's value cell under one. None when no value row lines up."""
    single = len(mine) == 1
    if len(mine) < 2 and not (single and headings):
        return None  # one value column is too little to tell a table's rows from any line with a number
    kept: list[Line] = []
    rows: list[Line] = []
    shift: float | None = None
    scale = 1.0
    for line in body:
        if strong_row(line) and not is_note(line):
            fit = columns_line_up(mine, line_value_columns([line], s), size, s)
            if fit is None or (shift is not None and abs(fit[0] - shift) > s.flow_column_em * size):
                break
            if single and not _under(line, headings or [], s):
                break
            if shift is None:
                shift, scale = fit
            rows.append(line)
        elif len(line.segments(1.0)) > 1:
            break  # cells that are no values in the table's columns: not this table's
        kept.append(line)
    if not rows or shift is None:
        return None
    if len(kept) < len(body) and strong_row(body[len(kept)]):
        return None  # value rows go on in another shape: more of a table than a tail, not linked on its first rows
    first_value = min(split_segments(row.words, s.cell_gap_em)[1][0].x0 for row in rows)
    for k, line in enumerate(kept):
        if line not in rows and line.x1 > first_value - 0.5 * size:
            kept = kept[:k]  # a line running over the value columns: body text, the table has ended
            break
    return (kept, shift, scale) if any(row in kept for row in rows) else None


def short_tails(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> list[TableRegion]:
    """The short last parts of tables that run to the foot of a text column (see the module's docstring)."""
    out: list[TableRegion] = []
    continued = {id(r.continued_from) for r in regions if r.continued_from is not None}
    for region in regions:
        if not region.reached_frame_end or id(region) in continued or not region.body:
            continue
        where = successor(document, region, furniture, views)
        if where is None:
            continue
        frame_index, view, c0, c1 = where
        lines = column_head(view, c0, c1, s)
        if not lines:
            continue
        claimed = [r for r in [*regions, *out] if r.frame_index == frame_index]
        if any(
            r.x0 < ln.x1 and ln.x0 < r.x1 and r.top < ln.bottom and ln.top < r.bottom for r in claimed for ln in lines
        ):
            continue  # another table's lines
        head = _repeated_head(region, lines, s)
        body, notes = split_notes(lines[len(head) :], True)
        size = sorted(ln.size for ln in region.body)[len(region.body) // 2]
        columns = _part_columns(region.body, s)
        tail = _tail(columns, body, size, s, _headings(head, s))
        if tail is None:
            continue
        if len(tail[0]) < len(body):
            notes = []  # the table ends before the notes' place: what follows is no legend of it
        body, shift, scale = tail
        rows = [ln for ln in body if strong_row(ln)]
        body = [*head, *body]
        row_size = sorted(ln.size for ln in rows)[len(rows) // 2]
        legend = next((k for k, ln in enumerate(notes) if ln.size > 1.02 * row_size), len(notes))
        notes = notes[:legend]  # a legend is set in the rows' type or smaller: larger type is the body text
        if len(rows) >= s.min_block_rows:
            continue  # a block's worth of rows is the block linkers' to judge
        page = view.frame.page
        where_to = "the right column" if frame_index == region.frame_index else f"page {page}"
        out.append(
            TableRegion(
                caption=None,
                table_id=region.table_id,
                title=region.title,
                frame_index=frame_index,
                page=page,
                x0=min(ln.x0 for ln in body),
                x1=max(ln.x1 for ln in body),
                top=body[0].top,
                bottom=max(ln.bottom for ln in [*body, *notes]),
                body=body,
                notes=notes,
                continued_from=region,
                reached_frame_end=False,
                why=f"the last {len(rows)} row(s) of {region.table_id} open {where_to}: their value cells stand in "
                f"the part's {len(columns)} value columns, shifted {shift:+.1f} pt",
                caption_position="none",
                flow=FlowLink(
                    "next-column" if frame_index == region.frame_index else "next-page",
                    region.page,
                    len(columns),
                    round(shift, 1),
                    round(scale, 3),
                ),
            )
        )
        region.reached_frame_end = False
    return out
