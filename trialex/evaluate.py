"""Compare extracted records with a golden file, value by value (the rules: tests/data/golden/README.md).

A golden value is *found* when a record of the same table has the same statistic, a row whose labels,
joined, end with the golden innermost row label, a column (with its arm) whose labels, joined, end with the
golden innermost column label, and the same value. Where several golden cells share those innermost labels,
the full paths decide. A matched key with another value is *wrong*; records in golden tables that match no
golden value are *extra*. Prose values are matched by page, statistic and value.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemas.records import Record


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().replace("∞", "inf")
    return re.sub(r"[^0-9a-z]", "", text)


def norm_table(table_id: str) -> str:
    return norm(table_id)


@dataclass(slots=True)
class Tally:
    golden: int = 0
    found: int = 0
    wrong: int = 0
    missing: int = 0
    extra: int = 0
    mislabeled: int = 0  # of the wrong ones: the right number under another statistic

    def add(self, other: Tally) -> None:
        self.golden += other.golden
        self.found += other.found
        self.wrong += other.wrong
        self.missing += other.missing
        self.extra += other.extra
        self.mislabeled += other.mislabeled

    @property
    def recall(self) -> float:
        return self.found / self.golden if self.golden else 1.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / (self.found + self.wrong) if self.found + self.wrong else 0.0


@dataclass(slots=True)
class Report:
    """Per-section tallies for one golden file, and the misses and wrong values in detail."""

    pdf: str
    sections: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    wrongs: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

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
                    q if q in ("<", ">", "≤", "≥") else None,
                    cell["raw"],
                )
            )
        for stat, q in quals.items():
            if stat not in values:
                out.append(_Gold(cell["row"], cell["column"], stat, None, q, cell["raw"]))
    return out


def _ends(path: Iterable[str], inner: str) -> bool:
    return norm("".join(path)).endswith(norm(inner))


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
            if _ends(r.row, gold.row[-1]) and _ends(_record_columns(r), gold.column[-1] if gold.column else "")
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
            and (gold.value is not None or _values(records[i], gold.stat)[1] is not None)
        ]
        if exact:
            tally.found += 1
            used.add(exact[0])
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
            tally.wrong += 1
            tally.mislabeled += 1
            other = next(records[i] for i in in_row if _same(records[i].value, gold.value))
            report.wrongs.append(
                f"{where}: golden {gold.stat} {gold.value} read as {other.statistic} (raw {other.raw!r})"
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


def _compare_text(report: Report, entries: list[dict[str, Any]], records: list[Record]) -> None:
    if not entries:
        return
    tally = report.tally("text")
    used: set[int] = set()
    for entry in entries:
        for stat, value in entry.get("values", {}).items():
            tally.golden += 1
            if stat == "denominator":  # checked on the statement's count or percent; consumes nothing
                hit = next(
                    (
                        i
                        for i, r in enumerate(records)
                        if r.page == entry["page"] and _same(_values(r, stat)[0], float(value))
                    ),
                    None,
                )
            else:
                hit = next(
                    (
                        i
                        for i, r in enumerate(records)
                        if i not in used
                        and r.page == entry["page"]
                        and r.statistic == stat
                        and _same(r.value, float(value))
                    ),
                    None,
                )
            if hit is None:
                tally.missing += 1
                report.misses.append(f"text p{entry['page']} | {stat} = {value} (raw {entry['raw']!r})")
                continue
            tally.found += 1
            if stat != "denominator":
                used.add(hit)
    pages = {e["page"] for e in entries}
    tally.extra += sum(1 for i, r in enumerate(records) if i not in used and r.page in pages)


def load_golden(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
