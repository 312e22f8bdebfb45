"""The layout zoo (issue 8): the JATS articles' tables set in house styles that each expose a layout
family a table finder must handle (tests/typeset/README.md, docs/zoo.md).

A zoo fixture is a short paper: title, a few abstract paragraphs, some of the article's own prose
(two-column body text, headings, paragraphs right after each table) and one to three of its tables,
set by one style in `zoo_styles.py`.  The gold is the XML cells, read with the reviewed rules of
`catalog.py`; a transposed table keeps its printed orientation (groups as rows, parameters as columns).
After rendering, each fixture's pattern is checked on the PDF (`_pattern_problems`): a flowing table
really runs left column -> right column -> next page, stacked captions really sit above the next table,
the sideways table really is rotated on a page of upright prose, and so on.
"""

from __future__ import annotations

import itertools
import json
import re
from copy import deepcopy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pdfplumber

from .catalog import ARTICLES, Article, TableEntry
from .golden import document_golden, problems
from .html import document_html
from .inline import label
from .jats import read_article
from .model import Block, Cell, Document, Figure, Heading, Para, Placement, Row, Run, Table
from .render import Rendered, render
from .structure import expand
from .zoo_bounds import bounds_columns, bounds_problems
from .zoo_change import change_layout, change_problems, unread_values
from .zoo_glue import GLUE, glue_html, glue_problems
from .zoo_inline import inline_forms, inline_problems
from .zoo_methods import strip_statements
from .zoo_numfmt import number_formats
from .zoo_side import side_problems
from .zoo_split import split_columns, split_problems, split_unread
from .zoo_stats import label_statements, stats_problems
from .zoo_subrows import efficacy_subrows, safety_subrows, subrows_problems
from .zoo_treatments import (
    merge_estimate_ci,
    merge_ratio_ci,
    nejm_descriptors,
    outcome_columns,
    percent_only,
    poppk_pairs,
    same_values,
    timepoint_columns,
    units_below,
)
from .zoo_trials import denominators, dose_header, plus_minus_rows, split_count_percent, trial_problems

ORIGIN = "zoo-typeset"
_VERIFIED = (
    "Layout zoo (issue 8), typeset by tests/typeset/zoo.py from {what} in the '{style}' house style; values "
    "come straight from the source cells, statistics from the cell grammar plus the reviewed rules of "
    "tests/typeset/catalog.py; pages are where weasyprint laid each row out. Every raw cell text was found "
    "by pdfplumber on its golden pages (verify.py) and the layout pattern checked on the PDF; pages were "
    "rendered with pdftoppm -r 60 and looked at. Prose is not part of this golden (text is empty)."
)

from .zoo_patterns import PATTERNS  # noqa: E402


@dataclass(frozen=True)
class ZooTable:
    label: str  # the XML label ("Table 2")
    transpose: bool = False  # groups as rows, parameters as columns
    numeric_header: bool = False  # arm N as its own header row; "Grade 3" -> "3" under a "Grade" stub
    captionless: bool = False
    rotated: bool = False
    placement: Placement = "full"
    n_break: bool = False  # the arm N on a second line of its header cell ("Sunitinib" over "(N = 238)")
    descriptors: bool = False  # NEJM-like: "Race — no. (%)" row labels, "(N=27)" second header line, "a±b"
    percent_only: bool = False  # JCO-like: "Percentage of patients" span, cells print the percentage only
    merge_ci: bool = False  # JCO-like: "HR (95% CI)" column "1.47 (1.16–1.87)", P in its own column
    merge_rows: bool = False  # JCO-like: "Median, months (95% CI)" rows, "2.8 (2.4–4.0)" (the CI row folded in)
    diagram_after: bool = False  # a study-design diagram with text labels set right under the table's legend
    poppk: bool = False  # pop-PK layout: "Mean | SD" column pairs under each group's span, units on a 2nd line
    units_below: bool = False  # each parameter's unit on a second line of its stub cell ("AUCinf" / "(ng h/mL)")
    outcome: bool = False  # cardiology outcome table: per-arm statistic sub-columns, "HR (95% CI)", an inner header row
    time_columns: bool = False  # time-point rows pivoted to columns under each arm ("6 months | 14 months")
    numfmt: bool = False  # Lancet/EHJ number formats: "61·4", "4,812" beside "4790", "[0·41-0·87]", "(a; b)", "< 1"
    methods: bool = False  # every statement of the statistics taken out of the table (zoo_methods.py)
    denominators: bool = False  # JAMA/BMJ-like: "40/41 (98)" under "No./total (%)" (zoo_trials.py)
    split_pct: bool = False  # PLOS/MDPI-like: "n | %" columns under each arm (zoo_trials.py)
    plus_minus: bool = False  # Elsevier-like: "Mean (SD)" rows printed "Mean ± SD" / "71.4 ± 8.5"
    dose: str = ""  # dose-ranging header under this drug's span ("Trabedersen, µM" over "10 | 80")
    stats: bool = False  # each continuous row states its statistic in its label ("Age, mean years (SD)"; zoo_stats.py)
    inline: str = ""  # zoo_inline.py: "cells" (the cells state their statistics), "share-first" ("20.7% (6)")
    subrows: str = ""  # zoo_subrows.py: generic sub-rows; a ratio/P "span"s the arms or sits in the "first" arm's
    change: str = ""  # zoo_change.py: repeated-measures spans; where the statistics are stated (legend, heads, ...)
    bounds: tuple[str, ...] = ()  # zoo_bounds.py: intervals in bound columns; the sub-heads under "Range"
    split: str = ""  # zoo_split.py: one reading's parts in sub-columns under each arm; the setting's name


@dataclass(frozen=True)
class Zoo:
    style: str
    slug: str
    tables: tuple[ZooTable, ...]
    patterns: str  # letters of PATTERNS this fixture exposes
    lead: int = 2  # prose paragraphs between the Results heading and the first table
    after: int = 2  # prose paragraphs right after each table
    continued: bool = False  # the flowing table's next-page part gets "Table N (continued)"
    # the first table breaks across a page: "group" = the next page goes on inside the row group the head
    # opened; "new-group" = the next page opens with a row-group label, set in the other text column
    split: str = ""
    methods: str = ""  # a "Statistical analysis" paragraph under a "Methods" heading before the Results
    background: str = ""  # a sentence opening the Discussion (about other trials)
    variant: str = ""  # the style's header setting, a style of its own ("left" -> "bounds-left"; zoo_bounds.py)

    @property
    def name(self) -> str:
        short = self.slug.split("-")[0]
        return f"zoo-{self.style}-{short}"


