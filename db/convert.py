"""Records and findings to rows and back, losslessly: a stored record is equal to the one extracted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import TypeAdapter

from db.models import FindingRow, RecordRow, StoredFinding, StoredRecord
from schemas.findings import Finding, FindingValue
from schemas.records import Record


def record_to_row(record: Record, *, document_id: int, ordinal: int, cell: int) -> RecordRow:
    x0, top, x1, bottom = record.bbox
    return RecordRow(
        document_id=document_id,
        ordinal=ordinal,
        cell=cell,
        section=record.section,
        table_label=record.table,
        table_title=record.table_title,
        row_labels=list(record.row),
        column_labels=list(record.column),
        arm=record.arm,
        arm_n=record.arm_n,
        grade=record.grade,
        scope=record.scope,
        analyte=record.analyte,
        parameter=record.parameter,
        unit=record.unit,
        statistic=record.statistic,
        value=record.value,
        qualifier=record.qualifier,
        denominator=record.denominator,
        ci_level=record.ci_level,
        raw=record.raw,
        page=record.page,
        bbox_x0=x0,
        bbox_top=top,
        bbox_x1=x1,
        bbox_bottom=bottom,
        marks=list(record.marks),
        context=record.context,
    )


# Record field -> ``records`` column, for the fields stored one to one.
RECORD_COLUMNS: dict[str, str] = {
    "section": "section",
    "table": "table_label",
    "table_title": "table_title",
    "row": "row_labels",
    "column": "column_labels",
    "arm": "arm",
    "arm_n": "arm_n",
    "grade": "grade",
    "scope": "scope",
    "analyte": "analyte",
    "parameter": "parameter",
    "unit": "unit",
    "statistic": "statistic",
    "value": "value",
    "qualifier": "qualifier",
    "denominator": "denominator",
    "ci_level": "ci_level",
    "raw": "raw",
    "page": "page",
    "marks": "marks",
    "context": "context",
}
# Validating a whole list in one call (pydantic-core) is faster than building the models one by one.
_RECORDS = TypeAdapter(list[Record])
_STORED_RECORDS = TypeAdapter(list[StoredRecord])


def record_fields(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A ``records`` row (column name -> value) as the fields of a :class:`Record`."""
    fields = {name: row[column] for name, column in RECORD_COLUMNS.items()}
    fields["bbox"] = (row["bbox_x0"], row["bbox_top"], row["bbox_x1"], row["bbox_bottom"])
    return fields


def rows_to_records(rows: Iterable[Mapping[Any, Any]]) -> list[Record]:
    return _RECORDS.validate_python([record_fields(row) for row in rows])


def rows_to_stored_records(rows: Iterable[Mapping[Any, Any]]) -> list[StoredRecord]:
    return _STORED_RECORDS.validate_python([{**record_fields(row), "document_id": row["document_id"]} for row in rows])


def plain_record(record: StoredRecord) -> Record:
    """The extracted record without its storage id."""
    return Record.model_validate({name: getattr(record, name) for name in Record.model_fields})


def cell_numbers(records: list[Record]) -> list[int]:
    """For each record, the number of the printed cell (or sentence) it came from, in document order."""
    cells: dict[tuple[object, ...], int] = {}
    return [
        cells.setdefault((r.table, tuple(r.row), tuple(r.column), r.page, r.bbox, r.raw), len(cells)) for r in records
    ]


def finding_to_row(finding: Finding, *, document_id: int, position: int) -> FindingRow:
    return FindingRow(
        document_id=document_id,
        position=position,
        check=finding.check,
        severity=finding.severity,
        message=finding.message,
        table_label=finding.table,
        page=finding.page,
        values=[v.model_dump(mode="json") for v in finding.values],
        expected=finding.expected,
        observed=finding.observed,
        tolerance=finding.tolerance,
    )


def row_to_finding(row: FindingRow) -> StoredFinding:
    return StoredFinding(
        document_id=row.document_id,
        check=row.check,
        severity=row.severity,
        message=row.message,
        table=row.table_label,
        page=row.page,
        values=[FindingValue.model_validate(v) for v in row.values],
        expected=row.expected,
        observed=row.observed,
        tolerance=row.tolerance,
    )
