"""Title-page fixtures for the metadata a meta-analyst files by (issue 9, item 4): the JATS corpus's front
matter typeset in several house styles, two pages each, no tables.

    python -m tests.typeset.title_pages [--out-dir DIR] [--only NAME ...]

Each fixture `title-<style>-<slug>.pdf` gets a golden file with a `metadata` block only (`tables` and `text`
empty): the article's own title (whole, from `article-title`), its DOI, the journal's full title, the
publication year (the issue's: `ppub`, else `collection`, else `epub`), the registry id of SOURCES.tsv and the
trial acronym where the article names its trial. Files go to `tests/data/title_pages/{pdfs,golden}`
(kept out of tests/data/golden: they hold no tables and have no recall floors); bench/metadata.py scores
them under tuning/zoo.

The styles reproduce the title-page families of the issue:

- `kicker`   an article-type kicker in spaced capitals over the title, a footnote mark after the title (also
             in `twocol` and `banner`); "DOI: 10..." at the top of the page;
             the journal's name only in the masthead; a received/accepted/published block; a data cut-off
             date of another year in the abstract.
- `caps`     the title in capitals; a running head that repeats a short title; the journal and year only
             in a footer citation line "Br J Cancer (2010) 103, 1154–1162"; the DOI only in the footer as
             "https://doi.org/...".
- `smallcaps` the title in small capitals (capitals of two sizes in the text layer); the author line in bold
             at a size near the title's; "DOI: 10..." in the running head.
- `long`     the title over three lines or more in a narrow block, a subtitle after a colon set on its own
             line in lighter, smaller type; the DOI in the footer of the first page only.
- `twocol`   a two-column first page under a full-width title, the abstract in a shaded box, a "Clinical
             Trial" kicker, the dates block at the foot of the first column; the journal in a masthead
             citation "Neuro-Oncology 13(1), 132–142, 2011".
- `banner`   the journal's name in a banner in type larger than the title's; an article-type kicker in
             the title's own size and weight right over it; "Br J Cancer 2019;120:165–171" under the banner
             and in the footer.
- `cover`    a university repository's cover page before the article, its labels' values on the next
             line ("Published in:" / the journal, "Publication date:" / the year); the article's own page
             names neither.
- `manuscript` an author manuscript: "Published in final edited form as: Br J Cancer. 2010 October 12;
             103(8): 1154–1162." over the title, a footer on every page dated a year later ("available in
             PMC 2011 ...").
- `abstracts` a page of a meeting's abstract book: the collection's name set large in the running head
             ("<journal> abstracts"), the article as one abstract in two columns of 7 pt under its number
             ("512P <title>" in bold at the body's size), after the tail of the abstract before with that
             one's DOI; the foot "S513 Volume 103 - Issue S2 - 2010".
- `nejm`     the journal's name in a banner of mixed sizes, an "ORIGINAL ARTICLE" kicker, authors in capitals,
             run-in heads in capitals, the DOI only in a small line under the abstract, a lowercase running
             foot "br j cancer 103;8 journal.org october 12, 2010".
- `lancet`   a narrow left column beside the title with the citation "Br J Cancer 2010; 103: 1154–62",
             "Published Online" and a dx.doi.org address; the foot "www.journal.com Vol 103 October 12, 2010".
- `ehj`      a running head "British Journal of Cancer (2010) 103, 1154–1162" over "doi:10...", a kicker and a
             subject line, the abstract as a table of labels and text, "Keywords".
- `wiley`    "Received: ... | Accepted: ..." over everything, "DOI: 10..." under it, a kicker with a rule, a
             correspondence column beside the abstract, a first-page foot "Br J Cancer. 2010;103:1154–1162.
             wileyonlinelibrary.com/journal/x © 2010 Wiley Periodicals, Inc.".
- `bmc`      "Author et al. Journal (2010) 103:1154" and the DOI address in the head, "RESEARCH ARTICLE" and
             "Open Access" on one line over the title.
- `weights`  a kicker and a byline in the title's own size and leading, regular under a bold title.
- `masthead` the journal's name in a banner of four words or more, larger than the title and wrapping; no
             citation line anywhere.
- `graphical` a graphical abstract boxed under the abstract, its heading and message set larger than the title.
- `frontiers` a left column of small type with editors, reviewers, "Specialty section: ... a section of the
             journal <journal>", the dates and a "Citation:" paragraph repeating the whole title; "ORIGINAL
             RESEARCH" beside "published: <date>" / "doi: 10..." over the title.
- `jco`      an "original reports" kicker in small capitals, a left column "ASSOCIATED CONTENT" with "Accepted on
             ... and published at journal.org on <a date the year before the issue>: DOI https://doi.org/...".
- `elsevier` a citation line over a "Contents lists available at ScienceDirect" masthead with the journal's
             name set large, "ARTICLE INFO" (history, keywords) beside "ABSTRACT", the DOI address in the foot.
- `nature`   the journal's name as a lowercase bold banner, "Article" with the DOI address on its right, a
             dates column with "Check for updates" beside a bold abstract, the foot "<Journal> | Volume <v> |
             <Month> <year> | <pages>".
- `accepted` an accepted-manuscript cover sheet, its labels on one line with their values in the sheet's largest
             type ("Title: <title>", "Article title: ...", "TITLE: ..."), before the article's own first page.
- `fullstop` the title set with a full stop at its end; the citation in the foot, the DOI glued in the text layer
             to the journal's name before it and the copyright sign after it.
- `jama`     "Research" / "<journal> | Original Investigation" over the title, a "Key Points" box beside the
             abstract, the citation with "Published online <date the year before>" under it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from .build import CORPUS, TESTS, sources
from .html import inline_html
from .jats import _date, _local, _text, read_article
from .model import Document, Heading, Inline, Para, Run
from .render import render
from .styles import SANS, SERIF

OUT = TESTS / "data" / "title_pages"
ORIGIN = "title-typeset"
# The trial names the articles give their trials (read from the articles; gold, not a rule of the reader).
ACRONYMS = {
    "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025": "SPLASH",
    "pertuzumab-trastuzumab-gastric-ph2a-bjc2014": "JOSHUA",
}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class Front:
    """What a title page prints about the article, read from the JATS front matter."""

    slug: str
    doc: Document
    journal: str
    abbrev: str
    doi: str
    year: int
    volume: str
    issue: str
    pages: str
    kind: str
    short_title: str
    received: str
    accepted: str
    published: str
    affiliations: list[str]
    nct: list[str]
    acronym: str
    received_year: int


def _pub_date(meta: ET.Element) -> ET.Element:
    dates = {d.get("pub-type") or d.get("date-type"): d for d in meta.findall("pub-date")}
    for kind in ("ppub", "collection", "epub"):
        if kind in dates:
            return dates[kind]
    return meta.findall("pub-date")[0]


def read_front(path: Path, slug: str, nct: list[str]) -> Front:
    root = ET.parse(path).getroot()
    article = root if _local(root.tag) == "article" else next(e for e in root.iter() if _local(e.tag) == "article")
    meta = article.find("front/article-meta")
    jmeta = article.find("front/journal-meta")
    assert meta is not None and jmeta is not None
    doc = read_article(path, slug, "nature", nct)
    ids = {j.get("journal-id-type"): _text(j) for j in jmeta.findall("journal-id")}
    pub = _pub_date(meta)
    history = {d.get("date-type"): d for d in meta.findall("history/date")}
    volume, issue, fpage, lpage = (_text(meta.find(p)) for p in ("volume", "issue", "fpage", "lpage"))
    alt = _text(meta.find("title-group/alt-title"))
    title = "".join(r.text for r in doc.title if r.kind != "mark")
    short = alt or " ".join(re.split(r"[:,]", title)[0].split()[:6])
    subjects = [_text(s) for s in meta.iter() if _local(s.tag) == "subject"]
    kind = next((s for s in subjects if re.search(r"article|trial|study|report|investigation", s, re.I)), "Article")
    affs = []
    for aff in meta.iter():
        if _local(aff.tag) == "aff":
            label = aff.find("label")
            text = _text(aff)
            if label is not None:
                text = text[len(_text(label)) :].strip()
            affs.append(text)
    received = history.get("received")
    return Front(
        slug=slug,
        doc=doc,
        journal=_text(jmeta.find(".//journal-title")),
        abbrev=ids.get("nlm-ta") or ids.get("iso-abbrev") or "",
        doi=doc.doi,
        year=int(_text(pub.find("year"))),
        volume=volume,
        issue=issue,
        pages=f"{fpage}–{lpage}" if fpage and lpage else fpage or "e" + doc.doi.rsplit(".", 1)[-1],
        kind=kind,
        short_title=short,
        received=_date(received) if received is not None else "",
        accepted=_date(history["accepted"]) if "accepted" in history else "",
        published=_date(pub),
        affiliations=affs[:4],
        nct=nct,
        acronym=ACRONYMS.get(slug, ""),
        received_year=int(_text(received.find("year"))) if received is not None else 0,
    )


# --- pieces every style uses ------------------------------------------------------------------------


def _cutoff(front: Front) -> str:
    """A data cut-off date of another year than the publication's, as abstracts print it."""
    year = min(front.received_year or front.year, front.year) - 1
    return f"Data cut-off: 14 {_MONTHS[(front.year * 7) % 12]} {year}."


