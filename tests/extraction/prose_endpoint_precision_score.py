"""Reading the endpoint-precision corpora back (tests/extraction/prose_endpoint_precision_corpus.py, set 1, and
prose_endpoint_precision_2_corpus.py, set 2): each gold number right, withheld, wrong, missed or kept out as
tests/extraction/prose_sampled_forms_score.py scores it, and each wrong one split by what is wrong in it: its
endpoint (``ep``), its group (``grp``), its statistic (``stat``) or a number no result emitted (``emitted``), with the
binding kind of the record that read it.

    python -m tests.extraction.prose_endpoint_precision_score [-v] [2|3|4]
"""

from __future__ import annotations

from collections import Counter

from tests.extraction.prose_binding_precision_score import _how, _why
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_sampled_forms_score import _right, _same, read
from tests.extraction.prose_sampled_forms_score import score as sampled_score


def score(corpus: list[Entry]) -> dict[str, int]:
    """The gold numbers per kind (right, withheld, wrong, missed, kept out)."""
    return {k: len(v) for k, v in sampled_score(corpus).items()}


def faults(corpus: list[Entry]) -> list[tuple[str, str, str]]:
    """Per wrong gold number: (what is wrong in it, the binding kind of its record, a line saying what was read)."""
    out = []
    for entry in corpus:
        records, _ = read(entry)
        gold = [g for g in entry[2] if g.statistic != "denominator"]
        used = set()
        for g in gold:
            fit = next((i for i, r in enumerate(records) if i not in used and _same(r, g) and _right(g, r)), None)
            if fit is not None:
                used.add(fit)
        for g in gold:
            if any(_same(records[i], g) and _right(g, records[i]) for i in used):
                continue
            hits = [i for i, r in enumerate(records) if i not in used and _same(r, g)]
            if not hits:
                continue
            stats = g.statistic.split("|")
            i = next((i for i in hits if records[i].statistic in stats), hits[0])
            used.add(i)
            r = records[i]
            said = f"{r.statistic} of {r.row[-1] if r.row else None!r} in {r.arm!r}"
            out.append(
                (_why(g, r), _how(r), f"{entry[1][:60]}... {g.value}: {said} (gold {g.endpoint!r} in {g.group!r})")
            )
    return out


if __name__ == "__main__":
    import sys

    if "4" in sys.argv[1:]:
        from tests.extraction.prose_endpoint_precision_4_corpus import CORPUS
    elif "3" in sys.argv[1:]:
        from tests.extraction.prose_endpoint_precision_3_corpus import CORPUS
    elif "2" in sys.argv[1:]:
        from tests.extraction.prose_endpoint_precision_2_corpus import CORPUS
    else:
        from tests.extraction.prose_endpoint_precision_corpus import CORPUS
    result = sampled_score(CORPUS)
    if "-v" in sys.argv:
        for line in result["withheld"] + result["missed"]:
            print("not read ::", line)
    wrong = faults(CORPUS)
    for why, how, line in wrong:
        print(f"wrong [{why}; {how}] :: {line}")
    print({k: len(v) for k, v in result.items()}, "entries", len(CORPUS))
    print("wrong by fault:", dict(Counter(w for w, _, _ in wrong)))
