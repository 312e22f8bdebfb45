"""Papers that report two or more studies of their own ("In the drug cocktail study, 47 healthy subjects were
screened ... In the digoxin study, 21 ...", with "in both studies" said of them): a count of people is of the
study its sentence names, or, when its sentence names none, of the one its paragraph named last. The paper says
it is several studies ("both studies", "either study", "each study", "the two studies") and names each of them
"the X study" twice or more; a sentence that names two of them gives none."""

from __future__ import annotations

import re
from collections import Counter

from extractors.prose_text import Text
from schemas.records import Record

# the paper speaks of its studies together
_SEVERAL = re.compile(r"\b(?:both|either|each|neither)\sstud(?:y|ies)\b|\bthe\stwo\sstudies\b", re.IGNORECASE)
# "the drug cocktail study", "the digoxin study": one to three words that name a study (no determiner, no
# word that says which of several, no number)
_NAMED = re.compile(
    r"\bthe\s(?P<s>(?:(?!(?:present|current|this|that|our|whole|entire|same|other|first|second|two|both|each|"
    r"previous|prior|pivotal|main|overall|original|above|pilot|clinical|randomi[sz]ed|phase|open-label|"
    r"crossover|cross-over|the|of|in|and|or|a|an)\b)[A-Za-z][\w-]*\s){1,3})stud(?:y|ies)\b",
    re.IGNORECASE,
)
_MENTIONS = 2  # a study of the paper's own is named again and again
_STATS = ("count", "percent")  # what a study's participants number


def own_substudies(text: str) -> tuple[str, ...]:
    """The names ("drug cocktail", "digoxin") of the studies a paper reports as its own, when it reports two or
    more (see the module's docstring); else none."""
    if not _SEVERAL.search(text):
        return ()
    said = Counter(" ".join(m.group("s").lower().split()) for m in _NAMED.finditer(text))
    names = [s for s, n in said.items() if n >= _MENTIONS]
    # "the cocktail study" is "the drug cocktail study" said short: one study
    names = [s for s in names if not any(o != s and o.endswith(" " + s) for o in names)]
    return tuple(names) if len(names) >= 2 else ()


def _named_in(text: str, studies: tuple[str, ...]) -> list[tuple[int, str]]:
    """Where ``text`` names each of ``studies`` (its short form "the cocktail study" too), in order."""
    found = []
    for m in _NAMED.finditer(text):
        said = " ".join(m.group("s").lower().split())
        match = [s for s in studies if s == said or s.endswith(" " + said) or said.endswith(" " + s)]
        if len(match) == 1:
            found.append((m.start(), match[0]))
    return sorted(found)


def substudy_group(sentence: str, before: str, studies: tuple[str, ...]) -> str | None:
    """The study (as "the X study" names it, "X study") a count of ``sentence`` is of: the one the sentence
    names, or with none named, the one ``before`` (its paragraph up to it) names last; ``None`` when the sentence
    names two or more, or nothing names one."""
    if not studies:
        return None
    own = {s for _, s in _named_in(sentence, studies)}
    if len(own) > 1:
        return None
    if own:
        return f"{own.pop()} study"
    earlier = _named_in(before, studies)
    return f"{earlier[-1][1]} study" if earlier else None


def substudy_stat(statistic: str) -> bool:
    """Is a value of this statistic one a study's people number (a count, a share)?"""
    return statistic in _STATS


def with_substudies(records: list[Record], text: Text, studies: tuple[str, ...]) -> list[Record]:
    """``records`` (a page's prose statements), each labelled count or share with no group given the study its
    sentence (or paragraph) names, in a paper of several studies of its own."""
    if not studies:
        return records
    for record in records:
        if record.arm or not record.row or not substudy_stat(record.statistic) or not record.context:
            continue
        found = number_sentence(text, record)
        if found is None:
            continue
        at, sentence = found
        start = max([p for p in text.paragraphs if p <= at] or [0])
        study = substudy_group(sentence, text.text[start:at], studies)
        if study:
            record.arm = study
            record._binding = ((record.binding or ("", ""))[0], "the study its sentence or paragraph names")
    return records


def number_sentence(text: Text, record: Record) -> tuple[int, str] | None:
    """Where the sentence of a prose record's number starts in ``text``, and the sentence (from the last full stop
    or line break before the number to the next full stop): the record's context may run over two sentences."""
    if not record.context:
        return None
    at = text.text.find(record.context)
    inner = record.context.find(record.raw) if at >= 0 else -1
    if inner < 0:
        return None
    number = at + inner
    stop = max(text.text.rfind(". ", 0, number), text.text.rfind("\n", 0, number))
    ends = [e for e in (text.text.find(". ", number), text.text.find("\n", number)) if e >= 0]
    start = stop + 1
    return start, text.text[start : min(ends) + 1 if ends else len(text.text)]
