"""``trialex check PAPER.pdf``: the arithmetic errors a trial publication prints, as a report or JSON."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from extractors.pipeline import extract
from schemas.findings import Finding, FindingValue
from trialex.checks import CATALOGUE, check_ids
from trialex.checks.findings import SEVERITY_ORDER

HELP = """\
Read a trial publication PDF, extract its numbers, and check their arithmetic: percentages against counts
and denominators, exclusive categories against N, total columns against arms, ORR = CR + PR and
DCR = CR + PR + SD, response categories against the evaluable N, response-rate CIs against the exact
(Clopper-Pearson) interval, estimates inside their CIs and ranges, landmark survival rates over time,
subsets against supersets (grade >=3 vs any grade, TRAE vs TEAE), numbers quoted in the text against the
tables, and PK identities (AUC0-inf >= AUC0-t, Vz ~ CL*t1/2/ln 2).

severities:
  error    arithmetic that cannot be true under any legitimate reading of the numbers
  warning  suspicious but explicable (missing data, another denominator, another CI level)
  info     a note (a CI computed by another legitimate method, e.g. Wilson)

formats:
  text     a report grouped by severity; each finding with its check, page, message, the numbers
           involved (page and bounding box), expected vs printed, and the tolerance used
  json     {"file", "records", "summary": {"error": n, "warning": n, "info": n}, "findings": [...]}

exit status:
  0  no error found (warnings and infos do not count)
  1  at least one error found (whatever --severity shows), or the PDF cannot be read
  2  wrong usage

'trialex check --list-checks' prints the catalogue of checks: ids, severity policy, tolerance.
"""

SEVERITIES = ("error", "warning", "info")
TITLES = {"error": "ERRORS", "warning": "WARNINGS", "info": "INFO"}


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check",
        help="report the arithmetic errors a paper prints",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("pdf", type=Path, nargs="?", help="the publication PDF")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (text)")
    p.add_argument(
        "--severity",
        choices=SEVERITIES,
        default="info",
        help="show findings of this severity and worse: error, warning (errors and warnings) or "
        "info (everything, the default); the exit status counts errors regardless",
    )
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    p.add_argument("--list-checks", action="store_true", help="print the catalogue of checks and exit")
    p.set_defaults(handler=run, parser=p)


def run(args: argparse.Namespace) -> int:
    if args.list_checks:
        _emit(
            args,
            catalogue_text()
            if args.format == "text"
            else json.dumps([info.model_dump() for info in CATALOGUE], indent=2, ensure_ascii=False) + "\n",
        )
        return 0
    if args.pdf is None:
        args.parser.error("the PDF is required (or --list-checks)")
    extraction = extract(args.pdf)
    # the extraction ran the checks once already: their findings are in it (the cell-unread and other
    # extraction findings are not arithmetic and stay out of this report)
    ids = check_ids()
    findings = [f for f in extraction.findings if f.check in ids]
    shown = [f for f in findings if SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[args.severity]]
    summary = {severity: sum(f.severity == severity for f in findings) for severity in SEVERITIES}
    if args.format == "json":
        document = {
            "file": args.pdf.name,
            "records": len(extraction.records),
            "summary": summary,
            "findings": [f.model_dump(mode="json") for f in shown],
        }
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    else:
        text = report(args.pdf.name, len(extraction.records), findings, shown)
    _emit(args, text)
    return 1 if summary["error"] else 0


def _emit(args: argparse.Namespace, text: str) -> None:
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def report(name: str, records: int, findings: list[Finding], shown: list[Finding]) -> str:
    """The human report: a summary line, then the shown findings grouped by severity."""
    counts = [sum(f.severity == s for f in findings) for s in SEVERITIES]
    lines = [
        f"{name}: {_plural(records, 'record')} checked by {len(CATALOGUE)} checks: "
        f"{_plural(counts[0], 'error')}, {_plural(counts[1], 'warning')}, {counts[2]} info"
    ]
    hidden = len(findings) - len(shown)
    if hidden:
        lines.append(f"({hidden} finding(s) of lower severity not shown)")
    for severity in SEVERITIES:
        group = [f for f in shown if f.severity == severity]
        if not group:
            continue
        lines += ["", f"{TITLES[severity]} ({len(group)})"]
        for number, item in enumerate(group, 1):
            lines += _finding_lines(number, item)
    if not findings:
        lines += ["", "No arithmetic inconsistency found."]
    return "\n".join(lines) + "\n"


def _finding_lines(number: int, item: Finding) -> list[str]:
    table = "prose" if item.table == "text" else item.table or ""
    where = ", ".join(x for x in (f"page {item.page}" if item.page else "", table) if x)
    out = [f"  {number}. [{item.check}] {where}"]
    out += textwrap.wrap(item.message, width=108, initial_indent="     ", subsequent_indent="     ")
    if item.expected is not None or item.observed is not None:
        out.append(f"     expected: {item.expected or '-'}   printed: {item.observed or '-'}")
    if item.tolerance:
        out += textwrap.wrap(
            f"tolerance: {item.tolerance}", width=108, initial_indent="     ", subsequent_indent="       "
        )
    out += [f"     - {_value_line(value)}" for value in item.values]
    return out


def _value_line(value: FindingValue) -> str:
    number = "n/a" if value.value is None else f"{value.value:g}"
    box = "" if value.bbox is None else " [" + ", ".join(f"{x:.1f}" for x in value.bbox) + "]"
    return f"{value.label} = {number} (page {value.page}{box})"


def catalogue_text() -> str:
    lines: list[str] = []
    for info in CATALOGUE:
        lines += [f"{info.id}: {info.title}"]
        for key, text in (("severity", info.severity), ("compares", info.compares), ("tolerance", info.tolerance)):
            lines += textwrap.wrap(f"{key}: {text}", width=108, initial_indent="  ", subsequent_indent="    ")
        lines.append("")
    return "\n".join(lines)
