"""An estimate with an interval ("a (b to c)", "(b, c)"): a CI, an IQR or a range, as the nearest statement
names it, with the estimate that statement names; a proportion's CI is a percent or a landmark rate."""

from __future__ import annotations

import re

from extractors.hint_context import Context, Meaning, _header, ci_level
from extractors.hint_paper import paper_interval
from extractors.hint_patterns import (
    _CHANGE,
    _DEFERS,
    _ESTIMATE,
    _INTERVAL,
    _LANDMARK_EVENT,
    _LANDMARK_TIME,
    _MODEL_MEAN,
    _PAIR,
    _PERCENT_NAMED,
    _PROPORTION,
    _first_match,
)
from extractors.legends import applicable, general_statements, scoped_statements

# the name of a number of a cell read in part: a bound of an interval no statement names (never a record)
UNREAD_BOUND = "unread bound"


def _brackets(numbers: tuple[float | None, ...]) -> bool:
    """An estimate and an interval that brackets it: "65 (31–87)"."""
    if len(numbers) != 3 or any(n is None for n in numbers):
        return False
    est, lo, hi = numbers
    return lo is not None and hi is not None and est is not None and lo <= est <= hi


def _labels_against_legend(near: list[str], notes: str) -> str | None:
    """The cell's own labels name its estimate's interval ("Median (range)") and the table-wide legend names another
    for the same estimate ("Data are median (IQR)"), leaving no room for exceptions: two statements of the table
    disagree about the cell, and neither is taken over the other. The reason names both."""
    label = next((t for t in near if _first_match(_INTERVAL, [t])), None)
    if label is None or _DEFERS.search(notes):
        return None
    which, estimate = _first_match(_INTERVAL, [label]), _first_match(_ESTIMATE[4:6], [label])
    if estimate is None:
        return None
    for phrase in general_statements(notes):
        other = _first_match(_INTERVAL, [phrase])
        if other not in (None, which) and _first_match(_ESTIMATE[4:6], [phrase]) == estimate:
            return f'the labels say "{label.strip()}" and the legend "{phrase.strip()}": not which is this cell\'s'
    return None


