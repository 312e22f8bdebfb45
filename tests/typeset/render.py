"""HTML -> PDF with weasyprint, returning on which page each anchor (element id) was laid out."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from weasyprint import HTML


@dataclass
class Rendered:
    pages: int
    anchors: dict[str, int]
    # anchor -> (page, x, y) in CSS px from the page's top-left (first occurrence)
    positions: dict[str, tuple[int, float, float]] = field(default_factory=dict)

    def page_of(self, anchor: str) -> int:
        return self.anchors[anchor]


# Font subsets carry a 'head' timestamp; fontTools takes it from here, so PDFs are byte-identical.
FIXED_EPOCH = "1735689600"  # 2025-01-01T00:00:00Z


def render(html: str, out_pdf: Path) -> Rendered:
    """Write the PDF deterministically: no document dates (the HTML has no dcterms.created or
    dcterms.modified) and a fixed SOURCE_DATE_EPOCH for the embedded font subsets."""
    os.environ["SOURCE_DATE_EPOCH"] = FIXED_EPOCH
    document = HTML(string=html, base_url=str(out_pdf.parent)).render()
    anchors: dict[str, int] = {}
    positions: dict[str, tuple[int, float, float]] = {}
    for number, page in enumerate(document.pages, 1):
        for name, (x, y, *_) in page.anchors.items():
            anchors.setdefault(name, number)
            positions.setdefault(name, (number, x, y))
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out_pdf)
    return Rendered(len(document.pages), anchors, positions)
