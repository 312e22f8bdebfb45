"""What a cell's numbers mean, read from what the table says about them.

A table says it in many places: the row label (", n (%)", "— mean ± SD", "Median (IQR)"), its group labels,
the column header ("Mean (SD)", "Hazard Ratio (95% CI)", "P Value"), a footnote tied to the cell by its
mark ("† Hazard ratio and 96% CI"), an "except for Tmax shown as median (min, max)" clause, and the legend
("Data are median (range) or n (%)"). The nearest statement wins; where the table is silent or says two
things ("mean (SD) or n (%)"), the numbers themselves decide (an integer with a percentage that matches
the group N is a count), and a shape no statement explains is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.cells import Shape
from extractors.legends import applicable, general_statements, scoped_statements, strip_scoped

# (regex, pair meaning) -- for "a (b)" cells
_PAIR = [
    (
        r"geometric\s+means?\s*\(\s*(?:geometric\s+)?(?:%\s*)?cv|gm\s*\(\s*(?:%\s*)?cv"
        r"|geometric\s+means?\s*\(\s*coefficient of variation",
        "geo_cv",
    ),
    # "Mean (%CV)", "arithmetic means (CV%)", "mean (coefficient of variation)": an arithmetic mean and its CV
    (
        r"(?<!geometric )(?<!geo\. )\bmeans?\s*\(\s*(?:%\s*cv|cv\s*%?|coefficient of variation)",
        "mean_cv",
    ),
    # a CV named with no mean at all ("Values are shown as (CV%)"): a PK table's geometric mean -- unless the
    # text is about a population model's variability ("IIV (%CV)") or standard errors, where no mean is given
    (
        r"^(?!.*\bmeans?\s*\()(?!.*(?:\biiv\b|\bbsv\b|\biov\b|\brse\b|inter-?individual|between-?(?:subject|patient)))"
        r".*?(?:\(\s*%?\s*cv\s*%?\s*\)|cv\s*%|%\s*cv)",
        "geo_cv",
    ),
    (r"mean\s*\(\s*s\.?d\.?\s*\)|mean \(standard deviation\)", "mean_sd"),
    # "mean ± SD", "Plus-minus values are means ±SD": a statement about cells printed "a ± b", never "a (b)"
    (r"mean\s*±\s*s\.?d\b|±\s*s\.?d\b|means ±sd|plus.minus values are means|± ?standard deviation", "pm_sd"),
    (r"\(s\.?e\.?\)|\(s\.?e\.?m\.?\)|mean\s*\(s\.?e", "mean_se"),
    (r"±\s*s\.?e\.?(?:m\b|m\.|\b)|± ?standard error", "pm_se"),
    (
        r"n\s*\(%\)|no\.\s*\(%\)|number \(percent\)|n \(percent\)|\(%\)|counts? \(percentages?\)|no\. of patients \(%\)"
        r"|n/n \(%\)|no\./total no\. \(%\)|number \(%\)|patients \(%\)",
        "count_pct",
    ),
]
_INTERVAL = [
    (r"\biqr\b|interquartile|q1\s*[,–-]\s*q3|25th|first quartile|lower quartile", "iqr"),
    (r"\brange\b|min(?:imum)?\s*[,–-]\s*max|minimum, maximum", "range"),
    (r"\bci\b|confidence interval|cred", "ci"),
]
_ESTIMATE = [
    (r"hazard ratio|\bhr\b", "hr"),
    (
        r"differences?\b|\bdiff\.?\b|\bsmd\b|(?<!hazard )(?<!odds )(?<!risk )\bratios?\b|\bgmrs?\b"
        r"|\blsm\s*r\b|\beffect\s+sizes?\b|\bcohen[’']?s\s+d\b|\bhedges[’']?\s*g\b",
        "value",
    ),
    (r"odds ratio|\bor\b(?=\s*\()", "or"),
    (r"risk ratio|relative risk|\brr\b", "rr"),
    (r"geometric mean", "geometric_mean"),
    (r"\bmedian\b", "median"),
    (r"(?<!vs )(?<!vs\. )(?<!versus )\bmean\b|\blsm\b|least.squares mean", "mean"),
    # a PK "elimination rate constant" (a glossary's "absorption rate constant") is a parameter, no event rate
    (r"\brate\b(?!\s+constants?\b)|incidence|events?\s*/\s*100|per 100|/100 patient|/100 person", "rate"),
]
# the spread column of an estimate's column pair ("Mean | SD", "Geometric mean | CV%", "Estimate | SE"): the
# header alone names the bare number under it, when the table heads another column with the estimate
_SPREAD_HEADER = (
    (r"s\.?d\.?|standard deviation", "sd"),
    (r"s\.?e\.?(?:m\.?)?|standard error(?: of the mean)?", "se"),
    (r"%\s*cv|cv\s*%|cv\s*\(%\)|coefficient of variation(?: \(%\))?", "cv_percent"),
)
# a mean estimated by a model ("least-squares mean change", "adjusted mean", "marginal effects"): its interval is a CI
_MODEL_MEAN = r"least[- ]?squares?\s+means?|\blsmeans?\b|\badjusted\s+means?|\bmarginal\s+(?:means?|effects?)"
_PAIRED_ESTIMATE = r"(?:arithmetic |geometric )?means?|estimates?"
_STRONG_RATE = r"events?\s*/\s*100|per 100|/\s*100 patient|/\s*100 person|incidence rate|events per"
_PERCENT_LABEL = r"(,|—|–)\s*%\s*$|(?<!\bn )(?<!\bno\. )(?<!number )\(%\)\s*$"
_PERCENT_HEADER = r"^\s*(?:percent(?:age)?s?\b(?!\s*change)|%\s*(?:of\b|$))"
_N_ROW = r"(?:n|no\.?|number(?: of (?:patients|participants|subjects))?)"
_STAT_ROW = r"^\s*(median|mean|geometric mean|range|iqr|interquartile range|sd|q1|q3)\b"
# population PK: a between-subject variability (IIV, BSV, IOV, omega) and a relative standard error or shrinkage
_VARIABILITY = (
    r"\biiv\b|\bbsv\b|\bisv\b|\biov\b|\bbov\b|inter-?individual|between-?(?:subject|patient|occasion)"
    r"|inter-?(?:subject|patient|occasion)|\bomega\b|ω"
)
_RSE_LABEL = r"^\s*(?:%\s*)?(?:rse|relative standard error)\b|^\s*(?:eta|η|ε|epsilon)?[\s-]*shrinkage\b"
_RSE_ANY = r"\brse\b|relative standard error"
# a landmark of a time-to-event curve ("3-yr overall survival", "event-free at 24 months", "Kaplan-Meier estimate")
_LANDMARK_EVENT = r"surviv|-free|\bfree\b|\bos\b|\bpfs\b|\befs\b|\bdfs\b|kaplan|cumulative incidence|\bk-?m\b"
_LANDMARK_TIME = r"\d+\s*-?\s*(?:months?|mo|years?|yrs?|y|weeks?|wk|days?)\b|kaplan|\bk-?m\b"
_PROPORTION = (
    r"\bresponse|remission|\borr\b|\bdcr\b|\bcbr\b|disease control|clinical benefit"
    r"|% of (?:patients|participants)"
)
_PERCENT_NAMED = r"(?:^|[,—–(\s])%(?:\s*\(|\s*$|\s*,)|\bpercent(?:age)?\b"
_CHANGE = r"\bchange|differen|effect|reduction|increase|decrease|\bratio"
# the same, less the participles that name adverse events ("Decreased appetite", "ALT increased")
_CHANGE_NOT_EVENT = r"\bchange|differen|effect|reduction|increase(?!d)|decrease(?!d)|\bratio"
# percentages that are Kaplan-Meier estimates (or cumulative incidences): event rates, not shares of N
_KM_PERCENT = (
    r"(?:kaplan.?meier|\bk-?m\b|cumulative incidence)[^.;]{0,40}(?:%|percent)"
    r"|(?:%|percentages?|event rates?)[^.;]{0,40}(?:kaplan.?meier|\bk-?m\b|cumulative incidence)"
)
# a bare whole number under a column that names what is counted
_COUNTED = (
    r"^(?:no\.?\s+of\s+)?(?:events?|patients?|participants?|subjects?|deaths?|cases?)(?:\s+with\s+(?:an?\s+)?events?)?$"
    r"|\bat risk\b"
)
# labels that make a bare number "any other single number": a change, a difference, a score, an index...
_VALUE_NAMED = (
    r"\bchange|differen|effect|reduction|increase|decrease|ratio|\bscore|\bindex\b|number needed|\bnnt\b"
    r"|\bestimate|\bvalue|\bslope|\bauc\b|\bcmax|\bt\s*max|\bt1/2|half-life|clearance|volume|\bdose|\bduration"
)


@dataclass(frozen=True, slots=True)
class Context:
    """The labels around one cell, nearest first."""

    row: tuple[str, ...]  # innermost first
    column: tuple[str, ...]  # innermost first
    footnotes: tuple[str, ...]  # the footnotes this cell's marks point to
    table_notes: str
    title: str
    arm_n: int | None
    section: str = ""
    stub: str = ""
    headers: tuple[str, ...] = ()  # every column header text of the table


@dataclass(frozen=True, slots=True)
class Meaning:
    """Statistic names for the numbers of a shape, in order; ``None`` where the cell cannot be read."""

    stats: tuple[str, ...]
    ci_level: float | None = None
    reason: str = ""
    inferred: bool = False  # decided by the numbers (no statement of the table says it): vetoed harder


def _first_match(table: list[tuple[str, str]], texts: list[str]) -> str | None:
    patterns = tuple(table)
    for text in texts:
        meaning = _match_one(patterns, text.lower())
        if meaning is not None:
            return meaning
    return None


@lru_cache(maxsize=8192)  # the same labels are asked about for every cell of their row or column
def _match_one(patterns: tuple[tuple[str, str], ...], low: str) -> str | None:
    for pattern, meaning in patterns:
        if re.search(pattern, low):
            return meaning
    return None


def _all_matches(table: list[tuple[str, str]], text: str) -> set[str]:
    low = text.lower()
    return {meaning for pattern, meaning in table if re.search(pattern, low)}


def _sources(ctx: Context) -> list[str]:
    """Label texts nearest first: footnotes of the cell, row, column, the legend clauses scoped to this cell
    ("except for Tmax shown as...", "medians (range) for Tmax", "changes are mean (95% CI)"), stub header,
    the table-wide legend, title. Each statement is one text: none is blended with another."""
    texts = [*ctx.footnotes, *ctx.row, *ctx.column]
    scoped, _general = applicable(scoped_statements(ctx.table_notes), ctx.row, ctx.column)
    texts.extend(c.statement for c in scoped)
    texts.append(ctx.stub)
    # the table-wide legend's statistic phrases, each whole ("geometric mean (95% CI)", "median (range)"), before
    # the legend's full text: a phrase names its interval together with its own estimate, never another's
    texts.extend(general_statements(ctx.table_notes))
    texts.extend([_legend_rest(ctx.table_notes), ctx.title])
    return texts


@lru_cache(maxsize=256)  # asked once per cell of a table, always with the same legend
def _legend_rest(notes: str) -> str:
    """The table-wide legend without its statistic phrases (read apart) and its glossary."""
    rest = _GLOSSARY.sub("", strip_scoped(notes))
    for phrase in general_statements(notes):
        rest = rest.replace(phrase, " ")
    return rest


# "HR, hazard ratio", "CI indicates confidence interval", "NR = not reached": a glossary defines words, it does
# not say what a cell's numbers are
_GLOSSARY = re.compile(r"\b[A-Z][A-Za-z0-9/-]{0,8}(?:\s*[,=:]\s*|\s+(?:indicates|denotes|means)\s+)[a-z][^,;.]*")


def legend_conflict(ctx: Context) -> str | None:
    """Two scoped legend clauses that both claim this cell and say different things: the reason, naming both."""
    scoped, _general = applicable(scoped_statements(ctx.table_notes), ctx.row, ctx.column)
    said: dict[tuple[str | None, str | None], str] = {}
    for clause in scoped:
        kind = (_first_match(_PAIR, [clause.statement]), _first_match(_INTERVAL, [clause.statement]))
        said.setdefault(kind, clause.statement)
    if len(said) > 1:
        a, b = list(said.values())[:2]
        return f'the legend says both "{a}" and "{b}" for this cell'
    return None


def ci_level(texts: list[str]) -> float | None:
    for text in texts:
        m = re.search(r"(\d{2}(?:\.\d)?)\s*%\s*(?:ci|confidence|credible|cri)", text, re.IGNORECASE)
        if m:
            return float(m.group(1))
    return None


# a cell of three numbers stated as events, then patients with an event and their share ("No. of events (no. of
# patients, %)", "Events (patients, %)", "events (patients [%])")
_EVENTS_PATIENTS = (
    r"\bevents?\b[^()]*\(\s*(?:no\.?\s*(?:of\s+)?|number of\s+)?(?:patients|participants|subjects|pts)\b[^)]*%"
)


def _own_labels(ctx: Context) -> list[str]:
    """The cell's footnotes, row and column labels (the column's levels also read as one text) and the stub head."""
    return [*ctx.footnotes, *ctx.row, *ctx.column, _header(ctx), ctx.stub]


def meaning_of(shape: Shape, ctx: Context) -> Meaning:
    """Statistic names for the numbers of ``shape`` in this context."""
    texts = _sources(ctx)
    kind = shape.kind
    if kind == "empty":
        return Meaning(())
    if kind not in ("p_value", "qualifier") and not _own_statement(ctx):
        conflict = legend_conflict(ctx)
        if conflict:
            return Meaning((), reason=conflict)
    estimate = _estimate(ctx, texts)
    if (kind == "p_value" or _is_p_context(ctx)) and kind in ("p_value", "number"):
        return Meaning(("p",))
    if estimate == AMBIGUOUS:
        return Meaning((), reason="the column names two estimates (a ratio or a difference), the row not which")
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
        single = _single(ctx, texts, estimate, whole, v is None or v >= 0)
        if not single:
            return Meaning((), reason="a bare number that no label names (count, mean, percent, value?)")
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
    if kind == "fraction_pct":
        return _fraction_pct(ctx)
    if kind == "plusminus":
        pair = _first_match(_PAIR, texts)
        return Meaning(("mean", "se") if pair in ("mean_se", "pm_se") else ("mean", "sd"))
    if kind == "plusminus_interval":
        return Meaning(("mean", "sd", "min", "max"))
    if kind == "estimate_two_intervals":
        return _two_intervals(texts)
    if kind == "pair_pct":
        return Meaning(("count", "percent"))
    if kind == "pair":
        return _pair(shape, ctx, texts)
    if kind == "triple":
        head = " ".join(ctx.column).lower()
        if re.search(r"n\s*\(%\)\s*\[?e\b|n \(%\) e|\(%\)\s*events", head):
            return Meaning(("count", "percent", "events"))
        return Meaning((), reason="three numbers whose meaning the table does not state")
    if kind in ("interval", "bare_interval", "estimate_interval"):
        return _interval(kind, ctx, texts, estimate, shape.ci_level, shape.numbers)
    return Meaning((), reason=f"unhandled shape {kind}")


def _two_intervals(texts: list[str]) -> Meaning:
    """``a (b–c; d,e)``: median (IQR; range) only when a label says both intervals, IQR inside range."""
    for text in texts:
        low = text.lower()
        m = re.search(r"median\s*\(\s*(iqr|interquartile range)\s*[;,]?\s*(range|min(?:imum)?\s*[,–-]\s*max)", low)
        if m:
            return Meaning(("median", "q1", "q3", "min", "max"))
    return Meaning((), reason="an estimate with two intervals whose meaning the table does not state")


def _population_pk(shape: Shape, ctx: Context) -> Meaning | None:
    """A population-PK parameter table: "Estimate (%RSE)", "IIV (%CV)", "RSE (%)", "Shrinkage (%)". The
    estimate is a value, a between-subject variability stated as a CV is a cv_percent, and a relative standard
    error or a shrinkage has no statistic of its own: it is not emitted (never as a percent of participants)."""
    # a column label that is only a bracket ("(%RSE)" under "IIV (%CV)") is the wrapped end of the label above
    wrapped = bool(ctx.column) and re.fullmatch(r"\(.*\)", ctx.column[0].strip()) is not None
    near = [*ctx.footnotes, *ctx.row[:1], *ctx.column[: 2 if wrapped else 1]]
    inner = [*ctx.column[:1], *ctx.row[:1]]
    if any(re.search(_RSE_LABEL, label, re.IGNORECASE) for label in inner) and shape.kind in (
        "number",
        "percent",
        "pair",
        "pair_pct",
    ):
        return Meaning((), reason="a relative standard error or a shrinkage: trialex has no statistic for it")
    variability = any(re.search(_VARIABILITY, t, re.IGNORECASE) for t in near)
    rse = any(re.search(_RSE_ANY, t, re.IGNORECASE) for t in near)
    if not variability and not rse:
        return None
    cv = any(re.search(r"\bcv\b|%|coefficient of variation", t, re.IGNORECASE) for t in near)
    first = "cv_percent" if variability and cv else "value"
    if shape.kind == "number":
        return Meaning((first,))
    if shape.kind in ("pair", "pair_pct"):
        if rse:
            return Meaning((first,))  # "0.844 (8.4)" under "Estimate (%RSE)": the estimate; its RSE is not a statistic
        return Meaning((), reason="a (b) in a population-PK table whose labels do not say what b is")
    if shape.kind in ("interval", "bare_interval"):
        return None
    if shape.kind == "estimate_interval" and variability and cv:
        return Meaning(("cv_percent", "ci_low", "ci_high"), shape.ci_level or ci_level(near))
    return None


def _proportion_estimate(ctx: Context, estimate: str | None, numbers: tuple[float | None, ...]) -> str | None:
    """A percentage with its CI: a landmark of a time-to-event curve ("3-yr overall survival, % (95% CI)") is a
    rate; a response or a share of patients ("Objective response, % (95% CI)") is a percent. ``None`` when the
    labels say neither, or name a change or a contrast (a difference in percentage points is a value)."""
    if estimate not in (None, "value", "rate"):
        return None
    near = " ".join([*ctx.footnotes, *ctx.row, *ctx.column])
    if re.search(_CHANGE, near, re.IGNORECASE) or _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column]):
        return None
    if any(v is not None and not 0 <= v <= 100 for v in numbers):
        return None
    landmark = re.search(_LANDMARK_EVENT, near, re.IGNORECASE) and re.search(_LANDMARK_TIME, near, re.IGNORECASE)
    labels = [*ctx.footnotes, *ctx.row, *ctx.column]
    named = any(re.search(_PERCENT_NAMED, t, re.IGNORECASE) for t in labels) or estimate == "rate"
    if landmark and named:
        return "rate"
    if re.search(_PROPORTION, near, re.IGNORECASE) and (named or estimate == "rate"):
        return "percent"
    return None


def _legend_estimate(ctx: Context) -> str | None:
    """The one estimate the legend's statements for this cell name ("Tabulated values are mean (SD)": a mean),
    scoped clauses first; ``None`` when they name none or several."""
    scoped, _general = applicable(scoped_statements(ctx.table_notes), ctx.row, ctx.column)
    for phrases in ([c.statement for c in scoped], general_statements(ctx.table_notes)):
        named = {e for e in (_first_match(_ESTIMATE[4:7], [p]) for p in phrases) if e}
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None


def _own_statement(ctx: Context) -> bool:
    """Does the cell's footnote, row or column say what its numbers are (nearer than any legend clause)?"""
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    return _first_match(_PAIR, near) is not None or _first_match(_INTERVAL, near) is not None


