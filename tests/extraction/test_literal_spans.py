"""extractors/regex.py ``literal_spans``: the spans ``re.finditer(re.escape(needle), text)`` finds, without compiling
a pattern per searched text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from extractors.regex import literal_spans

_TEXT = st.text(alphabet="ab(.)%* 1", max_size=30)


@given(_TEXT, _TEXT)
def test_the_spans_are_finditers(needle: str, haystack: str) -> None:
    assert literal_spans(needle, haystack) == [m.span() for m in re.finditer(re.escape(needle), haystack)]


def test_matches_do_not_overlap_and_brackets_are_literal() -> None:
    assert literal_spans("aa", "aaaa") == [(0, 2), (2, 4)]
    assert literal_spans("12 (30%)", "ORR 12 (30%) and 12 (30%)") == [(4, 12), (17, 25)]
