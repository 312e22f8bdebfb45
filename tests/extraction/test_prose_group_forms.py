"""The group-forms corpus (prose_group_forms_corpus.py) read back and held to its end figures, and the rules of
extractors/prose_group_names.py and prose_groups.py it led to, each with a second instance of its form written
before the rule was tried."""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs
from tests.extraction.prose_group_forms_corpus import CORPUS
from tests.extraction.prose_group_forms_score import FIRST_CONTACT, score, totals


def _read(*paragraphs: str) -> dict[float, str | None]:
    """Per value, the group of the record read (values withheld are absent)."""
    records, _ = read_paragraphs(list(paragraphs))
    return {r.value: r.arm for r in records if r.value is not None}


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 40
    assert sum(len(gold) for _, _, gold in CORPUS) >= 100


def test_group_forms_ratchet() -> None:
    # end figures (first contact: 55 right, 26 silently wrong); a change may raise right and lower wrong, never
    # the other way
    overall = totals(score())
    assert FIRST_CONTACT["wrong"] == 26
    assert overall["right"] >= 80
    assert overall["wrong"] <= 4
    assert overall["missed"] == 0


@pytest.mark.parametrize(
    ("paragraph", "value", "group"),
    [
        # a fronted study phase or portion scopes its clause
        ("In the dose-finding phase, 2 of 15 patients (13.3%) had a partial response.", 13.3, "dose-finding phase"),
        ("During the expansion part, the disease control rate was 61.0%.", 61.0, "expansion part"),
        ("In the phase 2 portion, the median overall survival was 10.7 months.", 10.7, "phase 2 portion"),
        # the subject treated in a phase
        (
            "Patients enrolled in the dose-expansion phase had a median progression-free survival of 4.4 months.",
            4.4,
            "dose-expansion phase",
        ),
    ],
)
def test_a_study_phase_fronted_or_the_subject_s_is_the_group(paragraph: str, value: float, group: str) -> None:
    read = _read(paragraph)
    assert group.split()[0].lower() in (read[value] or "").lower()


@pytest.mark.parametrize(
    ("paragraph", "value", "word"),
    [
        ("In the fasted state, the mean Cmax of the drug was 0.84 µg/mL.", 0.84, "fasted"),
        ("Under fed conditions, the mean Cmax was 655 ng/mL.", 655, "fed"),
    ],
)
def test_a_fronted_fed_or_fasted_condition_is_the_group(paragraph: str, value: float, word: str) -> None:
    read = _read(paragraph)
    assert word in (read[value] or "").lower()


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("In the per-protocol population, the objective response rate was 41.2%.", 41.2),
        ("In the full analysis set, the median progression-free survival was 6.9 months.", 6.9),
        ("In the modified intention-to-treat population, 58 patients (44.6%) had a response.", 44.6),
    ],
)
def test_an_analysis_set_is_the_whole_trial(paragraph: str, value: float) -> None:
    assert _read(paragraph).get(value) is None


def test_across_all_levels_is_the_whole_trial_not_the_paragraphs_dose() -> None:
    read = _read(
        "At 300 mg, 3 of 9 patients (33%) had a partial response. Across all cohorts, 14 of 36 patients (39%) had "
        "stable disease."
    )
    assert read.get(33) == "300 mg"
    assert read.get(39) is None


def test_a_subset_of_the_paragraphs_group_is_not_that_group() -> None:
    read = _read(
        "In cohort B, the overall response rate was 26.0%. In a subgroup of 11 patients with liver metastases, the "
        "overall response rate was 9.1%."
    )
    assert read.get(26.0) == "cohort B"
    assert read.get(9.1) != "cohort B"


def test_a_population_fronted_later_is_not_the_earlier_sentences() -> None:
    read = _read(
        "The disease control rate was 52%. Among patients with KRAS-mutant tumors, 4 of 13 had a partial response."
    )
    assert read.get(52) is None


def test_a_proper_adjective_population_of_women_or_men() -> None:
    read = _read("Among Japanese men, the mean clearance was 0.37 L/h.")
    assert read.get(0.37) is not None and "Japanese" in (read.get(0.37) or "")
