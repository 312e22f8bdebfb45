"""Metadata a meta-analyst files by (issue 9, item 4): journal from its citation lines, title from its type
size, acronym from the title or the group authorship."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.loader import load_document
from extractors.metadata import _acronym, _journal, _year, extract_metadata

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"


@pytest.mark.parametrize(
    ("margins", "journal"),
    [
        ("2560 n engl j med 358;24 www.nejm.org june 12, 2008", "N Engl J Med"),
        ("450 / Br J Clin Pharmacol / 75:2 / 450–462 © 2012 The Authors", "Br J Clin Pharmacol"),
        ("Wattanakul et al. Malar J (2016) 15:244 Page 2 of 11", "Malar J"),
        ("Caramelli et al. BMC Medicine (2022) 20:374 Page 3 of 10", "BMC Medicine"),
        ("Clin Transl Sci. 2024;17:e70000. www.cts-journal.com | 1 of 13", "Clin Transl Sci"),
        (
            "CLINICAL PHARMACOLOGY & THERAPEUTICS | VOLUME 81 NUMBER 6 | JUNE 2007 841",
            "Clinical Pharmacology & Therapeutics",
        ),
        ("186 The Journal of Clinical Hypertension Vol 15 | No 3 | March 2013", "The Journal of Clinical Hypertension"),
    ],
)
def test_journal_is_read_from_a_citation_line(margins: str, journal: str) -> None:
    assert _journal(margins) == journal


def test_journal_is_the_most_frequent_citation_line_and_none_without_one() -> None:
    heads = "Eur Heart J 2019;40:100\nEur Heart J 2019;40:101\nsee Circulation 2010;12:3"
    assert _journal(heads) == "Eur Heart J"
    assert _journal("Received 1 November 2006; accepted 4 January 2007\nwww.example.org") is None


def test_acronym_from_group_authorship_and_not_from_long_capital_runs() -> None:
    assert _acronym("Early or Delayed Cardioversion", "for the RACE 7 ACWAS Investigators*") == "RACE 7 ACWAS"
    assert _acronym("A title", "the EAST-AFNET 4 trial enrolled") == "EAST-AFNET 4"
    assert _acronym("A title", "WHAT IS KNOWN ABOUT THIS STUDY") is None


@pytest.mark.parametrize(
    ("pdf", "title"),
    [
        # the title shares its baselines with a correspondence box set in smaller type beside it
        (
            "curcumin-piperine-midazolam-flurbiprofen-paracetamol-ddi-bjcp2013.pdf",
            "Effect of a herbal extract containing curcumin and piperine on midazolam, flurbiprofen and "
            "paracetamol (acetaminophen) pharmacokinetics in healthy volunteers",
        ),
        # ... and a boxed heading in capitals beside it is larger than the body; the PDF's own title field
        # says "No Job Name"
        (
            "five-probe-cyp-cocktail-pk-bjcp2009.pdf",
            "Pharmacokinetic assessment of a five-probe cocktail for CYPs 1A2, 2C9, 2C19, 2D6 and 3A",
        ),
    ],
)
def test_title_is_the_largest_type_without_the_boxes_beside_it(pdf: str, title: str) -> None:
    assert extract_metadata(load_document(PDFS / pdf)).title == title


def test_the_year_of_the_citation_line_beats_the_copyright_and_received_years() -> None:
    heads = "Received 3 March 2015; accepted 2 May 2015\n© 2015 The Authors\nSmith et al. Malar J (2016) 15:244"
    assert _year(heads, "") == 2016
    assert _year("© 2015 The Authors\n© 2015 The Authors", "") == 2015
