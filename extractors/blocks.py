"""Tables from geometry: blocks of x-aligned value columns over several lines, found on every frame.

What every table looks like, whatever its rules, fills or caption: numbers set in runs that line up
vertically over several lines, each beside a row label. A *block* is such a run: the data lines (a value
cell set apart from the line's label, or several value cells), chained top to bottom while their value
cells overlap horizontally and the gaps between them stay table-sized, plus the header lines right above
the first data line. Running text is never part of a block: its lines are long runs of lower-case words.

Blocks are found before captions are looked at; the region finder then attaches captions to them by
adjacency (above or below) and keeps blocks no caption claims as untitled tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.geometry import RegionSettings
from extractors.layout import Line, join_words, split_segments, touching_line, words_to_lines
from extractors.values import value_like
from schemas.document import Word

_DIGIT = re.compile(r"\d")
_REFERENCE = re.compile(r"^\s*\[?\d{1,3}[.\]]\s+[A-Z][a-z]+")  # "12. Smith J, ..." a reference list entry


@dataclass(slots=True)
class Block:
    """A run of lines holding x-aligned value columns, and its header lines."""

    lines: list[Line]
    data: list[Line]
    values: list[tuple[float, float]]  # x extents of the value cells of the data lines
    x0: float
    x1: float
    why: str = ""
    header: list[Line] = field(default_factory=list)
    per_line: list[list[tuple[float, float]]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(line.top for line in [*self.header, *self.lines])

    @property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines)

    @property
    def value_x0(self) -> float:
        return min(v[0] for v in self.values)

    @property
    def value_x1(self) -> float:
        return max(v[1] for v in self.values)


# a lower-case word of running text, its punctuation after it
_WORDY = re.compile(r"[a-z][a-z'’-]+[,.;:]?")


def prose_segment(seg: list[Word], body_size: float, min_width: float, settings: RegionSettings) -> bool:
    """A run of running text: body type, several words, most of them lower-case words."""
    if abs(seg[0].size - body_size) > settings.prose_size_tolerance_em * body_size + 0.05 or (
        len(seg) < settings.prose_min_words or seg[-1].x1 - seg[0].x0 < min_width
    ):
        return False
    wordy = sum(1 for w in seg if _WORDY.fullmatch(w.text))
    return wordy >= settings.prose_wordy_share * len(seg)


def _long_text(seg: list[Word], body_size: float, s: RegionSettings) -> bool:
    """A long run of letters with no value in it, in body type: running text whose word spaces the PDF did
    not keep (a long group label in the table's smaller type is not)."""
    if abs(seg[0].size - body_size) > s.prose_size_tolerance_em * body_size + 0.05:
        return False
    text = join_words(seg)
    letters = sum(ch.isalpha() for ch in text)
    return seg[-1].x1 - seg[0].x0 > 14 * body_size and letters >= 0.7 * len(text.replace(" ", ""))


@dataclass(slots=True)
class _LineInfo:
    values: list[list[Word]]
    prose: list[tuple[float, float]]  # x extents of the line's running-text segments
    stop: bool


def _line_info(line: Line, body_size: float, s: RegionSettings, stop: bool) -> _LineInfo:
    """A line's value cells (segments holding a number and nothing but value text) and the extents of its
    running text. The first segment of a line is never a value: it is the row label, numeric or not ("0",
    "30–39"), or the first cell of a row whose label is on the line above, which the block's extent covers
    all the same. A long wordy segment with a value right after it is a row label, not running text."""
    segs = split_segments(line.words, s.cell_gap_em)
    values: list[list[Word]] = []
    prose: list[tuple[float, float]] = []
    for k, seg in enumerate(segs):
        text = join_words(seg)
        if k > 0 and value_like(text) and _DIGIT.search(text) and not re.match(r"^[nN]\s*[=¼5]", text):
            values.append(seg)
        elif prose_segment(seg, body_size, 6 * body_size, s) or _long_text(seg, body_size, s):
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            if nxt is not None and value_like(join_words(nxt)) and _DIGIT.search(join_words(nxt)):
                continue  # a long row label with its values beside it
            prose.append((seg[0].x0, seg[-1].x1))
    if _REFERENCE.match(line.text):
        values, prose = [], [(line.x0, line.x1)]
    return _LineInfo(values, prose, stop)


def _heading_rows(
    lines: list[Line], info: list[_LineInfo], body_size: float, s: RegionSettings, gutter: tuple[float, float] | None
) -> set[int]:
    """The lines that read as running text but are heading rows of a table (their prose extents are cleared): a
    line of words and no value cells, right under a value row of the block and right over another whose value
    cells sit under the same columns (or right under the column heads, whose words sit over the value cells of
    the row under it), the gaps over and under it no wider than the block's own row gap plus
    ``heading_row_gap_em``, and no justified line of the page's text column (prose that does not sit between
    value rows of one block stays prose)."""
    edges = _text_edges(lines) if lines else (0.0, 0.0)
    out: set[int] = set()
    for i in range(1, len(lines) - 1):
        li, prev, nxt = info[i], info[i - 1], info[i + 1]
        if not li.prose or li.values or li.stop or prev.stop or nxt.stop or not nxt.values or prev.prose:
            continue
        line, above, below = lines[i], lines[i - 1], lines[i + 1]
        below_values = [(seg[0].x0, seg[-1].x1) for seg in nxt.values]
        if prev.values:
            above_values = [(seg[0].x0, seg[-1].x1) for seg in prev.values]
            if not any(_overlaps(a, b) for a in above_values for b in below_values):
                continue
        elif not any(_overlaps((w.x0, w.x1), b) for w in above.words for b in below_values):
            continue  # not under the column heads
        size = line.size
        row_gap = below.top - line.bottom
        if i + 2 < len(lines) and info[i + 2].values and not info[i + 2].stop:
            row_gap = min(row_gap, lines[i + 2].top - below.bottom)
        slack = s.heading_row_gap_em * size
        if line.top - above.bottom > row_gap + slack or below.top - line.bottom > row_gap + slack:
            continue
        segs = split_segments(line.words, s.caption_gap_em)
        if gutter is not None:
            if any(justified(seg, gutter, edges, body_size, s) for seg in segs):
                continue
        elif line.x0 <= edges[0] + s.column_indent_em * size and line.x1 >= edges[1] - s.justified_edge_em * size:
            continue  # a full line of the page's one text column
        out.add(i)
    for i in out:
        info[i].prose = []
    return out


def _overlaps(a: tuple[float, float], b: tuple[float, float], slack: float = 0.0) -> bool:
    return a[0] < b[1] + slack and b[0] < a[1] + slack


def find_blocks(
    lines: list[Line],
    body_size: float,
    settings: RegionSettings | None = None,
    stop: set[int] | None = None,
    gutter: tuple[float, float] | None = None,
    stop_words: set[int] | None = None,
) -> list[Block]:
    """Blocks of aligned value columns among a frame's lines (top to bottom). Lines whose index is in
    ``stop`` (captions, figure labels) are never part of a block and end the blocks they touch; running
    text ends the blocks it sits under, and only those (the other text column goes on). On a two-column
    page (``gutter``), a block whose values all sit in the right column starts at the gutter, and a table
    one text column wide is read apart from the other column: a line that merged a justified prose line
    (or a caption: ``stop_words`` are its words) of one column with the table row beside it is cut at the
    gutter, and so are all lines of a block that crosses the gutter among the other column's prose."""
    s = RegionSettings.resolve(settings)
    given: set[int] = stop or set()
    if gutter is None:
        return _find(lines, body_size, s, given, gutter)
    edges = _text_edges(lines)
    seconds: set[int] = set()  # the right-hand parts of cut lines (ids)
    lines, stop = _split_lines(
        lines,
        given,
        gutter,
        lambda i, line: _beside_column_text(line, i in given, gutter, edges, body_size, s, stop_words),
        stop_words,
        seconds,
    )
    blocks = _find(lines, body_size, s, stop, gutter, seconds)
    bands: list[tuple[float, float]] = []
    two: list[bool] = []
    for b in blocks:
        if _two_columns(b, gutter, body_size, s):
            band = column_band(b, gutter, body_size, s)
            bands.append(band)
            two.append(band != (b.top, b.bottom))  # trimmed: a table across the page over or under them
        elif _beside_prose(b, lines, gutter, edges, body_size, s):
            bands.append((b.top, b.bottom))
            two.append(False)
    if not bands:
        return blocks
    # tables side by side in the two text columns, or a column table beside the other column's prose, their
    # rows on shared baselines: read each column apart
    lines, stop = _split_lines(
        lines,
        stop,
        gutter,
        lambda _, line: any(top - 0.5 <= line.top and line.bottom <= bottom + 0.5 for top, bottom in bands),
        stop_words,
        seconds,
    )
    # a table set across the page over or under the column tables is a block of its own
    walls = sorted({edge for trimmed, band in zip(two, bands, strict=True) if trimmed for edge in band})
    return _find(lines, body_size, s, stop, gutter, seconds, walls)


def _split_lines(
    lines: list[Line],
    stop: set[int],
    gutter: tuple[float, float],
    wanted: Callable[[int, Line], bool],
    stop_words: set[int] | None,
    seconds: set[int],
) -> tuple[list[Line], set[int]]:
    """The lines with those ``wanted`` cut at the gutter, and the stop indices carried over: a part of a cut
    stop line stays a stop line when it holds a stop word (or when no stop words are known). The ids of
    the right-hand parts are added to ``seconds``."""
    out: list[Line] = []
    out_stop: set[int] = set()
    cut: list[int] = []
    for i, line in enumerate(lines):
        caption = i in stop and _caption_beside(line, gutter, stop_words)
        parts = _split_at(line, gutter, caption) if wanted(i, line) else [line]
        for part in parts:
            if i in stop and (len(parts) == 1 or stop_words is None or any(id(w) in stop_words for w in part.words)):
                out_stop.add(len(out))
            if len(parts) > 1:
                cut.append(len(out))
                if part is not parts[0]:
                    seconds.add(id(part))
            out.append(part)
    moved = _rehome_scripts(out, cut)
    moved |= _rejoin_parts(out, cut, out_stop, gutter, moved)
    if not moved:
        return out, out_stop
    kept = [k for k in range(len(out)) if k not in moved]
    at = {k: n for n, k in enumerate(kept)}
    return [out[k] for k in kept], {at[k] for k in out_stop if k in at}


def _rejoin_parts(
    lines: list[Line], candidates: list[int], stop: set[int], gutter: tuple[float, float], moved: set[int]
) -> set[int]:
    """A line of one text column that the layout banded apart from its own row because the other column's line,
    a point or two higher or lower, opened the band the row's first words joined ("AA patients n=" banded with
    the right column's "(CR + PR +", its "12 15 12" a line of its own): once the line is cut at the gutter, a line
    wholly on the part's side, on its baseline, that bands with the part alone (``words_to_lines`` makes one line
    of the two) is that part's row. The indices of the lines joined into a part."""
    middle = (gutter[0] + gutter[1]) / 2
    joined: set[int] = set()
    for k in candidates:
        if k in moved or k in joined:
            continue
        part = lines[k]
        left = part.x1 <= middle
        for j in range(max(0, k - 3), min(len(lines), k + 4)):
            other = lines[j]
            if j == k or j in candidates or j in moved or j in joined or j in stop or not other.words:
                continue
            if (other.x1 <= middle) != left or (other.x0 >= middle) == left:
                continue  # not wholly on the part's side of the gutter
            if abs(other.size - part.size) > 0.1 * part.size or abs(other.top - part.top) >= 0.5 * part.size:
                continue
            if len(words_to_lines([*part.words, *other.words])) != 1:
                continue
            part.words.extend(other.words)
            part.words.sort(key=lambda w: w.x0)
            part.touch()
            joined.add(j)
    return joined


def _rehome_scripts(lines: list[Line], candidates: list[int]) -> set[int]:
    """Parts of cut lines that hold only sub- or superscripts the layout had set on the other column's line
    (their band overlaps it) go to the line of the word they touch ("kg" + "-1"); the indices moved."""
    moved: set[int] = set()
    for k in candidates:
        part = lines[k]
        if len(part.words) > 4:
            continue
        hosts = [touching_line(lines, w, skip=k) for w in part.words]
        if all(h is not None for h in hosts):
            for w, host in zip(part.words, hosts, strict=True):
                assert host is not None
                host.words.append(w)
                host.words.sort(key=lambda x: x.x0)
                host.touch()
            moved.add(k)
    return moved


def _text_edges(lines: list[Line]) -> tuple[float, float]:
    """The left and right edges of the frame's text (a twentieth of the lines may stick out)."""
    x0s = sorted(line.x0 for line in lines)
    x1s = sorted(line.x1 for line in lines)
    return x0s[len(x0s) // 20], x1s[-1 - len(x1s) // 20]


def justified(
    seg: list[Word], gutter: tuple[float, float], edges: tuple[float, float], body_size: float, s: RegionSettings
) -> bool:
    """A prose run set as a line of one text column: it starts at the column's left edge (or a paragraph
    indent in) and ends at its right edge."""
    if not prose_segment(seg, body_size, 6 * body_size, s):
        return False
    g0, g1 = gutter
    middle = (g0 + g1) / 2
    indent, edge = s.column_indent_em * body_size, s.justified_edge_em * body_size
    x0, x1 = seg[0].x0, seg[-1].x1
    if x1 <= middle:
        return x0 <= edges[0] + indent and x1 >= g0 - edge
    if x0 >= middle:
        return x0 <= g1 + indent and x1 >= edges[1] - edge
    return False


def _beside_column_text(
    line: Line,
    is_stop: bool,
    gutter: tuple[float, float],
    edges: tuple[float, float],
    body_size: float,
    s: RegionSettings,
    stop_words: set[int] | None,
) -> bool:
    """A line holding words on both sides of the gutter, one side being a justified prose line of its
    column or a caption: the two sides are two columns' lines that only share a baseline."""
    middle = (gutter[0] + gutter[1]) / 2
    if not (line.x0 < middle < line.x1):
        return False
    left = [w for w in line.words if w.x1 <= middle]
    right = [w for w in line.words if w.x0 >= middle]
    if is_stop and _caption_beside(line, gutter, stop_words):
        return True
    if any(_in_gutter(w, gutter) for w in line.words):
        return False
    for side, other in ((left, right), (right, left)):
        if len(side) <= 4 and max(w.size for w in side) <= s.script_size_share * min(w.size for w in other):
            return True  # sub- or superscripts of the other column set on this line: cut, then rehomed
    return any(justified(seg, gutter, edges, body_size, s) for seg in split_segments(line.words, s.caption_gap_em))


def _beside_prose(
    block: Block,
    lines: list[Line],
    gutter: tuple[float, float],
    edges: tuple[float, float],
    body_size: float,
    s: RegionSettings,
) -> bool:
    """A block that crosses the gutter while justified prose lines of one text column run beside its rows:
    a table one column wide that the layout merged with rows or header words of the other column."""
    g0, g1 = gutter
    if not (block.x0 < g0 and block.x1 > g1):
        return False
    beside = 0
    for line in lines:
        if block.top - 0.5 <= line.top and line.bottom <= block.bottom + 0.5:
            segs = split_segments(line.words, s.caption_gap_em)
            beside += any(justified(seg, gutter, edges, body_size, s) for seg in segs)
    return beside >= s.beside_prose_lines


def _caption_beside(line: Line, gutter: tuple[float, float], stop_words: set[int] | None) -> bool:
    """A caption's line on one side of the strip, the other column's words on the other, nothing across the strip's
    middle: two columns' lines on one baseline, however far into the strip the caption runs (a caption as wide as
    its table, wider than its text column)."""
    if stop_words is None:
        return False
    middle = (gutter[0] + gutter[1]) / 2
    sides = ([w for w in line.words if w.x1 <= middle], [w for w in line.words if w.x0 >= middle])
    if len(sides[0]) + len(sides[1]) != len(line.words) or not all(sides):
        return False
    return sum(any(id(w) in stop_words for w in side) for side in sides) == 1


def _split_at(line: Line, gutter: tuple[float, float], caption: bool = False) -> list[Line]:
    """A line cut at the page's gutter, when no word sits in the gutter (or the line is a caption's beside the
    other column's words: ``_caption_beside``)."""
    if not caption and any(_in_gutter(w, gutter) for w in line.words):
        return [line]
    g0, g1 = gutter
    middle = (g0 + g1) / 2
    left = [w for w in line.words if w.x1 <= middle]
    right = [w for w in line.words if w.x0 >= middle]
    return [Line(left), Line(right)] if left and right else [line]


def _header_cells(line: Line, body_size: float, s: RegionSettings) -> bool:
    """A line of three cells or more set in table type (smaller than the body): a header line, however
    wordy its cells ("Arm A: 840/420 mg pertuzumab")."""
    return (
        len(split_segments(line.words, s.cell_gap_em)) >= 3 and line.size < (1 - s.prose_size_tolerance_em) * body_size
    )


def _in_gutter(word: Word, gutter: tuple[float, float]) -> bool:
    """A word reaching into the inner half of the gutter (its measured edges are only as good as the text
    around them: a header word may overhang a column's edge a little)."""
    g0, g1 = gutter
    quarter = (g1 - g0) / 4
    return word.x1 > g0 + quarter and word.x0 < g1 - quarter


def _two_columns(block: Block, gutter: tuple[float, float], body_size: float, s: RegionSettings) -> bool:
    """A block that is two tables side by side, one per text column: it crosses the gutter, no word of its
    lines sits in the gutter, and on several of its lines a row label (text, not a value) starts right of
    the gutter, followed by values."""
    g0, g1 = gutter
    if not (block.x0 < g0 and block.value_x1 > g1):
        return False
    if any(_in_gutter(w, gutter) for line in block.lines for w in line.words):
        # (a right-hand table's group label may stand out into the gutter: its rows say what it is)
        return _offset_columns(block, gutter, body_size, s)
    labelled = 0
    for line in block.data:
        segs = split_segments(line.words, s.cell_gap_em)
        for k in range(1, len(segs) - 1):
            text = join_words(segs[k])
            if segs[k][0].x0 >= g1 - 0.5 * body_size and not value_like(text) and value_like(join_words(segs[k + 1])):
                labelled += 1
                break
    # every data line of the block shows a second table's row right of the gutter (a small block: two tables
    # whose header lines share baselines, their rows offset)
    if labelled >= s.min_block_rows or (len(block.data) >= 2 and labelled == len(block.data)):
        return True
    return _offset_columns(block, gutter, body_size, s)


def _offset_columns(block: Block, gutter: tuple[float, float], body_size: float, s: RegionSettings) -> bool:
    """Two column tables whose rows fall on different baselines (each column's rows at their own pitch, the
    lines interleaved): at least ``min_block_rows`` of the block's data lines stand wholly left of the gutter,
    as many open a row label right of it followed by values, and such one-sided lines are most of the data
    lines. A table set across the page puts each row on both sides of the gutter (its label left of it); no value
    cell of these stands in the gutter."""
    middle = (gutter[0] + gutter[1]) / 2
    if any(gutter[0] < v[1] and v[0] < gutter[1] for v in block.values):
        return False
    left = right = 0
    for line, values in zip(block.data, block.per_line, strict=False):
        if not values:
            continue
        if max(v[1] for v in values) <= middle:
            left += 1  # (a right-column row's label wrapped to this baseline is no value)
        elif min(v[0] for v in values) >= middle and _right_label(
            Line([w for w in line.words if w.x0 >= middle]), gutter, body_size, s
        ):
            right += 1
    return min(left, right) >= s.min_block_rows and 2 * (left + right) > len(block.data)


def _right_label(line: Line, gutter: tuple[float, float], body_size: float, s: RegionSettings) -> bool:
    """A line on which a row label (text, not a value) starts right of the gutter, followed by a value: a row of
    a table set in the right text column."""
    segs = split_segments(line.words, s.cell_gap_em)
    for k in range(len(segs) - 1):
        text = join_words(segs[k])
        right = segs[k][0].x0 >= gutter[1] - 0.5 * body_size
        if right and not value_like(text) and value_like(join_words(segs[k + 1])):
            return True  # (the first segment: the right half of a line cut at the gutter)
    return False


def _across(line: Line, gutter: tuple[float, float], s: RegionSettings) -> bool:
    """A row of a table set across the page: a label left of the gutter, then value cells on both sides of it,
    the first cell right of the gutter a value (a right-column table's row opens with its label there)."""
    middle = (gutter[0] + gutter[1]) / 2
    segs = split_segments(line.words, s.cell_gap_em)
    if len(segs) < 3 or value_like(join_words(segs[0])) or segs[0][-1].x1 > middle:
        return False
    left = [sg for sg in segs[1:] if sg[-1].x1 <= middle]
    right = [sg for sg in segs if sg[0].x0 >= middle]
    return (
        bool(left and right)
        and all(value_like(join_words(sg)) for sg in left)
        and value_like(join_words(right[0]))
        and len(left) + len(right) == len(segs) - 1
    )


def across_table(block: Block, gutter: tuple[float, float], body_size: float, s: RegionSettings) -> bool:
    """A block that is a table set across the page: it crosses the gutter, at least ``min_block_rows`` of its rows
    have a label left of it and value cells on both sides of it, and no row opens a label right of it (two column
    tables' rows do)."""
    if not (block.x0 < gutter[0] and block.x1 > gutter[1]):
        return False
    if any(_right_label(line, gutter, body_size, s) for line in block.data):
        return False
    return sum(_across(line, gutter, s) for line in block.data) >= s.min_block_rows


def column_band(block: Block, gutter: tuple[float, float], body_size: float, s: RegionSettings) -> tuple[float, float]:
    """The band of a two-column block (``_two_columns``) that holds the two column tables: from the last row of a
    table set across the page over them (its value cells on both sides of the gutter, no label right of it; at
    least ``min_block_rows`` such rows open the block, ``full_width_gap_em`` over the first column-table row) to the
    first such row under them. A full-width table over (or under) two column tables chains with them into one
    block; its rows are not the column tables' and are not cut at the gutter."""
    data = block.data
    labelled = [k for k, line in enumerate(data) if _right_label(line, gutter, body_size, s)]
    if not labelled:
        return block.top, block.bottom
    top, bottom = block.top, block.bottom
    # the rows across the page: a run of them opening (closing) the block, set apart from the column tables' rows
    n = 0
    while n < labelled[0] and _across(data[n], gutter, s):
        n += 1
    first = data[labelled[0]]
    if n >= s.min_block_rows and first.top - data[n - 1].bottom >= s.full_width_gap_em * first.size:
        top = data[n - 1].bottom + 0.5
    m = 0
    while m < len(data) - 1 - labelled[-1] and _across(data[-1 - m], gutter, s):
        m += 1
    last = data[labelled[-1]]
    if m >= s.min_block_rows and data[-m].top - last.bottom >= s.full_width_gap_em * last.size:
        bottom = data[-m].top - 0.5
    return top, bottom


def _find(
    lines: list[Line],
    body_size: float,
    s: RegionSettings,
    stop: set[int],
    gutter: tuple[float, float] | None,
    seconds: frozenset[int] | set[int] = frozenset(),
    walls: list[float] | None = None,
) -> list[Block]:
    """The blocks of aligned value columns among the lines; no block runs across a height in ``walls`` (where two
    column tables start or end under or over a table set across the page)."""
    info = [_line_info(line, body_size, s, i in stop) for i, line in enumerate(lines)]
    headings = _heading_rows(lines, info, body_size, s, gutter)
    open_blocks: list[Block] = []
    done: list[Block] = []
    for i, line in enumerate(lines):
        li = info[i]
        if walls:
            walled = [b for b in open_blocks if any(b.bottom <= w <= line.top for w in walls)]
            done.extend(walled)
            open_blocks = [b for b in open_blocks if b not in walled]
        ends = [(line.x0, line.x1)] if li.stop else li.prose
        if ends:
            keep = []
            for block in open_blocks:
                span = (block.value_x0, block.value_x1)  # a wordy group label left of the values goes on
                if li.stop:  # a caption under the labels ends the block too (a caption set below its table)
                    span = (min(block.x0, block.value_x0), block.value_x1)
                if any(_overlaps(e, span) for e in ends) and line.top > block.bottom - 1:
                    done.append(block)
                else:
                    keep.append(block)
            open_blocks = keep
        if li.stop or not li.values:
            continue
        extents = [(seg[0].x0, seg[-1].x1) for seg in li.values]
        size = line.size
        home = None
        for block in open_blocks:
            if line.top - block.bottom > s.max_row_gap_em * size:
                continue
            if any(_overlaps(e, v, 0.5 * size) for e in extents for v in block.values):
                home = block
                break
        if home is None:
            home = next((b for b in open_blocks if _sparse_column_row(line, extents, b, s)), None)
        if home is None:
            left = [w for w in line.words if w.x1 <= extents[0][0] - 0.5]
            x0 = left[-1].x0 if left else extents[0][0]
            open_blocks.append(Block([line], [line], list(extents), x0, extents[-1][1], per_line=[extents]))
        else:
            home.lines.append(line)
            home.data.append(line)
            home.values.extend(extents)
            home.per_line.append(extents)
        keep = []
        for block in open_blocks:
            if line.top - block.bottom > s.max_row_gap_em * size:
                done.append(block)
            else:
                keep.append(block)
        open_blocks = keep
    done.extend(open_blocks)
    out = [b for b in done if _is_table(b, s)]
    for block in out:
        _complete(block, lines, info, body_size, s, gutter, seconds, headings, walls or [])
    out.sort(key=lambda b: (b.top, b.x0))
    return out


def _sparse_column_row(line: Line, extents: list[tuple[float, float]], block: Block, s: RegionSettings) -> bool:
    """A row of ``block`` whose only values stand in a column right of the block's, printed on a few rows alone (a
    "P for interaction" beside a subgroup's label row): the line opens with a label where the block's rows open
    theirs, within the block's run of rows, and every value of it lies right of the block's values."""
    size = line.size
    if line.top - block.bottom > s.max_row_gap_em * size or extents[0][0] <= block.value_x1:
        return False
    first = line.words[0]
    if value_like(first.text) or first.x1 > block.value_x0:
        return False
    # one label, then numbers alone ("0.76", "<0.001"): not the words of another label or of another table's row
    segs = split_segments(line.words, s.cell_gap_em)
    if any(re.search(r"[^\W\d_]", w.text) for seg in segs[1:] for w in seg):
        return False
    return any(abs(first.x0 - other.words[0].x0) <= s.cell_gap_em * size for other in block.lines)


_OPEN_CELL = re.compile(r"(?:[–—\-,;(]|\bto)$")


def _wrapped_tail(above: Line, line: Line, value_x0: float, s: RegionSettings) -> bool:
    """``line``, right under ``above`` (within ``wrapped_tail_gap_em``), holds only the wrapped ends of cells
    ``above`` left open (an unclosed bracket, a trailing "to", dash or comma: "−3.7 (−8.1 to" over "0.7)"), and
    perhaps the wrapped end of its label left of the values: a part of ``above``'s row, not a line of its own."""
    if line.top - above.bottom > s.wrapped_tail_gap_em * line.size:
        return False
    cells = split_segments(above.words, s.cell_gap_em)
    closed = 0
    for seg in split_segments(line.words, s.cell_gap_em):
        if seg[-1].x1 <= value_x0 + 0.5:
            continue  # the label's wrapped end
        x0, x1 = seg[0].x0, seg[-1].x1
        over = [c for c in cells if _overlaps((c[0].x0, c[-1].x1), (x0, x1))]
        text = " ".join(w.text for c in over for w in c)
        if len(over) != 1 or not (text.count("(") > text.count(")") or _OPEN_CELL.search(text)):
            return False
        closed += 1
    return closed > 0


def _wrapped_head(
    line: Line,
    below: Line,
    value_x0: float,
    gutter: tuple[float, float] | None,
    body_size: float,
    s: RegionSettings,
    lines: list[Line],
) -> bool:
    """``line``, right over the block's top header line ``below``, is the table's top header line when ``below``
    holds only the wrapped ends of heads ``line`` left open ("Dapreltib (n = | Control (n =" over "96), n (%) |
    94), n (%)"): heads set in the text's own type whose cell gap is narrow read as one long run of text, but
    running text does not leave its brackets to be closed cell by cell under it. A justified line of a text
    column stays prose."""
    if gutter is not None:
        edges = _text_edges(lines)
        if any(justified(seg, gutter, edges, body_size, s) for seg in split_segments(line.words, s.caption_gap_em)):
            return False
    return _wrapped_tail(line, below, value_x0, s)


def _value_columns(values: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The x extents of a block's value columns: its value cells merged where they overlap."""
    columns: list[list[float]] = []
    for x0, x1 in sorted(values):
        if columns and x0 < columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(c[0], c[1]) for c in columns]


def _aligned_head(line: Line, columns: list[tuple[float, float]], value_x0: float, s: RegionSettings) -> bool:
    """``line``, read as running text (its heads set in the body's own type stand closer than a cell gap, or one
    head is longer than a line of text is wide: "Placebo + MTX  Sarilumab 150 mg + MTX  Sarilumab 200 mg + MTX",
    "Parameter  Immediate treatment, n = 142  Placebo, n = 71"), is the block's column-head line: cut at gaps
    wider than ``head_cell_gap_em`` and at least ``head_gap_ratio`` times its widest word space, it gives two
    cells or more over the value columns, each over columns no other cell is over, none in the gutter between
    two columns. Running text has even word spaces: it gives one run, or runs that cross the columns."""
    words = line.words
    cut = s.head_cell_gap_em * line.size
    gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
    cuts = [g for g in gaps if g > cut]
    spaces = [g for g in gaps if g <= cut]
    if not cuts or (spaces and min(cuts) < s.head_gap_ratio * max(spaces)):
        return False
    over = [sg for sg in split_segments(words, s.head_cell_gap_em) if sg[-1].x1 > value_x0 + 0.5]
    if len(over) < 2:
        return False
    owned: set[int] = set()
    for seg in over:
        hit = {k for k, c in enumerate(columns) if _overlaps((seg[0].x0, seg[-1].x1), c)}
        if not hit or hit & owned:
            return False
        owned |= hit
    return True


def _wrapped_label(above: Line, line: Line, label_x0: float, value_x0: float, s: RegionSettings) -> bool:
    """``line``, right under ``above`` (within ``wrapped_tail_gap_em``) in the rows' own type, holds only words
    left of the value columns, starting at the last row's label or deeper (a hanging indent), and runs on in
    lower case ("Previous myocardial infarction or coronary" over "revascularisation procedure ..."): the
    last row's label wrapped, not a note under the table."""
    if line.top - above.bottom > s.wrapped_tail_gap_em * line.size or line.size < s.script_size_share * above.size:
        return False
    if line.words[-1].x1 > value_x0 + 0.5 or line.words[0].x0 < label_x0 - 0.5:
        return False
    if _FORM_BRACKET.match(line.text.strip()):
        return True  # "(SD)", "(95% CI)": the form the wrapped label states, not a note (a note is a sentence)
    first = line.words[0].text
    # a footnote's letter ("a Available for ...") is no running word
    return len(first) > 1 and first[:2].isalpha() and first[:1].islower()


# a bracket stating a cell's form, alone on a line: the end of a row label wrapped after its statistic's name
_FORM_BRACKET = re.compile(
    r"^[(\[]\s*(?:%|n|no\.|sd|se|sem|iqr|range|cv\s*%?|(?:80|90|95|99)\s*%\s*(?:ci|cri)|q1\s*[,;–-]\s*q3|"
    r"min\s*[,;–-]\s*max)\s*[)\]]$",
    re.IGNORECASE,
)


def _stub_starts(
    lines: list[Line],
    info: list[_LineInfo],
    first: int,
    last: int,
    x0: float,
    gutter: tuple[float, float] | None,
    s: RegionSettings,
) -> list[float]:
    """Where a stub column set apart from label-less value lines starts: a table whose row labels stand on lines of
    their own, each over its values ("Cmax (ng/mL)" over "188 (34) | 305 (29)"), has for its data lines' first
    cells the first value column, which a line's first cell is taken for (its label). The label-only lines between
    the data lines, wholly left of that cell, are the stub when two or more of them start at one x (a column, not
    a stray line); a line the other side of the page's gutter from the first cells lends nothing."""
    middle = (gutter[0] + gutter[1]) / 2 if gutter is not None else None
    starts = [
        lines[i].x0
        for i in range(first + 1, last)
        if not info[i].stop
        and not info[i].prose
        and not info[i].values
        and lines[i].x1 < x0 - s.cell_gap_em * lines[i].size
        and not (middle is not None and x0 >= middle and lines[i].x0 < middle)
    ]
    if len(starts) < 2:
        return []
    tolerance = s.cell_gap_em * min(line.size for line in lines[first : last + 1])
    left = min(starts)
    return [left] if sum(1 for x in starts if x - left <= tolerance) >= 2 else []


def _is_table(block: Block, s: RegionSettings) -> bool:
    """Enough data lines, and a value column shared by most of them."""
    if len(block.data) < s.min_block_rows:
        return False
    best = 0
    for v in block.values:
        hits = sum(1 for line_v in block.per_line if any(_overlaps(v, e) for e in line_v))
        best = max(best, hits)
    return best >= max(s.min_block_rows, int(0.6 * len(block.data)))


def _complete(
    block: Block,
    lines: list[Line],
    info: list[_LineInfo],
    body_size: float,
    s: RegionSettings,
    gutter: tuple[float, float] | None = None,
    seconds: frozenset[int] | set[int] = frozenset(),
    headings: frozenset[int] | set[int] = frozenset(),
    walls: list[float] | None = None,
) -> None:
    """The block's label extent, its lines cut to that extent (the other text column stays out), the
    label-only lines between its data lines, and its header lines. The labels of a block whose values are
    all right of the page's gutter are right of it too: a line the layout merged across both text columns
    lends it nothing from the left one."""
    index = {id(line): i for i, line in enumerate(lines)}
    first = index[id(block.data[0])]
    last = index[id(block.data[-1])]
    vx0, vx1 = block.value_x0, block.value_x1
    x0 = vx0
    starts: list[float] = []
    for line in block.data:
        before = [sg for sg in split_segments(line.words, s.cell_gap_em) if sg[-1].x1 <= vx0 + 0.5]
        if before:
            label = (before[-1][0].x0, before[-1][-1].x1)
            starts.append(label[0])
            if not any(_overlaps(label, p) for p in info[index[id(line)]].prose):
                x0 = min(x0, label[0])
    edge = gutter[1] - 0.5 * body_size if gutter is not None else None
    if gutter is not None and edge is not None and vx0 >= edge and starts and sorted(starts)[len(starts) // 2] >= edge:
        x0 = max(x0, (gutter[0] + gutter[1]) / 2)  # most row labels start right of the gutter: the right column

    # a block of the right text column: a left-column line overhanging the gutter (a long URL) is not its
    middle = (gutter[0] + gutter[1]) / 2 if gutter is not None else None
    right_column = middle is not None and x0 >= middle - 0.5

    def crop(i: int) -> Line | None:
        segs = split_segments(lines[i].words, s.cell_gap_em)
        if right_column and middle is not None:
            segs = [sg for sg in segs if sg[0].x0 >= middle]
        keep = [w for sg in segs if _overlaps((sg[0].x0, sg[-1].x1), (x0 - 0.5, vx1 + 0.5)) for w in sg]
        if not keep or any(_overlaps((vx0, vx1), p) for p in info[i].prose):
            return None
        return Line(keep)

    # the label column reaches as far left as the label lines kept between the data lines start ("control
    # rate" under "Tumor"), so a short wrapped line there ("SD)") is kept too
    starts_between = [
        cut.x0
        for i in range(first, last + 1)
        if not info[i].stop and not info[i].prose and (cut := crop(i)) is not None
    ]
    x0 = min([x0, *starts_between, *_stub_starts(lines, info, first, last, x0, gutter, s)])

    data_ids = {id(line) for line in block.data}
    dropped: set[tuple[float, float]] = set()
    members: list[Line] = []
    data: list[Line] = []
    for i in range(first, last + 1):
        if info[i].stop:
            continue
        cut = crop(i)
        if cut is None:
            continue
        members.append(cut)
        if id(lines[i]) in data_ids:
            data.append(cut)
            if len(cut.words) != len(lines[i].words):  # cut off the other column: its values are its own
                recut = {id(w) for w in cut.words}
                old = {(seg[0].x0, seg[-1].x1) for seg in info[i].values}
                own = {(seg[0].x0, seg[-1].x1) for seg in info[i].values if all(id(w) in recut for w in seg)}
                dropped.update(old - own)
                first_seg = split_segments(cut.words, s.cell_gap_em)[0]
                extent = (first_seg[0].x0, first_seg[-1].x1)
                # the cut line's first cell is its label, unless other rows hold values in its place (a row of
                # values alone, its label wrapped on the lines under it)
                if not any(
                    _overlaps(extent, (seg[0].x0, seg[-1].x1))
                    for j in range(first, last + 1)
                    if j != i and id(lines[j]) in data_ids
                    for seg in info[j].values
                ):
                    dropped.add(extent)
    label_x0: float | None = None
    for i in range(last + 1, len(lines)):
        if info[i].stop:
            break
        cut = crop(i)
        if cut is not None and members and not info[i].prose and _wrapped_tail(members[-1], cut, vx0, s):
            members.append(cut)  # the wrapped end of the last row: its cells close the cells the row left open
            continue
        if label_x0 is None and members:
            row_label = [sg for sg in split_segments(members[-1].words, s.cell_gap_em) if sg[-1].x1 <= vx0 + 0.5]
            label_x0 = row_label[0][0].x0 if row_label else None
        if cut is None or label_x0 is None or not _wrapped_label(members[-1], cut, label_x0, vx0, s):
            break
        members.append(cut)  # the last row's label wrapped under it (at its indent or hanging deeper)
    header: list[Line] = []
    edge = lines[first].top
    # the block's heads stay under the table set across the page over it
    wall = max((w for w in walls or [] if w <= edge), default=None)
    looked = 0
    kept_values = [v for v in block.values if v not in dropped] or block.values
    for i in range(first - 1, -1, -1):
        line = lines[i]
        if id(line) not in seconds:  # the two halves of a line cut at the gutter count as one line
            looked += 1
            if looked > 6:
                break
        if _header_cells(line, body_size, s):
            info[i].prose = []  # three cells or more in table type ("n (%) | Arm A: 840/420 mg pertuzumab | ...")
        if not info[i].stop and any(_overlaps(p, (vx0, vx1)) for p in info[i].prose):
            kept_prose, info[i].prose = info[i].prose, []
            top = crop(i)
            if top is None or not (
                (header and _wrapped_head(top, header[0], vx0, gutter, body_size, s, lines))
                or _aligned_head(top, _value_columns(kept_values), vx0, s)
            ):
                info[i].prose = kept_prose
        if info[i].stop or any(_overlaps(p, (vx0, vx1)) for p in info[i].prose):
            break
        if wall is not None and line.top < wall:
            break
        cut = crop(i)
        if cut is None:
            continue
        if edge - cut.bottom > 2.0 * cut.size:
            break
        if cut.x1 < vx0 or (i in headings and not header):  # a group row (a heading row across the values too)
            if header:
                break
            members.insert(0, cut)
            edge = cut.top
            continue
        header.insert(0, cut)
        edge = cut.top
    kept_values = [v for v in block.values if v not in dropped]
    if dropped and kept_values:
        block.values = kept_values
        block.per_line = [[v for v in line_v if v not in dropped] for line_v in block.per_line]
    block.lines = members
    block.data = data
    block.header = header
    block.x0 = min([x0, *(ln.x0 for ln in header)])
    block.x1 = max([vx1, *(ln.x1 for ln in header)])
    block.why = (
        f"{len(block.data)} data lines with value cells aligned in x"
        f" ({len(header)} header line{'s' if len(header) != 1 else ''} above)"
    )
