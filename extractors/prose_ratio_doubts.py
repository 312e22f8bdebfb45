"""When a comparative statistic's comparison cannot be read: a hazard, odds, rate or risk ratio or a P value that no
rule gave a group, in a sentence or a trial where "no group" (the contrast of the trial's two arms) is not what it is
of. A meta-analyst needs a ratio under the comparison it was computed for; one filed as the whole trial's contrast when
it is a subgroup's, or one dose's against the control, is worse than none. Each condition is about a sentence form or
a trial's layout, never one paper's words (tests/extraction/prose_ratios2_corpus.py samples them):

- a ratio said of a subgroup the clause names before it ("the incidence of death was lower ... among patients
  receiving invasive mechanical ventilation (rate ratio, 0.64)", "At a median follow-up of 25 months in intermediate-
  and poor-risk patients, ... (hazard ratio for death, 0.63)");
- a ratio of a trial of three or more groups (a three-part allocation ratio, "1:1:1"; a sentence that assigns
  patients to three alternatives), or of a sentence that names three or more groups ("in the warfarin group, as
  compared with ... in the group that received 110 mg ... and ... in the group that received 150 mg"): which two
  groups it sets against each other is not read. (A P value there is kept: the golden files file a P value of one
  group's comparison with the reference with no group.)
"""

from __future__ import annotations

import re

from schemas.records import Record

SUBGROUP_RATIO = (
    "it is a ratio or P value said of a subgroup its clause names before it ('among patients receiving ...'), which "
    "no rule reads as its group"
)
MANY_GROUPS = (
    "it is a ratio or P value of a trial or sentence of three or more groups, and which two it sets against each "
    "other is not read"
)

LABELLED_ITEM = (
    "it is a comparative statistic of one labelled item of its bracket ('(TRIAL I: ...; difference, -10.1; TRIAL II: "
    "...)'), whose label no rule reads as its group"
)


def _labelled_bracket(sentence: str, focus: int) -> bool:
    """Whether the bracket that holds the number labels its items ("(MODIFY I: ...; ...; MODIFY II: ...)")."""
    before = sentence[:focus]
    opened = before.rfind("(")
    if opened < 0 or opened < before.rfind(")"):
        return False
    return any(not _STAT_LABEL.search(m.group("label")) for m in _LABELLED_ITEMS.finditer(before[opened:]))