def _interval(
    kind: str,
    ctx: Context,
    texts: list[str],
    estimate: str | None,
    own_level: float | None,
    numbers: tuple[float | None, ...] = (),
    named: str = "",
    own_percent: bool = False,
) -> Meaning:
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    conflict = _named_conflict(near, named or ("ci" if own_level else ""), own_level)
    if conflict:
        return Meaning((), reason=conflict)
    own_ci = bool(own_level) or named == "ci"
    if named in ("iqr", "range"):
        # "62 (range 45–79)", "5.2 (IQR 3.1–8.0)": the cell names its interval; the estimate is the labels'
        lo, hi = {"iqr": ("q1", "q3"), "range": ("min", "max")}[named]
        return Meaning(("median" if estimate in (None, "median", "value") else estimate, lo, hi))
    which = "ci" if own_ci else _first_match(_INTERVAL, near) or _first_match(_INTERVAL, texts[len(near) :])
    clash = None if own_ci else _labels_against_legend(near, ctx.legend)
    if clash:
        return Meaning((), reason=clash)
    if not own_ci and _first_match(_INTERVAL, near) is None:
        scoped, _general = applicable(scoped_statements(ctx.table_notes), ctx.row, ctx.column)
        if _first_match(_INTERVAL, [c.statement for c in scoped]) is None:
            said_by: dict[str, str] = {}
            for phrase in general_statements(ctx.table_notes):
                kind_of = _first_match(_INTERVAL, [phrase])
                if kind_of:
                    said_by.setdefault(kind_of, phrase)
            contrast_named = estimate in ("hr", "or", "rr") or _first_match(_ESTIMATE[:4], list(ctx.column))
            if len(said_by) > 1 and not contrast_named:
                a, b = list(said_by.values())[:2]
                return Meaning((), reason=f'the legend says both "{a}" and "{b}" and not which is this cell\'s')
    contrast = estimate in ("hr", "or", "rr") or _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column])
    column_own = _first_match(_INTERVAL, [*ctx.footnotes, *ctx.column]) if contrast else None
    if which in ("iqr", "range") and column_own is not None and not own_ci:
        # "Time to discharge, median (IQR)" across a "Difference (95% CI)" column: the row states the arms' data,
        # the contrast's column states its own interval
        which = column_own
    elif which in ("iqr", "range") and contrast and _first_match(_INTERVAL, near) is None:
        # the legend's "median (IQR)" is about the arms' data: a ratio's or a contrast's interval is its CI
        which = _first_match([p for p in _INTERVAL if p[1] == "ci"], texts[len(near) :])
    level = own_level or (ci_level(texts) if which == "ci" else None)
    if which == "ci" and level is None and estimate in ("hr", "or", "rr"):
        level = _one_level(ctx, texts)
    if kind in ("interval", "bare_interval") and not own_ci and _first_match(_INTERVAL, near) is None:
        # "(−124 to 89)" with no estimate and no label of its own naming it: a bound pair printed apart from
        # its estimate has its own "95% CI" header or row; otherwise it is most often a cell cut from its estimate
        return Meaning((), reason="an interval without its estimate that no label of its own names")
    if which is None and kind == "estimate_interval" and estimate not in ("hr", "or", "rr", "value", "rate"):
        # the table is silent: the paper's Methods, the lowest statement ("continuous variables as median (IQR)")
        chosen = paper_interval(ctx, estimate)
        if isinstance(chosen, Meaning):
            return chosen
        if chosen is not None:
            which, phrase = chosen
            texts = [*texts, phrase]  # the phrase names its own estimate and CI level, read below
            level = ci_level([phrase]) if which == "ci" else None
    if which is None:
        if kind == "estimate_interval" and estimate in ("hr", "or", "rr", "value", "rate"):
            # a difference, ratio or rate with an interval: a confidence interval; its level is not stated. A
            # mean's interval may as well be its range (PK tables): unnamed, it is not read
            est = _proportion_estimate(ctx, estimate, numbers, own_percent) or estimate
            return Meaning(
                (est, "ci_low", "ci_high"), _one_level(ctx, texts) if estimate in ("hr", "or", "rr") else None
            )
        if kind == "estimate_interval" and estimate == "mean" and any(re.search(_MODEL_MEAN, t, re.I) for t in texts):
            # a least-squares (adjusted, marginal) mean is a model's estimate: it has no range or IQR of the data,
            # its interval is a confidence interval (level not stated) -- even under a header that says "(SD)"
            return Meaning(("mean", "ci_low", "ci_high"), None)
        spread = _first_match([p for p in _PAIR if p[1] in ("mean_sd", "mean_se")], [*near, _header(ctx)])
        if kind == "estimate_interval" and spread:
            said = next(t for t in [*near, _header(ctx)] if _first_match(_PAIR, [t]) == spread)
            return Meaning(
                (),
                reason=f'the labels say "{said.strip()}", but the cell prints an interval "a (b to c)", which an '
                f"{'SD' if spread == 'mean_sd' else 'SE'} cannot be, and no statement says what the interval is",
            )
        own = _first_match(_ESTIMATE[4:7], near)
        if kind == "estimate_interval" and own and estimate in (None, own) and _brackets(numbers):
            # "Median age (years)" over "65 (31–87)": the label names the estimate, which is read; its interval is
            # a range, an IQR or a CI, which no statement says: its bounds are left unread, with a finding
            return Meaning(
                (own, UNREAD_BOUND, UNREAD_BOUND),
                reason="no statement says what interval it is (range, IQR or CI?); its estimate is read",
            )
        return Meaning((), reason="estimate with an interval the table does not name (range, IQR or CI?)")
    lo, hi = {"iqr": ("q1", "q3"), "range": ("min", "max"), "ci": ("ci_low", "ci_high")}[which]
    if kind in ("interval", "bare_interval"):
        return Meaning((lo, hi), level)
    if not own_ci:
        # the statement that names the interval names its estimate too ("median (IQR)"): never blend it with
        # another statement's estimate ("Mean" in a label) -- if they differ, the cell is not read
        said = next((t for t in texts if _first_match(_INTERVAL, [t]) == which), "")
        own = _first_match(_ESTIMATE[4:7], [said])
        central = ("mean", "median", "geometric_mean")
        if own and estimate in central and own != estimate:
            name = {"geometric_mean": "geometric mean"}.get(estimate, estimate)
            return Meaning((), reason=f'"{said.strip()}" names a {own.replace("_", " ")}, another label a {name}')
        if estimate is None or estimate in central:
            estimate = own or estimate  # a contrast (HR, difference) a nearer label names keeps its name
    if which in ("iqr", "range"):
        est = "median" if estimate in (None, "median", "value") else estimate
    else:
        est = _proportion_estimate(ctx, estimate, numbers, own_percent) or estimate or "value"
    return Meaning((est, lo, hi), level)


