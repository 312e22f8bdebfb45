"""The `side` and `sidelow` zoo styles (pattern C): small tables that share the page width with another table or
with running prose.

- a **pair**: two tables of placement "half" set side by side across the page (`html.body_html` wraps them in a
  `.pair` block), each half the text width, each with its own caption: above both (`side`) or below both
  (`sidelow`, the Lancet way); the pair's rows share baselines, and prose or a third table follows under them;
- **beside prose**: a table one text column wide in the left column while the right column's running prose goes
  on beside its rows (placement "column" in the two-column body).

`side_problems` checks on the rendered PDF that each fixture shows its layout.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from .model import Table
from .render import Rendered
from .styles import _COMMON, SANS, SERIF, Style, _page

_PX_PT = 72 / 96  # weasyprint anchors are CSS px, pdfplumber coordinates are pt


def _rows(table: Table, rendered: Rendered) -> list[tuple[int, float, float]]:
    return [rendered.positions[f"{table.key}-r{i}"] for i in range(len(table.body))]


def _pair_problem(a: Table, b: Table, rendered: Rendered, half: float) -> str:
    ra, rb = _rows(a, rendered), _rows(b, rendered)
    pages = {p for p, _, _ in ra + rb}
    if len(pages) != 1:
        return f"{a.label} and {b.label} are not on one page"
    if not (all(x < half for _, x, _ in ra) and all(x > half for _, x, _ in rb)):
        return f"{a.label} is not in the left half with {b.label} in the right half"
    top = max(ra[0][2], rb[0][2])
    bottom = min(ra[-1][2], rb[-1][2])
    if bottom - top <= 0:
        return f"the rows of {a.label} and {b.label} share no baselines"
    caps = [rendered.positions[f"{t.key}-cap"] for t in (a, b)]
    if caps[0][0] != caps[1][0]:
        return "the two captions are not on one page"
    return ""


def _beside_problem(table: Table, rendered: Rendered, pdf: Path, half: float) -> str:
    rows = _rows(table, rendered)
    page = rows[0][0]
    if any(p != page or x > half for p, x, _ in rows):
        return f"{table.label} is not in one page's left column"
    top, bottom = rows[0][2] * _PX_PT, rows[-1][2] * _PX_PT
    with pdfplumber.open(pdf) as d:
        p = d.pages[page - 1]
        words = [w for w in p.extract_words() if w["x0"] > p.width / 2 and top <= w["top"] <= bottom]
    lines = {round(w["top"]) for w in words if w["text"].isalpha() and w["text"].islower()}
    if len(lines) < 5:
        return f"no running prose in the right column beside {table.label}'s rows"
    return ""


def side_problems(tables: list[Table], rendered: Rendered, pdf: Path) -> list[str]:
    """(C) each pair of half tables sits side by side with shared baselines and its two captions on one page; each
    column table has the other column's running prose beside its rows."""
    with pdfplumber.open(pdf) as d:
        half = float(d.pages[0].width) * 96 / 72 / 2
    out: list[str] = []
    halves = [t for t in tables if t.placement == "half"]
    for a, b in zip(halves[::2], halves[1::2], strict=False):
        problem = _pair_problem(a, b, rendered, half)
        if problem:
            out.append(f"(C) {problem}")
    for table in tables:
        if table.placement == "column":
            problem = _beside_problem(table, rendered, pdf, half)
            if problem:
                out.append(f"(C) {problem}")
    if len(halves) % 2 or not (halves or any(t.placement == "column" for t in tables)):
        out.append("(C) no pair of half tables and no table beside prose")
    return out


_PAIR_CSS = """
.pair { margin: 2.5mm 0 3mm 0; display: flex; flex-direction: row; align-items: flex-start;
      break-inside: avoid; }
.pair > .table-wrap { flex: 0 0 48%; width: 48%; margin: 0; }
.pair > .table-wrap + .table-wrap { margin-left: 4%; }
"""

SIDE = Style(
    name="side",
    kind="Original Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 15mm 16mm 15mm", SANS)
    + _PAIR_CSS
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #1f3b73; border-bottom: 1pt solid #1f3b73;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 6mm; }}
.table-wrap {{ break-inside: avoid; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.7pt solid #000; border-bottom: 0.7pt solid #000;
      font-size: 6.8pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: center; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ border-bottom: 0.4pt solid #000; }}
.table-wrap td, .table-wrap th {{ padding: 0.4mm 1.1mm; }}
.table-wrap td.l1 {{ padding-left: 3mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.6pt; }}
.table-wrap .caption .lbl {{ font-weight: bold; color: #1f3b73; }}
.table-wrap .notes p {{ font-size: 6.2pt; }}
""",
)

SIDELOW = Style(
    name="sidelow",
    kind="Articles",
    caption_below=True,
    label_sep=": ",
    fig_sep=": ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "18mm 16mm 18mm 16mm", SERIF)
    + _PAIR_CSS
    + f"""
.masthead {{ font-family: {SANS}; font-size: 13pt; font-weight: bold; color: #005a8c;
      border-bottom: 0.8pt solid #005a8c; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.6pt solid #005a8c; border-bottom: 0.6pt solid #005a8c;
      font-size: 6.8pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #005a8c; }}
.table-wrap th {{ text-align: left; vertical-align: bottom; }}
.table-wrap td.v {{ text-align: left; }}
.table-wrap td, .table-wrap th {{ padding: 0.45mm 1.2mm; }}
.table-wrap td.l1 {{ padding-left: 3mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.4pt; margin: 1mm 0 0 0; }}
.table-wrap .caption .lbl {{ font-weight: bold; }}
.table-wrap .notes p {{ font-size: 6.2pt; }}
""",
)
