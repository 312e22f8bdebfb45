"""What group a prose number is about, from the words of its clause: a dose ("at 70 mg/m²"), a group, arm or
cohort the clause names ("in the placebo group", "assigned to usual care", "TNBC cohort", an arm name the paper
uses without "group": "with vernakalant"), the nearest by the words between (a group after a statement is its
own unless another statement's number stands between); a group fronted by the sentence ("At 70 mg/m² dose
level, ...") or by an earlier one ("Among 87 patients with mTNBC, ..."); none when nothing names one (the
whole trial)."""

from __future__ import annotations

import re

from extractors.prose_clause_heads import clause_heads, head_text
from extractors.prose_continuous import measured_for, route_said_after
from extractors.prose_fronted import fronted_group
from extractors.prose_terms import clause_around

_GROUP = re.compile(
    r"(?:\bin\sthe\s|\bin\s|\bfor\sthe\s|\bwith\s|\bassigned\sto\s|\breceiving\s|\bon\s)"
    r"(?P<g>(?:the\s)?(?!(?:each|both|either|all|every|any|two|three|their|its|this|that)\b)"
    # "in the intention-to-treat population", "in the safety population": an analysis set is the whole trial
    r"(?!(?:the\s)?(?:modified\s)?(?:intention|intent|m?ITT|per[\s-]protocol|safety|efficacy|full\sanalysis|evaluable|"
    r"as[\s-]treated|pharmacokinetics?|PK)\b[\w\s-]{0,24}?\spopulation\b)"
    r"(?:(?!\b(?:patients|participants|subjects|in|with|among)\b)[A-Za-z0-9 ²/.+–-]){2,41}?"
    r"\s(?:group|arm|cohort|population|part))\b",
    re.IGNORECASE,
)
# "218 were assigned to the delayed-cardioversion group and 219 to the early-cardioversion group": an arm
# named "the X group" whatever the preposition before it (X: one to three words, no article or preposition; a
# dose's unit may open with "µ": "the 10 µM X group")
_THE_GROUP = re.compile(
    r"\bthe\s(?P<g>(?:(?!(?:the|of|in|and|or|with|to|vs|versus|two|three|both|each|same|other|whole|entire|"
    r"overall|study|treatment)\b)[A-Za-z0-9µμ][A-Za-z0-9µμ²/.+–-]*\s){1,3}(?:group|arm|cohort))\b",
    re.IGNORECASE,
)
# "in Arm A", "to Cohort 2", "for Part B": a group named by a capitalised group word and a letter or number
_LETTERED = re.compile(
    r"\b(?:[Ii]n|[Tt]o|[Ff]or|[Oo]n|[Ww]ith|[Oo]f|[Aa]mong)\s(?:the\s)?(?P<g>(?:Arm|Cohort|Group|Part|Stage|arm|cohort|group|part|stage)"
    r"\s(?:[A-Z]|\d{1,2}[A-Za-z]?)(?![\w-]))"
)
_ASSIGNED = re.compile(
    r"\bassigned to (?:receive\s)?(?P<g>[a-z][a-z -]{2,40}?)(?=[,;(.]|\s(?:and|had|was|were|or)\b)", re.IGNORECASE
)
_DOSE_UNIT = r"\d+(?:\.\d+)?\s?(?:mg/m²|mg/m2|mg/kg|mg\s?kg[–−-]1|mg|µg|μg|[µμ]M)(?:\s?Q\dW)?"
# a dose names a group after a preposition ("at 70 mg/m²", "with 10 µM trabedersen"), after an elided
# assignment ("18 patients to 3 mg kg–1": "were randomised to"), or as the attribute of "treated patients"
# ("11 out of 17 (65%) 3 mg kg–1 treated patients")
_DOSE = re.compile(
    r"(?:\b(?:at|with|of|received|receiving)\s(?:[A-Z][A-Za-z]*-?\d+\s|the\s)?(?:at\s)?"
    r"|\b(?:randomi[sz]ed|assigned|allocated|patients|participants|subjects)\sto\s"
    # "At dosage level 3 (95 mg/m2), two of the 4 patients": the dose a level's name brackets
    r"|\b(?:dose|dosage)\slevel\s[A-Za-z0-9-]{1,4}\s\(\s?"
    rf"|(?<![\w.])(?={_DOSE_UNIT}[\s-]treated\s(?:patients|participants|subjects)\b))"
    rf"(?P<g>{_DOSE_UNIT})(?![\w/])(?!\s?(?:[lL]|[dm][lL])(?:[–−-]1|\b))",  # "36 mg l–1": a concentration
    re.IGNORECASE,
)


_POPULATION = re.compile(
    r"\b(?:patients|participants|subjects)\swith\s(?P<g>(?:(?!(?:with|and|the|who|had|have|were|was|any|prior|"
    r"previous|known)\b)[a-z][a-z-]{3,}\s){0,2}(?:[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\s?){1,3})"
)
# "TNBC patients had received ...", "Of all TNBC patients, 20.8% ...": a population named by its acronym
_ACRONYM_PATIENTS = re.compile(
    r"\b(?!(?:AEs?|SAEs?|TEAEs?|TRAEs?|ORR|DCR|PFS|OS|CR|PR|SD|PD|DLTs?|ECOG|ITT|mITT|PK|PP)\b)"
    r"(?P<g>[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\s(?:patients|participants|subjects)\b"
)


# "in Japanese subjects", "In Caucasian subjects, ...", "Among Caucasian women": a population named by a proper
# adjective after a preposition
_PROPER_POPULATION = re.compile(
    r"\b(?:[Ii]n|[Aa]mong|[Ff]or|[Oo]f)\s(?:the\s)?(?P<g>(?!(?:The|All|These|Those|Both|Each|Other|Such|Some|Most|"
    r"Many|Several|Evaluable|Eligible|Treated)\b)[A-Z][a-z]{3,})\s(?:subjects|volunteers|patients|participants|"
    r"women|men)\b"
)


