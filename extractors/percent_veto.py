"""A column read as "n (x%)" whose percentages mostly fit no N of its group: withheld, reported.

Typing vetoes a count and percentage against the cell's own N (``extractors/vetoes.py``), but a reading a
statement of the table gives outright is emitted even when one cell's percentage does not match its count:
one such cell is a printed slip, which the consistency check reports (``trialex.checks.percent``). A
percentage of a group's patients has that group's N as its denominator, or a smaller one (patients with data
for the row), never a larger one. When the percentages of *most* cells of one column cannot be the count over
any N up to the group's (at least ``MIN_CELLS`` cells and half of the column's count-and-percent cells), the
slips are not slips: the column is another statistic ("events (rate per 100 patient-years)", a percentage
of events) and its reading is wrong. Every count and percentage of the column is then withheld, each cell
reported ``cell-unread`` with the arithmetic that refuted it. Cells with their own N ("n/N (x%)") are typed
against it already; prose is left to the check's findings (text and table may disagree; the reader must see
it).
"""

from __future__ import annotations

from collections import defaultdict

from schemas.extraction import TableSummary
from schemas.findings import Finding, FindingValue
from schemas.records import Record
from trialex.checks.rounding import printed

MIN_CELLS = 3  # fewer failing cells than this in a column are printed slips, reported and kept
_PAIR = ("count", "percent")

Key = tuple[int, tuple[float, ...]]
Column = tuple[str, tuple[str, ...]]


def _key(record: Record) -> Key:
    return (record.page, tuple(round(x, 2) for x in record.bbox))


def smallest_n(count: Record, percent: Record) -> float | None:
    """The smallest N whose 100·count/N any legitimate rounding prints as this percentage (one printed unit
    of slack, as every rounding lands within it); None when no N can (a percentage of 0 for a count above 0,
    a qualified or unprintable percentage)."""
    shown = printed(percent)
    if count.value is None or shown is None or percent.qualifier:
        return None
    unit = 10.0**-shown.decimals
    p = float(shown.value)
    if count.value == 0:
        return 1.0 if p < unit else None
    return 100.0 * count.value / (p + unit)


def _fits_no_n(cell: list[Record]) -> bool | None:
    """True when the cell's percentage is no count over an N up to its group's; None when it can't tell."""
    count = next((r for r in cell if r.statistic == "count"), None)
    percent = next((r for r in cell if r.statistic == "percent"), None)
    if count is None or percent is None or count.arm_n is None or count.denominator is not None:
        return None
    if percent.qualifier or percent.value is None or count.value is None:
        return None
    low = smallest_n(count, percent)
    return low is None or low > count.arm_n + 0.5 or count.value > count.arm_n


def veto_percentages(records: list[Record], tables: list[TableSummary]) -> tuple[list[Record], list[Finding]]:
    """Records without the columns whose percentages mostly fit no N of their group, and a finding per cell
    withheld. ``tables``' record counts are updated in place."""
    cells: dict[Column, dict[Key, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        if record.table != "text" and record.statistic in _PAIR:
            cells[(record.table, tuple(record.column))][_key(record)].append(record)
    refuted: dict[Key, Column] = {}
    for column, by_cell in cells.items():
        verdicts = {k: _fits_no_n(cell) for k, cell in by_cell.items()}
        told = [v for v in verdicts.values() if v is not None]
        bad = sum(told)
        if bad >= MIN_CELLS and 2 * bad >= len(told):
            refuted.update({k: column for k, v in verdicts.items() if v is not None})
    if not refuted:
        return records, []
    kept = [r for r in records if r.table == "text" or r.statistic not in _PAIR or _key(r) not in refuted]
    findings: list[Finding] = []
    for key, place in refuted.items():
        cell = cells[place][key]
        first = cell[0]
        count = next(r for r in cell if r.statistic == "count")
        percent = next(r for r in cell if r.statistic == "percent")
        low = smallest_n(count, percent)
        fit = f"it would need N >= {low:.0f}" if low is not None else "no N gives it"
        where = " / ".join([*first.row[-1:], *first.column[-1:]])
        findings.append(
            Finding(
                check="cell-unread",
                severity="warning",
                table=place[0],
                page=first.page,
                message=(
                    f"{place[0]}, {where}: '{first.raw}' was not read: read as count (percent) of N = "
                    f"{count.arm_n}, {percent.value:g}% of {count.value:g} patients: {fit}; most percentages of "
                    f"its column fit no N up to their group's, so the column is another statistic"
                ),
                values=[
                    FindingValue(
                        label=f"{place[0]} / {where}", value=None, raw=first.raw, page=first.page, bbox=first.bbox
                    )
                ],
            )
        )
    dropped: dict[str, int] = defaultdict(int)
    for record in records:
        if record.table != "text" and record.statistic in _PAIR and _key(record) in refuted:
            dropped[record.table] += 1
    for summary in tables:
        summary.records -= dropped.get(summary.table, 0)
    return kept, findings
