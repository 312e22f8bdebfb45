"""Reading the binding-precision corpus back (tests/extraction/prose_binding_precision_corpus.py): each gold number
scored as tests/extraction/prose_sampled_forms_score.py scores it (right, withheld with a finding, silently wrong,
missed, kept out), and tallied by the endpoint binding of the record that read it (``Record.binding[0]``): right, or
wrong by its endpoint (``ep``), its group (``grp``) or its statistic (``stat``).

    python -m tests.extraction.prose_binding_precision_score [-v]

First contact and end figures: tests/extraction/test_prose_binding_precision.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from schemas.records import Record
from tests.extraction.prose_binding_precision_corpus import CORPUS
from tests.extraction.prose_sampled_forms_corpus import Entry, G
from tests.extraction.prose_sampled_forms_score import _endpoint_ok, _group_ok, _right, _same, _stat_ok, read
from tests.extraction.prose_sampled_forms_score import score as sampled_score

KINDS = ("right", "withheld", "wrong", "missed", "kept out")


def score(corpus: list[Entry] = CORPUS) -> dict[str, int]:
    """The gold numbers per kind (right, withheld, wrong, missed, kept out)."""
    return {k: len(v) for k, v in sampled_score(corpus).items()}


def _how(r: Record) -> str:
    kind = (r.binding or ("none", ""))[0]
    return kind.split(":")[0] if kind.startswith(("a statistic", "not a label")) else kind


def by_binding(corpus: list[Entry] = CORPUS) -> dict[str, Counter[str]]:
    """Per endpoint binding kind, how the records bound that way read the gold numbers of their value: ``right``,
    or wrong by ``ep`` (endpoint), ``grp`` (group), ``stat`` (statistic), ``emitted`` (a number no result)."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in corpus:
        records, _ = read(entry)
        gold = [g for g in entry[2] if g.statistic != "denominator"]
        used: set[int] = set()
        for g in gold:
            fit = next((i for i, r in enumerate(records) if i not in used and _same(r, g) and _right(g, r)), None)
            if fit is not None:
                used.add(fit)
                out[_how(records[fit])]["right"] += 1
        for g in gold:
            if any(_same(records[i], g) and _right(g, records[i]) for i in used):
                continue
            hits = [i for i, r in enumerate(records) if i not in used and _same(r, g)]
            if not hits:
                continue
            i = hits[0]
            used.add(i)
            out[_how(records[i])][_why(g, records[i])] += 1
    return out


def _why(g: G, r: Record) -> str:
    if g.endpoint is None:
        return "emitted"
    if not _endpoint_ok(g.endpoint, r):
        return "ep"
    if not _group_ok(g.group, r):
        return "grp"
    return "stat" if not _stat_ok(g.statistic, r) else "right"


if __name__ == "__main__":
    import sys

    result = sampled_score(CORPUS)
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for line in result[kind]:
            print(kind, "::", line)
    print({k: len(v) for k, v in result.items()}, "entries", len(CORPUS))
    for how, counts in sorted(by_binding(CORPUS).items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {how:45s} {dict(counts)}")
