"""Names of quantities: PK parameters (AUC0–∞ = AUCinf = AUC(0-inf)...), efficacy endpoints (ORR, PFS...),
their units, and the key that says two printed numbers are the same quantity."""

from __future__ import annotations

import functools
import math
import re

from schemas.records import Record
from trialex.checks.labels import bare, landmark_months, norm, squash

_SUB = r"[\s_{(\[]*"
_END = r"[)}\]]*"
_PK: list[tuple[str, str]] = [
    ("AUC0-inf", rf"\bauc{_SUB}(?:0\s*-\s*)?(?:inf|infinity)\b{_END}"),
    ("AUC0-t", rf"\bauc{_SUB}(?:0\s*-\s*)?(?:t|last|tlast)\b{_END}"),
    ("Cmax", rf"\bc{_SUB}max\b{_END}"),
    ("Tmax", rf"\bt{_SUB}max\b{_END}"),
    ("t1/2", rf"\bt{_SUB}1/2{_END}|half-?\s*life"),
    ("CL/F", r"\bcl\s*(?:ss)?\s*/\s*f\b"),
    ("CL", r"\bcl\b(?!\s*/)|\bclearance\b"),
    ("Vss/F", rf"\bv{_SUB}ss{_END}\s*/\s*f\b"),
    ("Vz/F", rf"\bv{_SUB}[dz]?{_END}\s*/\s*f\b"),
    ("Vss", rf"\bv{_SUB}ss\b{_END}"),
    ("Vz", rf"\bv{_SUB}[dz]\b{_END}|volume of distribution"),
]
_ENDPOINTS: list[tuple[str, str]] = [
    ("DCR", r"\bdcr\b|disease control"),
    ("CBR", r"\bcbr\b|clinical benefit"),
    ("ORR", r"\borr\b|objective response|overall response rate"),
    ("PFS", r"\bpfs\b|progression-free"),
    ("OS", r"\bos\b|overall survival"),
    ("DoR", r"\bdor\b|duration of response"),
    ("EFS", r"\befs\b|event-free"),
    ("DFS", r"\bdfs\b|disease-free surv"),
    ("TTP", r"\bttp\b|time to progression"),
]


@functools.lru_cache(maxsize=4096)  # every check asks for the quantity of every record
def pk_parameter(label: str | None) -> str | None:
    """The canonical PK parameter a label names ("AUC0-∞ (h*μg/mL)" → "AUC0-inf"), or None."""
    if not label:
        return None
    text = norm(label)
    return next((name for name, pattern in _PK if re.search(pattern, text)), None)


def strip_pk_parameter(label: str) -> str:
    """The label without the PK parameter it names and without unit parentheses: what is left says which
    group it is about ("50 mg/m² Cmax (μg/mL or ng/mL) n = 8" → "50 mg/m² n = 8")."""
    text = norm(label)
    for _name, pattern in _PK:
        text = re.sub(pattern, " ", text)
    text = re.sub(r"\([^()]*(?:/|\bh\b|\bl\b|ml|mg|ng|μg|µg|hours?|min)[^()]*\)", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:-_{}()[]")


@functools.lru_cache(maxsize=4096)
def endpoint(label: str | None) -> str | None:
    """The canonical efficacy endpoint a label names ("Median PFS, month (95% CI)" → "PFS"), or None."""
    if not label:
        return None
    text = norm(label)
    return next((name for name, pattern in _ENDPOINTS if re.search(pattern, text)), None)


def quantity(record: Record) -> str | None:
    """What a number measures, independent of how the paper spells it: a PK parameter, an endpoint (with
    its landmark time: "OS@12"), or an AE/characteristic term (its innermost label)."""
    labels = [record.parameter, *reversed(record.row)]
    for label in labels:
        found = pk_parameter(label)
        if found:
            return found
    for label in labels:
        found = endpoint(label)
        if found:
            time = next((t for t in (landmark_months(x) for x in labels if x) if t is not None), None)
            return f"{found}@{time[0]:g}" if time else found
    for label in labels:
        if label and squash(bare(label)):
            return "term:" + squash(bare(label))
    return None


_VOLUME = {"l": 1.0, "ml": 1e-3, "dl": 0.1}
_TIME_H = {
    "h": 1.0,
    "hr": 1.0,
    "hrs": 1.0,
    "hour": 1.0,
    "hours": 1.0,
    "min": 1 / 60,
    "mins": 1 / 60,
    "minutes": 1 / 60,
    "d": 24.0,
    "day": 24.0,
    "days": 24.0,
}


def unit_of(record: Record) -> str | None:
    """The record's unit, or the one printed in parentheses in its row labels ("CL (L/h)" → "L/h")."""
    if record.unit:
        return record.unit
    for label in reversed(record.row):
        match = re.search(r"\(([^()]+)\)\s*$", label)
        if match:
            return match.group(1)
    return None


def volume_litres(unit: str | None) -> tuple[float, bool] | None:
    """Litres per printed unit, and whether it is per kg ("L", "mL", "L/kg")."""
    if not unit:
        return None
    text = norm(unit).replace(" ", "")
    per_kg = text.endswith("/kg")
    text = text.removesuffix("/kg")
    return (_VOLUME[text], per_kg) if text in _VOLUME else None


def clearance_litres_per_hour(unit: str | None) -> tuple[float, bool] | None:
    if not unit:
        return None
    text = norm(unit).replace(" ", "")
    per_kg = "/kg" in text
    text = text.replace("/kg", "")
    match = re.fullmatch(r"(l|ml|dl)/(h|hr|hour|min|d|day)", text)
    if not match:
        return None
    return _VOLUME[match.group(1)] / _TIME_H[match.group(2)], per_kg


def hours(unit: str | None) -> float | None:
    if not unit:
        return None
    return _TIME_H.get(norm(unit).replace(" ", ""))


LN2 = math.log(2.0)
