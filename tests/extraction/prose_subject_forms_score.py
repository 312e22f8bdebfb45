"""Reading the subject-forms corpus back (tests/extraction/prose_subject_forms_corpus.py), scored as the calibration
corpus is (tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept out; per
binding kind.

    python -m tests.extraction.prose_subject_forms_score [-v]
"""

from __future__ import annotations

from tests.extraction.prose_calibration_score import report, score, totals
from tests.extraction.prose_subject_forms_corpus import CORPUS

FIRST_CONTACT = {"right": 35, "withheld": 15, "wrong": 1, "missed": 0, "kept out": 8}

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
