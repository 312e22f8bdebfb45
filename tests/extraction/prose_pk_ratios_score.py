"""Reading the PK ratios corpus (tests/extraction/prose_pk_ratios_corpus.py) back with the ratios3 scorer
(tests/extraction/prose_ratios3_score.py: per gold number right, withheld, wrong endpoint / group / statistic, kept
out, per binding kind; the records of a value no gold names as "extra"; precision over everything emitted, recall
over the required gold). ``python -m tests.extraction.prose_pk_ratios_score [-v]`` prints the figures and lists the
wrong, extra (and, with -v, withheld) numbers."""

from __future__ import annotations

from tests.extraction.prose_ratios3_score import by_binding, by_family, extras, figures, report, score, totals

__all__ = ["by_binding", "by_family", "extras", "figures", "score", "totals"]

if __name__ == "__main__":
    import sys

    from tests.extraction.prose_pk_ratios_corpus import CORPUS, FORMS

    report(CORPUS, FORMS, "-v" in sys.argv)
