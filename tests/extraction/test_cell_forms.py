"""Cells that state their own statistic or carry several numbers (zoo style `inline`, pattern B): "62 (range
45–79)", "5.2 (IQR 3.1–8.0)", "4.1 (95% CI 3.2–5.0)", "0.71 (0.55–0.92); P=0.008", "12 (24%)", "24% (12)",
"NR (14.2–NR)". Each form is read, a label that says otherwise leaves it unread with a finding naming both, and the
arithmetic vetoes still hold. Labels are given innermost first, as the extractor hands them over."""

from __future__ import annotations

import pytest

from extractors.cells import parse_shape
from extractors.hint_context import Meaning
from extractors.hints import Context, meaning_of
from extractors.values import value_like
from extractors.vetoes import veto


def _reading(text: str, row: tuple[str, ...], column: tuple[str, ...], arm_n: int | None = None) -> Meaning:
    ctx = Context(row=row, column=column, footnotes=(), table_notes="", title="", arm_n=arm_n, section="efficacy")
    shape = parse_shape(text)
    assert shape is not None, text
    return meaning_of(shape, ctx)


def _vetoed(text: str, meaning: Meaning, n: int | None = None) -> str | None:
    shape = parse_shape(text)
    assert shape is not None
    return veto(meaning.stats, shape.numbers, shape.decimals, n, inferred=meaning.inferred)


@pytest.mark.parametrize(
    "text",
    [
        "62 (range 45–79)",
        "5.2 (IQR 3.1–8.0)",
        "5.2 (interquartile range 3.1-8.0)",
        "4.1 (95% CI 3.2–5.0)",
        "0.71 (0.55–0.92); P=0.008",
        "0.71 (0.55 to 0.92), p = 0.008",
        "12 (24%)",
        "24% (12)",
        "NR (14.2–NR)",
        "58·7 (range 37·9–82·0)",
    ],
)
def test_each_form_is_a_value_cell(text: str) -> None:
    assert value_like(text)


def test_a_label_with_the_interval_word_is_no_value_cell() -> None:
    assert not value_like("Median (range)")
    assert not value_like("Age, years (range 18–80)")


def test_a_bracket_naming_its_interval_is_read_as_it_says() -> None:
    shape = parse_shape("62 (range 45–79)")
    assert shape is not None and shape.interval_name == "range" and shape.numbers == (62, 45, 79)
    assert _reading("62 (range 45–79)", ("Age, years",), ("Arm A (n = 40)",)).stats == ("median", "min", "max")
    assert _reading("5.2 (IQR 3.1–8.0)", ("Time to onset, weeks",), ("All",)).stats == ("median", "q1", "q3")
    assert _reading("71.0 (range 40–88)", ("Mean age",), ("All",)).stats == ("mean", "min", "max")
    got = _reading("4.1 (95% CI 3.2–5.0)", ("Median PFS, months",), ("All",))
    assert got.stats == ("median", "ci_low", "ci_high") and got.ci_level == 95
    # the label saying the same is no conflict
    assert _reading("62 (range 45–79)", ("Age, median (range)",), ("All",)).stats == ("median", "min", "max")


def test_a_bracket_naming_another_interval_than_the_labels_is_unread_naming_both() -> None:
    got = _reading("62 (range 45–79)", ("Age",), ("Median (IQR)",))
    assert not got.stats and "range" in got.reason and "Median (IQR)" in got.reason
    got = _reading("4.1 (95% CI 3.2–5.0)", ("Duration, median (range)",), ("All",))
    assert not got.stats and "CI" in got.reason and "median (range)" in got.reason
    got = _reading("5.2 (IQR 3.1–8.0)", ("Age",), ("Median (range)",))
    assert not got.stats and "IQR" in got.reason and "Median (range)" in got.reason
    got = _reading("4.1 (95% CI 3.2–5.0)", ("Median PFS",), ("Median (90% CI)",))
    assert not got.stats and "95% CI" in got.reason and "90% CI" in got.reason


def test_a_named_interval_must_bracket_its_estimate() -> None:
    meaning = _reading("62 (range 65–79)", ("Age",), ("All",))
    assert _vetoed("62 (range 65–79)", meaning) is not None
    meaning = _reading("5.2 (IQR 8.0–3.1)", ("Age",), ("All",))
    assert _vetoed("5.2 (IQR 8.0–3.1)", meaning) is not None


def test_a_ratio_its_ci_and_its_p_in_one_cell() -> None:
    for text in ("0.71 (0.55–0.92); P=0.008", "0.71 (0.55 to 0.92), p = 0.008"):
        shape = parse_shape(text)
        assert shape is not None and shape.p_tail and shape.numbers == (0.71, 0.55, 0.92, 0.008)
        assert _reading(text, ("Overall survival",), ("HR (95% CI)",)).stats == ("hr", "ci_low", "ci_high", "p")
    shape = parse_shape("0.71 (0.55–0.92); P<0.001")
    assert shape is not None and shape.qualifiers[-1] == "<"
    # the head must be an estimate with its interval: a P after a count is not this form
    two = parse_shape("12 (24); P=0.3")
    assert two is None or not two.p_tail
    # the labels not naming the estimate leave the whole cell unread, P included
    assert not _reading("0.71 (0.55–0.92); P=0.008", ("Overall survival",), ("Arm A",)).stats


