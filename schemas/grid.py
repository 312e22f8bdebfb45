"""The grid stage's output as plain data: header cells with spans and levels, rows with label paths.

One grid per table part. Column ``k`` of ``columns`` is a value column (its x extent in the part's frame);
the stub (row labels) is left of ``stub_x1``. Header cells cover one or more columns (``columns``) at a
level (0 is the top header line). Rows carry their label as printed, the label path the structure stage
gave it (outer group labels first), their indentation from the first value column, and one cell per column.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

Box = tuple[float, float, float, float]


class HeaderCellInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    columns: list[int] = Field(description="value columns the cell spans, left to right")
    level: int = Field(description="0 for the top header line, growing downwards")
    bbox: Box


class GridCellInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    column: int
    text: str
    bbox: Box


class GridRowInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    label_path: list[str] = Field(description="group labels outer to inner, then the row's own label")
    indent: float = Field(description="label start minus the first value column's start, in points")
    bold: bool
    outer: str = Field(default="", description="a row-spanning stub cell to the left of the label")
    cells: list[GridCellInfo]


class GridInfo(BaseModel):
    """One table part laid out as a grid."""

    model_config = ConfigDict(extra="forbid")

    table_id: str
    page: int
    part: int = Field(description="0 for the first part of the table")
    columns: list[tuple[float, float]]
    stub_x1: float
    stub_header: str
    header: list[HeaderCellInfo]
    rows: list[GridRowInfo]

    @property
    def shape(self) -> tuple[int, int, int]:
        """(header levels, rows, value columns)."""
        return (len({h.level for h in self.header}), len(self.rows), len(self.columns))


class GridsStage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file_name: str
    grids: list[GridInfo]
