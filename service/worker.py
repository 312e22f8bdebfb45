"""The API's extractions: each in a child process with a time and memory limit (:mod:`trialex.isolation`,
shared with batch ingestion), at most ``slots`` at a time, so a hostile PDF (a decompression bomb, a file that
makes the parser loop) cannot hang or exhaust the server.

When the time limit passes the child is killed and :class:`ExtractionTimeoutError` raised; a child that dies
or runs out of its memory limit gives :class:`ExtractionFailedError`; an unexpected exception in a stage (a
trialex bug) :class:`ExtractorBugError`; every slot busy for the whole time limit :class:`ExtractorBusyError`.
"""

from __future__ import annotations

import threading

from schemas.extraction import Extraction
from trialex.errors import TrialexError
from trialex.isolation import ExtractionFailedError as ExtractionFailedError
from trialex.isolation import ExtractionTimeoutError as ExtractionTimeoutError
from trialex.isolation import ExtractorBugError as ExtractorBugError
from trialex.isolation import Limits as Limits
from trialex.isolation import _child as _child
from trialex.isolation import _result as _result
from trialex.isolation import run_in_child as run_in_child
from trialex.isolation import with_checks as with_checks


class ExtractorBusyError(TrialexError):
    """Every extraction slot stayed busy for the whole time limit."""

    code = "extractor-busy"


class Extractor:
    """Runs extractions in child processes, at most ``slots`` at a time."""

    def __init__(self, limits: Limits, *, slots: int = 2) -> None:
        self.limits = limits
        self._slots = threading.BoundedSemaphore(slots)

    def extract(self, data: bytes, *, file_name: str) -> Extraction:
        """The extraction of these PDF bytes, or the error that explains why there is none."""
        if not self._slots.acquire(timeout=self.limits.timeout_s):
            raise ExtractorBusyError(f"all extraction workers stayed busy for {self.limits.timeout_s:g} s")
        try:
            return run_in_child(data, file_name=file_name, limits=self.limits)
        finally:
            self._slots.release()
