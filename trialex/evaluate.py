"""Compare extracted records with a golden file, value by value (the rules: tests/data/golden/README.md).

A golden value is *found* when a record of the same table has the same statistic, a row whose labels,
joined, end with the golden innermost row label, a column (with its arm) whose labels, joined, end with the
golden innermost column label (a golden cell under no column, a ratio or P value printed once for the arms,
by a record under no column and no arm), and the same value. Where several golden cells share those innermost labels,
the full paths decide. A matched key with another value is *wrong*; the right number of the cell under
another statistic (a count read as a mean) is *mislabeled*, counted apart, and so is a found value whose record
names a group (arm) or an AE grade its golden cell's labels do not (:func:`_label_fault`, read with the
evaluator's own grammar, not the extractor's); records in golden tables that
match no golden value are *extra*.

Prose values are matched twice: by page, statistic and value (``text``), and with their labels
(``text_labelled``): the same, plus the endpoint (the record's innermost row, else its parameter) and the
group (its arm) of the golden statement, both compared after :func:`endpoint_key` / :func:`group_key`
(synonyms and abbreviations of the trial vocabulary mapped to one spelling, statistic words dropped). A prose
number found with the right value but another endpoint or group is *mislabeled*.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from schemas.records import Record

_NOT_ALNUM = re.compile(r"[^0-9a-z]")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower-case letters and digits only (cached: the matcher compares every golden cell with every record)."""
    text = unicodedata.normalize("NFKC", text).lower().replace("∞", "inf")
    return _NOT_ALNUM.sub("", text)


def norm_table(table_id: str) -> str:
    return norm(table_id)


@dataclass(slots=True)
class Tally:
    golden: int = 0
    found: int = 0
    wrong: int = 0
    missing: int = 0
    extra: int = 0
    mislabeled: int = 0  # the right number under another statistic (or, in prose, another endpoint/group)
    other_section: int = 0  # found table values whose table was filed under another section (API endpoint)
    # found counts and percentages whose golden cell states its group's N and whose record states one: how many,
    # and of them how many state another (reported on its own line, not in the wrong rate)
    n_stated: int = 0
    n_differs: int = 0
    # of the mislabeled table values: the right number and statistic under another group (arm) or AE grade
    group_faults: int = 0
    grade_faults: int = 0
    # found AE values whose golden labels state a grade the record does not state (a missing label, not a wrong one)
    grade_unstated: int = 0

    def add(self, other: Tally) -> None:
        self.golden += other.golden
        self.found += other.found
        self.wrong += other.wrong
        self.missing += other.missing
        self.extra += other.extra
        self.mislabeled += other.mislabeled
        self.other_section += other.other_section
        self.n_stated += other.n_stated
        self.n_differs += other.n_differs
        self.group_faults += other.group_faults
        self.grade_faults += other.grade_faults
        self.grade_unstated += other.grade_unstated

    @property
    def recall(self) -> float:
        return self.found / self.golden if self.golden else 1.0

    @property
    def emitted(self) -> int:
        """Golden values for which a labelled value was emitted: found, wrong or mislabeled."""
        return self.found + self.wrong + self.mislabeled

    @property
    def wrong_rate(self) -> float:
        """Wrong values, mislabeled included, as a share of the labelled values emitted."""
        return (self.wrong + self.mislabeled) / self.emitted if self.emitted else 0.0


@dataclass(slots=True)
class Report:
    """Per-section tallies for one golden file, and the misses and wrong values in detail."""

    pdf: str
    sections: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    wrongs: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    # every found table value: (section, golden row path, golden column path, the record that matched it)
    matches: list[tuple[str, list[str], list[str], Record]] = field(default_factory=list)

    def tally(self, section: str) -> Tally:
        return self.sections.setdefault(section, Tally())


@dataclass(slots=True)
class _Gold:
    row: list[str]
    column: list[str]
    stat: str
    value: float | None
    qualifier: str | None
    raw: str
    ci_level: float | None = None  # the level a golden CI bound states ("90% CI"): a 95% one is another statistic
    arm_n: int | None = None  # the N of the cell's group, where the golden file states it


_COMPARATORS = ("<", ">", "≤", "≥")


