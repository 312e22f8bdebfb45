"""Recall and wrong values per section over every golden file, by split (tuning / validation) and origin.

    python bench/accuracy.py [--details N] [--reasons N] [--only PATTERN] [--tuning-only] [--name-validation]
                             [GOLDEN.json ...]

A golden value is found when a record of the same table, statistic, row and column has its value. Of the
labelled values emitted, *wrong* is a matched cell with another number and *mislabeled* the right number under
another statistic (a count read as a mean), or under another group (arm) or AE grade than its cell's labels
state (trialex.evaluate._label_fault); both count against the target (wrong + mislabeled <= 0.5% of the
labelled values emitted). Prose is reported twice: ``text`` matches by page, statistic and value;
``text_labelled`` also needs the statement's endpoint and group (target recall >= 0.8).

Splits (tests/data/golden/README.md): a real golden PDF is *validation* when the SHA-256 of its name is divisible
by 3, read whole or by its first 8 hex digits (trialex.evaluate.split_of); never tune on it.
``--details`` prints misses of tuning files only. ``--reasons N`` prints, per split, the N commonest reasons
golden values were missed (trialex/miss_reasons.py: the extractor's wording with every quoted part and number
masked), so a split's misses can be weighed without a label of its files.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import extract  # noqa: E402
from trialex.evaluate import Tally, compare, load_golden, norm_table, split_of  # noqa: E402
from trialex.miss_reasons import miss_reasons, spread  # noqa: E402

TABLE_SECTIONS = ("demographics", "adverse_events", "pk", "efficacy")
SECTIONS = (*TABLE_SECTIONS, "text", "text_labelled")
WRONG_TARGET = 0.005
PROSE_TARGET = 0.8


def _line(name: str, t: Tally) -> str:
    return (
        f"{name:16s} {t.golden:7d} {t.found:7d} {t.wrong:6d} {t.mislabeled:6d} {t.missing:8d} {t.recall:7.3f} "
        f"{100 * t.wrong_rate:7.2f}%"
    )


def _summary(title: str, totals: dict[str, Tally]) -> bool:
    """Print one split's table; True when its targets are met."""
    print(f"\n== {title}")
    print(
        f"{'section':16s} {'golden':>7s} {'found':>7s} {'wrong':>6s} {'mislab':>6s} {'missing':>8s} {'recall':>7s} "
        f"{'wrong %':>8s}"
    )
    ok = True
    tables = Tally()
    for s in SECTIONS:
        t = totals.get(s)
        if t is None or not t.golden:
            continue
        if s in TABLE_SECTIONS:
            tables.add(t)
        print(_line(s, t))
    # every value emitted with labels: table values, and prose values scored with their endpoint and group (a
    # prose number under another endpoint or group is a mislabeled value like a table's)
    labelled = Tally()
    for s in (*TABLE_SECTIONS, "text_labelled"):
        if s in totals:
            labelled.add(totals[s])
    print(_line("tables", tables))
    print(_line("all (labelled)", labelled))
    print(
        f"found table values filed under another section (another API endpoint): {tables.other_section} of "
        f"{tables.found}"
    )
    print(
        f"found counts and percentages whose group N differs from the golden file's (not in wrong %): "
        f"{tables.n_differs} of {tables.n_stated}"
    )
    print(
        f"of the mislabeled table values, the right number and statistic under another group: {tables.group_faults}, "
        f"under another AE grade: {tables.grade_faults}; found AE values whose grade the labels state and the "
        f"record does not: {tables.grade_unstated}"
    )
    if labelled.emitted:
        met = labelled.wrong_rate <= WRONG_TARGET
        ok &= met
        print(
            f"wrong values, mislabeled included: {labelled.wrong + labelled.mislabeled} of {labelled.emitted} "
            f"emitted labelled values = {100 * labelled.wrong_rate:.2f}% (target <= {100 * WRONG_TARGET:.1f}%) "
            f"{'ok' if met else 'BELOW TARGET'}"
        )
    prose = totals.get("text_labelled")
    if prose is not None and prose.golden:
        met = prose.recall >= PROSE_TARGET
        ok &= met
        print(
            f"prose recall with labels (endpoint and group): {prose.recall:.3f} ({prose.found}/{prose.golden}; "
            f"{prose.mislabeled} found under another endpoint or group) (target >= {PROSE_TARGET}) "
            f"{'ok' if met else 'BELOW TARGET'}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("golden", nargs="*", type=Path, help="golden files (default: tests/data/golden/*.json)")
    parser.add_argument("--details", type=int, default=0, help="print up to N misses and wrong values per tuning file")
    parser.add_argument(
        "--reasons", type=int, default=0, help="print the N commonest masked reasons for missed values per split"
    )
    parser.add_argument("--tuning-only", action="store_true", help="skip the validation files")
    parser.add_argument(
        "--pdf-dir",
        type=Path,
        default=ROOT / "tests/data/pdfs",
        help="where the golden files' PDFs are (default tests/data/pdfs; bench/faces.py's builds elsewhere)",
    )
    parser.add_argument("--only", help="only golden files whose name contains PATTERN (e.g. zoo-)")
    parser.add_argument(
        "--name-validation",
        action="store_true",
        help="print a line per validation file too (off by default: a validation file's own counts invite "
        "debugging on it; its split is scored only in aggregate)",
    )
    args = parser.parse_args()
    files = args.golden or sorted((ROOT / "tests/data/golden").glob("*.json"))
    if args.only:
        files = [f for f in files if args.only in f.name]
    by_split: dict[str, dict[str, Tally]] = {}
    by_origin: dict[str, Tally] = {}
    prose_by_origin: dict[str, Tally] = {}
    unscored: dict[str, list[int]] = {}  # split -> [values outside golden tables, of them in untitled tables]
    hidden = 0  # validation files scored without a line of their own
    reasons: dict[str, Counter[tuple[str, str]]] = {}
    reason_files: dict[str, Counter[tuple[str, str]]] = {}  # split -> reason -> files it holds misses of
    bad_by_file: dict[str, dict[str, list[int]]] = {}  # split -> kind -> table/prose misses+mislabels per file
    print(f"{'golden file':46s} {'split':5s} " + " ".join(f"{s[:12]:>14s}" for s in SECTIONS))
    for path in files:
        golden = load_golden(path)
        split = split_of(path.stem, golden["origin"])
        if args.tuning_only and split == "validation":
            continue
        start = time.perf_counter()
        extraction = extract(args.pdf_dir / golden["pdf"])
        report = compare(golden, extraction.records)
        listed = {norm_table(t["table"]) for t in golden.get("tables", [])}
        if args.reasons:
            why = miss_reasons(report.misses, extraction.records, extraction.findings)
            reasons.setdefault(split, Counter()).update(why)
            reason_files.setdefault(split, Counter()).update(why.keys())
        outside = [r for r in extraction.records if r.table != "text" and norm_table(r.table) not in listed]
        tally = unscored.setdefault(split, [0, 0])
        tally[0] += len(outside)
        tally[1] += sum(1 for r in outside if r.table.startswith("Untitled"))
        cells = []
        totals = by_split.setdefault(split, {})
        for s in SECTIONS:
            t = report.sections.get(s)
            if t is None:
                cells.append(f"{'':>14s}")
                continue
            totals.setdefault(s, Tally()).add(t)
            if s != "text_labelled":
                by_origin.setdefault(golden["origin"], Tally()).add(t)
            else:
                prose_by_origin.setdefault(f"{golden['origin']} {split}", Tally()).add(t)
            bad = t.wrong + t.mislabeled
            if s != "text":
                kind = "prose" if s == "text_labelled" else "table"
                bad_by_file.setdefault(split, {}).setdefault(kind, []).append(bad + t.missing)
            cells.append(f"{t.found:>5d}/{t.golden:<5d}{'!' + str(bad) if bad else '':>3s}")
        if split == "validation" and not args.name_validation:
            hidden += 1
            continue
        print(f"{path.stem[:46]:46s} {split[:5]:5s} " + " ".join(cells) + f"  {time.perf_counter() - start:4.1f}s")
        if split == "tuning":
            for line in (report.wrongs + report.misses)[: args.details]:
                print("    ", line[:200])
    if hidden:
        print(f"({hidden} validation files scored in aggregate only; --name-validation prints their lines)")
    ok = True
    for split in ("tuning", "validation"):
        if split in by_split:
            ok &= _summary(split, by_split[split])
    both: dict[str, Tally] = {}
    for totals in by_split.values():
        for s, t in totals.items():
            both.setdefault(s, Tally()).add(t)
    _summary("all files", both)
    print("\nby origin (tables and prose values):")
    for origin in ("real", "jats-typeset", "seed-typeset", "zoo-typeset"):
        t = by_origin.get(origin)
        if t is None:
            continue
        print(
            f"  {origin:14s} recall {t.recall:.3f}  wrong {t.wrong}  mislabeled {t.mislabeled}  "
            f"wrong% {100 * t.wrong_rate:.2f}%  ({t.found}/{t.golden})"
        )
    print("\nprose with labels (endpoint and group) by origin and split:")
    for key, t in sorted(prose_by_origin.items()):
        print(
            f"  {key:24s} recall {t.recall:.3f}  ({t.found}/{t.golden})  under another endpoint or group "
            f"{t.mislabeled} of {t.emitted} labelled"
        )
    print("\nvalues emitted in tables a golden file does not list (not scored; other kinds of table, figures' tables):")
    for split, (n, untitled) in sorted(unscored.items()):
        print(f"  {split:10s} {n} values, {untitled} of them in untitled tables")
    print("\nhow the misses (missed, wrong or mislabeled values) spread over files (names withheld):")
    for split, kinds in sorted(bad_by_file.items()):
        for kind, per_file in sorted(kinds.items()):
            print(f"  {split:10s} {kind:5s} {spread(per_file)}")
    for split, counts in sorted(reasons.items()):
        print(f"\nwhy {split} values were missed (masked reasons, commonest first; in how many files):")
        for kind in ("table", "prose"):
            for why_key, n in [item for item in counts.most_common() if item[0][0] == kind][: args.reasons]:
                files_n = reason_files[split][why_key]
                in_files = f"({files_n} file{'s' if files_n > 1 else ''})"
                print(f"  {kind:5s} {n:5d} {in_files:>10s}  {why_key[1][:100]}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
