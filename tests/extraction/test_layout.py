"""Tables found where real journals put them, and laid out as their pages show."""

from __future__ import annotations

from pathlib import Path

from extractors.furniture import furniture_words
from extractors.grid import region_to_grid
from extractors.loader import load_document
from extractors.regions import find_regions
from extractors.structure import grids_to_table

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


def _regions(name: str) -> list[tuple[str, int]]:
    doc = load_document(PDFS / name)
    return [(r.table_id, r.page) for r in find_regions(doc, furniture_words(doc))]


def test_caption_below_in_a_shaded_box_lancet() -> None:
    assert ("Table 1", 4) in _regions("pathway2-spironolactone-lancet2015.pdf")
    assert ("Table 5", 6) in _regions("pathway2-spironolactone-lancet2015.pdf")


def test_table_continued_on_the_next_page() -> None:
    assert _regions("advance-intensive-glucose-nejm2008.pdf").count(("Table 1", 6)) == 1
    seed = _regions("seed-nct04728035.pdf")
    assert ("Table 2", 2) in seed and ("Table 2", 3) in seed  # broken across a page, header repeated


def test_sentence_starting_with_table_is_not_a_caption() -> None:
    found = _regions("jats-ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016.pdf")
    assert [t for t, _ in found].count("Table 1") == 1


def test_rotated_table_is_found_on_both_pages() -> None:
    found = _regions("leader-liraglutide-nejm2016-aam.pdf")
    assert ("Table 1", 14) in found and ("Table 1", 15) in found


def test_seed_pk_table_two_level_stub() -> None:
    doc = load_document(PDFS / "seed-nct04728035.pdf")
    region = next(r for r in find_regions(doc, furniture_words(doc)) if r.table_id == "Table 3")
    frame = doc.frames[region.frame_index]
    grid = region_to_grid(region, frame.fills, frame.rules)
    assert grid is not None
    model = grids_to_table([grid])
    cell = next(c for c in model.cells if c.text == "457.2 ± 95.6")
    assert cell.row[0].startswith("70 mg/m²") and "n = 9" in cell.row[0]
    assert cell.row[-1].startswith("AUC0-∞") and cell.column == ["SN-38"] and cell.arm_n == 9
