"""What a value cell's text looks like: numbers, their punctuation, and the few words cells use."""

from __future__ import annotations

import re

from extractors.cells import RATE_UNIT

_VALUE_START = re.compile(
    r"^(?:[<>≤≥]?\s*[-−–]?\s*[(\[]?\d|[(\[]?[-−–]\s*\d|[(\[]?\d|[<>≤≥]\s*\d|NR\b|NA\b|NE\b|NC\b|N/A\b|nr\b|na\b|"
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
    r"(?<=[\d·.%])\s*\(\s*(?:\d{2}(?:[.·]\d)?\s*%\s*CI|range|IQR|interquartile range)\s*[:,]?\s*", re.IGNORECASE
)


def value_like(text: str) -> bool:
    """Text that can be a value cell: numbers, their punctuation, and the few words cells use."""
    text = _NAMED_CI.sub(" (", text.strip())
    text = RATE_UNIT.sub("", text)  # "3.4 (2.9–4.0) per 100 patient-years"
    if not _VALUE_START.match(text):
        return False
    if text.count(")") > text.count("("):  # the end of a wrapped header, "53)"
        return False
    for token in re.findall(r"[A-Za-z]+", text):
        if token.lower() in _CELL_WORDS or (len(token) == 1 and token.islower()):
            continue
        return False
    return True