_P_LABEL = r"^p\s*(value|-value)?[*†‡§a-z]?$|\bp.values?\b|^p\s+(?:for|of)\s+(?:interaction|trend|heterogeneity)"


def _header(ctx: Context) -> str:
    """The column's labels read top to bottom, as one text: a header cell wrapped over two header levels
    ("no. of events/" over "100 patient-yr") reads whole."""
    return " ".join(reversed(ctx.column))


def _is_p_context(ctx: Context) -> bool:
    """A column headed "P", "P value" or "p-value" at any of its levels, or a row whose own label is one ("P value"
    under each outcome, "P for interaction")."""
    if any(re.search(_P_LABEL, col.strip().lower()) for col in ctx.column):
        return True
    return bool(ctx.row) and bool(re.search(_P_LABEL, ctx.row[0].strip().lower()))


def _landmark(ctx: Context) -> bool:
    return bool(re.search(r"\d+.(month|year|week|day|yr|mo)", " ".join(ctx.row).lower()))


def _estimate(ctx: Context, texts: list[str]) -> str | None:
    """The estimate a label names (hazard ratio, median, rate...): row and column first, then the rest."""
    for level in (list(ctx.footnotes), list(ctx.column)):  # the cell's own footnote, then its column
        named = {k for t in level for k in _all_matches(_ESTIMATE[:4], t)}
        if named:
            return next(iter(named)) if len(named) == 1 else _contrast_of_row(ctx, named)
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    found = _first_match(_ESTIMATE, near)
    if found:
        return found
    # the legend's statistic phrases each name their own estimate with their own interval or spread: they are
    # read with the shape they describe (_pair, _interval), not as the estimate of every cell
    phrases = set(general_statements(ctx.table_notes))
    rest = _legend_rest(ctx.table_notes)
    # where the legend's statements were read as phrases, a mean or median it names elsewhere ("mean ± s.d." in
    # a sentence of its own) states nothing about this cell
    stated = any(_first_match(_ESTIMATE[4:7], [p]) for p in phrases)
    for text in texts[len(near) :]:
        if text in phrases:
            continue
        found = _first_match(_ESTIMATE, [text])
        if found and not (stated and text == rest and found in ("mean", "median", "geometric_mean")):
            return found
    return None


