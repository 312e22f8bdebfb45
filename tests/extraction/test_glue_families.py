"""Pattern E (tests/typeset/zoo_glue.py): words glued or split by the spacing of the text layer, letter-spaced
rows, a download stamp repeated across the page, a repository cover sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractors.furniture import furniture_words
from extractors.glued import parted
from extractors.kerning import join_kerned
from extractors.layout import join_words
from extractors.pipeline import extract
from extractors.readers.pages import _grouped_words
from schemas.document import Document, Frame, Word

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"
SIZE = 8.0


def _line(
    pieces: list[tuple[str, float]], font: str = "Serif", top: float = 100.0, space_em: float = 0.3
) -> list[dict[str, Any]]:
    """Word dicts from (text, gap before it in em); ' ' as text is a drawn space character (``space_em`` wide),
    not a word."""
    out: list[dict[str, Any]] = []
    x = 50.0
    for text, gap in pieces:
        x += gap * SIZE
        width = (space_em if text == " " else 0.55) * SIZE * len(text)
        out.append({"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + SIZE, "size": SIZE,
                    "fontname": font})  # fmt: skip
        x += width
    return out


def _split(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    words = [w for w in items if w["text"] != " "]
    spaces = [w for w in items if w["text"] == " "]
    return words, spaces


def _texts(pieces: list[tuple[str, float]], font: str = "Serif", space_em: float = 0.3) -> list[str]:
    words, spaces = _split(_line(pieces, font, space_em=space_em))
    return [w["text"] for w in join_kerned(words, spaces)]


def test_letter_spaced_row_is_read_word_by_word() -> None:
    """0.14 em tracking: every character its own piece; the drawn spaces still part the words."""
    t = 0.14
    row = [("N", 0), ("e", t), ("v", t), ("e", t), ("r", t), (" ", t), ("s", t), ("m", t), ("o", t), ("k", t)]
    row += [("e", t), ("d", t), (" ", 3.0), ("1", 0), ("2", t), (" ", t), ("(", t), ("5", t), (".", t), ("0", t)]
    row += [(")", t)]
    assert _texts(row) == ["Never", "smoked", "12", "(5.0)"]


def test_letter_spaced_row_without_space_characters_is_joined_at_its_tracking() -> None:
    """No space character drawn: the tracking (many one-character pieces one gap apart) is inside words, a
    wider gap (tracking plus a word space) parts them."""
    t, space = 0.14, 0.14 + 0.3
    row = [("N", 0), ("e", t), ("v", t), ("e", t), ("r", t), ("s", space), ("m", t), ("o", t), ("k", t), ("e", t)]
    row += [("d", t), ("1", 3.0), ("2", t), ("(", space), ("5", t), (".", t), ("0", t), (")", t)]
    assert _texts(row) == ["Never", "smoked", "12", "(5.0)"]


def test_uneven_gaps_without_space_characters_stay_apart() -> None:
    """Too few one-character pieces at one gap to see letter-spacing: nothing is joined."""
    row = [("N", 0), ("e", 0.14), ("v", 0.2), ("e", 0.26), ("r", 0.14), ("Placeb", 0.4), ("o", 0.17), ("1", 3.0)]
    assert _texts(row) == [text for text, _ in row]


def test_kern_inside_a_word_is_joined_when_the_line_draws_its_spaces() -> None:
    assert _texts([("Placeb", 0), ("o", 0.17), (" ", 0), ("34", 0), (" ", 0), ("(5.5)", 0)]) == [
        "Placebo",
        "34",
        "(5.5)",
    ]


@pytest.mark.parametrize("space_em", [0.25, 0.278, 0.318, 0.34])
def test_kern_is_joined_whatever_the_width_of_the_faces_word_space(space_em: float) -> None:
    """The same 0.17 em kern is 0.68 of a Times or Palatino word space (0.25 em), 0.53 of DejaVu Serif's
    (0.318 em): it splits a word in either face ("Hazar d ratio", "Media n, month s")."""
    pieces = [("Hazar", 0), ("d", 0.17), (" ", 0), ("ratio", 0)]
    assert _texts(pieces, space_em=space_em) == ["Hazard", "ratio"]
    pieces = [("Media", 0), ("n,", 0.17), (" ", 0), ("month", 0), ("s", 0.17)]
    assert _texts(pieces, space_em=space_em) == ["Median,", "months"]


@pytest.mark.parametrize("space_em", [0.25, 0.318])
def test_a_bare_gap_as_wide_as_the_word_space_stays_a_word_space(space_em: float) -> None:
    """A gap with no space character nearly as wide as the line's drawn word space ("Patients n (%)") is a
    word space the text layer did not draw, whatever the face."""
    pieces = [("Patients", 0), ("n", 0.9 * space_em), (" ", 0), ("(%)", 0)]
    assert _texts(pieces, space_em=space_em) == ["Patients", "n", "(%)"]


@pytest.mark.parametrize(
    "pieces",
    [
        # no space character on the line: its word spaces may be bare gaps (many publisher PDFs)
        [("Placeb", 0), ("o", 0.17), ("34", 2.0)],
        # a gap as wide as the line's word space is not safely a kern: left apart
        [("Placeb", 0), ("o", 0.5), (" ", 0), ("arm", 0)],
        # a gap wider than any kern (a cell gap)
        [("Visceral", 0), ("173", 0.9), (" ", 0), ("(73)", 0)],
    ],
)
def test_pieces_that_cannot_be_joined_safely_stay_apart(pieces: list[tuple[str, float]]) -> None:
    words, _ = _split(_line(pieces))
    assert _texts(pieces) == [w["text"] for w in words]


def test_pieces_in_other_fonts_stay_apart() -> None:
    words, spaces = _split(_line([("Placeb", 0), (" ", 0), ("arm", 0)]))
    mark = _line([("a", 0)], font="Serif-Italic")[0]
    mark["x0"], mark["x1"] = words[0]["x1"] + 0.1 * SIZE, words[0]["x1"] + 0.6 * SIZE
    joined = join_kerned([words[0], mark, words[1]], spaces)
    assert [w["text"] for w in joined] == ["Placeb", "a", "arm"]


def test_glued_label_joints_are_parted_for_reading_only() -> None:
    assert parted("95%exactCI") == "95% exact CI"
    assert parted("CurrentSmoker") == "Current Smoker"
    assert parted("Placebo(N=120)") == "Placebo (N=120)"
    for kept in ("mRCC", "eGFR", "HbA1c", "AUCinf", "n (%)", "Cmax", "t1/2", "No. (%)"):
        assert parted(kept) == kept


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, top, x0 + 5.5 * len(text), top + 6.5, 6.5, False, (x0, top, x0 + 5.5 * len(text), top + 6.5))


def _stamp_document(pages: int) -> Document:
    frames = []
    for page in range(1, pages + 1):
        words, x = [], 60.0
        for text in ["Downloaded", "from", "https://example.org/a/1", "on", "June", "4,", "2019"]:
            words.append(_word(text, x, 380))
            x = words[-1].x1 + 2.0  # a word space
        words += [_word("Body", 60, 200 + page), _word("text", 86, 200 + page)]
        frames.append(Frame(page=page, width=612, height=792, rotation=0, words=words, rules=[], fills=[]))
    return Document(sha256="0", file_name="stamp.pdf", size_bytes=0, page_count=pages, frames=frames)


def test_a_stamp_at_one_place_on_several_pages_is_furniture_anywhere_on_the_page() -> None:
    doc = _stamp_document(3)
    furniture = furniture_words(doc)
    for frame in doc.frames:
        kept = [w for w in frame.words if id(w) not in furniture]
        assert join_words(kept) == "Body text"


def test_a_stamp_printed_once_mid_page_is_left_to_the_content() -> None:
    doc = _stamp_document(1)
    assert not furniture_words(doc)


def test_glue_fixture_reads_kerned_tracked_and_glued_rows() -> None:
    """zoo-glue-sunitinib: "Media n, month s" (kerned), "V i s c e r a l  1 7 3 ( 7 3 )" (tracked) and
    "95%exactCI" (glued) rows read with their statistics; the cover page holds no table."""
    ex = extract(PDFS / "zoo-glue-sunitinib.pdf")
    got = {(r.table, " > ".join(r.row), r.column[-1], r.statistic): r.value for r in ex.records if r.column}
    assert got[("Table 3", "Progression-free survival > Median, months", "Sunitinib(N = 238)", "median")] == 2.8
    assert got[("Table 3", "Objective response rate, % > 95%exactCI", "Sunitinib(N = 238)", "ci_low")] == 8
    assert got[("Table 1", "Location of disease, n (%) > Visceral", "Sunitinib(N = 238)", "count")] == 173
    assert got[("Table 3", "Progression-free survival > Median, months", "Hazard ratio", "hr")] == 1.47
    assert all(r.page >= 2 for r in ex.records if r.table.startswith("Table"))


def _chars(text: str, x: float, top: float, size: float, font: str, advance: float = 0.55) -> list[dict[str, Any]]:
    out = []
    for ch in text:
        width = advance * size
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "doctop": top,
                    "upright": True, "size": size, "fontname": font})  # fmt: skip
        x += width
    return out


def test_a_stamp_drawn_over_a_table_row_is_grouped_into_words_of_its_own() -> None:
    """pdfplumber sorts one line's characters by x, so a stamp in another type on a row's baseline interleaves
    with it ("LDuonwgnloaded"); each type is then grouped on its own."""
    row = _chars("Lung", 60, 100, 7.2, "Serif") + _chars("12", 120, 100, 7.2, "Serif")
    stamp = _chars("Downloaded", 58, 100.6, 6.5, "Sans", 0.5) + _chars(" ", 90.5, 100.6, 6.5, "Sans", 0.3)
    stamp += _chars("from", 92.5, 100.6, 6.5, "Sans", 0.5)
    words = sorted(w["text"] for w in _grouped_words(row + stamp, False))
    assert words == ["12", "Downloaded", "Lung", "from"]


def test_words_side_by_side_are_grouped_as_pdfplumber_does() -> None:
    chars = _chars("Lung", 60, 100, 7.2, "Serif") + _chars("12", 120, 100, 7.2, "Serif-Bold")
    assert [w["text"] for w in _grouped_words(chars, False)] == ["Lung", "12"]


def test_a_stamp_on_a_row_line_at_one_place_on_two_pages_is_furniture() -> None:
    frames = []
    for page in (1, 2):
        words, x = [], 40.0
        for text in ["Downloaded", "from", "https://example.org/a/1", "on", "June", "4,", "2019"]:
            words.append(_word(text, x, 380.4))
            x = words[-1].x1 + 2.0
        row = [Word("Lung", 60, 380, 80, 387.2, 7.2, False, (60, 380, 80, 387.2))]
        row.append(Word(f"{11 + page}", 300, 380, 310, 387.2, 7.2, False, (300, 380, 310, 387.2)))
        frames.append(Frame(page=page, width=612, height=792, rotation=0, words=words + row, rules=[], fills=[]))
    doc = Document(sha256="0", file_name="stamp.pdf", size_bytes=0, page_count=2, frames=frames)
    furniture = furniture_words(doc)
    for frame in doc.frames:
        assert [w.text for w in frame.words if id(w) not in furniture] == ["Lung", f"{10 + frame.page + 1}"]
