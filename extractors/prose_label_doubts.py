"""Endpoint phrases in no clear relation to their number: the precision policy's endpoint conditions
(prose_precision.py asks ``label_doubt`` for every record the rules did label).

The rules take a phrase of the number's sentence as its endpoint. On fresh result paragraphs
(tests/extraction/prose_endpoint_precision_corpus.py) most mislabels were the right sentence's wrong phrase: a word
of the sentence's frame ("respectively"), a list of groups after a preposition read as a list of endpoints ("the
success rate with single and multi-catheter approach was 81% and 98%, respectively"), the comparison a ratio is
said in ("the ratio of AUC in the fed:fasted regimens"), the population a subgroup's estimate is of ("among those
referred for coronary risk only (OR ...)"). Each condition is about where the
phrase stands against the number, never about one paper's words; a number it meets is withheld as a
``prose-unread`` finding with the reason below (a wrong label is worse than none)."""

from __future__ import annotations

import re

from schemas.records import Record

FRAME_WORD = "its endpoint would be a word of the sentence's frame ('respectively'), not a phrase naming a measure"
LISTED_AFTER_PREPOSITION = (
    "the list it is paired with follows a preposition ('rate with A and B was x and y, respectively'): it names "
    "conditions or groups, not endpoints"
)
COMPARISON_PHRASE = (
    "its endpoint would be the comparison its subject is said in ('ratio of X in the A:B regimens'), not the measure"
)
VERB_AND_TIME = (
    "its endpoint would be a verb and a time ('lost at week 56'): what the verb took ('at least 5% of body weight') "
    "is not read"
)
LANDMARK_NOUN_LOST = (
    "its landmark rate is named of a noun its label lacks ('1-year success rate after a single procedure'), unread"
)
STATISTIC_WORDS_ONLY = (
    "its endpoint would be only words of a statistic or a time frame ('percent time', 'difference at baseline'): what "
    "was measured is not read"
)
POPULATION_PHRASE = (
    "its endpoint would be a phrase of the population it is said among ('among those referred for X'), not a measure"
)
COUNTED_PEOPLE = (
    "its endpoint would be the people it counts, named by a number ('Twenty-four women'), not what happened to them"
)
HALF_OF_EITHER = "its endpoint would be half of an 'either A or B' (the label ends before its 'or'): it is unread"
TWO_TIME_FRAMES = (
    "its endpoint would carry two time points ('either state by 12 weeks at 6 weeks'): which is its own is not read"
)
GROUP_WORDS_ONLY = "its endpoint would be only a dose level's words ('low dose', 'the high-dose arm'), not a measure"
# the words of a dose level or a group's frame: a label of only these names a group
_GROUP_FRAME = frozenset(
    {"low", "lower", "medium", "middle", "intermediate", "high", "higher", "dose", "doses", "dosage", "dose-level"}
    | {"group", "groups", "arm", "arms", "cohort", "cohorts", "level"}
)
_DOSE_LEVEL = frozenset({"low", "lower", "medium", "middle", "intermediate", "high", "higher"})
_DOSE_LEVEL |= {f"{w}-dose" for w in _DOSE_LEVEL}
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen"}
    | {"fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty"}
    | {"sixty", "seventy", "eighty", "ninety", "hundred", "thousand"}
)
_PEOPLE = frozenset(
    {"patients", "patient", "participants", "participant", "subjects", "subject", "women", "woman", "men", "man"}
    | {"children", "child", "infants", "infant", "adults", "people", "persons", "individuals", "pts", "eyes"}
)
# a time point a label is said at: "at 6 weeks", "by week 12", "within 30 days"
_TIME_POINT = re.compile(
    r"\b(?:at|by|within)\s(?:(?:week|month|day|year)s?\s?(?P<a>\d+(?:\.\d+)?)|(?P<b>\d+(?:\.\d+)?)[\s-]?"
    r"(?P<u>weeks?|months?|days?|years?))\b",
    re.IGNORECASE,
)
# words that only frame a statement: a label made of them names nothing
_FRAME = frozenset(
    {"respectively", "respective", "the", "a", "an", "and", "or", "of", "in", "with", "for", "to", "vs", "versus"}
    | {"both", "each", "all", "overall", "total"}
)
# words that say which statistic or which time frame, not what was measured (not "ratio": the tail of a measure's
# name, "6β-hydroxycortisol/cortisol ratio", kept when the rest is not read)
_STATISTIC_WORDS = frozenset(
    {"percent", "percentage", "proportion", "number", "mean", "median", "rate", "level", "value", "time", "baseline"}
    | {"change", "difference", "at", "during", "from", "follow-up", "period"}
)
# (not "for": "hazard ratios for A and B were" lists outcomes)
_PREPOSITION = r"(?:with|in|among|after|by|at|on|under|using)"
# a list of one or more items after a preposition, ending where the item would start: "with single and ", "in the
# A, B and "
_LIST_AFTER_PREPOSITION = re.compile(
    r"\b" + _PREPOSITION + r"\s(?:the\s)?[A-Za-z][\w/-]*,?\s(?:(?!the\s)[\w/-]+,?\s){0,3}?(?:and|or)\s$",
    re.IGNORECASE,
)
# an item glued to its head by a preposition: "acute success rate with single"
_GLUED_ITEM = re.compile(r"\s" + _PREPOSITION + r"\s(?:the\s)?[A-Za-z][\w/-]*$", re.IGNORECASE)
# a population phrase open before the label: "among those referred for ", "in patients who were treated for "
_POPULATION_OPEN = re.compile(
    r"\b(?:among|in)\s(?:the\s|all\s)?(?:those|patients|participants|subjects|people|individuals|women|men|children|"
    r"adults)\b(?:\s(?:who\s(?:were|had)\s)?(?:[\w-]+ed|with|without)\b)[^,;()]*$",
    re.IGNORECASE,
)
# the subject's head with an "of" complement before the label's preposition: "ratio of AUC(0-inf) in the "
_OF_THEN_PREPOSITION = re.compile(
    r"\bof\s(?:the\s)?[A-Za-z][^\s,;()]*(?:\([^()]*\))?(?:\s[^\s,;()]+){0,2}?\s(?:in|for|between|across)\s(?:the\s)?$",
    re.IGNORECASE,
)


