"""Fixtures for tables printed as pictures (HARD-CASES "Image-only tables: detect, report, do not invent").

    python -m tests.typeset.image_tables [--out-dir DIR]

A journal PDF sometimes carries a table as a raster image: its caption is text, its body is not. Nothing in
such a table can be read, and nothing may be invented: the extractor must say which table it could not read
and why. Each fixture is two pages of two-column prose around tables, written to
`tests/data/image_tables/` (kept out of tests/data/golden: a picture holds no golden value):

- `image-above`  "Table 1" is a real text table; "Table 2" has its caption above a picture of its body.
- `image-below`  the Lancet way: "Table 1" is a picture with its caption below it; "Table 2" is text.
- `image-figure` a picture captioned "Figure 1" (a bar chart) and a real "Table 1": no table is missing.

Each picture is the table typeset in HTML, rendered to PNG at 150 dpi (pdftoppm) and cropped; the text
tables are the same HTML, so the two only differ in having a text layer.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from .build import TESTS

OUT = TESTS / "data" / "image_tables"

_ROWS = [
    ("Neutropenia", "12 (29)", "9 (22)"),
    ("Diarrhoea", "7 (17)", "4 (10)"),
    ("Fatigue", "5 (12)", "6 (15)"),
    ("Anaemia", "3 (7)", "2 (5)"),
    ("Nausea", "2 (5)", "1 (2)"),
]
_CSS = """
@page { size: Letter; margin: 18mm 16mm; }
body { font-family: serif; font-size: 9.5pt; line-height: 1.3; }
.cols { column-count: 2; column-gap: 7mm; text-align: justify; }
h1 { font-size: 15pt; margin: 0 0 4mm; }
.cap { font-family: sans-serif; font-size: 8.5pt; margin: 2mm 0; }
table { border-collapse: collapse; width: 100%; font-family: sans-serif; font-size: 8.5pt; }
th, td { padding: 1.2pt 4pt; text-align: left; }
thead tr { border-top: 0.8pt solid black; border-bottom: 0.5pt solid black; }
tbody tr:last-child { border-bottom: 0.8pt solid black; }
img { width: 100%; display: block; }
.fig { column-span: all; margin: 3mm 0; break-inside: avoid; }
"""
_PROSE = (
    "Patients were enrolled at twelve centres between March 2019 and June 2021 and received the study drug "
    "every three weeks until disease progression or unacceptable toxicity. Safety was assessed at every visit "
    "and graded with the Common Terminology Criteria for Adverse Events, version 5.0. The data cut-off for this "
    "analysis was 1 December 2021, and all patients who received at least one dose were included. "
)


def _table_html(title: str, caption_below: bool = False) -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in _ROWS)
    table = (
        "<table><thead><tr><th>Adverse event, n (%)</th><th>Arm A (n = 41)</th><th>Arm B (n = 41)</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    caption = f'<p class="cap"><b>{title}</b></p>'
    return table + caption if caption_below else caption + table


def _demographics_html(title: str, caption_below: bool = False) -> str:
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for a, b, c in [
            ("Age, median (range), years", "61 (34–79)", "63 (38–81)"),
            ("Male, n (%)", "24 (59)", "22 (54)"),
            ("ECOG 0, n (%)", "18 (44)", "20 (49)"),
            ("ECOG 1, n (%)", "23 (56)", "21 (51)"),
        ]
    )
    table = (
        "<table><thead><tr><th>Characteristic</th><th>Arm A (n = 41)</th><th>Arm B (n = 41)</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    caption = f'<p class="cap"><b>{title}</b></p>'
    return table + caption if caption_below else caption + table


def _chart_html() -> str:
    bars = "".join(
        f'<div style="display:inline-block;width:14%;margin:0 3%;background:#447;height:{h}mm"></div>'
        for h in (22, 35, 14, 28)
    )
    return (
        f'<div style="height:40mm;display:flex;align-items:flex-end;padding:2mm;border:0.5pt solid #999">{bars}</div>'
    )


def _picture(html: str, work: Path, name: str) -> Path:
    """The HTML typeset alone, rendered to a cropped PNG: a table with no text layer."""
    from PIL import Image, ImageChops
    from weasyprint import HTML

    pdf = work / f"{name}.pdf"
    css = "@page { size: 100mm 80mm; margin: 2mm; } body { font-size: 9.5pt; margin: 0; }" + _CSS.split("img")[0]
    HTML(string=f"<style>{css}</style><body>{html}</body>").write_pdf(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(work / name)], check=True)
    png = work / f"{name}.png"
    image = Image.open(png).convert("RGB")
    box = ImageChops.difference(image, Image.new("RGB", image.size, (255, 255, 255))).getbbox()
    if box:
        image = image.crop((max(0, box[0] - 6), max(0, box[1] - 6), box[2] + 6, box[3] + 6))
    image.save(png)
    return png


def _page(title: str, blocks: list[str]) -> str:
    body = "".join(blocks)
    return f"<style>{_CSS}</style><body><h1>{title}</h1>{body}</body>"


def _prose(paragraphs: int) -> str:
    return "".join(f"<p>{_PROSE}</p>" for _ in range(paragraphs))


def build(out: Path) -> list[Path]:
    from weasyprint import HTML

    out.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ae_picture = _picture(_table_html("", False).replace('<p class="cap"><b></b></p>', ""), work, "ae")
        demo_picture = _picture(_demographics_html("", False).replace('<p class="cap"><b></b></p>', ""), work, "demo")
        chart = _picture(_chart_html(), work, "chart")
        fixtures = {
            "image-above": [
                f'<div class="cols">{_prose(3)}</div>',
                f'<div class="fig">{_demographics_html("Table 1. Baseline characteristics")}</div>',
                f'<div class="cols">{_prose(4)}</div>',
                '<div class="fig"><p class="cap"><b>Table 2. Treatment-related adverse events</b></p>'
                f'<img src="{ae_picture.as_uri()}"></div>',
                f'<div class="cols">{_prose(5)}</div>',
            ],
            "image-below": [
                f'<div class="cols">{_prose(3)}</div>',
                f'<div class="fig"><img src="{demo_picture.as_uri()}">'
                '<p class="cap"><b>Table 1. Baseline characteristics of the patients</b></p></div>',
                f'<div class="cols">{_prose(4)}</div>',
                f'<div class="fig">{_table_html("Table 2. Adverse events of any grade", caption_below=True)}</div>',
                f'<div class="cols">{_prose(5)}</div>',
            ],
            "image-figure": [
                f'<div class="cols">{_prose(3)}</div>',
                f'<div class="fig"><img src="{chart.as_uri()}" style="width:60%">'
                '<p class="cap"><b>Figure 1. Best change in tumour size from baseline</b></p></div>',
                f'<div class="cols">{_prose(3)}</div>',
                f'<div class="fig">{_table_html("Table 1. Adverse events of any grade")}</div>',
                f'<div class="cols">{_prose(4)}</div>',
            ],
        }
        for name, blocks in fixtures.items():
            path = out / f"{name}.pdf"
            HTML(string=_page("A phase II trial of a study drug in solid tumours", blocks)).write_pdf(path)
            built.append(path)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.typeset.image_tables", description=__doc__)
    parser.add_argument("--out-dir", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for path in build(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
