"""Find the tables of a document: captions, and the band of the page each table occupies.

A table is found from its caption ("Table 2 | ...", "TABLE II.", "Extended Data Table 4", "Table 1.
(Continued.)"), which may sit above the table or below it (Lancet). Its horizontal extent comes from a box
or rule that frames it, or else from the page column the caption sits in; its vertical extent runs from the
caption until body prose resumes, another caption starts, or the page ends. Lines of the table's own small
type after its last row (legend, abbreviations, footnotes) are kept as the table's notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.blocks import Block, find_blocks
from extractors.geometry import RegionSettings
from extractors.layout import Line, PageLayout, frame_layout, frame_lines, join_words, split_segments
from schemas.document import Document, Fill, Frame, Word

CAPTION = re.compile(
    r"^(?P<prefix>(?:Extended\s*Data|Supplementa(?:ry|l)|Appendix)\s*)?"
    r"(?P<kw>Table|TABLE|Tab\.|table)\s*(?P<num>[0-9]{1,2}[A-Za-z]?|[IVX]{1,5}|[ivx]{1,5})(?![0-9])(?P<rest>.*)$"
)
_CAPTION_PUNCT = re.compile(r"^\s*(\||\.|:|—|–|-|\(\s*continued|$)", re.IGNORECASE)
_CONTINUED = re.compile(r"\(\s*cont(?:inued|'d)?\.?\s*\)?|continued", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_NOTE_START = re.compile(
    r"^(\*|†|‡|§|¶|‖|#|\|\||[a-z]\s?[A-Z(]|[a-z]\)|Data (are|were|is|shown|presented|expressed|reported|given)|"
    r"Abbreviations?\b|Notes?\b|"
    r"Values? (are|were)|Results (are|were)|Plus|Percentages|Source|"
    r"[A-Z][A-Za-z0-9/-]{0,12}(,| =|:) [a-z]|CI,)"
)


@dataclass(slots=True)
class Caption:
    """A table caption: its id as printed ("Table 2"), its title, and where it sits."""

    table_id: str
    number: str
    title: str
    continued: bool
    lines: list[Line]
    frame_index: int
    x0: float
    x1: float

    @property
    def top(self) -> float:
        return min(line.top for line in self.lines)

    @property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines)


@dataclass(slots=True)
class TableRegion:
    """The part of one frame a table occupies: its rows, and the notes printed with it."""

    caption: Caption | None
    table_id: str
    title: str
    frame_index: int
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    continued_from: TableRegion | None = None
    reached_frame_end: bool = False
    why: str = ""
    caption_position: str = "above"  # above | below | inside | previous-page | none
    legend: list[Line] = field(default_factory=list)  # the legend's lines that went on in the next column

    @property
    def flow_key(self) -> tuple[int, int, float]:
        """Reading order of a table's parts: page, then the column flow on that page (a part continued from
        another on the same page comes after it), then position."""
        depth = 0
        prev = self.continued_from
        while prev is not None and prev.page == self.page:
            depth += 1
            prev = prev.continued_from
        return (self.page, depth, self.top)

    @property
    def notes_text(self) -> str:
        return " ".join(line.text for line in [*self.notes, *self.legend])


def canonical_table_id(prefix: str | None, keyword: str, number: str) -> str:
    """ "TABLE II" -> "Table II"; "Extended Data Table 4" kept; "Table1" -> "Table 1"."""
    head = "Table"
    if prefix:
        p = prefix.strip().lower()
        head = (
            "Extended Data Table"
            if p.startswith("extended")
            else "Appendix Table"
            if p.startswith("appendix")
            else "Supplementary Table"
        )
    return f"{head} {number.upper() if number.isalpha() else number}"


def table_number(table_id: str) -> int | None:
    num = table_id.rsplit(" ", 1)[-1]
    if num.isdigit():
        return int(num)
    return _ROMAN.get(num)


def find_captions(document: Document) -> list[Caption]:
    """Every table caption in the document, in reading order."""
    captions: list[Caption] = []
    body_size = document.body_size
    for fi, frame in enumerate(document.frames):
        lines = frame_lines(frame)
        for li, line in enumerate(lines):
            for seg in split_segments(line.words, 1.6):
                cap = _segment_caption(seg, body_size)
                if cap is None:
                    continue
                table_id, number, rest, continued = cap
                seg_line = Line(list(seg))
                cap_lines = [seg_line, *_caption_continuation(lines, li, seg_line)]
                title = " ".join([rest, *(ln.text for ln in cap_lines[1:])]).strip(" .|:—–-")
                captions.append(
                    Caption(
                        table_id=table_id,
                        number=number,
                        title=title,
                        continued=continued,
                        lines=cap_lines,
                        frame_index=fi,
                        x0=min(ln.x0 for ln in cap_lines),
                        x1=max(ln.x1 for ln in cap_lines),
                    )
                )
    return captions


def _segment_caption(seg: list[Word], body_size: float) -> tuple[str, str, str, bool] | None:
    text = _unspace(join_words(seg))
    m = CAPTION.match(text)
    if not m:
        return None
    rest = m.group("rest")
    first = seg[0]
    styled = first.bold or first.text.isupper() or abs(first.size - body_size) > 0.6
    punct = bool(_CAPTION_PUNCT.match(rest))
    rest_words = rest.split()
    starts_lower = bool(rest_words) and (rest_words[0][0].islower() or rest_words[0][0] in ")],;")
    if starts_lower and not punct:
        return None
    if not styled and rest.strip():
        return None  # "Table 1. Patients' completion ..." in body type is a sentence, not a caption
    if rest.strip().startswith(")"):
        return None
    if m.group("kw") == "table" and not (punct and rest.strip() and styled):
        return None  # small capitals with a lower-case text layer ("table 2 | ..."): only as a styled caption
    continued = bool(_CONTINUED.search(rest[:40]))
    table_id = canonical_table_id(m.group("prefix"), m.group("kw"), m.group("num"))
    return table_id, m.group("num"), rest, continued


def _unspace(text: str) -> str:
    """Letter-spaced capitals, "T A B L E 1", closed up to "TABLE 1"."""
    m = re.match(r"^((?:[A-Za-z] ){3,}[A-Za-z])\b", text)
    return m.group(1).replace(" ", "") + text[m.end() :] if m else text


def _caption_continuation(lines: list[Line], index: int, first: Line) -> list[Line]:
    """Lines that continue a caption: same type, starting under it, while the previous line was full.
    A caption line holding only "Table 2" takes the next line as its title whatever its type."""
    out: list[Line] = []
    prev = first
    bare = bool(re.fullmatch(r"\S+\s*\S{0,4}[.:|]?", _unspace(first.text).strip()))
    for line in lines[index + 1 : index + 8]:
        if not bare and not any(
            first.x0 - 2 <= w.x0 and w.x1 <= max(first.x1, first.x0 + 200) + 30 for w in line.words
        ):
            continue  # a line of the other column, interleaved by position
        if line.top - prev.bottom > (2.5 if bare and not out else 1.2) * prev.size:
            break
        words = [w for w in line.words if first.x0 - 200 <= w.x0 and w.x1 <= max(first.x1, first.x0 + 200) + 200]
        if bare and not out:
            segs = split_segments(line.words, 1.6)
            near = min(segs, key=lambda sg: abs((sg[0].x0 + sg[-1].x1) / 2 - (first.x0 + first.x1) / 2))
            if sum(ch.isdigit() for ch in join_words(near)) <= 0.3 * len(join_words(near)):
                out.append(Line(list(near)))
                prev = out[-1]
                continue
            break
        words = [w for w in line.words if first.x0 - 2 <= w.x0 and w.x1 <= max(first.x1, first.x0 + 200) + 30]
        if not words:
            break
        cand = Line(words)
        segs = cand.segments(1.6)
        if len(segs) != 1 or abs(cand.size - first.size) > 0.3 or abs(cand.x0 - first.x0) > 3:
            break
        if first.x1 - first.x0 < 150 or prev.x1 - prev.x0 < 0.8 * (first.x1 - first.x0):
            break
        if sum(ch.isdigit() for ch in cand.text) > 0.3 * len(cand.text):
            break
        out.append(cand)
        prev = cand
    return out


_LEADER = re.compile(r"^[.·…_]+$")
FIGURE = re.compile(r"^(Fig\.?|Figure|FIGURE|Scheme)\s*\d+", re.IGNORECASE)


@dataclass(slots=True)
class _FrameView:
    """A frame's content words and the geometry of its body text, computed once per frame."""

    frame: Frame
    words: list[Word]
    body_size: float
    left: float
    right: float
    gutter: tuple[float, float] | None
    index: int = 0
    blocks: list[Block] | None = None


