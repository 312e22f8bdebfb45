"""Words into text lines and lines into segments: the geometry every later stage reads.

A *line* is the words that share a baseline band (superscripts and subscripts join the line they belong to).
A *segment* is a run of words in a line with no gap wider than a given share of the font size: a cell, a
caption, a stretch of prose.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, groupby

from extractors.geometry import DEFAULT_PROSE, DEFAULT_REGION, ProseSettings
from schemas.document import Frame, Word


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right.

    Its geometry (size, top, bottom, main words, bold, text) is computed once, on first use: a line is not
    changed after :func:`words_to_lines` built it (code that builds one word by word calls :meth:`touch`).
    """

    words: list[Word] = field(default_factory=list)
    _size: float | None = field(default=None, init=False, repr=False, compare=False)
    _main: list[Word] | None = field(default=None, init=False, repr=False, compare=False)
    _top: float | None = field(default=None, init=False, repr=False, compare=False)
    _bottom: float | None = field(default=None, init=False, repr=False, compare=False)
    _text: str | None = field(default=None, init=False, repr=False, compare=False)

    def touch(self) -> None:
        """Forget the computed geometry after the words changed."""
        self._size = self._main = self._top = self._bottom = self._text = None

    @property
    def top(self) -> float:
        if self._top is None:
            self._top = min(w.top for w in self.main_words)
        return self._top

    @property
    def bottom(self) -> float:
        if self._bottom is None:
            self._bottom = max(w.bottom for w in self.main_words)
        return self._bottom

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def size(self) -> float:
        """The dominant font size of the line, by characters (the first seen wins a tie)."""
        if self._size is None:
            counts: dict[float, int] = {}
            for w in self.words:
                counts[w.size] = counts.get(w.size, 0) + len(w.text)
            self._size = max(counts, key=counts.__getitem__)
        return self._size

    @property
    def main_words(self) -> list[Word]:
        """Words at the line's own size: not its superscripts or subscripts."""
        if self._main is None:
            size = self.size
            main = [w for w in self.words if w.size >= size * 0.85]
            self._main = main or self.words
        return self._main

    @property
    def bold(self) -> bool:
        main = self.main_words
        return sum(len(w.text) for w in main if w.bold) > 0.6 * sum(len(w.text) for w in main)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = join_words(self.words)
        return self._text

    def segments(self, gap_em: float = 0.9) -> list[list[Word]]:
        return split_segments(self.words, gap_em)


@dataclass(slots=True)
class PageLayout:
    """A frame's text lines, top to bottom, computed once per frame (see :func:`frame_layout`)."""

    lines: list[Line]
    line_of: dict[int, int]  # id(word) -> index of its line in ``lines``

    def lines_of(self, words: Sequence[Word]) -> list[Line]:
        """The lines of some of the frame's words (a crop, in frame order), as :func:`words_to_lines` builds
        them. When the words are whole lines of the frame, those lines are the answer (grouping whole lines
        on their own reproduces them exactly); otherwise the lines are built from the words."""
        counts: dict[int, int] = {}
        line_of = self.line_of
        for w in words:
            index = line_of.get(id(w))
            if index is None:
                return words_to_lines(words)
            counts[index] = counts.get(index, 0) + 1
        lines = self.lines
        if any(len(lines[i].words) != n for i, n in counts.items()):
            return words_to_lines(words)
        return [lines[i] for i in sorted(counts)]


def frame_layout(frame: Frame) -> PageLayout:
    """The frame's layout, computed on first use and kept with the frame."""
    cached = frame.derived.get("layout")
    if isinstance(cached, PageLayout):
        return cached
    lines = words_to_lines(frame.words)
    layout = PageLayout(lines, {id(w): i for i, line in enumerate(lines) for w in line.words})
    frame.derived["layout"] = layout
    return layout


def frame_lines(frame: Frame) -> list[Line]:
    """The frame's text lines, top to bottom (computed once per frame; a new list each call)."""
    return list(frame_layout(frame).lines)


