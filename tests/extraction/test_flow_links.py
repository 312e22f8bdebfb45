"""Flow (issue 8, item 2): a table part is linked to the block that continues it, block to block.

A continuation is a geometry block with no caption, opening the next column or page, whose value columns line
up with the previous part's after a shift and a scale (another page's margins, the other text column). The
link is plain data on the part (`TableRegion.flow`, `RegionPart.link`). The family is the zoo's `mirror`
style (docs/zoo.md): mirrored page margins, so a table that runs off a page goes on ~40 pt to the left, with
no header and no caption; in one fixture inside the row group its head opened, in the other opening a new
row group in the other text column, the next table (with its own caption) beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractors.debug import table_stages
from extractors.flow_links import columns_line_up
from extractors.geometry import RegionSettings
from extractors.grid import Grid, region_to_grid
from extractors.loader import load_document
from extractors.structure import grids_to_table
from extractors.table_region import TableRegion
from schemas.document import Document
from tests.extraction.test_stages import _prose

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"
S = RegionSettings()


def _grids(document: Document, parts: list[TableRegion]) -> list[Grid]:
    grids = [
        region_to_grid(r, document.frames[r.frame_index].fills, document.frames[r.frame_index].rules) for r in parts
    ]
    assert all(g is not None for g in grids)
    return [g for g in grids if g is not None]


def test_value_columns_line_up_after_a_shift_and_a_scale() -> None:
    mine = [200.0, 260.0, 320.0]
    assert columns_line_up(mine, [160.0, 220.0, 280.0], 8.0, S) == (-40.0, 1.0)
    fit = columns_line_up(mine, [40.0, 106.0, 172.0], 8.0, S)  # the other column, 10% wider
    assert fit is not None and fit[0] == -160.0 and abs(fit[1] - 1.1) < 1e-9
    assert columns_line_up(mine, [160.0, 220.0], 8.0, S) is None  # another column count: another table
    assert columns_line_up(mine, [160.0, 250.0, 280.0], 8.0, S) is None  # a column off its place
    assert columns_line_up(mine, [100.0, 220.0, 340.0], 8.0, S) is None  # twice as wide: beyond the scale
    assert columns_line_up([], [100.0], 8.0, S) is None


def test_a_continuation_in_the_other_column_of_the_next_page_is_linked_block_to_block() -> None:
    stages = table_stages(load_document(PDFS / "zoo-mirror-trabedersen.pdf"))
    tables = {t.table_id: t for t in stages.regions.tables}
    first = tables["Table 1"]
    assert [p.page for p in first.parts] == [1, 2]
    head, rest = first.parts
    assert head.link is None and head.bbox[0] > 280  # the head: the foot of page 1's right column
    assert rest.link is not None and rest.link.kind == "next-page" and rest.link.from_page == 1
    assert rest.link.columns == 3 and rest.link.shift < -200 and abs(rest.link.scale - 1) < 0.05
    assert rest.bbox[2] < 280 and rest.bbox[1] < 70  # page 2's left column, from its first line
    # one block belongs to one table: the left column is Table 1's, not untitled tables; Table 2 keeps its own
    assert not any(t.table_id.startswith("Untitled") and t.parts[0].page == 2 for t in stages.regions.tables)
    second = tables["Table 2"]
    assert second.caption is not None and second.parts[0].page == 2 and second.parts[0].link is None
    assert second.parts[0].bbox[0] > 280


def test_the_open_row_group_label_goes_on_with_the_rows_on_the_next_page() -> None:
    document = load_document(PDFS / "zoo-mirror-sunitinib.pdf")
    stages = table_stages(document)
    parts = next(p for p in stages.parts if p[0].table_id == "Table 1")
    assert [r.page for r in parts] == [1, 2]
    link = parts[1].flow
    assert link is not None and link.kind == "next-page" and link.columns == 2 and link.shift < -20
    assert parts[1].caption is None and parts[1].x0 < parts[0].x0 - 20  # other margins: the stub is kept
    table = grids_to_table(_grids(document, parts))
    paths = {tuple(c.row) for c in table.cells}
    # "Receptor status, n (%)" opens at the foot of page 1; "Triple-negative" is on page 2 under it
    assert any(p[-1] == "Triple-negative" and any("Receptor status" in x for x in p[:-1]) for p in paths)
    columns = {tuple(c.column) for c in table.cells if c.page == 2}
    assert columns and all(any("Sunitinib" in x or "Capecitabine" in x for x in col) for col in columns)


@pytest.mark.parametrize("name", ["zoo-mirror-sunitinib.pdf", "zoo-mirror-trabedersen.pdf"])
def test_the_next_table_is_not_glued_to_the_flowing_one(name: str) -> None:
    stages = table_stages(load_document(PDFS / name))
    ids = [t.table_id for t in stages.regions.tables if not t.table_id.startswith("Untitled")]
    assert len(ids) == len(set(ids)) == 2
    for table in stages.regions.tables:
        for part in table.parts[1:]:
            assert part.link is not None or (table.caption is not None and table.caption.continued)


# --- a head too short to make a block, at the foot of a page ---------------------------------------------
#
# The caption, the header, a group label and one row of it close page 1; the rest of the group and a new one
# head page 2, whose margins put every column 36 pt further left, with no caption (no header, or the header
# repeated); body text follows. The head has too few value lines for a block of its own, so its value columns
# come from its rows.


def _short_head_pdf(path: Path, repeat: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 86, 800, 470, 52) - 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(86, y, "Table 1. Baseline characteristics of the patients")
    y -= 16
    c.setFont("Helvetica-Bold", 8)
    c.drawString(306, y, "Drug (n=73)")
    c.drawString(426, y, "Placebo (n=70)")
    y -= 12
    c.setFont("Helvetica", 8)
    c.drawString(86, y, "Region, n (%)")
    y -= 11
    c.drawString(96, y, "Europe")
    c.drawString(306, y, "31 (42)")
    c.drawString(426, y, "29 (41)")
    c.showPage()
    y = 800
    if repeat:  # the header repeated over the rows on the next page, at its x positions there
        c.setFont("Helvetica-Bold", 8)
        c.drawString(270, y, "Drug (n=73)")
        c.drawString(390, y, "Placebo (n=70)")
        y -= 12
    c.setFont("Helvetica", 8)
    rows = [
        (60, "North America", "22 (30)", "24 (34)"),
        (60, "Asia", "20 (27)", "17 (24)"),
        (50, "ECOG status, n (%)", "", ""),
        (60, "0", "40 (55)", "38 (54)"),
        (60, "1", "33 (45)", "32 (46)"),
    ]
    for x, label, a, b in rows:
        c.drawString(x, y, label)
        if a:
            c.drawString(270, y, a)
            c.drawString(390, y, b)
        y -= 11
    _prose(c, 50, y - 20, 470, 6)
    c.save()


@pytest.mark.parametrize("repeat", [False, True], ids=["no-header", "repeated-header"])
def test_a_short_head_at_the_page_foot_is_linked_and_its_group_goes_on(tmp_path: Path, repeat: bool) -> None:
    path = tmp_path / "short-head.pdf"
    _short_head_pdf(path, repeat)
    document = load_document(path)
    stages = table_stages(document)
    assert [t.table_id for t in stages.regions.tables] == ["Table 1"]
    parts = stages.parts[0]
    assert [r.page for r in parts] == [1, 2]
    link = parts[1].flow
    assert link is not None and link.columns == 2 and abs(link.shift + 36) < 3 and abs(link.scale - 1) < 0.02
    assert not any("Lorem" in ln.text or "lorem" in ln.text for ln in parts[1].body)  # stops at body text
    table = grids_to_table(_grids(document, parts))
    rows = {c.row[-1]: c.row for c in table.cells}
    assert rows["North America"] == ["Region, n (%)", "North America"]
    assert rows["1"] == ["ECOG status, n (%)", "1"]
    assert all(c.column and ("Drug" in c.column[0] or "Placebo" in c.column[0]) for c in table.cells)


# --- the next page opens with another table -----------------------------------------------------------
#
# A table runs to the foot of page 1; page 2 opens with a caption-less block of three value columns: another
# table, never the first one's rows (one block belongs to one table).


def _two_tables_pdf(path: Path, second_columns: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 490, 40) - 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Table 1. Adverse events")
    y -= 16
    c.setFont("Helvetica-Bold", 8)
    c.drawString(270, y, "Drug (n=73)")
    c.drawString(390, y, "Placebo (n=70)")
    y -= 12
    c.setFont("Helvetica", 8)
    k = 0
    while y > 40:
        c.drawString(50, y, f"Event {k}")
        c.drawString(270, y, f"{k + 3} ({k + 4})")
        c.drawString(390, y, f"{k + 1} ({k + 2})")
        y -= 11
        k += 1
    c.showPage()
    y = 800
    c.setFont("Helvetica", 8)
    xs = [230, 330, 430][:second_columns]
    for k in range(6):
        c.drawString(50, y, f"Visit {k}")
        for j, x in enumerate(xs):
            c.drawString(x, y, f"{10 * k + j}.{k}")
        y -= 11
    _prose(c, 50, y - 20, 490, 6)
    c.save()


def test_a_table_with_other_value_columns_heading_the_next_page_is_not_glued(tmp_path: Path) -> None:
    path = tmp_path / "two-tables.pdf"
    _two_tables_pdf(path, 3)
    stages = table_stages(load_document(path))
    first = next(t for t in stages.regions.tables if t.table_id == "Table 1")
    assert [p.page for p in first.parts] == [1]
    assert any(t.table_id.startswith("Untitled") and t.parts[0].page == 2 for t in stages.regions.tables)


def test_a_block_with_the_same_value_columns_heading_the_next_page_is_linked(tmp_path: Path) -> None:
    path = tmp_path / "two-parts.pdf"
    _two_tables_pdf(path, 2)
    stages = table_stages(load_document(path))
    first = next(t for t in stages.regions.tables if t.table_id == "Table 1")
    assert [p.page for p in first.parts] == [1, 2]
    assert first.parts[1].link is not None and first.parts[1].link.columns == 2
