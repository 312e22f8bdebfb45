"""Records regrouped into what was printed: table cells and prose statements.

The numbers of one table cell share table/row/column/page/bbox/raw ("5 (41.7)" gives a count and a percent
record); the numbers of one prose statement share page/bbox/raw. A :class:`Cell` is one of either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from schemas.records import Record
from trialex.checks.labels import is_ci_label, joined

#: statistics that are a point estimate a confidence interval can be about
ESTIMATES = ("hr", "or", "rr", "median", "geometric_mean", "mean", "rate", "percent", "value")

CellKey = tuple[str, tuple[str, ...], tuple[str, ...], int, tuple[float, float, float, float], str]


@dataclass(frozen=True, slots=True)
class Cell:
    """The records of one printed table cell or one prose statement, in extraction order."""

    records: tuple[Record, ...]

    @property
    def first(self) -> Record:
        return self.records[0]

    @property
    def table(self) -> str:
        return self.first.table

    @property
    def row(self) -> tuple[str, ...]:
        return tuple(self.first.row)

    @property
    def column(self) -> tuple[str, ...]:
        return tuple(self.first.column)

    @property
    def page(self) -> int:
        return self.first.page

    @property
    def raw(self) -> str:
        return self.first.raw

    @property
    def is_text(self) -> bool:
        return self.table == "text"

    @property
    def arm(self) -> str | None:
        return next((r.arm for r in self.records if r.arm), None)

    @property
    def arm_n(self) -> int | None:
        return next((r.arm_n for r in self.records if r.arm_n), None)

    @property
    def denominator(self) -> int | None:
        """The N printed in the cell or statement itself ("22 of 87", "528/1391")."""
        for r in self.records:
            if r.statistic == "denominator" and r.value is not None and r.value > 0 and r.value.is_integer():
                return int(r.value)
        return next((r.denominator for r in self.records if r.denominator), None)

    def all(self, statistic: str) -> list[Record]:
        return [r for r in self.records if r.statistic == statistic]

    def one(self, statistic: str) -> Record | None:
        """The record of that statistic when the cell holds exactly one, else None."""
        found = self.all(statistic)
        return found[0] if len(found) == 1 else None

    def number(self, statistic: str) -> float | None:
        record = self.one(statistic)
        return record.value if record is not None else None

    def count(self) -> int | None:
        """The cell's count when it is a whole number."""
        value = self.number("count")
        return int(value) if value is not None and value >= 0 and value.is_integer() else None

    def where(self) -> str:
        """Where a reviewer finds it: 'Table 4, row "…", column "…"' or 'page 3 text'."""
        if self.is_text:
            return f"page {self.page} text"
        parts = [self.table]
        if self.row:
            parts.append(f'row "{joined(self.row)}"')
        if self.column:
            parts.append(f'column "{joined(self.column)}"')
        return ", ".join(parts)

    def quote(self) -> str:
        """Where, plus the text as printed: 'Table 4, row "…", column "…" ("4 (36.4)", page 4)'."""
        if self.is_text:
            return f'"{self.raw}" (page {self.page} text)'
        return f'{self.where()} ("{self.raw}", page {self.page})'


def cell_key(record: Record) -> CellKey:
    return record.table, tuple(record.row), tuple(record.column), record.page, record.bbox, record.raw


def group_cells(records: Iterable[Record]) -> list[Cell]:
    """Records grouped into cells and statements, in order of first appearance."""
    groups: dict[CellKey, list[Record]] = {}
    for record in records:
        groups.setdefault(cell_key(record), []).append(record)
    return [Cell(tuple(group)) for group in groups.values()]


def has_interval(cell: Cell) -> bool:
    return bool(cell.all("ci_low") or cell.all("ci_high"))


def estimate_of(cell: Cell) -> Record | None:
    """The point estimate a cell's confidence interval is about: the first of ESTIMATES present."""
    for statistic in ESTIMATES:
        record = cell.one(statistic)
        if record is not None:
            return record
    return None


def interval_pairs(cells: list[Cell]) -> list[tuple[Cell, Cell]]:
    """(estimate cell, interval cell) pairs: the same cell ("25.3 (16.6–35.8)", a prose statement), a CI
    row indented under its estimate row ("ORR, n (%)" > "95% CI"), a CI row right after its estimate row,
    or a CI column beside its estimate column. Pairs are only made when unambiguous."""
    pairs: list[tuple[Cell, Cell]] = []
    for index, cell in enumerate(cells):
        if not has_interval(cell):
            continue
        if estimate_of(cell) is not None or cell.one("count") is not None or cell.is_text:
            pairs.append((cell, cell))
            continue
        partner = _partner(cells, index, cell)
        if partner is not None:
            pairs.append((partner, cell))
    return pairs


def _carries_estimate(cell: Cell) -> bool:
    return estimate_of(cell) is not None or cell.one("count") is not None


def _partner(cells: list[Cell], index: int, cell: Cell) -> Cell | None:
    same_table = [c for c in cells if c.table == cell.table and c is not cell]
    if cell.row and is_ci_label(cell.row[-1]):
        parents = [c for c in same_table if c.row == cell.row[:-1] and c.column == cell.column]
        if len(cell.row) > 1 and len(parents) == 1 and _carries_estimate(parents[0]):
            return parents[0]
        before = [c for c in cells[:index] if c.table == cell.table and c.column == cell.column]
        if (
            before
            and len(before[-1].row) == len(cell.row)
            and _carries_estimate(before[-1])
            and not has_interval(before[-1])
        ):
            return before[-1]
    if cell.column and is_ci_label(cell.column[-1]):
        beside = [
            c
            for c in same_table
            if c.row == cell.row and c.column[:-1] == cell.column[:-1] and _carries_estimate(c) and not has_interval(c)
        ]
        if len(beside) == 1:
            return beside[0]
    return None
