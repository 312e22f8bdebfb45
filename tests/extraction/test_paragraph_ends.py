"""A table set right under two columns of running text, its caption below it (the zoo's stack style): the line over
its heads holds the two columns' last lines of a paragraph, one a full line of prose, the other a few words and a
reference number ("with GBM.³" beside "remissions were observed at doses of 10 and 80 µM trabedersen."). It is the
paragraph's end, never a head of the table: it was read as the top level of every column's head, so each group's
name began with the sentence (found by a check that no group is named with running text, over the golden files'
records; tuning: 5 groups of 2 papers)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from schemas.extraction import Extraction


def _sentence(name: str) -> bool:
    words = name.split()
    lower = sum(1 for w in words if re.fullmatch(r"[a-z][a-z'’-]+[,.;:]?", w))
    return bool(re.search(r"[a-z]{3}\. [A-Z0-9]", name)) or (len(words) >= 6 and lower >= 4 and " on days " not in name)


@pytest.mark.parametrize(
    ("pdf", "arms"),
    [
        ("zoo-stack-trabedersen.pdf", {"10 µM trabedersen", "80 µM trabedersen", "Standard chemotherapy (TMZ/PCV)"}),
        ("zoo-stack-pertuzumab.pdf", {"Arm A: 840/420 mg pertuzumab", "Arm B: 840 mg q3w pertuzumab"}),
    ],
)
def test_a_paragraphs_last_lines_over_a_table_are_no_head(
    extraction: Callable[[str], Extraction], pdf: str, arms: set[str]
) -> None:
    named = {r.arm for r in extraction(pdf).records if r.arm and r.table != "text"}
    assert named <= arms
    assert not [a for a in named if _sentence(a)]
