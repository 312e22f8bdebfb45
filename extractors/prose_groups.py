"""The group a prose number is about when no arm is printed before it: the i-th group of a
"respectively" statement, the group its clause names, or the one its paragraph names; and whether its
sentence contrasts groups (then it is the group of none)."""

from __future__ import annotations

import re

from extractors.prose_doubts import paired_values
from extractors.prose_group_names import (
    any_group,
    group_binding,
    group_of_n,
    named_groups,
    population_of,
    section_group,
    single_group,
)
from extractors.prose_headings import heading_group
from extractors.prose_respectively import endpoint_list, respectively_groups
from extractors.prose_text import Text, sentence_of
from extractors.regex import literal_spans


def compared_after(rest: str) -> bool:
    """ "fell by 8.70 mm Hg (95% CI ...) more with spironolactone than with placebo": one number, then both arms
    it compares -- a difference between them, the group of neither."""
    words = re.split(r"(?<![\w.])\d", rest, maxsplit=1)[0]
    return bool(
        re.match(r"^\s?(?:\([^)]*\)\s?)?(?:more|less|greater|lower|higher|larger|smaller|longer|shorter)\b", words)
        and re.search(r"\bthan\b", words)
    )


def contrast(sentence: str) -> bool:
    """Does the sentence compare groups (its p-value is then about the contrast, not one group)?"""
    if re.search(r"\b(?:vs\.?|versus|compared with|compared to|than|between|differen(?:ce|ces|t))\b", sentence, re.I):
        return True
    if (
        re.search(r"\b(?:hazard|odds|risk) ratio\b|\b(?:HR|OR|RR)\b", sentence)
        or len(respectively_groups(sentence)) >= 2
    ):
        return True  # the p-value of the sentence's ratio, or of the groups it pairs
    if len(_VALUE_OF_GROUP.findall(sentence)) >= 2:
        return True  # "was 8.7% in A-treated patients and 4.9% in placebo-treated patients (P = 0.12)"
    return len(named_groups(sentence)) >= 2


# a value said of the group right after it: "8.7% in dulopram-treated patients", "12 months with A"
_VALUE_OF_GROUP = re.compile(
    r"\d(?:%|\s(?:months?|weeks?|days?|years?|patients))?\s(?:in|with|among|for)\s(?:the\s)?(?:[A-Za-z][\w-]*-treated|"
    r"[A-Za-z][\w-]*\s(?:group|arm))\b"
)


def respective_group(text: Text, sentence: str, at: int, sentence_start: int, stat: str) -> str | None:
    """ "did not differ between the groups (5.8±21.9 and 5.1±15.5, respectively)": the i-th value is of the
    i-th group the paragraph named before, when the sentence names none itself."""
    if "respectively" not in sentence or named_groups(sentence):
        return None
    if not re.search(r"\b(?:groups|arms|cohorts|between the|in each)\b", sentence) and (
        endpoint_list(sentence, at, stat) or not re.search(r"\bof (?:the )?(?:patients|participants)\b", sentence)
    ):
        return None  # "median PFS and OS were 4.8 and 14.1 months, respectively": a list of endpoints
    groups = named_groups(_paragraph_before(text, sentence_start))
    if len(groups) < 2:
        return None
    unbracketed = re.sub(r"\[[^\]]*\]", lambda b: " " * len(b.group(0)), sentence)
    if stat in ("mean", "sd", "se"):
        kind = r"\d+(?:\.\d+)?\s?±"
    elif stat in ("percent", "rate"):
        kind = r"\d+(?:\.\d+)?\s?%"
    else:
        kind = r"\d+(?:\.\d+)?\s?(?:months?|weeks?|days?|years?)"
    values = [v.start() for v in re.finditer(kind, unbracketed)]
    index = sum(1 for v in values if v < at)
    if len(values) == len(groups[-len(values) :]) and len(values) <= len(groups) and index < len(values):
        return groups[len(groups) - len(values) + index]
    return None