# "in the dose-escalation phase", "during the expansion part", "in the phase II portion": a phase or portion of a
# dose-finding or phase I/II design; "in the fed state", "under fasting conditions": a condition of a food-effect
# design. Each is a group of its own patients (or occasions), whatever the sentence's subject.
_STUDY_PART = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Ff]or|[Uu]nder|[Oo]f)\s(?:the\s)?"
    r"(?P<g>(?:dose[\s-])?(?:escalation|expansion|finding)\s(?:phase|part|portion|stage)"
    r"|phase\s(?:I{1,3}|[1-3])[ab]?\s(?:portion|part|stage)"
    r"|(?:fed|fasted|fasting)\s(?:state|conditions?))\b",
    re.IGNORECASE,
)


# "13.6% in those with wild type", "(75.0%) in patients who had a CYP2D6 variant": a group said right after
_POPULATION_AFTER = re.compile(
    r"^\)?\s?(?:\([^()]*\)\s?)?(?:in|among)\s(?:the\s)?(?:patients|participants|subjects|those)\s(?:with|who had|"
    r"who were|(?P<without>without))\s(?P<g>(?:[^,;()\d]|(?<=[A-Za-z-])\d){3,50}?)"
    r"(?=\s(?:and|or|vs\.?|versus|than|compared)\b|\s?[,;()]|\.?$|"
    r"\s?(?:of\s)?(?:[≥≤<>]|below|above|under|over|at least|less than|more than|greater than)\s?\d)"
)
# "41% among men and 29% among women": a sex said right after a number (its unit and bracket past)
_SEX_AFTER = re.compile(
    r"^\)?\s?%?\s?(?:[a-z]{1,8}\s)?(?:\([^()]*\)\s?)?(?:in|among|for)\s(?:the\s)?(?P<g>men|women|males|females|boys|girls)\b",
    re.IGNORECASE,
)
_SEX_ANY = re.compile(r"\b(?:in|among|for)\s(?:the\s)?(?P<g>men|women|males|females|boys|girls)\b", re.IGNORECASE)
# what patients were given, or underwent, said after a number: "(4.4%) who underwent PCI", "of patients receiving
# the high dose", "of those allocated to usual care", "receiving enalapril"
_GIVEN = (
    r"(?:who\s(?:received|underwent|were\s(?:given|assigned\sto|allocated\sto|randomi[sz]ed\sto|treated\swith))|"
    r"receiving|given|treated\swith|assigned\sto|allocated\sto|randomi[sz]ed\sto|undergoing)\s"
)
_GIVEN_AFTER = re.compile(
    r"^\)?\s?(?:\([^()]*\)\s?)?(?:(?:patients|participants|subjects)\s)?(?:(?:of|in|among)\s(?:the\s)?"
    rf"(?:patients|participants|subjects|those)\s)?{_GIVEN}"
    r"(?P<g>(?!(?:at\sleast|any|all|one|two|a\stotal|prior|previous|concomitant)\b)[A-Za-z][^,;()\[\]\d]{1,48}?)"
    r"(?=\s(?:and|or|vs\.?|versus|than|compared|as|whereas|while|but|had|were|was|in|at|during|for|by)\b|"
    r"\s?[,;()\[\]]|\.?$)",
    re.IGNORECASE,
)
_GIVEN_ANY = re.compile(rf"(?:\b(?:patients|participants|subjects|those)|\d%?\)?)\s{_GIVEN}", re.IGNORECASE)


# "in obese patients", "among older participants": a population described by one adjective, said after a number
_DESCRIBED = (
    r"(?:in|among|of)\s(?P<g>(?!(?:all|the|these|those|other|such|some|most|many|several|both|each|evaluable|eligible|"
    r"treated|randomi[sz]ed|remaining|enrolled|included|assessable|analy[sz]ed|our|their|its)\b)[a-z][a-z-]{2,}"
    # a marker's status: "PD-L1-positive", "EGFR-mutant", "HER2-low"
    r"|[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-[a-z]{3,})\s"
    r"(?P<p>patients|participants|subjects|volunteers|adults|children)\b"
)
_DESCRIBED_AFTER = re.compile(
    rf"^\)?\s?(?:[A-Za-zµμ/%]+(?:\s[A-Za-z/]+)?\s?)?(?:\([^()]*\)\s?)?(?:of\s(?:the\s)?(?:patients|participants|"
    rf"subjects)\s)?{_DESCRIBED}"
)
# "11 vaccine recipients", "84.7% of placebo recipients": the arm the patients received, said right after a number
_RECIPIENTS_AFTER = re.compile(
    r"^\)?\s?%?\s?(?:\([^()]*\)\s?)?(?:(?:of|in|among)\s(?:the\s)?)?"
    r"(?P<g>(?!(?:all|the|these|those|other|both|each|eligible|evaluable|transplant|organ|kidney|liver|heart)\b)"
    r"[A-Za-z][\w-]*)\srecipients\b"
)
_RECIPIENTS_COUNTED = re.compile(
    r"^\d[\d,]*\s(?P<g>(?!(?:all|the|these|those|other|both|each|eligible|evaluable|transplant|organ|kidney|liver|"
    r"heart)\b)[A-Za-z][\w-]*)\srecipients\b"
)
_RECIPIENTS_ANY = re.compile(
    r"(?<![\w-])(?P<g>(?!(?:all|the|these|those|other|both|each|eligible|evaluable)\b)[A-Za-z][\w-]*)\srecipients\b"
)
_DESCRIBED_ANY = re.compile(rf"(?:\d%?|[)\]]|[A-Za-zµμ/]+)\s{_DESCRIBED}")


