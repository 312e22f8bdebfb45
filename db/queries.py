"""Reading what was stored: documents, trials, records (with filters) and findings, all keyword-only with a
passed-in session. List functions return ``(items, total)`` so callers can paginate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, RowMapping, func
from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, SQLModel, col, select

from db.convert import row_to_finding, rows_to_records, rows_to_stored_records
from db.models import (
    SECTIONS,
    SEVERITIES,
    ArmPublic,
    ArmRow,
    Document,
    DocumentPublic,
    DocumentTrial,
    FindingRow,
    RecordRow,
    StoredFinding,
    StoredRecord,
    TableRow,
    Trial,
    TrialPublic,
    as_utc,
)
from schemas.extraction import TableSummary
from schemas.records import Record

_RECORDS = SQLModel.metadata.tables["records"]


@dataclass(frozen=True, slots=True)
class RecordFilter:
    """Which records to keep. Text filters compare case-insensitively and exactly. ``min_percent`` keeps the
    whole cells (count, percent, events of one printed cell) whose percent is at least that value."""

    section: str | None = None
    arm: str | None = None
    grade: str | None = None
    scope: str | None = None
    analyte: str | None = None
    parameter: str | None = None
    statistic: str | None = None
    table: str | None = None
    min_percent: float | None = None

    def only_section(self) -> bool:
        """No filter but the section: the answer is the stored payloads."""
        return all(getattr(self, name) is None for name in self.__slots__ if name != "section")

    def echo(self) -> dict[str, object]:
        """The filters given, as the answer's ``filters``."""
        names = ("arm", "grade", "scope", "analyte", "parameter", "min_percent")
        return {name: getattr(self, name) for name in names if getattr(self, name) is not None}

    def clauses(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.section is not None:
            out.append(col(RecordRow.section) == self.section)
        if self.statistic is not None:
            out.append(col(RecordRow.statistic) == self.statistic)
        for column, wanted in (
            (RecordRow.arm, self.arm),
            (RecordRow.grade, self.grade),
            (RecordRow.scope, self.scope),
            (RecordRow.analyte, self.analyte),
            (RecordRow.parameter, self.parameter),
            (RecordRow.table_label, self.table),
        ):
            if wanted is not None:
                out.append(func.lower(col(column)) == wanted.lower())
        if self.min_percent is not None:
            pct = aliased(RecordRow)
            out.append(
                select(pct.id)
                .where(
                    pct.document_id == RecordRow.document_id,
                    pct.cell == RecordRow.cell,
                    pct.statistic == "percent",
                    col(pct.value) >= self.min_percent,
                )
                .exists()
            )
        return out


# --- documents ------------------------------------------------------------------------------------


def get_document(*, session: Session, document_id: int) -> Document | None:
    return session.get(Document, document_id)


def list_documents(*, session: Session, offset: int = 0, limit: int = 100) -> tuple[list[Document], int]:
    total = session.exec(select(func.count()).select_from(Document)).one()
    rows = session.exec(select(Document).order_by(col(Document.id)).offset(offset).limit(limit)).all()
    return list(rows), total


def get_documents(*, session: Session, document_ids: Sequence[int]) -> list[Document]:
    if not document_ids:
        return []
    return list(
        session.exec(select(Document).where(col(Document.id).in_(document_ids)).order_by(col(Document.id))).all()
    )


def document_public(*, session: Session, document: Document) -> DocumentPublic:
    """The document with its NCT ids, record counts per section and finding counts per severity."""
    assert document.id is not None
    return documents_public(session=session, documents=[document])[0]


def documents_public(*, session: Session, documents: Sequence[Document]) -> list[DocumentPublic]:
    ids = [d.id for d in documents if d.id is not None]
    nct: dict[int, list[str]] = {i: [] for i in ids}
    records: dict[int, dict[str, int]] = {i: dict.fromkeys(SECTIONS, 0) for i in ids}
    findings: dict[int, dict[str, int]] = {i: dict.fromkeys(SEVERITIES, 0) for i in ids}
    if ids:
        for link in session.exec(
            select(DocumentTrial)
            .where(col(DocumentTrial.document_id).in_(ids))
            .order_by(col(DocumentTrial.document_id), col(DocumentTrial.position))
        ):
            nct[link.document_id].append(link.nct_id)
        for doc_id, section, n in session.exec(
            select(RecordRow.document_id, RecordRow.section, func.count())
            .where(col(RecordRow.document_id).in_(ids))
            .group_by(col(RecordRow.document_id), col(RecordRow.section))
        ):
            records[doc_id][section] = n
        for doc_id, severity, n in session.exec(
            select(FindingRow.document_id, FindingRow.severity, func.count())
            .where(col(FindingRow.document_id).in_(ids))
            .group_by(col(FindingRow.document_id), col(FindingRow.severity))
        ):
            findings[doc_id][severity] = n
    return [
        DocumentPublic.model_validate(
            d, update={"nct_ids": nct[d.id], "record_counts": records[d.id], "finding_counts": findings[d.id]}
        )
        for d in documents
        if d.id is not None
    ]


def document_arms(*, session: Session, document_ids: Sequence[int]) -> list[ArmPublic]:
    rows = session.exec(
        select(ArmRow)
        .where(col(ArmRow.document_id).in_(document_ids))
        .order_by(col(ArmRow.document_id), col(ArmRow.position))
    ).all()
    return [ArmPublic(document_id=r.document_id, name=r.name, n=r.n, tables=r.tables) for r in rows]


def document_tables(*, session: Session, document_id: int) -> list[TableSummary]:
    rows = session.exec(
        select(TableRow).where(TableRow.document_id == document_id).order_by(col(TableRow.position))
    ).all()
    return [
        TableSummary(
            table=r.table_label, title=r.title, section=r.section, pages=r.pages, cells=r.cells, records=r.records
        )
        for r in rows
    ]


# --- records and findings -------------------------------------------------------------------------


def list_records(
    *,
    session: Session,
    document_ids: Sequence[int],
    filters: RecordFilter = RecordFilter(),
    offset: int = 0,
    limit: int | None = None,
) -> tuple[list[StoredRecord], int]:
    """Records of these documents in document order, filtered; ``limit=None`` returns them all."""
    rows = _record_rows(session, document_ids, filters, offset=offset, limit=limit)
    records = rows_to_stored_records(rows)
    if limit is None or not document_ids:
        return records, offset + len(records)
    where = [col(RecordRow.document_id).in_(document_ids), *filters.clauses()]
    return records, session.exec(select(func.count()).select_from(RecordRow).where(*where)).one()


def records_by_document(
    *,
    session: Session,
    document_ids: Sequence[int],
    filters: RecordFilter = RecordFilter(),
) -> dict[int, list[Record]]:
    """Every matching record of each document, in document order: what typed sections are built from."""
    out: dict[int, list[Record]] = {doc_id: [] for doc_id in document_ids}
    rows = _record_rows(session, document_ids, filters)
    for doc_id, record in zip((row["document_id"] for row in rows), rows_to_records(rows), strict=True):
        out[doc_id].append(record)
    return out


def _record_rows(
    session: Session, document_ids: Sequence[int], filters: RecordFilter, *, offset: int = 0, limit: int | None = None
) -> Sequence[RowMapping]:
    """Plain column rows, not ORM objects: a trial's section can be thousands of records."""
    if not document_ids:
        return []
    query = (
        sa_select(*_RECORDS.columns)
        .where(col(RecordRow.document_id).in_(document_ids), *filters.clauses())
        .order_by(col(RecordRow.document_id), col(RecordRow.ordinal))
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return session.connection().execute(query).mappings().all()


def list_findings(
    *,
    session: Session,
    document_ids: Sequence[int],
    severity: str | None = None,
    check: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> tuple[list[StoredFinding], int]:
    if not document_ids:
        return [], 0
    where: list[ColumnElement[bool]] = [col(FindingRow.document_id).in_(document_ids)]
    if severity is not None:
        where.append(col(FindingRow.severity) == severity)
    if check is not None:
        where.append(col(FindingRow.check) == check)
    query = select(FindingRow).where(*where).order_by(col(FindingRow.document_id), col(FindingRow.position))
    total = session.exec(select(func.count()).select_from(FindingRow).where(*where)).one()
    if limit is not None:
        query = query.limit(limit)
    rows = session.exec(query.offset(offset)).all()
    return [row_to_finding(r) for r in rows], total


# --- trials ---------------------------------------------------------------------------------------


def list_trials(*, session: Session, offset: int = 0, limit: int = 100) -> tuple[list[TrialPublic], int]:
    total = session.exec(select(func.count()).select_from(Trial)).one()
    trials = session.exec(select(Trial).order_by(col(Trial.nct_id)).offset(offset).limit(limit)).all()
    return _trials_public(session, list(trials)), total


def get_trial(*, session: Session, nct_id: str) -> TrialPublic | None:
    trial = session.get(Trial, nct_id)
    return _trials_public(session, [trial])[0] if trial is not None else None


def _trials_public(session: Session, trials: list[Trial]) -> list[TrialPublic]:
    counts: dict[tuple[str, bool], int] = {}
    if trials:
        for nct_id, primary, n in session.exec(
            select(DocumentTrial.nct_id, DocumentTrial.is_primary, func.count())
            .where(col(DocumentTrial.nct_id).in_([t.nct_id for t in trials]))
            .group_by(col(DocumentTrial.nct_id), col(DocumentTrial.is_primary))
        ):
            counts[(nct_id, bool(primary))] = n
    return [
        TrialPublic(
            nct_id=t.nct_id,
            title=t.title,
            updated_at=t.updated_at,
            documents=counts.get((t.nct_id, True), 0),
            mentions=counts.get((t.nct_id, False), 0),
        )
        for t in trials
    ]


def trial_documents(*, session: Session, nct_id: str, primary: bool = True) -> list[Document] | None:
    """The stored papers reporting the trial as their own (``primary``) or only printing its id; ``None``
    when no stored paper prints the id at all."""
    if session.get(Trial, nct_id) is None:
        return None
    query = (
        select(Document)
        .join(DocumentTrial, col(DocumentTrial.document_id) == col(Document.id))
        .where(DocumentTrial.nct_id == nct_id, DocumentTrial.is_primary == primary)
        .order_by(col(Document.id))
    )
    return list(session.exec(query).all())


def trial_document_ids(*, session: Session, nct_id: str, primary: bool = True) -> list[int]:
    """Stored papers reporting the trial as their own (``primary``) or only printing its id."""
    rows = session.exec(
        select(DocumentTrial.document_id)
        .where(DocumentTrial.nct_id == nct_id, DocumentTrial.is_primary == primary)
        .order_by(col(DocumentTrial.document_id))
    ).all()
    return list(rows)


def last_stored(*, session: Session) -> datetime | None:
    """When the newest document was stored."""
    newest = session.exec(select(func.max(Document.created_at))).one()
    return as_utc(newest) if newest is not None else None
