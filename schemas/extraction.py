"""The whole extraction of one publication: what ``trialex extract --format json`` prints and what the
service stores and serves.

The records (long form, one number each) are the ground truth; the four typed sections are built from
them (:func:`extractors.sections.build_sections`) so a stored document can be served in either shape.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from schemas.findings import Finding
from schemas.records import Record


class Measurement(BaseModel):
    """A number in a typed section, with where it came from."""

    model_config = ConfigDict(extra="forbid")

    value: float | None
    qualifier: str | None = None
    raw: str
    page: int
    bbox: tuple[float, float, float, float]
    table: str


class DemographicValue(BaseModel):
    """A baseline characteristic of one group: "Age (year)" median/min/max, "ECOG 1" count/percent."""

    characteristic: str
    category: str | None = Field(default=None, description="the category when the row sits under a group row")
    group_labels: list[str] = Field(default_factory=list)
    arm: str | None = None
    arm_n: int | None = None
    statistics: dict[str, Measurement]


class AdverseEvent(BaseModel):
    """Participants with an event in one group, at a grade scope."""

    term: str
    category: str | None = None
    arm: str | None = None
    arm_n: int | None = None
    grade: str | None = Field(default=None, description='"any", ">=3", "3", "4", "5", "1-2"...; null if unstated')
    scope: str | None = Field(default=None, description="teae, trae, serious, discontinuation, death")
    count: Measurement | None = None
    percent: Measurement | None = None
    events: Measurement | None = None


class PKParameter(BaseModel):
    """One PK parameter of one analyte in one dose group."""

    analyte: str | None = None
    parameter: str
    label: str
    unit: str | None = None
    dose_group: str | None = None
    n: int | None = None
    statistics: dict[str, Measurement]


class ResponseCategory(BaseModel):
    """Best overall response: participants with CR, PR, SD, PD or NE."""

    category: str
    label: str
    arm: str | None = None
    arm_n: int | None = None
    count: Measurement | None = None
    percent: Measurement | None = None


class ResponseRate(BaseModel):
    """ORR, DCR, CBR with their CI."""

    kind: str
    label: str
    arm: str | None = None
    arm_n: int | None = None
    count: Measurement | None = None
    percent: Measurement | None = None
    ci_low: Measurement | None = None
    ci_high: Measurement | None = None
    ci_level: float | None = None


class TimeToEvent(BaseModel):
    """A median of DoR, PFS, OS... with its CI; the median may be "not reached"."""

    endpoint: str
    label: str
    arm: str | None = None
    arm_n: int | None = None
    median: Measurement | None = None
    ci_low: Measurement | None = None
    ci_high: Measurement | None = None
    ci_level: float | None = None


class LandmarkRate(BaseModel):
    """A Kaplan-Meier rate at a time point ("12-month OS rate")."""

    endpoint: str | None = None
    time: str | None = None
    label: str
    arm: str | None = None
    rate: Measurement | None = None
    ci_low: Measurement | None = None
    ci_high: Measurement | None = None


class EffectEstimate(BaseModel):
    """A hazard, odds or risk ratio (or another contrast) with its CI and p-value."""

    kind: str
    outcome: str
    comparison: str | None = None
    value: Measurement | None = None
    ci_low: Measurement | None = None
    ci_high: Measurement | None = None
    ci_level: float | None = None
    p: Measurement | None = None


class OutcomeValue(BaseModel):
    """Any other efficacy number: an outcome's count, mean, difference..., by group."""

    outcome: str
    group_labels: list[str] = Field(default_factory=list)
    arm: str | None = None
    arm_n: int | None = None
    statistics: dict[str, Measurement]


class Efficacy(BaseModel):
    best_overall_response: list[ResponseCategory] = Field(default_factory=list)
    response_rates: list[ResponseRate] = Field(default_factory=list)
    time_to_event: list[TimeToEvent] = Field(default_factory=list)
    landmark_rates: list[LandmarkRate] = Field(default_factory=list)
    effect_estimates: list[EffectEstimate] = Field(default_factory=list)
    outcomes: list[OutcomeValue] = Field(default_factory=list)


class Sections(BaseModel):
    demographics: list[DemographicValue] = Field(default_factory=list)
    adverse_events: list[AdverseEvent] = Field(default_factory=list)
    pk: list[PKParameter] = Field(default_factory=list)
    efficacy: Efficacy = Field(default_factory=Efficacy)


class Metadata(BaseModel):
    """What the publication says about itself."""

    nct_ids: list[str] = Field(default_factory=list, description="registry ids printed in the paper, own first")
    title: str | None = None
    doi: str | None = None
    journal: str | None = None
    year: int | None = Field(default=None, description="publication year (not a data cut-off or enrolment year)")
    acronym: str | None = Field(default=None, description='trial acronym as printed ("PATHWAY-2", "EAST-AFNET 4")')


class Arm(BaseModel):
    """A group the tables report on, with its N where printed."""

    name: str
    n: int | None = None
    tables: list[str] = Field(default_factory=list)


class TableSummary(BaseModel):
    table: str
    title: str
    section: str
    pages: list[int]
    cells: int
    records: int


class DocumentInfo(BaseModel):
    file_name: str
    sha256: str
    size_bytes: int
    pages: int
    pages_without_text: list[int] = Field(default_factory=list)


class Extraction(BaseModel):
    """Everything trialex read from one PDF."""

    trialex_version: str
    document: DocumentInfo
    metadata: Metadata
    arms: list[Arm] = Field(default_factory=list)
    tables: list[TableSummary] = Field(default_factory=list)
    sections: Sections = Field(default_factory=Sections)
    records: list[Record] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    seconds: float = 0.0
