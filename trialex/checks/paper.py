"""What every check looks at: a paper's records regrouped into cells, tables and prose statements, and
every group size N the paper states, with where it states it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from schemas.records import Record
from trialex.checks.cells import Cell, group_cells
from trialex.checks.labels import joined


@dataclass(frozen=True, slots=True)
class KnownN:
    """A group size the paper prints: a column's N, an n/N cell's N, an N stated in the prose."""

    n: int
    where: str
    table: str


@dataclass
class Paper:
    records: list[Record]
    cells: list[Cell] = field(init=False)
    tables: dict[str, list[Cell]] = field(init=False)
    text: list[Cell] = field(init=False)
    known_ns: list[KnownN] = field(init=False)

    def __post_init__(self) -> None:
        self.cells = group_cells(self.records)
        self.tables = {}
        for cell in self.cells:
            if not cell.is_text:
                self.tables.setdefault(cell.table, []).append(cell)
        self.text = [c for c in self.cells if c.is_text]
        self.known_ns = _known_ns(self.cells)

    @classmethod
    def of(cls, records: Iterable[Record]) -> Paper:
        return cls(list(records))

    def other_ns(self, cell: Cell, *, anywhere: bool) -> list[KnownN]:
        """The Ns a percentage of ``cell`` might legitimately be of, one entry per distinct N: for a table
        cell those of its own table (and, ``anywhere``, of other tables and the prose); for a prose statement
        those of the tables, then those of the prose."""
        if cell.is_text:
            ordered = [k for k in self.known_ns if k.table != "text"] + [k for k in self.known_ns if k.table == "text"]
        else:
            ordered = [k for k in self.known_ns if k.table == cell.table]
            if anywhere:
                ordered += [k for k in self.known_ns if k.table not in (cell.table, "text")]
                ordered += [k for k in self.known_ns if k.table == "text"]
        seen: set[int] = set()
        out: list[KnownN] = []
        for known in ordered:
            if known.n not in seen:
                seen.add(known.n)
                out.append(known)
        return out


def _known_ns(cells: list[Cell]) -> list[KnownN]:
    out: list[KnownN] = []
    seen: set[tuple[int, str, str]] = set()

    def add(n: int | None, where: str, table: str) -> None:
        if n and n > 0 and (n, table, where) not in seen:
            seen.add((n, table, where))
            out.append(KnownN(n, where, table))

    for cell in cells:
        if cell.is_text:
            add(cell.denominator, f'the N of "{cell.raw}" (page {cell.page} text)', cell.table)
            add(cell.arm_n, f'the N of the group of "{cell.raw}" (page {cell.page} text)', cell.table)
        else:
            column = joined(cell.column) or cell.arm or "?"
            add(cell.arm_n, f'the N of {cell.table} column "{column}"', cell.table)
            add(cell.denominator, f'the N of {cell.table} cell "{cell.raw}"', cell.table)
    return out
