"""A check: its catalogue entry (what it compares, how severe, with what tolerance) and its function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from schemas.findings import Finding
from trialex.checks.paper import Paper


class CheckInfo(BaseModel):
    """One entry of the check catalogue, as documented and served."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="stable check id, the `check` of its findings")
    title: str
    severity: str = Field(description="when the check reports an error, a warning or an info")
    compares: str = Field(description="which printed numbers it compares")
    tolerance: str = Field(description="how far apart printed numbers may be before it reports")


@dataclass(frozen=True, slots=True)
class Check:
    info: CheckInfo
    run: Callable[[Paper], list[Finding]]

    @property
    def id(self) -> str:
        return self.info.id
