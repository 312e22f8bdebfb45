"""Sentence forms of clinical-pharmacology papers (crossover interaction studies, first-in-human dose escalation)
whose labels the general rules misread, written anew in the style of such papers (extractors/prose.py
``read_paragraphs``): counts of a paper that reports two studies of its own (prose_substudies.py), the people a
bracket is of said by their treatment or their kind (prose_people_groups.py), labels cut at a participle or
naming a rank (prose_label_tails.py), and a range of a later clause with its own subject
(prose_later_subjects.py)."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record


def _read(*paragraphs: str) -> list[Record]:
    return read_paragraphs(list(paragraphs))[0]


def _of(records: list[Record], statistic: str, value: float) -> list[Record]:
    return [r for r in records if r.statistic == statistic and r.value == value]


_TWO_STUDIES = (
    "Both studies were open-label, two-period crossover studies. In the food study, subjects received tablets; "
    "in the warfarin study, subjects received capsules. Safety was assessed in both studies."
)


# --- a paper of two studies of its own: a count is of the study its sentence (or paragraph) names ------------


def test_count_takes_the_study_its_sentence_names() -> None:
    recs = _read(
        _TWO_STUDIES,
        "In the food study, 38 healthy subjects were screened; 20 were screening failures. Of the 18 randomized "
        "subjects, 17 completed the food study. In the warfarin study, 30 healthy subjects were screened.",
    )
    assert [r.arm for r in _of(recs, "count", 38)] == ["food study"]
    assert [r.arm for r in _of(recs, "count", 17)] == ["food study"]
    assert [r.arm for r in _of(recs, "count", 30)] == ["warfarin study"]


def test_count_naming_no_study_takes_the_one_its_paragraph_named_last() -> None:
    recs = _read(
        _TWO_STUDIES,
        "In the food study, 38 healthy subjects were screened. In the warfarin study, 30 healthy subjects were "
        "screened. One subject discontinued treatment due to an AE.",
        "Two subjects discontinued treatment in the food study.",
    )
    assert [r.arm for r in _of(recs, "count", 1)] == ["warfarin study"]
    assert [r.arm for r in _of(recs, "count", 2)] == ["food study"]


def test_one_study_paper_keeps_counts_without_a_group() -> None:
    # no "both studies": "the food study" is the paper's one study, no group of it
    recs = _read(
        "In the food study, 38 healthy subjects were screened. Of the 18 randomized subjects, 17 completed the "
        "food study."
    )
    assert all(r.arm is None for r in _of(recs, "count", 38) + _of(recs, "count", 17))


# --- the people a bracket is of, said by their treatment or their kind -----------------------------------------


def test_people_treated_with_a_drug_before_their_bracket() -> None:
    recs = _read(
        "The overall incidence of TEAEs was comparable between participants treated with nalvoxan (33/70 [47%]) "
        "and those treated with placebo (12/24 [50%])."
    )
    assert [(r.row[-1], r.arm) for r in _of(recs, "percent", 47)] == [("TEAE", "nalvoxan")]
    assert [(r.row[-1], r.arm) for r in _of(recs, "percent", 50)] == [("TEAE", "placebo")]
    # the drug is the group, never the endpoint ("TEAE nalvoxan" or "nalvoxan")
    assert all(r.arm == "nalvoxan" for r in _of(recs, "count", 33))


def test_two_kinds_of_people_each_with_its_bracket() -> None:
    recs = _read(
        "In part 2 of the study, after a single 50-mg dose, exposure did not differ by body weight. The median "
        "Tmax values were comparable for obese participants (2.3 h) and lean participants (1.5 h)."
    )
    assert [r.arm for r in _of(recs, "median", 2.3)] == ["obese participants"]  # never "part 2"


def test_one_bracketed_kind_of_people_is_no_contrast() -> None:
    from extractors.prose_people_groups import contrasted_people

    sentence = "The median Tmax was 2.0 h in evaluable patients (n = 40)."
    assert contrasted_people(sentence, sentence.index("40")) is None


# --- labels that name nothing measured: cut at a participle, or a rank -----------------------------------------


def test_object_cut_at_a_participle_takes_its_complement() -> None:
    recs = _read(
        "Nine subjects reported an AE considered at least possibly related to the study drug and 2 subjects an AE "
        "considered possibly related to aspirin."
    )
    assert [r.row[-1] for r in _of(recs, "count", 9)] == ["AE considered at least possibly related to the study drug"]
    assert not any(r.row[-1] == "AE considered" for r in recs)


def test_a_rank_is_no_adverse_event_term() -> None:
    recs = _read(
        "In the food study, the most frequent AEs were nausea and rash occurring in 7 subjects each, whereas "
        "dizziness was the most common AE in the warfarin study (3 subjects during warfarin alone; 6 subjects "
        "during coadministration).",
        "Dizziness was the most common adverse event (12 patients, 20%).",
    )
    assert not any("most common" in r.row[-1] for r in recs)


# --- a range of a later clause with its own subject ------------------------------------------------------------


def test_range_of_a_later_clause_is_its_own_subjects() -> None:
    recs = _read(
        "Plasma profiles showed rapid absorption; the mean terminal half-life (t1/2) ranged from 6.1 to 9.4 h, and "
        "apparent clearance was comparable, ranging from 12.5 to 20.3 L/h."
    )
    assert [r.row[-1] for r in _of(recs, "min", 12.5)] == ["apparent clearance"]
    assert [r.row[-1] for r in _of(recs, "max", 20.3)] == ["apparent clearance"]
    assert [r.row[-1] for r in _of(recs, "min", 6.1)] == ["terminal half-life"]


def test_bare_participle_is_no_label() -> None:
    recs = _read(
        "After single doses of 10 to 400 mg, the mean elimination half-life ranged from 5.2 to 8.8 h, and apparent "
        "volume of distribution was similar, ranging from 110 to 145 L."
    )
    assert not any(r.row[-1] == "ranging" for r in recs)


# --- a sentence fronted by the dosing its values follow --------------------------------------------------------


def test_summaries_take_the_dosing_their_sentence_is_fronted_by() -> None:
    recs = _read(
        "Pharmacokinetics",
        "Following single oral doses across 10–400 mg, plasma profiles showed rapid absorption (Table 3); the mean "
        "terminal half-life ranged from 6.1 to 9.4 h. The mean body weight was 71.5 kg.",
    )
    assert [r.arm for r in _of(recs, "min", 6.1)] == ["single oral doses across 10–400 mg"]
    # the next sentence is fronted by nothing: no group of that dosing
    assert [r.arm for r in _of(recs, "mean", 71.5)] == [None]
