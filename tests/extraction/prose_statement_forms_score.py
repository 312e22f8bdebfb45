"""Reading the statement-forms corpus (tests/extraction/prose_statement_forms_corpus.py) back: per gold number as
tests/extraction/prose_ends_score.py scores it (right, withheld, wrong endpoint/group/statistic, missed, kept out),
plus the records no gold number accounts for ("stray"), as tests/extraction/prose_count_forms_score.py counts them.
``python -m tests.extraction.prose_statement_forms_score [-v] [--second]``."""

from __future__ import annotations

import sys

from tests.extraction.prose_count_forms_score import strays
from tests.extraction.prose_ends_score import score, totals
from tests.extraction.prose_statement_forms_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS


def main() -> None:
    second = "--second" in sys.argv
    corpus, forms = (SECOND, SECOND_FORMS) if second else (CORPUS, FORMS)
    rows = score(corpus, forms)
    print(totals(rows), "stray:", len(strays(corpus)))
    for form, how, kind, said in rows:
        if kind not in ("right", "kept out") or "-v" in sys.argv:
            print(f"  {kind:15s} {form:13s} {how:22s} {said}")
    for s in strays(corpus):
        print("  stray", s)


if __name__ == "__main__":
    main()
