"""Layout families whose tables were found but lost whole (0 values) on real tuning papers.

- "Group-size line closing the header": the last header line holds only group sizes ("(n=32) | (n=26)")
  and the stub head sits on it as a row label ("Demographic variable"); a table-wide rule under it closes
  the header (JCH, lci699 Table I). Without the rule such a labelled line stays a body row giving N.
- "Math-font sign reported off its line": a "=" set in a math symbol font whose font box is reported
  half an em low ("(n" "=" "83)" in a BMC header) formed a header line of its own and a value column of its
  own (giraf Table 1). Only the group-size pattern ("n", sign, number) is re-seated.
- "Median (IQR; range) cells": five numbers in one cell, the range's bounds separated by a bare comma
  ("25 (22–37; 15,54)", "40 (27–49; 14,132)" in a Malaria Journal table). The comma is not a thousands
  separator there, and the cells are read only when a label says "median (IQR; range)".
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extractors.cells import parse_shape
from extractors.debug import TableStages, table_stages
from extractors.hints import Context, meaning_of
from extractors.loader import load_document

DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def _real(stem: str) -> TableStages:
    return table_stages(load_document(DATA / "pdfs" / f"{stem}.pdf"))


def _n_line_pdf(path: Path, ruled: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, 790, "Table 1. Baseline characteristics")
    y = 770.0
    xs = [220, 300, 380]
    c.line(50, y + 10, 450, y + 10)
    c.setFont("Helvetica", 8)
    for x, arm in zip(xs, ["Drug A", "Drug B", "Placebo"], strict=True):
        c.drawString(x, y, arm)
    y -= 11
    c.drawString(50, y, "Characteristic of patient")
    for x, n in zip(xs, ["(n=32)", "(n=26)", "(n=31)"], strict=True):
        c.drawString(x, y, n)
    if ruled:
        c.line(50, y - 4, 450, y - 4)
    y -= 14
    for label, vals in [
        ("Age, mean (SD), y", ["53.6 (10.4)", "55.4 (9.6)", "57.2 (10.8)"]),
        ("Male, No. (%)", ["20 (62.5)", "15 (57.7)", "18 (58.1)"]),
        ("BMI, mean (SD)", ["31.2 (5.1)", "30.8 (4.9)", "32.0 (5.5)"]),
        ("Diabetes, No. (%)", ["9 (28.1)", "8 (30.8)", "10 (32.3)"]),
    ]:
        c.drawString(50, y, label)
        for x, v in zip(xs, vals, strict=True):
            c.drawString(x, y, v)
        y -= 11
    c.line(50, y + 6, 450, y + 6)
    c.save()


def test_a_ruled_off_group_size_line_is_the_headers_n_line(tmp_path: Path) -> None:
    path = tmp_path / "nline.pdf"
    _n_line_pdf(path, ruled=True)
    grid = next(g for g in table_stages(load_document(path)).grids.grids if g.table_id == "Table 1")
    assert grid.stub_header == "Characteristic of patient"
    assert grid.rows[0].label == "Age, mean (SD), y"
    assert [(h.text, h.columns, h.level) for h in grid.header if h.text.startswith("(n=")] == [
        ("(n=32)", [0], 1),
        ("(n=26)", [1], 1),
        ("(n=31)", [2], 1),
    ]


def test_without_a_rule_the_labelled_group_size_line_stays_a_body_row(tmp_path: Path) -> None:
    path = tmp_path / "nline-plain.pdf"
    _n_line_pdf(path, ruled=False)
    grid = next(g for g in table_stages(load_document(path)).grids.grids if g.table_id == "Table 1")
    assert grid.rows[0].label == "Characteristic of patient"
    assert [c.text for c in grid.rows[0].cells] == ["(n=32)", "(n=26)", "(n=31)"]


def test_lci699_table_i_reads_its_n_line_as_header() -> None:
    grid = next(g for g in _real("lci699-resistant-htn-jch2013").grids.grids if g.table_id == "Table I")
    assert grid.stub_header == "Demographic variable"
    assert grid.rows[0].label_path == ["Age, mean (SD), y"]
    sizes = [h.text for h in grid.header if h.level == 2]
    assert sizes == ["(n=32)", "(n=26)", "(n=31)", "(n=33)", "(n=33)", "(N=155)"]


def _low_sign_pdf(path: Path) -> None:
    """Header "Drug (n = 40)" whose "=" box is reported 0.7 em below its line, and cells opening with a
    sign reported low in the same way."""
    import reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("Vera", str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, 790, "Table 2. Change from baseline")
    y = 770.0
    low = 0.7 * 8
    for x, (name, n) in zip([220, 360], [("Drug (n", "40)"), ("Placebo (n", "38)")], strict=True):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x, y, name)
        w = c.stringWidth(name + " ", "Helvetica-Bold", 8)
        c.setFont("Symbol", 8)
        c.drawString(x + w, y - low, "=")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + w + c.stringWidth("= ", "Symbol", 8), y, n)
    y -= 16
    for label, vals in [
        ("Score A", ["0.69 (1.18 to 0.20)", "0.57 (1.12 to 0.01)"]),
        ("Score B", ["0.39 (0.94 to 0.16)", "0.58 (0.04 to 1.19)"]),
        ("Score C", ["0.02 (0.06 to 0.10)", "0.03 (0.12 to 0.06)"]),
    ]:
        c.setFont("Helvetica", 8)
        c.drawString(50, y, label)
        for x, v in zip([220, 360], vals, strict=True):
            c.setFont("Vera", 8)  # a TrueType font reportlab ships, with a real U+2212
            c.drawString(x, y - low, "\u2212")
            c.setFont("Helvetica", 8)
            c.drawString(x + 8, y, v)
        y -= 12
    c.save()


def test_a_math_sign_reported_off_its_line_stays_in_the_header_cell(tmp_path: Path) -> None:
    path = tmp_path / "lowsign.pdf"
    _low_sign_pdf(path)
    grid = next(g for g in table_stages(load_document(path)).grids.grids if g.table_id == "Table 2")
    assert len(grid.columns) == 2
    assert [(h.text, h.columns) for h in grid.header] == [("Drug (n = 40)", [0]), ("Placebo (n = 38)", [1])]


def test_giraf_headers_keep_their_low_equals() -> None:
    stages = _real("giraf-dabigatran-cognition-bmcmed2022")
    t1 = next(g for g in stages.grids.grids if g.table_id == "Table 1")
    assert [h.text for h in t1.header] == ["Dabigatran (n = 83)", "Warfarin (n = 66)"]
    assert len(t1.columns) == 2


def _group_shaded_pdf(path: Path) -> None:
    """Row groups shaded alternately, drawn cell by cell: one fill over the stub for the group's two rows
    (the row-spanning group label) and one fill per row over the value cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, 790, "Table 3. Pharmacokinetic parameters")
    y = 770.0
    xs = [160, 230, 300]
    c.setFont("Helvetica-Bold", 7)
    for x, h in zip(xs, ["n", "Cmax", "AUC"], strict=True):
        c.drawString(x, y, h)
    y -= 12
    groups = [("Caffeine", "30", "2390 (559)"), ("Midazolam", "31", "9.43 (2.60)"), ("Warfarin", "29", "101 (54)")]
    for gi, (drug, n, v) in enumerate(groups):
        top = y + 7
        if gi % 2 == 0:
            c.setFillGray(0.85)
            c.rect(45, top - 18.5, 55, 18.5, stroke=0, fill=1)  # the group's stub cell, two rows tall
            c.rect(100, top - 9.2, 250, 9.2, stroke=0, fill=1)  # one fill per row over the values
            c.rect(100, top - 18.5, 250, 9.3, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont("Helvetica", 6.5)
        c.drawString(50, y, drug)
        for period in ("Alone", "Cocktail"):
            c.drawString(105, y, period)
            for x, text in zip(xs, [n, v, v], strict=True):
                c.drawString(x, y, text)
            y -= 9.23
    c.save()


def test_a_group_shaded_over_the_stub_keeps_its_rows_apart(tmp_path: Path) -> None:
    path = tmp_path / "shaded.pdf"
    _group_shaded_pdf(path)
    grid = next(g for g in table_stages(load_document(path)).grids.grids if g.table_id == "Table 3")
    assert [r.label_path[-1] for r in grid.rows] == ["Alone", "Cocktail"] * 3
    assert [c.text for c in grid.rows[0].cells] == ["30", "2390 (559)", "2390 (559)"]


def test_five_probe_table_3_keeps_alone_and_cocktail_apart() -> None:
    grid = next(g for g in _real("five-probe-cyp-cocktail-pk-bjcp2009").grids.grids if g.table_id == "Table 3")
    assert grid.rows[0].label_path == ["Caffeine", "Alone"]
    assert grid.rows[1].label_path == ["Caffeine", "Cocktail"]
    assert [c.text for c in grid.rows[0].cells][:2] == ["30", "2390 (559)"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("25 (22–37; 15,54)", (25, 22, 37, 15, 54)),
        ("40 (27–49; 14,132)", (40, 27, 49, 14, 132)),
        ("0.4 (0.3–0.4, 0.2,2.4)", (0.4, 0.3, 0.4, 0.2, 2.4)),
        ("33 (22–52; 20–54)", (33, 22, 52, 20, 54)),
    ],
)
def test_median_iqr_range_cells_keep_a_bare_comma_range(text: str, numbers: tuple[float, ...]) -> None:
    shape = parse_shape(text)
    assert shape is not None and shape.kind == "estimate_two_intervals"
    assert shape.numbers == numbers


