"""Why golden values were missed, as counts of masked reasons: what a split's misses have in common without a
single label, number or sentence of its files (``bench/accuracy.py --reasons``).

A missed table cell is put under the reason of the ``cell-unread`` finding that holds its raw text, or "its table
has no record" / "no record or finding holds it" / "a record holds the number under other labels"; a missed prose
value under the reason of the ``prose-unread`` finding on its page that holds its number. Every quoted part of a
reason, and every digit, is masked: the reasons are the extractor's own wording, the masked parts are the paper's.
"""

from __future__ import annotations

import re
from collections import Counter

from schemas.findings import Finding
from schemas.records import Record
from trialex.evaluate import norm_table

_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|“[^”]*”")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_PROSE_MISS = re.compile(r"^text p(\d+) \| .* \| (\w+) = (-?[\d.]+(?:e-?\d+)?) \(raw ")
_TABLE_MISS = re.compile(r"^(.*?) \| .* \| (\w+): (\S+) \(raw (.*)\)$")


def masked(reason: str) -> str:
    """The extractor's wording of a reason, its quoted parts and numbers masked."""
    text = reason.split("was not read as data:", 1)[-1].split("was not read:", 1)[-1]
    return _DIGITS.sub("#", _QUOTED.sub("…", text)).strip()


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def miss_reasons(misses: list[str], records: list[Record], findings: list[Finding]) -> Counter[tuple[str, str]]:
    """(kind, masked reason) -> how many of ``misses`` (trialex.evaluate.Report.misses) it accounts for; kind is
    "table" or "prose"."""
    out: Counter[tuple[str, str]] = Counter()
    unread_cells = [f for f in findings if f.check == "cell-unread"]
    unread_prose = [f for f in findings if f.check == "prose-unread"]
    for miss in misses:
        prose = _PROSE_MISS.match(miss)
        if prose:
            page, value = int(prose.group(1)), float(prose.group(3))
            if any(r.table == "text" and r.page == page and _close(r.value, value) for r in records):
                out["prose", "a record holds the number under other labels or statistic"] += 1
                continue
            held = next(
                (f for f in unread_prose if f.page == page and any(_close(v.value, value) for v in f.values)), None
            )
            out["prose", masked(held.message) if held else "no record or finding holds it"] += 1
            continue
        cell = _TABLE_MISS.match(miss)
        if not cell:
            continue
        raw = cell.group(4).strip("'\"")
        table = norm_table(cell.group(1))
        if not any(r.table != "text" and norm_table(r.table) == table for r in records):
            reason = "its table has no record"
        else:
            held = next((f for f in unread_cells if any(v.raw == raw for v in f.values)), None)
            if held is not None:
                reason = masked(held.message)
            elif any(r.table != "text" and r.raw == raw for r in records):
                reason = "a record holds the number under other labels or statistic"
            else:
                reason = "no record or finding holds it"
        out["table", reason] += 1
    return out


def spread(per_file: list[int]) -> str:
    """How a split's misses spread over its files: "540 in 12 files; the largest 3 hold 71% (210, 120, 55)"."""
    counts = sorted((n for n in per_file if n), reverse=True)
    total = sum(counts)
    if not total:
        return "none"
    top = counts[:3]
    return (
        f"{total} in {len(counts)} of {len(per_file)} files; the largest {len(top)} hold "
        f"{100 * sum(top) / total:.0f}% ({', '.join(map(str, top))})"
    )
