"""Captions left at the foot of a page or of the left text column, their tables set at the top of the next page or
column (issue 8; tests/typeset/read_back/foot-caption-{nejm,lancet,2col}.html, NEJM-, Lancet- and two-column serif
house styles; gold in tests/extraction/read_back_foot_caption_gold.py, written before the first reading).

First contact (main 817f121): 32 of 144 values right, 112 withheld, 0 wrong. A caption that ends its frame was
given the lines heading the next page one by one up to the first line read as prose, so a table with a wordy
label ("ECOG performance-status score — no. (%)") lost its rows there; heads left with the caption were not
the rows' header (every value under no group); a caption at the foot of the left column reached for the next
page instead of the right column (it took Table 2's rows there, which then had no caption's table). Now the
block opening the next frame is the caption's table (extractors/foot_captions.py): 120 of 144 right, 0 wrong.
The two-column Table 2 (its wrapped two-line head, "Tezorimab (n" over "= 159)", left at the foot of the left
column) had its values under a row level "Event, No. (%)": the justified prose under its rows was read as two more
rows, one restating the stub head; justified body prose no longer continues a part (table_notes.spread_prose):
24 of 24 (tests/extraction/test_foot_captions_second.py).
Controls kept: a page opening with its own caption (Table 3 not found, Table 4 its own rows), a figure's caption
over a numbers-at-risk block (an untitled table, never a table's)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_foot_caption_gold import PAGES
from tests.extraction.read_back_gold import compare

READ_BACK = Path(__file__).resolve().parents[1] / "data" / "read_back"
# the ratchet: values right per page, never fewer
RIGHT_AT_LEAST = {"foot-caption-nejm": 52, "foot-caption-lancet": 44, "foot-caption-2col": 48}
# tables whose values are not yet read with their gold row paths (see the module's docstring)
_LEFT: set[tuple[str, str]] = set()


@cache
def _extraction(name: str) -> Extraction:
    return extract(READ_BACK / f"{name}.pdf")


@pytest.mark.parametrize(("page", "table"), [(p, t) for p, (gold, _) in PAGES.items() for t in gold])
def test_every_value_is_right_or_withheld_under_its_captions_id_and_kind(page: str, table: str) -> None:
    gold, sections = PAGES[page]
    records = [r for r in _extraction(page).records if r.table == table]
    got = compare(gold[table], records)
    assert not got.wrong and not got.mislabeled and not got.wrong_arm
    assert {r.section for r in records} == {sections[table]}
    if (page, table) not in _LEFT:
        assert not got.withheld and not got.extra


@pytest.mark.parametrize("page", list(PAGES))
def test_right_values_do_not_fall(page: str) -> None:
    gold, _ = PAGES[page]
    right = sum(
        len(compare(cells, [r for r in _extraction(page).records if r.table == table]).right)
        for table, cells in gold.items()
    )
    assert right >= RIGHT_AT_LEAST[page]


def test_a_page_opening_with_its_own_caption_keeps_its_block() -> None:
    extraction = _extraction("foot-caption-lancet")
    assert any(f.check == "table-not-found" and f.table == "Table 3" for f in extraction.findings)
    assert not any(r.table == "Table 3" for r in extraction.records)
    labs = [r for r in extraction.records if r.row and r.row[-1].startswith(("Haemoglobin", "Platelets", "Alanine"))]
    assert labs and {r.table for r in labs} == {"Table 4"}
    events = [r for r in extraction.records if r.row and r.row[-1] in ("Headache", "Nasopharyngitis", "Nausea")]
    assert events and all(r.table.startswith("Untitled") for r in events)


def test_a_figure_caption_at_the_foot_takes_no_block() -> None:
    extraction = _extraction("foot-caption-nejm")
    at_risk = [r for r in extraction.records if r.page == 4 and r.table != "text"]
    assert all(r.table.startswith("Untitled") for r in at_risk)
    assert any(f.table == "Untitled table, page 4" for f in extraction.findings)
    assert {r.table for r in extraction.records} <= {"Table 1", "Table 2", "Untitled table, page 4", "text"}
