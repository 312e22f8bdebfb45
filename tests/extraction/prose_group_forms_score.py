"""Reading the group-forms corpus back (tests/extraction/prose_group_forms_corpus.py): each gold number right,
withheld with a finding, silently wrong (a wrong statistic, endpoint or group, or emitted when it is no result),
silently missed, or kept out; and per kind of group binding (``Record.binding``) the records emitted for gold
numbers, right or wrong by their endpoint, group or statistic. The scoring is prose_calibration_score's.

    python -m tests.extraction.prose_group_forms_score [-v]

First contact (main at 8725832, before any extractor change; 121 gold numbers in 43 paragraphs): right 55,
withheld 28, silently wrong 26, missed 0, kept out 12. Of the 26 wrong, 25 by their group: left "none" in a
sentence that fronts or is the subject of its own study phase or portion ("In the dose-escalation phase, ...",
"In the phase II portion, ...", "Patients treated in the expansion phase had ...": 9) or condition ("In the fed
state, ...", "Under fasting conditions, ...", "After the high-fat meal, ...": 4), "Among Caucasian women" (1);
given a group they are not of: an analysis set read as a group ("In the intention-to-treat population", "In the
safety population": 5), the paragraph's one dose for a sentence "Across all dose levels, ..." (2), the
paragraph's population for a sentence before the one that fronts it as a subgroup (1), the paragraph's cohort for
"In a subset of 16 patients ..." (1), and two sizes of "the escalation (n = 12) and expansion (n = 84) phases"
left none (2). One wrong by its endpoint ("non-progression rate at 6 months" read as a 6-month PFS rate).
Per group binding, emitted / right: "none" 27/11, "in X group, before" 20/14, "lettered arm, before" 13/13,
"paragraph's one group" 11/8, "dose, before" 4/4; the fronted cohort ("In cohort 1, ...", "In the ACC cohort,
...", "At the 400 mg dose level, ...") was right from the start.

Then the rules of docs/prose.md ("How groups are bound": a study phase or portion, a fed or fasted condition; an
analysis set; "across all ..."; "in a subset of ..."; a population fronted later; proper-adjective women / men),
each tried only after a second instance of its form was written in tests/extraction/test_prose_group_forms.py.
End: right 80, withheld 25, silently wrong 4, missed 0, kept out 12. Left wrong: "After the high-fat meal, ..."
(left none on purpose: "After" fronts times as often as meals), the two sizes of "the escalation (n = 12) and
expansion (n = 84) phases" (a coordination whose head noun follows its last bracket), and the endpoint of "the
non-progression rate at 6 months" (read as a 6-month PFS rate: no group fault). Calibration corpus: 264 / 191 /
29 -> 266 / 190 / 28 (half A 167 / 113 / 4 unchanged; half B 97 / 78 / 25 -> 99 / 77 / 24). Tuning golden files
(bench/prose_bindings.py --tuning-only): one more group right ("in the phase Ib portion (n = 7)"), nothing lost.
"""

from __future__ import annotations

from tests.extraction.prose_calibration_score import Outcome, by_kind, outcomes, report, totals
from tests.extraction.prose_group_forms_corpus import CORPUS
from tests.extraction.prose_sampled_forms_corpus import Entry

__all__ = ["FIRST_CONTACT", "by_kind", "score", "totals"]

# the first read-back, before any extractor change
FIRST_CONTACT = {"right": 55, "withheld": 28, "wrong": 26, "missed": 0, "kept out": 12}


def score(corpus: list[Entry] = CORPUS) -> list[Outcome]:
    return [o for entry in corpus for o in outcomes(entry)]


if __name__ == "__main__":
    import sys

    result = score()
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "")
    print(f"== all ({len(CORPUS)} paragraphs)")
    report(result)
