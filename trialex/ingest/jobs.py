"""One extraction job, start to end: the stage every queue backend runs (a procrastinate worker on
PostgreSQL, the API process's local pool on SQLite).

:func:`run_job` marks the job running, reads the PDF from the blob store, extracts it in an isolated child
process (time and memory limit, :mod:`trialex.isolation`), stores the document in one transaction and marks
the job done, or failed with a code and reason. It never raises for a bad file: failure is data. Running a
job twice (a worker killed after storing, the queue retrying it) stores nothing twice: the document is
idempotent by SHA-256.
"""

from __future__ import annotations

import logging
import os
import socket
import threading

from sqlalchemy import Engine

from db.engine import session_scope
from db.jobs import Job, finish_job, start_job
from db.store import end_read, get_document_by_sha256, save_extraction
from trialex.blobs import BlobNotFound, BlobStore
from trialex.errors import StorageError, TrialexError
from trialex.ingest.outcome import failure
from trialex.isolation import ExtractionCancelledError, Limits, extract_isolated

log = logging.getLogger("trialex.jobs")


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def run_job(
    job_id: int,
    *,
    engine: Engine,
    blobs: BlobStore,
    limits: Limits,
    cancel: threading.Event | None = None,
) -> Job | None:
    """Run the job; its final row (``None`` when it is gone or was finished already)."""
    with session_scope(engine) as session:
        job = start_job(session=session, job_id=job_id, worker=worker_name())
        if job is None:
            return None
        existing = get_document_by_sha256(session=session, sha256=job.sha256)
        end_read(session=session)
        if existing is not None:  # stored by an earlier attempt, or by a batch on another machine
            return finish_job(session=session, job_id=job_id, document_id=existing.id)
    try:
        data = blobs.get(job.sha256)
    except BlobNotFound:
        return _failed(
            engine, job_id, "blob-missing", f"the uploaded bytes of {job.file_name} are not in the blob store"
        )
    try:
        isolated = extract_isolated(data, file_name=job.file_name, limits=limits, cancel=cancel)
    except ExtractionCancelledError:
        raise  # stopped on request: the job stays running and the queue hands it out again
    except Exception as exc:
        code, reason = job_failure(exc, limits=limits)
        log.info("job %s (%s) failed: %s: %s", job_id, job.file_name, code, reason)
        return _failed(engine, job_id, code, reason)
    with session_scope(engine) as session:
        try:
            document, _ = save_extraction(session=session, extraction=isolated.extraction)
        except StorageError as exc:
            code, reason = job_failure(exc, limits=limits)
            return _failed(engine, job_id, code, reason)
        log.info(
            "job %s: stored %s as document %s (%d records, %.1f s)",
            job_id,
            job.file_name,
            document.id,
            len(isolated.extraction.records),
            isolated.extraction.seconds,
        )
        return finish_job(session=session, job_id=job_id, document_id=document.id)


def job_failure(exc: BaseException, *, limits: Limits) -> tuple[str, str]:
    """A failed job's ``(code, reason)``: the code is the error's own (``extraction-timeout``, ``memory-limit``,
    ``not-a-pdf``..., the problem types of the API), the reason the batch wording (:func:`failure`)."""
    _, reason = failure(exc, limits=limits)
    return (exc.code if isinstance(exc, TrialexError) else "extraction-failed"), reason


def _failed(engine: Engine, job_id: int, code: str, reason: str) -> Job | None:
    with session_scope(engine) as session:
        return finish_job(session=session, job_id=job_id, code=code, reason=reason)
