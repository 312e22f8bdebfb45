"""Non-compartmental PK identities within one group (analyte, dose level, period) and one statistic:

- pk-auc-order: AUC0–∞ >= AUC0–t (AUClast): every subject's AUC to infinity includes its AUC to the last
  sample, so their means, medians and geometric means keep the order;
- pk-vd-cl-halflife: Vz ≈ CL · t½ / ln 2 (Vz/F with CL/F). Exact per subject, approximate for means of
  individual values, hence a warning with a wide tolerance, and only when the units are known.

A group is the row and column labels left once the parameter name and its unit are taken out
("50 mg/m² n = 8" + "SN-38"), so the check works with parameters as rows or as columns.
"""

from __future__ import annotations

from collections.abc import Iterator

from schemas.findings import Finding, Severity
from schemas.records import Record
from trialex.checks.findings import finding
from trialex.checks.labels import norm, squash
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper
from trialex.checks.parameters import (
    LN2,
    clearance_litres_per_hour,
    hours,
    pk_parameter,
    strip_pk_parameter,
    unit_of,
    volume_litres,
)
from trialex.checks.rounding import printed

AUC_INFO = CheckInfo(
    id="pk-auc-order",
    title="AUC to infinity is not below AUC to the last sample",
    severity="error when AUC0–∞ < AUC0–t/AUClast for the same analyte, group and statistic; warning when a "
    "footnote mark on either value may say they were computed on different subjects",
    compares="AUC0–∞ vs AUC0–t (AUClast) mean, median or geometric mean of one group, in the same unit",
    tolerance="exact at equal printed precision (rounding preserves order); one rounding unit otherwise",
)
VD_INFO = CheckInfo(
    id="pk-vd-cl-halflife",
    title="Volume of distribution ≈ clearance × half-life / ln 2",
    severity="warning only (tables hold means of individual values, so the identity is approximate)",
    compares="Vz (Vd) vs CL · t½ / ln 2, or Vz/F vs CL/F · t½ / ln 2, for one group and statistic (mean or "
    "geometric mean), when all three are printed with units in L, L/h (mL/min...) and h",
    tolerance="±35%: reported when Vz / (CL · t½ / ln 2) is outside 0.65–1.35",
)

VD_TOLERANCE = 0.35
_CENTRES = ("mean", "median", "geometric_mean")

Group = tuple[str, str, frozenset[str]]


def _parameter(record: Record) -> str | None:
    found = pk_parameter(record.parameter)
    if found:
        return found
    for label in (*reversed(record.row), *reversed(record.column)):
        found = pk_parameter(label)
        if found:
            return found
    return None


def pk_groups(paper: Paper) -> dict[Group, dict[str, list[Record]]]:
    groups: dict[Group, dict[str, list[Record]]] = {}
    for record in paper.records:
        if record.table == "text" or record.statistic not in _CENTRES or record.value is None:
            continue
        parameter = _parameter(record)
        if parameter is None:
            continue
        labels = [*record.row, *record.column, record.arm or "", record.analyte or ""]
        residue = frozenset(k for k in (squash(strip_pk_parameter(label)) for label in labels) if k)
        group = groups.setdefault((record.table, record.statistic, residue), {})
        group.setdefault(parameter, []).append(record)
    return groups


def _single(found: dict[str, list[Record]], *names: str) -> Iterator[Record]:
    for name in names:
        records = found.get(name, [])
        if len(records) == 1:
            yield records[0]
            return


def _where(record: Record) -> str:
    return f'{record.table}, "{" > ".join(record.row)}" / "{" > ".join(record.column)}"'


def run_auc(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    for found in pk_groups(paper).values():
        inf = next(_single(found, "AUC0-inf"), None)
        last = next(_single(found, "AUC0-t"), None)
        if inf is None or last is None:
            continue
        if norm(unit_of(inf) or "") != norm(unit_of(last) or ""):
            continue
        shown_inf, shown_last = printed(inf), printed(last)
        if shown_inf is None or shown_last is None:
            continue
        slack = 0 if shown_inf.decimals == shown_last.decimals else max(shown_inf.unit, shown_last.unit)
        if shown_inf.value >= shown_last.value - slack:
            continue
        severity: Severity = "warning" if inf.marks or last.marks else "error"
        message = (
            f"{_where(inf)}: {inf.statistic} AUC0–∞ {shown_inf.text} is below AUC0–t "
            f"{shown_last.text} ({_where(last)}); the AUC to infinity includes the AUC to the last "
            f"sample"
        )
        if severity == "warning":
            message += " — a footnote mark may say AUC0–∞ was computed on fewer subjects"
        out.append(
            finding(
                AUC_INFO.id,
                severity,
                message,
                [inf, last],
                expected=f">= {shown_last.text}",
                observed=shown_inf.text,
                tolerance=AUC_INFO.tolerance,
            )
        )
    return out


def run_vd(paper: Paper) -> list[Finding]:
    out: list[Finding] = []
    for (_table, statistic, _residue), found in pk_groups(paper).items():
        if statistic == "median":
            continue
        for volume_name, clearance_name in (("Vz", "CL"), ("Vz/F", "CL/F")):
            volume = next(_single(found, volume_name), None)
            clearance = next(_single(found, clearance_name), None)
            half_life = next(_single(found, "t1/2"), None)
            if volume is None or clearance is None or half_life is None:
                continue
            result = _vd_finding(volume, clearance, half_life)
            if result is not None:
                out.append(result)
    return out


def _vd_finding(volume: Record, clearance: Record, half_life: Record) -> Finding | None:
    v_unit = volume_litres(unit_of(volume))
    cl_unit = clearance_litres_per_hour(unit_of(clearance))
    t_unit = hours(unit_of(half_life))
    if v_unit is None or cl_unit is None or t_unit is None or v_unit[1] != cl_unit[1]:
        return None
    if volume.value is None or clearance.value is None or half_life.value is None or clearance.value <= 0:
        return None
    litres = volume.value * v_unit[0]
    predicted = clearance.value * cl_unit[0] * half_life.value * t_unit / LN2
    if predicted <= 0:
        return None
    ratio = litres / predicted
    if abs(ratio - 1.0) <= VD_TOLERANCE:
        return None
    per = "/kg" if v_unit[1] else ""
    message = (
        f"{_where(volume)}: {volume.statistic} {volume.parameter or 'Vz'} {volume.value:g} "
        f"{unit_of(volume)} vs CL · t½ / ln 2 = {clearance.value:g} {unit_of(clearance)} × "
        f"{half_life.value:g} {unit_of(half_life)} / 0.693 = {predicted:.4g} L{per} "
        f"(ratio {ratio:.2f}); for one dose Vz = CL · t½ / ln 2, so a gap this wide suggests a wrong "
        f"value, unit or row"
    )
    return finding(
        VD_INFO.id,
        "warning",
        message,
        [volume, clearance, half_life],
        expected=f"{predicted:.4g} L{per} (±{VD_TOLERANCE:.0%})",
        observed=f"{litres:.4g} L{per}",
        tolerance=VD_INFO.tolerance,
    )


AUC_CHECK = Check(AUC_INFO, run_auc)
VD_CHECK = Check(VD_INFO, run_vd)
