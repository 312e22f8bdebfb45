"""Review: what the review page reads (``GET /documents/{id}/review``), the review actions it writes
(``POST /documents/{id}/reviews``), the audit trail (``GET /documents/{id}/reviews``) and the long-form CSV for
meta-analysis of a document or a trial (``/export.csv``, raw or reviewed).

Writes need ``X-API-Key`` when the server has one; the reviewer is the ``X-Reviewer`` header, else the key's
name (``TRIALEX_API_KEY_NAME``) when a key was given, else ``anonymous``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Path, Query, Request
from pydantic import BaseModel, Field, ValidationError
from sqlmodel import Session
from starlette.responses import Response, StreamingResponse

from db.models import Document, DocumentPublic, StoredFinding
from db.queries import document_public, get_document, list_findings, trial_documents
from db.reviews import (
    CORRECTABLE,
    Action,
    ReviewActionPublic,
    ReviewItem,
    Status,
    action_public,
    add_action,
    apply_changes,
    list_actions,
    new_addition_key,
    review_items,
    reviewed_records,
)
from schemas.records import Record
from service.deps import ApiKeyDep, SessionDep, SettingsDep
from service.export import csv_response
from service.metaanalysis import meta_csv, meta_rows
from service.problems import PROBLEM_JSON, Problem, ProblemError
from service.routes.pages import PageInfo, page_cache, page_infos
from service.schemas import Listing, meta_for
from trialex.settings import Settings

router = APIRouter(tags=["review"])

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such document or value"}}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **NOT_FOUND,
    400: {**_PROBLEM, "description": "The JSON body is malformed"},
    401: {**_PROBLEM, "description": "An API key is required (TRIALEX_API_KEY is set)"},
    403: {**_PROBLEM, "description": "The API key is wrong"},
    422: {**_PROBLEM, "description": "The correction or the added value is not a valid record"},
}
CSV: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}}, "description": "long-form CSV"}}
ReviewView = Annotated[
    Literal["raw", "reviewed"],
    Query(description="raw: as extracted; reviewed: corrections applied, rejections dropped, additions included"),
]
MAX_COMMENT = 2000
MAX_REVIEWER = 100


class ReviewItemPublic(BaseModel):
    """One value on the review page: as reviewed (``record``) and as extracted (``raw``, null for additions)."""

    key: str = Field(description="stable key: [table, row path, column path, statistic, page] as JSON")
    status: Status
    record: Record
    raw: Record | None
    actions: int = Field(description="review actions on this value")
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    comment: str | None = None


class ReviewBundle(BaseModel):
    """Everything the review page needs for one document."""

    document: DocumentPublic
    pages: list[PageInfo] = Field(description="page sizes in points; empty when the PDF is not stored")
    items: list[ReviewItemPublic]
    findings: list[StoredFinding]
    orphans: int = Field(description="reviewed values the current extraction no longer has")


class ReviewRequest(BaseModel):
    """A review action. ``key`` names the value (not needed to ``add``); ``changes`` are the corrected fields
    (``correct``); ``record`` is the added value with its page and bbox in points (``add``)."""

    action: Action
    key: str | None = None
    changes: dict[str, Any] | None = None
    record: dict[str, Any] | None = None
    comment: str | None = Field(default=None, max_length=MAX_COMMENT)


class ReviewResult(BaseModel):
    action: ReviewActionPublic
    item: ReviewItemPublic


def reviewer_name(settings: Settings, x_reviewer: str | None, key: str | None) -> str:
    """The X-Reviewer header, else the API key's name when a key was given, else "anonymous"."""
    name = (x_reviewer or "").strip()[:MAX_REVIEWER]
    if name:
        return name
    return settings.api_key_name if (settings.api_key and key) else "anonymous"


@router.get(
    "/documents/{document_id}/review", response_model=ReviewBundle, responses=NOT_FOUND, summary="The review page"
)
def read_review(document_id: int, request: Request, session: SessionDep) -> Response:
    """The document, its page sizes, every value (raw and reviewed, with its verdict) and the findings."""
    document = _document(session, document_id)
    items, orphans = review_items(session=session, document=document)
    findings, _ = list_findings(session=session, document_ids=[document_id])
    bundle = ReviewBundle(
        document=document_public(session=session, document=document),
        pages=page_infos(page_cache(request), document),
        items=[_item_public(i) for i in items],
        findings=findings,
        orphans=orphans,
    )
    # Built from validated models already: serialized once, not validated again (a paper has thousands).
    return Response(bundle.model_dump_json(), media_type="application/json")


@router.post(
    "/documents/{document_id}/reviews",
    status_code=201,
    response_model=ReviewResult,
    responses=WRITE_RESPONSES,
    dependencies=[ApiKeyDep],
    summary="Verify, correct, reject, reset or add a value",
)
def write_review(
    document_id: int,
    body: ReviewRequest,
    session: SessionDep,
    settings: SettingsDep,
    x_reviewer: Annotated[str | None, Header(description="who is reviewing")] = None,
    api_key: Annotated[str | None, Header(alias="X-API-Key", include_in_schema=False)] = None,
) -> ReviewResult:
    """Append one action to the audit trail and answer the value as it now stands."""
    reviewer = reviewer_name(settings, x_reviewer, api_key)
    document = _document(session, document_id)
    items, _ = review_items(session=session, document=document)
    if body.action == "add":
        record = _added_record(body.record, document)
        key = new_addition_key()
        before: dict[str, Any] | None = None
        after: dict[str, Any] | None = {"status": "added", **record.model_dump(mode="json")}
    else:
        item = next((i for i in items if i.key == body.key), None)
        if item is None:
            raise ProblemError(404, "not-found", f"document {document_id} has no value with key {body.key!r}")
        key = item.key
        before, after = _transition(body, item)
    row = add_action(
        session=session,
        sha256=document.sha256,
        record_key=key,
        action=body.action,
        reviewer=reviewer,
        before=before,
        after=after,
        comment=(body.comment or "").strip() or None,
    )
    items, _ = review_items(session=session, document=document)
    now = next(i for i in items if i.key == key)
    return ReviewResult(action=action_public(row), item=_item_public(now))


