"""Tables printed as pictures (HARD-CASES "Image-only tables"): a caption whose table has no text layer is
reported with a finding that names the picture; nothing of it is read, and nothing is invented.

Fixtures: tests/data/image_tables/*.pdf, built by `python -m tests.typeset.image_tables`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.loader import load_document
from extractors.pipeline import extract
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
