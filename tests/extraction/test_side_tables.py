"""Two tables side by side on one page (zoo pattern C, the `side` and `sidelow` styles), each half the page wide
with its own caption above it (or below it, the Lancet way), and a table's legend under a caption set below it.

Synthetic lines check the blocks stage as plain data: the rows of two tables set side by side chain into one
block whose value columns are the union of both, and two captions side by side over (or under) that block cut it
at the strip between the tables; one caption, or captions one over the other, never cut a table. The zoo
fixtures check the regions (two parts, each in its own half, each with its own caption and legend).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.blocks import Block, find_blocks
from extractors.captions import Caption
from extractors.debug import TableStages, table_stages
from extractors.geometry import RegionSettings
from extractors.layout import Line
from extractors.loader import load_document
from extractors.side_tables import cut_lines, side_by_side_cuts
from schemas.document import Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"
BODY = 9.0
TABLE = 7.0
LEFT, RIGHT = 40.0, 320.0  # where the two tables (and their captions) start; each 240 pt wide
S = RegionSettings()


def _words(text: str, x0: float, top: float, size: float) -> list[Word]:
    out, x = [], x0
    for token in text.split():
        width = 0.5 * size * len(token)
        out.append(Word(token, x, top, x + width, top + size, size, False, (x, top, x + width, top + size)))
        x += width + 0.3 * size
    return out


_LEFT_ROWS = [
    ("Neutropenia", "8 (53.3)", "5 (33.3)"),
    ("Anaemia", "4 (26.7)", "4 (26.7)"),
    ("Diarrhoea", "4 (26.7)", "4 (26.7)"),
    ("Decreased appetite", "2 (13.3)", "5 (33.3)"),
    ("Febrile neutropenia", "4 (26.7)", "2 (13.3)"),
    ("Fatigue", "3 (20.0)", "2 (13.3)"),
]
_RIGHT_ROWS = [
    ("n", "15", "12"),
    ("Partial response", "10 (66.7)", "7 (58.3)"),
    ("Stable disease", "4 (26.7)", "4 (33.3)"),
    ("Progressive disease", "1 (6.7)", "1 (8.3)"),
    ("n", "14", "11"),
    ("Partial response", "12 (85.7)", "6 (54.5)"),
]


def _row(cells: tuple[str, str, str], x0: float, top: float) -> list[Word]:
    label, a, b = cells
    return _words(label, x0, top, TABLE) + _words(a, x0 + 120.0, top, TABLE) + _words(b, x0 + 180.0, top, TABLE)


def _pair() -> list[Line]:
    """The two tables' rows: the first on one baseline (one line across the page), then each table's rows a
    little apart from the other's (row heights differ), so the lines alternate left and right."""
    lines = [Line(_row(_LEFT_ROWS[0], LEFT, 100.0) + _row(_RIGHT_ROWS[0], RIGHT, 100.0))]
    for i in range(1, len(_LEFT_ROWS)):
        lines.append(Line(_row(_LEFT_ROWS[i], LEFT, 100.0 + 11.0 * i)))
        lines.append(Line(_row(_RIGHT_ROWS[i], RIGHT, 100.0 + 11.0 * i + 4.0)))
    return lines


def _caption(label: str, x0: float, top: float) -> Caption:
    line = Line(_words(f"{label}. Adverse events in both arms", x0, top, 7.6))
    return Caption(label, label.split()[-1], "Adverse events in both arms", False, [line], 0, line.x0, line.x1)


def _boxes(blocks: list[Block]) -> list[tuple[float, float, int]]:
    return [(round(b.x0), round(b.x1), len(b.data)) for b in blocks]


def test_two_tables_side_by_side_chain_into_one_block_of_both_tables_columns() -> None:
    """The failure the cut is for: without it the rows of both tables are one block across the page."""
    blocks = find_blocks(_pair(), BODY, S)
    assert len(blocks) == 1 and blocks[0].x0 < RIGHT - 60 and blocks[0].x1 > RIGHT + 180, _boxes(blocks)


def test_two_captions_side_by_side_above_the_block_cut_it_at_the_strip_between_the_tables() -> None:
    lines = _pair()
    blocks = find_blocks(lines, BODY, S)
    caps = [_caption("Table 3", LEFT, 88.0), _caption("Table 4", RIGHT, 88.0)]
    cuts = side_by_side_cuts(blocks, caps, BODY, S)
    assert len(cuts) == 1 and LEFT + 200 < cuts[0][2] < RIGHT, cuts
    two = find_blocks(cut_lines(lines, cuts), BODY, S)
    assert _boxes(two) == [(round(LEFT), 247, len(_LEFT_ROWS)), (round(RIGHT), 527, len(_RIGHT_ROWS))]


def test_captions_below_both_tables_cut_the_block_too() -> None:
    """The Lancet way: each caption under its table; the shorter table's caption sits inside the band of the
    block that chained both tables."""
    lines = _pair()
    blocks = find_blocks(lines, BODY, S)
    caps = [_caption("Table 3", LEFT, 100.0 + 11.0 * len(_LEFT_ROWS) + 2), _caption("Table 4", RIGHT, 172.0)]
    cuts = side_by_side_cuts(blocks, caps, BODY, S)
    assert len(cuts) == 1
    assert len(find_blocks(cut_lines(lines, cuts), BODY, S)) == 2


def test_one_caption_over_a_table_with_a_second_label_column_does_not_cut_it() -> None:
    """A table whose second text column ("Partial response") stands after a wide strip is one table when one
    caption heads it."""
    lines = _pair()
    blocks = find_blocks(lines, BODY, S)
    assert side_by_side_cuts(blocks, [_caption("Table 3", LEFT, 88.0)], BODY, S) == []


