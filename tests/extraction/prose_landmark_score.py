"""Reading the landmark corpus back (tests/extraction/prose_landmark_corpus.py), scored as the calibration corpus is
(tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept out; per binding kind.

    python -m tests.extraction.prose_landmark_score [-v]

First contact (before any extractor change, main at b18087b; 38 paragraphs, 152 scored gold numbers): right 56,
withheld 85, silently wrong 11, missed 0, kept out 50. "landmark time and endpoint" 31 emitted / 27 right / 3 wrong
endpoint / 2 wrong group (the two: "the 4-year EFS was 31% and 63%, respectively" pairing with the arms of the
sentence before, read as the whole trial's, one of them also timed by the "median follow-up of 49 months" before it).
Other wrongs: "rates at 12 and 24 months were 80% and 61%, respectively" read as "24-month 24 months rate"; an HR,
its CI and P after "After a median follow-up of 41 months, ..." read as of "follow-up"; two P values of a pair.

Then (extractors/prose_context.py, prose_build.py, prose_precision.py, prose_endpoints.py): a time a cohort was
followed ("median follow-up of 49 months") is no landmark time; times listed once ("at 12 and 24 months") pair with
the values, not with items of the subject; a comma before one time point ("..., the 4-year") coordinates no time
points, so "respectively" with nothing of its sentence to pair is withheld (RESPECTIVELY_UNPAIRED); a median
follow-up is no endpoint of an interval read past another result. End: right 58, withheld 91, wrong 3, missed 0,
kept out 50; "landmark time and endpoint" 27 emitted / 27 right. Calibration corpus (A and B): unchanged (266 / 190
/ 28; A 167/113/4, B 99/77/24; its landmark binding 15/9/0/6, all six in one half-B paragraph, untouched).
bench/prose_bindings.py --tuning-only: unchanged.
"""

from __future__ import annotations

from tests.extraction.prose_calibration_score import report, score, totals
from tests.extraction.prose_landmark_corpus import CORPUS

FIRST_CONTACT = {"right": 56, "withheld": 85, "wrong": 11, "missed": 0, "kept out": 50}

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
