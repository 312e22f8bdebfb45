"""How often the metadata a meta-analyst files by is read right, per field and split (issue 9, item 4).

    python bench/metadata.py [--only PATTERN]

Each golden file's ``metadata`` lists what the paper says about itself: its own title (whole), DOI (from
the header or footer, not the reference list), journal, publication year, NCT ids (own first) and trial
acronym. A field is scored only where the golden file gives it. A journal matches by its name or its ISO
abbreviation (each abbreviated word keeps the first letter and the order of the full word's). Titles compare
after Unicode NFKC, case and whitespace folding; NCT ids by the trial's own (the first); the rest exactly.
*Wrong* is a value emitted that differs from the golden one, *missing* no value at all: as with the tables,
a wrong value is worse than a missing one.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from trialex.evaluate import load_golden, split_of  # noqa: E402

FIELDS = ("title", "doi", "journal", "year", "nct_ids", "acronym")


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFKC", value).split()).casefold()
    if isinstance(value, list):
        return frozenset(str(v).upper() for v in value)
    return value


_SMALL = {"of", "and", "the", "in", "for", "on", "&"}


def _journal_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", unicodedata.normalize("NFKC", name).casefold()) if w not in _SMALL]


def _abbreviates(short: str, full: str) -> bool:
    """ "pharmacol" abbreviates "pharmacology", "br" "british": same first letter, the rest in order."""
    if short[:1] != full[:1]:
        return False
    rest = iter(full[1:])
    return all(c in rest for c in short[1:])


def journal_matches(want: str, got: str) -> bool:
    """The same journal, by its name or its ISO abbreviation ("Br J Clin Pharmacol" = "British Journal of
    Clinical Pharmacology", "N Engl J Med" = "The New England Journal of Medicine")."""
    a, b = _journal_words(want), _journal_words(got)
    if len(a) != len(b):
        return False
    return all(_abbreviates(x, y) or _abbreviates(y, x) for x, y in zip(a, b, strict=True))


def score(want: dict[str, Any], got: dict[str, Any]) -> dict[str, str]:
    """Per field the golden file gives: 'right', 'wrong' or 'missing'."""
    out: dict[str, str] = {}
    for name in FIELDS:
        if not want.get(name):
            continue
        value = got.get(name)
        if not value:
            out[name] = "missing"
        else:
            if name == "journal":
                same = journal_matches(want[name], value)
            elif name == "nct_ids":  # the trial's own registry id comes first; cited trials' ids may follow
                same = _plain(value[:1]) == _plain(want[name][:1])
            else:
                same = _plain(value) == _plain(want[name])
            out[name] = "right" if same else "wrong"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="only golden files whose name contains PATTERN")
    parser.add_argument("--tuning-only", action="store_true", help="skip the validation papers")
    args = parser.parse_args()
    tallies: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"right": 0, "wrong": 0, "missing": 0})
    title_pages = sorted((ROOT / "tests/data/title_pages/golden").glob("*.json"))
    for path in sorted((ROOT / "tests/data/golden").glob("*.json")) + title_pages:
        if args.only and args.only not in path.name:
            continue
        golden = load_golden(path)
        want = golden.get("metadata") or {}
        if not want:
            continue
        group = "zoo/jats/seed" if golden["origin"] != "real" else split_of(path.stem, golden["origin"])
        if path in title_pages:
            group = "tuning/zoo"
        if args.tuning_only and group == "validation":
            continue
        got = extract(path.parents[1] / "pdfs" / golden["pdf"]).metadata.model_dump()
        for name, verdict in score(want, got).items():
            tallies[(group, name)][verdict] += 1
    print(f"{'files':14s} {'field':8s} {'right':>6s} {'wrong':>6s} {'missing':>8s}  share right")
    for (group, name), t in sorted(tallies.items()):
        total = sum(t.values())
        print(f"{group:14s} {name:8s} {t['right']:6d} {t['wrong']:6d} {t['missing']:8d}  {t['right'] / total:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
