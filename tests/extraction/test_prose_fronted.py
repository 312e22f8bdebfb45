"""The fronted-phrase corpus (prose_fronted_corpus.py, both instance sets) read back and held to its figures, and the
rules of extractors/prose_fronted.py: a sentence's opening subgroup, setting, dose level or disease is its clause's
group; a time, a method or the whole names none; a population phrase no form reads withholds the clause."""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs
from extractors.prose_fronted import FRONTED_HOW, FRONTED_UNREAD_HOW, fronted_group
from tests.extraction.prose_calibration_score import score, totals
from tests.extraction.prose_fronted_corpus import CORPUS, SECOND
from tests.extraction.prose_fronted_score import FIRST_CONTACT, SECOND_FIRST_CONTACT

ONE_ARM = "Patients received lorvamab every 3 weeks until progression."


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 20 and len(SECOND) >= 6


def test_fronted_ratchet() -> None:
    # first contact: 42 right, 10 withheld, 31 silently wrong; a change may raise right and lower wrong, never back
    overall = totals(score(CORPUS))
    assert overall["right"] >= 72 and overall["right"] > FIRST_CONTACT["right"]
    assert overall["wrong"] <= 3
    assert overall["missed"] == 0


def test_second_instances_ratchet() -> None:
    overall = totals(score(SECOND))
    assert overall["right"] >= SECOND_FIRST_CONTACT["right"]
    assert overall["wrong"] == 0 and overall["missed"] == 0


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("For renal cell carcinoma, the ORR was 25%.", "renal cell carcinoma"),
        ("Among men, the ORR was 25%.", "men"),
        ("In patients without bone metastases, the ORR was 25%.", "without bone metastases"),
        ("In the adjuvant setting, the ORR was 25%.", "adjuvant setting"),
        ("In the PD-L1-high subgroup, the ORR was 25%.", "PD-L1-high subgroup"),
        ("At the RP2D, the ORR was 25%.", "RP2D"),
        ("For HCC, the ORR was 25%.", "HCC"),
    ],
)
def test_a_fronted_subgroup_is_its_clause_group(sentence: str, group: str) -> None:
    assert fronted_group(sentence, sentence.index("25")) == (group, FRONTED_HOW)
    records, _ = read_paragraphs([ONE_ARM, sentence])
    assert [r.arm for r in records if r.value == 25.0] == [group]


@pytest.mark.parametrize(
    "sentence",
    [
        "At data cutoff, the ORR was 25%.",
        "At week 12, the ORR was 25%.",
        "In the intention-to-treat population, the ORR was 25%.",
        "In this study, the ORR was 25%.",
        "In all patients, the ORR was 25%.",
        "For PFS, the hazard ratio was 0.25.",
        "Among responders, the median duration of response was 25 months.",
        "In the first analysis, the ORR was 25%.",
    ],
)
def test_a_fronted_time_method_or_whole_names_no_group(sentence: str) -> None:
    found = fronted_group(sentence, sentence.index("25"))
    assert found is None or (found[0] is None and found[1] != FRONTED_UNREAD_HOW)
    records, _ = read_paragraphs([ONE_ARM, sentence])
    assert all(r.arm is None for r in records if r.value in (25.0, 0.25))


def test_an_age_subgroup_is_read_but_its_sentence_stays_withheld() -> None:
    # the opening age subgroup is read, but the rule for a sentence opening with a subgroup it says is one (a cut-off)
    # still withholds it (prose_ratio_terms.subgroup_opening): never the whole trial's
    sentence = "In patients aged 70 years or older, the ORR was 25%."
    assert fronted_group(sentence, sentence.index("25")) == ("aged 70 years or older", FRONTED_HOW)
    records, _ = read_paragraphs([ONE_ARM, sentence])
    assert not [r for r in records if r.value == 25.0 and r.arm is None]


def test_an_unread_fronted_population_withholds_its_clause() -> None:
    sentence = "In the participants treated beyond progression, the ORR was 25%."
    assert fronted_group(sentence, sentence.index("25")) == (None, FRONTED_UNREAD_HOW)
    records, findings = read_paragraphs([ONE_ARM, sentence])
    assert not [r for r in records if r.value == 25.0]
    assert any("'25%' was not read" in f.message for f in findings)
    sentence = "Among the participants treated beyond progression, the ORR was 25%."
    records, findings = read_paragraphs([ONE_ARM, sentence])
    assert not [r for r in records if r.value == 25.0]
    assert any("'25%' was not read" in f.message for f in findings)


def test_a_counted_head_is_left_to_the_count_rules() -> None:
    # "Among 40 evaluable patients, ..." sizes the population: the sentence's own rules read it, not this module
    assert fronted_group("Among 40 evaluable patients, the ORR was 25%.", 30) is None
