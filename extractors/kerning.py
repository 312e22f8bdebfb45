"""Words split by letter-spacing or a kern, joined back by the space characters their line draws.

The reader cuts a word wherever two characters are more than 0.11 em apart (many PDFs print word spaces as
gaps with no space character). A table row set with loose letter-spacing (tracking) then reads one character
per word ("1 2 ( 5 . 0 )"), and a kern inside a word splits it ("Placeb o", "Hazar d ratio"); a split value is
lost and a split header names no statistic.

The evidence is the line itself: when a line draws its word spaces as space characters, a gap with no space
character is not a word space. Two pieces on one line, in one font and size, with no space character between
them, are one word when the line shows letter-spacing (many one-character pieces one gap apart) and their gap is
that tracking; or when the second is a word's last letter split off by a kern ("Placeb o"; a thin space before
a unit, "360 mg", or between initials, "Calhoun DA", is a narrow word space), the
line draws its spaces, and their gap is under ``kern_max_em`` and clearly narrower than the line's narrowest
drawn word space (``kern_share`` of it). The share allows for the face: a word space is 0.25 em in Times or
Palatino, 0.32 em in DejaVu Serif, so one kern (0.17 em) is 0.68 of the one and 0.53 of the other; a bare gap
about as wide as the drawn spaces (a word space the text layer did not draw) stays a word space. Anything else
stays apart: a piece that cannot be joined safely is not guessed, and its cell is not read.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class KernSettings:
    kern_max_em: float = 0.35  # widest gap inside a word that letter-spacing or a kern leaves
    # ... and under this share of the line's narrowest drawn word space (a face's space is 0.25-0.34 em: the
    # share holds a kern that is 0.68 of a Times space, and leaves a bare gap near a word space apart)
    kern_share: float = 0.8
    tracking_share: float = 0.65  # a line's tracking at least this share of its drawn word space is no tracking
    word_space_max_em: float = 0.5  # a drawn space wider than this is a tab or a cell gap, not the line's word space
    line_share: float = 0.25  # pieces whose bottoms differ by less than this share of the size share a line
    # a line drawing no space character: letter-spacing is seen when this many pairs of one-character pieces
    # share one gap (within the tolerance); gaps that wide are inside words, wider ones are word spaces
    tracking_min_pairs: int = 6
    tracking_tolerance_em: float = 0.02
    # a space character drawn between two pieces: it starts at or after the left piece's end and ends at or before the
    # right piece's start, give or take this many em of the left piece's type (the positions' rounding)
    space_slack_em: float = 0.06
    # a space character whose size differs from the pieces' by more than this share of theirs is another text's
    # (a stamp of smaller type drawn across a letter-spaced row: its spaces fall between the row's letters)
    space_size_share: float = 0.05


DEFAULT_KERN = KernSettings()


def join_kerned(
    items: list[dict[str, Any]], spaces: list[dict[str, Any]], settings: KernSettings = DEFAULT_KERN
) -> list[dict[str, Any]]:
    """pdfplumber word dicts with the pieces of letter-spaced or kerned words joined (see the module
    docstring); `spaces` are the frame's space characters."""
    if len(items) < 2:
        return items
    # the space characters by the whole point their vertical middle falls in: a pair of pieces looks only at
    # the spaces of its own line
    by_row: dict[int, list[tuple[float, float, float, float]]] = {}
    for c in spaces:
        middle = (float(c["top"]) + float(c["bottom"])) / 2
        by_row.setdefault(int(middle), []).append((float(c["x0"]), float(c["x1"]), middle, float(c.get("size") or 0)))
    out: list[dict[str, Any]] = []
    for line in _lines(items, settings):
        out.extend(_join_line(line, by_row, settings))
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


def _spaced(
    a: dict[str, Any],
    b: dict[str, Any],
    by_row: dict[int, list[tuple[float, float, float, float]]],
    settings: KernSettings,
) -> bool:
    """A space character drawn between a and b on their line, in their type size (KernSettings.space_slack_em,
    space_size_share)."""
    size = float(a.get("size") or 0) or 1.0
    slack = settings.space_slack_em * size
    lo, hi = float(a["x1"]) - slack, float(b["x0"]) + slack
    top, bottom = min(float(a["top"]), float(b["top"])), max(float(a["bottom"]), float(b["bottom"]))
    for row in range(int(top), int(bottom) + 1):
        for x0, x1, middle, space_size in by_row.get(row, ()):
            other_type = space_size > 0 and abs(space_size - size) > settings.space_size_share * size
            if lo <= x0 and x1 <= hi and top <= middle <= bottom and not other_type:
                return True
    return False


def _join_line(
    line: list[dict[str, Any]], by_row: dict[int, list[tuple[float, float, float, float]]], settings: KernSettings
) -> list[dict[str, Any]]:
    if len(line) < 2:
        return line
    pairs = list(itertools.pairwise(line))
    gaps = [(float(b["x0"]) - float(a["x1"])) / float(a["size"]) for a, b in pairs]
    spaced = [_spaced(a, b, by_row, settings) for a, b in pairs]
    word_space = min((g for g, s in zip(gaps, spaced, strict=True) if s), default=None)
    tracking = _tracking(pairs, gaps, settings)
    if tracking is not None and word_space is not None and tracking >= settings.tracking_share * word_space:
        tracking = None  # as wide as the line's word spaces: no letter-spacing
    if tracking is None and word_space is None:
        return line
    inside = []
    for (a, b), gap, s in zip(pairs, gaps, spaced, strict=True):
        tracked = tracking is not None and abs(gap - tracking) <= settings.tracking_tolerance_em
        kerned = (
            word_space is not None
            and word_space < settings.word_space_max_em
            and gap < settings.kern_max_em
            and gap < settings.kern_share * word_space
            and _inside_word(a["text"], b["text"])
        )
        inside.append(not s and (tracked or kerned))
    out = [line[0]]
    for (a, b), joined in zip(pairs, inside, strict=True):
        same_type = a.get("fontname") == b.get("fontname") and abs(float(a["size"]) - float(b["size"])) < 0.01
        if joined and same_type:
            out[-1] = _merged(out[-1], b)
        else:
            out.append(b)
    return out


def _inside_word(left: str, right: str) -> bool:
    """A kern that splits off a word's last letter ("Placeb o", "Hazar d", "Media n,"): the right piece is one
    lower-case letter (punctuation may follow it), the left ends in two letters. A thin space before a unit
    ("360 mg"), between initials ("Calhoun DA") or before a short word ("and partic-") is a narrow word space."""
    return left[-2:].isalpha() and re.fullmatch(r"[a-z][^\w\s]*", right) is not None


def _tracking(
    pairs: list[tuple[dict[str, Any], dict[str, Any]]], gaps: list[float], settings: KernSettings
) -> float | None:
    """The letter-spacing of a line that draws no space character: the gap (in em) that at least
    ``tracking_min_pairs`` pairs of one-character pieces share within ``tracking_tolerance_em``; None when no
    such tracking is seen (the line's gaps are word spaces, cell gaps, or too uneven to tell)."""
    singles = sorted(g for (a, b), g in zip(pairs, gaps, strict=True) if len(a["text"]) == 1 and len(b["text"]) == 1)
    singles = [g for g in singles if 0 < g < settings.kern_max_em]
    if len(singles) < settings.tracking_min_pairs:
        return None
    middle = singles[len(singles) // 2]
    close = [g for g in singles if abs(g - middle) <= settings.tracking_tolerance_em]
    return middle if len(close) >= settings.tracking_min_pairs else None


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
