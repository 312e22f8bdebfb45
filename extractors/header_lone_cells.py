"""A header cell wrapped over several lines in a narrow column whose first line reads as a value ("1, 3, 6, or 12"
over "mg kg–1 on" over "days 1, 29, 43, 57"): a line of numbers and their punctuation is value-like, and when its
one cell stands clear of the stub (where it sits depends on how wide the face sets the head, not on what it is) the
line counts as the table's first data line and the header ends above it.

Such a line is the header's, not data, when it is the first data line, under header lines only (no line above it
has a row label), has no row label itself and one cell, and the line right under it is a header line: no row label,
two or more cells, none of them value-like ("mg kg–1 on | 3 mg | 6 mg"). A body row's values do not have a line of
header words under them.
"""

from __future__ import annotations

from extractors.grid_columns import _stub_text, segments
from extractors.layout import Line, join_words
from extractors.regions import TableRegion
from extractors.values import value_like


def without_lone_header_cells(lines: list[Line], data: list[int], region: TableRegion) -> list[int]:
    """``data`` (indices of data lines) without leading lines that are a wrapped header cell's first line."""
    out = list(data)
    while len(out) > 1 and 0 < out[0] < len(lines) - 1:
        i = out[0]
        if any(_stub_text(lines[j], region) for j in range(i + 1)) or len(segments(lines[i])) != 1:
            break
        below = lines[i + 1]
        cells = segments(below)
        if i + 1 in out or _stub_text(below, region) or len(cells) < 2:
            break
        if any(value_like(join_words(seg)) for seg in cells):
            break
        out.pop(0)
    return out
