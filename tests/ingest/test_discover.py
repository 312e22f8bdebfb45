"""Which files a batch takes (folders, globs, files) and the command line's usage errors (exit status 2)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from trialex.cli import main
from trialex.ingest.discover import NoSuchPathError, find_pdfs

from .conftest import read_runs, sqlite_url
from .makers import ABSTRACT


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    (root / "2024" / "march").mkdir(parents=True)
    (root / ".cache").mkdir()
    for rel in ("a.pdf", "B.PDF", "2024/c.Pdf", "2024/march/d.pdf", "notes.txt", ".hidden.pdf", ".cache/e.pdf"):
        (root / rel).write_bytes(b"%PDF-1.4 " + rel.encode())
    os.symlink(root, root / "2024" / "loop")  # a linked folder pointing back up must not be followed
    return root


def names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_a_folder_is_searched_recursively_for_pdfs_in_any_case(tree: Path) -> None:
    assert names(find_pdfs([str(tree)]), tree) == ["2024/c.Pdf", "2024/march/d.pdf", "B.PDF", "a.pdf"]


def test_globs_and_explicit_files(tree: Path) -> None:
    found = find_pdfs(
        [str(tree / "2024" / "**" / "*.pdf"), str(tree / "notes.txt"), str(tree / "a.pdf"), str(tree / "a.pdf")]
    )
    # a glob is taken as written (case-sensitive); an explicit file whatever its name; each file once
    assert names(found, tree) == ["2024/march/d.pdf", "notes.txt", "a.pdf"]
    assert find_pdfs([str(tree / "nothing-*.pdf")]) == []


def test_a_missing_path_is_an_error(tree: Path) -> None:
    with pytest.raises(NoSuchPathError, match=r"no such file or folder: .*missing"):
        find_pdfs([str(tree), str(tree / "missing")])


def test_usage_errors_exit_2(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "usage.db")
    assert main(["ingest", str(tree / "missing"), "--database-url", url]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["ingest", str(tree), "--interval", "5", "--database-url", url]) == 2
    assert "--interval only applies with --watch" in capsys.readouterr().err
    for bad in (["--workers", "0"], ["--timeout-per-file", "-1"], ["--memory-mb", "lots"]):
        with pytest.raises(SystemExit) as exit_:
            main(["ingest", str(tree), *bad])
        assert exit_.value.code == 2
    assert not (tmp_path / "usage.db").exists()


def test_an_empty_inbox_is_a_recorded_run_with_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "inbox").mkdir()
    url = sqlite_url(tmp_path / "trialex.db")
    assert main(["ingest", str(tmp_path / "inbox"), "--database-url", url]) == 0
    (run,) = read_runs(url)
    assert (run.run.status, run.run.found, run.run.seen) == ("completed", 0, 0)
    assert "found            0" in capsys.readouterr().out


def test_a_good_file_alone_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paper = Path(shutil.copy(ABSTRACT, tmp_path / ABSTRACT.name))
    url = sqlite_url(tmp_path / "trialex.db")
    assert main(["ingest", str(paper), "--workers", "1", "--database-url", url]) == 0
    assert main(["ingest", str(paper), "--workers", "1", "--database-url", url]) == 0
    first, second = read_runs(url)
    assert (first.run.ingested, second.run.already_present) == (1, 1)
    out = capsys.readouterr().out
    assert "ingested         1" in out and "already present  1" in out


def test_a_database_that_cannot_be_opened_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "inbox").mkdir()
    url = f"sqlite:///{tmp_path}/no/such/folder/trialex.db"
    assert main(["ingest", str(tmp_path / "inbox"), "--database-url", url]) == 1
    assert "cannot open the database" in capsys.readouterr().err
