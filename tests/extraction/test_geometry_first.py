"""Tables from geometry first (issue 8, item 1): a caption that touches a block of aligned value columns takes
that block as its table; the region grown line by line from the caption only confirms and extends it.

The family: a caption set *below* its table (Lancet, EHJ) over a table holding a wordy group-label row in the
stub ("Events in patients treated for one cycle"). Growing up from the caption stops at that row, which
reads like running text, so only the rows under it were the table: the header and the rows above it were
lost. The block finder keeps the row (it sits left of the value columns), so the block is the whole table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractors.debug import table_stages
from extractors.loader import load_document
from tests.extraction.test_stages import _prose


def _caption_below_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 490, 8) - 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(250, y, "Drug (n=73)")
    c.drawString(400, y, "Placebo (n=73)")
    y -= 12
    c.setFont("Helvetica", 9)
    first = [("Headache", "12 (16%)", "9 (12%)"), ("Nausea", "8 (11%)", "4 (5%)"), ("Fatigue", "7 (10%)", "6 (8%)")]
    second = [("Dizziness", "5 (7%)", "2 (3%)"), ("Rash", "4 (5%)", "1 (1%)"), ("Cough", "3 (4%)", "2 (3%)")]
    for label, a, b in first:
        c.drawString(50, y, label)
        c.drawString(250, y, a)
        c.drawString(400, y, b)
        y -= 12
    c.drawString(50, y, "Events in patients treated for one cycle")  # a group label in the stub, body type
    y -= 12
    for label, a, b in second:
        c.drawString(60, y, label)
        c.drawString(250, y, a)
        c.drawString(400, y, b)
        y -= 12
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y - 4, "Table 1: Adverse events")
    _prose(c, 50, y - 30, 490, 8)
    c.save()


def test_caption_below_takes_the_whole_block_it_touches(tmp_path: Path) -> None:
    path = tmp_path / "caption-below.pdf"
    _caption_below_pdf(path)
    stages = table_stages(load_document(path))
    assert [t.table_id for t in stages.regions.tables] == ["Table 1"]  # no untitled half
    table = stages.regions.tables[0]
    assert table.caption is not None and table.caption.position == "below"
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 1")
    labels = [r.label for r in grid.rows if r.cells]
    assert labels[:3] == ["Headache", "Nausea", "Fatigue"] and labels[-3:] == ["Dizziness", "Rash", "Cough"]
    assert [h.text for h in grid.header] == ["Drug (n=73)", "Placebo (n=73)"]
    assert "block the caption touches" in table.parts[0].why


# --- a table's legend ends it; a figure under it is never its rows -------------------------------------
#
# The family (clinical-pharmacology journals): a full-width table whose legend (an abbreviation list and
# "Parameter values are listed as mean (SD)", in smaller type, justified across the table) is followed
# directly by a study-design diagram whose labels are text ("Study period", "Day", "Baseline", days 1..7,
# "1 g q6h", "pbo"), its "Figure N" caption below it. Growing down from the table caption used to run
# through the legend (two "rows", the legend sentence a row label with a value "90%") and the diagram.

_LEGEND = (
    "AUC, area under the concentration-time curve after the first dose; CI, confidence interval; CL/F, oral "
    "clearance at steady state after the final dose. Parameter values are listed as mean (SD). Analysis of "
    "variance was used to construct the two-sided 90% confidence limits and test for differences in means."
)


def _legend_then_diagram_pdf(path: Path, legend: bool = True, title: str = "") -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 490, 6) - 16
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Table 1 Pharmacokinetics after the first and final doses" + title)
    y -= 16
    c.setFont("Helvetica", 8)
    c.drawString(50, y, "Dose regimen")
    for x, head in ((200, "AUC (ug h/ml)"), (300, "CL/F (ml/kg/min)"), (420, "Ratio (90% CI)")):
        c.drawString(x, y, head)
    y -= 14
    rows = [
        ("4 g/day", "55.8 (11.7)", "4.30 (0.66)", "0.83 (0.79-0.88)"),
        ("6 g/day", "82.0 (18.7)", "4.41 (0.74)", "0.85 (0.80-0.90)"),
        ("8 g/day", "131.2 (16.2)", "3.90 (0.47)", "0.71 (0.67-0.75)"),
        ("Placebo", "61.7 (7.7)", "3.88 (0.53)", "0.81 (0.76-0.85)"),
    ]
    for row in rows:
        for x, text in zip((58, 200, 300, 420), row, strict=True):
            c.drawString(x, y, text)
        y -= 14
    if legend:
        c.setFont("Helvetica", 7)
        words, line = _LEGEND.split(), ""
        for word in words:
            if c.stringWidth(f"{line} {word}", "Helvetica", 7) > 490:
                c.drawString(50, y, line)
                y -= 8.5
                line = word
            else:
                line = f"{line} {word}".strip()
        c.drawString(50, y, line)
        y -= 22
    else:
        y -= 8
    c.setFont("Helvetica", 7)
    c.drawString(90, y, "Study period")
    c.drawString(160, y, "Day")
    c.drawString(230, y, "Group I")
    y -= 14
    for period, dose in (("Baseline", ""), ("Period 2", "1 g q6h"), ("Period 3", "2 g q6h")):
        c.drawString(90, y, period)
        if dose:
            c.drawString(200, y, dose)
            c.drawString(260, y, "pbo")
            c.line(215, y - 3, 215, y - 40)
            c.line(266, y - 3, 266, y - 40)
        for day in range(1, 8 if dose else 4):
            c.drawString(160, y - (day - 1) * 7, str(day))
        y -= 7 * (7 if dose else 3) + 8
    c.setFont("Helvetica-Bold", 8)
    c.drawString(50, y - 6, "Figure 1")
    c.setFont("Helvetica", 8)
    c.drawString(90, y - 6, "Schematic of the dosing regimen and the study periods.")
    _prose(c, 50, y - 30, 490, 6)
    c.save()


def test_legend_ends_the_table_and_the_diagram_under_it_is_no_table(tmp_path: Path) -> None:
    path = tmp_path / "legend-diagram.pdf"
    _legend_then_diagram_pdf(path)
    stages = table_stages(load_document(path))
    assert [t.table_id for t in stages.regions.tables] == ["Table 1"]  # the diagram is no untitled table
    table = stages.regions.tables[0]
    assert "Parameter values are listed as mean (SD)" in table.notes
    assert "Study" not in table.notes and "Baseline" not in table.notes
    assert "its legend" in table.why
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 1")
    labels = [r.label for r in grid.rows]
    assert labels == ["4 g/day", "6 g/day", "8 g/day", "Placebo"]


def test_legend_start_rules() -> None:
    """Smaller type reading as running text (never a data row, whatever number it quotes) starts the legend;
    a value row in smaller type does not; a note line across the table does in any type."""
    from extractors.geometry import RegionSettings
    from extractors.layout import Line
    from extractors.table_notes import legend_goes_on, legend_starts
    from schemas.document import Word

    def line(text: str, size: float, x0: float = 50.0, spread: float = 1.0) -> Line:
        words, x = [], x0
        for token in text.split():
            width = len(token) * size * 0.5
            box = (x, 100.0, x + width, 100.0 + size)
            words.append(Word(token, x, 100.0, x + width, 100.0 + size, size, False, box))
            x += width + size * 0.3 * spread
        return Line(words)

    s = RegionSettings()
    rows = [8.0, 8.0, 8.0]
    sentence = "of variance was used to construct the two-sided 90% confidence limits and test for differences"
    assert legend_starts(line(sentence, 7.0), rows, 50, 540, s)
    assert not legend_starts(line(sentence, 8.0, spread=1.0), rows, 50, 540, s)  # body type, not a note
    assert not legend_starts(line("Placebo 61.7 (7.7) 3.88 (0.53)", 7.0, spread=6), rows, 50, 540, s)
    note = "CI, confidence interval; HR, hazard ratio; OR, odds ratio; SD, standard deviation; NA, not applicable"
    assert legend_starts(line(note, 8.0, spread=1.6), rows, 50, 540, s)  # across the table, in body type
    # a row whose label reads as text keeps its values apart: a row, even in type smaller than the header's
    label, values = line("Patients with at least one adverse event", 7.0), line("45 (30) 50 (33)", 7.0, 300, 6)
    assert not legend_starts(Line([*label.words, *values.words]), [8.0, 7.0, 7.0], 50, 540, s)
    legend = [line(note, 7.0)]
    assert legend_goes_on(line("a", 4.5), legend, 1.0, s)  # a footnote mark set off its line
    assert not legend_goes_on(line("Study period Day Group I", 7.0), legend, 20.0, s)  # a figure's labels


def test_diagram_right_under_the_rows_is_no_part_of_the_table(tmp_path: Path) -> None:
    """With no legend between them, the diagram's labels are still neither rows of the table nor a table."""
    path = tmp_path / "diagram.pdf"
    _legend_then_diagram_pdf(path, legend=False)
    stages = table_stages(load_document(path))
    assert [t.table_id for t in stages.regions.tables] == ["Table 1"]
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 1")
    assert [r.label for r in grid.rows] == ["4 g/day", "6 g/day", "8 g/day", "Placebo"]
    assert "Study" not in stages.regions.tables[0].notes
    # the caption is narrower than the table: the region grown from it is as wide as the block it touches, so
    # it confirms the block (and would keep label-only rows and notes past it)
    assert "table lines below the caption" in stages.regions.tables[0].why