_COL: Placement = "column"


def _half(label: str) -> ZooTable:
    return ZooTable(label, placement="half")


ZOO: tuple[Zoo, ...] = (
    # (a) + (h): captions below, stacked full-width tables; arm N / grades as numeric header rows
    Zoo(
        "stack",
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        (
            ZooTable("Table 2", numeric_header=True),
            ZooTable("Table 3", numeric_header=True),
            ZooTable("Table 4", numeric_header=True),
        ),
        "ah",
        lead=4,
    ),
    Zoo(
        "stack",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 3", numeric_header=True), ZooTable("Table 4", numeric_header=True)),
        "ah",
        lead=4,
    ),
    Zoo(
        "stack",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 2"), ZooTable("Table 4"), ZooTable("Table 5", numeric_header=True)),
        "ah",
        lead=3,
    ),
    # (c) + (b, repeated header): small-caps labels; column tables flowing into the next column and page
    Zoo("smallcaps", "derazantinib-fgfr2-icca-ph1-2-bjc2019", (ZooTable("Table 1", placement=_COL),), "bc"),
    Zoo("smallcaps", "sunitinib-vs-capecitabine-breast-ph3-bcrt2010", (ZooTable("Table 1", placement=_COL),), "bc"),
    Zoo(
        "smallcaps",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 1", placement=_COL), ZooTable("Table 2", placement=_COL)),
        "bcg",
    ),
    # (b, no header / continued) + (g): flowing column tables; left-aligned spanning headers
    Zoo(
        "flow",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", placement=_COL),),
        "b",
        continued=True,
    ),
    Zoo(
        "flow",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 1", placement=_COL), ZooTable("Table 2", placement=_COL)),
        "bg",
        continued=True,
    ),
    Zoo(
        "flow",
        "siltuximab-rcc-ph1-2-bjc2010",
        (ZooTable("Table 3", placement="full"), ZooTable("Table 1", placement="full")),
        "g",
    ),
    # (d) + (g) + (h): a sideways table on an upright page
    Zoo("sideways", "sunitinib-vs-capecitabine-breast-ph3-bcrt2010", (ZooTable("Table 4", rotated=True),), "dg"),
    Zoo(
        "sideways",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 5", rotated=True, numeric_header=True),),
        "dgh",
    ),
    Zoo("sideways", "siltuximab-rcc-ph1-2-bjc2010", (ZooTable("Table 2", rotated=True),), "dgh"),
    # (e): dot leaders in a frame-only box
    Zoo(
        "leaders",
        "derazantinib-fgfr2-icca-ph1-2-bjc2019",
        (ZooTable("Table 2", placement=_COL),),
        "e",
    ),
    Zoo(
        "leaders",
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        (ZooTable("Table 2", placement=_COL), ZooTable("Table 5", placement=_COL)),
        "e",
    ),
    Zoo(
        "leaders",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", placement=_COL), ZooTable("Table 4", placement=_COL)),
        "e",
    ),
    # (f) + (i): sub/superscripts off the baseline; transposed PK tables
    Zoo(
        "pk",
        "axitinib-rifampin-ddi-healthy-pk-ccp2009",
        (ZooTable("Table 1", transpose=True), ZooTable("Table 2")),
        "fi",
    ),
    Zoo("pk", "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016", (ZooTable("Table 4", transpose=True),), "fi"),
    # cardiology-journal tables: one column wide, indented sub-rows, the N on a second header line, a P column
    Zoo(
        "cardio",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 1", placement=_COL, n_break=True), ZooTable("Table 3", placement=_COL, n_break=True)),
        "k",
    ),
    # the same, where long labels and narrow cells wrap together ("Disease | 13" over "progression | (35)")
    Zoo(
        "cardio",
        "siltuximab-rcc-ph1-2-bjc2010",
        (ZooTable("Table 1", placement=_COL), ZooTable("Table 2", placement=_COL), ZooTable("Table 3", placement=_COL)),
        "l",
    ),
    # band (Lancet / EHJ family): no rules, a dark header band, tinted alternate rows; tables one text column
    # wide, so their rows share baselines with the other column's prose (and flow into the next column)
    Zoo(
        "band",
        "siltuximab-rcc-ph1-2-bjc2010",
        (ZooTable("Table 2", placement=_COL), ZooTable("Table 3", placement=_COL)),
        "",
    ),
    Zoo(
        "band",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", placement=_COL), ZooTable("Table 4", placement=_COL)),
        "",
    ),
    # NEJM-like: descriptors in the row labels ("Race — no. (%)", wrapped), "(N=27)" on a second header
    # line, "Mean" rows printing "71.4±8.5", light rules, sub-rows indented
    Zoo(
        "dash",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", descriptors=True), ZooTable("Table 4", descriptors=True)),
        "m",
    ),
    # JCO-like: percentages only under "Percentage of patients" with per-arm "Any grade | Grade 3 | Grade 4"
    # spans; HR (95% CI) in one column and P in its own; footnote letters on labels and values
    Zoo(
        "jco",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 3", merge_ci=True, merge_rows=True), ZooTable("Table 4", percent_only=True)),
        "n",
    ),
    # (o): full-width tables whose justified small-type legend is followed directly by a study-design diagram
    # whose labels are text (periods, days 1..7, doses), its caption below it
    Zoo(
        "diagram",
        "axitinib-rifampin-ddi-healthy-pk-ccp2009",
        (ZooTable("Table 1", diagram_after=True), ZooTable("Table 2", diagram_after=True)),
        "o",
        lead=1,
        after=3,
    ),
    # (p): a clinical-pharmacology journal's population-PK paper (BMC-like): the parameter table's groups span
    # "Mean | SD" column pairs, each parameter's unit on a second stub line, symbols with subscripts; the
    # subject characteristics one text column wide, each group's N on a second header line
    Zoo(
        "poppk",
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        (ZooTable("Table 4", poppk=True), ZooTable("Table 2", placement=_COL)),
        "p",
        lead=2,
        after=2,
    ),
    # the same journal's PK tables one text column wide: headers wrapped over several lines ("Axitinib 5 mg +
    # rifampin 600 mg/day (n = 39)"), each parameter's unit on a second stub line, legends scoped by parameter
    Zoo(
        "poppk",
        "axitinib-rifampin-ddi-healthy-pk-ccp2009",
        (ZooTable("Table 1", placement=_COL, units_below=True), ZooTable("Table 2", placement=_COL, units_below=True)),
        "",
        lead=2,
        after=2,
    ),
    # (q) + (r): mirrored margins; a table's head at the page foot, its body on the next page shifted in x
    # with no header and no caption, inside the same row group or opening a new one; the next table follows
    Zoo(
        "mirror",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 1"), ZooTable("Table 3")),
        "q",
        after=1,
        split="group",
    ),
    Zoo(
        "mirror",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 1", placement=_COL), ZooTable("Table 2", placement=_COL)),
        "r",
        after=1,
        split="new-group",
    ),
    # cardiology / cardiometabolic outcome tables (Circulation / NEJM-like): one row per outcome, its generic
    # statistics as sub-columns under each arm; HR (95% CI) and P columns; a second header row inside the table
    Zoo(
        "outcome",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 3", n_break=True, outcome=True),),
        "s",
    ),
    # the same style: time points as columns under each arm, each group's "n =" row set as a header row
    Zoo(
        "outcome",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 2", time_columns=True),),
        "t",
    ),
    # (u): the same numbers printed the ways Lancet / EHJ-like papers print them (zoo_numfmt.py)
    Zoo(
        "numfmt",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 3", merge_ci=True, numfmt=True), ZooTable("Table 4", numfmt=True)),
        "u",
    ),
    Zoo(
        "numfmt",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 1", numfmt=True), ZooTable("Table 2", numfmt=True)),
        "u",
    ),
    # (v): the tables state no statistic; the Methods' "Statistical analysis" paragraph states them once, in one of
    # several phrasings (zoo_methods.py); a Discussion sentence states another trial's, which must not count
    Zoo(
        "methods",
        "siltuximab-rcc-ph1-2-bjc2010",
        (ZooTable("Table 1", methods=True), ZooTable("Table 3", methods=True)),
        "v",
        methods=(
            "All patients who received at least one dose of siltuximab were included in the analyses. Continuous "
            "variables are presented as median (range) and categorical variables as numbers (percentages). Time to "
            "tumour progression was estimated with the Kaplan–Meier method and is reported as median (95% CI)."
        ),
    ),
    Zoo(
        "methods",
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        (ZooTable("Table 1", methods=True), ZooTable("Table 4", methods=True)),
        "v",
        methods=(
            "Descriptive statistics were used throughout. Data are expressed as number of patients (%) unless "
            "otherwise stated; continuous variables are summarised as median (minimum–maximum)."
        ),
        background="In the ToGA trial, baseline characteristics were reported as mean (95% CI) [12].",
    ),
    # the cardiology / general-medicine phrasing: which continuous variables take which statistic is said by
    # their distribution, which the cells' own forms tell apart ("71.4 (8.5)" against "70 (52–85)")
    Zoo(
        "methods",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", methods=True),),
        "v",
        methods=(
            "Analyses were descriptive. Normally distributed variables are presented as mean (standard deviation), "
            "and skewed variables as median (range); categorical variables are reported as counts (percentages)."
        ),
    ),
    # (A): each continuous row states its own statistic in its label, unit and statistic in the JAMA / Circulation /
    # EHJ / Lancet word orders ("Age, mean years (SD)", "Median (range) time since diagnosis, mo"); no legend says it
    Zoo(
        "stats",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", stats=True, placement=_COL),),
        "A",
    ),
    Zoo(
        "stats",
        "derazantinib-fgfr2-icca-ph1-2-bjc2019",
        (ZooTable("Table 1", stats=True, placement=_COL), ZooTable("Table 2", stats=True, placement=_COL)),
        "A",
    ),
    Zoo(
        "stats",
        "siltuximab-rcc-ph1-2-bjc2010",
        (
            ZooTable("Table 1", stats=True, placement=_COL),
            ZooTable("Table 2", stats=True),
            ZooTable("Table 3", stats=True, placement=_COL),
        ),
        "A",
    ),
    Zoo(
        "stats",
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        (ZooTable("Table 1", stats=True), ZooTable("Table 4")),
        "A",
    ),
    Zoo(
        "stats",
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        (ZooTable("Table 2", stats=True, placement=_COL), ZooTable("Table 4", stats=True)),
        "A",
    ),
    # (w): JAMA / BMJ-like general-medicine trial tables: "No./total (%)" cells, zebra rows, no inner rules
    Zoo(
        "jama",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 2", denominators=True), ZooTable("Table 4", denominators=True)),
        "w",
    ),
    Zoo(
        "jama",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 1", denominators=True), ZooTable("Table 2", denominators=True)),
        "w",
    ),
    # (x): PLOS / MDPI-like: a full cell grid, a bold run-in label, "n | %" column pairs under each arm
    Zoo(
        "grid",
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        (ZooTable("Table 2", split_pct=True), ZooTable("Table 5", split_pct=True)),
        "x",
    ),
    Zoo(
        "grid",
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        (ZooTable("Table 1", split_pct=True), ZooTable("Table 3", split_pct=True)),
        "x",
    ),
    # (y): Elsevier-like aligned cells: counts right-aligned in a box, brackets left-aligned after them;
    # "Mean ± SD" rows
    Zoo(
        "align",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", plus_minus=True), ZooTable("Table 5")),
        "y",
    ),
    Zoo(
        "align",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 1"), ZooTable("Table 4")),
        "y",
    ),
    # (z): dose-ranging trials: the drug and unit over bare dose numbers, a pooled column, a comparator arm
    Zoo(
        "dose",
        "siltuximab-rcc-ph1-2-bjc2010",
        (ZooTable("Table 2", dose="Siltuximab"), ZooTable("Table 3", dose="Siltuximab")),
        "z",
    ),
    Zoo(
        "dose",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 3", dose="Trabedersen"), ZooTable("Table 4", dose="Trabedersen")),
        "z",
    ),
    # (B): each cell states its own statistic, several numbers in one cell (zoo_inline.py)
    Zoo(
        "inline",
        "derazantinib-fgfr2-icca-ph1-2-bjc2019",
        (ZooTable("Table 1", inline="cells"), ZooTable("Table 2", inline="share-first")),
        "B",
    ),
    Zoo(
        "inline",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 3", inline="cells"), ZooTable("Table 4", inline="cells")),
        "B",
    ),
    Zoo(
        "inline",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 1", inline="cells"), ZooTable("Table 2", denominators=True, inline="cells")),
        "B",
    ),
    # (C): two half-width tables side by side, captions above both / below both; a table beside running prose
    Zoo("side", "pertuzumab-trastuzumab-gastric-ph2a-bjc2014", (_half("Table 3"), _half("Table 4")), "C"),
    Zoo(
        "sidelow",
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        (_half("Table 2"), _half("Table 5"), ZooTable("Table 4")),
        "C",
    ),
    Zoo("side", "axitinib-rifampin-ddi-healthy-pk-ccp2009", (ZooTable("Table 1", placement=_COL),), "C", lead=6),
    Zoo("sidelow", "axitinib-rifampin-ddi-healthy-pk-ccp2009", (_half("Table 1"), _half("Table 2")), "C"),
    # (D): generic statistic sub-rows under each outcome's label row (zoo_subrows.py)
    Zoo(
        "subrows",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 3", subrows="span"), ZooTable("Table 4", subrows="span")),
        "D",
    ),
    Zoo(
        "subrows",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 2", subrows="first"),),
        "D",
    ),
    # (F): repeated measures: two periods (or time points) as sub-columns under a span, a comparison column; the
    # cells' statistics stated by a column-scoped legend, the sub-column heads, the stub head, the Methods or nowhere
    Zoo(
        "change",
        "axitinib-rifampin-ddi-healthy-pk-ccp2009",
        (ZooTable("Table 1", change="legend"), ZooTable("Table 2", change="heads")),
        "F",
    ),
    Zoo(
        "change",
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        (ZooTable("Table 4", change="stub"), ZooTable("Table 2", change="methods")),
        "F",
        methods=(
            "Pharmacokinetic and demographic data were summarised descriptively. Continuous data are presented as "
            "mean (range) and categorical data as n (%) unless stated otherwise."
        ),
    ),
    Zoo(
        "change",
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        (ZooTable("Table 1", change="nowhere"),),
        "F",
    ),
    # (G): interval bounds in columns of their own ("Estimate | 95% CI: Lower | Upper" under each arm, "Hazard ratio |
    # Lower 95% CI | Upper 95% CI"); span heads centred with no rule, flush left with no rule, or flush left and ruled
    Zoo(
        "bounds",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 3", bounds=("Lower", "Upper")), ZooTable("Table 1", bounds=("Min", "Max"))),
        "G",
    ),
    Zoo(
        "bounds",
        "siltuximab-rcc-ph1-2-bjc2010",
        (ZooTable("Table 3", bounds=("Lower", "Upper")),),
        "G",
        variant="left",
    ),
    Zoo(
        "bounds",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 1", bounds=("Lower", "Upper")),),
        "G",
        variant="ruled",
    ),
    # (H): one reading's two parts in sub-columns under each arm ("No. | (%)", "Median | 95% CI", "Mean | SD"),
    # the sub-heads in a row of their own, or nowhere with a span or a legend saying what the pair is (zoo_split.py)
    Zoo(
        "split",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 1", split="no-pct"), ZooTable("Table 3", merge_rows=True, split="estimate-ci")),
        "H",
    ),
    Zoo(
        "split",
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        (ZooTable("Table 4", split="mean-sd-legend"), ZooTable("Table 2", split="n-pct")),
        "H",
    ),
    Zoo(
        "split",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 1", split="n-pct-span"), ZooTable("Table 2", split="n-pct-span")),
        "H",
    ),
    # (H), second set: sub-heads under the first arm only, "Median | Range" sub-heads over n (%) rows that span the
    # pair, one arm whose rows state their pairs ("Mean (SD)", "n (%)") over bare sub-columns, and a pair nothing
    # states (the stub head's "n (%)" taken out: those cells must come back unread)
    Zoo(
        "split",
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        (ZooTable("Table 4", split="n-pct-once"),),
        "H",
    ),
    Zoo(
        "split",
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        (ZooTable("Table 1", split="median-range"), ZooTable("Table 4", split="bare-none")),
        "H",
    ),
    Zoo(
        "split",
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        (ZooTable("Table 1", placement=_COL, split="pairs-none"),),
        "H",
    ),
    # (E): glued and split words, letter-spaced rows, watermarks, a cover sheet (zoo_glue.py)
    Zoo(
        "glue",
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        (ZooTable("Table 1"), ZooTable("Table 3")),
        "E",
    ),
    Zoo(
        "glue",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 1"), ZooTable("Table 2")),
        "E",
    ),
    # (j): a conference abstract with a caption-less table
    Zoo(
        "abstract",
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        (ZooTable("Table 2", captionless=True),),
        "j",
        1,
        1,
    ),
    Zoo(
        "abstract",
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        (ZooTable("Table 4", captionless=True, numeric_header=True),),
        "jh",
        1,
        1,
    ),
)


