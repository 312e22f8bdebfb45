"""The heading pages (prose_headings_corpus.py, set as PDFs by tests/typeset/heading_pages.py) read back and held
to their end figures, and the rules of extractors/prose_headings.py."""

from __future__ import annotations

import pytest

from extractors.prose_headings import heading_name, open_headings
from extractors.prose_text import Subhead
from tests.extraction.prose_headings_2_corpus import PAGES as SECOND
from tests.extraction.prose_headings_corpus import PAGES, P
from tests.extraction.prose_headings_score import FIRST_CONTACT, FIRST_CONTACT_2, score, totals


def test_the_corpus_has_its_gold() -> None:
    assert len(PAGES) >= 6
    assert sum(len(b.gold) for page in PAGES for b in page.blocks if isinstance(b, P)) >= 90


def test_heading_pages_ratchet() -> None:
    # end figures (first contact: 13 right, 56 silently wrong); a change may raise right and lower wrong only
    overall = totals(score())
    assert FIRST_CONTACT["wrong"] == 56
    assert overall["right"] >= 62
    assert overall["wrong"] <= 7


def test_second_instance_set_ratchet() -> None:
    overall = totals(score(SECOND))
    assert FIRST_CONTACT_2["wrong"] == 3
    assert overall["right"] >= 19
    assert overall["wrong"] <= 1


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("Dose-expansion cohort", "Dose-expansion cohort"),
        ("3.2 Part 2: randomised dose comparison", "Part 2"),
        ("Cohort B (TNBC)", "Cohort B"),
        ("Patients with NSCLC", "NSCLC"),
        ("Phase II portion", "Phase II portion"),
        ("Arm A: monotherapy", "Arm A"),
        ("Efficacy", None),
        ("Safety", None),
        ("3.3 Pharmacokinetics", None),
        ("Safety population", None),
    ],
)
def test_a_heading_names_its_group_or_none(heading: str, group: str | None) -> None:
    assert heading_name(heading) == group


def test_a_heading_of_its_rank_or_higher_ends_its_scope_a_lower_one_does_not() -> None:
    cohort = Subhead(0, "Cohort A", (1.06, True, 0))
    nested = Subhead(10, "Efficacy", (1.0, False, 0))
    sibling = Subhead(20, "Safety", (1.06, True, 0))
    assert [h.text for h in open_headings([cohort, nested], 15)] == ["Cohort A", "Efficacy"]
    assert [h.text for h in open_headings([cohort, nested, sibling], 25)] == ["Safety"]
    numbered = [Subhead(0, "3.1 Part 1", (1.06, True, 2)), Subhead(9, "3.2 Part 2", (1.06, True, 2))]
    assert [h.text for h in open_headings(numbered, 12)] == ["3.2 Part 2"]
