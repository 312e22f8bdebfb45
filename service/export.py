"""Long-form CSV for R and pandas: one extracted number per row, with its provenance."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from starlette.responses import StreamingResponse

from db.models import StoredRecord
from schemas.records import RECORD_FIELDS, csv_row

_CHUNK_ROWS = 500


def csv_lines(records: Sequence[StoredRecord], *, leading: dict[str, Any] | None = None) -> Iterator[str]:
    """The header, then the rows in chunks; ``leading`` columns (e.g. ``nct_id``) come first."""
    lead = dict(leading or {})
    fields = [*lead, "document_id", *RECORD_FIELDS]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for i, record in enumerate(records, 1):
        writer.writerow({**lead, "document_id": record.document_id, **csv_row(record)})
        if i % _CHUNK_ROWS == 0:
            yield _take(out)
    yield _take(out)


def _take(out: io.StringIO) -> str:
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text


def csv_response(lines: Iterable[str], *, file_name: str, total: int) -> StreamingResponse:
    return StreamingResponse(
        iter(lines),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{file_name}"', "X-Total-Count": str(total)},
    )