@router.get(
    "/documents/{document_id}/reviews",
    response_model=Listing[ReviewActionPublic],
    responses=NOT_FOUND,
    summary="The audit trail of a document's review",
)
def read_reviews(
    document_id: int,
    session: SessionDep,
    key: Annotated[str | None, Query(description="only the actions on this value")] = None,
) -> Listing[ReviewActionPublic]:
    """Every review action on the document's values, oldest first: who, when, action, before, after, comment.
    Actions belong to the PDF's bytes, so they outlive a re-extraction."""
    document = _document(session, document_id)
    actions = [action_public(a) for a in list_actions(session=session, sha256s=[document.sha256], record_key=key)]
    public = document_public(session=session, document=document)
    return Listing(meta=meta_for([public], offset=0, limit=None, total=len(actions)), results=actions)


@router.get(
    "/documents/{document_id}/export.csv",
    response_class=StreamingResponse,
    responses={**NOT_FOUND, **CSV},
    summary="Long-form CSV of a document's values for meta-analysis",
)
def export_document(document_id: int, session: SessionDep, view: ReviewView = "raw") -> StreamingResponse:
    """study, arm, N, endpoint, statistic, value, CI (low, high, level), page and provenance, one estimate per
    row."""
    document = _document(session, document_id)
    return _export(session, [document], view, f"document-{document_id}-{view}.csv")


@router.get(
    "/trials/{nct_id}/export.csv",
    response_class=StreamingResponse,
    responses={404: {**_PROBLEM, "description": "No stored paper prints this NCT id"}, **CSV},
    summary="Long-form CSV of a trial's values for meta-analysis",
)
def export_trial(
    nct_id: Annotated[str, Path(pattern=r"^NCT\d{8}$", examples=["NCT04728035"])],
    session: SessionDep,
    view: ReviewView = "raw",
) -> StreamingResponse:
    """The same columns over every stored paper reporting the trial as its own; ``study`` is the NCT id."""
    documents = trial_documents(session=session, nct_id=nct_id)
    if documents is None:
        raise ProblemError(404, "not-found", f"no stored paper prints {nct_id}")
    return _export(session, documents, view, f"{nct_id}-{view}.csv", nct_id=nct_id)


def _export(
    session: Session, documents: list[Document], view: str, file_name: str, *, nct_id: str | None = None
) -> StreamingResponse:
    records = reviewed_records(session=session, documents=documents, view="raw" if view == "raw" else "reviewed")
    rows = list(meta_rows(records, documents, nct_id=nct_id))
    return csv_response(meta_csv(iter(rows)), file_name=file_name, total=len(rows))


def _transition(body: ReviewRequest, item: ReviewItem) -> tuple[dict[str, Any], dict[str, Any]]:
    """Before and after of a verify, correct, reject or reset."""
    current = item.record.model_dump(mode="json")
    if body.action == "correct":
        changes = body.changes or {}
        unknown = sorted(set(changes) - CORRECTABLE)
        if unknown:
            raise ProblemError(422, "validation-error", f"these fields cannot be corrected: {', '.join(unknown)}")
        try:
            corrected = apply_changes(item.record, changes).model_dump(mode="json")
        except ValidationError as exc:
            raise ProblemError(422, "validation-error", _first_error(exc)) from exc
        changed = [k for k in changes if corrected[k] != current[k]]
        if not changed:
            raise ProblemError(422, "validation-error", "the correction changes nothing")
        return (
            {"status": item.state.status, **{k: current[k] for k in changed}},
            {"status": "corrected", **{k: corrected[k] for k in changed}},
        )
    if body.action == "reset":
        base = (item.raw or item.record).model_dump(mode="json")
        changed = [k for k in item.state.changes if base.get(k) != current.get(k)]
        status = "added" if item.raw is None else "unreviewed"
        return (
            {"status": item.state.status, **{k: current[k] for k in changed}},
            {"status": status, **{k: base[k] for k in changed}},
        )
    status = {"verify": "verified", "reject": "rejected"}[body.action]
    return {"status": item.state.status}, {"status": status}


def _added_record(fields: dict[str, Any] | None, document: Document) -> Record:
    if not fields:
        raise ProblemError(422, "validation-error", "an added value needs its record (section, statistic, page...)")
    data = {"table": "added", "raw": "", **fields}
    try:
        record = Record.model_validate(data)
    except ValidationError as exc:
        raise ProblemError(422, "validation-error", _first_error(exc)) from exc
    if record.page > document.pages:
        raise ProblemError(
            422, "validation-error", f"the document has {document.pages} pages, not a page {record.page}"
        )
    return record


def _first_error(exc: ValidationError) -> str:
    e = exc.errors()[0]
    return f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"


def _item_public(item: ReviewItem) -> ReviewItemPublic:
    return ReviewItemPublic(
        key=item.key,
        status=item.state.status,
        record=item.record,
        raw=item.raw,
        actions=item.state.actions,
        reviewer=item.state.reviewer,
        reviewed_at=item.state.at,
        comment=item.state.comment,
    )


def _document(session: Session, document_id: int) -> Document:
    document = get_document(session=session, document_id=document_id)
    if document is None:
        raise ProblemError(404, "not-found", f"no document with id {document_id}")
    return document