_SLASH_VALUES = re.compile(r"-?\d+(?:\.\d+)?\s?%?(?:\s?/\s?-?\d+(?:\.\d+)?\s?%?)+")
_SLASH_GROUPS = re.compile(
    r"\b(?P<kind>Arm|Group|Cohort|Part|Stage)s?\s(?P<names>[A-Z0-9]{1,3}(?:\s?/\s?[A-Z0-9]{1,3})+)\b", re.IGNORECASE
)


def slash_group(sentence: str, at: int) -> str | None:
    """ "T cell responses developed in 20%/60%/100% of pts in Arms A/B/C": the i-th of values joined by slashes
    is the i-th of groups joined by slashes after them, when the two lists are as long."""
    for values in _SLASH_VALUES.finditer(sentence):
        if not values.start() <= at < values.end() or "%" not in values.group(0):
            continue
        groups = _SLASH_GROUPS.search(sentence, values.end())
        if groups is None:
            return None
        names = [n.strip() for n in groups.group("names").split("/")]
        items = [v.start() + values.start() for v in re.finditer(r"-?\d+(?:\.\d+)?", values.group(0))]
        if len(items) != len(names):
            return None
        index = sum(1 for v in items if v <= at) - 1
        return f"{groups.group('kind').capitalize()} {names[index]}" if 0 <= index < len(names) else None
    return None


def _paragraph_before(text: Text, at: int) -> str:
    start = max((p for p in text.paragraphs if p <= at), default=0)
    return text.text[start:at]


_WHOLE = re.compile(
    r"\b(?:all\s(?:(?P<n>\d+)\s)?(?:patients|participants|subjects)|a total of|in total"
    # "Across all dose levels, ...", "across both phases": the groups pooled, the whole trial
    r"|across\s(?:(?:all|both|the|two|three|four|five)\s)?(?:[\w-]+\s)?(?:levels|cohorts|arms|groups|phases|parts|"
    r"portions|doses|stages))\b",
    re.IGNORECASE,
)


_LEGEND_START = re.compile(r"(?<![^\s])(?:Fig(?:ure)?\.?|FIGURE)\s?\d+[A-Za-z]?\s?[|.:]\s")


# "in the mono cohorts", "with the dose-escalation arms": a group named in the plural (several cohorts of one kind)
_PLURAL_GROUP = re.compile(
    r"\b(?:in|for|with|among|of)\s(?:the\s)?(?P<g>(?:(?!(?:the|two|three|four|both|all|each|other|these|those|their|"
    r"treatment|study|dose|different|remaining|respective)\b)[A-Za-z0-9][A-Za-z0-9²/.+-]*\s){1,3})(?:groups|arms|cohorts)\b",
    re.IGNORECASE,
)


def _other_plural_group(text: str, found: str) -> bool:
    """Does ``text`` name, in the plural, a group other than ``found``?"""
    own = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", found)}
    for m in _PLURAL_GROUP.finditer(text):
        words = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", m.group("g"))}
        if words and not words <= own:
            return True
    return False


# "one patient treated at", "two patients who received": a dose said of the few patients a clause counts
_SOME_AT_DOSE = re.compile(
    r"\b(?:one|a|a single|two|three|four|five|\d)\s(?:other\s|additional\s)?(?:patients?|participants?|subjects?)\s"
    r"(?:(?:who\s(?:was|were)\s)?(?:treated|dosed)\s(?:at|with)|receiving|who\sreceived)\s(?:the\s|a\s)?$",
    re.IGNORECASE,
)


def _dose_of_some(text: str, dose: str) -> bool:
    """Is every mention of ``dose`` in ``text`` the dose a few counted patients received?"""
    at = [start for start, _ in literal_spans(dose, text)]
    return bool(at) and all(_SOME_AT_DOSE.search(text[max(0, a - 60) : a]) for a in at)


