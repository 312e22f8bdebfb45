"""Patterns kept in tables as strings (endpoint names, AE terms, PK parameters, statement forms), compiled once.

``re`` caches the last 512 patterns it compiled; the readers' tables hold more than that between them, so a
string pattern asked of ``re.search`` is compiled again and again as the others push it out (about a tenth of an
extraction's time). :func:`rx` keeps every compiled pattern of those tables for the life of the process; the
tables are fixed, so the cache is bounded by them.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["literal_spans", "rx"]


@lru_cache(maxsize=16384)  # the tables' patterns, each with its flags: a few thousand at most
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with ``flags``, once per process."""
    return re.compile(pattern, flags)


def literal_spans(needle: str, haystack: str) -> list[tuple[int, int]]:
    """Where ``needle`` stands in ``haystack``, as ``re.finditer(re.escape(needle), haystack)`` finds it (left to
    right, not overlapping), without compiling a pattern for each text searched for (a cell's or a statement's raw
    text: a new pattern every time, each pushing a reader's pattern out of ``re``'s cache)."""
    if not needle:
        return [(i, i) for i in range(len(haystack) + 1)]
    out: list[tuple[int, int]] = []
    at = haystack.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return out
