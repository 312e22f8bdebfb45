"""Adverse events in prose: the grade and scope a number is said under, and a list head a label can carry.

- The grade and the scope (TRAE, TEAE, serious, immune-related) of a number are those of the AE noun it is said of,
  not of its whole sentence: "The most common TRAEs were rash (38%) ...; grade ≥3 TRAEs occurred in 12%" gives
  rash no grade; "AEs occurred in 58.4% ..., and serious AEs in 4.2%" makes only 4.2% serious. The noun is the last
  one before the number ("Grade 3 or 4 toxicities included neutropenia (27%)"), its grade one said right before it
  ("grade ≥3 TRAEs", "treatment-related grade 3/4 AEs") or after it ("TRAEs of any grade"), or one said after the
  noun, nearer the number ("of any grade occurred in 21 (72.4%) patients, grade 3 in 4 (13.8%)"). With no noun
  before it, the number takes the nearest grade before it and the scope of the first noun after it ("the lowest
  incidence of any grade (62.3%) and grade 3–5 (10.9%) TRAEs").
- A list whose head qualifies every item ("the reasons for discontinuation were A (n, %), B (n, %)", "deaths
  occurred as a result of A (n = 1), ...", "dose adjustments were frequent for A (26%)") is read when the label
  can carry the head: "discontinuation due to A", "death due to A", "dose adjustments for A". A head that names
  no event ("the best responses were") is not carried: the item stays withheld.

This module imports no other prose module (it is below them all).
"""

from __future__ import annotations

import re

# a grade qualifier, most specific first (an alternation tries its branches in order at one place); a grade may be
# printed in Roman numerals ("grade III–IV acute GVHD")
_GRADE = re.compile(
    r"(?P<ge3>grades?\s?(?:≥|>=|>|=>)\s?(?:3|III\b)|≥\s?grade\s?(?:3|III\b)|"
    r"grades?\s?(?:3|III)\s?(?:or|and)\s?(?:higher|more|above|worse|greater)"
    r"|grades?\s?(?:3|III)\s?(?:[-–/]|to|through)\s?(?:5|V\b))"
    r"|(?P<g34>grades?\s?(?:3|III)\s?(?:[-–/]|or|and)\s?(?:4|IV\b))"
    r"|(?P<g12>grades?\s?(?:1|I)\s?(?:[-–/]|or|and)\s?(?:2|II\b))"
    r"|(?P<any>\bany[- ]grades?\b|\ball[- ]grades?\b(?!\s?\d)|\bgrades?\s?(?:1|I)\s?(?:[-–]|to)\s?(?:[45]|IV|V)\b)"
    r"|\bgrade\s?(?P<one>[1-5]|(?-i:IV|V|I{1,3}))\b",
    re.IGNORECASE,
)
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
# the nouns an AE is said of
_HEAD = re.compile(
    r"\b(?:(?:tr|te|ir|s)?aes?|adrs?|adverse\s(?:drug\s)?(?:events?|reactions?|effects?)|toxicit(?:y|ies)|"
    r"side[- ]effects?)\b",
    re.IGNORECASE,
)
# in the order one wins over another: a serious TRAE is serious, a TEAE related to the drug a TRAE
_SCOPES = (
    (re.compile(r"\bserious\b|\bsaes?\b", re.I), "serious"),
    (re.compile(r"\btraes?\b|treatment[- ]related|drug[- ]related|\brelated\sto\b", re.I), "trae"),
    (re.compile(r"\bteaes?\b|treatment[- ]emergent", re.I), "teae"),
    (re.compile(r"\biraes?\b|immune[- ](?:related|mediated)", re.I), "irae"),
)
_ANY_SCOPE = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _SCOPES), re.I)
# what may stand between a grade and the AE noun it qualifies ("grade ≥3 treatment-related AEs")
_MODIFIERS = re.compile(r"[\s\w/-]{0,40}")
_VERB = re.compile(r"\b(?:were|was|is|are|had|has|have|occurred|included|including|reported|observed|seen)\b", re.I)
# what ends the reach of a grade said after its noun ("..., and fatigue was reported in 20%")
_CLAUSE_BREAK = re.compile(
    r";|,?\s(?:and|but|while|whereas)\s(?![Gg]rade|any)(?:\w+\s){0,3}?(?:was|were|occurred|had)\b"
)