# --- table treatments ---------------------------------------------------------------------------------

_N_TAIL = re.compile(r"^(?P<text>.*?)[\s,]*\(?\s*(?P<n>[nN])\s*=\s*(?P<value>\d+)\s*\)?\s*$")
_GRADE = re.compile(r"^Grade\s+(?P<g>\d+(?:\s*[–-]\s*\d+)?)$")


def _n_split(cell: Cell) -> tuple[Cell, Cell] | None:
    """Split "Arm A (n = 41)" into "Arm A" and "n = 41"; None when the header states no N."""
    if any(r.kind == "mark" for r in cell.content):
        return None
    m = _N_TAIL.match(label(cell.content))
    if not m or not m.group("text"):
        return None
    n_cell = Cell((Run(m.group("n"), "italic"), Run(f" = {m.group('value')}")), header=True)
    return Cell((Run(m.group("text")),), cell.colspan, cell.rowspan, header=True), n_cell


def numeric_header(table: Table) -> None:
    """Print the arm N as a header row of its own ("n = 41" under "10 µM trabedersen") and grade
    headers as bare numbers ("Grade 3" -> "3", the stub cell of that row saying "Grade")."""
    last = table.header[-1]
    if last.cells and all(_GRADE.match(label(c.content)) for c in last.cells if label(c.content)):
        grid = expand(table.header)
        cols = [c for c, (_, origin) in sorted(grid[-1].items()) if origin]
        for cell, col in zip(last.cells, cols, strict=False):
            m = _GRADE.match(label(cell.content))
            if m:
                cell.content = (Run(m.group("g")),)
            elif col < table.stub_cols and not label(cell.content):
                cell.content = (Run("Grade"),)
        return
    splits = [_n_split(c) for c in last.cells]
    if not any(splits):
        return
    grid = expand(table.header)
    r_last = len(table.header) - 1
    origins = [c for c, (_, origin) in sorted(grid[r_last].items()) if origin]
    new_cells: list[Cell] = []
    for c in range(max(grid[r_last]) + 1):
        cell, origin = grid[r_last][c]
        if c in origins:
            i = origins.index(c)
            split = splits[i]
            if split is not None:
                last.cells[i] = split[0]
                new_cells.append(split[1])
            else:
                new_cells.append(Cell((), cell.colspan, header=True))
        elif not origin and c == min(k for k, (x, _) in grid[r_last].items() if x is cell):
            cell.rowspan += 1  # a cell from an upper row reaching down also covers the new row
    table.header.append(Row(new_cells))


