"""The lines of a table a caption announces but no region holds: table lines, never prose.

When no block of value columns is found beside a caption (a table of two rows, say), the table is reported
unread (:mod:`extractors.missing_tables`), and its rows must not be read as sentences either: a header cell
"Placebo (n=297)" read as prose is a count of "Placebo" nobody stated. The lines under such a caption, down to
the first line of running text, a heading, another caption, a figure label or a gap wider than a row gap, are
table lines; in a two-column frame each column is followed on its own from the caption down (a table set across
the page under a caption in the left column), so a column of prose beside the caption stops at once.
"""

from __future__ import annotations

from extractors.captions import CAPTION, FIGURE, Caption, find_captions, unspace
from extractors.flow_links import column_of, next_caption_top
from extractors.frame_view import FrameView, frame_view
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout
from extractors.table_notes import is_prose
from extractors.table_region import TableRegion
from schemas.document import Document


def unread_table_words(
    document: Document, regions: list[TableRegion], furniture: set[int], settings: RegionSettings | None = None
) -> set[int]:
    """The ids of the words of the tables whose caption no region holds (see the module's docstring)."""
    s = RegionSettings.resolve(settings)
    held = {r.table_id for r in regions}
    taken = {id(w) for r in regions for ln in [*r.body, *r.notes] for w in ln.words}
    captions = find_captions(document)
    views: dict[int, FrameView] = {}
    out: set[int] = set()
    for cap in captions:
        if cap.table_id in held:
            continue
        view = views.get(cap.frame_index) or views.setdefault(
            cap.frame_index, frame_view(document, cap.frame_index, furniture)
        )
        columns = {column_of(view, cap.x0, cap.x1)}
        if view.gutter is not None:
            columns |= {(0.0, view.gutter[0]), (view.gutter[1], view.frame.width)}
        for c0, c1 in columns:
            out |= _column_lines(view, cap, captions, c0, c1, taken, s)
    return out


def _column_lines(
    view: FrameView,
    cap: Caption,
    captions: list[Caption],
    c0: float,
    c1: float,
    taken: set[int],
    s: RegionSettings,
) -> set[int]:
    """The words of the table lines under the caption in one text column, from the caption down."""
    own = {id(w) for ln in cap.lines for w in ln.words}
    stop = next_caption_top(view, captions, c0, c1, cap.bottom)
    crop, touch = s.crop_slack_em * view.body_size, s.box_slack_em * view.body_size
    words = [
        w
        for w in view.words
        if w.x0 >= c0 - crop and w.x1 <= c1 + crop and w.top >= cap.bottom - touch and w.top < stop and id(w) not in own
    ]
    lines = frame_layout(view.frame).lines_of(words) if words else []
    out: set[int] = set()
    bottom = cap.bottom
    for ln in lines:
        if any(id(w) in taken for w in ln.words) or not _table_line(view, ln, c0, c1):
            break
        if ln.top - bottom > s.max_row_gap_em * ln.size:
            break
        out |= {id(w) for w in ln.words}
        bottom = ln.bottom
    return out


def _table_line(view: FrameView, line: Line, c0: float, c1: float) -> bool:
    """A line that can be part of a table: no running text, no caption, no figure label, no heading (bold words
    and no number)."""
    if is_prose(line, max(c0, view.left), min(c1, view.right), view.body_size):
        return False
    if FIGURE.match(line.text) or CAPTION.match(unspace(line.text)):
        return False
    return any(ch.isdigit() for ch in line.text) or not all(w.bold for w in line.words)
