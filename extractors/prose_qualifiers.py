"""What a count's or share's clause says that changes what was counted, kept with the endpoint the subject names
(a time point fronted before the subject, "confirmed", a grade the inclusion names), and the clause forms whose
endpoint no rule can tell for certain, withheld as ``prose-unread`` (extractors/prose_doubts.py) rather than read
with the qualifier lost. Rules about sentence forms, gathered on tests/extraction/prose_preds2_corpus.py."""

from __future__ import annotations

import re

# "At week 52, clinical remission was observed in 31.3%", "At 12 months, ...", "After 1 year, the mean systolic
# pressure was ...": a time point fronted before the subject is what the subject was counted (measured) at
_FRONTED_TIME = re.compile(
    r"^(?:At|By|After)\s(?:the\s)?(?P<t>(?:week|month|day|year)\s\d+|\d+\s(?:weeks?|months?|days?|years?)|"
    r"enrol(?:l?ment)|baseline|randomi[sz]ation)\s?,\s",
    re.I,
)
# "A confirmed objective response was observed in 55%": confirmation is part of what was counted
_CONFIRMED = re.compile(r"^(?:a\s|an\s|the\s)?(?P<q>(?:un)?confirmed)\s", re.I)
# "Treatment-related AEs occurred in 88 patients (69.8%), including grade 3 events in 25 patients (19.8%)": the part
# at a grade of the subject's events
_GRADED_PART = re.compile(
    r"[,;(]\s?including\s(?P<q>grade\s\d(?:\s?(?:or|to|-|–)\s?(?:higher|greater|above|\d))?|grade\s?[≥>]\s?\d)\s"
    # ", including grade 4 in 7 (14.6%) patients": the grade said with no noun after it
    r"(?:(?:events?|cases?)\s)?(?:in|among)\s(?:the\s)?$",
    re.I,
)

BRACKET_CUT = "subject cut inside a bracket"
WHO_RECEIVED = "received: whom the share is of"
THAN_BRACKET = "comparison's bracket: order unread"
PART_OF_AFTER = "a share of the share before it"
# withheld for what the number's own clause says: no statement before it lends it an endpoint
KEPT_UNREAD = frozenset({BRACKET_CUT, WHO_RECEIVED, THAN_BRACKET, PART_OF_AFTER})


def fronted_time(sentence: str, subject_start: int) -> str | None:
    """The time point ("week 52", "12 months") fronted before the subject that starts at ``subject_start``."""
    m = _FRONTED_TIME.match(sentence)
    return m.group("t") if m and m.end() <= subject_start + 1 else None


def qualified(subject: str, label: str, time: str | None) -> str:
    """``label`` (what the subject was read as) with the subject's confirmation and the fronted time kept."""
    out = label
    confirmed = _CONFIRMED.match(subject)
    if confirmed and confirmed.group("q").lower() not in out.lower():
        out = f"{confirmed.group('q').lower()} {out}"
    if time and time.lower() not in out.lower():
        out = f"{out} at {time}"
    return out


# "CRS occurred in 51% (G1 43%, G2 8%)", "(grade ≥3, 2%)": a grade heading the value in the bracket after the whole
# share (an abstract's breakdown of one event by grade)
_GRADE_HEADED = re.compile(
    r"\d\s?%?\s?[(\[](?:[^()\[\]]*[,;]\s?)?(?P<q>(?:[Gg]rade\s?|(?-i:G))(?:[≥>]\s?)?[1-5](?:\s?[-–]\s?[1-5])?)[:,]?\s$"
)


def graded_part(before: str) -> str | None:
    """The grade of ", including grade 3 events in " just before the number, or of "(G1 43%, G2 8%)" after the
    whole share, spelled "grade ...", or ``None``."""
    m = _GRADED_PART.search(before)
    if m:
        return m.group("q")
    headed = _GRADE_HEADED.search(before)
    return re.sub(r"^(?:[Gg]rade\s?|G)", "grade ", headed.group("q")) if headed else None


def cut_in_bracket(what: str) -> bool:
    """A subject that closes a bracket it did not open ("IGA score of 0 or 1 ... at week 16)" of "the primary
    outcome (an IGA score ...) occurred in"): the subject is the words before the bracket, not its inside."""
    return what.count(")") > what.count("(")


def share_of_share(after: str) -> bool:
    """ "77% of patients, 48% of whom received tocilizumab": a share of the patients the share before counts."""
    return bool(re.match(r"^%?\s?of\s(?:whom|which|these|those|them)\b", after))


