"""percent-vs-count: the x of "n (x%)" and of "n/N (x%)" is 100·n/N under some legitimate rounding."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from schemas.findings import Finding, Severity
from schemas.records import Record
from trialex.checks.cells import Cell
from trialex.checks.findings import finding
from trialex.checks.labels import joined, norm
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import KnownN, Paper
from trialex.checks.rounding import (
    Printed,
    denominator_window,
    fits,
    fixed,
    percent_of,
    percent_text,
    printed,
    qualifier,
    slack_text,
)

INFO = CheckInfo(
    id="percent-vs-count",
    title="A percentage matches its count and denominator",
    severity=(
        "error when an n/N (x%) cell or statement does not fit its own printed N, or when a table cell's "
        "percentage fits no N the table states and no smaller N; warning when it fits another N of the table "
        "(or, for prose, of the paper), the same unstated N as other cells of its column, or an N smaller than "
        "the column's (patients with data for that row); no finding when no N is known"
    ),
    compares=(
        "count and percent of one table cell or prose statement, against the cell's own N (n/N cells), else "
        "the column/arm N (arm_n); other Ns of the table, the paper's Ns and the numerator that would fit "
        "are named in the message"
    ),
    tolerance=(
        "exact for the printed precision (0, 1 or 2 decimals as printed): accepted when half-up, half-even, "
        "truncated or double rounding of 100·n/N gives the printed digits; '<x' / '>x' percentages must "
        "be below / above x"
    ),
)


@dataclass(frozen=True, slots=True)
class Miss:
    cell: Cell
    count: Record
    percent: Record
    n: int
    big_n: int
    own: bool
    shown: Printed
    ok: Callable[[int, int], bool]


def _acceptor(percent: Record, shown: Printed) -> Callable[[int, int], bool] | None:
    sign = qualifier(percent) or ""
    if not sign:
        near = float(shown.value)
        unit = 10.0**-shown.decimals + 1e-9

        def ok(n: int, big_n: int) -> bool:
            # every legitimate rounding lands within one printed unit: refuse the rest in floating point
            # before the exact (Fraction) rounding rules
            return abs(100.0 * n / big_n - near) < unit and fits(percent_of(n, big_n), shown.value, shown.decimals)

        return ok
    if sign in ("<", "≤", "<="):
        return lambda n, big_n: percent_of(n, big_n) <= shown.value
    if sign in (">", "≥", ">="):
        return lambda n, big_n: percent_of(n, big_n) >= shown.value
    return None


def _miss(cell: Cell) -> Miss | None:
    count, percent = cell.one("count"), cell.one("percent")
    n = cell.count()
    if count is None or percent is None or percent.value is None or n is None:
        return None
    own = cell.denominator
    big_n = own or cell.arm_n
    shown = printed(percent)
    if not big_n or shown is None:
        return None
    ok = _acceptor(percent, shown)
    if ok is None or (n <= big_n and ok(n, big_n)):
        return None
    return Miss(cell, count, percent, n, big_n, own is not None, shown, ok)


def _fitting_ns(miss: Miss) -> set[int]:
    """Every N (up to ten times the stated one) the printed percentage of this count fits."""
    if miss.n == 0 or miss.shown.value <= 0:
        return set()
    centre = Fraction(100 * miss.n) / miss.shown.value
    low = max(miss.n, 1, int(centre * Fraction(9, 10)) - 2)
    high = min(low + 20000, int(centre * Fraction(11, 10)) + 2)
    if qualifier(miss.percent):
        return {k for k in range(low, high + 1) if miss.ok(miss.n, k)}
    window = denominator_window(miss.n, miss.shown.value, miss.shown.decimals, high)
    return {k for k in window if k >= low and miss.ok(miss.n, k)}


def _shared_n(miss: Miss, misses: list[Miss]) -> tuple[int, list[Miss]] | None:
    """An unstated N that this miss and other misses of its column all fit (e.g. patients with data)."""
    if miss.own or miss.cell.is_text:
        return None
    mine = _fitting_ns(miss) - {miss.big_n}
    peers = [
        m
        for m in misses
        if m is not miss
        and not m.own
        and m.cell.table == miss.cell.table
        and m.cell.column == miss.cell.column
        and m.n > 0
    ]
    best: tuple[int, list[Miss]] | None = None
    for candidate in sorted(mine):
        sharing = [m for m in peers if m.n <= candidate and m.ok(m.n, candidate)]
        if sharing and (best is None or len(sharing) > len(best[1])):
            best = (candidate, sharing)
    return best


_LEFTOVER = ("missing", "unknown", "not reported", "not available", "n/a", "na", "not known")


def _group_n(paper: Paper, miss: Miss) -> tuple[int, str, int] | None:
    """An unstated N that every category of the miss's group fits, in its column: percentages of patients
    with data ("Race": White, Black, Asian, with a "Missing" row printed without a percentage). Returns
    (N', group label, number of sibling categories that fit it)."""
    cell = miss.cell
    if miss.own or cell.is_text or len(cell.row) < 2:
        return None
    siblings: list[tuple[int, Callable[[int, int], bool]]] = []
    missing = 0
    for other in paper.tables.get(cell.table, []):
        if other is cell or other.column != cell.column or other.row[:-1] != cell.row[:-1]:
            continue
        n, percent = other.count(), other.one("percent")
        shown = printed(percent) if percent is not None else None
        ok = _acceptor(percent, shown) if percent is not None and shown is not None else None
        if n is not None and ok is not None:
            siblings.append((n, ok))
        elif n is not None and norm(other.row[-1]) in _LEFTOVER:
            missing += n
    if not any(n > 0 for n, _ok in siblings):
        return None
    candidates = sorted(_fitting_ns(miss) - {miss.big_n}, key=lambda k: (k != miss.big_n - missing, k))
    for candidate in candidates:
        if all(n <= candidate and ok(n, candidate) for n, ok in siblings):
            return candidate, joined(cell.row[:-1]), len(siblings)
    return None


def _numerators(miss: Miss) -> list[int]:
    guess = int(miss.shown.value * miss.big_n / 100)
    return [
        m for m in range(max(0, guess - 1), min(miss.big_n, guess + 2) + 1) if m != miss.n and miss.ok(m, miss.big_n)
    ]


def _alternatives(paper: Paper, miss: Miss) -> list[KnownN]:
    return [
        k
        for k in paper.other_ns(miss.cell, anywhere=miss.cell.is_text)
        if k.n != miss.big_n and k.n >= miss.n and miss.ok(miss.n, k.n)
    ]


def _fewer_with_data(miss: Miss) -> int | None:
    """For a table cell: the largest N below the column N that the printed percentage fits (a row whose
    percentage is of the patients with data), if any. Never for a statement with its own N."""
    if miss.own or miss.cell.is_text:
        return None
    if not qualifier(miss.percent):
        window = denominator_window(miss.n, miss.shown.value, miss.shown.decimals, miss.big_n - 1)
        return next((k for k in reversed(window) if k > max(miss.n, 0) and miss.ok(miss.n, k)), None)
    for candidate in range(miss.big_n - 1, max(miss.n, 0), -1):
        if miss.ok(miss.n, candidate):
            return candidate
    return None


def _report(paper: Paper, miss: Miss, misses: list[Miss]) -> Finding:
    cell, n, big_n, shown = miss.cell, miss.n, miss.big_n, miss.shown
    true = percent_of(n, big_n)
    whose = "the N printed with it" if miss.own else f"the N of {cell.arm or 'its column'}"
    expected = f"{fixed(true, shown.decimals)}% ({n}/{big_n})"
    observed = f"{qualifier(miss.percent) or ''}{shown.text}%"
    if n > big_n:
        text = f"{cell.quote()}: the count {n} exceeds N = {big_n} ({whose})"
    else:
        text = (
            f"{cell.quote()}: {n}/{big_n} = {percent_text(true)}, which prints as "
            f"{fixed(true, shown.decimals)}%, not {observed} (N = {big_n} is {whose})"
        )
    alternatives = _alternatives(paper, miss)
    group = None if alternatives else _group_n(paper, miss)
    shared = None if alternatives or group else _shared_n(miss, misses)
    severity: Severity
    if alternatives:
        alt = alternatives[0]
        text += f"; {observed} matches {n}/{alt.n} ({alt.where}), not {n}/{big_n}"
        severity = "error" if miss.own else "warning"
        text += (
            " — a wrong denominator: the statement's own N does not fit"
            if miss.own
            else " — probably computed on a different denominator"
        )
    elif group is not None:
        other_n, label, count = group
        others = f'the other {count} "{label}" categor{"y" if count == 1 else "ies"}'
        text += (
            f"; {observed} fits {n}/{other_n}, and so do {others} of this column — percentages "
            f"probably of the {other_n} patients with data"
        )
        severity = "warning"
    elif shared is not None:
        other_n, peers = shared
        text += (
            f"; {observed} fits {n}/{other_n}, and {len(peers)} other cell(s) of this column fit "
            f"the same unstated N = {other_n} (e.g. {peers[0].cell.quote()}) — percentages probably of "
            f"patients with data rather than of the column N"
        )
        severity = "warning"
    elif (fewer := _fewer_with_data(miss)) is not None:
        # the percentage is of fewer patients than the column N: explicable by missing data for this row
        text += (
            f"; {observed} fits {n}/{fewer} — fewer than the column N, as when the percentage is of the "
            f"patients with data for this row (the table does not say so)"
        )
        severity = "warning"
    else:
        numerators = _numerators(miss)
        if numerators:
            text += f"; {observed} of {big_n} would be {' or '.join(map(str, numerators))}, not {n}"
        scope = "the paper states" if cell.is_text else f"of {cell.table}"
        text += (
            "; the N printed with it does not fit"
            if miss.own
            else f"; no N {scope} and no legitimate rounding explains it"
        )
        severity = "error"
    records = [miss.count, miss.percent, *cell.all("denominator")]
    return finding(
        INFO.id, severity, text, records, expected=expected, observed=observed, tolerance=slack_text(shown.decimals)
    )


def run(paper: Paper) -> list[Finding]:
    misses = [m for m in (_miss(cell) for cell in paper.cells) if m is not None]
    return [_report(paper, miss, misses) for miss in misses]


CHECK = Check(INFO, run)
