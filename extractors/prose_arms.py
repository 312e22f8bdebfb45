"""The arms a paper names, and the arm a bracketed prose number is about.

Trial papers name their arms the same way throughout: "randomly assigned to eplerenone", "the placebo group",
"LCI699 0.25 mg BID [n=32]". A number printed in brackets right after one of those names is about that arm,
not about an endpoint called "placebo": "among the LCI699 (42.7%), eplerenone (39.4%), and placebo (48.5%)
groups", "than with placebo (0%)", "(LCI699 0.25 mg BID [n=2], 1 mg QD [n=1]; eplerenone [n=1])".

Rules, each about how papers write, not about one paper:

- an arm is named by "the X group/arm", "assigned/randomi[sz]ed to X", or by a name given a group size in
  brackets ("placebo [n=33]", "eplerenone (n = 33)") in a list of such names;
- a term before a number's bracket is an arm when it carries a dose ("1 mg QD") or when its words are arm
  words (the words the arm names are made of, less generic ones: "group", "dose", "patients").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractors.prose_people_groups import contrasted_people, treated_group
from extractors.prose_regimens import regimen_names

_DOSE_TERM = re.compile(r"\d(?:[\d.,⁄/]*)\s?(?:mg|µg|μg|mcg|g|mg/kg|mg/m²|mg/m2|iu|u|(?-i:[µμn]M))\b", re.IGNORECASE)
_NAMED = (
    re.compile(
        r"\bthe\s(?P<g>(?:(?!(?:the|of|in|and|or|with|to|vs|versus|two|three|both|each|same|other|whole|entire|"
        r"overall|study|treatment)\b)[A-Za-z0-9][A-Za-z0-9²/.+-]*\s){1,3})(?:group|arm|cohort)s?\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:randomly\s)?(?:assigned|randomi[sz]ed|allocated)\s(?:\(?\d:\d(?::\d)?\)?\s|in\sa\s\d:\d(?::\d)?\sratio\s)?"
        r"to\s(?:receive\s)?(?:either\s)?"
        r"(?P<g>[A-Za-z][A-Za-z0-9²/.+-]*(?:\s[A-Za-z0-9²/.+-]+){0,3}?)(?=\s?[,;(.]|\s(?:or|and|group|arm|plus)\b)",
        re.IGNORECASE,
    ),
)
# "placebo [n=33]" / "eplerenone (n = 33)": a name given its group size, in a sentence that assigns patients
_SIZED = re.compile(r"(?P<g>[A-Za-z][A-Za-z0-9²/.+⁄-]*(?:\s[A-Za-z0-9²/.+⁄-]+){0,4})\s?[(\[]\s?[nN]\s?=\s?\d+\s?[)\]]")
_ASSIGNING = re.compile(r"\b(?:randomi[sz]ed|randomly|assigned|allocated)\b", re.IGNORECASE)
_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "with",
        "to",
        "for",
        "group",
        "groups",
        "arm",
        "arms",
        "cohort",
        "cohorts",
        "patients",
        "patient",
        "participants",
        "subjects",
        "dose",
        "doses",
        "dosage",
        "level",
        "levels",
        "daily",
        "twice",
        "once",
        "bid",
        "qd",
        "tid",
        "mg",
        "treatment",
        "therapy",
        "receive",
        "received",
        "receiving",
        "either",
        "both",
        "all",
        "each",
        "total",
        "usual",
        "standard",
    ]
)


# analysis sets and statistics a paper names like arms ("the ITT group", "the AE group"): not regimens
_SETS = frozenset({"itt", "pp", "fas", "ae", "aes", "sae", "pk", "pd", "os", "pfs", "orr", "dcr", "cr", "pr", "sd"})

# the comparator arms every trial design names the same way
_COMPARATORS = frozenset({"placebo", "control", "controls", "sham", "vehicle", "usual care", "standard care"})


# "randomly assigned in a 1:1:1 ratio to receive A, B, or C": the alternatives after the first are arms too (each cut
# at "plus" / "with" / "at": "placebo plus chemotherapy" is the placebo arm)
_ALTERNATIVES = re.compile(
    r"\b(?:randomly\s)?(?:assigned|randomi[sz]ed|allocated)\s(?:\(?\d:\d(?::\d)?\)?\s|in\sa\s\d:\d(?::\d)?\sratio\s)?"
    r"to\s(?:receive\s)?(?:either\s)?(?P<list>[A-Za-z][^.;:()\[\]]{2,160}?)(?=\s?[.;:(\[]|$)",
    re.IGNORECASE,
)
_ALTERNATIVE = re.compile(
    # "to A or investigator's choice of chemotherapy": the regimen chosen is the arm
    r"^(?:(?:investigator|physician|treating\sphysician)['’]s\schoice\sof\s)?(?P<g>[A-Za-z][A-Za-z0-9²/.+-]*(?:\s[A-Za-z0-9²/.+-]+){0,3}?)(?:\s(?:plus|with|at|for|in)\b.*)?$"
)


def _alternatives(text: str) -> list[str]:
    """The second and later arms of "assigned to receive A or B" / "A, B, or C" (the first is _NAMED's)."""
    out: list[str] = []
    for m in _ALTERNATIVES.finditer(text):
        parts = [p.strip() for p in re.split(r",\s(?:or\s)?|\sor\s", m.group("list")) if p.strip()]
        if len(parts) < 2 or len(parts) > 4 or not re.search(r"\bor\s", m.group("list")):
            continue
        for part in parts[1:]:
            said = _ALTERNATIVE.match(part)
            if said is None:
                continue
            out.append(said.group("g"))
    return out


# "zelarutamide plus ADT (Z-ADT)": an arm's regimen given a short name in brackets right after it
# (each drug may carry its dose: "pemtuzumab 200 mg plus ilorvimab 50 mg (PEM+ILO50)")
_DRUG_DOSE = r"(?:\s\d+(?:\.\d+)?\s?(?:mg/kg|mg/m2|mg/m²|mg|µg|μg|mcg))?"
_ABBREVIATED = re.compile(
    rf"\b(?P<name>[A-Za-z][\w-]*{_DRUG_DOSE}(?:\s(?:plus|\+|and|with)\s[A-Za-z][\w-]*{_DRUG_DOSE}){{0,2}})"
    r"\s\((?P<a>[A-Z][A-Za-z0-9+-]{1,9})\)"
)


def _printed_names(text: str, regimens: bool = False) -> list[str]:
    """The arm names the paper prints; with ``regimens``, each arm's whole regimen too (prose_regimens.py: "A plus
    B", "A 37.5 mg daily" as "A", the arms of "120 received A and 118 received B", "a trial of A versus B")."""
    names = [m.group("g") for pattern in _NAMED for m in pattern.finditer(text)]
    names.extend(_alternatives(text))
    if regimens:
        names.extend(regimen_names(text))
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", text):
        if _ASSIGNING.search(sentence):
            names.extend(m.group("g") for m in _SIZED.finditer(sentence))
    # a short name the paper gives an arm's regimen: the regimen starts with an arm's own first word
    firsts = {w.lower() for n in names for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", n)[:1]} - _GENERIC
    firsts |= {c for c in _COMPARATORS if " " not in c}  # "placebo plus fulvestrant (P+F)"
    for m in _ABBREVIATED.finditer(text):
        first = m.group("name").split()[0].lower()
        if first in firsts and m.group("a").lower() not in _SETS and len(m.group("name").split()) > 1:
            names.append(m.group("a"))
    return names


def arm_words(text: str) -> frozenset[str]:
    """The words the paper's arm names are made of (lowercased), generic words left out, with the comparator
    words of any trial design ("placebo", "control", "usual care")."""
    words: set[str] = {w for c in _COMPARATORS for w in c.split() if w not in _GENERIC}
    for name in _printed_names(text, regimens=True):
        for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", name):
            if w.lower() not in _GENERIC and len(w) > 2:
                words.add(w.lower())
    return frozenset(words)


def arm_names(text: str) -> frozenset[str]:
    """The paper's arm names as wholes (lowercased, generic words trimmed from their ends): "eplerenone",
    "early rhythm control", "placebo" -- never a word of one ("early" alone is not an arm)."""
    names: set[str] = set(_COMPARATORS)
    for name in _printed_names(text, regimens=True):
        # ("nivolumab + ipilimumab": a "+" between a combination's drugs is a word of its name)
        words = [w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9²/.+-]*(?:['’][a-z]+)?|(?<!\S)\+(?!\S)", name)]
        while words and words[0] in _GENERIC:
            words.pop(0)
        while words and words[-1] in _GENERIC:
            words.pop()
        # an arm named by its regimen's acronym ("the GV arm", "the GP arm") is a name however short
        acronym = (
            len(words) == 1
            and bool(re.fullmatch(r"[A-Z]{2,3}|[A-Z](?:[+/-]?[A-Z]){1,4}", name.strip()))  # "T+F", "P-ADT"
            and words[0] not in _SETS
        )
        if words and (len(" ".join(words)) >= 4 or acronym) and not any(w.isdigit() for w in words):
            names.add(" ".join(words))
            if len(words) > 1 and words[0] in _SCHEDULE:
                names.add(" ".join(words[1:]))  # "once-weekly semavide" is printed "semavide" too
    return frozenset(names)


# how or how often an arm's drug is given, printed before its name in the design and left out later
_SCHEDULE = frozenset(
    {"once-weekly", "once-daily", "twice-daily", "weekly", "daily", "monthly", "oral", "intravenous", "subcutaneous",
     "inhaled", "topical", "intranasal"}
)  # fmt: skip


# the term right before the bracket: after the last list separator or preposition. A word's letters are taken
# possessively (``*+``): a word cut in two pieces never makes a match one piece per word does not, and trying
# every cut made long sentences take exponential time
_BEFORE_BRACKET = re.compile(
    r"(?:^|[,;(]\s?|\b(?:and|or|with|than|vs\.?|versus|to|among|the|in|for|on|of)\s)"
    r"(?P<term>(?:(?!(?:and|or|with|than|vs|versus|to|among|the|in|for|on|of)\b)[A-Za-z0-9µμ][A-Za-z0-9µμ²/.+⁄-]*+\s?){1,6})$",
    re.IGNORECASE,
)


def arm_before(sentence: str, at: int, arms: frozenset[str]) -> str | None:
    """The arm named right before the bracket that holds the number at ``at`` ("eplerenone (39.4%)",
    "1 mg QD [n=1]"), as printed, or ``None``."""
    before = sentence[:at].rstrip()
    if before.endswith(("n=", "n =", "N=", "N =")):
        before = before[: before.rfind("n" if "n" in before[-3:] else "N")].rstrip()
    if not before.endswith(("(", "[")):
        return None
    people = treated_group(before) or contrasted_people(sentence, at)  # prose_people_groups.py
    if people:
        return people
    m = _BEFORE_BRACKET.search(before[:-1].rstrip())
    if not m:
        return None
    term = m.group("term").strip()
    term = re.sub(r"^(?:(?:receive|received|receiving|either|both)\s)+", "", term, flags=re.IGNORECASE)
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", term)]
    if _DOSE_TERM.search(term) and len(term.split()) <= 5:
        return term
    content = [w for w in words if w not in _GENERIC]
    if content and all(w in arms for w in content) and len(content) <= 4:
        return term
    return None


class Arms(NamedTuple):
    """What a paper calls its arms: the words their names are made of, the names, the names it calls its own
    trial by (prose_study.own_names), the arms it compares by name throughout (see :func:`compared_arms`), and
    whether it allocates patients to three or more groups."""

    words: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()
    compared: frozenset[str] = frozenset()
    many: bool = False  # the paper allocates patients to three or more groups (prose_ratio_doubts.many_groups)


_COMPARED_MENTIONS = 3  # an arm a randomised comparison runs on is named again and again


def compared_arms(text: str) -> frozenset[str]:
    """The arms a paper compares by name ("the early-cardioversion group" and "the delayed-cardioversion group",
    each named by "the X group" or "assigned to X" at least three times), when there are at least two; else
    none (a single-arm or dose-escalation trial)."""
    counts: dict[str, int] = {}
    for name in _printed_names(text):
        words = [w.lower() for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9²/.+-]*", re.sub(r"-\s", "-", name))]
        while words and words[0] in _GENERIC:
            words.pop(0)
        while words and words[-1] in _GENERIC:
            words.pop()
        if words:
            key = " ".join(words)
            counts[key] = counts.get(key, 0) + 1
    compared = frozenset(n for n, c in counts.items() if c >= _COMPARED_MENTIONS)
    return compared if len(compared) >= 2 else frozenset()


NO_ARMS = Arms()
