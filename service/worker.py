"""Extraction in a child process with a time and memory limit, so a hostile PDF (a decompression bomb, a
file that makes the parser loop) cannot hang or exhaust the server.

Each extraction (the pipeline, then the consistency checks) runs in its own process forked from a
*forkserver* that has the extractors imported already, so starting one is cheap and safe in a threaded
server. The child sends back the extraction as JSON,
or the name and message of the :class:`trialex.errors.InputError` it raised, through a pipe. When the time
limit passes the child is killed and :class:`ExtractionTimeoutError` raised; a child that dies or runs out of
its memory limit gives :class:`ExtractionFailedError`; an unexpected exception in a stage (a trialex bug)
:class:`ExtractorBugError`.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from dataclasses import dataclass
from functools import cache
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext

from schemas.extraction import Extraction
from trialex import errors
from trialex.checks import CATALOGUE, run_checks
from trialex.errors import InputError, TrialexError

_KILL_GRACE_S = 5.0


class ExtractionTimeoutError(TrialexError):
    """The extraction did not finish within the time limit; the worker was killed."""

    code = "extraction-timeout"


class ExtractionFailedError(TrialexError):
    """The extraction worker died or failed without a readable-input error (out of memory, a bug)."""

    code = "extraction-failed"


class ExtractorBugError(TrialexError):
    """A stage of the extractor raised an unexpected exception: a trialex bug, not a bad file."""

    code = "extractor-error"


class ExtractorBusyError(TrialexError):
    """Every extraction slot stayed busy for the whole time limit."""

    code = "extractor-busy"


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int | None = None
    max_pages: int | None = None
    timeout_s: float = 120.0
    memory_mb: int | None = None


def with_checks(extraction: Extraction) -> Extraction:
    """The extraction with the findings of the arithmetic consistency checks
    (:func:`trialex.checks.run_checks`) added to the extractor's own, unless the pipeline ran them already."""
    ids = {info.id for info in CATALOGUE}
    if any(f.check in ids for f in extraction.findings):
        return extraction
    return extraction.model_copy(update={"findings": [*extraction.findings, *run_checks(extraction.records)]})


@cache
def _context() -> ForkServerContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["extractors.pipeline", "trialex.checks", "service.worker"])
    return ctx


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


def run_in_child(data: bytes, *, file_name: str, limits: Limits) -> Extraction:
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, data, file_name, limits), daemon=True,
                          name=f"trialex-extract {file_name}")
    process.start()
    sender.close()
    try:
        if not receiver.poll(limits.timeout_s):
            raise ExtractionTimeoutError(
                f"extracting {file_name} took longer than {limits.timeout_s:g} s; the worker was stopped"
            )
        try:
            message = receiver.recv()
        except EOFError:
            process.join(_KILL_GRACE_S)
            raise ExtractionFailedError(
                f"the extraction worker for {file_name} died (exit code {process.exitcode}); the file may"
                f" need more memory than the limit of {limits.memory_mb} MB"
            ) from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(_KILL_GRACE_S)
        process.close()
    return _result(message, file_name)


def _result(message: tuple[str, str, str], file_name: str) -> Extraction:
    kind, name, payload = message
    if kind == "ok":
        return Extraction.model_validate_json(payload)
    if kind == "input-error":
        cls = getattr(errors, name, InputError)
        raise (cls if isinstance(cls, type) and issubclass(cls, InputError) else InputError)(payload)
    if kind == "memory":
        raise ExtractionFailedError(f"extracting {file_name} ran out of memory ({payload})")
    raise ExtractorBugError(f"extracting {file_name} failed in trialex itself: {name}: {payload}")


def _child(conn: Connection, data: bytes, file_name: str, limits: Limits) -> None:
    """Runs in the worker process: extract, then send one message back."""
    if limits.memory_mb is not None:
        size = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    from extractors.pipeline import extract

    try:
        extraction = with_checks(extract(data, file_name=file_name, max_bytes=limits.max_bytes,
                                         max_pages=limits.max_pages))
        message = ("ok", "", extraction.model_dump_json())
    except InputError as exc:
        message = ("input-error", type(exc).__name__, str(exc))
    except MemoryError:
        message = ("memory", "MemoryError", f"limit {limits.memory_mb} MB")
    except Exception as exc:  # a bug in a stage: reported, not hidden
        message = ("error", type(exc).__name__, str(exc))
    conn.send(message)
    conn.close()
