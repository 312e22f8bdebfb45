"""Document model + rendered page map -> golden JSON (tests/data/golden/README.md format)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .cells import Classified, classify
from .inline import printed, value_text
from .model import Cell, Document, Table
from .render import Rendered
from .structure import stub_header, walk

STATISTICS = {
    "count", "denominator", "percent", "mean", "sd", "se", "median", "min", "max", "q1", "q3",
    "ci_low", "ci_high", "geometric_mean", "cv_percent", "hr", "or", "rr", "rate", "p", "value",
}  # fmt: skip


def _classified(cell: Cell, row: str, col: str, table: Table) -> Classified | None:
    """A cell's values: by the table's rules, or by the statistics a treatment froze on it (`Cell.gold`; a
    companion printed in brackets, "(60)", is read without them)."""
    text = value_text(cell.content)
    if cell.gold is None:
        return classify(text, row, col, table.spec)
    if cell.gold.skip:
        return None
    bare = re.sub(r"^\((.*)\)$", r"\1", text.strip())
    return classify(bare, row, col, replace(table.spec, rules=(replace(cell.gold, grammar="*"),)))


def table_cells(table: Table, rendered: Rendered | None = None) -> list[dict[str, Any]]:
    cells: list[dict[str, Any]] = []
    stub = stub_header(table)
    for body in walk(table):
        row_text = " | ".join(body.row_path)
        col_text = " | ".join([stub, *body.column_path] if stub else body.column_path)
        got = _classified(body.cell, row_text, col_text, table)
        if got is None:
            continue
        cell: dict[str, Any] = {
            "row": body.row_path,
            "column": body.column_path,
            "raw": printed(body.cell.content),
        }
        arm_n = got.arm_n if got.arm_n is not None else body.arm_n
        if arm_n is not None:
            cell["arm_n"] = arm_n
        cell["values"] = got.values
        if got.qualifiers:
            cell["qualifiers"] = got.qualifiers
        if got.ci_level is not None:
            cell["ci_level"] = got.ci_level
        if rendered is not None:
            cell["_page"] = rendered.page_of(f"{table.key}-r{body.row_index}")
        cells.append(cell)
    return cells


def table_golden(table: Table, rendered: Rendered) -> dict[str, Any]:
    cells = table_cells(table, rendered)
    pages = {rendered.page_of(f"{table.key}-cap")} | {c.pop("_page") for c in cells}
    assert table.section is not None
    return {
        "table": table.label,
        "section": table.section,
        "pages": sorted(pages),
        "note": table.note,
        "cells": cells,
    }


def document_golden(
    doc: Document, rendered: Rendered, pdf_name: str, origin: str, source: dict[str, str], verified: str
) -> dict[str, Any]:
    title = printed(doc.title)
    metadata: dict[str, Any] = {"nct_ids": doc.nct_ids, "doi": doc.doi, "title": title}
    year = re.search(r"\((\d{4})\)", doc.citation)  # the citation line printed under the masthead
    if doc.journal and year:
        metadata |= {"journal": doc.journal, "year": int(year.group(1))}
    return {
        "pdf": pdf_name,
        "origin": origin,
        "source": source,
        "verified": verified,
        "metadata": metadata,
        "tables": [table_golden(t, rendered) for t in doc.tables() if t.section is not None],
        "text": [
            {"page": rendered.page_of(s.anchor), "raw": s.raw, "values": s.values}
            | ({"qualifiers": s.qualifiers} if s.qualifiers else {})
            for s in doc.statements
        ],
    }


# a ratio or P value printed once for the arms has no column (zoo_subrows.py)
_CONTRAST = {"hr", "or", "rr", "p", "ci_low", "ci_high"}


def problems(golden: dict[str, Any]) -> list[str]:
    """Format checks every golden file must pass."""
    out: list[str] = []
    for table in golden["tables"]:
        if not table["cells"]:
            out.append(f"{table['table']}: no cells")
        for cell in table["cells"]:
            where = f"{table['table']} {cell.get('row')} {cell.get('column')}"
            if not isinstance(cell.get("row"), list) or not all(isinstance(x, str) for x in cell["row"]):
                out.append(f"{where}: row is not a list of strings")
            contrast = set(cell.get("values", {})) | set(cell.get("qualifiers", {})) <= _CONTRAST
            if not isinstance(cell.get("column"), list) or not (cell["column"] or contrast):
                out.append(f"{where}: column is not a non-empty list")
            if not isinstance(cell.get("raw"), str) or not cell["raw"]:
                out.append(f"{where}: raw missing")
            values = cell.get("values")
            if not isinstance(values, dict):
                out.append(f"{where}: values is not a dict")
                continue
            for stat, value in values.items():
                if stat not in STATISTICS:
                    out.append(f"{where}: statistic {stat!r} not in the vocabulary")
                if not isinstance(value, int | float) or isinstance(value, bool):
                    out.append(f"{where}: {stat} is not a number")
            for stat in cell.get("qualifiers", {}):
                if stat not in STATISTICS:
                    out.append(f"{where}: qualifier for unknown statistic {stat!r}")
            if not values and not cell.get("qualifiers"):
                out.append(f"{where}: no values and no qualifiers")
    for entry in golden["text"]:
        for stat in entry["values"]:
            if stat not in STATISTICS:
                out.append(f"text {entry['raw']!r}: statistic {stat!r} not in the vocabulary")
    return out
