"""A table whose caption is set under its rows (or at the foot of its shaded box) and which opens its page can
have begun at the foot of the page before, in the other text column (issue 8 item 2: link the parts by their
column positions). The head there (a header and the first rows) is a block no caption touches; it is the
table's first part when its value columns line up with the part below after a shift, not an untitled table.

Family seen on a tuning JATS fixture (BJC-like: Table 1 starts at the foot of page 2's right column and goes
on at the top of page 3's left column, its caption under the rows)."""

from __future__ import annotations

from pathlib import Path

from extractors.debug import table_stages
from extractors.loader import load_document

PDF = Path(__file__).parents[1] / "data" / "pdfs" / "jats-derazantinib-fgfr2-icca-ph1-2-bjc2019.pdf"


def test_a_head_in_the_other_column_of_the_page_before_is_the_tables_first_part() -> None:
    stages = table_stages(load_document(PDF))
    ids = [t.table_id for t in stages.regions.tables]
    assert not any(i.startswith("Untitled") for i in ids), ids
    table = next(t for t in stages.regions.tables if t.table_id == "Table 1")
    assert [p.page for p in table.parts] == [2, 3]
    head, rest = table.parts
    assert head.bbox[0] > rest.bbox[2]  # the right column of page 2, the left column of page 3
    assert rest.link is not None and rest.link.kind == "next-page" and rest.link.from_page == 2
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 1" and g.page == 2)
    assert [r.label for r in grid.rows if r.cells][:1] == ["Median age, years (range)"]
