"""Page images for people: a PDF page rendered to PNG with pypdfium2, and the page sizes the boxes of the
review page are drawn against.

Coordinates: a record's bbox is ``[x0, top, x1, bottom]`` in PDF points from the page's top-left corner (as
pdfplumber reads it); a page rendered at ``dpi`` is ``width_pt * dpi / 72`` pixels wide, so a box scales by the
same factor. PDFium is not thread-safe, so every call into it holds one lock.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass

import pypdfium2

POINTS_PER_INCH = 72.0
MIN_DPI = 24
MAX_DPI = 400
# Fast zlib level: the PNG is cached on disk, so encoding time matters more than a few more bytes.
PNG_COMPRESS_LEVEL = 1

_PDFIUM = threading.Lock()


class PageNotFoundError(ValueError):
    """The document has no page with that number."""


@dataclass(frozen=True, slots=True)
class PageSize:
    """A page's size in PDF points, as displayed (rotation applied)."""

    number: int
    width: float
    height: float


def page_sizes(pdf_bytes: bytes) -> list[PageSize]:
    """The size of every page, 1-based, in points."""
    with _PDFIUM:
        pdf = pypdfium2.PdfDocument(pdf_bytes)
        try:
            sizes = []
            for i in range(len(pdf)):
                page = pdf[i]
                width, height = page.get_size()
                if page.get_rotation() in (90, 270):
                    width, height = height, width
                sizes.append(PageSize(number=i + 1, width=float(width), height=float(height)))
                page.close()
            return sizes
        finally:
            pdf.close()


def render_page_png(pdf_bytes: bytes, page: int, dpi: int) -> bytes:
    """Page ``page`` (1-based) rendered at ``dpi`` as a greyscale PNG."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ValueError(f"dpi must be between {MIN_DPI} and {MAX_DPI}, not {dpi}")
    with _PDFIUM:
        pdf = pypdfium2.PdfDocument(pdf_bytes)
        try:
            if not 1 <= page <= len(pdf):
                raise PageNotFoundError(f"the document has {len(pdf)} pages, not a page {page}")
            handle = pdf[page - 1]
            bitmap = handle.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
            image = bitmap.to_pil()
            bitmap.close()
            handle.close()
        finally:
            pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=PNG_COMPRESS_LEVEL)
    return out.getvalue()
