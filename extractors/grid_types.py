"""The grid stage's types: a cell's words, a logical row, a header fragment over its columns, and the grid of
one table part."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.layout import text_of
from extractors.regions import TableRegion
from schemas.document import BBox, Word


@dataclass(slots=True)
class Cell:
    """The words of one grid cell."""

    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return text_of(self.words)

    @property
    def bbox(self) -> BBox:
        boxes = [w.page_bbox for w in self.words]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass(slots=True)
class Row:
    """A logical table row: its label (possibly wrapped), indentation, and one cell per value column."""

    label_words: list[Word]
    cells: list[Cell]
    top: float
    bottom: float
    indent: float = 0.0
    bold: bool = False
    outer_words: list[Word] = field(default_factory=list)
    path: list[str] = field(default_factory=list)  # the label path the structure stage gave the row

    @property
    def label(self) -> str:
        return text_of(self.label_words)

    @property
    def has_values(self) -> bool:
        return any(c.words for c in self.cells)

    @property
    def size(self) -> float:
        words = self.label_words or [w for c in self.cells for w in c.words]
        return max(w.size for w in words) if words else 8.0


@dataclass(slots=True)
class HeaderFragment:
    """Header text over a set of columns, from one header line."""

    text: str
    columns: tuple[int, ...]
    line: int
    words: list[Word]
    ruled: bool = False  # its columns are the ones a span rule under it covers


@dataclass(slots=True)
class Grid:
    """Columns, header fragments and rows of one table part (one region)."""

    columns: list[tuple[float, float]]
    stub_x1: float
    stub_header: str
    header: list[HeaderFragment]
    rows: list[Row]
    region: TableRegion
    unit_x0: float | None = None  # where a stub column of units ("Characteristic | Unit") starts
    text_x0: float | None = None  # where a stub column of words ("Parameter | Definition") starts: no label's
