"""Document model -> HTML (one string, CSS inlined) for weasyprint.

Every table body row gets the id "<table key>-r<index>" and every caption "<table key>-cap", so
`render.page_of` can tell on which PDF page each golden cell fell.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from html import escape

from .inline import is_empty
from .model import Block, Cell, Document, Figure, Heading, Inline, Para, Row, Run, Table
from .structure import expand
from .styles import STYLES, TIGHT_CSS, Style
from .zoo_styles import ZOO_STYLES

_ALL_STYLES = {**STYLES, **ZOO_STYLES}

_TAGS = {"italic": "i", "bold": "b", "sup": "sup", "sub": "sub"}


def inline_html(content: Inline) -> str:
    out: list[str] = []
    for run in content:
        text = escape(run.text, quote=False)
        if run.kind in _TAGS:
            tag = _TAGS[run.kind]
            text = f"<{tag}>{text}</{tag}>"
        elif run.kind in ("mark", "ref"):
            text = f'<sup class="{run.kind}">{text}</sup>'
        elif run.kind == "break":
            text = "<br>"
        elif run.kind in ("ap", "bp"):
            text = f'<span class="{run.kind}">{text}</span>'
        out.append(f'<span id="{escape(run.anchor)}">{text}</span>' if run.anchor else text)
    return "".join(out)


def _cell_html(cell: Cell, tag: str, classes: list[str]) -> str:
    attrs = ""
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if classes:
        attrs += f' class="{" ".join(classes)}"'
    return f"<{tag}{attrs}>{inline_html(cell.content)}</{tag}>"


def _header_html(table: Table, rows: list[Row]) -> str:
    grid = expand(rows)
    out = []
    for r, row in enumerate(rows):
        cells = []
        origin_cols = [c for c, (_, origin) in sorted(grid[r].items()) if origin]
        for cell, col in zip(row.cells, origin_cols, strict=False):
            classes = ["stubh"] if col < table.stub_cols else []
            if cell.colspan > 1 and r + cell.rowspan < len(rows):
                classes.append("span")
            cells.append(_cell_html(cell, "th", classes))
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(out)


_ALIGNED = re.compile(r"^(?P<a>[<>]?\d[\d.,]*)\s+(?P<b>\(\s*<?\s*\d[\d.]*\s*%?\)|±\s*\d[\d.]*)$")


def _aligned_cell(cell: Cell) -> Cell | None:
    """A value cell of a number and one bracketed number ("14 (93.3)", "71.4 ± 8.5") set in two boxes, each
    right-aligned, so a column's counts and its brackets (decimal points) line up; a range stays one text."""
    runs = list(cell.content)
    if not runs or runs[0].kind != "text":
        return None
    text = runs[0].text
    if re.fullmatch(r"\d[\d.,]*", text):  # a bare count ("0") stands in the counts' box, the bracket's left empty
        return replace(cell, content=(Run(text, "ap"), Run("", "bp"), *runs[1:]))
    m = _ALIGNED.match(text)
    if not m:
        return None
    return replace(cell, content=(Run(m["a"], "ap"), Run(m["b"], "bp"), *runs[1:]))


def _body_html(
    table: Table, rows: list[Row], key: str, start: int = 0, leaders: bool = False, aligned: bool = False
) -> str:
    """Body rows with ids key-r<start + index>; `leaders` marks the label cell of rows that hold values;
    `aligned` sets each value cell's number and bracket in aligned boxes (`_aligned_cell`)."""
    grid = expand(rows)
    out = []
    for r, row in enumerate(rows):
        origin_cols = [c for c, (_, origin) in sorted(grid[r].items()) if origin]
        cells = []
        data = leaders and any(
            not is_empty(cell.content)
            for cell, col in zip(row.cells, origin_cols, strict=False)
            if col >= table.stub_cols
        )
        for cell, col in zip(row.cells, origin_cols, strict=False):
            classes = ["stub"] if col < table.stub_cols else ["v"]
            if cell.indent:
                classes.append(f"l{min(cell.indent, 3)}")
            if data and col == table.stub_cols - 1:
                classes.append("ldr")
            if aligned and col >= table.stub_cols:
                cell = _aligned_cell(cell) or cell
            cells.append(_cell_html(cell, "td", classes))
        tr_class = " ih" if row.inner_header else " band" if row.band else ""
        tr_attr = f' class="{tr_class.strip()}"' if tr_class else ""
        out.append(f'<tr id="{key}-r{r + start}"{tr_attr}>' + "".join(cells) + "</tr>")
    return "".join(out)


