"""Layout families that a face setting its glyphs wider for their em breaks (the `office` face of the zoo,
Caladea and Carlito): the same table, laid out by the same rules, moves its header words by a few points, and
what was decided by a margin of a few points goes the other way.

- a head centred over one narrow value column, long enough to reach past where the next column's head starts
  ("Axitinib 5 mg + rifampin 600 mg/day (n = 39), adjusted geometric" over "mean"), read as spanning both
  columns, so the first column's values took the other arm's head and a "mean" that was not theirs;
- a header cell wrapped over several lines whose first line is a list of numbers ("1, 3, 6, or 12" over
  "mg/kg on" over "days 1, 29, 43, 57"), read as the first data line when it stands clear of the stub, so the
  header ended above it and its lines became rows;
- a letter-spaced row under a download stamp in smaller type whose space characters fall between the row's
  letters, read as word spaces, so the row fell apart into single letters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractors.kerning import join_kerned
from extractors.pipeline import extract
from tests.extraction.test_stages import _prose


def _centred_heads_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=letter)
    y = _prose(c, 40, 740, 530, 5) - 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, y, "Table 2. Axitinib pharmacokinetic parameters with and without rifampin.")
    y -= 8
    c.setLineWidth(0.6)
    c.line(40, y, 575, y)
    y -= 12
    c.setFont("Helvetica", 7)
    # 12 points between the heads of a line; the middle one runs back over half of the first "mean" cell
    centres = (150.0, 327.0, 491.0)
    heads = (
        ("Axitinib 5 mg (n = 40), adjusted geometric", "mean"),
        ("Axitinib 5 mg + rifampin 600 mg/day (n = 39), adjusted geometric", "mean"),
        ("Ratio of adjusted means, % (90%", "CI)"),
    )
    for x, (upper, lower) in zip(centres, heads, strict=True):
        c.drawCentredString(x, y, upper)
        c.drawCentredString(x, y - 10, lower)
    c.drawString(40, y - 10, "Parameter (units)")
    y -= 16
    c.line(40, y, 575, y)
    y -= 12
    for label, *values in [
        ("AUCinf (ng h/mL)", "187", "38", "20 (16-25)"),
        ("Cmax (ng/mL)", "51.1", "14.6", "28.6 (21.6-37.7)"),
        ("AUClast (ng h/mL)", "193", "41", "21 (17-26)"),
        ("Cmin (ng/mL)", "49.2", "14.5", "29.4 (22.4-38.7)"),
    ]:
        c.drawString(40, y, label)
        for x, v in zip(centres, values, strict=True):
            c.drawCentredString(x, y, v)
        y -= 12
    c.line(40, y + 4, 575, y + 4)
    _prose(c, 40, y - 20, 530, 5)
    c.save()


def test_a_long_head_centred_over_one_column_heads_that_column_alone(tmp_path: Path) -> None:
    """The middle arm's head is centred over its column and runs back past where the first column's "mean"
    starts, over more than half of that head cell: it heads its own column only, and the first column's values
    are the first arm's adjusted geometric means."""
    path = tmp_path / "centred-heads.pdf"
    _centred_heads_pdf(path)
    heads = (
        "Axitinib 5 mg (n = 40), adjusted geometric mean",
        "Axitinib 5 mg + rifampin 600 mg/day (n = 39), adjusted geometric mean",
    )
    records = [r for r in extract(path).records if r.table == "Table 2"]
    by_column: dict[str, list[float | None]] = {}
    for r in records:
        by_column.setdefault(" ".join(r.column), []).append(r.value)
    assert by_column[heads[0]] == [187, 51.1, 193, 49.2]
    assert by_column[heads[1]] == [38, 14.6, 41, 14.5]
    assert {r.statistic for r in records if " ".join(r.column) in heads} == {"geometric_mean"}