def _same_bound(record: Record, gold: _Gold) -> bool:
    """A value printed "<1" is not the value 1: the record's comparator ("<", ">", "≤", "≥") must be the
    golden one (both none included)."""
    if gold.value is None:
        return True
    got = record.qualifier if record.qualifier in _COMPARATORS else None
    return got == gold.qualifier


def _cells(table: dict[str, Any]) -> list[_Gold]:
    out = []
    for cell in table["cells"]:
        values = dict(cell.get("values", {}))
        quals = dict(cell.get("qualifiers", {}))
        denominator = values.pop("denominator", None)
        if denominator is not None:
            out.append(_Gold(cell["row"], cell["column"], "denominator", float(denominator), None, cell["raw"]))
        for stat, value in values.items():
            q = quals.get(stat)
            out.append(
                _Gold(
                    cell["row"],
                    cell["column"],
                    stat,
                    float(value),
                    q if q in _COMPARATORS else None,
                    cell["raw"],
                    cell.get("ci_level") if stat in ("ci_low", "ci_high") else None,
                    cell.get("arm_n"),
                )
            )
        for stat, q in quals.items():
            if stat not in values:
                out.append(_Gold(cell["row"], cell["column"], stat, None, q, cell["raw"]))
    return out


# a header line that only states the cells' form in words ("number of patients (percent)"): it names no column
_FORM_ONLY = re.compile(
    r"^(?:(?:no\.?|number) of (?:patients|participants|subjects)(?: \((?:%|percent)\))?|number \(percent\))$", re.I
)


def _ends(path: Iterable[str], inner: str) -> bool:
    """The labels end with ``inner``, from the start of one of their words (a label's start or after white space):
    "Metastatic CRPC" is no end of "Non-metastatic CRPC", which is another row of the same table."""
    labels = list(path)
    target = norm(inner)
    if not norm("".join(labels)).endswith(target):
        return False
    if not target:
        return True
    tail = ""
    for word in reversed([norm(w) for label in labels for w in label.split()]):
        tail = word + tail
        if tail == target:
            return True
        if len(tail) > len(target):
            return False
    return False


def _column_ends(path: Iterable[str], inner: str, without_n: bool = False) -> bool:
    """A column path ends with the golden innermost column label; a trailing statement of the cells' form
    that the golden label does not carry ("number of patients" under every arm) names no column.
    ``without_n``: both read without a group's N ("Placebo (N = 2000)", a head line "n = 245" of its own),
    which is the group's size, not part of the column's name (tried only when no column matches as printed)."""
    labels = list(path)
    if not _FORM_ONLY.match(inner.strip()):
        while labels and _FORM_ONLY.match(labels[-1].strip()):
            labels.pop()
    if not without_n:
        return _ends(labels, inner)
    bare = [t for t in (_N_STATEMENT.sub(" ", label).strip() for label in labels) if t]
    inner_bare = _N_STATEMENT.sub(" ", inner).strip()
    return bool(bare and inner_bare) and _ends(bare, inner_bare)


def _named_level(column: list[str]) -> str:
    """The innermost golden column level that names something: a level that is only the group's N ("Placebo" over
    "n = 245" on a head line of its own) is the size of the level above, which names the column."""
    named = [label for label in column if _N_STATEMENT.sub(" ", label).strip(" ()[],;")]
    return named[-1] if named else column[-1]


# a group's N in its head: "(N = 2000)", "n=245", "[n = 12]"
_N_STATEMENT = re.compile(r"[(\[]?\s*\b[nN]\s*[=:]\s*[\d,]+\s*[)\]]?")


def _in_order(path: Iterable[str], wanted: list[str]) -> bool:
    text = norm("".join(path))
    pos = 0
    for item in wanted:
        i = text.find(norm(item), pos)
        if i < 0:
            return False
        pos = i + len(norm(item))
    return True


def _record_columns(rec: Record) -> list[str]:
    return [rec.arm, *rec.column] if rec.arm and norm(rec.arm) not in norm("".join(rec.column)) else rec.column


def _values(rec: Record, stat: str) -> tuple[float | None, str | None]:
    if stat == "denominator":
        return (float(rec.denominator) if rec.denominator is not None else None), None
    return rec.value, rec.qualifier


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 + 1e-9 * abs(b)