def who_received(after: str) -> bool:
    """ "in 56.5% of 329 patients who received at least one dose of A": the set the share is of."""
    return bool(re.match(r"^[^.;]{0,30}?\b(?:patients|participants|subjects)\swho\s(?:had\s)?received\b", after))


def than_bracket(before: str) -> bool:
    """ "occurred in fewer patients in the A group than in the B group (379 patients [4.1%] vs. 496 ...", "occurred in
    more patients in the A group (288 patients [3.1%] vs. 170 ...)": the bracket's values are the groups' in an
    order no group rule here reads (the second group may go unnamed)."""
    open_at = before.rfind("(")
    if open_at < 0 or ")" in before[open_at:]:
        return False
    return bool(
        re.search(
            r"\b(?:fewer|more)\s(?:patients|participants|subjects)\s(?:in|with|receiving)\s[^()]{1,80}?"
            r"(?:\sthan\s(?:in|with|among)\s[^()]{1,80}?)?\s?$",
            before[max(0, open_at - 250) : open_at],
        )
    )


GROUP_PAST_BRACKET = (
    "its group is named after its bracket, past a '; ' inside it ('205 (24.0%; 52 symptomatic) in the A group'), "
    "where the clause rules stop"
)
ARM_AS_SUBJECT = "the sentence's subject is an arm ('Lecanemab resulted in X in 26.4%'), whose share it is, unread"


def group_past_bracket(after: str) -> bool:
    """ "205 participants (24.0%; 52 symptomatic) in the donanemab group": a group said after the number's bracket,
    which holds a "; " (the number itself may be inside the bracket)."""
    return bool(
        re.match(
            r"^[^.;()]{0,30}?\(?[^()]*;[^()]*\)\s(?:in|among)\s(?:the\s)?(?:[\w+-]+\s){1,4}?(?:group|arm|cohort)\b",
            after,
        )
    )


def arm_as_subject(sentence: str, arm_words: frozenset[str]) -> bool:
    """Does the sentence open with an arm's name as the subject of its verb ("Lecanemab resulted in ...",
    "Dapagliflozin was associated with ...")?"""
    m = re.match(
        r"^(?P<a>[A-Z][\w-]+(?:\s(?:plus|and|\+)\s[\w-]+)?)\s(?:resulted|led|caused|was|were|produced)\b", sentence
    )
    if m is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w-]+", m.group("a")) if w.lower() not in ("plus", "and")]
    return bool(words) and all(w in arm_words for w in words)


GROUP_SAID_LATER = "a later clause names its group ('...; all 30 were in the placebo group'), unread"


def group_said_later(after: str) -> bool:
    """ "Severe Covid-19 occurred in 30 participants, with one fatality; all 30 were in the placebo group": the
    count is one group's, said in a later clause of the sentence."""
    return bool(
        re.search(r"[;,]\s(?:and\s)?(?:all|both)\s(?:\d+|of\s(?:them|these|those))\s(?:were|was|occurred)\sin\s", after)
    )


# "1616 (82.4%) were receiving trial treatment at week 68": the time point the predicate was said at
_TRAILING_TIME = re.compile(
    r"^\s?(?P<t>at\s(?:week|month|day|year)\s\d+|at\s\d+\s(?:weeks?|months?|days?|years?))(?=[,;.)]|\s(?:and|or)\b|$)",
    re.I,
)


def trailing_time(after: str) -> str | None:
    """The time point said right after a predicate ("at week 68"), or ``None``."""
    m = _TRAILING_TIME.match(after)
    return m.group("t") if m else None


# "The time to PD for the patients with SD ranged from 78 to 254 days", "For the 13 patients with SD, the time to PD
# ranged from ...": a summary of the part of the trial said by a condition, which no group rule reads (a set said by
# how it passed through the trial, "for all treated patients", is the trial's own)
_FOR_SUBGROUP = re.compile(
    r"(?:^|\s)for\s(?:the\s|all\s|these\s)?(?:\d[\d,]*\s)?(?:patients|participants|subjects|pts)\s(?:with|who|whose)\s"
    r"(?!(?:were|had\sbeen)\s(?:treated|evaluable|enrolled|randomi[sz]ed|included)\b)",
    re.I,
)
FOR_SUBGROUP = "its summary is said for patients with a condition ('for the patients with SD'), a part of the trial"


def for_subgroup(clause: str) -> bool:
    """Does the clause before a summary say it is for patients with a condition ("for the 13 patients with SD")?"""
    return bool(_FOR_SUBGROUP.search(clause))
