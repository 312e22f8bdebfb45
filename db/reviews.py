"""Reviews of extracted values: a reviewer verifies, corrects or rejects a value, or adds one trialex missed.

Every review action is one row of ``review_actions``, the audit trail (who, when, action, before, after,
comment), and nothing else is stored: the current verdict on a value is the fold of its actions in order.
Actions are kept apart from the extraction and keyed by the PDF's SHA-256 plus a *record key* built from what
the value is (table, row path, column path, statistic, page), never by a row id, so deleting a document and
uploading it again, or re-extracting it with a newer trialex, finds the same reviews again.

Two views of a document's values: *raw* (what was extracted) and *reviewed* (corrections applied, rejected
values dropped, added values included).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import TypeAdapter, field_validator
from sqlalchemy import JSON, DateTime, Index
from sqlmodel import Field, Session, SQLModel, col, select

from db.models import Document, StoredRecord, as_utc, utcnow
from db.queries import RecordFilter, records_by_document
from schemas.records import Record

Action = Literal["verify", "correct", "reject", "add", "reset"]
Status = Literal["unreviewed", "verified", "corrected", "rejected", "added"]
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]
ADDED_PREFIX = "added:"
# What a correction may change: everything that says what the number is, not where it was printed.
CORRECTABLE: frozenset[str] = frozenset(Record.model_fields) - {"page", "bbox", "context"}


class ReviewAction(SQLModel, table=True):
    """One review action on one value of one PDF: the audit trail."""

    __tablename__ = "review_actions"
    __table_args__ = (Index("ix_review_actions_document_key", "document_sha256", "record_key"),)

    id: int | None = Field(default=None, primary_key=True)
    document_sha256: str = Field(max_length=64, description="SHA-256 of the PDF the value was read from")
    record_key: str = Field(description="table, row path, column path, statistic and page of the value (JSON)")
    action: str = Field(description="verify, correct, reject, add or reset")
    reviewer: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    before: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    comment: str | None = None


class ReviewActionPublic(SQLModel):
    id: int
    record_key: str
    action: str
    reviewer: str
    created_at: datetime
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    comment: str | None

    _utc = field_validator("created_at")(as_utc)


class ReviewedRecord(StoredRecord):
    """A value of the reviewed view: the record as the reviewers left it, with its key and verdict."""

    review_key: str
    review_status: Status


_RECORD = TypeAdapter(Record)


# --- record keys ------------------------------------------------------------------------------------------


def record_keys(records: Sequence[Record]) -> list[str]:
    """The stable key of each record of one document, in order: ``[table, row, column, statistic, page]`` as
    JSON, with ``#2``, ``#3``... on the second and later records sharing those (prose numbers of one page)."""
    seen: dict[str, int] = {}
    keys = []
    for r in records:
        base = json.dumps([r.table, list(r.row), list(r.column), r.statistic, r.page], ensure_ascii=False)
        seen[base] = seen.get(base, 0) + 1
        keys.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return keys


def new_addition_key() -> str:
    return f"{ADDED_PREFIX}{uuid.uuid4().hex}"


# --- the audit trail --------------------------------------------------------------------------------------


def add_action(
    *,
    session: Session,
    sha256: str,
    record_key: str,
    action: Action,
    reviewer: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    comment: str | None = None,
) -> ReviewAction:
    row = ReviewAction(
        document_sha256=sha256,
        record_key=record_key,
        action=action,
        reviewer=reviewer,
        before=before,
        after=after,
        comment=comment,
    )
    session.add(row)
    session.commit()
    session.refresh(row)
    return row


def list_actions(*, session: Session, sha256s: Sequence[str], record_key: str | None = None) -> list[ReviewAction]:
    """The actions on these PDFs' values, oldest first."""
    if not sha256s:
        return []
    query = select(ReviewAction).where(col(ReviewAction.document_sha256).in_(sha256s))
    if record_key is not None:
        query = query.where(ReviewAction.record_key == record_key)
    return list(session.exec(query.order_by(col(ReviewAction.id))).all())


def action_public(row: ReviewAction) -> ReviewActionPublic:
    return ReviewActionPublic.model_validate(row)


# --- folding actions into verdicts ------------------------------------------------------------------------


@dataclass
class ReviewState:
    """The verdict on one value after its actions: status, the corrected fields, the added record."""

    status: Status = "unreviewed"
    changes: dict[str, Any] = field(default_factory=dict)
    added: dict[str, Any] | None = None
    actions: int = 0
    reviewer: str | None = None
    at: datetime | None = None
    comment: str | None = None


