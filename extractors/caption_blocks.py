"""Blocks of aligned value columns on a frame, and the caption each belongs to (touching it above or below)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extractors.blocks import Block, find_blocks
from extractors.captions import CAPTION, FIGURE, Caption
from extractors.frame_view import FrameView
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout
from extractors.side_tables import column_cuts, cut_lines, side_by_side_cuts
from extractors.table_notes import split_notes
from extractors.table_region import TableRegion


def extend_with_blocks(
    region: TableRegion, view: FrameView, s: RegionSettings, captions: Sequence[Caption] = ()
) -> None:
    """A table grown down from its caption that stopped short of the block it starts (a frame-only table,
    a row the line-by-line growth took for prose): the block's further rows are the table's too, since one
    block belongs to one table. A block under another caption (``captions``: the frame's), set between the
    table's end and the block, is that caption's table, however close."""
    if region.caption is None or region.caption_position != "above" or not region.body:
        return
    reach = s.caption_gap_to_block_em * view.body_size
    for block in view.blocks or []:
        if not (block.x0 < region.x1 and region.x0 < block.x1):
            continue
        if block.top < region.caption.bottom - 1 or block.top > region.bottom + reach:
            continue
        if block.bottom <= region.bottom + 0.5 * view.body_size:
            continue
        if any(
            c is not region.caption and c.x0 < block.x1 and block.x0 < c.x1 and region.bottom - 0.5 <= c.top < block.top
            for c in captions
        ):
            continue
        kept = [ln for ln in [*region.body, *region.notes] if ln.bottom <= block.top + 0.5]
        edge = max((ln.bottom for ln in kept), default=region.top)
        added = [ln for ln in [*block.header, *block.lines] if ln.top >= edge - 0.5]
        body, notes = split_notes([*kept, *added], True)
        region.body, region.notes = body, notes
        region.x0, region.x1 = min(region.x0, block.x0), max(region.x1, block.x1)
        region.bottom = max(ln.bottom for ln in [*body, *notes])
        region.why = f"{region.why}; extended over the block it starts ({block.why})"
        return


def frame_blocks(view: FrameView, captions: list[Caption], s: RegionSettings) -> list[Block]:
    """The frame's blocks of aligned value columns (computed once per frame); caption and figure-label lines
    are never part of one."""
    if view.blocks is None:
        lines = frame_layout(view.frame).lines_of(view.words)
        view.blocks = _blocks(view, lines, captions, s)
        own = [c for c in captions if c.frame_index == view.index]
        cuts = side_by_side_cuts(view.blocks, own, view.body_size, s)
        # two column tables chained across the gutter, their captions at different heights
        cut = {(top, bottom) for top, bottom, _ in cuts}
        cuts += [c for c in column_cuts(view.blocks, own, view.gutter, s, view.body_size) if (c[0], c[1]) not in cut]
        if cuts:  # two captioned tables side by side chained into one block: each side is a block of its own
            view.blocks = _blocks(view, cut_lines(lines, cuts), captions, s)
            view.side_cuts = cuts
    return view.blocks


def _blocks(view: FrameView, lines: list[Line], captions: list[Caption], s: RegionSettings) -> list[Block]:
    cap_ids = {id(w) for c in captions for line in c.lines for w in line.words}
    stop = {
        i
        for i, line in enumerate(lines)
        if any(id(w) in cap_ids for w in line.words) or FIGURE.match(line.text) or CAPTION.match(line.text)
    }
    # the words that make a line a stop line: the caption's, or a label's side of the page
    middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else None
    stop_words = set(cap_ids)
    for i in stop:
        line = lines[i]
        if middle is not None and (FIGURE.match(line.text) or CAPTION.match(line.text)):
            side = line.x0 < middle
            stop_words.update(id(w) for w in line.words if (w.x1 <= middle) == side)
    return find_blocks(lines, view.body_size, s, stop, view.gutter, stop_words)


def touching(view: FrameView, cap: Caption, s: RegionSettings) -> tuple[Block | None, Block | None]:
    """The blocks a caption touches: the nearest one ending just above it and the nearest one starting just
    below it, overlapping it horizontally."""
    size = cap.lines[0].size
    reach = s.caption_gap_to_block_em * size
    blocks = [b for b in view.blocks or [] if b.x0 < cap.x1 and cap.x0 < b.x1]
    above = [b for b in blocks if b.bottom <= cap.top + 1 and cap.top - b.bottom <= reach]
    below = [b for b in blocks if b.top >= cap.bottom - 1 and b.top - cap.bottom <= reach]
    return (
        max(above, key=lambda b: b.bottom) if above else None,
        min(below, key=lambda b: b.top) if below else None,
    )


def caption_style(
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
    rows_on: Callable[[Caption, bool], bool] | None = None,
) -> str:
    """Where the document sets its captions, by the unambiguous ones: "above" the table (a block touches
    only its lower side), "below" it (a block touches only its upper side), or "" when nothing says.
    ``rows_on(cap, below)`` says whether a table's rows, too few for a block, stand on that side of the caption:
    then the side no block touches is no empty side, and the caption says nothing (a table broken across a page
    ends in two rows over its caption set below it, the next table's block under that caption)."""
    votes = {"above": 0, "below": 0}
    for cap in captions:
        above, below = touching(views[cap.frame_index], cap, s)
        if (above is None) == (below is None):
            continue
        side = "above" if above is None else "below"  # where the caption stands: over its block, or under it
        if rows_on is None or not rows_on(cap, side == "below"):
            votes[side] += 1
    if votes["below"] > votes["above"]:
        return "below"
    if votes["above"] > votes["below"]:
        return "above"
    return ""


def captions_over(block: Block, captions: list[Caption], reach: float) -> list[Caption]:
    """The captions set right over a block (within ``reach``), overlapping it horizontally."""
    return [
        o
        for o in captions
        if o.bottom <= block.top + 1 and block.top - o.bottom <= reach and o.x0 < block.x1 and block.x0 < o.x1
    ]


def words_under(view: FrameView, cap: Caption) -> bool:
    """Whether anything of the frame stands under the caption's last line."""
    return any(w.top >= cap.bottom for w in view.words)


def caption_below_its_block(
    view: FrameView,
    cap: Caption,
    others: list[Caption],
    style: str,
    s: RegionSettings,
    taken: set[int] | None = None,
) -> bool:
    """Whether a caption belongs to the block above it: a block touches it from above, and none from
    below, or the one below is claimed by another caption set under it (stacked tables with captions
    below), or the document sets its captions below its tables. A block above already taken by the caption
    set over it (``taken``: stacked tables with captions above, each table's legend running up to the next
    caption) is never this caption's."""
    above, below = touching(view, cap, s)
    if above is None:
        return False
    if taken is not None and id(above) in taken and (style != "below" or _unclaimed_block_below(view, cap, others, s)):
        return False
    reach = s.caption_gap_to_block_em * cap.lines[0].size
    # stacked tables with captions above, nothing between a table's last row and the next caption: the block
    # above is the table of the caption set right over it, and this caption heads what follows it ("Table 3"
    # over its rows, "Table 4" right under them over its own, however few or weak its rows)
    over = captions_over(above, others, reach)
    claimed_above = bool(over)
    if below is None:
        # ... unless the caption over the block has a block over it too (stacked tables with captions below: that
        # caption is the upper table's, and this one, with nothing under it, the lower table's)
        return not (claimed_above and style == "above" and all(touching(view, o, s)[0] is None for o in over))
    claimants = [
        o
        for o in others
        if o.top >= below.bottom - 1 and o.top - below.bottom <= reach and o.x0 < below.x1 and below.x0 < o.x1
    ]
    claimed = bool(claimants)
    if claimed_above and not claimed and style == "above":
        return False
    # stacked tables with captions below in a document setting most captions above: the caption under the block
    # below touches no block under it, so it can only be that block's; this one is the block's above
    if any(touching(view, o, s)[1] is None for o in claimants):
        return True
    return (claimed and style != "above") or style == "below"


def _unclaimed_block_below(view: FrameView, cap: Caption, others: list[Caption], s: RegionSettings) -> bool:
    """Whether the caption touches a block below it that no other caption claims: a document setting most
    captions below its tables can still set one page's captions above (the table above is the one a caption over
    it took, its legend running up to this caption; this caption heads the block under it)."""
    below = touching(view, cap, s)[1]
    if below is None:
        return False
    reach = s.caption_gap_to_block_em * cap.lines[0].size
    return not any(
        o.top >= below.bottom - 1 and o.top - below.bottom <= reach and o.x0 < below.x1 and below.x0 < o.x1
        for o in others
    )


def block_region(
    view: FrameView, block: Block, page: int, cap: Caption | None, table_id: str, title: str, why: str, position: str
) -> TableRegion:
    body, notes = split_notes([*block.header, *block.lines], True)
    return TableRegion(
        caption=cap,
        table_id=table_id,
        title=title,
        frame_index=view.index,
        page=page,
        x0=block.x0,
        x1=block.x1,
        top=block.top,
        bottom=block.bottom,
        body=body,
        notes=notes,
        why=why,
        caption_position=position,
    )


def block_for_caption(
    view: FrameView, cap: Caption, above_first: bool, page: int, s: RegionSettings
) -> TableRegion | None:
    """A caption whose table could not be grown line by line: the block it touches is its table. A block over
    a caption that is not the block's (``above_first`` false with nothing under the caption: the block is the
    table of the caption set over it) is not taken for it."""
    above, below = touching(view, cap, s)
    block = (above or below) if above_first else below
    if block is None:
        return None
    position = "below" if block is above else "above"
    return block_region(
        view, block, page, cap, cap.table_id, cap.title, f"the block the caption touches; {block.why}", position
    )
