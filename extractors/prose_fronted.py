"""The phrase a sentence opens with, up to its first comma, read for the group it names (issue 9): a subgroup, a
setting, a line of therapy, a dose level or a disease ("For melanoma, ...", "Among women, ...", "In patients aged 75
years or older, ...", "In the neoadjuvant setting, ...", "At the recommended phase 2 dose, ...", "In the
biomarker-positive subgroup, ...") is the group of the clause it fronts; a time ("At data cutoff, ...", "At 12
weeks, ...", "After a median follow-up of 14 months, ..."), a method ("By investigator assessment, ...") or the whole
("Overall, ...", "In total, ...", "In this cohort, ...", "In the intention-to-treat population, ...", "Among
responders, ..." for what responders alone have) names none; a population or subgroup phrase that no form here reads
is reported ("its clause is fronted by a subgroup no rule reads"), never left to read as the whole trial's.

Only the layout and the kind of words are read: the preposition, the head of the phrase (a people word, a
subgroup word, a disease word, a dose word), never one paper's names."""

from __future__ import annotations

import re

# the opening phrase: a preposition, a noun phrase (an optional bracket, "(n = 24)"), then the sentence's first comma
_OPENING = re.compile(r"^(?P<prep>In|Among|For|At)\s(?P<np>[^,;()]{2,90}?)(?:\s?\([^()]{1,40}\))?,\s")

# names no group: an analysis set, the study or cohort as a whole, all patients, a time, an analysis
_ANALYSIS_SET = re.compile(
    r"\b(?:intention|intent|m?ITT|per[\s-]protocol|safety|efficacy|full[\s-]analysis|evaluable|as[\s-]treated|"
    r"pharmacokinetics?|PK|response[\s-]evaluable|modified)\b",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"^(?:(?:this|these|that|our|the\s(?:present|current|overall|whole|entire|total))\b|(?:all|total)\b|"
    r"(?:the\s)?(?:study|trial|analysis|series)$)",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:cut-?off|follow-?up|baseline|enrol?ment|screening|randomi[sz]ation|weeks?|months?|days?|years?|hours?|"
    r"cycles?|visits?|time|end|start|beginning|completion|lock|analysis|assessment|data|point|landmark|"
    r"last|first|second|third|final|interim|primary)\b",
    re.IGNORECASE,
)
# what only responders have: "Among responders, the median duration of response was ..."
_RESPONDERS = re.compile(
    r"^(?:the\s)?(?:\d+\s)?(?:responders|(?:patients|participants|those)\swho\s(?:responded|had\sa\sresponse))$",
    re.IGNORECASE,
)

_PEOPLE = r"(?:patients|participants|subjects|women|men|people|persons|adults|children|adolescents|pts)"
# the people a phrase is about: "women", "the elderly", "older patients", "EGFR-positive patients"
_PEOPLE_GROUP = re.compile(
    rf"^(?:the\s)?(?P<g>(?:[A-Za-z0-9-]+\s)?(?:women|men|elderly|adults|children|adolescents)"
    rf"|(?:older|younger|elderly|female|male|obese|[A-Za-z0-9-]+-(?:positive|negative|naive|naïve|refractory|resistant|"
    rf"sensitive|mutant|mutated|high|low|pretreated))\s{_PEOPLE})$",
    re.IGNORECASE,
)
# "patients with X", "patients without X", "patients aged 75 years or older", "those older than 70"
_PEOPLE_WITH = re.compile(
    rf"^(?:the\s)?(?:{_PEOPLE}|those)\s(?P<g>(?:with(?:out)?|aged|older\sthan|younger\sthan|harbou?ring)\s[^,]{{2,60}})$",
    re.IGNORECASE,
)
# "the neoadjuvant setting", "the biomarker-positive subgroup", "the squamous subset", "the PD-L1-high stratum"
_SUBGROUP_WORD = re.compile(
    r"^(?:the\s)?(?P<g>(?!(?:each|both|either|all|every|any|other|two|three|a|an)\b)[A-Za-z0-9][\w/+-]*"
    r"(?:\s[A-Za-z0-9][\w/+-]*){0,3}\s(?:subgroups?|subsets?|settings?|strat(?:um|a)|subpopulations?|populations?))$",
    re.IGNORECASE,
)
# a dose named by its role: "the recommended phase 2 dose", "the RP2D", "the MTD", "the maximum tolerated dose"
_DOSE_ROLE = re.compile(
    r"^(?:the\s)?(?P<g>(?:recommended\s(?:phase\s(?:2|II)\s)?dose|RP2D|MTD|maximum[\s-]tolerated\sdose|"
    r"highest\sdose(?:\slevel)?|lowest\sdose(?:\slevel)?))(?:\slevel)?$",
    re.IGNORECASE,
)
# a disease: "melanoma", "renal cell carcinoma", "NSCLC", "triple-negative breast cancer"
_DISEASE = re.compile(
    r"^(?:the\s)?(?P<g>(?:[A-Za-z0-9][\w-]*\s){0,3}(?:cancers?|carcinomas?|[a-z]*omas?|leuka?emias?|myelomas?|"
    r"tumou?rs?|diseases?)|[A-Z][A-Z0-9-]{1,6})$"
)
# endpoint and method acronyms a "For X," says what a value is of, no group
_NO_GROUP_ACRONYM = re.compile(
    r"^(?:ORR|DCR|CBR|PFS|OS|EFS|DFS|RFS|TTP|TTR|DOR|DoR|AEs?|SAEs?|TEAEs?|TRAEs?|CRR?|PR|SD|PD|HR|OR|RR|ITT|PK|QOL|"
    r"QoL|MTD|DLTs?|BICR|IRC|RECIST|CI|BOR|PRO|MMR|CCyR|MRD)$"
)
# a phrase about people or a subgroup that no form above reads: reported, never read as the whole trial's
_POPULATION_WORDS = re.compile(
    rf"\b(?:{_PEOPLE}|those|elderly|subgroups?|subsets?|settings?|strat(?:um|a)|subpopulations?|populations?|"
    r"dose(?:\slevel)?s?)\b",
    re.IGNORECASE,
)

