"""The reviewed view of the value endpoints (``?view=reviewed``): the same shapes as the raw view, built from
:func:`db.reviews.reviewed_records` (corrections applied, rejections dropped, additions included)."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session
from starlette.responses import StreamingResponse

from db.models import Document, StoredRecord
from db.queries import RecordFilter, document_public
from db.reviews import ReviewedRecord, reviewed_records
from service.export import csv_lines, csv_response
from service.schemas import Listing, TrialValues, meta_for


def as_stored(records: list[ReviewedRecord]) -> list[StoredRecord]:
    return [StoredRecord.model_validate(r.model_dump(exclude={"review_key", "review_status"})) for r in records]


def reviewed_listing(
    session: Session, document: Document, filters: RecordFilter, fmt: str, offset: int, limit: int
) -> Listing[StoredRecord] | StreamingResponse:
    """``/documents/{id}/records?view=reviewed``."""
    records = as_stored(reviewed_records(session=session, documents=[document], filters=filters))
    if fmt == "csv":
        name = f"document-{document.id}-records-reviewed.csv"
        return csv_response(csv_lines(records), file_name=name, total=len(records))
    public = document_public(session=session, document=document)
    meta = meta_for([public], offset=offset, limit=limit, total=len(records))
    return Listing(meta=meta, results=records[offset : offset + limit])


def reviewed_values(
    session: Session,
    documents: list[Document],
    filters: RecordFilter,
    fmt: str,
    offset: int,
    limit: int,
    *,
    nct_id: str,
    echo: dict[str, Any],
) -> TrialValues | StreamingResponse:
    """``/trials/{nct_id}/{section}?view=reviewed``: long-form JSON, or CSV with ``format=csv``."""
    records = as_stored(reviewed_records(session=session, documents=documents, filters=filters))
    section = filters.section or ""
    if fmt == "csv":
        name = f"{nct_id}-{section.replace('_', '-')}-reviewed.csv"
        return csv_response(csv_lines(records, leading={"nct_id": nct_id}), file_name=name, total=len(records))
    meta = meta_for(documents, offset=offset, limit=limit, total=len(records))
    return TrialValues(
        meta=meta, nct_id=nct_id, section=section, filters=echo, results=records[offset : offset + limit]
    )
