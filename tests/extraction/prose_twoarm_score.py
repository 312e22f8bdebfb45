"""Reading the twoarm corpus back (tests/extraction/prose_twoarm_corpus.py), per gold number and per binding kind,
by tests/extraction/prose_medians2_score.py.

    python -m tests.extraction.prose_twoarm_score [--second | --third | --fourth] [-v]

Figures (first contact and end): tests/extraction/test_prose_twoarm.py.
"""

from __future__ import annotations

from tests.extraction.prose_medians2_score import WRONG, by_binding, main, qualifiers, score, totals
from tests.extraction.prose_twoarm_corpus import CORPUS, FOURTH, SECOND, THIRD

__all__ = ["WRONG", "by_binding", "qualifiers", "score", "totals"]

if __name__ == "__main__":
    import sys

    main({"": CORPUS, "--second": SECOND, "--third": THIRD, "--fourth": FOURTH}, sys.argv)