def _a_given_group(sentence: str, name: str, arms: frozenset[str]) -> bool:
    """Is what the patients were given a group: an arm the paper names, or one of two or more the sentence sets
    side by side the same way ("of patients given A and ... of those given B")? "72% of patients receiving
    statins" names a medication, not a group."""
    bare = re.sub(r"^the\s", "", name.strip(), flags=re.IGNORECASE).lower()
    return bare in arms or len(_GIVEN_ANY.findall(sentence)) >= 2


# the cut-off that defines a subgroup after its marker: "of 50% or more", "≥50%", "below 1%", "of at least 1%"
_CUT_OFF = re.compile(
    r"\s?(?:of\s)?(?:[≥≤<>]=?\s?|(?:below|above|under|over|at least|less than|more than|greater than)\s)?"
    r"\d+(?:\.\d+)?\s?%(?:\s(?:or|and)\s(?:more|greater|higher|above|less|lower|below))?"
)
_SPREAD = re.compile(
    r"^\s?(?:[A-Za-zµ/%]{1,12}\s)?\(\s?(?:s\.?d\.?|SD|SE|s\.?e\.?|range|IQR|interquartile range(?:\s?\[IQR\])?|±)?"
    r"[:,]?\s?"
    r"(?:[-\d.,\s–±]|\bto\b)+(?:\s?[a-z]{1,7})?\)",
    re.IGNORECASE,
)
# a number another statement begins with, in digits or in words ("five deaths in the dabigatran group")
_A_NUMBER = re.compile(
    r"(?<![\w.])\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)\b",
    re.IGNORECASE,
)


def group_of(sentence: str, at: int, end: int | None = None, arms: frozenset[str] = frozenset()) -> str | None:
    """The group the clause around ``at`` names (a dose, an arm, a cohort, "patients with TNBC"), or ``None``
    (the whole trial). A group named after the statement (which ends at ``end``) is as near as the words
    between them: "in 608 of 4668 patients (13.0%) in the liraglutide group and in 694 of 4672 patients
    (14.9%) in the placebo group" gives 694 the placebo group, not the group named just before it."""
    return group_binding(sentence, at, end, arms)[0]


_GROUP_KINDS = (
    "dose",
    "in X group",
    "the X group",
    "lettered arm",
    "assigned to",
    "patients with",
    "acronym patients",
    "proper-adjective population",
    "study phase or condition",
    "X-treated patients",
)

# "29% of capecitabine-treated patients", and the suspended first term of "33% of sunitinib- and 29% of
# capecitabine-treated patients": the arm a share of treated patients is of
_TREATED = re.compile(
    r"(?<![\w-])(?P<g>[A-Za-z][A-Za-z0-9]{2,})-(?=treated\s(?:patients|participants|subjects)\b|"
    r"\s(?:and|or)\s(?:\d[^.;]{0,30}?\s)?[A-Za-z][A-Za-z0-9]{2,}-treated\s(?:patients|participants|subjects)\b)"
)


# ("7.5 h (range 4.0–10.0 h) after the 10 mg dose": a time after a dose level is that dose level's)
_DOSE_SAID_AFTER = re.compile(
    r"^\s?(?:months?|weeks?|days?|years?|h|hours?|%)?\s?(?:[(\[][^()\[\]]*[)\]]\s?)?(?:for|with|at|in|on|after)\s"
    r"(?:the\s)?"
    rf"(?P<g>{_DOSE_UNIT})(?:\s[a-z][a-z-]+)?(?=\s?[,;.)]|\s(?:and|or|compared|versus|vs\.?|than|group|arm)\b|$)"
)


_SAID_AFTER_HEAD = r"\s?(?:months?|weeks?|days?|years?|%)?\s?(?:[(\[][^()\[\]]*[)\]]\s?)?for\s(?:the\s)?"
_DOSE_SAID_ANYWHERE = re.compile(rf"\d(?:\.\d+)?{_SAID_AFTER_HEAD}{_DOSE_UNIT}")
_NAMED_AFTER = re.compile(
    rf"^{_SAID_AFTER_HEAD}(?P<g>[a-z][a-z-]+(?:\s[a-z][a-z-]+)?)(?=\s?[,;.(]|\s(?:and|or|compared|versus|vs\.?)\b|$)"
)


