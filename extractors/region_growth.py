"""A table's region from its caption: the block it touches, a box that frames it, or growth down (or up)
from the caption until prose, another caption or the frame's end.
"""

from __future__ import annotations

import re

from extractors.blocks import Block, across_table
from extractors.caption_blocks import block_region, touching
from extractors.captions import CAPTION, FIGURE, Caption
from extractors.frame_view import FrameView
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout, join_words, split_segments
from extractors.table_notes import (
    is_prose,
    legend_goes_on,
    legend_starts,
    one_line_legend,
    prose_segment,
    row_like,
    split_notes,
    strong_row,
)
from extractors.table_region import TableRegion
from extractors.values import value_like
from schemas.document import Fill, Word


def _own_column(
    view: FrameView, cap: Caption, below: bool, x0: float, x1: float, others: list[Caption]
) -> tuple[float, float]:
    """The edges of a table whose rows the blocks show end before other rows beside them (the table going
    on in the right column, or another table set beside it) or before the gutter: the band stops there,
    whatever the other side holds (the table's own continuation, prose, the other table)."""
    above, under = touching(view, cap, RegionSettings())
    block = under if below else above
    far = block is None
    if block is None:  # a tall header between the caption and its first value line: the nearest block on its side
        block = _nearest_block(view, cap, below, others)
    if block is None:
        return x0, x1
    overlapping = [b for b in view.blocks or [] if b is not block and b.top < block.bottom and block.top < b.bottom]
    middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else None

    def parting(a: float, b: float) -> float:
        """Where two blocks side by side part: the gutter when they stand in the two text columns (a table's
        label column may stand well left of its block's values), else halfway."""
        return middle if middle is not None and a <= middle <= b else (a + b) / 2

    left = [b for b in overlapping if b.x1 < block.x0]
    if left and cap.x0 >= max(b.x1 for b in left):  # another table's block beside this one on the left
        x0 = max(x0, min(parting(max(b.x1 for b in left), block.x0), cap.x0))
    right = [b for b in overlapping if b.x0 > block.x1]
    if not below or far:
        if right and cap.x1 <= min(b.x0 for b in right):
            x1 = min(x1, parting(block.x1, min(b.x0 for b in right)))
        return x0, x1
    if right:
        return x0, min(x1, parting(block.x1, min(b.x0 for b in right)))
    if view.gutter is not None and cap.x1 <= view.gutter[0] + 3 and block.x1 <= view.gutter[0] + 3:
        return x0, min(x1, view.gutter[0])
    return x0, x1


def _nearest_block(view: FrameView, cap: Caption, below: bool, others: list[Caption]) -> Block | None:
    """The block nearest the caption on its table's side, under it horizontally, within the reach of a table's
    first row (``max_first_gap_em``); a block with another caption between them is that caption's table (a short
    table over column tables: the left one's block is not the short table's)."""
    reach = RegionSettings().max_first_gap_em * cap.lines[0].size
    blocks = [
        b
        for b in view.blocks or []
        if b.x0 < cap.x1
        and cap.x0 < b.x1
        and not any(
            o.x0 < b.x1 and b.x0 < o.x1 and (cap.bottom <= o.top < b.top if below else b.bottom < o.bottom <= cap.top)
            for o in others
        )
    ]
    if below:
        near = [b for b in blocks if b.top >= cap.bottom - 1 and b.top - cap.bottom <= reach]
        return min(near, key=lambda b: b.top) if near else None
    near = [b for b in blocks if b.bottom <= cap.top + 1 and cap.top - b.bottom <= reach]
    return max(near, key=lambda b: b.bottom) if near else None


