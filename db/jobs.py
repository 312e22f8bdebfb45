"""Extraction jobs: one row per distinct uploaded PDF (by SHA-256) waiting for, in, or past extraction.

The task queue (procrastinate on PostgreSQL, or the API process's own pool on SQLite) only carries a job id;
this table is what ``GET /jobs/{id}`` shows, and what makes identical uploads one job: ``sha256`` is unique,
so a second upload of the same bytes, however concurrent, finds the first one's row
(:func:`submit_job`). A job that failed is given another attempt when the same bytes are uploaded again.

Status: ``queued`` -> ``running`` -> ``done`` (with ``document_id``) or ``failed`` (with ``code`` and
``reason``). A worker killed mid-job leaves it ``running``; the queue hands it to another worker, which
runs it again (``attempts`` counts the starts).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import field_validator
from sqlalchemy import DateTime, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Field, Session, SQLModel, col, select

from db.models import as_utc, utcnow

JobStatus = Literal["queued", "running", "done", "failed"]
JOB_STATUSES: tuple[str, ...] = ("queued", "running", "done", "failed")


def _as_utc_or_none(value: datetime | None) -> datetime | None:
    return as_utc(value) if value is not None else None


class JobBase(SQLModel):
    sha256: str = Field(max_length=64, unique=True, index=True, description="SHA-256 of the PDF bytes")
    file_name: str = Field(description="the uploaded file's name (no directory)")
    size_bytes: int
    status: str = Field(default="queued", index=True, description="queued|running|done|failed")
    code: str | None = Field(
        default=None,
        description="why it failed: timeout, memory, crash, storage-error, or the input error's code "
        "(not-a-pdf, empty-file, truncated-pdf, encrypted-pdf, no-text-layer, too-large, memory-limit)",
    )
    reason: str | None = Field(default=None, description="the failure in words")
    document_id: int | None = Field(
        default=None, foreign_key="documents.id", ondelete="SET NULL", description="the stored document (done)"
    )
    attempts: int = Field(default=0, description="times a worker started the job")


class Job(JobBase, table=True):
    __tablename__ = "jobs"

    id: int | None = Field(default=None, primary_key=True)
    worker: str | None = Field(default=None, description="host:pid of the worker that ran it last")
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    started_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    finished_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class JobPublic(JobBase):
    id: int
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    worker: str | None = Field(default=None, description="host:pid of the worker (only with the API key)")

    _utc = field_validator("created_at", "updated_at", "started_at", "finished_at")(_as_utc_or_none)


def job_public(job: Job, *, private: bool) -> JobPublic:
    public = JobPublic.model_validate(job, from_attributes=True)
    return public if private else public.model_copy(update={"worker": None})


def submit_job(*, session: Session, sha256: str, file_name: str, size_bytes: int) -> tuple[Job, bool]:
    """The job for these bytes and whether the caller must enqueue it: a new row, or a failed job (or one
    whose document was deleted) given another attempt. A concurrent submit of the same bytes finds this
    row (``INSERT ... ON CONFLICT DO NOTHING`` on the unique ``sha256``)."""
    values = {
        "sha256": sha256,
        "file_name": file_name,
        "size_bytes": size_bytes,
        "status": "queued",
        "attempts": 0,
        "created_at": utcnow(),
        "updated_at": utcnow(),
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    inserted = session.execute(
        insert(Job).values(**values).on_conflict_do_nothing(index_elements=["sha256"]).returning(col(Job.id))
    ).first()
    session.commit()
    if inserted is not None:
        job = session.get(Job, inserted[0])
        assert job is not None
        return job, True
    job = session.exec(select(Job).where(Job.sha256 == sha256)).one()
    if job.status == "failed" or (job.status == "done" and job.document_id is None):
        # another attempt: only one concurrent resubmitter wins the compare-and-set
        reset = session.execute(
            update(Job)
            .where(col(Job.id) == job.id, col(Job.status) == job.status, col(Job.updated_at) == job.updated_at)
            .values(
                status="queued",
                code=None,
                reason=None,
                document_id=None,
                file_name=file_name,
                updated_at=utcnow(),
                finished_at=None,
            )
        )
        session.commit()
        session.refresh(job)
        return job, bool(getattr(reset, "rowcount", 0))
    return job, False


def get_job(*, session: Session, job_id: int) -> Job | None:
    return session.get(Job, job_id)


def jobs_with_status(*, session: Session, statuses: tuple[str, ...]) -> list[Job]:
    return list(session.exec(select(Job).where(col(Job.status).in_(statuses)).order_by(col(Job.id))).all())


def start_job(*, session: Session, job_id: int, worker: str) -> Job | None:
    """Mark the job running (another attempt); ``None`` when it is gone or finished already."""
    job = session.get(Job, job_id)
    if job is None or job.status in ("done", "failed"):
        session.commit()
        return None
    job.status = "running"
    job.attempts += 1
    job.worker = worker
    job.started_at = job.updated_at = utcnow()
    session.add(job)
    session.commit()
    return job


def finish_job(
    *,
    session: Session,
    job_id: int,
    document_id: int | None = None,
    code: str | None = None,
    reason: str | None = None,
) -> Job | None:
    """Done with the stored document, or failed with a code and reason."""
    job = session.get(Job, job_id)
    if job is None:
        return None
    job.status = "done" if document_id is not None else "failed"
    job.document_id = document_id
    job.code, job.reason = code, reason
    job.finished_at = job.updated_at = utcnow()
    session.add(job)
    session.commit()
    return job


def active_job_for(*, session: Session, sha256: str) -> Job | None:
    """A queued or running job for these bytes."""
    return session.exec(select(Job).where(Job.sha256 == sha256, col(Job.status).in_(("queued", "running")))).first()
