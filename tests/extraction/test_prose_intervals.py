"""Interval lists (extractors/prose_intervals.py): one bracket gives the intervals of several values, in the order
the values were printed ("4.0 and 2.5 months ..., respectively (95% CI, 2.5 to 5.3 and 1.9 to 3.8, respectively)").

Found among the tuning prose the golden files hold and no statement read (a phase 2 abstract's medians); the forms
are the usual ones of trial abstracts. First contact (four sentences, before the module): the 12 bounds all unread
(no statement form read them), their estimates read. The second set below was written, gold first, after the fix.
"""

from __future__ import annotations

import pytest

from extractors.prose import read_paragraphs

# (sentence, {(statistic, value): (endpoint word, group word or None)}): every bound the sentence gives
SECOND: list[tuple[str, dict[tuple[str, float | None], tuple[str, str | None]]]] = [
    (
        "Median overall survival was 13.2 and 9.8 months in the combination and monotherapy arms, respectively "
        "(95% CI, 11.0 to 15.9 and 8.1 to 11.6, respectively; hazard ratio, 0.72; 95% CI, 0.58 to 0.90).",
        {
            ("ci_low", 11.0): ("OS", "combination"),
            ("ci_high", 15.9): ("OS", "combination"),
            ("ci_low", 8.1): ("OS", "monotherapy"),
            ("ci_high", 11.6): ("OS", "monotherapy"),
        },
    ),
    (
        "The 24-month overall survival rates were 58% and 41% (95% CIs, 50-65 and 33-48) in the intensified and "
        "standard groups, respectively.",
        {
            ("ci_low", 50.0): ("OS", "intensified"),
            ("ci_high", 65.0): ("OS", "intensified"),
            ("ci_low", 33.0): ("OS", "standard"),
            ("ci_high", 48.0): ("OS", "standard"),
        },
    ),
    (
        "Median progression-free survival was 7.4 and 5.1 months in the high-dose and low-dose cohorts, respectively "
        "(95% CI: 5.6-NR and 3.9-6.8).",
        {
            ("ci_low", 5.6): ("PFS", "high-dose"),
            ("ci_high", None): ("PFS", "high-dose"),
            ("ci_low", 3.9): ("PFS", "low-dose"),
            ("ci_high", 6.8): ("PFS", "low-dose"),
        },
    ),
]

# intervals that must stay unread: one that does not bracket its estimate, and more intervals than estimates
UNPAIRED = [
    "Median progression-free survival was 6.0 and 4.2 months in the combination and monotherapy arms, respectively "
    "(95% CI, 4.9 to 7.3 and 4.5 to 5.0, respectively).",
    "Median overall survival was 12.5 months in the A arm (95% CI, 10.1 to 14.8 and 9.0 to 11.2).",
]


@pytest.mark.parametrize(("sentence", "gold"), SECOND)
def test_each_interval_of_a_list_goes_to_its_estimate_by_order(
    sentence: str, gold: dict[tuple[str, float | None], tuple[str, str | None]]
) -> None:
    records, findings = read_paragraphs([sentence])
    bounds = {(r.statistic, r.value, r.arm) for r in records if r.statistic in ("ci_low", "ci_high")}
    for (stat, value), (endpoint, group) in gold.items():
        hit = [r for r in records if r.statistic == stat and r.value == value and endpoint in " ".join(r.row)]
        assert hit and group is not None and all(group in (r.arm or "") for r in hit), (stat, value, bounds)
    listed = [r for r in records if r.binding and r.binding[0] == "interval of a list, by order"]
    assert len(listed) == len(gold)
    assert not [f for f in findings if any(v.value in [v for _, v in gold] for v in f.values)]


def test_a_bound_open_above_is_not_reached() -> None:
    records, _ = read_paragraphs([SECOND[2][0]])
    high = [r for r in records if r.statistic == "ci_high" and r.value is None]
    assert [r.qualifier for r in high] == ["not reached"]


@pytest.mark.parametrize("sentence", UNPAIRED)
def test_intervals_that_do_not_pair_stay_unread(sentence: str) -> None:
    records, findings = read_paragraphs([sentence])
    assert any(r.statistic == "median" for r in records)  # the estimates are read, their intervals are not
    assert not [r for r in records if r.statistic in ("ci_low", "ci_high") and r.binding and "list" in r.binding[0]]
    assert any(f.check == "prose-unread" for f in findings)
