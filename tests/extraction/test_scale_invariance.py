"""A page scaled by k reads as the original: every threshold of the readers is font-relative (em, shares of the
page), none in points. The same PDF redrawn at 0.8 and 1.6 times its size (tests/typeset/scaled.py; a smaller or
larger paper size, a poster) gives the same records, to the label and the raw cell text; only the boxes scale.
bench/scales.py runs this over every tuning PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractors.captions import find_captions
from extractors.grid_rows import _fragment
from extractors.kerning import join_kerned
from extractors.layout import Line
from extractors.pipeline import extract
from schemas.document import Document, Frame, Word
from tests.typeset.scaled import scaled_copy

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"

# the seed paper and a zoo paper with a three-line caption over a column table. Left: at 0.8 that caption's next
# lines are cut by point thresholds of extractors/captions.py and its table is read as untitled (bench/scales.py)
# zoo-smallcaps-derazantinib at 0.8: its body (8.4 pt) rounds by half points to 8.5 at scale 1 and to 6.5 at 0.8
# (6.72 pt), so its abstract (8 pt) was running text at one scale and not at the other, and the gutter of its page of
# column tables went with it (19 of 62 values); the gutter now stands on the right column's labels
# zoo-mirror-trabedersen at 0.8: the label line under the last row of a part continued on the next page
# ("volume (mm³)"),
# its superscript raised into the row's band a tenth of an em: it was taken under the row only when its top cleared
# the row by half a point, so at 0.8 "mm³" read "mm" and the row's values were under another label
CASES = [
    ("seed-nct04728035.pdf", 1.6),
    ("zoo-stats-derazantinib.pdf", 1.6),
    ("zoo-smallcaps-derazantinib.pdf", 0.8),
    ("zoo-mirror-trabedersen.pdf", 0.8),
]


def _facts(pdf: Path) -> list[str]:
    return sorted(
        repr((r.table, tuple(r.row), tuple(r.column), r.arm, r.statistic, r.value, r.raw, r.page))
        for r in extract(pdf).records
    )


@pytest.mark.parametrize(("name", "k"), CASES)
def test_a_scaled_page_reads_as_the_original(name: str, k: float, tmp_path: Path) -> None:
    copy = tmp_path / name
    scaled_copy(PDFS / name, copy, k)
    original, scaled = _facts(PDFS / name), _facts(copy)
    assert len(original) > 60
    missing = [f for f in original if f not in scaled]
    extra = [f for f in scaled if f not in original]
    assert not missing and not extra, (missing[:5], extra[:5])


def test_the_scaled_copy_is_scaled(tmp_path: Path) -> None:
    copy = tmp_path / "x.pdf"
    name = CASES[1][0]
    scaled_copy(PDFS / name, copy, 0.8)
    original = {(r.raw, r.page): r.bbox for r in extract(PDFS / name).records if r.table != "text"}
    scaled = {(r.raw, r.page): r.bbox for r in extract(copy).records if r.table != "text"}
    key = next(iter(original))
    assert scaled[key] == pytest.approx([0.8 * v for v in original[key]], abs=0.05)


def _words(text: str, x0: float, top: float, size: float, k: float) -> list[Word]:
    """`text` set from `x0` on the line at `top` in type `size`, every length times `k`: each character half an
    em wide, a quarter em between words; "Table N." in bold."""
    out: list[Word] = []
    x = x0
    for part in text.split():
        w = len(part) * 0.5 * size
        bold = part == "Table" or (bool(out) and out[-1].text == "Table")
        out.append(Word(part, k * x, k * top, k * (x + w), k * (top + size), k * size, bold, (0, 0, 0, 0)))
        x += w + 0.25 * size
    return out


def _page(lines: list[tuple[str, float, float, float]], k: float) -> Document:
    words = [w for text, x0, top, size in lines for w in _words(text, x0, top, size, k)]
    frame = Frame(page=1, width=612.0 * k, height=792.0 * k, rotation=0, words=words)
    return Document(sha256="", file_name="x.pdf", size_bytes=0, page_count=1, frames=[frame])


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_caption_beside_the_other_column_keeps_its_lines_at_any_scale(k: float) -> None:
    """A three-line caption in 8-point type filling the left column of a two-column page, the right column's body
    text (8.4 points) on baselines between its lines, its first word ("1/2") a gutter's width right of the
    caption's end. The caption's reach (its first line's end and a gutter's slack) is a share of the page: in
    points (30), the page at 0.8 took the other column's first word as the caption's next line and cut it."""
    body = "study (ARQ 087-101) of derazantinib in subjects with advanced solid tumours ok"
    lines = [
        ("Table 2. Response to treatment with derazantinib (ARQ 087) in", 39.7, 138.6, 8.0),
        ("1/2 " + body, 313.1, 142.8, 8.4),
        ("29 patients with advanced or inoperable FGFR2 gene fusion-", 39.7, 148.6, 8.0),
        ("solid tumours with FGFR genetic alterations including iCCA with", 313.1, 153.7, 8.4),
        ("positive iCCA", 39.7, 158.6, 8.0),
        ("FGFR2 gene fusion was completed and the study explored its safety", 313.1, 164.6, 8.4),
    ] + [(body, 313.1, 175.0 + 11 * i, 8.4) for i in range(12)]
    captions = find_captions(_page(lines, k))
    assert [(c.table_id, len(c.lines), c.title[-13:]) for c in captions] == [("Table 2", 3, "positive iCCA")]


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_stamp_space_over_a_letter_spaced_word_leaves_it_whole_at_any_scale(k: float) -> None:
    """A row label letter-spaced ("H o r m o n e", 0.19 em between letters) under a download stamp in smaller
    type whose space characters fall over its letters: a stamp space starting 0.08 em inside a letter is drawn
    over it, not between two letters. With the slack of ``kerning._spaced`` in points (0.5), at 0.8 that space
    counted as a word space between the letters and the label fell apart into single letters."""
    size, gap = 7.2 * k, 0.19 * 7.2 * k
    pieces: list[dict[str, Any]] = []
    x = 60.0 * k
    for ch in "Hormone":
        box = {"x0": x, "x1": x + 0.5 * size, "top": 100 * k, "bottom": 100 * k + size}
        pieces.append({"text": ch, **box, "size": size, "fontname": "Serif"})
        x += 0.5 * size + gap
    stamp = 6.5 * k
    spaces = [
        {
            "text": " ",
            "x0": p["x1"] - 0.08 * size,
            "x1": p["x1"] - 0.08 * size + 0.25 * stamp,
            "top": 100.9 * k,
            "bottom": 100.9 * k + stamp,
            "size": stamp,
            "fontname": "Sans",
        }
        for p in pieces[1:4]
    ]
    assert [w["text"] for w in join_kerned(pieces, spaces)] == ["Hormone"]


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_wrapped_value_under_its_column_stays_a_value_at_any_scale(k: float) -> None:
    """A narrow table in 6.8-point type (a PK table set low beside the other column): "26.3 (21.0–" wraps its
    interval's end, "32.9)", onto the next line under the first value column, 50 points right of the stub's
    left edge. That line is the cell's wrapped end, not a label, at any scale: in points (45), at 0.8 the 40
    points it stands off made it a label."""
    line = Line(_words("32.9)", 98.29, 486.0, 6.8, k))
    columns = [(98.29 * k, 132.9 * k), (144.18 * k, 196.74 * k)]
    got = _fragment(line, columns, 100.0 * k, None, 48.76 * k)
    assert not got.label and [w.text for w in got.cells[0]] == ["32.9)"]


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_caption_line_running_into_the_strip_is_cut_from_the_other_column_s_row(k: float) -> None:
    # zoo-flow-trabedersen at 1.6: the caption's last line (as wide as its table, wider than its text column) ends a
    # tenth of an em past the strip's inner quarter as measured at that scale, on the baseline of the right column's
    # table row "Median | 7.0 | 6.0 | 7.0": cut at the strip all the same, or that row was lost from its table
    from extractors.blocks import _beside_column_text, _split_at
    from extractors.geometry import RegionSettings

    def word(text: str, x0: float, x1: float) -> Word:
        return Word(text, x0 * k, 413.5 * k, x1 * k, 420.5 * k, 7.0 * k, False, (x0 * k, 413.5 * k, x1 * k, 420.5 * k))

    caption = [word("patients", 223.6, 253.0), word("(primary", 255.3, 286.2)]
    row = [word("Median", 322.9, 345.8), word("7.0", 396.7, 406.7), word("6.0", 450.8, 460.8)]
    line = Line([*caption, *row])
    gutter = (275.98 * k, 316.6 * k)
    stop_words = {id(w) for w in caption}
    edges = (49.0 * k, 533.0 * k)
    assert _beside_column_text(line, True, gutter, edges, 7.0 * k, RegionSettings(), stop_words)
    parts = _split_at(line, gutter, caption=True)
    assert [[w.text for w in p.words] for p in parts] == [["patients", "(primary"], ["Median", "7.0", "6.0"]]


_RUNNING_TEXT = ("the", "outcome", "was", "assessed", "by", "the", "investigators", "at", "each", "of", "the", "sites")


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_running_text_a_little_off_the_body_size_is_prose_at_any_scale(k: float) -> None:
    # extractors/table_notes.py held a line to the body size within 0.45 pt: at 1.6 a line 0.4 pt off at scale 1
    # (0.64 pt) was no prose, at 0.8 a line 0.5 pt off (0.4 pt) was; the tolerance is in em of the body
    from extractors.table_notes import is_prose

    def line(size: float) -> Line:
        words, x = [], 50.0 * k
        for token in _RUNNING_TEXT:
            width = 0.45 * size * len(token)
            words.append(Word(token, x, 100 * k, x + width, 100 * k + size, size, False, (x, 100 * k, x + width, 100)))
            x += width + 0.3 * size
        return Line(words)

    body = 9.0 * k
    assert is_prose(line(9.4 * k), 50 * k, 300 * k, body)
    assert not is_prose(line(9.5 * k), 50 * k, 300 * k, body)


def _justified(text: str, x0: float, x1: float, top: float, size: float) -> list[Word]:
    """``text`` in type ``size`` justified from x0 to x1: each character half an em wide, the word gaps stretched."""
    tokens = text.split()
    widths = [0.5 * size * len(t) for t in tokens]
    gap = (x1 - x0 - sum(widths)) / max(1, len(tokens) - 1)
    words, x = [], x0
    for token, width in zip(tokens, widths, strict=True):
        words.append(Word(token, x, top, x + width, top + size, size, False, (x, top, x + width, top + size)))
        x += width + gap
    return words


_COLUMN_TEXT = (
    "the primary outcome was",
    "assessed in all of the",
    "patients who had been",
    "given the study drug at",
    "least once in the trial",
    "and it was then judged",
    "by the investigators at",
    "each of the study sites",
)


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_two_narrow_columns_part_at_their_gutter_at_any_scale(k: float) -> None:
    # extractors/frame_view.py looked for a gutter only in a text at least 200 points wide: a small page (or a
    # narrow frame) of two columns in 7-point type, 230 points across at scale 1, had none at 0.8 (184 points);
    # the text's least width is ``gutter_text_min_em`` of the body type (two columns of ten em)
    from extractors.frame_view import frame_view

    size, words = 7.0 * k, []
    for i, text in enumerate(_COLUMN_TEXT * 2):
        top = (60 + 9 * i) * k
        words += _justified(text, 40 * k, 150 * k, top, size) + _justified(text, 160 * k, 270 * k, top, size)
    frame = Frame(page=1, width=310.0 * k, height=400.0 * k, rotation=0, words=words)
    document = Document(sha256="", file_name="x.pdf", size_bytes=0, page_count=1, frames=[frame])
    gutter = frame_view(document, 0, set()).gutter
    assert gutter is not None and 150 * k <= gutter[0] < gutter[1] <= 160 * k


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_title_in_type_a_little_under_the_body_s_is_set_apart_at_any_scale(k: float) -> None:
    # extractors/untitled_tables.py took a plain title over a rule only in bold or in type 0.4 pt under the body's:
    # 8.5-point under a 9-point body was one at 1 and 1.6 and none at 0.8 (0.4 pt apart); the tolerance is in em
    from extractors.geometry import RegionSettings
    from extractors.untitled_tables import set_apart

    title = Line(_words("Adverse events in the safety population", 50, 100, 8.5, k))
    body = Line(_words("Adverse events in the safety population", 50, 100, 8.8, k))
    assert set_apart(title, 9.0 * k, RegionSettings())
    assert not set_apart(body, 9.0 * k, RegionSettings())


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_box_hanging_a_little_past_the_gutter_s_middle_is_of_its_column_at_any_scale(k: float) -> None:
    # the flow modules (flow_links, column_continuations, page_continuations, foot_captions, short_tails,
    # unread_tables) cropped words and blocks to a text column give or take 3 points: a left column's table whose
    # last value hangs 2.5 points past the gutter's middle at scale 1 was the left column's there and at 0.8, and
    # set across the page at 1.6 (4 points); the slack is ``crop_slack_em`` of the body type
    from extractors.flow_links import column_of
    from extractors.frame_view import FrameView

    frame = Frame(page=1, width=612.0 * k, height=792.0 * k, rotation=0, words=[])
    view = FrameView(frame, [], 10.0 * k, 50.0 * k, 560.0 * k, (295.0 * k, 315.0 * k))
    assert column_of(view, 50.0 * k, 307.5 * k) == (0.0, 295.0 * k)
    assert column_of(view, 50.0 * k, 320.0 * k) == (0.0, 612.0 * k)


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_paragraphs_a_little_off_the_body_size_are_prose_above_a_heading_at_any_scale(k: float) -> None:
    # extractors/metadata.py held the paragraphs over a large heading (a graphical abstract's, no title) to the body
    # size within 0.5 pt: 10.4-point text under a 10-point body was prose at 1 and 0.8, and none at 1.6 (0.64 pt
    # off), so the heading under it was read as the paper's title; the tolerance is ``body_size_share`` of the body
    from extractors.metadata import _prose_above

    lines = [
        ("the outcome was assessed by the investigators at each site", 50.0, 100.0 + 14 * i, 10.4) for i in range(5)
    ]
    frame = _page(lines, k).frames[0]
    assert _prose_above(frame, 200 * k, 10.0 * k)
    assert not _prose_above(frame, 100 * k, 10.0 * k)


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_title_whose_lines_differ_a_hair_in_size_is_read_whole_at_any_scale(k: float) -> None:
    # extractors/metadata.py took a title's words in its size within 0.3 pt: a title whose second line is set at
    # 16.25 points under a first line at 16 (a scaled text matrix) was whole at 1 and 0.8, and lost its second line
    # at 1.6 (0.4 pt apart); the tolerance is ``same_size_share`` of the title's size
    from extractors.metadata import _title_at

    lines = [
        ("Efficacy and safety of derazantinib in patients with", 50.0, 100.0, 16.0),
        ("advanced intrahepatic cholangiocarcinoma", 50.0, 120.0, 16.25),
    ]
    run = _title_at(_page(lines, k).frames[0].words, 16.0 * k)
    assert run is not None and [ln.text for ln in run][-1] == "advanced intrahepatic cholangiocarcinoma"


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_second_stub_column_is_found_at_any_scale(k: float) -> None:
    # extractors/grid_rows.py took the parameter names of a two-column stub ("50 mg/m² | CL" over "n = 8 | V") as
    # one column when they started within 3 points of each other: names 2.5 points apart in 10-point type were one
    # column at 1 and 0.8 and none at 1.6 (4 points); the slack is ``stub_align_em`` of the table's type
    from extractors.grid_rows import _inner_stub_x

    lines = [
        Line(_words("50 mg/m²", 40.0, 100.0, 10.0, k) + _words("CL", 100.0, 100.0, 10.0, k)),
        Line(_words("n = 8", 40.0, 114.0, 10.0, k) + _words("V", 102.5, 114.0, 10.0, k)),
        Line(_words("Q", 100.0, 128.0, 10.0, k)),
        Line(_words("ka", 102.5, 142.0, 10.0, k)),
    ]
    inner = _inner_stub_x(lines, 200.0 * k)
    assert inner is not None and 100 * k <= inner < 102.5 * k


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_span_rule_starting_a_little_inside_its_head_spans_its_columns_at_any_scale(k: float) -> None:
    # extractors/grid_header.py took a rule under a head as the head's span when it reached within 2 points of the
    # head's ends: a rule starting 1.5 points inside "Sunitinib" (10-point type) spanned its two columns at 1 and
    # 0.8 and none at 1.6 (2.4 points); the reach is ``rule_reach_em`` of the head's type
    from extractors.grid_header import _ruled_span
    from schemas.document import Rule

    line = Line(_words("Sunitinib", 150.0, 100.0, 10.0, k))
    columns = [(100.0 * k, 130.0 * k), (150.0 * k, 180.0 * k), (200.0 * k, 230.0 * k)]
    rule = Rule(151.5 * k, 235.0 * k, 113.0 * k)
    assert _ruled_span(line.words, columns, [rule], line) == [1, 2]


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_two_heads_over_one_value_column_split_it_at_any_scale(k: float) -> None:
    # extractors/grid_columns.py took a header cell as standing over a value column within 6 points of its extent:
    # "Placebo" running 5 points past the column of two touching sub-columns (10-point type) split it at 1 and 0.8,
    # and at 1.6 (8 points) the column stayed one; the slack is ``head_over_column_em`` of the head's type
    from extractors.grid_columns import split_by_header

    header = [Line(_words("Drug", 95.0, 100.0, 10.0, k) + _words("Placebo", 130.0, 100.0, 10.0, k))]
    assert len(split_by_header([(100.0 * k, 160.0 * k)], header)) == 2


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_legend_in_type_just_under_the_body_tolerance_is_small_at_any_scale(k: float) -> None:
    # extractors/flow_links.py (and column_continuations.py) took a legend's type as small under the body's
    # tolerance less 0.05 pt: an 8.5-point legend under a 9-point body (the tolerance's very edge) was small at 1.6
    # and body type at 1 and 0.8, as the points rounded; the rounding is ``size_rounding_share`` of the body size
    from extractors.flow_links import legend_after
    from extractors.frame_view import FrameView
    from extractors.geometry import RegionSettings

    frame = Frame(page=1, width=612.0 * k, height=792.0 * k, rotation=0, words=[])
    view = FrameView(frame, [], 9.0 * k, 50.0 * k, 560.0 * k, None)
    first = Line(_words("HR, hazard ratio; CI, confidence interval.", 50.0, 200.0, 8.5, k))
    second = Line(_words("Data are shown for the whole population", 50.0, 210.0, 8.5, k))
    assert legend_after([first, second], 195.0 * k, view, RegionSettings()) == [first, second]


@pytest.mark.parametrize("k", [0.8, 1.0, 1.6])
def test_a_lone_span_rule_starting_a_little_inside_its_head_spans_its_columns_at_any_scale(k: float) -> None:
    # extractors/header_spans.py took a rule under a lone head ("No. (%)" flush left over "GV | GP | Total") as its
    # span when it reached within 2 points of the head's ends: a rule starting 1.5 points inside the head
    # (10-point type) spanned its columns at 1 and 0.8 and none at 1.6 (2.4 points); the reach is
    # ``rule_reach_em`` of the head's type, as grid_header reads a partial rule
    from extractors.header_spans import SpanEdges, lone_span
    from schemas.document import Rule

    line = Line(_words("No. (%)", 150.0, 100.0, 10.0, k))
    columns = [(150.0 * k, 170.0 * k), (190.0 * k, 210.0 * k), (230.0 * k, 250.0 * k)]
    rule = Rule(151.5 * k, 255.0 * k, 111.0 * k)
    lower = (tuple(c0 for c0, _ in columns),)
    edges = SpanEdges((rule,), 50.0 * k, starts_by_line=((150.0 * k,), *lower), ends_by_line=((0.0,), (0.0,) * 3))
    assert lone_span(line.words, columns, line, 0, edges) == [0, 1, 2]