_N_PAREN = re.compile(r"\S\s*\(\s*[nN]\s*=\s*\d+\s*\)$")


def n_break(table: Table) -> None:
    """Set the "(N = 238)" closing a header cell on a line of its own; the label stays the same."""
    for row in [*table.header, *(r for r in table.body if r.inner_header)]:
        for cell in row.cells:
            if not _N_PAREN.search(label(cell.content)):
                continue
            runs = list(cell.content)
            i = max(k for k, r in enumerate(runs) if r.kind == "text" and "(" in r.text)
            head, _, tail = runs[i].text.rpartition("(")
            cell.content = (*runs[:i], Run(head.rstrip()), Run("", "break"), Run("(" + tail), *runs[i + 1 :])


def _swap(pattern: str) -> str:
    return r"(?:^|\| )" + pattern[1:] if pattern.startswith("^") else pattern


def transpose(table: Table, corner: str) -> Table:
    """Groups as rows, parameters as columns; the cell rules follow their row/column patterns."""
    if len(table.header) != 1 or table.stub_cols != 1:
        raise ValueError(f"{table.label}: only single-header, single-stub tables are transposed")
    if any(c.colspan > 1 or c.rowspan > 1 for r in [*table.header, *table.body] for c in r.cells):
        raise ValueError(f"{table.label}: spans cannot be transposed")
    width = len(table.header[0].cells)
    params = [r for r in table.body if r.cells]
    # the published stub head may say what every cell is ("Parameter, mean (SD)"): the corner keeps that part,
    # or the transposed table would print values nothing on the page explains
    stub = "".join(run.text for run in table.header[0].cells[0].content)
    stated = re.search(r",\s*(.+)$", stub)
    if stated:
        corner = f"{corner}, {stated.group(1).strip()}"
    header = Row([Cell((Run(corner),), header=True), *[Cell(r.cells[0].content, header=True) for r in params]])
    body = []
    for c in range(1, width):
        cells = [Cell(table.header[0].cells[c].content)]
        cells += [r.cells[c] if c < len(r.cells) else Cell(()) for r in params]
        body.append(Row(cells))
    rules = tuple(replace(r, row=_swap(r.column), column=_swap(r.row)) for r in table.spec.rules)
    return replace(
        table,
        header=[header],
        body=body,
        spec=replace(table.spec, rules=rules),
        note=table.note + " Printed transposed: groups as rows, parameters as columns (gold keeps that orientation).",
    )


