"""A row group's label left alone at the foot of a page: the caption, the table's head and the first group's label
("Primary outcome") end the page, the group's rows open the next one under the head set again. The part at the foot
holds no row of values, so it gives no grid; its label lines open the next part's rows, at the indent they were
set at (the two parts set at the same left edge)."""

from __future__ import annotations

from extractors.grid_types import Cell, Grid, Row
from extractors.layout import Line
from extractors.table_region import TableRegion


def with_widowed_labels(grid: Grid, region: TableRegion, labels: list[Line], previous: TableRegion) -> Grid:
    """``grid`` with ``labels`` (from the part before, ``widow_heads.widowed_labels``) as its first rows: only when both
    parts start at one left edge (one column set on both pages) and the labels end left of the first value column."""
    if not labels or not grid.columns:
        return grid
    size = labels[0].size
    if abs(region.x0 - previous.x0) > size or any(ln.words[-1].x1 >= grid.columns[0][0] - 1 for ln in labels):
        return grid
    anchor = grid.columns[0][0]
    rows = [
        Row(
            label_words=list(ln.words),
            cells=[Cell() for _ in grid.columns],
            top=grid.rows[0].top - (len(labels) - i) * size if grid.rows else ln.top,
            bottom=grid.rows[0].top - (len(labels) - i - 1) * size if grid.rows else ln.bottom,
            indent=round(ln.words[0].x0 - anchor, 1),
        )
        for i, ln in enumerate(labels)
    ]
    grid.rows = [*rows, *grid.rows]
    return grid