def fold(actions: Iterable[ReviewAction]) -> dict[tuple[str, str], ReviewState]:
    """``(sha256, record_key) -> ReviewState`` after applying the actions in order."""
    states: dict[tuple[str, str], ReviewState] = {}
    for a in actions:
        state = states.setdefault((a.document_sha256, a.record_key), ReviewState())
        after = {k: v for k, v in (a.after or {}).items() if k != "status"}
        if a.action == "add":
            state.added = after
            state.changes = {}
            state.status = "added"
        elif a.action == "correct":
            state.changes.update({k: v for k, v in after.items() if k in CORRECTABLE})
            state.status = "corrected"
        elif a.action == "verify":
            state.status = "verified"
        elif a.action == "reject":
            state.status = "rejected"
        elif a.action == "reset":
            state.changes = {}
            state.status = "added" if state.added is not None else "unreviewed"
        state.actions += 1
        state.reviewer, state.at, state.comment = a.reviewer, as_utc(a.created_at), a.comment
    return states


def apply_changes(record: Record, changes: dict[str, Any]) -> Record:
    """The record with a reviewer's corrections; raises ``pydantic.ValidationError`` on impossible values."""
    if not changes:
        return record
    return _RECORD.validate_python({**record.model_dump(), **changes})


# --- a document's values, keyed and reviewed --------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem:
    """One value of a document as the review page shows it: raw and reviewed, with its verdict."""

    key: str
    record: Record
    raw: Record | None
    state: ReviewState


def review_items(*, session: Session, document: Document) -> tuple[list[ReviewItem], int]:
    """Every value of the document (extracted ones in document order, then additions by page and position)
    with its verdict, and the number of reviewed keys the current extraction no longer has (orphans)."""
    assert document.id is not None
    records = records_by_document(session=session, document_ids=[document.id])[document.id]
    states = {key: s for (_, key), s in fold(list_actions(session=session, sha256s=[document.sha256])).items()}
    items = []
    keys = record_keys(records)
    for key, record in zip(keys, records, strict=True):
        state = states.get(key, ReviewState())
        items.append(ReviewItem(key=key, record=_applied(record, state), raw=record, state=state))
    additions = []
    for key, state in states.items():
        if state.added is not None:
            try:
                record = _RECORD.validate_python(state.added)
            except ValueError:
                continue
            additions.append(ReviewItem(key=key, record=_applied(record, state), raw=None, state=state))
    additions.sort(key=lambda i: (i.record.page, i.record.bbox[1], i.record.bbox[0]))
    orphans = len(set(states) - set(keys) - {i.key for i in additions})
    return items + additions, orphans


def reviewed_records(
    *,
    session: Session,
    documents: Sequence[Document],
    filters: RecordFilter | None = None,
    view: Literal["raw", "reviewed"] = "reviewed",
) -> list[ReviewedRecord]:
    """The reviewed view of these documents' values: corrections applied, rejections dropped, additions
    included, then filtered like the raw view (filters see the corrected labels). ``view="raw"`` gives the
    values as extracted, each with its verdict."""
    out: list[ReviewedRecord] = []
    for document in documents:
        assert document.id is not None
        items, _ = review_items(session=session, document=document)
        if view == "raw":
            kept = [ReviewItem(key=i.key, record=i.raw, raw=i.raw, state=i.state) for i in items if i.raw is not None]
        else:
            kept = [i for i in items if i.state.status != "rejected"]
        for item in _filtered(kept, filters or RecordFilter()):
            out.append(
                ReviewedRecord(
                    **item.record.model_dump(),
                    document_id=document.id,
                    review_key=item.key,
                    review_status=item.state.status,
                )
            )
    return out


def _applied(record: Record, state: ReviewState) -> Record:
    try:
        return apply_changes(record, state.changes)
    except ValueError:
        return record


def _filtered(items: list[ReviewItem], filters: RecordFilter) -> list[ReviewItem]:
    """The raw view's filters (:class:`db.queries.RecordFilter`) applied in memory to reviewed values."""

    def same(value: str | None, wanted: str | None) -> bool:
        return wanted is None or (value is not None and value.lower() == wanted.lower())

    kept = [
        i
        for i in items
        if (filters.section is None or i.record.section == filters.section)
        and (filters.statistic is None or i.record.statistic == filters.statistic)
        and same(i.record.arm, filters.arm)
        and same(i.record.grade, filters.grade)
        and same(i.record.scope, filters.scope)
        and same(i.record.analyte, filters.analyte)
        and same(i.record.parameter, filters.parameter)
        and same(i.record.table, filters.table)
    ]
    if filters.min_percent is None:
        return kept
    threshold = filters.min_percent
    cells_over = {
        cell_of(i.record)
        for i in items
        if i.record.statistic == "percent" and i.record.value is not None and i.record.value >= threshold
    }
    return [i for i in kept if cell_of(i.record) in cells_over]


def cell_of(record: Record) -> tuple[object, ...]:
    """The printed cell (or sentence) a value came from: the numbers of "5 (41.7)" share it."""
    return (record.page, record.bbox, record.raw)