def _check_transposed(before: Table, after: Table) -> None:
    """The transposed gold holds the same values as the table as published, paths swapped."""
    from .golden import table_cells

    def key(cell: dict[str, Any], swap: bool) -> tuple[str, str, str]:
        row, col = cell["row"][-1], cell["column"][-1]
        if swap:
            row, col = col, row
        return (row, col, json.dumps(cell["values"], sort_keys=True))

    old = sorted(key(c, False) for c in table_cells(before))
    new = sorted(key(c, True) for c in table_cells(after))
    if old != new:
        diff = sorted(set(old) ^ set(new))[:5]
        raise AssertionError(f"{before.label}: transposed gold differs from the published table: {diff}")


# --- document -----------------------------------------------------------------------------------------

_TABLE_CITE = re.compile(r"\s*\(?(?:see )?\bTables?\s+\d+[A-Za-z]?(?:\s*(?:and|,|–)\s*\d+)*\)?")


def _uncite(para: Para) -> Para:
    """Prose of an abstract whose table has no caption does not cite it by number."""
    return Para(tuple(Run(_TABLE_CITE.sub("", r.text), r.kind, r.anchor) for r in para.content), para.lead)


def zoo_document(doc: Document, article: Article, zoo: Zoo, lead: int, continued_at: tuple[int, ...] = ()) -> Document:
    entries = {e.label: e for e in article.tables}
    originals = {t.label: t for t in doc.tables()}
    paras = [b for b in doc.body if isinstance(b, Para) and len("".join(r.text for r in b.content)) > 200]
    captionless = any(z.captionless for z in zoo.tables)
    if captionless:
        paras = [_uncite(p) for p in paras]
    tables: list[Table] = []
    for n, zt in enumerate(zoo.tables):
        table = _prepared(originals[zt.label], entries[zt.label], zt, n)
        if n == 0 and continued_at:
            table.continued_at = continued_at
        tables.append(table)
    body: list[Block] = []
    if zoo.methods:
        body += [Heading((Run("Methods"),), 1), Heading((Run("Statistical analysis"),), 2), Para((Run(zoo.methods),))]
    body.append(Heading((Run("Results"),), 1))
    if "b" in zoo.patterns or zoo.split:  # `lead` counts sentences: fine steps move a flowing table's start
        first = _sentences(paras, lead)
        body += first
        i = len(first)
    else:
        body += paras[:lead]
        i = lead
    if zoo.style == "stack":
        body += tables
        body += paras[i : i + zoo.after]
        i += zoo.after
    else:
        for n, table in enumerate(tables):
            body.append(table)
            if zoo.tables[n].diagram_after:
                body.append(_diagram_figure(n + 1, table.placement))
            if table.placement == "half" and n % 2 == 0:  # (C): the pair's second table right beside it
                continue
            body += paras[i : i + zoo.after]
            i += zoo.after
    body.append(Heading((Run("Discussion"),), 1))
    if zoo.background:
        body.append(Para((Run(zoo.background),)))
    body += paras[i : i + 2]
    # a flowing table starts on page 1 under the whole abstract, so page 1's columns are short
    abstract = doc.abstract if "b" in zoo.patterns or zoo.split else doc.abstract[: 3 if zoo.style != "abstract" else 5]
    if captionless:
        abstract = [_uncite(b) if isinstance(b, Para) else b for b in abstract]
    style = f"{zoo.style}-{zoo.variant}" if zoo.variant else zoo.style
    return replace(doc, style=style, abstract=abstract, body=body, statements=[])


_DIAGRAM_DOSES = ("1 g q6h", "1.5 g q6h", "2 g q6h")


