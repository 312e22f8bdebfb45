"""A table whose caption ends a page, followed on the next page by its block and then by captioned tables set as
close under it as its own rows (tests/typeset/read_back/foot-caption-then-captions.html; the page of the sections
round with Table 9's caption as first written, "... from baseline to week 24").

The block opening the next page was chained (extractors/flow_links.py ``block_chain``) through every x-aligned
block under it, the captions between them taken as lines of the part: Table 6's part ran over Tables 7-9, and the
caption lines of Tables 8 and 9 became a row of Table 6 with a silent value "24" (the caption's "week 24") under
its first arm. First contact (main at 0a5501f): 18 of 18 Table 6 values right and that one extra value, silently
wrong. Now a part continued from elsewhere ends at the next caption of its column (``next_caption_top``): 18 of 18,
no extra."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from extractors.pipeline import extract
from schemas.extraction import Extraction

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "foot-caption-then-captions.pdf"

VELMOTIDE, PLACEBO = "Velmotide (n = 120)", "Placebo (n = 118)"
TABLE_6 = {
    ("Time to first exacerbation", VELMOTIDE): (142, 118, 171),
    ("Time to first exacerbation", PLACEBO): (97, 80, 115),
    ("Time to treatment failure", VELMOTIDE): (188, 160, 214),
    ("Time to treatment failure", PLACEBO): (131, 109, 150),
    ("Time to symptom relief", VELMOTIDE): (6, 5, 8),
    ("Time to symptom relief", PLACEBO): (9, 7, 11),
}


def _extraction(cache: dict[str, Extraction] = {}) -> Extraction:  # noqa: B006 (a module cache)
    if "x" not in cache:
        cache["x"] = extract(PDF)
    return cache["x"]


def test_the_foot_captions_table_is_its_block_only() -> None:
    records = [r for r in _extraction().records if r.table == "Table 6"]
    got = {(r.row[-1], r.column[-1], r.statistic): r.value for r in records}
    want = {
        (row, column, stat): float(v)
        for (row, column), values in TABLE_6.items()
        for stat, v in zip(("median", "ci_low", "ci_high"), values, strict=True)
    }
    assert got == want
    assert len(records) == len(want)
    assert {r.page for r in records} == {2}


def test_no_caption_is_read_as_a_row() -> None:
    rows = [(r.table, r.row) for r in _extraction().records if any(label.startswith("Table ") for label in r.row)]
    assert rows == []


def test_the_tables_under_it_keep_their_own_rows() -> None:
    got = Counter(r.table for r in _extraction().records if r.table != "text")
    # rows x arms x statistics as printed: median (IQR) cells give three values each, mean (SD) cells two
    assert (got["Table 7"], got["Table 8"], got["Table 9"]) == (3 * 2 * 3, 5 * 2 * 3, 3 * 2 * 2)
