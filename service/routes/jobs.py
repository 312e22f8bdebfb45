"""``/jobs``: the extraction job of an upload (``POST /documents`` answers 202 with ``Location: /jobs/{id}``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from db.jobs import JobPublic, get_job, job_public
from service.deps import MAX_ID, SessionDep, SettingsDep, has_api_key
from service.problems import PROBLEM_JSON, Problem, ProblemError

router = APIRouter(prefix="/jobs", tags=["jobs"])

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such job"}}
JobId = Annotated[int, Path(ge=1, le=MAX_ID, description="the job id from the upload's Location header")]


@router.get("/{job_id}", response_model=JobPublic, responses=NOT_FOUND, summary="An upload's extraction job")
def read_job(job_id: JobId, request: Request, session: SessionDep, settings: SettingsDep) -> JobPublic:
    """``status``: queued, running, done (``document_id`` is the stored document, at ``/documents/{id}``) or
    failed (``code`` and ``reason`` say why). ``attempts`` counts the starts: a job whose worker was killed
    is run again by another. ``worker`` (host:pid) is shown only with the server's API key."""
    job = get_job(session=session, job_id=job_id)
    if job is None:
        raise ProblemError(404, "not-found", f"no job with id {job_id}")
    return job_public(job, private=has_api_key(settings, request.headers.get("X-API-Key")))
