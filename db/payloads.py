"""Serialised answers stored with each document: for every section, its typed items (JSON), its long-form
values (JSON Lines, one record a line) and its long-form CSV rows, each with an ETag.

They are made once, when the document is stored (:func:`build_payloads`, in the document's transaction), so
reading a trial's section is a lookup and a concatenation, not a rebuild: a trial endpoint over several
papers joins their stored parts. A document stored before this table existed gets its payloads on first read
(:func:`ensure_payloads`).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from typing import Any, cast

from pydantic import TypeAdapter
from sqlalchemy import Boolean, Connection, LargeBinary, PrimaryKeyConstraint, bindparam, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, col, select

import trialex
from db.models import SECTIONS, Document, StoredRecord
from schemas.extraction import Sections
from schemas.records import RECORD_FIELDS, Record, csv_row

KINDS: tuple[str, ...] = ("typed", "values", "csv")
CSV_FIELDS = ["nct_id", "document_id", *RECORD_FIELDS]

_TYPED: dict[str, TypeAdapter[Any]] = {
    name: TypeAdapter(cast(Any, Sections.model_fields[name].annotation)) for name in SECTIONS
}


class Payload(SQLModel, table=True):
    """One stored answer part: (document, section, kind) -> bytes."""

    __tablename__ = "document_payloads"
    __table_args__ = (PrimaryKeyConstraint("document_id", "section", "kind"),)

    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    section: str = Field(max_length=32)
    kind: str = Field(max_length=16, description="typed | values | csv")
    items: int = Field(description="records (values, csv) or 1 (typed)")
    etag: str = Field(max_length=64)
    body: bytes = Field(sa_type=LargeBinary)


def csv_header() -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(CSV_FIELDS)
    return out.getvalue().encode()


def build_payloads(*, document: Document, records: Sequence[Record]) -> list[Payload]:
    """Every section's three payloads for a document's records (in document order)."""
    assert document.id is not None
    from extractors.sections import build_sections

    out = []
    for section in SECTIONS:
        mine = [r for r in records if r.section == section]
        typed = _TYPED[section].dump_json(getattr(build_sections(mine), section), by_alias=True)
        stored = [StoredRecord(**r.model_dump(), document_id=document.id) for r in mine]
        values = b"".join(s.model_dump_json(by_alias=True).encode() + b"\n" for s in stored)
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=CSV_FIELDS, lineterminator="\n")
        for r in mine:
            writer.writerow({"nct_id": document.nct_id, "document_id": document.id, **csv_row(r)})
        for kind, body, items in (
            ("typed", typed, 1),
            ("values", values, len(mine)),
            ("csv", text.getvalue().encode(), len(mine)),
        ):
            out.append(
                Payload(
                    document_id=document.id,
                    section=section,
                    kind=kind,
                    items=items,
                    etag=_etag(body),
                    body=body,
                )
            )
    return out


def _etag(body: bytes) -> str:
    return hashlib.sha256(trialex.__version__.encode() + b"\0" + body).hexdigest()[:32]


def payload_tags(*, session: Session, document_ids: Sequence[int], section: str, kind: str) -> dict[int, Payload]:
    """The stored payloads (id, etag, items; body deferred to :func:`payload_bodies`) of these documents."""
    if not document_ids:
        return {}
    rows = session.exec(
        select(Payload.document_id, Payload.etag, Payload.items).where(
            col(Payload.document_id).in_(document_ids), Payload.section == section, Payload.kind == kind
        )
    ).all()
    return {
        doc_id: Payload(document_id=doc_id, section=section, kind=kind, etag=etag, items=items, body=b"")
        for doc_id, etag, items in rows
    }


def payload_bodies(*, session: Session, document_ids: Sequence[int], section: str, kind: str) -> dict[int, bytes]:
    if not document_ids:
        return {}
    rows = session.exec(
        select(Payload.document_id, Payload.body).where(
            col(Payload.document_id).in_(document_ids), Payload.section == section, Payload.kind == kind
        )
    ).all()
    return {doc_id: bytes(body) for doc_id, body in rows}


def ensure_payloads(*, session: Session, documents: Sequence[Document]) -> None:
    """Build and store the payloads of documents stored before payloads existed."""
    from db.queries import records_by_document

    ids = [d.id for d in documents if d.id is not None]
    if not ids:
        return
    have = set(session.exec(select(Payload.document_id).where(col(Payload.document_id).in_(ids)).distinct()).all())
    missing = [d for d in documents if d.id is not None and d.id not in have]
    if not missing:
        return
    by_document = records_by_document(session=session, document_ids=[d.id for d in missing if d.id is not None])
    for document in missing:
        assert document.id is not None
        session.add_all(build_payloads(document=document, records=by_document[document.id]))
    try:
        session.commit()
    except IntegrityError:  # a concurrent reader built them first: theirs are the same bytes
        session.rollback()


# One statement, built once: the hot read path must not pay for building a query on every request.
_TRIAL_TAGS = text(
    "SELECT dt.document_id, p.etag, p.items FROM document_trials dt"
    " LEFT JOIN document_payloads p"
    " ON p.document_id = dt.document_id AND p.section = :section AND p.kind = :kind"
    " WHERE dt.nct_id = :nct_id AND dt.is_primary = :primary ORDER BY dt.document_id"
).bindparams(bindparam("primary", type_=Boolean()))


def trial_payload_tags(
    *, connection: Connection, nct_id: str, section: str, kind: str
) -> list[tuple[int, str | None, int]]:
    """``(document id, etag, items)`` of the papers reporting the trial as their own, in id order, in one
    query; the etag is ``None`` for a paper whose payloads are not built yet."""
    rows = connection.execute(_TRIAL_TAGS, {"nct_id": nct_id, "section": section, "kind": kind, "primary": True})
    return [(doc_id, etag, items or 0) for doc_id, etag, items in rows]
