"""Tables printed as pictures (HARD-CASES "Image-only tables"): a caption whose table has no text layer is
reported with a finding that names the picture; nothing of it is read, and nothing is invented.

Fixtures: tests/data/image_tables/*.pdf, built by `python -m tests.typeset.image_tables`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.captions import find_captions
from extractors.geometry import RegionSettings
from extractors.loader import load_document
from extractors.missing_tables import caption_picture, missing_tables
from extractors.pipeline import extract
from schemas.document import Document, Frame, Picture, Word
from schemas.extraction import Extraction

HERE = Path(__file__).resolve().parents[1] / "data" / "image_tables"


@cache
def _extract(name: str) -> Extraction:
    return extract(HERE / f"{name}.pdf")


def _missing(name: str) -> list[str]:
    return [f.message for f in _extract(name).findings if f.check == "table-not-found"]


@pytest.mark.parametrize(
    ("name", "missing", "read", "where"),
    [
        ("image-above", "Table 2", "Table 1", "under the caption"),
        ("image-below", "Table 1", "Table 2", "over the caption"),
    ],
)
def test_a_table_printed_as_a_picture_is_reported_and_the_text_table_beside_it_read(
    name: str, missing: str, read: str, where: str
) -> None:
    messages = _missing(name)
    assert len(messages) == 1
    assert messages[0].startswith(f"{missing} on page ") and "picture" in messages[0] and where in messages[0]
    ex = _extract(name)
    assert {t.table for t in ex.tables} == {read}
    assert not [r for r in ex.records if r.table == missing]
    # the text table is read whole: five AE rows, or three count rows and a median, in two arms
    counts = [r for r in ex.records if r.table == read and r.statistic == "count"]
    assert len(counts) == (10 if read == "Table 2" else 6)


def test_a_captioned_figure_is_no_missing_table() -> None:
    assert _missing("image-figure") == []
    assert [t.table for t in _extract("image-figure").tables] == ["Table 1"]


@pytest.mark.parametrize("name", ["image-above", "image-below", "image-figure"])
def test_both_readers_see_the_same_pictures(name: str) -> None:
    def boxes(reader: str) -> list[tuple[int, tuple[float, ...]]]:
        document = load_document(HERE / f"{name}.pdf", reader=reader)
        return [
            (f.page, tuple(round(v, 1) for v in (p.x0, p.top, p.x1, p.bottom)))
            for f in document.frames
            for p in f.pictures
        ]

    plumber = boxes("pdfplumber")
    assert plumber and plumber == boxes("pdfium")


def _line(text: str, x0: float, top: float, size: float = 9.0, bold: bool = False) -> list[Word]:
    words, x = [], x0
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, x, top, x + width, top + size, size, bold, (x, top, x + width, top + size)))
        x += width + 0.3 * size
    return words


def test_a_caption_over_prose_with_no_table_and_no_picture_is_reported() -> None:
    # a bold caption, then body prose; no value columns, no image anywhere on the page
    words = _line("Table 3. Grade 3 or higher adverse events by arm", 50, 100, bold=True)
    prose = "patients were followed until progression and every visit recorded the adverse events seen then"
    for i in range(12):
        words += _line(prose, 50, 120 + 12 * i)
    document = Document(
        "0" * 64, "synthetic.pdf", 1, 1, [Frame(page=1, width=612, height=792, rotation=0, words=words)]
    )
    findings = missing_tables(document, [])
    assert [f.table for f in findings] == ["Table 3"]
    assert "no block of value columns" in findings[0].message and "picture" not in findings[0].message
    # with a picture under the caption, the finding names it
    picture = Picture(50, 112, 560, 300)
    document.frames[0].pictures.append(picture)
    named = missing_tables(document, [])
    assert "picture" in named[0].message and "under the caption" in named[0].message
    assert (
        caption_picture(document.frames[0], find_captions(document)[0], document.body_size, RegionSettings()) == picture
    )
