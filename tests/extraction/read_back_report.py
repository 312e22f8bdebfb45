"""The printout of a read-back page set's score (``python -m tests.extraction.test_read_back_<family> [PAGE ...]``):
per page, its right, wrong, missing and extra values, then each fault and each unread cell's finding."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from schemas.extraction import Extraction

Score = tuple[list[str], list[str], list[str], list[str]]


def print_report(
    pages: Iterable[str],
    score: Callable[[str], Score],
    total: Callable[[str], int],
    extraction: Callable[[str], Extraction],
) -> None:
    for p in pages:
        right, wrong, missing, extra = score(p)
        unread = [f.message for f in extraction(p).findings if f.check == "cell-unread"]
        print(
            f"{p}: right {len(right)} of {total(p)}, wrong {len(wrong)}, missing {len(missing)}, "
            f"extra {len(extra)}, cell-unread findings {len(unread)}"
        )
        for kind, lines in (("WRONG", wrong), ("MISSING", missing), ("EXTRA", extra), ("UNREAD", unread)):
            for line in lines:
                print(f"  {kind}", line)
