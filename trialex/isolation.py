"""Extraction in a child process with a time and memory limit, so a hostile PDF (a decompression bomb, a
file that makes the parser loop) cannot hang or exhaust its caller. Shared by the API (:mod:`service.worker`)
and batch ingestion (:mod:`trialex.ingest`).

Each extraction (the pipeline, then the consistency checks) runs in its own process forked from a
*forkserver* that has the extractors imported already, so starting one is cheap and safe in a threaded
caller. The child sends back the extraction as JSON, or the name and message of the
:class:`trialex.errors.InputError` it raised, through a pipe, with its peak memory and CPU time. When the time
limit passes the child is killed and :class:`ExtractionTimeoutError` raised; a child that runs out of its
memory limit gives :class:`ExtractionMemoryError`, whether it raised :class:`MemoryError` or died at the limit
(PDFium aborts the process when an allocation fails: the caller watches the child's address space while it
waits, and a child killed by a signal after reaching most of its limit died at that limit); a child that
dies otherwise gives :class:`ExtractionFailedError`; an unexpected exception in a stage (a trialex bug)
:class:`ExtractorBugError`; a caller that gives up (``cancel`` set) :class:`ExtractionCancelledError`.

The child also limits its CPU time (a little over the time limit) and, on Linux, asks to be killed when the
forkserver goes away (which it does when the caller dies), so a worker orphaned by a caller killed with
SIGKILL stops at once.
"""

from __future__ import annotations

import contextlib
import logging
import math
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from dataclasses import dataclass
from functools import cache
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext

from schemas.extraction import Extraction
from trialex import errors
from trialex.checks import CATALOGUE, run_checks
from trialex.errors import InputError, TrialexError

_KILL_GRACE_S = 5.0
_CPU_GRACE_S = 5  # the child's CPU limit: the time limit plus this (the wall-clock limit fires first)
_POLL_S = 0.1  # how often a waiting caller looks at its cancel event and at the child's address space
# a child killed by one of these signals after its address space reached this share of its memory limit died
# at that limit (an allocation refused under RLIMIT_AS: PDFium aborts, the kernel may SIGKILL or SIGSEGV)
_AT_LIMIT_SHARE = 0.75
_DEATH_SIGNALS = frozenset(
    int(getattr(signal, name)) for name in ("SIGABRT", "SIGKILL", "SIGSEGV", "SIGBUS", "SIGILL", "SIGTRAP")
)

# (kind, name, payload) as the child reports it; kind is ok | input-error | memory | error.
Message = tuple[str, str, str]


class ExtractionTimeoutError(TrialexError):
    """The extraction did not finish within the time limit; the worker was killed."""

    code = "extraction-timeout"


class ExtractionFailedError(TrialexError):
    """The extraction worker died or failed without a readable-input error (out of memory, a bug)."""

    code = "extraction-failed"


class ExtractionMemoryError(ExtractionFailedError):
    """The extraction worker ran out of its memory limit: it raised :class:`MemoryError` or died at the limit."""

    code = "memory-limit"


class ExtractorBugError(TrialexError):
    """A stage of the extractor raised an unexpected exception: a trialex bug, not a bad file."""

    code = "extractor-error"


class ExtractionCancelledError(TrialexError):
    """The caller stopped waiting (a batch was interrupted); the worker was killed."""

    code = "extraction-cancelled"


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int | None = None
    max_pages: int | None = None
    timeout_s: float = 120.0
    memory_mb: int | None = None
    reader: str | None = None  # None: the TRIALEX_READER setting


@dataclass(frozen=True, slots=True)
class Usage:
    """What one worker process used: its peak resident memory and CPU time."""

    peak_rss_mb: float
    cpu_seconds: float


@dataclass(frozen=True, slots=True)
class Isolated:
    """An extraction made in a worker process, with what the worker used."""

    extraction: Extraction
    usage: Usage


def with_checks(extraction: Extraction) -> Extraction:
    """The extraction with the findings of the arithmetic consistency checks
    (:func:`trialex.checks.run_checks`) added to the extractor's own, unless the pipeline ran them already."""
    ids = {info.id for info in CATALOGUE}
    if any(f.check in ids for f in extraction.findings):
        return extraction
    return extraction.model_copy(update={"findings": [*extraction.findings, *run_checks(extraction.records)]})


@cache
def context() -> ForkServerContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["extractors.pipeline", "trialex.checks", "trialex.isolation"])
    return ctx


def run_in_child(data: bytes, *, file_name: str, limits: Limits) -> Extraction:
    """The extraction of these PDF bytes, made in a worker process within ``limits``."""
    return extract_isolated(data, file_name=file_name, limits=limits).extraction


def extract_isolated(
    data: bytes,
    *,
    file_name: str,
    limits: Limits,
    cancel: threading.Event | None = None,
    checks: bool = True,
) -> Isolated:
    """The extraction of these PDF bytes and the worker's usage, or the error that explains why there is
    none. ``cancel``, when set while waiting, kills the worker: :class:`ExtractionCancelledError`.
    ``checks=False`` leaves the consistency checks' findings out (what ``trialex extract`` prints)."""
    ctx = context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(
        target=_child, args=(sender, data, file_name, limits, checks), daemon=True, name=f"trialex-extract {file_name}"
    )
    process.start()
    sender.close()
    watch = _AddressSpace(process.pid)
    try:
        _wait(receiver, file_name, limits, cancel, watch)
        try:
            kind, name, payload, usage = receiver.recv()
        except EOFError:
            process.join(_KILL_GRACE_S)
            raise _died(file_name, process.exitcode, watch.peak_mb, limits) from None
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(_KILL_GRACE_S)
        process.close()
    return Isolated(_result((kind, name, payload), file_name), Usage(*usage))


