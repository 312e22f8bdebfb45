"""The document model: what the loader read off a PDF, in plain typed values.

Coordinates are PDF points with the origin at the top left of the page, as pdfplumber gives them:
``x0, top, x1, bottom``. A rotated table is read in a *frame*: the words of the rotated text, turned upright,
each keeping the bounding box it has on the printed page (``page_bbox``) for provenance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Word:
    """One word as laid out in its frame, with the box it occupies on the printed page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    page_bbox: BBox

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def xmid(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal line or a thin filled bar: table rules."""

    x0: float
    x1: float
    y: float


@dataclass(frozen=True, slots=True)
class Fill:
    """A filled rectangle taller than a rule: shaded rows, boxes behind tables."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Picture:
    """A raster image drawn on the page: its box. A table printed as a picture has no text to read."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(slots=True)
class Frame:
    """A page, or the rotated part of a page turned upright, ready for layout analysis."""

    page: int  # 1-based page number
    width: float
    height: float
    rotation: int  # 0, 90 or 270: how the text in this frame was turned to read upright
    words: list[Word] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)  # raster images (upright frames only)
    # what extractors compute from the frame once and share (its text lines); not part of its value
    derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)


@dataclass(slots=True)
class Document:
    """A whole PDF: its frames in reading order, plus what the file itself says about it."""

    sha256: str
    file_name: str
    size_bytes: int
    page_count: int
    frames: list[Frame]
    info_title: str | None = None
    pages_without_text: list[int] = field(default_factory=list)
    _body_size: float | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def body_size(self) -> float:
        """The most common font size (by characters): the body text size (computed once)."""
        if self._body_size is None:
            self._body_size = self._most_common_size()
        return self._body_size

    def _most_common_size(self) -> float:
        sizes: dict[float, int] = {}
        for frame in self.frames:
            for w in frame.words:
                key = round(w.size * 2) / 2
                sizes[key] = sizes.get(key, 0) + len(w.text)
        return max(sizes, key=lambda s: sizes[s]) if sizes else 10.0
