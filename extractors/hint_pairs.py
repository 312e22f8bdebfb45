"""An "a (b)" cell: count and percent, mean and SD, geometric mean and CV, mean and SE, a count and a rate --
from the nearest statement, else from the numbers (a count is an integer whose percent matches the group N)."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.cells import Shape
from extractors.hint_context import Context, Meaning, _estimate, _header
from extractors.hint_paper import paper_pair_kinds, said
from extractors.hint_patterns import (
    _DEFERS,
    _ESTIMATE,
    _KM_PERCENT,
    _PAIR,
    _PLUS_MINUS,
    _STRONG_RATE,
    _all_matches,
    _first_match,
    _first_pair,
    _pair_kinds,
)
from extractors.legends import applicable, general_statements, scoped_statements


def _pair(shape: Shape, ctx: Context, texts: list[str]) -> Meaning:
    """ "a (b)": count and percent, mean and SD, geometric mean and CV, mean and SE, from the labels or the
    numbers."""
    a, b = shape.numbers
    pm = ctx.plus_minus
    clash = _labels_against_legend(ctx, pm)
    if clash:
        return Meaning((), reason=clash)
    interval = _OWN_INTERVAL.search(" ".join([*ctx.footnotes, *ctx.row[:1], *ctx.column]))
    if interval and _own_pair(ctx, pm) is None:
        # "Duration, median (IQR)" over "7.3 (1.1)": the cell's own label names an estimate with two bounds, the cell
        # prints one number in its bracket -- no table-wide "mean (SD)" speaks for it over its own label
        return Meaning((), reason='the labels name a median and its interval, but the cell is printed "a (b)"')
    if (
        pm
        and _first_pair([*ctx.footnotes, *ctx.row[:1], *ctx.column]) is None
        and _first_match(_PAIR, [*ctx.footnotes, *ctx.row[:1], *ctx.column]) in _PLUS_MINUS
    ):
        return Meaning((), reason='the labels say "mean ± SD", but the cell is printed "a (b)"')
    share_first = _share_first(ctx)
    if share_first is not None:
        return share_first
    contrast = _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column])
    if contrast:
        # "−1.2 (0.3)" under "Difference": the legend's "mean (SD)" speaks for the arms, not the contrast; only a
        # statement of the contrast's own labels ("Difference (SE)") says what its second number is
        own = _first_pair([*ctx.footnotes, *ctx.column], pm)
        if own in ("mean_se", "mean_sd"):
            return Meaning((_estimate(ctx, texts) or "value", "se" if own == "mean_se" else "sd"))
        return Meaning((), reason="a (b) under a contrast (difference, ratio) whose labels do not say what b is")
    if a is not None and shape.decimals and shape.decimals[0] > 0:
        # "93.0 (12.0)": a number with decimals is not a count, whatever "(%)" the label carries
        others = _pair_kinds(" ".join(texts), pm) - {"count_pct"}
        if len(others) == 1:
            return _pair_meaning(next(iter(others)))
        if len(others) > 1 and not _own_pair(ctx, pm):
            scoped = _scoped_pair(ctx, pm)
            if scoped is not None:
                return _pair_meaning(scoped)
            return Meaning((), reason=_said_both(texts, pm))
        own = _first_pair([*ctx.footnotes, *ctx.row[:1], *ctx.column], pm)
        if not others and own not in (None, "count_pct"):
            # the cell's own labels, each read alone, state it ("Mean at baseline (SD)": a statement anchored at its
            # label's start, lost in the table's text joined)
            return _pair_meaning(own)
        if not others:
            # the table is silent: the paper's Methods may say it ("Data are mean (SD)"); a count has no decimals
            paper, stated = paper_pair_kinds(ctx)
            paper -= {"count_pct"}
            if len(paper) == 1:
                return _pair_meaning(next(iter(paper)))
            if paper:
                return Meaning((), reason=f"the paper's Methods say {said(stated)} and not which is this cell's")
            return Meaning((), reason="a (b) with decimals: not a count, and the table does not say what it is")
    if a is None:  # "NR (12.1)" and the like
        return Meaning((), reason="qualifier with one number")
    rated = _count_and_rate(ctx, texts, a)
    if rated is not None:
        return rated
    near = _first_pair([*ctx.footnotes, *ctx.row[:1], *ctx.column], pm)
    if near is None:
        near = _first_pair(list(ctx.row[1:]), pm)
        if near == "count_pct" and not _fits_percent(a, b, ctx.arm_n):
            near = None  # a group label saying "n (%)" over a continuous sub-row is not about this cell
        elif near not in (None, "count_pct") and ctx.arm_n and _fits_percent(a, b, ctx.arm_n):
            # "Age, mean years (SD)" over "<65 y | 12 (30)" of 40: the group's statement is about its own values;
            # a sub-row's whole numbers that are a count and its share of N may be its categories' counts
            why = "a group label names a mean and its spread, but the cell fits a count and its percentage of N"
            return Meaning((), reason=why)
    if near is not None and not (near == "count_pct" and len(_pair_kinds(" ".join(ctx.column), pm)) > 1):
        return _pair_meaning(near)
    candidates = _pair_kinds(" ".join([*ctx.column, *texts[len(ctx.footnotes) + len(ctx.row) + len(ctx.column) :]]), pm)
    if ctx.stub and _pair_kinds(ctx.stub, pm):
        candidates = _pair_kinds(" ".join([*ctx.column, ctx.stub]), pm)
    phrases: list[str] = []
    if not candidates:
        # no statement of the table: the paper's Methods, the lowest statement ("categorical variables as n (%)")
        candidates, phrases = paper_pair_kinds(ctx)
    if len(candidates) == 1:
        only = next(iter(candidates))
        if phrases and only == "count_pct":
            # a percent is count/N at the N that applies: with no N the column's cells must share one (records.py)
            if _fits_percent(a, b, ctx.arm_n):
                return replace(_pair_meaning(only, inferred=ctx.arm_n is None), said=said(phrases))
        elif only != "count_pct" or _fits_percent(a, b, ctx.arm_n) or ctx.arm_n is None:
            return _pair_meaning(only)
    if "count_pct" in candidates and _fits_percent(a, b, ctx.arm_n):
        return replace(_pair_meaning("count_pct", inferred=True), said=said(phrases) if phrases else "")
    if phrases and "count_pct" in candidates and ctx.arm_n and b is not None and 0 <= a <= ctx.arm_n and a < b <= 100:
        # "21 (71.8)" of 27 where the Methods say both "mean (SD)" and "n (%)": a count whose printed percentage is
        # off (21/27 is 77.8%), or a mean whose SD is larger than itself; a whole number no larger than N, beside
        # a bracket no larger than 100, does not tell which, nor does the arithmetic
        return Meaning(
            (),
            reason=f"the paper's Methods say {said(phrases)}; as a count its percentage is not of N = {ctx.arm_n}, "
            "and the numbers do not tell whether it is a mean instead",
        )
    others = candidates - {"count_pct"}
    if len(others) == 1:
        return _pair_meaning(next(iter(others)))
    if phrases:
        tell = "do not fit it" if len(phrases) == 1 else "do not tell which"
        return Meaning((), reason=f"the paper's Methods say {said(phrases)}, and the numbers {tell}")
    categorical = ctx.section == "adverse_events" or bool(
        re.search(r"response|disease|\borr\b|\bdcr\b|\bcbr\b|remission|rate", " ".join(ctx.row), re.IGNORECASE)
    )
    if not candidates and _fits_percent(a, b, ctx.arm_n) and (ctx.arm_n is not None or categorical):
        return _pair_meaning("count_pct", inferred=True)
    if categorical and _fits_percent(a, b, None) and "count_pct" in candidates | {"count_pct"}:
        return _pair_meaning("count_pct", inferred=True)
    return Meaning((), reason="a (b): the table does not say whether this is n (%) or mean (SD)")


# an estimate named with its interval of two bounds ("median (IQR)", "median [range]", "median, Q1-Q3")
_OWN_INTERVAL = re.compile(
    r"\bmedians?\s*(?:[(\[]\s*|,\s*)(?:iqr|interquartile range|range|q1\b|min(?:imum)?\b|25th)", re.IGNORECASE
)


def _scoped_pair(ctx: Context, pm: bool) -> str | None:
    """The one spread the legend's clauses scoped to this cell name ("changes from baseline are least-squares means
    (SE)" for the change columns), nearer than the table-wide statement ("Values are means (SD)"); none where no
    clause claims the cell or the clauses name two."""
    scoped, _general = applicable(scoped_statements(ctx.table_notes), ctx.row, ctx.column)
    kinds: set[str] = set()
    for clause in scoped:
        kinds |= _pair_kinds(clause.statement, pm) - {"count_pct"}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _own_pair(ctx: Context, pm: bool) -> str | None:
    return _first_pair([*ctx.footnotes, *ctx.row[:1], *ctx.column], pm)


def _said_both(texts: list[str], pm: bool) -> str:
    """The finding for a cell the table's statements give two readings ("Values are means (SD)" and "Numbers in
    parentheses are standard errors"): it names the first statement of each."""
    said: dict[str, str] = {}
    for text in texts:
        for kind in sorted(_pair_kinds(text, pm) - {"count_pct"}):
            said.setdefault(kind, text.strip())
    if len(said) < 2 or len(set(said.values())) < 2:
        return "a (b) with decimals: the table names two spreads for it and not which is this cell's"
    first, second = list(dict.fromkeys(said.values()))[:2]
    return f'the table says both "{first}" and "{second}": not which is this cell\'s'


