"""The distributed queue: procrastinate on the PostgreSQL database trialex already stores into.

- ``POST /documents`` and ``trialex ingest`` defer the task ``trialex.extract`` with the job id, on the queue
  ``trialex-extract``, with the PDF's SHA-256 as *queueing lock*: PostgreSQL's unique index on queued jobs
  makes a second defer of the same bytes fail (:class:`procrastinate.exceptions.AlreadyEnqueued`) while the
  first waits, so identical uploads are one job (the ``jobs`` table's unique SHA-256 does it first).
- ``trialex worker`` (:func:`serve`) runs a procrastinate worker on any machine that reaches the database:
  it listens for new jobs (LISTEN/NOTIFY), runs each with :func:`trialex.ingest.jobs.run_job`, sends a
  heartbeat, and every few seconds hands the jobs of workers whose heartbeat stopped (killed with SIGKILL,
  machine lost) back to the queue, so another worker runs them again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any

import procrastinate
from procrastinate.exceptions import AlreadyEnqueued
from sqlalchemy import Engine, make_url

from trialex.blobs import BlobStore
from trialex.ingest.jobs import run_job
from trialex.isolation import Limits

QUEUE = "trialex-extract"
TASK = "trialex.extract"
log = logging.getLogger("trialex.worker")


def conninfo(database_url: str) -> str:
    """The libpq URL of a SQLAlchemy ``postgresql+psycopg://`` URL (query options such as search_path kept)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass(slots=True)
class _Context:
    engine: Engine
    blobs: BlobStore
    limits: Limits


_context: _Context | None = None


def _extract(job_id: int) -> None:
    """The task: run one job (in a thread of the worker; the extraction itself in a child process)."""
    assert _context is not None, "the worker context is set by serve()"
    run_job(job_id, engine=_context.engine, blobs=_context.blobs, limits=_context.limits)


def make_app(database_url: str) -> procrastinate.App:
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo(database_url)))
    app.task(name=TASK, queue=QUEUE, pass_context=False)(_extract)
    return app


class ProcrastinateQueue:
    """Defers jobs for ``trialex worker`` processes anywhere."""

    name = "procrastinate"

    def __init__(self, database_url: str) -> None:
        self.app = make_app(database_url)
        self._open = False

    def start(self) -> None:
        self.app.open()
        self._open = True

    def enqueue(self, job_id: int, sha256: str) -> None:
        with contextlib.suppress(AlreadyEnqueued):  # the same bytes are queued already: one job
            self.app.configure_task(TASK, queueing_lock=sha256).defer(job_id=job_id)

    def close(self) -> None:
        if self._open:
            self.app.close()
            self._open = False


async def _retry_stalled(app: procrastinate.App, *, stalled_after_s: float, every_s: float) -> None:
    """Hand the jobs of dead workers (no heartbeat for ``stalled_after_s``) back to the queue."""
    while True:
        await asyncio.sleep(every_s)
        try:
            stalled = await app.job_manager.get_stalled_jobs(queue=QUEUE, seconds_since_heartbeat=stalled_after_s)
            for job in stalled:
                with contextlib.suppress(Exception):  # another worker retried it first
                    await app.job_manager.retry_job(job)
                    log.warning("job %s of a stalled worker handed back to the queue", job.task_kwargs)
        except Exception as exc:  # the database went away for a moment: try again next round
            log.warning("could not look for stalled jobs: %s", exc)


def serve(
    *,
    database_url: str,
    engine: Engine,
    blobs: BlobStore,
    limits: Limits,
    concurrency: int,
    heartbeat_s: float = 10.0,
    stalled_after_s: float = 30.0,
) -> None:
    """Run a worker until SIGINT/SIGTERM (running jobs are finished first)."""
    global _context
    _context = _Context(engine=engine, blobs=blobs, limits=limits)
    app = make_app(database_url)

    async def main() -> None:
        async with app.open_async():
            reaper = asyncio.create_task(
                _retry_stalled(app, stalled_after_s=stalled_after_s, every_s=max(1.0, heartbeat_s))
            )
            try:
                options: dict[str, Any] = {
                    "queues": [QUEUE],
                    "concurrency": concurrency,
                    "update_heartbeat_interval": heartbeat_s,
                    "stalled_worker_timeout": stalled_after_s,
                    "install_signal_handlers": True,
                    "delete_jobs": "successful",
                }
                await app.run_worker_async(**options)
            finally:
                reaper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reaper

    asyncio.run(main())