def test_a_forest_plots_table_over_its_figure_caption_stays_a_table(tmp_path: Path) -> None:
    """Only a block of bare counters (a diagram's days, a plot's ticks) over a "Figure N" caption is a figure:
    a forest plot's column of events and estimates over its caption is a table all the same."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "forest.pdf"
    c: Any = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 490, 6) - 20
    c.setFont("Helvetica", 8)
    rows = [
        ("Age <65 years", "45/120", "52/118", "0.78 (0.56-1.06)"),
        ("Age >=65 years", "20/50", "29/53", "0.64 (0.38-1.04)"),
        ("Male", "37/85", "45/88", "0.90 (0.59-1.44)"),
        ("Female", "28/85", "36/83", "0.70 (0.47-1.04)"),
    ]
    for row in rows:
        for x, text in zip((50, 200, 260, 420), row, strict=True):
            c.drawString(x, y, text)
        y -= 14
    c.setFont("Helvetica-Bold", 8)
    c.drawString(50, y - 4, "Fig. 2 | Subgroup analysis of the primary end point.")
    _prose(c, 50, y - 30, 490, 6)
    c.save()
    stages = table_stages(load_document(path))
    assert [t.table_id for t in stages.regions.tables] == ["Untitled table, page 1"]


def test_diagram_under_a_confirmed_table_is_cut_at_its_figure_caption(tmp_path: Path) -> None:
    """A caption as wide as the table grows a region that confirms the block and runs on through the diagram
    up to its "Figure N" caption: the lines under the block are the figure's, not the table's legend."""
    path = tmp_path / "diagram-wide.pdf"
    _legend_then_diagram_pdf(path, legend=False, title=" of acetaminophen in healthy adults given 4 to 8 g a day")
    stages = table_stages(load_document(path))
    assert [t.table_id for t in stages.regions.tables] == ["Table 1"]
    table = stages.regions.tables[0]
    assert "Study" not in table.notes and "Period" not in table.notes
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 1")
    assert [r.label for r in grid.rows] == ["4 g/day", "6 g/day", "8 g/day", "Placebo"]
