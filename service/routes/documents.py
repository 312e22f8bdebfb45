"""``/documents``: upload a publication PDF (extract and store it), list and read stored papers."""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import PurePath
from typing import Annotated, Any, Literal

import anyio
from fastapi import APIRouter, File, Path, Query, Request, Response, UploadFile
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from starlette.responses import StreamingResponse

from db.engine import session_scope
from db.jobs import Job, JobPublic, active_job_for, get_job, job_public, submit_job
from db.models import Document, DocumentPublic, StoredFinding, StoredRecord
from db.queries import (
    RecordFilter,
    document_arms,
    document_public,
    document_tables,
    documents_public,
    get_document,
    last_stored,
    list_documents,
    list_findings,
    list_records,
)
from db.store import delete_document, get_document_by_sha256
from extractors.loader import check_bytes
from schemas.records import Section, Statistic
from service.deps import MAX_ID, ApiKeyDep, PageDep, SessionDep, SettingsDep, has_api_key
from service.export import csv_lines, csv_response
from service.problems import PROBLEM_JSON, Problem, ProblemError, status_of_code
from service.reviewed import reviewed_listing
from service.schemas import DocumentDetail, Listing, UploadResult, meta_for
from trialex.errors import StorageError, TooLargeError

router = APIRouter(prefix="/documents", tags=["documents"])
log = logging.getLogger("trialex.service")

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}

UPLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": UploadResult, "description": "These bytes were stored before: the existing document"},
    201: {"model": UploadResult, "description": "wait=true: extracted and stored by this upload"},
    202: {
        "model": JobPublic,
        "description": "Accepted: the extraction job (queued, or already under way for the same bytes); follow"
        " the Location header (/jobs/{id})",
        "headers": {"Location": {"description": "/jobs/{id}", "schema": {"type": "string"}}},
    },
    400: {**_PROBLEM, "description": "The multipart body is malformed"},
    401: {**_PROBLEM, "description": "An API key is required (TRIALEX_API_KEY is set)"},
    403: {**_PROBLEM, "description": "The API key is wrong"},
    413: {**_PROBLEM, "description": "Larger than TRIALEX_MAX_UPLOAD_MB or than TRIALEX_MAX_PAGES"},
    415: {**_PROBLEM, "description": "Not a PDF"},
    422: {
        **_PROBLEM,
        "description": "Empty, truncated, a parameter not valid; with wait=true also encrypted, scanned (no text"
        " layer), or the extraction ran out of time or memory",
    },
    500: {**_PROBLEM, "description": "wait=true: the extractor failed on this file (a trialex bug)"},
    503: {**_PROBLEM, "description": "The database or the task queue refused the write"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such document"}}
DocumentId = Annotated[int, Path(ge=1, le=MAX_ID, description="a stored document's id")]
POLL_S = 0.1


@router.post(
    "",
    status_code=202,
    response_model=UploadResult | JobPublic,
    responses=UPLOAD_RESPONSES,
    dependencies=[ApiKeyDep],
    summary="Upload a publication PDF",
)
async def upload_document(
    file: Annotated[UploadFile, File(description="the publication PDF")],
    request: Request,
    response: Response,
    settings: SettingsDep,
    wait: Annotated[
        bool, Query(description="wait for the extraction and answer with the document (201/200) or its problem")
    ] = False,
) -> UploadResult | JobPublic:
    """Store the PDF in the blob store and queue its extraction: 202 with the job and ``Location: /jobs/{id}``.

    Bytes stored before answer 200 with the stored document at once; identical uploads while the first is
    queued or running share its job. Plainly unreadable files (not a PDF, empty, truncated, too large) are
    refused at once with a problem (RFC 9457) and nothing is stored; the others fail in their job, with the
    reason. ``wait=true`` keeps the one-call behaviour: 201 with the document this upload stored, 200 with
    one stored before, or the job's problem.
    """
    limit = settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"the file is over {settings.max_upload_mb:g} MB, the upload limit (TRIALEX_MAX_UPLOAD_MB)")
    check_bytes(data, max_bytes=limit)
    name = PurePath(file.filename or "upload.pdf").name or "upload.pdf"
    sha256 = hashlib.sha256(data).hexdigest()
    state = request.app.state
    private = has_api_key(settings, request.headers.get("X-API-Key"))
    outcome = await run_in_threadpool(_submit, state, data, sha256, name)
    if isinstance(outcome, UploadResult):
        response.status_code = 200
        response.headers["Location"] = f"/documents/{outcome.id}"
        return outcome
    job, new = outcome
    if not wait:
        response.status_code = 202
        response.headers["Location"] = f"/jobs/{job.id}"
        return job_public(job, private=private)
    deadline = time.monotonic() + (settings.wait_timeout_s or settings.ingest_timeout_s + 30)
    while job.status not in ("done", "failed") and time.monotonic() < deadline:
        await anyio.sleep(POLL_S)
        assert job.id is not None
        job = await run_in_threadpool(_job, state.engine, job.id)
    if job.status == "failed":
        raise ProblemError(status_of_code(job.code), job.code or "extraction-failed", job.reason or "")
    if job.status != "done" or job.document_id is None:
        response.status_code = 202
        response.headers["Location"] = f"/jobs/{job.id}"
        return job_public(job, private=private)
    public = await run_in_threadpool(_public, state.engine, job.document_id)
    response.status_code = 201 if new else 200
    response.headers["Location"] = f"/documents/{job.document_id}"
    return UploadResult(**public.model_dump(), created=new)


