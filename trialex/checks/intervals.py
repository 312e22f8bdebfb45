"""ci-clopper-pearson: the printed CI of a response rate (count n of N) is the exact binomial interval.

Oncology papers use Clopper-Pearson; a CI that is instead the Wilson, Wald (with or without continuity
correction), Agresti-Coull or Jeffreys interval is a legitimate variant and only noted. A CI that fits the
exact interval of another N of the paper, or at another confidence level, points at a wrong denominator or
level. Only a CI that fits nothing is an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas.findings import Finding, Severity
from schemas.records import Record
from trialex.checks.cells import Cell, interval_pairs
from trialex.checks.findings import finding
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper
from trialex.checks.proportions import METHODS, Method, clopper_pearson
from trialex.checks.rounding import (
    LOWER_BOUND_MODES,
    UPPER_BOUND_MODES,
    Printed,
    fits,
    fits_float,
    fixed,
    percent_of,
    printed,
)

INFO = CheckInfo(
    id="ci-clopper-pearson",
    title="A response rate's CI is the exact (Clopper-Pearson) interval",
    severity=(
        "info when the CI is instead a Wilson, Wald (± continuity correction), Agresti-Coull or "
        "Jeffreys interval, or the exact interval of another N whose percentage is already reported; "
        "warning when it is the exact interval of another N of the paper or of another confidence level; "
        "error when it matches no standard method"
    ),
    compares="the printed CI bounds of a count/N proportion (same cell, a '95% CI' row under it or a CI "
    "column beside it) vs the intervals computed from the count and its N (own N, else the column "
    "N)",
    tolerance="each bound at its printed precision: half-up, half-even, truncated, double or outward (floor "
    "lower / ceiling upper) rounding of the computed bound must give the printed digits",
)

CP_NAME = next(iter(METHODS))
_ESTIMATES_NOT_PROPORTIONS = ("median", "mean", "hr", "or", "rr", "rate", "geometric_mean", "value")


@dataclass(frozen=True, slots=True)
class Bounds:
    low: Record
    high: Record
    low_shown: Printed
    high_shown: Printed
    level: float
    level_stated: bool
    scales: tuple[float, ...]

    def matches(self, method: Method, n: int, big_n: int, level: float | None = None) -> bool:
        low, high = method(n, big_n, level or self.level)
        return any(
            fits_float(low * s, self.low_shown.value, self.low_shown.decimals, LOWER_BOUND_MODES)
            and fits_float(high * s, self.high_shown.value, self.high_shown.decimals, UPPER_BOUND_MODES)
            for s in self.scales
        )

    def text(self) -> str:
        return f"{self.low_shown.text}–{self.high_shown.text}"

    def computed(self, method: Method, n: int, big_n: int) -> str:
        low, high = method(n, big_n, self.level)
        scale = self.scales[0]
        low_text = fixed(low * scale, self.low_shown.decimals)
        return f"{low_text}–{fixed(high * scale, self.high_shown.decimals)}"


def _bounds(ci: Cell, percent: Record | None) -> Bounds | None:
    low, high = ci.one("ci_low"), ci.one("ci_high")
    if low is None or high is None or low.value is None or high.value is None:
        return None
    low_shown, high_shown = printed(low), printed(high)
    if low_shown is None or high_shown is None:
        return None
    stated = low.ci_level or high.ci_level
    level = (stated / 100.0 if stated > 1 else stated) if stated else 0.95
    if high.value > 1:
        scales: tuple[float, ...] = (100.0,)
    elif percent is not None and percent.value is not None and percent.value > 1:
        scales = (1.0,)
    else:
        scales = (100.0, 1.0)
    return Bounds(low, high, low_shown, high_shown, level, stated is not None, scales)


def _proportion(cell: Cell) -> tuple[int, int] | None:
    n = cell.count()
    big_n = cell.denominator or cell.arm_n
    if n is None or not big_n or n > big_n:
        return None
    if any(cell.one(s) is not None for s in _ESTIMATES_NOT_PROPORTIONS):
        return None
    return n, big_n


def _check(paper: Paper, estimate: Cell, ci: Cell) -> Finding | None:
    proportion = _proportion(estimate)
    percent = estimate.one("percent")
    bounds = _bounds(ci, percent)
    if proportion is None or bounds is None:
        return None
    n, big_n = proportion
    if bounds.matches(clopper_pearson, n, big_n):
        return None
    level_text = f"{round(bounds.level * 100, 1):g}%"
    head = f"{estimate.quote()}: the {level_text} CI {bounds.text()} of {n}/{big_n}"
    expected = f"{bounds.computed(clopper_pearson, n, big_n)} (Clopper-Pearson, {n}/{big_n})"
    records = [r for r in (estimate.one("count"), percent, bounds.low, bounds.high) if r is not None]
    severity: Severity
    others = [name for name, method in METHODS.items() if name != CP_NAME and bounds.matches(method, n, big_n)]
    if others:
        severity = "info"
        message = (
            f"{head} is the {others[0]} interval, not the exact Clopper-Pearson one "
            f"({bounds.computed(clopper_pearson, n, big_n)}) — a legitimate method; check the paper's "
            f"statistical methods say so"
        )
    else:
        message, severity = _diagnose(paper, estimate, bounds, percent, n, big_n, head)
    return finding(
        INFO.id, severity, message, records, expected=expected, observed=bounds.text(), tolerance=INFO.tolerance
    )


def _diagnose(
    paper: Paper, estimate: Cell, bounds: Bounds, percent: Record | None, n: int, big_n: int, head: str
) -> tuple[str, Severity]:
    alternatives = [
        k
        for k in paper.other_ns(estimate, anywhere=estimate.is_text)
        if k.n != big_n and k.n >= n and bounds.matches(clopper_pearson, n, k.n)
    ]
    if alternatives:
        alt = alternatives[0]
        shown = printed(percent) if percent is not None else None
        percent_also = shown is not None and fits(percent_of(n, alt.n), shown.value, shown.decimals)
        message = (
            f"{head} is the exact interval of {n}/{alt.n} ({alt.where}), not of {n}/{big_n} "
            f"({bounds.computed(clopper_pearson, n, big_n)})"
        )
        if percent_also:
            message += "; the percentage has the same denominator slip (see percent-vs-count)"
            return message, "info"
        return message, "warning"
    levels = [
        lv
        for lv in (0.90, 0.95, 0.99, 0.80)
        if abs(lv - bounds.level) > 1e-9 and bounds.matches(clopper_pearson, n, big_n, lv)
    ]
    if levels:
        stated = "the stated" if bounds.level_stated else "the assumed"
        return (
            f"{head} is the exact interval at the {levels[0] * 100:g}% level, not at {stated} "
            f"{bounds.level * 100:g}% level"
        ), "warning"
    computed = "; ".join(f"{name} {bounds.computed(method, n, big_n)}" for name, method in METHODS.items())
    return f"{head} matches no standard method for {n}/{big_n}: {computed}", "error"


def run(paper: Paper) -> list[Finding]:
    found = (_check(paper, estimate, ci) for estimate, ci in interval_pairs(paper.cells))
    return [f for f in found if f is not None]


CHECK = Check(INFO, run)
