"""Reading the ratios2 corpus (tests/extraction/prose_ratios2_corpus.py) back, the pattern of
tests/extraction/prose_second_look_score.py, per gold number and per binding kind: right, withheld (with a finding, or a
number that may be left out), or wrong, split by what is wrong (endpoint, group or statistic, in that order of
blame); a record's binding kind is the endpoint half of ``Record.binding`` cut at its first colon (a "ratio:" kind at
its first comma) ("statistic key",
"for-list item", "copula subject", ...). ``python -m tests.extraction.prose_ratios2_score [-v] [--second]`` prints the
table and lists the wrong (and, with -v, the withheld) numbers."""

from __future__ import annotations

import re

from schemas.records import Record
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_second_look_score import KINDS, by_binding, by_family, totals
from tests.extraction.prose_second_look_score import score as _score

__all__ = ["KINDS", "by_binding", "by_family", "totals"]


def binding_kind(r: Record) -> str:
    how = r.binding[0] if r.binding else "none"
    if how.startswith("ratio:"):  # the ratio kinds apart ("ratio: named for", "ratio: subject occurred", ...)
        return how.split(",")[0].strip()
    return how.split(":")[0].strip() or "none"


def score(corpus: list[Entry], forms: list[str]) -> list[tuple[str, str, str, str]]:
    """One row per gold number (denominators left out): (family, binding kind, kind, what was read), by the
    second-look scorer with the ratio kinds apart."""
    return _score(corpus, forms, binding_kind)


COMPARATIVE = re.compile(r"gold (?:hr|or|rr|p|ci_low|ci_high|value|rr\|[a-z|]+) of ")


def comparative(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The rows of comparative statistics: ratios, differences, their intervals and P values (not each arm's counts,
    shares, medians or rates)."""
    return [row for row in rows if COMPARATIVE.search(row[3])]


if __name__ == "__main__":
    import sys

    from tests.extraction.prose_ratios2_corpus import CORPUS, FORMS, SECOND, SECOND_FORMS

    corpus, forms = (SECOND, SECOND_FORMS) if "--second" in sys.argv else (CORPUS, FORMS)
    rows = score(corpus, forms)
    shown = ("wrong endpoint", "wrong group", "wrong statistic", "missed")
    for form, how, kind, line in rows:
        if kind in shown or ("-v" in sys.argv and kind == "withheld"):
            print(f"{kind} [{form} / {how}] :: {line}")
    print("overall", totals(rows), "entries", len(corpus))
    print("comparative", totals(comparative(rows)))
    for form, counts in by_family(rows).items():
        print("family", form, counts)
    for how, counts in by_binding(rows).items():
        print("binding", how, counts)
