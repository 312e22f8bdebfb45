"""The same batch on PostgreSQL (when TRIALEX_TEST_POSTGRES_URL is set), in a schema of its own: stored
once, a failure recorded, the rerun stores nothing new, and the API lists the runs."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from db.engine import make_engine
from service.main import create_app
from trialex.settings import Settings

from .conftest import api_get, read_runs, scalar, trialex
from .makers import ABSTRACT, SEED

POSTGRES_URL = os.environ.get("TRIALEX_TEST_POSTGRES_URL")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    if not POSTGRES_URL:
        pytest.skip("TRIALEX_TEST_POSTGRES_URL is not set")
    schema = f"trialex_ingest_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_ingest_into_postgresql(tmp_path: Path, postgres_url: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEED, inbox)
    shutil.copy(ABSTRACT, inbox)
    (inbox / "empty.pdf").write_bytes(b"")
    args = ["ingest", str(inbox), "--local", "--database-url", postgres_url]
    first = trialex(*args, cwd=tmp_path)
    assert first.returncode == 1, first.stdout + first.stderr
    rerun = trialex(*args, cwd=tmp_path)
    assert rerun.returncode == 1
    assert scalar(postgres_url, "SELECT count(*) FROM documents") == 2
    one, two = read_runs(postgres_url)
    assert (one.run.status, one.run.ingested, one.run.failed) == ("completed", 2, 1)
    assert (two.run.ingested, two.run.already_present, two.run.failed) == (0, 2, 1)
    assert two.by_name()["empty.pdf"].code == "empty-file"
    app = create_app(Settings(database_url=postgres_url))
    try:
        body = api_get(app, "/runs").json()
        assert [r["id"] for r in body["results"]] == [two.run.id, one.run.id]
        assert len(api_get(app, f"/runs/{one.run.id}").json()["files"]) == 3
    finally:
        app.state.engine.dispose()
