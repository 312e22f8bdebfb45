"""Content-addressed storage for uploaded PDFs: the bytes of a file live at ``ROOT/ab/cdef...pdf``, named by
their SHA-256, so a document can be re-extracted or its pages rendered long after the upload.

A directory is the default store (``TRIALEX_BLOB_DIR``, ``./trialex-blobs``); writes go through a temporary
file and an atomic rename, so a reader never sees half a file and two writers of the same bytes agree.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and a rename: readers never see half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class BlobNotFound(KeyError):
    """No blob is stored under that SHA-256."""


class BlobStore:
    """PDF bytes by SHA-256 in a directory tree."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / f"{sha256[2:]}.pdf"

    def put(self, data: bytes) -> str:
        """Store ``data`` (idempotent) and return its SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if target.exists():
            return digest
        atomic_write(target, data)
        return digest

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def get(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError as exc:
            raise BlobNotFound(sha256) from exc

    def delete(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)
