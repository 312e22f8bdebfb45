"""Where upload jobs run: a :class:`JobQueue` chosen by ``TRIALEX_QUEUE``.

- ``procrastinate``: the distributed queue on PostgreSQL (:mod:`trialex.ingest.pgqueue`); ``trialex worker``
  processes on any machine run the jobs.
- ``local``: the process that accepted the upload runs it, in a pool of ``slots`` threads, each extraction in
  its isolated child process (the embedded default: SQLite, no broker, no worker to start). Jobs left queued
  or running by a previous process are taken up again when it starts.
- ``auto`` (the default): ``procrastinate`` on a PostgreSQL database, ``local`` otherwise.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from sqlalchemy import Engine

from db.engine import session_scope
from db.jobs import jobs_with_status
from trialex.blobs import BlobStore
from trialex.ingest.jobs import run_job
from trialex.isolation import Limits

log = logging.getLogger("trialex.queue")


class JobQueue(Protocol):
    name: str

    def start(self) -> None: ...

    def enqueue(self, job_id: int, sha256: str) -> None: ...

    def close(self) -> None: ...


class LocalQueue:
    """Runs jobs in this process, at most ``slots`` at a time."""

    name = "local"

    def __init__(self, *, engine: Engine, blobs: BlobStore, limits: Limits, slots: int) -> None:
        self.engine, self.blobs, self.limits, self.slots = engine, blobs, limits, slots
        self._pool: ThreadPoolExecutor | None = None
        self._cancel = threading.Event()

    def start(self) -> None:
        self._cancel.clear()
        self._pool = ThreadPoolExecutor(max_workers=self.slots, thread_name_prefix="trialex-job")
        with session_scope(self.engine) as session:
            left = jobs_with_status(session=session, statuses=("queued", "running"))
        for job in left:
            assert job.id is not None
            self.enqueue(job.id, job.sha256)

    def enqueue(self, job_id: int, sha256: str) -> None:
        assert self._pool is not None, "start() the queue first"
        self._pool.submit(self._run, job_id)

    def _run(self, job_id: int) -> None:
        try:
            run_job(job_id, engine=self.engine, blobs=self.blobs, limits=self.limits, cancel=self._cancel)
        except Exception:  # cancelled at shutdown, or the database went away: the next start resumes it
            log.exception("job %s did not finish", job_id)

    def close(self) -> None:
        if self._pool is not None:
            self._cancel.set()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def queue_kind(setting: str, database_url: str) -> str:
    if setting == "auto":
        return "procrastinate" if database_url.startswith("postgresql") else "local"
    return setting


def make_queue(
    *, setting: str, database_url: str, engine: Engine, blobs: BlobStore, limits: Limits, slots: int
) -> JobQueue:
    if queue_kind(setting, database_url) == "procrastinate":
        from trialex.ingest.pgqueue import ProcrastinateQueue

        return ProcrastinateQueue(database_url)
    return LocalQueue(engine=engine, blobs=blobs, limits=limits, slots=slots)
