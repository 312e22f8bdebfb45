"""Arithmetic that every reading of a cell must pass before its numbers are emitted.

A reading names each number of a cell (count, percent, median, ci_low...). Whatever statement chose it,
the numbers must be able to be what it says:

- a count is a whole number, not negative, and not above the N that applies (the cell's own N of "n/N",
  else its group's N) -- the N bound only for a reading the numbers chose, see below;
- a percent is between 0 and 100 and, with its count and N, is 100·count/N within one unit of its printed
  precision (every legitimate rounding lands inside that) -- for a reading the numbers chose;
- an interval (CI, range, IQR) has its low bound at or below its high bound and brackets its estimate; a CI
  whose bounds alone carry "%" ("0.83 (79–88%)", a ratio with its CI in percent, ``percent_bounds``) may
  bracket the estimate in percent instead: the estimate is checked against the bounds / 100;
- an SD, SE or CV is not negative; a P value lies between 0 and 1;
- an IQR lies inside the range when a cell gives both.

A reading that a statement of the table gives outright ("n (%)" in the row label) is still emitted when its
percentage does not match its count: that is a printed slip, which the consistency checks report
(:mod:`trialex.checks.percent`). A reading the table does not state and the numbers chose (``inferred``) is
refused instead, because then the arithmetic is the only evidence for it.

:func:`veto` returns the reason a reading fails, or ``None``; it is plain arithmetic on plain data.
"""

from __future__ import annotations

from collections.abc import Sequence

_ESTIMATES = ("mean", "median", "geometric_mean", "hr", "or", "rr", "value", "rate", "percent", "cv_percent")
_INTERVALS = (("ci_low", "ci_high", "CI"), ("min", "max", "range"), ("q1", "q3", "IQR"))
_SPREADS = ("sd", "se", "cv_percent")


def _fmt(value: float) -> str:
    return f"{value:g}"


def _brackets(estimate: float, lo: float | None, hi: float | None) -> bool:
    return not ((lo is not None and estimate < lo - 1e-9) or (hi is not None and estimate > hi + 1e-9))


def veto(
    stats: Sequence[str],
    numbers: Sequence[float | None],
    decimals: Sequence[int],
    n: int | None,
    *,
    inferred: bool = False,
    percent_bounds: bool = False,
) -> str | None:
    """Why the numbers cannot be read as ``stats`` (same order), or ``None`` when the arithmetic allows it.
    ``n`` is the N that applies to the cell (its own "n/N" denominator, else its group's N)."""
    value = {s: v for s, v in zip(stats, numbers, strict=False) if v is not None}
    places = {s: d for s, d in zip(stats, decimals, strict=False)}
    for name in ("count", "events"):
        c = value.get(name)
        if c is None:
            continue
        if c != int(c) or places.get(name, 0) > 0 or c < 0:
            return f"{_fmt(c)} cannot be a {name}: a {name} is a whole number"
        if name == "count" and inferred and n is not None and c > n:
            return f"{_fmt(c)} cannot be a count of a group of N = {n}"
    events, patients = value.get("events"), value.get("count")
    if events is not None and patients is not None and patients > events:
        return f"{_fmt(patients)} patients with an event cannot outnumber the {_fmt(events)} events"
    pct = value.get("percent")
    if pct is not None and "events" in value and not 0 <= pct <= 100:
        return f"{_fmt(pct)} cannot be a percentage of participants"
    if pct is not None and inferred:
        if not 0 <= pct <= 100:
            return f"{_fmt(pct)} cannot be a percentage of participants"
        c = value.get("count")
        if c is not None and n:
            unit = 10.0 ** -places.get("percent", 0)
            true = 100.0 * c / n
            if abs(true - pct) >= unit + 1e-9:
                return f"{_fmt(c)}/{n} = {true:.2f}%, not {_fmt(pct)}%: not a count and its percentage"
    for low, high, name in _INTERVALS:
        lo, hi = value.get(low), value.get(high)
        if lo is not None and hi is not None and lo > hi:
            return f"{name} {_fmt(lo)} to {_fmt(hi)}: its low bound is above its high bound"
        estimate = next((value[s] for s in _ESTIMATES if s in value), None)
        if estimate is None:
            continue
        # "0.83 (79–88%)": the estimate as a fraction, its bounds in percent
        fraction = lo is not None and hi is not None and _brackets(estimate, lo / 100.0, hi / 100.0)
        if name == "CI" and percent_bounds and fraction and not _brackets(estimate, lo, hi):
            continue
        if not _brackets(estimate, lo, hi):
            shown = f"{_fmt(lo) if lo is not None else '…'} to {_fmt(hi) if hi is not None else '…'}"
            return f"{_fmt(estimate)} lies outside its {name} {shown}: not an estimate with its {name}"
    p = value.get("p")
    if p is not None and not 0 <= p <= 1:
        return f"{_fmt(p)} cannot be a P value"
    for name in _SPREADS:
        v = value.get(name)
        if v is not None and v < 0:
            return f"{_fmt(v)} cannot be an {name.upper().replace('_PERCENT', '%')}: it is negative"
    if all(s in value for s in ("q1", "q3", "min", "max")) and not (
        value["min"] <= value["q1"] <= value["q3"] <= value["max"]
    ):
        return "the IQR does not lie inside the range"
    return None