# the pairs of one estimate told apart only by their bracket: a mean with its SD or with its SE
_MEAN_SPREADS = ("mean_sd", "mean_se")


def _labels_against_legend(ctx: Context, pm: bool) -> str | None:
    """The cell's own labels name a mean's spread ("Mean (SE)") and the table's printed legend names the other
    ("Data are mean (SD)"), leaving no room for exceptions ("unless otherwise indicated"): two statements of the
    table disagree about the cell, and neither is taken over the other. The reason names both."""
    label = next((t for t in [*ctx.footnotes, *ctx.row, *ctx.column] if _first_pair([t], pm) in _MEAN_SPREADS), None)
    if label is None or not ctx.legend or _DEFERS.search(ctx.legend):
        return None
    which = _first_pair([label], pm)
    for phrase in general_statements(ctx.legend):
        other = _first_pair([phrase], pm)
        if other in _MEAN_SPREADS and other != which:
            return f'the labels say "{label.strip()}" and the legend "{phrase.strip()}": not which is this cell\'s'
    return None


# a label stating a share before its count: "% (n)", "% (no.)", "% (no. of patients)"
_SHARE_FIRST = re.compile(r"%\s*\(\s*(?:n|no\.?|number)(?:\s+of\s+\w+)?\s*\)", re.IGNORECASE)


