"""Page furniture: running heads and feet, watermarks and download stamps that repeat on many pages.

They are not part of any table or paragraph, and a table region that reaches the foot of a page must not
swallow them. This first stage also takes the typographic filler out of the words: dot leaders glued to
labels and values are split off (:mod:`extractors.leaders`) before any line is laid out.
"""

from __future__ import annotations

import re

from extractors.layout import frame_lines, join_words
from extractors.leaders import split_leaders
from schemas.document import Document, Word

_STAMP = re.compile(
    r"downloaded from|for personal use only|all rights reserved|author manuscript|copyright ©|©\s*20\d\d"
    r"|this article is protected by copyright|www\.|https?://|doi\.org",
    re.IGNORECASE,
)
_STAMP_PAGES = 2  # pages a stamp repeats on at one place, away from the page edges
_STAMP_WORDS = 3  # words of such a stamp, at least
_EDGE = 0.12  # share of the frame height at the top and at the bottom where running text lives


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def furniture_words(document: Document) -> set[int]:
    """Ids of the words that are page furniture (``id(word)``), over the whole document."""
    split_leaders(document)
    seen: dict[str, set[int]] = {}
    edge_lines = []
    places: dict[tuple[str, int, int], set[int]] = {}
    inner_lines = []
    for frame in document.frames:
        for line in frame_lines(frame):
            at_edge = line.bottom < frame.height * _EDGE or line.top > frame.height * (1 - _EDGE)
            if not at_edge:
                for w in line.words:
                    places.setdefault(_place(w), set()).add(frame.page)
                inner_lines.append(line)
                continue
            key = _key(line.text)
            seen.setdefault(key, set()).add(frame.page)
            edge_lines.append((key, line))
    out: set[int] = set()
    for key, line in edge_lines:
        repeated = len(seen[key]) >= max(3, 0.4 * document.page_count)
        short = len(line.text) < 90 and len(line.words) < 14
        if repeated or _STAMP.search(line.text) or (short and _is_folio(line.text)):
            out.update(id(w) for w in line.words)
    for line in inner_lines:
        # a download stamp or a licence line printed at one place on several pages, wherever on the page (across
        # a table row, between two paragraphs): its words, in one size, at the same positions on those pages
        by_size: dict[float, list[Word]] = {}
        for w in (w for w in line.words if len(places[_place(w)]) >= _STAMP_PAGES):
            by_size.setdefault(w.size, []).append(w)
        for words in by_size.values():
            if len(words) >= _STAMP_WORDS and _STAMP.search(join_words(sorted(words, key=lambda w: w.x0))):
                out.update(id(w) for w in words)
    return out


def _place(word: Word) -> tuple[str, int, int]:
    return word.text, round(word.x0), round(word.top)


def _is_folio(text: str) -> bool:
    """A page number, alone or with a journal running title."""
    return bool(re.fullmatch(r"[\divx]+|page \d+( of \d+)?|\d+ of \d+", text.strip().lower()))


def content_words(words: list[Word], furniture: set[int]) -> list[Word]:
    return [w for w in words if id(w) not in furniture]
