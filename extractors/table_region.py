"""The regions stage's output type: the part of one frame a table occupies."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.captions import BROKEN_WORD, Caption
from extractors.layout import Line


@dataclass(frozen=True, slots=True)
class FlowLink:
    """How a continuation part was linked to the part before it."""

    kind: str  # "next-column" | "next-page"
    from_page: int
    columns: int  # value columns matched
    shift: float  # x shift of the first value column, PDF points
    scale: float  # ratio of the spans between the first and the last value column


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
    caption_position: str = "above"  # above | below | inside | previous-page | next-page | none
    legend: list[Line] = field(default_factory=list)  # the legend's lines that went on in the next column
    flow: FlowLink | None = None  # how this part was linked to the part it continues (block to block)

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
        """The legend's lines as one text; a word hyphenated at a line's end by the typesetter ("me‐" over
        "dian (range) for Tmax", U+2010 or a soft hyphen) is joined again."""
        text = " ".join(line.text for line in [*self.notes, *self.legend])
        return BROKEN_WORD.sub(r"\1\2", text)
