"""``trialex db upgrade|current|downgrade``: the schema's Alembic migrations."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "db",
        help="migrate the database schema (Alembic)",
        description="Bring the database to the newest schema (upgrade), show its revision (current), or step back"
        " (downgrade REV). Safe when several processes upgrade at once: one migrates, the others wait."
        " The API, workers and 'trialex ingest' upgrade on start too.",
    )
    p.add_argument("action", choices=("upgrade", "current", "downgrade"))
    p.add_argument("revision", nargs="?", help="target revision (upgrade: head; downgrade: required)")
    p.add_argument("--database-url", metavar="URL", help="overrides TRIALEX_DATABASE_URL")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from db import migrate
    from db.engine import make_engine
    from trialex.ingest.batch import shown_url
    from trialex.settings import get_settings

    url = args.database_url or get_settings().database_url
    engine = make_engine(url)
    try:
        if args.action == "upgrade":
            migrate.upgrade(engine, args.revision or "head")
        elif args.action == "downgrade":
            if not args.revision:
                print("trialex db: error: downgrade needs a revision (e.g. base)")
                return 2
            migrate.downgrade(engine, args.revision)
        print(f"{shown_url(url)}: {migrate.current(engine) or 'empty'} (newest: {migrate.head()})")
    finally:
        engine.dispose()
    return 0