def _diagram_art(n: int) -> str:
    """A study-design diagram drawn with text labels and strokes, as clinical-pharmacology journals print
    them: two panels (groups) of periods, each a column of study days 1..7 beside a dose and a placebo arm,
    arrows down from each arm. Positions in mm inside the figure's box."""
    out: list[str] = []

    def text(x: float, y: float, label: str) -> None:
        out.append(f'<span style="left:{x}mm;top:{y}mm">{label}</span>')

    def down(x: float, y: float, length: float) -> None:
        out.append(f'<i style="left:{x}mm;top:{y}mm;height:{length}mm"></i>')

    for panel, (x0, y0) in enumerate(((8.0, 0.0), (92.0, 9.0))):
        group = "I" if panel == 0 else "II"
        text(x0, y0, "Study")
        text(x0, y0 + 2.6, "period")
        text(x0 + 22, y0 + 2.6, "Day")
        text(x0 + 46, y0 + 2.6, f"Group {group}")
        y = y0 + 7.5
        text(x0, y, "Baseline")
        text(x0 + 46, y, f"{10 + n * 2 + panel} Subjects")
        for d in range(1, 4):
            text(x0 + 22, y + (d - 1) * 2.2, str(d))
        text(x0 + 36, y + 5.2, str(6 + panel * 2))
        text(x0 + 56, y + 5.2, str(6 - panel))
        y += 10.4
        for period, dose in ((2, _DIAGRAM_DOSES[panel]), (3, _DIAGRAM_DOSES[panel + 1])):
            text(x0, y, f"Period {period}")
            text(x0 + 32, y, dose)
            text(x0 + 56, y, "pbo")
            for d in range(1, 8):
                text(x0 + 22, y + (d - 1) * 2.2, str(d))
            down(x0 + 36, y + 3.0, 6.0)
            down(x0 + 58, y + 3.0, 6.0)
            y += 16.5
    text(8.0, 52.0, "Regimen A: 4 g/day then 6 g/day (n = 12)")
    text(8.0, 54.6, "Regimen B: 4 g/day then 8 g/day (n = 12)")
    text(8.0, 57.2, "Regimen C: pbo then pbo (n = 12)")
    return "".join(out)


def _diagram_figure(n: int, placement: Placement) -> Figure:
    caption = (Run("Schematic of the dosing regimen and the staggered study periods of both groups."),)
    return Figure(f"Figure {n}", [caption], height_mm=60, placement=placement, art=_diagram_art(n))


def _sentences(paras: list[Para], count: int) -> list[Para]:
    """The first `count` sentences of the prose, in its paragraphs (the last one cut short)."""
    out: list[Para] = []
    for para in paras:
        if count <= 0:
            break
        runs: list[Run] = []
        for run in para.content:
            if count <= 0:
                break
            if run.kind != "text":
                runs.append(run)
                continue
            pieces = re.split(r"(?<=[a-z0-9)]\. )(?=[A-Z])", run.text)
            taken = []
            for piece in pieces:
                taken.append(piece)
                if piece.endswith(". "):
                    count -= 1
                    if count <= 0:
                        break
            runs.append(Run("".join(taken).rstrip(), run.kind, run.anchor))
        else:
            count -= 1
        out.append(Para(tuple(runs), para.lead))
    return out


def _prepared(original: Table, entry: TableEntry, zt: ZooTable, n: int) -> Table:
    table = replace(
        original,
        key=f"z{n + 1}",
        header=[Row([replace(c) for c in r.cells]) for r in original.header],
        body=[Row([replace(c) for c in r.cells]) for r in original.body],
        section=entry.section,
        spec=entry.spec,
        note=entry.note,
        placement=zt.placement,
        rotated=zt.rotated,
        captionless=zt.captionless,
    )
    if zt.n_break:
        n_break(table)
    if zt.units_below:
        units_below(table)
    if (
        zt.descriptors
        or zt.percent_only
        or zt.merge_ci
        or zt.merge_rows
        or zt.poppk
        or zt.outcome
        or zt.time_columns
        or zt.numfmt
        or zt.methods
        or zt.denominators
        or zt.split_pct
        or zt.plus_minus
        or zt.dose
        or zt.stats
        or zt.inline
        or zt.subrows
        or zt.change
        or zt.bounds
        or zt.split
    ):
        published = deepcopy(table)
        if zt.poppk:
            poppk_pairs(table)
        if zt.outcome:
            outcome_columns(table)
        if zt.time_columns:
            table = timepoint_columns(table)
        if zt.descriptors:
            nejm_descriptors(table)
        if zt.merge_ci:
            merge_ratio_ci(table)
        if zt.merge_rows:
            merge_estimate_ci(table)
        if zt.percent_only:
            percent_only(table)
        if zt.numfmt:
            number_formats(table)
        if zt.methods:
            strip_statements(table)
        if zt.denominators:
            denominators(table)
        if zt.split_pct:
            split_count_percent(table)
        if zt.dose:
            dose_header(table, zt.dose)
        if zt.stats and not label_statements(table, int(re.sub(r"\D", "", table.label) or 1) - 1):
            raise ValueError(f"{table.label}: no continuous row to state its statistic in its label")
        if zt.inline:
            inline_forms(table, share_first=zt.inline == "share-first")
        if zt.subrows:
            (efficacy_subrows if entry.section == "efficacy" else safety_subrows)(table, zt.subrows)
        if zt.plus_minus and not plus_minus_rows(table):
            raise ValueError(f"{table.label}: no 'Mean (SD)' row to print as 'Mean ± SD'")
        if zt.change:
            change_layout(table, zt.change)
        if zt.bounds:
            bounds_columns(table, zt.bounds)
        if zt.split:
            split_columns(table, zt.split)
        dropped: tuple[str, ...] = ("count",) if zt.percent_only else ("denominator",) if zt.denominators else ()
        if zt.split and split_unread(zt.split):  # the pairs nothing states are left out of the gold
            dropped = ("count", "percent")
        if zt.change == "nowhere":
            unread_values(published, table)
        else:
            same_values(published, table, dropped, zero_percent=zt.percent_only)
    if zt.numeric_header:
        numeric_header(table)
    if zt.transpose:
        transposed = transpose(table, "Group")
        _check_transposed(table, transposed)
        table = transposed
    return table


# --- layout checks on the rendered PDF ----------------------------------------------------------------


def _row_positions(table: Table, rendered: Rendered) -> list[tuple[int, float, float]]:
    return [rendered.positions[f"{table.key}-r{i}"] for i in range(len(table.body))]


def _flow_parts(table: Table, rendered: Rendered, page_width: float) -> list[tuple[int, int]]:
    """(page, column) of each body row, column 0 = left half of the page."""
    return [(p, int(x > page_width / 2)) for p, x, _ in _row_positions(table, rendered)]


