"""One extracted number with everything that says what it is and where it was printed.

This is the long form CT.gov/AACT users know (one measurement per row), plus the provenance CT.gov lacks:
page, bounding box and the raw cell text.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

# the four kinds of table a reviewer files, and "other": a table of none of them (participant flow, treatment
# exposure, the protocol's specifications, the assay), whose values are kept with their provenance but never served
# as one of the four kinds' data
Section = Literal["demographics", "adverse_events", "pk", "efficacy", "other"]
Statistic = Literal[
    "count",
    "percent",
    "mean",
    "sd",
    "se",
    "median",
    "min",
    "max",
    "q1",
    "q3",
    "ci_low",
    "ci_high",
    "geometric_mean",
    "cv_percent",
    "value",
    "hr",
    "or",
    "rr",
    "rate",
    "p",
    "events",
    "denominator",
]
STATISTICS: tuple[str, ...] = Statistic.__args__  # type: ignore[attr-defined]


class Record(BaseModel):
    """One number read from a table cell or a sentence."""

    model_config = ConfigDict(extra="forbid")

    section: Section
    table: str = Field(description='"Table 2" as printed, or "text" for prose')
    table_title: str | None = None
    row: list[str] = Field(default_factory=list, description="row labels, outer to inner, marks removed")
    column: list[str] = Field(default_factory=list, description="header labels, top to bottom")
    arm: str | None = Field(default=None, description="the group (arm, dose level, cohort) the value is about")
    arm_n: int | None = Field(default=None, description="N of that group where the table or text states it")
    grade: str | None = Field(default=None, description='AE grade scope: "any", ">=3", "3", "4", "5", "1-2"...')
    scope: str | None = Field(default=None, description="AE scope: teae, trae, serious, discontinuation...")
    analyte: str | None = None
    parameter: str | None = Field(default=None, description="PK parameter or efficacy endpoint (ORR, PFS...)")
    unit: str | None = None
    statistic: Statistic
    value: float | None = Field(description="the number; null only with a qualifier such as 'not reached'")
    qualifier: str | None = Field(default=None, description='"<", ">", "not reached", "not available"...')
    denominator: int | None = Field(default=None, description="N of an n/N cell")
    ci_level: float | None = None
    raw: str = Field(description="the cell or sentence text as printed")
    page: int = Field(ge=1)
    bbox: tuple[float, float, float, float] = Field(description="[x0, top, x1, bottom] in PDF points")
    marks: list[str] = Field(default_factory=list, description="footnote marks printed on the cell or label")
    context: str | None = Field(default=None, description="for prose: the sentence the number was read from")
    # for prose: how the sentence bound the endpoint and the group to the number (extractors/prose_build.py);
    # internal, never serialised
    _binding: tuple[str, str] | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        """Records are equal when their fields are: how a prose label was bound is the extractor's note, not
        part of what was read (a record read back from the database equals the one extracted)."""
        if not isinstance(other, Record):
            return NotImplemented
        return self.__dict__ == other.__dict__

    @property
    def binding(self) -> tuple[str, str] | None:
        """For a prose record: (how its endpoint was bound, how its group was bound), e.g. ("copula subject",
        "arm before bracket"); ``None`` for a table's."""
        return self._binding

    @property
    def key(self) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
        return self.table, tuple(self.row), tuple(self.column), self.statistic


RECORD_FIELDS: list[str] = list(Record.model_fields)


def csv_row(record: Record) -> dict[str, object]:
    """A record as a long-form CSV row (the CLI's, the API's and the stored CSV's): lists joined with ' > ',
    footnote marks with spaces, the bbox as JSON."""
    row: dict[str, object] = record.model_dump()
    row["row"] = " > ".join(record.row)
    row["column"] = " > ".join(record.column)
    row["marks"] = " ".join(record.marks)
    row["bbox"] = json.dumps(list(record.bbox))
    return row
