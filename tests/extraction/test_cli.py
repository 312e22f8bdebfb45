"""trialex extract: json, records and csv carry every number with its provenance."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from functools import cache
from pathlib import Path

from trialex.cli import main

SEED = Path(__file__).resolve().parents[1] / "data" / "pdfs" / "seed-nct04728035.pdf"
FIELDS = {
    "section",
    "table",
    "row",
    "column",
    "arm",
    "arm_n",
    "grade",
    "analyte",
    "unit",
    "statistic",
    "value",
    "qualifier",
    "raw",
    "page",
    "bbox",
}


@cache  # each command line runs once: test_csv_has_the_same_rows and the records test share the records run
def _run(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "trialex.cli", *args], capture_output=True, text=True, check=True)
    return out.stdout


def test_json_has_metadata_arms_sections(tmp_path: Path) -> None:
    target = tmp_path / "seed.json"
    assert main(["extract", str(SEED), "-o", str(target)]) == 0
    data = json.loads(target.read_text())
    assert data["metadata"]["nct_ids"][0] == "NCT04728035"
    assert data["metadata"]["doi"] == "10.1038/s41467-024-55090-4"
    assert {t["section"] for t in data["tables"]} == {"demographics", "adverse_events", "pk", "efficacy"}
    assert any(a["name"] == "TNBC 70 mg/m²" and a["n"] == 89 for a in data["arms"])
    eff = data["sections"]["efficacy"]
    orr = [r for r in eff["response_rates"] if r["kind"] == "ORR" and r["arm"] == "TNBC Total"]
    assert orr and orr[0]["count"]["value"] == 22 and orr[0]["ci_low"]["value"] == 16.6
    os_nr = [t for t in eff["time_to_event"] if t["endpoint"] == "OS" and t["median"]["qualifier"] == "not reached"]
    assert os_nr
    pk = [p for p in data["sections"]["pk"] if p["analyte"] == "SN-38" and p["parameter"] == "AUC0-inf"]
    assert {p["statistics"]["mean"]["value"] for p in pk} == {481.2, 457.2}


def test_records_are_json_lines_with_provenance() -> None:
    lines = _run("extract", str(SEED), "--format", "records").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) > 750  # prose numbers whose endpoint the text does not tell are findings (issue 9)
    assert all(set(r) >= FIELDS for r in records)
    cell = next(r for r in records if r["raw"] == "5 (41.7)" and r["statistic"] == "percent")
    assert cell["value"] == 41.7 and cell["row"] == ["ECOG performance status", "0"]
    assert cell["page"] == 1 and len(cell["bbox"]) == 4


def test_csv_has_the_same_rows() -> None:
    rows = list(csv.DictReader(io.StringIO(_run("extract", str(SEED), "--format", "csv"))))
    records = _run("extract", str(SEED), "--format", "records").splitlines()
    assert len(rows) == len(records)
    assert set(rows[0]) >= FIELDS


def test_bad_file_gets_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a pdf at all")
    out = subprocess.run([sys.executable, "-m", "trialex.cli", "extract", str(bad)], capture_output=True, text=True)
    assert out.returncode == 1
    assert "not a PDF" in out.stderr and "Traceback" not in out.stderr


def test_help_explains_every_command() -> None:
    text = _run("--help")
    for command in ("extract", "check", "serve"):
        assert command in text
    assert "--format" in _run("extract", "--help")
