"""``trialex extract`` on what is not a readable file gets one clear line, and runs under the same isolation
as ingestion: a time limit stops it with a one-line error, no traceback."""

from __future__ import annotations

from pathlib import Path

from .conftest import trialex
from .makers import SEED


def test_a_missing_file_and_a_folder_get_one_line(tmp_path: Path) -> None:
    for target, words in ((tmp_path / "nope.pdf", "no such file"), (tmp_path, "is a folder")):
        result = trialex("extract", str(target), cwd=tmp_path)
        assert result.returncode == 1 and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("trialex: error:") and words in lines[0], result.stderr


def test_extract_runs_with_a_time_limit(tmp_path: Path) -> None:
    result = trialex("extract", str(SEED), "--timeout", "0.01", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "took longer than 0.01 s" in result.stderr


def test_extract_in_its_worker_prints_the_records(tmp_path: Path) -> None:
    result = trialex("extract", str(SEED), "--format", "records", "--memory-mb", "1024", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) > 500
