"""The group each coordinated clause of a sentence names at its head (issue 9): "Among 16 FISH-tested patients the
best response was PR (n = 4), ..., and among 13 NGS-tested patients was PR (n = 2), ...", "In arm A, ...; in arm B,
...", "For melanoma, ...; for NSCLC, ...". A clause's items take the group its own head names, never the previous
clause's; and the count in the head ("among 16 FISH-tested patients") sizes that group, it is no count of the
clause's endpoint.

Only the layout is read: a head is a preposition (among / in / for / of) that opens the sentence or a clause (after
";", ":" or a coordinator), with an optional count, up to the clause's first comma or verb."""

from __future__ import annotations

import re

# a clause head: fronted to its clause's first comma ("For melanoma, ...", "; in the wild-type cohort (n=49), ..."),
# or people counted before the clause's verb ("Among 16 FISH-tested patients the best response was ...", ", and among
# 13 NGS-tested patients was ..."); a clause opens the sentence or follows ";", ":" or a coordinator after a comma
_OPENS = r"(?:^|;\s|:\s|,\s(?:and|but|whereas|while)\s)"
_HEAD = re.compile(
    rf"{_OPENS}(?P<head>(?:[Aa]mong|[Ii]n|[Ff]or|[Oo]f)\s(?:the\s|all\s)?(?:\d+\s)?(?!(?:a|an|this|that)\s)"
    r"[A-Za-z][^,;:()]{1,70}?(?:\s?\([^()]{1,30}\))?)(?=,)"
    rf"|(?:{_OPENS}|\s(?:and|but|whereas|while)\s)(?P<people>(?:[Aa]mong|[Oo]f)\s(?:the\s|all\s)?\d+\s"
    r"(?:[A-Za-z][\w/-]*\s){0,3}?(?:patients|pts|participants|subjects)\b(?:\s(?:with|in)\s[^,;:()]{1,40}?)?)"
    r"(?=\s(?:the|was|were|had|achieved|is|are)\b|\s\d|,)"
)

# a count that sizes the people its head names: "among 16 FISH-tested patients", "of the 41 patients in X"
_SIZED = re.compile(
    r"(?:^|;\s|:\s|,\s(?:and|but|whereas|while)\s|\s(?:and|but|whereas|while)\s)(?:[Aa]mong|[Oo]f)\s(?:the\s|all\s)?$"
)
_PEOPLE_AFTER = re.compile(r"^\d+\s(?:[A-Za-z][\w/-]*\s){0,3}?(?:patients|pts|participants|subjects)\b(?!\s?[(\[])")


def clause_heads(sentence: str, before: int) -> list[re.Match[str]]:
    """The clause heads of the sentence that end before ``before``."""
    return [m for m in _HEAD.finditer(sentence) if m.end() <= before]


def head_text(m: re.Match[str]) -> str:
    return m.group("head") or m.group("people")


def sizes_its_head(sentence: str, at: int) -> bool:
    """Whether the count at ``at`` is the size of the people a clause head names ("Among 16 FISH-tested patients the
    best response was ...", "and among 13 NGS-tested patients was ..."): the head opens the sentence or a clause,
    and no bracket or share follows the people."""
    if len(clause_heads(sentence, len(sentence))) < 2:
        return False  # one head: the sentence's own rules read its group size ("Of 13 patients with X, one ...")
    return bool(_SIZED.search(sentence[:at])) and bool(_PEOPLE_AFTER.match(sentence[at:]))
