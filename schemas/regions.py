"""The region stage's output as plain data: where each table is, its caption, its parts, and why.

A table has one or more *parts* (one per page or text column it occupies); each part has a bounding box
on its printed page. ``why`` says in words how the finder decided: which caption, found above or below,
which block of aligned value columns, which flow link. Coordinates are PDF points, origin top left.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Box = tuple[float, float, float, float]


class CaptionInfo(BaseModel):
    """A table caption as printed."""

    model_config = ConfigDict(extra="forbid")

    table_id: str = Field(description='"Table 2", "Extended Data Table 4"; the title for titled tables')
    title: str
    continued: bool = Field(description='"(continued)" in the caption')
    position: Literal["above", "below", "inside", "previous-page", "next-page", "none"]
    page: int
    bbox: Box


class FlowLinkInfo(BaseModel):
    """How a continuation part was linked to the part before it: block to block, by its value columns."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["next-column", "next-page"]
    from_page: int
    columns: int = Field(description="value columns that line up with the previous part's")
    shift: float = Field(description="x shift of the first value column from the previous part's, PDF points")
    scale: float = Field(description="span of the value columns over the previous part's")


class RegionPart(BaseModel):
    """One part of a table: the rows it has on one page (or one text column of a page)."""

    model_config = ConfigDict(extra="forbid")

    page: int
    rotation: int = Field(description="0 for upright text; 90/270 for a sideways table, read turned upright")
    bbox: Box = Field(description="on the printed page, PDF points [x0, top, x1, bottom]")
    body_lines: int
    note_lines: int
    why: str
    link: FlowLinkInfo | None = Field(default=None, description="how this part continues the one before it")


class TableRegionInfo(BaseModel):
    """One table of the document: id, caption, parts in reading order, and how it was found."""

    model_config = ConfigDict(extra="forbid")

    table_id: str
    title: str
    caption: CaptionInfo | None
    parts: list[RegionPart]
    notes: str = ""
    why: str


class RegionsStage(BaseModel):
    """Every table region of one document."""

    model_config = ConfigDict(extra="forbid")

    file_name: str
    pages: int
    tables: list[TableRegionInfo]