def _band(view: FrameView, cap: Caption, below: bool) -> tuple[float, float]:
    """The table's horizontal extent: a shaded box or a rule that frames it, else its page column."""
    frame = view.frame
    for fill in frame.fills:
        if (
            fill.x0 - 2 <= cap.x0
            and cap.x1 <= fill.x1 + 2
            and fill.top - 2 <= cap.top
            and cap.bottom <= fill.bottom + 2
            and fill.x1 - fill.x0 > 100
        ):
            return fill.x0, fill.x1
    size = cap.lines[0].size
    if below:
        shaded = [f for f in frame.fills if cap.bottom - 2 <= f.top <= cap.bottom + 3 * size + 20]
        first = next((f for f in shaded if f.x0 - 20 <= cap.x0 <= f.x1), None)
        if first is not None:  # a shaded header band right under the caption spans the table
            row = [f for f in shaded if f.top < first.bottom and f.bottom > first.top]
            row = _column_fills(row, first, view.gutter)
            x0, x1 = min(f.x0 for f in row), max(f.x1 for f in row)
            if x1 - x0 > 100:
                return min(x0, cap.x0), x1
        near = [r for r in frame.rules if cap.bottom - 2 <= r.y <= cap.bottom + 4 * size + 25]
    else:
        near = [r for r in frame.rules if cap.top - 4 * size - 25 <= r.y <= cap.top + 2]
    near = [r for r in near if r.x1 - r.x0 > 80 and r.x0 - 25 <= cap.x1 and cap.x0 <= r.x1 + 25]
    # a rule drawn over (or under) another table's block beside the caption's own is that table's
    others = [b for b in view.blocks or [] if not (b.x0 < cap.x1 and cap.x0 < b.x1)]
    pad = 3 * view.body_size  # the cell padding and a value column's centring around the block's words
    near = [r for r in near if not any(b.x0 - pad <= r.x0 and r.x1 <= b.x1 + pad for b in others)]
    if view.gutter is not None:  # a rule wholly in the other text column is that column's table's
        middle = (view.gutter[0] + view.gutter[1]) / 2
        near = [r for r in near if not (r.x1 <= middle <= cap.x0 or cap.x1 <= middle <= r.x0)]
    content = _content_band(view, cap, below)
    if near:
        widest = max(near, key=lambda r: r.x1 - r.x0)
        if widest.x1 - widest.x0 >= 0.6 * (content[1] - content[0]):
            return min(widest.x0, cap.x0), max(widest.x1, cap.x1)
    return content


def _column_fills(row: list[Fill], first: Fill, gutter: tuple[float, float] | None) -> list[Fill]:
    """The fills of a header band's row that belong to its text column: on a two-column page, a row of fills
    parted by the empty gutter is two columns' bands side by side (a column table's header band beside the
    other column's tinted rows), and only the side of ``first`` is its own."""
    if gutter is None:
        return row
    g0, g1 = gutter
    middle, quarter = (g0 + g1) / 2, (g1 - g0) / 4
    left = [f for f in row if f.x1 <= middle]
    right = [f for f in row if f.x0 >= middle]
    if len(left) + len(right) < len(row) or not left or not right:
        return row  # a fill across the gutter: one band over the page
    if max(f.x1 for f in left) > g0 + quarter or min(f.x0 for f in right) < g1 - quarter:
        return row  # cells meeting at the gutter: one band
    return left if first.x1 <= middle else right


def _content_band(view: FrameView, cap: Caption, below: bool) -> tuple[float, float]:
    """With nothing drawn around the table: the span of the non-prose segments beside the caption."""
    lo, hi = (cap.bottom, cap.bottom + 160) if below else (cap.top - 160, cap.top)
    near = [w for w in view.words if lo <= w.top <= hi]
    x0, x1 = cap.x0, cap.x1
    for line in frame_layout(view.frame).lines_of(near):
        for seg in split_segments(line.words, 1.6):
            if prose_segment(seg, view.body_size, 100):
                continue
            if CAPTION.match(join_words(seg)) or FIGURE.match(join_words(seg)):
                continue
            x0, x1 = min(x0, seg[0].x0), max(x1, seg[-1].x1)
    if view.gutter is not None:
        g0, g1 = view.gutter
        if cap.x0 >= g0 - 5:  # a caption in the right-hand column: the table starts there too
            x0 = max(x0, g0)
        elif cap.x1 <= g1 + 5:
            # a caption in the left-hand column: the table crosses the gutter only if its rows put words in it
            # (its rows: the lines up to the next caption or figure label on its side, not the next table's)
            cap_ids = {id(w) for line in cap.lines for w in line.words}
            run = _caption_run(frame_layout(view.frame).lines_of([w for w in near if id(w) not in cap_ids]), below)
            in_gutter = {round(w.top) for line in run for w in line.words if w.x1 > g0 + 1 and w.x0 < g1 - 1}
            if len(in_gutter) < 2 and not _headed_rows(run, RegionSettings(), view.gutter):
                x1 = min(x1, g0)
    return x0, x1


