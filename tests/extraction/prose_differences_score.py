"""Reading the differences corpus back (tests/extraction/prose_differences_corpus.py), scored as the calibration
corpus is (tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept out; per
binding kind. Also counted: records of a value no gold number has ("unmatched": a sign supplied, a number made up),
which the per-gold score cannot see.

    python -m tests.extraction.prose_differences_score [-v] [--second]

First contact (before any extractor change, main at 322bc57; 27 paragraphs, 184 gold numbers): right 16,
withheld 125, silently wrong 14, missed 1, kept out 28; unmatched 1 (a sign dropped: "between MR and empagliflozin
was −0.4% (95% CI, −0.7% to 0.0%)" read as 0.4 percent, the pattern of a share with its CI reads no sign). The 14
wrong: a difference labelled by its subject's head alone ("between-group difference", "placebo-corrected
reduction") and the P values that inherit it (8); "changes in the A and B groups were x versus y for LDL
cholesterol (P=0.03)" labelled "Four-week changes" (3); an arm's change "reduced by 8.5 mm Hg with renal
denervation" with no arm; a "respectively" over nested pairs ("(−10.8 and −4.9, and −19.6 and −8.7 mm Hg,
respectively)") with no dose; a median difference labelled "between-group difference".
"""

from __future__ import annotations

from tests.extraction.prose_calibration_score import report, score, totals
from tests.extraction.prose_differences_corpus import CORPUS, SECOND_INSTANCES
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_sampled_forms_score import read

FIRST_CONTACT = {"right": 16, "withheld": 125, "wrong": 14, "missed": 1, "kept out": 28, "unmatched": 1}


def unmatched(corpus: list[Entry] = CORPUS) -> list[tuple[str, float, str]]:
    """Records whose value no gold number of their paragraph has: (paragraph head, value, what it was read as)."""
    out = []
    for entry in corpus:
        records, _ = read(entry)
        values = [g.value for g in entry[2]]
        for r in records:
            if r.value is not None and not any(abs(r.value - v) < 1e-9 for v in values):
                out.append((entry[1][:60], r.value, f"{r.statistic} of {r.row or r.parameter} in {r.arm!r}"))
    return out


if __name__ == "__main__":
    import sys

    corpus = SECOND_INSTANCES if "--second" in sys.argv else CORPUS
    result = score(corpus)
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "")
    extra = unmatched(corpus)
    for head, value, said in extra:
        print("unmatched ::", head, value, said)
    print(f"== all ({len(corpus)} paragraphs)")
    report(result)
    print(totals(result), "unmatched", len(extra))