def join_words(words: Sequence[Word]) -> str:
    """The words' text, with a space where the print has one and none before a raised footnote mark."""
    out: list[str] = []
    prev: Word | None = None
    for w in words:
        if prev is not None:
            gap = w.x0 - prev.x1
            out.append(" " if gap > 0.08 * max(min(prev.size, w.size), 1.0) else "")
        out.append(w.text)
        prev = w
    return "".join(out)


# the second words of English compounds a line end may break at the hyphen ("treatment-emergent", "drug-related",
# "progression-free", "dose-limiting", "treatment-naive"): general English, not any one paper's words
_COMPOUND_TAIL = re.compile(
    r"(?:related|emergent|free|limiting|based|naive|naïve|specific|associated|induced|dependent|positive|negative|"
    r"refractory|resistant|sensitive|controlled|blinded|matched|adjusted|treated|risk|term|line|label|up)\b"
)


def text_of(words: Sequence[Word]) -> str:
    """The text of words that may span several printed lines (a wrapped label or cell): line by line, left
    to right; sub- and superscripts stay on the line they touch; a hyphen at a line end closes up."""
    if not words:
        return ""
    parts = [join_words(line.words) for line in words_to_lines(words)]
    text = parts[0]
    for part in parts[1:]:
        if text.endswith(("-", "‐")) and not text.endswith((" -", " ‐")):
            # "treat-" + "ment" closes up; "ch14.18-" + "UTC" keeps its hyphen, and so does a compound whose
            # second part is a word English compounds with ("treatment-" + "emergent", "dose-" + "limiting")
            closes = text[-2:-1].islower() and part[:1].islower() and not _COMPOUND_TAIL.match(part)
            text = text[:-1] + part if closes else text + part
        else:
            text = f"{text} {part}"
    return text


def split_segments(words: Sequence[Word], gap_em: float) -> list[list[Word]]:
    """Cut a line's words wherever the gap is wider than ``gap_em`` of the font size, or where the type
    size jumps (a small-type table beside body prose) across a gap of more than a third of an em."""
    segments: list[list[Word]] = []
    for w in words:
        if segments:
            prev = segments[-1][-1]
            gap = w.x0 - prev.x1
            size = max(prev.size, w.size)
            jump = abs(prev.size - w.size) > 1.2 and gap > 0.35 * size and min(prev.size, w.size) > 0.75 * size
            if gap <= gap_em * size and not jump:
                segments[-1].append(w)
                continue
        segments.append([w])
    return segments


def words_to_lines(words: Iterable[Word]) -> list[Line]:
    """Group words into lines by vertical overlap with each line's main band, top to bottom.

    Small words (sub- and superscripts) that land on no line of their own size join the line of the word
    they touch on the left, so "C" + "max" printed a few points lower still reads "Cmax".
    """
    ordered = sorted(words, key=lambda w: (-w.size, w.top))  # big words first: they define the bands
    bands = _Bands()
    lines: list[Line] = []
    for w in ordered:
        home = bands.best(w.top, w.bottom)
        if home is not None:
            lines[home].words.append(w)
        else:
            bands.add(w.top, w.bottom)
            lines.append(Line([w]))
    lines = _attach_small(_attach_small(lines))  # again: a superscript after a subscript goes where it went
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        line.touch()
    lines.sort(key=lambda ln: ln.top)
    return lines


