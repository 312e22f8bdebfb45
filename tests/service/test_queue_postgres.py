"""The distributed queue for real, on PostgreSQL (when TRIALEX_TEST_POSTGRES_URL is set; CI sets it): real
``trialex serve`` and ``trialex worker`` processes on a fresh database of their own, created for the test and
dropped after it.

- 30 concurrent uploads (good papers, each several times; bad files, some twice) through one API process to
  2 workers, one of them killed with SIGKILL in the middle of a job: every good paper is stored once, every
  bad upload is refused or its job failed with a reason, the killed job is run again and completes.
- Two API processes started at the same instant on the empty database both serve (the migration lock).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from db.engine import make_engine
from tests.ingest.makers import encrypted, shapes_only

from .conftest import DATA, PDFS, SEED
from .test_end_to_end import free_port

POSTGRES_URL = os.environ.get("TRIALEX_TEST_POSTGRES_URL")
TRIALEX = Path(sys.executable).with_name("trialex")
GOOD = [
    SEED,
    PDFS / "abs-abexinostat-fl-asco2024.pdf",
    PDFS / "abs-tqb3525-fl-asco2024.pdf",
    PDFS / "abs-epcoritamab-epcore-nhl6-asco2024.pdf",
    PDFS / "jats-axitinib-rifampin-ddi-healthy-pk-ccp2009.pdf",
]
LONG_ENOUGH = 600.0  # seconds: only a bound on waiting for processes, so a broken run ends


@pytest.fixture
def database() -> Iterator[str]:
    """A fresh PostgreSQL database (``trialex_queue_<random>``), dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip("TRIALEX_TEST_POSTGRES_URL is not set")
    name = f"trialex_queue_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class Processes:
    """trialex processes of one test, each logging to a file; all stopped at the end."""

    def __init__(self, tmp: Path, url: str) -> None:
        self.tmp, self.url = tmp, url
        self.started: list[subprocess.Popen[bytes]] = []

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIALEX_")}
        env.update(
            TRIALEX_DATABASE_URL=self.url,
            TRIALEX_BLOB_DIR=str(self.tmp / "blobs"),
            TRIALEX_INGEST_TIMEOUT_S="120",
            TRIALEX_QUEUE="procrastinate",
        )
        return env

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.tmp / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [str(TRIALEX), *args], cwd=self.tmp, stdout=log, stderr=subprocess.STDOUT, env=self.env()
        )
        log.close()
        self.started.append(process)
        return process

    def api(self, name: str) -> tuple[subprocess.Popen[bytes], str]:
        port = free_port()
        return self.start(name, "serve", "--port", str(port), "--log-level", "warning"), f"http://127.0.0.1:{port}"

    def worker(self, name: str) -> subprocess.Popen[bytes]:
        return self.start(name, "worker", "--heartbeat", "1", "--stalled-after", "4")

    def log(self, name: str) -> str:
        return (self.tmp / f"{name}.log").read_text(errors="replace")

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.terminate()
        for process in self.started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextlib.contextmanager
def processes(tmp: Path, url: str) -> Iterator[Processes]:
    group = Processes(tmp, url)
    try:
        yield group
    finally:
        group.stop_all()


def wait_until(condition: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + LONG_ENOUGH
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.1)


