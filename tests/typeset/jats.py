"""PMC JATS XML -> document model: front matter, abstract, body prose, figures and tables.

Tables and figures are placed after the first paragraph that cites them, as a typesetter floats
them.  Table cells keep their rowspan/colspan; leading em-spaces (or, in tables without any, leading
no-break spaces) in stub cells become indentation levels; footnote marks (<xref ref-type="table-fn">,
<sup>a</sup>, <sup>*</sup>) become mark runs, which golden labels drop.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from .model import Block, Cell, Document, Figure, Heading, Inline, Para, Row, Run, RunKind, Table

_MARK = re.compile(r"^(?:[a-z](?:\s?[,–-]\s?[a-z])*|[*†‡§¶#]+)$")
_LEADING_WS = re.compile(r"^[\s\u00a0\u2000-\u200b\u202f]+")
_INLINE_KINDS: dict[str, RunKind] = {"italic": "italic", "bold": "bold", "sub": "sub"}
_SKIP = {"fn", "table-wrap", "fig", "disp-formula", "graphic", "alternatives", "media", "label"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def inline(el: ET.Element, kind: RunKind = "text") -> list[Run]:
    """Runs for an element's mixed content."""
    runs: list[Run] = []
    if el.text:
        runs.append(Run(el.text, kind))
    for child in el:
        tag = _local(child.tag)
        if tag in _SKIP:
            pass
        elif tag == "break":
            runs.append(Run("", "break"))
        elif tag == "xref" and child.get("ref-type") == "bibr":
            runs.append(Run("".join(child.itertext()), "ref"))
        elif tag == "xref" and child.get("ref-type") in ("table-fn", "fn"):
            runs.append(Run("".join(child.itertext()).strip(), "mark"))
        elif tag == "sup":
            text = "".join(child.itertext())
            if _MARK.match(text.strip()):
                runs.append(Run(text.strip(), "mark"))
            elif kind == "text" or kind in ("italic", "bold"):
                runs.extend(Run(r.text, "sup") if r.kind not in ("mark", "ref") else r for r in inline(child))
            else:
                runs.extend(inline(child, kind))
        elif tag in _INLINE_KINDS:
            inner = _INLINE_KINDS[tag] if kind in ("text", "italic", "bold") else kind
            runs.extend(inline(child, inner))
        else:
            runs.extend(inline(child, kind))
        if child.tail:
            runs.append(Run(child.tail, kind))
    return runs


def merged(runs: list[Run]) -> Inline:
    """Adjacent runs of a kind joined, whitespace collapsed; a line break of the XML layout right
    before a subscript or superscript is dropped (<italic>V</italic>\n<sub>ss</sub> is Vss)."""
    runs = [
        r
        for r, nxt in zip(runs, [*runs[1:], None], strict=False)
        if not (
            r.kind == "text"
            and "\n" in r.text
            and not r.text.strip()
            and nxt is not None
            and nxt.kind in ("sub", "sup", "mark")
        )
    ]
    out: list[Run] = []
    for run in runs:
        if run.kind != "break" and not run.text:
            continue
        if out and out[-1].kind == run.kind and run.kind not in ("break", "mark", "ref"):
            out[-1] = Run(out[-1].text + run.text, run.kind)
        else:
            out.append(run)
    text_collapse = [Run(re.sub(r"[ \t\n\r]+", " ", r.text), r.kind) for r in out]
    return tuple(text_collapse)


def inline_of(el: ET.Element | None) -> Inline:
    return merged(inline(el)) if el is not None else ()


def _strip(content: Inline) -> Inline:
    runs = list(content)
    while runs and runs[0].kind in ("text", "italic", "bold") and not runs[0].text.strip():
        runs.pop(0)
    while runs and runs[-1].kind in ("text", "italic", "bold", "break") and not runs[-1].text.strip():
        runs.pop()
    if runs and runs[0].kind in ("text", "italic", "bold"):
        runs[0] = Run(runs[0].text.lstrip(" \n\t"), runs[0].kind)
    if runs and runs[-1].kind in ("text", "italic", "bold"):
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].kind)
    return tuple(runs)


# --- tables -----------------------------------------------------------------------------------------


def _rows(section: ET.Element | None) -> list[list[ET.Element]]:
    if section is None:
        return []
    return [[c for c in tr if _local(c.tag) in ("td", "th")] for tr in section.iter() if _local(tr.tag) == "tr"]


def _cell(el: ET.Element, header: bool) -> Cell:
    return Cell(
        inline_of(el),
        colspan=int(el.get("colspan", "1") or 1),
        rowspan=int(el.get("rowspan", "1") or 1),
        header=header,
    )


