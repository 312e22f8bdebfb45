"""A table going on in the next column of the same page, and a legend running on past its column."""

from __future__ import annotations

from itertools import pairwise

from extractors.blocks import Block
from extractors.caption_blocks import frame_blocks
from extractors.captions import CAPTION, FIGURE, Caption, unspace
from extractors.flow_links import full_width, label_runon, legend_after
from extractors.frame_view import FrameView, next_view
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout
from extractors.table_notes import is_note, is_prose, mark_opened, split_notes
from extractors.table_region import FlowLink, TableRegion
from schemas.document import Document


def legend_overflow(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, FrameView],
    s: RegionSettings,
) -> None:
    """A table's legend that runs to the foot of its column (or a table whose last rows do, its legend set
    over the leaf) and goes on at the head of the next column: the right column, the next page's first column,
    or the next page across when the table runs across the page. The small-type lines heading it, up to the
    first line in body type, are the (rest of the) legend, when the first of them reads as a note."""
    continued = {id(r.continued_from) for r in regions if r.continued_from is not None}
    for region in regions:
        if id(region) in continued or not (region.notes or region.body) or region.frame_index not in views:
            continue
        view = views[region.frame_index]
        last = (region.notes or region.body)[-1]
        edge = s.edge_slack_em * view.body_size
        if any(w.top > last.bottom + edge and w.x0 < region.x1 and region.x0 < w.x1 for w in view.words):
            continue  # the legend ends before the foot of its column
        middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else None
        if middle is not None and region.x1 <= middle:
            target = view  # on in the right column of the same page
            words = [w for w in view.words if w.x0 >= middle]
        else:
            found = next_view(document, region.frame_index, furniture, views)
            if found is None:
                continue
            target = found[1]
            g = target.gutter
            across = view.gutter is None or (region.x0 < view.gutter[0] and region.x1 > view.gutter[1])
            # a table across the page goes on across the next one; a column's, in the next page's first column
            edge = target.right if across or g is None else (g[0] + g[1]) / 2
            words = [w for w in target.words if w.x1 <= edge]
        lines = frame_layout(target.frame).lines_of(words) if words else []
        small = (1 - s.prose_size_tolerance_em - s.size_rounding_share) * target.body_size
        legend: list[Line] = []
        for line in lines:
            if line.size > small or FIGURE.match(line.text) or CAPTION.match(unspace(line.text)):
                break
            if legend and line.top - legend[-1].bottom > s.block_line_gap_em * line.size:
                break
            legend.append(line)
        if legend and is_note(legend[0]) and legend[0].top < s.caption_foot_share * target.frame.height:
            region.legend = legend
            region.why = f"{region.why}; its legend goes on at the head of the next column"


def _value_columns(
    blocks: list[Block], x0: float, x1: float, top: float, bottom: float, body_size: float, s: RegionSettings
) -> list[float]:
    """Centres of the value columns of the blocks inside a box (give or take ``crop_slack_em`` of the body type),
    measured from the box's left edge."""
    crop, edge = s.crop_slack_em * body_size, s.edge_slack_em * body_size
    cells = [
        v
        for b in blocks
        if b.x0 >= x0 - crop and b.x1 <= x1 + crop and b.top < bottom and top < b.bottom
        for v in b.values
    ]
    extents = sorted(v for v in cells if not _spans_columns(v, cells))
    merged: list[list[float]] = []
    for a, b in extents:
        if merged and a <= merged[-1][1] + edge:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a + b) / 2 - x0 for a, b in merged]


def _spans_columns(cell: tuple[float, float], cells: list[tuple[float, float]]) -> bool:
    """A value cell over two columns: it holds the centres of two other cells that lie apart, side by side (in a
    tight table, two cells a space apart read as one word, "78 (29, 64 (22,"). Merged with the columns' own
    cells it would make them one column; left out, the columns are counted as printed."""
    inside = sorted(
        (a, b) for a, b in cells if (a, b) != cell and cell[0] <= (a + b) / 2 <= cell[1] and b - a < cell[1] - cell[0]
    )
    return any(later[0] > earlier[1] for earlier, later in pairwise(inside))


