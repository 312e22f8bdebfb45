"""The extraction pipeline: a PDF in, an :class:`schemas.extraction.Extraction` out.

Stages, each one function with one input and one output type:
``load_document`` (bytes -> Document) -> ``furniture_words`` -> ``find_regions`` (Document -> TableRegions)
-> ``region_to_grid`` (TableRegion -> Grid) -> ``grids_to_table`` (Grids -> TableModel) -> ``table_to_records``
(TableModel -> Records + Findings) -> ``prose_records`` (Document -> Records) -> ``build_sections``.
Stages report what they could not read as findings instead of raising; only an unreadable input raises.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import trialex
from extractors.furniture import furniture_words
from extractors.grid import Grid, region_to_grid
from extractors.head_parts import heads_over_next_part
from extractors.layout import Line
from extractors.loader import load_document
from extractors.metadata import extract_metadata, page_texts
from extractors.missing_tables import missing_tables
from extractors.paper_conventions import Convention, read_conventions
from extractors.percent_veto import veto_percentages
from extractors.prose import prose_pages, prose_records
from extractors.records import table_to_records
from extractors.regions import TableRegion, find_regions
from extractors.repeated_header import repeated_header_columns
from extractors.sections import build_sections
from extractors.structure import grids_to_table
from extractors.widow_heads import widowed_labels
from extractors.widow_labels import with_widowed_labels
from schemas.document import Document
from schemas.extraction import Arm, DocumentInfo, Extraction, TableSummary
from schemas.findings import Finding
from schemas.records import Record
from trialex.checks import run_checks


def extract(
    source: str | Path | bytes,
    *,
    file_name: str | None = None,
    max_bytes: int | None = None,
    max_pages: int | None = None,
    reader: str | None = None,
) -> Extraction:
    """Read a trial publication PDF (path or bytes) into an :class:`Extraction`.

    Raises :class:`trialex.errors.InputError` when the file cannot be read at all; everything the stages
    could not read inside a readable file is reported in ``findings``. ``reader`` names the PDF reader
    (``pdfplumber`` or ``pdfium``; default: the ``TRIALEX_READER`` setting).
    """
    start = time.perf_counter()
    document = load_document(source, file_name=file_name, max_bytes=max_bytes, max_pages=max_pages, reader=reader)
    return extract_document(document, started=start)


def extract_document(document: Document, *, started: float | None = None) -> Extraction:
    started = time.perf_counter() if started is None else started
    furniture = furniture_words(document)
    regions = find_regions(document, furniture)
    pages = prose_pages(document, regions, furniture)
    conventions = read_conventions(document, regions, furniture, pages)
    tables, records, findings = tables_to_records(document, regions, conventions)
    texts = page_texts(document)
    records.extend(prose_records(document, regions, furniture, findings, pages))
    findings.extend(_page_findings(document))
    findings.extend(missing_tables(document, regions))
    records, vetoed = veto_percentages(records, tables)
    findings.extend(vetoed)
    findings.extend(run_checks(records))
    return Extraction(
        trialex_version=trialex.__version__,
        document=DocumentInfo(
            file_name=document.file_name,
            sha256=document.sha256,
            size_bytes=document.size_bytes,
            pages=document.page_count,
            pages_without_text=document.pages_without_text,
        ),
        metadata=extract_metadata(document, texts),
        arms=arms_of(records),
        tables=tables,
        sections=build_sections(records),
        records=records,
        findings=findings,
        seconds=round(time.perf_counter() - started, 3),
    )


def _page_findings(document: Document) -> list[Finding]:
    if not document.pages_without_text:
        return []
    pages = ", ".join(str(p) for p in document.pages_without_text)
    return [
        Finding(
            check="page-without-text",
            severity="warning",
            message=f"pages {pages} have no text layer (scanned images?); nothing on them was read",
        )
    ]


def arms_of(records: list[Record]) -> list[Arm]:
    """The groups the tables report on, with the N they print for each."""
    arms: dict[tuple[str, int | None], Arm] = {}
    for r in records:
        if r.table == "text" or not r.arm:
            continue
        arm = arms.setdefault((r.arm, r.arm_n), Arm(name=r.arm, n=r.arm_n))
        if r.table not in arm.tables:
            arm.tables.append(r.table)
    # a group named without its N in one table and with it in another is one group
    named = {name for name, n in arms if n is not None}
    return [arm for (name, n), arm in arms.items() if n is not None or name not in named]


def tables_to_records(
    document: Document,
    regions: list[TableRegion],
    conventions: Sequence[Convention] = (),
) -> tuple[list[TableSummary], list[Record], list[Finding]]:
    """Every table of the four kinds: a summary per table, its records, and the cells not read; ``conventions``:
    what the paper's Methods say its numbers are, the lowest statement of every cell."""
    tables: list[TableSummary] = []
    records: list[Record] = []
    findings: list[Finding] = []
    for parts in group_parts(regions):
        grids: list[Grid] = []
        widowed: tuple[TableRegion, list[Line]] = (parts[0], [])
        for region in parts:
            frame = document.frames[region.frame_index]
            grid = region_to_grid(region, frame.fills, frame.rules)
            if grid is None:
                widowed = (region, widowed_labels(region))  # a group's label left at the page foot (widow_labels)
                continue
            grids.append(with_widowed_labels(grid, region, widowed[1], widowed[0]))
            widowed = (region, [])

        def rebuild(region: TableRegion, columns: list[tuple[float, float]]) -> Grid | None:
            frame = document.frames[region.frame_index]
            return region_to_grid(region, frame.fills, frame.rules, known_columns=columns)

        grids = repeated_header_columns(grids, rebuild)
        if not grids:
            findings.append(
                Finding(
                    check="table-unread",
                    severity="warning",
                    table=parts[0].table_id,
                    page=parts[0].page,
                    message=f"{parts[0].table_id} on page {parts[0].page} was found but no value columns could be read",
                )
            )
            continue
        model = grids_to_table(grids)
        section, recs, problems = table_to_records(model, conventions)
        tables.append(
            TableSummary(
                table=model.table_id,
                title=model.title,
                section=section,
                pages=model.pages,
                cells=len(model.cells),
                records=len(recs),
            )
        )
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
        group.sort(key=lambda r: r.flow_key)
    # a first part of nothing but head lines is the header of the part after it (extractors/head_parts.py)
    return [heads_over_next_part(group) for group in groups]