def _submit(state: Any, data: bytes, sha256: str, name: str) -> UploadResult | tuple[Job, bool]:
    """The stored document for these bytes, or their job (and whether this upload created it)."""
    with session_scope(state.engine) as session:
        document = get_document_by_sha256(session=session, sha256=sha256)
        if document is not None:
            public = document_public(session=session, document=document)
            return UploadResult(**public.model_dump(), created=False)
        state.blobs.put(data)
        try:
            job, enqueue = submit_job(session=session, sha256=sha256, file_name=name, size_bytes=len(data))
        except SQLAlchemyError as exc:
            raise StorageError(f"could not queue {name}: {exc}") from exc
    if enqueue:
        assert job.id is not None
        try:
            state.queue.enqueue(job.id, sha256)
        except Exception as exc:
            raise StorageError(f"could not queue {name}: {exc}") from exc
        log.info("queued %s as job %s", name, job.id)
    return job, enqueue


def _job(engine: Any, job_id: int) -> Job:
    with session_scope(engine) as session:
        job = get_job(session=session, job_id=job_id)
        assert job is not None
        return job


def _public(engine: Any, document_id: int) -> DocumentPublic:
    with session_scope(engine) as session:
        document = get_document(session=session, document_id=document_id)
        assert document is not None
        return document_public(session=session, document=document)


@router.delete(
    "/{document_id}",
    status_code=204,
    responses={
        **NOT_FOUND,
        401: {**_PROBLEM, "description": "An API key is required (TRIALEX_API_KEY is set)"},
        403: {**_PROBLEM, "description": "The API key is wrong"},
        503: {**_PROBLEM, "description": "The database refused the delete"},
    },
    dependencies=[ApiKeyDep],
    summary="Delete a document and everything derived from it",
)
def remove_document(document_id: DocumentId, request: Request, session: SessionDep) -> Response:
    """Remove the document, its records, findings, tables, arms, stored answers and upload job; its trials
    when no other document prints them; and its PDF from the blob store when nothing else uses it."""
    document = delete_document(session=session, document_id=document_id)
    if document is None:
        raise ProblemError(404, "not-found", f"no document with id {document_id}")
    if active_job_for(session=session, sha256=document.sha256) is None:
        request.app.state.blobs.delete(document.sha256)
    return Response(status_code=204)


@router.get("", response_model=Listing[DocumentPublic], summary="List stored documents")
def read_documents(session: SessionDep, page: PageDep) -> Listing[DocumentPublic]:
    documents, total = list_documents(session=session, offset=page.offset, limit=page.limit)
    results = documents_public(session=session, documents=documents)
    meta = meta_for([], offset=page.offset, limit=page.limit, total=total, last_updated=last_stored(session=session))
    return Listing(meta=meta, results=results)


@router.get("/{document_id}", response_model=DocumentDetail, responses=NOT_FOUND, summary="A stored document")
def read_document(document_id: DocumentId, session: SessionDep) -> DocumentDetail:
    document = _document(session, document_id)
    public = document_public(session=session, document=document)
    return DocumentDetail(
        **public.model_dump(),
        arms=document_arms(session=session, document_ids=[document_id]),
        tables=document_tables(session=session, document_id=document_id),
    )


@router.get(
    "/{document_id}/records",
    response_model=Listing[StoredRecord],
    responses={**NOT_FOUND, 200: {"content": {"text/csv": {}}}},
    summary="A document's values",
)
def read_document_records(
    document_id: DocumentId,
    session: SessionDep,
    page: PageDep,
    section: Annotated[Section | None, Query(description="only this section")] = None,
    table: Annotated[str | None, Query(description='only this table, e.g. "Table 2" or "text"')] = None,
    statistic: Annotated[Statistic | None, Query(description="only this statistic")] = None,
    format: Annotated[Literal["json", "csv"], Query(description="csv: every matching row")] = "json",
    view: Annotated[
        Literal["raw", "reviewed"], Query(description="reviewed: corrections applied, rejections dropped")
    ] = "raw",
) -> Listing[StoredRecord] | StreamingResponse:
    """Every number extracted from the paper, in document order, with page, bbox and raw text."""
    document = _document(session, document_id)
    filters = RecordFilter(section=section, table=table, statistic=statistic)
    if view == "reviewed":
        return reviewed_listing(session, document, filters, format, page.offset, page.limit)
    if format == "csv":
        records, total = list_records(session=session, document_ids=[document_id], filters=filters)
        return csv_response(csv_lines(records), file_name=f"document-{document_id}-records.csv", total=total)
    records, total = list_records(
        session=session, document_ids=[document_id], filters=filters, offset=page.offset, limit=page.limit
    )
    public = document_public(session=session, document=document)
    meta = meta_for([public], offset=page.offset, limit=page.limit, total=total)
    return Listing(meta=meta, results=records)


@router.get(
    "/{document_id}/checks", response_model=Listing[StoredFinding], responses=NOT_FOUND, summary="A document's findings"
)
def read_document_checks(
    document_id: DocumentId,
    session: SessionDep,
    page: PageDep,
    severity: Annotated[Literal["error", "warning", "info"] | None, Query()] = None,
    check: Annotated[str | None, Query(description="only this check id, e.g. percent-vs-count")] = None,
) -> Listing[StoredFinding]:
    """What the consistency checks found in the paper and what the extractor could not read."""
    document = _document(session, document_id)
    findings, total = list_findings(
        session=session,
        document_ids=[document_id],
        severity=severity,
        check=check,
        offset=page.offset,
        limit=page.limit,
    )
    public = document_public(session=session, document=document)
    meta = meta_for([public], offset=page.offset, limit=page.limit, total=total)
    return Listing(meta=meta, results=findings)


def _document(session: SessionDep, document_id: int) -> Document:
    document = get_document(session=session, document_id=document_id)
    if document is None:
        raise ProblemError(404, "not-found", f"no document with id {document_id}")
    return document
