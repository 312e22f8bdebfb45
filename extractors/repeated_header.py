"""A table part under a repeated header whose rows hold only values printed across the arm columns (a "Hazard
ratio (95% CI)" and a "P value" sub-row carried to the next page): its own value columns, found from its body,
would be that one centred column, with the arms' heads pushed into the stub head. When the part repeats the
first part's column heads word for word, within the first part's width, it keeps the first part's columns.
"""

from __future__ import annotations

from collections.abc import Callable

from extractors.grid_types import Grid
from extractors.regions import TableRegion

Rebuild = Callable[[TableRegion, list[tuple[float, float]]], Grid | None]


def _heads(grid: Grid) -> list[str]:
    """The lowest header text over each value column of a grid."""
    out = []
    for k in range(len(grid.columns)):
        over = [h for h in grid.header if k in h.columns and len(h.columns) == 1]
        out.append(over[-1].text if over else "")
    return out


def repeated_header_columns(grids: list[Grid], rebuild: Rebuild) -> list[Grid]:
    """Later parts that repeat the first part's column heads but found fewer value columns, re-read on the
    first part's columns."""
    if len(grids) < 2:
        return grids
    first = grids[0]
    heads = _heads(first)
    if len(first.columns) < 2 or not all(heads):
        return grids
    left, right = first.columns[0][0], first.columns[-1][1]
    out = [first]
    for grid in grids[1:]:
        text = " ".join([grid.stub_header, *(h.text for h in grid.header)])
        inside = all(left <= c0 and c1 <= right for c0, c1 in grid.columns)
        if len(grid.columns) < len(first.columns) and inside and all(h in text for h in heads):
            again = rebuild(grid.region, first.columns)
            out.append(again if again is not None and _heads(again) == heads else grid)
        else:
            out.append(grid)
    return out
