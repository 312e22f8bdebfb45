"""A column read as "n (%)" whose percentages mostly fit no N is another statistic: withheld, reported.

One cell whose percentage does not match is a printed slip: kept, and the check reports it."""

from __future__ import annotations

from extractors.percent_veto import MIN_CELLS, veto_percentages
from schemas.extraction import TableSummary
from schemas.records import Record
from trialex.checks import run_checks


def _cell(row: str, column: str, n: int, pct: float, y: float, arm_n: int = 200) -> list[Record]:
    common = {
        "section": "efficacy",
        "table": "Table 2",
        "row": [row],
        "column": [column],
        "arm": column,
        "arm_n": arm_n,
        "raw": f"{n} ({pct:g})",
        "page": 3,
        "bbox": (100.0 if column == "A" else 200.0, y, 140.0 if column == "A" else 240.0, y + 8),
    }
    return [Record(statistic="count", value=n, **common), Record(statistic="percent", value=pct, **common)]


def _run(records: list[Record]) -> tuple[list[Record], list[str]]:
    summary = TableSummary(
        table="Table 2", title="Outcomes", section="efficacy", pages=[3], cells=0, records=len(records)
    )
    kept, out = veto_percentages(records, [summary])
    assert summary.records == len(kept)
    return kept, [f.message for f in out if f.check == "cell-unread"]


def test_a_column_of_rates_read_as_percentages_is_withheld_and_reported() -> None:
    # column A: events (rate per 100 patient-years) read as n (%): 12/200 is 6.0%, not 3.1%
    rates = [("Death", 12, 3.1), ("MI", 20, 5.3), ("Stroke", 8, 2.0), ("Bleeding", 30, 8.2)]
    # column B: true n (%) of N = 200
    counts = [("Death", 10, 5.0), ("MI", 22, 11.0), ("Stroke", 9, 4.5), ("Bleeding", 31, 15.5)]
    records = [r for i, (row, n, p) in enumerate(rates) for r in _cell(row, "A", n, p, 100 + 10 * i)]
    records += [r for i, (row, n, p) in enumerate(counts) for r in _cell(row, "B", n, p, 100 + 10 * i)]
    kept, unread = _run(records)
    assert {r.column[0] for r in kept} == {"B"}
    assert len(kept) == 8
    assert len(unread) == 4 and all("fit no N up to" in m for m in unread)


def test_a_single_printed_slip_is_kept_for_the_check_to_report() -> None:
    rows = [("Death", 10, 5.0), ("MI", 22, 11.0), ("Stroke", 9, 4.5), ("Bleeding", 31, 51.5)]
    records = [r for i, (row, n, p) in enumerate(rows) for r in _cell(row, "B", n, p, 100 + 10 * i)]
    findings = run_checks(records)
    assert any(f.check == "percent-vs-count" and f.severity == "error" for f in findings)
    kept, unread = _run(records)
    assert kept == records and not unread


def test_fewer_failing_cells_than_the_minimum_are_slips_even_in_a_short_column() -> None:
    rows = [("Death", 12, 3.1), ("MI", 20, 5.3)][: MIN_CELLS - 1]
    records = [r for i, (row, n, p) in enumerate(rows) for r in _cell(row, "A", n, p, 100 + 10 * i)]
    kept, unread = _run(records)
    assert kept == records and not unread
