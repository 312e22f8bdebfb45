"""Response shapes of the API: an openFDA-like ``meta`` block and ``results``, built from the ``*Public``
models of :mod:`db.models` and the lead's :mod:`schemas`. No table class is ever returned."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

import trialex
from db.models import ArmPublic, Document, DocumentPublic, StoredRecord, as_utc
from schemas.extraction import TableSummary

T = TypeVar("T")


class SourceDocument(BaseModel):
    """A stored paper the values come from: enough to cite it and to reproduce the extraction."""

    id: int
    sha256: str
    file_name: str
    nct_id: str | None
    title: str | None
    doi: str | None
    trialex_version: str
    created_at: datetime


class ResultsMeta(BaseModel):
    offset: int
    limit: int | None
    total: int


class Meta(BaseModel):
    trialex_version: str = Field(default=trialex.__version__, description="version of the server")
    last_updated: datetime | None = Field(default=None, description="when the newest source was stored")
    source_documents: list[SourceDocument] = Field(default_factory=list)
    results: ResultsMeta | None = Field(default=None, description="pagination: offset, limit and total")


class Listing(BaseModel, Generic[T]):
    """A page of a list."""

    meta: Meta
    results: list[T]


class UploadResult(DocumentPublic):
    created: bool = Field(description="false when these bytes were stored before (nothing was written)")


class DocumentDetail(DocumentPublic):
    arms: list[ArmPublic] = Field(default_factory=list)
    tables: list[TableSummary] = Field(default_factory=list)


class TrialDetail(BaseModel):
    meta: Meta
    nct_id: str
    title: str | None
    updated_at: datetime
    documents: list[DocumentPublic] = Field(description="stored papers reporting this trial as their own")
    mentioned_in: list[DocumentPublic] = Field(description="stored papers that only print this NCT id")
    arms: list[ArmPublic]
    record_counts: dict[str, int]
    finding_counts: dict[str, int]


class DocumentSection(BaseModel, Generic[T]):
    """A typed section as built from one paper's records."""

    document_id: int
    file_name: str
    data: T


class TrialSection(BaseModel, Generic[T]):
    """A typed section of a trial, one entry per paper reporting it (``view=typed``)."""

    meta: Meta
    nct_id: str
    section: str
    filters: dict[str, Any]
    results: list[DocumentSection[T]]


class TrialValues(BaseModel):
    """The same values in long form, one number per row (``view=values``)."""

    meta: Meta
    nct_id: str
    section: str
    filters: dict[str, Any]
    results: list[StoredRecord]


def source_of(document: Document | DocumentPublic) -> SourceDocument:
    assert document.id is not None
    return SourceDocument(
        id=document.id,
        sha256=document.sha256,
        file_name=document.file_name,
        nct_id=document.nct_id,
        title=document.title,
        doi=document.doi,
        trialex_version=document.trialex_version,
        created_at=as_utc(document.created_at),
    )


def meta_for(
    documents: Sequence[Document | DocumentPublic],
    *,
    offset: int | None = None,
    limit: int | None = None,
    total: int | None = None,
    last_updated: datetime | None = None,
) -> Meta:
    """The meta block: the source documents, the newest of their times, and pagination when given."""
    sources = [source_of(d) for d in documents]
    newest = max((s.created_at for s in sources), default=None)
    return Meta(
        last_updated=last_updated or newest,
        source_documents=sources,
        results=ResultsMeta(offset=offset or 0, limit=limit, total=total) if total is not None else None,
    )
