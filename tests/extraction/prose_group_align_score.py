"""Reading the group-align corpus (tests/extraction/prose_group_align_corpus.py) back: per gold number as
tests/extraction/prose_ends_score.py scores it (right, withheld, wrong endpoint/group/statistic, missed, kept out),
plus the records no gold number accounts for ("stray": a denominator read as a count, a dose or another study's
share emitted). ``python -m tests.extraction.prose_group_align_score [-v] [--second]``."""

from __future__ import annotations

import sys

from tests.extraction.prose_ends_score import score, totals
from tests.extraction.prose_group_align_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_sampled_forms_score import _said, _same
from tests.extraction.prose_sampled_forms_score import read as _read


def strays(corpus: list[Entry]) -> list[str]:
    """The records whose value no gold number of their paragraph claims as a result (no gold of that value, or only
    a denominator's or a number that must not be emitted)."""
    out: list[str] = []
    for entry in corpus:
        records, _ = _read(entry)
        for r in records:
            gold = [g for g in entry[2] if _same(r, g)]
            claimed = [g for g in gold if g.endpoint is not None and g.statistic != "denominator"]
            if not claimed and r.statistic != "denominator":
                out.append(f"{entry[1][:60]}... {r.value}: {_said(r)}")
    return out


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
