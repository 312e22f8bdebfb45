"""text-vs-table: a number quoted in the prose equals the same quantity printed in a table.

"The same quantity" is strict: the same statistic, the same parameter or endpoint (spellings unified:
AUC0–∞ = AUCinf; the landmark time of a rate), the same analyte, the same AE grade and scope where both say,
and the same group: the prose must name the arm (its words must appear in the table cell's arm/row/column
labels) or its N (equal to the cell's N) — a number that names no group may be about a subgroup or another
trial. Only when exactly one table value (or several equal ones) remains is anything compared; otherwise
the quote is ambiguous and left alone. (n/N (x%) statements are
checked on their own by percent-vs-count.)
"""

from __future__ import annotations

from schemas.findings import Finding
from schemas.records import Record
from trialex.checks.findings import finding
from trialex.checks.labels import has_run, joined, norm, squash, tokens
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper
from trialex.checks.parameters import quantity
from trialex.checks.rounding import PERCENT_MODES, Printed, fits, printed

INFO = CheckInfo(
    id="text-vs-table",
    title="A number quoted in the text matches the table",
    severity="error when the prose quotes a different value (or a number where the table says not "
    "reached) for a quantity and group (arm or N named in the text) that identify exactly one table "
    "value; no finding when the match is ambiguous or the text names no group",
    compares="a prose record (statistic, parameter/endpoint or term, analyte, arm or N, grade, scope) vs the "
    "one table record with the same identity",
    tolerance="equal at the coarser printed precision: the more precise number, rounded half-up, half-even, "
    "truncated or double-rounded to the other's decimals, gives the other's digits",
)

_COMPARABLE = (
    "count",
    "percent",
    "mean",
    "median",
    "rate",
    "hr",
    "or",
    "rr",
    "geometric_mean",
    "sd",
    "min",
    "max",
    "q1",
    "q3",
    "cv_percent",
    "events",
)


def _labels(record: Record) -> list[str]:
    return tokens(" ".join([record.arm or "", *record.row, *record.column]))


def _same_group(prose: Record, record: Record) -> bool:
    if prose.arm and not has_run(_labels(record), tokens(prose.arm)):
        return False
    prose_n = prose.denominator or prose.arm_n
    record_n = record.denominator or record.arm_n
    if prose_n and record_n and prose_n != record_n:
        return False
    return not (not prose.arm and prose_n and not record_n)


def _same_analyte(prose: Record, record: Record) -> bool:
    if not prose.analyte:
        return True
    if record.analyte and squash(record.analyte) == squash(prose.analyte):
        return True
    return has_run(tokens(" ".join([*record.row, *record.column, record.arm or ""])), tokens(prose.analyte))


def _same_scope(prose: Record, record: Record) -> bool:
    prose_grade = norm(prose.grade or "any").replace("≥", ">=")
    record_grade = norm(record.grade or "any").replace("≥", ">=")
    if prose_grade != record_grade:
        return False
    return not (prose.scope and record.scope and norm(prose.scope) != norm(record.scope))


def _by_quantity(paper: Paper) -> dict[str, list[Record]]:
    """Table records by the quantity they measure (computed once per paper)."""
    index: dict[str, list[Record]] = {}
    for record in paper.records:
        if record.table != "text":
            what = quantity(record)
            if what is not None:
                index.setdefault(what, []).append(record)
    return index


def _candidates(index: dict[str, list[Record]], prose: Record, what: str) -> list[Record]:
    """The table records of the same statistic, quantity, analyte, scope and group as the prose number."""
    found = [
        r
        for r in index.get(what, [])
        if r.statistic == prose.statistic
        and _same_analyte(prose, r)
        and _same_scope(prose, r)
        and _same_group(prose, r)
    ]
    if prose.statistic == "count":
        found = [r for r in found if r.value is None or r.value.is_integer()]
    return found


def _agree(a: Printed, b: Printed) -> bool:
    """Equal at the coarser of the two printed precisions."""
    if a.decimals == b.decimals:
        return a.value == b.value
    fine, coarse = (a, b) if a.decimals > b.decimals else (b, a)
    return fits(fine.value, coarse.value, coarse.decimals, PERCENT_MODES)


def _hint(paper: Paper, prose: Record, shown: Printed, table_record: Record) -> str:
    """Another value of the same group that the prose number does equal (427.9 is AUC0–t, not AUC0–∞)."""
    for record in paper.records:
        if record.table != table_record.table or record is table_record or record.value is None:
            continue
        if record.statistic != prose.statistic or not _same_group(prose, record):
            continue
        if not _same_analyte(prose, record):
            continue
        other = printed(record)
        if other is not None and _agree(shown, other) and quantity(record) != quantity(table_record):
            return (
                f"; {shown.text} is the value of {joined(record.row)} in the same table "
                f'("{record.raw}", {joined(record.column)})'
            )
    return ""


def _compare(paper: Paper, index: dict[str, list[Record]], prose: Record) -> Finding | None:
    what = quantity(prose)
    if what is None or prose.statistic not in _COMPARABLE or not (prose.parameter or prose.row):
        return None
    if not (prose.arm or prose.denominator or prose.arm_n):
        return None
    if prose.statistic == "count" and prose.value is not None and not prose.value.is_integer():
        return None
    candidates = _candidates(index, prose, what)
    distinct = {(r.value, r.qualifier) for r in candidates}
    if len(distinct) != 1:
        return None
    table_record = candidates[0]
    subject = " ".join(
        x
        for x in (
            prose.statistic,
            prose.analyte,
            prose.parameter or joined(prose.row),
            f"({prose.arm})" if prose.arm else "",
        )
        if x
    )
    where = f'{table_record.table} ("{table_record.raw}", {joined(table_record.row)} / {joined(table_record.column)})'
    shown = printed(prose)
    if shown is None or table_record.value is None:
        if (prose.value is None) == (table_record.value is None):
            return None
        said = (prose.qualifier or "not given") if prose.value is None else (shown.text if shown else "")
        there = (table_record.qualifier or "not given") if table_record.value is None else table_record.raw
        message = f'The text on page {prose.page} ("{prose.raw}") gives the {subject} as {said}; {where} says {there}'
        return finding(
            INFO.id, "error", message, [prose, table_record], expected=there, observed=said, tolerance=INFO.tolerance
        )
    other = printed(table_record)
    if other is None or _agree(shown, other):
        return None
    gap = abs(float(shown.value - other.value))
    message = (
        f'The text on page {prose.page} ("{prose.raw}") gives the {subject} as {shown.text}; {where} '
        f"prints {other.text} (differs by {gap:g}){_hint(paper, prose, shown, table_record)}"
    )
    return finding(
        INFO.id,
        "error",
        message,
        [prose, table_record],
        expected=other.text,
        observed=shown.text,
        tolerance=INFO.tolerance,
    )


def run(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    index = _by_quantity(paper)
    for cell in paper.text:
        for record in cell.records:
            found = _compare(paper, index, record)
            if found is not None:
                out.append(found)
    return out


CHECK = Check(INFO, run)
