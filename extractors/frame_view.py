"""One frame seen by the regions stage: its content words, body type size, text edges and column gutter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from extractors.blocks import Block, justified, prose_segment
from extractors.captions import CAPTION
from extractors.geometry import RegionSettings
from extractors.layout import Line, frame_layout, join_words, split_segments
from extractors.values import value_like
from schemas.document import Document, Frame, Word

_LEADER = re.compile(r"^[.·…_]+$")


def _leader(word: Word, dots: list[Word]) -> bool:
    """A word of a dot leader (``dots``: the frame's words of dots). A lone middle dot with no dot beside it (within
    an em) is an equation's multiplication sign ("θ1 · θ2^CYP · (1 − θ3 · AGE)"), not a leader: it stays."""
    if not _LEADER.match(word.text):
        return False
    if word.text != "·":
        return True
    return any(
        w is not word and abs(w.top - word.top) < 0.5 * word.size and max(w.x0 - word.x1, word.x0 - w.x1) <= word.size
        for w in dots
    )


@dataclass(slots=True)
class FrameView:
    """A frame's content words and the geometry of its body text, computed once per frame."""

    frame: Frame
    words: list[Word]
    body_size: float
    left: float
    right: float
    gutter: tuple[float, float] | None
    index: int = 0
    blocks: list[Block] | None = None
    # where two captioned tables set side by side were cut apart (top, bottom, x; side_tables.py)
    side_cuts: list[tuple[float, float, float]] = field(default_factory=list)
    # the type most of this page's characters are set in, when it is not the document's body type (a page of
    # two-column text in smaller type than the document's one-column pages); else the body size
    page_size: float = 0.0