_BETWEEN = frozenset({"hr", "or", "rr", "p"})
_RATIOS = frozenset({"hr", "or", "rr"})
# "among patients receiving X", "among those with Y", "in intermediate- and poor-risk patients": a subset of the
# patients named by what they have or receive (never a counted population, "among the 4744 patients", nor an arm's
# patients, "among patients in the A group", "among patients assigned to A")
_AMONG = re.compile(
    r"\bamong\s(?:the\s)?(?:\d[\d,]*\s)?(?:patients|participants|subjects|those|persons|people|women|men|children|"
    r"adults)\s"
    r"(?P<how>with|who|receiving|treated\swith|aged|older|younger|undergoing|on)\b(?P<rest>[^;]*)$",
    re.IGNORECASE,
)
# "among patients who received haloperidol", "who underwent early surgery": those given a treatment, an arm
_TREATED = re.compile(
    r"^\s(?:received|underwent|were\s(?:given|assigned|randomi[sz]ed|allocated|treated)|had\sbeen\s(?:assigned|"
    r"randomi[sz]ed|allocated|treated))\b",
    re.IGNORECASE,
)
_IN_KIND = re.compile(
    r"\b(?:in|among)\s(?:the\s)?(?P<kind>(?:[a-z][\w-]*(?:\sand\s|\s)){1,4}?)"
    r"(?:patients|participants|subjects|population|subgroup|subpopulation)\b"
    r"(?P<rest>[^;]*)$",
    re.IGNORECASE,
)
_NOT_A_KIND = re.compile(
    r"\b(?:all|these|those|evaluable|randomi[sz]ed|treated|enrolled|included|eligible|remaining|other|both|each|"
    r"study|trial|two|three)\b",
    re.IGNORECASE,
)
_KIND_WORD = re.compile(
    r"-risk\b|-type\b|-positive\b|-negative\b|\b(?:older|younger|elderly|high|low|intermediate|poor|favou?rable|"
    r"mutant|mutated)\b",
    re.I,
)
# "(MODIFY I: 17% vs. 28%; adjusted difference, -10.1 ...; MODIFY II: ...)": a bracket whose items are labelled, each
# label a trial, a part or a subgroup the values after it are of
_LABELLED_ITEMS = re.compile(r"[(;]\s?(?P<label>[A-Z][\w-]*(?:\s[\w-]+){0,3}):\s")
_STAT_LABEL = re.compile(r"\b(?:CI|HR|OR|RR|P|ratio|difference|range|IQR|SD|median|mean|n|N)$", re.I)
# a three-part allocation ratio ("in a 1:1:1 ratio", "2:1:2"), or patients assigned to three alternatives ("to A, B,
# or C"; not one drug and its dose, "to rosuvastatin, 20 mg daily, or placebo")
_THREE_PART = re.compile(r"(?<![\d:])\d{1,2}\s?:\s?\d{1,2}\s?:\s?\d{1,2}(?![\d:])")
_ITEM = r"(?:(?!\b(?:or|and|with|by|according|stratified|who|which|that|in|for)\b)[^,.;()]|\([^()]*\)){3,60}"
_THREE_ALTERNATIVES = re.compile(
    r"\b(?:assigned|randomi[sz]ed|allocated)\b[^.;]{0,60}?\bto\s(?:receive\s)?(?:either\s)?"
    + _ITEM
    + r",\s(?![\d(])"
    + _ITEM
    + r",?\s(?:or|and)\s(?![\d(])"
    + _ITEM
    + r"[.;]",
    re.IGNORECASE,
)
# "the warfarin group", "the group that received 110 mg of dabigatran", "the group receiving 150 mg"
_GROUP_PHRASE = re.compile(
    r"\bthe\s(?P<a>(?:[\w+-]+\s){1,3})(?:group|arm|cohort)\b|\bthe\s(?:group|arm|cohort)\s(?:that\s(?:received|was\s"
    r"assigned\sto)|receiving|assigned\sto|given)\s(?P<b>[^,;()]{2,40}?)(?=\s?[,;()]|\s(?:and|as|was|were)\b)",
    re.IGNORECASE,
)


def many_groups(text: str) -> bool:
    """Whether the text allocates patients to three or more groups ("in a 1:1:1 ratio", "to A, B, or C")."""
    return bool(_THREE_PART.search(text) or _THREE_ALTERNATIVES.search(text))


def _sentence_groups(sentence: str) -> int:
    """How many different groups the sentence names as "the A group" or "the group that received B"."""
    names = {
        re.sub(r"\s+", " ", (m.group("a") or m.group("b") or "").strip().lower())
        for m in _GROUP_PHRASE.finditer(sentence)
    }
    names = {n for n in names if n and not re.fullmatch(r"(?:two|three|both|each|same|other|respective)", n)}
    return len(names)


def _subgroup_before(sentence: str, focus: int, arm_words: frozenset[str]) -> bool:
    """Whether the clause before the number names a subgroup of the patients (not an arm's, not a counted one)."""
    before = sentence[:focus]
    opened = before.rfind("(")
    if opened > before.rfind(")"):
        before = before[:opened]  # the bracket that holds the number ("(29.3% vs. 41.4%; rate ratio, ")
    opening = re.match(r"[^,;()]{3,120},\s", sentence)
    if opening and opening.end() <= len(before) and _kind_of_patients(opening.group(0), arm_words):
        return True  # "At a median follow-up of 25 months in intermediate- and poor-risk patients, ..."
    among = _AMONG.search(before)
    if among and not _names_an_arm(among.group(0), arm_words) and not _TREATED.match(among.group("rest")):
        return True
    return _kind_of_patients(before, arm_words)


