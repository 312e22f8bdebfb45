"""Two values of one endpoint, each followed by its group said the same way ("14.6 months with ravotinib and 11.0
months with docetaxel"): when no rule reads the groups, neither value may be emitted as the trial's.

First contact (one sentence): the first value withheld (extractors/prose_build.py's _PARALLEL_AFTER), the second
emitted as the whole trial's median OS: silently wrong. Now the second is withheld by the mirror rule
(_PARALLEL_BEFORE); where the groups are read, both values are read with them."""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs

UNNAMED = [
    "Median overall survival was 14.6 months with ravotinib and 11.0 months with docetaxel (hazard ratio 0.74).",
    "The mean reduction in systolic pressure was 9.2 mm Hg with lorasartan and 3.1 mm Hg with hydralazine.",
    "Median time to recovery was 6 days among early starters and 9 days among late starters.",
]


@pytest.mark.parametrize("sentence", UNNAMED)
def test_neither_value_of_an_unread_pair_is_the_trials(sentence: str) -> None:
    records, findings = read_paragraphs([sentence])
    summaries = [r for r in records if r.statistic in ("median", "mean")]
    assert not [r for r in summaries if r.arm is None], summaries
    withheld = {v.value for f in findings if f.check == "prose-unread" for v in f.values}
    assert not [r for r in summaries if r.value not in withheld and r.arm is None]
    assert len([v for v in withheld if v is not None]) >= 2  # both values are accounted for, none dropped


def test_a_pair_whose_groups_are_read_is_read_with_them() -> None:
    sentence = "Median overall survival was 14.6 months in the ravotinib group and 11.0 months in the docetaxel group."
    records, _ = read_paragraphs([sentence])
    assert {(r.value, r.arm) for r in records if r.statistic == "median"} == {
        (14.6, "ravotinib group"),
        (11.0, "docetaxel group"),
    }


DESIGN = "Patients were randomly assigned to receive velotinib or placebo."
# Written before they were read back (first contact: each pair withheld as "one of several values the sentence pairs
# with groups it does not line up": the pairing read "months with velotinib" as the first value's unit words)
NAMED_ARMS = [
    ("Median PFS was 8.1 months with velotinib versus 5.5 months with placebo.", "PFS", [8.1, 5.5]),
    ("Median PFS was 8.1 months on velotinib versus 5.5 months on placebo.", "PFS", [8.1, 5.5]),
    ("The median duration of response was 11.0 months with velotinib and 8.3 months with placebo.", "DoR", [11.0, 8.3]),
]


@pytest.mark.parametrize(("sentence", "endpoint", "values"), NAMED_ARMS)
def test_values_each_said_with_an_arm_the_paper_names_are_that_arms(
    sentence: str, endpoint: str, values: list[float]
) -> None:
    records, _ = read_paragraphs([DESIGN, sentence])
    read = {(r.value, r.arm, r.parameter) for r in records if r.statistic == "median"}
    assert read == {(values[0], "velotinib", endpoint), (values[1], "placebo", endpoint)}


@pytest.mark.parametrize(
    "sentence",
    [
        # the arm name said with another ("with A and B"): both, or a combination; not the arm A alone
        "Median PFS was 8.1 months with velotinib and placebo versus 5.5 months with placebo alone.",
    ],
)
def test_no_value_takes_an_arm_or_endpoint_its_words_do_not_give_it(sentence: str) -> None:
    records, _ = read_paragraphs([DESIGN, sentence])
    assert not [r for r in records if r.value in (8.1, 68.4) and r.arm == "velotinib" and r.statistic != "p"]