class _AddressSpace:
    """The largest address space (VmPeak, Linux) seen of a running worker; 0 where /proc cannot tell."""

    def __init__(self, pid: int | None) -> None:
        self.path = f"/proc/{pid}/status" if pid is not None and sys.platform.startswith("linux") else None
        self.peak_mb = 0.0

    def look(self) -> None:
        if self.path is None:
            return
        try:
            with open(self.path, encoding="ascii", errors="replace") as status:
                for line in status:
                    if line.startswith("VmPeak:"):
                        self.peak_mb = max(self.peak_mb, int(line.split()[1]) / 1024)
                        return
        except (OSError, ValueError, IndexError):
            return  # the worker is gone, or its memory map with it


def _died(file_name: str, exitcode: int | None, peak_mb: float, limits: Limits) -> ExtractionFailedError:
    """Why a worker that sent nothing back died: at its memory limit, or otherwise."""
    how = f"exit code {exitcode}"
    if exitcode is not None and exitcode < 0:
        try:
            how = f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"killed by signal {-exitcode}"
    limit = limits.memory_mb
    at_limit = (
        limit is not None
        and exitcode is not None
        and -exitcode in _DEATH_SIGNALS
        and peak_mb >= _AT_LIMIT_SHARE * limit
    )
    if at_limit:
        return ExtractionMemoryError(
            f"extracting {file_name} ran out of memory: the worker died at its memory limit of {limit} MB"
            f" ({how} after its address space reached {peak_mb:.0f} MB); the file needs more memory than allowed"
        )
    more = f"; the file may need more memory than the limit of {limit} MB" if limit is not None else ""
    return ExtractionFailedError(f"the extraction worker for {file_name} died ({how}){more}")


def _wait(
    receiver: Connection,
    file_name: str,
    limits: Limits,
    cancel: threading.Event | None,
    watch: _AddressSpace | None = None,
) -> None:
    deadline = time.monotonic() + limits.timeout_s
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise ExtractionTimeoutError(
                f"extracting {file_name} took longer than {limits.timeout_s:g} s; the worker was stopped"
            )
        if watch is not None:
            watch.look()
        if receiver.poll(min(left, _POLL_S) if cancel is not None or watch is not None else left):
            return
        if cancel is not None and cancel.is_set():
            raise ExtractionCancelledError(f"extracting {file_name} was cancelled; the worker was stopped")


def _result(message: Message, file_name: str) -> Extraction:
    kind, name, payload = message
    if kind == "ok":
        return Extraction.model_validate_json(payload)
    if kind == "input-error":
        cls = getattr(errors, name, InputError)
        raise (cls if isinstance(cls, type) and issubclass(cls, InputError) else InputError)(payload)
    if kind == "memory":
        raise ExtractionMemoryError(f"extracting {file_name} ran out of memory ({payload})")
    raise ExtractorBugError(f"extracting {file_name} failed in trialex itself: {name}: {payload}")


def _child(conn: Connection, data: bytes, file_name: str, limits: Limits, checks: bool = True) -> None:
    """Runs in the worker process: limit itself, extract, then send one message back."""
    _limit_self(limits)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on malformed drawing operators
    from extractors.pipeline import extract

    try:
        extraction = extract(
            data, file_name=file_name, max_bytes=limits.max_bytes, max_pages=limits.max_pages, reader=limits.reader
        )
        if checks:
            extraction = with_checks(extraction)
        message: Message = ("ok", "", extraction.model_dump_json())
    except InputError as exc:
        message = ("input-error", type(exc).__name__, str(exc))
    except MemoryError:
        message = ("memory", "MemoryError", f"limit {limits.memory_mb} MB")
    except Exception as exc:  # a bug in a stage: reported, not hidden
        message = ("error", type(exc).__name__, str(exc))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    kb = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, kilobytes on Linux
    conn.send((*message, (round(usage.ru_maxrss * kb / 1024 / 1024, 1), round(usage.ru_utime + usage.ru_stime, 3))))
    conn.close()


def _limit_self(limits: Limits) -> None:
    if limits.memory_mb is not None:
        size = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    cpu = math.ceil(limits.timeout_s) + _CPU_GRACE_S
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + _CPU_GRACE_S))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU past the limit must not dump core
    _die_with_parent()


def _die_with_parent() -> None:
    """SIGKILL this worker (on Linux) when its parent, the forkserver, goes away; and let the forkserver go
    away when the caller dies: it exits when every copy of the caller's "alive" pipe is closed, and each
    forked child inherits one, so the worker closes its copy (it never starts processes itself)."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    alive = getattr(server, "_forkserver_alive_fd", None)
    if isinstance(alive, int):
        with contextlib.suppress(OSError):
            os.close(alive)
        server._forkserver_alive_fd = None  # type: ignore[union-attr]
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
