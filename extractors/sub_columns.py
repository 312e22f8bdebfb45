"""A count and its share set in two columns of their own ("n | %") under each arm, as PLOS / MDPI / Elsevier
tables print them: the column's own head, the nearest statement a cell has, says which of the two it holds.

A row label "Male, n (%)" or a stub head "Adverse events, n (%)" says the row holds a count and its share; the
sub-column head under the arm ("%" or "n") says which one this cell is. Without this, a bare "57" under "%" of a
"Male, n (%)" row was read as a count (and "93.3" left unread as a count that is not whole).

Only a column whose innermost head is nothing but the statistic's symbol is read so ("%", "(%)", "Percent",
"n", "No."); a head that says more ("% change", "n/N", "Events, n") is left to the typing rules of hints.py.

A "(%)" head is no sub-column of shares when its own column prints counts with their shares, "6 (32)", in other
rows ("Arm A" over "(%)", a head wrapped onto a second line, as a baseline table sets it): the head then names the
bracketed share of those cells, and a bare number in the column (an arm's total, a count printed without its
share, a row's median) is typed by its own labels (:func:`paired_columns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.cells import Shape, parse_shape
from extractors.hint_patterns import _VARIABILITY

# a percentage of something else than patients: a change, a difference, a ratio (as hints.py reads a ", %" row), or
# a model's relative standard error, shrinkage or bootstrap bias over a "(%)" wrapped from its head ("RSE" / "(%)")
_NOT_A_SHARE = re.compile(
    r"\bchange|differen|effect|reduction|increase(?!d)|decrease(?!d)|\bratio"
    r"|\brse\b|relative (?:standard error|s\.\s?e\.)|shrinkage|\bbias\b"
    # or a model's variability stated as a CV over it ("IPV" / "(%)", "BSV" / "(%)")
    rf"|{_VARIABILITY}",
    re.IGNORECASE,
)
_PERCENT_HEAD = re.compile(r"^\(?\s*(?:%|percent(?:age)?)\s*\)?$", re.IGNORECASE)
_COUNT_HEAD = re.compile(r"^\(?\s*(?:n|no\.?|number)\s*\)?$", re.IGNORECASE)
# a row that is itself a statistic of the characteristic above it (a median, a mean, a spread, a range)
_STATISTIC_ROW = re.compile(
    r"\s*(?:median|mean|geometric mean|range|iqr|interquartile range|sd|standard deviation|min(?:imum)?|max(?:imum)?)"
    r"\b\s*(?:[(,].*)?$",
    re.IGNORECASE,
)


def sub_column_statistic(
    shape: Shape,
    column: tuple[str, ...] | list[str],
    row: tuple[str, ...] | list[str] = (),
    paired: bool = False,
) -> str | None:
    """The statistic, "percent" or "count", of a bare number under a column headed only "%" or "n" (``column`` and
    ``row`` outermost first), else None (the cell is typed the usual way). A "%" under "Change from baseline", or
    in a row of a change or a difference, is no share of patients: left to the usual typing too; so is a "%" over
    a column whose other cells print counts with their shares (``paired``, :func:`paired_columns`)."""
    if shape.kind != "number" or not column:
        return None
    if any(_NOT_A_SHARE.search(label) for label in [*column[:-1], *row]):
        return None
    if row and _STATISTIC_ROW.match(row[-1]):
        return None  # "Age, years" over "Median | 61 |": the row names its statistic, nearer than the "No." head
    value = shape.numbers[0] if shape.numbers else None
    if value is None or value < 0:
        return None
    head = column[-1].strip()
    if _PERCENT_HEAD.match(head):
        return "percent" if value <= 100 and not paired else None
    if _COUNT_HEAD.match(head):
        whole = value == int(value) and (not shape.decimals or shape.decimals[0] == 0)
        return "count" if whole else None
    return None


# a share printed in the brackets its head prints: "(59.5)", "(59.5%)" under "(%)"
_BRACKETED_SHARE = re.compile(r"^\(\s*(\d+(?:[.·]\d+)?\s*%?)\s*\)$")
_BRACKETED_PERCENT_HEAD = re.compile(r"^\(\s*(?:%|percent(?:age)?)\s*\)$", re.IGNORECASE)


def unbracketed_share(text: str, column: tuple[str, ...] | list[str]) -> str:
    """A share set alone in brackets under a head that is the same brackets around "%" ("n | (%)" under each arm,
    the count and its share cut into two columns): the number inside, which the "(%)" head then types as a share;
    any other text as it is."""
    m = _BRACKETED_SHARE.match(text.strip())
    if m is None or not column or not _BRACKETED_PERCENT_HEAD.match(column[-1].strip()):
        return text
    return m.group(1)


def paired_columns(cells: Iterable[tuple[tuple[str, ...], str]]) -> frozenset[tuple[str, ...]]:
    """The column paths, of (column path, cell text) pairs, under which at least two cells print a whole count
    with its share in brackets ("6 (32)", "4 (50%)"): a "(%)" head over such a column names those shares."""
    seen: dict[tuple[str, ...], int] = {}
    for column, text in cells:
        shape = parse_shape(text)
        if shape is None or shape.kind not in ("pair", "pair_pct") or len(shape.numbers) < 2:
            continue
        n, share = shape.numbers[0], shape.numbers[1]
        if n is None or share is None or n != int(n) or n < 0 or not 0 <= share <= 100:
            continue
        seen[column] = seen.get(column, 0) + 1
    return frozenset(path for path, k in seen.items() if k >= 2)
