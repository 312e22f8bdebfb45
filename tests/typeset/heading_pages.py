"""Result sections whose group is named by a subsection heading, set as small PDF pages.

    python -m tests.typeset.heading_pages

Each page of tests/extraction/prose_headings_corpus.py (and its second instance set, prose_headings_2_corpus.py)
is set by weasyprint to `tests/data/heading_pages/NAME.pdf`: serif 9 pt body set justified, the title 13 pt bold,
section headings ("Results") 11 pt bold, subsection headings 9.5 pt bold on a line of their own, nested headings
("Efficacy") at body size in italic or bold italic; one or two columns as the page says."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from tests.extraction.prose_headings_2_corpus import PAGES as SECOND
from tests.extraction.prose_headings_corpus import PAGES, H, Page

from .build import TESTS

OUT = TESTS / "data" / "heading_pages"

CSS = """
@page { size: Letter; margin: 2cm }
body { font-family: 'DejaVu Serif'; font-size: 9pt; line-height: 1.25 }
p { text-align: justify; margin: 0 0 0.5em 0 }
h1 { font-size: 13pt; margin: 0 0 1em 0 }
h2 { font-size: 11pt; margin: 1em 0 0.4em 0 }
h3 { font-size: 9.5pt; margin: 0.8em 0 0.3em 0 }
h4 { font-size: 9pt; font-weight: normal; font-style: italic; margin: 0.5em 0 0.2em 0 }
h4.bi { font-weight: bold }
.cols { column-count: 2; column-gap: 1.6em }
"""


def page_html(page: Page) -> str:
    body: list[str] = []
    for block in page.blocks:
        if isinstance(block, H):
            tag = f"h{block.level + 1}"
            cls = ' class="bi"' if block.level == 3 and page.nested_style == "bold-italic" else ""
            body.append(f"<{tag}{cls}>{escape(block.text)}</{tag}>")
        else:
            body.append(f"<p>{escape(block.text)}</p>")
    inner = "".join(body)
    if page.columns == 2:
        inner = f'<div class="cols">{inner}</div>'
    return f"<html><head><style>{CSS}</style></head><body><h1>{escape(page.title)}</h1>{inner}</body></html>"


def build(out: Path = OUT) -> list[Path]:
    from weasyprint import HTML  # the typeset extra: not needed to run the tests

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for page in [*PAGES, *SECOND]:
        pdf = out / f"{page.name}.pdf"
        HTML(string=page_html(page)).write_pdf(pdf)
        written.append(pdf)
    return written


if __name__ == "__main__":
    for path in build():
        print(path)
    sys.exit(0)
