"""Linking a table part to the block that continues it, block to block.

A table that runs off the foot of a text column or a page goes on in a *geometry block* (aligned value
columns, no caption touching it) heading the next column or the next page. The block continues the part
when its value columns line up with the part's after a shift and a scale (another page's margins, the other
text column): as many columns, each at the same relative place. The link is kept as plain data
(`table_region.FlowLink`) on the continuation part.
"""

from __future__ import annotations

from itertools import pairwise

from extractors.blocks import Block
from extractors.captions import CAPTION, FIGURE, Caption, unspace
from extractors.frame_view import FrameView
from extractors.geometry import RegionSettings
from extractors.layout import Line, PageLayout, frame_layout, split_segments
from extractors.table_notes import is_note, is_prose, mark_opened, split_notes, spread_prose, strong_row
from schemas.document import Word


def value_columns(
    blocks: list[Block], x0: float, x1: float, top: float, bottom: float, body_size: float, s: RegionSettings
) -> list[float]:
    """Centres of the value columns of the blocks inside a box, give or take ``crop_slack_em`` of the body type
    (page x)."""
    crop, edge = s.crop_slack_em * body_size, s.edge_slack_em * body_size
    extents = sorted(
        v
        for b in blocks
        if b.x0 >= x0 - crop and b.x1 <= x1 + crop and b.top < bottom and top < b.bottom
        for v in b.values
    )
    merged: list[list[float]] = []
    for a, b in extents:
        if merged and a <= merged[-1][1] + edge:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a + b) / 2 for a, b in merged]


def line_value_columns(lines: list[Line], s: RegionSettings) -> list[float]:
    """Centres of the value columns of a part's rows, from its lines (a head too short to make a block: a
    caption, a header and a row or two at the foot of a page)."""
    extents = sorted(
        (seg[0].x0, seg[-1].x1)
        for ln in lines
        if strong_row(ln)
        for seg in split_segments(ln.words, s.cell_gap_em)[1:]
        if _numeric("".join(w.text for w in seg))
    )
    edge = s.edge_slack_em * max((ln.size for ln in lines), default=0.0)
    merged: list[list[float]] = []
    for a, b in extents:
        if merged and a <= merged[-1][1] + edge:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a + b) / 2 for a, b in merged]


def _numeric(text: str) -> bool:
    """A value cell's text: most of its letters and digits are digits ("31 (42)", "<0.001"; not "Drug (n=73)")."""
    alnum = [ch for ch in text if ch.isalnum()]
    return bool(alnum) and sum(ch.isdigit() for ch in alnum) >= 0.5 * len(alnum)


def columns_line_up(
    mine: list[float], theirs: list[float], size: float, s: RegionSettings
) -> tuple[float, float] | None:
    """(shift, scale) that lays `mine` over `theirs`, or None when the value columns do not line up: another
    count, a scale beyond `flow_scale_share`, or a column off its place by more than `flow_column_em`."""
    if not mine or len(mine) != len(theirs):
        return None
    shift = theirs[0] - mine[0]
    if len(mine) == 1:
        return shift, 1.0
    span_a, span_b = mine[-1] - mine[0], theirs[-1] - theirs[0]
    if span_a <= 0 or span_b <= 0:
        return None
    scale = span_b / span_a
    if abs(scale - 1) > s.flow_scale_share:
        return None
    if any(
        abs((a - mine[0]) * scale - (b - theirs[0])) > s.flow_column_em * size
        for a, b in zip(mine, theirs, strict=True)
    ):
        return None
    return shift, scale


def column_of(view: FrameView, x0: float, x1: float) -> tuple[float, float]:
    """The x range of the text column a box sits in, give or take ``crop_slack_em`` of the body type (the whole
    text width for a box across the gutter)."""
    if view.gutter is None:
        return 0.0, view.frame.width
    middle = (view.gutter[0] + view.gutter[1]) / 2
    crop = RegionSettings.resolve(None).crop_slack_em * view.body_size
    if x1 <= middle + crop:
        return 0.0, view.gutter[0]
    if x0 >= middle - crop:
        return view.gutter[1], view.frame.width
    return 0.0, view.frame.width


def _is_prose(view: FrameView, line: Line, c0: float, c1: float) -> bool:
    return is_prose(line, max(c0, view.left), min(c1, view.right), view.body_size)


def heading_block(view: FrameView, blocks: list[Block], s: RegionSettings) -> Block | None:
    """The block that opens the frame in reading order (the first column's, then the next's), when nothing
    but table lines (a repeated or wrapped header, a group label) sits above it in its column under the
    running head."""
    if not blocks:
        return None
    middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else None
    crop = s.crop_slack_em * view.body_size
    first = min(blocks, key=lambda b: (middle is not None and b.x0 >= middle - crop, b.top))
    if lead_lines(view, first, s) is None:
        return None
    return first