def test_captions_one_over_the_other_do_not_cut() -> None:
    lines = _pair()
    blocks = find_blocks(lines, BODY, S)
    caps = [_caption("Table 3", LEFT, 88.0), _caption("Table 4", LEFT, 40.0)]
    assert side_by_side_cuts(blocks, caps, BODY, S) == []


def test_side_strip_without_row_labels_right_of_it_is_a_column_gap_not_two_tables() -> None:
    """Two captions side by side over one wide table (a layout slip) still need the right part to open with its
    own row labels: a strip between two value columns is never cut."""
    lines = [
        Line(_words("Label", LEFT, 100.0 + 11 * i, TABLE) + _words("4 (26.7)", 200.0, 100.0 + 11 * i, TABLE))
        for i in range(5)
    ]
    for i, line in enumerate(lines):
        line.words += _words("7 (58.3)", RIGHT + 10.0, 100.0 + 11 * i, TABLE)
    blocks = find_blocks(lines, BODY, S)
    caps = [_caption("Table 3", LEFT, 88.0), _caption("Table 4", RIGHT, 88.0)]
    assert side_by_side_cuts(blocks, caps, BODY, S) == []


# --------------------------------------------------------------------------- the side zoo fixtures


@cache
def _stages(name: str) -> TableStages:
    return table_stages(load_document(PDFS / name))


def _part(stages: TableStages, table_id: str) -> tuple[int, tuple[float, float, float, float], str]:
    table = next(t for t in stages.regions.tables if t.table_id == table_id)
    assert len(table.parts) == 1, table.parts
    part = table.parts[0]
    return part.page, part.bbox, table.caption.position if table.caption else "none"


def _notes(stages: TableStages, table_id: str) -> str:
    return " ".join(r.notes_text for parts in stages.parts for r in parts if r.table_id == table_id)


def test_pair_with_captions_above_is_two_regions_one_per_half() -> None:
    stages = _stages("zoo-side-pertuzumab.pdf")
    (p3, b3, c3), (p4, b4, c4) = _part(stages, "Table 3"), _part(stages, "Table 4")
    assert p3 == p4 and c3 == c4 == "above"
    assert b3[2] < 306 < b4[0], (b3, b4)  # each in its own half of the page (612 pt wide)
    assert "Percentages are based on n" in _notes(stages, "Table 4")
    assert "Percentages are based on n" not in _notes(stages, "Table 3")


def test_pair_with_captions_below_keeps_each_legend_under_its_own_caption() -> None:
    stages = _stages("zoo-sidelow-axitinib.pdf")
    (p1, b1, c1), (p2, b2, c2) = _part(stages, "Table 1"), _part(stages, "Table 2")
    assert p1 == p2 and c1 == c2 == "below"
    assert b1[2] < 298 < b2[0], (b1, b2)  # A4, 595 pt wide
    one, two = _notes(stages, "Table 1"), _notes(stages, "Table 2")
    assert "aGeometric means (95% CI) for AUCinf" in one and "aArithmetic mean" not in one
    assert "aArithmetic mean" in two and "Geometric means" not in two


def test_cell_wrapped_at_its_bracket_in_a_left_aligned_half_width_column_stays_in_its_cell() -> None:
    """ "190 (152–" over "238)" set flush left in a narrow column that starts right at the stub's edge, beside the
    label's own wrapped line ("AUCinf (ng h/" over "mL)"): "238)" closes the cell, it is not label text."""
    from extractors.furniture import furniture_words
    from extractors.grid import region_to_grid
    from extractors.regions import find_regions

    document = load_document(PDFS / "zoo-sidelow-axitinib.pdf")
    region = next(r for r in find_regions(document, furniture_words(document)) if r.table_id == "Table 1")
    frame = document.frames[region.frame_index]
    grid = region_to_grid(region, frame.fills, frame.rules)
    assert grid is not None
    rows = {r.label: [c.text for c in r.cells] for r in grid.rows}
    assert rows["AUCinf (ng h/ mL)"][0] == "190 (152– 238)"
    assert rows["Cmax (ng/mL)"][0] == "50.1 (39.5– 63.7)"


def test_a_caption_wrapped_over_more_lines_than_the_one_beside_it_still_cuts() -> None:
    """The right caption runs over two lines, so its second line sits beside the left table's header: it still
    touches the block from above."""
    lines = _pair()
    blocks = find_blocks(lines, BODY, S)
    right = _caption("Table 4", RIGHT, 88.0)
    second = Line(_words("and the response rates of both arms", RIGHT, 97.0, 7.6))
    right = Caption("Table 4", "4", right.title, False, [*right.lines, second], 0, RIGHT, max(right.x1, second.x1))
    assert right.bottom > blocks[0].top
    assert len(side_by_side_cuts(blocks, [_caption("Table 3", LEFT, 88.0), right], BODY, S)) == 1


def test_legend_words_hyphenated_at_a_line_end_are_joined() -> None:
    """ "… arithmetic means (%CV) for t1/2 and me‐" over "dian (range) for Tmax": the legend says median."""
    from extractors.table_region import TableRegion

    notes = [Line(_words("arithmetic means (%CV) for t1/2 and me\u2010", 40.0, 300.0, 6.0))]
    notes.append(Line(_words("dian (range) for Tmax; dose-", 40.0, 308.0, 6.0)))
    notes.append(Line(_words("escalation cohorts", 40.0, 316.0, 6.0)))
    region = TableRegion(None, "Table 1", "", 0, 1, 40.0, 280.0, 100.0, 320.0, notes=notes)
    text = region.notes_text
    assert "median (range) for Tmax" in text and "dose- escalation" in text  # an ASCII hyphen may be a compound's