AMBIGUOUS = "?"


def _contrast_of_row(ctx: Context, named: set[str]) -> str:
    """A column that names two contrasts ("Hazard Ratio or Difference (95% CI)"): the row says which. A row of
    events ("— no. (%)") takes the one ratio named; a row of a measurement (a change, a mean, a score, a unit)
    the difference; a row that says neither leaves the cell unread (:data:`AMBIGUOUS`)."""
    row = " ".join(ctx.row)
    own = _all_matches(_ESTIMATE[:4], row) & named
    if len(own) == 1:
        return next(iter(own))
    ratios = named - {"value"}
    events = re.search(r"no\.\s*\(%\)|n\s*\(%\)|\bno\. of (?:patients|events)|\bevents?\b|\bdeath|hospitali", row, re.I)
    measured = re.search(_CHANGE + r"|\bmean\b|\bscore|±|(?:,|—|–)\s*(?:%|mm|kg|ml|mg|cm|days?|yr)", row, re.I)
    if events and not measured and len(ratios) == 1:
        return next(iter(ratios))
    if measured and not events and "value" in named:
        return "value"
    return AMBIGUOUS


def _single(
    ctx: Context, texts: list[str], estimate: str | None, value_is_integer: bool, value_is_positive: bool = True
) -> str:
    """A bare number. Nearest statement first: a column that names a contrast (HR, difference, ratio), a
    row that is itself a statistic ("Median"), a row in percent (", %"), a rate ("events/100 patient-yr"),
    counts ("no.", "n (%)", "patients"), an estimate the labels name (median, mean); then the legend."""
    bound = _ci_bound(ctx)
    if bound:
        return bound
    spread = _spread_column(ctx)
    if spread:
        return spread if value_is_positive else ""
    if _one_individual(ctx):
        return "value"  # one subject's own measurement ("Subject 3 | Age (years) 24"): no statistic of a group
    if _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column]):
        return estimate or "value"
    inner = ctx.row[0] if ctx.row else ""
    if re.search(_STAT_ROW, inner, re.IGNORECASE):
        named = _first_match(_ESTIMATE, [inner])
        if named:
            return named
    if value_is_integer and value_is_positive and re.fullmatch(_N_ROW, inner.strip(), re.IGNORECASE):
        return "count"  # a row labelled "n" ("No.", "No. of patients") under a group: how many patients it has
    # a percent header at any level: "All TEAEs, %" over its "Grade 1 | Grade 2" columns speaks for them all
    percent_column = any(re.search(r"(,|—|–)\s*%\s*$", label) for label in ctx.column)
    if re.search(_PERCENT_LABEL, inner) or percent_column:
        if not value_is_positive or re.search(_CHANGE_NOT_EVENT, inner, re.IGNORECASE):
            return "value"  # "Change in weight, %", "−18.2": a change in percent is no share of patients
        return _proportion_estimate(ctx, "value", ()) or "percent"  # "3-yr overall survival, %": a landmark rate
    if re.search(_STRONG_RATE, " ".join([*ctx.footnotes, inner, _header(ctx)]), re.IGNORECASE):
        return "rate"
    pair = _first_match(_PAIR, [*ctx.row, *ctx.column])
    if pair != "count_pct" and any(
        re.search(_PERCENT_HEADER, label, re.IGNORECASE) for label in [*ctx.column, ctx.stub]
    ):
        return "percent"  # "Percentage of patients", "% of participants" (over the arms or the stub): the percentage
    if pair == "count_pct" or re.search(r"\bno\.|number of|\bn\b(?!\s*[=¼:])", " ".join(ctx.column).lower()):
        return "count"
    counted = re.sub(r"\(?\s*\b[nN]\s*[=:]\s*\d[\d,]*\s*\)?", "", ctx.column[0] if ctx.column else "").strip()
    if value_is_integer and re.search(_COUNTED, counted, re.IGNORECASE):
        return "count"  # a whole number under "Events", "Patients with event", "Deaths", "No. at risk"
    if value_is_integer and value_is_positive and pair is None and _first_match(_PAIR, [ctx.stub]) == "count_pct":
        # the stub head says every cell is a number of patients (%) ("Tumor response, no. of patients (%)"): a bare
        # whole number is a count printed without its 0%, whatever endpoint the row names ("response rate")
        return "count"
    near = _first_match(_ESTIMATE, [*ctx.footnotes, *ctx.row, *ctx.column])
    if near == "rate" and _proportion_estimate(ctx, near, ()) == "percent":
        return "percent"  # "Objective response rate": a share of patients, not an event rate
    if near in ("hr", "or", "rr", "median", "mean", "geometric_mean", "rate"):
        return near
    if re.search(r"\b(patients|participants|subjects)\b|number of|\bno\. of", " ".join(ctx.row).lower()):
        return "count"
    if value_is_integer and re.search(r"(?:—|–|,)\s*(?:no\.|n)\s*$", inner, re.IGNORECASE):
        return "count"  # "Progression or death — no.": the row's own descriptor says a number of patients
    if re.search(r"number needed|\bnn[th]\b", inner, re.IGNORECASE):
        return "value"  # a number needed to treat (or harm) is no count of patients, whatever the legend's n (%)
    general = _all_matches(_PAIR, " ".join(texts))
    if value_is_integer and ("count_pct" in general or ctx.section == "adverse_events"):
        if "count_pct" not in general and _percent_elsewhere(ctx):
            return ""  # a percentages table whose span did not reach this column: no count by default
        return "count"
    incidence = estimate == "rate" and ctx.section == "adverse_events"
    if incidence and not re.search(_STRONG_RATE, " ".join([*texts, ctx.title, ctx.table_notes]), re.IGNORECASE):
        return ""  # "Incidence of common TEAEs": the share of patients with each event, not an event rate
    if estimate in ("hr", "or", "rr", "median", "mean", "geometric_mean", "rate"):
        return estimate
    legend = _legend_estimate(ctx)
    if legend:
        return legend  # "Values are means (SD)" over a cell printed without its SD
    if any(re.search(_VALUE_NAMED, t, re.IGNORECASE) for t in [*ctx.footnotes, *ctx.row, *ctx.column, ctx.stub]):
        return "value"
    said = f"{ctx.title} {ctx.table_notes}"
    if ctx.section in ("efficacy", "pk") and re.search(r"\bchanges?\b|\bdifferences?\b|\beffects? of\b", said, re.I):
        return "value"  # "Table 3. Changes from baseline ...": the caption says what the table's numbers are
    return ""  # no statement names the number and the arithmetic cannot: unread, not a guess


