"""A label cut off at a participle whose complement says what it is: "seven subjects reported an AE considered at
least possibly related to X" names "AE considered at least possibly related to X", never "AE considered" (a label
that ends in such a participle names nothing measured)."""

from __future__ import annotations

import re

# a participle that needs its complement ("considered related", "judged unrelated", "assessed as serious")
_OPEN_PARTICIPLE = re.compile(
    # (a noun before it: "AE considered"; "assessed", "reported" alone are a count's verb, no cut label)
    r"\w\s(?:considered|judged|deemed|thought|regarded|classified)(?:\sas)?$|"
    r"^(?:ranging|ranged|varying|varied|extending)$",
    re.I,
)
# the complement, up to where the clause ends: another count, a bracket, a comma or the sentence's end
_COMPLEMENT = re.compile(
    r"^\s(?P<c>(?:(?:at\sleast|not|probably|possibly|definitely|likely|as)\s){0,3}"
    r"(?:(?:possibly|probably|definitely|un)?related|serious|severe|drug-related|treatment-related|attributable)"
    r"(?:\sto\s(?:the\s)?(?:(?!and\b|or\b)[\w/+-]+)(?:\s(?!and\b|or\b|in\b|during\b)[\w/+-]+){0,2})?)"
    r"(?=\s?(?:[,;.()]|\sand\s|\sor\s|\sin\s|\sduring\s|$))",
    re.I,
)


def open_participle(label: str) -> bool:
    """Does the label end in a participle that needs its complement ("AE considered")?"""
    return bool(_OPEN_PARTICIPLE.search(label.strip()))


def with_complement(label: str, after: str) -> str | None:
    """``label`` with the complement its closing participle takes in ``after`` (the sentence from the label's end
    on): "AE considered" + " at least possibly related to X and 1 ..." -> "AE considered at least possibly
    related to X"; ``None`` when the label ends in such a participle and ``after`` gives no complement it reads
    (the label is then no label); the label itself when it ends in none."""
    if not open_participle(label):
        return label
    m = _COMPLEMENT.match(after)
    return f"{label.strip()} {m.group('c')}" if m else None


# a rank said of a term, not the term: "the most common AE in the X study", "the most frequently reported event"
_RANK = re.compile(
    r"^(?:the\s)?(?:most|least|second\smost|next\smost)\s(?:common(?:ly)?|frequent(?:ly)?)(?:\s(?:reported|observed))?"
    # what is ranked, with no term of its own ("the most common being hypertension" names its term)
    r"\s(?:(?:treatment-(?:emergent|related)|drug-related|serious)\s)?(?:AEs?|TEAEs?|TRAEs?|SAEs?|adverse\s(?:events?|"
    r"reactions?|effects?)|events?|toxicit(?:y|ies)|side\seffects?)\b(?:\s(?:in|of|among|during)\s[^,;()]*)?$",
    re.I,
)


def names_a_rank(label: str) -> bool:
    """Is the label a rank ("the most common AE in the digoxin study"), whose term the sentence says elsewhere
    ("headache was the most common AE ...")?"""
    return bool(_RANK.match(label.strip()))
