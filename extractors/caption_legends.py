"""A table's legend printed under its caption, when the caption sits below the table (the Lancet's and many
oncology journals' way: rows, then "Table 2: ...", then the abbreviations and footnotes in smaller type).

Growing up from such a caption, or taking the block above it, never reaches the lines under the caption, so the
legend (which says what the cells are: "Values are geometric mean (90% CI)") was lost. The lines right under the
caption, inside the table's horizontal extent (two tables side by side each keep their own legend), in type
smaller than the table's rows and reading as a note or as a run of words (no row of cells), are its legend; it
goes on line under line in its type and ends at a gap, a larger line, another caption or running text.

A caption above its table may have its legend set between it and the table (a pharmacology journal's "Data are
mean ± SD [except for tmax: ...]" under the title, over the head rule): the lines between the caption and the
table's first line, in the same smaller type and read the same way, are its legend (:func:`legend_over_table`).
"""

from __future__ import annotations

import re

from extractors.captions import CAPTION, FIGURE
from extractors.frame_view import FrameView
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout
from extractors.table_notes import is_note, is_prose, legend_goes_on, strong_row
from extractors.table_region import TableRegion


def _row_size(region: TableRegion) -> float | None:
    rows = sorted(ln.size for ln in region.body if strong_row(ln))
    return rows[len(rows) // 2] if rows else None


def _starts(line: Line, row_size: float, s: RegionSettings, body_size: float | None = None) -> bool:
    """The legend's first line: smaller than the rows, a note or a run of words, not a row of cells. Rows set as
    small as notes (a dense table at tight padding, 6.3 pt rows over a 6.2 pt legend) leave the legend no smaller
    than them: then, under a caption set below the table (``body_size`` given: no head line can come next), it is
    no larger than the rows and smaller than the body text."""
    smaller = line.size <= s.legend_size_share * row_size
    small = smaller or (
        body_size is not None
        and line.size <= (2 - s.legend_size_share) * row_size
        and line.size <= s.legend_size_share * body_size
        # in the rows' own type only a run of words: a line of cells there is the next table's head (tables
        # stacked under captions set below them), not this one's legend
        and len(line.segments(1.6)) == 1
    )
    if not small:
        return False
    return is_note(line) or (len(line.words) >= s.prose_min_words and not strong_row(line))


def legend_under_caption(regions: list[TableRegion], views: dict[int, FrameView], s: RegionSettings) -> None:
    """Add to each table whose caption is below it the legend lines under that caption (module docstring)."""
    for region in regions:
        cap = region.caption
        if cap is None or region.caption_position != "below" or region.frame_index not in views:
            continue
        row_size = _row_size(region)
        if row_size is None:
            continue
        view = views[region.frame_index]
        slack = 0.5 * row_size
        x0, x1 = min(region.x0, cap.x0), max(region.x1, cap.x1)
        cap_ids = {id(w) for line in [*cap.lines, *region.body, *region.notes] for w in line.words}
        words = [
            w
            for w in view.words
            if w.top >= cap.bottom - 1 and w.x0 >= x0 - slack and w.x1 <= x1 + slack and id(w) not in cap_ids
        ]
        legend: list[Line] = []
        prev = cap.bottom
        for line in frame_layout(view.frame).lines_of(words):
            gap = line.top - prev
            if CAPTION.match(line.text) or FIGURE.match(line.text) or is_prose(line, x0, x1, view.body_size):
                break
            if legend:
                if not legend_goes_on(line, legend, gap, s):
                    break
            elif gap > s.legend_line_gap_em * line.size or not _starts(line, row_size, s, view.body_size):
                break
            legend.append(line)
            prev = line.bottom
        if legend:
            region.notes = [*region.notes, *legend]


def legend_over_table(regions: list[TableRegion], views: dict[int, FrameView], s: RegionSettings) -> None:
    """Move to each table's legend the lines set between its caption (above it) and its head: leading lines of the
    region, smaller than its rows and reading as a note or a run of words (module docstring)."""
    for region in regions:
        cap = region.caption
        if cap is None or region.caption_position != "above" or region.frame_index not in views or not region.body:
            continue
        row_size = _row_size(region)
        if row_size is None:
            continue
        body = sorted(region.body, key=lambda ln: ln.top)
        legend: list[Line] = []
        prev = cap.bottom
        for line in body:
            gap = line.top - prev
            if CAPTION.match(line.text) or FIGURE.match(line.text):
                break
            if legend:
                if not legend_goes_on(line, legend, gap, s):
                    break
            elif gap > s.legend_caption_gap_em * line.size or not _starts(line, row_size, s):
                break
            legend.append(line)
            prev = line.bottom
        # a legend is running text that ends as a sentence does; a head set in small type is not
        if legend and len(legend) < len(body) and re.search(r"[.;:\])]\s*$", legend[-1].text):
            kept = {id(line) for line in legend}
            region.body = [line for line in region.body if id(line) not in kept]
            region.notes = [*legend, *region.notes]
