"""The between-patient variability of a parameter, as population-PK and anaesthesia papers print it: "The typical
clearance was 12.4 L/h (between-subject variability, 31%)", "the central volume was 58.2 L (BSV 24%)", "the
inter-individual variability of clearance was 28.6%". The percent is a coefficient of variation of the parameter
the bracket follows or the phrase names, not a share of patients; one whose parameter the sentence does not name
is withheld."""

from __future__ import annotations

import re

_VARIABILITY = (
    r"(?:between|inter)[- ]?(?:subject|individual|patient|participant)\s(?:variability|variation)|\bBSV\b|\bIIV\b"
)


def variability_of(context: str, at: int) -> str | None:
    """The parameter a percent is the between-patient variability of, "" when the variability is of nothing the
    sentence names, ``None`` when the percent is no variability."""
    before = context[max(0, at - 70) : at]
    of = re.search(
        rf"(?:{_VARIABILITY})\s(?:of|in|on|for)\s(?:the\s)?(?P<p>[A-Za-z][\w -]{{1,30}}?)\s(?:was|were|is|of|:|=)\s?"
        r"(?:about\s|approximately\s)?$",
        before,
        re.I,
    )
    if of:
        return of.group("p")
    bracket = re.search(rf"\((?:[^()]*[;,]\s)?(?:{_VARIABILITY})[:,]?\s?(?:of\s)?$", before, re.I)
    if not bracket:
        return None
    # "The typical clearance was 12.4 L/h (between-subject variability, 31%)": the parameter the bracket follows
    head = re.search(
        r"(?:^|[,;]\s|\band\s)(?:the\s)?(?P<p>[A-Za-z][\w -]{1,40}?)\s(?:was|were|of|=|:)\s?"
        r"-?\d[\d.]*\s?[^\s()]{0,12}\s?$",
        context[: max(0, at - len(before)) + bracket.start()],
        re.I,
    )
    return head.group("p") if head else ""