def _caption_run(lines: list[Line], below: bool) -> list[Line]:
    """The lines on a caption's table side (``lines`` in reading order), from the caption up to the next caption or
    figure label."""
    s = RegionSettings()
    run: list[Line] = []
    for line in lines if below else reversed(lines):
        texts = [join_words(seg) for seg in split_segments(line.words, s.cell_gap_em)]
        if any(CAPTION.match(t) or FIGURE.match(t) for t in texts):
            break
        run.append(line)
    return run


def _headed_rows(lines: list[Line], s: RegionSettings, gutter: tuple[float, float] | None = None) -> int:
    """The rows of a table among the lines, however few: a row opens with a label (text, not a value) and every
    cell after it is a value, each under the words of a head line over the first row (with ``gutter``: the label
    left of it, the first value cell right of it: a table set across the page over or under a caption in the left
    text column; two column tables side by side open the right-hand table's rows with a label there, and the left
    column's prose has no value cells right of it). 0 when a row's cell stands under no head word. The caption is
    the evidence a short table's block lacks."""
    middle = (gutter[0] + gutter[1]) / 2 if gutter is not None else None
    head: list[Word] = []
    rows = 0
    for line in sorted(lines, key=lambda ln: ln.top):
        segs = split_segments(line.words, s.cell_gap_em)
        cells = [join_words(seg) for seg in segs]
        values = [seg for seg in segs[1:] if middle is None or seg[0].x0 >= middle]
        row = (
            len(segs) >= 2
            and not value_like(cells[0])
            and (gutter is None or segs[0][0].x0 < gutter[0])
            and bool(values)
            and all(value_like(c) for c in cells[1:])
        )
        if not row:
            if not rows:
                head.extend(w for w in line.words if middle is None or w.x0 >= middle)
            continue
        if not all(any(w.x0 < seg[-1].x1 and seg[0].x0 < w.x1 for w in head) for seg in values):
            return 0
        rows += 1
    return rows


def short_table_over(view: FrameView, cap: Caption, others: list[Caption], page: int, s: RegionSettings) -> bool:
    """In a document that sets its captions below its tables, a caption that no block touches from above heads no
    table under it when the lines grown up from it (up to prose, another caption or a gap) are a table of one or
    two rows: label then value cells, each value under a head's words (``_headed_rows``)."""
    return headed_rows_on(view, cap, others, page, False, s) is not None


def headed_rows_on(
    view: FrameView, cap: Caption, others: list[Caption], page: int, below: bool, s: RegionSettings
) -> TableRegion | None:
    """The lines grown from the caption on one side (under it with ``below``, else over it) when they are a
    table's rows, however few: label then value cells, each value under a head's words (``_headed_rows``)."""
    region = grow(view, cap, others, page, below, s)
    return region if region is not None and _headed_rows(region.body, s) > 0 else None


def captioned_region(
    view: FrameView, cap: Caption, others: list[Caption], page: int, above_first: bool, s: RegionSettings
) -> TableRegion | None:
    """A caption's table, geometry first: a shaded box holding the caption; else the block of aligned value
    columns the caption touches on its table's side (below it, or above it when the caption belongs to the
    block above), with the region grown line by line from the caption taken instead only when it confirms
    the block (holds most of its data lines) and so extends it (label-only rows, notes); else, with no
    block there, the region grown from the caption."""
    boxed = _boxed(view, cap, page)
    if boxed is not None:
        return boxed
    above, below = touching(view, cap, s)
    block = above if above_first else below
    if block is None:
        # a block touches the caption from above and was judged not its own (the table of the caption set over
        # it): the caption's table is not grown up into it
        return _region_for_caption(view, cap, others, page, above_first, upward=above is None or above_first)
    grown = grow(view, cap, others, page, block is below, s, block)
    if grown is not None:
        inside = sum(
            1
            for ln in block.data
            if grown.top - 1 <= ln.top
            and ln.bottom <= grown.bottom + 1
            and grown.x0 - 3 <= ln.x0
            and ln.x1 <= grown.x1 + 3
        )
        if inside >= s.block_confirm_share * len(block.data):
            return _without_figure(view, grown, block, s) if block is below else grown
    position = "below" if block is above else "above"
    why = f"the block the caption touches (growing from the caption did not hold it); {block.why}"
    region = block_region(view, block, page, cap, cap.table_id, cap.title, why, position)
    # a block under its caption with nothing under it in its band, not even a legend: the table runs off the
    # foot of the frame (its last rows may open the next page)
    region.reached_frame_end = (
        block is below
        and not region.notes
        and not any(w.top > block.bottom + 0.5 and w.x0 < block.x1 and block.x0 < w.x1 for w in view.words)
    )
    return region