def group_binding(
    sentence: str, at: int, end: int | None = None, arms: frozenset[str] = frozenset()
) -> tuple[str | None, str]:
    """:func:`group_of`, with how the clause binds the group: "said after", "fronted", or the kind of name
    ("dose", "the X group", "arm name" ...) and whether it stands "before" or "after" the number."""
    start, clause = clause_around(sentence, at)
    local_at = at - start
    local_end = max(local_at, (end if end is not None else at) - start)
    after = _POPULATION_AFTER.match(sentence[end if end is not None else at :])
    if after:  # "18.2% in those with single heterozygous": the group the number is said of, right after it
        tail = _CUT_OFF.match(sentence[(end if end is not None else at) + after.end("g") :])
        # ("67% in those without liver metastases": the group is the condition's absence)
        lead = "without " if after.group("without") else ""
        return (lead + after.group("g").strip() + (f" {tail.group(0).strip()}" if tail else "")), "said after"
    sex = _SEX_AFTER.match(sentence[end if end is not None else at :])
    if sex and len({m.group("g").lower() for m in _SEX_ANY.finditer(sentence)}) >= 2:
        # "41% among men and 29% among women": the sexes the sentence sets side by side, each said after its value
        return sex.group("g"), "sex said after"
    given = _GIVEN_AFTER.match(sentence[end if end is not None else at :])
    if given and re.match(
        r",?\s(?:and|or)\s(?!(?:in|among|with|for|on|at|to|from|the\s\w+\s(?:group|arm))\b)[^,;.()\d]{2,40}?"
        r"(?=[,;.()]|\s(?:groups|arms|cohorts|respectively)\b|$)",
        sentence[(end if end is not None else at) + given.end() :],
    ):
        given = None  # "25% and 40% of patients receiving A and B, respectively": groups named together, a pairing's
    if given and _a_given_group(sentence, given.group("g"), arms):
        # "in 22 patients (4.4%) who underwent PCI and in 28 (5.7%) who received medical therapy alone", "in 51.7%
        # of patients given vernakalant and 5.2% of those given amiodarone": the group the number is said of
        return re.sub(r"^the\s", "", given.group("g").strip(), flags=re.IGNORECASE), "given, said after"
    recipients = _RECIPIENTS_AFTER.match(sentence[end if end is not None else at :]) or _RECIPIENTS_COUNTED.match(
        sentence[at:]
    )
    if recipients and (
        recipients.group("g").lower() in arms
        or len({r.group("g").lower() for r in _RECIPIENTS_ANY.finditer(sentence)}) >= 2
    ):
        # "in 11 vaccine recipients and in 185 placebo recipients", "84.7% of vaccine recipients and 19.2% of placebo
        # recipients": what they received, said right after the number, set beside another the same way
        return recipients.group("g"), "recipients, said after"
    described = _DESCRIBED_AFTER.match(sentence[end if end is not None else at :])
    if described and len({d.group("g").lower() for d in _DESCRIBED_ANY.finditer(sentence)}) >= 2:
        # "clearance was 1.83 L/min in obese patients, compared with 1.44 L/min in lean patients": populations the
        # sentence sets side by side the same way, each said right after its value, are the values' groups
        return f"{described.group('g')} {described.group('p')}", "described population, said after"
    dose_after = _DOSE_SAID_AFTER.match(sentence[end:]) if end is not None else None
    if dose_after and not re.search(r"\brespectively\b", sentence):
        # "39.1 months (95% CI 31.6 to ND) for 10 µM X and 35.2 months (...) for 80 µM X": the dose level said
        # right after the number (and its spread) is its group, whatever population scopes the clause
        return dose_after.group("g").strip(), "dose said after"
    route = route_said_after(sentence, end) if end is not None else None
    if route:  # "35.2 L/h following intravenous administration and 298.4 L/h following oral administration"
        return route, "route said after"
    measured = measured_for(sentence, end) if end is not None else None
    if measured:  # "388 µg·h/mL for the tablet and 402 µg·h/mL for the capsule"
        return measured, "measured for its group, after"
    parallel = _NAMED_AFTER.match(sentence[end:]) if end is not None else None
    if parallel and len(_DOSE_SAID_ANYWHERE.findall(sentence)) >= 2 and not re.search(r"\brespectively\b", sentence):
        # "39.1 months for 10 µM X and 35.2 months for 80 µM X compared with 21.7 months (...) for standard
        # chemotherapy": the last of values each said "for" its arm, the others' arms dose levels
        return parallel.group("g").strip(), "arm said after, parallel to doses"
    closing = _closing_group(sentence, at, end) if end is not None else None
    if closing:  # "diarrhea (5%), and nausea (4%) in the B arm": the group that closes the list of items
        return closing, "closes its list, after"
    candidates: list[tuple[int, str, str]] = []
    paralleled = False
    grouped_after = False  # groups named together after the number
    patterns = [
        *(_DOSE, _GROUP, _THE_GROUP, _LETTERED, _ASSIGNED, _POPULATION, _ACRONYM_PATIENTS, _PROPER_POPULATION),
        _STUDY_PART,
        _TREATED,
    ]
    # "12 minutes (IQR 8-24) with vernakalant", "(2.1%) after tenecteplase": an arm the paper names, without "group"
    if arms:
        # a name stops at a word's end, never inside a hyphenated one ("nivolumab" is not the start of the
        # "nivolumab-plus-ipilimumab group"); a hyphenated name is also printed with spaces ("... plus ipilimumab")
        names = "|".join(
            re.escape(a).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]") for a in sorted(arms, key=len, reverse=True)
        )
        patterns.append(
            re.compile(
                rf"\b(?:with|in|on|receiving|for|after)\s(?:the\s)?(?P<g>(?:{names}))(?![\w-])(?!\s(?:group|arm))"
                # a name said with another ("with A and B versus ...", "with A and placebo"): the group is both, not
                # the arm the name alone is; "with A and 23% with B" goes on to the next statement
                r"(?!\s(?:and|or)\s(?!(?:in|on|with|among|the|those|patients)\b|\w+\s(?:group|arm))[A-Za-z])",
                re.I,
            )
        )
    for kind, pattern in zip((*_GROUP_KINDS, "arm name"), patterns, strict=False):
        for m in pattern.finditer(clause):
            opened, closed = clause.rfind("(", 0, m.start()), clause.find(")", m.end())
            if m.end() <= local_at and opened >= 0 and ")" not in clause[opened : m.start()] and 0 <= closed < local_at:
                continue  # "Of 76 women (38 each in the A and B groups), 70 (92.1%) ...": a bracket's own group
            between = clause[local_at : m.start()].lstrip("0123456789.,")
            if m.start() > local_at and re.search(r"(?<![\w.])\d+\s(?:[a-z]+\s)?(?:were|was|had)\b", between):
                continue  # "5523 were screened and 200 were assigned to X": the group is of the number after
            if pattern is _POPULATION and re.search(
                r"\b(?:proportions?|percentages?|numbers?|shares?|fractions?|rates?)\sof\s(?:the\s|all\s)?$",
                clause[: m.start()],
            ):
                continue  # "the proportion of patients with HbA1c below 7% was 52%": what is counted, not a group
            # its own spread ("(s.d.: 17.3)", "(29.1)", "(range, 2-8)") is no other number
            after_it = re.sub(_SPREAD, "", clause[local_end : m.start()])
            # "Seven patients (8.4%) with X support": a count's own share, bracketed after it, is no other number
            # (and "84% (63 out of 75) of patients in the control group": a share's own count and base)
            after_it = re.sub(
                r"^%?\s?(?:patients|participants|subjects)?\s?\(\s?(?:\d+(?:\.\d+)?\s?%|\d+\s?(?:/|of|out\sof)\s?\d+)\s?\)",
                "",
                after_it,
            )
            if local_end == local_at:  # no end given: the number itself is the first word
                after_it = re.sub(r"^\S+", "", after_it)
            if m.start() >= local_end and _A_NUMBER.search(after_it) and not _closes_list(clause, local_at, after_it):
                continue  # "52 of 75 (69.3%) ... and 8 of 75 (10.7%) receiving placebo": placebo is of 8
            if m.start() >= local_end and (
                _COMPARATOR.search(clause[local_end : m.start("g")])
                or re.search(r"\bcomparing\b", clause[local_end : m.start("g")], re.IGNORECASE)
            ):
                # "with A (20%, 95% CI ...) compared with B": B is the comparator's group, not 20%'s; "trial (n = 106)
                # comparing A with B": the arms the trial compares, neither the number's
                continue
            if (
                m.start() >= local_end
                and re.match(r"\s?[(\[]\s?[-−]?\d", clause[m.end() :])
                and re.search(r"\b(?:and|or|whereas|while|but)\b", clause[local_end : m.start()])
            ):
                continue  # "... and the B group (42%, ...)": the group of the number bracketed after it
            if m.end() <= local_at and _trails_other(clause, m, local_at, local_end):
                paralleled = True
                continue  # "40% with A and 40% with B": A closes the earlier number's statement
            if (
                pattern is _ASSIGNED
                and m.end() <= local_at
                and re.match(
                    r"\s?(?:\([^)]*\))?,?\sand\s(?!(?:had|has|was|were|received|then|completed)\b)(?:the\s)?[A-Za-z]",
                    clause[m.end() :],
                )
            ):
                # "Of the patients assigned to A (n = 48) and B (n = 46), 14 (29%) had ...": one of the groups the
                # statement after them is of (both, or each its own), not its group alone
                continue
            if re.match(r"\s?(?:\([^)]*\))?,?\s(?:or|versus|vs\.?)\s", clause[m.end() :]) and not (
                m.start() >= local_end and re.match(r",?\s(?:versus|vs\.?)\s[-−]?\d", clause[m.end() :])
            ):
                # "assigned to receive X (563 patients) or Y (562 patients)": one of several arms; but "45% in the
                # A group versus 30% in the B group": the group said right after the number, the next one's after it
                continue
            if m.start() >= local_end and re.match(
                # an arm name's partner drug first: "with A plus B and C plus B, respectively"
                r"(?:\s(?:plus|\+)\s[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)?(?=,?\s(?:and|or)\s))?"
                r"(?:,\s(?!(?:and|or|in|among|with|for|on|at|to|from)\b)[^,;.()\d]{2,40}?)*"
                r",?\s(?:and|or)\s(?!(?:in|among|with|for|on|at|to|from|the\s\w+\s(?:group|arm|cohort)\b)\b)"
                r"[^,;.()\d]{2,40}?(?=[,;.()]|\s(?:groups|arms|cohorts|respectively)\b|$)",
                clause[m.end() :],
            ):
                # "25% and 40% of patients receiving A and B", "... in the A and B groups", "... in the A, B and C
                # groups": the first of coordinated groups after the number is a pairing's (or the pooled groups'),
                # not this number's alone
                grouped_after = True
                continue
            if m.start() >= local_end:
                distance = m.start() - local_end
            elif m.end() <= local_at:
                distance = local_at - m.end()
                coordinated = r"\b(?:and|or|vs\.?|versus|while|whereas|compared with|than)\b"
                if re.search(coordinated, clause[m.end() : local_at]):
                    distance += 60  # "12.2% in the A group and 27.0% in the B group": A is the earlier coordinate's
                elif _A_NUMBER.search(re.split(r"[,;]", clause[: m.start()])[-1]):
                    distance += 60  # "in 5 (46%) patients in part 1, 12 (32%) in part 2": part 1 is 5's
            else:
                distance = 0
            # "patients with TNBC" is a population the clause may only mention; an arm or a dose is nearer
            side = "after" if m.start() >= local_end else "before" if m.end() <= local_at else "around"
            name = m.group("g").strip()
            if pattern is _POPULATION:
                cut = _CUT_OFF.match(clause[m.end("g") :])
                if cut:  # "patients with PD-L1 of 50% or more": the subgroup is the marker at its cut-off
                    name = f"{name} {cut.group(0).strip()}"
            candidates.append((distance + (20 if pattern is _POPULATION else 0), name, f"{kind}, {side}"))
            if pattern is _ACRONYM_PATIENTS and m.end() <= local_at:
                candidates[-1] = (max(0, distance - 60), *candidates[-1][1:])  # the clause's subject: its scope
    if not candidates and paralleled:
        return None, PARALLEL_HOW  # its own group, said as the earlier one's was, is not one the patterns read
    if not candidates and grouped_after:
        return None, COORDINATED_HOW
    if not candidates:
        headed = head_group(sentence, at)
        if headed is not None:
            return headed
        subject = subject_arm(sentence, at, arms)
        if subject:  # "Sunitinib dosing was interrupted in 52% of patients, while capecitabine treatment was ..."
            return subject, "arm as its clause's subject"
        # "At 70 mg/m² dose level (n = 107), 104 patients had ..., and 50 patients had ...": a group fronted
        # before the sentence's first comma is the group of all its clauses
        fronted = re.match(r"(?:At|In|Among|For|With|Of|During|Under)\s[^,;]{2,80},", sentence)
        found = single_group(fronted.group(0)) if fronted and fronted.end() <= at else None
        if found:
            return found, "fronted"
        got = given_head(fronted.group(0)[:-1]) if fronted and fronted.end() <= at else None
        if got and arms and got.split()[0].lower() in arms:
            # "For patients receiving A plus B, the median OS was 15.6 months": the arm the fronted people received
            return got, "fronted, given"
        # "For melanoma, ...", "In the neoadjuvant setting, ...", "Among women, ...": a subgroup, setting, line,
        # dose level or disease fronted by the sentence (prose_fronted.py); a time, a method or the whole names none
        opening = fronted_group(sentence, at)
        after = _UNREAD_GROUP_AFTER.match(sentence[end:]) if opening is None and end is not None else None
        if after is not None and not _WHOLE_SET.search(after.group(0)):
            # "51% in the PD-L1-high subgroup; 33% in ...", "63% in cohort beta": the number's own group, said right
            # after it in words no pattern read -- never the whole trial's
            return None, UNREAD_AFTER_HOW
        return opening if opening is not None else (None, "none")
    distance, best, how = min(candidates)
    said_after = sentence[end:] if end is not None else ""
    if (
        how.endswith(", before")
        and _OWN_GROUP_AFTER.match(said_after)
        and (distance >= 60 or _PARALLEL_GROUPS_AFTER.match(said_after))
    ):
        # "12.2 months (...) among 292 patients in the A group and 9.4 months (...) among 290 patients in the B
        # group", "68.4% [...] with A vs. 48.7% [...] with B": the group before closes the earlier number's
        # statement; "in the RAS G12 population was 7.3 months with A and 3.5 months with B": the group before
        # scopes both, each number's own said right after it the same way; neither in words a pattern read
        return None, OWN_AFTER_HOW
    return re.sub(r"^the\s", "", best, flags=re.IGNORECASE), how


