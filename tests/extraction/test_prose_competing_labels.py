"""Prose label precision families (issue 9, "never a wrong number"): layouts where two labels compete for one
number, read from invented sentences in the style of trial papers (extractors/prose.py ``read_paragraphs``). The
number is bound when the sentence lines its labels up, and withheld (``prose-unread``) when it does not."""

from __future__ import annotations

import pytest

from tests.extraction.test_prose_precision import _read, _rows

# --- a counted subject with two predicates: the count is of those both are said of -------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Twelve patients received at least two doses of the study drug and were eligible for the primary "
            "safety endpoint.",
            12,
        ),
        ("Of note, three patients in arm B were enrolled with measurable disease and failed to show a response.", 3),
        (
            "In total, 88 patients were treated with study drug (30 with drug X and 58 with placebo) and formed the "
            "per-protocol population.",
            88,
        ),
        ("Forty randomized patients were included in the safety analyses and had at least one adverse event.", 40),
    ],
)
def test_count_with_two_coordinated_predicates_is_withheld(sentence: str, value: float) -> None:
    recs, unread = _read(sentence)
    assert _rows(recs, "count", value) == []
    assert any(raw.split()[0] in sentence for raw in unread)


@pytest.mark.parametrize(
    ("sentence", "value", "label"),
    [
        # a participle that shares the first one's auxiliary: one predicate
        ("A total of 52 patients were randomized and treated with study medication.", 52, "randomized"),
        # a coordinate number is a subject of its own: each count keeps its verb
        ("Sixty patients were screened and 40 were enrolled.", 60, "screened"),
        ("Sixty patients were screened and 40 were enrolled.", 40, "enrolled"),
        # "All N": each predicate is said of all of them (tests/extraction/test_prose_precision.py pins this form)
        ("All 40 randomized patients were included in the safety analyses and had at least one AE.", 40, "safety"),
        # the coordinated predicate names the set the count defines (prose_endpoints.py "defines a set")
        ("All 28 patients received at least one dose and were included in the safety analysis.", 28, "safety"),
    ],
)
def test_count_with_one_predicate_keeps_its_label(sentence: str, value: float, label: str) -> None:
    recs, _ = _read(sentence)
    rows = _rows(recs, "count", value)
    assert len(rows) == 1 and label in rows[0][0]


# --- a list of landmark times and values that line up with groups, not with the times ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At 1 and 2 years, the PFS rate was 55% (95% CI, 40-70) with drug X and 30% (95% CI, 18-44) with placebo.",
        # (a confidence level is no second rate of a run that would line up with the times)
        "Of note, at 2 and 3 years, the OS rate was 3-fold higher for drug X (40%, 95% CI: 6–74) compared with "
        "placebo (13%, 95% CI: 2–30).",
    ],
)
def test_rates_of_listed_times_lined_up_with_groups_are_withheld(sentence: str) -> None:
    recs, _ = _read(sentence)
    assert [r for r in recs if r.statistic in ("rate", "percent", "ci_low", "ci_high")] == []


@pytest.mark.parametrize(
    ("sentence", "value", "label"),
    [
        ("The 1- and 2-year PFS rates were 57% (95% CI, 43%-69%) and 31% (95% CI, 19%-44%), respectively.", 31, "2"),
        ("The PFS rates at 12 and 24 months were 80% and 61%, respectively.", 80, "12"),
        ("The OS rate was 91% at 2 years and 84% at 5 years.", 84, "5"),
    ],
)
def test_rates_lined_up_with_listed_times_keep_their_time(sentence: str, value: float, label: str) -> None:
    recs, _ = _read(sentence)
    rows = _rows(recs, "rate", value)
    assert len(rows) == 1 and rows[0][0].startswith(f"{label}-")


# --- an item of a colon's breakdown of a head count: its own verb drops what the head says they are ---------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The safety population included 60 patients with stage IV disease: 21 were treated with 5 mg drug X, 19 "
            "with 10 mg drug X, and 20 with placebo.",
            21,
        ),
        (
            "This subgroup included 45 patients (primary efficacy population): 9 were treated with drug X, 21 with "
            "drug Y, and 15 with placebo.",
            9,
        ),
        ("Of the cohort, 30 patients had bone metastases: 12 were treated with radiotherapy and 18 with surgery.", 12),
    ],
)
def test_own_verb_of_an_item_of_a_head_count_is_withheld(sentence: str, value: float) -> None:
    recs, unread = _read(sentence)
    assert _rows(recs, "count", value) == []
    assert any(raw.startswith(f"{value} ") for raw in unread)


@pytest.mark.parametrize(
    ("sentence", "value", "label"),
    [
        ("Sixty patients were screened and 40 were enrolled.", 40, "enrolled"),
        ("The dose level was expanded with additional 18 patients enrolled.", 18, "enrolled"),
        # (a colon inside a bracket heads no breakdown)
        ("Of note (95% CI: 10-20), 14 were treated with drug X.", 14, "treated"),
    ],
)
def test_own_verb_of_a_count_with_no_head_count_is_kept(sentence: str, value: float, label: str) -> None:
    recs, _ = _read(sentence)
    assert [row for row, _ in _rows(recs, "count", value)] == [label]


# --- two counts sharing their noun ("19 and 26 patients"), no group named for either -------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Likewise, with 19 and 26 patients having achieved SD for at least 6 months, the clinical benefit rate "
            "was lower with drug A (19%) than with drug B (27%; P = 0.045).",
            26,
        ),
        ("In all, 12 and 15 patients had a partial response.", 15),
    ],
)
def test_second_of_two_counts_sharing_their_noun_is_withheld(sentence: str, value: float) -> None:
    recs, unread = _read(sentence)
    assert _rows(recs, "count", value) == []
    assert f"{value} patients" in unread


def test_counts_each_with_its_own_noun_keep_their_groups() -> None:
    recs, _ = _read("A total of 38 patients were randomised in part 2: 18 patients to 3 mg and 20 patients to 6 mg.")
    assert _rows(recs, "count", 20) == [("randomised", "6 mg")]