def frame_view(document: Document, index: int, furniture: set[int]) -> FrameView:
    frame = document.frames[index]
    dots = [w for w in frame.words if _LEADER.match(w.text)]
    words = [w for w in frame.words if id(w) not in furniture and not _leader(w, dots)]
    body = document.body_size
    xs0 = sorted(w.x0 for w in words)
    xs1 = sorted(w.x1 for w in words)
    # within the frame: a damaged file can place a glyph millions of points off the page
    left = max(0.0, min(xs0[len(xs0) // 100], frame.width)) if xs0 else 0.0
    right = min(frame.width, max(xs1[-1 - len(xs1) // 100], left)) if xs1 else frame.width
    gutter = _gutter(words, left, right, body)
    if gutter is None and words:
        gutter = _gutter_under_wide_text(frame_layout(frame).lines_of(words), words, left, right, body)
    if gutter is not None and not _parts_prose(frame_layout(frame).lines_of(words), gutter, (left, right), body):
        gutter = None
    return FrameView(frame, words, body, left, right, gutter, index, page_size=_page_size(words, body))


def _page_size(words: list[Word], body: float) -> float:
    """The type most of the page's characters are set in, when they are most of them; else the body size."""
    sizes: dict[float, int] = {}
    for w in words:
        sizes[round(w.size, 1)] = sizes.get(round(w.size, 1), 0) + len(w.text)
    if not sizes:
        return body
    size, count = max(sizes.items(), key=lambda kv: kv[1])
    return size if count >= RegionSettings.resolve(None).page_type_share * sum(sizes.values()) else body


def _parts_prose(lines: list[Line], gutter: tuple[float, float], edges: tuple[float, float], body_size: float) -> bool:
    """A gutter between two text columns is a strip that prose lines part at: at least ``gutter_prose_lines``
    justified runs of running text fill a column beside it (from the text's edge, or a paragraph indent in, to
    within ``justified_edge_em`` of the strip; a table's row, its label run on into a value cell, is no such
    run). A strip no column line parts at while running text is set across it is a blank inside a block of
    aligned value columns on a page of one text column (a table whose label column leaves a wide gap before
    its groups' columns, set in the body's small type): no gutter. A page with no running text at all (a page
    of tables) keeps the strip it was found with. A table caption wrapped at the strip (its first line running
    from the column's edge to within ``justified_edge_em`` of the strip, its next line starting under it in its
    type) is set to a column's measure too: the columns of a page whose text columns hold column tables under
    a full-width abstract."""
    s = RegionSettings.resolve(None)
    g0, g1 = gutter
    middle = (g0 + g1) / 2
    beside = across = 0
    for i, line in enumerate(lines):
        segs = split_segments(line.words, s.caption_gap_em)
        if segs and _wrapped_caption(segs[0], lines[i + 1 : i + 2], gutter, edges, s):
            beside += 1
        for k, seg in enumerate(segs):
            if len(seg) >= 2 and value_like(seg[-1].text) and value_like(seg[-2].text):
                continue  # a row: a label run on into its value cell
            if any(value_like(join_words(later)) for later in segs[k + 1 :]):
                continue  # a row label with its value cells after it (a long label of a table across the page)
            if justified(seg, gutter, edges, body_size, s):
                beside += 1
            elif seg[0].x0 < g0 and seg[-1].x1 > g1 and prose_segment(seg, body_size, 6 * body_size, s):
                across += seg[0].x0 < middle < seg[-1].x1
    return beside >= s.gutter_prose_lines or across == 0 or _labels_open_right(lines, gutter, body_size, s)


def _labels_open_right(lines: list[Line], gutter: tuple[float, float], body_size: float, s: RegionSettings) -> bool:
    """The right column opens with words at its edge: at least ``gutter_table_lines`` lines, and most of the lines
    set wholly right of the strip, start within ``column_indent_em`` of it with a word that is no value (a column
    table's labels and heads, under running text set across the page above them). Right of a blank strip inside a
    one-column table, the lines open with value cells. A table caption set across the strip says the table under
    it is set across the page: no gutter then."""
    g0, g1 = gutter
    edge = g1 + s.column_indent_em * body_size
    right = opened = 0
    for ln in lines:
        if CAPTION.match(ln.text) and ln.x0 < (g0 + g1) / 2 < ln.x1:
            return False
        if any(w.x1 > g0 and w.x0 < g1 for w in ln.words):
            continue  # a line across the strip
        part = [w for w in ln.words if w.x0 >= g1]
        if not part:
            continue
        right += 1
        opened += part[0].x0 <= edge and not value_like(part[0].text)
    return opened >= s.gutter_table_lines and opened > right / 2


def _wrapped_caption(
    seg: list[Word], after: list[Line], gutter: tuple[float, float], edges: tuple[float, float], s: RegionSettings
) -> bool:
    """A table caption's first line set to one text column's measure, beside the strip: it runs from the column's
    left edge (the text's, or the strip's) to within ``justified_edge_em`` of its right edge (the strip, or the
    text's), and the caption goes on on the next line, starting under it in its type."""
    if not after or len(seg) < s.prose_min_words or not CAPTION.match(join_words(seg)):
        return False
    size = seg[0].size
    g0, g1 = gutter
    middle = (g0 + g1) / 2
    x0, x1 = seg[0].x0, seg[-1].x1
    indent, edge = s.column_indent_em * size, s.justified_edge_em * size
    if x1 <= middle:
        fits = abs(x0 - edges[0]) <= indent and x1 >= g0 - edge
    elif x0 >= middle:
        fits = abs(x0 - g1) <= indent and x1 >= edges[1] - edge
    else:
        return False
    nxt = [w for w in after[0].words if (w.x1 <= middle) == (x1 <= middle)]
    return (
        fits
        and bool(nxt)
        and abs(nxt[0].x0 - x0) <= s.column_indent_em * size
        and abs(nxt[0].size - size) <= s.prose_size_tolerance_em * size
        and nxt[0].top - seg[0].bottom <= size
    )


def _gutter(
    words: list[Word],
    left: float,
    right: float,
    body_size: float,
    s: RegionSettings | None = None,
    min_words: int | None = None,
) -> tuple[float, float] | None:
    """The empty vertical strip between two text columns, if the body text is set in two columns: a text at least
    ``gutter_text_min_em`` of the body type wide, among at least ``min_words`` words (``gutter_min_words``), the
    strip at least ``gutter_min_em`` wide."""
    s = RegionSettings.resolve(s)
    if right - left < s.gutter_text_min_em * body_size or len(words) < (min_words or s.gutter_min_words):
        return None
    width = int(right - left) + 1
    # words per point by a difference array: +1 where a word starts, -1 past where it ends, summed up once
    starts = [0] * (width + 1)
    for w in words:
        a, b = max(0, int(w.x0 - left)), min(width, int(w.x1 - left) + 1)
        if a < b:
            starts[a] += 1
            starts[b] -= 1
    cover = list(accumulate(starts))[:width]
    peak = max(cover)
    lo, hi = int(width * 0.35), int(width * 0.65)
    best: tuple[int, int] | None = None
    start = None
    least = s.gutter_min_em * body_size
    for x in range(lo, hi + 1):
        empty = x < hi and cover[x] <= peak * s.gutter_coverage_share
        if empty and start is None:
            start = x
        elif not empty and start is not None:
            if x - start >= least and (best is None or x - start > best[1] - best[0]):
                best = (start, x)
            start = None
    if best is None:
        return None
    a, b = _channel(cover, best, least)
    return (left + a, left + b)


def _channel(cover: list[int], strip: tuple[int, int], least: float) -> tuple[int, int]:
    """The channel the two text columns leave between them within a thinly covered strip: its widest run at the
    strip's least cover (at least ``least`` wide). The strip's thinly covered margins are the columns' own sparse
    edges: a column table's stub labels opening the right column left of its indented rows and value cells, the
    few prose lines of the left column that reach further right than its table's value columns. Cut there, a
    crop at the gutter would cut a stub label ("GBM patients") in two."""
    a, b = strip
    floor = min(cover[a:b])
    widest: tuple[int, int] | None = None
    start = None
    for x in range(a, b + 1):
        low = x < b and cover[x] == floor
        if low and start is None:
            start = x
        elif not low and start is not None:
            if widest is None or x - start > widest[1] - widest[0]:
                widest = (start, x)
            start = None
    if widest is None or widest[1] - widest[0] < least:
        return strip
    return widest


def _gutter_under_wide_text(
    lines: list[Line], words: list[Word], left: float, right: float, body_size: float
) -> tuple[float, float] | None:
    """A two-column page whose full-width text (an abstract set across the page, a title) fills the strip
    between the columns: the gutter is found among the other lines, and it must part a column of text
    lines on each side (lines at least a third of the text width long, set wholly left or wholly right of
    it; a line holding both columns counts on both sides), so a one-column page, whose long lines are all
    full width, never gets one. Failing that, a table set across the page over or under column tables (its head
    and value cells stand across the text's middle, where no word of two text columns does): the gutter is found
    among the lines with no word across the middle (the column tables' own rows, the columns' prose), parting at
    least ``gutter_table_lines`` column-long lines on each side."""
    s = RegionSettings.resolve(None)
    width = right - left
    mid0, mid1 = left + 0.35 * width, left + 0.65 * width
    wide = {
        id(w)
        for line in lines
        if line.x0 < mid0 and line.x1 > mid1
        for seg in split_segments(line.words, s.caption_gap_em)
        if seg[0].x0 < mid0 and seg[-1].x1 > mid1
        for w in seg
    }
    gutter = (
        _gutter_without(lines, words, wide, left, right, body_size, s.gutter_column_lines, s.gutter_min_words)
        if wide
        else None
    )
    if gutter is not None:
        return gutter
    middle = left + 0.5 * width
    across = {id(w) for line in lines if any(x.x0 < middle < x.x1 for x in line.words) for w in line.words}
    if not across:
        return None
    # column tables hold few words: a page of them is read with fewer
    need = s.gutter_table_lines
    gutter = _gutter_without(lines, words, wide | across, left, right, body_size, need, s.gutter_table_words)
    if gutter is None:
        return None
    # the right text column's lines open with words at its left edge (prose, a column table's heads and labels); a
    # one-column table's value cells right of a blank strip open with values
    edge = gutter[1] + s.column_indent_em * body_size
    opened = 0
    for ln in lines:
        if any(id(w) in across for w in ln.words):
            continue
        right_part = [w for w in ln.words if w.x0 >= gutter[1] - 1]
        opened += bool(right_part) and right_part[0].x0 <= edge and not value_like(right_part[0].text)
    return gutter if opened >= s.gutter_table_lines else None


def _gutter_without(
    lines: list[Line],
    words: list[Word],
    wide: set[int],
    left: float,
    right: float,
    body_size: float,
    need: int,
    min_words: int,
) -> tuple[float, float] | None:
    """The gutter among the words not in ``wide`` (at least ``min_words`` of them), parting at least ``need``
    column-long lines on each side."""
    s = RegionSettings.resolve(None)
    rest = [w for w in words if id(w) not in wide]
    if len(rest) < min_words:
        return None
    xs0 = sorted(w.x0 for w in rest)
    xs1 = sorted(w.x1 for w in rest)
    # the words' extent, kept within the text's edges (a damaged file places glyphs far off the page)
    lo, hi = max(left, xs0[len(xs0) // 100]), min(right, xs1[-1 - len(xs1) // 100])
    gutter = _gutter(rest, lo, hi, body_size, s, min_words)
    if gutter is None:
        return None
    g0, g1 = gutter
    long = 0.33 * (right - left)
    lefts = rights = 0
    for ln in lines:
        if any(w.x1 > g0 + 1 and w.x0 < g1 - 1 for w in ln.words):
            continue  # a line across the gutter
        left_part = [w for w in ln.words if w.x1 <= g0 + 1]
        right_part = [w for w in ln.words if w.x0 >= g1 - 1]
        lefts += bool(left_part) and left_part[-1].x1 - left_part[0].x0 >= long
        rights += bool(right_part) and right_part[-1].x1 - right_part[0].x0 >= long
    return gutter if lefts >= need and rights >= need else None


def next_view(
    document: Document, frame_index: int, furniture: set[int], views: dict[int, FrameView]
) -> tuple[int, FrameView] | None:
    """The frame of the next page turned the same way, and its view (computed once)."""
    frame = document.frames[frame_index]
    nxt = next(
        (i for i, f in enumerate(document.frames) if f.page == frame.page + 1 and f.rotation == frame.rotation), None
    )
    if nxt is None:
        return None
    view = views.get(nxt) or frame_view(document, nxt, furniture)
    views[nxt] = view
    return nxt, view
