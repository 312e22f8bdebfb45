"""landmark-monotone: Kaplan-Meier landmark rates of one endpoint and arm never rise over time.

A survival-type rate (OS, PFS, EFS, DFS, DoR, "alive", "free of") at 18 months cannot exceed the same
curve's rate at 12 months. Cumulative incidences and event rates rise instead, and are left alone. The time
is read from the row or column label ("12-month OS rate", a "24 months" column) or the parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas.findings import Finding
from schemas.records import Record
from trialex.checks.findings import finding
from trialex.checks.labels import joined, landmark_months, norm, squash
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper

INFO = CheckInfo(
    id="landmark-monotone",
    title="Landmark survival rates do not increase over time",
    severity="error when a later landmark rate of the same endpoint and arm is higher than an earlier one",
    compares="rates (or percentages) of one survival endpoint and arm at different landmark times "
    "(12-month vs 18-month OS rate), in one table or one prose statement",
    tolerance="exact: rounding preserves order, so any printed increase is an error",
)

_SURVIVAL = re.compile(
    r"surviv|\bos\b|\bpfs\b|\befs\b|\bdfs\b|\brfs\b|\bdor\b|duration of response|"
    r"progression-free|event-free|disease-free|\bfree\b|alive"
)
_RISING = re.compile(
    r"incidence|cumulative|event rate|\bevents?\b(?!-free)|risk of|"
    r"probability of (?:progression|death)|mortality|death rate"
)


@dataclass(frozen=True, slots=True)
class Point:
    months: float
    label: str
    record: Record


def _point(record: Record) -> tuple[tuple[object, ...], Point] | None:
    if record.statistic not in ("rate", "percent") or record.value is None:
        return None
    labels = [record.parameter or "", *record.row, *record.column]
    everything = norm(" ".join(labels))
    if not _SURVIVAL.search(everything) or _RISING.search(everything):
        return None
    order = [0, *range(len(record.row), 0, -1), *range(len(labels) - 1, len(record.row), -1)]
    times = [landmark_months(label) if label else None for label in labels]
    first = next((i for i in order if times[i] is not None), None)
    found = times[first] if first is not None else None
    if first is None or found is None:
        return None
    months = found[0]
    others = [squash(time[1] if time is not None else label) for time, label in zip(times, labels, strict=True)]
    if record.table == "text":
        group: tuple[object, ...] = (
            "text",
            record.arm and squash(record.arm),
            others[0],
            None if record.arm else (record.page, record.raw),
        )
    else:
        group = (record.table, record.statistic, tuple(others[1:]), others[0])
    return group, Point(months, labels[first], record)
    return None


def _report(early: Point, late: Point) -> Finding:
    first, second = early.record, late.record
    if first.table == "text":
        where = f'page {first.page} text ("{first.raw}", "{second.raw}")'
    else:
        where = f'{first.table}, row "{joined(first.row)}", column "{joined(first.column)}"'
    message = (
        f'{where}: the rate at {late.months:g} months ("{late.label}": {second.raw}) is higher than '
        f'at {early.months:g} months ("{early.label}": {first.raw}); a survival curve cannot rise'
    )
    return finding(
        INFO.id,
        "error",
        message,
        [first, second],
        expected=f"<= {first.value:g}",
        observed=f"{second.value:g}",
        tolerance=INFO.tolerance,
    )


def run(paper: Paper) -> list[Finding]:
    groups: dict[tuple[object, ...], list[Point]] = {}
    for record in paper.records:
        found = _point(record)
        if found is not None:
            groups.setdefault(found[0], []).append(found[1])
    out: list[Finding] = []
    for points in groups.values():
        points.sort(key=lambda p: p.months)
        for i, early in enumerate(points):
            for late in points[i + 1 :]:
                if late.months <= early.months or early.record.value is None or late.record.value is None:
                    continue
                if late.record.value > early.record.value:
                    out.append(_report(early, late))
    return out


CHECK = Check(INFO, run)
