"""`trialex check PAPER.pdf` on real PDFs: the report, the JSON, the severity filter and the exit status,
compared with the library's own findings over the same extraction."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.pipeline import extract
from schemas.findings import Finding
from schemas.records import Record
from trialex.checks import CATALOGUE, run_checks
from trialex.cli import main

PDFS = Path(__file__).resolve().parents[1] / "data" / "pdfs"
SEED = PDFS / "seed-nct04728035.pdf"
EAST = PDFS / "east-afnet4-early-rhythm-nejm2020.pdf"


@pytest.fixture(scope="module")
def seed_findings() -> list[Finding]:
    return run_checks(extract(SEED).records)


@pytest.fixture(scope="module")
def east_records() -> list[Record]:
    return extract(EAST).records


def test_json_lists_the_same_findings_as_the_library(
    capsys: pytest.CaptureFixture[str], seed_findings: list[Finding]
) -> None:
    status = main(["check", str(SEED), "--format", "json"])
    document = json.loads(capsys.readouterr().out)
    errors = sum(f.severity == "error" for f in seed_findings)
    assert status == (1 if errors else 0)
    assert document["file"] == "seed-nct04728035.pdf" and document["records"] > 0
    assert document["summary"] == {s: sum(f.severity == s for f in seed_findings) for s in ("error", "warning", "info")}
    assert document["findings"] == [f.model_dump(mode="json") for f in seed_findings]
    # the seed prose prints "87 (88.1%) of the 101 patients": once the prose reader reads it, it is an error
    if any(v.raw.startswith("87 (88.1%)") for f in seed_findings for v in f.values):
        assert status == 1


def test_the_text_report_groups_findings_by_severity(
    capsys: pytest.CaptureFixture[str], seed_findings: list[Finding]
) -> None:
    main(["check", str(SEED)])
    out = capsys.readouterr().out
    assert out.startswith("seed-nct04728035.pdf: ")
    assert f"checked by {len(CATALOGUE)} checks" in out
    order = [out.index(title) for title in ("ERRORS (", "WARNINGS (", "INFO (") if title in out]
    assert order == sorted(order)
    for finding in seed_findings:
        assert f"[{finding.check}]" in out
        if finding.expected:
            assert f"expected: {finding.expected}" in out
        for value in finding.values:
            assert f"(page {value.page}" in out


def test_the_severity_filter_hides_but_the_exit_status_still_counts_errors(
    capsys: pytest.CaptureFixture[str], seed_findings: list[Finding]
) -> None:
    status = main(["check", str(SEED), "--format", "json", "--severity", "error"])
    document = json.loads(capsys.readouterr().out)
    assert {f["severity"] for f in document["findings"]} <= {"error"}
    assert len(document["findings"]) == document["summary"]["error"]
    assert status == (1 if document["summary"]["error"] else 0)


def test_the_installed_command_reports_the_east_afnet4_interval_and_exits_1(
    tmp_path: Path, east_records: list[Record]
) -> None:
    """NEJM 2020 Table 2 prints "0.23 (−0.46 to −0.91)": the estimate lies outside its (reversed) CI."""
    out = tmp_path / "east.json"
    done = subprocess.run(
        [sys.executable, "-m", "trialex.cli", "check", str(EAST), "--format", "json", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    expected = run_checks(east_records)
    assert done.returncode == (1 if any(f.severity == "error" for f in expected) else 0), done.stderr
    interval = [f for f in document["findings"] if f["check"] == "estimate-in-ci"]
    if any(r.raw == "0.23 (−0.46 to −0.91)" for r in east_records):
        assert interval and interval[0]["severity"] == "error" and done.returncode == 1
        assert "0.23 (−0.46 to −0.91)" in interval[0]["message"]


def test_help_documents_the_exit_status_and_the_catalogue_is_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert "exit status:" in text and "0  no error found" in text and "1  at least one error found" in text
    assert main(["check", "--list-checks"]) == 0
    listed = capsys.readouterr().out
    assert all(f"{info.id}: {info.title}" in listed for info in CATALOGUE)
    assert main(["check", "--list-checks", "--format", "json"]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [info.id for info in CATALOGUE]


def test_usage_and_input_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check"])
    assert exited.value.code == 2
    assert "the PDF is required" in capsys.readouterr().err
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("not a PDF", encoding="utf-8")
    assert main(["check", str(not_pdf)]) == 1
    assert "trialex: error:" in capsys.readouterr().err


def test_a_consistent_paper_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    pdf = PDFS / "lorundrostat-fih-pk-cts2024.pdf"
    expected = run_checks(extract(pdf).records)
    status = main(["check", str(pdf)])
    out = capsys.readouterr().out
    assert status == (1 if any(f.severity == "error" for f in expected) else 0)
    if not expected:
        assert status == 0 and "No arithmetic inconsistency found." in out