OWN_AFTER_HOW = "none: its own group is said after it, unread"
UNREAD_AFTER_HOW = "none: a group is said right after it, unread"
# a part of the trial named right after a number (past its unit and its bracket), by a noun that says it is one:
# "in the PD-L1-high subgroup", "among the expansion cohort", "in cohort B", "in part 2"
_UNREAD_GROUP_AFTER = re.compile(
    r"^\s?(?:[A-Za-zµ/%]{1,12}\s?)?(?:[(\[][^()\[\]]*[)\]]\s?)?(?:in|among|for)\s(?:the\s|each\s)?"
    r"(?:(?:[\w+/-]+\s){0,4}?(?:sub-?groups?|cohorts?|groups?|arms?|sub-?populations?|populations?|strat(?:um|a)"
    r"|subsets?)\b|(?:cohort|arm|group|part|stage)\s[A-Z0-9][\w-]*\b)",
    re.IGNORECASE,
)
# the whole trial, or an analysis set of it, named by such a noun: "in the overall / intention-to-treat / safety
# population", "in all groups", "in each arm", "in the study population"
_WHOLE_SET = re.compile(
    r"\b(?:overall|total|entire|whole|all|both|each|every|study|trial|intention|itt|mitt|safety|efficacy|full|analysis|"
    r"analyzed|analysed|evaluable|treated|per-protocol|protocol|modified|enrolled|randomi[sz]ed)\b",
    re.IGNORECASE,
)
# "7.3 months with daraxonrasib and 3.5 months with chemotherapy": a group said after the number, then the next
# number with its group said after it by the same preposition
_PARALLEL_GROUPS_AFTER = re.compile(
    r"^\s?(?:[A-Za-zµ/%]{1,12}\s?)?(?:[(\[][^()\[\]]*[)\]]\s?)?(?P<p>with|in|among|for|on|receiving)\s(?:the\s)?"
    r"[A-Za-z][\w -]{0,40}?,?\s(?:and|versus|vs\.?|compared\swith)\s[-−]?\d[\d.]*\s?(?:%|[a-z]{1,8})?\s?"
    r"(?:[(\[][^()\[\]]*[)\]]\s?)?(?P=p)\s"
)
# a group phrase right after a number (past its unit and its bracket): "... among 290 patients in the B group",
# "[95% CI, 40.4 to 56.9] with crizotinib", "with high-dose edoxaban (hazard ratio, ...)"
_OWN_GROUP_AFTER = re.compile(
    r"^\s?(?:[A-Za-zµ/%]{1,12}\s?)?(?:[(\[][^()\[\]]*[)\]]\s?)?(?:among\s\d[\d,]*\s(?:patients|participants|subjects)\s)?"
    r"(?:with|in|among|for|receiving|on)\s(?:the\s|those\s)?"
    r"(?!(?:a|an|hazard|median|mean|respect\w*|both|all|each|total|terms?|favou?r|which|whom|this|that)\b)[A-Za-z]"
)