def test_a_merged_ratio_keeps_the_vetoes() -> None:
    text = "0.71 (0.75–0.92); P=0.008"  # the CI does not bracket the ratio
    assert _vetoed(text, _reading(text, ("Overall survival",), ("HR (95% CI)",))) is not None
    text = "0.71 (0.55–0.92); P=1.8"  # no P value
    assert _vetoed(text, _reading(text, ("Overall survival",), ("HR (95% CI)",))) is not None


def test_a_count_with_its_percent_sign() -> None:
    assert _reading("12 (24%)", ("Female",), ("Arm A (n = 50)",), arm_n=50).stats == ("count", "percent")
    assert _reading("1 (<1%)", ("Nausea",), ("Arm A (n = 240)",), arm_n=240).stats == ("count", "percent")


def test_a_share_before_its_count() -> None:
    shape = parse_shape("24% (12)")
    assert shape is not None and shape.kind == "pct_count" and shape.numbers == (24, 12)
    assert _reading("24% (12)", ("Female",), ("% (n)",)).stats == ("percent", "count")
    assert _reading("20.7% (6)", ("Partial response",), ("(N = 29) % (n)",), arm_n=29).stats == ("percent", "count")
    # no statement: the "%" decides, the arithmetic must agree
    got = _reading("24% (12)", ("Female",), ("Arm A",), arm_n=50)
    assert got.stats == ("percent", "count") and got.inferred
    assert _vetoed("24% (12)", got, 50) is None
    bad = _reading("24% (12)", ("Female",), ("Arm A",), arm_n=29)
    assert _vetoed("24% (12)", bad, 29) is not None
    assert _vetoed("24% (12.5)", _reading("24% (12.5)", ("Female",), ("Arm A",))) is not None


def test_a_share_before_its_count_under_a_label_saying_n_pct_is_unread() -> None:
    got = _reading("24% (12)", ("Female",), ("Arm A, n (%)",), arm_n=50)
    assert not got.stats and "n (%)" in got.reason and "x% (n)" in got.reason
    got = _reading("24% (12)", ("Age",), ("Mean (SD)",))
    assert not got.stats and "Mean (SD)" in got.reason


def test_not_reached_not_estimable_and_no_value_are_never_numbers() -> None:
    shape = parse_shape("NR (14.2–NR)")
    assert shape is not None and shape.numbers[0] is None and shape.qualifiers[0] == "not reached"
    assert shape.numbers[2] is None and shape.qualifiers[2] == "not reached"
    ne = parse_shape("NE")
    assert ne is not None and ne.numbers == (None,) and ne.qualifiers == ("not estimable",)
    for dash in ("—", "–", "-"):
        empty = parse_shape(dash)
        assert empty is not None and empty.kind == "empty" and not empty.numbers
    assert _reading("—", ("Overall survival",), ("HR (95% CI)",)).stats == ()
    # "NE" in a ratio column: a qualifier of the ratio, no number
    assert _reading("NE", ("Overall survival",), ("HR (95% CI)",)).stats == ("hr",)


def test_a_count_its_share_and_the_shares_ci_under_a_header_saying_so() -> None:
    got = _reading("12 (24) [13–38]", ("Objective response",), ("Arm A (n = 50), n (%) [95% CI]",), arm_n=50)
    assert got.stats == ("count", "percent", "ci_low", "ci_high") and got.ci_level == 95
    assert _vetoed("12 (24) [13–38]", got, 50) is None
    # the CI must bracket the share
    bad = _reading("12 (24) [26–38]", ("Objective response",), ("n (%) [95% CI]",))
    assert _vetoed("12 (24) [26–38]", bad) is not None
    # no label says what the square bracket is: unread
    got = _reading("12 (24) [13–38]", ("Objective response",), ("Arm A, n (%)",))
    assert not got.stats and "n (%) [95% CI]" in got.reason


def test_a_rate_per_100_patient_years_stated_in_the_cell() -> None:
    for text in ("3.4 (2.9–4.0) per 100 patient-years", "3.4 (2.9 to 4.0) per 100 person-years"):
        assert value_like(text)
        got = _reading(text, ("Major bleeding",), ("Arm A (n = 500)",))
        assert got.stats == ("rate", "ci_low", "ci_high")
    for text in ("1.2/100 PY", "1.2 per 100 patient-years"):
        assert value_like(text)
        assert _reading(text, ("Major bleeding",), ("Arm A",)).stats == ("rate",)
    # the interval must still bracket the rate; a label naming another estimate leaves it unread
    text = "3.4 (3.9–4.0) per 100 patient-years"
    assert _vetoed(text, _reading(text, ("Major bleeding",), ("Arm A",))) is not None
    assert not _reading("3.4 (2.9–4.0) per 100 patient-years", ("Major bleeding",), ("HR (95% CI)",)).stats
    # "/100" alone is a fraction, no rate
    shape = parse_shape("12/100")
    assert shape is not None and not shape.per_100_years


def test_a_share_before_its_count_without_its_sign_under_a_header_saying_so() -> None:
    got = _reading("62.1 (18)", ("Stable disease",), ("(N = 29) % (n)",), arm_n=29)
    assert got.stats == ("percent", "count")
    assert _reading("24 (12)", ("Female",), ("Arm A",), arm_n=50).stats != ("percent", "count")
    got = _reading("24 (12)", ("Sex, n (%)",), ("Arm A, % (n)",), arm_n=50)
    assert not got.stats and "% (n)" in got.reason and "n (%)" in got.reason
    # the count must be a whole number
    half = _reading("24 (12.5)", ("Female",), ("% (n)",))
    assert _vetoed("24 (12.5)", half) is not None
