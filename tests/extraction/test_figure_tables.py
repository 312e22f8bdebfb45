"""What is not a table (issue 8, items 1 and 2): the tables a page's figures and legends look like.

Two families seen on tuning papers (NEJM-like and BMC-like pages), each a whole spurious table of values:

- the last line of a figure legend sits right over the rule that opens the next table, with that table's own
  "Table 2." caption under the rule: read as a plain title over a rule, it made a second table out of the
  captioned table's rows (one block belongs to one table, and a paragraph's last line is no title);
- plots side by side: the y-axis ticks of one plot line up with the ticks of the next, so the left plot's
  numbers looked like row labels and the right plot's like values (row labels have letters).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractors.debug import table_stages
from extractors.loader import load_document
from tests.extraction.test_stages import _prose

_LEGEND = (
    "Panel A shows the percentage of patients with the primary end point. Panel B shows the percentage "
    "of patients in sinus rhythm according to the method of cardioversion during the index visit, which "
    "was the emergency department visit for all patients; spontaneous conversions in the early group "
    "occurred during preparation for the cardioversion procedure"
)


def _legend_over_table_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=letter)
    y = _prose(c, 60, 740, 480, 6) - 20
    c.setFont("Helvetica-Bold", 8)
    c.drawString(60, y, "Figure 2. Primary End Point.")
    y -= 10
    c.setFont("Helvetica", 8)
    words, line = _LEGEND.split(), ""
    for word in words:  # the legend, in 8-point type, set tight
        if c.stringWidth(f"{line} {word}", "Helvetica", 8) > 420:
            c.drawString(60, y, line)
            y -= 10
            line = word
        else:
            line = f"{line} {word}".strip()
    c.drawString(60, y, line)
    y -= 10
    c.setLineWidth(0.6)
    c.line(60, y, 480, y)  # the rule that opens the table
    y -= 14
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, y, "Table 2. Cardiovascular Complications during Follow-up.")
    y -= 8
    c.line(60, y, 480, y)
    y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(260, y, "Delayed (N = 218)")
    c.drawString(380, y, "Early (N = 219)")
    y -= 6
    c.line(60, y, 480, y)
    y -= 12
    for label, a, b in [
        ("Admission for heart failure", "1", "1"),
        ("Ischemic stroke", "0", "1"),
        ("Unstable angina", "3", "3"),
        ("Bradycardia or hypotension", "2", "1"),
        ("Tachycardia", "1", "0"),
    ]:
        c.drawString(60, y, label)
        c.drawString(280, y, a)
        c.drawString(400, y, b)
        y -= 12
    c.line(60, y + 4, 480, y + 4)
    _prose(c, 60, y - 20, 480, 5)
    c.save()


def _plots_side_by_side_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=letter)
    y = _prose(c, 60, 740, 480, 8) - 30
    c.setFont("Helvetica", 7)
    for left in (70, 230, 390):  # three plots, each with its y-axis ticks 35 .. 0
        c.drawString(left + 20, y + 12, "Concentration (mg/L)")
        for k, tick in enumerate(range(35, -1, -5)):
            c.drawRightString(left + 12, y - 14 * k, str(tick))
        c.line(left + 15, y - 14 * 7, left + 140, y - 14 * 7)
        c.drawString(left + 60, y - 14 * 7 - 10, "Time (h)")
    y -= 14 * 7 + 60
    c.setFont("Helvetica-Bold", 8)
    c.drawString(60, y, "Fig. 4 Simulations from the final population pharmacokinetic model.")
    _prose(c, 60, y - 30, 480, 6)
    c.save()


def test_a_legend_line_over_a_table_rule_is_no_second_table(tmp_path: Path) -> None:
    path = tmp_path / "legend-over-table.pdf"
    _legend_over_table_pdf(path)
    stages = table_stages(load_document(path))
    assert [t.table_id for t in stages.regions.tables] == ["Table 2"]
    grid = stages.grids.grids[0]
    assert [r.label for r in grid.rows if r.cells][:2] == ["Admission for heart failure", "Ischemic stroke"]


def test_plot_ticks_side_by_side_are_no_table(tmp_path: Path) -> None:
    path = tmp_path / "plots.pdf"
    _plots_side_by_side_pdf(path)
    stages = table_stages(load_document(path))
    assert stages.regions.tables == []
