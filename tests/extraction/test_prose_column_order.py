"""A sentence's short last line ("(95% CI).", too few words to pass for prose alone) is read with the line above
it in its own text column (extractors/prose_order.py ``_goes_on``), also when the columns' baselines do not line
up: a heading, a figure or another line spacing shifts one column, so the page line just above the fragment is
the neighbouring column's. Found in a Methods section typeset in another face: "... reported as median (95% CI)."
lost its "(95% CI)." and the paper's statement with it."""

from __future__ import annotations

import pytest

from extractors.prose_order import reading_order
from schemas.document import Frame, Word

SIZE = 10.0
CHAR = 5.0  # width of one character at SIZE
PITCH = 12.0  # the line pitch of the body text
WIDTH = 230.0  # a column's measure
GUTTER = 20.0


def _line(text: str, x0: float, top: float, x1: float | None = None, size: float = SIZE) -> list[Word]:
    """``text`` set from x0 on one line; justified to x1 when x1 is given."""
    tokens = text.split()
    char = CHAR * size / SIZE
    widths = [len(t) * char for t in tokens]
    gap = char if x1 is None else (x1 - x0 - sum(widths)) / max(1, len(tokens) - 1)
    words, x = [], x0
    for token, width in zip(tokens, widths, strict=True):
        box = (x, top, x + width, top + size)
        words.append(Word(token, x, top, x + width, top + size, size, False, box))
        x += width + gap
    return words


FIRST = [
    "Categorical variables were summarised as the",
    "numbers of patients with their percentages and",
    "the time to tumour progression was estimated",
    "with the Kaplan-Meier method and is reported",
    "as the median with its confidence interval of",
    "all patients in the study and is reported as median",
]
FRAGMENT = "(95% CI)."
AFTER = [
    "Adverse events were coded with the dictionary",
    "of the regulators and were graded by the common",
    "criteria of the national institute for cancer.",
]
OTHER = [
    "Secondary outcomes were similar in the two",
    "groups of the trial over the whole period of",
    "the follow-up and none of them differed at",
    "the end of the study when it was analysed",
    "by the statisticians who did not know the",
    "group assignments of the patients at all in",
    "the trial; the results are given in Table 2",
    "of the main paper and in the appendix here.",
    "Other outcomes are given in the appendix and",
    "were analysed in the same way as the others.",
]
SENTENCE = "is reported as median (95% CI)."


def _column(lines: list[str], x0: float, top: float, fragment: int | None = None) -> list[Word]:
    """A justified column from ``top``; the line at index ``fragment`` is a sentence's short last line."""
    words: list[Word] = []
    for i, text in enumerate(lines):
        right = None if i == fragment else x0 + WIDTH
        words += _line(text, x0, top + i * PITCH, right)
    return words


def _read(words: list[Word]) -> str:
    frame = Frame(page=1, width=612, height=792, rotation=0, words=words)
    text, _, _ = reading_order(frame, words, False, [])
    return " ".join(text.text.split())


def _left() -> list[str]:
    return [*FIRST, FRAGMENT, *AFTER]


@pytest.mark.parametrize("shift", [0.25, 0.5, 0.75])
def test_a_left_column_fragment_below_a_line_of_the_shifted_right_column(shift: float) -> None:
    left = _column(_left(), 50, 100, fragment=len(FIRST))
    right = _column(OTHER, 50 + WIDTH + GUTTER, 100 + shift * PITCH)
    assert SENTENCE in _read(left + right)


@pytest.mark.parametrize("shift", [0.25, 0.5, 0.75])
def test_a_right_column_fragment_below_a_line_of_the_shifted_left_column(shift: float) -> None:
    left = _column(OTHER, 50, 100 + shift * PITCH)
    right = _column(_left(), 50 + WIDTH + GUTTER, 100, fragment=len(FIRST))
    assert SENTENCE in _read(left + right)


def test_a_column_set_lower_by_a_heading() -> None:
    # the right column opens with a larger heading, so its body lines sit off the left column's baselines
    x = 50 + WIDTH + GUTTER
    heading = _line("Results", x, 100, size=13.0)
    right = _column(_left(), x, 100 + 13.0 + 7.0, fragment=len(FIRST))
    left = _column(OTHER + OTHER[:3], 50, 100)
    assert SENTENCE in _read(left + heading + right)


def test_a_fragment_in_the_middle_of_three_columns() -> None:
    size, width, gutter = 7.0, 170.0, 12.0  # a smaller type on a narrower measure
    pitch = 1.2 * size
    cols = [OTHER, [*FIRST, FRAGMENT, *AFTER], OTHER]
    words: list[Word] = []
    for i, (lines, shift) in enumerate(zip(cols, (0.0, 0.5, 0.3), strict=True)):
        x0 = 40 + i * (width + gutter)
        for j, text in enumerate(lines):
            short = i == 1 and j == len(FIRST)
            words += _line(text, x0, 100 + (j + shift) * pitch, None if short else x0 + width, size)
    read = _read(words)
    assert "Secondary outcomes were similar in the two groups" in read  # the columns are read as columns
    assert SENTENCE in read


def test_a_fragment_after_a_finished_sentence_is_left_out() -> None:
    # the column's line above ends its sentence: a short line below it is no continuation (a stray cell)
    lines = [*FIRST[:-1], "all patients in the study and is reported here.", FRAGMENT, *AFTER]
    left = _column(lines, 50, 100, fragment=len(FIRST))
    right = _column(OTHER, 50 + WIDTH + GUTTER, 100 + 0.5 * PITCH)
    assert "(95% CI)." not in _read(left + right)
