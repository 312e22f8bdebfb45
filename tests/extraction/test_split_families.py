"""One reading split across two sub-columns under each arm (the `split` zoo style, pattern H;
tests/typeset/zoo_split.py): "31 | 58" under a "No. (%)" span with no sub-heads, "0.683 | 0.307" under groups whose
legend says "mean and SD", "n | %" printed under the first arm only, "Median | Range" sub-heads over a row that states
its spread, and a pair nothing states. Each pair is one reading of its arm, typed by the nearest statement; a pair no
statement types is withheld with a finding, never read from its numbers."""

from __future__ import annotations

from collections.abc import Callable

from schemas.extraction import Extraction
from schemas.records import Record


def _table(extraction: Callable[[str], Extraction], pdf: str, table: str) -> list[Record]:
    records = [r for r in extraction(pdf).records if r.table == table]
    assert records, f"{pdf} {table}: nothing read"
    return records


def _by(records: list[Record], row: str) -> dict[tuple[str, str], float | None]:
    return {(r.column[-1] if r.column else "", r.statistic): r.value for r in records if r.row and r.row[-1] == row}


def test_pair_under_a_span_with_no_sub_heads_is_one_reading(extraction: Callable[[str], Extraction]) -> None:
    got = _by(_table(extraction, "zoo-split-vismodegib.pdf", "Table 1"), "Male")
    assert got[("GV (n = 53)", "count")] == 31 and got[("GV (n = 53)", "percent")] == 58
    assert got[("Total (N = 106)", "count")] == 58 and got[("Total (N = 106)", "percent")] == 55
    aes = _by(_table(extraction, "zoo-split-vismodegib.pdf", "Table 2"), "Neutropenia")
    assert aes[("GP (n = 53)", "count")] == 12 and aes[("GP (n = 53)", "percent")] == 23


def test_pair_stated_by_a_legend_is_mean_and_sd(extraction: Callable[[str], Extraction]) -> None:
    got = _by(_table(extraction, "zoo-split-ch1418.pdf", "Table 4"), "CL (L/d)")
    assert got[("ch14.18-UTC (n = 26)", "mean")] == 0.683
    assert got[("ch14.18-UTC (n = 26)", "sd")] == 0.307
    assert not [k for k in got if k[1] in ("count", "percent")]


def test_sub_heads_under_the_first_arm_only(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-split-trabedersen.pdf", "Table 4")
    first = {(r.arm_n, r.statistic): r.value for r in records if r.row and r.row[-1] == "Brain edema"}
    assert first[(41, "count")] == 11 and first[(41, "percent")] == 27
    assert first[(49, "count")] == 10 and first[(49, "percent")] == 20
    assert first[(45, "count")] == 2 and first[(45, "percent")] == 4


def test_a_row_naming_its_spread_is_no_numeric_header(extraction: Callable[[str], Extraction]) -> None:
    records = _table(extraction, "zoo-split-pertuzumab.pdf", "Table 1")
    age = {(r.statistic, r.value) for r in records if r.row and r.row[-1] == "Median (min–max)"}
    assert {("median", 67), ("min", 29), ("max", 76), ("median", 59)} <= age
    assert not [r for r in records if any(any(ch.isdigit() for ch in label) for label in r.column[1:])]


def test_a_pair_nothing_states_is_withheld(extraction: Callable[[str], Extraction]) -> None:
    ex = extraction("zoo-split-pertuzumab.pdf")
    read = [r for r in ex.records if r.table == "Table 4" and r.row and r.row[-1] == "Partial response"]
    assert not read, read
    unread = [
        f for f in ex.findings if f.table == "Table 4" and f.check == "cell-unread" and "Partial response" in f.message
    ]
    assert len(unread) >= 4
