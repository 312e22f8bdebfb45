"""The two PDF readers give the same values, and the lean pdfplumber reader reads what pdfplumber reads.

The full comparison over every golden file is ``bench/reader_agreement.py``, and in the suite
``test_reader_snapshot.py`` (every golden file's default-reader values against the pdfplumber reader's
snapshot; that covers the adapter's fixes on etravirine's symbol-font (cid:N) glyphs and east-afnet4's
spaces-as-text-objects). Here two typeset files are read by both readers and must agree exactly, tables
and all.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from extractors.pipeline import extract
from extractors.readers import plumber
from extractors.readers.pages import RawPage
from schemas.records import Record

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


def _values(records: list[Record]) -> Counter[tuple[object, ...]]:
    return Counter(
        (r.section, r.table, tuple(r.row), tuple(r.column), r.arm, r.statistic, r.value, r.qualifier, r.page)
        for r in records
    )


@pytest.mark.parametrize(
    "name",
    [
        "seed-nct04728035",
        "jats-axitinib-rifampin-ddi-healthy-pk-ccp2009",
    ],
)
def test_both_readers_give_the_same_values(name: str) -> None:
    with_plumber = extract(PDFS / f"{name}.pdf", reader="pdfplumber")
    with_pdfium = extract(PDFS / f"{name}.pdf", reader="pdfium")
    assert len(with_plumber.records) > 100
    assert _values(with_pdfium.records) == _values(with_plumber.records)
    assert [t.table for t in with_pdfium.tables] == [t.table for t in with_plumber.tables]


def test_lean_pdfplumber_reader_reads_what_pdfplumber_reads() -> None:
    data = (PDFS / "seed-nct04728035.pdf").read_bytes()
    pages: list[RawPage] = []
    plumber.read(data, "seed.pdf", None, pages.append)
    with pdfplumber.open(PDFS / "seed-nct04728035.pdf") as pdf:
        for page, lean in zip(pdf.pages, pages, strict=True):
            keys = ("text", "fontname", "size", "x0", "x1", "top", "bottom", "upright")
            assert [tuple(c[k] for k in keys) for c in lean.chars] == [tuple(c[k] for k in keys) for c in page.chars]
            assert lean.lines == [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in page.lines]
            assert [(r.x0, r.top, r.x1, r.bottom, r.fill, r.stroke) for r in lean.rects] == [
                (o["x0"], o["top"], o["x1"], o["bottom"], o["fill"], o["stroke"]) for o in page.rects
            ]


def test_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF reader"):
        extract(PDFS / "seed-nct04728035.pdf", reader="ocr")


def test_a_stream_that_inflates_past_the_limit_is_found() -> None:
    import zlib

    from extractors.readers.bombs import inflates_past

    blanks = zlib.compress(b" " * (8 << 20), 9)
    head = b"1 0 obj\n<< /Length " + str(len(blanks)).encode() + b" /Filter /FlateDecode >>\nstream\n"
    bomb = b"%PDF-1.4\n" + head
    bomb += blanks + b"\nendstream\nendobj\n%%EOF\n"
    assert inflates_past(bomb, 4 << 20)
    assert not inflates_past(bomb, 16 << 20)
    assert not inflates_past((PDFS / "seed-nct04728035.pdf").read_bytes(), 4 << 20)


def test_a_standard_font_without_descriptor_gets_pdfminers_descent_in_both_readers(tmp_path: Path) -> None:
    """Times-Roman with no font descriptor: pdfminer boxes it with its AFM descent (-217), PDFium with its
    substitute font's; the pdfium reader follows pdfminer, so the two readers' words stand on the same lines."""
    from reportlab.pdfgen import canvas

    from extractors.readers import pdfium
    from extractors.readers.fontinfo import font_descents

    path = tmp_path / "times.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Times-Roman", 8)
    c.drawString(72, 700, "Grade 3 adverse events 12")
    c.save()
    data = path.read_bytes()
    assert font_descents(data)["Times-Roman"] == -217.0
    lean: list[RawPage] = []
    native: list[RawPage] = []
    plumber.read(data, "times.pdf", None, lean.append)
    pdfium.read(data, "times.pdf", None, native.append)
    tops = [(round(c["top"], 3), round(c["bottom"], 3)) for c in lean[0].chars]
    assert tops == [(round(c["top"], 3), round(c["bottom"], 3)) for c in native[0].chars]
