"""One batch run: every file hashed, the new ones extracted in parallel worker processes, each result stored
by this (the parent) process, and every file's outcome recorded in the run.

- Isolation: each extraction runs in its own process (:func:`trialex.isolation.extract_isolated`) with a time
  and a memory limit; at most ``workers`` at once, each waited on by a thread of a small pool. A file that
  hangs, blows up pdfminer or is not a readable PDF becomes a failed :class:`FileResult`; the batch goes on.
- Idempotency: the SHA-256 of the bytes is computed first; bytes already stored are "already present" and
  are not extracted. The same bytes twice in one batch are extracted once.
- Kill safety: only this process writes. Each document is stored in one transaction
  (:func:`db.store.save_extraction`); the run's file row and counters follow in a second one. A kill at any
  moment leaves every stored document whole, and the run ``running`` (the next run marks it interrupted);
  a rerun skips what is stored and ingests the rest. A document committed just before a kill whose file row
  was not yet written is reported as already present by the rerun.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

import trialex
from db.engine import init_db, make_engine, session_scope
from db.runs import Run, RunFile, RunStatus, finish_run, interrupt_dead_runs, record_file, start_run
from db.store import end_read, get_document_by_sha256, save_extraction
from trialex.errors import StorageError
from trialex.ingest.liveness import run_alive
from trialex.ingest.outcome import FileResult, RunSummary, failure
from trialex.ingest.progress import Reporter
from trialex.ingest.signals import StopFlag
from trialex.isolation import ExtractionCancelledError, Isolated, Limits, extract_isolated

_TICK_S = 0.25  # how often the progress bar's ETA is refreshed while workers are busy


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


@dataclass(frozen=True, slots=True)
class IngestOptions:
    workers: int = 1
    limits: Limits = field(default_factory=Limits)


@dataclass(slots=True)
class _Job:
    """A file handed to a worker, and the files with the same bytes found while it runs."""

    path: Path
    sha256: str
    size: int
    signature: tuple[int, int]
    data: bytes
    submitted: float = 0.0
    duplicates: list[tuple[Path, tuple[int, int]]] = field(default_factory=list)


def open_store(url: str) -> Engine:
    """An engine on the database, with the tables (documents and runs) created if missing."""
    try:
        engine = make_engine(url)
        init_db(engine)
    except (SQLAlchemyError, ValueError) as exc:
        raise StorageError(f"cannot open the database {shown_url(url)}: {exc}") from exc
    return engine


def shown_url(url: str) -> str:
    """The database URL with its password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (SQLAlchemyError, ValueError):
        return "(unparsable URL)"


def ingest(
    paths: Sequence[str],
    files: Sequence[Path],
    *,
    engine: Engine,
    options: IngestOptions,
    reporter: Reporter,
    stop: StopFlag,
) -> RunSummary:
    """Ingest ``files`` (found under ``paths``) as one recorded run."""
    return Batch(engine, options, reporter, stop).run(paths, files)


