"""Which files a batch ingests: the PDFs under folders (recursively, ``*.pdf`` in any case), the matches of
glob patterns, and files named one by one.

Files and folders whose name starts with a dot are left out of folder scans (editors' and rsync's
temporary files), and so are symbolic links to folders (which could loop). A file named explicitly, or
matched by a glob, is taken whatever its name, so that a mislabelled file is reported rather than silently
skipped. A glob that matches nothing is not an error (a quiet night's inbox); a plain path that does not
exist is.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from trialex.errors import TrialexError

_GLOB_CHARS = frozenset("*?[")


class NoSuchPathError(TrialexError):
    """A PATH argument is neither an existing file or folder nor a glob pattern."""

    code = "no-such-path"


def is_glob(path: str) -> bool:
    return any(c in _GLOB_CHARS for c in path)


def find_pdfs(paths: Sequence[str]) -> list[Path]:
    """Every file to ingest, each once (by resolved path), in a stable order: the order of ``paths``, and
    sorted within a folder or glob."""
    missing = [p for p in paths if not is_glob(p) and not os.path.lexists(p)]
    if missing:
        raise NoSuchPathError("no such file or folder: " + ", ".join(missing))
    seen: set[Path] = set()
    out: list[Path] = []
    for path in _expand(paths):
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def _expand(paths: Iterable[str]) -> Iterator[Path]:
    for arg in paths:
        if is_glob(arg):
            for match in expand_glob(arg):
                yield from _files(match, explicit=True)
        else:
            yield from _files(Path(arg), explicit=True)


def expand_glob(pattern: str) -> list[Path]:
    """The matches of a glob pattern (``**`` spans folders), sorted. Linked folders are not followed and
    hidden files and folders are left out, unless the pattern names them with a leading dot."""
    parts = Path(os.path.expanduser(pattern)).parts
    first = next(i for i, part in enumerate(parts) if is_glob(part))
    base = Path(*parts[:first]) if first else Path(".")
    rest = parts[first:]
    matches = sorted(base.glob("/".join(rest)))
    if any(part.startswith(".") for part in rest):
        return matches
    return [m for m in matches if not any(part.startswith(".") for part in m.relative_to(base).parts)]


def _files(path: Path, *, explicit: bool) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.name.startswith(".") or (child.is_symlink() and child.is_dir()):
                continue  # hidden, or a linked folder (which could loop back)
            yield from _files(child, explicit=False)
    elif path.is_file() and (explicit or path.suffix.lower() == ".pdf"):
        yield path
