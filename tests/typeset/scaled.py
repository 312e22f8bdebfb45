"""A PDF with every page scaled by a factor: the same paper at another size, for scale-invariance tests
(tests/extraction/test_scale_invariance.py) and bench/scales.py."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def scaled_copy(src: Path, dst: Path, k: float) -> None:
    """``src`` with every page scaled by ``k``: its content wrapped in a form XObject under the matrix k·I, on a
    page k times as wide and high (text stays text; every length is times k, nothing else changes)."""
    pdf = pdfium.PdfDocument(src)
    out = pdfium.PdfDocument.new()
    try:
        for i in range(len(pdf)):
            width, height = pdf[i].get_size()
            xobject = pdf.page_as_xobject(i, out)
            page = out.new_page(width * k, height * k)
            obj = xobject.as_pageobject()
            obj.transform(pdfium.PdfMatrix().scale(k, k))
            page.insert_obj(obj)
            page.gen_content()
        out.save(dst)
    finally:
        out.close()
        pdf.close()