def lead_lines(view: FrameView, block: Block, s: RegionSettings) -> list[Line] | None:
    """The table lines above a block at the head of its column (a repeated or wrapped header, a group
    label): the lines running up from it, each within a line gap of the one under it (so a line in the
    running-head band may open the column, the running head itself, set apart, may not). None when body
    text, a caption or a figure label sits above the block under the running head (the column does not open
    with the table)."""
    c0, c1 = column_of(view, block.x0, block.x1)
    g0 = view.gutter[0] if view.gutter is not None else c0
    layout = frame_layout(view.frame)
    crop, edge = s.crop_slack_em * view.body_size, s.edge_slack_em * view.body_size
    words = [
        w
        for w in view.words
        if w.x0 >= c0 - crop
        and w.x1 <= c1 + crop
        and w.bottom <= block.top - edge
        and not (c0 > 0 and full_width(layout, w, g0, c0))
    ]
    lines = layout.lines_of(words) if words else []
    head = s.running_head_share * view.frame.height
    if any(
        ln.top > head and (_is_prose(view, ln, c0, c1) or FIGURE.match(ln.text) or CAPTION.match(unspace(ln.text)))
        for ln in lines
    ):
        return None
    lead: list[Line] = []
    edge = block.top
    for line in reversed(lines):
        if edge - line.bottom > s.block_line_gap_em * line.size:
            break
        lead.insert(0, line)
        edge = line.top
    return lead


def block_chain(
    view: FrameView, blocks: list[Block], block: Block, s: RegionSettings, captions: list[Caption] | None = None
) -> list[Block]:
    """The block and those right under it in its column, each within a row gap of the one before; never past a
    caption set in the column under the block (the next table's, however close its block follows)."""
    c0, c1 = column_of(view, block.x0, block.x1)
    stop = next_caption_top(view, captions or [], c0, c1, block.top)
    crop = s.crop_slack_em * view.body_size
    chain = [block]
    for b in sorted(blocks, key=lambda b: b.top):
        if b.x0 < c0 - crop or b.x1 > c1 + crop or b.top >= stop:
            continue
        if b.top > chain[-1].bottom and b.top - chain[-1].bottom <= s.max_row_gap_em * view.body_size:
            chain.append(b)
    return chain


def next_caption_top(view: FrameView, captions: list[Caption], x0: float, x1: float, below: float) -> float:
    """The top of the first caption of the view set under ``below`` across the column ``x0``-``x1`` (infinity
    when none): where a part that continues a table from elsewhere ends at the latest."""
    edge = RegionSettings.resolve(None).edge_slack_em * view.body_size
    tops = [c.top for c in captions if c.frame_index == view.index and c.top > below + edge and c.x0 < x1 and x0 < c.x1]
    return min(tops, default=float("inf"))


def continuation_lines(
    view: FrameView, chain: list[Block], lead: list[Line], s: RegionSettings, stop: float = float("inf")
) -> tuple[list[Line], list[Line], bool]:
    """The body and notes of a continuation part made of chained blocks: the lead lines above them, the
    blocks' lines and the lines between them (a long group label), label lines running on to the foot of
    the column, or the legend under the last block. The flag says whether the part runs to the column foot."""
    layout = frame_layout(view.frame)
    c0, c1 = column_of(view, chain[0].x0, max(b.x1 for b in chain))
    x_left = min(b.x0 for b in chain)
    crop, edge = s.crop_slack_em * view.body_size, s.edge_slack_em * view.body_size
    chained = [ln for b in chain for ln in [*b.header, *b.lines]]
    for upper, lower in pairwise(chain):
        gap = (upper.bottom + edge, lower.top - edge)
        between = [
            w
            for w in view.words
            if w.x0 >= min(c0, x_left) - crop and w.x1 <= c1 + crop and gap[0] < w.top and w.bottom < gap[1]
        ]
        if between:
            at = chained.index(lower.header[0] if lower.header else lower.lines[0])
            chained[at:at] = layout.lines_of(between)
    last = chain[-1]
    # (up to the next caption in the column: what follows it is that caption's)
    # (a word under the last row by its middle: a superscript raised into the row's band, "mm" + "3" of the label
    # line under it, goes with its line at any scale)
    column_words = [
        w
        for w in view.words
        if w.x0 >= c0 - crop and w.x1 <= c1 + crop and last.bottom < (w.top + w.bottom) / 2 and w.bottom < stop
    ]
    trail = layout.lines_of(column_words) if column_words else []
    # justified body prose never continues the part's rows or notes (a block may have taken a spread line of it as
    # a row): the part ends over its first line
    left, right = max(c0, view.left), min(c1, view.right)
    lines = [*chained, *trail]
    prose_at = next(
        (
            k
            for k, ln in enumerate(lines)
            if k > 0 and spread_prose(_printed(layout, ln, left, right, crop), left, right, view.body_size, s)
        ),
        None,
    )
    if prose_at is not None and prose_at < len(chained):
        chained, trail, column_words = chained[:prose_at], [], lines[prose_at].words
    elif prose_at is not None:
        trail = trail[: prose_at - len(chained)]
    legend: list[Line] = []
    if trail and table_tail(trail, last.bottom, c0, c1, view, s):
        chained.extend(trail)
        column_words = []
    elif trail:
        wrapped = label_runon(trail, chain, s)
        chained.extend(wrapped)
        legend = legend_after(
            trail[len(wrapped) :], wrapped[-1].bottom if wrapped else last.bottom, view, s, min(b.x0 for b in chain)
        )
    body, notes = split_notes([*[ln for ln in lead if ln.bottom <= chain[0].top + edge], *chained], True)
    notes = [*notes, *legend]
    return body, notes, not notes and not column_words


