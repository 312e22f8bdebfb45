"""Numbers quoted in the prose (filled in below)."""

from __future__ import annotations

from extractors.regions import TableRegion
from schemas.document import Document
from schemas.records import Record


def prose_records(document: Document, regions: list[TableRegion], furniture: set[int]) -> list[Record]:
    return []
