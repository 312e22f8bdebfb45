"""``trialex extract PAPER.pdf``: the extraction as JSON, JSON Lines records, or CSV."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path
from typing import Any

from schemas.records import RECORD_FIELDS, Record, csv_row

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
        help="PDF reader (default: the TRIALEX_READER setting, pdfium unless set)",
    )
    p.add_argument(
        "--debug-tables",
        type=Path,
        metavar="DIR",
        help="also write the table stages to DIR: regions.json, grids.json and a page-NNN.png overlay per page",
    )
    p.add_argument(
        "--timeout",
        type=float,
        metavar="S",
        help="seconds the extraction may take before its worker process is killed (TRIALEX_INGEST_TIMEOUT_S, 120)",
    )
    p.add_argument(
        "--memory-mb",
        type=int,
        metavar="M",
        help="memory limit of the extraction's worker process (TRIALEX_INGEST_MEMORY_MB, 2048)",
    )
    p.set_defaults(handler=run)


def read_pdf(path: Path) -> bytes:
    """The file's bytes, or a one-line :class:`trialex.errors.InputError` for a missing, unreadable file or a
    folder."""
    from trialex.errors import InputError

    if path.is_dir():
        raise InputError(f"{path} is a folder, not a PDF file (use 'trialex ingest {path}' for a folder)")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    from trialex.isolation import Limits, extract_isolated
    from trialex.settings import get_settings

    settings = get_settings()
    data = read_pdf(args.pdf)
    limits = Limits(
        timeout_s=args.timeout or settings.ingest_timeout_s,
        memory_mb=args.memory_mb or settings.ingest_memory_mb,
        reader=args.reader,
    )
    extraction = extract_isolated(data, file_name=args.pdf.name, limits=limits, checks=False).extraction
    if args.debug_tables is not None:
        from extractors.debug import write_debug_tables
        from extractors.loader import load_document

        written = write_debug_tables(args.pdf, load_document(args.pdf, reader=args.reader), args.debug_tables)
        print(f"wrote {len(written)} debug files to {args.debug_tables}", file=sys.stderr)
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


def records_csv(records: list[Record]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow(csv_row(r))
    return out.getvalue()
