"""A sentence of a dose-escalation paper fronted by the dosing its values follow ("Following single oral doses
across 5–800 mg, ...; the mean t1/2 ranged from 7.9 to 10.5 h"): its summaries with no group of their own are of
that dosing (the single-dose part, not the multiple-dose one), said as the sentence says it."""

from __future__ import annotations

import re

from extractors.prose_substudies import number_sentence
from extractors.prose_text import Text
from schemas.records import Record

_DOSE = r"\d[\d.,]*(?:\s?(?:-|–|to)\s?\d[\d.,]*)?\s?(?:mg|µg|μg|mcg|g|mg/kg)\b"
# "Following single oral doses across 5–800 mg,", "After multiple once-daily doses of 40 to 360 mg,"
_FRONT = re.compile(
    r"^(?:Following|After)\s(?:a\s|the\s)?(?P<g>(?:single|multiple|repeated|once-daily|twice-daily)"
    r"(?:\s(?:oral|intravenous|once-daily|twice-daily|ascending))*\s(?:doses?|administration|dosing)"
    r"(?:\s(?:across|of|ranging\sfrom|from|between))?\s" + _DOSE + r"(?:\s(?:of\s)?[A-Za-z][\w-]*)?),\s",
    re.IGNORECASE,
)
_SUMMARIES = ("min", "max", "mean", "median", "geometric_mean", "value")


def dosing_front(sentence: str) -> str | None:
    """The dosing a sentence is fronted by ("single oral doses across 5–800 mg"), or ``None``."""
    m = _FRONT.match(sentence.lstrip())
    return m.group("g") if m else None


def summary_stat(statistic: str) -> bool:
    return statistic in _SUMMARIES


def with_fronted_dosing(records: list[Record], text: Text) -> list[Record]:
    """``records`` (a page's prose statements), each summary with no group whose sentence (from its last full
    stop, across "; ") is fronted by a dosing given that dosing as its group."""
    for record in records:
        if record.arm or not record.row or not summary_stat(record.statistic) or not record.context:
            continue
        found = number_sentence(text, record)  # (a heading's line ends a sentence too)
        front = dosing_front(found[1]) if found else None
        if front:
            record.arm = front
            record._binding = ((record.binding or ("", ""))[0], "the dosing its sentence is fronted by")
    return records