def _grade_value(m: re.Match[str]) -> str:
    if m.group("ge3"):
        return ">=3"
    if m.group("g34"):
        return "3-4"
    if m.group("g12"):
        return "1-2"
    if m.group("any"):
        return "any"
    return _ROMAN.get(m.group("one"), m.group("one"))


def _scope_of(phrase: str) -> str | None:
    return next((scope for pattern, scope in _SCOPES if pattern.search(phrase)), None)


def _blank_closed_brackets(text: str) -> str:
    """``text`` with its closed brackets (nested ones too) blanked out, each character by a space."""
    while True:
        blanked = re.sub(r"[(\[][^()\[\]]*[)\]]", lambda b: " " * len(b.group(0)), text)
        if blanked == text:
            return text
        text = blanked


def _noun_phrase_before(before: str, head: re.Match[str]) -> str:
    """The modifiers of an AE noun printed before it, up to a verb, a comma or a bracket."""
    lead = re.split(r"[,;:()]|\b(?:were|was|of|in|with|and|the)\s", before[: head.start()])[-1]
    return lead + head.group(0)


# what a bracket may hold before one of its values and still be a bracket of values of the term printed before it:
# other values, "vs", counts, and the grades the values are of ("(40% vs 18%)", "(32% any grade; 5% grade ≥3)",
# "(grade 3, 10%)", "(12, 24.0%)")
_BRACKET_FILL = re.compile(
    r"(?:\d+(?:\.\d+)?\s?%?|vs\.?|versus|and|patients?|participants?|events?|"
    rf"{_GRADE.pattern}|[\s,;:/=])*",
    re.IGNORECASE,
)
# a grade said right after a bracketed value, before the bracket's next part ("rash (32% any grade; 5% grade ≥3)")
_GRADE_AFTER_VALUE = re.compile(rf"\d+(?:\.\d+)?\s?%?\s?(?:{_GRADE.pattern})\s?(?=[;,)\]])", re.IGNORECASE)


def value_bracket(sentence: str, at: int) -> int | None:
    """Where the open bracket that holds the number at ``at`` opens, when all it holds before the number is other
    values and their grades ("stomatitis (40% vs 18%)", "rash (32% any grade; 5% grade ≥3)", "neutropenia (grade
    3, 10%)"): each value of such a bracket is the term's printed before it. ``None`` otherwise."""
    opened = max(sentence.rfind("(", 0, at), sentence.rfind("[", 0, at))
    if opened < 0 or max(sentence.rfind(")", 0, at), sentence.rfind("]", 0, at)) > opened:
        return None
    return opened if _BRACKET_FILL.fullmatch(sentence[opened + 1 : at]) else None


def grade_and_scope(sentence: str, at: int) -> tuple[str | None, str | None]:
    """(grade, scope) a number at ``at`` is said under: grade one of ">=3", "3-4", "1-2", "any", "1".."5"; scope
    one of "trae", "teae", "serious", "irae"; ``None`` where the sentence says none of the number."""
    grade, scope = _grade_and_scope(sentence, at)
    if value_bracket(sentence, at) is not None and (own := _GRADE_AFTER_VALUE.match(sentence, at)):
        # "rash (32% any grade; 5% grade ≥3)": the grade printed with the value in its bracket is the value's
        said = _GRADE.search(own.group(0))
        if said:
            grade = _grade_value(said)
    return grade, scope


