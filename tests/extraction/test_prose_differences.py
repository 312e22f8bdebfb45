"""The differences corpus (prose_differences_corpus.py) read back and held to its end figures, and the rules of
extractors/prose_differences.py, each with a form of the corpus and a second instance written for this test."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from extractors.prose_differences import NESTED, NO_OUTCOME, SIGN_UNREAD, bare_head
from tests.extraction.prose_calibration_score import score, totals
from tests.extraction.prose_differences_corpus import CORPUS, SECOND_INSTANCES
from tests.extraction.prose_differences_score import FIRST_CONTACT, unmatched


def _read(*paragraphs: str) -> tuple[dict[float, tuple[str | None, str | None]], dict[float, str]]:
    """Per value: (endpoint, group) of the record read, and the reason of the finding that withholds it."""
    records, findings = read_paragraphs(list(paragraphs))
    read = {r.value: (r.row[-1] if r.row else None, r.arm) for r in records if r.value is not None}
    held = {v.value: f.message for f in findings for v in f.values if v.value is not None}
    return read, held


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 25
    assert sum(len(gold) for _, _, gold in CORPUS) >= 180


def test_differences_ratchet() -> None:
    # first contact: 16 right, 14 silently wrong, 1 missed, 1 sign dropped; a change may raise right and lower
    # wrong, never the other way
    overall = totals(score(CORPUS))
    assert overall["right"] >= 38 and overall["right"] >= FIRST_CONTACT["right"]
    assert overall["wrong"] == 0
    assert overall["missed"] == 0
    assert not unmatched(CORPUS)
    second = totals(score(SECOND_INSTANCES))
    assert second["right"] >= 16 and second["wrong"] == 0
    assert not unmatched(SECOND_INSTANCES)


def test_a_bare_head_names_nothing_measured() -> None:
    assert bare_head("between-group difference") and bare_head("Four-week changes")
    assert bare_head("placebo-corrected reduction")
    assert not bare_head("difference in HbA1c") and not bare_head("systolic BP")


def test_a_difference_is_of_the_outcome_its_head_names() -> None:
    # corpus: "The between-group difference in systolic blood pressure was −3.0 mm Hg (95% CI −7.5 to 1.5; P=0.81)"
    read, _ = _read(
        "Women were randomized to yoga or usual care.",
        "The between-group difference in resting heart rate was −4.2 (95% CI −7.9 to −0.5; P=0.03).",
    )
    assert read[-4.2][0] is not None and "resting heart rate" in read[-4.2][0]
    assert read[0.03][0] is not None and "resting heart rate" in read[0.03][0]


def test_a_difference_is_of_the_outcome_named_after_it() -> None:
    # corpus: "The difference in mean 40-month change was 0.31 (95% CI ...; P=0.28) for the DSST, −0.02 (...) for the
    # RAVLT"
    read, _ = _read(
        "Adults were randomized to aerobic training or stretching.",
        "The adjusted difference in 12-month change was 0.42 (95% CI 0.05 to 0.79; P=0.03) for the Trail Making "
        "Test and −0.11 (95% CI −0.40 to 0.18; P=0.45) for the Stroop test.",
    )
    assert read[0.42][0] is not None and read[0.42][0].endswith("in Trail Making Test")
    assert read[-0.11][0] is not None and read[-0.11][0].endswith("in Stroop test")


def test_a_difference_of_no_outcome_named_is_withheld() -> None:
    # corpus (first contact): "The median between-group difference was −5.6 mm Hg" had been read as of
    # "between-group difference"; here the sentence before names no outcome either
    read, held = _read(
        "Patients were randomized to nurse-led care or usual care.",
        "Outcomes were assessed at 6 months. The adjusted between-group difference was −2.8 (95% CI, −5.1 to −0.5).",
    )
    assert -2.8 not in read
    assert held[-2.8].endswith(NO_OUTCOME)


def test_a_minus_sign_the_pattern_does_not_read_withholds_the_number() -> None:
    # corpus: "between MR and empagliflozin was −0.4% (95% CI, −0.7% to 0.0%)" had been read as 0.4 percent
    read, held = _read(
        "Patients were randomized to dapaglide or placebo.",
        "The adjusted difference in HbA1c change was −0.6% (95% CI, −0.9% to −0.3%).",
    )
    assert 0.6 not in read and -0.6 not in read
    assert held[0.6].endswith(SIGN_UNREAD)


def test_a_difference_is_of_the_group_named_after_it() -> None:
    # corpus: "−8.1 mm Hg (95% CI, ...) in the 1-mg group and −9.6 mm Hg (95% CI, ...) in the 2-mg group"
    read, _ = _read(
        "Patients were randomized to olmesalide 10 mg, olmesalide 40 mg, or placebo.",
        "The placebo-corrected change in diastolic BP was −4.1 mm Hg (95% CI, −6.0 to −2.2) in the 10 mg group and "
        "−6.3 mm Hg (95% CI, −8.2 to −4.4) in the 40 mg group.",
    )
    assert read[-4.1][1] is not None and "10 mg" in read[-4.1][1]
    assert read[-6.3][1] is not None and "40 mg" in read[-6.3][1]


def test_a_change_by_is_of_the_group_after_it() -> None:
    # corpus: "Daytime ambulatory systolic BP was reduced by 8.5 mm Hg with renal denervation"
    read, _ = _read(
        "Participants were randomized to a salt substitute or regular salt.",
        "Diastolic BP fell by 3.4 mm Hg in the salt substitute group and by 1.1 mm Hg in the regular salt group.",
    )
    assert read[3.4][1] is not None and "salt substitute" in read[3.4][1]


def test_nested_pairs_said_respectively_are_withheld() -> None:
    # corpus: "(−10.8 and −4.9, and −19.6 and −8.7 mm Hg, respectively)"
    read, held = _read(
        "Patients were randomized to amlodide 5 mg or 10 mg.",
        "Reductions in SBP and DBP were seen with 5 mg and 10 mg (−9.2 and −5.5, and −13.1 and −7.7 mm Hg, "
        "respectively).",
    )
    assert not {-9.2, -5.5, -13.1, -7.7} & set(read)
    assert held[-7.7].endswith(NESTED)
