"""Long-form CSV for meta-analysis (R ``meta``/``metafor``, Stata ``meta``, pandas): one estimate per row, with
its study, arm, N, endpoint, statistic, value and confidence interval on the same row, and its provenance.

An interval printed with an estimate ("4.8 (95% CI 3.2-5.8)") is read as three values of one cell; here it
goes onto the row of the estimate printed just before it. Interval bounds printed alone stay rows of their own.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import PurePath

from db.models import Document
from db.reviews import ReviewedRecord, cell_of

COLUMNS = [
    "study",
    "nct_id",
    "document_id",
    "arm",
    "n",
    "endpoint",
    "statistic",
    "value",
    "qualifier",
    "ci_low",
    "ci_high",
    "ci_level",
    "unit",
    "grade",
    "scope",
    "page",
    "section",
    "table",
    "row",
    "column",
    "raw",
    "review_status",
]
BOUNDS = ("ci_low", "ci_high")


def study_name(document: Document, nct_id: str | None = None) -> str:
    """The trial's NCT id, or the file name and year when the paper prints none."""
    if nct_id or document.nct_id:
        return nct_id or document.nct_id or ""
    stem = PurePath(document.file_name).stem
    return f"{stem} {document.year}" if document.year else stem


def endpoint_of(record: ReviewedRecord) -> str:
    """What was measured: the PK parameter (with analyte) or efficacy endpoint, else the row labels."""
    if record.parameter:
        return f"{record.analyte} {record.parameter}" if record.analyte else record.parameter
    return " > ".join(record.row)


def meta_rows(
    records: Sequence[ReviewedRecord], documents: Sequence[Document], *, nct_id: str | None = None
) -> Iterator[dict[str, object]]:
    """One row per estimate, in document order, with the interval printed with it."""
    by_id = {d.id: d for d in documents}
    cells: dict[tuple[object, ...], list[ReviewedRecord]] = {}
    for r in records:
        cells.setdefault((r.document_id, *cell_of(r)), []).append(r)
    for group in cells.values():
        rows: list[dict[str, object]] = []
        for r in group:
            if r.statistic in BOUNDS and rows and not rows[-1][r.statistic]:
                rows[-1][r.statistic] = _number(r.value)
                rows[-1]["ci_level"] = rows[-1]["ci_level"] or _number(r.ci_level)
                continue
            document = by_id[r.document_id]
            rows.append(
                {
                    "study": study_name(document, nct_id),
                    "nct_id": nct_id or document.nct_id or "",
                    "document_id": r.document_id,
                    "arm": r.arm or "",
                    "n": r.arm_n if r.arm_n is not None else "",
                    "endpoint": endpoint_of(r),
                    "statistic": r.statistic,
                    "value": _number(r.value),
                    "qualifier": r.qualifier or "",
                    "ci_low": "",
                    "ci_high": "",
                    "ci_level": _number(r.ci_level),
                    "unit": r.unit or "",
                    "grade": r.grade or "",
                    "scope": r.scope or "",
                    "page": r.page,
                    "section": r.section,
                    "table": r.table,
                    "row": " > ".join(r.row),
                    "column": " > ".join(r.column),
                    "raw": r.raw,
                    "review_status": r.review_status,
                }
            )
        yield from rows


def meta_csv(rows: Iterator[dict[str, object]]) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    yield out.getvalue()


def _number(value: float | None) -> object:
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value
