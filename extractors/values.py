"""What a value cell's text looks like: numbers, their punctuation, and the few words cells use."""

from __future__ import annotations

import functools
import re

from extractors.cells import RATE_UNIT, UNIT_WORD, contrast_named

_VALUE_START = re.compile(
    r"^(?:±\s*\d|[<>≤≥]?\s*[-−–]?\s*[(\[]?\d|[(\[]?[-−–]\s*\d|[(\[]?\d|[<>≤≥]\s*\d|NR\b|NA\b|NE\b|NC\b|N/A\b|nr\b|na\b|"
    r"[–—-]$|[–—-]\s*\(|Not\s+(reached|estimable|evaluable|available)|not\s+(reached|estimable|evaluable|available)"
    r"|n\s*[=¼5]\s*\d|N\s*[=¼5]\s*\d|\.\d|·\d|[pP]\s*[<>=≤≥]\s*[.·]?\d)"
)

_CELL_WORDS = frozenset(
    {
        "nr",
        "na",
        "ne",
        "nc",
        "nd",
        "ns",
        "to",
        "n",
        "not",
        "reached",
        "estimable",
        "evaluable",
        "available",
        "applicable",
        "calculable",
        "e",
        "vs",
        "p",
        "and",
        "or",
        "x",
        "fixed",  # a population-PK parameter fixed, not estimated: "1 fixed", "0.689 (fixed)"
        "fix",
    }
)


# the interval named inside the cell, after its estimate: "4.6 (95% CI: 2.3–8.9)", "62 (range 45–79)",
# "5.2 (IQR 3.1–8.0)"
_NAMED_CI = re.compile(
    r"(?<=[\d·.%])\s*[(\[]\s*(?:\d{2}(?:[.·]\d)?\s*%\s*CI|CI|range|IQR|interquartile range|s\.?d\.?|s\.?e\.?m?\.?)"
    r"\s*[:,]?\s*(?=[-−–]?\d|\.\d)",
    re.IGNORECASE,
)
# a bracket that opens on a number or on the statistic it names, never on a group's N ("20 mg (n = 12)" is a head)
_OPENS_NUMBERS = r"[(\[]\s*(?:[-−–]?\d|\.\d|range\b|iqr\b|ci\b|s\.?d\b|s\.?e)"
# a unit printed with a measure's bracket, after it or between the estimate and it: "8.4 (6.9–10.2) months",
# "21.3 mo (18.0–25.6)" (a number and a unit alone, "12 months", is a column's head as often as a value)
_BRACKET_UNIT = re.compile(
    rf"(?<=[)\]])\s*{UNIT_WORD}\.?$|(?<=\d)\s*{UNIT_WORD}\s*(?={_OPENS_NUMBERS})|(?<=\d)\s*{UNIT_WORD}\s*(?=[)\]]$)",
    re.IGNORECASE,
)
# an estimate, a comma, its interval and a unit: "12, 8–16 months" (extractors/cells.py ``_COMMA_INTERVAL``)
_COMMA_INTERVAL_UNIT = re.compile(
    rf"^[-−–]?(?:\d+(?:[.·]\d+)?)\s*,\s+[-−–]?\d+(?:[.·]\d+)?\s*(?:–|—|‒|-|to)\s*[-−–]?\d+(?:[.·]\d+)?\s*"
    rf"{UNIT_WORD}\.?$",
    re.IGNORECASE,
)
# "41 of 120 (34%)": a count of its denominator in words
_OF_WORDS = re.compile(r"(?<=\d)\s+of\s+(?=\d)")


@functools.lru_cache(maxsize=65536)  # a pure function of the text, asked again for the same cells by every stage
def value_like(text: str) -> bool:
    """Text that can be a value cell: numbers, their punctuation, and the few words cells use; a contrast's name
    before the numbers ("HR 0.81 (0.70–0.93)", "Hazard ratio, 0.81 (...)") is the cell's own word for them."""
    text = contrast_named(text.strip())[1]
    if _COMMA_INTERVAL_UNIT.match(text):
        return True
    text = RATE_UNIT.sub("", text.strip())  # "3.4 (2.9–4.0) per 100 patient-years"
    text = _BRACKET_UNIT.sub(" ", text).strip()
    text = _NAMED_CI.sub(" (", text)
    text = _OF_WORDS.sub("/", text)
    if not _VALUE_START.match(text):
        return False
    if text.count(")") > text.count("("):  # the end of a wrapped header, "53)"
        return False
    for token in re.findall(r"[A-Za-z]+", text):
        if token.lower() in _CELL_WORDS or (len(token) == 1 and token.islower()):
            continue
        return False
    return True
