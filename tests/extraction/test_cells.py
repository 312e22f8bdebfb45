"""The cell grammar: typography normalised, shapes read, nothing guessed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.cells import normalise, parse_shape
from extractors.values import value_like


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


@pytest.mark.parametrize(
    ("raw", "qualifiers"),
    [("1 (<1)", (None, "<")), ("1 (<1%)", (None, "<")), ("1 (< 1)", (None, "<")), ("12 (>99)", (None, ">"))],
)
def test_a_comparator_inside_the_bracket_bounds_the_share_not_the_count(
    raw: str, qualifiers: tuple[str | None, ...]
) -> None:
    """ "1 (<1)" is one patient, fewer than 1%: the "<" is the percentage's (it was read as the count's, and the
    percentage as exactly 1%; the golden comparison did not look at comparators then)."""
    shape = parse_shape(raw)
    assert shape is not None and shape.kind in ("pair", "pair_pct")
    assert shape.qualifiers == qualifiers and shape.comparator is None


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


# --- scoped legends (extractors/legends.py) and the statement precedence of extractors/hints.py -------------

from hypothesis import given as _given  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from extractors.cells import parse_shape as _parse  # noqa: E402
from extractors.hints import Context, meaning_of  # noqa: E402
from extractors.legends import applicable, scoped_statements  # noqa: E402
from extractors.vetoes import veto  # noqa: E402


def _ctx(row: tuple[str, ...] = ("Age",), column: tuple[str, ...] = ("Arm A",), notes: str = "", n: int | None = None):  # type: ignore[no-untyped-def]
    return Context(row=row, column=column, footnotes=(), table_notes=notes, title="", arm_n=n)


def _stats(raw: str, **kw: object) -> tuple[str, ...]:
    shape = _parse(raw)
    assert shape is not None
    return meaning_of(shape, _ctx(**kw)).stats  # type: ignore[arg-type]


def test_for_clause_scopes_each_parameter() -> None:
    notes = "Geometric means (95% CI) for AUCinf and Cmax, median (range) for Tmax."
    clauses = scoped_statements(notes)
    assert [c.statement for c in applicable(clauses, ("Tmax (h)",), ())[0]] == ["median (range)"]
    assert _stats("1.5 (0.5–4.0)", row=("Tmax (h)",), notes=notes) == ("median", "min", "max")
    assert _stats("812 (700–950)", row=("Cmax (ng/mL)",), notes=notes) == ("geometric_mean", "ci_low", "ci_high")


def test_except_clause_takes_its_parameter_out_of_the_general_statement() -> None:
    notes = "Values are geometric mean (CV%) except Tmax, which is median (range)."
    assert _stats("2.0 (1.0–3.0)", row=("Tmax",), notes=notes) == ("median", "min", "max")
    assert _stats("35.2 (20.1)", row=("AUClast",), notes=notes) == ("geometric_mean", "cv_percent")


def test_baseline_and_change_statements_are_never_blended() -> None:
    notes = "Baseline values are median (IQR); changes are mean (95% CI)."
    assert _stats("7.9 (7.1–8.8)", row=("HbA1c", "Baseline"), notes=notes) == ("median", "q1", "q3")
    assert _stats("-0.4 (-0.6 to -0.2)", row=("HbA1c", "Change from baseline"), notes=notes) == (
        "mean",
        "ci_low",
        "ci_high",
    )


def test_row_label_beats_the_legend_and_column_header_beats_it_too() -> None:
    legend = "Data are mean (SD)."
    assert _stats("12 (40.0)", row=("Female, n (%)",), notes=legend, n=30) == ("count", "percent")
    assert _stats("12 (40.0)", column=("No. of patients (%)",), notes=legend, n=30) == ("count", "percent")


def test_percentage_header_types_a_bare_number_as_percent() -> None:
    assert _stats("41.7", row=("Nausea",), column=("Percentage of patients",)) == ("percent",)
    assert _stats("12", row=("Nausea",), column=("No. of patients (%)",)) == ("count",)


def test_conflicting_scoped_clauses_leave_the_cell_unread() -> None:
    notes = "Median (range) for Tmax. Geometric mean (95% CI) for Tmax."
    shape = _parse("1.5 (0.5–4.0)")
    assert shape is not None
    meaning = meaning_of(shape, _ctx(row=("Tmax",), notes=notes))
    assert meaning.stats == () and "Median (range)" in meaning.reason and "Geometric mean (95% CI)" in meaning.reason


# --- arithmetic vetoes -----------------------------------------------------------------------------------


def test_veto_count_must_be_whole_and_within_n() -> None:
    assert veto(("count", "percent"), (12.5, 40.0), (1, 1), 30) is not None
    assert veto(("count", "percent"), (31, 100.0), (0, 1), 30, inferred=True) is not None
    assert veto(("count", "percent"), (31, 100.0), (0, 1), 30) is None  # a stated n (%): the checks judge it


def test_veto_percent_must_match_count_over_n_when_the_numbers_chose_the_reading() -> None:
    assert veto(("count", "percent"), (12, 40.0), (0, 1), 30, inferred=True) is None
    assert veto(("count", "percent"), (12, 45.0), (0, 1), 30, inferred=True) is not None


def test_veto_interval_must_bracket_its_estimate() -> None:
    assert veto(("median", "min", "max"), (5.0, 1.0, 9.0), (0, 0, 0), None) is None
    assert veto(("median", "min", "max"), (12.0, 1.0, 9.0), (0, 0, 0), None) is not None
    assert veto(("hr", "ci_low", "ci_high"), (0.8, 0.9, 0.7), (1, 1, 1), None) is not None


def test_veto_sd_not_negative_and_iqr_inside_range() -> None:
    assert veto(("mean", "sd"), (5.0, -1.0), (1, 1), None) is not None
    stats = ("median", "q1", "q3", "min", "max")
    assert veto(stats, (5, 3, 7, 1, 9), (0,) * 5, None) is None
    assert veto(stats, (5, 0, 7, 1, 9), (0,) * 5, None) is not None


@_given(_st.integers(min_value=1, max_value=400), _st.integers(min_value=0, max_value=400), _st.integers(0, 1000))
def test_no_emitted_percent_strays_from_count_over_n(n: int, count: int, pct_tenths: int) -> None:
    """A reading the numbers chose is emitted only when its percent is count/N within rounding."""
    count = min(count, n)
    shown = pct_tenths / 10
    refused = veto(("count", "percent"), (count, shown), (0, 1), n, inferred=True)
    if refused is None:
        assert abs(100 * count / n - shown) < 0.1 + 1e-9
    elif abs(100 * count / n - shown) < 0.05:
        raise AssertionError(f"{count}/{n} printed {shown}% was refused: {refused}")


def test_an_interval_takes_the_estimate_its_own_statement_names() -> None:
    legend = "Data are median (IQR) or n (%)."
    assert _stats("54 (47–61)", row=("Age, years",), notes=legend) == ("median", "q1", "q3")
    shape = _parse("54 (47–61)")
    assert shape is not None
    meaning = meaning_of(shape, _ctx(row=("Age",), column=("Mean",), notes=legend))
    assert meaning.stats == () and "median" in meaning.reason and "mean" in meaning.reason


def test_thousands_grouped_by_a_space_in_an_estimate_with_its_bracket() -> None:
    # five-probe Table 3 (BJCP, SI style): "21 300 (9 530)" is 21300 (9530); a range "25–20 000" too
    shape = parse_shape("21 300 (9 530)")
    assert shape is not None and shape.kind == "pair" and shape.numbers == (21300.0, 9530.0)
    shape = parse_shape("1 234.5 (100–2 000)")
    assert shape is not None and shape.numbers == (1234.5, 100.0, 2000.0)
    shape = parse_shape("25–20 000")
    assert shape is not None and shape.numbers == (25.0, 20000.0)
    # two numbers side by side, or groups that are not of three digits, are not joined into one
    for text in ("12 345", "21 30 (9 530)", "12 345 678", "3 10 (25)"):
        assert parse_shape(text) is None, text


@pytest.mark.parametrize(
    ("raw", "numbers"),
    [
        # a negative lower bound, a space, a dash tight against the next number: two readings (-3.0 to 1.2, or
        # -3.0 to -1.2); the estimate printed before it settles which, when only one interval holds it
        ("−0.5 (−3.0 −1.2)", (-0.5, -3.0, 1.2)),
        ("−2.5 (−1.9 −1.2)", None),  # neither holds it
        ("−2.1 (−3.0 −1.2)", None),  # both hold it: unread, never a sign guessed
        ("-2.1 (-3.0 -1.2)", None),
        ("–2.1 (–3.0 –1.2)", None),
        # the separator spaced on both sides, or a positive lower bound: one reading
        ("-2.1 (-3.0 - -1.2)", (-2.1, -3.0, -1.2)),
        ("62 (41 -80)", (62.0, 41.0, 80.0)),
    ],
)
def test_a_dash_that_is_a_sign_or_a_separator(raw: str, numbers: tuple[float, ...] | None) -> None:
    shape = parse_shape(raw)
    assert (shape.numbers if shape is not None else None) == numbers


@pytest.mark.parametrize(
    ("label", "stats"),
    [
        ("Mean age at diagnosis (SD)", ("mean", "sd")),
        ("Mean number of prior therapies (SD)", ("mean", "sd")),
        ("Mean age, years (SD)", ("mean", "sd")),
        ("Median age (SD)", ()),  # two statistics that conflict: unread
        # no estimate named, but an SD is a mean's spread: read as a label closing "(SE)" is (a mean and its SE)
        ("Age (SD)", ("mean", "sd")),
        ("Age (mean, SD)", ("mean", "sd")),  # the two named in a list
        ("Age, mean; SD", ("mean", "sd")),
        ("Age (median, SD)", ()),
    ],
)
def test_a_variable_named_between_the_mean_and_its_sd(label: str, stats: tuple[str, ...]) -> None:
    assert _stats("62.1 (9.4)", row=(label,)) == stats


@pytest.mark.parametrize("label", ["Female (n, %)", "Female, n, %", "Female, no.; %"])
def test_a_count_and_its_share_named_in_a_list(label: str) -> None:
    assert _stats("12 (40.0)", row=(label,), n=30) == ("count", "percent")


def test_a_credible_interval_named_in_the_label_gives_the_bounds() -> None:
    assert _stats("11.2 (9.4–13.8)", row=("Median PFS, months (95% CrI)",)) == ("median", "ci_low", "ci_high")


@pytest.mark.parametrize(
    ("raw", "name", "numbers", "ci_level"),
    [
        ("HR 0.81 (0.70–0.93)", "HR", (0.81, 0.70, 0.93), None),
        ("HR, 0.81 (95% CI, 0.70–0.93)", "HR", (0.81, 0.70, 0.93), 95.0),
        ("OR 1.52 [1.10–2.10]", "OR", (1.52, 1.10, 2.10), None),
        ("RR 0.90 (95% CI 0.80 to 1.01)", "RR", (0.90, 0.80, 1.01), 95.0),
        ("HR 0.81 (0.70-0.93); P=0.002", "HR", (0.81, 0.70, 0.93, 0.002), None),
        ("aHR 0.75 (0.61–0.92)", "aHR", (0.75, 0.61, 0.92), None),
        ("sHR 0.59 (0.40–0.86)", "sHR", (0.59, 0.40, 0.86), None),
        ("Hazard ratio 0.81 (0.70–0.93)", "Hazard ratio", (0.81, 0.70, 0.93), None),
        ("Adjusted odds ratio 1.78 (1.18–2.69)", "Adjusted odds ratio", (1.78, 1.18, 2.69), None),
        ("HR = 0.58 (0.41–0.82)", "HR", (0.58, 0.41, 0.82), None),
        ("RR = 0.87 [95% CI: 0.62–1.21]", "RR", (0.87, 0.62, 1.21), 95.0),
        ("HR 0·81 (0·70–0·93)", "HR", (0.81, 0.70, 0.93), None),
        ("Odds ratio, 0.58 (0.41 to 0.83); P = .003", "Odds ratio", (0.58, 0.41, 0.83, 0.003), None),
    ],
)  # fmt: skip
def test_a_cell_that_names_its_own_contrast(
    raw: str, name: str, numbers: tuple[float, ...], ci_level: float | None
) -> None:
    shape = parse_shape(raw)
    assert shape is not None and shape.kind == "estimate_interval"
    assert shape.ratio_name == name and shape.numbers == pytest.approx(numbers) and shape.ci_level == ci_level
    assert value_like(raw)


@pytest.mark.parametrize(
    "raw", ["or 0.5 (0.1–0.9)", "HR (95% CI)", "HR 12 (34)", "Hazard ratio", "HR 0.81 (0.70–0.93) months"]
)
def test_what_names_no_contrast_value_is_not_read_as_one(raw: str) -> None:
    shape = parse_shape(raw)
    assert shape is None or not shape.ratio_name


@pytest.mark.parametrize("raw", ["Reference", "Ref.", "(ref)", "1.00 (ref)", "1 [reference]"])
def test_the_references_cell_holds_no_number(raw: str) -> None:
    shape = parse_shape(raw)
    assert shape is not None and shape.kind == "empty"
