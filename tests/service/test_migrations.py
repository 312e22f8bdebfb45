"""The schema under Alembic: an empty database is migrated to the newest revision, a database made before
migrations existed is adopted (its tables kept, the new ones added), several processes upgrading at once
agree, and ``trialex db`` shows and applies it."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from db import migrate
from db.engine import make_engine

from .conftest import sqlite_url

TRIALEX = Path(sys.executable).with_name("trialex")
NEW_TABLES = {"jobs", "document_payloads"}


def test_an_empty_database_is_migrated_to_the_head(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "empty.db"))
    try:
        assert migrate.current(engine) is None
        migrate.upgrade(engine)
        assert migrate.current(engine) == migrate.head() == "0002_reviews"
        tables = set(inspect(engine).get_table_names())
        assert {t.name for t in SQLModel.metadata.sorted_tables} <= tables
        migrate.upgrade(engine)  # current: nothing to do
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()


def test_a_database_made_before_migrations_is_adopted(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "old.db"))
    try:
        old = [t for t in SQLModel.metadata.sorted_tables if t.name not in NEW_TABLES]
        SQLModel.metadata.create_all(engine, tables=old)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO trials (nct_id, created_at, updated_at)"
                    " VALUES ('NCT00000001', '2024-01-01', '2024-01-01')"
                )
            )
        migrate.upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= NEW_TABLES
        with engine.connect() as conn:
            assert conn.execute(text("SELECT nct_id FROM trials")).scalar_one() == "NCT00000001"
        assert migrate.current(engine) == "0002_reviews"
    finally:
        engine.dispose()


def test_concurrent_upgrades_on_one_file_agree(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "race.db")
    commands = [[str(TRIALEX), "db", "upgrade", "--database-url", url] for _ in range(3)]
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda c: subprocess.run(c, capture_output=True, text=True), commands))
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "0002_reviews (newest: 0002_reviews)" in result.stdout
    current = subprocess.run([str(TRIALEX), "db", "current", "--database-url", url], capture_output=True, text=True)
    assert current.returncode == 0 and "0002_reviews" in current.stdout
