"""One block belongs to one table (issue 8, item 2): a caption set at the foot of a page whose table the
typesetter moved to the next page, where another table opens the page under its own caption
(tests/typeset/read_back/foot-caption.html). The foot caption had taken the block under the next page's caption:
Table 1's baseline rows were emitted twice, the second time as Table 2's adverse events ("Age, mean (SD), y" an
adverse event; 20 values silently wrong). Now the block is Table 1's alone, Table 2 is reported as not found, and
the block under it is read as an untitled table: nothing is given another table's rows."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.furniture import furniture_words
from extractors.loader import load_document
from extractors.pipeline import extract
from extractors.regions import find_regions
from schemas.extraction import Extraction

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "foot-caption.pdf"


@cache
def _extraction() -> Extraction:
    return extract(PDF)


def test_no_word_is_held_by_two_tables() -> None:
    document = load_document(PDF)
    owners: dict[int, set[str]] = {}
    for region in find_regions(document, furniture_words(document)):
        for line in region.body:
            for word in line.words:
                owners.setdefault(id(word), set()).add(region.table_id)
    assert owners
    assert all(len(tables) == 1 for tables in owners.values())


def test_the_block_under_a_caption_is_that_captions_table_only() -> None:
    records = [r for r in _extraction().records if r.table != "text"]
    baseline = [r for r in records if r.row and r.row[-1].startswith(("Age", "Female", "Body-mass", "Current", "Diab"))]
    assert {r.table for r in baseline} == {"Table 1"}
    assert {r.section for r in baseline} == {"demographics"}
    assert len(baseline) == 20  # 5 rows × 2 groups × (count and percent, or mean and SD)


def test_the_foot_caption_is_reported_not_found_and_its_rows_kept_as_an_untitled_table() -> None:
    extraction = _extraction()
    assert any(f.check == "table-not-found" and f.table == "Table 2" for f in extraction.findings)
    events = [r for r in extraction.records if r.row and r.row[-1] in ("Fatigue", "Nausea", "Headache", "Diarrhoea")]
    assert len(events) == 16
    assert {r.table for r in events} == {"Untitled table, page 2"}
    assert not any(r.table == "Table 2" for r in extraction.records)