def _without_figure(view: FrameView, region: TableRegion, block: Block, s: RegionSettings) -> TableRegion:
    """A region grown down past its block up to a "Figure N" caption: the lines under the block, after the
    table's legend, are the figure's labels (a diagram drawn in text), never the table's."""
    lines = [*region.body, *region.notes]
    after = [ln for ln in lines if ln.top > block.bottom + 0.5]
    if not after:
        return region
    size = lines[-1].size
    under = [
        w
        for w in view.words
        if region.x0 - 3 <= w.x0
        and w.x1 <= region.x1 + 3
        and region.bottom + 0.5 < w.top <= region.bottom + s.max_row_gap_em * size
    ]
    next_lines = frame_layout(view.frame).lines_of(under) if under else []
    if not next_lines or not FIGURE.match(next_lines[0].text):
        return region
    rows = [ln.size for ln in lines if ln.top <= block.bottom + 0.5 and strong_row(ln)]
    legend: list[Line] = []
    edge = block.bottom
    for line in after:
        gap = line.top - edge
        if legend and not legend_goes_on(line, legend, gap, s):
            break
        if not legend and not (len(rows) >= 3 and legend_starts(line, rows, region.x0, region.x1, s)):
            break
        legend.append(line)
        edge = line.bottom
    kept = [ln for ln in lines if ln.top <= block.bottom + 0.5] + legend
    body, notes = split_notes(kept, True)
    region.body, region.notes = body, notes
    region.bottom = max(ln.bottom for ln in kept)
    region.reached_frame_end = False
    region.why = f"{region.why}; the labels under its block, up to a figure caption, are the figure's"
    return region


def _region_for_caption(
    view: FrameView,
    cap: Caption,
    others: list[Caption],
    page: int,
    above_first: bool = False,
    upward: bool = True,
) -> TableRegion | None:
    boxed = _boxed(view, cap, page)
    if boxed is not None:
        return boxed
    for below in (False, True) if above_first else (True, False):
        if not below and not upward:
            continue
        region = grow(view, cap, others, page, below)
        if region is not None:
            return region
    return None


def _boxed(view: FrameView, cap: Caption, page: int) -> TableRegion | None:
    """A table printed inside a shaded box that also holds its caption (Lancet): the box is the table."""
    size = cap.lines[0].size
    for fill in view.frame.fills:
        inside = (
            fill.x0 - 2 <= cap.x0
            and fill.top - 2 <= cap.top
            and cap.bottom <= fill.bottom + 2
            and fill.bottom - fill.top > 5 * size
            and fill.x1 - fill.x0 > 100
        )
        if not inside:
            continue
        cap_ids = {id(w) for line in cap.lines for w in line.words}
        words = [
            w
            for w in view.words
            if fill.x0 - 2 <= w.x0
            and w.x1 <= fill.x1 + 2
            and fill.top - 2 <= w.top
            and w.bottom <= fill.bottom + 2
            and id(w) not in cap_ids
        ]
        lines = frame_layout(view.frame).lines_of(words)
        body, notes = split_notes(lines, True)
        if len([ln for ln in body if row_like(ln)]) < 2:
            return None
        return TableRegion(
            caption=cap,
            table_id=cap.table_id,
            title=cap.title,
            frame_index=cap.frame_index,
            page=page,
            x0=fill.x0,
            x1=fill.x1,
            top=fill.top,
            bottom=fill.bottom,
            body=body,
            notes=notes,
            why="caption inside a shaded box: the box is the table",
            caption_position="inside",
        )
    return None


