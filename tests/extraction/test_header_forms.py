"""A line that only states the cells' form, centred under the arm headers ("number of patients", NEJM-like), heads
every column, not only the column it happens to sit over, and it names no arm (issue 8 item 5, issue 9 item 1).
Read as one column's label it made that arm "Early (N = 219) number of patients" and hid its values from anyone
asking for the arm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractors.pipeline import extract
from tests.extraction.test_stages import _prose


def _nejm_like_pdf(path: Path, form: str) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=letter)
    y = _prose(c, 60, 740, 480, 5) - 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, y, "Table 2. Complications during Follow-up.")
    y -= 8
    c.setLineWidth(0.6)
    c.line(60, y, 520, y)
    y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(60, y, "Complication")
    for x, arm, n in ((250, "Delayed", "(N = 218)"), (330, "Early", "(N = 219)"), (410, "Placebo", "(N = 220)")):
        c.drawCentredString(x + 20, y, arm)
        c.drawCentredString(x + 20, y - 10, n)
    y -= 22
    c.setFont("Helvetica-Oblique", 8)
    c.drawCentredString(350, y, form)  # centred under all three arms
    y -= 6
    c.line(60, y, 520, y)
    y -= 12
    c.setFont("Helvetica", 8)
    for label, *values in [
        ("Admission for heart failure", "1", "1", "2"),
        ("Ischemic stroke", "0", "1", "0"),
        ("Unstable angina", "3", "3", "1"),
        ("Tachycardia", "1", "0", "4"),
    ]:
        c.drawString(60, y, label)
        for x, v in zip((270, 350, 430), values, strict=True):
            c.drawCentredString(x, y, v)
        y -= 12
    c.line(60, y + 4, 520, y + 4)
    _prose(c, 60, y - 20, 480, 5)
    c.save()


def test_a_centred_form_line_under_the_arms_labels_no_column(tmp_path: Path) -> None:
    path = tmp_path / "nejm-form.pdf"
    _nejm_like_pdf(path, "number of patients")
    records = [r for r in extract(path).records if r.table == "Table 2"]
    assert len(records) == 12
    assert {tuple(r.column) for r in records} == {
        ("Delayed (N = 218)", "number of patients"),
        ("Early (N = 219)", "number of patients"),
        ("Placebo (N = 220)", "number of patients"),
    }
    assert {(r.arm, r.arm_n) for r in records} == {("Delayed", 218), ("Early", 219), ("Placebo", 220)}
    assert all(r.statistic == "count" for r in records)
    early = [r.value for r in records if r.arm == "Early"]
    assert early == [1, 1, 3, 0]