def compare(golden: dict[str, Any], records: list[Record]) -> Report:
    report = Report(pdf=golden["pdf"])
    for table in golden.get("tables", []):
        _compare_table(report, table, [r for r in records if norm_table(r.table) == norm_table(table["table"])])
    _compare_text(report, golden.get("text", []), [r for r in records if r.table == "text"])
    return report


def _compare_table(report: Report, table: dict[str, Any], records: list[Record]) -> None:
    tally = report.tally(table["section"])
    golds = _cells(table)
    used: set[int] = set()
    for gold in golds:
        tally.golden += 1
        stat = "count" if gold.stat == "denominator" else gold.stat
        in_row = [
            i
            for i, r in enumerate(records)
            if _ends(r.row, gold.row[-1])
            and (_column_ends(_record_columns(r), gold.column[-1]) if gold.column else not _record_columns(r))
        ]
        if not in_row and gold.column:  # the column named with or without its group's N
            in_row = [
                i
                for i, r in enumerate(records)
                if _ends(r.row, gold.row[-1])
                and _column_ends(_record_columns(r), _named_level(gold.column), without_n=True)
            ]
        exact_row = [i for i in in_row if norm(records[i].row[-1] if records[i].row else "") == norm(gold.row[-1])]
        in_row = exact_row or in_row
        twins = [
            g
            for g in golds
            if g.stat == gold.stat
            and norm(g.row[-1]) == norm(gold.row[-1])
            and norm(g.column[-1] if g.column else "") == norm(gold.column[-1] if gold.column else "")
        ]
        if len(twins) > 1:
            in_row = [
                i
                for i in in_row
                if _in_order(records[i].row, gold.row) and _in_order(_record_columns(records[i]), gold.column)
            ]
        cands = [i for i in in_row if records[i].statistic == stat]
        exact_labels = [i for i in cands if norm(records[i].row[-1] if records[i].row else "") == norm(gold.row[-1])]
        cands = exact_labels or cands
        where = f"{table['table']} | {' > '.join(gold.row)} | {' > '.join(gold.column)} | {gold.stat}"
        free = [i for i in cands if i not in used] or cands
        exact = [
            i
            for i in free
            if _same(_values(records[i], gold.stat)[0], gold.value)
            and (gold.stat == "denominator" or _same_bound(records[i], gold))
            and (gold.ci_level is None or records[i].ci_level == gold.ci_level)
            and (gold.value is not None or _values(records[i], gold.stat)[1] is not None)
        ]
        fault = _label_fault(gold, records[exact[0]], table["section"]) if exact else None
        if exact and fault:
            # the right number and statistic under another group or grade: as wrong for a user as another statistic
            tally.mislabeled += 1
            tally.group_faults += fault[0] == "group"
            tally.grade_faults += fault[0] == "grade"
            used.add(exact[0])
            report.wrongs.append(f"{where}: mislabeled: {fault[1]} (raw {records[exact[0]].raw!r})")
        elif exact:
            tally.found += 1
            used.add(exact[0])
            report.matches.append((table["section"], gold.row, gold.column, records[exact[0]]))
            if table["section"] == "adverse_events" and records[exact[0]].grade is None:
                tally.grade_unstated += golden_grade(
                    [*gold.row, *gold.column, records[exact[0]].table_title or ""]
                ) not in (
                    None,
                    "any",
                )
            got_n = records[exact[0]].arm_n
            if gold.stat in ("count", "percent") and gold.arm_n is not None and got_n is not None:
                tally.n_stated += 1
                tally.n_differs += got_n != gold.arm_n
            tally.other_section += records[exact[0]].section != table["section"]
        elif free:
            tally.wrong += 1
            got = _values(records[free[0]], gold.stat)
            report.wrongs.append(
                f"{where}: golden {gold.value} {gold.qualifier or ''} got {got[0]} "
                f"{got[1] or ''} (raw {records[free[0]].raw!r})"
            )
            used.add(free[0])
        elif (
            gold.value is not None
            and not any(records[i].statistic == stat for i in in_row)
            and any(
                _same(records[i].value, gold.value) and records[i].statistic != stat and records[i].raw == gold.raw
                for i in in_row
            )
        ):
            # the right number read as another statistic (a count read as a mean): a wrong value for a user
            tally.mislabeled += 1
            other = next(records[i] for i in in_row if _same(records[i].value, gold.value))
            report.wrongs.append(
                f"{where}: mislabeled: golden {gold.stat} {gold.value} read as {other.statistic} (raw {other.raw!r})"
            )
        else:
            tally.missing += 1
            report.misses.append(f"{where}: {gold.value} (raw {gold.raw!r})")
    for i, r in enumerate(records):
        if i not in used:
            tally.extra += 1
            report.extras.append(
                f"{r.table} | {' > '.join(r.row)} | {' > '.join(r.column)} | {r.statistic} = {r.value} (raw {r.raw!r})"
            )


