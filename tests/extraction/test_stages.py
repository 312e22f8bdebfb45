"""Per-stage golden tests: region boxes and grid shapes of hard tables, checked without the whole pipeline.

Each file in tests/data/stages/ names a fixture PDF and, for chosen tables, the region parts (page,
rotation, box on the printed page) and the grid of each part (header levels, rows, value columns, the
header cells with the columns they span, the first and last row labels). A change in table finding or
grid building shows here as a named difference. The files were recorded with

    python -m tests.extraction.test_stages --record STEM TABLE_ID [TABLE_ID ...]

and each was checked against the rendered page (``trialex extract --debug-tables``) before it was kept.
"""

from __future__ import annotations

import argparse
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from extractors.debug import TableStages, table_stages
from extractors.loader import load_document

DATA = Path(__file__).resolve().parents[1] / "data"
STAGES = sorted((DATA / "stages").glob("*.json"))
BOX_TOLERANCE = 2.0  # points: boxes are union boxes of words, stable to rounding


@cache
def _stages(pdf: str) -> TableStages:
    return table_stages(load_document(DATA / "pdfs" / pdf))


def snapshot(stages: TableStages, table_id: str) -> dict[str, Any]:
    """The recorded view of one table: its region parts and its grids."""
    table = next((t for t in stages.regions.tables if t.table_id == table_id), None)
    if table is None:
        return {"table_id": table_id, "found": False}
    grids = [g for g in stages.grids.grids if g.table_id == table_id]
    return {
        "table_id": table_id,
        "found": True,
        "caption": table.caption.position if table.caption else "none",
        "parts": [{"page": p.page, "rotation": p.rotation, "bbox": list(p.bbox)} for p in table.parts],
        "grids": [
            {
                "page": g.page,
                "levels": g.shape[0],
                "rows": g.shape[1],
                "columns": g.shape[2],
                "header": [[h.text, h.columns, h.level] for h in g.header],
                "first_row": g.rows[0].label_path if g.rows else [],
                "last_row": g.rows[-1].label_path if g.rows else [],
            }
            for g in grids
        ],
    }


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_stage_goldens_cover_a_dozen_tables() -> None:
    tables = [t for path in STAGES for t in _load(path)["tables"]]
    assert len(tables) >= 12
    assert any(len(t["parts"]) > 1 for t in tables), "a table continued over pages"
    assert any(len(g["header"]) and max(h[2] for h in g["header"]) >= 2 for t in tables for g in t["grids"])


@pytest.mark.parametrize("path", STAGES, ids=[p.stem for p in STAGES])
def test_regions_and_grids_match_the_recorded_stages(path: Path) -> None:
    golden = _load(path)
    stages = _stages(golden["pdf"])
    for want in golden["tables"]:
        got = snapshot(stages, want["table_id"])
        assert got["found"], f"{want['table_id']} not found"
        assert got["caption"] == want["caption"], want["table_id"]
        assert [(p["page"], p["rotation"]) for p in got["parts"]] == [
            (p["page"], p["rotation"]) for p in want["parts"]
        ], want["table_id"]
        for g, w in zip(got["parts"], want["parts"], strict=True):
            off = max(abs(a - b) for a, b in zip(g["bbox"], w["bbox"], strict=True))
            assert off <= BOX_TOLERANCE, f"{want['table_id']} page {w['page']}: box {g['bbox']} != {w['bbox']}"
        assert len(got["grids"]) == len(want["grids"]), want["table_id"]
        for g, w in zip(got["grids"], want["grids"], strict=True):
            where = f"{want['table_id']} page {w['page']}"
            assert (g["levels"], g["rows"], g["columns"]) == (w["levels"], w["rows"], w["columns"]), where
            assert g["header"] == w["header"], where
            assert g["first_row"] == w["first_row"], where
            assert g["last_row"] == w["last_row"], where


def test_stages_serialise_to_json() -> None:
    stages = _stages("seed-nct04728035.pdf")
    regions = json.loads(stages.regions.model_dump_json())
    grids = json.loads(stages.grids.model_dump_json())
    assert [t["table_id"] for t in regions["tables"]][:4] == ["Table 1", "Table 2", "Table 3", "Table 4"]
    assert all(part["why"] for t in regions["tables"] for part in t["parts"])
    assert all(g["rows"] and g["columns"] for g in grids["grids"])


