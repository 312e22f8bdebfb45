"""Dot leaders glued into one token with the label and the value: ``years.......62`` is two cells.

A frame-only table often runs a row of dots from each label to its first value, and the text layer glues
the dots to the words on both sides (``patients.....16``, ``(SD)........18``, ``(range)...5.6``). Before the
grid is laid out, each such word is cut at its leader: the text before it stays where it starts, the text
after it is set flush right where the word ends (where the value is printed), and the dots are dropped, so
the label and the value are separated by the leader's width like any two cells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.geometry import GridSettings
from extractors.layout import Line
from schemas.document import Document, Word

__all__ = ["split_document_leaders", "split_leaders"]


def _leader_re(min_dots: int) -> re.Pattern[str]:
    return re.compile(rf"[.·…]{{{min_dots},}}")


def split_leaders(lines: list[Line], settings: GridSettings) -> list[Line]:
    """The lines with every leader-glued word cut into its label part and its value part."""
    pattern = _leader_re(settings.leader_min_dots)
    out: list[Line] = []
    for line in lines:
        words: list[Word] = []
        changed = False
        for w in line.words:
            parts = _split_word(w, pattern, settings)
            changed |= len(parts) != 1 or parts[0] is not w
            words.extend(parts)
        if changed:
            new = Line(words)
            new.touch()
            out.append(new)
        else:
            out.append(line)
    return out


def _split_word(w: Word, pattern: re.Pattern[str], settings: GridSettings) -> list[Word]:
    m = pattern.search(w.text)
    if m is None:
        return [w]
    left, right = w.text[: m.start()].rstrip(), w.text[m.end() :].lstrip()
    if not left and not right:
        return []  # a bare leader: decoration
    width = w.x1 - w.x0
    per_char = width / max(len(w.text), 1)
    char_w = min(per_char, settings.leader_char_em * w.size) if per_char > 0 else settings.leader_char_em * w.size
    out: list[Word] = []
    page = w.page_bbox
    scale = (page[2] - page[0]) / width if width > 0 else 0.0
    if left:
        x1 = min(w.x0 + len(left) * char_w, w.x1)
        out.append(_piece(w, left, w.x0, x1, page, scale))
    if right:
        x0 = max(w.x1 - len(right) * char_w, w.x0)
        more = _split_word(_piece(w, right, x0, w.x1, page, scale), pattern, settings)
        out.extend(more)
    return out


def _piece(w: Word, text: str, x0: float, x1: float, page: tuple[float, float, float, float], scale: float) -> Word:
    """Part of a word between x0 and x1 of its frame box; the page box is cut alike along the text."""
    if scale and page[2] - page[0] >= page[3] - page[1]:
        px0 = page[0] + (x0 - w.x0) * scale
        px1 = page[0] + (x1 - w.x0) * scale
        pbox = (px0, page[1], px1, page[3])
    else:
        pbox = page
    return replace(w, text=text, x0=x0, x1=x1, page_bbox=pbox)


def split_document_leaders(document: Document, settings: GridSettings | None = None) -> None:
    """Cut the leader-glued words of every frame, in place, before any stage lays the frame out (so the
    region finder sees the values as a column too). Done once per frame."""
    s = GridSettings.resolve(settings)
    pattern = _leader_re(s.leader_min_dots)
    for frame in document.frames:
        if frame.derived.get("leaders_split"):
            continue
        if any(pattern.search(w.text) for w in frame.words):
            words: list[Word] = []
            for w in frame.words:
                words.extend(_split_word(w, pattern, s))
            frame.words = words
            frame.derived.pop("layout", None)
        frame.derived["leaders_split"] = True