# The evaluator's own reading of groups and grades in golden labels: kept apart from the extractor's rules
# (extractors/classify.py), so that a fault in those shows here instead of cancelling out.
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
_GRADE_NUMBER = r"(?:[0-5]\b|(?-i:IV|V|I{1,3})\b)"
_GRADE_PHRASE = re.compile(
    rf"(?:(≥|>=|⩾|≧|>)\s*)?\b(?:grades?|gr\.|(?-i:G)(?=\s*[0-5]))\s*(≥|>=|⩾|≧|≤|<=|⩽|<)?\s*({_GRADE_NUMBER})"
    rf"(?:\s*(?:[-–/]|to|and|or)\s*({_GRADE_NUMBER}))?(\s*\+|\s*(?:or|and)\s*(?:higher|above|more|greater))?",
    re.IGNORECASE,
)
# a head that is only a grade, under a title or head that says the columns are grades ("1 | 2 | 3 | ≥3")
_BARE_GRADE = re.compile(rf"^(≥|>=|⩾)?\s*({_GRADE_NUMBER})(?:\s*(?:[-–/]|to)\s*({_GRADE_NUMBER}))?\s*(\+)?$")
_ANY_GRADE = re.compile(r"\b(?:any|all)[- ]grades?\b|\bgrades?\s*any\b", re.IGNORECASE)


def _grade_number(text: str) -> str:
    return _ROMAN.get(text, text)


def golden_grade(labels: list[str]) -> str | None:
    """The AE grade scope golden labels state, in the records' spelling (">=3", "3-4", "1", "any"), or None."""
    for label in labels:
        m = _GRADE_PHRASE.search(label)
        if m:
            before, comparator, low, high, plus = m.groups()
            low = _grade_number(low)
            if before or plus or comparator in ("≥", ">=", "⩾", "≧"):
                return f">={low}"
            if comparator in ("≤", "<=", "⩽"):
                return f"<={low}"
            if comparator == "<":
                return f"<{low}"
            return f"{low}-{_grade_number(high)}" if high else low
        if _ANY_GRADE.search(label):
            return "any"
    if any("grade" in label.lower() for label in labels):
        for label in labels:
            m = _BARE_GRADE.match(label.strip())
            if m:
                comparator, low, high, plus = m.groups()
                low = _grade_number(low)
                return f">={low}" if comparator or plus else (f"{low}-{_grade_number(high)}" if high else low)
    return None


# a group that is only an AE scope, a grade or a statistic ("Treatment-related TEAEs, n (%)", "Grade ≥3", "n (%)")
_SCOPE_ONLY = re.compile(
    r"(?:(?:study[- ])?(?:treatment|drug)[- ]related|related|serious|all|any|total)?\s*"
    r"(?:te|tr)?(?:aes?|adverse events?|events?|toxicit(?:y|ies))?\s*"
    r"(?:(?:grades?|gr\.)\s*(?:[≥⩾>]|>=)?\s*[0-5IV]+(?:\s*(?:[-–/]|to|or|and)\s*[0-5IV]+)?\+?|any grade|all grades)?\s*"
    r"(?:,?\s*(?:n|no\.)?\s*\(%\)|,?\s*%|,?\s*n)?",
    re.IGNORECASE,
)


