"""Dot leaders: the runs of dots that join a label to its value across a frame-only table.

A leader glued into one token with its label and its value ("Age.......62", "patients.....16") is split:
the label and the value become words of their own, at the positions their characters occupy, and the dots
are dropped. A token that is only a leader is dropped too. Words stand where they were printed, so the
grid reads "Age" in the stub and "62" in a value column.
"""

from __future__ import annotations

import re

from schemas.document import Document, Word

# three or more dots, middle dots or ellipses, possibly spaced (". . . .")
_LEADER = re.compile(r"(?:[.·…]\s?){3,}")
_ONLY = re.compile(r"^(?:[.·…_]\s?)+$")
# a leader of two dots only (a wide face leaves room for no more), glued between a label and the value that follows:
# read as a leader on a frame whose other leaders say it holds a leader table ("response..5", "n (%)..12")
_SHORT = re.compile(r"(?:(?<=[^\d.\s])|^)[.·]{2}(?=\d)")


def _part(word: Word, start: int, end: int) -> Word:
    """The word made of characters ``start:end`` of ``word``, its box cut in proportion."""
    n = len(word.text)
    step = (word.x1 - word.x0) / n
    x0, x1 = word.x0 + start * step, word.x0 + end * step
    px0, ptop, px1, pbottom = word.page_bbox
    if abs((px1 - px0) - (word.x1 - word.x0)) < 0.5:  # upright: the page box runs along x too
        pstep = (px1 - px0) / n
        page_bbox = (px0 + start * pstep, ptop, px0 + end * pstep, pbottom)
    else:  # a rotated frame: keep the whole box for provenance
        page_bbox = word.page_bbox
    text = word.text[start:end].strip()
    return Word(text, x0, word.top, x1, word.bottom, word.size, word.bold, page_bbox)


def split_word(word: Word, short: bool = False) -> list[Word]:
    """A word with its leaders taken out: [] for a bare leader, [label, value] for a glued one; with ``short``, a
    two-dot leader between a label and a value too."""
    if _ONLY.match(word.text) and len(word.text) >= 3:
        return []
    m = _LEADER.search(word.text) or (_SHORT.search(word.text) if short else None)
    if m is None:
        return [word]
    out = []
    if m.start() > 0:
        out.append(_part(word, 0, m.start()))
    if m.end() < len(word.text):
        out.extend(split_word(_part(word, m.end(), len(word.text)), short))
    return [w for w in out if w.text]


def split_leaders(document: Document) -> int:
    """Split glued leaders in every frame of the document (before any layout is computed); returns how
    many words were changed."""
    changed = 0
    for frame in document.frames:
        if not any(_LEADER.search(w.text) for w in frame.words):
            continue
        words: list[Word] = []
        for w in frame.words:
            parts = split_word(w, short=True)
            if parts != [w]:
                changed += 1
            words.extend(parts)
        frame.words = words
        frame.derived.pop("layout", None)
    return changed
