"""The labels around one cell (:class:`Context`), what its numbers mean (:class:`Meaning`), and the
statements read from them nearest first: the cell's footnotes, row, column, scoped legend clauses, the table-wide
legend; the estimate they name (hazard ratio, median, mean...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.hint_patterns import (
    _CHANGE,
    _ESTIMATE,
    _GLOSSARY,
    _INTERVAL,
    _P_LABEL,
    _PAIR,
    _all_matches,
    _first_match,
)
from extractors.legends import applicable, general_statements, label_keys, scoped_statements, strip_scoped


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
    # the innermost heads of the other columns under the cell's own group (its sibling columns: "Patients" beside
    # "Events" under one arm)
    siblings: tuple[str, ...] = ()
    # the paper-wide conventions that speak for this cell (extractors/paper_conventions.py), in tiers nearest
    # first (phrases scoped to its rows or table kind, then those stated for every cell): the lowest statements
    paper: tuple[tuple[str, ...], ...] = ()
    # does the table print any cell "a ± b"? Where it prints none, a statement "mean ± SD" (a house style that sets
    # the author's "±" as brackets) speaks for its "a (b)" cells; where it does, such a statement has its own cells
    plus_minus: bool = True
    # the table's legend as printed, less the heads stating a form that ``table_notes`` carries too
    legend: str = ""


@dataclass(frozen=True, slots=True)
class Meaning:
    """Statistic names for the numbers of a shape, in order; ``None`` where the cell cannot be read."""

    stats: tuple[str, ...]
    ci_level: float | None = None
    reason: str = ""
    inferred: bool = False  # decided by the numbers (no statement of the table says it): vetoed harder
    said: str = ""  # the paper's convention the reading comes from, when no statement of the table says it


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
    # less a table-wide statement made "except" for this cell ("geometric mean (CV%) except accumulation ratio,
    # mean (SD)"): it does not speak for the cell it excepts
    keys = label_keys([*ctx.row, *ctx.column])
    clauses = scoped_statements(ctx.table_notes)
    excepted = {c.statement for c in clauses if not c.scoped and any(t in keys for t in c.excluded)}
    texts.extend(p for p in general_statements(ctx.table_notes) if p not in excepted)
    texts.extend([_legend_rest(ctx.table_notes), ctx.title])
    return texts


@lru_cache(maxsize=256)  # asked once per cell of a table, always with the same legend
def _legend_rest(notes: str) -> str:
    """The table-wide legend without its statistic phrases (read apart) and its glossary. The glossary goes first
    as well as last: the scoped clauses' stripping joins "HR, hazard ratio; OS, overall survival" into one run,
    where a definition no longer ends at its semicolon ("survival HR" read as one term, "hazard ratio" left as a
    statement)."""
    rest = _GLOSSARY.sub("", strip_scoped(_GLOSSARY.sub("", notes)))
    for phrase in general_statements(notes):
        rest = rest.replace(phrase, " ")
    return rest


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


_CI_LEVEL = re.compile(r"(\d{2}(?:\.\d)?)\s*%\s*(?:ci|confidence|credible|cri)", re.IGNORECASE)
_LEVEL_AT_END = re.compile(r"\d{2}(?:\.\d)?\s*%\s*$")


def ci_level(texts: list[str]) -> float | None:
    """The CI level the nearest text states ("90% CI"), the texts in order of nearness. A label wrapped after its
    level ("Ratio, % (90%" over "CI)", two header lines) states it across the two: read before any farther text
    (a legend's "95% CI" for other columns)."""
    for i, text in enumerate(texts):
        m = _CI_LEVEL.search(text)
        if m is None and _LEVEL_AT_END.search(text):
            # the line after it comes before or after it in the list (a column's levels are listed inner first)
            after = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
            m = next((j for j in (_CI_LEVEL.search(f"{text} {a}") for a in after) if j), None)
        if m:
            return float(m.group(1))
    return None


def _own_labels(ctx: Context) -> list[str]:
    """The cell's footnotes, row and column labels (the column's levels also read as one text) and the stub head."""
    return [*ctx.footnotes, *ctx.row, *ctx.column, _header(ctx), ctx.stub]


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
    column = list(ctx.column)
    if len(column) > 1 and _run_on(column, _header(ctx)):
        # a ratio one head level names that the head read whole does not: its words run on into the next level
        # ("Relative Risk" over "Reduction (95% CI)" is a reduction in percent, not a relative risk)
        column = [_header(ctx)]
    for is_column, level in ((False, list(ctx.footnotes)), (True, column)):  # footnote, then column
        named = {k for t in level for k in _all_matches(_ESTIMATE[:4], t)}
        if is_column and len(level) > 1 and named <= {"value"}:
            # a head wrapped over its levels ("Hazard" / "Ratio" / "(95% CI)", "Unadjusted Odds" / "Ratio"):
            # read whole, it names the ratio a bare "Ratio" leaves unsaid
            whole = _all_matches(_ESTIMATE[:4], _header(ctx)) - {"value"}
            named = whole if len(whole) == 1 else named
        if named:
            return next(iter(named)) if len(named) == 1 else _contrast_of_row(ctx, named)
    near = [*ctx.footnotes, *ctx.row, *column]
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
        # a caption or legend naming two ratios ("Hazard ratios and odds ratios for ..."): the row says which;
        # where it does not, the text names no estimate of this cell (never the first ratio it happens to name)
        ratios = _all_matches(_ESTIMATE[:4], text) - {"value"}
        if len(ratios) > 1:
            decided = _contrast_of_row(ctx, ratios)
            if decided != AMBIGUOUS:
                return decided
            continue
        found = _first_match(_ESTIMATE, [_OWN_NUMBER.sub(" ", text)])
        if found and not (stated and text == rest and found in ("mean", "median", "geometric_mean")):
            return found
    return None


def _run_on(levels: list[str], whole: str) -> bool:
    """Does a level name a ratio the levels read whole as one text do not (a term cut by the head's line break)?"""
    ratios = {k for t in levels for k in _all_matches(_ESTIMATE[:4], t)} - {"value"}
    return bool(ratios - _all_matches(_ESTIMATE[:4], whole))


AMBIGUOUS = "?"

# a mean or median the text states with its own number ("scaled to the children's median weight (22 kg)", "a mean
# age of 54 years"): it is that number's estimate, not the cells' (a level, "mean ratios (90% CI)", is no such number)
_OWN_NUMBER = re.compile(
    r"\b(?:geometric\s+)?(?:mean|median)\s+(?:(?:[^\W\d]+\s+){1,3}\(\s*|(?:[^\W\d]+\s+){0,3}(?:of|was|=)\s*)[<>≤≥]?\d(?![\d.,]*\s*%)",
    re.IGNORECASE,
)


def _contrast_of_row(ctx: Context, named: set[str]) -> str:
    """A column that names two contrasts ("Hazard Ratio or Difference (95% CI)"): the row says which. A row of
    events ("— no. (%)") takes the one ratio named; a row of a measurement (a change, a mean, a score, a unit)
    the difference; a row that says neither leaves the cell unread (:data:`AMBIGUOUS`)."""
    row = " ".join(ctx.row)
    own = _all_matches(_ESTIMATE[:4], row) & named
    if len(own) == 1:
        return next(iter(own))
    ratios = named - {"value"}
    # "Hazard Ratio or Response-Rate Ratio (95% CI)": a time-to-event row's is the hazard ratio, a response
    # row's the other ratio
    timed = re.search(r"surviv|\w-free\b|\btime to\b|\b(?:os|pfs|efs|dfs)\b", row, re.I)
    responded = re.search(r"respon|remission|disease control|clinical benefit", row, re.I)
    if "hr" in ratios and len(ratios) == 2 and bool(timed) != bool(responded):
        return "hr" if timed else next(iter(ratios - {"hr"}))
    events = re.search(r"no\.\s*\(%\)|n\s*\(%\)|\bno\. of (?:patients|events)|\bevents?\b|\bdeath|hospitali", row, re.I)
    measured = re.search(_CHANGE + r"|\bmean\b|\bscore|±|(?:,|—|–)\s*(?:%|mm|kg|ml|mg|cm|days?|yr)", row, re.I)
    if events and not measured and len(ratios) == 1:
        return next(iter(ratios))
    if measured and not events and "value" in named:
        return "value"
    return AMBIGUOUS
