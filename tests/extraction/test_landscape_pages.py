"""A page set landscape by /Rotate (HARD-CASES: "Rotated tables (landscape pages ...)"): every character comes out
turned one way, so the page is read through the rotated frame; its rules, shading and pictures are turned with
it and read as an upright page's are, so the page reads exactly as its upright twin. The twins are made here with
PDFium from upright fixtures (a ruled cardiology table with its arm N on a second header line, a rule-less
shaded table, stacked tables with captions below)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.loader import load_document
from extractors.pipeline import extract
from schemas.records import Record
from tests.extraction.conftest import PDFS


def _turned_copy(name: str, rotation: int, folder: Path) -> Path:
    pdf = pdfium.PdfDocument(PDFS / name)
    try:
        for page in pdf:
            page.set_rotation(rotation)
        out = folder / f"{rotation}-{name}"
        pdf.save(out)
    finally:
        pdf.close()
    return out


def _cells(records: list[Record]) -> list[tuple[object, ...]]:
    return sorted(
        (r.table, tuple(r.row), tuple(r.column), r.arm, r.statistic, r.value) for r in records if r.table != "text"
    )


@pytest.mark.parametrize("name", ["zoo-cardio-sunitinib.pdf", "zoo-band-lu177.pdf", "zoo-stack-pertuzumab.pdf"])
@pytest.mark.parametrize("rotation", [90, 270])
def test_a_page_turned_landscape_reads_as_its_upright_twin(name: str, rotation: int, tmp_path: Path) -> None:
    upright = extract(PDFS / name)
    copy = _turned_copy(name, rotation, tmp_path)
    assert all(frame.rotation for frame in load_document(copy).frames if frame.words)  # read as turned text
    turned = extract(copy)
    assert len(_cells(upright.records)) > 50
    assert _cells(turned.records) == _cells(upright.records)
