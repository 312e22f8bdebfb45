"""End to end: ``trialex serve`` as a real uvicorn process on a free port, driven over TCP with httpx."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from schemas.extraction import Extraction

from .conftest import SEED, SEED_NCT, table_counts

TRIALEX = Path(sys.executable).with_name("trialex")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def start_server(tmp_path: Path, **settings: str) -> Iterator[tuple[str, str]]:
    """``trialex serve`` on a free port with a SQLite file of its own (and ``TRIALEX_<NAME>`` settings);
    yields (base URL, database URL)."""
    port = free_port()
    database_url = f"sqlite:///{tmp_path / 'served.db'}"
    log = (tmp_path / "server.log").open("w")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIALEX_")}
    env.update({f"TRIALEX_{name.upper()}": value for name, value in settings.items()})
    process = subprocess.Popen(
        [
            str(TRIALEX),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--database-url",
            database_url,
            "--log-level",
            "warning",
        ],
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            assert process.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        yield base, database_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    with start_server(tmp_path) as served:
        yield served


def test_serve_upload_reupload_and_read_every_trial_endpoint(
    server: tuple[str, str], seed_bytes: bytes, seed_extraction: Extraction
) -> None:
    base, database_url = server
    with httpx.Client(base_url=base, timeout=60) as client:
        accepted = client.post("/documents", files={"file": (SEED.name, seed_bytes, "application/pdf")})
        assert accepted.status_code == 202, accepted.text
        job_url = accepted.headers["Location"]
        assert job_url == f"/jobs/{accepted.json()['id']}" and accepted.json()["status"] in ("queued", "running")
        job = client.get(job_url).json()
        deadline = time.monotonic() + 120
        while job["status"] not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.2)
            job = client.get(job_url).json()
        assert job["status"] == "done", job
        document_id = job["document_id"]
        assert client.get(f"/documents/{document_id}").json()["nct_ids"] == [SEED_NCT]
        counts = table_counts(database_url)

        again = client.post("/documents", files={"file": ("again.pdf", seed_bytes, "application/pdf")})
        assert again.status_code == 200 and again.json()["id"] == document_id
        assert table_counts(database_url) == counts

        assert client.get("/trials").json()["meta"]["results"]["total"] == 1
        assert client.get(f"/trials/{SEED_NCT}").json()["documents"][0]["id"] == document_id
        for path, section in (
            ("demographics", "demographics"),
            ("adverse-events", "adverse_events"),
            ("pk", "pk"),
            ("efficacy", "efficacy"),
        ):
            typed = client.get(f"/trials/{SEED_NCT}/{path}")
            assert typed.status_code == 200 and typed.headers["content-type"] == "application/json"
            expected = getattr(seed_extraction.sections, section)
            dumped = (
                expected.model_dump(mode="json")
                if hasattr(expected, "model_dump")
                else [x.model_dump(mode="json") for x in expected]
            )
            assert typed.json()["results"][0]["data"] == dumped
            n = sum(r.section == section for r in seed_extraction.records)
            values = client.get(f"/trials/{SEED_NCT}/{path}", params={"view": "values", "limit": 5}).json()
            assert values["meta"]["results"]["total"] == n and len(values["results"]) == min(5, n)
            table = client.get(f"/trials/{SEED_NCT}/{path}", params={"format": "csv"})
            assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
            rows = list(csv.DictReader(io.StringIO(table.text)))
            assert len(rows) == n and all(r["page"] and r["bbox"] and r["raw"] for r in rows)
        checks = client.get(f"/trials/{SEED_NCT}/checks")
        assert checks.status_code == 200
        assert checks.json()["meta"]["results"]["total"] == len(seed_extraction.findings)

        records_csv = client.get(f"/documents/{document_id}/records", params={"format": "csv"})
        assert len(list(csv.DictReader(io.StringIO(records_csv.text)))) == len(seed_extraction.records)
        assert client.get("/trials/NCT99999999/efficacy").status_code == 404
        assert client.get("/trials/NCT9/efficacy").status_code == 422
        docs = client.get("/docs")
        assert docs.status_code == 200 and "cdn" not in docs.text.lower()
        for page in (docs.text, client.get("/redoc").text):
            for asset in (a.split('"')[0] for a in page.split('"/docs-assets/')[1:]):
                assert client.get(f"/docs-assets/{asset}").status_code == 200, asset


def test_serve_help_explains_itself() -> None:
    result = subprocess.run([str(TRIALEX), "serve", "--help"], capture_output=True, text=True, check=True)
    for words in ("--host", "--port", "--reload", "TRIALEX_DATABASE_URL", "TRIALEX_API_KEY", "/docs"):
        assert words in result.stdout
