"""Page images and page sizes of stored PDFs, rendered once and cached on disk.

The PDF comes from the content-addressed blob store (:mod:`trialex.blobs`); a rendered page lives at
``CACHE/ab/<sha256>-p<page>-<dpi>.png`` and the page sizes at ``CACHE/ab/<sha256>-pages.json``, written
through a temporary file and an atomic rename. ``CACHE`` is ``TRIALEX_RENDER_CACHE_DIR`` or
``<blob_dir>/renders``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from extractors.render import PageSize, page_sizes, render_page_png
from trialex.blobs import BlobStore, atomic_write
from trialex.settings import Settings


class PageCache:
    def __init__(self, settings: Settings) -> None:
        self.blobs = BlobStore(settings.blob_dir)
        self.root = Path(settings.render_cache_dir or Path(settings.blob_dir) / "renders")

    def has_pdf(self, sha256: str) -> bool:
        return self.blobs.exists(sha256)

    def png(self, sha256: str, page: int, dpi: int) -> tuple[bytes, bool]:
        """The PNG of a page and whether it came from the cache; raises :class:`trialex.blobs.BlobNotFound`
        when the PDF is not stored."""
        target = self._path(sha256, f"p{page}-{dpi}.png")
        try:
            return target.read_bytes(), True
        except FileNotFoundError:
            pass
        data = render_page_png(self.blobs.get(sha256), page, dpi)
        atomic_write(target, data)
        return data, False

    def sizes(self, sha256: str) -> list[PageSize]:
        """Every page's size in points."""
        target = self._path(sha256, "pages.json")
        try:
            return [PageSize(**p) for p in json.loads(target.read_text())]
        except (FileNotFoundError, ValueError, TypeError):
            pass
        sizes = page_sizes(self.blobs.get(sha256))
        atomic_write(target, json.dumps([asdict(s) for s in sizes]).encode())
        return sizes

    def _path(self, sha256: str, suffix: str) -> Path:
        self.blobs.path(sha256)  # validates the digest
        return self.root / sha256[:2] / f"{sha256}-{suffix}"
