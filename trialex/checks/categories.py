"""categories-sum: mutually exclusive categories under one group row add up to the column N.

Only groups whose labels look like a partition are checked. A *strong* partition (numeric levels 0/1/2,
thresholds and ranges "<4"/"≥4"/"18–64", male/female, yes/no, positive/negative, never/former/current,
best-response categories) can neither exceed N nor fall short of it without comment. A *weak* one is only
recognised by a "Missing"/"Unknown"/"Other" row; such a group may still be multi-select ("Metastatic sites:
lung, bone, …, others"), so counts above N are taken as multi-select and not reported. When the group row
has its own count in the column, the categories partition that count instead of the column N.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Literal

from schemas.findings import Finding, Severity
from trialex.checks.cells import Cell
from trialex.checks.findings import finding
from trialex.checks.labels import bare, joined, norm
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper
from trialex.checks.rounding import fixed, printed

INFO = CheckInfo(
    id="categories-sum",
    title="Exclusive categories add up to their group's N",
    severity=(
        "error when the counts of a clear partition (levels, thresholds, sex, yes/no, response "
        "categories) exceed N, or their percentages (when no counts are printed) exceed 100 beyond "
        "rounding; warning when they fall short (missing data, an unprinted category); no finding for "
        "multi-select groups"
    ),
    compares="sum of the category counts (or percentages) under one group row, per column, vs the column N "
    "(or the group row's own count) or 100%",
    tolerance="counts exact; percentages within the sum of the rounding units of the categories "
    "(k categories at 1 decimal: ±k·0.1)",
)

Strength = Literal["strong", "weak"]

_OPEN = r"(?:[<>≤≥]=?|=<|>=|<=|\bunder\b|\bover\b|\bbelow\b|\babove\b)"
_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:\s*(?:%|years?|yrs?|y|months?|kg/m2|kg|cm|mg|g/dl|ml/min|points?|lines?|sites?|organs?))?"
_LEVEL = re.compile(
    rf"^(?:{_OPEN}\s*{_NUM}{_UNIT}"
    rf"|{_NUM}{_UNIT}\s*(?:-|to)\s*{_NUM}{_UNIT}"
    rf"|{_NUM}{_UNIT}\s*(?:\+|or more|or less)?"
    rf"|{_NUM}{_UNIT}\s*(?:-|to)\s*<\s*{_NUM}{_UNIT})$"
)
_LEFTOVER = {
    "missing",
    "unknown",
    "not reported",
    "not available",
    "na",
    "n/a",
    "not assessed",
    "other",
    "others",
    "not done",
    "not evaluable",
    "none",
    "undetermined",
    "unspecified",
}
_VOCABULARIES = [
    {"male", "female", "men", "women", "m", "f"},
    {"yes", "no"},
    {"positive", "negative", "equivocal"},
    {"present", "absent"},
    {"never", "former", "current", "never smoker", "former smoker", "current smoker"},
    {
        "complete response",
        "partial response",
        "stable disease",
        "progressive disease",
        "cr",
        "pr",
        "sd",
        "pd",
        "ne",
        "non-cr/non-pd",
    },
]


def _label(label: str) -> str:
    return re.sub(r"\s+", " ", bare(label)).strip()


def strength(labels: list[str]) -> Strength | None:
    """How sure we are that these sibling labels are mutually exclusive categories."""
    texts = [_label(label) for label in labels]
    leftovers = [t for t in texts if t in _LEFTOVER]
    named = [t for t in texts if t not in _LEFTOVER]
    if len(named) >= 2 and all(_LEVEL.match(t) for t in named):
        return "strong"
    if len(named) >= 2 and any(set(named) <= vocab for vocab in _VOCABULARIES):
        return "strong"
    if leftovers and named:
        return "weak"
    return None


def _groups(cells: list[Cell]) -> dict[tuple[tuple[str, ...], tuple[str, ...]], list[Cell]]:
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Cell]] = {}
    for cell in cells:
        if len(cell.row) >= 2 and (cell.one("count") is not None or cell.one("percent") is not None):
            groups.setdefault((cell.row[:-1], cell.column), []).append(cell)
    return groups


def _check_group(
    parent: tuple[str, ...], column: tuple[str, ...], members: list[Cell], table_cells: list[Cell]
) -> Finding | None:
    labels = [cell.row[-1] for cell in members]
    if len(members) < 2 or len(set(labels)) != len(labels):
        return None
    kind = strength(labels)
    if kind is None:
        return None
    where = f'{members[0].table}, "{joined(parent)}" categories ({", ".join(labels)}), column "{joined(column)}"'
    counts = [cell.count() for cell in members]
    if all(c is not None for c in counts):
        return _by_counts(kind, where, members, [c for c in counts if c is not None], parent, table_cells)
    return _by_percents(kind, where, members)


def _by_counts(
    kind: Strength, where: str, members: list[Cell], counts: list[int], parent: tuple[str, ...], table_cells: list[Cell]
) -> Finding | None:
    head = [c for c in table_cells if c.row == parent and c.column == members[0].column]
    head_count = head[0].count() if len(head) == 1 else None
    arm_ns = {cell.arm_n for cell in members}
    if head_count is not None:
        total, total_is = head_count, f'the group row\'s own count ("{head[0].raw}")'
    elif len(arm_ns) == 1 and None not in arm_ns:
        total = next(iter(arm_ns)) or 0
        total_is = "the column N"
    else:
        return None
    summed = sum(counts)
    records = [r for cell in members for r in cell.all("count")]
    addition = " + ".join(map(str, counts))
    severity: Severity
    if summed > total:
        if kind == "weak":
            return None
        severity = "error"
        message = (
            f"{where}: the categories are mutually exclusive but add up to {addition} = {summed}, "
            f"more than {total} ({total_is})"
        )
    elif summed < total:
        severity = "warning"
        message = (
            f"{where}: the categories cover {summed} of {total} ({total_is}); {total - summed} "
            f"patient(s) are in no printed category (missing data or a category not shown — see the "
            f"table's footnotes)"
        )
    else:
        return None
    return finding(
        INFO.id,
        severity,
        message,
        records,
        expected=f"{total}",
        observed=f"{addition} = {summed}",
        tolerance="counts must add up exactly",
    )


def _by_percents(kind: Strength, where: str, members: list[Cell]) -> Finding | None:
    records = [cell.one("percent") for cell in members]
    shown = [printed(r) for r in records if r is not None and r.value is not None and not r.qualifier]
    if len(shown) != len(members) or any(p is None for p in shown):
        return None
    values = [p for p in shown if p is not None]
    summed = sum((p.value for p in values), Fraction(0))
    slack = sum((p.unit for p in values), Fraction(0))
    decimals = max(p.decimals for p in values)
    total_text = fixed(summed, decimals)
    severity: Severity
    if summed > 100 + slack:
        if kind == "weak":
            return None
        severity = "error"
        message = f"{where}: the percentages of exclusive categories add up to {total_text}%, more than 100%"
    elif summed < 100 - slack:
        severity = "warning"
        message = (
            f"{where}: the percentages add up to {total_text}%, short of 100% (missing data or a category not shown)"
        )
    else:
        return None
    return finding(
        INFO.id,
        severity,
        message,
        [r for r in records if r is not None],
        expected="100%",
        observed=f"{total_text}%",
        tolerance=f"±{fixed(slack, decimals)} (one rounding unit per category)",
    )


def run(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    for cells in paper.tables.values():
        for (parent, column), members in _groups(cells).items():
            if any(norm(cell.row[-1]) in ("total", "all", "n") for cell in members):
                members = [c for c in members if norm(c.row[-1]) not in ("total", "all", "n")]
            found = _check_group(parent, column, members, cells)
            if found is not None:
                out.append(found)
    return out


CHECK = Check(INFO, run)
