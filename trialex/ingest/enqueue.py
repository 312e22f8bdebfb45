"""``trialex ingest`` on a deployment with workers: every new PDF of the paths stored in the blob store and
queued as an extraction job (:mod:`trialex.ingest.pgqueue`), for ``trialex worker`` processes on any machine
to run. Files already stored are skipped, identical files share one job, plainly unreadable files (not a PDF,
empty, truncated, too large) are reported at once. ``wait`` follows the jobs to their end."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from db.engine import session_scope
from db.jobs import Job, get_job, submit_job
from db.store import get_document_by_sha256
from trialex.blobs import BlobStore
from trialex.errors import InputError
from trialex.ingest.queue import JobQueue
from trialex.isolation import Limits

_POLL_S = 0.5


@dataclass
class Enqueued:
    queued: dict[Path, int] = field(default_factory=dict)  # file -> job id
    already_present: dict[Path, int] = field(default_factory=dict)  # file -> document id
    refused: dict[Path, str] = field(default_factory=dict)  # file -> reason
    finished: dict[int, Job] = field(default_factory=dict)  # job id -> final job (with wait)

    @property
    def failed(self) -> int:
        return len(self.refused) + sum(1 for j in self.finished.values() if j.status == "failed")


def enqueue_files(
    files: Sequence[Path], *, engine: Engine, blobs: BlobStore, queue: JobQueue, limits: Limits
) -> Enqueued:
    from extractors.loader import check_bytes

    out = Enqueued()
    for path in files:
        try:
            data = path.read_bytes()
            check_bytes(data, max_bytes=limits.max_bytes)
        except OSError as exc:
            out.refused[path] = f"cannot read the file: {exc.strerror or exc}"
            continue
        except InputError as exc:
            out.refused[path] = f"{exc.code}: {exc}"
            continue
        sha256 = hashlib.sha256(data).hexdigest()
        with session_scope(engine) as session:
            document = get_document_by_sha256(session=session, sha256=sha256)
            if document is not None and document.id is not None:
                out.already_present[path] = document.id
                continue
            blobs.put(data)
            job, new = submit_job(session=session, sha256=sha256, file_name=path.name, size_bytes=len(data))
        assert job.id is not None
        if new:
            queue.enqueue(job.id, sha256)
        out.queued[path] = job.id
    return out


def wait_for_jobs(result: Enqueued, *, engine: Engine, timeout_s: float | None = None) -> None:
    """Follow the queued jobs until each is done or failed (or ``timeout_s`` passes)."""
    pending = set(result.queued.values())
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while pending and (deadline is None or time.monotonic() < deadline):
        with session_scope(engine) as session:
            for job_id in list(pending):
                job = get_job(session=session, job_id=job_id)
                if job is None or job.status in ("done", "failed"):
                    pending.discard(job_id)
                    if job is not None:
                        result.finished[job_id] = job
        if pending:
            time.sleep(_POLL_S)
