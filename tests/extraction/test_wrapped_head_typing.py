"""A bare "0" under a cohort head wrapped onto two header lines ("Part 3 Dose" over "confirmation" over "6 mg kg⁻¹
q2w") was typed a generic value: read line by line, "Dose" named a measured value (a dose), where the whole head
names a dose-confirmation cohort, which names no statistic. Whether the head wraps depends on the face's widths
(zoo-band-siltuximab typeset in Liberation: two zeros mislabeled; zoo-methods-siltuximab in either face: one).

Fixed by family (hint_singles._wraps_joined): a label starting in lower case goes on the head line over it, and the
wrapped head is read as one. The cell is then read by the statements the table and the paper make (a count where
they say "n (%)"), or withheld.
"""

from __future__ import annotations

from extractors.cells import parse_shape
from extractors.hint_context import Context
from extractors.hints import meaning_of


def _read(column: tuple[str, ...], notes: str = "") -> tuple[str, ...]:
    ctx = Context(("Complete response", "Responders"), column, (), notes, "Summary of efficacy outcomes", None)
    shape = parse_shape("0")
    assert shape is not None
    return meaning_of(shape, ctx).stats


def test_wrapped_cohort_head_names_no_value() -> None:
    wrapped = ("6 mg kg−1 q2w", "confirmation", "Part 3 Dose")  # innermost first
    assert _read(wrapped) != ("value",)
    assert _read(wrapped) == _read(("6 mg kg−1 q2w", "Part 3 Dose confirmation"))


def test_wrapped_cohort_head_takes_the_legend_count() -> None:
    wrapped = ("6 mg kg−1 q2w", "confirmation", "Part 3 Dose")
    assert _read(wrapped, "Data presented as n (%) unless specified otherwise.") == ("count",)


def test_dose_head_still_names_a_value() -> None:
    # a head that is a dose ("Dose" over "(mg)") still names a measured value; a capitalised next line is no wrap
    assert _read(("(mg)", "Dose")) == ("value",)
    assert _read(("Arm A", "Dose")) == ("value",)