def _abstract(front: Front, boxed: bool = False) -> str:
    out = []
    for block in front.doc.abstract:
        if isinstance(block, Heading):
            out.append(f"<h2>{inline_html(block.text)}</h2>")
        elif isinstance(block, Para):
            lead = f'<span class="lead">{escape(block.lead)}</span> ' if block.lead else ""
            out.append(f"<p>{lead}{inline_html(block.content)}</p>")
    out.append(f"<p>{escape(_cutoff(front))}</p>")
    if front.nct:
        out.append(f"<p>Trial registration: ClinicalTrials.gov {escape(', '.join(front.nct))}.</p>")
    cls = "abstract boxed" if boxed else "abstract"
    return f'<section class="{cls}">' + "".join(out) + "</section>"


def _body(front: Front, paragraphs: int = 9) -> str:
    out = []
    n = 0
    for block in front.doc.body:
        if isinstance(block, Heading) and block.level == 1:
            out.append(f"<h2>{inline_html(block.text)}</h2>")
        elif isinstance(block, Para):
            out.append(f"<p>{inline_html(block.content)}</p>")
            n += 1
        if n >= paragraphs:
            break
    return "".join(out)


def _authors(front: Front) -> str:
    return escape(front.doc.authors)


def _affiliations(front: Front) -> str:
    return "".join(f"<p><sup>{i}</sup>{escape(a)}</p>" for i, a in enumerate(front.affiliations, 1))


def _dates(front: Front, sep: str = " · ") -> str:
    parts = []
    if front.received:
        parts.append(f"Received: {front.received}")
    if front.accepted:
        parts.append(f"Accepted: {front.accepted}")
    parts.append(f"Published: {front.published}")
    return sep.join(escape(p) for p in parts)


# a footnote mark after the title and its note (no part of the title)
_TITLE_MARK = '<sup class="tmark">{}</sup>'
_TITLE_NOTE = "<sup>{0}</sup>{0} Presented in part at the annual meeting of the American Society of Clinical Oncology."


def _title(front: Front) -> str:
    return inline_html(front.doc.title)


def _page(css: str, body: str, title: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        '<meta name="generator" content="trialex tests.typeset.title_pages">'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )


_BASE = f"""
html {{ font-family: {SERIF}; font-size: 8.6pt; line-height: 1.32; color: #111; }}
body {{ margin: 0; }}
p {{ margin: 0; text-align: justify; hyphens: auto; }}
p + p {{ text-indent: 1.2em; }}
sup, sub {{ font-size: 68%; line-height: 0; }}
.lead {{ font-weight: bold; }}
h2 {{ font-family: {SANS}; font-size: 9.4pt; font-weight: bold; margin: 2.4mm 0 1mm 0; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ columns: 2; column-gap: 6mm; }}
.affs {{ font-family: {SANS}; font-size: 6.8pt; color: #333; margin: 1mm 0 3mm 0; }}
.affs p {{ text-indent: 0; text-align: left; }}
"""


# --- the styles ---------------------------------------------------------------------------------------


def kicker_html(front: Front) -> str:
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 18mm 17mm 18mm 17mm;
        @bottom-center {{ content: counter(page); font: 7pt {SANS}; }} }}
