"""The storage shape: SQLModel tables, one family per entity (``XBase`` -> ``X`` table -> ``XPublic``).

One row per stored publication (``documents``), per trial registry id (``trials``), per document-trial pair
(``document_trials``; position 0 is the paper's own trial), per arm, per table summary, per extracted number
(``records``, long form, with all of :class:`schemas.records.Record` and its provenance) and per finding.
The API never returns a table class: it returns the ``*Public`` models or the lead's schemas.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import field_validator
from sqlalchemy import JSON, DateTime, Index
from sqlmodel import Field, SQLModel

from schemas.findings import Finding
from schemas.records import Record

SECTIONS: tuple[str, ...] = ("demographics", "adverse_events", "pk", "efficacy")
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite gives naive datetimes back; every stored time is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- documents ------------------------------------------------------------------------------------


class DocumentBase(SQLModel):
    sha256: str = Field(max_length=64, unique=True, index=True, description="SHA-256 of the PDF bytes")
    file_name: str
    size_bytes: int
    pages: int
    pages_without_text: list[int] = Field(default_factory=list, sa_type=JSON)
    status: str = Field(default="extracted", description="extracted (only readable files are stored)")
    error: str | None = None
    extraction_seconds: float = 0.0
    trialex_version: str = Field(description="version of trialex that extracted the document")
    nct_id: str | None = Field(default=None, index=True, description="the paper's own trial (first NCT id)")
    title: str | None = None
    doi: str | None = None
    journal: str | None = None
    year: int | None = None


class Document(DocumentBase, table=True):
    __tablename__ = "documents"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)


class DocumentPublic(DocumentBase):
    id: int
    created_at: datetime
    nct_ids: list[str] = Field(default_factory=list, description="every NCT id the paper prints, own first")
    record_counts: dict[str, int] = Field(default_factory=dict, description="extracted numbers per section")
    finding_counts: dict[str, int] = Field(default_factory=dict, description="findings per severity")

    _utc = field_validator("created_at")(as_utc)


# --- trials ---------------------------------------------------------------------------------------


class TrialBase(SQLModel):
    nct_id: str = Field(primary_key=True, max_length=11)
    title: str | None = Field(default=None, description="title of the first stored paper reporting the trial")


class Trial(TrialBase, table=True):
    __tablename__ = "trials"

    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)


class TrialPublic(TrialBase):
    updated_at: datetime
    documents: int = Field(description="stored papers reporting this trial as their own")
    mentions: int = Field(description="stored papers printing this NCT id besides their own trial's")

    _utc = field_validator("updated_at")(as_utc)


class DocumentTrial(SQLModel, table=True):
    """A paper prints an NCT id; position 0 (``is_primary``) is the paper's own trial."""

    __tablename__ = "document_trials"
    __table_args__ = (Index("ix_document_trials_trial", "nct_id", "is_primary"),)

    document_id: int = Field(foreign_key="documents.id", primary_key=True, ondelete="CASCADE")
    nct_id: str = Field(foreign_key="trials.nct_id", primary_key=True, max_length=11)
    position: int
    is_primary: bool


# --- what was extracted ---------------------------------------------------------------------------


class ArmBase(SQLModel):
    name: str
    n: int | None = None
    tables: list[str] = Field(default_factory=list, sa_type=JSON)


class ArmRow(ArmBase, table=True):
    __tablename__ = "arms"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True, ondelete="CASCADE")
    position: int


class ArmPublic(ArmBase):
    document_id: int


class TableRow(SQLModel, table=True):
    """One of :class:`schemas.extraction.TableSummary`."""

    __tablename__ = "document_tables"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True, ondelete="CASCADE")
    position: int
    table_label: str
    title: str
    section: str
    pages: list[int] = Field(default_factory=list, sa_type=JSON)
    cells: int
    records: int


class RecordRow(SQLModel, table=True):
    """One extracted number (a :class:`schemas.records.Record`), in document order (``ordinal``).

    ``cell`` numbers the table cell or sentence the number came from within its document: the numbers of one
    printed cell ("5 (41.7)": a count and a percent) share it, which lets a filter keep or drop whole cells.
    """

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_document_section", "document_id", "section", "ordinal"),
        Index("ix_records_document_cell", "document_id", "cell", "statistic"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    ordinal: int
    cell: int
    section: str
    table_label: str
    table_title: str | None = None
    row_labels: list[str] = Field(default_factory=list, sa_type=JSON)
    column_labels: list[str] = Field(default_factory=list, sa_type=JSON)
    arm: str | None = Field(default=None, index=True)
    arm_n: int | None = None
    grade: str | None = Field(default=None, index=True)
    scope: str | None = None
    analyte: str | None = Field(default=None, index=True)
    parameter: str | None = Field(default=None, index=True)
    unit: str | None = None
    statistic: str = Field(index=True)
    value: float | None = None
    qualifier: str | None = None
    denominator: int | None = None
    ci_level: float | None = None
    raw: str
    page: int
    bbox_x0: float
    bbox_top: float
    bbox_x1: float
    bbox_bottom: float
    marks: list[str] = Field(default_factory=list, sa_type=JSON)
    context: str | None = None


class StoredRecord(Record):
    """A record as served: the extracted number plus the stored document it belongs to."""

    document_id: int


class FindingRow(SQLModel, table=True):
    """One :class:`schemas.findings.Finding`."""

    __tablename__ = "findings"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True, ondelete="CASCADE")
    position: int
    check: str = Field(index=True)
    severity: str = Field(index=True)
    message: str
    table_label: str | None = None
    page: int | None = None
    values: list[dict[str, object]] = Field(default_factory=list, sa_type=JSON)
    expected: str | None = None
    observed: str | None = None
    tolerance: str | None = None


class StoredFinding(Finding):
    """A finding as served, with the stored document it belongs to."""

    document_id: int
