"""Table forms written and read back: one small page per form, no golden file.

    python -m tests.typeset.read_back

Each `tests/typeset/read_back/NAME.html` is a short HTML page with one to three tables in a form a trial
paper prints (interval bounds in columns of their own under a span set centred, flush left or ruled; "n | %"
under centred arm spans with no rule; a ratio row centred across the arms; AE grade columns under each arm;
a PK legend with an "except" list). weasyprint sets it to `tests/data/read_back/NAME.pdf` with the same CSS:
serif 9 pt, three rules, cells set flush left. `tests/extraction/test_read_back_tables.py` states what must
be read from each. The forms were found by writing what papers print and reading it back, not from a golden
file: each had been read with a wrong statistic or under a wrong arm.

A page may open with a ``<style>`` of its own, after the shared CSS: the general-medicine pages set a house style
so (NEJM's sans type and shaded rows, Lancet's middle-dot decimals, EHJ, JAMA, a clinical-pharmacology journal);
what each of their tables must give is `tests/extraction/read_back_gold.py`, checked by
`tests/extraction/test_read_back_outcomes.py`. The PK pages (``pk-*.html``: BJCP-, CPT-, AAC/DMD-, J Clin
Pharmacol- and Clin Pharmacokinet-like styles) state theirs in `tests/extraction/read_back_pk_gold.py`, checked by
`tests/extraction/test_read_back_pk_forms.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .build import TESTS

SOURCES = Path(__file__).resolve().parent / "read_back"
OUT = TESTS / "data" / "read_back"

CSS = """
@page { size: Letter; margin: 2cm }
body { font-family: 'DejaVu Serif'; font-size: 9pt }
table { border-collapse: collapse; width: 100% }
thead { border-top: 1px solid black; border-bottom: 1px solid black }
tbody { border-bottom: 1px solid black }
td, th { padding: 2px 4px; text-align: left; vertical-align: top; font-weight: normal }
p { text-align: justify }
"""


def build(out: Path = OUT) -> list[Path]:
    from weasyprint import HTML  # the typeset extra: not needed to run the tests

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(SOURCES.glob("*.html")):
        pdf = out / f"{source.stem}.pdf"
        html = f"<html><head><style>{CSS}</style></head><body>{source.read_text(encoding='utf-8')}</body></html>"
        HTML(string=html).write_pdf(pdf)
        written.append(pdf)
    return written


if __name__ == "__main__":
    for path in build():
        print(path)
    sys.exit(0)
