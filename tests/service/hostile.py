"""Hostile PDFs, written byte by byte at test time: valid structure, ruinous content."""

from __future__ import annotations

import zlib


def one_page_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page content is ``content`` (already Flate-compressed), with a correct xref."""
    return pages_pdf(content, 1)


def pages_pdf(content: bytes, pages: int) -> bytes:
    """A PDF of ``pages`` pages that all draw the one content stream ``content`` (already Flate-compressed)."""
    first_page = 4
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << >> >>"
    objects += [page] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def decompression_bomb(megabytes: int) -> bytes:
    """About 1 KB per MB: a page content stream that inflates to ``megabytes`` MB of blanks."""
    compressor = zlib.compressobj(9)
    blank = b" " * (1 << 20)
    parts = [compressor.compress(blank) for _ in range(megabytes)]
    parts.append(compressor.flush())
    return one_page_pdf(b"".join(parts))


def endless_drawing(strokes: int) -> bytes:
    """A small file (about 27 bytes per 1,000 strokes) whose page draws ``strokes`` lines: the layout
    analysis works through every one of them. Every stroke is an object of its own for PDFium, so a page of
    millions of them outgrows a worker's memory limit under the pdfium reader before it is slow."""
    return one_page_pdf(zlib.compress(b"0 0 m 1 1 l S\n" * strokes, 9))


def endless_pages(pages: int = 250, strokes: int = 100_000) -> bytes:
    """A small file (about 30 KB) of ``pages`` pages that each draw the same ``strokes`` lines: slow under
    every reader (about 0.7 s a page with pdfium, several seconds with pdfminer), in bounded memory, since a
    reader lets go of each page before the next."""
    return pages_pdf(zlib.compress(b"0 0 m 1 1 l S\n" * strokes, 9), pages)
