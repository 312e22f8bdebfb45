"""Table regions and captions in another typeface (bench/faces.py, face ``liberation``: Times/Arial metrics).

The layout zoo set in other faces breaks where a rule was fitted to one face's line breaks and widths:

- a caption whose first line is cut short at a broken word ("Table 1. Pa-" / "tient baseline characteristics
  ..."): its next lines, running across the column in the caption's type, are the caption's, not a head row
  (zoo-flow-trabedersen: every demographic value's group was the caption's text). The measure a caption line is
  held to is its own column's: a full-width abstract over it is no measure, nor is text beyond the other column's
  words beside it;
- two column tables whose rows fall on different baselines (each column's rows at their own pitch) were one block
  across the gutter, so a caption over the left one took both columns as one table;
- captions set below stacked tables, a table broken across the page (zoo-stack-lu177): the caption over the next
  table's block with the broken table's two rows over it said "captions above" and tipped the paper's caption
  side (tests/data/stages/zoo-stack-lu177-liberation.json);
- a head broken across the column, a row of values alone whose label wraps under it at the head of the next page
  (zoo-mirror-trabedersen; tests/data/stages/zoo-mirror-trabedersen-liberation.json).

Liberation zoo before / after: zoo-flow-trabedersen 67/291 (102 mislabeled) -> 220/291 (0); zoo-stack-lu177 0/128 ->
128/128; zoo-mirror-trabedersen 87/291 -> 291/291.
"""

from __future__ import annotations

from extractors.blocks import find_blocks
from extractors.captions import find_captions
from extractors.geometry import RegionSettings
from extractors.layout import words_to_lines
from schemas.document import Document, Frame, Word

S = RegionSettings()


def _line(text: str, x0: float, top: float, size: float = 8.0, bold: bool = False, gap: float = 0.3) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 0.4 * size * len(token)
        words.append(Word(token, x, top, x + width, top + size, size, bold, (x, top, x + width, top + size)))
        x += width + gap * size
    return words


def _cells(cells: list[tuple[str, float]], top: float, size: float = 7.0, bold: bool = False) -> list[Word]:
    return [w for text, x in cells for w in _line(text, x, top, size, bold)]


def _document(words: list[Word]) -> Document:
    return Document("0" * 64, "synthetic.pdf", 1, 1, [Frame(page=1, width=595, height=842, rotation=0, words=words)])


def _short_broken_caption(second: str) -> list[Word]:
    """A two-column page under a full-width abstract: the left column's caption, its first line cut at a broken
    word; the right column's table rows beside it."""
    words: list[Word] = []
    abstract = "the abstract runs across the whole page in the type the caption is set in, both columns wide, over it"
    for i in range(3):
        words += _line(abstract, 45, 300 + 10 * i, 8.1)
    words += _line("Table", 45, 400, bold=True) + _line("1. Pa\u2010", 70, 400)
    words += _line(second, 45, 410)
    words += _line("patients, GBM patients, and AA patients (primary efficacy population)", 45, 420)
    words += _line("Previous", 324, 420, 7.0) + _cells([("28 (100%)", 388), ("34 (100%)", 440)], 420)
    words += _cells([("Patient", 49), ("10 µM", 135), ("80 µM", 187), ("Standard", 241)], 440, bold=True)
    words += _cells([("All patients", 49), ("n = 40", 136), ("n = 49", 188), ("n = 45", 248)], 452)
    return words


def test_a_caption_cut_short_at_a_broken_word_goes_on_across_its_column() -> None:
    words = _short_broken_caption("tient baseline characteristics (primary efficacy population): all")
    [cap] = find_captions(_document(words))
    assert len(cap.lines) == 3
    assert cap.title.startswith("Patient baseline characteristics")  # the broken word joined
    assert cap.title.endswith("AA patients (primary efficacy population)")


def test_a_head_row_under_a_short_caption_line_is_no_caption_line() -> None:
    # the line under "Table 1. Pa-" is a head row (cells, not a run of words in the caption's type): the caption is
    # its first line alone
    words = _line("Table", 45, 400, bold=True) + _line("1. Pa\u2010", 70, 400)
    words += _cells([("Characteristic", 45), ("Drug (n = 40)", 140), ("Placebo (n = 41)", 220)], 410, 8.0)
    [cap] = find_captions(_document(words))
    assert len(cap.lines) == 1


def _offset_tables(size: float = 7.0) -> list[Word]:
    """Two column tables in the same type, their rows on different baselines: the right one's rows half a row
    below the left one's, but for one row on the same baseline (a line holding both columns' rows)."""
    words: list[Word] = []
    for i in range(8):
        top = 500 + 22 * i
        words += _cells([(f"Item {chr(65 + i)}", 49), (f"{10 + i} (2{i}%)", 130), (f"{20 + i} (3{i}%)", 182)], top)
        words += _cells([(f"{30 + i} (4{i}%)", 242)], top)
        top += 0 if i == 3 else 11
        words += _cells([(f"Row {chr(75 + i)}", 324), (f"{40 + i} (5{i}%)", 390), (f"{50 + i} (6{i}%)", 442)], top)
        words += _cells([(f"{60 + i} (7{i}%)", 502)], top)
    return words


def test_two_column_tables_with_their_rows_offset_are_two_blocks() -> None:
    lines = words_to_lines(_offset_tables())
    blocks = find_blocks(lines, 8.4, S, set(), (291.0, 316.0))
    assert len(blocks) == 2
    left, right = sorted(blocks, key=lambda b: b.x0)
    assert left.x1 < 291 and right.x0 > 316