def find_regions(
    document: Document, furniture: set[int] | None = None, settings: RegionSettings | None = None
) -> list[TableRegion]:
    """Every table of the document: blocks of aligned value columns found from the page's geometry, with the
    captions that touch them (above or below), continuation parts on following pages linked, and blocks no
    caption claims kept as untitled tables."""
    s = RegionSettings.resolve(settings)
    furniture = furniture or set()
    captions = find_captions(document)
    views: dict[int, _FrameView] = {}
    regions: list[TableRegion] = []
    for fi in {c.frame_index for c in captions}:
        views[fi] = _frame_view(document, fi, furniture)
        _frame_blocks(views[fi], captions, s)
    style = _caption_style(views, captions, s)
    for cap in captions:
        view = views[cap.frame_index]
        others = [c for c in captions if c.frame_index == cap.frame_index and c is not cap]
        above_first = _caption_below_its_block(view, cap, others, style, s)
        region = _captioned_region(view, cap, others, document.frames[cap.frame_index].page, above_first, s)
        if region is None:
            region = _block_for_caption(view, cap, above_first, document.frames[cap.frame_index].page, s)
        if region is None and cap.bottom > 0.75 * view.frame.height:
            stub = _head_at_column_foot(view, cap, document.frames[cap.frame_index].page, s)
            parts = _column_continuations(document, [stub], views, captions, s) if stub is not None else []
            if stub is not None and parts:
                regions.append(stub)
                regions.extend(parts)
                continue
            region = _on_next_page(document, cap, furniture, views)
        if region is not None:
            regions.append(region)
    for region in regions:
        if region.frame_index in views:
            _extend_with_blocks(region, views[region.frame_index], s)
    _link_continued(regions)
    regions.extend(_heads_on_previous_page(document, regions, furniture, views, captions, s))
    regions.extend(_column_continuations(document, regions, views, captions, s))
    regions.extend(_uncaptioned_continuations(document, regions, furniture, views))
    regions.extend(_titled_tables(document, regions, furniture, views))
    regions.extend(_untitled_blocks(document, regions, furniture, views, captions, s))
    _legend_overflow(document, regions, furniture, views, s)
    return regions


def _legend_overflow(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, _FrameView],
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
        if any(w.top > last.bottom + 0.5 and w.x0 < region.x1 and region.x0 < w.x1 for w in view.words):
            continue  # the legend ends before the foot of its column
        middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else None
        if middle is not None and region.x1 <= middle:
            target = view  # on in the right column of the same page
            words = [w for w in view.words if w.x0 >= middle]
        else:
            found = _next_view(document, region.frame_index, furniture, views)
            if found is None:
                continue
            target = found[1]
            g = target.gutter
            across = view.gutter is None or (region.x0 < view.gutter[0] and region.x1 > view.gutter[1])
            # a table across the page goes on across the next one; a column's, in the next page's first column
            edge = target.right if across or g is None else (g[0] + g[1]) / 2
            words = [w for w in target.words if w.x1 <= edge]
        lines = frame_layout(target.frame).lines_of(words) if words else []
        small = (1 - s.prose_size_tolerance_em) * target.body_size - 0.05
        legend: list[Line] = []
        for line in lines:
            if line.size > small or FIGURE.match(line.text) or CAPTION.match(_unspace(line.text)):
                break
            if legend and line.top - legend[-1].bottom > s.block_line_gap_em * line.size:
                break
            legend.append(line)
        if legend and _is_note(legend[0]) and legend[0].top < s.caption_foot_share * target.frame.height:
            region.legend = legend
            region.why = f"{region.why}; its legend goes on at the head of the next column"


def _flow_band(region: TableRegion) -> tuple[float, float]:
    """Where a table goes on at the top of the next page: in the band of its first part on the page it
    leaves (a table that flowed from the left text column into the right one goes on in the left one)."""
    first = region
    while first.continued_from is not None and first.continued_from.frame_index == region.frame_index:
        first = first.continued_from
    return first.x0, first.x1