def _label_fault(gold: _Gold, record: Record, section: str) -> tuple[str, str] | None:
    """("group" | "grade", why) when a found value's record names a group or an AE grade its golden cell does not:
    a group whose words (without its N) are not among the cell's row and column labels or the table's title, or
    that is only a scope or statistic; a grade other than the one the golden labels and the title state."""
    title = record.table_title or ""
    if record.arm is not None:
        arm = norm(_N_STATEMENT.sub(" ", record.arm))
        where = norm(_N_STATEMENT.sub(" ", " ".join([*gold.column, *gold.row, title])))
        if arm and arm not in where:
            return "group", f"group {record.arm!r} is not among the cell's labels"
        bare = _N_STATEMENT.sub(" ", record.arm).strip()
        total = re.fullmatch(r"(?:all|any|total|overall)(?: patients)?", bare, re.IGNORECASE)
        if not arm or (_SCOPE_ONLY.fullmatch(bare) and not total):
            return "group", f"group {record.arm!r} names a scope or statistic, not a group"
    if section == "adverse_events" and record.grade is not None:
        want = golden_grade([*gold.row, *gold.column, title])
        if record.grade != want and not (want is None and record.grade == "any"):
            return "grade", f"grade {record.grade!r}, the labels state {want!r}"
    return None


def _compare_text(report: Report, entries: list[dict[str, Any]], records: list[Record]) -> None:
    if not entries:
        return
    tally = report.tally("text")
    used: set[int] = set()
    for entry in entries:
        for stat, value in entry.get("values", {}).items():
            tally.golden += 1
            hit = _text_hit(entry, stat, float(value), records, used, reserved=entries)
            if hit is None:
                tally.missing += 1
                report.misses.append(f"text p{entry['page']} | {stat} = {value} (raw {entry['raw']!r})")
                continue
            tally.found += 1
            if stat != "denominator":
                used.add(hit)
    pages = {e["page"] for e in entries}
    tally.extra += sum(1 for i, r in enumerate(records) if i not in used and r.page in pages)
    _compare_text_labelled(report, [e for e in entries if "endpoint" in e], records)


def _text_hit(
    entry: dict[str, Any],
    stat: str,
    value: float,
    records: list[Record],
    used: set[int],
    labelled: bool = False,
    reserved: list[dict[str, Any]] | None = None,
) -> int | None:
    """The record that states this golden prose value (the denominator is checked on the statement's count
    or percent and consumes nothing); with ``labelled``, only one naming the entry's endpoint and group. Of
    several records of the page with the value, one read from the entry's statement is taken first (its
    sentence holds the entry's raw text): a page that states 29% twice pairs each golden 29% with its own sentence."""
    reserved = reserved or []
    hits = _text_hits(entry, stat, value, records, used, labelled)
    own = [i for i in hits if _states(entry, records[i])]
    if own:
        return own[0]
    # a record read from another golden statement of the page is that statement's, not this one's
    others = [e for e in reserved if e is not entry and e.get("page") == entry.get("page")]
    free = [i for i in hits if not any(_states(e, records[i]) for e in others)]
    return free[0] if free else None


def _golden_comparator(entry: dict[str, Any], stat: str) -> str | None:
    q = entry.get("qualifiers", {}).get(stat)
    return q if q in _COMPARATORS else None


def _states(entry: dict[str, Any], record: Record) -> bool:
    """Was the record read from the golden entry's statement (the sentence it was read from holds the entry's
    raw text)?"""
    said = norm(entry.get("raw", ""))
    return bool(said) and said in norm(record.context or record.raw)


def _text_hits(
    entry: dict[str, Any], stat: str, value: float, records: list[Record], used: set[int], labelled: bool
) -> list[int]:
    out: list[int] = []
    for i, r in enumerate(records):
        if r.page != entry["page"]:
            continue
        if stat == "denominator":
            if not _same(_values(r, stat)[0], value):
                continue
        elif i in used or r.statistic != stat or not _same(r.value, value):
            continue
        elif (r.qualifier if r.qualifier in _COMPARATORS else None) != _golden_comparator(entry, stat):
            continue  # "P<0.001" is not "P=0.001"
        if labelled and not (
            endpoint_matches(entry.get("endpoint"), prose_endpoint(r)) and group_matches(entry.get("group"), r.arm)
        ):
            continue
        out.append(i)
    return out


