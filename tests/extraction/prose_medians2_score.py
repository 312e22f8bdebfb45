"""Reading the medians2 corpus back (tests/extraction/prose_medians2_corpus.py), per gold number and per binding kind:
right, withheld (with a finding, or a number that may be left out), or wrong, split by what is wrong (endpoint,
group or statistic, in that order of blame); a record's binding kind is the endpoint half of ``Record.binding`` cut
at its first colon. Stricter than tests/extraction/prose_second_look_score.py on one point: a qualifier that changes
what was counted (a grade, a time point, "confirmed", "serious", "treatment-related", "symptomatic", a number in the
label) must be said alike in the gold and the read endpoint, lost or added (``qualifiers``); such a wrong is
"wrong qualifier". ``python -m tests.extraction.prose_medians2_score [--second] [-v]`` prints the table."""

from __future__ import annotations

import re
from collections import Counter

from schemas.records import Record
from tests.extraction.prose_sampled_forms_corpus import Entry, G
from tests.extraction.prose_sampled_forms_score import _endpoint_ok, _group_ok, _held, _said, _same, _stat_ok
from tests.extraction.prose_sampled_forms_score import read as _read
from trialex.evaluate import endpoint_key, prose_endpoint

KINDS = (
    "right",
    "withheld",
    "wrong endpoint",
    "wrong qualifier",
    "wrong group",
    "wrong statistic",
    "missed",
    "kept out",
)
WRONG = ("wrong endpoint", "wrong qualifier", "wrong group", "wrong statistic")

_QUALIFIER = re.compile(
    r"g\d\w*|grad|\d+\w*|week|month|day|days|year|sae|trae|teae|related|serious|confirm|unconfirm|symptomatic"
    r"|asymptomatic|severe|baselin|enrol\w*|cardiovascular"
)
_SAID_AS = {"sae": "serious", "trae": "related", "teae": "emergent", "grad": "grade"}


def qualifiers(text: str | None) -> frozenset[str]:
    """The words of an endpoint that change what was counted, in one spelling."""
    return frozenset(_SAID_AS.get(t, t) for t in endpoint_key(text) if _QUALIFIER.fullmatch(t))


def _qualifiers_ok(gold: str, r: Record) -> bool:
    if gold == "*":
        return True
    return any(qualifiers(e) == qualifiers(prose_endpoint(r)) for e in gold.split("|"))


def binding_kind(r: Record) -> str:
    how = r.binding[0] if r.binding else "none"
    return how.split(":")[0].strip() or "none"


def _right(g: G, r: Record) -> bool:
    return (
        g.endpoint is not None
        and _stat_ok(g.statistic, r)
        and _endpoint_ok(g.endpoint, r)
        and _qualifiers_ok(g.endpoint, r)
        and _group_ok(g.group, r)
    )


def _wrong(g: G, r: Record) -> str:
    if g.endpoint is None or not _endpoint_ok(g.endpoint, r):
        return "wrong endpoint"
    if not _qualifiers_ok(g.endpoint, r):
        return "wrong qualifier"
    if not _group_ok(g.group, r):
        return "wrong group"
    return "wrong statistic"


def score(corpus: list[Entry]) -> list[tuple[str, str, str]]:
    """One row per gold number (denominators left out): (binding kind, kind, what was read)."""
    rows: list[tuple[str, str, str]] = []
    for entry in corpus:
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
                    how,
                    kind,
                    f"{entry[1][:60]}... {g.value}: {said} (gold {g.statistic} of {g.endpoint!r} in {g.group!r})",
                )
            )
    return rows


def totals(rows: list[tuple[str, str, str]]) -> dict[str, int]:
    counts = Counter(kind for _, kind, _ in rows)
    return {k: counts.get(k, 0) for k in KINDS}


def by_binding(rows: list[tuple[str, str, str]]) -> dict[str, dict[str, int]]:
    out: dict[str, Counter[str]] = {}
    for how, kind, _ in rows:
        if how != "-":
            out.setdefault(how, Counter())[kind] += 1
    return {h: {k: c[k] for k in KINDS if c[k]} for h, c in sorted(out.items())}


def main(sets: dict[str, list[Entry]], argv: list[str]) -> None:
    """The command line of a corpus's score script: ``sets`` maps a flag ("" for the first set, "--second", ...)
    to a set of entries; prints the wrong and missed numbers (with ``-v`` the withheld ones too), the totals and
    the counts per binding kind."""
    flag = next((f for f in sets if f and f in argv), "")
    rows = score(sets[flag])
    for how, kind, line in rows:
        if kind in (*WRONG, "missed") or ("-v" in argv and kind == "withheld"):
            print(f"{kind} [{how}] :: {line}")
    print("overall", totals(rows))
    for how, counts in by_binding(rows).items():
        print("binding", how, counts)


if __name__ == "__main__":
    import sys

    from tests.extraction.prose_medians2_corpus import CORPUS, SECOND

    main({"": CORPUS, "--second": SECOND}, sys.argv)
