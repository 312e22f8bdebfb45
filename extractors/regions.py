"""Find the tables of a document: captions, and the band of the page each table occupies.

A table is found from its caption ("Table 2 | ...", "TABLE II.", "Extended Data Table 4", "Table 1.
(Continued.)"), which may sit above the table or below it (Lancet). Its horizontal extent comes from a box
or rule that frames it, or else from the page column the caption sits in; its vertical extent runs from the
caption until body prose resumes, another caption starts, or the page ends. Lines of the table's own small
type after its last row (legend, abbreviations, footnotes) are kept as the table's notes.
"""

from __future__ import annotations

from extractors.caption_blocks import (
    block_for_caption,
    caption_below_its_block,
    caption_style,
    captions_over,
    extend_with_blocks,
    frame_blocks,
    touching,
    words_under,
)
from extractors.caption_legends import legend_over_table, legend_under_caption
from extractors.captions import Caption, find_captions
from extractors.chart_ticks import chart_words
from extractors.column_continuations import column_continuations, head_at_column_foot, legend_overflow
from extractors.foot_captions import foot_caption_table, head_left_with, heads_only
from extractors.frame_view import FrameView, frame_view
from extractors.geometry import RegionSettings
from extractors.page_continuations import (
    closing_block,
    heads_on_previous_page,
    link_continued,
    on_next_page,
    table_before_page,
    uncaptioned_continuations,
    untitled_heads,
)
from extractors.region_growth import captioned_region, headed_rows_on, short_table_over
from extractors.region_owners import one_owner
from extractors.short_tails import short_tails
from extractors.table_region import TableRegion
from extractors.untitled_tables import titled_tables, untitled_blocks
from extractors.widow_heads import widowed_head_part
from schemas.document import Document

__all__ = ["RegionSettings", "TableRegion", "find_regions"]


def find_regions(
    document: Document, furniture: set[int] | None = None, settings: RegionSettings | None = None
) -> list[TableRegion]:
    """Every table of the document: blocks of aligned value columns found from the page's geometry, with the
    captions that touch them (above or below), continuation parts on following pages linked, and blocks no
    caption claims kept as untitled tables."""
    s = RegionSettings.resolve(settings)
    # a chart's ticks, legend and labels are no table's rows (extractors/chart_ticks.py); the prose keeps them
    furniture = (furniture or set()) | {i for frame in document.frames for i in chart_words(frame)}
    captions = find_captions(document)
    views: dict[int, FrameView] = {}
    regions: list[TableRegion] = []
    for fi in {c.frame_index for c in captions}:
        views[fi] = frame_view(document, fi, furniture)
        frame_blocks(views[fi], captions, s)
    style = caption_style(
        views, captions, s, lambda cap, below: _rows_on(document, views, captions, cap, below, s, furniture)
    )
    taken: set[int] = set()  # the blocks a caption set just over them has taken (captions above their tables)
    for cap in captions:
        view = views[cap.frame_index]
        others = [c for c in captions if c.frame_index == cap.frame_index and c is not cap]
        head = _heads_next_frame(document, cap, captions, others, furniture, views, style, s)
        if head is not None:
            regions.append(head)
            # its block there is taken: the caption under it there heads the block under that caption
            blocks = views[head.frame_index].blocks or [] if head.frame_index in views else []
            taken.update(id(b) for b in blocks if b.top < head.bottom and head.top < b.bottom)
            continue
        prior = table_before_page(document, cap, furniture, views, captions, s) if style == "below" else None
        if prior is not None:
            regions.append(prior)
            continue
        above_first = caption_below_its_block(view, cap, others, style, s, taken)
        if not above_first and style == "below" and touching(view, cap, s)[0] is None:
            # a table of one or two rows over the caption: no block, the caption is the evidence
            above_first = short_table_over(view, cap, others, document.frames[cap.frame_index].page, s)
        if not above_first:
            under = touching(view, cap, s)[1]
            if under is not None:
                taken.add(id(under))
        region = captioned_region(view, cap, others, document.frames[cap.frame_index].page, above_first, s)
        if region is None:
            region = block_for_caption(view, cap, above_first, document.frames[cap.frame_index].page, s)
        # a caption read as under the lines above it only because nothing stands under it, in a document that
        # sets its captions above its tables: at a frame's foot it heads the next frame's table if one opens it
        fallback_above = region is not None and region.caption_position == "below" and not above_first
        if (region is None or heads_only(region) or (fallback_above and style == "above")) and (
            cap.bottom > 0.75 * view.frame.height
        ):
            region = foot_caption_table(document, cap, furniture, views, captions, style, s) or region
        if region is None and cap.bottom > 0.75 * view.frame.height:
            stub = head_at_column_foot(view, cap, document.frames[cap.frame_index].page, s)
            parts = column_continuations(document, [stub], views, captions, s) if stub is not None else []
            if stub is not None and parts:
                regions.append(stub)
                regions.extend(parts)
                continue
            region = on_next_page(document, cap, furniture, views)
            if region is not None:
                # the head left under the caption, a row group's label last: the table's first part (widow_labels)
                page = document.frames[cap.frame_index].page
                part = widowed_head_part(cap, head_left_with(view, cap, s), page, region)
                regions.extend([part] if part is not None else [])
        if region is not None:
            regions.append(region)
    for region in regions:
        if region.frame_index in views:
            own = [c for c in captions if c.frame_index == region.frame_index]
            extend_with_blocks(region, views[region.frame_index], s, own)
    legend_under_caption(regions, views, s)
    legend_over_table(regions, views, s)
    link_continued(regions)
    regions.extend(heads_on_previous_page(document, regions, furniture, views, captions, s))
    regions.extend(column_continuations(document, regions, views, captions, s))
    regions.extend(uncaptioned_continuations(document, regions, furniture, views, captions, s))
    regions.extend(short_tails(document, regions, furniture, views, captions, s))
    regions.extend(titled_tables(document, regions, furniture, views, s))
    regions.extend(untitled_blocks(document, regions, furniture, views, captions, s))
    untitled_heads(document, regions, s)
    legend_overflow(document, regions, furniture, views, s)
    return one_owner(regions)


