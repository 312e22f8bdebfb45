"""Tables found where real journals put them, and laid out as their pages show."""

from __future__ import annotations

from pathlib import Path

from extractors.furniture import furniture_words
from extractors.grid import region_to_grid
from extractors.layout import Line, frame_layout, frame_lines, words_to_lines
from extractors.loader import load_document
from extractors.regions import find_regions
from extractors.structure import grids_to_table
from schemas.document import Word

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


def _line_ids(lines: list[Line]) -> list[list[int]]:
    return [[id(w) for w in line.words] for line in lines]


def test_frame_lines_computed_once_and_crops_agree_with_a_fresh_grouping() -> None:
    doc = load_document(PDFS / "seed-nct04728035.pdf")
    for frame in doc.frames:
        order = {id(w): i for i, w in enumerate(frame.words)}
        layout = frame_layout(frame)
        assert frame_layout(frame) is layout
        assert _line_ids(frame_lines(frame)) == _line_ids(words_to_lines(frame.words))
        mid = frame.width / 2
        for crop in (
            [w for w in frame.words if w.x1 <= mid],  # a page column: cuts lines
            [w for line in layout.lines[: len(layout.lines) // 2] for w in line.words],  # whole lines
        ):
            crop.sort(key=lambda w: order[id(w)])
            assert _line_ids(layout.lines_of(crop)) == _line_ids(words_to_lines(crop))


def test_line_geometry_is_that_of_its_main_words() -> None:
    big = Word("C", 10, 100, 17, 110, 10.0, False, (10, 100, 17, 110))
    sub = Word("max", 17.2, 104, 30, 111, 6.0, False, (17.2, 104, 30, 111))
    after = Word("(ng/mL)", 32, 100, 60, 110, 10.0, True, (32, 100, 60, 110))
    lines = words_to_lines([sub, after, big])
    assert len(lines) == 1
    line = lines[0]
    assert line.text == "Cmax (ng/mL)" and line.size == 10.0
    assert (line.top, line.bottom) == (100, 110) and line.main_words == [big, after]
