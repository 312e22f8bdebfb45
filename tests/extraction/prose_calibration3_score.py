"""Reading the third calibration corpus back (tests/extraction/prose_calibration3_corpus.py) with the outcomes of
tests/extraction/prose_calibration_score.py (right, withheld, silently wrong, missed, kept out), and the precision
of each statement form (extractors/prose_group_scope.py) among the records emitted with no group (group binding
kind "none"): how many of those emitted for gold numbers are right to carry no group (their gold group is the whole
trial or any). A record emitted for a number that is no result is wrong; a wrong statistic or endpoint is not
counted against the group.

    python -m tests.extraction.prose_calibration3_score [-v] [--pooled] [--forms]

``--pooled`` also reads the first and second calibration corpora and prints the pooled table the rule of
extractors/prose_group_scope.py is applied to. ``TRIALEX_PROSE_GROUP_SCOPE=0`` reads without the form gate and
bindings (as first contact was read, the gate's table being empty then).

First contact (tests/extraction/prose_calibration3_first_contact.py; the kind gate on): right 115, withheld 153,
silently wrong 60, missed 0, kept out 109 of 447 gold numbers; of the 175 records emitted for gold numbers 131 carry
no group, 34 of them wrongly (a subgroup's, cohort's or arm's value). Per statement form, pooled with the first two
corpora: subject 8/16 and paragraph 2/13 right (gated: below 0.75 on at least 6); in sentence 53/70 (0.76) and no
cue 315/338 (0.93) left alone; fronted 4/5 and trailing 1/3 too few to judge. The subject form's binding, measured
next on the three corpora, bound 7 of 7 to their gold group (bound); the paragraph form's 2 of 13 (withheld).

End (the rule applied): right 115 -> 119, silently wrong 60 -> 50, withheld 153 -> 159. The first corpus: right 264
-> 257 (seven ratios and P values of comparisons said with a group as subject, "Participants in the aspirin group
had a higher rate ... than those in the placebo group (...; HR ...)", withheld with the subject form), wrong 25 ->
16 (nine values of a paragraph's second cohort read with no group); the second unchanged (98 / 18). The tuning golden
files (bench/accuracy.py --tuning-only): labelled prose right 1157 -> 1116, mislabeled 57 -> 56, tables unchanged
(18028, 0 wrong); the paragraph form withholds most of the 41 (whole-trial sentences after a sentence opening with
a part of the trial, or with "their"/"these patients"), the subject form two comparisons' P values. Nine of the
paragraph form's 13 first-contact values came from one paragraph of the first corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from extractors.prose import paragraph_text
from extractors.prose_group_scope import FORMS, record_scope
from tests.extraction.prose_calibration2_corpus import CORPUS as SECOND_CORPUS
from tests.extraction.prose_calibration3_corpus import CORPUS
from tests.extraction.prose_calibration_corpus import CORPUS as FIRST_CORPUS
from tests.extraction.prose_calibration_score import Outcome, report, score, totals
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_sampled_forms_score import _group_ok


def read(corpus: list[Entry] = CORPUS) -> list[Outcome]:
    return score(corpus)


def form_of(o: Outcome) -> str | None:
    """The statement form of an outcome's record emitted with no group (``None`` for any other)."""
    if o.record is None:
        return None
    context, paragraph, _ = o.entry
    text = paragraph_text([context, paragraph] if context else [paragraph])
    scope = record_scope(o.record, text.text, text.paragraphs)
    return scope.form if scope is not None else None


def group_right(o: Outcome) -> bool:
    """Whether a record emitted with no group is right to carry none: its number is a result of the whole trial (or
    of any group)."""
    return o.record is not None and o.gold.endpoint is not None and _group_ok(o.gold.group, o.record)


def form_table(result: list[Outcome]) -> dict[str, Counter[str]]:
    """Per statement form, the records emitted with no group for gold numbers: right and wrong on the group axis."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for o in result:
        form = form_of(o)
        if form is None:
            continue
        row = table[form]
        row["emitted"] += 1
        row["right" if group_right(o) else "wrong"] += 1
    return dict(table)


def pooled(*tables: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for table in tables:
        for key, row in table.items():
            out[key].update(row)
    return dict(out)


def print_forms(title: str, table: dict[str, Counter[str]]) -> None:
    print(f"== {title}: records emitted with no group, per statement form: emitted / right / wrong (precision)")
    for form in FORMS:
        row = table.get(form, Counter())
        share = row["right"] / row["emitted"] if row["emitted"] else 0.0
        print(f"  {form:<12} {row['emitted']:>4} {row['right']:>4} {row['wrong']:>4}  {share:.2f}")


if __name__ == "__main__":
    import sys

    result = read()
    kinds = ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",)
    for kind in kinds:
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "", form_of(o) or "")
    if "--forms" in sys.argv:
        for o in result:
            if form_of(o) is not None and not group_right(o):
                print("no group, wrong ::", form_of(o), "::", o.line())
    print(f"== third calibration corpus ({len(CORPUS)} paragraphs)")
    report(result)
    emitted = sum(1 for o in result if o.record is not None)
    print(f"emitted for gold numbers {emitted}, totals {totals(result)}")
    third = form_table(result)
    print_forms("third corpus", third)
    if "--pooled" in sys.argv:
        first, second = form_table(read(FIRST_CORPUS)), form_table(read(SECOND_CORPUS))
        print_forms("first corpus", first)
        print_forms("second corpus", second)
        print_forms("pooled", pooled(first, second, third))
