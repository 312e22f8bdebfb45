"""Tables without a "Table N" caption: aligned blocks under a plain title, or no title at all."""

from __future__ import annotations

import re

from extractors.blocks import Block
from extractors.caption_blocks import block_region, frame_blocks
from extractors.captions import CAPTION, FIGURE, Caption
from extractors.frame_view import FrameView, frame_view
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout
from extractors.region_growth import grow
from extractors.table_notes import split_notes, strong_row
from extractors.table_region import TableRegion
from schemas.document import Document

_LETTER = re.compile(r"[^\W\d_]")


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
            if covered or not _labelled(block, s.edge_slack_em * view.body_size) or _figure_over(view, block, s):
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
    edge = s.edge_slack_em * view.body_size
    cells = [w.text for ln in block.data for w in ln.words if w.x0 >= block.value_x0 - edge]
    counters = sum(1 for t in cells if re.fullmatch(r"\d{1,2}", t))
    if not cells or counters < s.figure_counter_share * len(cells):
        return False
    reach = s.caption_gap_to_block_em * view.body_size
    under = [
        w
        for w in view.words
        if block.bottom - s.box_slack_em * view.body_size <= w.top <= block.bottom + reach
        and w.x0 < block.x1
        and block.x0 < w.x1
    ]
    lines = frame_layout(view.frame).lines_of(under) if under else []
    return any(FIGURE.match(ln.text) for ln in lines)


def _title_over(view: FrameView, block: Block, s: RegionSettings) -> str:
    """A title line right above an uncaptioned block that names it a table ("Table: Baseline ..."), as
    conference abstracts print them."""
    size = view.body_size
    crop = s.crop_slack_em * size
    above = [
        w
        for w in view.words
        if block.x0 - crop <= w.x0 and w.x1 <= block.x1 + crop and 0 < block.top - w.bottom <= 2.5 * size
    ]
    lines = frame_layout(view.frame).lines_of(above) if above else []
    if not lines:
        return ""
    text = lines[-1].text.strip()
    return text.rstrip(" .:") if re.match(r"(?i)^tab(le|\.)\b", text) and len(text.split()) <= 20 else ""


def _labelled(block: Block, edge: float) -> bool:
    """Most data lines carry a row label with a letter left of their values (``edge``: the slack of where they
    start; axis ticks of a figure carry none, and the ticks of a plot beside it are numbers, not labels)."""
    labelled = sum(
        1 for line in block.data if any(w.x1 <= block.value_x0 - edge and _LETTER.search(w.text) for w in line.words)
    )
    return labelled >= 0.5 * len(block.data)


def titled_tables(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, FrameView],
    settings: RegionSettings | None = None,
) -> list[TableRegion]:
    """Tables with no "Table N" caption, only a title line over a rule (conference abstracts): found from
    rules that no captioned table covers; the title is the table's id.

    The title stands alone (the last line of a paragraph or a figure legend over a table's top rule is no
    title), the table it heads overlaps no table already found (one block belongs to one table), and its rows
    are labelled with words (a plot's axis over its ticks is no table)."""
    s = RegionSettings.resolve(settings)
    out: list[TableRegion] = []
    for fi, frame in enumerate(document.frames):
        taken = [_span(r) for r in regions if r.frame_index == fi]
        for rule in frame.rules:
            if rule.x1 - rule.x0 < s.title_rule_min_share * frame.width:
                continue
            view = views.get(fi) or frame_view(document, fi, furniture)
            views[fi] = view
            size = view.body_size
            near = s.title_rule_taken_em * size
            if any(
                x0 < rule.x1 and rule.x0 < x1 and top - near <= rule.y <= bottom + near for x0, x1, top, bottom in taken
            ):
                continue
            slack, reach = s.title_rule_slack_em * size, s.title_rule_reach_em * size
            touch = s.box_slack_em * size
            above = frame_layout(frame).lines_of(
                [
                    w
                    for w in view.words
                    if rule.x0 - slack <= w.x0
                    and w.x1 <= rule.x1 + slack
                    and rule.y - reach <= w.bottom <= rule.y + touch
                ]
            )
            if len(above) != 1:
                continue
            title_line = above[0]
            text = title_line.text.strip()
            if (
                len(title_line.segments(1.6)) != 1
                or len(text.split()) > 16
                or CAPTION.match(text)
                or FIGURE.match(text)
                or not set_apart(title_line, view.body_size, s)
                or _ends_paragraph(view, title_line, s)
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
            if region is None or not _rows_labelled(region.body):
                continue
            span = _span(region)
            if any(
                x0 < span[1] and span[0] < x1 and top < span[3] and span[2] < bottom for x0, x1, top, bottom in taken
            ):
                continue
            region.why = f"title line over a rule with no 'Table N' caption; {region.why}"
            out.append(region)
            taken.append(span)
    return out


def set_apart(line: Line, body_size: float, s: RegionSettings) -> bool:
    """A title line is set apart from the running text: in bold, or in type smaller than the body's by more than
    ``prose_size_tolerance_em`` of the body size (half a point at a 10-point body)."""
    return line.bold or line.size < (1 - s.prose_size_tolerance_em) * body_size


def _span(region: TableRegion) -> tuple[float, float, float, float]:
    """A region's box with its caption: (x0, x1, top, bottom)."""
    top = min(region.top, region.caption.top) if region.caption is not None and region.caption.lines else region.top
    return (region.x0, region.x1, top, region.bottom)


def _ends_paragraph(view: FrameView, line: Line, s: RegionSettings) -> bool:
    """The line is the last of a paragraph (or a legend): a line in the same type sits right above it, as
    close as the lines of a paragraph are, and overlaps it across."""
    gap, edge = s.legend_line_gap_em * line.size, s.edge_slack_em * line.size
    near = [
        w
        for w in view.words
        if line.top - gap - line.size <= w.top and w.bottom <= line.top + edge and w.x0 < line.x1 and line.x0 < w.x1
    ]
    lines = frame_layout(view.frame).lines_of(near) if near else []
    return any(
        min(prev.size, line.size) >= s.legend_size_share * max(prev.size, line.size)
        and 0 <= line.top - prev.bottom <= gap
        for prev in lines
        if prev.bottom <= line.top + edge
    )


def _rows_labelled(lines: list[Line]) -> bool:
    """Most rows start with a label that has a letter (a plot's ticks and counters start with numbers)."""
    rows = [ln for ln in lines if ln.words]
    if not rows:
        return False
    lettered = sum(1 for ln in rows if _LETTER.search(ln.words[0].text))
    return lettered >= 0.5 * len(rows)
