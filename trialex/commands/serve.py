"""``trialex serve``: the REST API under uvicorn."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

HELP = """\
Serve the trialex REST API with uvicorn.

Upload a publication PDF with POST /documents, then read its trial by NCT id:
/trials/{nct_id}/demographics, /adverse-events, /pk, /efficacy (typed JSON, ?view=values for long form,
?format=csv for R/pandas) and /checks. Interactive documentation at http://HOST:PORT/docs.

configuration (environment):
  TRIALEX_DATABASE_URL    SQLAlchemy URL (sqlite:///trialex.db in the working directory by default;
                          postgresql+psycopg://user@host/db for PostgreSQL); tables are created on start
  TRIALEX_MAX_UPLOAD_MB   largest upload accepted (413 above it)
  TRIALEX_MAX_PAGES       largest page count accepted
  TRIALEX_API_KEY         when set, uploads need the header X-API-Key; reads stay open
  TRIALEX_INGEST_TIMEOUT_S, TRIALEX_INGEST_MEMORY_MB
                          time and memory limit of one extraction (its worker process is killed past them)
  TRIALEX_QUEUE           auto (PostgreSQL: procrastinate workers, 'trialex worker'; SQLite: this process
                          extracts uploads itself), local, or procrastinate
  TRIALEX_BLOB_DIR        where uploaded PDFs are kept, by SHA-256 (./trialex-blobs)

production: trialex serve --host 0.0.0.0 --workers 4 --http httptools --loop uvloop
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the REST API (FastAPI + uvicorn)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (127.0.0.1; 0.0.0.0 for all)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (8000)")
    p.add_argument("--database-url", metavar="URL", help="database to serve (overrides TRIALEX_DATABASE_URL)")
    p.add_argument("--reload", action="store_true", help="restart when the code changes (development)")
    p.add_argument(
        "--workers", type=int, default=1, metavar="N", help="uvicorn worker processes (1; e.g. one per core)"
    )
    p.add_argument(
        "--http", choices=("auto", "h11", "httptools"), default="auto", help="HTTP parser (auto: httptools if present)"
    )
    p.add_argument(
        "--loop", choices=("auto", "asyncio", "uvloop"), default="auto", help="event loop (auto: uvloop if present)"
    )
    p.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug"),
        help="uvicorn log level (info)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from trialex.settings import get_settings

    if args.database_url:
        os.environ["TRIALEX_DATABASE_URL"] = args.database_url  # also seen by --reload's child process
        get_settings.cache_clear()
    print(
        f"trialex: serving {get_settings().database_url} on http://{args.host}:{args.port} "
        f"(API documentation at /docs)",
        file=sys.stderr,
    )
    uvicorn.run(
        "service.main:app",
        host=args.host,
        port=args.port,
        reload=args.reload,
        log_level=args.log_level,
        workers=None if args.reload else args.workers,
        http=args.http,
        loop=args.loop,
    )
    return 0
