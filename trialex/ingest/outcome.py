"""What happened to one file of a batch ("failure is data"): a :class:`FileResult` per file, never an
exception, with a short failure ``code`` and the ``reason`` in words.

Codes: ``timeout`` (the worker passed its time limit and was killed), ``memory`` (it ran out of its memory
limit: a :class:`MemoryError`, a refused decompression, or a worker that died at the limit), ``crash`` (the
worker died otherwise, or a stage of the extractor raised: a trialex bug), ``unreadable`` (the file could not
be read from disk), ``storage-error`` (the database refused the document), or the ``.code`` of the
:class:`trialex.errors.InputError` the extractor raised (``not-a-pdf``, ``empty-file``, ``truncated-pdf``,
``encrypted-pdf``, ``no-text-layer``, ``too-large``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from trialex.errors import InputError, MemoryLimitError, StorageError
from trialex.isolation import (
    ExtractionFailedError,
    ExtractionMemoryError,
    ExtractionTimeoutError,
    ExtractorBugError,
    Limits,
)

FileStatus = Literal["ingested", "already_present", "failed"]


@dataclass(frozen=True, slots=True)
class FileResult:
    path: Path
    status: FileStatus
    sha256: str | None = None
    size_bytes: int | None = None
    signature: tuple[int, int] | None = None  # (size, mtime_ns) when the file was read, for --watch
    code: str | None = None
    reason: str | None = None
    document_id: int | None = None
    pages: int | None = None
    records: int | None = None
    seconds: float | None = None
    peak_rss_mb: float | None = None


def failure(exc: BaseException, *, limits: Limits) -> tuple[str, str]:
    """The ``(code, reason)`` of a file that could not be ingested."""
    message = str(exc)
    if isinstance(exc, ExtractionTimeoutError):
        return "timeout", message
    if isinstance(exc, ExtractionMemoryError | MemoryLimitError):
        limit = f" of {limits.memory_mb} MB" if limits.memory_mb is not None else ""
        return "memory", f"the worker ran out of its memory limit{limit} ({message})"
    if isinstance(exc, ExtractionFailedError | ExtractorBugError):
        return "crash", message
    if isinstance(exc, InputError):
        return exc.code, message
    if isinstance(exc, StorageError):
        return exc.code, message
    if isinstance(exc, OSError):
        return "unreadable", f"cannot read the file: {exc.strerror or exc}"
    return "crash", f"{type(exc).__name__}: {message}"


@dataclass(frozen=True, slots=True)
class RunSummary:
    """A finished (or stopped) run: its files' results and totals."""

    run_id: int
    status: str
    found: int
    results: tuple[FileResult, ...]
    seconds: float
    error: str | None = None

    def count(self, status: FileStatus) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def ingested(self) -> int:
        return self.count("ingested")

    @property
    def already_present(self) -> int:
        return self.count("already_present")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def pages(self) -> int:
        return sum(r.pages or 0 for r in self.results if r.status == "ingested")

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    @property
    def files_per_min(self) -> float:
        return self.ingested * 60 / self.seconds if self.seconds > 0 else 0.0

    @property
    def peak_rss_mb(self) -> float | None:
        peaks = [r.peak_rss_mb for r in self.results if r.peak_rss_mb is not None]
        return max(peaks) if peaks else None