def _side_of_cut(
    view: FrameView, cap: Caption, below: bool, x0: float, x1: float, s: RegionSettings, block: Block | None = None
) -> tuple[float, float]:
    """Two captioned tables side by side that the blocks stage cut apart (``view.side_cuts``): a caption's table
    stays on its caption's side of the cut whose rows it heads (or closes). A cut wholly under (over) the block
    the caption touches is other tables' (column tables under a table set across the page)."""
    reach = s.max_first_gap_em * cap.lines[0].size
    for top, bottom, x in view.side_cuts:
        if block is not None and (top >= block.bottom - 0.5 or bottom <= block.top + 0.5):
            continue
        near = (
            (top >= cap.bottom - 1 and top - cap.bottom <= reach)
            if below
            else (cap.top >= top and cap.top - bottom <= reach)
        )
        if not near:
            continue
        if cap.x0 >= x:
            x0 = max(x0, x)
        elif cap.x1 <= x:
            x1 = min(x1, x)
    return x0, x1


def _stub_edge(taken: list[Line]) -> float:
    """Where the value cells of the rows taken so far start: a wordy line ending left of it is a row label set in
    the stub ("Volume of distribution, V/F (L)" over its parameters, in the body's type), no running text."""
    starts = [segs[1][0].x0 for ln in taken if len(segs := ln.segments(1.6)) >= 2 and row_like(ln)]
    return min(starts) if starts else float("-inf")


def _paragraph_end(line: Line, x0: float, x1: float, body_size: float) -> bool:
    """Growing up from a caption under its table: a line of the prose above the table, one column's full line
    beside the other column's short last line of a paragraph ("ance and volumes of distribution.")."""
    segs = line.segments(1.6)
    if len(segs) != 2:
        return False
    wide = [prose_segment(seg, body_size, min(0.4 * (x1 - x0), 130.0)) for seg in segs]
    if not any(wide):
        return False
    other = segs[wide.index(True) - 1]
    # the other column's short last line ("with GBM.3", "ance and volumes of distribution."): words of the body
    # type, no value among them -- never a table row's cell
    return prose_segment(other, body_size, 0.0) or _words_only(other, body_size)


def _last_line_of_paragraph(line: Line, above: Line, x0: float, x1: float, body_size: float, s: RegionSettings) -> bool:
    """Growing up from a caption under its table: the short last line of the paragraph set over the table
    ("patients with high-risk neuroblastoma."), too short to read as running text by itself. It is one run of
    words of the body type, no value among them, and the line over it is running text within a line's spacing (the
    text's leading, no more): a paragraph's last line, never the table's head (set apart from the text over it).
    """
    if len(line.segments(1.6)) != 1 or not _words_only(line.words, body_size):
        return False
    if line.top - above.bottom > s.paragraph_line_gap_em * line.size:
        return False
    return is_prose(above, x0, x1, body_size)


def _words_only(seg: list[Word], body_size: float) -> bool:
    """Words of the body type, each holding letters ("GBM."), none a value; a superscript reference number beside
    them (set smaller: "GBM.³") is no value."""
    s = RegionSettings.resolve(None)
    words = [w for w in seg if w.size > s.script_size_share * body_size]
    same_type = all(abs(w.size - body_size) <= s.prose_size_tolerance_em * body_size for w in words)
    return bool(words) and same_type and all(re.search(r"[A-Za-z]{2}", w.text) for w in words)


