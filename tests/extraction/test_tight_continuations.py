"""A table flowing into the right text column, set tight (issue 8, item 2: flow).

With about a space between columns, a row's cells can read as one word across two or three columns ("78 (29,
64 (22,"). Counted with the columns' own cells, such a cell glues the columns it spans into one, so the part at
the foot of the left column and its continuation heading the right one, which are the same columns, were
counted differently and not linked (zoo band style, siltuximab, tight tables in the Liberation faces: 62 of 190
AE values, and 9 scored wrong through the table's repeated row path "Primary reason > Disease progression").
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from extractors.column_continuations import _spans_columns, _value_columns
from extractors.debug import table_stages
from extractors.geometry import RegionSettings
from extractors.loader import load_document

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


def _block(*cells: tuple[float, float]) -> Any:
    return SimpleNamespace(x0=0.0, x1=300.0, top=0.0, bottom=100.0, values=list(cells))


def test_a_cell_over_two_columns_is_no_column_of_its_own() -> None:
    cells = [(100.0, 120.0), (140.0, 160.0), (180.0, 200.0), (98.0, 162.0)]
    assert _spans_columns((98.0, 162.0), cells)
    assert not _spans_columns((100.0, 120.0), cells)
    # a wide cell over narrower ones of its own column (centred, overlapping each other) spans nothing
    assert not _spans_columns((95.0, 125.0), [(95.0, 125.0), (104.0, 116.0), (108.0, 112.0)])


def test_the_columns_are_counted_as_printed_beside_a_glued_row() -> None:
    block = _block((100.0, 120.0), (140.0, 160.0), (180.0, 200.0), (101.0, 119.0), (98.0, 162.0), (181.0, 199.0))
    columns = _value_columns([cast(Any, block)], 0.0, 300.0, 0.0, 100.0, 10.0, RegionSettings())
    assert [round(c) for c in columns] == [110, 150, 190]


def test_the_tight_continuation_is_linked_with_all_its_columns() -> None:
    stages = table_stages(load_document(PDFS / "zoo-band-siltuximab-tight-liberation.pdf"))
    tables = {t.table_id: t for t in stages.regions.tables}
    assert not any(t.startswith("Untitled") for t in tables)  # the right column's part is no table of its own
    parts = tables["Table 2"].parts
    assert len(parts) == 2
    head, rest = parts
    assert head.bbox[2] < 300 < rest.bbox[0]  # from the foot of the left column to the head of the right one
    assert rest.link is not None and rest.link.kind == "next-column" and rest.link.columns == 5


def test_a_caption_broken_at_a_hyphen_goes_on_under_it_past_the_other_columns_line() -> None:
    # "Table 2: Summary of ... treated pa‐" ends short of the column's measure; the right column's line set a
    # little lower ("did not receive the study agent.") lies within the caption's reach but starts nowhere
    # under it: the caption goes on with "tients", and the broken word is joined
    stages = table_stages(load_document(PDFS / "zoo-band-siltuximab-tight-liberation.pdf"))
    titles = {t.table_id: t.title for t in stages.regions.tables}
    assert titles["Table 2"] == "Summary of study-agent exposure and safety, treated patients"
