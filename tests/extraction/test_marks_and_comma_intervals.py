"""Two cell families: footnote marks set with the glyphs other fonts map them to ("∥" PARALLEL TO for "‖",
"∗" ASTERISK OPERATOR for "*"), which a value cell must shed like any mark; and "a, b–c" -- an estimate, a comma,
its interval -- that some house styles print for "median, range" or "median, IQR" without brackets. The comma
form is read only when the interval holds the estimate, and what the interval is comes from the labels, as for
"a (b–c)"."""

from __future__ import annotations

import pytest

from extractors.cells import glued_marks, parse_shape
from extractors.hints import Context, meaning_of
from extractors.table_notes import _MARKED
from extractors.values import value_like


@pytest.mark.parametrize("mark", ["∥", "‖", "∗", "⁎", "†", "§"])
def test_a_mark_after_a_value_is_shed(mark: str) -> None:
    shape = parse_shape(f"−12% (−20% to 3%){mark}")
    assert shape is not None and shape.kind == "estimate_interval"
    assert shape.numbers == (-12.0, -20.0, 3.0)
    assert glued_marks(f"45 (12.3){mark}") == ("45 (12.3)", [mark])


@pytest.mark.parametrize("mark", ["∥", "∗"])
def test_a_note_opening_with_such_a_mark_is_a_note(mark: str) -> None:
    assert _MARKED.match(f"{mark}Data are median (IQR).")


@pytest.mark.parametrize(
    ("text", "numbers", "unit"),
    [
        ("62, 45–81", (62.0, 45.0, 81.0), ""),
        ("62, 45–81 y", (62.0, 45.0, 81.0), "y"),
        ("12, 8–16 months", (12.0, 8.0, 16.0), "months"),
        ("12.5, 10.1–15.0", (12.5, 10.1, 15.0), ""),
        ("−0.5, −1.2 to 0.3", (-0.5, -1.2, 0.3), ""),
    ],
)
def test_an_estimate_comma_interval_is_read(text: str, numbers: tuple[float, ...], unit: str) -> None:
    shape = parse_shape(text)
    assert shape is not None and shape.kind == "estimate_interval"
    assert shape.numbers[:3] == numbers
    assert (shape.unit or "") == unit
    assert value_like(text)


@pytest.mark.parametrize("text", ["3, 5–9", "1, 234–567", "12, 12–12"])
def test_a_comma_list_whose_interval_does_not_hold_the_first_number_is_unread(text: str) -> None:
    assert parse_shape(text) is None


def test_the_labels_say_what_the_comma_interval_is() -> None:
    def read(row: str, notes: str = "") -> tuple[str, ...]:
        ctx = Context(row=(row,), column=("Arm A (n = 120)",), footnotes=(), table_notes=notes, title="", arm_n=120)
        shape = parse_shape("62, 45–81")
        assert shape is not None
        return meaning_of(shape, ctx).stats

    assert read("Age, median (range), y") == ("median", "min", "max")
    assert read("Age, y", "Data are median (IQR) or n (%).") == ("median", "q1", "q3")
    assert read("Age, y") == ()  # no label says range, IQR or CI: unread


def test_a_lone_number_with_a_unit_stays_a_head() -> None:
    assert not value_like("12 months")
    assert parse_shape("12 y") is None
