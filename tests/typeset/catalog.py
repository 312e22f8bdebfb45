"""Which JATS articles are typeset, in which style, and how each table's cells are read.

This is the reviewed part: every table-wrap of each article is listed; tables of the four kinds
get a section and, where the cell grammar plus labels are not enough, rules taken from the table's
own header, legend and footnotes (quoted in the notes).  Tables of other kinds are typeset too (as a
reader meets them) but have no golden entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Placement, Section, StatRule, TableSpec


@dataclass(frozen=True)
class TableEntry:
    label: str
    section: Section | None = None
    placement: Placement | None = None
    spec: TableSpec = field(default_factory=TableSpec)
    note: str = ""


@dataclass(frozen=True)
class Article:
    slug: str
    style: str
    tables: tuple[TableEntry, ...]


_CI90 = ("value", "ci_low", "ci_high")

ARTICLES: tuple[Article, ...] = (
    Article(
        "sunitinib-vs-capecitabine-breast-ph3-bcrt2010",
        "nejm",
        (
            TableEntry(
                "Table 1",
                "demographics",
                note="All numeric cells; n (%) per the row labels, Age as mean and range rows.",
            ),
            TableEntry("Table 2", note="Treatment administration (exposure): typeset, not a golden kind."),
            TableEntry(
                "Table 3",
                "efficacy",
                spec=TableSpec(
                    na_meaning="not applicable",
                    rules=(
                        StatRule(
                            ("or",),
                            row=r"response rate|benefit rate",
                            column=r"hazard ratio$",
                            grammar="bare",
                        ),
                        StatRule(("hr",), column=r"hazard ratio$", grammar="bare"),
                        StatRule(skip=True, row=r"(progression-free|overall) survival \| median", column=r"\| p$"),
                    ),
                ),
                note=(
                    "Hazard ratio column: footnote c marks odds ratios (ORR, CBR rows) -> 'or'; the 95% CI "
                    "column bounds the ratio. Left out: the P cells of the PFS and OS 'Median, months' rows, "
                    "which hold two p-values each (one-sided a, two-sided b). 'NA' = not applicable (legend)."
                ),
            ),
            TableEntry(
                "Table 4",
                "adverse_events",
                placement="landscape",
                note=(
                    "All numeric cells; three header levels (n (%) / arm with N / grade); '<1' percents keep "
                    "a '<' qualifier. Set on a landscape page."
                ),
            ),
        ),
    ),
    Article(
        "trabedersen-high-grade-glioma-ph2b-neurooncol2011",
        "nejm",
        (
            TableEntry(
                "Table 1",
                "demographics",
                note=(
                    "All numeric cells; the in-body 'n= ...' rows (All/GBM/AA patients) give arm_n and are "
                    "group labels for the indented rows."
                ),
            ),
            TableEntry(
                "Table 2",
                "efficacy",
                note="All numeric cells; 'Number of patients (%)'; in-body n rows give arm_n.",
            ),
            TableEntry(
                "Table 3",
                "adverse_events",
                spec=TableSpec(na_meaning="not applicable"),
                note="All numeric cells; 'n.a.*' = not applicable (footnote).",
            ),
            TableEntry("Table 4", "adverse_events", note="All numeric cells; SOC rows with indented preferred terms."),
        ),
    ),
    Article(
        "pertuzumab-trastuzumab-gastric-ph2a-bjc2014",
        "nejm",
        (
            TableEntry(
                "Table 1",
                "demographics",
                note="All numeric cells; group rows (e.g. 'Sex, n (%)') with unindented sub-rows.",
            ),
            TableEntry("Table 2", note="Patient disposition: typeset, not a golden kind."),
            TableEntry("Table 3", "adverse_events", note="All numeric cells; n (%) per the stub header."),
            TableEntry(
                "Table 4",
                "efficacy",
                note=(
                    "All numeric cells; the 'n' rows (footnote a: percentages based on n) are cells and give "
                    "arm_n to the rows below them."
                ),
            ),
        ),
    ),
    Article(
        "derazantinib-fgfr2-icca-ph1-2-bjc2019",
        "lancet",
        (
            TableEntry(
                "Table 1",
                "demographics",
                note="All numeric cells; median (range) rows as labelled, others n (%) (header).",
            ),
            TableEntry(
                "Table 2",
                "efficacy",
                note=(
                    "All numeric cells; '4.6 (95% CI: 2.3–8.9)' -> median/ci; PFS event rows are counts; '(N "
                    "= 6)' row labels give arm_n."
                ),
            ),
        ),
    ),
    Article(
        "vismodegib-gemcitabine-pancreatic-ph1b2-jco2015",
        "lancet",
        (
            TableEntry(
                "Table 1",
                "demographics",
                note="All numeric cells; 'No. (%)' header; Age median and range rows; 'Missing' counts.",
            ),
            TableEntry("Table 2", "adverse_events", note="All numeric cells; P column as p."),
        ),
    ),
    Article(
        "ch1418-utc-vs-nci-neuroblastoma-pk-ccp2016",
        "lancet",
        (
            TableEntry(
                "Table 1",
                placement="full",
                note="Dosing schema (X marks): typeset full width, not a golden kind.",
            ),
            TableEntry("Table 2", "demographics", note="All numeric cells; mean (range) age; n (%) rows."),
            TableEntry("Table 3", note="Disposition: typeset, not a golden kind."),
            TableEntry(
                "Table 4",
                "pk",
                spec=TableSpec(pair=("mean", "sd")),
                note="All numeric cells; stub header 'Parameter, mean (SD)'.",
            ),
            TableEntry("Table 5", "adverse_events", note="All numeric cells; 'Adverse events, n (%)'."),
        ),
    ),
    Article(
        "siltuximab-rcc-ph1-2-bjc2010",
        "nature",
        (
            TableEntry(
                "Table 1",
                "demographics",
                note=(
                    "All numeric cells; legend 'n (%) or median (range)': Age '60 (56, 73)' is median "
                    "(range); 'N' rows give arm_n."
                ),
            ),
            TableEntry(
                "Table 2",
                "adverse_events",
                note=(
                    "Exposure and safety: all numeric cells (legend n (%) or median (range); 'mean (days)' "
                    "row). The two 'Primary reason' blocks (after 'discontinued study agent' and after "
                    "'terminated study participation') are label-only group rows at the top level, so their "
                    "sub-rows have the same row paths as printed; cells differ by value only."
                ),
            ),
            TableEntry(
                "Table 3",
                "efficacy",
                note="All numeric cells; 'Median (95% CI)' with comma-separated bounds; 'N' row gives arm_n.",
            ),
        ),
    ),
    Article(
        "axitinib-rifampin-ddi-healthy-pk-ccp2009",
        "nature",
        (
            TableEntry(
                "Table 1",
                "pk",
                spec=TableSpec(
                    rules=(
                        StatRule(_CI90, column=r"ratio of adjusted means", grammar="triple", ci_level=90),
                        StatRule(("mean", "cv_percent"), row=r"^t1/2", grammar="pair"),
                        StatRule(("median", "min", "max"), row=r"^tmax", grammar="triple"),
                        StatRule(("geometric_mean", "ci_low", "ci_high"), grammar="triple"),
                    )
                ),
                note=(
                    "Footnote a: geometric means (95% CI) for AUCinf, AUClast, Cmax, CL/F, Vz/F; arithmetic "
                    "mean (%CV) for t1/2; median (range) for Tmax. Ratio column: ratio of adjusted means, % "
                    "(90% CI) -> value with ci_level 90. '(n = 38)' in a cell gives arm_n."
                ),
            ),
            TableEntry(
                "Table 2",
                "pk",
                spec=TableSpec(
                    na_meaning="not applicable",
                    rules=(
                        StatRule(_CI90, column=r"ratio of adjusted means", grammar="triple", ci_level=90),
                        StatRule(("value",), column=r"ratio of adjusted means", grammar="bare"),
                        StatRule(("mean",), row=r"t1/2", grammar="bare"),
                    ),
                ),
                note=(
                    "Adjusted geometric means; t1/2 rows are arithmetic means (footnote a). Ratio column as "
                    "in Table 1 (90% CI); N/A = not applicable."
                ),
            ),
        ),
    ),
    Article(
        "lu177-pnt2002-mcrpc-splash-leadin-frontoncol2025",
        "nature",
        (
            TableEntry(
                "Table 1",
                "demographics",
                note=("All numeric cells; group rows with indented sub-rows; mean (SD) and median (range) rows."),
            ),
            TableEntry("Table 2", note="Treatment exposure: typeset, not a golden kind."),
            TableEntry("Table 3", note="Dosimetry (Gy/GBq): typeset, not a golden kind."),
            TableEntry("Table 4", "adverse_events", note="All numeric cells; n (%) per column header."),
            TableEntry(
                "Table 5",
                "adverse_events",
                note="All numeric cells; grade columns under two spanning headers.",
            ),
        ),
    ),
    Article(
        "cea-cap1-6d-vaccine-pancreatic-ph1-jitc2013",
        "lancet",
        (
            TableEntry(
                "Table 1",
                "demographics",
                spec=TableSpec(rules=(StatRule(("count",), row=r"^(total|ecog|prior therapy)", grammar="bare"),)),
                note=(
                    "All numeric cells; header 'Overall no. of patients (%)' / 'Arm A (%)': n (%) cells; the "
                    "bare numbers of the Total, ECOG and Prior Therapy rows are counts (they sum to the arm "
                    "totals), not percentages; Age and serum CEA/CA-19-9 as Median and Range rows. The source "
                    "XML staggers the rowspans of the two 'Surgery followed by ...' rows (a conversion "
                    "artifact, read back by jats._unstagger): 5/1/2/2 are the 'chemo/RT' row's (7 + 5 = 12)."
                ),
            ),
            TableEntry(
                "Table 2",
                "efficacy",
                spec=TableSpec(
                    rules=(
                        StatRule(skip=True, column=r"elispot response"),
                        StatRule(("value",), grammar="bare"),
                    )
                ),
                note=(
                    "Per-patient listing (one row per patient, labelled by its arm letter): cycles completed, "
                    "time on trial and months alive are one patient's numbers, so values (not counts of "
                    "patients); '*' (currently alive) is a footnote mark; Stage, ELISPOT (Y/N/NE) and Best "
                    "response are categories, not numbers, and are left out; '?' (alive, consent withdrawn) "
                    "is not a number and is left out."
                ),
            ),
            TableEntry(
                "Table 3",
                "adverse_events",
                note="All numeric cells; grade columns over 'No. (%)'; indented terms under two group rows.",
            ),
        ),
    ),
)
