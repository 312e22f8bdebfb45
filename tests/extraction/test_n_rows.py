"""A row "n | 15 | 12" sets the groups' N for the rows below it; its own counts are of the groups' N as the
header states it, not of themselves (they were read as "12 of 12")."""

from __future__ import annotations

from collections.abc import Callable

from schemas.extraction import Extraction


def test_an_n_rows_counts_are_of_the_header_n_and_the_rows_below_take_them(
    extraction: Callable[[str], Extraction],
) -> None:
    records = [r for r in extraction("jats-pertuzumab-trastuzumab-gastric-ph2a-bjc2014.pdf").records]
    cycle3 = [r for r in records if r.table == "Table 4" and r.row[:1] == ["End of Cycle 3"]]
    n_row = sorted((r.value, r.arm_n) for r in cycle3 if r.row[-1] == "n")
    assert n_row == [(12.0, 15), (15.0, 15)]
    partial = sorted((r.value, r.arm_n) for r in cycle3 if r.row[-1] == "Partial response" and r.statistic == "count")
    assert partial == [(7.0, 12), (10.0, 15)]