def _other_span_words(view: FrameView, block: Block | None, captions: list[Caption]) -> set[int]:
    """The words of the frame's blocks set across the other span of a two-column page than ``block``: the column
    tables' when ``block`` is a table set across the page (``across_table``), the tables' across the page when
    ``block`` stands in one text column. A table grown from its caption ends where such a block starts (a
    full-width table over or under two column tables is never one table with them). Only blocks wholly over or
    under ``block`` and touched by a caption of their own (``captions``: the frame's others) count: a table's part
    set in fewer columns beside or under its first part is the same table."""
    gutter = view.gutter
    if gutter is None and view.side_cuts:
        # a page of tables and little prose finds no gutter: where its column tables were cut apart stands for it
        x = view.side_cuts[0][2]
        gutter = (x, x)
    if block is None or gutter is None:
        return set()
    g0, g1 = gutter
    s = RegionSettings()

    def one_column(b: Block) -> bool:
        return b.x1 <= g1 or b.x0 >= g0

    def apart(b: Block) -> bool:
        """Wholly over or under ``block`` (a block sharing its lines is a part of its table) and touched by a
        caption of its own."""
        if b is block or not (b.top >= block.bottom - 0.5 or b.bottom <= block.top + 0.5):
            return False
        return any(b is t for c in captions for t in touching(view, c, s))

    if across_table(block, gutter, view.body_size, s):
        others = [b for b in view.blocks or [] if apart(b) and one_column(b)]
    elif one_column(block):
        others = [b for b in view.blocks or [] if apart(b) and across_table(b, gutter, view.body_size, s)]
    else:
        return set()
    return {id(w) for b in others for line in [*b.header, *b.lines] for w in line.words}


def _prose_over_caption(view: FrameView, cap: Caption, s: RegionSettings) -> bool:
    """A caption whose nearest line above it, within its width and a row's gap, is body prose (running text, or a
    paragraph's short last line under it) closes no table over it: it ends the paragraphs of its column, its table
    set in the next frame (the right column, the next page). Growing up from it would take the other column's
    rows beside the prose for a table's."""
    crop = s.crop_slack_em * view.body_size
    cap_ids = {id(w) for line in cap.lines for w in line.words}
    reach = s.max_row_gap_em * cap.lines[0].size
    words = [
        w
        for w in view.words
        if w.x0 >= cap.x0 - crop
        and w.x1 <= cap.x1 + crop
        and w.bottom <= cap.top + s.box_slack_em * view.body_size
        and cap.top - w.bottom <= 2 * reach
        and id(w) not in cap_ids
    ]
    if not words:
        return False
    lines = frame_layout(view.frame).lines_of(words)
    lines.sort(key=lambda ln: ln.bottom)
    nearest = lines[-1]
    if cap.top - nearest.bottom > reach:
        return False
    if is_prose(nearest, cap.x0, cap.x1, view.body_size):
        return True
    return len(lines) >= 2 and _last_line_of_paragraph(nearest, lines[-2], cap.x0, cap.x1, view.body_size, s)


