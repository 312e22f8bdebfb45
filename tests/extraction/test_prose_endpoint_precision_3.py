"""Endpoint precision, third and fourth sets: fresh result paragraphs of fields sets 1-2 did not use
(tests/extraction/prose_endpoint_precision_3_corpus.py, 26 paragraphs, and prose_endpoint_precision_4_corpus.py, 11
paragraphs written after set 3's fixes), scored by tests/extraction/prose_endpoint_precision_score.py.

Set 3 first contact (main at bd6e246, gold written first): right 48, withheld 176, wrong 5 (endpoint 5, group 0,
statistic 0, emitted non-result 0), missed 0, kept out 73: 5 of 53 emitted gold numbers wrong. The five: a count
labelled by the people it counts ("Twenty-four women"), half of an "either A or B" ("either DAS28 remission at 6
weeks"), a count of a kind sharing a verb with another ("171 treatment-naive and 212 treatment-experienced patients
were treated": 212 "treated"), and a count of its denominator after "n =" read as the group's size ("(n = 16/50;
32%)": 16 and 32 "population"). One number scored right had a wrong time ("76% ... by 12 weeks" read as "either state
by 12 weeks at 6 weeks"). Fixed by family (withheld as prose-unread), with the families left open by set 1 and 2: a
sentence fronted by one arm's treatment ("After the first ablation, 9 (20%) patients had ..."), a P value inheriting
a dose level as its endpoint ("low dose"), a count read past its "of n" ("1198 of 3061 given placebo", now the placebo
group's). Set 3 after: right 48, withheld 180, wrong 0 (the 76 withheld, one P value gained).

Set 4 first contact (after those fixes): right 27, withheld 48, wrong 5 (endpoint 3, group 2), kept out 30. One of
its faults was then fixed: a P value given the group named before it after two values each said of its own group
("8.7% in A-treated patients and 4.9% in placebo-treated patients (P = 0.12)"); set 4 now right 28, wrong 4. A second
fix (a count inside a bracket's breakdown, "(HS1d n = 57 and HS3d n = 55) were included", kept from the verb after
the bracket) was reverted: it took two right "randomized" counts of a tuning golden file ("155 patients (A [n=32],
..., placebo [n=33]) were randomized"). Left: "(A: N = 207; B: N = 204)" read as sizes with no group (2), 55
"included" with no group, and 97 "patients ... included in the final analysis", which the gold, written first,
filed under "patients" though the label read is a fair one.
"""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs
from extractors.prose_label_doubts import (
    COUNTED_PEOPLE,
    GROUP_WORDS_ONLY,
    HALF_OF_EITHER,
    TWO_TIME_FRAMES,
    bare_label_doubt,
)
from extractors.prose_precision import ONE_ARM_FRONTED
from schemas.findings import Finding
from schemas.records import Record
from tests.extraction.prose_endpoint_precision_2_corpus import CORPUS as SECOND
from tests.extraction.prose_endpoint_precision_3_corpus import CORPUS as THIRD
from tests.extraction.prose_endpoint_precision_4_corpus import CORPUS as FOURTH
from tests.extraction.prose_endpoint_precision_corpus import CORPUS as FIRST
from tests.extraction.prose_endpoint_precision_score import score
from tests.extraction.prose_sampled_forms_score import read

THIRD_FIRST_CONTACT = {"right": 48, "withheld": 176, "wrong": 5, "missed": 0, "kept out": 73}
FOURTH_FIRST_CONTACT = {"right": 27, "withheld": 48, "wrong": 5, "missed": 0, "kept out": 30}


def _read(context: str, paragraph: str) -> tuple[list[Record], list[Finding]]:
    records, findings = read_paragraphs([context, paragraph])
    return [r for r in records if context not in (r.context or "")], findings


def test_third_set_ratchet() -> None:
    got = score(THIRD)
    assert got["missed"] == 0
    assert got["wrong"] == 0 < THIRD_FIRST_CONTACT["wrong"]
    assert got["right"] >= 48


def test_fourth_set_ratchet() -> None:
    got = score(FOURTH)
    assert got["missed"] == 0
    assert got["wrong"] <= 4 < FOURTH_FIRST_CONTACT["wrong"]
    assert got["right"] >= 28


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("Twenty-four women", COUNTED_PEOPLE),
        ("either DAS28 remission at 6 weeks", HALF_OF_EITHER),
        ("DAS28 remission by 12 weeks at 6 weeks", TWO_TIME_FRAMES),
        ("low dose", GROUP_WORDS_ONLY),
        ("the high-dose arm", GROUP_WORDS_ONLY),
    ],
)
def test_label_names_no_measure(label: str, reason: str) -> None:
    assert bare_label_doubt(label) == reason


@pytest.mark.parametrize(
    "label", ["dose", "cohort", "serious adverse events", "remission at 6 weeks", "either A or B", "women"]
)
def test_label_kept(label: str) -> None:
    assert bare_label_doubt(label) is None


def test_counted_people_withheld() -> None:
    entry = next(e for e in THIRD if "Twenty-four women" in e[1])
    records, _ = read(entry)
    assert not [r for r in records if r.value == 24 and r.statistic == "count"]
    assert [r.row[-1] for r in records if r.value == 27] == ["serious adverse events"]


def test_dose_level_p_value_withheld() -> None:
    entry = next(e for e in SECOND if "dose-dependent response" in e[1])
    records, _ = read(entry)
    assert not [r for r in records if r.statistic == "p" and r.row and r.row[-1] == "low dose"]


def test_count_past_its_denominator_takes_the_group_after() -> None:
    entry = next(e for e in FIRST if "1198 of" in e[1])
    records, _ = read(entry)
    assert [r.arm for r in records if r.value == 1198] == ["placebo"]


def test_fraction_after_n_is_no_group_size() -> None:
    context = "Infants were randomized to hypertonic saline (HS group) or normal saline (NS group)."
    paragraph = (
        "More children in the HS group (n = 34/50; 68.0%) were eligible for discharge at the end of 2 h than those "
        "in the NS group (n = 16/50; 32%; p < 0.001)."
    )
    records, _ = _read(context, paragraph)
    assert not [r for r in records if r.row == ["population"]]


def test_counts_of_kinds_sharing_a_verb() -> None:
    context = "Patients with advanced fibrosis received antiviral therapy."
    paragraph = (
        "A total of 171 treatment-naive and 212 treatment-experienced patients were treated and followed for 2 years."
    )
    records, _ = _read(context, paragraph)
    assert not [r for r in records if r.value == 212 and r.row == ["treated"]]


def test_one_arm_fronted_sentence_withheld() -> None:
    entry = next(e for e in FIRST if "After the first ablation" in e[1])
    records, findings = read(entry)
    assert not [r for r in records if r.value in (9, 20, 27, 60) and r.arm is None]
    said = [f.message for f in findings if any(v.value == 9 for v in f.values)]
    assert any(ONE_ARM_FRONTED in m for m in said), said


def test_p_after_values_of_their_own_groups_is_the_contrasts() -> None:
    entry = next(e for e in FOURTH if "dulopram-treated patients and 4.9%" in e[1])
    records, _ = read(entry)
    assert [r.arm for r in records if r.value == 0.12 and r.statistic == "p"] == [None]
