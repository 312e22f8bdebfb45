"""Reading the sampled-forms corpus back: each gold number right, withheld with a finding, silently wrong (emitted
with a wrong statistic, endpoint or group, or emitted when it is no result) or silently missed (no record, no
finding). ``python -m tests.extraction.prose_sampled_forms_score [-v]`` lists the wrong (and missed) ones."""

from __future__ import annotations

import re

from extractors.prose import read_paragraphs
from schemas.findings import Finding
from schemas.records import Record
from tests.extraction.prose_sampled_forms_corpus import CORPUS, Entry, G
from trialex.evaluate import endpoint_matches, group_matches, prose_endpoint

KINDS = ("right", "withheld", "wrong", "missed", "kept out")


def _stat_ok(gold: str, record: Record) -> bool:
    if gold == "*":
        return True
    stats = gold.split("|")
    return record.statistic in stats or ("value" in stats and record.statistic not in ("count", "percent"))


def _endpoint_ok(gold: str, record: Record) -> bool:
    return gold == "*" or any(endpoint_matches(e, prose_endpoint(record)) for e in gold.split("|"))


def _group_ok(gold: str | None, record: Record) -> bool:
    return gold == "*" or group_matches(gold, record.arm)


def _held(findings: list[Finding], value: float) -> bool:
    """Whether a finding names the number (its value, or its printed form in the finding's raw text)."""
    for f in findings:
        for v in f.values:
            if v.value is not None and abs(v.value - value) < 1e-9:
                return True
            if any(abs(float(n) - abs(value)) < 1e-9 for n in re.findall(r"\d+(?:\.\d+)?", v.raw.replace("·", "."))):
                return True
    return False


def read(entry: Entry) -> tuple[list[Record], list[Finding]]:
    context, paragraph, _ = entry
    records, findings = read_paragraphs([context, paragraph] if context else [paragraph])
    return [r for r in records if not context or context not in (r.context or "")], findings


def score(corpus: list[Entry] = CORPUS) -> dict[str, list[str]]:
    """Per gold number (denominators left out) its kind, with what was read. A record that reads a gold number
    right is matched to it first, so two numbers of one value are not scored against each other's records."""
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    for entry in corpus:
        records, findings = read(entry)
        gold = [g for g in entry[2] if g.statistic != "denominator"]
        used: set[int] = set()
        kinds: dict[int, tuple[str, str]] = {}
        for n, g in enumerate(gold):
            fit = next((i for i, r in enumerate(records) if i not in used and _same(r, g) and _right(g, r)), None)
            if fit is not None:
                used.add(fit)
                kinds[n] = ("right", _said(records[fit]))
        for n, g in enumerate(gold):
            if n not in kinds:
                kinds[n] = _other(g, records, findings, used)
            kind, said = kinds[n]
            out[kind].append(
                f"{entry[1][:70]}... {g.value}: {said} (gold {g.statistic} of {g.endpoint!r} in {g.group!r})"
            )
    return out


def _same(r: Record, g: G) -> bool:
    return r.value is not None and abs(r.value - g.value) < 1e-9


def _said(r: Record) -> str:
    return f"read as {r.statistic} of {prose_endpoint(r)!r} in {r.arm!r}"


def _other(g: G, records: list[Record], findings: list[Finding], used: set[int]) -> tuple[str, str]:
    """A gold number no record reads right: wrong when a record of its value is left, else withheld, missed or
    (a non-result or an optional number) kept out."""
    hits = [i for i, r in enumerate(records) if i not in used and _same(r, g)]
    if hits:
        stats = g.statistic.split("|")
        i = next((i for i in hits if records[i].statistic in stats), hits[0])
        used.add(i)
        return "wrong", _said(records[i])
    if g.endpoint is None:
        return "kept out", "not emitted"
    if g.optional:
        return "kept out", "not emitted (optional)"
    return ("withheld", "finding") if _held(findings, g.value) else ("missed", "no record, no finding")


def _right(g: G, r: Record) -> bool:
    return g.endpoint is not None and _stat_ok(g.statistic, r) and _endpoint_ok(g.endpoint, r) and _group_ok(g.group, r)


if __name__ == "__main__":
    import sys

    result = score()
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for line in result[kind]:
            print(kind, "::", line)
    print({k: len(v) for k, v in result.items()}, "entries", len(CORPUS))
