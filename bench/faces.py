"""The layout zoo set in other typefaces: do the readers' rules hold for other glyph widths and word spacing?

    python bench/faces.py [--faces FACE ...] [--tight] [--work DIR] [--reuse] [--details N]

Every committed fixture is set in the DejaVu fonts, so every threshold was tuned on one face's widths. This
bench typesets the same zoo (tests/typeset, ``--face``) in other faces into DIR/<face>/, checks that the PDFs
really use them (weasyprint falls back to DejaVu without a word when a face is missing), extracts each PDF and
scores it against its golden file, beside the committed DejaVu fixtures.

Faces: ``liberation`` (Times New Roman and Arial metrics), ``palatino``, ``bookman``, ``schoolbook`` and ``office``
(Caladea and Carlito: Cambria and Calibri metrics) are tuned on and printed per style (palatino and bookman were
held out in the session that built this bench, schoolbook in the two after it, office in one; each was released
after its sessions). ``narrow`` (Nimbus Roman and Liberation Sans Narrow) and ``libertine`` (Linux Libertine and
Biolinum) are held out, like the validation papers: printed in aggregate only, and only to see whether a fix made
on a tuned face travels (``--name-held-out`` prints their lines; do not debug on them).
``--tight`` sets every table smaller with narrow cell padding (TRIALEX_TYPESET_TIGHT=1; into DIR/<face>-tight),
so that column gaps shrink to about a space's width: a spacing axis beside the faces.
The faces come from Debian's ``fonts-liberation``, ``fonts-urw-base35``, ``fonts-linuxlibertine``,
``fonts-crosextra-caladea`` and ``fonts-crosextra-carlito``; building needs the ``typeset`` extra.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from trialex.evaluate import Tally, compare, load_golden  # noqa: E402

HELD_OUT = ("narrow", "libertine")
TUNED = ("liberation", "palatino", "bookman", "schoolbook", "office")
TABLE_SECTIONS = ("demographics", "adverse_events", "pk", "efficacy")
# the font names each face's PDFs must hold (weasyprint embeds subsets named "ABCDEF+Family-Style", inside
# compressed object streams)
_EMBEDDED = {
    "dejavu": re.compile(rb"[A-Z]{6}\+DejaVu"),
    "liberation": re.compile(rb"[A-Z]{6}\+Liberation"),
    "palatino": re.compile(rb"[A-Z]{6}\+(?:P052|Nimbus-?Sans-?Narrow)"),
    "bookman": re.compile(rb"[A-Z]{6}\+URW-?(?:Bookman|Gothic)"),
    "schoolbook": re.compile(rb"[A-Z]{6}\+(?:C059|Nimbus-?Sans-(?!Narrow))"),
    "narrow": re.compile(rb"[A-Z]{6}\+(?:Nimbus-?Roman|Liberation-?Sans-?Narrow)"),
    "libertine": re.compile(rb"[A-Z]{6}\+Linux-?(?:Libertine|Biolinum)"),
    "office": re.compile(rb"[A-Z]{6}\+(?:Caladea|Carlito)"),
}
_VARIANT_SUFFIXES = (*(f"-{f}" for f in _EMBEDDED), "-tight")
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)


def build(face: str, out: Path, reuse: bool, tight: bool) -> None:
    if reuse and any((out / "golden").glob("zoo-*.json")):
        return
    print(f"typesetting the zoo in {face}{' (tight tables)' if tight else ''} into {out} ...", flush=True)
    env = {**os.environ, "TRIALEX_TYPESET_FACE": face, "TRIALEX_TYPESET_TIGHT": "1" if tight else "0"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.typeset", "--zoo", "--face", face, "--out-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    for line in run.stdout.splitlines():
        if line.startswith(("LAYOUT PROBLEM", "  ")):
            print(f"  {face}: {line.strip()}")
    if not any((out / "golden").glob("zoo-*.json")):
        raise SystemExit(f"{face}: the build wrote no golden file:\n{run.stderr[-2000:]}")


def uses_face(pdf: Path, face: str) -> bool:
    data = pdf.read_bytes()
    if _EMBEDDED[face].search(data):
        return True
    for raw in _STREAM.findall(data):
        try:
            if _EMBEDDED[face].search(zlib.decompressobj().decompress(raw)):
                return True
        except zlib.error:
            continue
    return False


def score(golden_dir: Path, pdf_dir: Path, face: str, details: int) -> dict[str, Tally]:
    """Per zoo style (zoo-<style>-<paper>), the table values found, wrong and mislabeled."""
    by_style: dict[str, Tally] = defaultdict(Tally)
    for path in sorted(golden_dir.glob("zoo-*.json")):
        if path.stem.endswith(_VARIANT_SUFFIXES):
            continue  # a committed regression fixture set in another face: not the DejaVu zoo
        golden = load_golden(path)
        pdf = pdf_dir / golden["pdf"]
        if not uses_face(pdf, face):
            raise SystemExit(f"{pdf} is not set in {face}: is the face installed (fc-list)?")
        report = compare(golden, extract(pdf).records)
        style = path.stem.split("-")[1]
        for s in TABLE_SECTIONS:
            t = report.sections.get(s)
            if t is not None:
                by_style[style].add(t)
        if details and face not in HELD_OUT:  # the face's name, tight or not
            for line in (report.wrongs + report.misses)[:details]:
                print(f"  {face} {path.stem}: {line[:180]}")
    return by_style


def _face(name: str) -> str:
    return name.removesuffix("-tight")


def _cell(t: Tally | None) -> str:
    if t is None or not t.golden:
        return f"{'':>16s}"
    bad = t.wrong + t.mislabeled
    return f"{t.found:>6d}/{t.golden:<6d}{'!' + str(bad) if bad else '':>4s}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--faces", nargs="+", default=[*TUNED, *HELD_OUT], choices=sorted(_EMBEDDED))
    parser.add_argument("--tight", action="store_true", help="tables set small with narrow padding, dejavu included")
    parser.add_argument("--work", type=Path, help="where to typeset (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="score the PDFs already in --work/<face> again")
    parser.add_argument("--details", type=int, default=0, help="print up to N misses per tuned-face file")
    parser.add_argument("--name-held-out", action="store_true", help="print the held-out faces per style too")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="trialex-faces-"))
    results = {"dejavu": score(ROOT / "tests/data/golden", ROOT / "tests/data/pdfs", "dejavu", 0)}
    for face in args.faces if not args.tight else ["dejavu", *args.faces]:
        if face == "dejavu" and not args.tight:
            continue
        name = f"{face}-tight" if args.tight else face
        build(face, work / name, args.reuse, args.tight)
        results[name] = score(work / name / "golden", work / name / "pdfs", face, args.details)
    shown = [f for f in results if _face(f) not in HELD_OUT or args.name_held_out]
    print(f"\n{'style':12s}" + "".join(f"{f:>16s}" for f in shown))
    for style in sorted(results["dejavu"]):
        print(f"{style:12s}" + "".join(_cell(results[f].get(style)) for f in shown))
    print(f"\n{'face':12s} {'golden':>7s} {'found':>7s} {'recall':>7s} {'wrong+mislabeled':>17s} {'of emitted':>10s}")
    for face, styles in results.items():
        total = Tally()
        for t in styles.values():
            total.add(t)
        bad = total.wrong + total.mislabeled
        emitted = total.found + bad
        tag = " (held out)" if _face(face) in HELD_OUT else ""
        print(
            f"{face:12s} {total.golden:7d} {total.found:7d} {total.recall:7.3f} {bad:17d} "
            f"{100 * bad / max(emitted, 1):9.2f}%{tag}"
        )
    print(f"\n(PDFs in {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
