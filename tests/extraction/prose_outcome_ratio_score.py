"""Reading the outcome-ratio corpus back: each gold number right, withheld or silently wrong."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record
from tests.extraction.prose_outcome_ratio_corpus import CORPUS, G


def _words(spec: str) -> list[str]:
    return [w for w in spec.lower().split("|") if w and w != "-"]


def right(record: Record, gold: G) -> bool:
    """Whether a record carries the gold's endpoint, group, statistic (and subgroup)."""
    said = (" ".join(record.row) + " | " + (record.parameter or "")).lower()
    arm = (record.arm or "").lower()
    words = _words(gold.endpoint)
    if not words:
        return False
    endpoint = "*" in words or any(w in said for w in words)
    if gold.arm == "*":
        group = True
    elif gold.arm is None:
        group = record.arm is None
    else:
        group = record.arm is not None and any(w in arm for w in _words(gold.arm))
    statistic = gold.statistic == "*" or record.statistic in gold.statistic.split("|")
    within = gold.within is None or any(w in said + " " + arm for w in _words(gold.within))
    return endpoint and group and statistic and within


def score(entries: list[tuple[list[str], list[G]]] = CORPUS) -> dict[str, list[tuple[int, float, str]]]:
    """Per gold number: "right", "withheld" or "wrong" (a record of its value, none right); and "extra": a record
    of a value no gold has (a non-result emitted)."""
    out: dict[str, list[tuple[int, float, str]]] = {"right": [], "withheld": [], "wrong": [], "extra": []}
    for i, (paragraphs, gold) in enumerate(entries):
        records, _ = read_paragraphs(paragraphs)
        for g in gold:
            same = [r for r in records if r.value is not None and abs(r.value - g.value) < 1e-9]
            said = "; ".join(f"{r.row}|{r.arm}|{r.statistic}|{r._binding}" for r in same)
            if any(right(r, g) for r in same):
                out["right"].append((i, g.value, said))
            elif same:
                out["wrong"].append((i, g.value, said))
            elif not g.optional and "-" not in g.endpoint.split("|"):
                out["withheld"].append((i, g.value, ""))
        for r in records:
            if r.value is not None and not any(abs(r.value - g.value) < 1e-9 for g in gold):
                out["extra"].append((i, r.value, f"{r.row}|{r.parameter}|{r.arm}|{r.statistic}"))
    return out


if __name__ == "__main__":
    import sys

    result = score()
    for kind in ("wrong", "extra", "withheld") if "-v" in sys.argv else ("wrong", "extra"):
        for i, value, said in result[kind]:
            print(kind, i, value, said, "::", " ".join(CORPUS[i][0])[:160])
    print({k: len(v) for k, v in result.items()}, "entries", len(CORPUS))
