"""Reading the AE-terms corpus back (tests/extraction/prose_ae_terms_corpus.py), scored as the AE-forms corpus is
(tests/extraction/prose_ae_forms_score.py: a record is right only with the gold's grade, scope and every word of
its term).

    python -m tests.extraction.prose_ae_terms_score [-v] [--second]
"""

from __future__ import annotations

from tests.extraction.prose_ae_forms_score import score
from tests.extraction.prose_ae_terms_corpus import CORPUS, SECOND
from tests.extraction.prose_calibration_score import report, totals

FIRST_CONTACT = {"right": 0, "withheld": 0, "wrong": 0, "missed": 0, "kept out": 0}
SECOND_FIRST_CONTACT = {"right": 0, "withheld": 0, "wrong": 0, "missed": 0, "kept out": 0}

if __name__ == "__main__":
    import sys

    corpus = SECOND if "--second" in sys.argv else CORPUS
    result = score(corpus)
    for kind in ("wrong", "missed", "withheld", "kept out") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                grade = f" grade={o.record.grade} scope={o.record.scope}" if o.record else ""
                print(kind, "::", o.line(), o.faults or "", grade)
    print(f"== {'second instances' if corpus is SECOND else 'all'} ({len(corpus)} paragraphs)")
    report(result)
    print(totals(result))
