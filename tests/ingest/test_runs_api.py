"""``GET /runs`` and ``GET /runs/{id}`` through the real app, on the database of the mixed ingest."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from service.main import create_app
from trialex.settings import Settings

from .conftest import Mixed, api_get
from .makers import BAD_KINDS
from .test_batch import FOUND


@pytest.fixture
def app(mixed: Mixed) -> Iterator[FastAPI]:
    application = create_app(Settings(database_url=mixed.url))
    yield application
    application.state.engine.dispose()


def test_runs_are_listed_newest_first_with_pagination(app: FastAPI, mixed: Mixed) -> None:
    first, rerun = (r.run for r in mixed.runs)
    body = api_get(app, "/runs").json()
    assert body["meta"]["results"] == {"offset": 0, "limit": 100, "total": 2}
    assert body["meta"]["last_updated"] is not None and body["meta"]["source_documents"] == []
    assert [r["id"] for r in body["results"]] == [rerun.id, first.id]
    page = api_get(app, "/runs?offset=1&limit=1").json()
    assert page["meta"]["results"] == {"offset": 1, "limit": 1, "total": 2}
    (only,) = page["results"]
    assert only["id"] == first.id and only["status"] == "completed"
    assert (only["found"], only["seen"], only["ingested"], only["already_present"], only["failed"]) == (
        FOUND,
        FOUND,
        3,
        1,
        len(BAD_KINDS),
    )
    assert only["started_at"].endswith("Z") and only["finished_at"].endswith("Z")


def test_a_run_with_its_files(app: FastAPI, mixed: Mixed) -> None:
    first = mixed.runs[0].run
    response = api_get(app, f"/runs/{first.id}")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == first.id and len(body["files"]) == FOUND
    by_name = {f["path"].rsplit("/", 1)[-1]: f for f in body["files"]}
    for name, (code, words) in BAD_KINDS.items():
        assert by_name[name]["status"] == "failed" and by_name[name]["code"] == code
        assert words in by_name[name]["reason"]
    seed = by_name["seed-nct04728035.pdf"]
    assert seed["status"] == "ingested" and seed["document_id"] and seed["records"] > 0
    document = api_get(app, f"/documents/{seed['document_id']}").json()
    assert document["sha256"] == seed["sha256"]


def test_an_unknown_run_is_a_404_problem(app: FastAPI) -> None:
    response = api_get(app, "/runs/9999")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "not-found" and "9999" in response.json()["detail"]
    assert api_get(app, "/runs?limit=0").status_code == 422


def test_server_details_are_shown_only_with_the_api_key(mixed: Mixed) -> None:
    app = create_app(Settings(database_url=mixed.url, api_key="sesame"))
    try:
        run_id = mixed.runs[0].run.id
        for url in ("/runs", f"/runs/{run_id}"):
            public = api_get(app, url).json()
            run = public["results"][0] if "results" in public else public
            assert run["pid"] is None and run["hostname"] is None
            assert all("/" not in p for p in run["paths"])
            private = api_get(app, url, headers={"X-API-Key": "sesame"}).json()
            run = private["results"][0] if "results" in private else private
            assert run["pid"] and run["hostname"] and all(p.startswith("/") for p in run["paths"])
        files = api_get(app, f"/runs/{run_id}").json()["files"]
        assert files and all("/" not in f["path"] for f in files)
        wrong = api_get(app, f"/runs/{run_id}", headers={"X-API-Key": "wrong"}).json()
        assert wrong["hostname"] is None
    finally:
        app.state.engine.dispose()