# a label that is only a verb, maybe its preposition, and a time: "lost at week 56", "improved by at week 24"
_VERB_AND_TIME = re.compile(
    # (a verb that takes an object, or one with the preposition that led to its amount: "died at 90 days" is whole)
    r"^(?:[a-z]+ed\s(?:by|to|from|in)|lost|gained|had|got|reached|achieved|attained|received|required|became)\s"
    r"(?:at|by|within|after|during|over|through)\s"
    r"(?:the\s)?(?:(?:week|month|day|year|cycle|visit)s?\s?\d+|\d+\s?(?:weeks?|months?|days?|years?))$",
    re.IGNORECASE,
)
# a landmark rate as the sentence names it: "1-year success rate", "12-month overall survival rate"
_LANDMARK_RATE = re.compile(
    r"\b\d+(?:\.\d+)?[- ](?:years?|months?|weeks?|days?)\s(?P<w>(?:[A-Za-z][\w-]*\s){1,3}?)rates?\b", re.IGNORECASE
)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", text)}


def _where(sentence: str, label: str, focus: int) -> int | None:
    """Where the label last stands in the sentence before the number (case-insensitive), or ``None``."""
    found = sentence[:focus].lower().rfind(label.lower())
    return None if found < 0 else found


def _named_in(phrase: str, label: str) -> bool:
    """Whether the label names any of the phrase: one of its words, or the capitals the initials of a run of its
    words spell ("overall survival" in "12-month OS rate", "modified progression-free survival" in "PFS")."""
    if (_words(phrase) - _FRAME) & _words(label):
        return True
    tokens = [w for w in re.split(r"[\s-]+", phrase.strip()) if w]
    acronyms = {w for w in label.split() if len(w) > 1 and w.isupper()}
    runs = {
        "".join(w[0] for w in tokens[i:j]).upper() for i in range(len(tokens)) for j in range(i + 2, len(tokens) + 1)
    }
    return bool(runs & acronyms)