# one subject, patient or volunteer named by its number ("Subject 3", "Patient 12", "Volunteer A2", "Pt 4")
_INDIVIDUAL = re.compile(
    r"^(?:subjects?|patients?|participants?|volunteers?|individuals?|case|pt\.?|id)\s*(?:no\.?\s*)?#?\s*"
    r"(?:\d{1,3}[a-z]?|[a-z]\d{0,3})$",
    re.IGNORECASE,
)
_ID_LABEL = re.compile(r"^(?:#\s*)?(?:\d{1,3}|[a-z]{1,2}\d{1,3})$", re.IGNORECASE)
_ID_STUB = re.compile(
    r"^(?:subjects?|patients?|participants?|volunteers?|individuals?|case|pt\.?|id)(?:\s*(?:no\.?|id|#|number))?$",
    re.IGNORECASE,
)


def _one_individual(ctx: Context) -> bool:
    """The cell is one subject's own value: its column (a table set with one column per subject) or its row
    (a listing, one row per subject) names one subject, or the stub head says the rows are subjects and the
    row label is an id ("Subject | 1 | 2 ...")."""
    inner_col = ctx.column[0].strip() if ctx.column else ""
    inner_row = ctx.row[0].strip() if ctx.row else ""
    if _INDIVIDUAL.match(inner_col) or _INDIVIDUAL.match(inner_row):
        return True
    return bool(_ID_STUB.match(ctx.stub.strip()) and _ID_LABEL.match(inner_row))