class _Bands:
    """The vertical bands of the lines found so far, in the order they were opened, searchable by top."""

    __slots__ = ("bands", "order", "tallest", "tops")

    def __init__(self) -> None:
        self.bands: list[tuple[float, float]] = []  # (top, bottom) by opening order
        self.tops: list[float] = []  # band tops, sorted
        self.order: list[int] = []  # band index for each entry of ``tops``
        self.tallest = 0.0

    def add(self, top: float, bottom: float) -> None:
        at = bisect_right(self.tops, top)
        self.tops.insert(at, top)
        self.order.insert(at, len(self.bands))
        self.bands.append((top, bottom))
        self.tallest = max(self.tallest, bottom - top)

    def best(self, top: float, bottom: float) -> int | None:
        """The band a word of this vertical extent belongs to: for a word of the band's own height its
        centre must sit near the band's centre (so a value centred between two label lines does not glue
        them together); a smaller word (a sub- or superscript) needs only to overlap the band well. The
        earliest opened band wins a tie."""
        lo = bisect_left(self.tops, top - self.tallest - 1e-6)
        hi = bisect_right(self.tops, bottom)
        home, best = None, 0.0
        height = bottom - top
        centre = (top + bottom) / 2
        for i in sorted(self.order[lo:hi]):
            btop, bbottom = self.bands[i]
            if bbottom < top or btop > bottom:
                continue
            bheight = bbottom - btop
            if height >= 0.8 * bheight:
                off = abs(centre - (btop + bbottom) / 2)
                share = 1.0 - off / max(bheight, 0.1) if off <= 0.3 * bheight else 0.0
            else:
                overlap = min(bbottom, bottom) - max(btop, top)
                share = overlap / max(min(bheight, height), 0.1)
            if share > best:
                best, home = share, i
        return home if best >= 0.45 else None


def _attach_small(lines: list[Line]) -> list[Line]:
    """Move sub- and superscripts that formed lines of their own onto the line of the bigger word they touch."""
    if len(lines) < 2:
        return lines
    moved: set[int] = set()
    gap = DEFAULT_REGION.script_word_gap_em
    for i, line in enumerate(lines):
        if len(line.words) > 4:
            continue
        words = sorted(line.words, key=lambda w: w.x0)
        hosts: list[Line | None] = []
        for k, w in enumerate(words):
            host = touching_line(lines, w, skip=i)
            prev = words[k - 1] if k else None
            if host is None and prev is not None and hosts[-1] is not None and w.x0 - prev.x1 <= gap * w.size:
                host = hosts[-1]  # the next word of a script ("F,dose>50" + "mg"; "2" + "CL" of ω²_CL)
            hosts.append(host)
        if all(h is not None for h in hosts):
            line.words = words
            for w, host in zip(line.words, hosts, strict=True):
                assert host is not None
                host.words.append(w)
                host.touch()
            moved.add(i)
    return [line for i, line in enumerate(lines) if i not in moved]


def touching_line(lines: list[Line], w: Word, skip: int) -> Line | None:
    """The line holding a bigger word that ends right where ``w`` begins, within half a line vertically.
    Bigger is the settings' script share: a word under it is script type (a line's main words are the rest),
    so "max" set at 5/6 of "C" and lowered more than a third of its height (a browser's "smaller") is C's."""
    best: Line | None = None
    best_key = (float("inf"), 2.0)
    reach = 0.6 * w.height
    x0, size = w.x0, w.size
    share = DEFAULT_REGION.script_size_share
    for i, line in enumerate(lines):
        if i == skip:
            continue
        if w.top > line.bottom + reach or w.bottom < line.top - reach:
            continue
        for other in line.words:
            dx = x0 - other.x1
            # a word nearly of its host's size is script type too where it is set a quarter of the host's
            # height off its baseline ("m" + "²" set by a browser's "smaller": 9/10 of the type, raised)
            shifted = size < other.size and abs(w.bottom - other.bottom) >= 0.25 * other.height
            # the word it overlaps vertically wins over one it only comes near: the "1" of "(V₁" set just above
            # the next row's label, which ends where "(V" does
            key = (max(other.top - w.bottom, w.top - other.bottom, 0.0), dx)
            # or a script of that line itself, followed by this one ("2" then "CL" of ω²_CL, set one after the other)
            chained = size <= other.size < line.size and size < line.size
            # or a subscript of that line, this word raised well above its baseline: the "²" of "ω_CL²"
            raised = size <= other.size < max(x.size for x in line.words) and size < other.size / share
            raised = raised and other.bottom - w.bottom >= DEFAULT_REGION.script_raise_em * other.height
            if -0.5 <= dx < 2.0 and (size < share * other.size or shifted or chained or raised) and key < best_key:
                best, best_key = line, key
    return best


