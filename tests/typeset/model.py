"""The document model shared by the seed and JATS readers, the HTML writer and the golden writer.

Inline text is a tuple of `Run`s.  A run's kind says how it is printed and whether it belongs to the
text a reader would transcribe: footnote marks (`mark`) and reference citations (`ref`) are printed
as superscripts but are not part of a label.  A run with an `anchor` is wrapped in an element with
that id, so the golden writer can look up the page it was laid out on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RunKind = Literal["text", "italic", "bold", "sup", "sub", "mark", "ref", "break", "ap", "bp"]
Section = Literal["demographics", "adverse_events", "pk", "efficacy"]
Placement = Literal["full", "column", "landscape", "half"]  # half: side by side with the next half table


@dataclass(frozen=True)
class Run:
    text: str
    kind: RunKind = "text"
    anchor: str = ""


Inline = tuple[Run, ...]


@dataclass
class Cell:
    content: Inline
    colspan: int = 1
    rowspan: int = 1
    indent: int = 0
    header: bool = False
    # a value printed once for the arms (a ratio or P value spanning them, or set in the first arm's column;
    # zoo_subrows.py): the gold gives it no column and no arm_n
    shared: bool = False
    # the statistics a treatment froze from the published table (zoo_split.py): the gold reads the cell with this
    # rule alone, so two cells under the same heads are told apart by what the published cell was
    gold: StatRule | None = None


@dataclass
class Row:
    cells: list[Cell]
    # zoo treatments (tests/typeset/zoo_treatments.py): a header row set inside the body, whose labels
    # replace the column heads of the rows under it; `band` sets a row in header type (an in-body "n =" row)
    inner_header: bool = False
    band: bool = False


@dataclass(frozen=True)
class StatRule:
    """Names the statistics of a cell grammar for the cells whose row/column text matches.

    `row` and `column` are regular expressions searched (case-insensitively) in the joined row and
    column paths; `grammar` is one of cells.GRAMMARS or "*"; `stats` names the grammar's slots.
    `ci_level` is set when the interval is not a 95% one.  `skip` leaves the cell out.
    """

    stats: tuple[str, ...] = ()
    row: str = ""
    column: str = ""
    grammar: str = "*"
    ci_level: int | None = None
    skip: bool = False


@dataclass
class TableSpec:
    """How to read a table's cells: its legend's defaults plus reviewed per-row/column rules."""

    pair: tuple[str, str] = ("count", "percent")
    triple: tuple[str, str, str] = ("median", "min", "max")
    bare: str = "count"
    range_: tuple[str, str] = ("min", "max")
    plus_minus: tuple[str, str] = ("mean", "sd")
    na_meaning: str = "not available"
    rules: tuple[StatRule, ...] = ()


@dataclass
class Table:
    key: str
    label: str
    title: Inline
    header: list[Row]
    body: list[Row]
    notes: list[Inline] = field(default_factory=list)
    section: Section | None = None
    stub_cols: int = 1
    placement: Placement = "full"
    spec: TableSpec = field(default_factory=TableSpec)
    note: str = ""
    extra_tables: list[tuple[list[Row], list[Row]]] = field(default_factory=list)
    # layout treatments of the zoo styles (tests/typeset/zoo.py); the defaults print as before
    rotated: bool = False  # set sideways (rotated 90 degrees) inside an upright page
    captionless: bool = False  # printed without a caption
    continued_at: tuple[int, ...] = ()  # body rows that start a "Table N (continued)" part


@dataclass
class Heading:
    text: Inline
    level: int = 1


@dataclass
class Para:
    content: Inline
    lead: str = ""


@dataclass
class Figure:
    label: str
    caption: list[Inline]
    height_mm: int = 45
    placement: Placement = "column"
    art: str = ""  # HTML drawn inside the figure's box (a diagram with text labels); empty: a plain box


Block = Heading | Para | Figure | Table


@dataclass(frozen=True)
class Statement:
    """A result quoted in the prose; `anchor` is the id of the run where it starts."""

    anchor: str
    raw: str
    values: dict[str, float]
    qualifiers: dict[str, str] = field(default_factory=dict)


@dataclass
class Document:
    slug: str
    style: str
    journal: str
    doi: str
    title: Inline
    nct_ids: list[str]
    citation: str = ""
    authors: str = ""
    dates: list[str] = field(default_factory=list)
    abstract: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def tables(self) -> list[Table]:
        return [b for b in self.body if isinstance(b, Table)]
