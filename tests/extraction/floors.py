"""Record today's recall of every golden file, per section, as the floor the tests hold it to.

    python -m tests.extraction.floors        # rewrite tests/data/floors.json
    python -m tests.extraction.floors --accept-lower text,text_labelled   # see below

The issue targets (recall >= 0.95 on tuning, validation and the zoo; wrong <= 0.5%) are reported by
``bench/accuracy.py``; many real papers are still far from them. So that no change can quietly lose what works
today, ``tests/extraction/test_golden.py`` holds every golden file to its recorded recall in each section (minus
one value per section for the rounding of a re-run), and a floor only moves up: rerun this after an
improvement, never to accept a regression. The one exception is a change that withholds values on purpose
(a prose number whose label is doubtful becomes a ``prose-unread`` finding instead of a guess):
``--accept-lower`` names the sections whose floors may then follow the new figures down; say why in the
commit.
"""

from __future__ import annotations

import argparse
import json

from extractors.pipeline import extract
from tests.extraction.conftest import GOLDEN, PDFS, golden_files, load_golden
from trialex.evaluate import compare

FLOORS = GOLDEN.parent / "floors.json"


def measure() -> dict[str, dict[str, int]]:
    """Per golden file, per section with values: the number of golden values found today."""
    floors: dict[str, dict[str, int]] = {}
    for path in golden_files():
        golden = load_golden(path)
        report = compare(golden, extract(PDFS / golden["pdf"]).records)
        floors[path.stem] = {s: t.found for s, t in sorted(report.sections.items()) if t.golden}
    return floors


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Rewrite tests/data/floors.json from today's recall.")
    parser.add_argument(
        "--accept-lower",
        default="",
        help="comma-separated sections (e.g. text,text_labelled) whose floors may fall to today's figures",
    )
    lower = {s for s in parser.parse_args(argv).accept_lower.split(",") if s}
    old = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    new = measure()
    merged = {
        stem: {s: found if s in lower else max(found, old.get(stem, {}).get(s, 0)) for s, found in d.items()}
        for stem, d in new.items()
    }
    lowered = [(stem, s) for stem, d in old.items() for s, n in d.items() if new.get(stem, {}).get(s, n) < n]
    FLOORS.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {FLOORS} ({len(merged)} files)")
    for stem, s in lowered:
        verdict = "lowered on purpose" if s in lower else "below its floor now"
        print(f"  {verdict}: {stem} {s}: {new[stem][s]} < {old[stem][s]}")


if __name__ == "__main__":
    main()
