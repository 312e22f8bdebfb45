"""Reading the ends corpus (tests/extraction/prose_ends_corpus.py) back, the pattern of
tests/extraction/prose_second_look_score.py, per gold number and per binding kind: right, withheld (with a finding, or a
number that may be left out), or wrong, split by what is wrong (endpoint, group or statistic, in that order of
blame); a record's binding kind is the endpoint half of ``Record.binding`` cut at its first colon (a "ratio:" kind at
its first comma) ("statistic key", "for-list item", "copula subject", ...).
``python -m tests.extraction.prose_ends_score [-v] [--second | --third]`` prints the table and lists the wrong (and,
with -v, the withheld) numbers."""

from __future__ import annotations

import re
from collections import Counter

from schemas.records import Record
from tests.extraction.prose_sampled_forms_corpus import Entry, G
from tests.extraction.prose_sampled_forms_score import _endpoint_ok, _group_ok, _held, _right, _said, _same, _stat_ok
from tests.extraction.prose_sampled_forms_score import read as _read

KINDS = ("right", "withheld", "wrong endpoint", "wrong group", "wrong statistic", "missed", "kept out")


def binding_kind(r: Record) -> str:
    how = r.binding[0] if r.binding else "none"
    if how.startswith("ratio:"):  # the ratio kinds apart ("ratio: named for", "ratio: subject occurred", ...)
        return how.split(",")[0].strip()
    return how.split(":")[0].strip() or "none"


def _wrong(g: G, r: Record) -> str:
    if g.endpoint is None or not _endpoint_ok(g.endpoint, r):
        return "wrong endpoint"
    if not _group_ok(g.group, r):
        return "wrong group"
    return "wrong statistic"


def score(corpus: list[Entry], forms: list[str]) -> list[tuple[str, str, str, str]]:
    """One row per gold number (denominators left out): (family, binding kind, kind, what was read)."""
    rows: list[tuple[str, str, str, str]] = []
    for entry, form in zip(corpus, forms, strict=True):
        records, findings = _read(entry)
        gold = [g for g in entry[2] if g.statistic != "denominator"]
        used: set[int] = set()
        done: dict[int, tuple[str, str, str]] = {}
        for n, g in enumerate(gold):
            fit = next((i for i, r in enumerate(records) if i not in used and _same(r, g) and _right(g, r)), None)
            if fit is not None:
                used.add(fit)
                done[n] = (binding_kind(records[fit]), "right", _said(records[fit]))
        for n, g in enumerate(gold):
            if n not in done:
                hits = [i for i, r in enumerate(records) if i not in used and _same(r, g)]
                if hits:
                    i = next((i for i in hits if _stat_ok(g.statistic, records[i])), hits[0])
                    used.add(i)
                    done[n] = (binding_kind(records[i]), _wrong(g, records[i]), _said(records[i]))
                elif g.endpoint is None or g.optional:
                    done[n] = ("-", "kept out", "not emitted")
                elif _held(findings, g.value):
                    done[n] = ("-", "withheld", "finding")
                else:
                    done[n] = ("-", "missed", "no record, no finding")
            how, kind, said = done[n]
            rows.append(
                (
                    form,
                    how,
                    kind,
                    f"{entry[1][:60]}... {g.value}: {said} (gold {g.statistic} of {g.endpoint!r} in {g.group!r})",
                )
            )
    return rows


COMPARATIVE = re.compile(r"gold (?:hr|or|rr|p|ci_low|ci_high|value|rr\|[a-z|]+) of ")


def comparative(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The rows of comparative statistics: ratios, differences, their intervals and P values (not each arm's counts,
    shares, medians or rates)."""
    return [row for row in rows if COMPARATIVE.search(row[3])]


def totals(rows: list[tuple[str, str, str, str]]) -> dict[str, int]:
    counts = Counter(kind for _, _, kind, _ in rows)
    return {k: counts.get(k, 0) for k in KINDS}


def by_binding(rows: list[tuple[str, str, str, str]]) -> dict[str, dict[str, int]]:
    out: dict[str, Counter[str]] = {}
    for _, how, kind, _ in rows:
        if how != "-":
            out.setdefault(how, Counter())[kind] += 1
    return {h: {k: c[k] for k in KINDS if c[k]} for h, c in sorted(out.items())}


def by_family(rows: list[tuple[str, str, str, str]]) -> dict[str, dict[str, int]]:
    out: dict[str, Counter[str]] = {}
    for form, _, kind, _ in rows:
        out.setdefault(form, Counter())[kind] += 1
    return {f: {k: c[k] for k in KINDS if c[k]} for f, c in sorted(out.items())}


if __name__ == "__main__":
    import sys

    from tests.extraction.prose_ends_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS, THIRD, THIRD_FORMS

    corpus, forms = (SECOND, SECOND_FORMS) if "--second" in sys.argv else (CORPUS, FORMS)
    corpus, forms = (THIRD, THIRD_FORMS) if "--third" in sys.argv else (corpus, forms)
    rows = score(corpus, forms)
    shown = ("wrong endpoint", "wrong group", "wrong statistic", "missed")
    for form, how, kind, line in rows:
        if kind in shown or ("-v" in sys.argv and kind == "withheld"):
            print(f"{kind} [{form} / {how}] :: {line}")
    print("overall", totals(rows), "entries", len(corpus))
    print("comparative", totals(comparative(rows)))
    for form, counts in by_family(rows).items():
        print("family", form, counts)
    for how, counts in by_binding(rows).items():
        print("binding", how, counts)


def strays(corpus: list[Entry]) -> list[str]:
    """The records whose value no gold number of their paragraph claims as a result (no gold of that value, or only
    a denominator's or a number that must not be emitted)."""
    out: list[str] = []
    for entry in corpus:
        records, _ = _read(entry)
        for r in records:
            gold = [g for g in entry[2] if _same(r, g)]
            claimed = [g for g in gold if g.endpoint is not None and g.statistic != "denominator"]
            if not claimed and r.statistic != "denominator":
                out.append(f"{entry[1][:60]}... {r.value}: {_said(r)}")
    return out


def print_scores(corpus: list[Entry], forms: list[str], verbose: bool = False) -> None:
    """A corpus's totals and strays, then each gold number not read right (every one with ``verbose``)."""
    rows = score(corpus, forms)
    stray = strays(corpus)
    print(totals(rows), "stray:", len(stray))
    for form, how, kind, said in rows:
        if kind not in ("right", "kept out") or verbose:
            print(f"  {kind:15s} {form:13s} {how:22s} {said}")
    for line in stray:
        print("  stray", line)
