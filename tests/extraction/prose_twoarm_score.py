"""Reading the twoarm corpus back (tests/extraction/prose_twoarm_corpus.py), per gold number and per binding kind,
by tests/extraction/prose_medians2_score.py.

    python -m tests.extraction.prose_twoarm_score [--second | --third | --fourth] [-v]

Figures (first contact and end): tests/extraction/test_prose_twoarm.py.
"""

from __future__ import annotations

from tests.extraction.prose_medians2_score import WRONG, by_binding, score, totals
from tests.extraction.prose_twoarm_corpus import CORPUS, FOURTH, SECOND, THIRD

if __name__ == "__main__":
    import sys

    rows = score(
        SECOND
        if "--second" in sys.argv
        else THIRD
        if "--third" in sys.argv
        else FOURTH
        if "--fourth" in sys.argv
        else CORPUS
    )
    for how, kind, line in rows:
        if kind in (*WRONG, "missed") or ("-v" in sys.argv and kind == "withheld"):
            print(f"{kind} [{how}] :: {line}")
    print("overall", totals(rows))
    for how, counts in by_binding(rows).items():
        print("binding", how, counts)