def _compare_text_labelled(report: Report, entries: list[dict[str, Any]], records: list[Record]) -> None:
    """Prose facts with their labels: found only when the record names the statement's endpoint and group."""
    if not entries:
        return
    tally = report.tally("text_labelled")
    used: set[int] = set()
    for entry in entries:
        for stat, value in entry.get("values", {}).items():
            tally.golden += 1
            hit = _text_hit(entry, stat, float(value), records, used, labelled=True, reserved=entries)
            where = f"text p{entry['page']} | {entry.get('endpoint')} | {entry.get('group')} | {stat} = {value}"
            if hit is not None:
                tally.found += 1
                if stat != "denominator":
                    used.add(hit)
                continue
            bare = _text_hit(entry, stat, float(value), records, used, reserved=entries)
            if bare is not None and stat != "denominator":
                tally.mislabeled += 1
                used.add(bare)
                r = records[bare]
                report.wrongs.append(
                    f"{where}: mislabeled: read with endpoint {prose_endpoint(r)!r}, group {r.arm!r} "
                    f"(raw {entry['raw']!r})"
                )
            else:
                tally.missing += 1
                report.misses.append(f"{where} (raw {entry['raw']!r})")


# the trial vocabulary's synonyms, mapped to one spelling (applied to lowercased text, longest first)
_ENDPOINT_SYNONYMS: tuple[tuple[str, str], ...] = (
    # British and American spellings of one word: "tumour" = "tumor", "haemorrhage" = "hemorrhage",
    # "anaemia" = "anemia", "oedema" = "edema", "enroled" = "enrolled"
    (r"tumour", "tumor"),
    # "end point" (NEJM) = "end-point" = "endpoint"
    (r"\bend[\s-]points?\b", "endpoint"),
    # a grade set inside "treatment-related ... AE" ("treatment-related grade 3/4 AE" = "grade 3/4 TRAE")
    (r"treatment.related\s(grade\s\S+\s)(adverse events?|aes?)\b", r"\1treatment-related \2"),
    (r"\banaem", "anem"),
    (r"haem", "hem"),
    (r"\boedem", "edem"),
    (r"\benrol(?=ed\b|ment\b|s\b|\b)", "enroll"),
    (
        r"objective (?:tumou?r )?response rate|overall response rate|objective response|overall response|"
        r"best overall response|response rate|\borr\b",
        " orr ",
    ),
    (r"disease control rate|disease control|\bdcr\b", " dcr "),
    (r"clinical benefit rate|clinical benefit|\bcbr\b", " cbr "),
    (r"progression.free survival|\bpfs\b", " pfs "),
    (r"event.free survival|\befs\b", " efs "),
    (r"overall survival|\bos\b", " os "),
    (r"duration of (?:objective )?response|\bdor\b", " dor "),
    (r"time to (?:objective )?response|\bttr\b", " ttr "),
    (r"complete (?:metabolic )?(?:response|remission)s?|\bc[mr]r\b|\bcr\b", " cr "),
    (r"partial (?:response|remission)s?|\bpr\b", " pr "),
    (r"stable disease|\bsd\b", " sd "),
    (r"progressive disease|\bpd\b", " pd "),
    # "study drug-related AE" = "drug-related adverse event" = a treatment-related AE
    (
        r"treatment.related adverse events?|treatment.related aes?|(?:study\s)?drug.related (?:adverse events?|aes?)|"
        r"\btraes?\b",
        " trae ",
    ),
    (r"treatment.emergent adverse events?|treatment.emergent aes?|\bteaes?\b", " teae "),
    # "TEAEs related to HE072", "adverse events related to treatment": the same as a treatment-related AE
    (r"\b(?:teae|adverse events?|aes?)\s+(?:(?:considered|deemed|judged)\s+)?(?:related|attributed)\s+to\b", " trae "),
    (r"serious (?:adverse events?|aes?)\b|\bsaes?\b", " sae "),
    (r"immune.related adverse events?|\biraes?\b", " irae "),
    (r"dose.limiting toxicit(?:y|ies)|\bdlts?\b", " dlt "),
    (r"adverse events?|\baes?\b", " ae "),
    (
        r"grade\s?(?:≥|>=|>)\s?3|≥\s?grade\s?3|grade 3 or (?:higher|more|above|greater|worse)|grades? 3.[45]|"
        r"grades? 3 (?:or|and|to) [45]|"
        r"grade [iv]{3} or (?:higher|more)",
        " g3plus ",
    ),
    (r"(?:randomly\s)?(?:assigned|allocated)|randomi[sz](?:ed|ation)", " randomized "),
    (r"hazard ratio|\bhr\b", " hr "),
    # a comparison said either way: "A vs B", "A versus B", "A compared to B", "A compared with B"
    (r"\b(?:vs\.?|versus|compared (?:to|with)|relative to)(?=\s)", " vs "),
    (r"odds ratio", " or "),
    (r"c\s?max\b|maximum (?:plasma )?concentration|peak concentration", " cmax "),
    (r"area under the (?:concentration.time )?curve|\bauc", " auc"),
    (r"half.life|t\s?1/2|t½", " thalf "),
    (r"follow.up", " followup "),
    (r"\btime until\b", " time to "),  # "time until the first episode" = "time to the first episode"
    (r"\bprevious(?:ly)?\b|\bprior\b", " prior "),  # "previous lines of therapy" = "prior lines of therapy"
    (r"\b(\d+).(month|year|week)s?\b", r" \1\2 "),
    # survival without a qualifier is overall survival ("24-month survival rate" = "24-month OS rate"); a
    # qualified one ("disease-free survival") is not
    (r"(?<!free\s)(?<!free-)(?<!free)\bsurvival\b", " os "),
    # "prior systemic therapy" = "prior systemic treatment" (after the treatment-related terms above)
    (r"\btherap(?:y|ies)\b", "treatment"),
    (r"\b(?:minutes?|mins?)\b", " min "),
    (r"\b(?:hours?|hrs?)\b", " h "),
)
_STAT_WORDS = frozenset(
    [
        "median",
        "mean",
        "rate",
        "rates",
        "estimated",
        "estimate",
        "the",
        "of",
        "with",
        "a",
        "an",
        "in",
        "at",
        "was",
        "were",
        "patients",
        "patient",
        "participants",
        "pts",
        "number",
        "no",
        "n",
        "percentage",
        "proportion",
        "incidence",
        "overall",
        "all",
        "any",
    ]
)
_GROUP_WORDS = frozenset(
    [
        "the",
        "arm",
        "group",
        "groups",
        "cohort",
        "patients",
        "patient",
        "with",
        "in",
        "of",
        "and",
        "treated",
        "receiving",
    ]
)


