"""Engines and sessions. SQLite gets foreign keys, WAL and a busy timeout; PostgreSQL a pre-ping pool."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlmodel import Session, SQLModel, create_engine

import db.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from db import reviews as _reviews  # noqa: F401  (and the review tables)

SQLITE_BUSY_TIMEOUT_S = 30.0


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for a SQLAlchemy URL (``sqlite:///trialex.db``, ``postgresql+psycopg://...``)."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_S}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def init_db(engine: Engine) -> None:
    """Create the tables that do not exist yet (no migrations: the schema only grows by new tables)."""
    SQLModel.metadata.create_all(engine)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that is closed (and its open transaction rolled back) on exit."""
    with Session(engine, expire_on_commit=False) as session:
        yield session
