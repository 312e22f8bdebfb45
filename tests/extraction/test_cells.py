"""The cell grammar: typography normalised, shapes read, nothing guessed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.cells import normalise, parse_shape


@pytest.mark.parametrize(
    ("raw", "kind", "numbers"),
    [
        ("5 (41.7)", "pair", (5.0, 41.7)),
        ("230 (69%)", "pair_pct", (230.0, 69.0)),
        ("528/1391 (38.0)", "fraction_pct", (528.0, 1391.0, 38.0)),
        ("70.2±8.4", "plusminus", (70.2, 8.4)),
        ("47.5 (28-63)", "estimate_interval", (47.5, 28.0, 63.0)),
        ("36.0 (6.0–114.0)", "estimate_interval", (36.0, 6.0, 114.0)),
        ("0.79 (0.66 to 0.94)", "estimate_interval", (0.79, 0.66, 0.94)),
        ("2.6 (2.6 ~ NA)", "estimate_interval", (2.6, 2.6, None)),
        ("(10.9, 69.2)", "interval", (10.9, 69.2)),
        ("61·4 (9·6)", "pair", (61.4, 9.6)),
        ("–3·86 (–5·28 to –2·45)", "estimate_interval", (-3.86, -5.28, -2.45)),
        ("−0.14 (−0.39 to 0.12)", "estimate_interval", (-0.14, -0.39, 0.12)),
        ("10,660 (3483)", "pair", (10660.0, 3483.0)),
        ("2 (12.5) 2", "triple", (2.0, 12.5, 2.0)),
        ("60.2% (44.3%-72.9%)", "estimate_interval", (60.2, 44.3, 72.9)),
        ("4·6 (95% CI: 2·3–8·9)", "estimate_interval", (4.6, 2.3, 8.9)),
        ("0", "number", (0.0,)),
    ],
)
def test_shapes(raw: str, kind: str, numbers: tuple[float | None, ...]) -> None:
    shape = parse_shape(raw)
    assert shape is not None
    assert shape.kind == kind
    assert shape.numbers == numbers


def test_qualifiers_and_comparators() -> None:
    nr = parse_shape("NR (11.8 ~ NA)")
    assert nr is not None and nr.numbers == (None, 11.8, None)
    assert nr.qualifiers == ("not reached", None, "not available")
    p = parse_shape("<0.001")
    assert p is not None and p.kind == "number" and p.comparator == "<" and p.numbers == (0.001,)
    lancet_p = parse_shape("p<0·0001")
    assert lancet_p is not None and lancet_p.kind == "p_value" and lancet_p.numbers == (0.0001,)
    assert parse_shape("–") is not None and parse_shape("–").kind == "empty"  # type: ignore[union-attr]


@pytest.mark.parametrize("raw", ["X", "see text", "1 (2) 3 (4)", "n.a.*", "12–14 days"])
def test_what_is_not_a_value_is_refused(raw: str) -> None:
    assert parse_shape(raw) is None


def test_symbol_font_and_dashes_are_normalised() -> None:
    assert normalise("(N 5 129)") == "(N = 129)"
    assert normalise("n ¼ 14") == "n = 14"
    assert normalise(">_2") == "≥2"
    assert normalise("2–8") == "2–8"  # a range keeps its dash
    assert normalise("(–5·13 to –3·38)") == "( -5.13 to -3.38)"


@given(st.integers(min_value=0, max_value=99999), st.integers(min_value=0, max_value=1000))
def test_count_and_percent_round_trip(n: int, tenths: int) -> None:
    pct = tenths / 10
    shape = parse_shape(f"{n} ({pct:.1f})")
    assert shape is not None and shape.kind == "pair"
    assert shape.numbers == (float(n), round(pct, 1))


@given(
    st.floats(min_value=-1000, max_value=1000, allow_nan=False).map(lambda x: round(x, 2)),
    st.floats(min_value=0, max_value=500, allow_nan=False).map(lambda x: round(x, 2)),
)
def test_unicode_minus_is_a_minus(estimate: float, spread: float) -> None:
    text = f"{estimate:.2f}".replace("-", "\u2212") + f" (\u2212{spread:.2f} to {spread:.2f})"
    shape = parse_shape(text)
    assert shape is not None and shape.numbers[0] == estimate and shape.numbers[1] == -spread
