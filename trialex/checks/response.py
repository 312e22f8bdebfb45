"""Best overall response arithmetic per arm (RECIST 1.1 / RANO-BM vocabulary):

- orr-equals-cr-pr: ORR = CR + PR;
- dcr-equals-cr-pr-sd: DCR = CR + PR + SD (+ non-CR/non-PD where printed); a CBR (CR + PR + SD ≥ 24 weeks)
  may be smaller, never larger; a row that may be either ("DCR/CNS CBR") is held to the CBR rule;
- bor-sum-evaluable: CR + PR + SD + PD + NE (+ non-CR/non-PD) = the evaluable N of the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from extractors.regex import rx
from schemas.findings import Finding, Severity
from schemas.records import Record
from trialex.checks.cells import Cell
from trialex.checks.findings import finding
from trialex.checks.labels import bare, joined, norm
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper
from trialex.checks.rounding import fixed, printed

ORR_INFO = CheckInfo(
    id="orr-equals-cr-pr",
    title="ORR equals CR + PR",
    severity="error when the ORR count differs from CR + PR in the same column (warning when a label "
    "says 'confirmed', since confirmed and unconfirmed responses may be mixed); no finding without "
    "a CR row",
    compares="the ORR (objective/overall response) row vs the complete and partial response rows, per column",
    tolerance="counts exact; percentages (when no counts are printed) within the sum of their rounding units",
)
DCR_INFO = CheckInfo(
    id="dcr-equals-cr-pr-sd",
    title="DCR equals CR + PR + SD (CBR at most that)",
    severity="error when DCR or CBR exceeds CR + PR + SD (+ non-CR/non-PD); warning when a plain DCR "
    "falls short of it (a DCR definition requiring a minimum SD duration would explain it); no "
    "finding when a CBR (SD ≥ 24 weeks) is smaller",
    compares="the DCR / CBR row vs the complete response, partial response and stable disease rows, per column",
    tolerance="counts exact; percentages within the sum of their rounding units",
)
BOR_INFO = CheckInfo(
    id="bor-sum-evaluable",
    title="Best-response categories add up to the evaluable N",
    severity="error when CR + PR + SD + PD + NE exceed the column's N; warning when they fall short although "
    "a not-evaluable/unknown row is printed; info when they fall short and no such row is printed",
    compares="the counts of the best-overall-response categories of one column vs that column's N",
    tolerance="exact",
)

BOR_CATEGORIES = ("CR", "PR", "SD", "PD", "NE", "NCRNPD")
SUMMARIES = ("ORR", "DCR", "CBR", "DCR_OR_CBR")

_SD_DURATION = re.compile(r"[≥>]\s*\d|\d+\s*(?:weeks?|wks?|months?|mo)\b")


def category(label: str) -> str | None:
    """The response category a row label names, or None."""
    text = re.sub(r"\s*\((?:cr|pr|sd|pd|ne|orr|dcr|cbr)\)", "", bare(label))
    if text.startswith(("best overall response", "best response", "duration", "time to", "median")) or re.search(
        r"free|surviv|death|died|pd-?l?1\b|pd-l1", text
    ):
        return None
    has_dcr = re.search(r"\bdcr\b|disease control", text)
    has_cbr = re.search(r"\bcbr\b|clinical benefit", text)
    if has_dcr and has_cbr:
        return "DCR_OR_CBR"
    if re.search(r"non-?\s*cr\s*/?\s*non-?\s*pd", text):
        return "NCRNPD"
    if has_dcr or re.search(r"cr\s*\+\s*pr\s*\+\s*sd", text):
        return "DCR"
    if has_cbr:
        return "CBR"
    if re.search(r"\borr\b|objective response|overall response|cr\s*\+\s*pr\b", text):
        return "ORR"
    rules = (
        ("CR", r"(?:complete (?:response|remission)|cr|ccr)\b"),
        ("PR", r"(?:partial (?:response|remission)|pr)\b"),
        ("SD", r"(?:stable disease|sd)\b"),
        ("PD", r"(?:progressive disease|disease progression|progression|pd)\b"),
        (
            "NE",
            r"(?:not evaluable|non-?evaluable|not assessable|inevaluable|unevaluable|not evaluated|"
            r"not assessed|ne|na|unknown|missing|no assessment|unable to evaluate)\b",
        ),
    )
    for name, pattern in rules:
        if rx(pattern).match(text):
            if name == "SD" and _SD_DURATION.search(text):
                return "SD_LONG"
            return name
    return None


@dataclass
class Block:
    """The response rows of one column (one assessment, when a table prints several)."""

    table: str
    column: tuple[str, ...]
    rows: dict[str, Cell] = field(default_factory=dict)

    def get(self, *names: str) -> list[Cell] | None:
        found = [self.rows.get(name) for name in names]
        return None if any(c is None for c in found) else [c for c in found if c is not None]

    def where(self) -> str:
        return f'{self.table}, column "{joined(self.column)}"'


def blocks(paper: Paper) -> list[Block]:
    out: list[Block] = []
    for table, cells in paper.tables.items():
        by_column: dict[tuple[str, ...], list[tuple[str, Cell]]] = {}
        for cell in cells:
            name = category(cell.row[-1]) if cell.row else None
            if name and (cell.one("count") is not None or cell.one("percent") is not None):
                by_column.setdefault(cell.column, []).append((name, cell))
        for column, named in by_column.items():
            out.extend(_column_blocks(table, column, named))
    return out


def _column_blocks(table: str, column: tuple[str, ...], named: list[tuple[str, Cell]]) -> list[Block]:
    by_prefix: dict[tuple[str, ...], dict[str, list[Cell]]] = {}
    for name, cell in named:
        by_prefix.setdefault(cell.row[:-1], {}).setdefault(name, []).append(cell)
    result: list[Block] = []
    for rows in by_prefix.values():
        block = Block(table, column, {name: cells[0] for name, cells in rows.items() if len(cells) == 1})
        if any(name in block.rows for name in BOR_CATEGORIES):
            result.append(block)
    if len(result) == 1:
        column_counts: dict[str, int] = {}
        for name, _cell in named:
            column_counts[name] = column_counts.get(name, 0) + 1
        for name, cell in named:
            if name in SUMMARIES and column_counts[name] == 1:
                result[0].rows.setdefault(name, cell)
    return result


def _counts(cells: list[Cell]) -> list[int] | None:
    counts = [c.count() for c in cells]
    return None if any(c is None for c in counts) else [c or 0 for c in counts]


def _percents(cells: list[Cell]) -> tuple[list[Fraction], Fraction, int] | None:
    shown = [printed(r) if (r := c.one("percent")) is not None else None for c in cells]
    values = [p for p in shown if p is not None]
    if len(values) != len(cells):
        return None
    slack = sum((p.unit for p in values), Fraction(0))
    return [p.value for p in values], slack, max(p.decimals for p in values)


def _records(cells: list[Cell], statistic: str) -> list[Record]:
    return [r for c in cells for r in c.all(statistic)]


def _sum_rule(
    info: CheckInfo, block: Block, total_name: str, parts: list[str], label: str, allowed_short: bool
) -> Finding | None:
    """total == sum(parts) by counts (or percentages); ``allowed_short``: a total below the sum is
    legitimate (a CBR)."""
    cells = block.get(total_name, *parts)
    if cells is None:
        return None
    total, members = cells[0], cells[1:]
    texts = [f"{joined(c.row)}" for c in members]
    confirmed = any("confirm" in norm(joined(c.row)) for c in cells)
    counts = _counts(cells)
    if counts is not None:
        value, summed = counts[0], sum(counts[1:])
        if value == summed or (value < summed and allowed_short):
            return None
        addition = " + ".join(map(str, counts[1:]))
        severity: Severity = "warning" if confirmed or (value < summed and total_name == "DCR") else "error"
        message = (
            f'{block.where()}: {label} "{joined(total.row)}" is {value}, but {" + ".join(texts)} = '
            f"{addition} = {summed}"
        )
        if severity == "warning" and confirmed:
            message += " (a label says 'confirmed': confirmed and unconfirmed responses may be mixed)"
        elif severity == "warning":
            message += " (a DCR definition requiring a minimum duration of stable disease would explain it)"
        return finding(
            info.id,
            severity,
            message,
            _records(cells, "count"),
            expected=f"{summed} ({addition})",
            observed=f"{value}",
            tolerance="exact",
        )
    percents = _percents(cells)
    if percents is None:
        return None
    values, slack, decimals = percents
    value_pct, summed_pct = values[0], sum(values[1:], Fraction(0))
    if abs(value_pct - summed_pct) <= slack or (value_pct < summed_pct and allowed_short):
        return None
    message = (
        f'{block.where()}: {label} "{joined(total.row)}" is {fixed(value_pct, decimals)}%, but '
        f"{' + '.join(texts)} = {fixed(summed_pct, decimals)}%"
    )
    return finding(
        info.id,
        "error" if not confirmed else "warning",
        message,
        _records(cells, "percent"),
        expected=f"{fixed(summed_pct, decimals)}%",
        observed=f"{fixed(value_pct, decimals)}%",
        tolerance=f"±{fixed(slack, decimals)} (one rounding unit per printed percentage)",
    )


def run_orr(paper: Paper) -> list[Finding]:
    found = (_sum_rule(ORR_INFO, b, "ORR", ["CR", "PR"], "ORR", False) for b in blocks(paper))
    return [f for f in found if f is not None]


def run_dcr(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    for block in blocks(paper):
        for name in ("DCR", "CBR", "DCR_OR_CBR"):
            if name not in block.rows:
                continue
            parts = ["CR", "PR", "SD"] + (["NCRNPD"] if "NCRNPD" in block.rows else [])
            label = {"DCR": "DCR", "CBR": "CBR", "DCR_OR_CBR": "DCR/CBR"}[name]
            result = _sum_rule(DCR_INFO, block, name, parts, label, allowed_short=name != "DCR")
            if result is not None and "NCRNPD" in block.rows and name == "DCR":
                plain = _sum_rule(DCR_INFO, block, name, ["CR", "PR", "SD"], label, allowed_short=False)
                result = None if plain is None else result
            if result is not None:
                out.append(result)
    return out


def run_bor(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    for block in blocks(paper):
        if block.get("PR", "SD", "PD") is None:
            continue
        cells = [block.rows[name] for name in BOR_CATEGORIES if name in block.rows]
        counts = _counts(cells)
        ns = {c.arm_n for c in cells}
        if counts is None or len(ns) != 1 or None in ns:
            continue
        big_n = next(iter(ns)) or 0
        summed = sum(counts)
        if summed == big_n:
            continue
        names = [c.row[-1] for c in cells]
        addition = " + ".join(f"{n} {name}" for n, name in zip(counts, names, strict=True))
        severity: Severity
        if summed > big_n:
            severity = "error"
            message = (
                f"{block.where()}: the best-response categories add up to {summed} ({addition}), more than N = {big_n}"
            )
        else:
            severity = "warning" if "NE" in block.rows else "info"
            message = (
                f"{block.where()}: the best-response categories add up to {summed} ({addition}), "
                f"{big_n - summed} short of N = {big_n}"
            )
            message += (
                ""
                if "NE" in block.rows
                else "; no not-evaluable/unknown row is printed, which presumably holds the rest"
            )
        out.append(
            finding(
                BOR_INFO.id,
                severity,
                message,
                _records(cells, "count"),
                expected=f"{big_n}",
                observed=f"{summed}",
                tolerance="exact",
            )
        )
    return out


ORR_CHECK = Check(ORR_INFO, run_orr)
DCR_CHECK = Check(DCR_INFO, run_dcr)
BOR_CHECK = Check(BOR_INFO, run_bor)
