"""A caption left at the foot of its frame (the page, or the left text column) whose table the typesetter set at
the top of the next frame (the right column, or the next page): the caption ends its frame with no block under it,
at most a few head lines (the table's column heads, left with it); the first block opening the next frame is its
table when nothing but table lines stands over that block (no caption of its own, no body prose before it). Head
lines left with the caption are that block's header when it has none of its own: they are set over its first row,
moved by the offset between the two frames' text columns (issue 8).
"""

from __future__ import annotations

from dataclasses import replace

from extractors.blocks import Block
from extractors.caption_blocks import frame_blocks, touching
from extractors.captions import CAPTION, FIGURE, Caption, unspace
from extractors.flow_links import (
    block_chain,
    column_of,
    continuation_lines,
    heading_block,
    lead_lines,
    next_caption_top,
)
from extractors.frame_view import FrameView, next_view
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout
from extractors.table_notes import is_note, is_prose, strong_row
from extractors.table_region import TableRegion
from schemas.document import Document


def heads_only(region: TableRegion) -> bool:
    """A region grown under its caption that holds fewer than two rows of values (one block holds two or more):
    the table's head lines, perhaps, its rows set in the next frame (``foot_caption_table`` says)."""
    return sum(1 for ln in region.body if strong_row(ln)) < 2


def _head_left_with(view: FrameView, cap: Caption, s: RegionSettings) -> list[Line] | None:
    """The lines under a caption down to the foot of its column: none, or a few table head lines (no prose, no
    note, no figure label, no caption). None when anything else is set under it (the caption does not end its
    frame)."""
    c0, c1 = column_of(view, cap.x0, cap.x1)
    cap_ids = {id(w) for line in cap.lines for w in line.words}
    crop, touch = s.crop_slack_em * view.body_size, s.box_slack_em * view.body_size
    words = [
        w
        for w in view.words
        if w.x0 >= c0 - crop and w.x1 <= c1 + crop and w.top >= cap.bottom - touch and id(w) not in cap_ids
    ]
    lines = frame_layout(view.frame).lines_of(words) if words else []
    if len(lines) > s.column_foot_head_lines:
        return None
    if lines and lines[0].top - cap.bottom > s.max_row_gap_em * cap.lines[0].size:
        return None
    bad = [
        ln
        for ln in lines
        if is_prose(ln, max(c0, view.left), min(c1, view.right), view.body_size)
        or is_note(ln)
        or FIGURE.match(ln.text)
        or CAPTION.match(unspace(ln.text))
    ]
    return None if bad else lines


def head_left_with(view: FrameView, cap: Caption, s: RegionSettings) -> list[Line]:
    """The table head lines left under a caption that ends its frame (none when anything else is set there)."""
    return _head_left_with(view, cap, s) or []