def paragraph_group(text: Text, at: int) -> tuple[str | None, str]:
    """The one group the paragraph names before this sentence ("At 70 mg/m² dose level (n = 107), ...";
    "In all patients with TNBC, ..."), or ``None`` when it names none or several; with where it was read
    ("all N patients", "paragraph's one group", "running fronted group", "paragraph's one population",
    "run-in section's group")."""
    starts = [p for p in text.paragraphs if p <= at] or [0]
    sentence_start, own = sentence_of(text.text, at, at)
    whole = _WHOLE.search(own)
    if whole:
        # "A total of 155 patients", "all patients": the whole trial; "all 18 patients" is the group whose size
        # the text states as 18, if it states one, else the whole trial
        found = group_of_n(text.text[:at], int(whole.group("n"))) if whole.group("n") else None
        if found:
            return found, "all N patients"
        # "Across both doses, ..." under the heading "Part 2: randomised dose comparison": the whole of the part
        found = heading_group(text, at)
        return found, "heading's group, all of it" if found else "whole trial"
    here = text.text[starts[-1] : max(starts[-1], sentence_start)]
    legends = list(_LEGEND_START.finditer(here))
    if legends:
        # "Fig. 3 | Waterfall plot in the patients with TNBC after 50 mg/m² (n = 11) and 70 mg/m² (n = 76). Based
        # on BOR, 22 patients ...": a figure's legend is about what its title names, not the text run in before it
        here = here[legends[-1].start() :]
    found, how = single_group(here), "paragraph's one group"
    if found and _dose_of_some(here, found):
        # "... one patient treated at 240 mg/m2 achieved a partial response. Three patients achieved stable disease":
        # a dose the paragraph names only as what a few patients received is theirs, not the paragraph's group
        found = None
    if found and _other_plural_group(here, found):
        # "... in the mono cohorts and 8 (42%) pts in the combo cohort ...": a paragraph that also names another
        # group in the plural ("the X cohorts", "the X arms") names two; neither is every sentence's
        found = None
    own_before = own[: max(0, at - sentence_start)]
    if found and ((any_group(own_before) and single_group(own_before) != found) or _OWN_GROUP_WORDS.search(own)):
        # "... 24.0 months with 80 µM trabedersen, and 8.0 months with standard chemotherapy", "One patient in
        # each arm had PD", "... in part 2": the sentence names its own groups (another number's before this
        # one, or ones the reader cannot parse); the paragraph's group is not this number's
        return None, "none: the sentence names its own groups"
    if found and re.search(r"\b(?:group|arm)$", found, re.I):
        # an arm of a randomised comparison: its numbers name it in their own sentence; a sentence that does
        # not is about the trial ("218 were assigned to the X group ... The mean age was 65 years")
        found = None
    if found is None:
        found, how = _running_group(here), "running fronted group"
    if found is None and not any_group(here):
        # "Efficacy. ... 12 patients were not evaluable ... 87 (88.1%) of the 101 patients with TNBC were
        # included ...": the one population a paragraph names is the group of its sentences that name none
        ends = [p for p in text.paragraphs if p > at]
        paragraph = text.text[starts[-1] : ends[0] if ends else len(text.text)]
        population = single_group(paragraph)
        if (
            population
            and population == population_of(paragraph)
            and not _fronted_later(paragraph, population, at - starts[-1])
        ):
            found, how = population, "paragraph's one population"
    sentence = sentence_of(text.text, at, at)[1]
    whole = re.search(r"\b(?:all patients|all participants|overall|total of|in total)\b", here + " " + sentence, re.I)
    if found is None and not whole and not any_group(here) and not any_group(sentence):
        found, how = section_group(text.text, text.paragraphs, at), "run-in section's group"
    if (
        found is None
        and not _WHOLE_OF_SECTION.search(here + " " + sentence)
        and not any_group(here)
        and not any_group(sentence)
        and not _OWN_GROUP_WORDS.search(own)
    ):
        # "Cohort B (TNBC)" on a line of its own, then "The median PFS was 5.9 months": the subsection's group
        found, how = heading_group(text, at), "heading's group"
    return found, how if found else "none"


