"""The statistic-key corpus (prose_stat_keys_corpus.py: CORPUS, 20 paragraphs, and SECOND, 8 paragraphs gathered after
the rules were written) read back and held to its end figures, and the rules of extractors/prose_stat_keys.py.

Family: a key names the statistics of a value tuple ("mean (SD)", "median (IQR)", "mean (median, range)", "median
(95% CI)", "mean [SD] age,", "geometric mean (CV%)", "the mean age (SD) was") and the tuple prints them in order; one
tuple is of the clause's group, several coordinated tuples are read only when each names an arm of its own.

First contact of CORPUS (main at a2f57ba, before any change): right 17, withheld 44, wrong 7, missed 0, kept out 32.
The 7 wrong: the mean of "mean (median, range) ... 0.41 (0.33, ...)" read as a median (1), the quartiles of two
"median (IQR)" tuples read as a range (4), and the "(n=6)" / "(n=25)" sizes of a key's per-method tuples read as
counts of "image-based method" / "blood-based method" (2). End: right 63, withheld 3 (an "HR (95% CI) of" whose
sentence names its endpoint only in another clause), wrong 0, missed 0, kept out 34.

First contact of SECOND (read back once, after the rules above): right 22, withheld 4, wrong 0, missed 0, kept out
8: a range printed with a figure dash ("38.1‒131.5") and quartiles printed with a comma ("29 (17, 71)") were
withheld. Fixed after it (the figure dash; a spread's bounds printed as comma items when the count says so, the
arithmetic veto kept). End: right 26, withheld 0, wrong 0, missed 0, kept out 8.

Tuning labelled prose (bench/accuracy.py --tuning-only), both families of this branch together (see also
test_prose_for_lists.py): 1004/2168 with 66 under another endpoint or group before, 1031/2168 with 69 after. The 3
more: the key's subject "dose to the salivary glands" (golden "specific absorbed dose salivary glands") labels the
four numbers of one tuple that statement patterns had read as one mislabeled median; the label is the sentence's
words, the golden's wording differs by "to the".
"""

from __future__ import annotations

from extractors.prose import read_paragraphs
from tests.extraction.prose_sampled_forms_score import score
from tests.extraction.prose_stat_keys_corpus import CORPUS, SECOND

FIRST_CONTACT = {"right": 17, "withheld": 44, "wrong": 7, "missed": 0, "kept out": 32}
SECOND_FIRST_CONTACT = {"right": 22, "withheld": 4, "wrong": 0, "missed": 0, "kept out": 8}


def _totals(corpus: list) -> dict[str, int]:  # type: ignore[type-arg]
    return {k: len(v) for k, v in score(corpus).items()}


def test_the_corpora_have_their_gold() -> None:
    assert len(CORPUS) >= 20 and len(SECOND) >= 8


def test_stat_keys_ratchet() -> None:
    overall = _totals(CORPUS)
    assert overall["right"] >= 63 > FIRST_CONTACT["right"]
    assert overall["wrong"] == 0 and overall["missed"] == 0


def test_second_instances_ratchet() -> None:
    overall = _totals(SECOND)
    assert overall["right"] >= 26 > SECOND_FIRST_CONTACT["right"]
    assert overall["wrong"] == 0 and overall["missed"] == 0


def _read(paragraph: str, context: str | None = None) -> dict[float, tuple[str, str | None, str | None]]:
    records, _ = read_paragraphs([context, paragraph] if context else [paragraph])
    return {r.value: (r.statistic, r.row[-1] if r.row else None, r.arm) for r in records if r.value is not None}


def test_the_key_gives_each_number_its_statistic() -> None:
    read = _read("The mean (median, range) dose to the kidneys was 0.71 (0.62, 0.21-1.7) Gy/GBq.")
    assert {v: s for v, (s, _, _) in read.items()} == {0.71: "mean", 0.62: "median", 0.21: "min", 1.7: "max"}


def test_an_iqr_key_gives_quartiles_not_a_range() -> None:
    read = _read("The median (IQR) age was 54 (45-62) years.")
    assert read[45.0][0] == "q1" and read[62.0][0] == "q3"


def test_tuples_of_no_arm_are_withheld() -> None:
    records, findings = read_paragraphs(
        ["The mean (SD) HbA1c fell from 8.6 (1.3)% at baseline to 7.7 (1.1)% at week 24."]
    )
    assert not [r for r in records if r.value in (8.6, 1.3, 7.7, 1.1)]
    assert any("statistic key" in f.message for f in findings)


def test_a_clause_of_its_own_is_no_tuple_of_the_key() -> None:
    read = _read("The mean (SD) age was 61.2 (9.8) years, and 131 (52.8%) were women.")
    assert read[131.0][0] == "count" and read[52.8][0] == "percent"
