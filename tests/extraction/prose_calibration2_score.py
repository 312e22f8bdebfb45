"""Reading the second calibration corpus back (tests/extraction/prose_calibration2_corpus.py) with the outcomes of
tests/extraction/prose_calibration_score.py (right, withheld, silently wrong, missed, kept out), and the precision
of each binding kind on its own axis: per kind of endpoint binding, how many of the records it emitted for gold
numbers carry the right endpoint; per kind of group binding, how many carry the right group. A record emitted for a
number that is no result (gold endpoint ``None``) is wrong on both axes; a wrong statistic is counted on neither.

    python -m tests.extraction.prose_calibration2_score [-v] [--pooled]

``--pooled`` also reads the first calibration corpus and prints the pooled table the kind gate
(extractors/prose_kind_gate.py) was chosen from. The gate is off by default (as first contact was read);
``TRIALEX_PROSE_KIND_GATE=1`` reads with it.

First contact (tests/extraction/prose_calibration2_first_contact.py): right 103, withheld 192, silently wrong 31,
missed 8, kept out 133; of the 134 values emitted for gold numbers 31 wrong (23%; precision 0.769), recall of the
302 scored results 78 (0.258). Wrong by endpoint kind: "copula subject" 4 of 8, "term before bracket" 3 of 6,
"subject's disposition" 2 of 6, "inherited (in reach, mean)" 2 of 4, "subject occurred" 2 of 18; by group kind:
"none" 15 of 125 (a review's or a subgroup's value left with no group). With the gate on: right 92, wrong 18 of
110 emitted (precision 0.836), recall 69/302 (0.228); the first corpus 276 / 28 -> 263 / 25.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from tests.extraction.prose_calibration2_corpus import CORPUS
from tests.extraction.prose_calibration_corpus import CORPUS as FIRST_CORPUS
from tests.extraction.prose_calibration_score import Outcome, report, score, totals
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_sampled_forms_score import _endpoint_ok, _group_ok

AXES = ("endpoint", "group")


def read(corpus: list[Entry] = CORPUS) -> list[Outcome]:
    return score(corpus)


def axis_right(o: Outcome, axis: str) -> bool:
    """Whether the record scored against a gold number is right on ``axis`` (its endpoint, or its group), the
    number being a result."""
    if o.record is None or o.gold.endpoint is None:
        return False
    return _endpoint_ok(o.gold.endpoint, o.record) if axis == "endpoint" else _group_ok(o.gold.group, o.record)


def kind_table(result: list[Outcome]) -> dict[tuple[str, str], Counter[str]]:
    """Per (axis, binding kind): the records emitted for gold numbers, right and wrong on that axis."""
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for o in result:
        if o.record is None:
            continue
        binding = o.record.binding or ("(none)", "(none)")
        for side, axis in enumerate(AXES):
            row = table[(axis, binding[side])]
            row["emitted"] += 1
            row["right" if axis_right(o, axis) else "wrong"] += 1
    return dict(table)


def pooled(*tables: dict[tuple[str, str], Counter[str]]) -> dict[tuple[str, str], Counter[str]]:
    out: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for table in tables:
        for key, row in table.items():
            out[key].update(row)
    return dict(out)


def print_kinds(title: str, table: dict[tuple[str, str], Counter[str]]) -> None:
    print(f"== {title}: per binding kind, emitted / right / wrong on its axis (precision)")
    for (axis, kind), row in sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1]["emitted"], kv[0][1])):
        share = row["right"] / row["emitted"] if row["emitted"] else 0.0
        print(f"  {axis:<8} {kind[:52]:<52} {row['emitted']:>4} {row['right']:>4} {row['wrong']:>4}  {share:.2f}")


if __name__ == "__main__":
    import sys

    result = read()
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "", o.record.binding if o.record else "")
    print(f"== second calibration corpus ({len(CORPUS)} paragraphs)")
    report(result)
    emitted = sum(1 for o in result if o.record is not None)
    print(f"emitted for gold numbers {emitted}, totals {totals(result)}")
    second = kind_table(result)
    print_kinds("second corpus", second)
    if "--pooled" in sys.argv:
        first = kind_table(read(FIRST_CORPUS))
        print_kinds("first corpus (current reading)", first)
        print_kinds("pooled", pooled(first, second))