def _grade_and_scope(sentence: str, at: int) -> tuple[str | None, str | None]:
    # a grade or noun within an earlier item's closed bracket is that item's ("dry mouth (20.0%; all grade 1)")
    before = _blank_closed_brackets(sentence[:at])
    heads = list(_HEAD.finditer(before))
    grades = list(_GRADE.finditer(before))
    if not heads:
        grade = None
        if grades and not _CLAUSE_BREAK.search(before[grades[-1].end() :]):
            grade = _grade_value(grades[-1])
        after = _HEAD.search(sentence, at)
        if after and re.search(r";|,\s(?:and|or|but|while|whereas)\s", sentence[at : after.start()]):
            after = None  # "Fatigue occurred in 40%, and serious AEs in 5%": the noun of another clause
        if after and _VERB.search(sentence[at : after.start()]):
            after = None
        scope = _scope_of(_noun_phrase_before(sentence, after)) if after else _scope_of(before)
        if scope is None:
            scope = _scope_of(before)
        return grade, scope
    head = heads[-1]
    phrase = _noun_phrase_before(before, head)
    # "AEs related to treatment", "TRAEs of any grade": what the noun's own words after it say
    tail = re.match(r"\s(?:of\s|related\sto\s)[^,;()]{0,30}", before[head.end() :])
    scope = _scope_of(phrase + (tail.group(0) if tail else ""))
    # "Grade ≥3 TEAEs were reported for 25.9% ... and treatment related for two participants": a scope said after
    # the noun, nearer the number, is the number's
    rest_at = head.end() + (tail.end() if tail else 0)
    later = [m for m in _ANY_SCOPE.finditer(before, rest_at) if not _CLAUSE_BREAK.search(before[m.end() :])]
    if later and scope != "serious":  # a serious AE "related to study drug" stays serious
        scope = _scope_of(later[-1].group(0))
    said_after = [g for g in grades if g.start() >= head.end()]
    if said_after and not _CLAUSE_BREAK.search(before[said_after[-1].end() :]):
        return _grade_value(said_after[-1]), scope
    attached = [
        g
        for g in grades
        if g.end() <= head.start()
        and _MODIFIERS.fullmatch(before[g.end() : head.start()])
        and not _VERB.search(before[g.end() : head.start()])
    ]
    return (_grade_value(attached[-1]) if attached else None), scope


# "the (main) reasons for discontinuation were", "causes of death included": a head naming an event
_REASONS_HEAD = re.compile(
    r"\b(?:reasons?|causes?)\s(?:for|of)\s(?P<h>(?:[a-z-]+\s){0,2}?[a-z-]+?)\s?(?:were|was|included|including|:)\s",
    re.IGNORECASE,
)
# "deaths occurred as a result of", "discontinuation due to": an event noun, then what caused it
_EVENT = r"deaths?|discontinuations?|withdrawals?|hospitali[sz]ations?|interruptions?|(?:dose\s)?reductions?"
_CAUSED_HEAD = re.compile(
    rf"\b(?P<h>{_EVENT})\b[^.;]{{0,60}}?\b(?:as\sa\sresult\sof|due\sto|because\sof|owing\sto|attributed\sto|"
    r"caused\sby)\s(?!either\b)",
    re.IGNORECASE,
)
# "dose adjustments were frequent for A (26%)": an event noun said to be made for the items
_FOR_HEAD = re.compile(
    r"\b(?P<h>(?:dose\s)?(?:adjustments?|reductions?|interruptions?|modifications?|delays?|discontinuations?))\s"
    r"(?:were|was)\s(?:\w+\s){0,2}?(?:frequent|common|required|needed|necessary|made|reported)\s(?:for)\s",
    re.IGNORECASE,
)
_NOT_AN_EVENT = re.compile(r"\b(?:not|the|a|an|to|patients?|participants?|subjects?|this|these|their)\b", re.I)


def _closed_brackets_out(text: str) -> str:
    while True:
        shorter = re.sub(r"[(\[][^()\[\]]*[)\]]", "", text)
        if shorter == text:
            return text
        text = shorter


def _singular(noun: str) -> str:
    return re.sub(r"(?<=[a-z])s$", "", noun) if not noun.lower().endswith("ss") else noun