def _share_first(ctx: Context) -> Meaning | None:
    """ "62.1 (18)" under "% (n)": the share, then its count, as the label says; a label nearer or as near stating
    another pair ("n (%)") contradicts it and the cell is unread. ``None`` when no label says "% (n)"."""
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    said = next((t for t in near if _SHARE_FIRST.search(t)), None)
    if said is None:
        return None
    other = next((t for t in near if _first_pair([t]) is not None), None)
    if other is not None:
        return Meaning((), reason=f'the labels say both "{said.strip()}" and "{other.strip()}"')
    return Meaning(("percent", "count"))


def _pct_count(ctx: Context) -> Meaning:
    """ "24% (12)": the share, printed with its "%", before its count. A label saying so ("% (n)") states it; a
    label stating another pair ("n (%)", "mean (SD)") contradicts the cell, which is then left unread; with no
    statement the "%" decides, and the arithmetic must agree (count / N gives the share back)."""
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    if any(_SHARE_FIRST.search(t) for t in near):
        return Meaning(("percent", "count"))
    stated = _first_pair(near)
    if stated is not None:
        said = next(t for t in near if _first_pair([t]) == stated)
        reason = f'the cell prints a share before its count ("x% (n)"), the labels say "{said.strip()}"'
        return Meaning((), reason=reason)
    return Meaning(("percent", "count"), inferred=True)