.doitop {{ font-family: {SANS}; font-size: 7pt; color: #333; text-align: right; }}
.masthead {{ font-family: {SANS}; font-size: 15pt; font-weight: bold; color: #7a1f1f; margin: 1mm 0 5mm 0;
             border-bottom: 1.2pt solid #7a1f1f; padding-bottom: 1.5mm; }}
.kicker {{ font-family: {SANS}; font-size: 9pt; letter-spacing: 2pt; color: #7a1f1f; margin-bottom: 2mm; }}
h1 {{ font-family: {SANS}; font-size: 18pt; font-weight: bold; line-height: 1.18; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9.5pt; }}
.dates {{ font-family: {SANS}; font-size: 7.2pt; color: #444; margin: 0 0 4mm 0; }}
.abstract {{ margin-bottom: 4mm; }}
"""
    )
    body = (
        f'<div class="doitop">DOI: {escape(front.doi)}</div>'
        f'<div class="masthead">{escape(front.journal)}</div>'
        f'<div class="kicker">{escape(front.kind.upper())}</div>'
        f"<h1>{_title(front)}{_TITLE_MARK.format('*')}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}<p>{_TITLE_NOTE.format("*")}</p></div>'
        f'<p class="dates">{_dates(front)}</p>'
        f"{_abstract(front)}"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def _citation(front: Front) -> str:
    """ "Br J Cancer (2010) 103, 1154–1162" """
    return f"{front.abbrev} ({front.year}) {front.volume}, {front.pages}"


def caps_html(front: Front) -> str:
    short = escape(front.short_title.upper())
    cite = escape(_citation(front))
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 20mm 18mm 20mm 18mm;
        @top-left {{ content: "{short}"; font: 7pt {SANS}; letter-spacing: 0.6pt; color: #333; }}
        @top-right {{ content: counter(page); font: 7pt {SANS}; }}
        @bottom-left {{ content: "{cite}"; font: italic 7pt {SERIF}; }}
        @bottom-right {{ content: "https://doi.org/{escape(front.doi)}"; font: 7pt {SANS}; }} }}
h1 {{ font-family: {SANS}; font-size: 14pt; font-weight: bold; text-transform: uppercase; line-height: 1.2;
      margin: 4mm 0 3mm 0; letter-spacing: 0.3pt; }}
.authors {{ font-family: {SANS}; font-size: 9pt; font-style: italic; margin-bottom: 1mm; }}
.abstract {{ border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; padding: 2mm 0; margin-bottom: 4mm; }}
"""
    )
    body = (
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f"{_abstract(front)}"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def _small_caps(title: Inline) -> str:
    """Small capitals as typesetters fake them in a face without them: lowercase letters set as capitals at a
    smaller size, so the text layer holds capitals of two sizes."""
    out = []
    for run in title:
        if run.kind != "text":
            out.append(inline_html((run,)))
            continue
        for part in re.findall(r"[^\W\d_A-Z]+|[\W\d_A-Z]+", run.text):
            text = escape(part.upper(), quote=False)
            out.append(f'<span class="sc">{text}</span>' if part.islower() else text)
    return "".join(out)


def smallcaps_html(front: Front) -> str:
    cite = escape(_citation(front))
    css = (
        _BASE
        + f"""
@page {{ size: 8.5in 11in; margin: 19mm 18mm 19mm 18mm;
        @top-left {{ content: "DOI: {escape(front.doi)}"; font: 7pt {SANS}; }}
        @top-right {{ content: "{escape(front.short_title)}"; font: italic 7pt {SERIF}; }}
        @bottom-center {{ content: "{cite}"; font: 7pt {SERIF}; }} }}
h1 {{ font-family: {SERIF}; font-size: 17pt; font-weight: normal; text-align: center;
      line-height: 1.2; margin: 6mm 8mm 4mm 8mm; }}
h1 .sc {{ font-size: 0.78em; }}
.authors {{ font-family: {SANS}; font-size: 13pt; font-weight: bold; text-align: center; line-height: 1.25;
            margin-bottom: 2mm; }}
.affs p {{ text-align: center; }}
.dates {{ font-family: {SANS}; font-size: 7pt; text-align: center; margin-bottom: 4mm; }}
.abstract {{ margin: 0 10mm 5mm 10mm; }}
"""
    )
    body = (
        f"<h1>{_small_caps(front.doc.title)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f'<p class="dates">{_dates(front)}</p>'
        f"{_abstract(front)}"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def _split_title(title: Inline) -> tuple[Inline, Inline]:
    """The title's head and its subtitle after the first colon (empty when it has none)."""
    for i, run in enumerate(title):
        if run.kind == "text" and ": " in run.text:
            head, tail = run.text.split(": ", 1)
            return (*title[:i], Run(head + ":", run.kind)), (Run(tail, run.kind), *title[i + 1 :])
    return title, ()


def long_html(front: Front) -> str:
    head, sub = _split_title(front.doc.title)
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 18mm 20mm 20mm 20mm;
        @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
@page :first {{ @bottom-left {{ content: "https://doi.org/{escape(front.doi)}"; font: 7pt {SANS}; }} }}
.masthead {{ font-family: {SANS}; font-size: 8pt; color: #fff; background: #24577a; padding: 1.5mm 3mm;
             margin-bottom: 6mm; }}
h1 {{ font-family: {SANS}; font-size: 20pt; font-weight: bold; line-height: 1.14; width: 62%; margin: 0 0 4mm 0;
      text-align: left; }}
h1 .sub {{ display: block; font-size: 14pt; font-weight: normal; margin-top: 1.5mm; }}
.authors {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 1mm; }}
.dates {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; }}
.abstract {{ margin-bottom: 4mm; }}
"""
    )
    title = inline_html(head) + (f'<span class="sub">{inline_html(sub)}</span>' if sub else "")
    citation = f"{front.journal} ({front.year}) {front.volume}:{front.pages}"
    body = (
        f'<div class="masthead">{escape(front.kind)} &#8195; {escape(citation)}</div>'
        f"<h1>{title}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f'<p class="dates">{_dates(front, " &#8195; ")}</p>'
        f"{_abstract(front)}"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def twocol_html(front: Front) -> str:
    issue = f"({front.issue})" if front.issue else ""
    mast = f"{front.journal} {front.volume}{issue}, {front.pages}, {front.year}"
    css = (
        _BASE
        + f"""
@page {{ size: 8.5in 11in; margin: 16mm 16mm 18mm 16mm;
        @top-right {{ content: "{escape(mast)}"; font: 7pt {SANS}; }}
        @bottom-center {{ content: counter(page); font: 7pt {SANS}; }} }}
@page :first {{ @top-right {{ content: none; }} }}
.masthead {{ font-family: {SANS}; font-size: 8pt; border-bottom: 0.8pt solid #000; padding-bottom: 1mm;
             margin-bottom: 4mm; }}
.kicker {{ font-family: {SANS}; font-size: 8pt; font-weight: bold; color: #fff; background: #5b2b6e;
           display: inline-block; padding: 0.6mm 2mm; margin-bottom: 2mm; }}
h1 {{ font-family: {SERIF}; font-size: 16pt; font-weight: bold; line-height: 1.18; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 8.6pt; margin-bottom: 1mm; }}
.abstract.boxed {{ background: #eee8f0; border: 0.6pt solid #5b2b6e; padding: 2mm 2.5mm; margin-bottom: 3mm;
                   font-family: {SANS}; font-size: 7.8pt; }}
.dates {{ font-family: {SANS}; font-size: 6.8pt; color: #333; border-top: 0.5pt solid #999; padding-top: 1mm;
          margin-top: 3mm; }}
.dates p {{ text-indent: 0; }}
"""
    )
    dates = "".join(f"<p>{d}</p>" for d in _dates(front, "|").split("|"))
    body = (
        f'<div class="masthead">{escape(mast)} &#8195; doi:{escape(front.doi)}</div>'
        f'<div class="kicker">Clinical Trial</div>'
        f"<h1>{_title(front)}{_TITLE_MARK.format('†')}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="cols">{_abstract(front, boxed=True)}'
        f'<div class="affs">{_affiliations(front)}<p>{_TITLE_NOTE.format("†")}</p></div>'
        f'<div class="dates">{dates}</div>'
        f"{_body(front, 7)}</div>"
    )
    return _page(css, body, front.doc.slug)


def banner_html(front: Front) -> str:
    cite = escape(f"{front.abbrev} {front.year};{front.volume}:{front.pages}")
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 16mm 18mm 18mm 18mm;
        @bottom-left {{ content: "{cite}"; font: 7pt {SANS}; }}
        @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
.banner {{ font-family: {SERIF}; font-size: 22pt; font-weight: bold; color: #0b4f2f; margin-bottom: 1mm; }}
.issue {{ font-family: {SANS}; font-size: 7.5pt; border-bottom: 1pt solid #0b4f2f; padding-bottom: 1.5mm;
          margin-bottom: 6mm; }}
.kicker, h1 {{ font-family: {SANS}; font-size: 15pt; font-weight: bold; line-height: 1.2; }}
.kicker {{ text-transform: uppercase; color: #0b4f2f; margin-bottom: 2.5mm; }}
h1 {{ margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 1mm; }}
.dates {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; }}
.abstract {{ margin-bottom: 4mm; }}
"""
    )
    body = (
        f'<div class="banner">{escape(front.journal)}</div>'
        f'<div class="issue">{escape(cite)} &#8195; DOI: {escape(front.doi)}</div>'
        f'<div class="kicker">{escape(front.kind)}</div>'
        f"<h1>{_title(front)}{_TITLE_MARK.format('1')}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}<p>{_TITLE_NOTE.format("1")}</p></div>'
        f'<p class="dates">{_dates(front, " &#8195; ")}</p>'
        f"{_abstract(front)}"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def _plain_article(front: Front) -> str:
    """The article's own first page with no journal, year or DOI on it: a cover or a header names them."""
    return (
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f"{_abstract(front)}"
        f'<div class="cols">{_body(front, 6)}</div>'
    )


_PLAIN_CSS = f"""
h1 {{ font-family: {SANS}; font-size: 16pt; font-weight: bold; line-height: 1.2; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 1mm; }}
.abstract {{ margin-bottom: 4mm; }}
"""


def cover_html(front: Front) -> str:
    """A university repository's cover page before the article: its labels with their values on the next
    line ("Published in:" / the journal, "Publication date:" / the year), a citation for the published
    version."""
    issue = f"({front.issue})" if front.issue else ""
    cite = (
        f"{front.doc.authors} ({front.year}). {''.join(r.text for r in front.doc.title if r.kind != 'mark')}. "
        f"{front.journal}, {front.volume}{issue}, {front.pages}. https://doi.org/{front.doi}"
    )
    css = (
        _BASE
        + _PLAIN_CSS
        + f"""
@page {{ size: A4; margin: 18mm 18mm 18mm 18mm; @bottom-center {{ content: counter(page); font: 7pt {SANS}; }} }}
@page :first {{ @bottom-center {{ content: none; }} }}
.cover {{ font-family: {SANS}; font-size: 9pt; page-break-after: always; }}
.cover .inst {{ font-size: 11pt; font-weight: bold; margin-bottom: 8mm; }}
.cover .ctitle {{ font-size: 13pt; font-weight: bold; margin-bottom: 2mm; line-height: 1.2; }}
.cover dt {{ font-weight: bold; margin-top: 3mm; }}
.cover dd {{ margin: 0; }}
.cover .note {{ font-size: 7pt; margin-top: 10mm; color: #444; }}
"""
    )
    cover = (
        '<div class="cover"><div class="inst">University Research Portal</div>'
        f'<div class="ctitle">{_title(front)}</div><p>{_authors(front)}</p><dl>'
        f"<dt>Published in:</dt><dd>{escape(front.journal)}</dd>"
        f"<dt>DOI:</dt><dd>{escape(front.doi)}</dd>"
        f"<dt>Publication date:</dt><dd>{front.year}</dd>"
        "<dt>Document version:</dt><dd>Final published version</dd>"
        f"<dt>Citation for published version (APA):</dt><dd>{escape(cite)}</dd></dl>"
        '<p class="note">General rights: copyright and moral rights for the publications made accessible in the '
        "public portal are retained by the authors and/or other copyright owners.</p></div>"
    )
    return _page(css, cover + _plain_article(front), front.doc.slug)


def manuscript_html(front: Front) -> str:
    """An author manuscript: "Published in final edited form as: Br J Cancer. 2010 October 12; 103(8): ..."
    over the title, and a footer on every page dated by the archive's release a year later."""
    issue = f"({front.issue})" if front.issue else ""
    day, month, *_ = [*front.published.split(), "", ""] if front.published[:1].isdigit() else ["", "", ""]
    date = " ".join(p for p in (str(front.year), month, day) if p)
    release = " ".join(p for p in (str(front.year + 1), month, day) if p)
    css = (
        _BASE
        + _PLAIN_CSS
        + f"""
@page {{ size: 8.5in 11in; margin: 20mm 20mm 20mm 20mm;
        @bottom-center {{ content: "{escape(front.abbrev)}. Author manuscript; available in PMC {release}.";
                          font: 7pt {SANS}; }}
        @bottom-right {{ content: "Page " counter(page); font: 7pt {SANS}; }} }}
.am {{ font-family: {SANS}; font-size: 8pt; margin-bottom: 6mm; }}
.am .head {{ font-size: 10pt; font-weight: bold; }}
"""
    )
    head = (
        '<div class="am"><div class="head">Author Manuscript</div>'
        "<p>Published in final edited form as:</p>"
        f"<p>{escape(front.abbrev)}. {escape(date)}; {escape(front.volume)}{escape(issue)}: {escape(front.pages)}. "
        f"doi:{escape(front.doi)}.</p></div>"
    )
    return _page(css, head + _plain_article(front), front.doc.slug)


def _abstract_number(front: Front) -> int:
    return 300 + sum(map(ord, front.slug)) % 600


# the end of the abstract before on the page: another study's, naming no trial
_PREVIOUS_TAIL = (
    "A model built on routinely collected data predicted survival as well as the reference model did, and it "
    "kept that performance in patients with missing data. It allows new patients to be staged without the "
    "complete clinical or genetic data the reference model needs."
)


def abstracts_html(front: Front) -> str:
    """A page of a meeting's abstract book: the running head names the collection in type larger than any
    other on the page ("British Journal of Cancer abstracts"); two columns of abstracts in 7 pt, each a
    number and a title in bold at the body's size, a byline, run-in labels in bold ("Background:") and its
    DOI at its end; the page opens on the tail of the abstract before (its conclusions, its DOI); the foot
    names the volume and issue with the year ("S612 Volume 103 - Issue S2 - 2010")."""
    number = _abstract_number(front)
    previous = number - 1
    css = f"""
@page {{ size: A4; margin: 16mm 14mm 16mm 14mm;
        @top-left {{ content: "{escape(front.journal)}"; font: 12pt {SANS}; }}
        @top-right {{ content: "abstracts"; font: 12pt {SANS}; }}
        @bottom-left {{ content: "S{number + 1}"; font: bold 8pt {SANS}; }}
        @bottom-right {{ content: "Volume {escape(front.volume)} - Issue S2 - {front.year}"; font: 8pt {SANS}; }} }}
html {{ font-family: {SANS}; font-size: 7pt; line-height: 1.3; color: #111; }}
body {{ margin: 0; }}
.cols {{ columns: 2; column-gap: 7mm; }}
p {{ margin: 0; text-align: justify; }}
b, .lead, .atitle {{ font-weight: bold; }}
.atitle {{ margin: 4mm 0 1.5mm 0; padding-left: 7mm; text-indent: -7mm; }}
.byline {{ margin-bottom: 0.5mm; }}
.affs {{ font-size: 6.3pt; margin-bottom: 2mm; }}
.doi {{ margin-bottom: 3mm; }}
sup {{ font-size: 68%; line-height: 0; }}
"""
    own = []
    for block in front.doc.abstract:
        if isinstance(block, Para):
            lead = f'<span class="lead">{escape(block.lead)}</span> ' if block.lead else ""
            own.append(f"<p>{lead}{inline_html(block.content)}</p>")
        elif isinstance(block, Heading) and "".join(r.text for r in block.text).strip().lower() != "abstract":
            own.append(f"<p><b>{inline_html(block.text)}</b></p>")
    if front.nct:
        own.append(f"<p><b>Clinical trial identification:</b> {escape(', '.join(front.nct))}.</p>")
    body = (
        '<div class="cols">'
        + f"<p><b>Conclusions:</b> {escape(_PREVIOUS_TAIL)}</p>"
        + "<p><b>Legal entity responsible for the study:</b> The authors.</p>"
        + "<p><b>Funding:</b> Has not received any funding.</p>"
        + "<p><b>Disclosure:</b> All authors have declared no conflicts of interest.</p>"
        + f'<p class="doi">https://doi.org/10.9999/abstracts.{front.year}.{previous}</p>'
        + f'<p class="atitle">{number}P {_title(front)}</p>'
        + f'<p class="byline">{_authors(front)}</p>'
        + f'<div class="affs">{_affiliations(front)}</div>'
        + "".join(own)
        + "<p><b>Disclosure:</b> All authors have declared no conflicts of interest.</p>"
        + f'<p class="doi">https://doi.org/{escape(front.doi)}</p>'
        + "</div>"
    )
    return _page(css, body, front.doc.slug)


_SMALL_WORDS = {"of", "and", "the", "in", "for", "on", "&"}


def _month_day(front: Front) -> tuple[str, str]:
    """The month and day of the issue's date ("October", "12"), or a made-up pair when it gives none."""
    parts = front.published.split()
    if len(parts) == 3 and parts[0].isdigit():
        return parts[1], parts[0]
    return _MONTHS[(front.year * 5) % 12], str(1 + front.year % 27)


def _structured_abstract(front: Front, heads: tuple[str, ...], caps: bool = False) -> str:
    """The abstract's paragraphs under run-in heads of a journal's own ("BACKGROUND", "Findings"), in order,
    the last paragraph closing with the funder and the registry number in brackets."""
    paragraphs = [b for b in front.doc.abstract if isinstance(b, Para)]
    out = []
    for i, block in enumerate(paragraphs):
        head = heads[min(i, len(heads) - 1)]
        head = head.upper() if caps else head
        extra = ""
        if i == len(paragraphs) - 1 and front.nct:
            extra = f" (Funded by the sponsor; ClinicalTrials.gov number, {escape(front.nct[0])}.)"
        out.append(f'<p><span class="lead">{escape(head)}</span> {inline_html(block.content)}{extra}</p>')
    return "".join(out)


_NEJM_HEADS = ("Background", "Methods", "Results", "Conclusions")


def nejm_html(front: Front) -> str:
    """A New England Journal-like first page: the journal's name in a banner of mixed sizes and cases, an
    "ORIGINAL ARTICLE" kicker, the title in large serif, the authors in capitals, the abstract under run-in
    heads in capitals closing "(Funded by ...; ClinicalTrials.gov number, NCT...)", the DOI only in a small
    line under the abstract ("DOI: 10..."), and a running foot in lowercase "br j cancer 103;8 nejm.org
    october 12, 2010" on every page."""
    month, day = _month_day(front)
    foot = f"{front.abbrev.lower()} {front.volume};{front.issue or '1'} journal.org {month.lower()} {day}, {front.year}"
    css = (
        _BASE
        + f"""
@page {{ size: Letter; margin: 18mm 17mm 18mm 17mm;
        @bottom-left {{ content: counter(page); font: 7pt {SANS}; }}
        @bottom-center {{ content: "{escape(foot)}"; font: 7pt {SANS}; letter-spacing: 0.4pt; }} }}
.banner {{ text-align: center; font-family: {SERIF}; margin-bottom: 4mm; border-bottom: 0.8pt solid #000;
          padding-bottom: 1mm; }}
.banner .big {{ font-size: 20pt; }}
.banner .small {{ font-size: 11pt; font-style: italic; }}
.kicker {{ font-family: {SANS}; font-size: 9pt; font-weight: bold; text-align: center; margin: 2mm 0; }}
h1 {{ font-family: {SERIF}; font-size: 17pt; font-weight: normal; text-align: center; line-height: 1.2;
      margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 7.6pt; text-transform: uppercase; text-align: center; }}
.abstract {{ font-family: {SANS}; border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000;
            padding: 2mm 0; margin: 3mm 0 2mm 0; }}
.doiline {{ font-family: {SANS}; font-size: 6.6pt; margin-bottom: 4mm; }}
"""
    )
    words = front.journal.split()
    banner = " ".join(
        f'<span class="small">{escape(w)}</span>'
        if w.lower() in _SMALL_WORDS
        else f'<span class="big">{escape(w)}</span>'
        for w in words
    )
    body = (
        f'<div class="banner">{banner}</div>'
        '<div class="kicker">ORIGINAL ARTICLE</div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="abstract">{_structured_abstract(front, _NEJM_HEADS, True)}</div>'
        f'<p class="doiline">DOI: {escape(front.doi)}</p>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def lancet_html(front: Front) -> str:
    """A Lancet-like first page: a narrow left column beside the title holding the citation ("Br J Cancer
    2010; 103: 1154–62"), "Published Online" with its date and the DOI as a dx.doi.org address; the title in
    bold sans; the summary under run-in heads "Background", "Methods", "Findings", "Interpretation",
    "Funding"; the running foot "www.journal.com Vol 103 October 12, 2010"."""
    month, day = _month_day(front)
    first, _, last = front.pages.partition("–")
    pages = f"{first}–{last[-2:]}" if last and len(last) == len(first) else front.pages
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 17mm 15mm 17mm 15mm;
        @bottom-left {{ content: "www.journal.com Vol {escape(front.volume)} {month} {day}, {front.year}";
                        font: 7pt {SANS}; }}
        @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
.kicker {{ font-family: {SANS}; font-size: 10pt; color: #1a4f8b; margin-bottom: 3mm; }}
.grid {{ display: flex; gap: 5mm; }}
.side {{ width: 38mm; font-family: {SANS}; font-size: 6.6pt; color: #333; }}
.side p {{ margin-bottom: 2mm; text-align: left; }}
.main {{ flex: 1; }}
h1 {{ font-family: {SANS}; font-size: 15pt; font-weight: bold; line-height: 1.2; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 8.4pt; margin-bottom: 3mm; }}
.abstract {{ font-family: {SANS}; background: #eef3f8; padding: 2mm; margin-bottom: 4mm; }}
"""
    )
    heads = ("Background", "Methods", "Findings", "Interpretation", "Funding")
    body = (
        '<div class="kicker">Articles</div>'
        '<div class="grid"><div class="side">'
        f"<p>{escape(front.abbrev)} {front.year}; {escape(front.volume)}: {escape(pages)}</p>"
        f"<p>Published Online<br>{escape(month)} {day}, {front.year}<br>http://dx.doi.org/{escape(front.doi)}</p>"
        "<p>See Comment page 1102</p></div>"
        f'<div class="main"><h1>{_title(front)}</h1>'
        f'<p class="authors">{_authors(front)}, on behalf of the study investigators*</p>'
        f'<div class="abstract"><p><b>Summary</b></p>{_structured_abstract(front, heads)}</div></div></div>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def ehj_html(front: Front) -> str:
    """A European Heart Journal-like first page: the running head "British Journal of Cancer (2010) 103,
    1154–1162" over "doi:10.1038/...", a kicker in capitals and a subject line under it, the title in bold,
    the dates "Received ...; revised ...; accepted ...; online publish-ahead-of-print ...", the abstract set
    as a two-column table of labels ("Aims", "Methods and results", "Conclusion") and text, then
    "Keywords"."""
    head = f"{escape(front.journal)} ({front.year}) {escape(front.volume)}, {escape(front.pages)}"
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 20mm 17mm 18mm 17mm;
        @top-left {{ content: "{head}\\A doi:{escape(front.doi)}";
                     white-space: pre; font: 7pt {SANS}; }}
        @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
.kicker {{ font-family: {SANS}; font-size: 8pt; font-weight: bold; letter-spacing: 1pt; color: #a0142c; }}
.subject {{ font-family: {SANS}; font-size: 8pt; color: #a0142c; margin-bottom: 3mm; }}
h1 {{ font-family: {SANS}; font-size: 14pt; font-weight: bold; line-height: 1.22; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 8.6pt; margin-bottom: 1mm; }}
.dates {{ font-family: {SANS}; font-size: 7pt; color: #444; margin: 2mm 0; }}
table.abs {{ border-top: 1pt solid #a0142c; border-bottom: 1pt solid #a0142c; border-collapse: collapse;
            font-family: {SANS}; margin-bottom: 3mm; }}
table.abs td {{ vertical-align: top; padding: 1.2mm 2mm; }}
table.abs td.label {{ width: 30mm; font-weight: bold; color: #a0142c; }}
.keywords {{ font-family: {SANS}; font-size: 7.4pt; margin-bottom: 4mm; }}
"""
    )
    labels = ("Aims", "Methods and results", "Methods and results", "Conclusion")
    paragraphs = [b for b in front.doc.abstract if isinstance(b, Para)]
    rows = "".join(
        f'<tr><td class="label">{escape(labels[min(i, len(labels) - 1)])}</td><td>{inline_html(p.content)}</td></tr>'
        for i, p in enumerate(paragraphs)
    )
    body = (
        '<div class="kicker">CLINICAL RESEARCH</div>'
        f'<div class="subject">{escape(front.kind)}</div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f'<p class="dates">{_dates(front, "; ")}</p>'
        f'<table class="abs">{rows}</table>'
        '<p class="keywords"><b>Keywords</b> Randomized trial • Outcomes</p>'
        + (f'<p class="keywords">ClinicalTrials.gov Identifier: {escape(front.nct[0])}</p>' if front.nct else "")
        + f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def wiley_html(front: Front) -> str:
    """A Wiley-like first page: "Received: ... | Revised: ... | Accepted: ..." set over everything at the
    top, "DOI: 10..." right under it, an article-type kicker in spaced capitals with a rule, the title in
    bold sans, authors with superscript marks, a "Funding information" and "Correspondence" box in a left
    column beside the abstract; the foot "Br J Cancer. 2010;103:1154–1162. wileyonlinelibrary.com/journal/x
    © 2010 Wiley Periodicals, Inc." on the first page."""
    month, day = _month_day(front)
    head = " | ".join(
        p
        for p in (
            f"Received: {front.received}" if front.received else "",
            f"Accepted: {front.accepted}" if front.accepted else "",
        )
        if p
    )
    foot = (
        f"{front.abbrev}. {front.year};{front.volume}:{front.pages}. wileyonlinelibrary.com/journal/x "
        f"© {front.year} Wiley Periodicals, Inc."
    )
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 18mm 16mm 18mm 16mm; @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
@page :first {{ @bottom-left {{ content: "{escape(foot)}"; font: 6.5pt {SANS}; }} }}
.dates {{ font-family: {SANS}; font-size: 7pt; color: #444; }}
.doitop {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; }}
.kicker {{ font-family: {SANS}; font-size: 8pt; letter-spacing: 1.5pt; border-bottom: 0.8pt solid #000;
          padding-bottom: 1mm; margin-bottom: 3mm; }}
h1 {{ font-family: {SANS}; font-size: 16pt; font-weight: bold; line-height: 1.2; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 2mm; }}
.grid {{ display: flex; gap: 5mm; margin-bottom: 4mm; }}
.side {{ width: 45mm; font-family: {SANS}; font-size: 6.6pt; }}
.side p {{ text-align: left; margin-bottom: 2mm; }}
.main {{ flex: 1; }}
"""
    )
    body = (
        f'<p class="dates">{escape(head)}</p>'
        f'<p class="doitop">DOI: {escape(front.doi)}</p>'
        f'<div class="kicker">{escape(front.kind.upper())}</div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        '<div class="grid"><div class="side">'
        f"<p><b>Correspondence</b><br>{escape(front.affiliations[0] if front.affiliations else '')}</p>"
        "<p><b>Funding information</b><br>The sponsor of the study.</p></div>"
        f'<div class="main">{_abstract(front)}</div></div>'
        f'<div class="cols">{_body(front)}</div>'
    )
    del month, day
    return _page(css, body, front.doc.slug)


def bmc_html(front: Front) -> str:
    """A BMC-like first page: "Author et al. Journal (2010) 103:1154" and "https://doi.org/10..." in the head,
    "RESEARCH ARTICLE" and "Open Access" set on one line over the title, the title in bold, the abstract
    under bold run-in heads, "Keywords:" and "Trial registration:" lines; the running head on later pages
    "Author et al. Journal (2010) 103:1154 Page 2 of 9"."""
    first = (front.doc.authors.split(",")[0].split() or ["Smith"])[-1]
    cite = f"{first} et al. {front.journal} ({front.year}) {front.volume}:{front.pages.split('–')[0]}"
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 20mm 17mm 18mm 17mm;
        @top-left {{ content: "{escape(cite)}"; font: 7pt {SANS}; }}
        @top-right {{ content: "Page " counter(page) " of 2"; font: 7pt {SANS}; }} }}
@page :first {{ @top-right {{ content: "https://doi.org/{escape(front.doi)}"; font: 7pt {SANS}; }} }}
.kind {{ display: flex; justify-content: space-between; font-family: {SANS}; font-size: 9pt; font-weight: bold;
        border-bottom: 0.8pt solid #000; margin: 2mm 0 3mm 0; }}
h1 {{ font-family: {SANS}; font-size: 16pt; font-weight: bold; line-height: 1.2; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 2mm; }}
.abstract {{ margin-bottom: 4mm; }}
"""
    )
    body = (
        '<div class="kind"><span>RESEARCH ARTICLE</span><span>Open Access</span></div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f"{_abstract(front)}"
        "<p><b>Keywords:</b> Randomised controlled trial, Outcomes</p>"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def weights_html(front: Front) -> str:
    """A first page whose kicker and byline are set in the title's own size and leading, told from it only by
    their weight: "Clinical research" in regular type over the title in bold, the authors in regular type
    right under it."""
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 20mm 18mm 20mm 18mm;
        @bottom-left {{ content: "{escape(_citation(front))}"; font: 7pt {SANS}; }}
        @bottom-right {{ content: "https://doi.org/{escape(front.doi)}"; font: 7pt {SANS}; }} }}
.big {{ font-family: {SANS}; font-size: 14pt; line-height: 1.25; margin: 0; }}
h1.big {{ font-weight: bold; }}
.abstract {{ margin: 4mm 0; }}
"""
    )
    body = (
        '<p class="big">Clinical research</p>'
        f'<h1 class="big">{_title(front)}</h1>'
        f'<p class="big">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f"{_abstract(front)}"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def masthead_html(front: Front) -> str:
    """The journal's name in a banner of four words or more set larger than the title, its words in capitals
    and small words in lowercase ("BRITISH JOURNAL of CANCER"), wrapping in a narrow page; no citation line
    anywhere, the DOI and the year only in a line under the abstract."""
    name = " ".join(w if w.lower() in _SMALL_WORDS else w.upper() for w in front.journal.split())
    css = (
        _BASE
        + f"""
@page {{ size: 150mm 230mm; margin: 14mm 12mm 14mm 12mm;
        @bottom-center {{ content: counter(page); font: 7pt {SANS}; }} }}
.banner {{ font-family: {SERIF}; font-size: 19pt; line-height: 1.1; text-align: center; margin-bottom: 5mm; }}
.kicker {{ font-family: {SANS}; font-size: 8pt; font-weight: bold; text-align: center; margin-bottom: 2mm; }}
h1 {{ font-family: {SERIF}; font-size: 15pt; font-weight: normal; text-align: center; line-height: 1.2;
      margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 8pt; text-align: center; }}
.doiline {{ font-family: {SANS}; font-size: 7pt; margin: 2mm 0 4mm 0; }}
"""
    )
    month, day = _month_day(front)
    body = (
        f'<div class="banner">{escape(name)}</div>'
        '<div class="kicker">ORIGINAL ARTICLE</div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f"{_abstract(front)}"
        f'<p class="doiline">Published {escape(month)} {day}, {front.year}. DOI: {escape(front.doi)}</p>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def graphical_html(front: Front) -> str:
    """A graphical abstract under the abstract on the first page, a box whose heading and key message are set
    larger than the title ("Central illustration" panels), the title in modest bold type at the top."""
    message = " ".join(re.split(r"[:,]", front.short_title)[0].split()[:6])
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 18mm 17mm 18mm 17mm;
        @bottom-left {{ content: "{escape(_citation(front))}"; font: 7pt {SANS}; }}
        @bottom-right {{ content: "https://doi.org/{escape(front.doi)}"; font: 7pt {SANS}; }} }}
h1 {{ font-family: {SANS}; font-size: 13pt; font-weight: bold; line-height: 1.2; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 2mm; }}
.graphical {{ border: 1pt solid #1a4f8b; padding: 3mm; margin: 3mm 0 4mm 0; font-family: {SANS}; }}
.graphical .head {{ font-size: 16pt; font-weight: bold; color: #1a4f8b; }}
.graphical .msg {{ font-size: 16pt; }}
"""
    )
    body = (
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f"{_abstract(front)}"
        '<div class="graphical"><div class="head">Graphical abstract of the key findings</div>'
        f'<div class="msg">{escape(message)} in this randomised trial population</div></div>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def frontiers_html(front: Front) -> str:
    """A Frontiers-like first page: a narrow left column of small type holding "OPEN ACCESS", "Edited by" and
    "Reviewed by" names with their institutions, "*Correspondence", "Specialty section: This article was
    submitted to ..., a section of the journal <journal>", the dates, and a "Citation:" paragraph that
    repeats the whole title in the column's small type before "<abbrev> <volume>:<page>. doi: 10..."; the main
    column opens with "ORIGINAL RESEARCH" and "published: <date>" / "doi: 10..." on the right; the foot
    "<journal> | www.journal.org" and "<month> <year> | Volume <v> | Article <page>"."""
    first = (front.doc.authors.split(",")[0].split() or ["Smith"])[-1]
    title = "".join(r.text for r in front.doc.title if r.kind != "mark")
    month, _ = _month_day(front)
    first_page = escape(front.pages.split("–")[0])
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 16mm 15mm 18mm 15mm;
        @bottom-left {{ content: "{escape(front.journal)} | www.journal.org"; font: 7pt {SANS}; }}
        @bottom-center {{ content: counter(page); font: 7pt {SANS}; }}
        @bottom-right {{ content: "{month} {front.year} | Volume {escape(front.volume)} | Article {first_page}";
                         font: 7pt {SANS}; }} }}
.grid {{ display: flex; gap: 6mm; }}
.side {{ width: 42mm; font-family: {SANS}; font-size: 6.4pt; color: #333; border-right: 0.5pt solid #999;
        padding-right: 3mm; }}
.side p {{ margin-bottom: 2.2mm; text-align: left; text-indent: 0; }}
.main {{ flex: 1; }}
.top {{ display: flex; justify-content: space-between; font-family: {SANS}; font-size: 8pt; margin-bottom: 4mm; }}
.top .kind {{ font-weight: bold; letter-spacing: 1pt; color: #a1005c; }}
.top .pub {{ text-align: right; font-size: 7pt; color: #444; }}
h1 {{ font-family: {SANS}; font-size: 17pt; font-weight: bold; line-height: 1.18; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9pt; font-weight: bold; margin-bottom: 2mm; }}
.abstract {{ margin: 3mm 0 4mm 0; }}
"""
    )
    side = (
        "<p><b>OPEN ACCESS</b></p>"
        "<p><b>Edited by:</b><br>Maria Rossi,<br>University of Milan, Italy</p>"
        "<p><b>Reviewed by:</b><br>Jan Novak,<br>Charles University, Czechia<br>Li Wei,<br>Fudan University, China</p>"
        f"<p><b>*Correspondence:</b><br>{escape(first)}<br>{escape(first.lower())}@hospital.org</p>"
        "<p><b>Specialty section:</b><br>This article was submitted to Clinical Trials, a section of the journal "
        f"{escape(front.journal)}</p>"
        + "".join(
            f"<p><b>{k}:</b> {escape(v)}</p>"
            for k, v in (("Received", front.received), ("Accepted", front.accepted), ("Published", front.published))
            if v
        )
        + f"<p><b>Citation:</b><br>{escape(first)} et al. ({front.year}) {escape(title)}. {escape(front.abbrev)} "
        f"{escape(front.volume)}:{escape(front.pages.split('–')[0])}. doi: {escape(front.doi)}</p>"
    )
    body = (
        '<div class="top"><span class="kind">ORIGINAL RESEARCH</span>'
        f'<span class="pub">published: {escape(front.published)}<br>doi: {escape(front.doi)}</span></div>'
        f'<div class="grid"><div class="side">{side}</div>'
        f'<div class="main"><h1>{_title(front)}</h1>'
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f"{_abstract(front)}</div></div>"
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def jco_html(front: Front) -> str:
    """A JCO-like first page: an "original reports" kicker in small capitals over a rule, the title, the
    authors, a left column "ASSOCIATED CONTENT" / "Appendix" / "Protocol" / "Accepted on <date> and published
    at journal.org on <date of the year before the issue>: DOI https://doi.org/10...." (the sentence's
    full stop after the DOI, a line in capitals under it) / "Clinical trial information: NCT...", the
    abstract under run-in heads in capitals; the first page's foot "© <year> by the Society" and the running
    foot "<abbrev> <year>;<volume>:<pages>". The online date a year before the issue is no publication year."""
    month, day = _month_day(front)
    cite = f"{front.abbrev} {front.year};{front.volume}:{front.pages}"
    css = (
        _BASE
        + f"""
@page {{ size: 8.5in 11in; margin: 16mm 16mm 18mm 16mm;
        @bottom-left {{ content: "{escape(cite)}"; font: 7pt {SANS}; }}
        @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
@page :first {{ @bottom-left {{ content: "{escape(cite)} · © {front.year} by the Society of Clinical Oncology";
                               font: 6.5pt {SANS}; }} }}
.kicker {{ font-family: {SANS}; font-variant: small-caps; font-size: 10pt; color: #00558c;
          border-bottom: 1pt solid #00558c; margin-bottom: 3mm; }}
h1 {{ font-family: {SANS}; font-size: 16pt; font-weight: bold; line-height: 1.2; margin: 0 0 2mm 0; }}
.authors {{ font-family: {SANS}; font-size: 8.4pt; margin-bottom: 4mm; }}
.grid {{ display: flex; gap: 5mm; margin-bottom: 4mm; }}
.side {{ width: 40mm; font-family: {SANS}; font-size: 6.4pt; color: #333; }}
.side p {{ margin-bottom: 2mm; text-align: left; text-indent: 0; }}
.side .label {{ font-weight: bold; color: #00558c; }}
.main {{ flex: 1; }}
"""
    )
    nct = f"<p>Clinical trial information: {escape(front.nct[0])}</p>" if front.nct else ""
    heads = ("PURPOSE", "PATIENTS AND METHODS", "RESULTS", "CONCLUSION")
    body = (
        '<div class="kicker">original reports</div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        '<div class="grid"><div class="side">'
        '<p class="label">ASSOCIATED CONTENT</p><p>Appendix</p><p>Protocol</p>'
        "<p>Author affiliations and support information (if applicable) appear at the end of this article.</p>"
        f"<p>Accepted on {escape(month)} {day}, {front.year - 1} and published at journal.org on "
        f"{escape(_MONTHS[(front.year * 5) % 12])} 4, {front.year - 1}: DOI https://doi.org/{escape(front.doi)}.</p>"
        f"{nct}<p>Data Supplement available online.</p></div>"
        f'<div class="main">{_structured_abstract(front, heads, caps=True)}</div></div>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def elsevier_html(front: Front) -> str:
    """An Elsevier-like first page: a masthead box "Contents lists available at ScienceDirect" over the
    journal's name set large and centred and "journal homepage: www.elsevier.com/locate/x", a citation line
    "<journal> <volume> (<year>) <pages>" over it, an "Original Research" kicker, the title, the authors, then
    "ARTICLE INFO" (an article history with its dates, keywords) beside "ABSTRACT"; the first page's foot
    "https://doi.org/10..." over "0959-8049/© <year> Elsevier Ltd. All rights reserved."."""
    cite = f"{front.journal} {front.volume} ({front.year}) {front.pages}"
    rights = f"0959-8049/© {front.year} Elsevier Ltd. All rights reserved."
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 14mm 15mm 18mm 15mm;
        @bottom-center {{ content: counter(page); font: 7pt {SANS}; }} }}
@page :first {{ @bottom-left {{ content: "https://doi.org/{escape(front.doi)}\\A {rights}";
                               white-space: pre; font: 6.5pt {SANS}; }} }}
.cite {{ font-family: {SANS}; font-size: 7.5pt; text-align: center; color: #333; margin-bottom: 2mm; }}
.mast {{ border-top: 2pt solid #e9711c; border-bottom: 0.8pt solid #999; padding: 2mm 0; margin-bottom: 5mm;
        text-align: center; font-family: {SANS}; }}
.mast .lists {{ font-size: 7pt; color: #333; }}
.mast .name {{ font-size: 15pt; color: #e9711c; margin: 1mm 0; }}
.mast .home {{ font-size: 7pt; color: #333; }}
.kicker {{ font-family: {SANS}; font-size: 8pt; color: #555; margin-bottom: 2mm; }}
h1 {{ font-family: {SERIF}; font-size: 14.5pt; line-height: 1.22; margin: 0 0 3mm 0; font-weight: normal; }}
.authors {{ font-family: {SERIF}; font-size: 9.5pt; margin-bottom: 2mm; }}
.grid {{ display: flex; gap: 6mm; border-top: 0.6pt solid #000; padding-top: 2mm; margin: 3mm 0 4mm 0; }}
.info {{ width: 45mm; font-size: 7pt; }}
.info p {{ text-align: left; text-indent: 0; }}
.info .h, .absh {{ font-family: {SANS}; font-size: 7.5pt; letter-spacing: 1pt; border-bottom: 0.5pt solid #000;
                  margin-bottom: 1.5mm; }}
.main {{ flex: 1; }}
"""
    )
    history = "".join(
        f"<p>{k} {escape(v)}</p>"
        for k, v in (
            ("Received", front.received),
            ("Accepted", front.accepted),
            ("Available online", front.published),
        )
        if v
    )
    body = (
        f'<div class="cite">{escape(cite)}</div>'
        '<div class="mast"><div class="lists">Contents lists available at ScienceDirect</div>'
        f'<div class="name">{escape(front.journal)}</div>'
        '<div class="home">journal homepage: www.elsevier.com/locate/x</div></div>'
        '<div class="kicker">Original Research</div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        '<div class="grid"><div class="info"><div class="h">ARTICLE INFO</div>'
        f"<p><i>Article history:</i></p>{history}"
        "<p><i>Keywords:</i></p><p>Clinical trial</p><p>Survival</p></div>"
        f'<div class="main"><div class="absh">ABSTRACT</div>{_abstract(front)}</div></div>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def jama_html(front: Front) -> str:
    """A JAMA-like first page: "Research" and "<journal> | Original Investigation" over the title, the authors,
    then a "Key Points" box in a narrow left column ("Question", "Findings", "Meaning", each a run-in head of
    a sentence) with "Supplemental content" and "Invited Commentary page 1234" in that column, beside the
    abstract under capital run-in heads; under the abstract "Author Affiliations", "Corresponding Author" and
    the citation "<abbrev>. <year>;<volume>(<issue>):<pages>. doi:10... Published online <date a year before>."."""
    month, day = _month_day(front)
    issue = f"({front.issue})" if front.issue else ""
    css = (
        _BASE
        + f"""
@page {{ size: 8.5in 11in; margin: 15mm 15mm 17mm 15mm;
        @bottom-left {{ content: "{escape(front.abbrev)}. {front.year};{escape(front.volume)}{escape(issue)}";
                        font: 7pt {SANS}; }}
        @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
.research {{ font-family: {SANS}; font-size: 9pt; font-weight: bold; color: #b3002d; }}
.kind {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 3mm; }}
h1 {{ font-family: {SANS}; font-size: 18pt; font-weight: bold; line-height: 1.15; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 8.4pt; margin-bottom: 4mm; }}
.grid {{ display: flex; gap: 5mm; margin-bottom: 4mm; }}
.side {{ width: 48mm; font-family: {SANS}; font-size: 7pt; }}
.keypoints {{ background: #f3e6ea; padding: 2mm; margin-bottom: 3mm; }}
.keypoints .h {{ font-size: 9pt; font-weight: bold; color: #b3002d; margin-bottom: 1mm; }}
.side p {{ text-align: left; text-indent: 0; margin-bottom: 1.5mm; }}
.main {{ flex: 1; }}
.after {{ font-family: {SANS}; font-size: 7pt; margin-top: 2mm; }}
.after p {{ text-indent: 0; margin-bottom: 1mm; }}
"""
    )
    heads = ("IMPORTANCE", "OBJECTIVE", "DESIGN, SETTING, AND PARTICIPANTS", "RESULTS", "CONCLUSIONS AND RELEVANCE")
    short = " ".join(re.split(r"[:,]", front.short_title)[0].split()[:6])
    keypoints = (
        '<div class="keypoints"><div class="h">Key Points</div>'
        f"<p><b>Question</b> Does the treatment studied in {escape(short)} improve outcomes?</p>"
        "<p><b>Findings</b> In this trial, the treatment was active and its toxic effects were manageable.</p>"
        "<p><b>Meaning</b> These findings support further study of the treatment.</p></div>"
    )
    affiliation = front.affiliations[0] if front.affiliations else ""
    after = (
        f'<div class="after"><p><b>Author Affiliations:</b> {escape(affiliation)}</p>'
        f"<p><b>Corresponding Author:</b> {escape(front.doc.authors.split(',')[0])}.</p>"
        f"<p><i>{escape(front.abbrev)}. {front.year};{escape(front.volume)}{escape(issue)}:{escape(front.pages)}. "
        f"doi:{escape(front.doi)} Published online {escape(month)} {day}, {front.year - 1}.</i></p></div>"
    )
    body = (
        '<div class="research">Research</div>'
        f'<div class="kind">{escape(front.journal)} | Original Investigation</div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="grid"><div class="side">{keypoints}<p>+ Supplemental content</p>'
        "<p>Invited Commentary page 1234</p></div>"
        f'<div class="main">{_structured_abstract(front, heads, caps=True)}{after}</div></div>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


def nature_html(front: Front) -> str:
    """A Nature Portfolio-like first page (2020s): the journal's name as a banner in lowercase bold
    ("british journal of cancer"), "Article" over a rule with "https://doi.org/10..." on its right, the
    title, the authors with "&" before the last, a narrow left column "Received: ..." / "Accepted: ..." /
    "Published online: ..." / "Check for updates" beside the abstract set in bold at the body's size; the first
    page's foot "<Journal> | Volume <v> | <Month> <year> | <pages>"."""
    month, _ = _month_day(front)
    foot = f"{front.journal} | Volume {front.volume} | {month} {front.year} | {front.pages}"
    authors = front.doc.authors
    if ", " in authors:
        head, _, last = authors.rpartition(", ")
        authors = f"{head} & {last}"
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 15mm 16mm 18mm 16mm; @bottom-right {{ content: counter(page); font: 7pt {SANS}; }} }}
@page :first {{ @bottom-left {{ content: "{escape(foot)}"; font: 7pt {SANS}; }} }}
.banner {{ font-family: {SANS}; font-size: 16pt; font-weight: bold; text-transform: lowercase; margin-bottom: 3mm; }}
.kind {{ display: flex; justify-content: space-between; font-family: {SANS}; font-size: 8pt;
        border-bottom: 0.6pt solid #000; padding-bottom: 1mm; margin-bottom: 4mm; }}
h1 {{ font-family: {SANS}; font-size: 20pt; font-weight: bold; line-height: 1.12; margin: 0 0 3mm 0; }}
.authors {{ font-family: {SANS}; font-size: 9pt; margin-bottom: 4mm; }}
.grid {{ display: flex; gap: 5mm; margin-bottom: 4mm; }}
.side {{ width: 32mm; font-family: {SANS}; font-size: 6.8pt; color: #333; }}
.side p {{ text-align: left; text-indent: 0; margin-bottom: 1.2mm; }}
.main {{ flex: 1; font-weight: bold; }}
.main .abstract h2 {{ display: none; }}
"""
    )
    dates = "".join(
        f"<p>{k}: {escape(v)}</p>"
        for k, v in (("Received", front.received), ("Accepted", front.accepted), ("Published online", front.published))
        if v
    )
    body = (
        f'<div class="banner">{escape(front.journal)}</div>'
        f'<div class="kind"><span>Article</span><span>https://doi.org/{escape(front.doi)}</span></div>'
        f"<h1>{_title(front)}</h1>"
        f'<p class="authors">{escape(authors)}</p>'
        f'<div class="grid"><div class="side">{dates}<p>Check for updates</p></div>'
        f'<div class="main">{_abstract(front)}</div></div>'
        f'<div class="cols">{_body(front)}</div>'
    )
    return _page(css, body, front.doc.slug)


_LABELS = ("Title:", "Article title:", "TITLE:")


def accepted_html(front: Front) -> str:
    """A journal's accepted-manuscript cover sheet before the article: its labels set on one line with their
    values in the sheet's largest type ("Title: <title>", "Article title: ...", "TITLE: ..."), "Authors:",
    "Journal:", "DOI:", "Accepted date:"; the article's own first page after it sets its title smaller than the
    sheet's."""
    label = _LABELS[sum(map(ord, front.doc.slug)) % len(_LABELS)]
    css = (
        _BASE
        + _PLAIN_CSS
        + f"""
@page {{ size: A4; margin: 20mm 20mm 20mm 20mm; }}
.sheet {{ font-family: {SANS}; font-size: 10pt; page-break-after: always; }}
.sheet .banner {{ font-size: 9pt; color: #555; margin-bottom: 10mm; }}
.sheet .t {{ font-size: 17pt; line-height: 1.25; margin-bottom: 5mm; }}
.sheet .t b {{ font-weight: bold; }}
.sheet p {{ text-align: left; text-indent: 0; margin-bottom: 2mm; }}
h1 {{ font-size: 14pt; }}
"""
    )
    sheet = (
        '<div class="sheet"><div class="banner">Accepted Manuscript</div>'
        f'<div class="t"><b>{label}</b> {_title(front)}</div>'
        f"<p><b>Authors:</b> {_authors(front)}</p>"
        f"<p><b>Journal:</b> {escape(front.journal)}</p>"
        f"<p><b>DOI:</b> {escape(front.doi)}</p>"
        f"<p><b>Accepted date:</b> {_month_day(front)[0]} {front.year}</p>"
        "<p>This is a PDF file of an article that has been accepted for publication. It will undergo copyediting "
        "and typesetting before it is published in its final form.</p></div>"
    )
    return _page(css, sheet + _plain_article(front), front.doc.slug)


def fullstop_html(front: Front) -> str:
    """An older clinical-pharmacology journal's first page: the title set with a full stop at its end
    ("... in healthy volunteers."), the authors and affiliations under it, "Aims"/"Methods"/"Results" as run-in
    heads of the abstract, the citation "<abbrev> <year>; <volume>: <pages>" in the foot and, on its right, the
    DOI set tight between the journal's name and the copyright ("BrJCancer10.1038/...© 2010": the text layer
    glues them into one word)."""
    css = (
        _BASE
        + f"""
@page {{ size: A4; margin: 18mm 18mm 20mm 18mm;
        @bottom-left {{ content: "{escape(front.abbrev)} {front.year}; {escape(front.volume)}: {escape(front.pages)}";
                        font: 7pt {SANS}; }}
        @bottom-right {{ content: "{escape(front.abbrev.replace(" ", ""))}{escape(front.doi)}© {front.year}";
                         font: 7pt {SANS}; }} }}
h1 {{ font-family: {SERIF}; font-size: 17pt; font-weight: normal; line-height: 1.2; margin: 4mm 0 3mm 0; }}
.authors {{ font-size: 9.5pt; font-style: italic; margin-bottom: 1mm; }}
"""
    )
    body = (
        f"<h1>{_title(front)}.</h1>"
        f'<p class="authors">{_authors(front)}</p>'
        f'<div class="affs">{_affiliations(front)}</div>'
        f"{_structured_abstract(front, ('Aims', 'Methods', 'Results', 'Conclusions'))}"
        f'<div class="cols">{_body(front, 6)}</div>'
    )
    return _page(css, body, front.doc.slug)


STYLES: dict[str, Callable[[Front], str]] = {
    "kicker": kicker_html,
    "caps": caps_html,
    "smallcaps": smallcaps_html,
    "long": long_html,
    "twocol": twocol_html,
    "banner": banner_html,
    "cover": cover_html,
    "manuscript": manuscript_html,
    "abstracts": abstracts_html,
    "nejm": nejm_html,
    "lancet": lancet_html,
    "ehj": ehj_html,
    "wiley": wiley_html,
    "bmc": bmc_html,
    "weights": weights_html,
    "masthead": masthead_html,
    "graphical": graphical_html,
    "frontiers": frontiers_html,
    "jco": jco_html,
    "elsevier": elsevier_html,
    "jama": jama_html,
    "nature": nature_html,
    "accepted": accepted_html,
    "fullstop": fullstop_html,
}


def golden(front: Front, style: str, pdf_name: str, source: dict[str, str]) -> dict[str, Any]:
    metadata: dict[str, Any] = {
        "nct_ids": front.nct,
        "doi": front.doi,
        "title": "".join(r.text for r in front.doc.title if r.kind != "mark"),
        "journal": front.journal,
        "year": front.year,
    }
    if front.acronym:
        metadata["acronym"] = front.acronym
    keys = ("slug", "repo", "commit", "path", "journal_year", "nct_id", "licence", "pmcid", "doi")
    return {
        "pdf": pdf_name,
        "origin": ORIGIN,
        "source": {k: source[k] for k in keys if source.get(k)} | {"title_style": style},
        "verified": (
            "Typeset by tests/typeset/title_pages.py from the JATS front matter; metadata from article-title, "
            "article-id (doi), journal-title and the issue's pub-date; pages checked with pdftoppm -r 60."
        ),
        "metadata": metadata,
        "tables": [],
        "text": [],
    }


def build(out: Path = OUT, only: list[str] | None = None, corpus: Path = CORPUS) -> list[Path]:
    table = sources(corpus)
    written = []
    for slug, source in sorted(table.items()):
        xml = next(corpus.glob(slug + ".*"))
        nct = [source["nct_id"]] if source["nct_id"].startswith("NCT") else []
        front = read_front(xml, slug, nct)
        for style, html in STYLES.items():
            name = f"title-{style}-{slug.split('-')[0]}"
            if only and not any(o in name for o in only):
                continue
            pdf = out / "pdfs" / f"{name}.pdf"
            render(html(front), pdf)
            path = out / "golden" / f"{name}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            data = golden(front, style, pdf.name, source)
            path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(pdf)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.typeset.title_pages", description=__doc__)
    parser.add_argument("--out-dir", type=Path, default=OUT)
    parser.add_argument("--only", nargs="*", help="parts of fixture names (title-<style>-<article>)")
    args = parser.parse_args(argv)
    for pdf in build(args.out_dir, args.only):
        print(pdf.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
