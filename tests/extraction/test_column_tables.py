"""Tables one text column wide on a two-column page (the `band` zoo family: Lancet / EHJ / ESC-like tables
with no rules, a dark header band and tinted rows), whose rows share baselines with the other column's
prose. The blocks stage must read the table column apart from the prose column, whatever the lines merged.

Synthetic lines check ``find_blocks`` as plain data (block boxes and data-line counts); the band zoo
fixtures check the regions and the rows they give (parts, columns, label paths, the legend).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.blocks import Block, find_blocks
from extractors.debug import TableStages, table_stages
from extractors.layout import Line
from extractors.loader import load_document
from schemas.document import Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"
BODY = 9.0
TABLE = 7.0
GUTTER = (290.0, 310.0)
MIDDLE = (GUTTER[0] + GUTTER[1]) / 2
PROSE = [
    "the",
    "patients",
    "were",
    "enrolled",
    "at",
    "twelve",
    "centres",
    "and",
    "followed",
    "for",
    "the",
    "whole",
    "study",
    "period",
    "while",
    "all",
]


def _words(text: str, x0: float, top: float, size: float, x1: float | None = None) -> list[Word]:
    """Words set from x0 (0.5 em a character, 0.3 em a space), spread out to end at x1 when given
    (a justified line)."""
    tokens = text.split()
    widths = [0.5 * size * len(t) for t in tokens]
    space = 0.3 * size
    if x1 is not None and len(tokens) > 1:
        space = (x1 - x0 - sum(widths)) / (len(tokens) - 1)
    out, x = [], x0
    for token, width in zip(tokens, widths, strict=True):
        box = (x, top, x + width, top + size)
        out.append(Word(token, x, top, x + width, top + size, size, False, box))
        x += width + space
    return out


def _prose_line(top: float) -> list[Word]:
    return _words(" ".join(PROSE), 40.0, top, BODY, x1=GUTTER[0] - 0.5)  # justified to the gutter


def _row(label: str, values: tuple[str, ...], top: float, x0: float = 312.0) -> list[Word]:
    words = _words(label, x0, top, TABLE)
    for value, at in zip(values, (470.0, 520.0), strict=False):
        words += _words(value, at, top, TABLE)
    return words


def _lines(rows: list[list[Word]]) -> list[Line]:
    return [Line(sorted(ws, key=lambda w: w.x0)) for ws in rows]


_ROWS = [
    ("Median (range)", ("72.0", "(57-86)")),
    ("<65 years", ("7", "(25.9)")),
    (">=65 years", ("20", "(74.1)")),
    ("Black or African American", ("4", "(14.8)")),
    ("White", ("23", "(85.2)")),
    ("Canada", ("12", "(44.4)")),
]


def _column_table_beside_prose(extra: dict[int, list[Word]] | None = None) -> list[Line]:
    """A right-column table whose every row shares its line with a justified left-column prose line."""
    extra = extra or {}
    rows = []
    for i, (label, values) in enumerate(_ROWS):
        top = 100.0 + 11 * i
        rows.append(extra.get(i, _prose_line(top)) + _row(label, values, top))
    return _lines(rows)


def _only_block(blocks: list[Block]) -> Block:
    assert len(blocks) == 1, [(b.x0, b.top, b.x1, b.bottom) for b in blocks]
    return blocks[0]


def test_column_table_beside_justified_prose_is_one_block_of_its_column() -> None:
    block = _only_block(find_blocks(_column_table_beside_prose(), BODY, gutter=GUTTER))
    assert block.x0 >= MIDDLE and len(block.data) == len(_ROWS)
    assert all(line.x0 >= MIDDLE for line in block.lines)


def test_caption_of_the_other_column_on_a_row_line_stops_only_its_own_side() -> None:
    caption = _words("Table 1: Baseline characteristics of the participants", 40.0, 100.0 + 11 * 3, 8.0)
    lines = _column_table_beside_prose({3: caption})
    stop = {3}
    block = _only_block(find_blocks(lines, BODY, stop=stop, gutter=GUTTER, stop_words={id(w) for w in caption}))
    assert len(block.data) == len(_ROWS)  # the row beside the caption stays a row; the block goes on


def test_long_group_label_in_table_type_does_not_end_the_block() -> None:
    rows = [
        _prose_line(100.0 + 11 * i) + _row(label, values, 100.0 + 11 * i) for i, (label, values) in enumerate(_ROWS[:3])
    ]
    rows.append(
        _prose_line(133.0)
        + _words("Prior taxane treatment for hormone-sensitive prostate cancer, n (%)", 312.0, 133.0, TABLE)
    )
    rows += [
        _prose_line(144.0 + 11 * i) + _row(label, values, 144.0 + 11 * i) for i, (label, values) in enumerate(_ROWS[3:])
    ]
    block = _only_block(find_blocks(_lines(rows), BODY, gutter=GUTTER))
    assert len(block.data) == len(_ROWS) and block.x0 >= MIDDLE


def test_block_merged_across_the_gutter_beside_prose_is_read_column_by_column() -> None:
    """The other column's table head on the same baselines as this table's last rows ("Dosage 29, 43, 57"
    beside "(10)") used to chain both tables into one page-wide block."""
    rows = [
        _prose_line(100.0 + 11 * i) + _row(label, values, 100.0 + 11 * i) for i, (label, values) in enumerate(_ROWS)
    ]
    top = 100.0 + 11 * len(_ROWS)
    rows.append(
        _words("Dosage", 40.0, top, TABLE) + _words("29, 43", 120.0, top, TABLE) + _words("(10)", 470.0, top, TABLE)
    )
    for i in range(1, 5):  # the left table's rows under its head, the right column's legend beside them
        top = 100.0 + 11 * (len(_ROWS) + i)
        rows.append(_row(f"Patients group {i}", ("11", "(45)"), top, x0=42.0)[:3] + _words("5 (45)", 120.0, top, TABLE))
    blocks = find_blocks(_lines(rows), BODY, gutter=GUTTER)
    assert blocks and all(b.x1 <= MIDDLE or b.x0 >= MIDDLE for b in blocks), [(b.x0, b.x1) for b in blocks]
    right = next(b for b in blocks if b.x0 >= MIDDLE)
    assert len(right.data) >= len(_ROWS)


def test_full_width_table_with_an_empty_strip_at_the_gutter_stays_whole() -> None:
    rows = []
    for i, (label, values) in enumerate(_ROWS):
        top = 100.0 + 11 * i
        words = _words(label, 40.0, top, TABLE) + _words(values[0], 200.0, top, TABLE)
        words += _words(values[1], 250.0, top, TABLE) + _words(values[0], 400.0, top, TABLE)
        rows.append(words + _words(values[1], 450.0, top, TABLE))
    block = _only_block(find_blocks(_lines(rows), BODY, gutter=GUTTER))
    assert block.x0 < GUTTER[0] and block.x1 > GUTTER[1] and len(block.data) == len(_ROWS)


# --------------------------------------------------------------------------- the band zoo fixtures


@cache
def _stages(name: str) -> TableStages:
    return table_stages(load_document(PDFS / name))


def _parts(stages: TableStages, table_id: str) -> list[tuple[int, float, float]]:
    table = next(t for t in stages.regions.tables if t.table_id == table_id)
    return [(p.page, p.bbox[0], p.bbox[2]) for p in table.parts]


def test_band_tables_flow_from_the_foot_of_the_left_column_into_the_right_one() -> None:
    stages = _stages("zoo-band-siltuximab.pdf")
    for table_id, page in (("Table 2", 1), ("Table 3", 2)):
        parts = _parts(stages, table_id)
        assert [p for p, _, _ in parts] == [page, page], table_id
        (_, _, l1), (_, r0, _) = parts
        assert l1 < 300 < r0, (table_id, parts)  # one text column each: the other column's prose stays out
    lu177 = _parts(_stages("zoo-band-lu177.pdf"), "Table 1")
    assert [p for p, _, _ in lu177] == [1, 1, 2]
    assert lu177[0][2] < 300 < lu177[1][1] and lu177[2][2] < 300  # left foot, right column, next page's left


def test_band_continuation_rows_keep_their_own_label_paths_and_the_legend() -> None:
    stages = _stages("zoo-band-lu177.pdf")
    rows = [r for g in stages.grids.grids if g.table_id == "Table 1" for r in g.rows]
    paths = {tuple(r.label_path) for r in rows}
    assert ("Age at informed consent, years", "Median (range)") in paths
    assert ("Age group, n (%)", "<65 years") in paths  # a top-level group of the right-column part
    silt = _stages("zoo-band-siltuximab.pdf")
    table3 = next(t for t in silt.regions.tables if t.table_id == "Table 3")
    assert table3.parts[-1].note_lines >= 2  # the legend under the right-column part ("Data presented as n (%)")


def test_band_legend_running_to_the_column_foot_goes_on_at_the_head_of_the_next_page() -> None:
    """Table 2's legend fills the foot of the right column; its last line ("Data presented as n (%) or median
    (range) ...") heads the left column of page 2, above the prose, and still says how to read its cells."""
    table = next(t for t in _stages("zoo-band-siltuximab.pdf").regions.tables if t.table_id == "Table 2")
    assert "median (range)" in table.notes
    assert [p.page for p in table.parts] == [1, 1]  # the legend line is no part of its own


def test_legend_of_a_table_ending_at_the_page_foot_is_read_from_the_next_page_across() -> None:
    """A full-width table whose rows end at the foot of the page, its whole legend set across the head of the
    next page (BJC): the legend ("Data presented as n (%) or median (range)") is the table's."""
    stages = table_stages(load_document(PDFS / "jats-siltuximab-rcc-ph1-2-bjc2010.pdf"))
    table = next(t for t in stages.regions.tables if t.table_id == "Table 2")
    assert "median (range)" in table.notes and "Pneumonia" in table.notes
    assert [p.page for p in table.parts] == [4]
