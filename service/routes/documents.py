"""``/documents``: upload a publication PDF (extract and store it), list and read stored papers."""

from __future__ import annotations

import hashlib
import logging
from pathlib import PurePath
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Query, Response, UploadFile
from starlette.responses import StreamingResponse

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
from db.store import end_read, get_document_by_sha256, save_extraction
from extractors.loader import check_bytes
from schemas.records import Section, Statistic
from service.deps import ApiKeyDep, ExtractorDep, PageDep, SessionDep, SettingsDep
from service.export import csv_lines, csv_response
from service.problems import PROBLEM_JSON, Problem, ProblemError
from service.reviewed import reviewed_listing
from service.schemas import DocumentDetail, Listing, UploadResult, meta_for
from trialex.blobs import BlobStore
from trialex.errors import TooLargeError

router = APIRouter(prefix="/documents", tags=["documents"])
log = logging.getLogger("trialex.service")

_PROBLEM: dict[str, Any] = {"model": Problem, "content": {PROBLEM_JSON: {}}}

UPLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": UploadResult, "description": "These bytes were stored before: the existing document"},
    401: {**_PROBLEM, "description": "An API key is required (TRIALEX_API_KEY is set)"},
    403: {**_PROBLEM, "description": "The API key is wrong"},
    413: {**_PROBLEM, "description": "Larger than TRIALEX_MAX_UPLOAD_MB or than TRIALEX_MAX_PAGES"},
    415: {**_PROBLEM, "description": "Not a PDF"},
    422: {
        **_PROBLEM,
        "description": "Empty, truncated, encrypted, scanned (no text layer), or the extraction"
        " ran out of time or memory",
    },
    503: {**_PROBLEM, "description": "Every extraction worker is busy, or the database refused the write"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {**_PROBLEM, "description": "No such document"}}


@router.post(
    "",
    status_code=201,
    response_model=UploadResult,
    responses=UPLOAD_RESPONSES,
    dependencies=[ApiKeyDep],
    summary="Upload a publication PDF",
)
def upload_document(
    file: Annotated[UploadFile, File(description="the publication PDF")],
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    extractor: ExtractorDep,
) -> UploadResult:
    """Extract a trial publication and store everything it yields, in one transaction.

    The same bytes again answer 200 with the stored document, without extracting or writing anything.
    Unreadable files are refused with a problem (RFC 9457) and nothing is stored.
    """
    limit = settings.max_upload_bytes
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"the file is over {settings.max_upload_mb:g} MB, the upload limit (TRIALEX_MAX_UPLOAD_MB)")
    check_bytes(data, max_bytes=limit)
    name = PurePath(file.filename or "upload.pdf").name or "upload.pdf"
    document = get_document_by_sha256(session=session, sha256=hashlib.sha256(data).hexdigest())
    created = False
    if document is None:
        end_read(session=session)
        extraction = extractor.extract(data, file_name=name)
        document, created = save_extraction(session=session, extraction=extraction)
        log.info(
            "stored %s as document %s: %d records, %d findings, extracted in %.1f s",
            name,
            document.id,
            len(extraction.records),
            len(extraction.findings),
            extraction.seconds,
        )
    BlobStore(settings.blob_dir).put(data)  # kept so its pages can be rendered for review
    response.status_code = 201 if created else 200
    response.headers["Location"] = f"/documents/{document.id}"
    public = document_public(session=session, document=document)
    return UploadResult(**public.model_dump(), created=created)


@router.get("", response_model=Listing[DocumentPublic], summary="List stored documents")
def read_documents(session: SessionDep, page: PageDep) -> Listing[DocumentPublic]:
    documents, total = list_documents(session=session, offset=page.offset, limit=page.limit)
    results = documents_public(session=session, documents=documents)
    meta = meta_for([], offset=page.offset, limit=page.limit, total=total, last_updated=last_stored(session=session))
    return Listing(meta=meta, results=results)


@router.get("/{document_id}", response_model=DocumentDetail, responses=NOT_FOUND, summary="A stored document")
def read_document(document_id: int, session: SessionDep) -> DocumentDetail:
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
    document_id: int,
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
    document_id: int,
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
