"""Building findings: each number involved with its provenance, and the order findings are reported in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from schemas.findings import Finding, FindingValue, Severity
from schemas.records import Record
from trialex.checks.labels import joined

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


def label_of(record: Record) -> str:
    """'Table 4 / Partial response / TNBC > 50 mg/m² / percent', or 'text p.3 / "…" / count'."""
    if record.table == "text":
        return f'text p.{record.page} / "{record.raw}" / {record.statistic}'
    parts = [record.table, joined(record.row) or "-", joined(record.column) or "-", record.statistic]
    return " / ".join(parts)


def value_of(record: Record, label: str | None = None) -> FindingValue:
    return FindingValue(
        label=label or label_of(record), value=record.value, raw=record.raw, page=record.page, bbox=record.bbox
    )


def finding(
    check: str,
    severity: Severity,
    message: str,
    records: Sequence[Record],
    *,
    expected: str | None = None,
    observed: str | None = None,
    tolerance: str | None = None,
    extra: Sequence[FindingValue] = (),
    table: str | None = None,
) -> Finding:
    """A finding about ``records``, plus ``extra`` values that are no record's value (a column's N). The
    first value is the one the finding is about: it gives the finding its table and page."""
    unique: list[Record] = []
    for record in records:
        if not any(record is seen for seen in unique):
            unique.append(record)
    tables = [r.table for r in unique]
    return Finding(
        check=check,
        severity=severity,
        message=message,
        table=table or (tables[0] if tables else None),
        page=unique[0].page if unique else (extra[0].page if extra else None),
        values=[*(value_of(r) for r in unique), *extra],
        expected=expected,
        observed=observed,
        tolerance=tolerance,
    )


def sort_key(item: Finding, order: dict[str, int] | None = None) -> tuple[int, int, int, str, str]:
    return (
        SEVERITY_ORDER[item.severity],
        item.page if item.page is not None else 1 << 30,
        (order or {}).get(item.check, 1 << 30),
        item.table or "",
        item.message,
    )


def sort_findings(items: Iterable[Finding], check_order: Sequence[str] = ()) -> list[Finding]:
    """By severity (errors first), then page, then the catalogue order of the check, then text."""
    order = {check: i for i, check in enumerate(check_order)}
    return sorted(items, key=lambda item: sort_key(item, order))
