"""Words split by letter-spacing or a kern, joined back by the space characters their line draws.

The reader cuts a word wherever two characters are more than 0.11 em apart (many PDFs print word spaces as
gaps with no space character). A table row set with loose letter-spacing (tracking) then reads one character
per word ("1 2 ( 5 . 0 )"), and a kern inside a word splits it ("Placeb o", "Hazar d ratio"); a split value is
lost and a split header names no statistic.

The evidence is the line itself: when a line draws its word spaces as space characters, a gap with no space
character is not a word space. Two pieces on one line, in one font and size, are one word when no space
character lies between them, their gap is under ``kern_max_em`` and clearly narrower than the line's
narrowest drawn word space (``kern_share`` of it). A line that draws no space character is left as it is (its
word spaces may be bare gaps), and so is a gap as wide as a word space: a piece that cannot be joined safely
stays apart.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class KernSettings:
    kern_max_em: float = 0.35  # widest gap inside a word that letter-spacing or a kern leaves
    kern_share: float = 0.75  # ... and at most this share of the line's narrowest drawn word space
    line_share: float = 0.25  # pieces whose bottoms differ by less than this share of the size share a line


DEFAULT_KERN = KernSettings()


def join_kerned(
    items: list[dict[str, Any]], spaces: list[dict[str, Any]], settings: KernSettings = DEFAULT_KERN
) -> list[dict[str, Any]]:
    """pdfplumber word dicts with the pieces of letter-spaced or kerned words joined (see the module
    docstring); `spaces` are the frame's space characters."""
    if not spaces or len(items) < 2:
        return items
    spaces = sorted(spaces, key=lambda c: float(c["x0"]))
    xs = [float(c["x0"]) for c in spaces]
    out: list[dict[str, Any]] = []
    for line in _lines(items, settings):
        out.extend(_join_line(line, spaces, xs, settings))
    return out


def _lines(items: list[dict[str, Any]], settings: KernSettings) -> list[list[dict[str, Any]]]:
    """Runs of consecutive items on one line, left to right (extract_words gives words line by line)."""
    lines: list[list[dict[str, Any]]] = []
    for item in items:
        last = lines[-1][-1] if lines else None
        size = float(item.get("size") or 0) or 1.0
        if (
            last is not None
            and abs(float(last["bottom"]) - float(item["bottom"])) < settings.line_share * size
            and float(item["x0"]) >= float(last["x1"]) - 0.01
        ):
            lines[-1].append(item)
        else:
            lines.append([item])
    return lines


def _spaced(a: dict[str, Any], b: dict[str, Any], spaces: list[dict[str, Any]], xs: list[float]) -> bool:
    """A space character drawn between a and b on their line."""
    lo, hi = float(a["x1"]) - 0.5, float(b["x0"]) + 0.5
    top, bottom = min(float(a["top"]), float(b["top"])), max(float(a["bottom"]), float(b["bottom"]))
    for c in spaces[bisect_left(xs, lo) :]:
        if float(c["x0"]) > hi:
            break
        middle = (float(c["top"]) + float(c["bottom"])) / 2
        if float(c["x1"]) <= hi and top <= middle <= bottom:
            return True
    return False


def _join_line(
    line: list[dict[str, Any]], spaces: list[dict[str, Any]], xs: list[float], settings: KernSettings
) -> list[dict[str, Any]]:
    if len(line) < 2:
        return line
    pairs = list(itertools.pairwise(line))
    spaced = [_spaced(a, b, spaces, xs) for a, b in pairs]
    if not any(spaced):
        return line
    gaps = [(float(b["x0"]) - float(a["x1"])) / float(a["size"]) for a, b in pairs]
    word_space = min(g for g, s in zip(gaps, spaced, strict=True) if s)
    out = [line[0]]
    for (a, b), s, gap in zip(pairs, spaced, gaps, strict=True):
        same_type = a.get("fontname") == b.get("fontname") and abs(float(a["size"]) - float(b["size"])) < 0.01
        if not s and same_type and gap < settings.kern_max_em and gap < settings.kern_share * word_space:
            out[-1] = _merged(out[-1], b)
        else:
            out.append(b)
    return out


def _merged(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    merged = {
        **a,
        "text": a["text"] + b["text"],
        "x1": max(float(a["x1"]), float(b["x1"])),
        "top": min(float(a["top"]), float(b["top"])),
        "bottom": max(float(a["bottom"]), float(b["bottom"])),
    }
    if "chars" in a and "chars" in b:
        merged["chars"] = [*a["chars"], *b["chars"]]
    return merged
