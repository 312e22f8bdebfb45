"""Hand-made records for the check tests: table cells (all the numbers of one printed cell share table, row,
column, page, bbox and raw) and prose statements (table "text", context = the sentence)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from schemas.findings import Finding
from schemas.records import Record
from trialex.checks import run_checks

Number = float | int | None


def cell(
    raw: str,
    values: dict[str, Number],
    *,
    table: str = "Table 1",
    row: Sequence[str] = ("Row",),
    column: Sequence[str] = ("Arm",),
    page: int = 1,
    arm: str | None = None,
    arm_n: int | None = None,
    section: str = "demographics",
    qualifiers: dict[str, str] | None = None,
    bbox: tuple[float, float, float, float] = (100.0, 100.0, 140.0, 108.0),
    **fields: Any,
) -> list[Record]:
    """The records of one table cell: one per statistic of ``values``."""
    qualifiers = qualifiers or {}
    out = []
    for statistic, value in values.items():
        out.append(
            Record(
                section=section,
                table=table,
                row=list(row),
                column=list(column),
                arm=arm,
                arm_n=arm_n,
                statistic=statistic,
                value=None if value is None else float(value),
                qualifier=qualifiers.get(statistic),
                raw=raw,
                page=page,
                bbox=bbox,
                **fields,
            )
        )
    return out


def statement(
    raw: str,
    values: dict[str, Number],
    *,
    page: int = 1,
    context: str | None = None,
    section: str = "efficacy",
    qualifiers: dict[str, str] | None = None,
    row: Sequence[str] = (),
    bbox: tuple[float, float, float, float] = (60.0, 300.0, 300.0, 310.0),
    **fields: Any,
) -> list[Record]:
    """The records of one prose statement (``row``: the term a prose reader may name, e.g. ["Diarrhea"])."""
    return cell(
        raw,
        values,
        table="text",
        row=row,
        column=(),
        page=page,
        section=section,
        qualifiers=qualifiers,
        bbox=bbox,
        context=context or raw,
        **fields,
    )


# ---------------------------------------------------------------------------------------------- grids

_NUM = r"-?\d+(?:\.\d+)?"


def parse(raw: str, kind: str) -> tuple[dict[str, Number], dict[str, str]]:
    """A tiny cell grammar for transcribing tables: n_pct "5 (41.7)" / "0"; median_range "47.5 (28-63)";
    ci "(10.9, 69.2)"; median_ci "2.6 (2.6 ~ NA)" / "NR (11.8 ~ NA)"; rate_ci "42.3 (13.5, 69.2)";
    mean_sd "37.8 ± 3.8"; value "11.2"."""
    text = raw.strip()
    nums = re.findall(_NUM, text)
    na = {"NA": "not available", "NR": "not reached"}
    if kind == "n_pct":
        if len(nums) == 1:
            return {"count": float(nums[0])}, {}
        return {"count": float(nums[0]), "percent": float(nums[1])}, {}
    if kind == "median_range":
        return {"median": float(nums[0]), "min": float(nums[1]), "max": float(nums[2].lstrip("-"))}, {}
    if kind == "ci":
        return {"ci_low": float(nums[0]), "ci_high": float(nums[1])}, {}
    if kind == "mean_sd":
        return {"mean": float(nums[0]), "sd": float(nums[1])}, {}
    if kind == "value":
        return {"value": float(nums[0])}, {}
    if kind in ("median_ci", "rate_ci"):
        head = "median" if kind == "median_ci" else "rate"
        parts = re.split(r"[\s(),~]+", text)
        parts = [p for p in parts if p]
        values: dict[str, Number] = {}
        qualifiers: dict[str, str] = {}
        for statistic, part in zip((head, "ci_low", "ci_high"), parts, strict=False):
            if part in na:
                values[statistic] = None
                qualifiers[statistic] = na[part]
            else:
                values[statistic] = float(part)
        return values, qualifiers
    raise ValueError(kind)


Column = tuple[tuple[str, ...], str | None, int | None]


Row = tuple[Sequence[str], str, Sequence[str | None]]


def grid(
    table: str,
    columns: Sequence[Column],
    rows: Sequence[Row],
    *,
    section: str,
    page: int = 1,
    pages: dict[int, int] | None = None,
    row_ns: Mapping[int, Sequence[int | None]] | None = None,
    **fields: Any,
) -> list[Record]:
    """A table: ``columns`` are (column labels, arm, arm_n); each row is (row labels, kind, raw per column;
    None for a blank or dash cell). ``pages`` maps a row index to the page it starts (a table continued on
    the next page); ``row_ns`` gives per-row arm_n (an in-body "n = ..." row)."""
    out: list[Record] = []
    current_page = page
    for i, (row, kind, raws) in enumerate(rows):
        current_page = (pages or {}).get(i, current_page)
        ns = (row_ns or {}).get(i)
        for j, ((column, arm, arm_n), raw) in enumerate(zip(columns, raws, strict=True)):
            if raw is None:
                continue
            values, qualifiers = parse(raw, kind)
            x0, top = 150.0 + 80.0 * j, 90.0 + 11.0 * i
            out += cell(
                raw,
                values,
                table=table,
                row=row,
                column=column,
                page=current_page,
                arm=arm,
                arm_n=ns[j] if ns is not None else arm_n,
                section=section,
                qualifiers=qualifiers,
                bbox=(x0, top, x0 + 40.0, top + 8.0),
                **fields,
            )
    return out


def findings_of(records: Sequence[Record], check: str) -> list[Finding]:
    """The findings one check reports over ``records`` (all checks run, strictly: a crash fails the test)."""
    return [f for f in run_checks(records, strict=True) if f.check == check]
