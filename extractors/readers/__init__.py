"""PDF readers: each turns PDF bytes into :class:`extractors.readers.pages.RawPage` objects, page by page.

``pdfium`` (the default) reads characters, straight lines and rectangles with pypdfium2 and places them as
pdfminer would; ``pdfplumber`` drives pdfminer's interpreter with a lean device that keeps only those. Their
records agree on every golden file (``bench/reader_agreement.py``, ``tests/extraction/test_reader_snapshot.py``).
PDFium ends the process when an allocation fails; under a worker's memory limit :mod:`trialex.isolation`
reports such a death as out of memory.
Both hand their pages to :func:`extractors.readers.pages.page_to_frames`, so words, rules, fills and
rotated frames are built by one piece of code whatever the reader.
"""

from __future__ import annotations

READERS = ("pdfplumber", "pdfium")
