"""Numeric header rows: grade bands "1 | 2 | 3", "1–2 | 3–4", doses "37 | 98 mg/m²", "n = 15" over the value
columns look like data, but they are the lowest level of the column header.

A leading line whose cells are all header numbers (small integers, bands, ``≥3``, ``n = 15``, a number with a
unit) is a header row when the page says so:

- a header rule (a rule across the table) is drawn under it, before the next line, in a table that does not
  rule every row; or
- it is set apart the way a header is: bold over plain rows, or with no row label over labelled rows; or
- its numbers read as a header does: runs of consecutive integers repeated under each group ("1 2 3 1 2 3"),
  or bands and thresholds ("1–2 | ≥3").

Under a head that states its cells' form as "... (n)" ("Dose (mg/m²) (n)"), a dose or band followed by its N in
brackets ("150 (3)", "<60 (7)") is a header number too, with the same evidence asked.

A line of two or more header numbers beside header text (no value) with no row label, over labelled rows, in a
table that does not rule every row, is a header row too: the doses of a dose-ranging header ("10 | 80") beside a
comparator arm's name whose cell spans the header rows.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractors.geometry import GridSettings
from extractors.layout import Line, join_words, split_segments
from extractors.values import value_like
from schemas.document import Rule

__all__ = ["header_number", "numeric_header_count"]

_SMALL_INT = re.compile(r"^\d{1,3}$")
_BAND = re.compile(r"^(?:[≥≤<>]\s*\d{1,3}|\d{1,3}\s*[–—-]\s*\d{1,3}|\d{1,3}\s*\+)$")
_N_ROW = re.compile(r"^\(?\s*[nN]\s*[=:¼]\s*\d[\d,]*\s*\)?$")
_HEADER_WORDS = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)?$")
_DOSE = re.compile(r"^\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?\s*[A-Za-zµμ][A-Za-zµμ/²³⁻¹0-9·.\s]*$")


def header_number(text: str) -> str | None:
    """The kind of header number a cell holds: "int", "band", "n", "dose", or ``None``."""
    t = text.strip()
    if _SMALL_INT.match(t):
        return "int"
    if _BAND.match(t):
        return "band"
    if _N_ROW.match(t):
        return "n"
    if _DOSE.match(t) and not re.search(r"\(|\bto\b", t):
        return "dose"
    return None


_SAYS_N = re.compile(r"\(\s*n\s*\)\s*$")
_WITH_N = re.compile(r"^(.+?)\s*\(\s*\d{1,4}\s*\)$")


def _with_n(text: str) -> str | None:
    """The kind of header number before a bracketed N ("150 (3)", "<50 (8)"), or ``None``."""
    m = _WITH_N.match(text.strip())
    return header_number(m.group(1)) if m else None


def _cells(line: Line, stub_x1: float, s: GridSettings) -> tuple[str, list[str]]:
    label = join_words([w for w in line.words if w.x1 <= stub_x1 + 1])
    segs = [seg for seg in split_segments(line.words, s.cell_gap_em) if seg[-1].x1 > stub_x1 + 1]
    return label, [join_words(seg) for seg in segs]


def _runs_repeat(numbers: list[int]) -> bool:
    """Consecutive integers in runs that repeat ("1 2 3 1 2 3"), or one run of three from 0 or 1."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    if len(runs) == 1:
        return len(runs[0]) >= 3 and runs[0][0] in (0, 1)
    return all(r == runs[0] for r in runs) and len(runs[0]) >= 2


# a row label naming an estimate and its spread: its "29–76" cells are ranges, not bands of a header
_NAMES_SPREAD = re.compile(
    r"\b(?:median|mean|range|min(?:imum)?|max(?:imum)?|iqr|interquartile|sd|ci|confidence)\b", re.IGNORECASE
)


