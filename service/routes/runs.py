"""``/runs``: the recorded batch ingestion runs (``trialex ingest``), newest first, and one run's files."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from db.runs import RunDetail, RunPublic, get_run, last_run_update, list_runs, run_detail, runs_public
from service.deps import MAX_ID, PageDep, SessionDep, SettingsDep, has_api_key
from service.problems import PROBLEM_JSON, Problem, ProblemError
from service.schemas import Listing, meta_for

router = APIRouter(prefix="/runs", tags=["runs"])

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such run"}}
RunId = Annotated[int, Path(ge=1, le=MAX_ID, description="a run's id")]


def _hidden(run: RunPublic) -> RunPublic:
    """Without the API key: no server paths (file names only), no pid, no host name."""
    return run.model_copy(update={"paths": [PurePath(p).name for p in run.paths], "pid": None, "hostname": None})


def _hidden_detail(run: RunDetail) -> RunDetail:
    files = [f.model_copy(update={"path": PurePath(f.path).name}) for f in run.files]
    return _hidden(run).model_copy(update={"files": files})  # type: ignore[return-value]


@router.get("", response_model=Listing[RunPublic], summary="List ingestion runs")
def read_runs(request: Request, session: SessionDep, settings: SettingsDep, page: PageDep) -> Listing[RunPublic]:
    """Batch ingestion runs, newest first: status (running, completed, interrupted, failed) and counts of
    files found, seen, ingested, already present and failed. ``meta.last_updated`` is when any run last
    changed. The paths (in full), pid and host name are shown only with the server's API key."""
    runs, total = list_runs(session=session, offset=page.offset, limit=page.limit)
    meta = meta_for(
        [], offset=page.offset, limit=page.limit, total=total, last_updated=last_run_update(session=session)
    )
    results = runs_public(runs)
    if not has_api_key(settings, request.headers.get("X-API-Key")):
        results = [_hidden(r) for r in results]
    return Listing(meta=meta, results=results)


@router.get("/{run_id}", response_model=RunDetail, responses=NOT_FOUND, summary="An ingestion run and its files")
def read_run(run_id: RunId, request: Request, session: SessionDep, settings: SettingsDep) -> RunDetail:
    """The run with every file it handled: ingested (with the document id), already present, or failed
    with a ``code`` (timeout, memory, crash, not-a-pdf, encrypted-pdf...) and the ``reason``."""
    run = get_run(session=session, run_id=run_id)
    if run is None:
        raise ProblemError(404, "not-found", f"no ingestion run with id {run_id}")
    detail = run_detail(session=session, run=run)
    return detail if has_api_key(settings, request.headers.get("X-API-Key")) else _hidden_detail(detail)
