"""A two-column page whose both text columns carry tables, a caption stranded at the foot of the left one
(zoo-mirror-trabedersen set in the schoolbook face, C059 + Nimbus Sans; tests/data/stages/
zoo-mirror-trabedersen-schoolbook.json holds its regions and grids):

- the gutter is the channel the two columns leave between them, not the whole thinly covered strip: the few
  prose lines of the left column that reach past its table's value columns, and the right column table's group
  labels standing left of its indented rows, are the columns' own sparse edges. Found inside the right table's
  stub (260-301 pt), a crop at the gutter cut "GBM patients" and two groups' rows came out under "All patients";
- a caption whose nearest line above it is body prose closes no table over it: it is a foot caption, its table
  opening the right column (grown up, it took the right column's rows beside the prose for a table's);
- a line cut at the gutter takes back its row's words the layout banded apart ("AA patients n=" banded with the
  right column's line a point higher, its "12 15 12" a line of its own: the group's rows were unread).

Schoolbook zoo-mirror-trabedersen before / after: 102/291 -> 291/291 (efficacy 0/138 -> 138/138, demographics
102/153 -> 153/153).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.blocks import find_blocks
from extractors.caption_blocks import frame_blocks
from extractors.captions import find_captions
from extractors.debug import TableStages, table_stages
from extractors.frame_view import frame_view
from extractors.geometry import RegionSettings
from extractors.loader import load_document
from extractors.region_growth import grow
from schemas.document import Document, Frame, Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"
S = RegionSettings()
BODY = 8.5
TABLE = 7.0


def _words(text: str, x0: float, top: float, size: float = TABLE, gap: float = 0.3, bold: bool = False) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 0.45 * size * len(token)
        words.append(Word(token, x, top, x + width, top + size, size, bold, (x, top, x + width, top + size)))
        x += width + gap * size
    return words


def _justified(text: str, x0: float, x1: float, top: float, size: float = BODY) -> list[Word]:
    """``text`` set from x0 to x1 on one line, its word gaps stretched to fill the measure."""
    tokens = text.split()
    widths = [0.45 * size * len(t) for t in tokens]
    gap = (x1 - x0 - sum(widths)) / max(1, len(tokens) - 1)
    words, x = [], x0
    for token, width in zip(tokens, widths, strict=True):
        words.append(Word(token, x, top, x + width, top + size, size, False, (x, top, x + width, top + size)))
        x += width + gap
    return words


PROSE = [
    "the study was multinational and open label with patients randomized in a ratio",
    "using a centralized randomization procedure to treatment with either dose or the",
    "standard chemotherapy of the centre as chosen by the investigator at each site in",
    "the trial and the tumor response was assessed by magnetic resonance imaging scans",
]


def _document(words: list[Word]) -> Document:
    """A page of ``words`` and a page of running text after it: the document's body type is the prose's."""
    text = [w for k in range(60) for w in _justified(PROSE[k % len(PROSE)], 34, 272, 60 + 11 * k)]
    frames = [
        Frame(page=1, width=595, height=842, rotation=0, words=words),
        Frame(page=2, width=595, height=842, rotation=0, words=text),
    ]
    return Document("0" * 64, "synthetic.pdf", 1, 2, frames)


def _column_tables() -> list[Word]:
    """Page 2 of the fixture, drawn: the left column a table's continued rows (values ending well short of the
    column's edge) over a paragraph justified to the column's edge; the right column a table whose three group
    labels stand at the column's edge, left of its indented rows and value cells."""
    words: list[Word] = []
    for i in range(40):
        top = 60 + 14 * i
        words += _words(f"Row label {i}", 38, top)
        words += _words(f"{10 + i} ({20 + i}%)", 118, top) + _words(f"{30 + i} ({40 + i}%)", 168, top)
        words += _words(f"{50 + i} ({60 + i}%)", 224, top)
        if i in (0, 13, 26):
            words += _words(["All", "GBM", "AA"][i // 13] + " patients", 288, top + 5)
            words += _words("n = 40", 364, top + 5) + _words("n = 49", 414, top + 5) + _words("n = 45", 470, top + 5)
        else:
            words += _words("Tumor control rate", 305, top + 5)
            words += _words(f"{i} ({i}%)", 364, top + 5) + _words(f"{i + 1} ({i}%)", 414, top + 5)
            words += _words(f"{i + 2} ({i}%)", 470, top + 5)
    for k, text in enumerate(PROSE):
        words += _justified(text, 34, 272, 640 + 11 * k)
    return words


def test_the_gutter_is_the_channel_between_the_columns_not_inside_a_right_column_table_s_stub() -> None:
    view = frame_view(_document(_column_tables()), 0, set())
    assert view.gutter is not None
    g0, g1 = view.gutter
    # the channel between the paragraph's right edge (272) and the group labels (288), not the thin strip from the
    # left table's values (about 255) into the right table's stub (its indented rows at 305)
    assert g0 >= 271 and g1 <= 289


def _caption_at_the_column_foot(over: list[list[Word]]) -> Document:
    """The left column's lines ``over`` a caption at its foot (page 2 of the fixture); the right column a table,
    its head at the top of the column, its rows running down beside the left column's lines and the caption."""
    words = [w for line in over for w in line]
    words += _words("Tumor response", 288, 50, bold=True) + _words("10 µM", 364, 50) + _words("80 µM", 414, 50)
    words += _words("Standard", 470, 50)
    for i in range(48):
        top = 62 + 14 * i
        label = ["All", "GBM", "AA"][i // 16] + " patients" if i % 16 == 0 else "Overall response rate"
        words += _words(label, 288 if i % 16 == 0 else 305, top)
        words += (
            _words(f"{i} ({i}%)", 364, top) + _words(f"{i + 1} ({i}%)", 414, top) + _words(f"{i + 2} ({i}%)", 470, top)
        )
    words += _words("Table 2.", 34, 700, BODY, bold=True)
    words += _words("Tumor response: all patients, GBM patients and AA", 34 + 0.45 * BODY * 9, 700, BODY)
    words += _words("patients (primary efficacy population)", 34, 710, BODY)
    return _document(words)


def _left_table(rows: int, top: float) -> list[list[Word]]:
    return [
        _words(f"Item {chr(65 + i % 26)}", 38, top + 11 * i)
        + _words(f"{10 + i} ({20 + i}%)", 118, top + 11 * i)
        + _words(f"{30 + i} ({40 + i}%)", 178, top + 11 * i)
        + _words(f"{50 + i} ({60 + i}%)", 224, top + 11 * i)
        for i in range(rows)
    ]


def test_a_caption_under_body_prose_closes_no_table_over_it() -> None:
    # the left column: a table's rows, then a paragraph ending over the caption; the right column's table beside
    prose = [_justified(text, 34, 272, 640 + 11 * k) for k, text in enumerate(PROSE)]
    document = _caption_at_the_column_foot([*_left_table(40, 60), *prose, _words("ard chemotherapy.", 34, 684, BODY)])
    [cap] = find_captions(document)
    view = frame_view(document, 0, set())
    frame_blocks(view, [cap], S)
    assert grow(view, cap, [], 1, False, S) is None


def test_a_caption_under_its_table_s_rows_closes_that_table_in_its_own_column() -> None:
    # (with the gutter inside the right table's stub, the region grown up from it took the right column's rows too)
    document = _caption_at_the_column_foot(_left_table(55, 60 + 11 * 3))
    [cap] = find_captions(document)
    view = frame_view(document, 0, set())
    frame_blocks(view, [cap], S)
    region = grow(view, cap, [], 1, False, S)
    assert region is not None and region.x1 < 280


def test_a_row_the_layout_banded_with_the_other_column_s_line_is_one_row_once_cut() -> None:
    # two column tables side by side, their rows on shared baselines; on one of them the right column's line sits
    # a point and a half higher and opens the band the left row's label and "n=" join, its counts a hair lower
    # left on a line of their own
    from extractors.layout import words_to_lines

    words: list[Word] = []
    for i in range(8):
        top = 300 + 14 * i
        words += _words(f"Item {chr(65 + i)}", 38, top) + _words(f"{10 + i} ({20 + i}%)", 118, top)
        words += _words(f"{30 + i} ({40 + i}%)", 168, top) + _words(f"{50 + i} ({60 + i}%)", 224, top)
        words += _words(f"Row {chr(75 + i)}", 305, top) + _words(f"{40 + i} ({50 + i}%)", 364, top)
        words += _words(f"{60 + i} ({70 + i}%)", 414, top) + _words(f"{80 + i} ({90 + i}%)", 470, top)
    top = 300 + 14 * 8
    words += _words("(CR + PR +", 305, top - 1.5) + _words("5 (9%)", 364, top - 1.5)
    words += _words("AA patients", 38, top)
    words += [w for x in (118, 168, 224) for w in _words("n=", x, top + 0.52)]
    words += [w for x in (128, 178, 234) for w in _words("12", x, top + 0.67)]
    for i in range(4):  # the left table goes on under the row
        words += _words(f"Next {i}", 38, top + 14 * (i + 1)) + _words(f"{i} ({i}%)", 118, top + 14 * (i + 1))
        words += _words(f"{i} ({i}%)", 168, top + 14 * (i + 1)) + _words(f"{i} ({i}%)", 224, top + 14 * (i + 1))
    blocks = find_blocks(words_to_lines(words), BODY, S, set(), (271.0, 288.0))
    lines = [ln for b in blocks for ln in b.lines if ln.x1 < 280]
    row = [ln for ln in lines if ln.words[0].text == "AA"]
    assert len(row) == 1 and row[0].text == "AA patients n= 12 n= 12 n= 12"
    assert not any(ln.text == "12 12 12" for ln in lines)


@cache
def _fixture() -> TableStages:
    return table_stages(load_document(PDFS / "zoo-mirror-trabedersen-schoolbook.pdf"))


def test_the_fixture_s_right_column_table_keeps_its_groups() -> None:
    stages = _fixture()
    [grid] = [g for g in stages.grids.grids if g.table_id == "Table 2" and g.page == 2]
    groups = {r.label_path[0] for r in grid.rows if r.label_path}
    assert groups == {"All patients", "GBM patients", "AA patients"}
    assert all(r.label_path[0] != "patients" for r in grid.rows if r.label_path)
    [table] = [t for t in stages.regions.tables if t.table_id == "Table 2"]
    assert [p.page for p in table.parts] == [2, 3] and table.parts[0].bbox[0] >= 285


def test_the_fixture_s_left_column_row_keeps_its_counts() -> None:
    stages = _fixture()
    [grid] = [g for g in stages.grids.grids if g.table_id == "Table 1" and g.page == 2]
    [row] = [r for r in grid.rows if r.label_path == ["AA patients"]]
    assert [c.text for c in row.cells] == ["n= 12", "n= 15", "n= 12"]