def _wrapped_dose_head_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c: Any = canvas.Canvas(str(path), pagesize=letter)
    y = _prose(c, 60, 740, 480, 5) - 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, y, "Table 2. Summary of study-agent exposure, treated patients.")
    y -= 8
    c.setLineWidth(0.6)
    c.line(60, y, 540, y)
    y -= 12
    c.setFont("Helvetica", 8)
    centres = (245.0, 320.0, 380.0, 440.0, 505.0)
    head_lines: list[list[tuple[float, str]]] = [
        [(centres[0], "Part 1 Dose"), (centres[4], "Part 3 Dose")],
        [(centres[0], "escalation"), (centres[2], "Part 2 Dose finding"), (centres[4], "confirmation")],
        [(centres[0], "1, 3, 6, or 12")],
        [(centres[0], "mg/kg on"), (centres[1], "3 mg/kg"), (centres[2], "6 mg/kg")],
        [(centres[0], "days 1, 29, 43"), (centres[1], "q3w"), (centres[2], "q3w"), (centres[3], "Total")],
    ]
    for words in head_lines:
        for x, text in words:
            c.drawCentredString(x, y, text)
        y -= 9
    c.drawString(60, y + 9, "Dosage")
    c.drawCentredString(centres[4], y + 9, "6 mg/kg q2w")
    y -= 2
    c.line(60, y, 540, y)
    y -= 12
    for label, *values in [
        ("Patients treated", "11", "17", "20", "37", "20"),
        ("Patients who discontinued", "3 (27)", "6 (35)", "9 (45)", "15 (41)", "7 (35)"),
        ("Disease progression", "1 (9)", "5 (29)", "8 (40)", "13 (35)", "4 (20)"),
        ("Adverse event", "1 (9)", "0", "1 (5)", "1 (3)", "1 (5)"),
        ("Death", "2 (18)", "0", "2 (10)", "2 (5)", "1 (5)"),
    ]:
        c.drawString(60, y, label)
        for x, v in zip(centres, values, strict=True):
            c.drawCentredString(x, y, v)
        y -= 12
    c.line(60, y + 4, 540, y + 4)
    _prose(c, 60, y - 20, 480, 5)
    c.save()


def test_a_head_wrapped_from_a_line_of_numbers_stays_in_the_header(tmp_path: Path) -> None:
    """ "1, 3, 6, or 12" alone over the first column, clear of the stub, with the head's next line ("mg/kg on |
    3 mg/kg | 6 mg/kg") under it: a header line, so the header runs down to "Dosage" and no row is made of it."""
    path = tmp_path / "wrapped-dose-head.pdf"
    _wrapped_dose_head_pdf(path)
    records = [r for r in extract(path).records if r.table == "Table 2"]
    rows = {" ".join(r.row) for r in records}
    assert rows == {"Patients treated", "Patients who discontinued", "Disease progression", "Adverse event", "Death"}
    columns = {" ".join(r.column) for r in records if r.row == ["Disease progression"] and r.statistic == "count"}
    assert "Part 1 Dose escalation 1, 3, 6, or 12 mg/kg on days 1, 29, 43" in columns
    assert "Part 2 Dose finding 3 mg/kg q3w" in columns


def test_a_stamp_space_of_smaller_type_between_tracked_letters_is_no_word_space() -> None:
    """ "Hormone receptor" letter-spaced (0.14 em) in 7.2-point type, a stamp in 6.5-point type drawn across it
    whose space characters fall in the gaps between the row's letters: the stamp's spaces are another text's,
    the row's own space parts its two words."""
    size, gap = 7.2, 0.14 * 7.2
    pieces: list[dict[str, Any]] = []
    spaces: list[dict[str, Any]] = []
    x = 60.0
    for ch in "Hormone receptor":
        box = {"x0": x, "x1": x + 0.5 * size, "top": 100.0, "bottom": 100.0 + size, "size": size, "fontname": "Serif"}
        if ch == " ":
            spaces.append({"text": " ", **box, "x1": x + 0.22 * size})
            x += 0.22 * size + gap
            continue
        pieces.append({"text": ch, **box})
        x += 0.5 * size + gap
    stamp = 6.5
    for p in (pieces[2], pieces[9]):  # between "o|r" and "c|e": a stamp space as wide as the gap
        spaces.append(
            {"text": " ", "x0": p["x1"], "x1": p["x1"] + gap, "top": 100.5, "bottom": 100.5 + stamp, "size": stamp}
        )
    assert [w["text"] for w in join_kerned(pieces, spaces)] == ["Hormone", "receptor"]
