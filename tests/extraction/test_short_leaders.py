"""Dot leaders in a wide face (zoo-leaders-ch1418 in a face whose dots are wide): where the label runs long, the
leader between it and the value holds two dots only, glued to both ("response..5", "n (%)..12"). Read as a word,
the value is lost into the row label ("Very good partial response..5"). On a frame whose other leaders say it holds
a leader table, two dots between a label and a value are a leader too; elsewhere they are left alone.
"""

from __future__ import annotations

from extractors.leaders import split_leaders
from schemas.document import Document, Frame, Word


def _word(text: str, x0: float, top: float) -> Word:
    x1 = x0 + 3.5 * len(text)
    return Word(text, x0, top, x1, top + 7, 7.0, False, (x0, top, x1, top + 7))


def _texts(words: list[Word]) -> list[str]:
    frame = Frame(page=1, width=595, height=842, rotation=0, words=words)
    split_leaders(Document("0" * 64, "synthetic.pdf", 1, 1, [frame]))
    return [w.text for w in frame.words]


def test_a_two_dot_leader_glued_between_label_and_value_is_split_in_a_leader_table() -> None:
    words = [_word("Complete", 320, 100), _word("...........5", 354, 100), _word("(36)", 424, 100)]
    words += [_word("partial", 356, 110), _word("response..5", 382, 110), _word("(36)", 424, 110)]
    words += [_word("n", 393, 120), _word("(%)..12", 400, 120), _word("(86)", 429, 120)]
    texts = _texts(words)
    assert texts == ["Complete", "5", "(36)", "partial", "response", "5", "(36)", "n", "(%)", "12", "(86)"]


def test_two_dots_on_a_frame_without_leaders_are_left_alone() -> None:
    words = [_word("partial", 356, 110), _word("response..5", 382, 110), _word("1..5", 424, 110)]
    assert _texts(words) == ["partial", "response..5", "1..5"]
