"""The regions stage's output type: the part of one frame a table occupies."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.captions import Caption
from extractors.layout import Line


@dataclass(slots=True)
class TableRegion:
    """The part of one frame a table occupies: its rows, and the notes printed with it."""

    caption: Caption | None
    table_id: str
    title: str
    frame_index: int
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    continued_from: TableRegion | None = None
    reached_frame_end: bool = False
    why: str = ""
    caption_position: str = "above"  # above | below | inside | previous-page | none
    legend: list[Line] = field(default_factory=list)  # the legend's lines that went on in the next column

    @property
    def flow_key(self) -> tuple[int, int, float]:
        """Reading order of a table's parts: page, then the column flow on that page (a part continued from
        another on the same page comes after it), then position."""
        depth = 0
        prev = self.continued_from
        while prev is not None and prev.page == self.page:
            depth += 1
            prev = prev.continued_from
        return (self.page, depth, self.top)

    @property
    def notes_text(self) -> str:
        return " ".join(line.text for line in [*self.notes, *self.legend])
