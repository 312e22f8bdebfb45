"""What a cell's numbers mean, read from what the table says about them.

A table says it in many places: the row label (", n (%)", "— mean ± SD", "Median (IQR)"), its group labels,
the column header ("Mean (SD)", "Hazard Ratio (95% CI)", "P Value"), a footnote tied to the cell by its
mark ("† Hazard ratio and 96% CI"), an "except for Tmax shown as median (min, max)" clause, and the legend
("Data are median (range) or n (%)"). The nearest statement wins; where the table is silent or says two
things ("mean (SD) or n (%)"), the numbers themselves decide (an integer with a percentage that matches
the group N is a count), and a shape no statement explains is reported, not guessed.

This module decides per cell shape; the statements are read in :mod:`extractors.hint_context` (nearest first),
the phrases that name statistics live in :mod:`extractors.hint_patterns`, and the shapes' own rules in
:mod:`extractors.hint_pairs` ("a (b)"), :mod:`extractors.hint_intervals` ("a (b–c)") and
:mod:`extractors.hint_singles` (a bare number).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.cells import Shape
from extractors.hint_context import (
    AMBIGUOUS,
    Context,
    Meaning,
    _estimate,
    _is_p_context,
    _landmark,
    _legend_estimate,
    _own_labels,
    _own_statement,
    _sources,
    ci_level,
    legend_conflict,
)
from extractors.hint_intervals import _interval, _two_intervals
from extractors.hint_own import named_spread, own_word_conflict
from extractors.hint_pairs import _fraction_pct, _pair, _pct_count, exact_share
from extractors.hint_paper import paper_spread
from extractors.hint_patterns import (
    _ESTIMATE,
    _EVENTS_PATIENTS,
    _GLOSSARY,
    _INTERVAL,
    _PAIR,
    _RESIDUAL,
    _RSE_ANY,
    _RSE_LABEL,
    _VARIABILITY,
    _first_match,
)
from extractors.hint_singles import AMBIGUOUS_SHARE, _single
from extractors.legends import applicable, scoped_statements

__all__ = ["UNNAMED_NUMBER", "Context", "Meaning", "meaning_of"]


# why a bare number is left unread: nothing of the table names what it is
UNNAMED_NUMBER = "a bare number that no label names (count, mean, percent, value?)"


def meaning_of(shape: Shape, ctx: Context) -> Meaning:
    """Statistic names for the numbers of ``shape`` in this context."""
    if shape.p_tail:
        # "0.71 (0.55–0.92); P=0.008": the estimate and its interval as the labels name them, then the P value
        n = len(shape.numbers) - 1
        estimate_part = replace(
            shape, numbers=shape.numbers[:n], qualifiers=shape.qualifiers[:n], decimals=shape.decimals[:n], p_tail=False
        )
        got = meaning_of(estimate_part, ctx)
        return replace(got, stats=(*got.stats, "p")) if got.stats else got
    if shape.n_head:
        return _n_headed(shape, ctx)
    if shape.per_100_years:
        return _per_100_years(shape, ctx)
    texts = _sources(ctx)
    kind = shape.kind
    if kind == "empty":
        return Meaning(())
    conflict = own_word_conflict(shape, ctx)
    if conflict:
        return Meaning((), reason=conflict)
    if shape.of_words:
        # "41 of 120 (34%)": the count of its denominator, the share after it -- checked by the arithmetic
        if kind == "fraction_pct":
            return Meaning(("count", "denominator", "percent"), inferred=True)
        return Meaning(("count", "denominator"))
    unnamed = _estimate_without_statistic(ctx) if kind not in ("p_value", "qualifier") else None
    if unnamed:
        return Meaning((), reason=f'"{unnamed}" names an estimate trialex has no statistic for')
    if kind not in ("p_value", "qualifier") and not _own_statement(ctx):
        conflict = legend_conflict(ctx)
        if conflict:
            return Meaning((), reason=conflict)
    estimate = _estimate(ctx, texts)
    if (kind == "p_value" or _is_p_context(ctx)) and kind in ("p_value", "number"):
        return Meaning(("p",))
    if estimate == AMBIGUOUS:
        return Meaning((), reason="the labels name two estimates (ratios or a difference), the row not which")
    if shape.comparator in ("≥", "≤") or any(c in ("≥", "≤") for c in shape.qualifiers if c):
        # "≥" or "≤" before a value: a threshold is a label, not a cell; in a value cell it is most often a minus
        # sign set in a symbol font whose glyph was decoded as "≥" -- the sign of the number is not known
        return Meaning((), reason=f'"{shape.comparator}" before a value: a mis-decoded minus sign or a threshold')
    population = _population_pk(shape, ctx)
    if population is not None:
        return population
    if (
        kind == "estimate_interval"
        and shape.has_percent_sign
        and shape.decimals[:2] == (0, 0)
        and any(re.search(_EVENTS_PATIENTS, t, re.IGNORECASE) for t in _own_labels(ctx))
        and not _first_match([*_ESTIMATE, *_INTERVAL], [*ctx.footnotes, *ctx.row, *ctx.column])
    ):
        # "27 (25, 12.1%)" under "No. of events (no. of patients, %)": events, then the patients with one and their %
        # (a row or column that names an estimate or an interval -- "Median (95% CI)" -- says otherwise)
        return Meaning(("events", "count", "percent"))
    if kind == "qualifier":
        if _is_p_context(ctx):
            return Meaning(("p",))  # "NA" or "NS" in a P column stands for the P value, not the row's estimate
        return Meaning((estimate or _legend_estimate(ctx) or "value",))
    if kind == "percent":
        if shape.numbers[0] is not None and shape.numbers[0] < 0:
            return Meaning(("value",))  # "−5.2%": a change, no share of patients
        return Meaning(("rate",) if estimate == "rate" and _landmark(ctx) else ("percent",))
    if kind == "number":
        v = shape.numbers[0]
        whole = v is not None and v == int(v) and shape.decimals[0] == 0
        single = _single(ctx, texts, estimate, whole, v is None or v >= 0, v == 0, v)
        if single == AMBIGUOUS_SHARE:
            return Meaning((), reason='a whole number under a heading "(%)", printed over "n (%)" and "%" alike')
        if not single:
            return Meaning((), reason=UNNAMED_NUMBER)
        return Meaning((single,))
    if kind == "estimate_p":
        # "0.915 P<0.0001": the estimate the labels name, then its P value
        v = shape.numbers[0]
        whole = v is not None and v == int(v) and shape.decimals[0] == 0
        single = _single(ctx, texts, estimate, whole, v is None or v >= 0)
        if not single or single in ("count", "percent"):
            return Meaning((), reason="a number and its P value, the number named by no label")
        return Meaning((single, "p"))
    if kind == "fraction":
        return Meaning(("count", "denominator"))
    if kind == "pct_fraction":
        # "45 (9/20)": the share first, only where the cell or a label says so ("% (n/N)"); the count and the
        # group's size then agree with it or the cell is vetoed
        labels = [*texts, " ".join(reversed(ctx.column))]  # a head wrapped inside its bracket ("% (n/" over "N)")
        said = shape.has_percent_sign or any(re.search(r"%\s*\(\s*n\s*/\s*n\s*\)", t, re.I) for t in labels)
        return Meaning(("percent", "count", "denominator")) if said else Meaning((), reason='"a (n/N)" no label names')
    if kind == "fraction_pct":
        return _fraction_pct(ctx)
    if kind == "fraction_pct_interval":
        return _fraction_pct_interval(ctx, shape)
    if kind == "plusminus":
        pair = _first_match(_PAIR, texts)
        if pair is None and paper_spread(ctx) == "se":
            pair = "pm_se"  # the paper's Methods: "values are mean ± SEM"
        return Meaning(("mean", "se") if pair in ("mean_se", "pm_se") else ("mean", "sd"))
    if kind == "plusminus_interval":
        return Meaning(("mean", "sd", "min", "max"))
    if kind == "number_unreported":
        # "60 (NR)": the number is read as a bare number would be (the row's "median (range)" names it); the bracket
        # says nothing
        return meaning_of(replace(shape, kind="number"), ctx)
    if kind == "pair_range":
        return _pair_range(shape, texts)
    if kind == "estimate_two_intervals":
        return _two_intervals(texts)
    if kind == "pair_pct":
        # "31.4 (9.2%)" where the table states "mean (CV%)" or "geometric mean (CV%)": a mean and its CV
        pair = _first_match(_PAIR, texts) if ctx.section == "pk" else None
        if pair in ("mean_cv", "geo_cv"):
            return Meaning(("mean" if pair == "mean_cv" else "geometric_mean", "cv_percent"))
        return Meaning(("count", "percent"))
    if kind == "pct_count":
        return _pct_count(ctx)
    if kind == "pair_interval":
        return _pair_interval(ctx, texts, shape)
    if kind == "pair" and shape.spread_name:
        return named_spread(shape, ctx)
    if kind == "pair" and shape.unit:
        # "47.8 yr (17.7 yr)": a unit on both numbers -- a measure and its spread, never a count and its share
        got = _pair(shape, ctx, texts)
        if "count" in got.stats or "percent" in got.stats:
            return Meaning((), reason=f'a count and its share cannot both be in "{shape.unit}"')
        return got
    if kind == "pair":
        got = _pair(shape, ctx, texts)
        # the arithmetic vetoes a mean the numbers contradict: a count and its exact share of N (issue 9)
        veto = exact_share(shape, ctx.arm_n) if got.stats[:1] in (("mean",), ("geometric_mean",)) else ""
        return Meaning((), reason=veto) if veto else got
    if kind == "triple":
        heads = " ".join(ctx.column).lower()
        if re.search(r"n\s*\(%\)\s*\[?e\b|n \(%\) e|\(%\)\s*events", heads):
            return Meaning(("count", "percent", "events"))
        return Meaning((), reason="three numbers whose meaning the table does not state")
    if kind in ("interval", "bare_interval", "estimate_interval"):
        return _interval(
            kind, ctx, texts, estimate, shape.ci_level, shape.numbers, shape.interval_name, shape.has_percent_sign
        )
    return Meaning((), reason=f"unhandled shape {kind}")


def _pair_range(shape: Shape, texts: list[str]) -> Meaning:
    """ "74.2 (8.1), 61 to 94": a mean, its SD (or SE) and a range, when one statement names all three ("Mean (SD)
    age (years), range") and the mean lies in the range; anything else is left unread."""
    mean, _spread, low, high = shape.numbers
    for text in texts:
        pair, interval = _first_match(_PAIR, [text]), _first_match(_INTERVAL, [text])
        if pair in ("mean_sd", "mean_se") and interval == "range":
            if None in (mean, low, high) or not low <= mean <= high:  # type: ignore[operator]
                return Meaning((), reason="a mean outside the range printed beside it")
            return Meaning(("mean", "sd" if pair == "mean_sd" else "se", "min", "max"))
    return Meaning((), reason='"a (b), c to d": no statement names the estimate, its spread and the range')


# estimates and spreads the vocabulary has no statistic for: a harmonic or trimmed mean, a pseudo- or jackknife SD
_NO_STATISTIC = re.compile(
    r"\bharmonic\s+means?\b|\btrimmed\s+means?\b|\bpseudo[- ]?(?:s\.?d\.?|standard deviation)|\bjack-?knife",
    re.IGNORECASE,
)


def _estimate_without_statistic(ctx: Context) -> str | None:
    """The statement nearest the cell (its footnote, row, column, or a legend clause scoped to it) when it names an
    estimate with no statistic of its own ("*Harmonic mean ± pseudo-SD" on t½): read as the table-wide "mean ± SD",
    the cell would be blended with a statement that is not about it."""
    scoped, _general = applicable(scoped_statements(ctx.table_notes), ctx.row, ctx.column)
    for text in [*ctx.footnotes, *ctx.row, *ctx.column, *(c.statement for c in scoped)]:
        m = _NO_STATISTIC.search(text)
        if m:
            return text.strip()
    return None


_OWN_STATISTIC_HEAD = r"(?:arithmetic\s+|geometric\s+)?means?|medians?|s\.?d\.?|s\.?e\.?(?:m\.?)?"


def _population_pk(shape: Shape, ctx: Context) -> Meaning | None:
    """A population-PK parameter table: "Estimate (%RSE)", "IIV (%CV)", "RSE (%)", "Shrinkage (%)". The
    estimate is a value, a between-subject variability stated as a CV is a cv_percent, and a relative standard
    error or a shrinkage has no statistic of its own: it is not emitted (never as a percent of participants).

    A variability is said by the cell's own labels or by the groups over them: a row group ("Interindividual
    variability (%)" over "CL/F") or a column span ("Inter-individual variability" over "CV (%)"); a column that
    names its own estimate ("Median", "Mean bootstrap estimate") keeps it."""
    # a column label that is only a bracket ("(%RSE)" under "IIV (%CV)") is the wrapped end of the label above
    wrapped = bool(ctx.column) and re.fullmatch(r"\(.*\)", ctx.column[0].strip()) is not None
    # or one closing a bracket the label above left open ("Bootstrap, median [95%" over "CI]")
    wrapped = wrapped or (len(ctx.column) > 1 and _closes_bracket(ctx.column[1], ctx.column[0]))
    # a footnote's glossary ("CI, confidence interval; RSE, relative standard error" run on after the last mark's
    # note) defines words; it says nothing of the cell's numbers
    said = [_GLOSSARY.sub("", note) for note in ctx.footnotes]
    near = [*said, *ctx.row[:1], *ctx.column[: 2 if wrapped else 1]]
    # a head wrapped at its bracket ("RSE" over "(%)") is read whole
    head_whole = f"{ctx.column[1]} {ctx.column[0]}" if wrapped and len(ctx.column) > 1 else ""
    inner = [*ctx.column[:1], *ctx.row[:1], *([head_whole] if head_whole else [])]
    if any(re.search(_RSE_LABEL, label, re.IGNORECASE) for label in inner) and shape.kind in (
        "number",
        "percent",
        "pair",
        "pair_pct",
    ):
        return Meaning((), reason="a relative standard error or a shrinkage: trialex has no statistic for it")
    if ctx.section == "pk" and any(_BIAS.match(label) for label in [*ctx.column[:1], head_whole]):
        return Meaning((), reason="a bootstrap's bias against the model's estimate: trialex has no statistic for it")
    model = _model_table(ctx)
    if model and any(_PERCENTILE_HEAD.search(label) for label in ctx.column[:1]):
        return Meaning((), reason="a percentile of the bootstrap runs: trialex has no statistic for it")
    if ctx.section == "pk" and ctx.row and _OBJECTIVE.search(ctx.row[0]):
        return Meaning((), reason="a model's objective function value: no parameter's estimate")
    # "Population mean", "Typical value", "Estimated value" over a model's parameters: its estimate, no sample mean
    model_head = model and any(_MODEL_HEAD.search(label) for label in ctx.column[:1])
    model_head = model_head and not (_own_estimate(ctx) and not _POPULATION_HEAD.search(ctx.column[0]))
    # the same head wrapped over two lines ("Population" over "mean")
    model_head = model_head or (model and len(ctx.column) > 1 and bool(_POPULATION_HEAD.search(head_pair(ctx))))
    groups = [*ctx.row[1:], *ctx.column[1:]] if ctx.section == "pk" else []
    # a column naming its own statistic ("SE", "SD", "Mean" of the bootstrap runs): read as it says
    own_statistic = bool(ctx.column) and re.fullmatch(_OWN_STATISTIC_HEAD, ctx.column[0].strip(), re.I) is not None
    own_statistic = own_statistic and not model_head
    iiv = any(re.search(_VARIABILITY, t, re.IGNORECASE) for t in [*near, *groups])
    # or the legend states the cells' form: "Parameters are presented as mean parameter estimate (CV% in the
    # estimate)", "Values are estimates (%RSE)"
    rse = any(re.search(_RSE_ANY, t, re.IGNORECASE) for t in near) or bool(_ESTIMATE_PRECISION.search(ctx.table_notes))
    # or the head names what its cells bracket: "Final model (shrinkage)" over "40.6 [32]"
    rse = rse or any(_BRACKETED_SHRINKAGE.search(t) for t in near)
    if model and shape.kind == "percent":
        # a model's table holds no share of participants: "65.3%" of a variability is its CV; "12.9%" under "RUV"
        # is what no label names
        if iiv and not rse:
            return Meaning(("cv_percent",))
        return Meaning((), reason="a percentage in a model's parameter table that no label names")
    # a residual-error row that states its estimate as a CV: a bare estimate, or one with its interval; its "(%)"
    # alone is the error's unit ("Proportional (%)" under "Residual error"), no share of participants
    row = ctx.row[0] if ctx.row else ""
    residual = any(re.search(_RESIDUAL, t, re.IGNORECASE) for t in ctx.row[:1] + (ctx.row[1:] if groups else ()))
    residual_cv = residual and bool(re.search(r"\bcv\b|coefficient of variation", row, re.I))
    if residual and not iiv and not rse:
        if shape.kind == "number" and (model_head or not (_own_estimate(ctx) or own_statistic)):
            return Meaning(("cv_percent",) if residual_cv else ("value",))
        return None
    if not iiv and not rse:
        if (
            shape.kind == "number"
            and model
            and not own_statistic
            and (model_head or not _first_match(_ESTIMATE, [*near, *groups]))
        ):
            return Meaning(("value",))  # a bare number of a model's parameter table no label names: its estimate
        return None
    head = ctx.column[0].strip() if ctx.column else ""
    own_head = not model_head and (re.fullmatch(_OWN_STATISTIC_HEAD, head, re.IGNORECASE) or _own_estimate(ctx))
    if shape.kind == "number" and not rse and own_head:
        return None  # "Mean | SE" over a variance's row ("ω2 CL/F"), "Median" under "Bootstrap": read as usual
    cv = iiv and any(re.search(r"\bcv\b|%|coefficient of variation", t, re.IGNORECASE) for t in [*near, *groups])
    cv = cv or (residual_cv and rse)
    first = "cv_percent" if cv else "value"
    if shape.kind == "number":
        return Meaning((first,))
    if shape.kind in ("pair", "pair_pct"):
        if rse:
            return Meaning((first,))  # "0.844 (8.4)" under "Estimate (%RSE)": the estimate; its RSE is not a statistic
        return Meaning((), reason="a (b) in a population-PK table whose labels do not say what b is")
    if shape.kind in ("interval", "bare_interval"):
        return None
    own = _first_match(_ESTIMATE, [*ctx.column[:1], *([head_whole] if head_whole else [])])
    if shape.kind == "estimate_interval" and cv and (model_head or own not in ("median", "mean", "geometric_mean")):
        # a column that names its own estimate ("Bootstrap median (95% CI)") says what its cells are: the row's
        # "IIV CV%" names the parameter's scale, the cell is the median of its bootstrap runs (read as usual)
        return Meaning(("cv_percent", "ci_low", "ci_high"), shape.ci_level or ci_level(near))
    return None


def _closes_bracket(upper: str, lower: str) -> bool:
    """``lower`` is the wrapped end of ``upper``: it closes a bracket ``upper`` left open ("[95%" / "CI]")."""
    return any(upper.count(o) > upper.count(c) and lower.count(c) > lower.count(o) for o, c in ("()", "[]"))


# a head over a bootstrap's percentiles ("5th", "95th", "2.5th–97.5th percentiles"), not named a CI
_PERCENTILE_HEAD = re.compile(
    r"^(?!.*\b(?:ci|confidence)\b).*(?:^\s*\d+(?:\.\d+)?\s*(?:st|nd|rd|th)\b|\bpercentiles?\b)", re.IGNORECASE
)
# a head naming the model's own estimate of each parameter
_POPULATION_HEAD = re.compile(r"\bpopulation\s+(?:mean|estimate|value)s?\b|\btypical\s+values?\b", re.IGNORECASE)
_MODEL_HEAD = re.compile(
    rf"{_POPULATION_HEAD.pattern}|\bestimated?\s+values?\b|\bestimates?\b|^\s*values?\s*$", re.IGNORECASE
)

# a row of the model's objective function ("Objective function", "MOFV", "OFV", "−2LL", "AIC")
_OBJECTIVE = re.compile(r"\bobjective function\b|^\s*[mΔ]?ofv\b|^\s*[-−–]?\s*2\s*ll\b|^\s*(?:aic|bic)\b", re.I)

# a legend stating a model's cells as an estimate and its precision in brackets
_ESTIMATE_PRECISION = re.compile(
    r"\bestimates?\s*\(\s*(?:%\s*rse|rse\s*%?|relative standard error"
    r"|(?:%\s*)?cv\s*%?\s+(?:in|of)\s+the\s+estimates?)\s*\)",
    re.IGNORECASE,
)

# a bootstrap's bias against the model's estimate ("Bias (%)", "Relative bias"): no statistic of its own
_BIAS = re.compile(r"\s*(?:relative\s+|%\s*)?bias\b", re.IGNORECASE)


# a model's precision or variability; or its bootstrap, run on a model's estimates only; or a stage of the model
# ("Basic model | Final model")
_MODEL_PRECISION = re.compile(
    rf"{_VARIABILITY}|{_RSE_ANY}|shrinkage|\bbootstrap|\b(?:base|basic|structural|final|full|reduced)\s+models?\b",
    re.IGNORECASE,
)
_BRACKETED_SHRINKAGE = re.compile(r"\(\s*(?:eta\s*|η\s*)?shrinkage\s*(?:%|\(%\))?\s*\)", re.IGNORECASE)


def _model_table(ctx: Context) -> bool:
    """A population model's parameter table: a PK table whose heads state its estimates' precision or variability
    ("Adults (%RSE)", "IIV (%CV)", "Shrinkage (%)")."""
    return ctx.section == "pk" and any(_MODEL_PRECISION.search(h) for h in ctx.headers)


def head_pair(ctx: Context) -> str:
    """The cell's two innermost heads read as one ("Population" over "mean": "Population mean")."""
    return f"{ctx.column[1]} {ctx.column[0]}" if len(ctx.column) > 1 else (ctx.column[0] if ctx.column else "")


def _own_estimate(ctx: Context) -> bool:
    """The cell's column names an estimate of its own ("Median", "Mean bootstrap estimate")."""
    return _first_match(_ESTIMATE, list(ctx.column[:1])) in ("median", "mean", "geometric_mean")


# a label stating a count, its share and the share's CI: "n (%) [95% CI]"
_PAIR_CI = re.compile(r"(?:\bn|no\.)\s*\(%\)\s*\[\s*(?:\d{2}(?:\.\d)?\s*%\s*)?(?:ci|confidence interval)\s*\]", re.I)


# "n/N (%; 95% CI)": the label of a count over its group's size, the share and its CI in one bracket
_FRACTION_PCT_CI = re.compile(r"n\s*/\s*n\s*\(\s*%\s*;\s*\d{2}(?:\.\d)?\s*%\s*(?:ci|confidence interval)\s*\)", re.I)


def _fraction_pct_interval(ctx: Context, shape: Shape) -> Meaning:
    """ "6/61 (9.8; 3.7–20.2)": count, group size, share and the share's CI, where a label says "n/N (%; 95% CI)"
    and the count over the size gives the printed share; else unread."""
    said = next((t for t in [*ctx.footnotes, *ctx.row, *ctx.column, ctx.stub] if _FRACTION_PCT_CI.search(t)), None)
    if said is None:
        return Meaning((), reason='"n/N (a; b–c)": no label says "n/N (%; 95% CI)"')
    n, d, pct = shape.numbers[0], shape.numbers[1], shape.numbers[2]
    if n is None or d is None or pct is None or not d or abs(100 * n / d - pct) > 0.5 * 10 ** -shape.decimals[2] + 1e-9:
        return Meaning((), reason='"n/N (a; b–c)": the count over the group size is not the share printed')
    return Meaning(("count", "denominator", "percent", "ci_low", "ci_high"), ci_level([said]))


def _pair_interval(ctx: Context, texts: list[str], shape: Shape | None = None) -> Meaning:
    """ "12 (24) [13–38]": count, percent and the percent's CI, only where a label says "n (%) [95% CI]"; or
    "218 (51.9) (47.0 to 56.8)" under a label that says "(%) (95% CI)" but not "n", where the group's N makes the
    first number the count of the printed percent (218 of 420 is 51.9%); "205 (62) [118–301]": a mean, its SD and
    its range where the nearest statement of the form says "mean (SD) [range]"."""
    near = [*ctx.footnotes, *ctx.row, *ctx.column, ctx.stub]
    said = next((t for t in near if _PAIR_CI.search(t)), None)
    if said is not None:
        return Meaning(("count", "percent", "ci_low", "ci_high"), ci_level([said]))
    if shape is not None and ctx.arm_n:
        share = next((t for t in near if _PCT_CI.search(t)), None)
        n, pct = shape.numbers[0], shape.numbers[1]
        if share is not None and n is not None and pct is not None and n == int(n):
            tolerance = 0.5 * 10 ** -shape.decimals[1]
            if abs(100 * n / ctx.arm_n - pct) <= tolerance + 1e-9:
                return Meaning(("count", "percent", "ci_low", "ci_high"), ci_level([share]))
    # the legend read whole: its statistic phrases are read apart elsewhere ("mean (SD)" without its "[range]")
    spread = next((m for m in (_MEAN_SPREAD_RANGE.search(t) for t in [*texts, ctx.table_notes]) if m), None)
    if spread is not None:
        return Meaning(("mean", "se" if spread.group(1).lower().startswith("se") else "sd", "min", "max"))
    return Meaning((), reason='"a (b) [c–d]": no label says "n (%) [95% CI]" or "mean (SD) [range]"')


# "mean (SD) [range]", "mean (SD) [min–max]": a mean, its spread and its range printed "a (b) [c–d]"
_MEAN_SPREAD_RANGE = re.compile(
    r"(?<!geometric )\bmeans?\s*\(\s*(s\.?d\.?|s\.?e\.?m?\.?)\s*\)"
    r"\s*\[\s*(?:range|min(?:imum)?\s*[,–-]\s*max(?:imum)?)\s*\]",
    re.IGNORECASE,
)


_PCT_CI = re.compile(r"\(%\)\s*\(\s*\d{2}(?:\.\d)?\s*%\s*(?:ci|confidence interval)\s*\)", re.I)


def _per_100_years(shape: Shape, ctx: Context) -> Meaning:
    """A rate per 100 patient-years the cell states itself: the number is a rate, an interval after it is its CI
    (as the labels name it; unnamed, a CI of no stated level)."""
    head = replace(shape, per_100_years=False)
    texts = _sources(ctx)
    named = _estimate(ctx, texts)
    if named not in (None, "rate", "value"):
        return Meaning((), reason=f"the cell states a rate per 100 patient-years, a label names a {named}")
    if head.kind == "number":
        return Meaning(("rate",))
    got = _interval(head.kind, ctx, texts, "rate", head.ci_level, head.numbers, head.interval_name)
    if got.stats and got.stats[0] != "rate":
        return Meaning((), reason=f"the cell states a rate per 100 patient-years, a label names a {got.stats[0]}")
    return got


# a label that lists the patients' number before the statistic: "n, mean (SD)", "n; median (range)", "N, mean ± SD"
_N_FIRST = re.compile(r"\b[nN]\s*[,;/]\s*(?:mean|median|geometric|gm\b|ls\s*mean|%)", re.IGNORECASE)


def _n_headed(shape: Shape, ctx: Context) -> Meaning:
    """ "n=350, 3100.5 (570.2)" or, under a label "n, median (range)", "380, 205 (120–340)": the number of patients
    the statistic is of, as a count, then the rest of the cell as its labels name it. A bare leading number no label
    lists as "n" is not read (it could be a second estimate)."""
    rest = replace(
        shape,
        numbers=shape.numbers[1:],
        qualifiers=shape.qualifiers[1:],
        decimals=shape.decimals[1:],
        n_head="",
    )
    if shape.n_head == "bare" and not any(_N_FIRST.search(t) for t in [*ctx.row, *ctx.column, ctx.stub]):
        return Meaning((), reason="a number before the statistic that no label names (is it the n?)")
    got = meaning_of(rest, ctx)
    if not got.stats:
        return got
    return replace(got, stats=("count", *got.stats))