def _record(stem: str, table_ids: list[str], note: str) -> None:
    pdf = f"{stem}.pdf"
    stages = table_stages(load_document(DATA / "pdfs" / pdf))
    path = DATA / "stages" / f"{stem}.json"
    tables = [snapshot(stages, t) for t in table_ids]
    missing = [t["table_id"] for t in tables if not t["found"]]
    if missing:
        raise SystemExit(f"not found: {missing}")
    for t in tables:
        t.pop("found")
    path.write_text(json.dumps({"pdf": pdf, "note": note, "tables": tables}, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--record", nargs="+", metavar=("STEM", "TABLE_ID"), required=True)
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    _record(args.record[0], args.record[1:], args.note)


def test_debug_tables_writes_stages_and_overlays(tmp_path: Path) -> None:
    from trialex.cli import main

    out = tmp_path / "debug"
    assert (
        main(
            [
                "extract",
                str(DATA / "pdfs" / "seed-nct04728035.pdf"),
                "--debug-tables",
                str(out),
                "-o",
                str(tmp_path / "x.json"),
            ]
        )
        == 0
    )
    regions = json.loads((out / "regions.json").read_text())
    grids = json.loads((out / "grids.json").read_text())
    pages = sorted({p["page"] for t in regions["tables"] for p in t["parts"]})
    assert pages == [1, 2, 3, 4]
    assert len(grids["grids"]) == 6
    for page in pages:
        png = (out / f"page-{page:03d}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


def test_settings_resolve_and_validate() -> None:
    from extractors.geometry import GridSettings, RegionSettings, SettingsError

    assert RegionSettings.resolve(None) == RegionSettings()
    assert RegionSettings.resolve({"max_row_gap_em": 3.0}).max_row_gap_em == 3.0
    s = GridSettings(cell_gap_em=1.2)
    assert GridSettings.resolve(s) is s
    with pytest.raises(SettingsError, match="unknown"):
        RegionSettings.resolve({"gap_pt": 3})
    with pytest.raises(SettingsError, match="outside"):
        RegionSettings(rotated_share=1.5)
    with pytest.raises(SettingsError, match="zebra"):
        GridSettings(zebra_min_em=5.0, zebra_max_em=2.0)


# --------------------------------------------------------------------------- geometry-first regions

_PROSE = (
    "the patients were enrolled at twelve centres and followed for the whole study period while the "
    "investigators recorded every adverse event and the laboratory values at each visit of the trial "
)


def _prose(c: Any, x: float, y: float, width: float, lines: int) -> float:
    words = (_PROSE * 8).split()
    i = 0
    for _ in range(lines):
        text = ""
        while i < len(words) and c.stringWidth(f"{text} {words[i]}", "Helvetica", 9) < width:
            text = f"{text} {words[i]}".strip()
            i += 1
        c.setFont("Helvetica", 9)
        c.drawString(x, y, text)
        y -= 11
    return y


def _table(c: Any, x: float, y: float, rows: list[tuple[str, str, str]], header: tuple[str, str]) -> float:
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x + 200, y, header[0])
    c.drawString(x + 300, y, header[1])
    y -= 11
    c.setFont("Helvetica", 8)
    for label, a, b in rows:
        c.drawString(x, y, label)
        c.drawString(x + 200, y, a)
        c.drawString(x + 300, y, b)
        y -= 11
    return y


def _layout_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0
    y = _prose(c, 50, y, 490, 6) - 10
    # stacked tables, captions set below each table (Lancet)
    y = _table(
        c,
        50,
        y,
        [
            ("Age, years", "61 (9)", "60 (10)"),
            ("Male", "40 (55%)", "38 (52%)"),
            ("Weight, kg", "81 (12)", "80 (14)"),
            ("BMI", "27.1 (4.0)", "26.9 (3.8)"),
        ],
        ("Drug (n=73)", "Placebo (n=73)"),
    )
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y - 4, "Table 1: Baseline characteristics")
    y -= 24
    y = _table(
        c,
        50,
        y,
        [
            ("Headache", "12 (16%)", "9 (12%)"),
            ("Nausea", "8 (11%)", "4 (5%)"),
            ("Fatigue", "7 (10%)", "6 (8%)"),
            ("Dizziness", "5 (7%)", "2 (3%)"),
        ],
        ("Drug (n=73)", "Placebo (n=73)"),
    )
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y - 4, "Table 2: Adverse events")
    y -= 30
    _prose(c, 50, y, 490, 8)
    c.showPage()
    # page 2: a table with no caption between paragraphs (a conference abstract)
    y = _prose(c, 50, 800, 490, 5) - 12
    y = _table(
        c,
        50,
        y,
        [
            ("Overall response", "22 (45%)", "10 (21%)"),
            ("Complete response", "8 (16%)", "3 (6%)"),
            ("Partial response", "14 (29%)", "7 (15%)"),
            ("Stable disease", "15 (31%)", "20 (42%)"),
        ],
        ("Arm A (n=49)", "Arm B (n=48)"),
    )
    _prose(c, 50, y - 12, 490, 5)
    c.save()