def headed_label(sentence: str, at: int) -> str | None:
    """The label of a number bracketed after an item of a list whose head names the event each item is a reason
    for ("the reasons for discontinuation were disease progression (16 patients, 55.2%)" -> "discontinuation due
    to disease progression"), or ``None``."""
    before = sentence[:at]
    opened = re.search(r"(?P<item>[^(),;:]+?)\s*[(\[](?:[^()\[\]]*[,;]\s*)?(?:n\s?=\s?)?$", before)
    if not opened:
        return None
    # the item runs from the word that opens the list, or from the conjunction after the item before it; an "and"
    # within it coordinates two terms the one bracket is about ("were A and B (28%)"): not read
    item = re.sub(r"^\s*(?:and|or)\s", "", opened.group("item"))
    item = re.split(
        r"\b(?:were|was|included|including|as\sa\sresult\sof|due\sto|because\sof|owing\sto|attributed\sto|"
        r"caused\sby|for)\s",
        item,
    )[-1].strip()
    if re.search(r"\band\b", item):
        return None
    if not item or re.search(r"\d", item) or len(item.split()) > 6:
        return None
    to_item = before[: opened.end("item")].rstrip()
    flat = _closed_brackets_out(to_item[: len(to_item) - len(item)])
    found: list[tuple[int, str]] = []
    for pattern, joint in ((_REASONS_HEAD, "due to"), (_CAUSED_HEAD, "due to"), (_FOR_HEAD, "for")):
        for m in pattern.finditer(flat):
            head = m.group("h").strip()
            if pattern is _REASONS_HEAD and _NOT_AN_EVENT.search(head):
                continue
            rest = flat[m.end() :]
            if re.search(r"[;.]\s|\b(?:were|was|had|occurred)\b", rest):
                continue  # the list ended before this item
            if pattern is not _FOR_HEAD:
                head = _singular(head) if " " not in head else head
            found.append((m.end(), f"{head} {joint} {item}"))
    return max(found)[1] if found else None


def without_other_grade(label: str, grade: str | None) -> str:
    """``label`` without a grade qualifier that says another grade than the number's ("Peripheral neuropathy of any
    grade" for the "grade 3 in 4 (13.8%)" of its elided clause -> "Peripheral neuropathy")."""
    if grade is None:
        return label
    out = label
    for m in reversed(list(_GRADE.finditer(label))):
        if _grade_value(m) != grade:
            out = out[: m.start()].rstrip() + " " + out[m.end() :].lstrip()
    out = re.sub(r"\s(?:of|with)\s*$", "", out.strip())
    return out.strip() or label


def one_bracket(sentence: str, lead_at: int, at: int) -> bool:
    """Are the numbers at ``lead_at`` and ``at`` within one bracket ("dry mouth (20.0%; 6/30; all grade 1)": the
    count after the "; " is the share's, not another clause's)?"""
    opened = max(sentence.rfind("(", 0, lead_at), sentence.rfind("[", 0, lead_at))
    if opened < 0 or max(sentence.rfind(")", 0, lead_at), sentence.rfind("]", 0, lead_at)) > opened:
        return False
    return not re.search(r"[()\[\]]", sentence[lead_at:at])


_OPENING_TERM = re.compile(
    r"^(?P<t>[A-Z][A-Za-z-]*(?:\s(?!(?:of|was|were|is|are|had|occurred|developed|in)\b)[A-Za-z-]+){0,4})\s"
    r"(?:of\s(?:any|all)\s|was\s|were\s|occurred\s|developed\s)"
)


def only_a_grade(label: str) -> bool:
    """Is ``label`` nothing but a grade ("grade 3 or higher", the subject of "..., grade 3 or higher in 4")?"""
    if re.fullmatch(r"\s*(?:or\s|and\s)?(?:higher|above|more|worse|greater)\s*", label, re.I):
        return True  # the rest of "grade 3 or higher" when a rule cut the subject at its "or"
    return bool(_GRADE.search(label)) and not re.sub(
        r"\b(?:or|and)\s(?:higher|above|more|worse|greater)\b", "", _GRADE.sub("", label)
    ).strip(" ,")


def graded_subject(sentence: str) -> str | None:
    """The AE term a sentence opens with, for a clause that elides it and says only a grade ("Pneumonitis of any
    grade was reported in 12 (8.1%), grade 3 or higher in 4 (2.7%)" -> "Pneumonitis"), or ``None``."""
    m = _OPENING_TERM.match(sentence)
    if not m or _GRADE.search(m.group("t")) or _HEAD.fullmatch(m.group("t")):
        return None
    return m.group("t")