def head_group(sentence: str, at: int) -> tuple[str | None, str] | None:
    """With two or more clause heads before the number ("Among 16 FISH-tested patients ..., and among 13 NGS-tested
    patients was ...", "For melanoma, ...; for NSCLC, ..."), the group the nearest head names, or none (its own
    group said as the earlier one's was, in words no pattern reads); ``None`` when the sentence has no such heads."""
    if len(clause_heads(sentence, len(sentence))) < 2:
        return None
    heads = clause_heads(sentence, at)
    if not heads:
        return None
    found = single_group(head_text(heads[-1]))
    if found:
        return found, "clause head"
    given = given_head(head_text(heads[-1]))
    if given:  # "Among participants who received A, ...; among those who received B, ...": what each head's got
        return given, "clause head, given"
    return None, PARALLEL_HOW


# "Among participants who received A plus B", "For those assigned to placebo": a head naming people by what they got
_GIVEN_HEAD = re.compile(
    rf"^(?:[Aa]mong|[Ii]n|[Ff]or|[Oo]f)\s(?:the\s|all\s)?(?:\d+\s)?(?:patients|participants|subjects|those)\s{_GIVEN}"
    r"(?P<g>(?!(?:at\sleast|any|all|one|two|a\stotal|prior|previous|concomitant)\b)[A-Za-z][^,;()\[\]\d]{1,48}?)\s?$",
    re.IGNORECASE,
)