def column_gutters(
    lines: Sequence[Sequence[Word]], width: float, settings: ProseSettings = DEFAULT_PROSE
) -> list[tuple[float, float]]:
    """The gutters between text columns: vertical strips (x0, x1) that the lines around them do not cross.
    Two justified columns set with a gutter narrower than a word gap's cut-off (NEJM: under one em) are two
    columns all the same: their lines run on both sides of one strip that no word of theirs covers.

    Lines are taken top to bottom in windows of ``2 * gutter_min_lines`` (a full-width abstract above two
    columns crosses the strip, the columns' lines below it do not). In a window, a strip counts when at least
    ``gutter_min_lines`` lines run across its place, at most ``gutter_cross_share`` of them cross it, it is
    ``gutter_min_em`` wide or more (in the lines' median type size) and it lies inside the text, not at its
    margin. The strips of all windows, merged where they overlap."""
    lines = sorted((ln for ln in lines if ln), key=lambda ln: min(w.top for w in ln))
    n = settings.gutter_min_lines
    if len(lines) < n:
        return []
    sizes = sorted(w.size for ln in lines for w in ln)
    em = sizes[len(sizes) // 2]
    left = min(w.x0 for ln in lines for w in ln)
    right = max(w.x1 for ln in lines for w in ln)
    inset = settings.gutter_inset_share * (right - left)
    strips: list[tuple[float, float]] = []
    for start in range(0, max(1, len(lines) - n + 1), max(1, n // 2)):
        window = lines[start : start + 2 * n]
        strips.extend(_open_strips(window, width, left + inset, right - inset, em, settings))
    merged: list[tuple[float, float]] = []
    for x0, x1 in sorted(strips):
        if merged and x0 <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
        else:
            merged.append((x0, x1))
    return merged


def _open_strips(
    lines: Sequence[Sequence[Word]], width: float, lo_x: float, hi_x: float, em: float, settings: ProseSettings
) -> list[tuple[float, float]]:
    step = 0.5
    bins = int(width / step) + 2
    # coverage counts by difference arrays: +1 where a run starts, -1 past where it ends, summed up once
    spans = [0] * (bins + 1)
    covers = [0] * (bins + 1)
    for ln in lines:
        lo, hi = max(0, int(min(w.x0 for w in ln) / step)), min(bins, int(max(w.x1 for w in ln) / step) + 1)
        if lo < hi:
            spans[lo] += 1
            spans[hi] -= 1
        for w in ln:
            a, b = max(0, int(w.x0 / step)), min(bins, int(w.x1 / step) + 1)
            if a < b:
                covers[a] += 1
                covers[b] -= 1
    spanning = list(accumulate(spans))[:bins]
    crossing = list(accumulate(covers))[:bins]
    # only the bins inside the text can be open: lo_x <= i * step <= hi_x (exact, step being a power of two)
    first, last = max(0, math.ceil(lo_x / step)), min(bins - 1, math.floor(hi_x / step))
    min_lines, cross_share = settings.gutter_min_lines, settings.gutter_cross_share
    end = max(first, last + 1)
    inside = zip(spanning[first:end], crossing[first:end], strict=True)
    open_bins = [s >= min_lines and c <= cross_share * s + 1 for s, c in inside]
    # the runs of open bins, each a strip
    strips: list[tuple[float, float]] = []
    i = first
    for is_open, run in groupby(open_bins):
        n = sum(1 for _ in run)
        if is_open:
            x0, x1 = i * step, (i + n) * step
            if x1 - x0 >= settings.gutter_min_em * em:
                strips.append((x0, x1))
        i += n
    return strips
