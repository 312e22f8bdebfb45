"""The `glue` zoo style (pattern E): character and page furniture that the typesetting, not the table, gets wrong.

What the text layer of a real PDF does, reproduced by the HTML the style hands to weasyprint (the table itself is
the published one; `glue_html` only changes how its text is set):

- words **glued** in the text layer: no space character between them and a gap under the reader's word gap
  (an empty inline box 0.06 em wide), so "Current smoker" reads "CurrentSmoker", "12 (5.0)" reads "12(5.0)", the
  caption label "TABLE1"; and a zero-width space between a header's arm and its N ("Sunitinib(N = 238)");
- words **split** by a kern: a gap of 0.17 em before the last letter of a long label word ("Placeb o",
  "Sunitini b");
- rows set with **loose letter-spacing** (0.14 em tracking): every character is its own word in the text layer
  ("1 2 ( 5 . 0 )"), the space characters between words still there;
- a **watermark** repeated on every page: a download stamp along the left margin turned 90°, and the same stamp
  in light grey across the page at one height, on the baseline of a table row where a table is there;
- a repository **cover sheet**: PDF page 1 says "This is the author's accepted manuscript ... cite as ...", the
  article starts on page 2 whose foot prints the journal's page number (345, not 2).

Gold: the cells as the JATS source gives them. A glued or split label keeps the source's words ("Current
smoker"): the evaluator matches labels on their letters and digits only, so "CurrentSmoker" and "Placeb o" are
the same name; the values are never changed.
"""

from __future__ import annotations

import itertools
import re
from html import escape
from pathlib import Path

import pdfplumber

from .model import Document
from .render import Rendered
from .styles import _COMMON, SANS, SERIF, Style

FIRST_PAGE = 345  # the journal page number printed on PDF page 2, where the article starts
STAMP = (
    "Downloaded from https://academic.example.org/article/21/3/{page}/5091873 on June 4, 2019. For personal use only."
)
_WATERMARK_TOP = "48.7%"  # of the page area: the horizontal stamp's height (on a table row's baseline)

