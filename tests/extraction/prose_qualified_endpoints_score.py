"""Reading the qualified-endpoints corpus back (tests/extraction/prose_qualified_endpoints_corpus.py), scored as the
calibration corpus is (tests/extraction/prose_calibration_score.py), and stricter on one point: a record whose label
drops a word of the gold's ("complete response" for "pathologic complete response", "CR" for "CR/CRi") is silently
wrong here, though the bench judge (trialex/evaluate.py endpoint_matches, left as it is) takes one label's words
inside the other's as a match.

    python -m tests.extraction.prose_qualified_endpoints_score [-v]

First contact (main at 9615895, before any extractor change; 26 paragraphs, 52 scored gold numbers): right 22,
withheld 6, silently wrong 17, missed 0, kept out 7. The 17 wrong: "CR" for pathologic CR (5), CR/CRi (3), CRi (2);
"ORR" for a PSA response rate (3); "PFS" for radiographic PFS; "VGPR" for "VGPR or better"; "major molecular
response rate" (2, the judge reads "response rate" as ORR). The second instance set
(SECOND, in tests/extraction/test_prose_qualified_endpoints.py) has its own.
"""

from __future__ import annotations

from dataclasses import replace

from tests.extraction.prose_calibration_score import Outcome, report, totals
from tests.extraction.prose_calibration_score import score as loose_score
from tests.extraction.prose_qualified_endpoints_corpus import CORPUS
from tests.extraction.prose_sampled_forms_corpus import Entry
from trialex.evaluate import _STAT_WORDS, _acronyms, _words, endpoint_matches, prose_endpoint

FIRST_CONTACT = {"right": 22, "withheld": 6, "wrong": 17, "missed": 0, "kept out": 7}


def keeps_every_word(gold: str, label: str | None) -> bool:
    """Does ``label`` say every word of one of the gold's spellings (an acronym counting for the words it
    abbreviates)?"""
    for alt in gold.split("|"):
        if not endpoint_matches(alt, label):
            continue
        g = _acronyms(_words(alt, _STAT_WORDS), label or "")
        e = _acronyms(_words(label or "", _STAT_WORDS), alt)
        if set(g) <= set(e):
            return True
    return False


def strict(outcome: Outcome) -> Outcome:
    """A "right" outcome whose label drops a word of the gold's is wrong by its endpoint."""
    g, r = outcome.gold, outcome.record
    if outcome.kind != "right" or r is None or g.endpoint in (None, "*"):
        return outcome
    if keeps_every_word(g.endpoint or "", prose_endpoint(r)):
        return outcome
    return replace(outcome, kind="wrong", faults=("endpoint: a word dropped",))


def score(corpus: list[Entry] = CORPUS) -> list[Outcome]:
    return [strict(o) for o in loose_score(corpus)]


if __name__ == "__main__":
    import sys

    result = score(CORPUS)
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "")
    print(f"== all ({len(CORPUS)} paragraphs)")
    report(result)
    print(totals(result))
