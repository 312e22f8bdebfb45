"""Words into text lines and lines into segments: the geometry every later stage reads.

A *line* is the words that share a baseline band (superscripts and subscripts join the line they belong to).
A *segment* is a run of words in a line with no gap wider than a given share of the font size: a cell, a
caption, a stretch of prose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from schemas.document import Word


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right."""

    words: list[Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.main_words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.main_words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def size(self) -> float:
        """The dominant font size of the line, by characters."""
        counts: Counter[float] = Counter()
        for w in self.words:
            counts[w.size] += len(w.text)
        return counts.most_common(1)[0][0]

    @property
    def main_words(self) -> list[Word]:
        """Words at the line's own size: not its superscripts or subscripts."""
        size = self.size
        main = [w for w in self.words if w.size >= size * 0.85]
        return main or self.words

    @property
    def bold(self) -> bool:
        main = self.main_words
        return sum(len(w.text) for w in main if w.bold) > 0.6 * sum(len(w.text) for w in main)

    @property
    def text(self) -> str:
        return join_words(self.words)

    def segments(self, gap_em: float = 0.9) -> list[list[Word]]:
        return split_segments(self.words, gap_em)


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


def text_of(words: Sequence[Word]) -> str:
    """The text of words that may span several printed lines (a wrapped label or cell): line by line, left
    to right; sub- and superscripts stay on the line they touch; a hyphen at a line end closes up."""
    if not words:
        return ""
    parts = [join_words(line.words) for line in words_to_lines(words)]
    text = parts[0]
    for part in parts[1:]:
        if text.endswith(("-", "‐")) and not text.endswith((" -", " ‐")):
            # "treat-" + "ment" closes up; "ch14.18-" + "UTC" keeps its hyphen
            text = text[:-1] + part if text[-2:-1].islower() and part[:1].islower() else text + part
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
    bands: list[tuple[float, float, Line]] = []  # (band top, band bottom, line)
    for w in ordered:
        home = _best_band(bands, w.top, w.bottom)
        if home is not None:
            bands[home][2].words.append(w)
        else:
            bands.append((w.top, w.bottom, Line([w])))
    lines = [line for _, _, line in bands]
    lines = _attach_small(lines)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def _best_band(bands: list[tuple[float, float, Line]], top: float, bottom: float) -> int | None:
    """The band a word of this vertical extent belongs to: for a word of the band's own height its centre
    must sit near the band's centre (so a value centred between two label lines does not glue them
    together); a smaller word (a sub- or superscript) needs only to overlap the band well."""
    home, best = None, 0.0
    height = bottom - top
    centre = (top + bottom) / 2
    for i, (btop, bbottom, _line) in enumerate(bands):
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
    for i, line in enumerate(lines):
        if len(line.words) > 4:
            continue
        hosts = [_touching_line(lines, w, skip=i) for w in line.words]
        if all(h is not None for h in hosts):
            for w, host in zip(line.words, hosts, strict=True):
                assert host is not None
                host.words.append(w)
            moved.add(i)
    return [line for i, line in enumerate(lines) if i not in moved]


def _touching_line(lines: list[Line], w: Word, skip: int) -> Line | None:
    """The line holding a bigger word that ends right where ``w`` begins, within half a line vertically."""
    best: Line | None = None
    best_dx = 2.0
    for i, line in enumerate(lines):
        if i == skip:
            continue
        if w.top > line.bottom + 0.6 * w.height or w.bottom < line.top - 0.6 * w.height:
            continue
        for other in line.words:
            dx = w.x0 - other.x1
            if -0.5 <= dx < best_dx and w.size <= 0.8 * other.size:
                best, best_dx = line, dx
    return best
