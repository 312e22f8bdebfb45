"""The extraction pipeline: a PDF in, an :class:`schemas.extraction.Extraction` out.

Stages, each one function with one input and one output type:
``load_document`` (bytes -> Document) -> ``furniture_words`` -> ``find_regions`` (Document -> TableRegions)
-> ``region_to_grid`` (TableRegion -> Grid) -> ``grids_to_table`` (Grids -> TableModel) -> ``table_to_records``
(TableModel -> Records + Findings) -> ``prose_records`` (Document -> Records) -> ``build_sections``.
Stages report what they could not read as findings instead of raising; only an unreadable input raises.
"""

from __future__ import annotations

import time
from pathlib import Path

from extractors.furniture import furniture_words
from extractors.grid import Grid, region_to_grid
from extractors.loader import load_document
from extractors.regions import TableRegion, find_regions
from extractors.records import table_to_records
from extractors.structure import grids_to_table
from schemas.document import Document
from schemas.findings import Finding
from schemas.records import Record


def extract_tables(document: Document) -> tuple[list[dict[str, object]], list[Record], list[Finding]]:
    """Every table of the four kinds: a summary per table, its records, and the cells not read."""
    furniture = furniture_words(document)
    regions = find_regions(document, furniture)
    tables: list[dict[str, object]] = []
    records: list[Record] = []
    findings: list[Finding] = []
    for parts in group_parts(regions):
        grids: list[Grid] = []
        for region in parts:
            frame = document.frames[region.frame_index]
            grid = region_to_grid(region, frame.fills, frame.rules)
            if grid is not None:
                grids.append(grid)
        if not grids:
            findings.append(Finding(
                check="table-unread", severity="warning", table=parts[0].table_id, page=parts[0].page,
                message=f"{parts[0].table_id} on page {parts[0].page} was found but no value columns could be read",
            ))
            continue
        model = grids_to_table(grids)
        section, recs, problems = table_to_records(model)
        tables.append({"table": model.table_id, "title": model.title, "section": section, "pages": model.pages,
                       "cells": len(model.cells), "records": len(recs)})
        records.extend(recs)
        findings.extend(problems)
    return tables, records, findings


def group_parts(regions: list[TableRegion]) -> list[list[TableRegion]]:
    """Regions of one table (a caption and its continuations) together, in document order."""
    groups: list[list[TableRegion]] = []
    index: dict[int, list[TableRegion]] = {}
    for region in regions:
        root = region
        while root.continued_from is not None:
            root = root.continued_from
        group = index.get(id(root))
        if group is None:
            group = index[id(root)] = []
            groups.append(group)
        group.append(region)
    for group in groups:
        group.sort(key=lambda r: (r.page, r.top))
    return groups


def extract_path(path: str | Path) -> tuple[Document, list[dict[str, object]], list[Record], list[Finding], float]:
    start = time.perf_counter()
    document = load_document(path)
    tables, records, findings = extract_tables(document)
    return document, tables, records, findings, time.perf_counter() - start
