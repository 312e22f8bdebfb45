"""Order within one printed estimate:

- estimate-in-ci: ci_low <= ci_high, and the estimate lies inside its CI (a hazard ratio, a median, a rate,
  a percentage, a difference);
- median-in-range: min <= median <= max, q1 <= median <= q3, min <= max, q1 <= q3;
- estimate-in-range: a mean or geometric mean lies within its min–max range.

Printed numbers are rounded independently, so two of them are out of order only when they differ by more
than the sum of their rounding units.
"""

from __future__ import annotations

from fractions import Fraction

from schemas.findings import Finding, Severity
from schemas.records import Record
from trialex.checks.cells import Cell, estimate_of, interval_pairs
from trialex.checks.findings import finding
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper
from trialex.checks.rounding import Printed, printed

CI_INFO = CheckInfo(
    id="estimate-in-ci",
    title="An estimate lies inside its confidence interval",
    severity="error when the estimate lies outside its CI (reversed bounds included); warning when the "
    "bounds are printed in reverse order but the estimate lies between them",
    compares="a point estimate (HR/OR/RR, median, mean, rate, percentage, difference) vs the CI printed with "
    "it (same cell, a CI row under it or a CI column beside it); ci_low vs ci_high",
    tolerance="out of order only by at least the sum of the two numbers' printed rounding units",
)
MEDIAN_INFO = CheckInfo(
    id="median-in-range",
    title="A median lies within its range and interquartile range",
    severity="error when min <= median <= max, q1 <= median <= q3, min <= max or q1 <= q3 fails",
    compares="median, min, max, q1 and q3 printed in one cell or statement",
    tolerance="out of order only by at least the sum of the two numbers' printed rounding units",
)
MEAN_INFO = CheckInfo(
    id="estimate-in-range",
    title="A mean lies within its range",
    severity="error when a mean or geometric mean lies outside the min–max range printed with it",
    compares="mean or geometric mean vs min and max printed in one cell or statement",
    tolerance="out of order only by at least the sum of the two numbers' printed rounding units",
)


_NAMES = {
    "hr": "hazard ratio",
    "or": "odds ratio",
    "rr": "risk ratio",
    "value": "estimate",
    "geometric_mean": "geometric mean",
    "rate": "rate",
    "percent": "percentage",
}


def _shown(record: Record | None, scale: Fraction = Fraction(1)) -> tuple[Printed, Fraction] | None:
    if record is None or record.value is None:
        return None
    shown = printed(record)
    if shown is None:
        return None
    return shown, shown.value * scale


def _below(
    a: tuple[Printed, Fraction],
    b: tuple[Printed, Fraction],
    scale_a: Fraction = Fraction(1),
    scale_b: Fraction = Fraction(1),
) -> bool:
    """a is printed below b beyond rounding: a must be >= b but is not. Every printed number is less than
    one unit of its last place from the truth, so a >= b in truth forces a_printed > b_printed - (ua + ub)."""
    return a[1] <= b[1] - (a[0].unit * scale_a + b[0].unit * scale_b)


def _estimate_in_ci(estimate_cell: Cell, ci_cell: Cell) -> Finding | None:
    estimate = estimate_of(estimate_cell)
    low, high = ci_cell.one("ci_low"), ci_cell.one("ci_high")
    scale = Fraction(1)
    if (
        estimate is not None
        and estimate.statistic == "percent"
        and estimate.value is not None
        and high is not None
        and high.value is not None
        and high.value <= 1 < estimate.value
    ):
        scale = Fraction(100)
    est, lo, hi = _shown(estimate), _shown(low, scale), _shown(high, scale)
    if estimate is None or est is None or (lo is None and hi is None):
        return None
    records = [r for r in (estimate, low, high) if r is not None]
    name = _NAMES.get(estimate.statistic, estimate.statistic)
    ci_text = f"{lo[0].text if lo else 'NA'} to {hi[0].text if hi else 'NA'}"
    head = f"{estimate_cell.quote()}: the {name} {est[0].text} and its CI {ci_text}"
    reverse = lo is not None and hi is not None and _below(hi, lo, scale, scale)
    first, last = (hi, lo) if reverse else (lo, hi)

    def inside(value: Fraction, unit: Fraction) -> bool:
        above_first = first is None or value > first[1] - (unit + first[0].unit * scale)
        below_last = last is None or value < last[1] + (unit + last[0].unit * scale)
        return above_first and below_last

    value, unit = est[1], est[0].unit
    if inside(value, unit):
        if not reverse:
            return None
        return finding(
            CI_INFO.id,
            "warning",
            f"{head}: the bounds are printed in reverse order",
            records,
            expected=f"{hi[0].text if hi else ''} to {lo[0].text if lo else ''}",
            observed=ci_text,
            tolerance=CI_INFO.tolerance,
        )
    if reverse:
        problem = "the lower bound exceeds the upper bound and the estimate lies outside both"
    elif lo is not None and not (value > lo[1] - (unit + lo[0].unit * scale)):
        problem = "the estimate lies below its lower bound"
    else:
        problem = "the estimate lies above its upper bound"
    expected = (
        f"ci_low <= {name} <= ci_high"
        if reverse
        else f"{lo[0].text if lo else ''} <= {name} <= {hi[0].text if hi else ''}".strip(" <=")
    )
    if inside(value * 100, unit * 100) or inside(value / 100, unit / 100):
        message = (
            f"{head}: {problem}, but not once the estimate is read on the interval's scale (a "
            f"proportion vs a percentage): the two are printed on different scales"
        )
        return finding(
            CI_INFO.id,
            "warning",
            message,
            records,
            expected=expected,
            observed=est[0].text,
            tolerance=CI_INFO.tolerance,
        )
    severity: Severity = "error"
    if inside(-value, unit):
        if estimate.table == "text":
            # prose states a fall as a size: "reduced LVESVi by 6.0 (95% CI, -10.8 to -1.2)"
            problem += "; its negation lies inside the interval — the sentence probably states a reduction as a size"
            severity = "warning"
        else:
            problem += "; its negation lies inside the interval — a minus sign missing in print (or extraction)?"
    return finding(
        CI_INFO.id,
        severity,
        f"{head}: {problem}",
        records,
        expected=expected,
        observed=est[0].text,
        tolerance=CI_INFO.tolerance,
    )


