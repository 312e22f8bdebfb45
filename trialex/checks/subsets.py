"""subset-le-superset: an adverse-event count never exceeds the count of a set that contains it.

Two kinds of containment are checked, per table column (arm):

- grades of one term: grade 3 ⊆ grade ≥3 ⊆ any grade, grade 3–4 ⊆ any grade (grades read from the record's
  ``grade`` or from "Any grade" / "Grade ≥3" / "3–4" labels);
- summary rows: TRAE ⊆ TEAE, serious ⊆ all, grade ≥3 ⊆ any grade, "leading to discontinuation/death" ⊆ all,
  combined ("serious TRAE" ⊆ "serious TEAE" ⊆ "TEAE").

Counts of patients are compared; percentages only when no counts are printed (same column, same N).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from extractors.regex import rx
from schemas.findings import Finding
from schemas.records import Record
from trialex.checks.cells import Cell
from trialex.checks.findings import finding
from trialex.checks.labels import bare, joined, norm, squash
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper
from trialex.checks.rounding import printed

INFO = CheckInfo(
    id="subset-le-superset",
    title="A subset's count does not exceed its superset's",
    severity="error whenever a contained set (grade ≥3 of a term, serious, treatment-related, leading to "
    "discontinuation) has more patients than the set containing it, in the same column",
    compares="grade ≥3 vs any-grade counts of one term and arm; TRAE vs TEAE, serious TRAE vs serious TEAE, "
    "serious vs all, grade ≥3 vs any grade, leading to discontinuation/death vs all (summary rows)",
    tolerance="counts exact; percentages (only without counts) beyond the sum of their rounding units",
)

ALL_GRADES = frozenset(range(1, 6))
_EVENTS = re.compile(r"number of events|no\. of events|\bepisodes\b|event rate|per 100|patient-years?")


def _span(a: int, b: int) -> frozenset[int]:
    return frozenset(range(min(a, b), max(a, b) + 1))


_GRADE_PATTERNS: list[tuple[str, str]] = [
    (r"\b(?:any|all)\s*grades?\b|\bgrades?\s*1\s*-\s*5\b", "all"),
    (r"grades?\s*(?:≥|>=|=>)\s*([1-5])", "up"),
    (r"(?:≥|>=)\s*grades?\s*([1-5])", "up"),
    (r"grades?\s*([1-5])\s*(?:or|and)\s*(?:higher|above|greater|more|worse)", "up"),
    (r"grades?\s*>\s*([1-4])", "above"),
    (r"grades?\s*([1-5])\s*(?:-|to|/|,|and|or)\s*([1-5])\b", "range"),
    (r"grades?\s*([1-5])\b", "one"),
]
_BARE_GRADE_PATTERNS: list[tuple[str, str]] = [
    (r"^(?:any|all)$", "all"),
    (r"^(?:≥|>=)\s*([1-5])$", "up"),
    (r"^([1-5])\s*(?:-|to|/)\s*([1-5])$", "range"),
    (r"^([1-5])$", "one"),
]


def split_grade(label: str, *, in_grade_context: bool = False) -> tuple[frozenset[int] | None, str]:
    """The CTCAE grades a label names ("Grade ≥3" → {3, 4, 5}; "Any grade" → {1..5}) and the label without
    them ("Grade ≥3 neutropenia" → "neutropenia"). Bare "≥3", "3–4", "Any" count only in a grade context."""
    text = norm(label)
    patterns = _GRADE_PATTERNS + (_BARE_GRADE_PATTERNS if in_grade_context else [])
    for pattern, kind in patterns:
        match = rx(pattern).search(text)
        if not match:
            continue
        rest = (text[: match.start()] + " " + text[match.end() :]).strip(" ,;:-")
        if kind == "all":
            return ALL_GRADES, rest
        first = int(match.group(1))
        if kind == "up":
            return _span(first, 5), rest
        if kind == "above":
            return _span(first + 1, 5), rest
        if kind == "range":
            return _span(first, int(match.group(2))), rest
        return frozenset({first}), rest
    return None, text


def grades(label: str, *, in_grade_context: bool = False) -> frozenset[int] | None:
    return split_grade(label, in_grade_context=in_grade_context)[0]


def _grade_of_record(record: Record) -> frozenset[int] | None:
    if record.grade:
        return grades(record.grade, in_grade_context=True)
    return None


@dataclass(frozen=True, slots=True)
class Summary:
    """What a summary row counts: patients with (related: TRAE) (serious) events of these grades (outcome)."""

    related: bool
    serious: bool
    grades: frozenset[int]
    outcome: str | None

    def within(self, other: Summary) -> bool:
        return (
            self != other
            and (self.related or not other.related)
            and (self.serious or not other.serious)
            and self.grades <= other.grades
            and (other.outcome is None or self.outcome == other.outcome)
        )

    def name(self) -> str:
        return ("serious " if self.serious else "") + ("TRAE" if self.related else "TEAE")


_AE = re.compile(
    r"\b(?:teaes?|traes?|saes?|aes?|adverse (?:events?|reactions?)|treatment[- ]emergent|"
    r"treatment[- ]related|drug[- ]related)\b"
)
_RELATED = re.compile(
    r"\btraes?\b|(?:treatment|drug|study drug|study treatment|therapy)[- ]related|"
    r"related to (?:the )?(?:study )?(?:treatment|drug|therapy|medication)|"
    r"adverse (?:drug )?reactions?"
)
_INTENSITY = (
    ("mild", frozenset({1})),
    ("moderate", frozenset({2})),
    ("severe", frozenset({3, 4, 5})),
    ("life-threatening", frozenset({4})),
)
_SKIP = re.compile(r"special interest|immune|infusion|injection|select|selected|\bby\b|organ class")
_OUTCOMES = (
    ("discontinuation", r"discontinu|withdraw"),
    ("death", r"death|fatal|died|leading to grade 5"),
    ("reduction", r"dose reduc|reduction"),
    ("interruption", r"interrupt|delay|held|hold"),
    ("hospitalisation", r"hospitali"),
)


def summary(labels: tuple[str, ...]) -> Summary | None:
    """Parse a summary row ("Serious TRAEs", "Grade ≥3 TEAE", "TEAE leading to discontinuation")."""
    if not labels:
        return None
    text = bare(labels[-1])
    if not _AE.search(text) or _SKIP.search(text) or _EVENTS.search(text):
        return None
    if re.search(r"\brelated\b", text) and not _RELATED.search(text):
        return None  # related to something else (a procedure, a device): no known containment
    found = [g for g in (grades(label) for label in labels) if g is not None]
    found += [g for word, g in _INTENSITY if re.search(rf"\b{word}\b", text)]
    covered = frozenset.intersection(*found) if found else ALL_GRADES
    outcome = next((name for name, pattern in _OUTCOMES if rx(pattern).search(text)), None)
    serious = bool(re.search(r"\bserious\b|\bsaes?\b", text))
    return Summary(bool(_RELATED.search(text)), serious, covered, outcome)


def _value(cell: Cell) -> tuple[str, Fraction, Fraction, Record] | None:
    """("count" | "percent", value, slack, record) of a cell."""
    count = cell.count()
    record = cell.one("count")
    if count is not None and record is not None:
        return "count", Fraction(count), Fraction(0), record
    percent = cell.one("percent")
    shown = printed(percent) if percent is not None and not percent.qualifier else None
    if percent is not None and shown is not None:
        return "percent", shown.value, shown.unit, percent
    return None


def _exceeds(small: Cell, large: Cell) -> tuple[Record, Record, str, str] | None:
    a, b = _value(small), _value(large)
    if a is None or b is None or a[0] != b[0] or _EVENTS.search(norm(joined(small.row + large.row))):
        return None
    if a[1] > b[1] + a[2] + b[2]:
        unit = "%" if a[0] == "percent" else ""
        return a[3], b[3], f"{float(a[1]):g}{unit}", f"{float(b[1]):g}{unit}"
    return None


def _report(table: str, column: tuple[str, ...], small: Cell, large: Cell, why: str) -> Finding | None:
    found = _exceeds(small, large)
    if found is None:
        return None
    small_record, large_record, small_text, large_text = found
    message = (
        f'{table}, column "{joined(column)}": "{joined(small.row)}" ({small_text}) exceeds '
        f'"{joined(large.row)}" ({large_text}); {why}'
    )
    return finding(
        INFO.id,
        "error",
        message,
        [small_record, large_record],
        expected=f"<= {large_text}",
        observed=small_text,
        tolerance=INFO.tolerance,
    )


def _grade_findings(table: str, cells: list[Cell]) -> list[Finding]:
    groups: dict[tuple[object, ...], dict[frozenset[int], Cell]] = {}
    for cell in cells:
        context = any("grade" in norm(label) for label in cell.column + cell.row)
        covered = _grade_of_record(cell.first)
        kept: list[list[str]] = [[], []]
        for side, labels in enumerate((cell.row, cell.column)):
            for label in labels:
                found, rest = split_grade(label, in_grade_context=context)
                if found is not None:
                    covered = found if covered is None else covered & found
                if squash(rest):
                    kept[side].append(rest)
        if not covered or not kept[0] or summary(tuple(cell.row)) is not None:
            continue  # no grade, or labels naming disjoint grades ("Grade 3" over a "Grade 4" record): none told
        key = (tuple(squash(x) for x in kept[0]), tuple(squash(x) for x in kept[1]))
        groups.setdefault(key, {}).setdefault(covered, cell)
    out: list[Finding] = []
    for by_grade in groups.values():
        for small_grades, small in by_grade.items():
            for large_grades, large in by_grade.items():
                if small_grades < large_grades:
                    why = (
                        f"grade {_grade_text(small_grades)} of a term is a subset of grade {_grade_text(large_grades)}"
                    )
                    result = _report(table, small.column, small, large, why)
                    if result is not None:
                        out.append(result)
    return out


def _grade_text(covered: frozenset[int]) -> str:
    if covered == ALL_GRADES:
        return "any"
    low, high = min(covered), max(covered)
    if high == 5 and low < 5:
        return f"≥{low}"
    return f"{low}" if low == high else f"{low}–{high}"


def _summary_findings(table: str, cells: list[Cell]) -> list[Finding]:
    groups: dict[tuple[object, ...], list[tuple[Summary, Cell]]] = {}
    for cell in cells:
        parsed = summary(cell.row)
        if parsed is None:
            continue
        prefix = tuple(squash(lab) for lab in cell.row[:-1] if grades(lab) is None)
        groups.setdefault((cell.column, prefix), []).append((parsed, cell))
    out: list[Finding] = []
    for members in groups.values():
        for small_kind, small in members:
            for large_kind, large in members:
                if small is not large and small_kind.within(large_kind):
                    result = _report(
                        table,
                        small.column,
                        small,
                        large,
                        f"{_describe(small_kind)} are a subset of {_describe(large_kind)}",
                    )
                    if result is not None:
                        out.append(result)
    return out


def _describe(kind: Summary) -> str:
    words = kind.name() + "s"
    if kind.grades != ALL_GRADES:
        words = f"grade {_grade_text(kind.grades)} {words}"
    if kind.outcome:
        words += f" leading to {kind.outcome}"
    return words


def run(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    for table, cells in paper.tables.items():
        out.extend(_grade_findings(table, cells))
        out.extend(_summary_findings(table, cells))
    return out


CHECK = Check(INFO, run)
