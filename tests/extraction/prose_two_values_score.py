"""Scoring tests/extraction/prose_two_values_corpus.py: each gold value is right (a record of its statistic and
value whose endpoint and group match, carrying the qualifier), withheld (no record of it), or wrong (a record of it
that matches no gold, or one that should have been withheld).

    python -m tests.extraction.prose_two_values_score [--second] [-v]
"""

from __future__ import annotations

import re

from extractors.prose import read_paragraphs
from tests.extraction.prose_two_values_corpus import SET1, SET2, Gold
from trialex.evaluate import endpoint_matches, group_matches, prose_endpoint


def score(corpus: list[tuple[str, list[Gold]]], verbose: bool = False) -> dict[str, int]:
    out = {"right": 0, "withheld as gold": 0, "withheld": 0, "wrong": 0}
    for paragraph, golds in corpus:
        records, _ = read_paragraphs([paragraph])
        for stat, value, endpoint, qualifier, group in golds:
            found = [r for r in records if r.statistic == stat and r.value == value]
            if not found:
                verdict = "withheld as gold" if endpoint is None else "withheld"
            elif endpoint is None:
                verdict = "wrong"
            else:
                ok = all(
                    endpoint_matches(endpoint, prose_endpoint(r))
                    and group_matches(group, r.arm)
                    and (qualifier is None or re.search(qualifier, prose_endpoint(r) or "", re.I))
                    for r in found
                )
                verdict = "right" if ok else "wrong"
            out[verdict] += 1
            if verbose and verdict not in ("right", "withheld as gold"):
                got = [(prose_endpoint(r), r.arm) for r in found]
                print(f"{verdict:8s} {stat} {value} gold={endpoint!r}/{qualifier!r}/{group!r} got={got}")
    return out


if __name__ == "__main__":
    import sys

    print(score(SET2 if "--second" in sys.argv else SET1, "-v" in sys.argv))