_MIN_PART_ROWS = 3  # rows in each of the three parts of a flowing table


def _flows(parts: list[tuple[int, int]]) -> bool:
    """Left column -> right column on one page, and on to the next page, a few rows in each."""
    first = parts[0]
    right = parts.count((first[0], 1))
    later = sum(1 for p, _ in parts if p > first[0])
    return first[1] == 0 and parts.count(first) >= _MIN_PART_ROWS and min(right, later) >= _MIN_PART_ROWS


def _group_label(table: Table, row: Row) -> bool:
    """A row-group label: a stub text and no value cell."""
    grid = expand([row])
    origins = [c for c, (_, origin) in sorted(grid[0].items()) if origin]
    cells = list(zip(row.cells, origins, strict=False))
    stub = any(label(c.content) for c, col in cells if col < table.stub_cols)
    return stub and not any(label(c.content) for c, col in cells if col >= table.stub_cols)


def _split_problem(zoo: Zoo, doc: Document, rendered: Rendered, page_width: float) -> str:
    """Why the first table's page break is not the one `zoo.split` asks for ("" when it is)."""
    tables = doc.tables()
    first = tables[0]
    rows = _row_positions(first, rendered)
    page = rows[0][0]
    if rendered.page_of(f"{first.key}-cap") != page or {p for p, _, _ in rows} != {page, page + 1}:
        return "the table is not on two pages, its caption on the first"
    k = next(i for i, (p, _, _) in enumerate(rows) if p > page)
    later = len(rows) - k
    if k < 2 or later < 3:
        return "fewer than 2 rows at the page foot or 3 on the next page"
    labels = [i for i in range(len(first.body)) if _group_label(first, first.body[i])]
    if zoo.split == "group":
        opened = [i for i in labels if i < k]
        if _group_label(first, first.body[k]) or not opened or opened[-1] >= k - 1:
            return "the next page does not go on inside a row group the head opened"
    if zoo.split == "new-group":
        if not _group_label(first, first.body[k]):
            return "the next page does not open with a row-group label"
        half = page_width / 2
        if not (rows[0][1] > half and all(x < half for p, x, _ in rows[k:])):
            return "the head is not in the right column with the rest in the next page's left column"
    if len(tables) > 1 and rendered.page_of(f"{tables[1].key}-cap") != page + 1:
        return "the next table does not start on the next page"
    return ""


def _page_chars(pdf: Path, page: int) -> list[dict[str, Any]]:
    with pdfplumber.open(pdf) as doc:
        return list(doc.pages[page - 1].chars)


def _pattern_problems(zoo: Zoo, doc: Document, rendered: Rendered, pdf: Path) -> list[str]:
    out: list[str] = []
    tables = doc.tables()
    if "a" in zoo.patterns:
        pairs = [
            (a, b)
            for a, b in itertools.pairwise(tables)
            if rendered.page_of(f"{a.key}-cap") == rendered.page_of(f"{b.key}-r0")
        ]
        if not pairs:
            out.append("(a) no caption sits on the page of the next table")
    if "b" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            width = float(d.pages[0].width) * 96 / 72
        if not _flows(_flow_parts(tables[0], rendered, width)):
            out.append(f"(b) {tables[0].label} does not flow left -> right -> next page")
    if "c" in zoo.patterns:
        page = rendered.page_of(f"{tables[0].key}-cap")
        text = "".join(c["text"] for c in _page_chars(pdf, page) if not c["text"].isspace())
        if tables[0].label.lower().replace(" ", "") not in text:  # the prose cites "Table 1": no test on that
            out.append(f"(c) text layer of page {page} lacks lowercase {tables[0].label.lower()!r}")
    if "d" in zoo.patterns:
        rotated = next(t for t in tables if t.rotated)
        page = rendered.page_of(f"{rotated.key}-r0")
        chars = _page_chars(pdf, page)
        sideways = sum(1 for c in chars if not c["upright"])
        if not 0 < sideways < len(chars) - sideways:
            out.append(f"(d) page {page}: {sideways} rotated of {len(chars)} characters")
    if "e" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            words = [w["text"] for p in d.pages for w in p.extract_words()]
        if not any(re.search(r"\.{4,}\d", w) for w in words):
            out.append("(e) no dot leader glued to a value")
    if "k" in zoo.patterns or "l" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            halves = [p.crop((x0, 0, x0 + p.width / 2, p.height)) for p in d.pages for x0 in (0, p.width / 2)]
            lines = [ln for h in halves for ln in (h.extract_text() or "").splitlines()]
        n_lines = [len(re.findall(r"\([nN] = \d+\)", ln)) for ln in lines]
        if "k" in zoo.patterns and not any(n >= 2 and not before for before, n in itertools.pairwise(n_lines)):
            out.append("(k) no header line sets the arms' (N = x) under their names")
        if "l" in zoo.patterns and not any(re.match(r"[a-z][\w ,-]*\s\(\d", ln) for ln in lines):
            out.append("(l) no wrapped label line carries the bracket part of a wrapped cell")
    if "m" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            lines = [ln.strip() for p in d.pages for ln in (p.extract_text() or "").splitlines()]
        if not any(ln.startswith("— no. (%)") for ln in lines):
            out.append("(m) no '— no. (%)' descriptor on a text line of its own")
        if not any(re.search(r"\d±\d", ln) for ln in lines):
            out.append("(m) no 'a±b' value")
    if "n" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            text = " ".join(p.extract_text() or "" for p in d.pages)
        if "Percentage of patients" not in text or "HR (95% CI)" not in text:
            out.append("(n) no 'Percentage of patients' span or no 'HR (95% CI)' column")
    if "o" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            pages = [(p.extract_text() or "") for p in d.pages]
        for table in tables:
            page = rendered.page_of(f"{table.key}-r{len(table.body) - 1}")
            text = pages[page - 1]
            if not table.notes or "Period 2" not in text or not re.search(r"Figure \d+ Schematic", text):
                out.append(f"(o) {table.label}: no legend and diagram on page {page} under its last row")
    if "p" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            lines = [ln.strip() for p in d.pages for ln in (p.extract_text() or "").splitlines()]
        if not any(re.fullmatch(r"\(L/d\)(?: [\d.]+)*", ln) for ln in lines):
            out.append("(p) no unit set on a line of its own under its parameter")
        if not any(re.search(r"Mean SD Mean SD", ln) for ln in lines):
            out.append("(p) no 'Mean | SD' column pairs")
    if zoo.split:
        with pdfplumber.open(pdf) as d:
            width = float(d.pages[0].width) * 96 / 72
        problem = _split_problem(zoo, doc, rendered, width)
        if problem:
            out.append(f"({'q' if zoo.split == 'group' else 'r'}) {problem}")
    if "s" in zoo.patterns or "t" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            lines = [ln.strip() for p in d.pages for ln in (p.extract_text() or "").splitlines()]
        if "s" in zoo.patterns and not (
            any(ln.count("No. of patients (%)") >= 2 for ln in lines) and any("OR (95% CI)" in ln for ln in lines)
        ):
            out.append("(s) no generic 'No. of patients (%)' sub-columns or no inner 'OR (95% CI)' header")
        if "t" in zoo.patterns and not any(ln.count("6 months") >= 2 for ln in lines):
            out.append("(t) no header line with time-point columns under every arm")
    if "u" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            text = " ".join(p.extract_text() or "" for p in d.pages)
        bracket = re.search(r"\[\d+(?:·\d+)?-\d", text)
        thousands = re.search(r"\b\d{1,3},\d{3}\b", text) and re.search(r"(?<![\d,·.])\d{5}\b", text)
        if not re.search(r"\d·\d", text) or not (bracket or thousands):
            out.append("(u) no middle-dot decimal, or neither an '[a-b]' interval nor '24,159' beside '21510'")
    if "v" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            halves = [p.crop((x0, 0, x0 + p.width / 2, p.height)) for p in d.pages for x0 in (0, p.width / 2)]
            text = " ".join(h.extract_text() or "" for h in halves)
        squeezed, said = re.sub(r"[\s-]", "", text), re.sub(r"[\s-]", "", zoo.methods.split(". ")[1][:40])
        if "Statistical analysis" not in text or said not in squeezed:
            out.append("(v) no 'Statistical analysis' paragraph stating the statistics")
    if "A" in zoo.patterns:
        out += stats_problems(pdf)
    if set(zoo.patterns) & {"w", "x", "y", "z"}:
        out += trial_problems(zoo.patterns, pdf, any(t.plus_minus for t in zoo.tables))
    if "B" in zoo.patterns:
        out += inline_problems(pdf)
    if "C" in zoo.patterns:
        out += side_problems(tables, rendered, pdf)
    if "D" in zoo.patterns:
        out += subrows_problems(pdf)
    if "F" in zoo.patterns:
        out += change_problems(pdf, {t.change for t in zoo.tables})
    if "E" in zoo.patterns:
        out += glue_problems(pdf, doc, rendered)
    if "G" in zoo.patterns:
        ratio = any(label(c.content).startswith("Lower 9") for t in tables for r in t.header for c in r.cells)
        out += bounds_problems(pdf, zoo.variant, ratio)
    if "H" in zoo.patterns:
        out += split_problems(pdf)
    if "j" in zoo.patterns:
        with pdfplumber.open(pdf) as d:
            text = " ".join(p.extract_text() or "" for p in d.pages)
        if re.search(r"\bTable\s+\d", text):
            out.append("(j) a 'Table N' label is printed")
    return out


