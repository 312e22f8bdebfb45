"""Whose numbers a sentence reports: a sentence that reports another study (a citation, "et al", "previously
reported", "reported by", "in the X trial" when X is not the name the paper runs on) and does not speak of this
one ("this study", "our", "we") is not this trial's data."""

from __future__ import annotations

import re

# ("reported by" a study's authors; "reported by 84.7% of vaccine recipients", "reported by patients": this trial's)
_OTHER_STUDY = re.compile(
    r"\bet al\b|\[\d+(?:[,–-]\s?\d+)*\]|\b[Pp]reviously reported\b|\b[Pp]revious(?:ly)? (?:trials?|studies|reports?)\b|"
    r"^\W*Historically\b|"  # "Historically, ORR with X is ~30%": the setting's past results, not this trial's
    r"\bha(?:s|ve) been reported\b|\b[Oo]ther (?:trials?|studies)\b|\b(?:[Pp]rior|[Ee]arlier) (?:trials?|studies)\b|"
    r"\b(?:[Ii]n|of|from) the [A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]* (?:trial|study)\b|"
    r"\breported by\b(?!\s(?:\d|(?:patients|participants|subjects|those)\b))|"
    r"\breported in (?:a|an|the|previous|prior|earlier|other|several|many|some)\s(?!(?:\w+\s)?(?:patients?|"
    r"participants?|subjects?|groups?|arms?)\b)|"
    # "A pCR occurs in 30% to 45% of patients with HER2-positive disease": what happens in a disease, in the
    # present tense, is the setting's general knowledge, not this trial's result
    r"\b(?:occurs?|is\sseen|are\sseen|develops?|affects?)\sin\s(?:about\s|approximately\s|up\sto\s|~)?"
    r"\d[\d.]*\s?%(?:\s?(?:to|-|–)\s?\d[\d.]*\s?%)?\sof\s(?:all\s)?(?:patients|people|individuals|adults|children)\s"
    r"with\b",
)
_OWN_STUDY = re.compile(r"\b(?:this|our|the present|the current) (?:study|trial|analysis)\b|\bwe\b|\bour\b", re.I)


_CITATION = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[)%]))\d{1,3}(?:[,–-]\d{1,3})*(?=[\s,.;)]|$)|\[\d+(?:[,–-]\s?\d+)*\]|\bet al\b|"
    r"\b(?:previous|prior|other|earlier)\s(?:trials?|studies|reports?)\b|\breported\b|\b[A-Z]{3,}[-\d]*\s(?:trial|study)\b"
)


def cites(sentence: str) -> bool:
    """Does the sentence cite other work: a superscript or bracketed reference number glued to its text
    ("Onivyde (41.4%)18", "[12]"), "et al", "previous trials", "reported", a named trial?"""
    return bool(_CITATION.search(sentence))


def own_study(text: str) -> bool:
    """Does the text speak of this study ("this study", "our trial", "we", "the present study")?"""
    return bool(_OWN_STUDY.search(text))


# "In our previous phase 2 trial, ...", "our earlier study": the authors' own, but another, study
_OUR_EARLIER = re.compile(
    r"\b(?:our|a|an|the)\s(?:previous|prior|earlier|preceding)\s(?:[\w-]+\s){0,3}?(?:trials?|stud(?:y|ies)|reports?)\b",
    re.IGNORECASE,
)


_THIS_STUDY = re.compile(r"\b(?:this|the present|the current) (?:study|trial|analysis)\b", re.I)


def about_other_study(sentence: str, own: frozenset[str] = frozenset()) -> bool:
    """Does the sentence report another study's numbers (and not this one's)? A trial named by one of the
    paper's own names (``own``: see :func:`own_names`) is this one; "our previous trial" is another."""
    if _OUR_EARLIER.search(sentence) and not _THIS_STUDY.search(sentence):
        return True
    for m in _OTHER_STUDY.finditer(sentence):
        named = re.search(r"the (\S+) (?:trial|study)", m.group(0))
        if named and named.group(1) in own:
            continue
        return not _OWN_STUDY.search(sentence)
    return False


_OWN_MENTIONS = 6  # a trial's own acronym runs through its paper; another trial's is named a few times


def own_names(text: str) -> frozenset[str]:
    """The names a paper calls its own trial by: the capitalised names it puts before "trial"/"study"
    most often ("the SELECT trial" throughout a SELECT paper; "the ASCENT trial" twice in its discussion)."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"\b([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*)\b", text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    named = {m.group(1) for m in re.finditer(r"\b([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*) (?:trial|study)\b", text)}
    return frozenset(n for n in named if counts.get(n, 0) >= _OWN_MENTIONS)