def _kind_of_patients(text: str, arm_words: frozenset[str]) -> bool:
    """Whether the clause ends in patients of a kind ("in intermediate- and poor-risk patients", "among older
    patients"), no arm's."""
    kind = _IN_KIND.search(text)
    if kind is None or _NOT_A_KIND.search(kind.group("kind")) or _names_an_arm(kind.group("kind"), arm_words):
        return False
    return bool(_KIND_WORD.search(kind.group("kind")))


def _names_an_arm(text: str, arm_words: frozenset[str]) -> bool:
    if re.search(r"\b(?:group|arm|cohort|assigned|randomi[sz]ed|allocated)\b", text, re.I):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", text)}
    return bool(words & arm_words)


def ratio_doubt(sentence: str, focus: int, record: Record, arm_words: frozenset[str], many: bool) -> str | None:
    """Why a ratio's or a P value's comparison is not read (the reasons above), or ``None``. ``many`` says whether the
    paper allocates patients to three or more groups (:func:`many_groups`)."""
    if record.arm is not None or record.section == "pk":
        return None
    if record.statistic == "value" and _labelled_bracket(sentence, focus):
        return LABELLED_ITEM  # a difference of one labelled item
    if record.statistic not in _BETWEEN:
        return None
    if _subgroup_before(sentence, focus, arm_words):
        return SUBGROUP_RATIO
    if _labelled_bracket(sentence, focus):
        return LABELLED_ITEM
    # (a P value said after one group's value of three is that group's comparison with the reference, as the golden
    # files file it with no group: "80 µM group (20%, p= .1298), chemotherapy group (27%, p= .6219)")
    if record.statistic in _RATIOS and (many or _sentence_groups(sentence) >= 3):
        return MANY_GROUPS
    return None


OTHER_SUBJECT = (
    "it is a ratio or P value of a clause that names its own subject ('..., but major bleeding events occurred in "
    "more patients ... (hazard ratio, 1.70; P<0.001)'), not the outcome it would inherit"
)
# ", but X occurred in", "; X was lower", "whereas X were": a coordinated clause with its own subject and verb (not
# ", and": "for stages I, II, and III was 12%, ..." is a list)
_CLAUSE_SUBJECT = re.compile(
    r"(?:,\s(?:but|whereas|while)\s|;\s(?:and\s|but\s)?|\bwhereas\s)(?:the\s)?(?P<s>[A-Za-z][^,;()\d]{2,60}?)\s"
    r"(?:occurred|developed|were|was)\b"
    # (or its verb left out, the values said right after "in": ", and syncope in 2.2% and 1.6% (hazard ratio ...)")
    r"|,\s(?:and|but|whereas|while)\s(?:the\s)?(?P<e>[A-Za-z][^,;()\d]{2,40}?)\s(?:in|among)\s(?=\d)",
)
_NO_SUBJECT = re.compile(r"^(?:it|this|that|they|these|there|those|rates?|the\srates?|each|both)\b", re.IGNORECASE)


def other_subject(sentence: str, at: int, inherited: str) -> str | None:
    """Why a ratio's or P value's inherited endpoint ``inherited`` is not its clause's: the clause it stands in (from
    the last ", but" / "; " before it) has a subject of its own that shares no word with it; else ``None``."""
    plain = re.sub(r"[(\[][^()\[\]]*[)\]]", lambda m: " " * len(m.group(0)), sentence[:at])
    opened = plain.rfind("(")
    if opened > plain.rfind(")"):
        plain = plain[:opened]
    subject = next(reversed(list(_CLAUSE_SUBJECT.finditer(plain))), None)
    said = subject and (subject.group("s") or subject.group("e"))
    if not said or _NO_SUBJECT.match(said):
        return None
    words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", said)}
    own = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", inherited)}
    return None if words & own else OTHER_SUBJECT