def _value_columns(blocks: list[Block], x0: float, x1: float, top: float, bottom: float) -> list[float]:
    """Centres of the value columns of the blocks inside a box, measured from the box's left edge."""
    extents = sorted(
        v for b in blocks if b.x0 >= x0 - 3 and b.x1 <= x1 + 3 and b.top < bottom and top < b.bottom for v in b.values
    )
    merged: list[list[float]] = []
    for a, b in extents:
        if merged and a <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a + b) / 2 - x0 for a, b in merged]


def _column_continuations(
    document: Document,
    regions: list[TableRegion],
    views: dict[int, _FrameView],
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
        g0 = view.gutter[0] if view.gutter is not None else region.x1
        middle = (view.gutter[0] + view.gutter[1]) / 2 if view.gutter is not None else g0 + 3
        if region.x1 > middle or region.x1 > 0.6 * view.frame.width:
            continue  # not a table of the left column
        blocks = _frame_blocks(view, captions, s)
        right = [b for b in blocks if b.x0 >= g0 - 3]
        if not right:
            continue
        block = min(right, key=lambda b: b.top)
        g1 = view.gutter[1] if view.gutter is not None else block.x0
        layout = frame_layout(view.frame)
        before = [
            w
            for w in view.words
            if w.x0 >= g1 - 3
            and w.bottom <= block.top - 0.5
            and w.top > s.running_head_share * view.frame.height
            and not _full_width(layout, w, g0)
        ]
        lead = layout.lines_of(before) if before else []
        if any(_is_prose(ln, g1, view.frame.width, view.body_size) for ln in lead):
            continue  # the right column starts with text, not with the rest of this table
        chain = [block]
        for b in sorted(right, key=lambda b: b.top):
            if b.top > chain[-1].bottom and b.top - chain[-1].bottom <= s.max_row_gap_em * view.body_size:
                chain.append(b)
        if any(
            r.frame_index == region.frame_index and r.x0 >= g0 - 3 and r.top < block.bottom and block.top < r.bottom
            for r in [*regions, *out]
        ):
            continue
        size = view.body_size
        mine = _value_columns(blocks, region.x0, region.x1, region.top, region.bottom)
        last = chain[-1]
        theirs = _value_columns(chain, min(b.x0 for b in chain), max(b.x1 for b in chain), block.top, last.bottom)
        # the same value columns: as many, spaced alike (each part's left edge is its own label indent)
        if mine and (
            len(mine) != len(theirs)
            or any(
                abs((a1 - a0) - (b1 - b0)) > 1.5 * size
                for (a0, a1), (b0, b1) in zip(pairwise(mine), pairwise(theirs), strict=True)
            )
        ):
            continue
        chained = [ln for b in chain for ln in [*b.header, *b.lines]]
        for upper, lower in pairwise(chain):  # the lines between two chained blocks (a long group label) too
            x_left = min(g1, upper.x0, lower.x0)
            gap = (upper.bottom + 0.5, lower.top - 0.5)
            between = [w for w in view.words if w.x0 >= x_left - 3 and gap[0] < w.top and w.bottom < gap[1]]
            if between:
                at = chained.index(lower.header[0] if lower.header else lower.lines[0])
                chained[at:at] = layout.lines_of(between)
        column_words = [w for w in view.words if w.x0 >= g1 - 3 and w.top > last.bottom + 0.5]
        trail = layout.lines_of(column_words) if column_words else []
        legend: list[Line] = []
        if trail and _table_tail(trail, last.bottom, g1, view, s):
            chained.extend(trail)  # label lines after the last value row run on to the foot of the column
            column_words = []
        elif trail:
            legend = _legend_after(trail, last.bottom, view, s)
        body, notes = _split_notes([*[ln for ln in lead if ln.bottom <= block.top + 0.5], *chained], True)
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
        )
        region.reached_frame_end = False
        out.append(part)
    return out


def _legend_after(trail: list[Line], bottom: float, view: _FrameView, s: RegionSettings) -> list[Line]:
    """The table's legend under its last part in a column: lines in type smaller than the body's, the first
    within a row gap of the last row (or opening like a note) and each close under the one before, up to
    body text, a caption or a figure."""
    small = (1 - s.prose_size_tolerance_em) * view.body_size - 0.05
    out: list[Line] = []
    edge = bottom
    for line in trail:
        size = line.size
        if line.top - edge > (s.max_row_gap_em if not out else s.block_line_gap_em) * size:
            break
        if FIGURE.match(line.text) or CAPTION.match(_unspace(line.text)):
            break
        if size > small and not (not out and _is_note(line)):
            break
        out.append(line)
        edge = line.bottom
    return out


def _head_at_column_foot(view: _FrameView, cap: Caption, page: int, s: RegionSettings) -> TableRegion | None:
    """A caption at the foot of the left text column with only the table's head under it (column headings,
    a group label), its rows going on at the head of the right column: the head, as the table's first part.
    """
    if view.gutter is None or cap.x1 > (view.gutter[0] + view.gutter[1]) / 2:
        return None
    g0 = view.gutter[0]
    cap_ids = {id(w) for line in cap.lines for w in line.words}
    words = [w for w in view.words if w.x1 <= g0 + 3 and w.top >= cap.bottom - 1 and id(w) not in cap_ids]
    lines = frame_layout(view.frame).lines_of(words) if words else []
    if not lines or len(lines) > s.column_foot_head_lines:
        return None
    if lines[0].top - cap.bottom > s.max_row_gap_em * cap.lines[0].size:
        return None
    if any(_is_prose(ln, view.left, g0, view.body_size) or _is_note(ln) or FIGURE.match(ln.text) for ln in lines):
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


def _table_tail(trail: list[Line], bottom: float, x0: float, view: _FrameView, s: RegionSettings) -> bool:
    """Lines under a column's last value row that run to the foot of the column with no running text,
    caption or figure among them, the first within a row gap: group labels whose rows go on in the next
    column or page."""
    if trail[0].top - bottom > s.max_row_gap_em * view.body_size:
        return False
    return not any(
        _is_prose(ln, x0, view.frame.width, view.body_size)
        or FIGURE.match(ln.text)
        or CAPTION.match(_unspace(ln.text))
        or _is_note(ln)
        for ln in trail
    )