def grow(
    view: FrameView,
    cap: Caption,
    others: list[Caption],
    page: int,
    below: bool,
    settings: RegionSettings | None = None,
    block: Block | None = None,
) -> TableRegion | None:
    s = RegionSettings.resolve(settings)
    if not below and _prose_over_caption(view, cap, s):
        return None
    x0, x1 = _band(view, cap, below)
    x0, x1 = _own_column(view, cap, below, x0, x1, others)
    if block is not None:  # geometry first: the table is at least as wide as the block the caption touches
        x0, x1 = min(x0, block.x0), max(x1, block.x1)
    x0, x1 = _side_of_cut(view, cap, below, x0, x1, s, block)
    for other in others:  # two tables side by side: a caption on the same line bounds this one's band
        if other.top < cap.bottom and other.bottom > cap.top:
            if other.x0 >= cap.x1:
                x1 = min(x1, other.x0 - 4)
            elif other.x1 <= cap.x0:
                x0 = max(x0, other.x1 + 4)
    cap_ids = {id(w) for line in cap.lines for w in line.words}
    other_ids = {id(w) for c in others for line in c.lines for w in line.words}
    words = [w for w in view.words if w.x0 >= x0 - 3 and w.x1 <= x1 + 3 and id(w) not in cap_ids]
    lines = frame_layout(view.frame).lines_of(words)
    if below:
        candidates = [ln for ln in lines if ln.top >= cap.bottom - 1]
    else:
        candidates = [ln for ln in reversed(lines) if ln.bottom <= cap.top + 1]
    taken: list[Line] = []
    rows = 0
    prev_edge = cap.bottom if below else cap.top
    reached_end = True
    row_sizes: list[float] = []  # type sizes of the value rows taken
    legend: list[Line] = []  # the legend under the rows: once it starts, the table ends with it
    foreign = _other_span_words(view, block, others)
    for at, line in enumerate(candidates):
        gap = (line.top - prev_edge) if below else (prev_edge - line.bottom)
        if legend and not legend_goes_on(line, legend, gap, s):
            reached_end = False
            break
        if any(id(w) in other_ids or id(w) in foreign for w in line.words) or FIGURE.match(line.text):
            reached_end = False
            break
        in_stub = below and rows > 0 and line.x1 < _stub_edge(taken) - 0.5 * line.size
        # grown up from a caption set below its table: a page set in a type of its own stops it at its prose too
        prose = is_prose(line, x0, x1, view.body_size) or (
            not below and view.page_size != view.body_size and is_prose(line, x0, x1, view.page_size)
        )
        if below and rows >= 2 and not legend and prose:
            whole = line if one_line_legend(line, x1) else _legend_past_table(line, view, x1)
            if whole is not None:
                # what would end the table as body prose is its one-sentence legend, and the table's end (set
                # wider than a narrow table, the legend is read whole)
                legend.append(whole)
                taken.append(whole)
                reached_end = False
                break
        above = candidates[at + 1] if not below and at + 1 < len(candidates) else None
        if (
            (prose and not in_stub)
            or (not below and _paragraph_end(line, x0, x1, view.body_size))
            or (above is not None and _last_line_of_paragraph(line, above, x0, x1, view.body_size, s))
        ):
            reached_end = False
            break
        if rows and gap > 4.5 * line.size + 6:
            reached_end = False
            break
        if not rows and gap > 8 * line.size + 30:
            return None
        starts = below and not legend and len(row_sizes) >= 3 and legend_starts(line, row_sizes, x0, x1, s)
        if legend or starts:
            legend.append(line)
        taken.append(line)
        rows += row_like(line) and not legend
        if strong_row(line) and not legend:
            row_sizes.append(line.size)
        prev_edge = line.bottom if below else line.top
    if rows < 2:
        return None
    if not below:
        taken.reverse()
    body, notes = split_notes(taken, below)
    if len([ln for ln in body if row_like(ln)]) < 2 or not any(strong_row(ln) for ln in body):
        return None
    return TableRegion(
        caption=cap,
        table_id=cap.table_id,
        title=cap.title,
        frame_index=cap.frame_index,
        page=page,
        x0=x0,
        x1=x1,
        top=min(ln.top for ln in taken),
        bottom=max(ln.bottom for ln in taken),
        body=body,
        notes=notes,
        reached_frame_end=reached_end and below and not notes,
        why=(
            f"{len(body)} table lines {'below' if below else 'above'} the caption, up to "
            + (
                "the foot of the frame"
                if reached_end
                else "the end of its legend"
                if legend
                else "body prose, a gap, another caption or a figure"
            )
        ),
        caption_position="above" if below else "below",
    )


def _legend_past_table(line: Line, view: FrameView, x1: float) -> Line | None:
    """A one-sentence legend under a table narrower than it ("Data are mean (SD). P values are for the change
    within each group." under a half-width table): the line cut at the table's right edge, read on to its end
    while its words follow at a word space, is the legend when read whole it is one (it stops short of the text's
    right edge, or no line follows close under it: no line of a paragraph)."""
    band = sorted(
        (w for w in view.words if abs(w.top - line.top) < 0.3 * line.size and w.x0 >= line.x1 - 0.1),
        key=lambda w: w.x0,
    )
    words = list(line.words)
    for w in band:
        if w.x0 - words[-1].x1 > 1.0 * line.size or w.size != line.size:
            break
        words.append(w)
    if words[-1].x1 <= x1:
        return None
    whole = Line(words=words)
    below = [w.top for w in view.words if w.top > whole.bottom + 0.1]
    # the frame's widest line (the legend itself, on a page of tables) says nothing: alone, with no line close
    # under it, it is no paragraph's first line either
    alone = not below or min(below) - whole.bottom > 1.0 * whole.size
    return whole if one_line_legend(whole, float("inf") if alone else view.right) else None
