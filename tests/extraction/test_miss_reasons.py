"""trialex/miss_reasons.py: why golden values were missed, as masked reasons (``bench/accuracy.py --reasons``)."""

from __future__ import annotations

from schemas.findings import Finding, FindingValue
from schemas.records import Record
from trialex.evaluate import compare
from trialex.miss_reasons import masked, miss_reasons, spread


def _record(table: str, row: str, column: str, statistic: str, value: float, raw: str) -> Record:
    return Record(
        section="efficacy",
        table=table,
        row=[row],
        column=[column],
        statistic=statistic,
        value=value,
        raw=raw,
        page=1,
        bbox=(0, 0, 1, 1),
    )


def test_the_reason_is_the_extractors_wording_with_the_papers_words_and_numbers_masked() -> None:
    message = "Table 2, LVEF, % / Week 24: '54.1 (7.9)' was not read: a (b) with decimals: not a count"
    assert masked(message) == "a (b) with decimals: not a count"
    prose = "page 3: 'occurred in 12 of 40 patients' was not read as data: its group \"the A arm\" is 2 words"
    assert masked(prose) == "its group … is # words"


def test_each_miss_is_put_under_the_finding_or_the_record_that_holds_it() -> None:
    golden = {
        "pdf": "paper.pdf",
        "tables": [
            {
                "table": "Table 2",
                "section": "efficacy",
                "cells": [
                    {
                        "row": ["ORR"],
                        "column": ["Drug A"],
                        "raw": "12 (30.0)",
                        "values": {"count": 12, "percent": 30.0},
                    },
                    {"row": ["DCR"], "column": ["Drug A"], "raw": "20 (50.0)", "values": {"count": 20}},
                    {"row": ["PFS"], "column": ["Drug A"], "raw": "5.1 (1.2)", "values": {"mean": 5.1}},
                ],
            },
            {
                "table": "Table 3",
                "section": "efficacy",
                "cells": [{"row": ["OS"], "column": ["Drug A"], "raw": "9", "values": {"count": 9}}],
            },
        ],
    }
    records = [_record("Table 2", "Disease control", "Drug A", "count", 20.0, "20 (50.0)")]
    unread = Finding(
        check="cell-unread",
        severity="warning",
        message="Table 2, ORR / Drug A: '12 (30.0)' was not read: a (b): the table does not say whether this is n (%)",
        values=[FindingValue(label="Table 2 / ORR", value=12.0, raw="12 (30.0)", page=1)],
    )
    report = compare(golden, records)
    reasons = miss_reasons(report.misses, records, [unread])
    assert reasons[("table", "a (b): the table does not say whether this is n (%)")] == 2
    assert reasons[("table", "a record holds the number under other labels or statistic")] == 1
    assert reasons[("table", "no record or finding holds it")] == 1  # the PFS cell: nothing holds "5.1 (1.2)"
    assert reasons[("table", "its table has no record")] == 1


def test_spread_names_no_file_and_says_how_concentrated_the_misses_are() -> None:
    assert spread([0, 0]) == "none"
    assert spread([5, 0, 300, 20, 1]) == "326 in 4 of 5 files; the largest 3 hold 100% (300, 20, 5)"
    assert spread([10, 10]) == "20 in 2 of 2 files; the largest 2 hold 100% (10, 10)"
    assert spread([1, 1, 1, 1]).endswith("the largest 3 hold 75% (1, 1, 1)")
