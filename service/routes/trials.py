"""``/trials``: what the stored papers report about a trial, by NCT id.

A trial's values come from the papers that report it as their own (the first NCT id a paper prints). Each
section is served typed (``view=typed``, built from the stored records by
:func:`extractors.sections.build_sections`, one entry per paper), in long form (``view=values``, one number
per row, paginated) or as long-form CSV (``format=csv``, every matching row). Filters select the records the
answer is built from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Path, Query, Request
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response, StreamingResponse

from db.engine import session_scope
from db.models import SECTIONS, SEVERITIES, Document, StoredFinding, TrialPublic
from db.queries import (
    RecordFilter,
    document_arms,
    documents_public,
    get_trial,
    last_stored,
    list_findings,
    list_records,
    list_trials,
    records_by_document,
    trial_documents,
)
from extractors.sections import build_sections
from schemas.extraction import AdverseEvent, DemographicValue, Efficacy, PKParameter, Sections
from service import stored
from service.deps import PageDep, SessionDep
from service.export import csv_lines, csv_response
from service.problems import PROBLEM_JSON, Problem, ProblemError
from service.reviewed import reviewed_values
from service.schemas import DocumentSection, Listing, TrialDetail, TrialSection, TrialValues, meta_for

router = APIRouter(prefix="/trials", tags=["trials"])

T = TypeVar("T")

NctId = Annotated[str, Path(pattern=r"^NCT\d{8}$", description="ClinicalTrials.gov id", examples=["NCT04728035"])]
View = Annotated[
    Literal["typed", "values", "reviewed"],
    Query(
        description="typed: the section's typed items per paper; values: long form, one number per row;"
        " reviewed: long form with the reviewers' corrections applied and rejected values dropped"
    ),
]
Format = Annotated[Literal["json", "csv"], Query(description="csv: long form, every matching row")]
Arm = Annotated[str | None, Query(description="only this arm / group / dose level (case-insensitive)")]

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}
RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {**_PROBLEM, "description": "No stored paper prints this NCT id"},
    422: {**_PROBLEM, "description": r"The NCT id does not match ^NCT\d{8}$, or a parameter is not valid"},
}
SECTION_RESPONSES: dict[int | str, dict[str, Any]] = {
    **RESPONSES,
    200: {
        "content": {"text/csv": {}},
        "description": "typed, values, or CSV (format=csv); without filters served from stored bytes with an ETag",
        "headers": {"ETag": {"description": "without filters: the answer's version", "schema": {"type": "string"}}},
    },
    304: {"description": "Not modified: If-None-Match names the current ETag"},
}


@router.get("", response_model=Listing[TrialPublic], summary="List trials")
def read_trials(session: SessionDep, page: PageDep) -> Listing[TrialPublic]:
    trials, total = list_trials(session=session, offset=page.offset, limit=page.limit)
    meta = meta_for([], offset=page.offset, limit=page.limit, total=total, last_updated=last_stored(session=session))
    return Listing(meta=meta, results=trials)


@router.get("/{nct_id}", response_model=TrialDetail, responses=RESPONSES, summary="A trial")
def read_trial(nct_id: NctId, session: SessionDep) -> TrialDetail:
    trial = _trial(session, nct_id)
    own = documents_public(session=session, documents=_sources(session, nct_id))
    mentioned = documents_public(
        session=session, documents=trial_documents(session=session, nct_id=nct_id, primary=False) or []
    )
    return TrialDetail(
        meta=meta_for(own),
        nct_id=trial.nct_id,
        title=trial.title,
        updated_at=trial.updated_at,
        documents=own,
        mentioned_in=mentioned,
        arms=document_arms(session=session, document_ids=[d.id for d in own]),
        record_counts={s: sum(d.record_counts.get(s, 0) for d in own) for s in SECTIONS},
        finding_counts={s: sum(d.finding_counts.get(s, 0) for d in own) for s in SEVERITIES},
    )


@router.get(
    "/{nct_id}/demographics",
    response_model=TrialSection[list[DemographicValue]] | TrialValues,
    responses=SECTION_RESPONSES,
    summary="Baseline characteristics",
)
async def read_demographics(
    nct_id: NctId,
    request: Request,
    page: PageDep,
    arm: Arm = None,
    view: View = "typed",
    format: Format = "json",
) -> TrialSection[list[DemographicValue]] | TrialValues | Response:
    return await _section(
        request, nct_id, RecordFilter(section="demographics", arm=arm), view, format, page, lambda s: s.demographics
    )


@router.get(
    "/{nct_id}/adverse-events",
    response_model=TrialSection[list[AdverseEvent]] | TrialValues,
    responses=SECTION_RESPONSES,
    summary="Adverse events by arm and grade",
)
async def read_adverse_events(
    nct_id: NctId,
    request: Request,
    page: PageDep,
    arm: Arm = None,
    grade: Annotated[str | None, Query(description='grade scope: "any", ">=3", "3", "4", "5"...')] = None,
    scope: Annotated[str | None, Query(description="teae, trae, serious, discontinuation, death")] = None,
    min_percent: Annotated[
        float | None,
        Query(ge=0, le=100, description=("only rows (cells) whose percent of participants is at least this")),
    ] = None,
    view: View = "typed",
    format: Format = "json",
) -> TrialSection[list[AdverseEvent]] | TrialValues | Response:
    filters = RecordFilter(section="adverse_events", arm=arm, grade=grade, scope=scope, min_percent=min_percent)
    return await _section(request, nct_id, filters, view, format, page, lambda s: s.adverse_events)


@router.get(
    "/{nct_id}/pk",
    response_model=TrialSection[list[PKParameter]] | TrialValues,
    responses=SECTION_RESPONSES,
    summary="Pharmacokinetic parameters",
)
async def read_pk(
    nct_id: NctId,
    request: Request,
    page: PageDep,
    arm: Arm = None,
    analyte: Annotated[str | None, Query(description="only this analyte, e.g. SN-38")] = None,
    parameter: Annotated[str | None, Query(description="only this PK parameter, e.g. Cmax, AUC0-inf")] = None,
    view: View = "typed",
    format: Format = "json",
) -> TrialSection[list[PKParameter]] | TrialValues | Response:
    filters = RecordFilter(section="pk", arm=arm, analyte=analyte, parameter=parameter)
    return await _section(request, nct_id, filters, view, format, page, lambda s: s.pk)


@router.get(
    "/{nct_id}/efficacy",
    response_model=TrialSection[Efficacy] | TrialValues,
    responses=SECTION_RESPONSES,
    summary="Efficacy: response, rates, medians, landmark rates, ratios",
)
async def read_efficacy(
    nct_id: NctId,
    request: Request,
    page: PageDep,
    arm: Arm = None,
    parameter: Annotated[str | None, Query(description="only this endpoint: ORR, DCR, PFS, OS...")] = None,
    view: View = "typed",
    format: Format = "json",
) -> TrialSection[Efficacy] | TrialValues | Response:
    filters = RecordFilter(section="efficacy", arm=arm, parameter=parameter)
    return await _section(request, nct_id, filters, view, format, page, lambda s: s.efficacy)


@router.get(
    "/{nct_id}/checks",
    response_model=Listing[StoredFinding],
    responses=RESPONSES,
    summary="Findings of the consistency checks",
)
def read_trial_checks(
    nct_id: NctId,
    session: SessionDep,
    page: PageDep,
    severity: Annotated[Literal["error", "warning", "info"] | None, Query()] = None,
    check: Annotated[str | None, Query(description="only this check id, e.g. percent-vs-count")] = None,
) -> Listing[StoredFinding]:
    own = _sources(session, nct_id)
    ids = [d.id for d in own if d.id is not None]
    findings, total = list_findings(
        session=session, document_ids=ids, severity=severity, check=check, offset=page.offset, limit=page.limit
    )
    return Listing(meta=meta_for(own, offset=page.offset, limit=page.limit, total=total), results=findings)


async def _section(
    request: Request,
    nct_id: str,
    filters: RecordFilter,
    view: str,
    fmt: str,
    page: PageDep,
    pick: Callable[[Sections], T],
) -> TrialSection[T] | TrialValues | Response:
    """Without filters, the stored payloads joined (:mod:`service.stored`, with an ETag); with filters, the
    section rebuilt from the matching records."""
    engine = request.app.state.engine
    kind = "csv" if fmt == "csv" else view
    if filters.only_section() and view != "reviewed":  # reviews change: the reviewed view is built per request
        # SQLite answers the one small query in a fraction of a millisecond, less than a thread hop costs;
        # a database over the network is waited for in a thread.
        cache = request.app.state.payload_cache
        if_none_match = request.headers.get("if-none-match")
        args = (nct_id, filters.section or "", kind, page.offset, page.limit, if_none_match)
        if engine.dialect.name == "sqlite":
            return stored.answer(engine, cache, *args)
        return await run_in_threadpool(stored.answer, engine, cache, *args)

    def rebuild() -> TrialSection[T] | TrialValues | Response:
        with session_scope(engine) as session:
            return _filtered(session, nct_id, filters, view, fmt, page, pick)

    return await run_in_threadpool(rebuild)


def _filtered(
    session: Session,
    nct_id: str,
    filters: RecordFilter,
    view: str,
    fmt: str,
    page: PageDep,
    pick: Callable[[Sections], T],
) -> TrialSection[T] | TrialValues | StreamingResponse:
    own = _sources(session, nct_id)
    ids = [d.id for d in own if d.id is not None]
    section = filters.section or ""
    echo = filters.echo()
    if view == "reviewed":
        return reviewed_values(session, own, filters, fmt, page.offset, page.limit, nct_id=nct_id, echo=echo)
    if fmt == "csv":
        records, total = list_records(session=session, document_ids=ids, filters=filters)
        return csv_response(
            csv_lines(records, leading={"nct_id": nct_id}),
            total=total,
            file_name=f"{nct_id}-{section.replace('_', '-')}.csv",
        )
    if view == "values":
        records, total = list_records(
            session=session, document_ids=ids, filters=filters, offset=page.offset, limit=page.limit
        )
        meta = meta_for(own, offset=page.offset, limit=page.limit, total=total)
        return TrialValues(meta=meta, nct_id=nct_id, section=section, filters=echo, results=records)
    by_document = records_by_document(session=session, document_ids=ids, filters=filters)
    results = [
        DocumentSection[T](document_id=doc_id, file_name=d.file_name, data=pick(build_sections(by_document[doc_id])))
        for doc_id, d in zip(ids, own, strict=True)
    ]
    return TrialSection[T](meta=meta_for(own), nct_id=nct_id, section=section, filters=echo, results=results)


def _trial(session: Session, nct_id: str) -> TrialPublic:
    trial = get_trial(session=session, nct_id=nct_id)
    if trial is None:
        raise ProblemError(404, "not-found", f"no stored paper prints {nct_id}")
    return trial


def _sources(session: Session, nct_id: str) -> list[Document]:
    """The papers reporting the trial as their own, or a 404 problem when no paper prints the id."""
    documents = trial_documents(session=session, nct_id=nct_id)
    if documents is None:
        raise ProblemError(404, "not-found", f"no stored paper prints {nct_id}")
    return documents
