"""A cell that names its own statistic in its bracket ("63.4 (SD 9.8)", "84.2 (SEM 2.3)", "14.2 (range 2.1–30.5)",
"5.2 (IQR: 3.1-8.0)", "0.82 (CI 0.61–1.10)"): the cell's own word is the highest statement about it (issue 9, item
1). Every other statement that says what the cell's numbers are -- its footnotes, row and column labels, the stub
head, the legend clauses scoped to it, the table-wide legend -- must agree with it; one that names another form ("the
cell says SD, the legend says IQR") leaves the cell unread with a finding naming both. A table-wide legend that
yields to what a cell states ("Figures are means (SDs) unless stated otherwise") says nothing against it."""

from __future__ import annotations

import re

from extractors.cells import Shape
from extractors.hint_context import Context, Meaning, _estimate, _sources
from extractors.hint_patterns import _ESTIMATE, _INTERVAL, _PAIR, _all_matches, _first_match
from extractors.legends import applicable, general_statements, scoped_statements

# what each word a cell may print in its bracket agrees with among the forms a statement names
_AGREES = {
    "sd": {"mean_sd", "pm_sd"},
    "se": {"mean_se", "pm_se"},
    "iqr": {"iqr"},
    "range": {"range"},
    "ci": {"ci"},
}
_WORDS = {"sd": "an SD", "se": "an SE", "iqr": "an IQR", "range": "a range", "ci": "a CI"}

# a legend that yields to what a cell states for itself
_UNLESS_STATED = re.compile(
    r"\bunless\s+(?:otherwise\s+)?(?:stated|indicated|specified|noted|shown)|\bexcept\s+(?:where|as|when)\s+"
    r"(?:otherwise\s+)?(?:stated|indicated|specified|noted|shown)|\bor\s+as\s+(?:stated|indicated|specified)",
    re.IGNORECASE,
)


def own_word(shape: Shape) -> str:
    """The statistic the cell names in its bracket ("sd", "se", "iqr", "range", "ci"), or ""."""
    if shape.spread_name:
        return shape.spread_name
    if shape.interval_name:
        return shape.interval_name
    return "ci" if shape.ci_level is not None else ""


def _forms(text: str) -> set[str]:
    """The forms a statement names for a cell, but "n (%)": it speaks for the table's counts, which a cell naming
    its spread or its interval is not ("4.6 (95% CI: 2.3–8.9)" in a column headed "n (%)")."""
    return (_all_matches(_PAIR, text) | _all_matches(_INTERVAL, text)) - {"count_pct"}


def own_word_conflict(shape: Shape, ctx: Context) -> str | None:
    """Why the cell's own word and another statement about it cannot both hold, naming both; ``None`` when every
    statement that names the cell's form agrees with it, or none does."""
    word = own_word(shape)
    if not word:
        return None
    agrees = _AGREES[word]
    said = f"the cell names {_WORDS[word]} in its bracket"
    scoped, _general = applicable(scoped_statements(ctx.table_notes), ctx.row, ctx.column)
    for text in [*ctx.footnotes, *ctx.row, *ctx.column, ctx.stub, *(c.statement for c in scoped)]:
        forms = _forms(text)
        if forms and not forms & agrees:
            return f'{said}, the labels say "{text.strip()}"'
    contrast = word == "ci" and (
        _estimate(ctx, _sources(ctx)) in ("hr", "or", "rr", "value")
        or _first_match(_ESTIMATE[:4], [*ctx.footnotes, *ctx.column]) is not None
    )
    if contrast or _UNLESS_STATED.search(ctx.table_notes):
        return None  # the legend's data forms speak for the groups' data, not a contrast's CI; or it yields
    phrases = [p for p in general_statements(ctx.table_notes) if _forms(p)]
    if phrases and not any(_forms(p) & agrees for p in phrases):
        return f'{said}, the legend says "{"; ".join(p.strip() for p in phrases)}"'
    return None


def named_spread(shape: Shape, ctx: Context) -> Meaning:
    """ "63.4 (SD 9.8)": a mean and the spread the bracket names; a label naming another estimate (a median, a
    ratio) leaves it unread. Under a contrast's head ("Difference") the estimate is the contrast's value."""
    spread = shape.spread_name
    estimate = _estimate(ctx, _sources(ctx))
    if estimate in (None, "mean"):
        return Meaning(("mean", spread))
    if estimate == "value":
        return Meaning(("value", spread))
    name = {"geometric_mean": "geometric mean", "hr": "hazard ratio", "or": "odds ratio", "rr": "risk ratio"}
    return Meaning(
        (),
        reason=f"the cell names {_WORDS[spread]} in its bracket, the labels a {name.get(estimate, estimate)}",
    )
