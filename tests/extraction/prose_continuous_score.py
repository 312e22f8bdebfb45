"""Reading the continuous-measure corpus back (tests/extraction/prose_continuous_corpus.py), scored as the calibration
corpus is (tests/extraction/prose_calibration_score.py): right, withheld, silently wrong, missed, kept out; per binding
kind. One rule more: a gold number that is a relative change or a ratio (its endpoint says "higher", "increase",
"decreased", "fold", "ratio", "difference" ...) is right only when the record's endpoint says so too: a "61% higher"
read as a percent of "AUC0-inf" is silently wrong (endpoint_matches alone reads "AUC0-inf" inside "AUC0-inf higher").

    python -m tests.extraction.prose_continuous_score [-v]

FIRST CONTACT and the end figures: see FIRST_CONTACT and the module docstring of test_prose_continuous.py.
"""

from __future__ import annotations

import re

from tests.extraction.prose_calibration_score import Outcome, outcomes, report, totals
from tests.extraction.prose_continuous_corpus import CORPUS
from tests.extraction.prose_sampled_forms_corpus import Entry
from trialex.evaluate import prose_endpoint

# before any extractor change (main at 87a0059; 38 paragraphs, 149 scored gold numbers)
FIRST_CONTACT = {"right": 34, "withheld": 69, "wrong": 20, "missed": 0, "kept out": 26}

_CHANGE = re.compile(
    r"\b(?:higher|lower|increase[sd]?|decrease[sd]?|reduced|reduction|fall|fell|rose|rise|fold|ratios?|difference|"
    r"change[sd]?|greater|less)\b",
    re.IGNORECASE,
)


def _strict(o: Outcome) -> Outcome:
    """A record read right for a change's or a ratio's gold whose endpoint names no change or ratio is wrong."""
    g, r = o.gold, o.record
    if o.kind != "right" or r is None or g.endpoint is None or not _CHANGE.search(g.endpoint):
        return o
    if _CHANGE.search(prose_endpoint(r) or ""):
        return o
    return Outcome(o.entry, g, "wrong", r, ("endpoint",))


def score(corpus: list[Entry] = CORPUS) -> list[Outcome]:
    return [_strict(o) for entry in corpus for o in outcomes(entry)]


if __name__ == "__main__":
    import sys

    result = score(CORPUS)
    for kind in ("wrong", "missed", "withheld", "right") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.line(), o.faults or "")
    print(f"== all ({len(CORPUS)} paragraphs, {len(result)} scored gold numbers)")
    report(result)
    print(totals(result))
