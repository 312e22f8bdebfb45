"""Row and column paths of a typeset table, as a reader of the printed page would give them.

Column path: the header labels above a column, top to bottom (spanning headers first).
Row path: outer stub labels (row-spanning stub cells), then the label-only group rows and parent rows
the row sits beneath (by indentation, or directly under a label-only group row), then its own label.
"n = ..." rows restate group sizes: they give `arm_n` to the rows below instead of being cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .inline import label, value_text
from .model import Cell, Row, Table

RowKind = Literal["spacer", "group", "nrow", "data"]

_N_EQ = re.compile(r"[nN]\s*=\s*(\d+)")
_DASHES = {"–", "—", "-", "−"}


@dataclass
class BodyCell:
    row_index: int
    column: int
    cell: Cell
    row_path: list[str]
    column_path: list[str]
    arm_n: int | None


def expand(rows: list[Row]) -> list[dict[int, tuple[Cell, bool]]]:
    """Each row's cells by grid column, with rowspans/colspans unfolded; bool = cell starts here."""
    grid: list[dict[int, tuple[Cell, bool]]] = [{} for _ in rows]
    for r, row in enumerate(rows):
        col = 0
        for cell in row.cells:
            while col in grid[r]:
                col += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if r + dr < len(rows):
                        grid[r + dr][col + dc] = (cell, dr == 0 and dc == 0)
            col += cell.colspan
    return grid


def column_paths(table: Table) -> dict[int, list[str]]:
    grid = expand(table.header)
    ncols = max((max(g, default=-1) + 1 for g in grid + expand(table.body)), default=0)
    paths: dict[int, list[str]] = {}
    for c in range(table.stub_cols, ncols):
        seen: set[int] = set()
        path: list[str] = []
        for row in grid:
            if c not in row or id(row[c][0]) in seen:
                continue
            seen.add(id(row[c][0]))
            text = label(row[c][0].content)
            if text:
                path.append(text)
        paths[c] = path
    return paths


def stub_header(table: Table) -> str:
    """The header text above the stub column(s) (e.g. "Parameter, mean (SD)")."""
    grid = expand(table.header)
    seen: set[int] = set()
    parts = []
    for row in grid:
        for c in range(table.stub_cols):
            if c in row and id(row[c][0]) not in seen:
                seen.add(id(row[c][0]))
                text = label(row[c][0].content)
                if text:
                    parts.append(text)
    return " ".join(parts)


def _n_of(labels: list[str]) -> int | None:
    for text in reversed(labels):
        m = _N_EQ.search(text)
        if m:
            return int(m.group(1))
    return None


def _values(table: Table, row: dict[int, tuple[Cell, bool]]) -> dict[int, str]:
    out = {}
    for c, (cell, origin) in row.items():
        if c < table.stub_cols or not origin:
            continue
        text = value_text(cell.content)
        if text and text not in _DASHES:
            out[c] = text
    return out


def _kind(table: Table, row: dict[int, tuple[Cell, bool]]) -> RowKind:
    stub = row.get(table.stub_cols - 1)
    text = label(stub[0].content) if stub and stub[1] else ""
    values = _values(table, row)
    if stub and stub[0].colspan > 1 and not values:
        return "group" if text else "spacer"
    if not values:
        return "group" if text else "spacer"
    if all(_N_EQ.fullmatch(v) for v in values.values()):
        return "nrow"
    return "data"


def walk(table: Table) -> list[BodyCell]:
    """Every non-blank value cell of the body with its row path, column path and arm_n."""
    grid = expand(table.body)
    kinds = [_kind(table, row) if not table.body[i].inner_header else "spacer" for i, row in enumerate(grid)]
    columns = column_paths(table)
    body_n: dict[int, int] = {}
    scoped_n: tuple[tuple[str, ...], dict[int, int]] | None = None
    stack: list[tuple[int, str]] = []
    flat_level: int | None = None
    out: list[BodyCell] = []
    inner = table.stub_cols - 1
    for i, row in enumerate(grid):
        kind = kinds[i]
        if table.body[i].inner_header:  # a header row inside the body: its labels replace the lowest level
            heads = {c: label(cell.content) for c, (cell, _) in row.items() if c >= table.stub_cols}
            columns = {c: [*path[:-1], heads[c]] if heads.get(c) else path for c, path in columns.items()}
        if kind == "spacer":
            stack.clear()
            flat_level = None
            continue
        stub = row.get(inner)
        own = label(stub[0].content) if stub and stub[1] else ""
        level = stub[0].indent if stub else 0
        outer = [label(row[c][0].content) for c in range(inner) if c in row]
        if flat_level is not None:
            if level < flat_level or (level == flat_level and kind != "data"):
                flat_level = None
            elif level == flat_level:
                level += 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents = [text for _, text in stack]
        path = [t for t in outer if t] + parents + ([own] if own else [])
        if own:
            stack.append((level, own))
        if kind == "group" or (kind == "nrow" and own):
            nxt = next((j for j in range(i + 1, len(grid)) if kinds[j] != "spacer"), None)
            nxt_stub = grid[nxt].get(inner) if nxt is not None else None
            if nxt is not None and kinds[nxt] == "data" and nxt_stub and nxt_stub[0].indent <= level:
                flat_level = level
        values = _values(table, row)
        if kind == "nrow":
            for c, v in values.items():  # an "n =" cell spanning several columns gives its N to each of them
                for k in range(c, c + row[c][0].colspan):
                    body_n[k] = int(_N_EQ.fullmatch(v).group(1))  # type: ignore[union-attr]
            scoped_n = None
            continue
        if kind != "data":
            continue
        if own.strip().lower() in ("n", "no.", "no"):
            scoped_n = (tuple(path[:-1]), {c: int(float(v)) for c, v in values.items() if v.isdigit()})
        elif scoped_n and tuple(path[: len(scoped_n[0])]) != scoped_n[0]:
            scoped_n = None
        for c, _text in sorted(values.items()):
            arm_n = None
            if scoped_n and own.strip().lower() not in ("n", "no.", "no") and c in scoped_n[1]:
                arm_n = scoped_n[1][c]
            elif c in body_n:
                arm_n = body_n[c]
            else:
                arm_n = _n_of(path) or _n_of(columns.get(c, []))
            cell = row[c][0]
            if cell.shared:
                out.append(BodyCell(i, c, cell, path, [], None))
                continue
            out.append(BodyCell(i, c, cell, path, columns.get(c, []), arm_n))
    return out
