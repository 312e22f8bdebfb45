"""Reading the AE-terms corpus back (tests/extraction/prose_ae_terms_corpus.py), scored as the AE-forms corpus is
(tests/extraction/prose_ae_forms_score.py: a record is right only with the gold's grade, scope and every word of
its term).

    python -m tests.extraction.prose_ae_terms_score [-v] [--second]

First contact (main at 4083cdd; 18 paragraphs, 56 scored gold numbers): right 26, withheld 23, silently wrong 2,
kept out 5. Withheld: every en-dash term ("hand–foot syndrome (32%)", "Stevens–Johnson syndrome", "Grade 3
palmar–plantar erythrodysesthesia occurred in"), a long slashed term, a grade in the term's bracket ("(grade 3, 10%)",
"(32% any grade; 5% grade ≥3)"), a list opened by a dash. Wrong: "stomatitis (40% vs 18%)" whose 18% went to the
sentence's first term ("incidence of hand and foot syndrome"), and "(n = 3)" read as a population.
Then: en dash between letters a term's joint, a slash and 60 characters in an AE term, a dash opening a list; a
value after others in one bracket is the term's before the bracket (and withheld with the first when that is
coordinated terms); a grade printed with a bracketed value is the value's, and two values told apart by grade are no
"same endpoint twice". End: right 47, withheld 3, wrong 0, kept out 6.
Second instances (``--second``, 10 paragraphs written after the fix): first read 20 right / 5 withheld / 1 wrong (a
Roman grade "Grade III–IV" not read); after reading Roman grades and an abbreviation opening the bracket ("(HFSR;
45%)"): 22 / 4 / 0 (the 4: "A (34% vs 40%) and B (61% vs 32%) were reported with X and Y, respectively", left
withheld).
"""

from __future__ import annotations

from tests.extraction.prose_ae_forms_score import score
from tests.extraction.prose_ae_terms_corpus import CORPUS, SECOND
from tests.extraction.prose_calibration_score import report, totals

FIRST_CONTACT = {"right": 26, "withheld": 23, "wrong": 2, "missed": 0, "kept out": 5}
SECOND_FIRST_CONTACT = {"right": 20, "withheld": 5, "wrong": 1, "missed": 0, "kept out": 1}

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
