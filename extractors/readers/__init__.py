"""PDF readers: each turns PDF bytes into :class:`extractors.readers.pages.RawPage` objects, page by page.

``pdfium`` (the default) reads characters, lines and rectangles with pypdfium2 and places them as pdfminer
would; ``pdfplumber`` drives pdfminer's interpreter with a lean device that keeps only characters, straight
lines and rectangles. Their records agree on every golden file (``bench/reader_agreement.py``). Both hand their pages to
:func:`extractors.readers.pages.page_to_frames`, so words, rules, fills and rotated frames are built by
one piece of code whatever the reader.
"""

from __future__ import annotations

READERS = ("pdfium", "pdfplumber")