def _printed(layout: PageLayout, line: Line, left: float, right: float, crop: float) -> Line:
    """The line as printed across its text column ``left``-``right``, give or take ``crop`` (a block keeps only the
    words of its own extent)."""
    index = layout.line_of.get(id(line.words[0])) if line.words else None
    if index is None:
        return line
    words = [w for w in layout.lines[index].words if w.x0 >= left - crop and w.x1 <= right + crop]
    return Line(words) if words else line


def label_runon(trail: list[Line], chain: list[Block], s: RegionSettings) -> list[Line]:
    """The lines under the last block that finish its last row's label: in the rows' type (not the legend's
    smaller one), left of the first value column, each close under the one before, none a note. A row of the
    table's own under them is one too: a label starting at the rows' left edge and one value set apart from the
    block's value columns (a P value centred across the groups), within the block's width."""
    sizes = sorted(ln.size for b in chain for ln in b.data)
    if not sizes:
        return []
    row_size = sizes[len(sizes) // 2]
    first_value = min(b.value_x0 for b in chain)
    left, right = min(b.x0 for b in chain), max(b.x1 for b in chain)
    out: list[Line] = []
    edge = chain[-1].bottom
    for line in trail:
        lone_row = (
            abs(line.x0 - left) <= line.size
            and line.x1 <= right + line.size
            and any(w.x1 < first_value for w in line.words)
            and sum(1 for w in line.words if w.x0 >= first_value) == 1
        )
        if (
            line.top - edge > s.legend_line_gap_em * line.size
            or line.size < s.legend_size_share * row_size
            or (line.x1 > first_value and not lone_row)
            or is_note(line)
            or mark_opened(line)
        ):
            break
        out.append(line)
        edge = line.bottom
    return out


def legend_after(
    trail: list[Line], bottom: float, view: FrameView, s: RegionSettings, x0: float | None = None
) -> list[Line]:
    """The table's legend under its last part in a column: lines in type smaller than the body's, the first
    within a row gap of the last row (or opening like a note) and each close under the one before, up to
    body text, a caption or a figure."""
    small = (1 - s.prose_size_tolerance_em - s.size_rounding_share) * view.body_size
    out: list[Line] = []
    edge = bottom
    for line in trail:
        size = line.size
        if line.top - edge > (s.max_row_gap_em if not out else s.block_line_gap_em) * size:
            break
        if FIGURE.match(line.text) or CAPTION.match(unspace(line.text)):
            break
        if size > small and not (not out and is_note(line)):
            break
        if size > small and x0 is not None and line.x0 - x0 > s.column_indent_em * size:
            break  # body type set off the part's left edge: the other column's text, not a note
        out.append(line)
        edge = line.bottom
    return out


def table_tail(trail: list[Line], bottom: float, x0: float, x1: float, view: FrameView, s: RegionSettings) -> bool:
    """Lines under a column's last value row that run to the foot of the column with no running text,
    caption or figure among them, the first within a row gap: group labels whose rows go on in the next
    column or page."""
    if trail[0].top - bottom > s.max_row_gap_em * view.body_size:
        return False
    return not any(
        _is_prose(view, ln, x0, x1) or FIGURE.match(ln.text) or CAPTION.match(unspace(ln.text)) or is_note(ln)
        for ln in trail
    )


def full_width(layout: PageLayout, word: Word, g0: float, g1: float) -> bool:
    """A word of a line that also has words left of the gutter: full-width text (an abstract, a title), when
    the line runs across the gutter or goes on beside it in the word's own type on its baseline. A left
    column's line set in other type (body text beside a table's smaller rows), whose words the layout put on
    the table line's baseline, leaves the table's words in the right column, and so does one in the same type
    that ends short of the gutter."""
    s = RegionSettings()
    crop, touch = s.crop_slack_em * word.size, s.box_slack_em * word.size
    index = layout.line_of.get(id(word))
    if index is None or layout.lines[index].x0 >= g0 - crop:
        return False
    line = layout.lines[index].words
    if any(w.x1 > g0 + touch and w.x0 < g1 - touch for w in line):
        return True
    left = [
        w
        for w in line
        if w.x1 <= g0 + touch
        and abs(w.size - word.size) <= 0.1 * word.size
        and abs(w.bottom - word.bottom) <= 0.15 * word.size
    ]
    # ... and runs up to the gutter, as a line set across it does: a left column's table row ending well short of
    # it ("Karnofsky" of a table's part) beside the right column's head ("Standard") is two columns' lines
    return bool(left) and max(w.x1 for w in left) >= g0 - s.justified_edge_em * word.size
