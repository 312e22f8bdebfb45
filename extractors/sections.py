"""Records into the four typed sections. A pure function of the records, so stored records can be served
as typed sections again without the PDF."""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.classify import efficacy_parameter, landmark_of
from schemas.extraction import (
    AdverseEvent,
    DemographicValue,
    EffectEstimate,
    Efficacy,
    LandmarkRate,
    Measurement,
    OutcomeValue,
    PKParameter,
    ResponseCategory,
    ResponseRate,
    Sections,
    TimeToEvent,
)
from schemas.records import Record

_BOR = {"CR", "PR", "SD", "PD", "NE"}
_RATES = {"ORR", "DCR", "CBR"}
_TTE = {"DoR", "PFS", "OS", "TTP", "EFS"}


def measurement(record: Record) -> Measurement:
    return Measurement(
        value=record.value,
        qualifier=record.qualifier,
        raw=record.raw,
        page=record.page,
        bbox=record.bbox,
        table=record.table,
    )


def _cells(records: Iterable[Record]) -> dict[tuple[object, ...], list[Record]]:
    """Records grouped by the cell (or sentence) they came from."""
    cells: dict[tuple[object, ...], list[Record]] = {}
    for r in records:
        key = (r.table, tuple(r.row), tuple(r.column), r.page, r.bbox)
        cells.setdefault(key, []).append(r)
    return cells


def build_sections(records: list[Record]) -> Sections:
    tables = [r for r in records if r.table != "text"]
    by_section: dict[str, list[Record]] = {}
    for r in tables:
        by_section.setdefault(r.section, []).append(r)
    return Sections(
        demographics=_demographics(by_section.get("demographics", [])),
        adverse_events=_adverse_events(by_section.get("adverse_events", [])),
        pk=_pk(by_section.get("pk", [])),
        efficacy=_efficacy(
            by_section.get("efficacy", []) + [r for r in records if r.table == "text" and r.section == "efficacy"]
        ),
    )


def _stats(cell: list[Record]) -> dict[str, Measurement]:
    return {r.statistic: measurement(r) for r in cell}


def _by_stat(cell: list[Record], stat: str) -> Measurement | None:
    r = next((x for x in cell if x.statistic == stat), None)
    return measurement(r) if r else None


def _demographics(records: list[Record]) -> list[DemographicValue]:
    out = []
    for cell in _cells(records).values():
        r = cell[0]
        labels = [x for x in r.row if x]
        out.append(
            DemographicValue(
                characteristic=labels[-2] if len(labels) >= 2 else (labels[-1] if labels else ""),
                category=labels[-1] if len(labels) >= 2 else None,
                group_labels=labels[:-1],
                arm=r.arm,
                arm_n=r.arm_n,
                statistics=_stats(cell),
            )
        )
    return out


def _adverse_events(records: list[Record]) -> list[AdverseEvent]:
    out = []
    for cell in _cells(records).values():
        r = cell[0]
        labels = [x for x in r.row if x]
        out.append(
            AdverseEvent(
                term=labels[-1] if labels else "",
                category=labels[-2] if len(labels) >= 2 else None,
                arm=r.arm,
                arm_n=r.arm_n,
                grade=r.grade,
                scope=r.scope,
                count=_by_stat(cell, "count"),
                percent=_by_stat(cell, "percent"),
                events=_by_stat(cell, "events"),
            )
        )
    return out


def _pk(records: list[Record]) -> list[PKParameter]:
    out = []
    for cell in _cells(records).values():
        r = cell[0]
        if r.parameter is None:
            continue
        label = next(
            (x for x in [*reversed(r.row), *reversed(r.column)] if r.parameter and _names(x, r.parameter)), r.parameter
        )
        out.append(
            PKParameter(
                analyte=r.analyte,
                parameter=r.parameter,
                label=label,
                unit=r.unit,
                dose_group=r.arm,
                n=r.arm_n,
                statistics=_stats(cell),
            )
        )
    return out


def _names(label: str, parameter: str) -> bool:
    head = re.sub(r"[^a-z]", "", parameter.lower())[:3]
    return head in re.sub(r"[^a-z]", "", label.lower())


def _efficacy(records: list[Record]) -> Efficacy:
    eff = Efficacy()
    for cell in _cells(records).values():
        r = cell[0]
        labels = [x for x in r.row if x]
        label = labels[-1] if labels else (r.parameter or "")
        endpoint = r.parameter or efficacy_parameter(labels)
        stats = {x.statistic for x in cell}
        ci_level = next((x.ci_level for x in cell if x.ci_level), None)
        if stats & {"hr", "or", "rr"}:
            kind = next(s for s in ("hr", "or", "rr") if s in stats)
            eff.effect_estimates.append(
                EffectEstimate(
                    kind=kind,
                    outcome=label,
                    comparison=" ".join(r.column) or None,
                    value=_by_stat(cell, kind),
                    ci_low=_by_stat(cell, "ci_low"),
                    ci_high=_by_stat(cell, "ci_high"),
                    ci_level=ci_level,
                    p=_by_stat(cell, "p"),
                )
            )
        elif endpoint in _BOR and stats & {"count", "percent"}:
            eff.best_overall_response.append(
                ResponseCategory(
                    category=endpoint,
                    label=label,
                    arm=r.arm,
                    arm_n=r.arm_n,
                    count=_by_stat(cell, "count"),
                    percent=_by_stat(cell, "percent"),
                )
            )
        elif endpoint in _RATES:
            _response_rate(eff, endpoint, label, r, cell, ci_level)
        elif endpoint in _TTE and "rate" not in stats and landmark_of(labels) is None and stats & {"median", "value"}:
            eff.time_to_event.append(
                TimeToEvent(
                    endpoint=endpoint,
                    label=label,
                    arm=r.arm,
                    arm_n=r.arm_n,
                    median=_by_stat(cell, "median") or _by_stat(cell, "value"),
                    ci_low=_by_stat(cell, "ci_low"),
                    ci_high=_by_stat(cell, "ci_high"),
                    ci_level=ci_level,
                )
            )
        elif "rate" in stats and landmark_of(labels):
            eff.landmark_rates.append(
                LandmarkRate(
                    endpoint=endpoint,
                    time=landmark_of(labels),
                    label=label,
                    arm=r.arm,
                    rate=_by_stat(cell, "rate"),
                    ci_low=_by_stat(cell, "ci_low"),
                    ci_high=_by_stat(cell, "ci_high"),
                )
            )
        else:
            eff.outcomes.append(
                OutcomeValue(outcome=label, group_labels=labels[:-1], arm=r.arm, arm_n=r.arm_n, statistics=_stats(cell))
            )
    return eff


def _response_rate(eff: Efficacy, kind: str, label: str, r: Record, cell: list[Record], level: float | None) -> None:
    """ORR/DCR rows; a following "95% CI" row of the same group fills the CI of the rate above it."""
    if {x.statistic for x in cell} <= {"ci_low", "ci_high"}:
        for rate in reversed(eff.response_rates):
            if rate.arm == r.arm and rate.ci_low is None:
                rate.ci_low, rate.ci_high = _by_stat(cell, "ci_low"), _by_stat(cell, "ci_high")
                rate.ci_level = level
                return
    eff.response_rates.append(
        ResponseRate(
            kind=kind,
            label=label,
            arm=r.arm,
            arm_n=r.arm_n,
            count=_by_stat(cell, "count"),
            percent=_by_stat(cell, "percent"),
            ci_low=_by_stat(cell, "ci_low"),
            ci_high=_by_stat(cell, "ci_high"),
            ci_level=level,
        )
    )
