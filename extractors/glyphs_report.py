"""Every decision of the glyph decoder for one PDF, font by font, for a reviewer.

    python -m extractors.glyphs_report PAPER.pdf [--all]

For each font with a glyph whose decoding differs from what the reader reports (or every font with
``--all``): each code, its glyph name, the reported text (ToUnicode or encoding), what the name and the
outline say, the result and which evidence decided.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extractors.glyphs import Decision, decoder_for


def report(path: Path, show_all: bool = False) -> list[str]:
    decoder = decoder_for(path.read_bytes())
    by_font: dict[str, list[Decision]] = {}
    for decision in decoder.decisions():
        by_font.setdefault(decision.font, []).append(decision)
    lines: list[str] = []
    for font, decisions in sorted(by_font.items()):
        changed = [d for d in decisions if d.result != d.reported]
        if not changed and not show_all:
            continue
        lines.append(f"{font}  ({len(decisions)} codes, {len(changed)} decoded differently from the reader)")
        lines.append(f"  {'code':>5s}  {'glyph name':18s} {'reported':12s} {'by name':8s} {'by shape':8s} result  how")
        for d in decisions if show_all else changed:
            lines.append(
                f"  {d.code:>5d}  {(d.name or '-')[:18]:18s} {d.reported[:12]!s:12s} {d.by_name or '-':8s} "
                f"{d.by_shape or '-':8s} {d.result:6s}  {d.how}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdf", type=Path, nargs="+")
    parser.add_argument("--all", action="store_true", help="every font and code, not only the changed ones")
    args = parser.parse_args(argv)
    for path in args.pdf:
        print(f"== {path.name}")
        for line in report(path, args.all):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
