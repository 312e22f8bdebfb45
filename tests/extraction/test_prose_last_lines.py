"""The last line of a sentence, too short to pass for prose alone ("5.6 months (95% CI, 3.9-7.2).") is read with
the paragraph whose line it ends (extractors/prose_order.py ``_goes_on``): its numbers had vanished with no finding.
Found by the heading pages' fixtures (tests/typeset/heading_pages.py): 9 gold numbers missed silently, 3 after."""

from __future__ import annotations

from pathlib import Path

from extractors.furniture import furniture_words
from extractors.loader import load_document
from extractors.prose import prose_pages
from extractors.regions import find_regions

PAGES = Path(__file__).resolve().parents[1] / "data" / "heading_pages"


def _prose(name: str) -> str:
    document = load_document(PAGES / name)
    furniture = furniture_words(document)
    return " ".join(text.text for text, _ in prose_pages(document, find_regions(document, furniture), furniture))


def test_a_sentences_short_last_line_is_read_with_it() -> None:
    text = " ".join(_prose("escalation-expansion.pdf").split())
    assert "The median progression-free survival was 5.6 months (95% CI, 3.9-7.2)." in text


def test_a_heading_after_a_finished_sentence_is_no_continuation() -> None:
    text = _prose("escalation-expansion.pdf")
    assert "3.9-7.2).\nSafety" in text  # the heading stays a line of its own