def serving(base: str, process: subprocess.Popen[bytes], log: Callable[[], str]) -> bool:
    assert process.poll() is None, log()
    try:
        return httpx.get(f"{base}/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def query(url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_api_and_two_workers_with_a_worker_killed_mid_job(tmp_path: Path, database: str) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    seed = SEED.read_bytes()
    bad = {
        "notes.pdf": (DATA / "seed-paper.txt").read_bytes(),
        "empty.pdf": b"",
        "truncated.pdf": seed[: len(seed) // 2],
        "encrypted.pdf": encrypted(SEED, scratch / "encrypted.pdf"),
        "scanned.pdf": shapes_only(scratch / "scanned.pdf"),
    }
    uploads: list[tuple[str, bytes]] = [(f"{p.stem}-{i}.pdf", p.read_bytes()) for i in range(3) for p in GOOD]
    uploads += [(name, data) for name, data in bad.items()]
    uploads += [(f"again-{name}", data) for name, data in bad.items() if name in ("encrypted.pdf", "scanned.pdf")]
    uploads += [("notes-again.pdf", bad["notes.pdf"]), ("empty-again.pdf", b"")]
    uploads += [(f"{p.stem}-late.pdf", p.read_bytes()) for p in (*GOOD, SEED)]
    assert len(uploads) == 30

    with processes(tmp_path, database) as group:
        api, base = group.api("api")
        wait_until(lambda: serving(base, api, lambda: group.log("api")), "the API")
        doomed = group.worker("worker-1")
        group.worker("worker-2")

        def upload(item: tuple[str, bytes]) -> httpx.Response:
            name, data = item
            return httpx.post(f"{base}/documents", files={"file": (name, data, "application/pdf")}, timeout=120)

        with ThreadPoolExecutor(8) as pool:
            first = list(pool.map(upload, uploads[:10]))
            # kill worker-1 with SIGKILL as soon as it is in the middle of a job
            mine = f"SELECT id FROM jobs WHERE status = 'running' AND split_part(worker, ':', 2) = '{doomed.pid}'"
            killed_job = wait_until(
                lambda: query(database, mine),
                "worker-1 to start a job",
            )[0][0]
            os.kill(doomed.pid, signal.SIGKILL)
            doomed.wait()
            rest = list(pool.map(upload, uploads[10:]))
        responses = first + rest

        locations: dict[str, list[str]] = {}
        refused: dict[str, int] = {}
        for (name, _), response in zip(uploads, responses, strict=True):
            assert response.status_code in (200, 202, 415, 422), (name, response.text)
            if response.status_code in (415, 422):
                assert response.headers["content-type"] == "application/problem+json"
                assert response.json()["detail"], name
                refused[name] = response.status_code
            else:
                locations.setdefault(response.headers["Location"], []).append(name)
        assert set(refused) == {"notes.pdf", "notes-again.pdf", "empty.pdf", "empty-again.pdf", "truncated.pdf"}

        def settled() -> list[dict[str, Any]] | None:
            jobs = [httpx.get(f"{base}{loc}").json() for loc in locations if loc.startswith("/jobs/")]
            return jobs if all(j["status"] in ("done", "failed") for j in jobs) else None

        jobs = wait_until(settled, "every job to finish")

    by_sha = {j["sha256"]: j for j in jobs}
    good_shas = {hashlib.sha256(p.read_bytes()).hexdigest() for p in GOOD}
    for sha in good_shas:
        job = by_sha.get(sha)
        if job is not None:
            assert job["status"] == "done" and job["document_id"], job
    failed = [j for j in jobs if j["status"] == "failed"]
    assert sorted(j["code"] for j in failed) == ["encrypted-pdf", "no-text-layer"], failed
    assert all(j["reason"] for j in failed)
    documents = query(database, "SELECT sha256, count(*) FROM documents GROUP BY sha256")
    assert {sha for sha, _ in documents} == good_shas and all(n == 1 for _, n in documents)
    # one job per distinct file: identical uploads shared theirs
    assert query(database, "SELECT count(*), count(DISTINCT sha256) FROM jobs")[0] == (len(good_shas) + 2,) * 2
    killed = query(database, f"SELECT status, attempts, document_id FROM jobs WHERE id = {killed_job}")[0]
    assert killed[0] in ("done", "failed") and killed[1] >= 2, killed  # run again after the kill
    # every stored document is whole: its payloads and records are there
    for doc_id, records, payload_items in query(
        database,
        "SELECT d.id, (SELECT count(*) FROM records r WHERE r.document_id = d.id),"
        " (SELECT coalesce(sum(items), 0) FROM document_payloads p WHERE p.document_id = d.id AND p.kind = 'values')"
        " FROM documents d",
    ):
        assert records > 0 and records == payload_items, doc_id


def test_two_api_processes_starting_together_on_an_empty_database_both_serve(tmp_path: Path, database: str) -> None:
    with processes(tmp_path, database) as group:
        (one, base_one), (two, base_two) = group.api("api-1"), group.api("api-2")
        worker = group.worker("worker")
        wait_until(lambda: serving(base_one, one, lambda: group.log("api-1")), "the first API")
        wait_until(lambda: serving(base_two, two, lambda: group.log("api-2")), "the second API")
        for base in (base_one, base_two):
            assert httpx.get(f"{base}/documents").json()["meta"]["results"]["total"] == 0
        assert worker.poll() is None, group.log("worker")
        assert query(database, "SELECT version_num FROM alembic_version") == [("0002_reviews",)]
        for name in ("api-1", "api-2"):
            assert "Traceback" not in group.log(name), group.log(name)
        current = subprocess.run(
            [str(TRIALEX), "db", "current", "--database-url", database], capture_output=True, text=True, check=True
        )
        assert "0002_reviews" in current.stdout


def test_ingest_queues_a_folder_for_the_workers(tmp_path: Path, database: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in (SEED, GOOD[1]):
        (inbox / path.name).write_bytes(path.read_bytes())
    (inbox / "copy-of-seed.pdf").write_bytes(SEED.read_bytes())
    (inbox / "empty.pdf").write_bytes(b"")
    with processes(tmp_path, database) as group:
        group.worker("worker")
        result = subprocess.run(
            [str(TRIALEX), "ingest", str(inbox), "--wait"],
            capture_output=True,
            text=True,
            env=group.env(),
            cwd=tmp_path,
            timeout=LONG_ENOUGH,
        )
    assert result.returncode == 1, result.stdout + result.stderr  # the empty file is refused
    assert "3 queued for the workers" in result.stdout and "2 jobs done, 0 failed" in result.stdout
    assert "refused" in result.stderr and "empty.pdf" in result.stderr
    assert query(database, "SELECT count(*) FROM documents") == [(2,)]
    assert query(database, "SELECT count(*) FROM jobs WHERE status = 'done'") == [(2,)]
