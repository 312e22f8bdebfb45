"""``trialex worker``: run upload and batch extraction jobs from the task queue (procrastinate on PostgreSQL)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

HELP = """\
Run extraction jobs from the queue in the PostgreSQL database (procrastinate). Start as many
workers as you like, on any machine that reaches the database and the blob store
(TRIALEX_BLOB_DIR: a shared directory or volume): each takes the next queued job, extracts it
in an isolated child process with a time and memory limit, and stores the document.

A worker that is killed (SIGKILL, a lost machine) stops sending its heartbeat; after
--stalled-after seconds another worker hands its job back to the queue and it runs again.
SIGINT/SIGTERM stop a worker after its running jobs finish.

configuration (environment): TRIALEX_DATABASE_URL (postgresql+psycopg://...), TRIALEX_BLOB_DIR,
TRIALEX_INGEST_TIMEOUT_S, TRIALEX_INGEST_MEMORY_MB, TRIALEX_MAX_PAGES, TRIALEX_MAX_UPLOAD_MB.
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "worker",
        help="run extraction jobs from the PostgreSQL task queue (scale out)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--concurrency", type=int, default=1, metavar="N", help="jobs this worker runs at once (1)")
    p.add_argument("--database-url", metavar="URL", help="overrides TRIALEX_DATABASE_URL")
    p.add_argument("--blob-dir", metavar="DIR", help="overrides TRIALEX_BLOB_DIR")
    p.add_argument("--heartbeat", type=float, default=10.0, metavar="S", help="seconds between heartbeats (10)")
    p.add_argument(
        "--stalled-after",
        type=float,
        default=30.0,
        metavar="S",
        help="a worker silent this long is dead and its jobs are run again (30)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import logging

    from db.engine import init_db, make_engine
    from trialex.blobs import BlobStore
    from trialex.ingest.pgqueue import serve
    from trialex.isolation import Limits
    from trialex.settings import get_settings

    settings = get_settings()
    url = args.database_url or settings.database_url
    if not url.startswith("postgresql"):
        print(
            "trialex worker: error: workers need a PostgreSQL database (TRIALEX_DATABASE_URL=postgresql+psycopg://...);"
            " with SQLite, 'trialex serve' runs uploads itself",
            file=sys.stderr,
        )
        return 2
    if args.concurrency < 1:
        print("trialex worker: error: --concurrency must be at least 1", file=sys.stderr)
        return 2
    logging.getLogger("trialex").setLevel(logging.INFO)
    engine = make_engine(url)
    init_db(engine)
    limits = Limits(
        max_bytes=settings.max_upload_bytes,
        max_pages=settings.max_pages,
        timeout_s=settings.ingest_timeout_s,
        memory_mb=settings.ingest_memory_mb,
    )
    print(
        f"trialex worker: pid {os.getpid()}, {args.concurrency} at a time, waiting for jobs",
        file=sys.stderr,
        flush=True,
    )
    try:
        serve(
            database_url=url,
            engine=engine,
            blobs=BlobStore(args.blob_dir or settings.blob_dir),
            limits=limits,
            concurrency=args.concurrency,
            heartbeat_s=args.heartbeat,
            stalled_after_s=args.stalled_after,
        )
    finally:
        engine.dispose()
    return 0