_NAMES = {"ci": "a CI", "iqr": "an IQR", "range": "a range"}


def _named_conflict(near: list[str], own: str, own_level: float | None) -> str:
    """Why a cell that names its interval ("(range 45–79)", "(95% CI 3.2–5.0)") contradicts its nearest labels
    (a header saying "Median (IQR)", or "90% CI"), or "" when they agree or say nothing of it."""
    if not own:
        return ""
    stated = _first_match(_INTERVAL, near)
    if stated is None:
        return ""
    said = next(t for t in near if _first_match(_INTERVAL, [t]) == stated).strip()
    if stated != own:
        return f'the cell names its interval {_NAMES[own]}, the labels say "{said}"'
    level = ci_level(near)
    if own == "ci" and own_level and level and level != own_level:
        return f'the cell names a {own_level:g}% CI, the labels say "{said}"'
    return ""


def _two_intervals(texts: list[str]) -> Meaning:
    """``a (b–c; d,e)``: median (IQR; range) only when a label says both intervals, IQR inside range."""
    for text in texts:
        low = text.lower()
        m = re.search(r"median\s*\(\s*(iqr|interquartile range)\s*[;,]?\s*(range|min(?:imum)?\s*[,–-]\s*max)", low)
        if m:
            return Meaning(("median", "q1", "q3", "min", "max"))
    return Meaning((), reason="an estimate with two intervals whose meaning the table does not state")


def _proportion_estimate(
    ctx: Context, estimate: str | None, numbers: tuple[float | None, ...], own_percent: bool = False
) -> str | None:
    """A percentage with its CI: a landmark of a time-to-event curve ("3-yr overall survival, % (95% CI)") is a
    rate; a response or a share of patients ("Objective response, % (95% CI)") is a percent. ``None`` when the
    labels say neither, or name a change or a contrast (a difference in percentage points is a value). A cell
    that prints its own "%" ("29·8% (24·3–35·7)" in an "Objective response (95% CI)" row) states the share as
    plainly as a label would."""
    if estimate not in (None, "value", "rate"):
        return None
    near = " ".join([*ctx.footnotes, *ctx.row, *ctx.column])
    if re.search(_CHANGE, near, re.IGNORECASE) or _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column]):
        return None
    if any(v is not None and not 0 <= v <= 100 for v in numbers):
        return None
    landmark = re.search(_LANDMARK_EVENT, near, re.IGNORECASE) and re.search(_LANDMARK_TIME, near, re.IGNORECASE)
    labels = [*ctx.footnotes, *ctx.row, *ctx.column]
    named = any(re.search(_PERCENT_NAMED, t, re.IGNORECASE) for t in labels) or estimate == "rate" or own_percent
    if landmark and named:
        return "rate"
    if re.search(_PROPORTION, near, re.IGNORECASE) and (named or estimate == "rate"):
        return "percent"
    return None


_LEVEL = re.compile(r"(\d{2}(?:\.\d)?)\s*%\s*(?:ci|confidence|credible|cri)", re.IGNORECASE)


def _one_level(ctx: Context, texts: list[str]) -> float | None:
    """The CI level of a ratio's interval that no label names: the one level the table states anywhere (its labels,
    its legend whole, glossary included: "Hazard ratios are given with their 95% CIs", "HR, hazard ratio (95% CI)");
    ``None`` when it states none or more than one."""
    levels = {float(m.group(1)) for t in [*texts, ctx.table_notes] for m in _LEVEL.finditer(t)}
    return levels.pop() if len(levels) == 1 else None
