"""Two-group comparisons in prose (issue 9, "X vs Y comparisons"): a pair of values is given to the groups the
sentence compares, in the order it names them; a value whose unit is printed once, after the last of its list,
is read with that unit; a pair whose groups the sentence does not name is reported, never guessed.

The sentences are written for the family (arms, endpoints and numbers of no golden paper), in the forms trial
abstracts and results use."""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs
from extractors.prose_comparisons import compared_groups
from schemas.records import Record

ARMS = (
    "Patients were randomly assigned to nivolumab or docetaxel. "
    "The nivolumab group and the docetaxel group were balanced."
)
WORDS = frozenset({"nivolumab", "docetaxel", "placebo"})


def _read(*sentences: str) -> tuple[list[Record], list[str]]:
    records, findings = read_paragraphs([ARMS, *sentences])
    return records, [f.message for f in findings]


def _by_value(records: list[Record], value: float) -> list[Record]:
    return [r for r in records if r.value == value]


def _one(records: list[Record], value: float) -> Record:
    found = _by_value(records, value)
    assert len(found) == 1, (value, found)
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("PFS was longer with nivolumab than with docetaxel (median 5.1 vs. 3.4 months).", ("nivolumab", "docetaxel")),
        ("ORR was higher in the nivolumab group than in the docetaxel group (20 vs. 9%).", ("nivolumab", "docetaxel")),
        ("ORRs (20 vs. 9%) favoured docetaxel versus nivolumab.", ("docetaxel", "nivolumab")),
        ("The difference between nivolumab and placebo (12 vs. 8 patients) was small.", ("nivolumab", "placebo")),
        ("Rash was less frequent among patients receiving nivolumab compared with docetaxel (7% vs. 55%).", None),
        ("Rash was less frequent with nivolumab than expected (7% vs. 55%).", None),  # "expected" is no arm
        # the same pair named twice, once with a preposition and article before it: one pair
        (
            "AEs in the nivolumab arm led to more discontinuations due to AEs in the nivolumab arm versus the "
            "docetaxel arm (66 vs. 51%).",
            ("nivolumab", "docetaxel"),
        ),
        ("ORR was higher with nivolumab than docetaxel, but lower with docetaxel than nivolumab in women.", None),
    ],
)
def test_compared_groups_are_the_two_arms_in_the_order_named(sentence: str, pair: tuple[str, str] | None) -> None:
    found = compared_groups(sentence, WORDS)
    if pair is None and "receiving" in sentence:
        assert found == ("nivolumab", "docetaxel")  # "among patients receiving A compared with B" names them too
    else:
        assert found == pair


def test_a_median_pair_after_than_goes_to_each_arm_in_turn() -> None:
    records, _ = _read(
        "Progression-free survival was longer with nivolumab than with docetaxel "
        "(median 5.1 vs. 3.4 months; hazard ratio, 0.62; 95% CI, 0.47 to 0.81)."
    )
    first, second = _one(records, 5.1), _one(records, 3.4)
    assert (first.statistic, first.row, first.arm) == ("median", ["PFS"], "nivolumab")
    assert (second.statistic, second.row, second.arm) == ("median", ["PFS"], "docetaxel")
    hr = _one(records, 0.62)
    assert (hr.statistic, hr.row, hr.arm) == ("hr", ["PFS"], None)  # a contrast: no one arm's


def test_a_percent_printed_once_after_the_pair_is_each_values_unit() -> None:
    records, _ = _read("The objective response rate was higher with nivolumab than docetaxel (20 vs. 9%).")
    first, second = _one(records, 20.0), _one(records, 9.0)
    assert (first.statistic, first.row, first.arm) == ("percent", ["ORR"], "nivolumab")
    assert (second.statistic, second.row, second.arm) == ("percent", ["ORR"], "docetaxel")


def test_groups_named_after_the_values_and_a_ratio_in_the_first_bracket() -> None:
    records, _ = _read(
        "Median overall survival (9.2 vs. 6.0 months; HR, 0.59) and objective response rates (20 vs. 9%; P = 0.008) "
        "favoured nivolumab versus docetaxel."
    )
    assert (_one(records, 9.2).row, _one(records, 9.2).arm) == (["OS"], "nivolumab")
    assert (_one(records, 6.0).row, _one(records, 6.0).arm) == (["OS"], "docetaxel")
    assert (_one(records, 20.0).row, _one(records, 20.0).arm) == (["ORR"], "nivolumab")
    assert (_one(records, 9.0).row, _one(records, 9.0).arm) == (["ORR"], "docetaxel")
    hr = _one(records, 0.59)
    assert (hr.statistic, hr.row) == ("hr", ["OS"])  # the ratio of the bracket it sits in, not the next endpoint