def _order(info: CheckInfo, cell: Cell, centre: str, pairs: list[tuple[str, str]]) -> Finding | None:
    """Each (smaller, larger) pair of statistics printed in ``cell`` must be in order."""
    problems: list[str] = []
    records: list[Record] = []
    for small, large in pairs:
        a, b = cell.one(small), cell.one(large)
        sa, sb = _shown(a), _shown(b)
        if a is None or b is None or sa is None or sb is None:
            continue
        if _below(sb, sa):
            problems.append(f"{small} {sa[0].text} > {large} {sb[0].text}")
            records.extend(r for r in (a, b) if not any(r is seen for seen in records))
    if not problems:
        return None
    expected = " <= ".join(dict.fromkeys(s for pair in pairs for s in pair if cell.one(s) is not None))
    return finding(
        info.id,
        "error",
        f"{cell.quote()}: {'; '.join(problems)} (the {centre} must lie within)",
        records,
        expected=expected,
        observed="; ".join(problems),
        tolerance=info.tolerance,
    )


def _reversed_bounds(cell: Cell) -> Finding | None:
    """A CI printed without its estimate: only ci_low <= ci_high can be checked."""
    low, high = cell.one("ci_low"), cell.one("ci_high")
    lo, hi = _shown(low), _shown(high)
    if low is None or high is None or lo is None or hi is None or not _below(hi, lo):
        return None
    message = (
        f"{cell.quote()}: the CI {lo[0].text} to {hi[0].text} has its lower bound above its upper "
        f"bound (printed in reverse order?)"
    )
    return finding(
        CI_INFO.id,
        "warning",
        message,
        [low, high],
        expected=f"{hi[0].text} to {lo[0].text}",
        observed=f"{lo[0].text} to {hi[0].text}",
        tolerance=CI_INFO.tolerance,
    )


def run_ci(paper: Paper) -> list[Finding]:
    pairs = interval_pairs(paper.cells)
    found = [_estimate_in_ci(estimate, ci) for estimate, ci in pairs]
    paired = {id(ci) for estimate, ci in pairs if estimate_of(estimate) is not None}
    found += [_reversed_bounds(cell) for cell in paper.cells if id(cell) not in paired]
    return [f for f in found if f is not None]


def run_median(paper: Paper) -> list[Finding]:
    pairs = [("min", "median"), ("median", "max"), ("q1", "median"), ("median", "q3"), ("min", "max"), ("q1", "q3")]
    found = (_order(MEDIAN_INFO, cell, "median", pairs) for cell in paper.cells if cell.one("median") is not None)
    return [f for f in found if f is not None]


def run_mean(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    for cell in paper.cells:
        if cell.one("median") is not None:
            continue
        for centre in ("mean", "geometric_mean"):
            if cell.one(centre) is not None:
                result = _order(MEAN_INFO, cell, centre, [("min", centre), (centre, "max"), ("min", "max")])
                if result is not None:
                    out.append(result)
    return out


CI_CHECK = Check(CI_INFO, run_ci)
MEDIAN_CHECK = Check(MEDIAN_INFO, run_median)
MEAN_CHECK = Check(MEAN_INFO, run_mean)