def given_head(head: str) -> str | None:
    """The regimen a clause head's people were given ("Among participants who received A plus B" -> "A plus B"),
    or ``None``."""
    m = _GIVEN_HEAD.match(head.strip())
    return re.sub(r"^the\s", "", m.group("g").strip(), flags=re.IGNORECASE) if m else None


# a clause opening with an arm's name as the subject of its verb, or the name of its giving ("Sunitinib dosing was
# interrupted in 52%", "while capecitabine was dose-reduced in 35%")
_SUBJECT_ARM = re.compile(
    r"^(?:the\s)?(?P<a>[A-Za-z][\w-]*(?:\s(?:plus|\+)\s[A-Za-z][\w-]*)?)"
    r"(?:\s(?:dosing|treatment|therapy|administration|dose))?\s(?:was|were|resulted|led|caused|produced)\b"
)
_CLAUSE_OPENS = re.compile(r",?\s(?:while|whereas|but)\s|;\s|,\sand\s(?=[A-Za-z]+\s(?:\w+\s)?(?:was|were)\b)")


def subject_arm(sentence: str, at: int, arms: frozenset[str]) -> str | None:
    """The arm the clause holding ``at`` opens with as its subject ("Sunitinib dosing was interrupted in 52% of
    patients, while capecitabine treatment was interrupted in 46%": sunitinib is 52%'s, capecitabine 46%'s), when
    every word of the name is an arm's (a comparator "control" is left out: "Control was achieved in 60%")."""
    cuts = [m.end() for m in _CLAUSE_OPENS.finditer(sentence[:at])]
    clause = sentence[cuts[-1] if cuts else 0 : at]
    m = _SUBJECT_ARM.match(clause)
    if m is None or re.search(r"\d", clause[: m.end()]):
        return None
    words = [w.lower() for w in re.findall(r"[\w-]+", m.group("a")) if w.lower() not in ("plus", "+")]
    names = {w for a in arms for w in re.findall(r"[\w-]+", a.lower())} - {"control", "controls", "care"}
    if not words or not all(w in names for w in words):
        return None
    rest = clause[m.end() :]
    if _COMPARATOR.search(rest) or {w.lower() for w in re.findall(r"[\w-]+", rest)} & (names - set(words)):
        return None  # "A was discontinued in 6.9% and placebo in 2.9%", "... vs 7.4%": another group's said too
    return m.group("a")


PARALLEL_HOW = "none: its own group is said as another's, unread"
COORDINATED_HOW = "none: groups named together after it, none its own"
_COMPARATOR = re.compile(r"\b(?:compared (?:with|to)|than|versus|vs\.?|relative to)\s", re.IGNORECASE)
# "hand–foot syndrome (16%), diarrhea (5%), and neutropenia (4%) in the capecitabine arm": the items of a list,
# each a term with its number bracketed, that a group closes
_LIST_TO_GROUP = re.compile(
    r"(?:\)?\s?[,;]?\s?(?:and\s|or\s)?(?!(?:in|among|for|with|receiving|on|at|the)\s)[A-Za-zα-ω](?:(?!\s(?:in|among|for|with|receiving|on|at)\s)[^\d()\[\];.]){0,50}?"
    r"\s?\([^()]*\))*\)?\s?,?\s?"
)
_GROUP_PREPOSITION = re.compile(r"(?:in|with|for|on|at|among|receiving)\s", re.IGNORECASE)


def _closes_list(clause: str, at: int, after_it: str) -> bool:
    """Is the number at ``at`` bracketed after a term, one item of a list of such items that the group after
    ``after_it`` closes ("diarrhea (5%), and neutropenia (4%) in the capecitabine arm")?"""
    return clause[:at].rstrip().endswith("(") and bool(_LIST_TO_GROUP.fullmatch(after_it.rstrip()))


def _closing_group(sentence: str, at: int, end: int) -> str | None:
    """The group that closes the list the number at ``at`` is an item of, each item a term with its number
    bracketed ("neutropenia (11%), fatigue (8%), and anemia (6%) in the A arm and rash (16%), ...": the A arm
    is 11%'s), across the ", and" before the last item; ``None`` when the list runs on into no group."""
    if not sentence[:at].rstrip().endswith("("):
        return None
    items = _LIST_TO_GROUP.match(sentence, end)
    if not items or not sentence[items.start() : items.end()].strip(" )"):
        return None  # no items after its own: the clause's own rules read the group right after the number
    for pattern in (_GROUP, _THE_GROUP, _LETTERED, _DOSE):
        m = pattern.match(sentence, items.end())
        if m:
            return re.sub(r"^the\s", "", m.group("g").strip(), flags=re.IGNORECASE)
    return None