def test_a_pair_in_the_a_and_b_groups_is_theirs_with_or_without_respectively() -> None:
    records, _ = _read(
        "Dose reductions were required in 12 and 31% of patients in the nivolumab and docetaxel groups, respectively.",
        "Most patients discontinued because of disease progression (63 and 57% of patients in the nivolumab and "
        "docetaxel arms; Figure 1).",
    )
    assert (_one(records, 12.0).statistic, _one(records, 12.0).arm) == ("percent", "nivolumab group")
    assert _one(records, 31.0).arm == "docetaxel group"
    assert (_one(records, 63.0).row, _one(records, 63.0).arm) == (["disease progression"], "nivolumab arm")
    assert _one(records, 57.0).arm == "docetaxel arm"


def test_a_pair_whose_groups_the_sentence_does_not_name_is_reported_not_emitted() -> None:
    records, findings = _read("The corresponding ORRs were 11 and 16% (chi-squared test P = 0.109).")
    assert not _by_value(records, 11.0) and not _by_value(records, 16.0)
    assert any("'11' was not read as data" in f for f in findings)
    assert any("'16%' was not read as data" in f for f in findings)


def test_one_arm_and_something_else_set_side_by_side_pair_nothing() -> None:
    records, findings = _read("Rash was less frequent with nivolumab than expected (7 vs. 55%).")
    assert not _by_value(records, 7.0) and not _by_value(records, 55.0)
    assert any("'7' was not read as data" in f for f in findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tumour shrinkage between 12 and 31% was seen in most patients treated with nivolumab.",
        "Survival rates at 6 and 12 months were reported in the appendix for nivolumab.",
        "Grade 3 and 4% of events were not graded by investigators in the nivolumab group.",
    ],
)
def test_ranges_time_points_and_grades_are_no_shared_unit_list(sentence: str) -> None:
    records, findings = _read(sentence)
    first = {"between": 12.0, "6 and": 6.0, "Grade 3": 3.0}
    value = next(v for k, v in first.items() if k in sentence)
    assert not _by_value(records, value)
    assert not any(f"'{value:g}' was not read" in f for f in findings)


def test_terms_that_complement_a_measured_head_noun_are_not_its_endpoints() -> None:
    records, _ = _read(
        "Shrinkage was below 30% except for variability of clearance and absorption rate (54.9 and 35.8%, "
        "respectively)."
    )
    assert not any(r.row in (["clearance"], ["absorption rate"]) for r in records)
    records, _ = _read("The incidences of nausea and fatigue (45% and 30%, respectively) were similar.")
    assert _one(records, 45.0).row == ["nausea"] and _one(records, 30.0).row == ["fatigue"]


def test_each_value_said_with_its_own_group_on_either_side_of_versus() -> None:
    records, _ = _read(
        "The ORR was 45% in the nivolumab group versus 30% in the docetaxel group.",
        "The 2-year OS rate was 65% with nivolumab vs 50% with docetaxel.",
    )
    assert (_one(records, 45.0).arm, _one(records, 30.0).arm) == ("nivolumab group", "docetaxel group")
    assert (_one(records, 65.0).arm, _one(records, 50.0).arm) == ("nivolumab", "docetaxel")
    assert _one(records, 65.0).row == ["2-year OS rate"]


def test_groups_named_together_after_the_values_are_no_ones_alone() -> None:
    records, findings = _read(
        "PFS was longer with nivolumab than with docetaxel (median 5.1 vs. 3.4 months).",
        "The ORR was 45% in the nivolumab group versus 30% in the docetaxel group.",
        "Grade 3 or higher TRAEs occurred in 25% and 40% of patients receiving nivolumab and docetaxel, respectively.",
        "Discontinuation due to AEs occurred in 12 (10%) and 5 (4%) patients in the nivolumab and docetaxel groups.",
    )
    for value in (25.0, 40.0, 12.0, 5.0):
        assert not [r for r in records if r.value == value and r.arm], value
    assert any("'40%' was not read as data" in f for f in findings)


def test_a_subgroups_cut_off_is_its_name_not_a_result() -> None:
    records, _ = _read(
        "ORR was 60% in patients with PD-L1 of 50% or more and 30% in those with PD-L1 below 50%.",
        "ORR was 45% in patients with PD-L1 ≥1% and 20% in patients with PD-L1 <1%.",
    )
    assert not [r for r in records if r.value in (50.0, 1.0)]  # the cut-offs
    assert (_one(records, 60.0).arm, _one(records, 30.0).arm) == ("PD-L1 of 50% or more", "PD-L1 below 50%")
    assert (_one(records, 45.0).arm, _one(records, 20.0).arm) == ("PD-L1 ≥1%", "PD-L1 <1%")
