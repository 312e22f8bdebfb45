"""A page's prose in reading order (:class:`Text`: its text, the word each character came from, where
its paragraphs start and where its discussion runs) and its sentences: where one ends and which one holds
a number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemas.document import Word

# a heading's rank: (type size in body sizes, bold, depth of its number); a heading closes every open heading whose
# rank is not above its own (extractors/prose_headings.py)
Rank = tuple[float, bool, int]


@dataclass(frozen=True, slots=True)
class Subhead:
    """A heading on a line of its own (extractors/prose_order.py): where its line starts in its page's text, its
    words and its rank."""

    at: int
    text: str
    rank: Rank


@dataclass(slots=True)
class Text:
    """A page's prose in reading order, with the word each character came from."""

    text: str
    owner: list[int]  # index into words for each character (-1 for joining spaces)
    words: list[Word]
    paragraphs: list[int] = field(default_factory=list)  # offsets where a paragraph (or a heading) starts
    discussion: list[tuple[int, bool]] = field(default_factory=list)  # (offset, in discussion from there on)
    body_end: int | None = None  # where the figure and table legends, read after the body text, begin
    headings: list[tuple[int, str]] = field(default_factory=list)  # (offset, text) of each section heading
    subheads: list[Subhead] = field(default_factory=list)  # every heading set on a line of its own, in order


def in_discussion(text: Text, at: int) -> bool:
    return next((flag for offset, flag in reversed(text.discussion) if offset <= at), False)


_SLANTED = str.maketrans({"⩾": "≥", "≧": "≥", "⩽": "≤", "≦": "≤"})


# digits grouped in thousands by a space ("A total of 1 245 patients", "18 400 ng·h/mL", "1\u202f520"): a thin or
# no-break space always, a plain space only before what the number counts or measures and not after a list's
# "and", "or", "to" or comma ("weeks 4 and 8 400 patients" stays two numbers)
_SPACED_THOUSANDS = re.compile(
    r"(?<![\d.,/\w-])(?<!\band\s)(?<!\bor\s)(?<!\bto\s)(?<!,\s)(?<!vs\s)\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+"
    r"(?![\d,])(?P<after>(?:\.\d+)?\s?(?P<unit>%|(?:patients?|participants?|subjects?|pts|people|persons|women|men|"
    r"children|infants|cases|deaths|events|cells|copies|doses)\b|(?:ng|µg|μg|mg|pg|mmol|µmol|μmol|nmol|IU|U)\b)?)"
)


def _grouped(m: re.Match[str]) -> str:
    digits = m.group(0)[: len(m.group(0)) - len(m.group("after"))]
    thin = any(c in digits for c in "\u2009\u202f\u00a0")
    if not thin and not m.group("unit"):
        return m.group(0)
    return re.sub(r"[ \u2009\u202f\u00a0]", ",", digits) + m.group("after")


def plain(text: str) -> str:
    """Same-length typography fixes: unicode minus, an en dash used as a minus, middle-dot decimals, thousands
    grouped by a space (as a comma)."""
    text = _SPACED_THOUSANDS.sub(_grouped, text)
    text = text.replace("\u2212", "-").replace("\u2010", "-").replace("\u2011", "-").replace("\u00a0", " ")
    text = re.sub(r"(?<=[\s(\[;,])–(?=\d)", "-", text)
    # the slanted and Japanese-style comparators of many text layers ("grade ⩾3", "⩾1 AE") as the plain ones
    text = text.translate(_SLANTED)
    return re.sub(r"(?<=\d)[·•∙](?=\d)", ".", text)


_ABBREVIATION = re.compile(r"(?:\bvs|\be\.g|\bi\.e|\bal|\bfig|\bno|\bapprox|\bcf|\bca|\bref|\b[A-Z])$", re.IGNORECASE)


def is_break(text: str, i: int) -> bool:
    """Is text[i] (a "." or ";" followed by a space) the end of a sentence? Not after "vs." / "e.g." / an
    initial, and a ";" only outside brackets ("(hazard ratio, 0.79; 95% CI ...; P = 0.005)" is one
    statement)."""
    if text[i] == ".":
        if re.search(
            r"\b(?:Arms?|Cohorts?|Groups?|Parts?|Stages?|Phases?|Types?)\s[A-Z0-9](?:\s?(?:/|,|-|–|and|or)\s?[A-Z0-9])*$",
            text[max(0, i - 30) : i],
        ):
            return True  # "in Arm B. Partial ...": a lettered group, not an initial
        return not _ABBREVIATION.search(text[max(0, i - 8) : i])
    back = i
    while True:
        back = text.rfind(". ", 0, back)
        if back < 0 or not _ABBREVIATION.search(text[max(0, back - 8) : back]):
            break
    span = text[back + 1 : i]
    return span.count("(") + span.count("[") == span.count(")") + span.count("]")


def sentence_of(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence around a match: its start offset in the text and its text (a "; " outside brackets also
    ends one)."""
    left = start
    while True:
        left = max(text.rfind(". ", 0, left), text.rfind("; ", 0, left), text.rfind("\n", 0, left) - 1)
        if left < 0 or text[left + 1] == "\n" or is_break(text, left):
            break
    right = end
    while True:
        candidates = [i for i in (text.find(". ", right), text.find("; ", right), text.find("\n", right)) if i >= 0]
        if not candidates:
            right = len(text)
            break
        right = min(candidates)
        if text[right] == "\n":
            right -= 1
            break
        if is_break(text, right):
            break
        right += 1
    first = left + 2 if left >= 0 else 0
    return first, text[first : right + 1][:800]


def opening_bracket(sentence: str, at: int) -> int:
    """Where the bracket that is open at ``at`` opens ("(" or "["), brackets closed before ``at`` skipped; -1 when
    none is open."""
    depth = 0
    for i in range(min(at, len(sentence)) - 1, -1, -1):
        c = sentence[i]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                return i
            depth -= 1
    return -1