def _fraction_pct(ctx: Context) -> Meaning:
    """ "12/40 (3.2)": count, denominator and a percent, or a rate where a row or column names one per person-
    or patient-years; a label naming both "(%)" and a rate for the cell leaves it unread."""
    rate = re.search(r"person.y|patient.y|incidence", " ".join(ctx.row).lower()) or re.search(
        _STRONG_RATE, " ".join([*ctx.footnotes, _header(ctx)]), re.IGNORECASE
    )
    if not rate:
        return Meaning(("count", "denominator", "percent"))
    if re.search(r"\(%\)", " ".join([*ctx.footnotes, *ctx.row[:1], *ctx.column])):
        return Meaning((), reason="the labels name both a percent and a rate per 100 for this cell")
    return Meaning(("count", "denominator", "rate"))


def _count_and_rate(ctx: Context, texts: list[str], a: float) -> Meaning | None:
    """ "48 (3.2)" under "No. of events (rate per 100 patient-yr)": a count and an event rate, which with a year
    of follow-up is as near count/N as a percentage is, so the arithmetic cannot tell them apart; the labels
    must. A rate the labels name wins over the legend's "n (%)"; a rate and "(%)" named as near is unread."""
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    far = texts[len(near) :]
    near = [*near, _header(ctx)]  # a header cell wrapped over two levels ("no. of events/" over "100 patient-yr")
    if a == int(a) and any(re.search(_KM_PERCENT, t, re.IGNORECASE) for t in near):
        return Meaning(("count", "rate"))  # "n (KM %)", "No. of events (Kaplan-Meier estimate, %)"
    named_rate = any(re.search(_STRONG_RATE, t, re.IGNORECASE) for t in near)
    if a == int(a) and re.search(_KM_PERCENT, ctx.table_notes, re.IGNORECASE) and not named_rate:
        # the legend speaks of Kaplan-Meier percentages, the cell's own labels do not say whether its "(%)" is one
        # (a head naming a rate per patient-year, "No. events (% per patient-year)", says)
        return Meaning((), reason="the legend names Kaplan-Meier percentages: this cell's n (%) or n and a rate?")
    for labels in (near, far):
        rate = any(re.search(_STRONG_RATE, t, re.IGNORECASE) for t in labels)
        if not rate:
            if _first_match(_PAIR, labels):
                return None  # a nearer label says what the pair is ("n (%)" column beside a rate column)
            continue
        if a != int(a):
            return Meaning((), reason="a (b) beside a rate per 100 the table names: not a count")
        if "count_pct" in _all_matches(_PAIR, " ".join(labels)):
            return Meaning((), reason="the labels name both n (%) and a rate per 100 for this cell")
        return Meaning(("count", "rate"))
    return None


def _pair_meaning(kind: str, inferred: bool = False) -> Meaning:
    return Meaning(
        inferred=inferred,
        stats={
            "count_pct": ("count", "percent"),
            "mean_sd": ("mean", "sd"),
            "mean_se": ("mean", "se"),
            "pm_sd": ("mean", "sd"),
            "pm_se": ("mean", "se"),
            "geo_cv": ("geometric_mean", "cv_percent"),
            "mean_cv": ("mean", "cv_percent"),
        }[kind],
    )


def _fits_percent(a: float, b: float | None, n: int | None, a_decimals: int = 0) -> bool:
    """Could ``a (b)`` be a count and its percentage (of ``n``, when known)? A count has no decimals."""
    if b is None or a != int(a) or a_decimals > 0 or a < 0 or not 0 <= b <= 100:
        return False
    if n is None or n <= 0:
        return True
    return a <= n and abs(a / n * 100 - b) <= 1.05


def exact_share(shape: Shape, n: int | None) -> str:
    """ "23 (19.2)" of N = 120 read as a mean and its spread: a whole number no larger than N beside a bracket that is
    exactly its percentage of N, to every decimal printed (at least one), is a count and its share far more often
    than a mean whose SD happens to be 100 a / N. The reason to withhold it, or "" when the numbers do not say so."""
    a, b = shape.numbers[:2]
    if n is None or n <= 0 or a is None or b is None or len(shape.decimals) < 2:
        return ""
    a_decimals, b_decimals = shape.decimals[:2]
    if a_decimals or not b_decimals or a != int(a) or not 0 < a <= n:
        return ""
    if abs(100 * a / n - b) > 0.5 * 10**-b_decimals + 1e-9:
        return ""
    return f"read as a mean and its spread, but {a:g} ({b:g}) is a count and its percentage of N = {n} exactly"