def _spread_column(ctx: Context) -> str:
    """ "SD" (or "SE", "CV%") heading a column whose table heads another column "Mean" ("Estimate"): the
    spread of that estimate, never "stable disease" or a rate the legend names."""
    inner = ctx.column[0].strip().lower() if ctx.column else ""
    stat = next((name for pattern, name in _SPREAD_HEADER if re.fullmatch(pattern, inner)), "")
    if not stat:
        return ""
    own = set(ctx.column)
    paired = any(re.fullmatch(_PAIRED_ESTIMATE, h.strip(), re.IGNORECASE) for h in ctx.headers if h not in own)
    return stat if paired else ""


def _percent_elsewhere(ctx: Context) -> bool:
    """Another column of the table is headed "Percentage of patients" ("% of participants"), this one not."""
    own = set(ctx.column)
    return any(re.search(_PERCENT_HEADER, h, re.IGNORECASE) for h in ctx.headers if h not in own)


def _pair(shape: Shape, ctx: Context, texts: list[str]) -> Meaning:
    """ "a (b)": count and percent, mean and SD, geometric mean and CV, mean and SE, from the labels or the
    numbers."""
    a, b = shape.numbers
    if (
        _first_pair([*ctx.footnotes, *ctx.row[:1], *ctx.column]) is None
        and _first_match(_PAIR, [*ctx.footnotes, *ctx.row[:1], *ctx.column]) in _PLUS_MINUS
    ):
        return Meaning((), reason='the labels say "mean ± SD", but the cell is printed "a (b)"')
    contrast = _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column])
    if contrast:
        # "−1.2 (0.3)" under "Difference": the legend's "mean (SD)" speaks for the arms, not the contrast; only a
        # statement of the contrast's own labels ("Difference (SE)") says what its second number is
        own = _first_pair([*ctx.footnotes, *ctx.column])
        if own in ("mean_se", "mean_sd"):
            return Meaning((_estimate(ctx, texts) or "value", "se" if own == "mean_se" else "sd"))
        return Meaning((), reason="a (b) under a contrast (difference, ratio) whose labels do not say what b is")
    if a is not None and shape.decimals and shape.decimals[0] > 0:
        # "93.0 (12.0)": a number with decimals is not a count, whatever "(%)" the label carries
        others = _pair_kinds(" ".join(texts)) - {"count_pct"}
        if len(others) == 1:
            return _pair_meaning(next(iter(others)))
        if not others:
            return Meaning((), reason="a (b) with decimals: not a count, and the table does not say what it is")
    if a is None:  # "NR (12.1)" and the like
        return Meaning((), reason="qualifier with one number")
    rated = _count_and_rate(ctx, texts, a)
    if rated is not None:
        return rated
    near = _first_pair([*ctx.footnotes, *ctx.row[:1], *ctx.column])
    if near is None:
        near = _first_pair(list(ctx.row[1:]))
        if near == "count_pct" and not _fits_percent(a, b, ctx.arm_n):
            near = None  # a group label saying "n (%)" over a continuous sub-row is not about this cell
    if near is not None and not (near == "count_pct" and len(_pair_kinds(" ".join(ctx.column))) > 1):
        return _pair_meaning(near)
    candidates = _pair_kinds(" ".join([*ctx.column, *texts[len(ctx.footnotes) + len(ctx.row) + len(ctx.column) :]]))
    if ctx.stub and _pair_kinds(ctx.stub):
        candidates = _pair_kinds(" ".join([*ctx.column, ctx.stub]))
    if len(candidates) == 1:
        only = next(iter(candidates))
        if only != "count_pct" or _fits_percent(a, b, ctx.arm_n) or ctx.arm_n is None:
            return _pair_meaning(only)
    if "count_pct" in candidates and _fits_percent(a, b, ctx.arm_n):
        return _pair_meaning("count_pct", inferred=True)
    others = candidates - {"count_pct"}
    if len(others) == 1:
        return _pair_meaning(next(iter(others)))
    categorical = ctx.section == "adverse_events" or bool(
        re.search(r"response|disease|\borr\b|\bdcr\b|\bcbr\b|remission|rate", " ".join(ctx.row), re.IGNORECASE)
    )
    if not candidates and _fits_percent(a, b, ctx.arm_n) and (ctx.arm_n is not None or categorical):
        return _pair_meaning("count_pct", inferred=True)
    if categorical and _fits_percent(a, b, None) and "count_pct" in candidates | {"count_pct"}:
        return _pair_meaning("count_pct", inferred=True)
    return Meaning((), reason="a (b): the table does not say whether this is n (%) or mean (SD)")