def bare_label_doubt(label: str) -> str | None:
    """Why the label itself, wherever it was read from, names no measure: only words of the sentence's frame, or a
    verb and a time; else ``None``."""
    words = _words(label)
    if not words - _FRAME or "respectively" in words:
        return FRAME_WORD
    if _VERB_AND_TIME.match(label):
        return VERB_AND_TIME
    if words - _FRAME <= _GROUP_FRAME | _DOSE_LEVEL and words & _DOSE_LEVEL:
        return GROUP_WORDS_ONLY
    parts = {p for w in words for p in w.split("-")}
    if parts & _NUMBER_WORDS and parts <= _NUMBER_WORDS | _PEOPLE | _FRAME:
        return COUNTED_PEOPLE
    if re.match(r"either\s", label, re.IGNORECASE) and not re.search(r"\bor\b", label, re.IGNORECASE):
        return HALF_OF_EITHER
    if len({m.group("a") or m.group("b") for m in _TIME_POINT.finditer(label)}) >= 2:
        return TWO_TIME_FRAMES
    return None


def final_label_doubt(label: str, parameter: str | None) -> str | None:
    """Why a record's final label (once every statement's label is set) names no measure: ``bare_label_doubt``'s
    reasons, or only a statistic's or a time frame's words ("percent time", "difference in follow-up") with no
    parameter that names the measure; else ``None``. Asked last, so a label it withholds is no lead of another."""
    if bare := bare_label_doubt(label):
        return bare
    words = _words(label)
    if parameter is None and words - {"follow-up"} and words <= _STATISTIC_WORDS | _FRAME:
        return STATISTIC_WORDS_ONLY
    return None


def label_doubt(sentence: str, focus: int, record: Record) -> str | None:
    """Why the record's endpoint phrase is in no clear relation to its number, or ``None``. ``focus`` is where the
    number starts in the sentence."""
    if not record.row:
        return None
    label = record.row[-1]
    how = (record.binding or ("none", "none"))[0]
    if bare := bare_label_doubt(label):
        return bare
    if how.startswith("landmark"):
        named = [m for m in _LANDMARK_RATE.finditer(sentence[:focus])]
        # (a label of only its time and "rate" took no other phrase: "30-month rate" is not this)
        other = _words(re.sub(r"\b\d+(?:\.\d+)?[- ]?\w*|\brates?\b", " ", label)) - _FRAME
        if named and other and not _named_in(named[-1].group("w"), label):
            return LANDMARK_NOUN_LOST
    at = _where(sentence, label, focus)
    if how.startswith("respectively item"):
        if _GLUED_ITEM.search(label):
            return LISTED_AFTER_PREPOSITION
        if at is not None and _LIST_AFTER_PREPOSITION.search(sentence[:at]):
            return LISTED_AFTER_PREPOSITION
    if at is None:
        return None
    before = sentence[:at]
    if how.startswith(("copula subject", "ratio")) and _OF_THEN_PREPOSITION.search(before):
        return COMPARISON_PHRASE
    if _POPULATION_OPEN.search(before) and not re.search(r"[;:]|\b(?:was|were|had)\b", before[-60:]):
        return POPULATION_PHRASE
    return None


LABEL_DOUBTS = frozenset(
    {
        GROUP_WORDS_ONLY,
        COUNTED_PEOPLE,
        HALF_OF_EITHER,
        TWO_TIME_FRAMES,
        FRAME_WORD,
        LISTED_AFTER_PREPOSITION,
        COMPARISON_PHRASE,
        POPULATION_PHRASE,
        VERB_AND_TIME,
        LANDMARK_NOUN_LOST,
    }
)