def numeric_header_count(
    lines: list[Line],
    data: list[int],
    stub_x1: float,
    table_x0: float,
    table_x1: float,
    rules: list[Rule],
    s: GridSettings,
) -> int:
    """How many of the first data lines (indexes ``data`` into ``lines``) are numeric header rows."""
    width = table_x1 - table_x0
    start = table_x0 + s.header_rule_start_share * width
    # a rule across the table, or across all its value columns (a stub header spanning the header rows
    # leaves the stub out of the rule under the lowest one)
    wide = [
        r
        for r in rules
        if (r.x1 - r.x0 >= s.header_rule_share * width and r.x0 <= start)
        or (r.x0 <= stub_x1 + 1 and r.x1 >= table_x1 - 1)
    ]

    def rule_under(i: int) -> bool:
        line = lines[i]
        low = line.bottom - s.header_rule_above_em * line.size
        high = line.bottom + s.header_rule_em * line.size
        if i + 1 < len(lines):
            high = min(high, lines[i + 1].top)
        return any(low <= r.y <= high for r in wide)

    later = data[1:]
    gaps = list(pairwise(later))
    ruled = sum(1 for a, _ in gaps if rule_under(a))
    grid = bool(gaps) and ruled >= s.ruled_grid_share * len(gaps)
    count = 0
    for pos, i in enumerate(data):
        if pos != count or i != data[0] + count or pos + 1 >= len(data):
            break  # only leading, consecutive data lines, with data below them
        line = lines[i]
        label, cells = _cells(line, stub_x1, s)
        kinds = [header_number(c) for c in cells]
        if i > 0 and _SAYS_N.search(join_words(lines[i - 1].words)):
            # the head over the line states its cells' form as "... (n)" ("Dose (mg/m²) (n)" over "150 (3)"): each
            # cell a group's dose or band with its N, a header as the plain dose would be
            kinds = [k or _with_n(c) for k, c in zip(kinds, cells, strict=True)]
        if cells and any(k is None for k in kinds) and not label and not grid:
            # the doses of a dose-ranging header ("10 | 80") beside a comparator arm's name, its cell spanning the
            # header rows and set at their foot ("Standard chemotherapy (TMZ/PCV)"), over labelled rows
            numbers = sum(k is not None for k in kinds)
            words = [c for c, k in zip(cells, kinds, strict=True) if k is None]
            below_label, _ = _cells(lines[data[pos + 1]], stub_x1, s)
            if numbers >= 2 and below_label and not any(value_like(c) for c in words):
                count += 1
                continue
        if not cells or any(k is None for k in kinds):
            # the last lines of wrapped header cells ("Any | Grade | Grade" over "grade | 3 | 4") under the
            # header rule: header numbers and the words they wrap with
            # (a first segment starting in the stub holds the stub header: "Adverse event grade")
            segs = [sg for sg in split_segments(line.words, s.cell_gap_em) if sg[0].x0 > stub_x1 + 1]
            texts = [join_words(sg) for sg in segs]
            tails = [header_number(c) is not None or bool(_HEADER_WORDS.match(c)) for c in texts]
            numbers = any(header_number(c) for c in texts)
            if not (texts and all(tails) and numbers and not grid and rule_under(i)):
                break
            count += 1
            continue
        below = lines[data[pos + 1]]
        below_label, _ = _cells(below, stub_x1, s)
        evidence = False
        if (
            (not grid and rule_under(i))
            or (line.bold and not below.bold)
            or (not label and below_label and len(cells) >= 2)
            or (all(k == "int" for k in kinds) and _runs_repeat([int(c) for c in cells]))
        ):
            evidence = True
        elif len(cells) >= 2 and all(k in ("band", "int") for k in kinds) and any(k == "band" for k in kinds):
            # "37 | 98–120" doses or "18–40 | 41–64" age bands over the rows; but a row whose label names a statistic
            # with a spread ("Median (min–max) | 67 | 29–76") is an estimate and its range set in sub-columns
            evidence = not _NAMES_SPREAD.search(label) and not any(
                header_number(c) == "band" for c in _cells(below, stub_x1, s)[1]
            )
        if not evidence:
            break
        count += 1
    return count