# the whole trial said of a sentence under a heading ("overall" of an endpoint, "overall response rate", is no whole)
_WHOLE_OF_SECTION = re.compile(
    r"\b(?:all patients|all participants|overall(?!\s(?:response|survival|objective|complete))|total of|in total)\b",
    re.IGNORECASE,
)


# groups a sentence names by words the group patterns do not read: "in each arm", "in both parts 2 and 3",
# "in part 2", "in both groups", "(two from each arm)"
_OWN_GROUP_WORDS = re.compile(
    r"\b(?:in|for|of|from)\s(?:each|both|either)\s(?:arms?|groups?|cohorts?|parts?)\b|\b(?:in|for)\s(?:both\s)?"
    r"(?:parts?|cohorts?|stages?)\s\d\b"
    # "In a subset of 16 patients previously treated with X, ...": a subgroup of the paragraph's group, its own
    r"|\b(?:in|among|for)\s(?:a|the|this|that)\s(?:subset|subgroup)\b",
    re.IGNORECASE,
)


# a word a number names a time point or a stage by ("cycle 3", "week 12", "part 2"): no value of a list
_STAGE_BEFORE = re.compile(
    r"\b(?:cycles?|weeks?|days?|months?|years?|visits?|grades?|parts?|stages?|phases?|cohorts?|arms?)\s$", re.I
)


_FRONTED = re.compile(r"(?:Among|In|For|Of|At|During|Under)\s[^,;]{2,100},")


def _running_group(before: str) -> str | None:
    """ "Among 87 evaluable patients with mTNBC, 22 patients (25.3%) achieved a response. The DCR was 67.8%.
    The median PFS ...": the group a sentence fronts scopes the sentences after it that name no group, until
    one names another."""
    sentences = [x for x in re.split(r"(?<=[.;])\s+(?=[A-Z])", before) if x.strip()]
    for previous in reversed(sentences):
        if not any_group(previous):
            continue
        fronted = _FRONTED.match(previous.strip())
        group = single_group(fronted.group(0)) if fronted else None
        return None if group and re.search(r"\b(?:group|arm)$", group, re.I) else group
    return None


def _fronted_later(paragraph: str, population: str, at: int) -> bool:
    """ "The disease control rate was 52%. Among patients with KRAS-mutant tumors, 4 of 13 ...": is the population
    first named after ``at`` (an offset in ``paragraph``), by a sentence that fronts it ("Among / In / For patients
    with X, ...")? A subgroup fronted later scopes its own sentence and those after, not those before it."""
    first = paragraph.find(population)
    if first < at:
        return False
    head = paragraph[:first]
    start = max(head.rfind(". "), head.rfind("; "))
    return bool(re.match(r"(?:Among|In|For|Of)\s[^,;.]{0,60}$", head[start + 2 if start >= 0 else 0 :]))


IMPLIED_HOW = "respectively pairing, unsaid"
# a count spelled out at the head of a list of values
_NUMBER_WORD = (
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty)\b"
)
CONTRAST_HOW = "none: one value of the groups it sets against each other"


