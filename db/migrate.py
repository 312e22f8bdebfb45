"""The schema, managed by Alembic migrations (``db/migrations``): :func:`upgrade` brings a database to the
newest revision, and is what the API, the workers, ``trialex ingest`` and ``trialex db upgrade`` call on start.

Several processes may start at once on a fresh database (two API processes and a worker): each upgrade runs
under a lock, so one creates the schema while the others wait, then find it current and do nothing. On
PostgreSQL the lock is a session advisory lock (``pg_advisory_lock``) taken on the connection that runs the
migration; on SQLite an exclusive ``flock`` on a file beside the database.
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# pg_advisory_lock key: the first 8 bytes of sha256("trialex schema migration") as a signed bigint.
ADVISORY_LOCK_KEY = 0x2F1C_5A6B_7D3E_0191


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head() -> str:
    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    """The database's revision (``None`` for an empty or pre-migration database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` (the newest by default), under the migration lock."""
    with _locked(engine) as conn:
        if revision == "head" and MigrationContext.configure(conn).get_current_revision() == head():
            return
        command.upgrade(alembic_config(conn), revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    with _locked(engine) as conn:
        command.downgrade(alembic_config(conn), revision)
        conn.commit()


@contextlib.contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
            conn.commit()
            try:
                yield conn
            finally:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
                conn.commit()
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    lock_path = Path(f"{database}.migrate.lock") if database and database != ":memory:" else None
    with contextlib.ExitStack() as stack:
        if lock_path is not None and lock_path.parent.is_dir():  # no folder: SQLite's own error says so
            handle = stack.enter_context(lock_path.open("a"))
            fcntl.flock(handle, fcntl.LOCK_EX)
        with engine.connect() as conn:
            yield conn