@cache
def _layout_stages(tmp: str) -> TableStages:
    path = Path(tmp) / "layout.pdf"
    _layout_pdf(path)
    return table_stages(load_document(path))


def test_stacked_tables_with_captions_below_each_get_their_own_block(tmp_path_factory: Any) -> None:
    stages = _layout_stages(str(tmp_path_factory.mktemp("layout")))
    tables = {t.table_id: t for t in stages.regions.tables}
    assert tables["Table 1"].caption is not None and tables["Table 1"].caption.position == "below"
    assert tables["Table 2"].caption is not None and tables["Table 2"].caption.position == "below"
    rows = {g.table_id: [r.label for r in g.rows] for g in stages.grids.grids}
    assert rows["Table 1"] == ["Age, years", "Male", "Weight, kg", "BMI"]
    assert rows["Table 2"] == ["Headache", "Nausea", "Fatigue", "Dizziness"]


def test_a_block_without_caption_is_an_untitled_table(tmp_path_factory: Any) -> None:
    stages = _layout_stages(str(tmp_path_factory.mktemp("layout")))
    untitled = [t for t in stages.regions.tables if t.table_id == "Untitled table, page 2"]
    assert len(untitled) == 1 and untitled[0].caption is None
    grid = next(g for g in stages.grids.grids if g.table_id == "Untitled table, page 2")
    assert [r.label for r in grid.rows] == [
        "Overall response",
        "Complete response",
        "Partial response",
        "Stable disease",
    ]
    assert [h.text for h in grid.header] == ["Arm A (n=49)", "Arm B (n=48)"]
    assert not any(t.table_id.startswith("Untitled") and t.parts[0].page == 1 for t in stages.regions.tables)


def _flow_pdf(path: Path) -> None:
    """Two text columns; Table 1 starts in the left column, runs to its foot and goes on, without a
    header, at the top of the right column, where body text follows it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 230, 30) - 10
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Table 1. Adverse events")
    y -= 14
    events = ["Headache", "Nausea", "Fatigue", "Dizziness", "Rash", "Cough", "Fever", "Anaemia", "Diarrhoea"]
    rows = [(e, f"{10 + k} ({20 + k}%)", f"{5 + k} ({10 + k}%)") for k, e in enumerate(events)]
    c.setFont("Helvetica-Bold", 8)
    c.drawString(150, y, "Drug")
    c.drawString(215, y, "Placebo")
    y -= 11
    c.setFont("Helvetica", 8)
    for label, a, b in rows[:5]:
        c.drawString(50, y, label)
        c.drawString(150, y, a)
        c.drawString(215, y, b)
        y -= 11
    y = 800.0
    for label, a, b in rows[5:]:
        c.drawString(315, y, label)
        c.drawString(415, y, a)
        c.drawString(480, y, b)
        y -= 11
    _prose(c, 315, y - 14, 230, 30)
    c.save()


def test_a_table_flows_from_the_left_column_into_the_right_one(tmp_path: Path) -> None:
    path = tmp_path / "flow.pdf"
    _flow_pdf(path)
    stages = table_stages(load_document(path))
    table = next(t for t in stages.regions.tables if t.table_id == "Table 1")
    assert [p.page for p in table.parts] == [1, 1]
    assert table.parts[0].bbox[2] < 300 < table.parts[1].bbox[0]
    grids = [g for g in stages.grids.grids if g.table_id == "Table 1"]
    labels = [r.label for g in grids for r in g.rows]
    assert labels == ["Headache", "Nausea", "Fatigue", "Dizziness", "Rash", "Cough", "Fever", "Anaemia", "Diarrhoea"]
    assert not any(t.table_id.startswith("Untitled") for t in stages.regions.tables)
    # the prose under the continuation is not part of the table
    assert grids[1].rows[-1].cells and grids[1].rows[-1].label == "Diarrhoea"


def test_the_first_parts_header_applies_to_the_column_continuation(tmp_path: Path) -> None:
    from extractors.grid import region_to_grid
    from extractors.structure import grids_to_table

    path = tmp_path / "flow.pdf"
    _flow_pdf(path)
    document = load_document(path)
    stages = table_stages(document)
    parts = next(p for p in stages.parts if p[0].table_id == "Table 1")
    grids = [
        region_to_grid(r, document.frames[r.frame_index].fills, document.frames[r.frame_index].rules) for r in parts
    ]
    model = grids_to_table([g for g in grids if g is not None])
    cough = {c.column[-1]: c.text for c in model.cells if c.row[-1] == "Cough"}
    assert cough == {"Drug": "15 (25%)", "Placebo": "10 (15%)"}


# --------------------------------------------------------------------------- glyphs


def test_symbol_glyphs_are_decoded_from_the_glyph_not_the_font_name() -> None:
    import extractors.glyphs as glyphs

    assert not hasattr(glyphs, "FONT_GLYPHS")  # no table keyed by font name
    document = load_document(DATA / "pdfs" / "etravirine-cyp-cocktail-digoxin-ddi-jclinpharmacol2014.pdf")
    text = " ".join(w.text for f in document.frames for w in f.words)
    # this paper's symbol font claims "¼" for "=": the glyph's outline says otherwise
    assert "¼" not in text
    assert text.count("=") >= 20


def _leader_pdf(path: Path) -> None:
    """A frame-only table: one box, labels joined to values by dot leaders glued into one token."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 490, 5) - 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, y, "Table 1. Baseline characteristics")
    top = y + 12
    y -= 16
    c.setFont("Helvetica", 8)
    rows = [("Age, years", "62"), ("Women", "41"), ("Weight, kg", "78.5"), ("Smokers", "12"), ("Diabetes", "9")]
    for label, value in rows:
        c.drawString(60, y, f"{label}{'.' * (40 - len(label))}{value}")
        y -= 11
    c.rect(55, y + 5, 200, top - y - 5)
    _prose(c, 50, y - 20, 490, 5)
    c.save()