def _label_html(label: str, style: Style) -> str:
    sep = escape(style.label_sep.rstrip() if style.label_sep.strip() else style.label_sep)
    if style.smallcaps_label:
        return f'<b class="lbl sc">{escape(label.lower())}</b><span class="sep">{sep}</span>'
    return f'<b class="lbl">{escape(label)}{sep}</b>'


def _continued_parts(table: Table, style: Style) -> list[str]:
    """The body split at `continued_at`; every later part has its own "(continued)" caption and header."""
    bounds = [0, *table.continued_at, len(table.body)]
    parts = []
    for n, (lo, hi) in enumerate(itertools.pairwise(bounds)):
        body = _body_html(table, table.body[lo:hi], table.key, lo, style.leaders)
        grid = f"<table><thead>{_header_html(table, table.header)}</thead><tbody>{body}</tbody></table>"
        if n:
            lbl = escape(table.label.lower() if style.smallcaps_label else table.label)
            cap = f'<p class="caption"><b class="lbl{" sc" if style.smallcaps_label else ""}">{lbl}</b> (continued)</p>'
            grid = f'<div class="cont">{grid + cap if style.caption_below else cap + grid}</div>'
        parts.append(grid)
    return parts


def table_html(table: Table, style: Style) -> str:
    if table.captionless:
        caption = f'<span id="{table.key}-cap"></span>'
    elif style.smallcaps_label or style.leaders or table.continued_at or table.rotated:
        caption = (
            f'<p class="caption" id="{table.key}-cap">{_label_html(table.label, style)} {inline_html(table.title)}</p>'
        )
    else:
        sep = escape(style.label_sep.rstrip() if style.label_sep.strip() else style.label_sep)
        caption = (
            f'<p class="caption" id="{table.key}-cap"><b class="lbl">{escape(table.label)}{sep}</b> '
            f"{inline_html(table.title)}</p>"
        )
    if table.continued_at:
        parts = _continued_parts(table, style)
    else:
        parts = [
            f"<table><thead>{_header_html(table, table.header)}</thead>"
            f"<tbody>{_body_html(table, table.body, table.key, leaders=style.leaders, aligned=style.aligned)}"
            "</tbody></table>"
        ]
    for n, (head, body) in enumerate(table.extra_tables, 1):
        parts.append(
            f"<table><thead>{_header_html(table, head)}</thead>"
            f"<tbody>{_body_html(table, body, f'{table.key}x{n}')}</tbody></table>"
        )
    notes = "".join(f"<p>{inline_html(n)}</p>" for n in table.notes)
    notes_html = f'<div class="notes">{notes}</div>' if notes else ""
    if table.continued_at and style.caption_below:
        inner = parts[0] + caption + "".join(parts[1:]) + notes_html
    elif style.caption_below:
        inner = "".join(parts) + caption + notes_html
    else:
        inner = caption + "".join(parts) + notes_html
    classes = "table-wrap" + (" landscape" if table.placement == "landscape" else "")
    if table.rotated:
        # Turned a quarter counter-clockwise (read from the bottom up) inside an upright block whose
        # height is the table's printed length; the page around it stays upright.
        length = style.sideways_mm
        return (
            f'<div class="sideways" style="height:{length}mm"><div class="{classes}" id="{table.key}" '
            f'style="width:{length}mm;transform-origin:0 0;transform:translate(0,{length}mm) rotate(-90deg)">'
            f"{inner}</div></div>"
        )
    return f'<div class="{classes}" id="{table.key}">{inner}</div>'


