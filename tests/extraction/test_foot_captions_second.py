"""Foot captions, second instance set (issue 8; tests/typeset/read_back/foot-caption-{jama,jco,bmc}.html, JAMA-,
JCO- and BMC-like house styles; gold in tests/extraction/read_back_foot_caption_gold_2.py, written before the first
reading), and justified prose right under a table part (tests/typeset/read_back/prose-under-table.html).

First contact (main 25ce31a): foot-caption pages 106 of 154 right, 48 withheld, 0 wrong. JCO's TABLE 1 left its
caption and its two head lines (each arm's span over "Any Grade | Grade ≥3") at the foot of page 1: the head
lines hold figures ("(n = 171)", "≥3"), so the part was read as a table part with rows, and the rows opening page 2
were linked to it as a continuation with no header (every value under no column). Now a first part of nothing but
head lines is read as the header of the part after it, with that part's columns (extractors/head_parts.py): 154 of
154. prose-under-table: 8 of 32 right, 24 withheld, 0 wrong, 17 extras at first contact: the justified paragraph
under Table 2's rows (opening page 2 under a caption left at the foot of page 1) was read as two more rows, its
words spread so far that "4 participants" stood as a cell; the row restating the stub then put every row under
"Event, No. (%)". Now justified body prose never continues a part's rows or notes (table_notes.spread_prose, used
by flow_links.continuation_lines): 24 of 32, the same fix as foot-caption-2col's Table 2 (0 -> 24 of 24).
Left: prose-under-table's Table 1, whose last two rows open the right column: two rows are no block
(``min_block_rows``), so they are not linked (8 withheld, none wrong)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_foot_caption_gold_2 import PAGES, PROSE_PAGES, UNNAMED
from tests.extraction.read_back_gold import compare

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"
# the ratchet: values right per page, never fewer
RIGHT_AT_LEAST = {"foot-caption-jama": 44, "foot-caption-jco": 78, "foot-caption-bmc": 32, "prose-under-table": 24}
_LEFT = {("prose-under-table", "Table 1")}
_ALL = PAGES | PROSE_PAGES


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


@pytest.mark.parametrize(("page", "table"), [(p, t) for p, (gold, _) in _ALL.items() for t in gold])
def test_every_value_is_right_or_withheld_under_its_captions_id_and_kind(page: str, table: str) -> None:
    gold, sections = _ALL[page]
    records = [r for r in _extraction(page).records if r.table == table]
    got = compare(gold[table], records, unnamed=(page, table) in UNNAMED)
    assert not got.wrong and not got.mislabeled and not got.wrong_arm
    assert {r.section for r in records} == {sections[table]}
    if (page, table) not in _LEFT:
        assert not got.withheld and not got.extra


@pytest.mark.parametrize("page", list(_ALL))
def test_right_values_do_not_fall(page: str) -> None:
    gold, _ = _ALL[page]
    records = _extraction(page).records
    right = sum(
        len(compare(cells, [r for r in records if r.table == t], unnamed=(page, t) in UNNAMED).right)
        for t, cells in gold.items()
    )
    assert right >= RIGHT_AT_LEAST[page]


def test_heads_left_at_the_foot_are_the_grade_columns_of_the_rows_on_the_next_page() -> None:
    records = [r for r in _extraction("foot-caption-jco").records if r.table == "Table 1"]
    assert records and all(r.column for r in records)
    assert {r.page for r in records} == {2}
    grades = {r.column[-1] for r in records}
    assert grades == {"Any Grade", "Grade ≥3"}


def test_a_continued_table_repeating_its_heads_keeps_both_parts_under_its_caption() -> None:
    records = [r for r in _extraction("foot-caption-jco").records if r.table == "Table 2"]
    assert {r.page for r in records} == {2, 3}
    assert any(r.row[-1].startswith("Duration of response") for r in records)


def test_a_figure_caption_at_the_foot_leaves_the_next_page_to_its_own_caption() -> None:
    extraction = _extraction("foot-caption-jama")
    labs = [r for r in extraction.records if r.row and r.row[-1].startswith(("Serum", "Hemoglobin"))]
    assert labs and {r.table for r in labs} == {"Table 3"}
    assert not any(r.table.startswith("Figure") for r in extraction.records)


def test_a_figure_caption_at_the_foot_of_a_column_takes_no_block() -> None:
    extraction = _extraction("foot-caption-bmc")
    trough = [r for r in extraction.records if r.page == 3 and r.table != "text"]
    assert all(r.table.startswith("Untitled") for r in trough)
    assert {r.table for r in extraction.records} <= {"Table 1", "Table 2", "Untitled table, page 3", "text"}


@pytest.mark.parametrize(("page", "table"), [("prose-under-table", "Table 2"), ("foot-caption-2col", "Table 2")])
def test_justified_prose_under_a_part_is_no_row_and_no_note(page: str, table: str) -> None:
    extraction = _extraction(page)
    records = [r for r in extraction.records if r.table == table]
    assert records and all(len(r.row) == 1 for r in records)  # no row level taken from the restated stub head
    assert not any("participants" in " ".join([*r.row, *r.column]) for r in records)
    assert not any(f.check == "cell-unread" and f.table == table for f in extraction.findings)
