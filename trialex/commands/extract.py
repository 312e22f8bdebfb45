"""``trialex extract PAPER.pdf``: the extraction as JSON, JSON Lines records, or CSV."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from extractors.pipeline import extract
from schemas.records import Record

RECORD_FIELDS = list(Record.model_fields)

HELP = """\
Read a trial publication PDF and print what its tables and prose say.

formats:
  json     the whole extraction: metadata (NCT ids, title, DOI, journal), arms with N, the four
           typed sections (demographics, adverse_events, pk, efficacy), every record, findings
  records  JSON Lines, one line per extracted number, with its section, table, row and column
           labels, arm, statistic, value, raw cell text, page and bbox
  csv      the same rows as 'records', as CSV (lists joined with ' > ')
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract a PDF's tables and prose numbers",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("pdf", type=Path, help="the publication PDF")
    p.add_argument("--format", choices=("json", "records", "csv"), default="json", help="output format (json)")
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    p.add_argument(
        "--reader",
        choices=("pdfplumber", "pdfium"),
        help="PDF reader (default: the TRIALEX_READER setting, pdfplumber unless set)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    extraction = extract(args.pdf, reader=args.reader)
    if args.format == "json":
        text = extraction.model_dump_json(indent=2) + "\n"
    elif args.format == "records":
        text = "".join(r.model_dump_json() + "\n" for r in extraction.records)
    else:
        text = records_csv(extraction.records)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {len(extraction.records)} records from {args.pdf.name} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def csv_row(record: Record) -> dict[str, Any]:
    row: dict[str, Any] = record.model_dump()
    row["row"] = " > ".join(record.row)
    row["column"] = " > ".join(record.column)
    row["marks"] = " ".join(record.marks)
    row["bbox"] = json.dumps(list(record.bbox))
    return row


def records_csv(records: list[Record]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow(csv_row(r))
    return out.getvalue()