class Batch:
    def __init__(self, engine: Engine, options: IngestOptions, reporter: Reporter, stop: StopFlag) -> None:
        self.engine = engine
        self.options = options
        self.limits = options.limits
        self.reporter = reporter
        self.stop = stop
        self.results: list[FileResult] = []
        self.started = time.monotonic()

    def run(self, paths: Sequence[str], files: Sequence[Path]) -> RunSummary:
        self.started = time.monotonic()
        self.results = []
        with session_scope(self.engine) as session:
            interrupt_dead_runs(session=session, alive=run_alive)
            run = start_run(
                session=session,
                run=Run(
                    paths=[os.path.abspath(p) for p in paths],
                    workers=self.options.workers,
                    timeout_s=self.limits.timeout_s,
                    memory_mb=self.limits.memory_mb,
                    pid=os.getpid(),
                    hostname=socket.gethostname(),
                    trialex_version=trialex.__version__,
                    found=len(files),
                ),
            )
            assert run.id is not None
            self.reporter.start(run.id, len(files))
            try:
                self._loop(session, run, files)
            except BaseException as exc:
                status: RunStatus = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
                with contextlib.suppress(Exception):
                    session.rollback()
                    finish_run(
                        session=session,
                        run=run,
                        status=status,
                        seconds=self._elapsed(),
                        error=f"{type(exc).__name__}: {exc}".rstrip(": "),
                    )
                self.reporter.finish()
                raise
            interrupted = self.stop.is_set()
            finish_run(
                session=session,
                run=run,
                status="interrupted" if interrupted else "completed",
                seconds=self._elapsed(),
                error=self.stop.reason if interrupted else None,
            )
        self.reporter.finish()
        return RunSummary(
            run_id=run.id,
            status=run.status,
            found=len(files),
            results=tuple(self.results),
            seconds=run.seconds,
            error=run.error,
        )

    def _elapsed(self) -> float:
        return time.monotonic() - self.started

    def _loop(self, session: Session, run: Run, files: Sequence[Path]) -> None:
        workers = self.options.workers
        queue = iter(files)
        pending: dict[Future[Isolated], _Job] = {}
        in_flight: dict[str, _Job] = {}  # by SHA-256
        exhausted = False
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="trialex-ingest") as pool:
            try:
                while True:
                    while not exhausted and not self.stop.is_set() and len(pending) < workers:
                        path = next(queue, None)
                        if path is None:
                            exhausted = True
                            break
                        prepared = self._prepare(session, path, in_flight)
                        if isinstance(prepared, FileResult):
                            self._record(session, run, prepared)
                        elif prepared is not None:
                            prepared.submitted = time.monotonic()
                            future = pool.submit(
                                extract_isolated,
                                prepared.data,
                                file_name=path.name,
                                limits=self.limits,
                                cancel=self.stop.event,
                            )
                            pending[future] = in_flight[prepared.sha256] = prepared
                    if not pending:
                        if exhausted or self.stop.is_set():
                            return
                        continue
                    done, _ = wait(pending, timeout=_TICK_S, return_when=FIRST_COMPLETED)
                    for future in done:
                        job = pending.pop(future)
                        del in_flight[job.sha256]
                        self._finish(session, run, job, future)
                    self.reporter.tick()
            except BaseException:
                self.stop.set()  # cancels the extractions still running, so the pool can shut down
                raise

    def _prepare(self, session: Session, path: Path, in_flight: dict[str, _Job]) -> FileResult | _Job | None:
        """Hash the file: a result when there is nothing to extract, a job when there is, ``None`` when the
        same bytes are being extracted already (the file is settled with them)."""
        try:
            stat = path.stat()
            signature = (stat.st_size, stat.st_mtime_ns)
            max_bytes = self.limits.max_bytes
            if max_bytes is not None and stat.st_size > max_bytes:
                return self._too_large(path, signature, max_bytes)
            data = path.read_bytes()
        except OSError as exc:
            code, reason = failure(exc, limits=self.limits)
            return FileResult(path=path, status="failed", code=code, reason=reason)
        sha256 = hashlib.sha256(data).hexdigest()
        if sha256 in in_flight:
            in_flight[sha256].duplicates.append((path, signature))
            return None
        existing = get_document_by_sha256(session=session, sha256=sha256)
        end_read(session=session)
        if existing is not None:
            return FileResult(
                path=path,
                status="already_present",
                sha256=sha256,
                size_bytes=len(data),
                signature=signature,
                document_id=existing.id,
                pages=existing.pages,
            )
        return _Job(path=path, sha256=sha256, size=len(data), signature=signature, data=data)

    def _too_large(self, path: Path, signature: tuple[int, int], max_bytes: int) -> FileResult:
        with path.open("rb") as fh:
            sha256 = hashlib.file_digest(fh, "sha256").hexdigest()
        size = signature[0]
        return FileResult(
            path=path,
            status="failed",
            sha256=sha256,
            size_bytes=size,
            signature=signature,
            code="too-large",
            reason=f"the file is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB",
        )

    def _finish(self, session: Session, run: Run, job: _Job, future: Future[Isolated]) -> None:
        seconds = round(time.monotonic() - job.submitted, 3)
        base = FileResult(
            path=job.path,
            status="failed",
            sha256=job.sha256,
            size_bytes=job.size,
            signature=job.signature,
            seconds=seconds,
        )
        exc = future.exception()
        if isinstance(exc, ExtractionCancelledError):
            return  # stopped on request: not handled, the next run takes it
        if exc is not None:
            code, reason = failure(exc, limits=self.limits)
            result = replace(base, code=code, reason=reason)
        else:
            isolated = future.result()
            extraction = isolated.extraction
            try:
                document, created = save_extraction(session=session, extraction=extraction)
            except StorageError as err:
                code, reason = failure(err, limits=self.limits)
                result = replace(base, code=code, reason=reason)
            else:
                result = replace(
                    base,
                    status="ingested" if created else "already_present",
                    document_id=document.id,
                    pages=extraction.document.pages,
                    records=len(extraction.records),
                    peak_rss_mb=isolated.usage.peak_rss_mb,
                )
        self._record(session, run, result)
        for path, signature in job.duplicates:
            same = f"same bytes as {job.path}"
            if result.status == "failed":
                self._record(
                    session,
                    run,
                    replace(
                        result,
                        path=path,
                        signature=signature,
                        seconds=None,
                        reason=f"{result.reason} ({same})",
                        peak_rss_mb=None,
                    ),
                )
            else:
                self._record(
                    session,
                    run,
                    replace(
                        result,
                        path=path,
                        signature=signature,
                        seconds=None,
                        status="already_present",
                        records=None,
                        peak_rss_mb=None,
                    ),
                )

    def _record(self, session: Session, run: Run, result: FileResult) -> None:
        assert run.id is not None
        record_file(
            session=session,
            run=run,
            seconds=self._elapsed(),
            file=RunFile(
                run_id=run.id,
                path=str(result.path.absolute()),
                sha256=result.sha256,
                size_bytes=result.size_bytes,
                status=result.status,
                code=result.code,
                reason=result.reason,
                document_id=result.document_id,
                pages=result.pages,
                records=result.records,
                seconds=result.seconds,
                peak_rss_mb=result.peak_rss_mb,
            ),
        )
        self.results.append(result)
        self.reporter.file_done(result)
