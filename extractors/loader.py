"""PDF bytes in, a :class:`schemas.document.Document` out: the one boundary between trialex and PDF readers.

It refuses what it cannot read with a named :mod:`trialex.errors` error (empty, not a PDF, truncated,
encrypted, scanned, too large); each reader translates its library's exceptions into those errors. Rotated
text (a landscape table printed sideways on a portrait page) is turned upright into a frame of its own, each
word keeping its box on the printed page for provenance.

Two readers produce the same document model (:mod:`extractors.readers`): ``pdfium`` (pypdfium2, the default)
and ``pdfplumber`` (a lean pdfminer device). ``reader=None`` takes the ``TRIALEX_READER`` setting.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from extractors.readers import READERS
from extractors.readers.pages import RawPage, ReadFn, page_to_frames
from schemas.document import Document, Frame
from trialex.errors import EmptyFileError, NotAPDFError, NoTextLayerError, TooLargeError, TruncatedPDFError


def load_document(
    source: str | Path | bytes,
    *,
    file_name: str | None = None,
    max_bytes: int | None = None,
    max_pages: int | None = None,
    reader: str | None = None,
) -> Document:
    """Read a PDF from a path or bytes into the document model, or raise an :class:`InputError`."""
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    name = file_name or (Path(source).name if isinstance(source, str | Path) else "upload.pdf")
    check_bytes(data, max_bytes=max_bytes)
    frames: list[Frame] = []
    empty: list[int] = []

    def on_page(page: RawPage) -> None:
        page_frames = page_to_frames(page)
        if not any(f.words for f in page_frames):
            empty.append(page.number)
        frames.extend(page_frames)

    read = _reader(reader)
    page_count, title = read(data, name, max_pages, on_page)
    if page_count == 0:
        raise TruncatedPDFError(f"{name} has no pages")
    if len(empty) == page_count:
        raise NoTextLayerError(
            f"{name} has no text layer on any of its {page_count} pages (a scan?); trialex does not do OCR"
        )
    return Document(
        sha256=hashlib.sha256(data).hexdigest(),
        file_name=name,
        size_bytes=len(data),
        page_count=page_count,
        frames=frames,
        info_title=title,
        pages_without_text=empty,
    )


def default_reader() -> str:
    """The reader the ``TRIALEX_READER`` setting names."""
    from trialex.settings import get_settings

    return get_settings().reader


def _reader(name: str | None) -> ReadFn:
    name = name or default_reader()
    if name not in READERS:
        raise ValueError(f"unknown PDF reader {name!r}; choose one of {', '.join(READERS)}")
    if name == "pdfium":
        from extractors.readers import pdfium

        return pdfium.read
    from extractors.readers import plumber

    return plumber.read


def check_bytes(data: bytes, *, max_bytes: int | None = None) -> None:
    """Refuse what is plainly not a readable PDF before a reader sees it."""
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLargeError(f"the file is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB")
    if b"%PDF-" not in data[:1024]:
        raise NotAPDFError("the file is not a PDF: it does not start with a %PDF- header")
    if b"%%EOF" not in data[-4096:]:
        raise TruncatedPDFError("the PDF is truncated: it has no %%EOF marker at its end")