def _trails_other(clause: str, m: re.Match[str], at: int, end: int) -> bool:
    """Does the group ``m`` named before the number at ``at`` close an earlier number's statement, the number
    taking a group of its own by the same preposition after it ("OS was 40% (95% CI ...) with A and 40% (95%
    CI ...) with B": A is the first 40%'s)?"""
    prep = _GROUP_PREPOSITION.match(m.group(0))
    if not prep or not re.search(r"\b(?:and|or|whereas|while|but)\b", clause[m.end() : at]):
        return False
    if not _A_NUMBER.search(re.split(r"[,;]", clause[: m.start()])[-1]):
        return False
    return bool(re.match(rf"\s?\)?\s?(?:\([^()]*\)\s?)?{prep.group(0)}", clause[max(at, end) :], re.IGNORECASE))


_COORDINATED_DOSE = re.compile(rf"\b(?:and|or)\s(?P<g>{_DOSE_UNIT})(?![\w/])", re.IGNORECASE)


def single_group(text: str) -> str | None:
    """The group a stretch of text names, when it names exactly one (doses, "X group", "patients with X")."""
    kinds: dict[str, dict[str, str]] = {}
    for kind, pattern in (
        ("dose", _DOSE),
        ("arm", _GROUP),
        ("arm", _THE_GROUP),
        ("arm", _LETTERED),
        ("arm", _STUDY_PART),
        ("population", _POPULATION),
        ("population", _ACRONYM_PATIENTS),
        ("population", _PROPER_POPULATION),
    ):
        for m in pattern.finditer(text):
            name = re.sub(r"^the\s", "", m.group("g").strip(), flags=re.IGNORECASE)
            kinds.setdefault(kind, {}).setdefault(re.sub(r"\W", "", name.lower()), name)
    if "dose" in kinds:  # "with 50 mg/m² (n = 11) and 70 mg/m² (n = 76)": a dose coordinated with one named
        for m in _COORDINATED_DOSE.finditer(text):
            kinds["dose"].setdefault(re.sub(r"\W", "", m.group("g").lower()), m.group("g").strip())
    found = {k: v for names in kinds.values() for k, v in names.items()}
    if len(found) == 1:
        return next(iter(found.values()))
    parts = [n for n in found.values() if re.match(r"(?:part|phase|stage)\s", n, re.I)]
    if len(parts) == 1 and all(n in parts or n in kinds.get("dose", {}).values() for n in found.values()):
        # "Eleven patients were enrolled in part 1: one patient received 1 mg kg–1, three ... 3 or 6 mg kg–1": the
        # dose levels break the one study part down; the text is about the part
        return parts[0]
    populations = kinds.get("population", {})
    if len(populations) == 1 and len(kinds.get("dose", {})) >= 2 and "arm" not in kinds:
        # "patients with TNBC ... four responses at 50 mg/m² and 18 at 70 mg/m²": the dose levels break the
        # one population down; the paragraph is about the population
        return next(iter(populations.values()))
    return None


def population_of(text: str) -> str | None:
    """The one population ("patients with TNBC") a stretch of text names, or ``None``."""
    found = {re.sub(r"\W", "", m.group("g").lower()): m.group("g").strip() for m in _POPULATION.finditer(text)}
    return next(iter(found.values())) if len(found) == 1 else None


def any_group(text: str) -> bool:
    """Does the text name any group at all?"""
    return any(
        p.search(text)
        for p in (_DOSE, _GROUP, _THE_GROUP, _LETTERED, _POPULATION, _ACRONYM_PATIENTS, _PROPER_POPULATION, _STUDY_PART)
    )


def group_of_n(text: str, n: int) -> str | None:
    """The group whose size the text states as ``n`` ("Among 87 evaluable patients with mTNBC", "of the 18
    patients with HER2-negative BCBM"), when it names one: the N a statement is of tells whose it is."""
    found: dict[str, str] = {}
    for m in re.finditer(rf"(?<![\d.,/]){n}(?![\d.,/%])(?P<rest>[^.;]{{0,60}})", text):
        pop = _POPULATION.match(
            re.sub(r"^\s(?:[A-Za-z-]+\s){0,2}?(?=(?:patients|participants|subjects)\b)", "", m.group("rest"))
        )
        if pop:
            name = pop.group("g").strip()
            found.setdefault(re.sub(r"\W", "", name.lower()), name)
    return next(iter(found.values())) if len(found) == 1 else None


_RUN_IN = re.compile(r"^(?:[A-Z][a-z]+(?:\s[a-z]+){0,3}\s)?[A-Z][A-Za-z-]+(?:\s[A-Za-z-]+){0,2}\.\s+(?=[A-Z])")


def section_group(text: str, paragraph_starts: list[int], at: int) -> str | None:
    """The group a run-in section states in its first sentence ("Safety. At 70 mg/m² dose level (n = 107),
    ..."), for a later paragraph of that section that names no group of its own."""
    for start in reversed([p for p in paragraph_starts if p <= at]):
        head = _RUN_IN.match(text[start : start + 80])
        if head:
            first = text[start + head.end() :]
            end = re.search(r"\.\s+[A-Z]", first)
            return single_group(first[: end.start()] if end else first[:300])
    return None


def named_groups(text: str) -> list[str]:
    """The groups a stretch of text names, in the order it names them (each once)."""
    found: list[tuple[int, str]] = []
    for pattern in (_DOSE, _GROUP, _THE_GROUP, _LETTERED, _ASSIGNED, _POPULATION, _STUDY_PART):
        for m in pattern.finditer(text):
            found.append((m.start(), re.sub(r"^the\s", "", m.group("g").strip(), flags=re.IGNORECASE)))
    out: list[str] = []
    for _, name in sorted(found):
        if all(re.sub(r"\W", "", name.lower()) != re.sub(r"\W", "", o.lower()) for o in out):
            out.append(name)
    return out
