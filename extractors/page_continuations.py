"""A table going on on the next page: continued captions, heads left on the previous page, and
uncaptioned parts; linking each part to the one it continues.
"""

from __future__ import annotations

from extractors.blocks import Block
from extractors.caption_blocks import block_region, frame_blocks, touching
from extractors.captions import CAPTION, FIGURE, Caption, unspace
from extractors.flow_links import (
    block_chain,
    column_of,
    columns_line_up,
    continuation_lines,
    heading_block,
    lead_lines,
    line_value_columns,
    next_caption_top,
    value_columns,
)
from extractors.frame_view import FrameView, frame_view, next_view
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout, split_segments
from extractors.short_tails import successor
from extractors.table_notes import is_note, is_prose, row_like, split_notes, strong_row
from extractors.table_region import FlowLink, TableRegion
from schemas.document import Document


def _flow_band(region: TableRegion) -> tuple[float, float]:
    """Where a table goes on at the top of the next page: in the band of its first part on the page it
    leaves (a table that flowed from the left text column into the right one goes on in the left one)."""
    first = region
    while first.continued_from is not None and first.continued_from.frame_index == region.frame_index:
        first = first.continued_from
    return first.x0, first.x1


def heads_on_previous_page(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> list[TableRegion]:
    """A table whose caption is set below it, at the top of a page, that began at the foot of the page
    before: its header and first rows there, after the last caption, table and notes of that page, with
    value cells in the columns of the part below. They become the table's first part."""
    out: list[TableRegion] = []
    for region in regions:
        if region.caption_position != "below" or region.continued_from is not None or not region.body:
            continue
        frame = document.frames[region.frame_index]
        if region.top > s.caption_foot_share * frame.height:
            continue  # the table does not open the page
        prev = next(
            (i for i, f in enumerate(document.frames) if f.page == frame.page - 1 and f.rotation == frame.rotation),
            None,
        )
        if prev is None:
            continue
        view = views.get(prev) or frame_view(document, prev, furniture)
        views[prev] = view
        floor = max(
            [r.bottom for r in [*regions, *out] if r.frame_index == prev]
            + [c.bottom for c in captions if c.frame_index == prev],
            default=None,
        )
        if floor is None:
            continue
        crop, edge = s.crop_slack_em * view.body_size, s.edge_slack_em * view.body_size
        words = [
            w for w in view.words if w.top > floor + edge and w.x0 >= region.x0 - crop and w.x1 <= region.x1 + crop
        ]
        lines = frame_layout(view.frame).lines_of(words) if words else []
        while lines and (is_note(lines[0]) or is_prose(lines[0], region.x0, region.x1, view.body_size)):
            lines = lines[1:]  # the notes of the table above
        if not lines or any(
            is_prose(ln, region.x0, region.x1, view.body_size) or FIGURE.match(ln.text) or CAPTION.match(ln.text)
            for ln in lines
        ):
            continue
        rows = [ln for ln in lines if strong_row(ln)]
        if not rows or not all(_values_in_columns(ln, region, s) for ln in rows):
            continue
        part = TableRegion(
            caption=None,
            table_id=region.table_id,
            title=region.title,
            frame_index=prev,
            page=view.frame.page,
            x0=region.x0,
            x1=region.x1,
            top=lines[0].top,
            bottom=lines[-1].bottom,
            body=lines,
            why=f"{len(lines)} table lines at the foot of page {view.frame.page}, after its last table: the head "
            f"of {region.table_id}, whose caption is below its rows on page {frame.page}",
            caption_position="none",
        )
        region.continued_from = part
        out.append(part)
    return out


def closing_block(
    document: Document,
    cap: Caption,
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> tuple[FrameView, Block] | None:
    """For a caption opening its page (nothing of the frame over it, no block touching it from above): the block
    closing the page before, after that page's last caption, with nothing under it, and that page's view; None when
    that page ends otherwise (body prose, a figure, a captioned table) or there is none."""
    view = views[cap.frame_index]
    if any(w.bottom <= cap.top for w in view.words) or touching(view, cap, s)[0] is not None:
        return None
    frame = document.frames[cap.frame_index]
    prev = next(
        (i for i, f in enumerate(document.frames) if f.page == frame.page - 1 and f.rotation == frame.rotation),
        None,
    )
    if prev is None:
        return None
    pview = views.get(prev) or frame_view(document, prev, furniture)
    views[prev] = pview
    floor = max((c.bottom for c in captions if c.frame_index == prev), default=float("-inf"))
    blocks = [b for b in frame_blocks(pview, captions, s) if b.top >= floor and b.x0 < cap.x1 and cap.x0 < b.x1]
    if not blocks:
        return None
    block = max(blocks, key=lambda b: b.bottom)
    if any(w.top >= block.bottom and w.x0 < block.x1 and block.x0 < w.x1 for w in pview.words):
        return None  # something stands under the block: it does not close the page
    return pview, block


def table_before_page(
    document: Document,
    cap: Caption,
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> TableRegion | None:
    """A caption opening its page in a document that sets its captions below its tables: the page broke between
    the table and its caption, so its table is the block closing the page before (``closing_block``)."""
    found = closing_block(document, cap, furniture, views, captions, s)
    if found is None:
        return None
    pview, block = found
    why = (
        f"caption opening page {document.frames[cap.frame_index].page}, nothing over it: its table is the block "
        f"closing page {pview.frame.page}; {block.why}"
    )
    return block_region(pview, block, pview.frame.page, cap, cap.table_id, cap.title, why, "next-page")


def _values_in_columns(line: Line, region: TableRegion, s: RegionSettings) -> bool:
    """Each value cell of the line sits over a value cell of the region's rows."""
    cells = [
        (seg[0].x0, seg[-1].x1)
        for ln in region.body
        if strong_row(ln)
        for seg in split_segments(ln.words, s.cell_gap_em)[1:]
    ]
    mine = split_segments(line.words, s.cell_gap_em)[1:]
    return bool(mine) and all(any(seg[0].x0 < b and a < seg[-1].x1 for a, b in cells) for seg in mine)


def link_continued(regions: list[TableRegion]) -> None:
    """A "(continued)" part, or a second part with the same id, continues the earlier part. Read in the page's
    column flow: a "(continued)" part opening a right-hand text column stands higher on the page than the part it
    continues at the foot of the left-hand one, and comes after it."""

    def after_its_column(region: TableRegion) -> bool:
        return (
            region.caption is not None
            and region.caption.continued
            and any(
                r is not region and r.table_id == region.table_id and r.page == region.page and r.x1 <= region.x0
                for r in regions
            )
        )

    last: dict[str, TableRegion] = {}
    # (a stable sort: otherwise the order the regions were found in, page by page, top down)
    for region in sorted(regions, key=lambda r: (r.page, after_its_column(r))):
        prev = last.get(region.table_id)
        if prev is not None and (region.caption is None or region.caption.continued or region.page > prev.page):
            region.continued_from = prev
        last[region.table_id] = region


def on_next_page(
    document: Document,
    cap: Caption,
    furniture: set[int],
    views: dict[int, FrameView],
) -> TableRegion | None:
    """A caption at the foot of a page whose table is set at the top of the next page. When the next page opens
    with a caption of its own, the block under it is that caption's (one block belongs to one table): this
    caption heads no block there, and is reported as a table not found rather than given another's rows."""
    found = next_view(document, cap.frame_index, furniture, views)
    if found is None:
        return None
    nxt, view = found
    x0, x1 = view.left, view.right
    taken: list[Line] = []
    for line in frame_layout(view.frame).lines_of(view.words):
        caption = bool(CAPTION.match(unspace(line.text)))
        if caption and not taken:
            return None
        if is_prose(line, x0, x1, view.body_size) or FIGURE.match(line.text) or caption:
            if taken:
                break
            continue
        taken.append(line)
    body, notes = split_notes(taken, True)
    if len([ln for ln in body if strong_row(ln)]) < 2:
        return None
    return TableRegion(
        caption=cap,
        table_id=cap.table_id,
        title=cap.title,
        frame_index=nxt,
        page=document.frames[nxt].page,
        x0=min(ln.x0 for ln in taken),
        x1=max(ln.x1 for ln in taken),
        top=taken[0].top,
        bottom=taken[-1].bottom,
        body=body,
        notes=notes,
        reached_frame_end=not notes,
        why=f"caption at the foot of page {document.frames[cap.frame_index].page}; its rows head the next page",
        caption_position="previous-page",
    )


def _linked_block(
    region: TableRegion,
    nxt: int,
    view: FrameView,
    views: dict[int, FrameView],
    regions: list[TableRegion],
    captions: list[Caption],
    s: RegionSettings,
) -> TableRegion | bool:
    """The part continuing `region` on the next page, linked block to block: the block opening the page in
    reading order (its first column, with nothing but table lines above it), claimed by no other table, whose
    value columns line up with the region's after a shift and a scale (other margins, the other column).
    False when the page opens with another table (a block another table holds, or one whose value columns do
    not line up: another count, other places); True when no block opens it (rows too few for a block)."""
    prev_view = views.get(region.frame_index)
    if prev_view is None:
        return True
    mine = value_columns(
        frame_blocks(prev_view, captions, s), region.x0, region.x1, region.top, region.bottom, prev_view.body_size, s
    ) or line_value_columns(region.body, s)
    blocks = frame_blocks(view, captions, s)
    first = heading_block(view, blocks, s)
    if not mine or first is None:
        return True
    claimed = [r for r in regions if r.frame_index == nxt]

    def free(b: object) -> bool:
        return not any(r.x0 < b.x1 and b.x0 < r.x1 and r.top < b.bottom and b.top < r.bottom for r in claimed)  # type: ignore[attr-defined]

    if not free(first):
        return False  # the next page opens with another table
    chain = block_chain(view, [b for b in blocks if free(b)], first, s, captions)
    x0, x1 = min(b.x0 for b in chain), max(b.x1 for b in chain)
    theirs = value_columns(chain, x0, x1, first.top, chain[-1].bottom, view.body_size, s)
    fit = columns_line_up(mine, theirs, view.body_size, s)
    if fit is None:
        return False  # another table: its value columns are not this one's
    lead = lead_lines(view, first, s) or []
    stop = next_caption_top(view, captions, *column_of(view, first.x0, first.x1), first.top)
    body, notes, reached = continuation_lines(view, chain, lead, s, stop)
    if not body:
        return True
    return TableRegion(
        caption=None,
        table_id=region.table_id,
        title=region.title,
        frame_index=nxt,
        page=view.frame.page,
        x0=min(ln.x0 for ln in body),
        x1=max(ln.x1 for ln in body),
        top=min(ln.top for ln in body),
        bottom=max(ln.bottom for ln in [*body, *notes]),
        body=body,
        notes=notes,
        continued_from=region,
        reached_frame_end=reached,
        why=f"continues {region.table_id} from page {region.page}: the block opening the next page has its "
        f"{len(mine)} value columns where the part's are, shifted {fit[0]:+.1f} pt, scaled {fit[1]:.2f}",
        caption_position="none",
        flow=FlowLink("next-page", region.page, len(mine), round(fit[0], 1), round(fit[1], 3)),
    )


def _margin_shift(prev: FrameView | None, view: FrameView) -> float:
    """How far the text block moved from one page to the next (mirrored margins): both its edges by the same
    amount, more than an em; else 0."""
    if prev is None:
        return 0.0
    left, right = view.left - prev.left, view.right - prev.right
    if abs(left - right) > view.body_size or abs(left) <= view.body_size:
        return 0.0
    return (left + right) / 2


def uncaptioned_continuations(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> list[TableRegion]:
    """A table that runs off the foot of a page and goes on, with no caption, at the top of the next: the
    block linked to it (`_linked_block`), or else the rows heading the next page in its band."""
    out: list[TableRegion] = []
    pending = [r for r in regions if r.reached_frame_end]
    while pending:
        region = pending.pop(0)
        found = next_view(document, region.frame_index, furniture, views)
        if found is None:
            continue
        nxt, view = found
        linked = _linked_block(region, nxt, view, views, [*regions, *out], captions, s)
        if isinstance(linked, TableRegion):
            out.append(linked)
            if linked.reached_frame_end:
                pending.append(linked)
            continue
        if not linked:
            continue
        where = successor(document, region, furniture, views)
        if where is None or where[0] != nxt:
            continue  # a part of the left column goes on in the right one (short_tails), not on the next page
        x0, x1 = _flow_band(region)
        shift = _margin_shift(views.get(region.frame_index), view)
        x0, x1 = x0 + shift, x1 + shift
        if x1 <= where[2] + view.body_size or x0 >= where[3] - view.body_size:
            continue  # the band is another text column than the one the reader goes on in: only a part whose
            # value columns line up is linked there (a block, or a short tail)
        words = [w for w in view.words if w.x0 >= x0 - 8 and w.x1 <= x1 + 8]
        taken: list[Line] = []
        lines = frame_layout(view.frame).lines_of(words)
        for line in lines:
            if is_prose(line, x0, x1, view.body_size) or FIGURE.match(line.text):
                break
            if CAPTION.match(unspace(line.text)):
                break
            taken.append(line)
        body, notes = split_notes(taken, True)
        rows = [ln for ln in body if row_like(ln)]
        if len(rows) < 2 and not (rows and _widow_row(region, rows[0], body, view, s)):
            continue
        if not _rows_in_columns(region, body, x0, s):
            continue  # value rows with no cell in the table's value columns: another thing (a list, a box)
        part = TableRegion(
            caption=None,
            table_id=region.table_id,
            title=region.title,
            frame_index=nxt,
            page=document.frames[nxt].page,
            x0=x0,
            x1=x1,
            top=taken[0].top,
            bottom=taken[-1].bottom,
            body=body,
            notes=notes,
            continued_from=region,
            reached_frame_end=not notes and len(taken) == len(lines),
            why=f"continues {region.table_id} from page {region.page}: rows at the top of the next page, "
            "in the same column band",
            caption_position="none",
        )
        out.append(part)
        if part.reached_frame_end:
            pending.append(part)
    return out


def _rows_in_columns(region: TableRegion, body: list[Line], x0: float, s: RegionSettings) -> bool:
    """No value row of the lines heading the next page (in the band from ``x0``) holds its figures only in the
    label's place, left of where the region's first value cell stands from the region's left edge: a numbered list
    or a box of figures there is no part of the table (a repeated header, a row, a ratio centred across the arms
    all reach the value columns)."""
    starts = [
        seg[0].x0 - region.x0
        for ln in region.body
        if strong_row(ln)
        for seg in split_segments(ln.words, s.cell_gap_em)[1:]
    ]
    if not starts:
        return True
    first = min(starts)
    return not any(
        all(seg[-1].x1 - x0 < first for seg in split_segments(ln.words, s.cell_gap_em)[1:])
        for ln in body
        if strong_row(ln) and not is_note(ln)
    )


def _widow_row(region: TableRegion, row: Line, body: list[Line], view: FrameView, s: RegionSettings) -> bool:
    """The one row of a table carried over to the top of the next page (its last, a widow): the page opens
    with it, and its value cells stand in the table's value columns, as many and at their places."""
    if body[0] is not row:
        return False
    theirs = line_value_columns([row], s)
    mine = line_value_columns(region.body, s)
    return len(theirs) >= 2 and columns_line_up(mine, theirs, view.body_size, s) is not None


def untitled_heads(document: Document, regions: list[TableRegion], s: RegionSettings) -> None:
    """A table whose caption is set below its rows (or at the foot of its box), opening its page, that
    began in another text column at the foot of the page before (its head there: a header and the first rows,
    found as an untitled block): the untitled block becomes the table's first part when its value columns line
    up with the part below after a shift and a scale. Changes the regions in place."""
    for region in regions:
        if region.continued_from is not None or not region.body or region.caption is None:
            continue
        if region.caption.top < region.body[0].bottom:
            continue  # captioned above its rows: a head on the page before would carry its own caption
        frame = document.frames[region.frame_index]
        if region.top > s.caption_foot_share * frame.height:
            continue  # the table does not open the page
        mine = line_value_columns(region.body, s)
        size = sorted(ln.size for ln in region.body)[len(region.body) // 2]
        for head in regions:
            prev = document.frames[head.frame_index]
            if (
                head.caption is not None
                or not head.table_id.startswith("Untitled")
                or prev.page != frame.page - 1
                or prev.rotation != frame.rotation
                or head.bottom < (1 - s.caption_foot_share) * prev.height
                or any(r.continued_from is head for r in regions)
            ):
                continue
            fit = columns_line_up(line_value_columns(head.body, s), mine, size, s)
            if fit is None:
                continue
            head.why = (
                f"{head.why}; the head of {region.table_id}, whose caption is below its rows on page {frame.page}"
            )
            head.table_id, head.title = region.table_id, region.title
            region.continued_from = head
            region.flow = FlowLink("next-page", head.page, len(mine), round(fit[0], 1), round(fit[1], 3))
            break
