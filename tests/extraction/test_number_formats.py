"""Number formats of real trial tables (HARD-CASES "Reading the characters", zoo pattern u): each read to the
value printed, or left unread when the characters allow two readings."""

from __future__ import annotations

import pytest

from extractors.cells import glued_marks, normalise, parse_shape
from extractors.values import value_like


@pytest.mark.parametrize(
    ("raw", "kind", "numbers"),
    [
        ("61·4", "number", (61.4,)),
        ("4,812", "number", (4812.0,)),
        ("4790", "number", (4790.0,)),
        ("2,120 (1,150, 3,980)", "estimate_interval", (2120.0, 1150.0, 3980.0)),
        ("2,120 [1,150-3,980]", "estimate_interval", (2120.0, 1150.0, 3980.0)),
        ("[0·41-0·87]", "interval", (0.41, 0.87)),
        ("(2·4; 4·0)", "interval", (2.4, 4.0)),
        ("−8.2 (−12.0; −5.1)", "estimate_interval", (-8.2, -12.0, -5.1)),
        ("-8.2 (-12.0; -5.1)", "estimate_interval", (-8.2, -12.0, -5.1)),
        ("−8.8 to −6.9", "bare_interval", (-8.8, -6.9)),
        ("12·6 to 26·0", "bare_interval", (12.6, 26.0)),
        ("< 0.001", "number", (0.001,)),
        # a comma after a decimal is the interval's separator, not a thousands group: never 0.512
        ("1.2 (0.5,120)", "estimate_interval", (1.2, 0.5, 120.0)),
        ("-1,234 (-2,000 to -500)", "estimate_interval", (-1234.0, -2000.0, -500.0)),
        # the estimate outside "1 to 150": the comma can only group thousands
        ("2,120 (1,150)", "pair", (2120.0, 1150.0)),
        ("10,660 (3,483)", "pair", (10660.0, 3483.0)),
    ],
)
def test_number_formats_read_to_the_printed_value(raw: str, kind: str, numbers: tuple[float, ...]) -> None:
    shape = parse_shape(raw)
    assert shape is not None and shape.kind == kind and shape.numbers == numbers


@pytest.mark.parametrize(
    "raw",
    [
        "0,125",
        "1,2",
        "12,5",
        "0,5 (0,3-0,8)",
        "(0,125, 0,250)",
        "12,34 (1,1–2,3)",
        # a comma with no space in a bracket around the estimate: 150 (120180) or 150 (120 to 180)
        "150 (120,180)",
        "150 [120,180]",
        "1.5 (1,200)",
    ],
)
def test_a_decimal_comma_is_never_taken_for_a_thousands_group(raw: str) -> None:
    """A cell "0,125" is 0.125 in one paper and nothing in another: it is left unread, never 125."""
    assert parse_shape(raw) is None


def test_thousands_commas_join_only_whole_numbers() -> None:
    assert normalise("2,120 (1,150, 3,980)") == "2120 (1150, 3980)"
    assert normalise("1.2 (0.5,120)") == "1.2 (0.5,120)"
    assert normalise("12,345,678") == "12345678"


@pytest.mark.parametrize(
    ("raw", "text", "marks"),
    [
        ("0·65c [0·4-1·1]", "0·65 [0·4-1·1]", ["c"]),
        ("0.65c (0.4, 1.0)", "0.65 (0.4, 1.0)", ["c"]),
        ("71 ± 12*", "71 ± 12", ["*"]),
        ("8a", "8", ["a"]),
        ("2d,e", "2", ["d,e"]),
        ("0.94)†", "0.94)", ["†"]),
        ("1.47 (1.16–1.87)", "1.47 (1.16–1.87)", []),
    ],
)
def test_footnote_marks_glued_to_values(raw: str, text: str, marks: list[str]) -> None:
    assert glued_marks(raw) == (text, marks)


def test_estimate_with_a_glued_mark_before_its_interval_reads() -> None:
    text, marks = glued_marks("0·65c [0·4-1·1]")
    shape = parse_shape(text)
    assert marks == ["c"] and shape is not None and shape.numbers == (0.65, 0.4, 1.1)


def test_two_glued_marks_inside_a_cell_are_not_guessed() -> None:
    """In "8a (3a)" the second mark sits inside the bracket: the cell stays unread, not read as 8 (3)."""
    text, _ = glued_marks("8a (3a)")
    assert parse_shape(text) is None


@pytest.mark.parametrize("raw", ["[0·41-0·87]", "[11·4-25·3]", "(2·4; 4·0)", "12·6 to 26·0", "< 0.001"])
def test_interval_in_square_brackets_is_a_value_cell(raw: str) -> None:
    """A CI alone in square brackets starts a value cell, not the row label ("95% CI [11·4-25·3]")."""
    assert value_like(raw)
