"""Reading the pairs corpus back (tests/extraction/prose_pairs_corpus.py), scored as the calibration corpus is
(tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept out; per binding kind.
Also counted: records of a value no gold number has ("unmatched").

    python -m tests.extraction.prose_pairs_score [-v] [--second]

First contact (before any extractor change): see FIRST_CONTACT.
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
