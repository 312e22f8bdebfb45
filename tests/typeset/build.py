"""Build every fixture: document model -> HTML -> PDF, plus its golden JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .catalog import ARTICLES, Article
from .golden import document_golden, problems
from .html import document_html
from .inline import middle_dot_decimals
from .jats import read_article
from .model import Document, Placement, Table
from .render import Rendered, render
from .seed import build_seed
from .structure import expand

TESTS = Path(__file__).resolve().parents[1]
CORPUS = TESTS / "data" / "jats"
_VERIFIED = (
    "Typeset by tests/typeset from {what}; values come straight from the source cells, statistics from "
    "the cell grammar plus the table's header/legend/footnotes (reviewed per table, see tests/typeset/"
    "catalog.py and the table notes); pages are where weasyprint laid each row out. Pages were rendered "
    "with pdftoppm -r 80 and the table text checked with pdftotext."
)


@dataclass
class Built:
    pdf: Path
    golden: Path
    tables: int
    cells: int
    values: int
    pages: int


def sources(corpus: Path = CORPUS) -> dict[str, dict[str, str]]:
    with (corpus / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["slug"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _write(
    doc: Document,
    pdf: Path,
    golden_path: Path,
    origin: str,
    source: dict[str, str],
    what: str,
    check: Callable[[Document, Rendered], None] | None = None,
) -> Built:
    rendered = render(document_html(doc), pdf)
    if check is not None:
        check(doc, rendered)
    golden = document_golden(doc, rendered, pdf.name, origin, source, _VERIFIED.format(what=what))
    issues = problems(golden)
    if issues:
        raise ValueError(f"{golden_path.name}: " + "; ".join(issues[:10]))
    golden_path.parent.mkdir(parents=True, exist_ok=True)
    golden_path.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    cells = [c for t in golden["tables"] for c in t["cells"]]
    return Built(
        pdf,
        golden_path,
        len(golden["tables"]),
        len(cells),
        sum(len(c["values"]) for c in cells),
        rendered.pages,
    )


def _check_seed_layout(doc: Document, rendered: Rendered) -> None:
    table2 = next(t for t in doc.tables() if t.label == "Table 2")
    pages = {rendered.page_of(f"{table2.key}-r{i}") for i in range(len(table2.body))}
    if len(pages) < 2:
        raise AssertionError(f"seed Table 2 must break across a page, it fell on {sorted(pages)}")


def build_seed_fixture(pdf_dir: Path, golden_dir: Path) -> Built:
    doc = build_seed()
    pdf = pdf_dir / "seed-nct04728035.pdf"
    source = {
        "slug": "seed-nct04728035",
        "path": "tests/data/seed-paper.txt",
        "title": "".join(r.text for r in doc.title),
        "journal_year": "Nature Communications 2025",
        "nct_id": "NCT04728035",
        "doi": doc.doi,
        "licence": "http://creativecommons.org/licenses/by-nc-nd/4.0/ (stated in the article)",
    }
    golden = golden_dir / "seed-nct04728035.json"
    return _write(doc, pdf, golden, "seed-typeset", source, "tests/data/seed-paper.txt", _check_seed_layout)


def _apply(article: Article, doc: Document) -> None:
    tables = doc.tables()
    labels = [t.label for t in tables]
    listed = [e.label for e in article.tables]
    if labels != listed:
        raise ValueError(f"{article.slug}: catalog lists {listed}, the XML has {labels}")
    default: Placement = "column" if article.style == "lancet" else "full"
    for table, entry in zip(tables, article.tables, strict=True):
        table.section = entry.section
        table.spec = entry.spec
        table.note = entry.note
        table.placement = entry.placement or default
        if article.style == "lancet":
            _middle_dots(table)


def _middle_dots(table: Table) -> None:
    for row in expand(table.body):
        for c, (cell, origin) in row.items():
            if origin and c >= table.stub_cols:
                cell.content = middle_dot_decimals(cell.content)


def build_jats_fixture(article: Article, pdf_dir: Path, golden_dir: Path, corpus: Path = CORPUS) -> Built:
    source = sources(corpus)[article.slug]
    path = corpus / Path(source["path"]).name
    if not path.exists():
        path = next(corpus.glob(article.slug + ".*"))
    nct = [source["nct_id"]] if source["nct_id"].startswith("NCT") else []
    doc = read_article(path, article.slug, article.style, nct)
    _apply(article, doc)
    keys = (
        "slug",
        "repo",
        "commit",
        "path",
        "title",
        "journal_year",
        "nct_id",
        "licence",
        "pmcid",
        "pmid",
        "doi",
    )
    src: dict[str, Any] = {k: source[k] for k in keys if source.get(k)}
    name = f"jats-{article.slug}"
    return _write(doc, pdf_dir / f"{name}.pdf", golden_dir / f"{name}.json", "jats-typeset", src, path.name)


def build_zoo(pdf_dir: Path, golden_dir: Path, only: list[str] | None = None, corpus: Path = CORPUS) -> list[Built]:
    """The layout-zoo fixtures (zoo.py); `only` filters on parts of their names (zoo-<style>-<paper>)."""
    from .zoo import ZOO, build_zoo_fixture

    built: list[Built] = []
    failed: list[str] = []
    table = sources(corpus)
    for zoo in ZOO:
        if only and not any(o in zoo.name for o in only):
            continue
        xml = next(corpus.glob(zoo.slug + ".*"))
        try:
            z = build_zoo_fixture(zoo, table[zoo.slug], xml, pdf_dir, golden_dir)
        except AssertionError as exc:  # the layout did not show its pattern: report, build the rest
            failed.append(str(exc))
            continue
        built.append(Built(z.pdf, z.golden, z.tables, z.cells, z.values, z.pages))
    for problem in failed:
        print(f"LAYOUT PROBLEM {problem}")
    return built


def build_all(pdf_dir: Path, golden_dir: Path, only: list[str] | None = None, corpus: Path = CORPUS) -> list[Built]:
    built = []
    if not only or "seed" in only:
        built.append(build_seed_fixture(pdf_dir, golden_dir))
    for article in ARTICLES:
        if not only or any(o in article.slug for o in only):
            built.append(build_jats_fixture(article, pdf_dir, golden_dir, corpus))
    return built