def _extend_with_blocks(region: TableRegion, view: _FrameView, s: RegionSettings) -> None:
    """A table grown down from its caption that stopped short of the block it starts (a frame-only table,
    a row the line-by-line growth took for prose): the block's further rows are the table's too, since one
    block belongs to one table."""
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
        kept = [ln for ln in [*region.body, *region.notes] if ln.bottom <= block.top + 0.5]
        edge = max((ln.bottom for ln in kept), default=region.top)
        added = [ln for ln in [*block.header, *block.lines] if ln.top >= edge - 0.5]
        body, notes = _split_notes([*kept, *added], True)
        region.body, region.notes = body, notes
        region.x0, region.x1 = min(region.x0, block.x0), max(region.x1, block.x1)
        region.bottom = max(ln.bottom for ln in [*body, *notes])
        region.why = f"{region.why}; extended over the block it starts ({block.why})"
        return


def _full_width(layout: PageLayout, word: Word, g0: float) -> bool:
    """A word of a line that also has words left of the gutter: full-width text (an abstract, a title)."""
    index = layout.line_of.get(id(word))
    return index is not None and layout.lines[index].x0 < g0 - 3


def _own_column(view: _FrameView, cap: Caption, below: bool, x0: float, x1: float) -> float:
    """The right edge of a table whose rows the blocks show end before other rows beside them (the table
    going on in the right column) or before the gutter: the band stops there, whatever the other column
    holds (the table's own continuation, prose)."""
    if not below:
        return x1
    _, block = _touching(view, cap, RegionSettings())
    if block is None:
        return x1
    beside = [
        b
        for b in view.blocks or []
        if b is not block and b.x0 > block.x1 and b.top < block.bottom and block.top < b.bottom
    ]
    if beside:
        return min(x1, (block.x1 + min(b.x0 for b in beside)) / 2)
    if view.gutter is not None and cap.x1 <= view.gutter[0] + 3 and block.x1 <= view.gutter[0] + 3:
        return min(x1, view.gutter[0])
    return x1


def _frame_blocks(view: _FrameView, captions: list[Caption], s: RegionSettings) -> list[Block]:
    """The frame's blocks of aligned value columns (computed once per frame); caption and figure-label lines
    are never part of one."""
    if view.blocks is None:
        lines = frame_layout(view.frame).lines_of(view.words)
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
        view.blocks = find_blocks(lines, view.body_size, s, stop, view.gutter, stop_words)
    return view.blocks


def _touching(view: _FrameView, cap: Caption, s: RegionSettings) -> tuple[Block | None, Block | None]:
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


def _caption_style(views: dict[int, _FrameView], captions: list[Caption], s: RegionSettings) -> str:
    """Where the document sets its captions, by the unambiguous ones: "above" the table (a block touches
    only its lower side), "below" it (a block touches only its upper side), or "" when nothing says."""
    votes = {"above": 0, "below": 0}
    for cap in captions:
        above, below = _touching(views[cap.frame_index], cap, s)
        if below is not None and above is None:
            votes["above"] += 1
        elif above is not None and below is None:
            votes["below"] += 1
    if votes["below"] > votes["above"]:
        return "below"
    if votes["above"] > votes["below"]:
        return "above"
    return ""


def _caption_below_its_block(
    view: _FrameView, cap: Caption, others: list[Caption], style: str, s: RegionSettings
) -> bool:
    """Whether a caption belongs to the block above it: a block touches it from above, and none from
    below, or the one below is claimed by another caption set under it (stacked tables with captions
    below), or the document sets its captions below its tables."""
    above, below = _touching(view, cap, s)
    if above is None:
        return False
    if below is None:
        return True
    reach = s.caption_gap_to_block_em * cap.lines[0].size
    claimed = any(
        o.top >= below.bottom - 1 and o.top - below.bottom <= reach and o.x0 < below.x1 and below.x0 < o.x1
        for o in others
    )
    return (claimed and style != "above") or style == "below"


def _block_region(
    view: _FrameView, block: Block, page: int, cap: Caption | None, table_id: str, title: str, why: str, position: str
) -> TableRegion:
    body, notes = _split_notes([*block.header, *block.lines], True)
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


def _block_for_caption(
    view: _FrameView, cap: Caption, above_first: bool, page: int, s: RegionSettings
) -> TableRegion | None:
    """A caption whose table could not be grown line by line: the block it touches is its table."""
    above, below = _touching(view, cap, s)
    block = (above or below) if above_first else (below or above)
    if block is None:
        return None
    position = "below" if block is above else "above"
    return _block_region(
        view, block, page, cap, cap.table_id, cap.title, f"the block the caption touches; {block.why}", position
    )


def _untitled_blocks(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, _FrameView],
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
        view = views.get(fi) or _frame_view(document, fi, furniture)
        views[fi] = view
        taken = [r for r in regions if r.frame_index == fi]
        for block in _frame_blocks(view, captions, s):
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
            body, _ = _split_notes(lines, True)
            if sum(1 for ln in body if _strong_row(ln)) < s.min_block_rows:
                continue
            n = per_page[frame.page] = per_page.get(frame.page, 0) + 1
            table_id = f"Untitled table, page {frame.page}" + (f" ({n})" if n > 1 else "")
            title = _title_over(view, block, s)
            why = f"no caption touches it; {block.why}" + (f"; titled by the line above it: {title!r}" if title else "")
            out.append(_block_region(view, block, frame.page, None, table_id, title, why, "none"))
    return out


def _figure_over(view: _FrameView, block: Block, s: RegionSettings) -> bool:
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


def _title_over(view: _FrameView, block: Block, s: RegionSettings) -> str:
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


def _titled_tables(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, _FrameView],
) -> list[TableRegion]:
    """Tables with no "Table N" caption, only a title line over a rule (conference abstracts): found from
    rules that no captioned table covers; the title is the table's id."""
    out: list[TableRegion] = []
    for fi, frame in enumerate(document.frames):
        taken = [(r.top, r.bottom) for r in regions if r.frame_index == fi]
        for rule in frame.rules:
            if rule.x1 - rule.x0 < 150 or any(top - 20 <= rule.y <= bottom + 20 for top, bottom in taken):
                continue
            view = views.get(fi) or _frame_view(document, fi, furniture)
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
            region = _grow(view, cap, [], frame.page, True)
            if region is not None:
                region.why = f"title line over a rule with no 'Table N' caption; {region.why}"
                out.append(region)
                taken.append((region.top, region.bottom))
    return out


