"""Unreadable input is refused with a named error; readable PDFs become a document model."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.layout import words_to_lines
from extractors.loader import load_document
from trialex.errors import (
    EmptyFileError,
    EncryptedPDFError,
    NotAPDFError,
    NoTextLayerError,
    TooLargeError,
    TruncatedPDFError,
)

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"
SEED = PDFS / "seed-nct04728035.pdf"


def test_a_real_pdf_becomes_frames_of_words() -> None:
    doc = load_document(SEED)
    assert doc.page_count == 6 and len(doc.sha256) == 64
    assert sum(len(f.words) for f in doc.frames) > 2000
    word = next(w for f in doc.frames for w in f.words if w.text == "NCT04728035")
    assert word.page_bbox[0] < word.page_bbox[2] and word.page_bbox[1] < word.page_bbox[3]


def test_sideways_table_gets_an_upright_frame() -> None:
    doc = load_document(PDFS / "leader-liraglutide-nejm2016-aam.pdf")
    rotated = [f for f in doc.frames if f.rotation and len(f.words) > 100]
    assert [f.page for f in rotated] == [14, 15]
    texts = " ".join(line.text for line in words_to_lines(rotated[0].words))
    assert "Liraglutide (N = 4668)" in texts and "608 (13.0)" in texts


def test_symbol_font_minus_is_read_as_minus() -> None:
    doc = load_document(PDFS / "vernakalant-vs-ibutilide-europace2017.pdf")
    text = " ".join(line.text for f in doc.frames if f.page == 6 for line in words_to_lines(f.words))
    assert "−0.16% (−26 to −05)" in text  # printed with a symbol-font minus that pdfminer reads as "2"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyFileError),
        (b"hello, this is a text file\n" * 10, NotAPDFError),
    ],
)
def test_bad_bytes(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        load_document(data)


def test_truncated(tmp_path: Path) -> None:
    data = SEED.read_bytes()
    with pytest.raises(TruncatedPDFError):
        load_document(data[: len(data) // 2])


def test_too_large() -> None:
    with pytest.raises(TooLargeError):
        load_document(SEED, max_bytes=1000)
    with pytest.raises(TooLargeError):
        load_document(SEED, max_pages=3)


def test_encrypted(tmp_path: Path) -> None:
    out = tmp_path / "locked.pdf"
    import pikepdf  # pip installs it with qpdf inside: no system tool

    with pikepdf.open(SEED) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="user", owner="owner", R=6))
    with pytest.raises(EncryptedPDFError):
        load_document(out)


def test_scanned(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    out = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(out))
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(NoTextLayerError):
        load_document(out)