_PLUS_MINUS = ("pm_sd", "pm_se")


def _pair_kinds(text: str) -> set[str]:
    """What an "a (b)" cell can be by this text: a "mean ± SD" statement is about cells printed with "±"."""
    return _all_matches(_PAIR, text) - set(_PLUS_MINUS)


def _first_pair(texts: list[str]) -> str | None:
    return _first_match([(p, kind) for p, kind in _PAIR if kind not in _PLUS_MINUS], texts)


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


def _ci_bound(ctx: Context) -> str | None:
    """A bare number under "95% CI" > "Lower" / "Upper" (or "Lower 95% CI"): one bound of the interval."""
    near = [*ctx.footnotes, *ctx.column]
    if _first_match(_INTERVAL, near) != "ci":
        return None
    inner = " ".join(ctx.column[:1]).lower()
    lower, upper = re.search(r"\blower\b|\blow\b", inner), re.search(r"\bupper\b|\bhigh\b", inner)
    if bool(lower) == bool(upper):
        return None
    return "ci_low" if lower else "ci_high"


def _count_and_rate(ctx: Context, texts: list[str], a: float) -> Meaning | None:
    """ "48 (3.2)" under "No. of events (rate per 100 patient-yr)": a count and an event rate, which with a year
    of follow-up is as near count/N as a percentage is, so the arithmetic cannot tell them apart; the labels
    must. A rate the labels name wins over the legend's "n (%)"; a rate and "(%)" named as near is unread."""
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    far = texts[len(near) :]
    near = [*near, _header(ctx)]  # a header cell wrapped over two levels ("no. of events/" over "100 patient-yr")
    if a == int(a) and any(re.search(_KM_PERCENT, t, re.IGNORECASE) for t in near):
        return Meaning(("count", "rate"))  # "n (KM %)", "No. of events (Kaplan-Meier estimate, %)"
    if a == int(a) and re.search(_KM_PERCENT, ctx.table_notes, re.IGNORECASE):
        # the legend speaks of Kaplan-Meier percentages, the cell's own labels do not say whether its "(%)" is one
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