def _indent_stubs(body: list[Row]) -> None:
    """Leading spaces of the first cell -> indent level (and stripped from the text)."""
    leads: list[str] = []
    for row in body:
        first = row.cells[0].content if row.cells else ()
        text = first[0].text if first and first[0].kind in ("text", "italic", "bold") else ""
        m = _LEADING_WS.match(text)
        leads.append(m.group(0) if m else "")
    uses_em = any("\u2003" in lead or "\u2002" in lead for lead in leads)

    def raw_level(lead: str) -> float:
        if uses_em:
            return lead.count("\u2003") + 0.5 * lead.count("\u2002")
        return 1.0 if lead.strip(" \t\r\n") else 0.0

    levels = sorted({raw_level(lead) for lead in leads})
    rank = {lvl: i for i, lvl in enumerate(levels)}
    for row, lead in zip(body, leads, strict=True):
        if not row.cells:
            continue
        cell = row.cells[0]
        cell.indent = rank[raw_level(lead)]
        cell.content = _strip(cell.content)
    for row in body:
        for cell in row.cells[1:]:
            cell.content = _strip(cell.content)


def _unstagger(body: list[Row]) -> None:
    """A PMC conversion artifact: a stub spanning two rows beside one-row values, then a row of values that
    all span two rows with no stub, then a row holding only a stub.  The second row's values are the third
    row's (a Word table's two-line labels); set them on one row each, as the source table meant."""
    i = 0
    while i + 2 < len(body):
        a, b, c = body[i].cells, body[i + 1].cells, body[i + 2].cells
        if (
            len(a) >= 2
            and a[0].rowspan == 2
            and all(x.rowspan == 1 for x in a[1:])
            and len(b) == len(a) - 1
            and all(x.rowspan == 2 for x in b)
            and len(c) == 1
            and c[0].rowspan == 1
        ):
            a[0].rowspan = 1
            for x in b:
                x.rowspan = 1
            body[i + 1] = Row([c[0], *b])
            del body[i + 2]
        i += 1


def _grid(table_el: ET.Element) -> tuple[list[Row], list[Row]]:
    thead = next((e for e in table_el.iter() if _local(e.tag) == "thead"), None)
    tbodies = [e for e in table_el.iter() if _local(e.tag) == "tbody"]
    header = [Row([_cell(c, True) for c in r]) for r in _rows(thead)]
    body = [Row([_cell(c, False) for c in r]) for tb in tbodies for r in _rows(tb)]
    if not header and body and all(c.header for c in body[0].cells):
        header, body = body[:1], body[1:]
    _unstagger(body)
    for row in header:
        for cell in row.cells:
            cell.content = _strip(cell.content)
    _indent_stubs(body)
    return header, body


def _notes(wrap: ET.Element) -> list[Inline]:
    notes: list[Inline] = []
    for foot in (e for e in wrap if _local(e.tag) == "table-wrap-foot"):
        for item in foot:
            tag = _local(item.tag)
            if tag == "fn":
                lab = next((e for e in item if _local(e.tag) == "label"), None)
                lead = (Run("".join(lab.itertext()).strip(), "mark"),) if lab is not None else ()
                for p in (e for e in item if _local(e.tag) == "p"):
                    notes.append(lead + _strip(inline_of(p)))
                    lead = ()
            elif tag == "p":
                notes.append(_strip(inline_of(item)))
            elif tag == "fn-group":
                notes.extend(_strip(inline_of(p)) for p in item.iter() if _local(p.tag) == "p")
    return [n for n in notes if n]


def _caption_parts(wrap: ET.Element) -> tuple[str, Inline, list[Inline]]:
    lab = next((e for e in wrap if _local(e.tag) == "label"), None)
    label = re.sub(r"\s+", " ", "".join(lab.itertext())).strip().rstrip(".") if lab is not None else ""
    cap = next((e for e in wrap if _local(e.tag) == "caption"), None)
    if cap is None:
        return label, (), []
    title = next((e for e in cap if _local(e.tag) == "title"), None)
    paras = [e for e in cap if _local(e.tag) == "p"]
    if title is None and paras:
        title, paras = paras[0], paras[1:]
    return label, _strip(inline_of(title)), [_strip(inline_of(p)) for p in paras]


def read_table(wrap: ET.Element, key: str) -> Table:
    label, title, extra = _caption_parts(wrap)
    tables = [e for e in wrap.iter() if _local(e.tag) == "table"]
    header, body = _grid(tables[0])
    return Table(
        key=key,
        label=label,
        title=title,
        header=header,
        body=body,
        notes=extra + _notes(wrap),
        extra_tables=[_grid(t) for t in tables[1:]],
    )


