"""The seed paper (tests/data/seed-paper.txt, NCT04728035) -> document model, Nature Communications style.

Prose is taken verbatim (arithmetic slips included); paragraphs the source text split at its page
breaks are joined again.  Tables 1-4 come from the tab-separated lines; the header rows, the group
rows' sub-rows (indented in print) and Table 3's row-spanning dose stub are laid out here.
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import Block, Cell, Document, Figure, Heading, Inline, Para, Row, Run, Table, TableSpec
from .seed_inline import seed_inline
from .seed_prose import anchor_statements

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-paper.txt"

# Paragraphs the source split at a page or column break: (start of the continuation).
_CONTINUATIONS = (
    "received HE072 at 50",
    "85.7 ± 17.1%",
    "5.6 ng/mL and 427.9",
    "withdrawal of consent ($n=3$)",
    "of 6.4 months",
    "confirm our findings",
    "complete response, NE not evaluable",
    "was 59.3% (95% CI 47.7",
)
_LEADS = ("Safety.", "Determination of the RP2D.", "Pharmacokinetics profile.", "Efficacy.")

# Label-only group rows and how many rows below them are their (indented) sub-rows.
_GROUPS = {
    "ECOG performance status": 3,
    "Hormonal receptors status ^a": 2,
    "Ki-67 expression": 3,
    "No. of metastatic sites": 2,
    "Metastatic sites": 6,
    "Hematological": 5,
    "Non-hematological": 7,
    "Abnormality in laboratory examination": 10,
    "Best overall response, n (%)": 5,
    "ORR/CNS ORR, n (%)": 1,
    "DCR/CNS CBR, n (%)": 1,
}


def _chunks(text: str) -> list[str]:
    return [c.strip("\n") for c in re.split(r"\n\s*\n", text) if c.strip()]


def _paragraphs(chunks: list[str]) -> list[str]:
    """Prose chunks with the page-split ones joined back to the paragraph they continue."""
    out: list[str] = []
    for chunk in chunks:
        if chunk.startswith(_CONTINUATIONS):
            j = max(
                i
                for i, p in enumerate(out)
                if not p.rstrip().endswith((".", ")")) and not p.startswith(("Table", "^")) and "\t" not in p
            )
            out[j] = out[j].rstrip() + " " + chunk.strip()
        else:
            out.append(chunk.strip())
    return out


def _find(paras: list[str], prefix: str) -> str:
    hits = [p for p in paras if p.startswith(prefix)]
    if len(hits) != 1:
        raise ValueError(f"seed paragraph {prefix!r}: {len(hits)} matches")
    return hits[0]


def _para(text: str) -> Para:
    for lead in _LEADS:
        if text.startswith(lead):
            return Para(seed_inline(text[len(lead) :].strip()), lead=lead)
    return Para(seed_inline(text))


def _cell(text: str, indent: int = 0) -> Cell:
    return Cell(seed_inline(text.strip()), indent=indent)


def _header_cell(text: str, colspan: int = 1) -> Cell:
    """Header text with the group size on its own line ("50 mg/m²" / "n=12")."""
    text = text.strip()
    m = re.search(r"\s(\(?n\s*=\s*\d+\)?)$", text)
    if m:
        runs: Inline = (*seed_inline(text[: m.start()]), Run("", "break"), Run(m.group(1)))
        return Cell(runs, colspan=colspan, header=True)
    return Cell(seed_inline(text), colspan=colspan, header=True)


def _body_rows(lines: list[str], width: int) -> list[Row]:
    rows: list[Row] = []
    children_left = 0
    for line in lines:
        cells = line.split("\t")
        cells += [""] * (width - len(cells))
        label = cells[0].strip()
        indent = 1 if children_left > 0 else 0
        children_left = max(children_left - 1, 0)
        rows.append(Row([_cell(label, indent=indent)] + [_cell(c) for c in cells[1:width]]))
        if label in _GROUPS:
            children_left = _GROUPS[label]
    return rows


def _table_lines(chunks: list[str], caption_prefix: str) -> tuple[str, list[str]]:
    i = next(i for i, c in enumerate(chunks) if c.startswith(caption_prefix))
    return chunks[i], chunks[i + 1].split("\n")


def _notes(chunks: list[str], prefixes: tuple[str, ...]) -> list[Inline]:
    notes: list[Inline] = []
    for prefix in prefixes:
        text = next(c for c in chunks if c.startswith(prefix))
        for part in re.split(r"(?=\^[a-c][A-Z])", text):
            if part.strip():
                notes.append(seed_inline(part.strip()))
    return notes


def _caption(line: str) -> tuple[str, Inline]:
    label, _, title = line.partition(" | ")
    return label.strip(), seed_inline(title.strip())


def _table1(chunks: list[str]) -> Table:
    cap, lines = _table_lines(chunks, "Table 1 |")
    label, title = _caption(cap)
    sub = lines[1].split("\t")
    header = [
        Row([Cell((), header=True), _header_cell("TNBC", 3), _header_cell("HER2-negative BCBM")]),
        Row([Cell((), header=True)] + [_header_cell(t) for t in sub[1:5]]),
    ]
    return Table(
        key="t1",
        label=label,
        title=title,
        header=header,
        body=_body_rows(lines[2:], 5),
        notes=_notes(
            chunks,
            (
                "Data are median (range) or n (%)",
                "BCBM breast cancer brain metastasis, ECOG",
                "^aER > 10%",
                "^bOthers included",
            ),
        ),
        section="demographics",
        spec=TableSpec(pair=("count", "percent"), triple=("median", "min", "max"), bare="count"),
        note="All numeric cells of Table 1 (legend: median (range) or n (%)); the one dash cell is left out.",
    )


def _table2(chunks: list[str]) -> Table:
    cap, lines = _table_lines(chunks, "Table 2 |")
    label, title = _caption(cap)
    head = lines[0].split("\t")
    return Table(
        key="t2",
        label=label,
        title=title,
        header=[Row([Cell((), header=True)] + [_header_cell(t) for t in head[1:4]])],
        body=_body_rows(lines[1:], 4),
        notes=_notes(chunks, ("ALP alkaline phosphatase",)),
        section="adverse_events",
        spec=TableSpec(pair=("count", "percent"), bare="count"),
        note="All numeric cells; n (%) of patients. Typeset to break across a page with the header repeated.",
    )


def _table3(chunks: list[str]) -> Table:
    cap, lines = _table_lines(chunks, "Table 3 |")
    label, title = _caption(cap)
    head = lines[0].split("\t")
    body: list[Row] = []
    for line in lines[1:]:
        cells = line.split("\t")
        values = [_cell(c) for c in cells[2:5]]
        param = _cell(cells[1])
        if cells[0].strip():
            dose = cells[0].strip()
            m = re.match(r"(.*m ²)\s*(n = \d+)", dose)
            stub = (*seed_inline(m.group(1)), Run("", "break"), Run(m.group(2))) if m else seed_inline(dose)
            body.append(Row([Cell(stub, rowspan=7), param, *values]))
        else:
            body.append(Row([param, *values]))
    return Table(
        key="t3",
        label=label,
        title=title,
        header=[Row([Cell((), colspan=2, header=True)] + [_header_cell(t) for t in head[2:5]])],
        body=body,
        notes=_notes(chunks, ("^aThe units for total irinotecan",)),
        section="pk",
        stub_cols=2,
        spec=TableSpec(plus_minus=("mean", "sd")),
        note="All numeric cells; 'x ± y' read as mean ± SD. The dose-group stub (with its n) spans 7 rows.",
    )


def _table4(chunks: list[str]) -> Table:
    cap, lines = _table_lines(chunks, "Table 4 |")
    label, title = _caption(cap)
    sub = lines[1].split("\t")
    header = [
        Row([Cell((), header=True), _header_cell("TNBC", 3), _header_cell("HER2-negative BCBM", 2)]),
        Row([Cell((), header=True)] + [_header_cell(t) for t in sub[1:6]]),
    ]
    return Table(
        key="t4",
        label=label,
        title=title,
        header=header,
        body=_body_rows(lines[2:], 6),
        notes=_notes(
            chunks,
            (
                "Efficacy evaluable analysis set (EAS), who",
                "BCBM breast cancer brain metastasis, CBR",
                "^a12 patients with TNBC",
                "^b4 patients with HER2-negative",
            ),
        ),
        section="efficacy",
        spec=TableSpec(pair=("count", "percent"), triple=("median", "ci_low", "ci_high"), bare="count"),
        note=(
            "All numeric cells. The in-body 'n = ...' rows give arm_n (BOR/ORR/DCR rows: evaluable n; "
            "survival rows: n = 12/89/101/18). '95% CI' rows sit indented under the ORR and DCR rows. "
            "'NA (NA, NA)' is kept with qualifiers only."
        ),
    )


def _figure(paras: list[str], number: int, extra: str = "") -> Figure:
    text = _find(paras, f"Fig. {number} |")
    caption = [seed_inline(text[len(f"Fig. {number} | ") :])]
    if extra:
        caption.append(seed_inline(_find(paras, extra)))
    return Figure(f"Fig. {number}", caption, height_mm=38)


def build_seed(path: Path = SEED) -> Document:
    chunks = _chunks(path.read_text(encoding="utf-8"))
    paras = _paragraphs(chunks)

    def p(prefix: str) -> Para:
        return _para(_find(paras, prefix))

    t1, t2, t3, t4 = _table1(chunks), _table2(chunks), _table3(chunks), _table4(chunks)
    t1.placement = t2.placement = t3.placement = t4.placement = "full"
    discussion_start = paras.index("Discussion")
    methods_start = paras.index("Methods")
    discussion = [
        _para(x)
        for x in paras[discussion_start + 1 : methods_start]
        if re.search(r"\d", x)
        and not x.startswith(("Fig.", "Table", "\t"))
        and "\t" not in x
        and not x.startswith(("ALP ", "BCBM ", "^", "BOR ", "complete response"))
    ]
    body: list[Block] = [
        Heading(seed_inline("Results")),
        Heading(seed_inline("Patients"), 2),
        p("Between May 2021"),
        _figure(paras, 1, "BCBM breast cancer brain metastasis, EAS"),
        t1,
        Heading(seed_inline("Primary endpoints"), 2),
        p("Safety."),
        p("Serious TEAEs were reported"),
        p("The median exposure to HE072"),
        p("Determination of the RP2D."),
        t2,
        Heading(seed_inline("Secondary endpoints"), 2),
        p("Pharmacokinetics profile."),
        _figure(paras, 2),
        t3,
        p("Efficacy."),
        p("Activity of HE072"),
        _figure(paras, 3),
        t4,
        p("Given the suboptimal response"),
        _figure(paras, 4),
        Heading(seed_inline("Exploratory endpoints"), 2),
        p("The frequencies of UGT1A1"),
        p("In total 119 patients, 26"),
        Heading(seed_inline("Discussion")),
        *discussion,
    ]
    title_line = chunks[0].strip()
    doc = Document(
        slug="seed-nct04728035",
        style="nature",
        journal="Nature Communications",
        doi="10.1038/s41467-024-55090-4",
        title=seed_inline(title_line),
        nct_ids=["NCT04728035"],
        citation="Nature Communications (2025)",
        authors="Ying Fan, Qingyuan Zhang, Min Yan, Xiujuan Qu, Yongmei Yin, Tao Sun, Jin Yang et al.",
        dates=["Received: 18 June 2024", "Accepted: 1 December 2024", "Published online: 02 January 2025"],
        abstract=[p("This study (NCT04728035)")],
        body=body,
    )
    anchor_statements(doc)
    return doc