def _words(text: str, drop: frozenset[str], stem: bool = True) -> list[str]:
    """The words of a label in order, lowercased, synonyms mapped to one spelling, ``drop`` words left out."""
    text = unicodedata.normalize("NFKC", text)
    # an acronym the label prints in capitals stays one word ("AF", "ED", "TTR"), its plural too ("ORRs" = "ORR")
    text = re.sub(r"\b([A-Z]{2,5})s?\b", lambda m: m.group(1).lower(), text).lower()
    for pattern, repl in _ENDPOINT_SYNONYMS:
        text = re.sub(pattern, repl, text)
    return [_stem(w) if stem else w for w in re.findall(r"[0-9a-z]+", text) if w not in drop]


def _stem(word: str) -> str:
    """A word without its inflection ("deaths" = "death", "discontinued" = "discontinuation" = "discontinu",
    "randomized" = "randomization"): a reviewer files them under one label. Short words and numbers stay."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in ("ations", "ation", "ings", "ing", "ed", "s"):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _acronyms(words: list[str], other: str) -> list[str]:
    """``words`` with each run of words whose initials spell an acronym ``other`` prints in capitals replaced by it
    ("recurrence of atrial fibrillation" against "recurrence of AF" -> ["recurrence", "af"]): a reviewer reads
    an abbreviation and the words it abbreviates as one label."""
    short = {a.lower() for a in re.findall(r"\b([A-Z]{2,5})s?\b", other) if a.lower() not in words}
    out: list[str] = []
    i = 0
    while i < len(words):
        for acronym in short:
            run = words[i : i + len(acronym)]
            if len(run) == len(acronym) and "".join(w[0] for w in run) == acronym:
                out.append(acronym)
                i += len(acronym)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _tokens(text: str, drop: frozenset[str]) -> frozenset[str]:
    return frozenset(_words(text, drop))


def _labels_match(golden: str | None, extracted: str | None, drop: frozenset[str]) -> bool | None:
    """One label's words contain the other's, after acronyms are read as the words they abbreviate; or the two
    spell the same letters once spaces and hyphens are dropped ("delayed-cardioversion" printed across a line
    break as "delayedcardioversion"). ``None`` when the golden label is empty."""
    g, e = _words(golden or "", drop), _words(extracted or "", drop)
    if not g:
        return None
    if not e:
        return False
    g, e = _acronyms(g, extracted or ""), _acronyms(e, golden or "")
    gs, es = frozenset(g), frozenset(e)
    squeezed = "".join(_words(golden or "", drop, stem=False)) == "".join(_words(extracted or "", drop, stem=False))
    return gs <= es or es <= gs or squeezed


def endpoint_key(text: str | None) -> frozenset[str]:
    """An endpoint as a set of words in one spelling: "median progression-free survival" -> {"pfs"},
    "Grade ≥3 treatment-related AEs" -> {"g3plus", "trae"}, "12-month OS rate" -> {"12month", "os"}."""
    return _tokens(text or "", _STAT_WORDS)


def group_key(text: str | None) -> frozenset[str]:
    """A group as a set of words: "70 mg/m² cohort" -> {"70", "mg", "m2"}; "all patients" -> {"all"}."""
    return _tokens(text or "", _GROUP_WORDS)


def endpoint_matches(golden: str | None, extracted: str | None) -> bool:
    """The golden endpoint and the extracted one name the same thing: one's words contain the other's."""
    found = _labels_match(golden, extracted, _STAT_WORDS)
    return not endpoint_key(extracted) if found is None else found


_WHOLE_TRIAL = frozenset({"all", "overall", "total", "whole", "entire", "population"})


def group_matches(golden: str | None, extracted: str | None) -> bool:
    """A null golden group (the whole trial) matches a record without an arm (or one naming all patients);
    otherwise one's words contain the other's."""
    g, e = group_key(golden), group_key(extracted)
    if not g or g <= _WHOLE_TRIAL:
        return not e or e <= _WHOLE_TRIAL
    return bool(_labels_match(golden, extracted, _GROUP_WORDS))


_SCOPES = {"trae": "TRAE", "teae": "TEAE", "serious": "serious"}


def prose_endpoint(record: Record) -> str | None:
    """What a prose record is about: its innermost row label, else its parameter; an adverse event's grade and
    scope, which the record keeps apart from its term, are read with it ("grade ≥3 TRAE diarrhea")."""
    label = record.row[-1] if record.row else record.parameter
    if label is None or record.table != "text":
        return label
    grade = {">=3": "grade ≥3", "3-4": "grade 3-4"}.get(record.grade or "", "")
    scope = _SCOPES.get(record.scope or "", "")
    if scope and {"serious": "sae"}.get(record.scope or "", record.scope or "") in endpoint_key(label):
        scope = ""  # the label names its scope itself ("SAE", "treatment-related AEs"): not said twice
    return " ".join(part for part in (grade, scope, label) if part)


# the validation files COMMON.md names besides the hash rule (conservative: a listed file is validation too)
def split_of(stem: str, origin: str) -> str:
    """ "validation" or "tuning". A real golden PDF is validation when a fixed hash of its name says so: the
    SHA-256 of the stem, read as a whole number or by its first 8 hex digits, is divisible by 3. (The split
    was first published by the 8-digit reading and first coded by the whole-number one; files picked by
    either were kept out of tuning, so both stay validation.) Typeset fixtures are tuning."""
    if origin != "real":
        return "tuning"
    digest = hashlib.sha256(stem.encode()).hexdigest()
    if int(digest, 16) % 3 == 0 or int(digest[:8], 16) % 3 == 0:
        return "validation"
    return "tuning"


def load_golden(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