def _interval(
    kind: str,
    ctx: Context,
    texts: list[str],
    estimate: str | None,
    own_level: float | None,
    numbers: tuple[float | None, ...] = (),
) -> Meaning:
    near = [*ctx.footnotes, *ctx.row, *ctx.column]
    which = "ci" if own_level else _first_match(_INTERVAL, near) or _first_match(_INTERVAL, texts[len(near) :])
    if not own_level and _first_match(_INTERVAL, near) is None:
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
    if which in ("iqr", "range") and contrast and _first_match(_INTERVAL, near) is None:
        # the legend's "median (IQR)" is about the arms' data: a ratio's or a contrast's interval is its CI
        which = _first_match([p for p in _INTERVAL if p[1] == "ci"], texts[len(near) :])
    level = own_level or (ci_level(texts) if which == "ci" else None)
    if kind in ("interval", "bare_interval") and not own_level and _first_match(_INTERVAL, near) is None:
        # "(−124 to 89)" with no estimate and no label of its own naming it: a bound pair printed apart from
        # its estimate has its own "95% CI" header or row; otherwise it is most often a cell cut from its estimate
        return Meaning((), reason="an interval without its estimate that no label of its own names")
    if which is None:
        if kind == "estimate_interval" and estimate in ("hr", "or", "rr", "value", "rate"):
            # a difference, ratio or rate with an interval: a confidence interval; its level is not stated. A
            # mean's interval may as well be its range (PK tables): unnamed, it is not read
            est = _proportion_estimate(ctx, estimate, numbers) or estimate
            return Meaning((est, "ci_low", "ci_high"), None)
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
        return Meaning((), reason="estimate with an interval the table does not name (range, IQR or CI?)")
    lo, hi = {"iqr": ("q1", "q3"), "range": ("min", "max"), "ci": ("ci_low", "ci_high")}[which]
    if kind in ("interval", "bare_interval"):
        return Meaning((lo, hi), level)
    if not own_level:
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
        est = _proportion_estimate(ctx, estimate, numbers) or estimate or "value"
    return Meaning((est, lo, hi), level)