FRONTED_HOW = "fronted subgroup or setting"
FRONTED_UNREAD_HOW = "none: fronted by a subgroup no rule reads"


def opening_phrase(sentence: str) -> re.Match[str] | None:
    """The phrase the sentence opens with, up to its first comma, when a preposition leads it."""
    return _OPENING.match(sentence.lstrip())


def fronted_group(sentence: str, at: int) -> tuple[str | None, str] | None:
    """The group the sentence's opening phrase names for the number at ``at`` (after the phrase), with how it was
    read: (name, FRONTED_HOW), (None, "none: fronted ...") for a time, a method or the whole, (None,
    FRONTED_UNREAD_HOW) for a population or subgroup phrase no form reads; ``None`` when the sentence opens with no
    such phrase, or it holds a number (a counted group: the count rules read it)."""
    lead = len(sentence) - len(sentence.lstrip())
    m = opening_phrase(sentence)
    if m is not None and m.end("np") + lead <= at < m.end() + lead:
        # "At the RP2D (n = 24), ...", "In pts with POD24 (n = 28), ...": the size in the phrase's own bracket is
        # of the group the phrase names
        sized = re.match(r"\s?\(\s?[nN]\s?=\s?\d+\s?\),\s$", sentence[m.end("np") + lead : m.end() + lead])
        return fronted_group(sentence, m.end() + lead) if sized else None
    if m is None or m.end() + lead > at:
        return None
    prep, np = m.group("prep"), m.group("np").strip()
    if re.match(r"(?:the\s|all\s|these\s|those\s)?\d", np) and prep != "At":
        return None  # "Among 87 evaluable patients, ...", "In the 10 mg group, ...": the sentence's own rules
    if _ANALYSIS_SET.search(np) or _WHOLE.match(np):
        return None, "none: fronted whole"
    if _RESPONDERS.match(np):
        return None, "none: fronted responders"
    if prep == "At":
        dose = _DOSE_ROLE.match(np)
        if dose:
            return dose.group("g"), FRONTED_HOW
        return None, "none: fronted time"
    for pattern in (_PEOPLE_WITH, _PEOPLE_GROUP, _SUBGROUP_WORD, _DOSE_ROLE):
        found = pattern.match(np)
        if found:
            return found.group("g"), FRONTED_HOW
    disease = _DISEASE.match(np)
    if disease and not _NO_GROUP_ACRONYM.match(disease.group("g")) and not _TIME.search(np):
        return disease.group("g"), FRONTED_HOW
    if _POPULATION_WORDS.search(np) and not _TIME.search(np):
        return None, FRONTED_UNREAD_HOW
    return None
