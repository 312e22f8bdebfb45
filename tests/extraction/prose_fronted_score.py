"""Reading the fronted-phrase corpus back (tests/extraction/prose_fronted_corpus.py), scored as the calibration
corpus is (tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept out.

    python -m tests.extraction.prose_fronted_score [-v] [--second]

First contact (main at 578e677, before any extractor change; 26 paragraphs): right 42, withheld 10, silently wrong 31,
missed 0, kept out 6. The 31 wrong: every value of a clause fronted by a subgroup, setting, line, dose level or
disease the group readers do not read ("For melanoma,", "Among women,", "In the neoadjuvant setting,", "At the
recommended phase 2 dose,", "In the biomarker-positive subgroup,", "For older patients,", "In the elderly,", "In
patients without liver metastases,", "In the squamous subgroup,", "In the second-line setting,") emitted as the whole
trial's; three of them also "pCR rate" read as "CR" (an endpoint fault, not of this family).

Then (extractors/prose_fronted.py, read by prose_group_names.group_binding when the clause names no group): the
sentence's opening phrase names the group of its clause when it is a people phrase ("women", "the elderly", "older
patients", "patients with / without / aged X"), a subgroup word ("the X subgroup / subset / setting / stratum"), a
dose named by its role ("the recommended phase 2 dose", "the MTD") or a disease ("melanoma", "gastric cancer",
"NSCLC", never an endpoint acronym); a time, an analysis set, the whole ("this cohort", "all patients") or
responders name none; another population phrase is withheld ("its clause is fronted by a subgroup no rule reads").
A statement of the PK section keeps its own rules (its relative changes are not read). The rule withholding a
sentence that opens with a subgroup it says is one ("In patients aged 75 years or older, ...": a cut-off) still
withholds it (prose_ratio_terms.subgroup_opening). End: right 72, withheld 8, wrong 3 (the "pCR" endpoint), missed
0, kept out 6.

Second instance set (SECOND, 8 paragraphs, gold first, read after the rules): right 17, withheld 4 (a mean change
printed with a minus sign, and a population said by what it had received, withheld by the rule for groups named for
other numbers), wrong 0.
"""

from __future__ import annotations

from tests.extraction.prose_calibration_score import report, score, totals
from tests.extraction.prose_fronted_corpus import CORPUS, SECOND

FIRST_CONTACT = {"right": 42, "withheld": 10, "wrong": 31, "missed": 0, "kept out": 6}
# the second instance set (SECOND), read back after the rules, before any further change
SECOND_FIRST_CONTACT = {"right": 17, "withheld": 4, "wrong": 0, "missed": 0, "kept out": 0}

if __name__ == "__main__":
    import sys

    corpus = CORPUS
    if "--second" in sys.argv:
        corpus = SECOND
    result = score(corpus)
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "")
    print(f"== all ({len(corpus)} paragraphs)")
    report(result)
    print(totals(result))