def clause_group(
    sentence: str, at: int, stat: str, end: int | None = None, arms: frozenset[str] = frozenset()
) -> tuple[str | None, str]:
    """The group of the number at ``at``: the i-th group of a "respectively" / "X vs Y groups" statement for
    its i-th value of the same kind, else the group its clause names; with how it was bound
    ("respectively pairing", or :func:`group_binding`'s kind)."""
    stated = "respectively" in sentence or " vs" in sentence
    listed = None if stated else paired_values(sentence, at, stat)
    # "(63 and 57% of patients in the A and B arms)": a list of as many values as the groups it names is theirs
    # in order, "respectively" unsaid
    pairs = respectively_groups(sentence) if stated or listed else []
    if listed and len(pairs) != listed[1]:
        pairs = []
    if pairs:
        unbracketed = re.sub(r"[(\[][^)\]]*[)\]]", lambda b: " " * len(b.group(0)), sentence)
        # a mean change said in percent ("were -0.2%, -0.7%, and -0.9% for A, B, and C") is listed as percentages
        percent = stat in ("percent", "rate") or bool(re.match(r"\d+(?:\.\d+)?\s?%", sentence[at:]))
        # (a time in hours is a value of the list too: "Tmax values were 2.5 h (...) and 1.0 h (...) in the oral and
        # intravenous groups, respectively")
        kind = (
            r"\d+(?:\.\d+)?\s?%" if percent else r"\d+(?:\.\d+)?\s?(?:months?|weeks?|days?|years?|h\b|hours?|minutes?)"
        )
        index = len(re.findall(kind, unbracketed[:at]))
        opened = max(sentence.rfind("(", 0, at), sentence.rfind("[", 0, at))
        inside = opened > max(sentence.rfind(")", 0, at), sentence.rfind("]", 0, at))
        # "4.0 and 2.5 months for A and B arms", "10 (67%) and 7 (58%) patients in Arms A and B": the values
        # listed before this one (their brackets left out); within its own bracket when it is in one ("4
        # patients in each arm (27% and 33%, respectively)")
        head = sentence[opened + 1 : at] if inside else re.sub(r"\s?[(\[][^()\[\]]*[)\]]", "", sentence[:at])
        # (a count may be spelled out: "Nineteen versus 12 serious adverse events occurred in the A and B groups")
        run = re.search(
            r"(?:(?<![\w.])(?:-?\d+(?:\.\d+)?|" + _NUMBER_WORD + r")\s?%?(?:,\s|,?\s(?:and|vs\.?|versus)\s))+$", head
        )
        if run:  # "4.0 and 2.5 months for A and B arms, respectively": the unit is printed once, after the last
            index = len(re.findall(r"(?<![\w.])(?:-?\d+(?:\.\d+)?|" + _NUMBER_WORD + ")", run.group(0)))
            if re.search(_STAGE_BEFORE, head[: run.start()]):
                index -= 1  # "At the end of cycle 3, 10 (67%) and ...": a time point fronted, no value of the list
        elif inside and "respectively" in sentence[opened:] and re.search(r"\d", head) is None:
            index = 0  # the first value of its own bracket
        if listed:
            index = listed[0]  # its place in its own list
        contrast = re.search(r"\b(?:vs\.?|versus)\s", unbracketed[:at])
        clause_end = re.search(r",\s(?:which|and|while|whereas)\b|;", unbracketed[at:])
        clause = unbracketed[contrast.start() : at + clause_end.start()] if contrast and clause_end else ""
        clause = clause or (unbracketed[contrast.start() :] if contrast else "")
        if contrast and "respectively" not in sentence and len(re.findall(r"(?<![\w.-])-?\d+(?:\.\d+)?", clause)) < 2:
            # "The incidence rate ratio of infection in the vaccinated vs unvaccinated cohorts was 0.26 (...)": one
            # value after the groups it sets against each other is of the contrast, not of the first group
            return None, CONTRAST_HOW
        if index < len(pairs):
            return pairs[index], "respectively pairing" if stated else IMPLIED_HOW
    found = group_binding(sentence, at, end, arms)
    counted = _COUNT_OF_N.match(sentence[at:]) if found[0] is None and end is not None else None
    if counted and end is not None and at + counted.end() < end:
        # "2011 of 3049 participants given A and 1198 of 3061 given placebo": the statement read past what it is
        # given, which is said right after its "of n"
        return group_binding(sentence, at, at + counted.end(), arms)
    return found


# a count of its denominator: "1198 of 3061", "12/40"
_COUNT_OF_N = re.compile(r"\d[\d,]*\s?(?:of|/)\s?\d[\d,]*(?=\s)")
