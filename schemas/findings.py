"""Findings: what the extractor could not read and what the consistency checks found, each tied to the
values involved and where they are printed."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]


class FindingValue(BaseModel):
    """A number a finding is about, with its provenance."""

    model_config = ConfigDict(extra="forbid")

    label: str = Field(description="what the number is, e.g. 'Table 4 / Partial response / 50 mg/m² / percent'")
    value: float | None
    raw: str
    page: int
    bbox: tuple[float, float, float, float] | None = None


class Finding(BaseModel):
    """One finding of a check, or one thing the extractor could not read."""

    model_config = ConfigDict(extra="forbid")

    check: str = Field(description="stable check id, e.g. 'percent-vs-count'")
    severity: Severity
    message: str
    table: str | None = None
    page: int | None = None
    values: list[FindingValue] = Field(default_factory=list)
    expected: str | None = None
    observed: str | None = None
    tolerance: str | None = None
