"""Reading the statement-forms corpus (tests/extraction/prose_statement_forms_corpus.py) back: per gold number as
tests/extraction/prose_ends_score.py scores it (right, withheld, wrong endpoint/group/statistic, missed, kept out),
plus the records no gold number accounts for ("stray": a denominator read as a count, a dose or another study's
share emitted). ``python -m tests.extraction.prose_statement_forms_score [-v] [--second]``."""

from __future__ import annotations

import sys

from tests.extraction.prose_ends_score import print_scores, strays
from tests.extraction.prose_statement_forms_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS

__all__ = ["strays"]


def main() -> None:
    corpus, forms = (SECOND, SECOND_FORMS) if "--second" in sys.argv else (CORPUS, FORMS)
    print_scores(corpus, forms, "-v" in sys.argv)


if __name__ == "__main__":
    main()