@pytest.mark.parametrize("text", ["47,573 (19,769–114,477)", "10,660", "5 (22–37; 15,54)"])
def test_thousands_and_unnested_intervals_are_not_two_intervals(text: str) -> None:
    shape = parse_shape(text)
    assert shape is None or shape.kind != "estimate_two_intervals"


def test_two_intervals_need_a_label_that_names_them() -> None:
    shape = parse_shape("25 (22–37; 15,54)")
    assert shape is not None
    note = "All values are reported as median (IQR; range), unless otherwise specified"
    said = Context(("Age (years)",), ("Total",), (), note, "Baseline characteristics", None)
    assert meaning_of(shape, said).stats == ("median", "q1", "q3", "min", "max")
    unsaid = Context(("Age (years)",), ("Total",), (), "", "Baseline characteristics", None)
    assert meaning_of(shape, unsaid).stats == ()


def test_malaria_table_1_reads_median_iqr_range_cells() -> None:
    stem = "paracetamol-im-vs-oral-pk-falciparum-malaria-malarj2016"
    grid = next(g for g in _real(stem).grids.grids if g.table_id == "Table 1")
    ast = next(r for r in grid.rows if r.label_path[-1].startswith("AST"))
    first = parse_shape(ast.cells[0].text)
    assert first is not None and first.numbers == (40, 27, 49, 14, 132)