def column_continuations(
    document: Document,
    regions: list[TableRegion],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> list[TableRegion]:
    """A table that fills the foot of the left text column and goes on at the top of the right one: the
    block heading the right column, with no caption touching it, whose value columns sit where the left
    part's do (as many, spaced alike). Its header, if it repeats none, is the first part's. Table lines
    above the block at the head of the column (rows the block finder did not count) go with it."""
    out: list[TableRegion] = []
    for region in list(regions):
        view = views.get(region.frame_index)
        if not region.reached_frame_end or view is None:
            continue
        size = view.body_size
        crop, edge = s.crop_slack_em * size, s.edge_slack_em * size
        g0 = view.gutter[0] if view.gutter is not None else region.x1
        middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else g0 + crop
        # a table of the left column stops short of the right column's text (a head cell may overhang into the
        # gutter, past its middle: the gutter is the channel between the columns' text, not a table's cells)
        right_edge = view.gutter[1] if view.gutter is not None else middle
        if region.x1 > right_edge or region.x1 > 0.6 * view.frame.width:
            continue  # not a table of the left column
        blocks = frame_blocks(view, captions, s)
        right = [b for b in blocks if b.x0 >= g0 - crop]
        if not right:
            continue
        block = min(right, key=lambda b: b.top)
        g1 = view.gutter[1] if view.gutter is not None else block.x0
        layout = frame_layout(view.frame)
        before = [
            w
            for w in view.words
            if w.x0 >= g1 - crop and w.bottom <= block.top - edge and not full_width(layout, w, g0, g1)
        ]
        lead = _head_lines(layout.lines_of(before) if before else [], view, s, block.top)
        if any(is_prose(ln, g1, view.frame.width, view.body_size) for ln in lead):
            continue  # the right column starts with text, not with the rest of this table
        chain = [block]
        for b in sorted(right, key=lambda b: b.top):
            # the next block under the last, or one whose head is the last one's closing rows (a block found from
            # the rows after a wrapped label takes the rows above it as its header): its own lines go on the chain
            after = b.top > chain[-1].bottom or (b.top > chain[-1].top and b.bottom > chain[-1].bottom)
            if after and b.top - chain[-1].bottom <= s.max_row_gap_em * view.body_size:
                chain.append(b)
        if any(
            r.frame_index == region.frame_index and r.x0 >= g0 - crop and r.top < block.bottom and block.top < r.bottom
            for r in [*regions, *out]
        ):
            continue
        mine = _value_columns(blocks, region.x0, region.x1, region.top, region.bottom, size, s)
        last = chain[-1]
        x0, x1 = min(b.x0 for b in chain), max(b.x1 for b in chain)
        theirs = _value_columns(chain, x0, x1, block.top, last.bottom, size, s)
        # the same value columns: as many, spaced alike (each part's left edge is its own label indent)
        if mine and (
            len(mine) != len(theirs)
            or any(
                abs((a1 - a0) - (b1 - b0)) > 1.5 * size
                for (a0, a1), (b0, b1) in zip(pairwise(mine), pairwise(theirs), strict=True)
            )
        ):
            continue
        shift = (theirs[0] + min(b.x0 for b in chain)) - (mine[0] + region.x0) if mine and theirs else 0.0
        chained = _chained_lines(chain)
        for upper, lower in pairwise(chain):  # the lines between two chained blocks (a long group label) too
            x_left = min(g1, upper.x0, lower.x0)
            gap = (upper.bottom + edge, lower.top - edge)
            between = [w for w in view.words if w.x0 >= x_left - crop and gap[0] < w.top and w.bottom < gap[1]]
            if between:
                at = chained.index(lower.header[0] if lower.header else lower.lines[0])
                chained[at:at] = layout.lines_of(between)
        # the column's own lines under the block, from the gutter's middle: a legend or the text set flush with
        # the column's edge, left of the table's indented rows, is read whole (its first word too)
        column_words = [w for w in view.words if w.x0 >= min(g1 - crop, middle) and w.top > last.bottom + edge]
        trail = layout.lines_of(column_words) if column_words else []
        legend: list[Line] = []
        if trail and _table_tail(trail, last.bottom, g1, view, s):
            chained.extend(trail)  # label lines after the last value row run on to the foot of the column
            column_words = []
        elif trail:
            wrapped = label_runon(trail, chain, s)  # the last row's label running on under its values
            chained.extend(wrapped)
            legend = legend_after(trail[len(wrapped) :], wrapped[-1].bottom if wrapped else last.bottom, view, s)
        body, notes = split_notes([*[ln for ln in lead if ln.bottom <= block.top + edge], *chained], True)
        notes = [*notes, *legend]
        part = TableRegion(
            caption=None,
            table_id=region.table_id,
            title=region.title,
            frame_index=region.frame_index,
            page=region.page,
            x0=min(b.x0 for b in chain),
            x1=max(b.x1 for b in chain),
            top=min(ln.top for ln in body),
            bottom=max(ln.bottom for ln in [*body, *notes]),
            body=body,
            notes=notes,
            continued_from=region,
            reached_frame_end=not notes and not column_words,
            why=f"continues {region.table_id} from the foot of the left column: the block heading the right "
            f"column has its value columns at the same places; {block.why}",
            caption_position="none",
            flow=FlowLink("next-column", region.page, len(mine), round(shift, 1), 1.0) if mine and theirs else None,
        )
        region.reached_frame_end = False
        out.append(part)
    return out


def head_at_column_foot(view: FrameView, cap: Caption, page: int, s: RegionSettings) -> TableRegion | None:
    """A caption at the foot of the left text column with only the table's head under it (column headings,
    a group label), its rows going on at the head of the right column: the head, as the table's first part.
    """
    if view.gutter is None or cap.x1 > (view.gutter[0] + view.gutter[1]) / 2:
        return None
    g0 = view.gutter[0]
    crop, touch = s.crop_slack_em * view.body_size, s.box_slack_em * view.body_size
    cap_ids = {id(w) for line in cap.lines for w in line.words}
    words = [w for w in view.words if w.x1 <= g0 + crop and w.top >= cap.bottom - touch and id(w) not in cap_ids]
    lines = frame_layout(view.frame).lines_of(words) if words else []
    if not lines or len(lines) > s.column_foot_head_lines:
        return None
    if lines[0].top - cap.bottom > s.max_row_gap_em * cap.lines[0].size:
        return None
    if any(is_prose(ln, view.left, g0, view.body_size) or is_note(ln) or FIGURE.match(ln.text) for ln in lines):
        return None
    return TableRegion(
        caption=cap,
        table_id=cap.table_id,
        title=cap.title,
        frame_index=cap.frame_index,
        page=page,
        x0=min(cap.x0, *(ln.x0 for ln in lines)),
        x1=max(cap.x1, *(ln.x1 for ln in lines)),
        top=lines[0].top,
        bottom=lines[-1].bottom,
        body=lines,
        reached_frame_end=True,
        why=f"{len(lines)} head lines under the caption at the foot of the left column",
        caption_position="above",
    )


def _head_lines(lines: list[Line], view: FrameView, s: RegionSettings, block_top: float) -> list[Line]:
    """The lines above the right column's first block (its top ``block_top``): those under the running-head
    band, and those in the band that run on, each within a line gap, to the line under them or to the block
    (table rows or a head line opening the column at its very top); a running head, set apart, stays out."""
    head = s.running_head_share * view.frame.height
    kept = [ln for ln in lines if ln.top > head]
    for line in reversed([ln for ln in lines if ln.top <= head]):
        under = kept[0].top if kept else block_top
        if under - line.bottom > s.block_line_gap_em * line.size:
            break
        kept.insert(0, line)
    return kept


def _chained_lines(chain: list[Block]) -> list[Line]:
    """The lines of chained blocks in order, a line two overlapping blocks share taken once."""
    seen: set[tuple[float, str]] = set()
    out: list[Line] = []
    for b in chain:
        for ln in [*b.header, *b.lines]:
            key = (round(ln.top, 1), ln.text)
            if key not in seen:
                seen.add(key)
                out.append(ln)
    return out


def _table_tail(trail: list[Line], bottom: float, x0: float, view: FrameView, s: RegionSettings) -> bool:
    """Lines under a column's last value row that run to the foot of the column with no running text,
    caption or figure among them, the first within a row gap: group labels whose rows go on in the next
    column or page."""
    if trail[0].top - bottom > s.max_row_gap_em * view.body_size:
        return False
    return not any(
        is_prose(ln, x0, view.frame.width, view.body_size)
        or FIGURE.match(ln.text)
        or CAPTION.match(unspace(ln.text))
        or is_note(ln)
        or mark_opened(ln)
        for ln in trail
    )
