"""How prose labels were bound, and how often each way is right: per kind of endpoint binding and of group
binding (``Record.binding``, extractors/prose_build.py), the labelled prose values the golden files state that
trialex emitted (``emitted``), found with the right endpoint and group (``found``) or under another
(``mislab``: by a wrong endpoint ``ep``, a wrong group ``grp``).

    python bench/prose_bindings.py [--only PATTERN] [--examples N] [--withheld]

Tuning files: the table per kind, and with ``--examples`` the mislabeled values (sentence, read labels, golden
labels). Validation files: the per-kind counts only, never a sentence, a value or a file name (COMMON.md).
``--withheld`` also counts the golden values found only among the numbers withheld as ``prose-unread``, and
prints per split the accounting of the labelled golden values (held by a record, by a statement's finding, by an
accounting finding, not seen) and how many accounting findings ("no statement form reads it") a page gets, with
the role rules of extractors/prose_accounting.py and without them.
Documents are read once and kept in /tmp/trialex-prose-cache, or $TRIALEX_PROSE_CACHE (tables and page furniture
do not change when prose rules do; ``--fresh`` reads them again).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.furniture import furniture_words  # noqa: E402
from extractors.loader import load_document  # noqa: E402
from extractors.prose import prose_records  # noqa: E402
from extractors.prose_accounting import UNREAD, Settings  # noqa: E402
from extractors.regions import find_regions  # noqa: E402
from schemas.records import Record  # noqa: E402
from trialex.evaluate import (  # noqa: E402
    _text_hit,
    endpoint_matches,
    group_matches,
    load_golden,
    prose_endpoint,
    split_of,
)

CACHE = Path(os.environ.get("TRIALEX_PROSE_CACHE", "/tmp/trialex-prose-cache"))


def _inputs(pdf: Path, fresh: bool) -> Any:
    CACHE.mkdir(exist_ok=True)
    key = hashlib.sha256(pdf.read_bytes()).hexdigest()[:16]
    path = CACHE / f"{key}.pickle"
    if path.exists() and not fresh:
        document, regions = pickle.loads(path.read_bytes())
        # the furniture is a set of word ids: ids of this process's words, never pickled ones
        return document, regions, furniture_words(document)
    document = load_document(pdf)
    furniture = furniture_words(document)
    regions = find_regions(document, furniture)
    path.write_bytes(pickle.dumps((document, regions)))
    return document, regions, furniture


def _outcomes(entries: list[dict[str, Any]], records: list[Record]) -> list[tuple[dict[str, Any], str, Record, str]]:
    """(entry, statistic, record, "found" | "mislabeled") for each labelled golden value emitted, paired as
    trialex/evaluate.py pairs them."""
    out = []
    used: set[int] = set()
    for entry in entries:
        for stat, value in entry.get("values", {}).items():
            hit = _text_hit(entry, stat, float(value), records, used, labelled=True, reserved=entries)
            if hit is not None:
                if stat != "denominator":
                    used.add(hit)
                    out.append((entry, stat, records[hit], "found"))
                continue
            bare = _text_hit(entry, stat, float(value), records, used, reserved=entries)
            if bare is not None and stat != "denominator":
                used.add(bare)
                out.append((entry, stat, records[bare], "mislabeled"))
    return out


def _withheld_reasons(entries: list[dict[str, Any]], records: list[Record], findings: list[Any]) -> list[str]:
    """Why each labelled golden value no record holds was withheld: the reason of a ``prose-unread`` finding of
    the same page and value, its quotes and numbers blanked (so validation prints no word of a paper), or
    "not seen" when no finding holds it."""
    emitted = {(r.page, round(r.value, 4)) for r in records if r.value is not None}
    pool = [
        (f.page, round(v.value, 4), re.sub(r"\d+", "#", re.sub(r"'[^']*'", "'…'", f.message.split(" as data: ")[-1])))
        for f in findings
        if f.check == "prose-unread"
        for v in f.values
        if v.value is not None
    ]
    out = []
    for entry in entries:
        for stat, value in entry.get("values", {}).items():
            if stat == "denominator" or (entry.get("page"), round(float(value), 4)) in emitted:
                continue
            hit = next(
                (i for i, (page, v, _) in enumerate(pool) if page == entry.get("page") and v == round(float(value), 4)),
                None,
            )
            out.append("not seen" if hit is None else pool.pop(hit)[2][:50])
    return out


def _account(
    c: Counter[str],
    document: Any,
    regions: Any,
    furniture: Any,
    entries: list[dict[str, Any]],
    whys: list[str],
    findings: list[Any],
) -> None:
    """Tally where the labelled golden values went and the accounting findings, with and without role rules."""
    c["golden"] += sum(1 for e in entries for stat in e.get("values", {}) if stat != "denominator")
    c["not seen"] += whys.count("not seen")
    c["held by an accounting finding"] += sum(1 for why in whys if UNREAD in why)
    c["held by a statement's finding"] += sum(1 for why in whys if why != "not seen" and UNREAD not in why)
    c["held by a record"] = c["golden"] - c["not seen"] - c["held by an accounting finding"]
    c["held by a record"] -= c["held by a statement's finding"]
    c["pages"] += sum(1 for frame in document.frames if not frame.rotation)
    c["accounting"] += sum(1 for f in findings if f.check == "prose-unread" and UNREAD in f.message)
    unroled: list[Any] = []
    prose_records(document, regions, furniture, unroled, accounting=Settings(roles=False))
    c["unroled"] += sum(1 for f in unroled if f.check == "prose-unread" and UNREAD in f.message)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="only golden files whose name contains PATTERN")
    parser.add_argument("--examples", type=int, default=0, help="print up to N mislabeled tuning values")
    parser.add_argument("--tuning-only", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="read the documents again")
    parser.add_argument("--withheld", action="store_true", help="count golden values only withheld numbers hold")
    parser.add_argument("--show", help="print the tuning values whose binding kind contains SHOW, found or not")
    args = parser.parse_args()
    files = sorted((ROOT / "tests/data/golden").glob("*.json"))
    if args.only:
        files = [f for f in files if args.only in f.name]
    tallies: dict[str, dict[str, Counter[str]]] = {"tuning": {}, "validation": {}}
    accounts: dict[str, Counter[str]] = {"tuning": Counter(), "validation": Counter()}
    examples: list[str] = []
    for path in files:
        golden = load_golden(path)
        entries = [e for e in golden.get("text", []) if "endpoint" in e]
        if not entries:
            continue
        split = split_of(path.stem, golden["origin"])
        if args.tuning_only and split == "validation":
            continue
        document, regions, furniture = _inputs(ROOT / "tests/data/pdfs" / golden["pdf"], args.fresh)
        findings: list[Any] = []
        records = prose_records(document, regions, furniture, findings)
        for entry, stat, record, outcome in _outcomes(entries, records):
            ep_how, group_how = record.binding or ("?", "?")
            right_ep = endpoint_matches(entry.get("endpoint"), prose_endpoint(record))
            right_group = group_matches(entry.get("group"), record.arm)
            for axis, how, right in (("endpoint", ep_how, right_ep), ("group", group_how, right_group)):
                c = tallies[split].setdefault(f"{axis}: {how}", Counter())
                c["emitted"] += 1
                c[outcome] += 1
                if outcome == "mislabeled" and not right:
                    c["wrong here"] += 1
            shown = args.show and (args.show in ep_how or args.show in group_how)
            if split == "tuning" and (shown or (outcome == "mislabeled" and len(examples) < args.examples)):
                examples.append(
                    f"{outcome[:5]} {path.stem[:30]} p{record.page} {stat}={record.value} "
                    f"read ({prose_endpoint(record)!r}, "
                    f"{record.arm!r}) by ({ep_how} / {group_how}); golden ({entry.get('endpoint')!r}, "
                    f"{entry.get('group')!r})\n      {(record.context or '')[:300]}"
                )
        if args.withheld:
            lost = sum(1 for f in findings if f.check == "prose-unread")
            tallies[split].setdefault("withheld numbers", Counter())["emitted"] += lost
            whys = _withheld_reasons(entries, records, findings)
            for why in whys:
                tallies[split].setdefault(f"withheld: {why}", Counter())["emitted"] += 1
            _account(accounts[split], document, regions, furniture, entries, whys, findings)
    for split, by_kind in tallies.items():
        if not by_kind:
            continue
        print(f"\n== {split}: labelled prose values emitted, by how each label was bound")
        print(f"{'binding':58s} {'emitted':>7s} {'found':>6s} {'mislab':>6s} {'wrong here':>10s}")
        for kind in sorted(by_kind, key=lambda k: (k.split(":")[0], -by_kind[k]["emitted"])):
            c = by_kind[kind]
            print(f"{kind[:58]:58s} {c['emitted']:7d} {c['found']:6d} {c['mislabeled']:6d} {c['wrong here']:10d}")
    for split, c in accounts.items():
        if not c:
            continue
        pages = max(c["pages"], 1)
        print(f"\n== {split}: the accounting of the labelled golden prose values ({c['golden']})")
        for key in ("held by a record", "held by a statement's finding", "held by an accounting finding", "not seen"):
            print(f"  {key:40s} {c[key]:6d}")
        print(
            f"  accounting findings: {c['accounting']} on {c['pages']} pages ({c['accounting'] / pages:.2f} a page); "
            f"without the role rules {c['unroled']} ({c['unroled'] / pages:.2f} a page)"
        )
    if examples:
        print("\nmislabeled tuning values:")
        for line in examples:
            print("  ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