GLUE = Style(
    name="glue",
    kind="Original Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + f"""
@page {{ size: letter; margin: 16mm 15mm 16mm 17mm;
  @top-left {{ content: string(journal); font-family: {SANS}; font-size: 7pt; color: #333; }}
  @bottom-center {{ content: "J Clin Oncol 2019; 21: " counter(page); font-family: {SANS}; font-size: 7.5pt; }} }}
@page :first {{ counter-reset: page {FIRST_PAGE - 1};
  @top-left {{ content: none; }} @bottom-center {{ content: none; }} }}
.runhead-journal {{ string-set: journal content(); display: none; }}
.runhead-doi {{ display: none; }}
.cover {{ break-after: page; font-family: {SANS}; font-size: 10pt; padding-top: 40mm; }}
.cover p {{ text-align: left; margin-bottom: 4mm; }}
.wm {{ position: fixed; font-family: {SANS}; font-size: 6.5pt; color: #9a9a9a; white-space: nowrap; }}
.wm.side {{ left: -9mm; top: 200mm; transform-origin: 0 0; transform: rotate(-90deg); }}
.wm.across {{ left: 6mm; top: {_WATERMARK_TOP}; color: #c4c4c4; }}
.masthead {{ font-family: {SANS}; font-size: 12pt; font-weight: bold; border-bottom: 0.8pt solid #333;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; margin: 2.5mm 0; }}
.table-wrap table {{ font-family: {SERIF}; font-size: 7.2pt; border-top: 0.8pt solid #000;
      border-bottom: 0.8pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.55mm 1.4mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap td.l2 {{ padding-left: 5.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 8pt; margin-bottom: 1mm; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
span.g {{ display: inline-block; width: 0.06em; }}
span.k {{ margin-left: 0.17em; }}
tr.ls td {{ letter-spacing: 0.14em; }}
""",
)

_GAP = '<span class="g"></span>'
_ZWSP = "\u200b"
_ROW = re.compile(r'<tr id="(?P<key>[^"]+)-r(?P<n>\d+)"(?P<attr>[^>]*)>(?P<cells>.*?)</tr>', re.S)
_TEXT = re.compile(r">([^<]+)<")
_LONG_WORD = re.compile(r"\b([A-Za-z]{5,})([a-z])\b")


def _in_text(html: str, fn: object) -> str:
    """Apply `fn` to the text between tags only (never to a tag or an attribute)."""
    assert callable(fn)
    return _TEXT.sub(lambda m: ">" + fn(m.group(1)) + "<", html)


def _glued(text: str) -> str:
    return text.replace(" ", _GAP)


def _kerned(text: str) -> str:
    """A kern before the last letter of each long word ("Placeb o")."""
    return _LONG_WORD.sub(lambda m: f'{m[1]}<span class="k">{m[2]}</span>', text)


def _cells(html: str, cls: str, fn: object) -> str:
    """`fn` applied to the text of the <td> cells of one class in a row's HTML."""
    return re.sub(
        rf'(<td class="{cls}[^"]*">)(.*?)(</td>)', lambda m: m[1] + _in_text(">" + m[2] + "<", fn)[1:-1] + m[3], html
    )


def _row(m: re.Match[str]) -> str:
    n, cells, attr = int(m["n"]), m["cells"], m["attr"]
    kind = n % 4
    if kind == 1:  # glued: no space characters in the label and in the values
        cells = _cells(cells, "stub", _glued)
        cells = _cells(cells, "v", _glued)
    elif kind == 2:  # a kern splits the label's long words
        cells = _cells(cells, "stub", _kerned)
    elif kind == 3:  # loose letter-spacing over the whole row
        attr = (attr[:-1] + ' ls"') if 'class="' in attr else attr + ' class="ls"'
    return f'<tr id="{m["key"]}-r{m["n"]}"{attr}>{cells}</tr>'


def _header(m: re.Match[str]) -> str:
    """Header cells: the arm's N glued to its name by a zero-width space, long words split by a kern."""
    head = _in_text(m[0], lambda t: t.replace(" (", _ZWSP + "("))
    return _in_text(head, _kerned)


def glue_html(html: str, doc: Document) -> str:
    """The style's text-layer treatments on a rendered document's HTML (see the module docstring)."""
    cover = (
        '<div class="cover"><p>This is the author\'s accepted manuscript of an article published in '
        f"{escape(doc.journal)}. The final version is available from the publisher.</p>"
        f"<p>Please cite as: {escape(doc.citation)} https://doi.org/{escape(doc.doi)}</p>"
        "<p>This manuscript is made available under the repository's terms of use.</p></div>"
    )
    stamp = escape(STAMP.format(page=FIRST_PAGE))
    marks = f'<div class="wm side">{stamp}</div><div class="wm across">{stamp}</div>'
    html = re.sub(r'(<body class="glue">)', lambda m: m[1] + marks + cover, html, count=1)
    html = re.sub(r'<b class="lbl">Table (\d+)', lambda m: f'<b class="lbl">TABLE{_GAP}{m[1]}', html)
    html = re.sub(r"<thead>.*?</thead>", _header, html, flags=re.S)
    return _ROW.sub(_row, html)


# --- the pattern, checked on the rendered PDF ---------------------------------------------------------

_WORDS = {"x_tolerance_ratio": 0.11, "y_tolerance": 2.5}  # the reader's word gap (extractors/readers/pages.py)


def _table_spans(doc: Document, rendered: Rendered) -> list[tuple[int, float, float]]:
    """(page, top, bottom) in points of each table's rows on each page they are on."""
    spans: dict[tuple[str, int], list[float]] = {}
    for table in doc.tables():
        for i in range(len(table.body)):
            page, _, y = rendered.positions[f"{table.key}-r{i}"]
            spans.setdefault((table.key, page), []).append(y * 72 / 96)
    return [(page, min(ys), max(ys)) for (_, page), ys in spans.items()]


def glue_problems(pdf: Path, doc: Document, rendered: Rendered) -> list[str]:
    """(E) on the rendered PDF (see the module docstring)."""
    out: list[str] = []
    table_rows = _table_spans(doc, rendered)
    with pdfplumber.open(pdf) as d:
        pages = list(d.pages)
        words = [[w for w in p.extract_words(**_WORDS) if w["upright"]] for p in pages]
        texts = [p.extract_text() or "" for p in pages]
        texts_all = [w["text"] for ws in words for w in ws]
        glued = [r"\d\(\d", r"[a-z]\(N\b", r"^TABLE\d"]
        if not all(any(re.search(g, t) for t in texts_all) for g in glued):
            out.append("(E) no glued value ('12(5.0)'), arm ('Placebo(N') or label ('TABLE1')")
        split = tracked = False
        for ws in words:
            for a, b in itertools.pairwise(ws):
                same_line = abs(a["top"] - b["top"]) < 1
                if same_line and re.fullmatch(r"[A-Za-z]{4,}", a["text"]) and re.fullmatch(r"[a-z]", b["text"]):
                    split = split or b["x0"] - a["x1"] < 0.35 * (a["bottom"] - a["top"])
            singles = [len(w["text"]) == 1 for w in ws]
            tracked = tracked or any(all(singles[i : i + 6]) for i in range(len(singles) - 5))
        if not split or not tracked:
            out.append("(E) no word split by a kern ('Placeb o') or no letter-spaced row")
        stamp = STAMP.format(page=FIRST_PAGE)[:30]
        if not all(stamp in t for t in texts):
            out.append("(E) the download stamp is not on every page")
        crossed = False
        for number, page in enumerate(pages, 1):
            lines = page.extract_text_lines()
            stamps = [ln["bottom"] for ln in lines if ln["text"].startswith(stamp)]
            rows = [ln["bottom"] for ln in lines if not ln["text"].startswith(stamp)]
            on_row = [b for b in stamps if any(abs(b - r) < 1.5 for r in rows)]  # on a row's baseline
            crossed = crossed or any(p == number and lo < b < hi for b in on_row for p, lo, hi in table_rows)
        if not crossed:
            out.append("(E) the horizontal stamp crosses no table row on its baseline")
        if "accepted manuscript" not in texts[0] or re.search(r"\bTable\s*\d", texts[0], re.I):
            out.append("(E) PDF page 1 is no cover sheet")
        if any(p == 1 for p, _, _ in table_rows) or f": {FIRST_PAGE}" not in texts[1]:
            out.append(f"(E) the article does not start on PDF page 2 with journal page {FIRST_PAGE}")
    return out