def read_figure(fig: ET.Element) -> Figure:
    label, title, paras = _caption_parts(fig)
    return Figure(label or "Fig.", [title, *paras] if title else paras or [()], height_mm=42)


# --- prose ------------------------------------------------------------------------------------------


def _cited(el: ET.Element) -> list[str]:
    ids: list[str] = []
    for x in el.iter():
        if _local(x.tag) == "xref" and x.get("ref-type") in ("table", "fig"):
            ids.extend((x.get("rid") or "").split())
    return ids


def _blocks(el: ET.Element, depth: int, floats: dict[str, Block], placed: set[str]) -> list[Block]:
    out: list[Block] = []
    for child in el:
        tag = _local(child.tag)
        if tag == "title":
            continue
        if tag == "sec":
            title = next((e for e in child if _local(e.tag) == "title"), None)
            if title is not None:
                out.append(Heading(_strip(inline_of(title)), depth))
            out.extend(_blocks(child, depth + 1, floats, placed))
        elif tag == "p":
            content = _strip(inline_of(child))
            if content:
                out.append(Para(content))
            for rid in _cited(child):
                if rid in floats and rid not in placed:
                    placed.add(rid)
                    out.append(floats[rid])
        elif tag == "list":
            for item in (e for e in child.iter() if _local(e.tag) == "list-item"):
                for p in (e for e in item if _local(e.tag) == "p"):
                    out.append(Para((Run("• "), *_strip(inline_of(p)))))
    return out


def _text(el: ET.Element | None) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""


def _find(root: ET.Element, path: str) -> ET.Element | None:
    return root.find(path)


def _date(el: ET.Element) -> str:
    parts = [_text(el.find(p)) for p in ("day", "month", "year")]
    months = [
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
    day, month, year = parts
    if month.isdigit():
        month = months[int(month) - 1]
    return " ".join(p for p in (day.lstrip("0"), month, year) if p)


def read_article(path: Path, slug: str, style: str, nct_ids: list[str]) -> Document:
    root = ET.parse(path).getroot()
    article = root if _local(root.tag) == "article" else next(e for e in root.iter() if _local(e.tag) == "article")
    meta = article.find("front/article-meta")
    jmeta = article.find("front/journal-meta")
    assert meta is not None and jmeta is not None
    journal = _text(jmeta.find(".//journal-title"))
    doi = _text(meta.find("article-id[@pub-id-type='doi']"))
    title = _strip(inline_of(meta.find("title-group/article-title")))
    names = []
    for contrib in meta.findall("contrib-group/contrib[@contrib-type='author']"):
        name = contrib.find("name")
        if name is not None:
            names.append(f"{_text(name.find('given-names'))} {_text(name.find('surname'))}".strip())
        elif contrib.find("collab") is not None:
            names.append(_text(contrib.find("collab")))
    authors = ", ".join(names[:8]) + (" et al." if len(names) > 8 else "")
    dates = [
        f"{d.get('date-type', '').capitalize()}: {_date(d)}"
        for d in meta.findall("history/date")
        if d.get("date-type") in ("received", "accepted")
    ]
    year = _text(meta.find("pub-date/year"))
    volume, issue, fpage = (_text(meta.find(p)) for p in ("volume", "issue", "fpage"))
    citation = f"{journal} ({year}) {volume}" + (f"({issue})" if issue else "") + (f":{fpage}" if fpage else "")

    floats: dict[str, Block] = {}
    n_tables = 0
    for el in article.iter():
        tag = _local(el.tag)
        if tag == "table-wrap" and el.get("id"):
            n_tables += 1
            floats[el.get("id", "")] = read_table(el, f"t{n_tables}")
        elif tag == "fig" and el.get("id"):
            floats[el.get("id", "")] = read_figure(el)
    placed: set[str] = set()
    abstract_el = next((a for a in meta.findall("abstract") if not a.get("abstract-type")), meta.find("abstract"))
    abstract: list[Block] = [Heading((Run("Abstract"),), 1)]
    if abstract_el is not None:
        for sec in abstract_el.findall("sec") or [abstract_el]:
            lead = _text(sec.find("title")) if sec is not abstract_el else ""
            for p in sec.findall("p"):
                abstract.append(Para(_strip(inline_of(p)), lead=f"{lead}:" if lead else ""))
                lead = ""
    body_el = article.find("body")
    body = _blocks(body_el, 1, floats, placed) if body_el is not None else []
    body.extend(b for rid, b in floats.items() if rid not in placed)
    return Document(
        slug=slug,
        style=style,
        journal=journal,
        doi=doi,
        title=title,
        nct_ids=nct_ids,
        citation=citation,
        authors=authors,
        dates=dates,
        abstract=abstract,
        body=body,
    )
