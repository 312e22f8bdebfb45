"""Tables from geometry first (issue 8, item 1): a caption that touches a block of aligned value columns takes
that block as its table; the region grown line by line from the caption only confirms and extends it.

The family: a caption set *below* its table (Lancet, EHJ) over a table holding a wordy group-label row in the
stub ("Events in patients treated for one cycle"). Growing up from the caption stops at that row, which
reads like running text, so only the rows under it were the table: the header and the rows above it were
lost. The block finder keeps the row (it sits left of the value columns), so the block is the whole table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractors.debug import table_stages
from extractors.loader import load_document
from tests.extraction.test_stages import _prose


def _caption_below_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 490, 8) - 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(250, y, "Drug (n=73)")
    c.drawString(400, y, "Placebo (n=73)")
    y -= 12
    c.setFont("Helvetica", 9)
    first = [("Headache", "12 (16%)", "9 (12%)"), ("Nausea", "8 (11%)", "4 (5%)"), ("Fatigue", "7 (10%)", "6 (8%)")]
    second = [("Dizziness", "5 (7%)", "2 (3%)"), ("Rash", "4 (5%)", "1 (1%)"), ("Cough", "3 (4%)", "2 (3%)")]
    for label, a, b in first:
        c.drawString(50, y, label)
        c.drawString(250, y, a)
        c.drawString(400, y, b)
        y -= 12
    c.drawString(50, y, "Events in patients treated for one cycle")  # a group label in the stub, body type
    y -= 12
    for label, a, b in second:
        c.drawString(60, y, label)
        c.drawString(250, y, a)
        c.drawString(400, y, b)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y - 4, "Table 1: Adverse events")
    _prose(c, 50, y - 30, 490, 8)
    c.save()


def test_caption_below_takes_the_whole_block_it_touches(tmp_path: Path) -> None:
    path = tmp_path / "caption-below.pdf"
    _caption_below_pdf(path)
    stages = table_stages(load_document(path))
    assert [t.table_id for t in stages.regions.tables] == ["Table 1"]  # no untitled half
    table = stages.regions.tables[0]
    assert table.caption is not None and table.caption.position == "below"
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 1")
    labels = [r.label for r in grid.rows if r.cells]
    assert labels[:3] == ["Headache", "Nausea", "Fatigue"] and labels[-3:] == ["Dizziness", "Rash", "Cough"]
    assert [h.text for h in grid.header] == ["Drug (n=73)", "Placebo (n=73)"]
    assert "block the caption touches" in table.parts[0].why
