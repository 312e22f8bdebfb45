"""total-vs-arms: a "Total"/"Overall"/"All patients" column is the sum of the arm columns it totals.

Which columns a total adds up is decided carefully: the columns under the same spanning header as the total
("TNBC" over "50 mg/m²", "70 mg/m²", "Total"); without a spanning header, the one set of columns whose Ns add
up to the total's N. A pooled column of another cohort (the seed's "HER2-negative BCBM" beside the TNBC
total) is therefore never added in. Without Ns, nothing is compared.
"""

from __future__ import annotations

import re
from itertools import combinations

from schemas.findings import Finding, FindingValue
from trialex.checks.cells import Cell
from trialex.checks.findings import finding
from trialex.checks.labels import is_total, joined, norm
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper

INFO = CheckInfo(
    id="total-vs-arms",
    title="A total column is the sum of its arm columns",
    severity=(
        "error when a total column's count differs from the sum of its arms' counts, or when the total's N "
        "differs from the sum of the arm Ns under the same spanning header (and no other set of columns adds "
        "up to it); no finding when it cannot be told which columns the total adds up"
    ),
    compares="per row, the count of the Total/Overall column vs the sum of the counts of its arm columns; "
    "the total's N vs the sum of the arm Ns",
    tolerance="exact (counts and Ns are whole numbers)",
)

_MAX_SEARCH = 12

Column = tuple[str, ...]


def _total_level(column: Column) -> int | None:
    return next((i for i, label in enumerate(column) if is_total(label)), None)


def _unique_subset(total_n: int, cells: list[Cell]) -> list[Cell] | None:
    """The one set of two or more cells whose Ns add up to ``total_n``, if exactly one exists."""
    if len(cells) > _MAX_SEARCH or any(c.arm_n is None for c in cells):
        return None
    found = [
        list(combo)
        for size in range(2, len(cells) + 1)
        for combo in combinations(cells, size)
        if sum(c.arm_n or 0 for c in combo) == total_n
    ]
    return found[0] if len(found) == 1 else None


def _n_value(cell: Cell) -> FindingValue:
    return FindingValue(
        label=f"{cell.table} / {joined(cell.column)} / N",
        value=float(cell.arm_n or 0),
        raw=joined(cell.column),
        page=cell.page,
        bbox=None,
    )


class _TotalColumn:
    def __init__(self, table: str, column: Column, level: int, columns: list[Column]) -> None:
        self.table, self.column = table, column
        prefix = column[:level]
        group = [
            c for c in columns if c != column and len(c) > level and c[:level] == prefix and _total_level(c) is None
        ]
        self.header_group = group if prefix and len(group) >= 2 else None
        self.reported_ns: set[tuple[int, ...]] = set()

    def arms(self, total: Cell, row: dict[Column, Cell]) -> tuple[list[Cell] | None, Finding | None]:
        """The arm cells of this row that the total adds up, or a finding when the Ns do not add up."""
        total_n = total.arm_n
        if total_n is None:
            return None, None
        others = [cell for column, cell in row.items() if column != self.column and _total_level(column) is None]
        if self.header_group is not None:
            group = [row[c] for c in self.header_group if c in row]
            if len(group) == len(self.header_group) and all(c.arm_n is not None for c in group):
                if sum(c.arm_n or 0 for c in group) == total_n:
                    return group, None
                subset = _unique_subset(total_n, others)
                if subset is not None:
                    return subset, None
                return None, self._n_mismatch(total, group)
            return None, None
        return _unique_subset(total_n, others), None

    def _n_mismatch(self, total: Cell, group: list[Cell]) -> Finding | None:
        ns = tuple(c.arm_n or 0 for c in group)
        if ns in self.reported_ns:
            return None
        self.reported_ns.add(ns)
        addition = " + ".join(map(str, ns))
        message = (
            f'{self.table}: the N of column "{joined(self.column)}" is {total.arm_n}, but the columns '
            f"under the same header add up to {addition} = {sum(ns)} "
            f"({', '.join(joined(c.column) for c in group)})"
        )
        return finding(
            INFO.id,
            "error",
            message,
            [],
            expected=f"{sum(ns)}",
            observed=f"{total.arm_n}",
            tolerance="exact",
            extra=[_n_value(total), *(_n_value(c) for c in group)],
            table=self.table,
        )


_NOT_ADDITIVE = re.compile(r"\b(?:median|mean|average|range|iqr|interquartile|sd|min|max|minimum|maximum)\b")


def _count_mismatch(total: Cell, arms: list[Cell]) -> Finding | None:
    if _NOT_ADDITIVE.search(norm(joined(total.row))):
        return None  # a median or a range read as a count does not add up across arms
    total_count = total.count()
    counts = [c.count() for c in arms]
    if total_count is None or any(c is None for c in counts):
        return None
    summed = sum(c or 0 for c in counts)
    if summed == total_count:
        return None
    addition = " + ".join(str(c) for c in counts)
    names = ", ".join(f'"{joined(c.column)}"' for c in arms)
    message = (
        f'{total.table}, row "{joined(total.row)}": the total column "{joined(total.column)}" prints '
        f"{total_count}, but its arms ({names}) add up to {addition} = {summed}"
    )
    records = [r for cell in (total, *arms) for r in cell.all("count")]
    return finding(
        INFO.id,
        "error",
        message,
        records,
        expected=f"{summed} ({addition})",
        observed=f"{total_count}",
        tolerance="exact",
    )


def _check_table(table: str, cells: list[Cell]) -> list[Finding]:
    columns: list[Column] = []
    rows: dict[tuple[str, ...], dict[Column, Cell]] = {}
    for cell in cells:
        if cell.column and cell.column not in columns:
            columns.append(cell.column)
        rows.setdefault(cell.row, {}).setdefault(cell.column, cell)
    out: list[Finding] = []
    for column in columns:
        level = _total_level(column)
        if level is None:
            continue
        total_column = _TotalColumn(table, column, level, columns)
        for row in rows.values():
            total = row.get(column)
            if total is None or total.count() is None:
                continue
            arms, problem = total_column.arms(total, row)
            if problem is not None:
                out.append(problem)
            if arms is not None:
                mismatch = _count_mismatch(total, arms)
                if mismatch is not None:
                    out.append(mismatch)
    return out


def run(paper: Paper) -> list[Finding]:
    return [f for table, cells in paper.tables.items() for f in _check_table(table, cells)]


CHECK = Check(INFO, run)
