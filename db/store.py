"""Writing an extraction: one document, its trials, arms, tables, records and findings in ONE transaction.

Idempotent by the SHA-256 of the PDF: the same bytes again give back the stored document and write nothing.
Any failure rolls the whole document back and raises :class:`trialex.errors.StorageError`.
"""

from __future__ import annotations

import re

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from db.convert import cell_numbers, finding_to_row, record_to_row
from db.models import ArmRow, Document, DocumentTrial, TableRow, Trial, utcnow
from db.payloads import build_payloads
from schemas.extraction import Extraction
from trialex.errors import StorageError

# A concurrent writer can insert the same new trial between our read and our insert; one retry settles it.
_ATTEMPTS = 2
NCT_ID = re.compile(r"^NCT\d{8}$")


def get_document_by_sha256(*, session: Session, sha256: str) -> Document | None:
    return session.exec(select(Document).where(Document.sha256 == sha256)).first()


def end_read(*, session: Session) -> None:
    """End the session's read transaction before slow work (an extraction), so the database is not kept
    waiting on an idle transaction; objects already loaded stay usable."""
    session.commit()


def save_extraction(*, session: Session, extraction: Extraction) -> tuple[Document, bool]:
    """Store an extraction; return ``(document, created)``. Existing bytes return the stored document."""
    for attempt in range(_ATTEMPTS):
        existing = get_document_by_sha256(session=session, sha256=extraction.document.sha256)
        if existing is not None:
            return existing, False
        try:
            document = _write(session, extraction)
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            if attempt + 1 < _ATTEMPTS:
                continue
            raise StorageError(f"could not store {extraction.document.file_name}: {exc.orig}") from exc
        except SQLAlchemyError as exc:
            session.rollback()
            raise StorageError(f"could not store {extraction.document.file_name}: {exc}") from exc
        except BaseException:
            session.rollback()
            raise
        return document, True
    raise AssertionError("unreachable")  # pragma: no cover


def _write(session: Session, extraction: Extraction) -> Document:
    info, meta = extraction.document, extraction.metadata
    nct_ids = [n for n in dict.fromkeys(meta.nct_ids) if NCT_ID.match(n)]
    document = Document(
        sha256=info.sha256,
        file_name=info.file_name,
        size_bytes=info.size_bytes,
        pages=info.pages,
        pages_without_text=list(info.pages_without_text),
        extraction_seconds=extraction.seconds,
        trialex_version=extraction.trialex_version,
        nct_id=nct_ids[0] if nct_ids else None,
        title=meta.title,
        doi=meta.doi,
        journal=meta.journal,
        year=meta.year,
    )
    session.add(document)
    session.flush()
    assert document.id is not None
    doc_id = document.id
    for position, nct_id in enumerate(nct_ids):
        _touch_trial(session, nct_id, title=meta.title if position == 0 else None)
        session.add(DocumentTrial(document_id=doc_id, nct_id=nct_id, position=position, is_primary=position == 0))
    session.add_all(
        ArmRow(document_id=doc_id, position=i, name=a.name, n=a.n, tables=list(a.tables))
        for i, a in enumerate(extraction.arms)
    )
    session.add_all(
        TableRow(
            document_id=doc_id,
            position=i,
            table_label=t.table,
            title=t.title,
            section=t.section,
            pages=list(t.pages),
            cells=t.cells,
            records=t.records,
        )
        for i, t in enumerate(extraction.tables)
    )
    cells = cell_numbers(extraction.records)
    session.add_all(
        record_to_row(r, document_id=doc_id, ordinal=i, cell=cells[i]) for i, r in enumerate(extraction.records)
    )
    session.add_all(finding_to_row(f, document_id=doc_id, position=i) for i, f in enumerate(extraction.findings))
    session.add_all(build_payloads(document=document, records=extraction.records))
    session.flush()
    return document


def _touch_trial(session: Session, nct_id: str, *, title: str | None) -> None:
    trial = session.get(Trial, nct_id)
    if trial is None:
        session.add(Trial(nct_id=nct_id, title=title))
        session.flush()
        return
    if trial.title is None and title is not None:
        trial.title = title
    trial.updated_at = utcnow()
    session.add(trial)


def delete_document(*, session: Session, document_id: int) -> Document | None:
    """Remove a document and everything derived from it (trial links, arms, tables, records, findings, stored
    payloads, its upload job); trials no other document prints go too. Returns the deleted document (its
    ``sha256`` tells the caller which blob it may remove), or ``None`` when there is none."""
    from sqlalchemy import delete, exists

    from db.jobs import Job
    from db.models import FindingRow, RecordRow
    from db.payloads import Payload
    from db.runs import RunFile

    document = session.get(Document, document_id)
    if document is None:
        return None
    nct_ids = list(session.exec(select(DocumentTrial.nct_id).where(DocumentTrial.document_id == document_id)).all())
    try:
        tables: tuple[type[SQLModel], ...] = (Payload, RecordRow, FindingRow, TableRow, ArmRow, DocumentTrial)
        for table in tables:
            session.execute(delete(table).where(getattr(table, "document_id") == document_id))  # noqa: B009
        session.execute(delete(Job).where(col(Job.sha256) == document.sha256))
        session.execute(update(RunFile).where(col(RunFile.document_id) == document_id).values(document_id=None))
        session.execute(delete(Document).where(col(Document.id) == document_id))
        for nct_id in nct_ids:
            linked = session.exec(select(exists().where(col(DocumentTrial.nct_id) == nct_id))).one()
            if not linked:
                session.execute(delete(Trial).where(col(Trial.nct_id) == nct_id))
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StorageError(f"could not delete document {document_id}: {exc}") from exc
    return document
