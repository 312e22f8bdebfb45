"""PDF readers: each turns PDF bytes into :class:`extractors.readers.pages.RawPage` objects, page by page.

``pdfplumber`` (the default) drives pdfminer's interpreter with a lean device that keeps only characters,
straight lines and rectangles; ``pdfium`` reads the same fields with pypdfium2 and places them as pdfminer
would. Their records agree on every golden file (``bench/reader_agreement.py``); pdfium is not the default
because PDFium ends the process when an allocation fails under a memory limit (see docs/speed.md).
Both hand their pages to :func:`extractors.readers.pages.page_to_frames`, so words, rules, fills and
rotated frames are built by one piece of code whatever the reader.
"""

from __future__ import annotations

READERS = ("pdfplumber", "pdfium")
