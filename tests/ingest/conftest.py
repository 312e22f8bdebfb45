"""Fixtures of the ingestion tests: a real inbox folder of good papers and every kind of bad file, ingested
by real ``trialex ingest`` processes into a real SQLite file (once, then a rerun), and helpers to read what
was stored.

The mixed ingest is the slow part (every good paper extracted, the bomb stopped at its memory limit), so it
is done once per session and shared by the tests that only read its outcome.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

from db.engine import make_engine, session_scope
from db.runs import Run, RunFile, get_run, list_runs, run_files

from .makers import ABSTRACT, MAX_PAGES, MEMORY_MB, PK_PAPER, SEED, TIMEOUT_S, write_bad_files

ROOT = Path(__file__).resolve().parents[2]


def trialex(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the real command line, as cron would: no terminal, output captured."""
    return subprocess.run(
        [sys.executable, "-m", "trialex.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
    )


def start_trialex(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "trialex.cli", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIALEX_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def table_counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def scalar(url: str, sql: str) -> Any:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def stored_documents(url: str) -> int:
    """Documents stored so far; 0 before the ingest process has created the database and its tables."""
    try:
        return int(scalar(url, "SELECT count(*) FROM documents") or 0)
    except OperationalError:
        return 0


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


@dataclass(frozen=True)
class RunRecord:
    run: Run
    files: list[RunFile]

    def by_name(self) -> dict[str, RunFile]:
        return {Path(f.path).name: f for f in self.files}


def read_runs(url: str) -> list[RunRecord]:
    """Every run, oldest first, with its files."""
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            runs, _ = list_runs(session=session, limit=1000)
            return [RunRecord(r, run_files(session=session, run_id=r.id or 0)) for r in reversed(runs)]
    finally:
        engine.dispose()


def read_run(url: str, run_id: int) -> Run | None:
    engine = make_engine(url)
    try:
        with session_scope(engine) as session:
            return get_run(session=session, run_id=run_id)
    finally:
        engine.dispose()


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


def documents_whole(url: str) -> list[str]:
    """What is wrong with the stored documents: every document must have its tables, records and findings
    (the table summaries' record counts plus the prose records add up to the stored records)."""
    problems = []
    for doc_id, name, pages in rows(url, "SELECT id, file_name, pages FROM documents"):
        stored = scalar(url, f"SELECT count(*) FROM records WHERE document_id = {doc_id}")
        in_tables = scalar(url, f"SELECT coalesce(sum(records), 0) FROM document_tables WHERE document_id = {doc_id}")
        prose = scalar(url, f"SELECT count(*) FROM records WHERE document_id = {doc_id} AND table_label = 'text'")
        if stored == 0 or pages < 1 or in_tables + prose != stored:
            problems.append(f"document {doc_id} ({name}): {stored} records, {in_tables} in tables + {prose} prose")
    return problems


def stop(process: subprocess.Popen[str], signum: int = signal.SIGTERM, timeout: float = 30) -> int:
    process.send_signal(signum)
    try:
        return process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise


def api_get(app: FastAPI, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
    """A GET through the real app (httpx over ASGI)."""

    async def get() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://trialex.test") as client:
            return await client.get(url, headers=headers)

    return anyio.run(get)


# --- the shared mixed inbox ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mixed:
    url: str
    folder: Path
    first: subprocess.CompletedProcess[str]
    rerun: subprocess.CompletedProcess[str]
    counts_after_first: dict[str, int]
    runs: list[RunRecord]


GOOD_NAMES = {SEED.name: SEED, PK_PAPER.name: PK_PAPER, "ABS-TQB3525.PDF": ABSTRACT}
DUPLICATE = "seed-copy.pdf"


def ingest_args(folder: Path, url: str) -> list[str]:
    return [
        "ingest",
        str(folder),
        "--workers",
        "2",
        "--timeout-per-file",
        str(TIMEOUT_S),
        "--memory-mb",
        str(MEMORY_MB),
        "--max-pages",
        str(MAX_PAGES),
        "--database-url",
        url,
    ]


@pytest.fixture(scope="session")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mixed]:
    """An inbox of 3 good papers (one in a subfolder with an upper-case .PDF), a copy of one of them, and
    every bad kind; plus a hidden file and a .txt file that are not picked up. Ingested, then again."""
    base = tmp_path_factory.mktemp("mixed")
    folder, scratch = base / "inbox", base / "scratch"
    (folder / "sub").mkdir(parents=True)
    scratch.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(PK_PAPER, folder / PK_PAPER.name)
    shutil.copy(ABSTRACT, folder / "sub" / "ABS-TQB3525.PDF")
    shutil.copy(SEED, folder / "sub" / DUPLICATE)
    (folder / ".partial.pdf").write_bytes(b"half a download")
    (folder / "readme.txt").write_text("not a PDF and not named like one")
    write_bad_files(folder, scratch)
    url = sqlite_url(base / "trialex.db")
    first = trialex(*ingest_args(folder, url), cwd=base)
    counts = table_counts(url)
    rerun = trialex(*ingest_args(folder, url), cwd=base)
    yield Mixed(url=url, folder=folder, first=first, rerun=rerun, counts_after_first=counts, runs=read_runs(url))
