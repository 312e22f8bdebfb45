"""Rounding at the printed precision: every legitimate rounding of n/N is accepted, anything a unit or more
away is rejected, both by the helper and by the percent-vs-count check end to end."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from tests.checks.factory import cell, findings_of
from trialex.checks.rounding import (
    PERCENT_MODES,
    Mode,
    fits,
    fixed,
    numbers_in,
    percent_of,
    printed,
    round_to,
)

counts_and_ns = st.integers(min_value=1, max_value=3000).flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
)
decimals = st.integers(min_value=0, max_value=2)
modes = st.sampled_from(PERCENT_MODES)


def text(value: Fraction, places: int) -> str:
    return f"{float(value):.{places}f}"


@given(counts_and_ns, decimals, modes)
def test_every_legitimate_rounding_is_accepted(count_n: tuple[int, int], places: int, mode: Mode) -> None:
    count, n = count_n
    shown = round_to(percent_of(count, n), places, mode)
    assert fits(percent_of(count, n), shown, places)


@given(counts_and_ns, decimals, st.integers(min_value=-400, max_value=400))
def test_a_value_a_unit_or_more_away_is_rejected(count_n: tuple[int, int], places: int, offset: int) -> None:
    count, n = count_n
    true = percent_of(count, n)
    unit = Fraction(1, 10**places)
    shown = round_to(true, places, "half-up") + offset * unit
    if abs(shown - true) >= unit:
        assert not fits(true, shown, places)


@given(counts_and_ns, decimals, modes)
def test_the_check_accepts_any_legitimately_rounded_cell(count_n: tuple[int, int], places: int, mode: Mode) -> None:
    count, n = count_n
    shown = text(round_to(percent_of(count, n), places, mode), places)
    records = cell(f"{count} ({shown})", {"count": count, "percent": float(shown)}, arm_n=n)
    assert findings_of(records, "percent-vs-count") == []


@given(counts_and_ns, st.integers(min_value=1, max_value=2), st.integers(min_value=2, max_value=50))
def test_the_check_rejects_a_cell_off_by_more_than_the_slack(
    count_n: tuple[int, int], places: int, offset: int
) -> None:
    count, n = count_n
    shown = round_to(percent_of(count, n), places, "half-up") + offset * Fraction(1, 10**places)
    records = cell(f"{count} ({text(shown, places)})", {"count": count, "percent": float(shown)}, arm_n=n)
    found = findings_of(records, "percent-vs-count")
    assert len(found) == 1
    assert found[0].expected == f"{fixed(percent_of(count, n), places)}% ({count}/{n})"
    # a printed percentage above count/N may be of the patients with data (an N below the column N): a
    # warning that says so when such an N fits; otherwise an error
    assert found[0].severity == "error" or "patients with data" in found[0].message


@given(counts_and_ns, st.integers(min_value=1, max_value=2), st.integers(min_value=2, max_value=50))
def test_a_percentage_below_count_over_n_is_always_an_error(count_n: tuple[int, int], places: int, offset: int) -> None:
    count, n = count_n
    shown = round_to(percent_of(count, n), places, "half-up") - offset * Fraction(1, 10**places)
    if shown <= 0:
        return
    records = cell(f"{count} ({text(shown, places)})", {"count": count, "percent": float(shown)}, arm_n=n)
    found = findings_of(records, "percent-vs-count")
    assert len(found) == 1
    assert found[0].severity == "error"


def test_ties_follow_each_rule() -> None:
    tie = Fraction(1225, 100)  # 12.25
    assert round_to(tie, 1, "half-up") == Fraction(123, 10)
    assert round_to(tie, 1, "half-even") == Fraction(122, 10)
    assert round_to(tie, 1, "truncation") == Fraction(122, 10)
    assert fits(tie, Fraction(122, 10), 1) and fits(tie, Fraction(123, 10), 1)
    # 12.31 never prints as 12.4: ceiling is not a legitimate rounding of a percentage
    assert not fits(Fraction(1231, 100), Fraction(124, 10), 1)


def test_double_rounding_through_an_extra_digit() -> None:
    # the CP lower bound of 52/76 is 56.745...%: printed 0.5675 by software, then written 56.8 (seed Table 4)
    value = Fraction(56745, 1000)
    assert round_to(value, 1, "half-up") == Fraction(567, 10)
    assert round_to(value, 1, "double") == Fraction(568, 10)


def test_printed_reads_the_precision_from_the_raw_text() -> None:
    count, percent = cell("12 (100)", {"count": 12, "percent": 100})
    shown = printed(percent)
    assert shown is not None and shown.decimals == 0 and shown.value == 100
    count, percent = cell("5 (5.0)", {"count": 5, "percent": 5.0})
    shown, shown_count = printed(percent), printed(count)
    assert shown is not None and shown.decimals == 1  # the bracketed number is the percentage
    assert shown_count is not None and shown_count.decimals == 0
    _, percent = cell("5 / 5.0", {"count": 5, "percent": 5.0})
    shown = printed(percent)
    assert shown is not None and shown.decimals == 0  # no telling which: the lenient (coarser) reading
    (mean,) = cell("0.060 ± 0.023", {"mean": 0.06})
    shown = printed(mean)
    assert shown is not None and shown.decimals == 3 and shown.text == "0.060"
    (value,) = cell("−0.46", {"value": -0.46})
    shown = printed(value)
    assert shown is not None and shown.value == Fraction(-46, 100)


def test_numbers_in_reads_thousands_and_middle_dots() -> None:
    assert [p.text for p in numbers_in("1,234 (61·4)")] == ["1234", "61.4"]
    assert [p.text for p in numbers_in("2,120 (1,150, 3,980)")] == ["2120", "1150", "3980"]
    assert [p.decimals for p in numbers_in("(10.9, 69.2)")] == [1, 1]
