"""A worker that dies at its memory limit is reported as out of memory, never as an unexplained crash.

PDFium aborts its process when an allocation fails, so a page of two million path objects read with the
pdfium reader under a 320 MB limit ends with SIGABRT, not a MemoryError; the caller watched the worker's
address space reach the limit and names it: ``memory-limit`` for the API, ``memory`` for batch ingestion.
"""

from __future__ import annotations

import pytest

from tests.service.hostile import endless_drawing
from trialex.ingest.outcome import failure
from trialex.isolation import (
    ExtractionFailedError,
    ExtractionMemoryError,
    Limits,
    _died,
    extract_isolated,
)

LIMITS = Limits(timeout_s=120, memory_mb=320, reader="pdfium")


def test_a_worker_aborted_at_its_memory_limit_is_out_of_memory() -> None:
    with pytest.raises(ExtractionMemoryError) as caught:
        extract_isolated(endless_drawing(2_000_000), file_name="endless.pdf", limits=LIMITS)
    message = str(caught.value)
    assert "memory limit of 320 MB" in message and "SIGABRT" in message, message
    assert caught.value.code == "memory-limit"
    code, reason = failure(caught.value, limits=LIMITS)
    assert code == "memory" and "memory limit of 320 MB" in reason


def test_a_death_far_below_the_limit_stays_a_crash() -> None:
    far_below = _died("paper.pdf", -11, 60.0, LIMITS)
    assert type(far_below) is ExtractionFailedError and "SIGSEGV" in str(far_below)
    assert failure(far_below, limits=LIMITS)[0] == "crash"
    unlimited = _died("paper.pdf", -6, 900.0, Limits(timeout_s=10))
    assert type(unlimited) is ExtractionFailedError
    at_limit = _died("paper.pdf", -9, 310.0, LIMITS)
    assert isinstance(at_limit, ExtractionMemoryError) and "SIGKILL" in str(at_limit)
