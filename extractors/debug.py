"""Stages you can look at: the regions and grids of a document as JSON, and an overlay image per page.

``table_stages(document)`` runs the table stages (furniture, regions, grids, structure) and returns their
output as the plain models of :mod:`schemas.regions` and :mod:`schemas.grid`. ``write_debug_tables`` writes
them to a folder with a PNG per page that holds a table: region parts in red, captions in blue, header cells
in magenta, row labels in orange, value cells in green (pdfplumber's ``to_image``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from extractors.furniture import furniture_words
from extractors.grid import Grid, region_to_grid
from extractors.pipeline import group_parts
from extractors.regions import TableRegion, find_regions
from extractors.structure import grids_to_table
from schemas.document import Document, Word
from schemas.grid import GridCellInfo, GridInfo, GridRowInfo, GridsStage, HeaderCellInfo
from schemas.regions import CaptionInfo, FlowLinkInfo, RegionPart, RegionsStage, TableRegionInfo

Box = tuple[float, float, float, float]


@dataclass(slots=True)
class TableStages:
    """The table stages of one document, as plain data and as the working objects."""

    regions: RegionsStage
    grids: GridsStage
    parts: list[list[TableRegion]]


def _union(words: Iterable[Word]) -> Box | None:
    boxes = [w.page_bbox for w in words]
    if not boxes:
        return None
    return (
        round(min(b[0] for b in boxes), 1),
        round(min(b[1] for b in boxes), 1),
        round(max(b[2] for b in boxes), 1),
        round(max(b[3] for b in boxes), 1),
    )


def region_info(document: Document, parts: list[TableRegion]) -> TableRegionInfo:
    first = parts[0]
    caption = None
    if first.caption is not None:
        cap = first.caption
        box = _union(w for line in cap.lines for w in line.words) or (0.0, 0.0, 0.0, 0.0)
        caption = CaptionInfo(
            table_id=cap.table_id,
            title=cap.title,
            continued=cap.continued,
            position=first.caption_position,
            page=document.frames[cap.frame_index].page,
            bbox=box,
        )
    out_parts = []
    for region in parts:
        words = [w for line in [*region.body, *region.notes] for w in line.words]
        box = _union(words) or (region.x0, region.top, region.x1, region.bottom)
        out_parts.append(
            RegionPart(
                page=region.page,
                rotation=document.frames[region.frame_index].rotation,
                bbox=box,
                body_lines=len(region.body),
                note_lines=len(region.notes),
                why=region.why,
                link=None
                if region.flow is None
                else FlowLinkInfo(
                    kind="next-page" if region.flow.kind == "next-page" else "next-column",
                    from_page=region.flow.from_page,
                    columns=region.flow.columns,
                    shift=region.flow.shift,
                    scale=region.flow.scale,
                ),
            )
        )
    return TableRegionInfo(
        table_id=first.table_id,
        title=first.title,
        caption=caption,
        parts=out_parts,
        notes=" ".join(r.notes_text for r in parts if r.notes or r.legend).strip(),
        why=first.why,
    )


def grid_info(grid: Grid, part: int) -> GridInfo:
    levels = sorted({f.line for f in grid.header})
    header = [
        HeaderCellInfo(
            text=f.text,
            columns=list(f.columns),
            level=levels.index(f.line),
            bbox=_union(f.words) or (0.0, 0.0, 0.0, 0.0),
        )
        for f in grid.header
    ]
    rows = []
    for row in grid.rows:
        cells = [
            GridCellInfo(column=k, text=cell.text, bbox=_union(cell.words) or (0.0, 0.0, 0.0, 0.0))
            for k, cell in enumerate(row.cells)
            if cell.words
        ]
        rows.append(
            GridRowInfo(
                label=row.label,
                label_path=list(row.path),
                indent=row.indent if row.label_words else 0.0,
                bold=row.bold,
                outer=" ".join(w.text for w in row.outer_words),
                cells=cells,
            )
        )
    return GridInfo(
        table_id=grid.region.table_id,
        page=grid.region.page,
        part=part,
        columns=[(round(c0, 1), round(c1, 1)) for c0, c1 in grid.columns],
        stub_x1=round(grid.stub_x1, 1),
        stub_header=grid.stub_header,
        header=header,
        rows=rows,
    )


def table_stages(document: Document) -> TableStages:
    """Run the table stages of a loaded document and return what each produced."""
    furniture = furniture_words(document)
    regions = find_regions(document, furniture)
    groups = group_parts(regions)
    tables: list[TableRegionInfo] = []
    grids: list[GridInfo] = []
    for parts in groups:
        tables.append(region_info(document, parts))
        table_grids: list[Grid] = []
        for region in parts:
            frame = document.frames[region.frame_index]
            grid = region_to_grid(region, frame.fills, frame.rules)
            if grid is not None:
                table_grids.append(grid)
        if table_grids:
            grids_to_table(table_grids)  # fills each row's label path
            grids.extend(grid_info(g, i) for i, g in enumerate(table_grids))
    return TableStages(
        regions=RegionsStage(file_name=document.file_name, pages=document.page_count, tables=tables),
        grids=GridsStage(file_name=document.file_name, grids=grids),
        parts=groups,
    )


_COLOURS = {
    "part": ((220, 30, 30), (220, 30, 30, 18)),
    "caption": ((30, 60, 220), (30, 60, 220, 30)),
    "header": ((200, 0, 200), (200, 0, 200, 30)),
    "label": ((240, 140, 0), (240, 140, 0, 30)),
    "cell": ((0, 150, 60), (0, 150, 60, 40)),
}


def _boxes_by_page(stages: TableStages) -> dict[int, list[tuple[str, Box]]]:
    out: dict[int, list[tuple[str, Box]]] = {}
    for table in stages.regions.tables:
        if table.caption is not None:
            out.setdefault(table.caption.page, []).append(("caption", table.caption.bbox))
        for part in table.parts:
            out.setdefault(part.page, []).append(("part", part.bbox))
    for grid in stages.grids.grids:
        page = out.setdefault(grid.page, [])
        page.extend(("header", h.bbox) for h in grid.header)
        for row in grid.rows:
            page.extend(("cell", c.bbox) for c in row.cells)
    for parts in stages.parts:
        for region in parts:
            for line in region.body:
                label = [w for w in line.words if w.x1 <= _stub_edge(stages, region)]
                box = _union(label)
                if box is not None:
                    out.setdefault(region.page, []).append(("label", box))
    return out


def _stub_edge(stages: TableStages, region: TableRegion) -> float:
    for grid in stages.grids.grids:
        if grid.table_id == region.table_id and grid.page == region.page:
            return grid.stub_x1 + 1
    return region.x0


def write_debug_tables(pdf: Path, document: Document, out_dir: Path, *, resolution: int = 100) -> list[Path]:
    """Write ``regions.json``, ``grids.json`` and ``page-NNN.png`` overlays for ``pdf`` into ``out_dir``."""
    stages = table_stages(document)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / "regions.json", out_dir / "grids.json"]
    written[0].write_text(stages.regions.model_dump_json(indent=2) + "\n", encoding="utf-8")
    written[1].write_text(stages.grids.model_dump_json(indent=2) + "\n", encoding="utf-8")
    boxes = _boxes_by_page(stages)
    with pdfplumber.open(pdf) as doc:
        for page_no in sorted(boxes):
            page = doc.pages[page_no - 1]
            image = page.to_image(resolution=resolution)
            for kind in ("part", "caption", "header", "label", "cell"):
                rects = [b for k, b in boxes[page_no] if k == kind]
                if rects:
                    stroke, fill = _COLOURS[kind]
                    image.draw_rects(rects, stroke=stroke, fill=fill, stroke_width=1)
            path = out_dir / f"page-{page_no:03d}.png"
            image.save(path)
            written.append(path)
    (out_dir / "index.json").write_text(
        json.dumps({"pdf": str(pdf), "files": [p.name for p in written]}, indent=2) + "\n", encoding="utf-8"
    )
    return written