def _frame_view(document: Document, index: int, furniture: set[int]) -> _FrameView:
    frame = document.frames[index]
    words = [w for w in frame.words if id(w) not in furniture and not _LEADER.match(w.text)]
    body = document.body_size
    xs0 = sorted(w.x0 for w in words)
    xs1 = sorted(w.x1 for w in words)
    left = xs0[len(xs0) // 100] if xs0 else 0.0
    right = xs1[-1 - len(xs1) // 100] if xs1 else frame.width
    gutter = _gutter(words, left, right)
    if gutter is None and words:
        gutter = _gutter_under_wide_text(frame_layout(frame).lines_of(words), words, left, right, body)
    return _FrameView(frame, words, body, left, right, gutter, index)


def _gutter(
    words: list[Word], left: float, right: float, s: RegionSettings | None = None, body_size: float = 10.0
) -> tuple[float, float] | None:
    """The empty vertical strip between two text columns, if the body text is set in two columns."""
    s = RegionSettings.resolve(s)
    if right - left < 200 or len(words) < 80:
        return None
    width = int(right - left) + 1
    cover = [0] * width
    for w in words:
        for x in range(max(0, int(w.x0 - left)), min(width, int(w.x1 - left) + 1)):
            cover[x] += 1
    peak = max(cover)
    lo, hi = int(width * 0.35), int(width * 0.65)
    best: tuple[int, int] | None = None
    start = None
    least = max(5.0, s.gutter_min_em * body_size)
    for x in range(lo, hi + 1):
        empty = x < hi and cover[x] <= peak * s.gutter_coverage_share
        if empty and start is None:
            start = x
        elif not empty and start is not None:
            if x - start >= least and (best is None or x - start > best[1] - best[0]):
                best = (start, x)
            start = None
    return (left + best[0], left + best[1]) if best else None


def _gutter_under_wide_text(
    lines: list[Line], words: list[Word], left: float, right: float, body_size: float
) -> tuple[float, float] | None:
    """A two-column page whose full-width text (an abstract set across the page, a title) fills the strip
    between the columns: the gutter is found among the other lines, and it must part a column of text
    lines on each side (lines at least a third of the text width long, set wholly left or wholly right of
    it; a line holding both columns counts on both sides), so a one-column page, whose long lines are all
    full width, never gets one."""
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
    if not wide:
        return None
    rest = [w for w in words if id(w) not in wide]
    if len(rest) < 80:
        return None
    xs0 = sorted(w.x0 for w in rest)
    xs1 = sorted(w.x1 for w in rest)
    gutter = _gutter(rest, xs0[len(xs0) // 100], xs1[-1 - len(xs1) // 100], s, body_size)
    if gutter is None:
        return None
    g0, g1 = gutter
    long = 0.33 * width
    lefts = rights = 0
    for ln in lines:
        if any(w.x1 > g0 + 1 and w.x0 < g1 - 1 for w in ln.words):
            continue  # a line across the gutter
        left_part = [w for w in ln.words if w.x1 <= g0 + 1]
        right_part = [w for w in ln.words if w.x0 >= g1 - 1]
        lefts += bool(left_part) and left_part[-1].x1 - left_part[0].x0 >= long
        rights += bool(right_part) and right_part[-1].x1 - right_part[0].x0 >= long
    return gutter if lefts >= s.gutter_column_lines and rights >= s.gutter_column_lines else None


def _band(view: _FrameView, cap: Caption, below: bool) -> tuple[float, float]:
    """The table's horizontal extent: a shaded box or a rule that frames it, else its page column."""
    frame = view.frame
    for fill in frame.fills:
        if (
            fill.x0 - 2 <= cap.x0
            and cap.x1 <= fill.x1 + 2
            and fill.top - 2 <= cap.top
            and cap.bottom <= fill.bottom + 2
            and fill.x1 - fill.x0 > 100
        ):
            return fill.x0, fill.x1
    size = cap.lines[0].size
    if below:
        shaded = [f for f in frame.fills if cap.bottom - 2 <= f.top <= cap.bottom + 3 * size + 20]
        first = next((f for f in shaded if f.x0 - 20 <= cap.x0 <= f.x1), None)
        if first is not None:  # a shaded header band right under the caption spans the table
            row = [f for f in shaded if f.top < first.bottom and f.bottom > first.top]
            row = _column_fills(row, first, view.gutter)
            x0, x1 = min(f.x0 for f in row), max(f.x1 for f in row)
            if x1 - x0 > 100:
                return min(x0, cap.x0), x1
        near = [r for r in frame.rules if cap.bottom - 2 <= r.y <= cap.bottom + 4 * size + 25]
    else:
        near = [r for r in frame.rules if cap.top - 4 * size - 25 <= r.y <= cap.top + 2]
    near = [r for r in near if r.x1 - r.x0 > 80 and r.x0 - 25 <= cap.x1 and cap.x0 <= r.x1 + 25]
    content = _content_band(view, cap, below)
    if near:
        widest = max(near, key=lambda r: r.x1 - r.x0)
        if widest.x1 - widest.x0 >= 0.6 * (content[1] - content[0]):
            return min(widest.x0, cap.x0), max(widest.x1, cap.x1)
    return content


def _column_fills(row: list[Fill], first: Fill, gutter: tuple[float, float] | None) -> list[Fill]:
    """The fills of a header band's row that belong to its text column: on a two-column page, a row of fills
    parted by the empty gutter is two columns' bands side by side (a column table's header band beside the
    other column's tinted rows), and only the side of ``first`` is its own."""
    if gutter is None:
        return row
    g0, g1 = gutter
    middle, quarter = (g0 + g1) / 2, (g1 - g0) / 4
    left = [f for f in row if f.x1 <= middle]
    right = [f for f in row if f.x0 >= middle]
    if len(left) + len(right) < len(row) or not left or not right:
        return row  # a fill across the gutter: one band over the page
    if max(f.x1 for f in left) > g0 + quarter or min(f.x0 for f in right) < g1 - quarter:
        return row  # cells meeting at the gutter: one band
    return left if first.x1 <= middle else right


def _content_band(view: _FrameView, cap: Caption, below: bool) -> tuple[float, float]:
    """With nothing drawn around the table: the span of the non-prose segments beside the caption."""
    lo, hi = (cap.bottom, cap.bottom + 160) if below else (cap.top - 160, cap.top)
    near = [w for w in view.words if lo <= w.top <= hi]
    x0, x1 = cap.x0, cap.x1
    for line in frame_layout(view.frame).lines_of(near):
        for seg in split_segments(line.words, 1.6):
            if _prose_segment(seg, view.body_size, 100):
                continue
            if CAPTION.match(join_words(seg)) or FIGURE.match(join_words(seg)):
                continue
            x0, x1 = min(x0, seg[0].x0), max(x1, seg[-1].x1)
    if view.gutter is not None:
        g0, g1 = view.gutter
        if cap.x0 >= g0 - 5:  # a caption in the right-hand column: the table starts there too
            x0 = max(x0, g0)
        elif cap.x1 <= g1 + 5:
            # a caption in the left-hand column: the table crosses the gutter only if its rows put words in it
            in_gutter = {round(w.top) for w in near if w.x1 > g0 + 1 and w.x0 < g1 - 1}
            if len(in_gutter) < 2:
                x1 = min(x1, g0)
    return x0, x1


def _prose_segment(seg: list[Word], body_size: float, min_width: float) -> bool:
    """A run of running text: body type, several words, most of them lower-case words."""
    if abs(seg[0].size - body_size) > 0.45 or len(seg) < 5 or seg[-1].x1 - seg[0].x0 < min_width:
        return False
    wordy = sum(1 for w in seg if re.fullmatch(r"[a-z][a-z'’-]+[,.;:]?", w.text))
    return wordy >= 0.4 * len(seg)


def _is_prose(line: Line, x0: float, x1: float, body_size: float) -> bool:
    """A line of running text: body type, one or two segments, each long and wordy."""
    if abs(line.size - body_size) > 0.45:
        return False
    segs = line.segments(1.6)
    if len(segs) > 2:
        return False
    return all(_prose_segment(seg, body_size, min(0.4 * (x1 - x0), 130.0)) for seg in segs)


def _row_like(line: Line) -> bool:
    """A line that looks like part of a table: several cells, or a number set apart from its label."""
    segs = line.segments(1.0)
    if len(segs) >= 2:
        return True
    text = line.text
    return bool(re.search(r"\d", text)) and len(line.words) <= 4


def _captioned_region(
    view: _FrameView, cap: Caption, others: list[Caption], page: int, above_first: bool, s: RegionSettings
) -> TableRegion | None:
    """A caption's table, geometry first: a shaded box holding the caption; else the block of aligned value
    columns the caption touches on its table's side (below it, or above it when the caption belongs to the
    block above), with the region grown line by line from the caption taken instead only when it confirms
    the block (holds most of its data lines) and so extends it (label-only rows, notes); else, with no
    block there, the region grown from the caption."""
    boxed = _boxed(view, cap, page)
    if boxed is not None:
        return boxed
    above, below = _touching(view, cap, s)
    block = above if above_first else below
    if block is None:
        return _region_for_caption(view, cap, others, page, above_first)
    grown = _grow(view, cap, others, page, block is below, s, block)
    if grown is not None:
        inside = sum(
            1
            for ln in block.data
            if grown.top - 1 <= ln.top
            and ln.bottom <= grown.bottom + 1
            and grown.x0 - 3 <= ln.x0
            and ln.x1 <= grown.x1 + 3
        )
        if inside >= s.block_confirm_share * len(block.data):
            return _without_figure(view, grown, block, s) if block is below else grown
    position = "below" if block is above else "above"
    why = f"the block the caption touches (growing from the caption did not hold it); {block.why}"
    return _block_region(view, block, page, cap, cap.table_id, cap.title, why, position)


def _without_figure(view: _FrameView, region: TableRegion, block: Block, s: RegionSettings) -> TableRegion:
    """A region grown down past its block up to a "Figure N" caption: the lines under the block, after the
    table's legend, are the figure's labels (a diagram drawn in text), never the table's."""
    lines = [*region.body, *region.notes]
    after = [ln for ln in lines if ln.top > block.bottom + 0.5]
    if not after:
        return region
    size = lines[-1].size
    under = [
        w
        for w in view.words
        if region.x0 - 3 <= w.x0
        and w.x1 <= region.x1 + 3
        and region.bottom + 0.5 < w.top <= region.bottom + s.max_row_gap_em * size
    ]
    next_lines = frame_layout(view.frame).lines_of(under) if under else []
    if not next_lines or not FIGURE.match(next_lines[0].text):
        return region
    rows = [ln.size for ln in lines if ln.top <= block.bottom + 0.5 and _strong_row(ln)]
    legend: list[Line] = []
    edge = block.bottom
    for line in after:
        gap = line.top - edge
        if legend and not _legend_goes_on(line, legend, gap, s):
            break
        if not legend and not (len(rows) >= 3 and _legend_starts(line, rows, region.x0, region.x1, s)):
            break
        legend.append(line)
        edge = line.bottom
    kept = [ln for ln in lines if ln.top <= block.bottom + 0.5] + legend
    body, notes = _split_notes(kept, True)
    region.body, region.notes = body, notes
    region.bottom = max(ln.bottom for ln in kept)
    region.reached_frame_end = False
    region.why = f"{region.why}; the labels under its block, up to a figure caption, are the figure's"
    return region


def _region_for_caption(
    view: _FrameView,
    cap: Caption,
    others: list[Caption],
    page: int,
    above_first: bool = False,
) -> TableRegion | None:
    boxed = _boxed(view, cap, page)
    if boxed is not None:
        return boxed
    for below in (False, True) if above_first else (True, False):
        region = _grow(view, cap, others, page, below)
        if region is not None:
            return region
    return None


def _boxed(view: _FrameView, cap: Caption, page: int) -> TableRegion | None:
    """A table printed inside a shaded box that also holds its caption (Lancet): the box is the table."""
    size = cap.lines[0].size
    for fill in view.frame.fills:
        inside = (
            fill.x0 - 2 <= cap.x0
            and fill.top - 2 <= cap.top
            and cap.bottom <= fill.bottom + 2
            and fill.bottom - fill.top > 5 * size
            and fill.x1 - fill.x0 > 100
        )
        if not inside:
            continue
        cap_ids = {id(w) for line in cap.lines for w in line.words}
        words = [
            w
            for w in view.words
            if fill.x0 - 2 <= w.x0
            and w.x1 <= fill.x1 + 2
            and fill.top - 2 <= w.top
            and w.bottom <= fill.bottom + 2
            and id(w) not in cap_ids
        ]
        lines = frame_layout(view.frame).lines_of(words)
        body, notes = _split_notes(lines, True)
        if len([ln for ln in body if _row_like(ln)]) < 2:
            return None
        return TableRegion(
            caption=cap,
            table_id=cap.table_id,
            title=cap.title,
            frame_index=cap.frame_index,
            page=page,
            x0=fill.x0,
            x1=fill.x1,
            top=fill.top,
            bottom=fill.bottom,
            body=body,
            notes=notes,
            why="caption inside a shaded box: the box is the table",
            caption_position="inside",
        )
    return None


def _grow(
    view: _FrameView,
    cap: Caption,
    others: list[Caption],
    page: int,
    below: bool,
    settings: RegionSettings | None = None,
    block: Block | None = None,
) -> TableRegion | None:
    s = RegionSettings.resolve(settings)
    x0, x1 = _band(view, cap, below)
    x1 = _own_column(view, cap, below, x0, x1)
    if block is not None:  # geometry first: the table is at least as wide as the block the caption touches
        x0, x1 = min(x0, block.x0), max(x1, block.x1)
    for other in others:  # two tables side by side: a caption on the same line bounds this one's band
        if other.top < cap.bottom and other.bottom > cap.top:
            if other.x0 >= cap.x1:
                x1 = min(x1, other.x0 - 4)
            elif other.x1 <= cap.x0:
                x0 = max(x0, other.x1 + 4)
    cap_ids = {id(w) for line in cap.lines for w in line.words}
    other_ids = {id(w) for c in others for line in c.lines for w in line.words}
    words = [w for w in view.words if w.x0 >= x0 - 3 and w.x1 <= x1 + 3 and id(w) not in cap_ids]
    lines = frame_layout(view.frame).lines_of(words)
    if below:
        candidates = [ln for ln in lines if ln.top >= cap.bottom - 1]
    else:
        candidates = [ln for ln in reversed(lines) if ln.bottom <= cap.top + 1]
    taken: list[Line] = []
    rows = 0
    prev_edge = cap.bottom if below else cap.top
    reached_end = True
    row_sizes: list[float] = []  # type sizes of the value rows taken
    legend: list[Line] = []  # the legend under the rows: once it starts, the table ends with it
    for line in candidates:
        gap = (line.top - prev_edge) if below else (prev_edge - line.bottom)
        if legend and not _legend_goes_on(line, legend, gap, s):
            reached_end = False
            break
        if any(id(w) in other_ids for w in line.words) or FIGURE.match(line.text):
            reached_end = False
            break
        if _is_prose(line, x0, x1, view.body_size):
            reached_end = False
            break
        if rows and gap > 4.5 * line.size + 6:
            reached_end = False
            break
        if not rows and gap > 8 * line.size + 30:
            return None
        starts = below and not legend and len(row_sizes) >= 3 and _legend_starts(line, row_sizes, x0, x1, s)
        if legend or starts:
            legend.append(line)
        taken.append(line)
        rows += _row_like(line) and not legend
        if _strong_row(line) and not legend:
            row_sizes.append(line.size)
        prev_edge = line.bottom if below else line.top
    if rows < 2:
        return None
    if not below:
        taken.reverse()
    body, notes = _split_notes(taken, below)
    if len([ln for ln in body if _row_like(ln)]) < 2 or not any(_strong_row(ln) for ln in body):
        return None
    return TableRegion(
        caption=cap,
        table_id=cap.table_id,
        title=cap.title,
        frame_index=cap.frame_index,
        page=page,
        x0=x0,
        x1=x1,
        top=min(ln.top for ln in taken),
        bottom=max(ln.bottom for ln in taken),
        body=body,
        notes=notes,
        reached_frame_end=reached_end and below and not notes,
        why=(
            f"{len(body)} table lines {'below' if below else 'above'} the caption, up to "
            + (
                "the foot of the frame"
                if reached_end
                else "the end of its legend"
                if legend
                else "body prose, a gap, another caption or a figure"
            )
        ),
        caption_position="above" if below else "below",
    )


def _legend_starts(line: Line, row_sizes: list[float], x0: float, x1: float, s: RegionSettings) -> bool:
    """A line under a table's value rows that starts its legend: set smaller than the rows and reading as a
    note or as running text (mostly lower-case words: never a data row, whatever number it quotes), or a
    note line across the table's width."""
    sizes = sorted(row_sizes[1:])  # the first value line may be the header, set in larger type
    body = sizes[len(sizes) // 2]
    words = [w.text for w in line.words]
    wordy = len(words) >= s.prose_min_words and (
        sum(1 for w in words if re.fullmatch(r"[a-z][a-z'’-]+[,.;:]?", w)) >= s.prose_wordy_share * len(words)
    )
    # running text set as one run (a row with a wordy label has its values apart: it stays a row)
    if line.size <= s.legend_size_share * body and ((wordy and not _strong_row(line)) or _is_note(line)):
        return True
    return _is_note(line) and line.x1 - line.x0 >= s.legend_width_share * (x1 - x0)


def _legend_goes_on(line: Line, legend: list[Line], gap: float, s: RegionSettings) -> bool:
    """The next line of a legend: in the legend's type or smaller (footnote marks set off their line), close
    under its last line."""
    size = legend[0].size
    small = line.size <= (2 - s.legend_size_share) * size
    return small and gap <= s.legend_line_gap_em * size and not FIGURE.match(line.text)


def _split_notes(lines: list[Line], below: bool) -> tuple[list[Line], list[Line]]:
    """Body rows first, then the notes: from the first note-like line after which no table row follows."""
    strong = [i for i, ln in enumerate(lines) if _strong_row(ln) and not _is_note(ln)]
    if len(strong) >= 3:
        # notes are set smaller than the rows: a "row" in the smaller type after the body is a note line
        sizes = sorted(lines[i].size for i in strong)
        body = sizes[len(sizes) // 2]
        first_small = next(
            (
                k
                for k, i in enumerate(strong)
                if lines[i].size < 0.93 * body and all(lines[j].size < 0.93 * body for j in strong[k:])
            ),
            None,
        )
        if first_small is not None and first_small >= 2:
            strong = strong[:first_small]
    last_row = strong[-1] if strong else -1
    cut = len(lines)
    for i in range(last_row + 1, len(lines)):
        if _is_note(lines[i]) or (strong and lines[i].size < 0.93 * lines[last_row].size and len(lines[i].words) >= 4):
            cut = i
            break
    return lines[:cut], lines[cut:]


def _strong_row(line: Line) -> bool:
    """A row with a number in a cell of its own, apart from the label."""
    segs = line.segments(1.0)
    return len(segs) >= 2 and any(re.search(r"\d", join_words(seg)) for seg in segs[1:])


def _is_note(line: Line) -> bool:
    """A footnote or legend line: a mark or a legend phrase at its start and words after it, or a long
    single run of words. A table row (label and value cells) is never a note."""
    text = line.text
    words = len(line.words)
    if re.match(r"(Abbreviations?|Notes?|Data (are|were|presented|expressed|shown))\b", text) and words >= 3:
        return True
    first = line.words[0]
    if (
        len(line.words) >= 2
        and first.size < 0.85 * line.size
        and re.fullmatch(r"[a-z*†‡§¶#]{1,2}", first.text)
        and not _strong_row(line)
    ):
        return True  # starts with a raised footnote mark
    if _NOTE_START.match(text) and words >= 6 and not _strong_row(line):
        return True
    if _NOTE_START.match(text) and words >= 6 and sum(ch.isalpha() for ch in text) > 0.6 * len(text):
        return True
    segs = line.segments(1.6)
    return len(segs) == 1 and words >= 9 and not _strong_row(line)


def _heads_on_previous_page(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, _FrameView],
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
        view = views.get(prev) or _frame_view(document, prev, furniture)
        views[prev] = view
        floor = max(
            [r.bottom for r in [*regions, *out] if r.frame_index == prev]
            + [c.bottom for c in captions if c.frame_index == prev],
            default=None,
        )
        if floor is None:
            continue
        words = [w for w in view.words if w.top > floor + 0.5 and w.x0 >= region.x0 - 3 and w.x1 <= region.x1 + 3]
        lines = frame_layout(view.frame).lines_of(words) if words else []
        while lines and (_is_note(lines[0]) or _is_prose(lines[0], region.x0, region.x1, view.body_size)):
            lines = lines[1:]  # the notes of the table above
        if not lines or any(
            _is_prose(ln, region.x0, region.x1, view.body_size) or FIGURE.match(ln.text) or CAPTION.match(ln.text)
            for ln in lines
        ):
            continue
        rows = [ln for ln in lines if _strong_row(ln)]
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


def _values_in_columns(line: Line, region: TableRegion, s: RegionSettings) -> bool:
    """Each value cell of the line sits over a value cell of the region's rows."""
    cells = [
        (seg[0].x0, seg[-1].x1)
        for ln in region.body
        if _strong_row(ln)
        for seg in split_segments(ln.words, s.cell_gap_em)[1:]
    ]
    mine = split_segments(line.words, s.cell_gap_em)[1:]
    return bool(mine) and all(any(seg[0].x0 < b and a < seg[-1].x1 for a, b in cells) for seg in mine)


def _link_continued(regions: list[TableRegion]) -> None:
    """A "(continued)" part, or a second part with the same id, continues the earlier part."""
    last: dict[str, TableRegion] = {}
    for region in regions:
        prev = last.get(region.table_id)
        if prev is not None and (region.caption is None or region.caption.continued or region.page > prev.page):
            region.continued_from = prev
        last[region.table_id] = region


def _next_view(
    document: Document, frame_index: int, furniture: set[int], views: dict[int, _FrameView]
) -> tuple[int, _FrameView] | None:
    """The frame of the next page turned the same way, and its view (computed once)."""
    frame = document.frames[frame_index]
    nxt = next(
        (i for i, f in enumerate(document.frames) if f.page == frame.page + 1 and f.rotation == frame.rotation), None
    )
    if nxt is None:
        return None
    view = views.get(nxt) or _frame_view(document, nxt, furniture)
    views[nxt] = view
    return nxt, view


def _on_next_page(
    document: Document,
    cap: Caption,
    furniture: set[int],
    views: dict[int, _FrameView],
) -> TableRegion | None:
    """A caption at the foot of a page whose table is set at the top of the next page."""
    found = _next_view(document, cap.frame_index, furniture, views)
    if found is None:
        return None
    nxt, view = found
    x0, x1 = view.left, view.right
    taken: list[Line] = []
    for line in frame_layout(view.frame).lines_of(view.words):
        if _is_prose(line, x0, x1, view.body_size) or FIGURE.match(line.text) or CAPTION.match(_unspace(line.text)):
            if taken:
                break
            continue
        taken.append(line)
    body, notes = _split_notes(taken, True)
    if len([ln for ln in body if _strong_row(ln)]) < 2:
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


def _uncaptioned_continuations(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    views: dict[int, _FrameView],
) -> list[TableRegion]:
    """A table that runs off the foot of a page and goes on, with no caption, at the top of the next."""
    out: list[TableRegion] = []
    pending = [r for r in regions if r.reached_frame_end]
    while pending:
        region = pending.pop(0)
        found = _next_view(document, region.frame_index, furniture, views)
        if found is None:
            continue
        nxt, view = found
        x0, x1 = _flow_band(region)
        words = [w for w in view.words if w.x0 >= x0 - 8 and w.x1 <= x1 + 8]
        taken: list[Line] = []
        lines = frame_layout(view.frame).lines_of(words)
        for line in lines:
            if _is_prose(line, x0, x1, view.body_size) or FIGURE.match(line.text):
                break
            if CAPTION.match(_unspace(line.text)):
                break
            taken.append(line)
        body, notes = _split_notes(taken, True)
        if len([ln for ln in body if _row_like(ln)]) < 2:
            continue
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
