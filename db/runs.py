"""Batch ingestion runs: one row per ``trialex ingest`` run (``runs``) and one per file it handled
(``run_files``), with their data access.

A run row is written when the run starts (status ``running``, with the pid and host of the process) and
updated as each file finishes, in the same transaction as that file's row, so a run that was killed is
visible with what it had done. Status: ``running``; ``completed`` (every file was handled, some may have
failed: see ``failed``); ``interrupted`` (stopped by a signal, or found dead by a later run); ``failed`` (the
run itself stopped on an error, e.g. the database went away).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Literal

from pydantic import field_validator
from sqlalchemy import JSON, DateTime, func
from sqlmodel import Field, Session, SQLModel, col, select

from db.models import as_utc, utcnow

RunStatus = Literal["running", "completed", "failed", "interrupted"]
FileStatus = Literal["ingested", "already_present", "failed"]
RUN_STATUSES: tuple[str, ...] = ("running", "completed", "failed", "interrupted")
FILE_STATUSES: tuple[str, ...] = ("ingested", "already_present", "failed")


def _as_utc_or_none(value: datetime | None) -> datetime | None:
    return as_utc(value) if value is not None else None


# --- runs -----------------------------------------------------------------------------------------


class RunBase(SQLModel):
    status: str = Field(default="running", index=True, description="running|completed|failed|interrupted")
    paths: list[str] = Field(default_factory=list, sa_type=JSON, description="the PATH arguments")
    workers: int = Field(description="worker processes extracting in parallel")
    timeout_s: float = Field(description="per-file time limit")
    memory_mb: int | None = Field(default=None, description="per-worker memory limit")
    pid: int = Field(description="process id of the run (to tell a dead 'running' run)")
    hostname: str
    trialex_version: str
    found: int = Field(default=0, description="PDF files found under the paths")
    seen: int = Field(default=0, description="files handled so far: ingested + already_present + failed")
    ingested: int = 0
    already_present: int = 0
    failed: int = 0
    pages: int = Field(default=0, description="pages of the documents this run ingested")
    seconds: float = Field(default=0.0, description="wall-clock seconds since the start")
    error: str | None = Field(default=None, description="why the run was interrupted or failed")


class Run(RunBase, table=True):
    __tablename__ = "runs"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    finished_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class RunPublic(RunBase):
    id: int
    pid: int | None = Field(default=None, description="process id of the run (only with the API key)")  # type: ignore[assignment]
    hostname: str | None = Field(default=None, description="host of the run (only with the API key)")  # type: ignore[assignment]
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None

    _utc = field_validator("started_at", "updated_at", "finished_at")(_as_utc_or_none)


# --- files ----------------------------------------------------------------------------------------


class RunFileBase(SQLModel):
    path: str
    sha256: str | None = Field(default=None, max_length=64, index=True, description="None: unreadable file")
    size_bytes: int | None = None
    status: str = Field(description="ingested|already_present|failed")
    code: str | None = Field(
        default=None,
        description=(
            "why it failed: timeout, memory, crash, storage-error, unreadable, or the input error's code "
            "(not-a-pdf, empty-file, truncated-pdf, encrypted-pdf, no-text-layer, too-large)"
        ),
    )
    reason: str | None = Field(default=None, description="the failure in words")
    document_id: int | None = Field(default=None, foreign_key="documents.id", ondelete="SET NULL")
    pages: int | None = None
    records: int | None = Field(default=None, description="numbers stored (ingested files)")
    seconds: float | None = Field(default=None, description="time in the worker process (extracted files)")
    peak_rss_mb: float | None = Field(default=None, description="peak memory of the worker process")


class RunFile(RunFileBase, table=True):
    __tablename__ = "run_files"

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="runs.id", index=True, ondelete="CASCADE")
    finished_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class RunFilePublic(RunFileBase):
    run_id: int
    finished_at: datetime

    _utc = field_validator("finished_at")(as_utc)


class RunDetail(RunPublic):
    files: list[RunFilePublic] = Field(default_factory=list, description="every file, in the order handled")


# --- writing --------------------------------------------------------------------------------------


def start_run(*, session: Session, run: Run) -> Run:
    """Store a new run (status ``running``) and return it with its id."""
    run.status = "running"
    session.add(run)
    session.commit()
    return run


def set_found(*, session: Session, run: Run, found: int) -> None:
    run.found = found
    run.updated_at = utcnow()
    session.add(run)
    session.commit()


def record_file(*, session: Session, run: Run, file: RunFile, seconds: float) -> RunFile:
    """Add a handled file to the run and count it, in one transaction; ``seconds`` is the run's elapsed
    time."""
    if file.status not in FILE_STATUSES:
        raise ValueError(f"unknown file status {file.status!r}")
    assert run.id is not None
    file.run_id = run.id
    run.seen += 1
    if file.status == "ingested":
        run.ingested += 1
        run.pages += file.pages or 0
    elif file.status == "already_present":
        run.already_present += 1
    else:
        run.failed += 1
    run.seconds = round(seconds, 3)
    run.updated_at = utcnow()
    session.add(file)
    session.add(run)
    session.commit()
    return file


def finish_run(*, session: Session, run: Run, status: RunStatus, seconds: float, error: str | None = None) -> Run:
    run.status = status
    run.error = error
    run.seconds = round(seconds, 3)
    run.finished_at = run.updated_at = utcnow()
    session.add(run)
    session.commit()
    return run


def interrupt_dead_runs(*, session: Session, alive: Callable[[Run], bool]) -> list[Run]:
    """Mark the ``running`` runs whose process is gone (``alive`` says no) as ``interrupted``, finished at
    their last update."""
    marked = []
    for run in session.exec(select(Run).where(Run.status == "running")).all():
        if alive(run):
            continue
        run.status = "interrupted"
        run.error = f"the process (pid {run.pid} on {run.hostname}) stopped without finishing the run"
        run.finished_at = run.updated_at
        session.add(run)
        marked.append(run)
    session.commit()
    return marked


# --- reading --------------------------------------------------------------------------------------


def list_runs(*, session: Session, offset: int = 0, limit: int = 100) -> tuple[list[Run], int]:
    """Runs, newest first, and how many there are."""
    total = session.exec(select(func.count()).select_from(Run)).one()
    rows = session.exec(select(Run).order_by(col(Run.id).desc()).offset(offset).limit(limit)).all()
    return list(rows), total


def get_run(*, session: Session, run_id: int) -> Run | None:
    return session.get(Run, run_id)


def run_files(*, session: Session, run_id: int, status: str | None = None) -> list[RunFile]:
    query = select(RunFile).where(RunFile.run_id == run_id)
    if status is not None:
        query = query.where(RunFile.status == status)
    return list(session.exec(query.order_by(col(RunFile.id))).all())


def last_run_update(*, session: Session) -> datetime | None:
    """When any run last changed."""
    newest = session.exec(select(func.max(Run.updated_at))).one()
    return as_utc(newest) if newest is not None else None


def run_public(run: Run) -> RunPublic:
    return RunPublic.model_validate(run, from_attributes=True)


def runs_public(runs: Sequence[Run]) -> list[RunPublic]:
    return [run_public(r) for r in runs]


def run_detail(*, session: Session, run: Run) -> RunDetail:
    assert run.id is not None
    files = [RunFilePublic.model_validate(f, from_attributes=True) for f in run_files(session=session, run_id=run.id)]
    return RunDetail(**run_public(run).model_dump(), files=files)
