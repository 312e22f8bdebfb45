"""Reading the abstracts corpus back (tests/extraction/prose_abstracts_corpus.py), per gold number and per binding
kind, by tests/extraction/prose_medians2_score.py (a grade or a landmark time is part of the endpoint).

    python -m tests.extraction.prose_abstracts_score [--second] [-v]

Figures (first contact and end): tests/extraction/test_prose_abstracts.py.
"""

from __future__ import annotations

from tests.extraction.prose_abstracts_corpus import CORPUS, SECOND
from tests.extraction.prose_medians2_score import WRONG, by_binding, main, qualifiers, score, totals

__all__ = ["WRONG", "by_binding", "qualifiers", "score", "totals"]

if __name__ == "__main__":
    import sys

    main({"": CORPUS, "--second": SECOND}, sys.argv)
