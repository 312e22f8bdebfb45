"""Reading the preds2 corpus back (tests/extraction/prose_preds2_corpus.py), per gold number and per binding kind,
by tests/extraction/prose_medians2_score.py (a qualifier that changes what was counted must be said alike).

    python -m tests.extraction.prose_preds2_score [--second] [-v]

Figures (first contact and end): tests/extraction/test_prose_preds2.py.
"""

from __future__ import annotations

from tests.extraction.prose_medians2_score import WRONG, by_binding, main, qualifiers, score, totals
from tests.extraction.prose_preds2_corpus import CORPUS, SECOND

__all__ = ["WRONG", "by_binding", "qualifiers", "score", "totals"]

if __name__ == "__main__":
    import sys

    main({"": CORPUS, "--second": SECOND}, sys.argv)
