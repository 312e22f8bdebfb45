"""A later clause of a summary's sentence with a subject of its own: "the mean terminal half-life ranged from 7.9
to 10.5 h, and apparent clearance was comparable, ranging from 18.7 to 27.6 L/h" -- the second range is the
clearance's, not the half-life's the sentence opened with."""

from __future__ import annotations

import re

# ", and apparent clearance was comparable, ranging from", "; renal clearance was low (mean"
_LATER_SUBJECT = re.compile(
    r"(?:,\s(?:and|while|whereas|but)\s|;\s(?:and\s)?)(?:the\s)?(?:mean\s|median\s)?"
    r"(?P<s>(?!(?:it|this|these|that|there|they|which|who)\b)[A-Za-z][\w/()-]*(?:\s(?!(?:was|were|is|are)\b)"
    r"[A-Za-z][\w/()-]*){0,3})\s(?:was|were)\s(?!(?:observed|seen|reported|noted|found)\b)"
)


def later_subject(between: str) -> str | None:
    """The subject of the last clause of ``between`` (the sentence from a summary's noun to the number) that opens
    after ", and" / "; " with a noun phrase and "was"/"were", or ``None``: the number is that subject's."""
    found = list(_LATER_SUBJECT.finditer(between))
    return found[-1].group("s").strip() if found else None
