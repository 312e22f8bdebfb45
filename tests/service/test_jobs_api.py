"""Uploads as jobs (202 + /jobs/{id}, identical uploads one job, failures with a reason), stored answers with
ETags, DELETE /documents/{id}, bounded ids and offsets, control characters refused, and what /jobs and
/runs hide without the API key. On the embedded default: SQLite and the API process's local queue."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path
from typing import Any

import pytest

from db.payloads import Payload
from trialex.blobs import BlobStore

from .conftest import ABSTRACT, SEED, SEED_NCT, BadInputs, Loaded, sqlite_url, table_counts


def wait_job(client: Any, location: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        job: dict[str, Any] = client.get(location).json()
        if job["status"] in ("done", "failed") or time.monotonic() > deadline:
            return job
        time.sleep(0.1)


def test_upload_is_a_job_and_identical_uploads_share_it(tmp_path: Path, client_for: Any, seed_bytes: bytes) -> None:
    client = client_for(sqlite_url(tmp_path / "jobs.db"), api_key="sesame")
    key = {"X-API-Key": "sesame"}
    first = client.upload(seed_bytes, "seed.pdf", wait=False, headers=key)
    second = client.upload(seed_bytes, "seed-again.pdf", wait=False, headers=key)
    assert (first.status_code, second.status_code) == (202, 202)
    assert first.headers["Location"] == second.headers["Location"] == f"/jobs/{first.json()['id']}"
    assert BlobStore(tmp_path / "blobs").exists(first.json()["sha256"])
    job = wait_job(client, first.headers["Location"])
    assert job["status"] == "done" and job["attempts"] == 1 and job["worker"] is None
    assert client.get(first.headers["Location"], headers=key).json()["worker"]  # host:pid with the key only
    third = client.upload(seed_bytes, "seed-third.pdf", wait=False, headers=key)
    assert third.status_code == 200 and third.json()["id"] == job["document_id"]
    assert table_counts(sqlite_url(tmp_path / "jobs.db"))["documents"] == 1


def test_a_bad_file_fails_its_job_with_a_reason(tmp_path: Path, client_for: Any, bad_inputs: BadInputs) -> None:
    client = client_for(sqlite_url(tmp_path / "bad.db"))
    accepted = client.upload(bad_inputs.encrypted, "locked.pdf", wait=False)
    assert accepted.status_code == 202
    job = wait_job(client, accepted.headers["Location"])
    assert job["status"] == "failed" and job["code"] == "encrypted-pdf" and "encrypted" in job["reason"]
    assert job["document_id"] is None
    refused = client.upload(bad_inputs.text, "notes.pdf", wait=False)  # plainly not a PDF: refused at once
    assert refused.status_code == 415 and refused.headers["content-type"] == "application/problem+json"


def test_unknown_job_is_a_404_and_huge_ids_a_422(loaded: Loaded) -> None:
    assert loaded.client.get("/jobs/999999").status_code == 404
    for url in ("/jobs/9223372036854775808", "/documents/9223372036854775808", "/runs/99999999999999999999"):
        response = loaded.client.get(url)
        assert response.status_code == 422, url
        assert response.headers["content-type"] == "application/problem+json"
    big_offset = loaded.client.get("/documents", params={"offset": 2**63})
    assert big_offset.status_code == 422
    assert loaded.client.get("/documents", params={"offset": 2**31 - 1}).status_code == 200


@pytest.mark.parametrize("value", ["a\x00b", "\x07", "x\x7f"])
def test_control_characters_are_refused(loaded: Loaded, value: str) -> None:
    response = loaded.client.get(f"/trials/{SEED_NCT}/adverse-events", params={"arm": value})
    assert response.status_code == 422 and response.json()["type"] == "validation-error"
    assert "control characters" in response.json()["detail"]


def test_openapi_documents_422_as_problem_json(loaded: Loaded) -> None:
    spec = loaded.client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            content = operation["responses"]["422"]["content"]
            assert list(content) == ["application/problem+json"], (method, path)
    assert "HTTPValidationError" not in spec["components"]["schemas"]


@pytest.mark.parametrize("path", ["demographics", "adverse-events", "pk", "efficacy"])
def test_stored_answers_equal_the_rebuilt_ones_and_carry_an_etag(loaded: Loaded, path: str) -> None:
    client = loaded.client
    base = f"/trials/{SEED_NCT}/{path}"
    for params in ({}, {"view": "values", "offset": 3, "limit": 7}, {"format": "csv"}):
        stored = client.get(base, params=params)
        assert stored.status_code == 200 and stored.headers["etag"].startswith('"')
        assert client.get(base, params=params, headers={"If-None-Match": stored.headers["etag"]}).status_code == 304
        assert client.get(base, params=params, headers={"If-None-Match": '"other"'}).status_code == 200
    typed = client.get(base).json()
    values = client.get(base, params={"view": "values", "limit": 1000}).json()
    records = client.get(
        f"/documents/{loaded.seed['id']}/records",
        params={"section": path.replace("-", "_"), "limit": 1000},
    ).json()
    assert values["results"] == records["results"]
    assert values["meta"]["results"]["total"] == records["meta"]["results"]["total"]
    assert typed["filters"] == {} and typed["results"][0]["document_id"] == loaded.seed["id"]
    rows = list(csv.DictReader(io.StringIO(client.get(base, params={"format": "csv"}).text)))
    assert [r["raw"] for r in rows] == [r["raw"] for r in records["results"]]
    assert all(r["nct_id"] == SEED_NCT for r in rows)


def test_delete_removes_the_document_and_everything_derived(tmp_path: Path, client_for: Any) -> None:
    url = sqlite_url(tmp_path / "delete.db")
    client = client_for(url, api_key="sesame")
    key = {"X-API-Key": "sesame"}
    seed = client.upload(SEED.read_bytes(), SEED.name, headers=key)
    abstract = client.upload(ABSTRACT.read_bytes(), ABSTRACT.name, headers=key)
    assert (seed.status_code, abstract.status_code) == (201, 201)
    with_abstract = table_counts(url)
    client.upload(b"x", "notes.pdf", headers=key)
    assert client.delete(f"/documents/{seed.json()['id']}").status_code == 401
    assert client.delete(f"/documents/{seed.json()['id']}", headers=key).status_code == 204
    counts = table_counts(url)
    assert counts["documents"] == 1 and counts["trials"] == 1
    assert counts["document_payloads"] == 12 and counts["document_trials"] == 1 and counts["records"] > 0
    for table in ("records", "findings", "document_payloads", "arms", "document_trials", "document_tables"):
        assert counts[table] < with_abstract[table], table
    assert client.get(f"/documents/{seed.json()['id']}").status_code == 404
    assert client.get(f"/trials/{SEED_NCT}/efficacy").status_code == 404
    assert not BlobStore(tmp_path / "blobs").exists(seed.json()["sha256"])
    assert BlobStore(tmp_path / "blobs").exists(abstract.json()["sha256"])
    assert client.delete(f"/documents/{seed.json()['id']}", headers=key).status_code == 404
    again = client.upload(SEED.read_bytes(), SEED.name, headers=key)  # stored anew after a delete
    assert again.status_code == 201 and again.json()["id"] != seed.json()["id"]


def test_payloads_are_stored_with_the_document(loaded: Loaded) -> None:
    from sqlmodel import Session, select

    from db.engine import make_engine

    engine = make_engine(loaded.url)
    try:
        with Session(engine) as session:
            kinds = session.exec(select(Payload.section, Payload.kind).where(Payload.document_id == loaded.seed["id"]))
            assert len(set(kinds)) == 12
    finally:
        engine.dispose()


def test_jobs_left_queued_are_run_when_the_api_starts_again(tmp_path: Path, client_for: Any) -> None:
    """A job queued by a process that stopped before running it (its blob stored, its row queued) is taken up
    by the local queue of the next API process."""
    from db.engine import init_db, make_engine, session_scope
    from db.jobs import submit_job

    url = sqlite_url(tmp_path / "left.db")
    data = ABSTRACT.read_bytes()
    engine = make_engine(url)
    try:
        init_db(engine)
        sha256 = BlobStore(tmp_path / "blobs").put(data)
        with session_scope(engine) as session:
            job, new = submit_job(session=session, sha256=sha256, file_name=ABSTRACT.name, size_bytes=len(data))
        assert new and job.status == "queued"
    finally:
        engine.dispose()
    client = client_for(url)
    done = wait_job(client, f"/jobs/{job.id}")
    assert done["status"] == "done" and done["attempts"] == 1
    assert client.get(f"/documents/{done['document_id']}").json()["sha256"] == sha256
