"""Reading the ratios3 corpus (tests/extraction/prose_ratios3_corpus.py) back: per gold number the ratios2 scorer's
row (tests/extraction/prose_ratios2_score.py: right, withheld, wrong endpoint / group / statistic, kept out, per
binding kind), and besides it the records of a value no gold names ("extra"), so that precision is over everything
emitted: precision = right / (right + wrong + extra), recall = required gold read right / required gold (a gold
number with an endpoint, not optional). ``python -m tests.extraction.prose_ratios3_score [-v]`` prints the figures
and lists the wrong, extra (and, with -v, withheld) numbers."""

from __future__ import annotations

from tests.extraction.prose_ratios2_score import by_binding, by_family, comparative, totals
from tests.extraction.prose_ratios2_score import score as _score
from tests.extraction.prose_sampled_forms_corpus import Entry
from tests.extraction.prose_sampled_forms_score import _said, read

__all__ = ["by_binding", "by_family", "comparative", "extras", "figures", "report", "score", "totals"]

WRONG = ("wrong endpoint", "wrong group", "wrong statistic")


def score(corpus: list[Entry], forms: list[str]) -> list[tuple[str, str, str, str]]:
    return _score(corpus, forms)


def extras(corpus: list[Entry]) -> list[str]:
    """The records whose value no gold number of their entry has (a number emitted that no reviewer files)."""
    out = []
    for entry in corpus:
        records, _ = read(entry)
        values = [g.value for g in entry[2]]
        for r in records:
            if r.value is not None and not any(abs(r.value - v) < 1e-9 for v in values):
                out.append(f"{entry[1][:60]}... {r.value}: {_said(r)}")
    return out


def _required(corpus: list[Entry]) -> list[bool]:
    """Per scored gold number (in the scorer's order), whether recall counts it."""
    return [
        g.endpoint is not None and not g.optional for entry in corpus for g in entry[2] if g.statistic != "denominator"
    ]


def figures(corpus: list[Entry], forms: list[str]) -> dict[str, float]:
    """right, wrong, extra, emitted, precision; required, required right, recall."""
    rows = score(corpus, forms)
    required = _required(corpus)
    right = sum(1 for _, _, kind, _ in rows if kind == "right")
    wrong = sum(1 for _, _, kind, _ in rows if kind in WRONG)
    extra = len(extras(corpus))
    emitted = right + wrong + extra
    needed = sum(required)
    found = sum(1 for (_, _, kind, _), req in zip(rows, required, strict=True) if req and kind == "right")
    return {
        "right": right,
        "wrong": wrong,
        "extra": extra,
        "emitted": emitted,
        "precision": round(right / emitted, 3) if emitted else 1.0,
        "required": needed,
        "required right": found,
        "recall": round(found / needed, 3) if needed else 1.0,
    }


def report(corpus: list[Entry], forms: list[str], verbose: bool = False) -> None:
    """Print a corpus's figures and its wrong, extra (and, ``verbose``, withheld) numbers."""
    rows = score(corpus, forms)
    shown = (*WRONG, "missed")
    for form, how, kind, line in rows:
        if kind in shown or (verbose and kind == "withheld"):
            print(f"{kind} [{form} / {how}] :: {line}")
    for line in extras(corpus):
        print("extra ::", line)
    print("overall", totals(rows), "entries", len(corpus))
    print("comparative", totals(comparative(rows)))
    print("figures", figures(corpus, forms))
    for form, counts in by_family(rows).items():
        print("family", form, counts)
    for how, counts in by_binding(rows).items():
        print("binding", how, counts)


if __name__ == "__main__":
    import sys

    from tests.extraction.prose_ratios3_corpus import CORPUS, FORMS

    report(CORPUS, FORMS, "-v" in sys.argv)
