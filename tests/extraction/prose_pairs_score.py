"""Reading the pairs corpus back (tests/extraction/prose_pairs_corpus.py), scored as the calibration corpus is
(tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept out; per binding kind.
Also counted: records of a value no gold number has ("unmatched").

    python -m tests.extraction.prose_pairs_score [-v] [--second]

First contact (before any extractor change, main at a780aba; 20 paragraphs, 48 gold numbers): right 11, withheld
24, silently wrong 3, missed 0, kept out 10; unmatched 0. The 3 wrong: "The median OS and PFS were 298 and 61 days"
read 298 as the median of PFS (the summary's nearest term); "The ORR and DCR with lorvastim were 29% and 64%,
respectively" read with no group (the group after the terms unread). After extractors/prose_pairs.py: right 25,
withheld 13, wrong 0, missed 0, kept out 10; second instances (written after the fix ideas) 11 right, 6 withheld,
0 wrong (13 / 3 / 1 at their first reading, before the one-unit and endpoint-by-name conditions).
"""

from __future__ import annotations

from tests.extraction.prose_calibration_score import report, score, totals
from tests.extraction.prose_differences_score import unmatched
from tests.extraction.prose_pairs_corpus import CORPUS, SECOND_INSTANCES

FIRST_CONTACT = {"right": 11, "withheld": 24, "wrong": 3, "missed": 0, "kept out": 10, "unmatched": 0}


if __name__ == "__main__":
    import sys

    corpus = SECOND_INSTANCES if "--second" in sys.argv else CORPUS
    result = score(corpus)
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "")
    extra = unmatched(corpus)
    for head, value, said in extra:
        print("unmatched ::", head, value, said)
    print(f"== all ({len(corpus)} paragraphs)")
    report(result)
    print(totals(result), "unmatched", len(extra))
