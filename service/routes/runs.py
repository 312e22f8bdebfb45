"""``/runs``: the recorded batch ingestion runs (``trialex ingest``), newest first, and one run's files."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from db.runs import RunDetail, RunPublic, get_run, last_run_update, list_runs, run_detail, runs_public
from service.deps import PageDep, SessionDep
from service.problems import PROBLEM_JSON, Problem, ProblemError
from service.schemas import Listing, meta_for

router = APIRouter(prefix="/runs", tags=["runs"])

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such run"}}


@router.get("", response_model=Listing[RunPublic], summary="List ingestion runs")
def read_runs(session: SessionDep, page: PageDep) -> Listing[RunPublic]:
    """Batch ingestion runs, newest first: status (running, completed, interrupted, failed) and counts of
    files found, seen, ingested, already present and failed. ``meta.last_updated`` is when any run last
    changed."""
    runs, total = list_runs(session=session, offset=page.offset, limit=page.limit)
    meta = meta_for(
        [], offset=page.offset, limit=page.limit, total=total, last_updated=last_run_update(session=session)
    )
    return Listing(meta=meta, results=runs_public(runs))


@router.get("/{run_id}", response_model=RunDetail, responses=NOT_FOUND, summary="An ingestion run and its files")
def read_run(run_id: int, session: SessionDep) -> RunDetail:
    """The run with every file it handled: ingested (with the document id), already present, or failed
    with a ``code`` (timeout, memory, crash, not-a-pdf, encrypted-pdf...) and the ``reason``."""
    run = get_run(session=session, run_id=run_id)
    if run is None:
        raise ProblemError(404, "not-found", f"no ingestion run with id {run_id}")
    return run_detail(session=session, run=run)