def _heads_next_frame(
    document: Document,
    cap: Caption,
    captions: list[Caption],
    others: list[Caption],
    furniture: set[int],
    views: dict[int, FrameView],
    style: str,
    s: RegionSettings,
) -> TableRegion | None:
    """A caption that closes its frame (nothing under it) in a document that sets its captions above its tables, or
    that says nothing of it while a caption of its own stands over the block over this one: its table is the one
    opening the next frame with no caption of its own, when there is one (the block over the caption stays the table
    of the caption set over it)."""
    view = views[cap.frame_index]
    if style == "below" or cap.bottom <= 0.75 * view.frame.height or words_under(view, cap):
        return None
    above, below = touching(view, cap, s)
    if below is not None or (
        not style and (above is None or not captions_over(above, others, s.caption_gap_to_block_em * cap.lines[0].size))
    ):
        return None
    return foot_caption_table(document, cap, furniture, views, captions, style, s) or on_next_page(
        document, cap, furniture, views
    )


def _rows_on(
    document: Document,
    views: dict[int, FrameView],
    captions: list[Caption],
    cap: Caption,
    below: bool,
    s: RegionSettings,
    furniture: set[int],
) -> bool:
    """Whether a table's rows (a label, then value cells under a head's words) stand right over (``below`` false)
    or under the caption, grown from it up to prose, another caption or a gap, and no other caption touches them on
    their far side: the part of a table broken across the page, its own caption on the other page or under the
    rows. Rows with a caption of their own beyond them are that caption's table (stacked tables, captions on the
    side this caption is on): they say nothing against this caption's side."""
    if not below and closing_block(document, cap, furniture, views, captions, s) is not None:
        return True  # the caption opens its page, the page before closes with a block: its rows, over the break
    others = [c for c in captions if c.frame_index == cap.frame_index and c is not cap]
    rows = headed_rows_on(views[cap.frame_index], cap, others, document.frames[cap.frame_index].page, below, s)
    if rows is None:
        return False
    reach = s.caption_gap_to_block_em * cap.lines[0].size
    for o in others:
        if not (o.x0 < rows.x1 and rows.x0 < o.x1):
            continue
        gap = o.top - rows.bottom if below else rows.top - o.bottom
        if -1 <= gap <= reach:
            return False
    return True
