"""One block belongs to one table (issue 8, item 2): a caption set at the foot of a page whose table the
typesetter moved to the next page, where another table opens the page under its own caption
(tests/typeset/read_back/foot-caption.html). The foot caption had taken the block under the next page's caption:
Table 1's baseline rows were emitted twice, the second time as Table 2's adverse events ("Age, mean (SD), y" an
adverse event; 20 values silently wrong). Now the block is Table 1's alone, Table 2 is reported as not found, and
the block under it is read as an untitled table: nothing is given another table's rows."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.captions import Caption
from extractors.furniture import furniture_words
from extractors.layout import Line
from extractors.loader import load_document
from extractors.pipeline import extract
from extractors.region_owners import one_owner
from extractors.regions import find_regions
from extractors.table_region import TableRegion
from schemas.document import Word
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


def _row(top: float, label: str, *values: str) -> Line:
    words = [Word(label, 40.0, top, 90.0, top + 8.0, 8.0, False, (40.0, top, 90.0, top + 8.0))]
    for i, value in enumerate(values):
        x0 = 200.0 + 80.0 * i
        words.append(Word(value, x0, top, x0 + 30.0, top + 8.0, 8.0, False, (x0, top, x0 + 30.0, top + 8.0)))
    return Line(words)


def _region(table_id: str, body: list[Line], caption: Caption | None, position: str) -> TableRegion:
    return TableRegion(
        caption=caption,
        table_id=table_id,
        title="",
        frame_index=0,
        page=1,
        x0=40.0,
        x1=300.0,
        top=body[0].top,
        bottom=body[-1].bottom,
        body=body,
        caption_position=position,
    )


def test_each_body_word_has_one_owner_the_surest_region_first() -> None:
    """Regions found twice over one block (an untitled block found again with one header line more, a block a
    foot caption reached for): the region under its own caption keeps the block, an untitled one loses its lines
    and is dropped when fewer than two rows of values are left, a part continuing a dropped one continues what
    that continued."""
    rows = [_row(100.0 + 12 * i, f"Row {i}", str(10 + i), str(20 + i)) for i in range(4)]
    caption = Caption("Table 1", "1", "Outcomes", False, [], 0, 40.0, 300.0)
    untitled = _region("Untitled table, page 1", rows[1:], None, "none")
    captioned = _region("Table 1", rows, caption, "above")
    partial = _region(
        "Untitled table, page 1",
        [_row(60.0, "Head", "1", "2"), _row(72.0, "Head 2", "3", "4"), *rows[3:]],
        None,
        "none",
    )
    after = _region("Table 1", [_row(400.0, "Row 9", "9", "9"), _row(412.0, "Row 10", "1", "0")], caption, "above")
    after.continued_from = untitled
    kept = one_owner([untitled, captioned, partial, after])
    assert kept == [captioned, partial, after]
    assert captioned.body == rows
    assert len(partial.body) == 2 and partial.bottom == partial.body[-1].bottom  # its shared last row given up
    assert after.continued_from is None
    owners = [id(w) for r in kept for ln in r.body for w in ln.words]
    assert len(owners) == len(set(owners))
