"""Tables without a "Table N" caption: aligned blocks under a plain title, or no title at all."""

from __future__ import annotations

import re

from extractors.blocks import Block
from extractors.caption_blocks import block_region, frame_blocks
from extractors.captions import CAPTION, FIGURE, Caption
from extractors.frame_view import FrameView, frame_view
from extractors.geometry import RegionSettings
from extractors.layout import frame_layout
from extractors.region_growth import grow
from extractors.table_notes import split_notes, strong_row
from extractors.table_region import TableRegion
from schemas.document import Document


def untitled_blocks(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, FrameView],
    captions: list[Caption],
    s: RegionSettings,
) -> list[TableRegion]:
    """Blocks of aligned value columns that no captioned or titled table covers: tables all the same
    ("untitled table, page N"), with their values read."""
    out: list[TableRegion] = []
    per_page: dict[int, int] = {}
    for fi, frame in enumerate(document.frames):
        if not frame.words:
            continue
        view = views.get(fi) or frame_view(document, fi, furniture)
        views[fi] = view
        taken = [r for r in regions if r.frame_index == fi]
        for block in frame_blocks(view, captions, s):
            covered = any(
                min(r.bottom, block.bottom) - max(r.top, block.top) > 0.3 * (block.bottom - block.top)
                and r.x0 < block.x1
                and block.x0 < r.x1
                for r in [*taken, *out]
                if r.frame_index == fi
            )
            if covered or not _labelled(block) or _figure_over(view, block, s):
                continue
            lines = [*block.header, *block.lines]
            body, _ = split_notes(lines, True)
            if sum(1 for ln in body if strong_row(ln)) < s.min_block_rows:
                continue
            n = per_page[frame.page] = per_page.get(frame.page, 0) + 1
            table_id = f"Untitled table, page {frame.page}" + (f" ({n})" if n > 1 else "")
            title = _title_over(view, block, s)
            why = f"no caption touches it; {block.why}" + (f"; titled by the line above it: {title!r}" if title else "")
            out.append(block_region(view, block, frame.page, None, table_id, title, why, "none"))
    return out


def _figure_over(view: FrameView, block: Block, s: RegionSettings) -> bool:
    """A block of a figure, not a table: sparse labels whose "values" are mostly bare counters (a diagram's
    days 1..7, a plot's ticks) rather than statistics, ending at a "Figure N" caption right under them. A
    forest plot's table of estimates ("0.78 (0.56-1.06)", "65/170") over its caption stays a table."""
    cells = [w.text for ln in block.data for w in ln.words if w.x0 >= block.value_x0 - 0.5]
    counters = sum(1 for t in cells if re.fullmatch(r"\d{1,2}", t))
    if not cells or counters < s.figure_counter_share * len(cells):
        return False
    reach = s.caption_gap_to_block_em * view.body_size
    under = [
        w
        for w in view.words
        if block.bottom - 1 <= w.top <= block.bottom + reach and w.x0 < block.x1 and block.x0 < w.x1
    ]
    lines = frame_layout(view.frame).lines_of(under) if under else []
    return any(FIGURE.match(ln.text) for ln in lines)


def _title_over(view: FrameView, block: Block, s: RegionSettings) -> str:
    """A title line right above an uncaptioned block that names it a table ("Table: Baseline ..."), as
    conference abstracts print them."""
    size = view.body_size
    above = [
        w
        for w in view.words
        if block.x0 - 2 <= w.x0 and w.x1 <= block.x1 + 2 and 0 < block.top - w.bottom <= 2.5 * size
    ]
    lines = frame_layout(view.frame).lines_of(above) if above else []
    if not lines:
        return ""
    text = lines[-1].text.strip()
    return text.rstrip(" .:") if re.match(r"(?i)^tab(le|\.)\b", text) and len(text.split()) <= 20 else ""


def _labelled(block: Block) -> bool:
    """Most data lines carry a row label left of their values (axis ticks of a figure carry none)."""
    labelled = sum(1 for line in block.data if any(w.x1 <= block.value_x0 - 0.5 for w in line.words))
    return labelled >= 0.5 * len(block.data)


def titled_tables(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, FrameView],
) -> list[TableRegion]:
    """Tables with no "Table N" caption, only a title line over a rule (conference abstracts): found from
    rules that no captioned table covers; the title is the table's id."""
    out: list[TableRegion] = []
    for fi, frame in enumerate(document.frames):
        taken = [(r.top, r.bottom) for r in regions if r.frame_index == fi]
        for rule in frame.rules:
            if rule.x1 - rule.x0 < 150 or any(top - 20 <= rule.y <= bottom + 20 for top, bottom in taken):
                continue
            view = views.get(fi) or frame_view(document, fi, furniture)
            views[fi] = view
            above = [
                ln
                for ln in frame_layout(frame).lines_of(
                    [
                        w
                        for w in view.words
                        if rule.x0 - 3 <= w.x0 and w.x1 <= rule.x1 + 3 and rule.y - 16 <= w.bottom <= rule.y + 1
                    ]
                )
            ]
            if len(above) != 1:
                continue
            title_line = above[0]
            text = title_line.text.strip()
            if (
                len(title_line.segments(1.6)) != 1
                or len(text.split()) > 16
                or CAPTION.match(text)
                or FIGURE.match(text)
                or not (title_line.bold or title_line.size < view.body_size - 0.4)
            ):
                continue
            title = text.rstrip(" .:")
            cap = Caption(
                table_id=title,
                number="",
                title=title,
                continued=False,
                lines=[title_line],
                frame_index=fi,
                x0=rule.x0,
                x1=rule.x1,
            )
            region = grow(view, cap, [], frame.page, True)
            if region is not None:
                region.why = f"title line over a rule with no 'Table N' caption; {region.why}"
                out.append(region)
                taken.append((region.top, region.bottom))
    return out
