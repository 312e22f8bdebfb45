"""Groups of people a sentence names right before the bracket that holds their number, by forms the paper's arm
words do not cover: the treatment people were given ("participants treated with X (41/87 [47%]) and those treated
with placebo (18/29 [62%])") and two kinds of people a sentence contrasts, each with its own bracket ("comparable
for female participants (1.3 h) and male participants (1.5 h)", "longer for females (12.4 h) than for males
(10.0 h)")."""

from __future__ import annotations

import re
from itertools import pairwise

# the people a number is of, treated with what names them: "participants treated with X (", "those given X ["
_TREATED_WITH = re.compile(
    r"\b(?:patients|participants|subjects|volunteers|those|individuals)\s(?:who\s(?:were|was)\s)?"
    r"(?:treated|dosed)\swith\s(?P<g>(?!(?:the|a|an|either|both|each|any)\b)[A-Za-z][\w/+-]*"
    r"(?:\s(?!(?:and|or|for|in|at|than|vs|versus)\b)[\w/+.-]+){0,3})\s?[(\[]"
    # the share in a bracket nested after the count: "(41/87 [47%])"
    r"(?:\s?\d+(?:\s?/\s?\d+)?\s?[,;]?\s?[(\[])?$",
    re.IGNORECASE,
)

# a kind of people (the noun that ends the name says people), right before a bracket: "female participants (",
# "older adults (", "males ("
_PEOPLE_NOUN = (
    r"(?:participants|patients|subjects|volunteers|individuals|men|women|males|females|adults|children|smokers|"
    r"non-?smokers)"
)
_PEOPLE_BRACKET = re.compile(
    r"\b(?P<lead>for|in|among|and|than|vs\.?|versus)\s(?:the\s)?(?P<g>(?:(?!(?:and|or|than|vs|versus|the|for|in|among)\b)[A-Za-z][\w-]*\s)"
    r"{0,2}" + _PEOPLE_NOUN + r")\s\((?P<inner>[^()]*)\)",
    re.IGNORECASE,
)
# what may join two contrasted brackets: "(1.3 h) and male participants (", "(12.4 h) than for males ("
_JOIN = re.compile(r",?\s?(?:and|than|vs\.?|versus|compared\s(?:with|to))(?:\s(?:for|in|among))?(?:\sthe)?", re.I)


def treated_group(before: str) -> str | None:
    """The treatment that names the people right before a bracket ("those treated with placebo (" -> "placebo"),
    or ``None``. ``before`` is the sentence up to the number, ending with the bracket's opening."""
    m = _TREATED_WITH.search(before.rstrip())
    return m.group("g").strip() if m else None


def contrasted_people(sentence: str, at: int) -> str | None:
    """The kind of people whose bracket holds the number at ``at``, when the sentence contrasts two or more kinds
    of people each with its own bracket, joined by "and", "than" or "vs" ("for female participants (1.3 h) and
    male participants (1.5 h)"); else ``None`` (one bracketed kind alone may be a population, not a group)."""
    found = [m for m in _PEOPLE_BRACKET.finditer(sentence) if m.group("inner").strip()[:1].isdigit()]
    own = next((m for m in found if m.start("inner") <= at < m.end("inner")), None)
    if own is None:
        return None
    linked = False
    for first, second in pairwise(found):
        between = sentence[first.end() : second.start("g")]
        if (first is own or second is own) and _JOIN.fullmatch(between.strip()):
            linked = True
    kinds = {m.group("g").lower() for m in found}
    return own.group("g").strip() if linked and len(kinds) >= 2 else None