def figure_html(fig: Figure, style: Style) -> str:
    caps = list(fig.caption)
    first = f"<p><b>{escape(fig.label)}{escape(style.fig_sep.rstrip())}</b> {inline_html(caps[0])}</p>"
    rest = "".join(f"<p>{inline_html(c)}</p>" for c in caps[1:])
    art = f'<div class="art" style="height:{fig.height_mm}mm">{fig.art}</div>'
    return f'<div class="figure">{art}{first}{rest}</div>'


def block_html(block: Block, style: Style) -> str:
    if isinstance(block, Heading):
        tag = "h2" if block.level <= 1 else "h3"
        return f"<{tag}>{inline_html(block.text)}</{tag}>"
    if isinstance(block, Para):
        lead = f'<span class="lead">{escape(block.lead)}</span> ' if block.lead else ""
        return f"<p>{lead}{inline_html(block.content)}</p>"
    if isinstance(block, Figure):
        return figure_html(block, style)
    return table_html(block, style)


def _spans_columns(block: Block) -> bool:
    return isinstance(block, Table | Figure) and block.placement in ("full", "landscape")


def body_html(blocks: list[Block], style: Style) -> str:
    """Prose in multi-column runs; full-width floats break the run.

    Landscape tables go on their own page(s) at the end, as journals set rotated tables.
    """
    landscape: list[Block] = [b for b in blocks if isinstance(b, Table) and b.placement == "landscape"]
    blocks = [b for b in blocks if b not in landscape] + landscape
    out: list[str] = []
    run: list[str] = []
    pair: list[str] = []  # half-width tables set side by side across the page (zoo style side)
    for block in blocks:
        if isinstance(block, Table) and block.placement == "half":
            if run:
                out.append('<div class="cols">' + "".join(run) + "</div>")
                run = []
            pair.append(block_html(block, style))
            continue
        if pair:
            out.append('<div class="pair">' + "".join(pair) + "</div>")
            pair = []
        if _spans_columns(block):
            if run:
                out.append('<div class="cols">' + "".join(run) + "</div>")
                run = []
            out.append(block_html(block, style))
        else:
            run.append(block_html(block, style))
    if pair:
        out.append('<div class="pair">' + "".join(pair) + "</div>")
    if run:
        out.append('<div class="cols">' + "".join(run) + "</div>")
    return "".join(out)


def document_html(doc: Document) -> str:
    style = _ALL_STYLES[doc.style]
    kind = style.kind or {"nature": "Article", "nejm": "Original Article", "lancet": "Articles"}[doc.style]
    head = (
        f'<div class="runhead-journal">{escape(doc.journal)}</div>'
        f'<div class="runhead-doi">https://doi.org/{escape(doc.doi)}</div>'
        f'<div class="masthead">{escape(doc.journal)}<span class="kind">{kind}</span></div>'
        f'<div class="cite">{escape(doc.citation)} https://doi.org/{escape(doc.doi)}</div>'
        f'<h1 class="title">{inline_html(doc.title)}</h1>'
    )
    if doc.authors:
        head += f'<p class="authors">{escape(doc.authors)}</p>'
    if doc.dates:
        head += '<p class="dates">' + " &#8195; ".join(escape(d) for d in doc.dates) + "</p>"
    if doc.nct_ids:
        head += (
            '<p class="trial">Trial registration: ClinicalTrials.gov '
            + ", ".join(escape(n) for n in doc.nct_ids)
            + "</p>"
        )
    abstract = "".join(block_html(b, style) for b in doc.abstract)
    body = body_html(doc.body, style)
    title = escape("".join(r.text for r in doc.title if r.kind != "mark"))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        '<meta name="generator" content="trialex tests.typeset">'
        f"<style>{style.css}{TIGHT_CSS}</style></head>"
        f'<body class="{style.name}">{head}<section class="abstract">{abstract}</section>{body}</body></html>'
    )
