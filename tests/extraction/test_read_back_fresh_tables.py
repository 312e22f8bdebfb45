"""Six fresh trial tables from six journals' table pages, found with the search tool and paraphrased
(tests/typeset/read_back/fresh-tables.html; a CONSORT-adapted baseline table, npj Breast Cancer and Diabetes Care AE
tables, an AAC PK table, NEJM and JCO tumour-response tables). What each must give is
tests/extraction/read_back_fresh_tables_gold.py, written before the page was first read.

First contact (trialex at main 9633506), 280 golden values: 201 right, 0 withheld, 0 wrong numbers, 61 under a wrong
row group, 18 mislabeled. Table 1 (baseline) 44/44, Table 4 (PK, cohorts as rows, the statistic in each head) 36/36,
Table 5 (NEJM response) 43/43, Table 6 (JCO response) 42/42. Two families, both fixed:
- Table 2 (AE grades under two arm spans): every row filed under the stub head "Adverse event" as its outer group.
  The legend line under the table opens on raised marks ("aIncludes ... bIncludes ..."); its marks were read as a
  body row "a | b | b", taken for a restated heading row, which makes the stub head every row's top label
  (extractors/structure.py, ``_is_header_row``: a row of footnote marks alone is no heading).
- Table 3 ("Events | Patients" under each arm, "Data are n or n (%)"): the bare whole numbers under "Events" read as
  "count" (patients) instead of "events" (extractors/hint_singles.py, ``_EVENTS_HEAD``).
After the fixes: 280 of 280 (the arms are named by their whole heads, "Velbociclib–Letrozole Group")."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from extractors.cells import parse_shape
from extractors.hints import Context, meaning_of
from extractors.pipeline import extract
from schemas.extraction import Extraction
from tests.extraction.read_back_fresh_tables_gold import FRESH, ROW_ARMS, SECTIONS
from tests.extraction.read_back_gold import compare

PDF = Path(__file__).resolve().parents[1] / "data" / "read_back" / "fresh-tables.pdf"
RIGHT_AT_LEAST = 280  # the ratchet: values right (or under their group's whole head), never fewer


@cache
def _extraction() -> Extraction:
    return extract(PDF)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


@pytest.mark.parametrize("table", list(FRESH))
def test_nothing_is_wrong(table: str) -> None:
    records = [r for r in _extraction().records if r.table == table]
    got = compare(FRESH[table], records, row_arms=table in ROW_ARMS)
    assert not got.wrong and not got.mislabeled and not got.extra, (got.wrong, got.mislabeled, got.extra[:5])
    for name in got.wrong_arm:  # a group named by more of its head than its gold words, never by another's
        gold_arm, read = name.split(" | ")[1].split(">")[0].lstrip("?~"), name.split(": arm ")[1]
        assert _words(gold_arm) <= _words(read), name
    assert {r.section for r in records} == {SECTIONS[table]}


def test_right_values_do_not_fall() -> None:
    right = 0
    for table, gold in FRESH.items():
        records = [r for r in _extraction().records if r.table == table]
        got = compare(gold, records, row_arms=table in ROW_ARMS)
        right += len(got.right) + len(got.wrong_arm)
    assert right >= RIGHT_AT_LEAST


@pytest.mark.parametrize("text", ["25", "0"])
def test_events_sub_column_counts_events(text: str) -> None:
    """A bare whole number under "Events" beside "Patients" is events counted, zero too."""
    ctx = Context(
        row=("Nervous system disorders",),
        column=("Events", "Tolimab only"),
        footnotes=(),
        table_notes="Data are n or n (%).",
        title="Table 3 Adverse events of grades 3 and 4",
        arm_n=None,
        section="adverse_events",
    )
    shape = parse_shape(text)
    assert shape is not None
    assert meaning_of(shape, ctx).stats == ("events",)


def test_legend_marks_under_a_table_are_no_heading_row() -> None:
    """The raised marks opening a legend line under the table ("aIncludes ... bIncludes ...") do not make the stub
    head every row's outer group."""
    rows = [r.row for r in _extraction().records if r.table == "Table 2"]
    assert rows and all(row[0] != "Adverse event" for row in rows)