# --- build --------------------------------------------------------------------------------------------


@dataclass
class ZooBuilt:
    pdf: Path
    golden: Path
    tables: int
    cells: int
    values: int
    pages: int


def _article(slug: str) -> Article:
    return next(a for a in ARTICLES if a.slug == slug)


def _render(doc: Document, pdf: Path) -> Rendered:
    html = document_html(doc)
    return render(glue_html(html, doc) if doc.style == GLUE.name else html, pdf)


def build_zoo_fixture(zoo: Zoo, source: dict[str, str], xml: Path, pdf_dir: Path, golden_dir: Path) -> ZooBuilt:
    article = _article(zoo.slug)
    nct = [source["nct_id"]] if source["nct_id"].startswith("NCT") else []
    base = read_article(xml, zoo.slug, article.style, nct)
    pdf = pdf_dir / f"{zoo.name}.pdf"
    lead = 0 if "b" in zoo.patterns or zoo.split else zoo.lead
    doc = zoo_document(base, article, zoo, lead)
    rendered = _render(doc, pdf)
    if "b" in zoo.patterns:
        # more prose before the table until it starts low in the left column and runs on to the next page
        width = _page_width(pdf)
        while not _flows(_flow_parts(doc.tables()[0], rendered, width)) and lead < 40:
            lead += 1
            doc = zoo_document(base, article, zoo, lead)
            rendered = _render(doc, pdf)
        if zoo.continued:
            parts = _flow_parts(doc.tables()[0], rendered, width)
            first_page = parts[0][0]
            at = next(i for i, (p, _) in enumerate(parts) if p > first_page)
            doc = zoo_document(base, article, zoo, lead, (at,))
            rendered = _render(doc, pdf)
    if zoo.split:
        # more prose before the table until its page break falls where the fixture wants it
        width = _page_width(pdf)
        while _split_problem(zoo, doc, rendered, width) and lead < 80:
            lead += 1
            doc = zoo_document(base, article, zoo, lead)
            rendered = _render(doc, pdf)
    for table in doc.tables():
        if table.captionless:
            table.label = f"untitled table, page {rendered.page_of(f'{table.key}-r0')}"
    issues = _pattern_problems(zoo, doc, rendered, pdf)
    if issues:
        raise AssertionError(f"{zoo.name}: " + "; ".join(issues))
    keys = ("slug", "repo", "commit", "path", "title", "journal_year", "nct_id", "licence", "pmcid", "pmid", "doi")
    src: dict[str, Any] = {k: source[k] for k in keys if source.get(k)}
    src["zoo_style"] = zoo.style
    src["zoo_patterns"] = [f"{p}: {PATTERNS[p]}" for p in zoo.patterns]
    golden = document_golden(doc, rendered, pdf.name, ORIGIN, src, _VERIFIED.format(what=xml.name, style=zoo.style))
    golden["text"] = []
    issues = problems(golden)
    if issues:
        raise ValueError(f"{zoo.name}: " + "; ".join(issues[:10]))
    path = golden_dir / f"{zoo.name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    cells = [c for t in golden["tables"] for c in t["cells"]]
    return ZooBuilt(pdf, path, len(golden["tables"]), len(cells), sum(len(c["values"]) for c in cells), rendered.pages)


def _page_width(pdf: Path) -> float:
    with pdfplumber.open(pdf) as d:
        return float(d.pages[0].width) * 96 / 72  # CSS px, as weasyprint's anchor positions