def _opening_block(
    document: Document,
    cap: Caption,
    view: FrameView,
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> tuple[int, FrameView, Block] | None:
    """The block opening the frame after the caption's: the right column's first block for a caption in the left
    column, else the next page's first block in reading order; with nothing but table lines over it in its
    column (``lead_lines``)."""
    middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else None
    crop = s.crop_slack_em * view.body_size
    if middle is not None and cap.x1 <= middle + crop:
        right = [b for b in frame_blocks(view, captions, s) if b.x0 >= middle - crop]
        if not right:
            return None
        first = min(right, key=lambda b: b.top)
        return (cap.frame_index, view, first) if lead_lines(view, first, s) is not None else None
    found = next_view(document, cap.frame_index, furniture, views)
    if found is None:
        return None
    nxt, target = found
    opening = heading_block(target, frame_blocks(target, captions, s), s)
    return (nxt, target, opening) if opening is not None else None


def _has_own_caption(view: FrameView, block: Block, captions: list[Caption], style: str, s: RegionSettings) -> bool:
    """A caption of the block's frame touches it from above, or from below in a document that sets its captions
    below its tables."""
    for other in captions:
        if other.frame_index != view.index:
            continue
        above, below = touching(view, other, s)
        if below is block or (style == "below" and above is block):
            return True
    return False


def _whole_lines(view: FrameView, lines: list[Line], x0: float, x1: float) -> list[Line]:
    """The block's lines with every word their text column sets on them: a stub column of labels ("Leukopenia"
    over its arms' rows) that the block's value columns left out is part of the table's rows."""
    c0, c1 = column_of(view, x0, x1)
    crop = RegionSettings.resolve(None).crop_slack_em * view.body_size
    words = [w for w in view.words if w.x0 >= c0 - crop and w.x1 <= c1 + crop]
    full = frame_layout(view.frame).lines_of(words) if words else []
    out = []
    for ln in lines:
        same = next((f for f in full if abs(f.top - ln.top) < 0.5 * ln.size), None)
        held = same is not None and {id(w) for w in ln.words} <= {id(w) for w in same.words}
        out.append(same if same is not None and held else ln)
    return out


def _text_left(view: FrameView, x0: float, x1: float) -> float:
    """Where the text column a box sits in starts: its edge, or the text's left edge for the first column."""
    return max(column_of(view, x0, x1)[0], view.left)


def moved_lines(lines: list[Line], dx: float, dy: float) -> list[Line]:
    """Copies of the lines moved by (dx, dy) in frame coordinates; each word keeps its place on the printed page."""
    return [
        Line([replace(w, x0=w.x0 + dx, x1=w.x1 + dx, top=w.top + dy, bottom=w.bottom + dy) for w in ln.words])
        for ln in lines
    ]


def foot_caption_table(
    document: Document,
    cap: Caption,
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    style: str,
    s: RegionSettings,
) -> TableRegion | None:
    """The table of a caption that ends its frame: the block opening the next frame (see the module's docstring),
    with the head lines left under the caption as its header when it has none; None when the next frame opens
    with anything else (its own captioned table, body prose)."""
    view = views[cap.frame_index]
    head = _head_left_with(view, cap, s)
    if head is None:
        return None
    found = _opening_block(document, cap, view, furniture, views, captions, s)
    if found is None:
        return None
    index, target, block = found
    if _has_own_caption(target, block, captions, style, s):
        return None
    lead = lead_lines(target, block, s) or []
    chain = block_chain(target, [b for b in frame_blocks(target, captions, s)], block, s, captions)
    stop = next_caption_top(target, captions, *column_of(target, block.x0, block.x1), block.top)
    body, notes, reached = continuation_lines(target, chain, lead, s, stop)
    if sum(1 for ln in body if strong_row(ln)) < 2:
        return None
    body = _whole_lines(target, body, block.x0, block.x1)
    if head and (lead or block.header):
        return None  # lines under the caption and a header over the block: the table's first part is left there
    moved: list[Line] = []
    if head:
        dx = _text_left(target, block.x0, block.x1) - _text_left(view, cap.x0, cap.x1)
        size = head[-1].size
        dy = body[0].top - s.foot_head_gap_em * size - head[-1].bottom
        moved = moved_lines(head, dx, dy)
    where = "the left column" if index == cap.frame_index else f"page {document.frames[cap.frame_index].page}"
    opens = "the right column" if index == cap.frame_index else "the next page"
    heads = f"; its {len(moved)} head lines, left with the caption, are its header" if moved else ""
    lines = [*moved, *body]
    return TableRegion(
        caption=cap,
        table_id=cap.table_id,
        title=cap.title,
        frame_index=index,
        page=document.frames[index].page,
        x0=min(ln.x0 for ln in lines),
        x1=max(ln.x1 for ln in lines),
        top=lines[0].top,
        bottom=max(ln.bottom for ln in [*lines, *notes]),
        body=lines,
        notes=notes,
        reached_frame_end=reached,
        why=f"caption at the foot of {where}, nothing under it but its head; the block opening {opens} is its "
        f"table{heads}; {block.why}",
        caption_position="previous-page",
    )