def test_dot_leaders_glued_into_one_token_are_split(tmp_path: Path) -> None:
    from extractors.leaders import split_word
    from schemas.document import Word

    word = Word("Age.......62", 0.0, 0.0, 60.0, 8.0, 8.0, False, (0.0, 0.0, 60.0, 8.0))
    parts = split_word(word)
    assert [p.text for p in parts] == ["Age", "62"]
    assert parts[0].x1 <= parts[1].x0 and parts[1].x1 == 60.0
    path = tmp_path / "leaders.pdf"
    _leader_pdf(path)
    stages = table_stages(load_document(path))
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 1")
    assert [(r.label, [c.text for c in r.cells]) for r in grid.rows] == [
        ("Age, years", ["62"]),
        ("Women", ["41"]),
        ("Weight, kg", ["78.5"]),
        ("Smokers", ["12"]),
        ("Diabetes", ["9"]),
    ]


def _grade_header_pdf(path: Path) -> None:
    """An AE table whose lower header row holds only numbers: grade bands "1–2 | 3–4" under each arm."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = _prose(c, 50, 800, 490, 5) - 20
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Table 3. Adverse events by grade")
    y -= 16
    xs = [200, 260, 340, 400]
    c.setFont("Helvetica-Bold", 8)
    c.drawString(200, y, "Drug (n=50)")
    c.drawString(340, y, "Placebo (n=50)")
    c.line(200, y - 3, 300, y - 3)
    c.line(340, y - 3, 440, y - 3)
    y -= 12
    c.drawString(50, y, "Grade")
    for x, band in zip(xs, ["1–2", "3–4", "1–2", "3–4"], strict=True):
        c.drawString(x, y, band)
    y -= 12
    c.setFont("Helvetica", 8)
    for label, vals in [
        ("Headache", ["10 (20)", "2 (4)", "8 (16)", "1 (2)"]),
        ("Nausea", ["7 (14)", "1 (2)", "5 (10)", "0"]),
        ("Fatigue", ["12 (24)", "3 (6)", "9 (18)", "2 (4)"]),
    ]:
        c.drawString(50, y, label)
        for x, v in zip(xs, vals, strict=True):
            c.drawString(x, y, v)
        y -= 11
    _prose(c, 50, y - 20, 490, 5)
    c.save()


def test_a_numeric_header_row_is_a_header_not_data(tmp_path: Path) -> None:
    path = tmp_path / "grades.pdf"
    _grade_header_pdf(path)
    stages = table_stages(load_document(path))
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 3")
    assert [r.label for r in grid.rows] == ["Headache", "Nausea", "Fatigue"]
    bands = [(h.text, h.columns) for h in grid.header if h.text in ("1–2", "3–4")]
    assert bands == [("1–2", [0]), ("3–4", [1]), ("1–2", [2]), ("3–4", [3])]
    groups = {h.text: h.columns for h in grid.header if "(n=50)" in h.text}
    assert groups == {"Drug (n=50)": [0, 1], "Placebo (n=50)": [2, 3]}


def test_counting_integers_are_category_headers_but_group_sizes_are_not() -> None:
    from extractors.grid_columns import _counting

    assert _counting(["1", "2", "3", "1", "2", "3"])  # grades under two arms
    assert _counting(["3", "4", "3", "4"])
    assert not _counting(["6", "6", "6"])  # a row of group sizes
    assert not _counting(["50", "48"])
