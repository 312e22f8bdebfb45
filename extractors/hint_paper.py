"""The paper-wide conventions as the lowest statement of a cell (extractors/paper_conventions.py): read only where
the cell's labels, the table's scoped legend clauses and its table-wide legend are silent, and vetoed by the
cell's shape and numbers. "a (b)" with one number cannot be an IQR or a range (a pair reads only the pair phrases:
"mean (SD)", "n (%)"); a number with decimals is no count; a "mean ± SD" phrase speaks for cells printed "a ± b"
only; two phrases that fit the same shape leave the decision to the numbers, and where they cannot decide, the
cell is unread with a finding naming both."""

from __future__ import annotations

from extractors.hint_context import Context, Meaning
from extractors.hint_patterns import _ESTIMATE, _INTERVAL, _all_matches, _first_match, _pair_kinds
from extractors.legends import applicable, general_statements, label_keys, scoped_statements

_CENTRAL = ("mean", "median", "geometric_mean")


class TableStatement(str):
    """A phrase of the table's own legend, named beside the paper's phrases in a finding ("the table's legend ...")."""


# the "a (b)" reading a table's legend states against the paper's Methods (:func:`paper_pair_kinds`): a kind no cell
# is read as, that leaves the paper's one phrase short of deciding the cell
OVERRULED = "table_legend"


def said(phrases: tuple[str, ...] | list[str]) -> str:
    return " and ".join(f'the table\'s legend "{p}"' if isinstance(p, TableStatement) else f'"{p}"' for p in phrases)


def _table_statements(ctx: Context) -> list[str]:
    """The statistic phrases the table's legend states for this cell: the clauses scoped to it, then the table-wide
    phrases it is not excepted from."""
    clauses = scoped_statements(ctx.table_notes)
    scoped, _general = applicable(clauses, ctx.row, ctx.column)
    keys = label_keys([*ctx.row, *ctx.column])
    excepted = {c.statement for c in clauses if not c.scoped and any(t in keys for t in c.excluded)}
    return [c.statement for c in scoped] + [p for p in general_statements(ctx.table_notes) if p not in excepted]


def _kind(phrase: str, plus_minus: bool) -> tuple[frozenset[str], str | None]:
    return frozenset(_pair_kinds(phrase, plus_minus) - {"count_pct"}), _first_match(_INTERVAL, [phrase])


def _overruling(ctx: Context, phrases: list[str]) -> tuple[list[str], list[str]]:
    """The table's own estimate phrases for this cell and the paper's ``phrases`` they do not state: a legend that
    states an estimate for the cell ("Data are n (%) or median (IQR)") is not spoken over by the Methods ("continuous
    variables as mean (SD)"). A legend stating counts alone ("Data are n (%)") says nothing of a continuous cell, and
    the Methods may; a phrase the table states too is no conflict."""
    phrases = [p for p in phrases if p != "n (%)"]
    if not phrases:
        return [], []
    stated = [p for p in _table_statements(ctx) if _all_matches(_ESTIMATE[4:7], p)]
    if not stated:
        return [], []
    kinds = {_kind(p, ctx.plus_minus) for p in stated}
    return stated, [p for p in phrases if _kind(p, ctx.plus_minus) not in kinds]


def table_overrules(ctx: Context) -> str | None:
    """The reason, naming both, where the table's legend states an estimate for this cell and the paper's Methods
    another (:func:`_overruling`)."""
    stated, other = _overruling(ctx, [p for tier in ctx.paper for p in tier])
    if not other:
        return None
    return f"the table's legend says {said(stated)} and the paper's Methods {said(other)}: not which is this cell's"


def paper_pair_kinds(ctx: Context) -> tuple[set[str], list[str]]:
    """The "a (b)" readings the nearest tier of the paper's conventions names for this cell, with their phrases.
    Where the table's own legend states another estimate for the cell, its phrases are named too (as
    :class:`TableStatement`) with the kind :data:`OVERRULED`: the paper's phrase alone then decides nothing, and the
    cell's finding names both statements."""
    for tier in ctx.paper:
        phrases = [p for p in tier if _pair_kinds(p, ctx.plus_minus)]
        if phrases:
            kinds = {k for p in phrases for k in _pair_kinds(p, ctx.plus_minus)}
            stated, other = _overruling(ctx, phrases)
            if other:
                return kinds | {OVERRULED}, [*phrases, *(TableStatement(p) for p in stated)]
            return kinds, phrases
    return set(), []


def paper_spread(ctx: Context) -> str | None:
    """ "se" for an "a ± b" cell where the nearest tier naming a "±" phrase names standard errors only."""
    if table_overrules(ctx):
        return None
    for tier in ctx.paper:
        pm = [p for p in tier if "±" in p]
        if pm:
            return "se" if all(p.endswith("SE") for p in pm) else None
    return None


def paper_interval(ctx: Context, estimate: str | None) -> tuple[str, str] | Meaning | None:
    """The interval ("iqr", "range", "ci") the paper names for this cell's "a (b–c)" and the phrase naming it.
    The nearest tier that names an interval decides; within it, phrases of another estimate than the one the
    labels name do not speak for the cell; two intervals left make the cell unread, naming both, as does a table
    legend that states another estimate for the cell (:func:`table_overrules`)."""
    overruled = table_overrules(ctx)
    if overruled:
        return Meaning((), reason=overruled)
    for tier in ctx.paper:
        phrases = [p for p in tier if _first_match(_INTERVAL, [p])]
        if not phrases:
            continue
        if estimate in _CENTRAL:
            own = [p for p in phrases if _estimate_of(p) == estimate]
            if not own:
                name = estimate.replace("_", " ")
                return Meaning((), reason=f"the paper's Methods say {said(phrases)}, but the labels name a {name}")
            phrases = own
        kinds = {_first_match(_INTERVAL, [p]): p for p in phrases}
        if len(kinds) > 1:
            return Meaning(
                (), reason=f"the paper's Methods say {said(list(kinds.values()))} and not which is this cell's"
            )
        which, phrase = next(iter(kinds.items()))
        assert which is not None
        return which, phrase
    return None


def _estimate_of(phrase: str) -> str:
    low = phrase.lower()
    return "geometric_mean" if low.startswith("geometric") else "median" if low.startswith("median") else "mean"


def paper_counts(ctx: Context) -> bool:
    """Does the nearest tier that names an "a (b)" reading say the paper's categorical numbers are n (%)?"""
    kinds, _phrases = paper_pair_kinds(ctx)
    return "count_pct" in kinds