def test_a_table_across_the_page_stays_one_block() -> None:
    # every row holds values on both sides of the gutter, its label left of it: one table across the page
    words: list[Word] = []
    for i in range(6):
        cells = [(f"Item {chr(65 + i)}", 49), (f"{10 + i}", 150), (f"{20 + i}", 250), (f"{30 + i}", 350)]
        words += _cells([*cells, (f"{40 + i}", 450)], 500 + 11 * i)
    blocks = find_blocks(words_to_lines(words), 8.4, S, set(), (291.0, 316.0))
    assert len(blocks) == 1 and blocks[0].x0 < 291 < 316 < blocks[0].x1


def test_a_caption_s_last_short_line_under_a_full_width_abstract_stays_the_caption_s() -> None:
    # zoo-flow-trabedersen in a wide face: the caption's first two lines run across its column, its third is short
    # ("(primary efficacy population)"). The abstract over the page is no measure of the caption's column: the
    # other column's rows beside the caption's lines bound it, though none shares the short line's band
    words: list[Word] = []
    abstract = "the abstract runs across the whole page in the type the caption is set in, both columns wide, over it"
    for i in range(3):
        words += _line(abstract, 45, 300 + 10 * i, 8.1)
    words += _line("Table", 45, 400, bold=True)
    words += _line("1. Patient baseline characteristics (primary pop\u2010", 70, 400)
    words += _line("ulation, n = 134): all patients, GBM patients, and AA patients", 45, 410)
    words += _line("(primary efficacy population)", 45, 420)
    words += _cells([("Female (%)", 324), ("7 (25%)", 388), ("10 (29%)", 440)], 396)
    words += _cells([("Median", 324), ("7.0", 390), ("6.0", 442)], 408.5)
    words += _cells([("duration of", 317)], 416.5) + _cells([("disease", 317)], 424.7)
    words += _cells([("Patient", 49), ("10 µM", 135), ("80 µM", 187), ("Standard", 241)], 440, bold=True)
    words += _cells([("All patients", 49), ("n = 40", 136), ("n = 49", 188), ("n = 45", 248)], 452)
    [cap] = find_captions(_document(words))
    assert cap.title.endswith("AA patients (primary efficacy population)")
    assert len(cap.lines) == 3


def _spread(text: str, x0: float, x1: float, top: float, size: float) -> list[Word]:
    """A line of words set from `x0` to `x1`, its word spaces a quarter em."""
    tokens = text.split()
    gap = 0.25 * size
    unit = (x1 - x0 - gap * (len(tokens) - 1)) / sum(len(t) for t in tokens)
    words, x = [], x0
    for token in tokens:
        width = unit * len(token)
        words.append(Word(token, x, top, x + width, top + size, size, False, (x, top, x + width, top + size)))
        x += width + gap
    return words


def _columns_under_abstract(caption_x1: float) -> list[Word]:
    """A full-width abstract in body type over two text columns holding nothing but column tables: the left
    column's caption (its first line ending at `caption_x1`, wrapped to a second line) over a table whose rows the
    right column's table rows nearly share baselines with (1 pt apart)."""
    words: list[Word] = []
    abstract = "the abstract runs across the whole page in the body type of the paper and over both text columns here"
    for i in range(14):
        words += _spread(abstract, 45, 550, 100 + 11 * i, 8.5)
    words += _spread("Table 1. Baseline participant demographics and characteristics of the", 45, caption_x1, 300, 8)
    words += _line("participants at baseline", 45, 310)
    for i in range(12):
        top = 340 + 13.3 * i
        words += _cells([(f"Item {chr(65 + i)} of the table", 49), (f"{10 + i} (2{i}.5)", 240)], top)
        words += _cells([(f"Row {chr(75 + i)}", 324), (f"{40 + i} (5{i}.1)", 500)], top - 1.1)
    return words


def test_a_caption_wrapped_at_the_strip_keeps_the_gutter_of_two_columns_of_tables() -> None:
    # zoo-flow-lu177 in a wide face: the abstract fills the page's top, its two columns below hold one table each
    # and no running text: the caption wrapped at the strip says the left column ends there
    from extractors.frame_view import frame_view

    view = frame_view(_document(_columns_under_abstract(282.0)), 0, set())
    assert view.gutter is not None and 285 < (view.gutter[0] + view.gutter[1]) / 2 < 320


def test_a_caption_running_past_the_strip_is_no_column_measure() -> None:
    # the same caption set across the page (a one-column page, a table with a wide gap in it): no gutter
    from extractors.frame_view import frame_view

    view = frame_view(_document(_columns_under_abstract(530.0)), 0, set())
    assert view.gutter is None


def _one_line_caption_columns(caption: str) -> list[Word]:
    """The page of `_columns_under_abstract` with a one-line caption (nothing wraps at the strip): the right
    column's table opens every row with its label at the column's edge."""
    words = [w for w in _columns_under_abstract(282.0) if not 295 <= w.top <= 315]
    return words + _line(caption, 45, 300)


def test_labels_opening_the_right_column_keep_the_gutter_of_two_columns_of_tables() -> None:
    # zoo-smallcaps-derazantinib scaled (bench/scales.py): a one-line caption, the abstract over the columns in a
    # type the body size's rounding put in or out of prose: the strip held by the right column's row labels
    from extractors.frame_view import frame_view

    view = frame_view(_document(_one_line_caption_columns("Table 1. Baseline demographics")), 0, set())
    assert view.gutter is not None and 285 < (view.gutter[0] + view.gutter[1]) / 2 < 320
    # the caption set across the strip: the table under it is set across the page
    across = "Table 1. Baseline participant demographics and characteristics of the participants at baseline"
    assert frame_view(_document(_one_line_caption_columns(across)), 0, set()).gutter is None
