"""``trialex runs``: the list of runs and one run's files, on the database of the mixed ingest."""

from __future__ import annotations

import json

import pytest

from trialex.cli import main

from .conftest import Mixed
from .makers import BAD_KINDS
from .test_batch import FOUND


def test_the_runs_are_listed(mixed: Mixed, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["runs", "--database-url", mixed.url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "started", "(UTC)"]
    newest, oldest = lines[1].split(), lines[2].split()
    assert newest[0] == str(mixed.runs[1].run.id) and newest[3] == "completed"
    assert oldest[4:9] == [str(FOUND), str(FOUND), "3", "1", str(len(BAD_KINDS))]
    assert main(["runs", "--limit", "1", "--database-url", mixed.url]) == 0
    assert "(1 of 2 runs; --limit N shows more)" in capsys.readouterr().out


def test_one_run_shows_its_files_and_reasons(mixed: Mixed, capsys: pytest.CaptureFixture[str]) -> None:
    run_id = mixed.runs[0].run.id
    assert main(["runs", str(run_id), "--database-url", mixed.url]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"run {run_id}: completed")
    assert "ingested" in out and "already_present" in out
    assert main(["runs", str(run_id), "--failed", "--database-url", mixed.url]) == 0
    failed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  failed ")]
    assert len(failed) == len(BAD_KINDS)
    for name, (code, _) in BAD_KINDS.items():
        assert any(f"{name}  {code}: " in line for line in failed), name


def test_json_output(mixed: Mixed, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["runs", "--json", "--database-url", mixed.url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in listed] == [mixed.runs[1].run.id, mixed.runs[0].run.id]
    assert main(["runs", str(mixed.runs[0].run.id), "--json", "--database-url", mixed.url]) == 0
    detail = json.loads(capsys.readouterr().out)
    assert len(detail["files"]) == FOUND and detail["failed"] == len(BAD_KINDS)


def test_errors(mixed: Mixed, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["runs", "9999", "--database-url", mixed.url]) == 1
    assert "no run with id 9999" in capsys.readouterr().err
    assert main(["runs", "--failed", "--database-url", mixed.url]) == 2
    assert main(["runs", "--limit", "0", "--database-url", mixed.url]) == 2
