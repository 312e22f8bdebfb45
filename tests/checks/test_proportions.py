"""Binomial confidence intervals: Clopper-Pearson against scipy and published values, and the alternatives
against Newcombe (1998), Statistics in Medicine 17:857-872, Table I."""

from __future__ import annotations

import math
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import special, stats

from trialex.checks.proportions import (
    METHODS,
    beta_ppf,
    betainc,
    clopper_pearson,
    wald,
    wilson,
    wilson_cc,
)
from trialex.checks.rounding import LOWER_BOUND_MODES, UPPER_BOUND_MODES, fits_float

cases = st.integers(min_value=1, max_value=400).flatmap(
    lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
)
levels = st.sampled_from([0.80, 0.90, 0.95, 0.99])


@given(cases, levels)
def test_clopper_pearson_bounds_are_proportions_around_the_estimate(case: tuple[int, int], level: float) -> None:
    x, n = case
    low, high = clopper_pearson(x, n, level)
    assert 0.0 <= low <= x / n <= high <= 1.0
    assert low < high
    assert (low == 0.0) == (x == 0) and (high == 1.0) == (x == n)


@given(cases)
def test_clopper_pearson_intervals_nest_as_the_level_grows(case: tuple[int, int]) -> None:
    x, n = case
    intervals = [clopper_pearson(x, n, level) for level in (0.80, 0.90, 0.95, 0.99)]
    for (low, high), (wider_low, wider_high) in pairwise(intervals):
        assert wider_low <= low and high <= wider_high


@settings(max_examples=200)
@given(cases, levels)
def test_clopper_pearson_matches_scipy_beta_ppf(case: tuple[int, int], level: float) -> None:
    x, n = case
    alpha = 1 - level
    low, high = clopper_pearson(x, n, level)
    expected_low = 0.0 if x == 0 else float(stats.beta.ppf(alpha / 2, x, n - x + 1))
    expected_high = 1.0 if x == n else float(stats.beta.ppf(1 - alpha / 2, x + 1, n - x))
    assert low == pytest.approx(expected_low, abs=1e-10)
    assert high == pytest.approx(expected_high, abs=1e-10)


@given(
    st.floats(min_value=0.2, max_value=300),
    st.floats(min_value=0.2, max_value=300),
    # Within 1e-12 of 1, scipy's own betainc loses digits (a = b = 0.5, x = 1 - 1.1e-16: scipy 1 - 9.5e-9,
    # exact 1 - 6.7e-9); that edge is checked against the closed form below instead.
    st.floats(min_value=0.0, max_value=1.0 - 1e-12),
)
def test_betainc_and_its_inverse_match_scipy(a: float, b: float, x: float) -> None:
    assert betainc(a, b, x) == pytest.approx(float(special.betainc(a, b, x)), abs=1e-10)
    q = betainc(a, b, x)
    if 1e-6 < q < 1 - 1e-6:
        assert beta_ppf(q, a, b) == pytest.approx(x, abs=1e-7)


@given(st.floats(min_value=0.0, max_value=1.0))
def test_betainc_matches_the_arcsine_closed_form_up_to_the_edges(x: float) -> None:
    # I_x(1/2, 1/2) = (2/pi) asin(sqrt(x)); near 1 the complement is (2/pi) asin(sqrt(1 - x)).
    exact = 1.0 - 2.0 / math.pi * math.asin(math.sqrt(1.0 - x)) if x > 0.5 else 2.0 / math.pi * math.asin(math.sqrt(x))
    assert betainc(0.5, 0.5, x) == pytest.approx(exact, abs=1e-12)


@pytest.mark.parametrize(
    ("x", "n", "printed"),
    [
        (22, 87, (16.6, 35.8)),  # seed Table 4, TNBC total ORR
        (4, 11, (10.9, 69.2)),  # seed Table 4, TNBC 50 mg/m² ORR
        (0, 14, (0.0, 23.2)),  # seed Table 4, CNS ORR (RANO-BM)
        (1, 14, (0.2, 33.9)),
        (59, 87, (56.9, 77.4)),
        (9, 14, (35.1, 87.2)),
    ],
)
def test_clopper_pearson_reproduces_the_seed_intervals(x: int, n: int, printed: tuple[float, float]) -> None:
    """At the printed precision, under the rounding rules papers use (22/87's upper bound, 35.748%, is
    printed 35.8: rounded through 35.75)."""
    low, high = clopper_pearson(x, n)
    places = 0 if printed[0] == 0 else 1
    assert fits_float(low * 100, Fraction(str(printed[0])).limit_denominator(10), places, LOWER_BOUND_MODES)
    assert fits_float(high * 100, Fraction(str(printed[1])), 1, UPPER_BOUND_MODES)
    assert abs(low * 100 - printed[0]) < 0.1 and abs(high * 100 - printed[1]) < 0.1


@pytest.mark.parametrize(
    ("x", "n", "method", "published"),
    [
        (81, 263, clopper_pearson, (0.2527, 0.3676)),
        (81, 263, wilson, (0.2553, 0.3662)),
        (81, 263, wilson_cc, (0.2535, 0.3682)),
        (81, 263, wald, (0.2522, 0.3638)),
        (15, 148, clopper_pearson, (0.0578, 0.1617)),
        (15, 148, wilson, (0.0624, 0.1605)),
        (15, 148, wilson_cc, (0.0598, 0.1644)),
        (15, 148, wald, (0.0527, 0.1500)),
        (0, 20, clopper_pearson, (0.0, 0.1684)),
        (0, 20, wilson, (0.0, 0.1611)),
        (0, 20, wilson_cc, (0.0, 0.2005)),
        (1, 29, clopper_pearson, (0.0009, 0.1776)),
        (1, 29, wilson, (0.0061, 0.1718)),
        (1, 29, wilson_cc, (0.0018, 0.1963)),
    ],
)
def test_intervals_match_newcombe_1998(x: int, n: int, method: object, published: tuple[float, float]) -> None:
    assert callable(method)
    low, high = method(x, n, 0.95)
    assert (round(low, 4), round(high, 4)) == published


@given(cases, levels)
def test_every_method_gives_an_ordered_interval_inside_0_1(case: tuple[int, int], level: float) -> None:
    x, n = case
    for method in METHODS.values():
        low, high = method(x, n, level)
        assert 0.0 <= low <= high <= 1.0


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        clopper_pearson(5, 4)
    with pytest.raises(ValueError):
        clopper_pearson(1, 4, 95)
