"""Reading the subgroup-breakdowns corpus back (tests/extraction/prose_subgroup_breakdowns_corpus.py), scored as the
calibration corpus is (tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept
out; per binding kind.

    python -m tests.extraction.prose_subgroup_breakdowns_score [-v] [--second]

First contact (before any extractor change, main at 25ce31a; 26 paragraphs, 161 gold numbers scored): right 55,
withheld 44, silently wrong 28, missed 0, kept out 34. The wrong: the brief's sentence (a clause's group size read
as its first item's count, "16" and "13" as PR; the second clause's "PR (n = 2)" as a "population"; its "PD (n =
4)" under the first clause's group), fourteen values of groups fronted by "For melanoma, ... for NSCLC, ..." read
as the whole trial's, a count "in three patients at 1,000 mg/m2" as the whole trial's, the first item of a list
closed by "in arm A" as the whole trial's, "a median of 3 prior lines (range, 1-8)" of the mono cohort under the
combo cohort named after it, a reason for discontinuation read as the discontinuation.

Then (extractors/prose_clause_heads.py, prose_group_names.py, prose_endpoints.py, prose_build.py): in a sentence with
two or more clause heads (a preposition that opens the sentence or a clause, fronted to a comma, or "among N X
patients" before the clause's verb), a number whose clause names no group takes the group its nearest head names,
and is withheld when that head names one no pattern reads ("For melanoma, ...; for NSCLC, ..."), past "; " too; the
count in such a head is its group's "population"; a term said by a copula after the head's count ("patients was PR
(n = 2)") is read. End: right 61, withheld 56, wrong 12, missed 0, kept out 32. Left wrong: groups fronted by "For
X," in two sentences of one paragraph, a dose said "at" after a count, a list's first item before the group that
closes it after "and", a reason for discontinuation, and a median of the mono cohort given the combo cohort named
after it. Second instance set (SECOND, 4 paragraphs, gold first, read after the rules): right 13, withheld 6 (the
"For renal cancer, ...; for urothelial cancer, ..." clauses, names no pattern reads), wrong 0.
"""

from __future__ import annotations

from tests.extraction.prose_calibration_score import report, score, totals
from tests.extraction.prose_subgroup_breakdowns_corpus import CORPUS

FIRST_CONTACT = {"right": 55, "withheld": 44, "wrong": 28, "missed": 0, "kept out": 34}
# the second instance set (SECOND), read back after the rules, before any further change
SECOND_FIRST_CONTACT = {"right": 13, "withheld": 6, "wrong": 0, "missed": 0, "kept out": 3}

if __name__ == "__main__":
    import sys

    corpus = CORPUS
    result = score(corpus)
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "")
    print(f"== all ({len(corpus)} paragraphs)")
    report(result)
    print(totals(result))
