""" "respectively" lists: the i-th value of a kind takes the i-th endpoint of a listed subject ("The median
PFS and OS were 4.8 and 14.1 months, respectively"), and the groups of a paired statement ("in the X and Y
groups, respectively", "in Arms A and B")."""

from __future__ import annotations

import re

from extractors.prose_context import lists_times
from extractors.prose_continuous import ratio_item


def endpoint_list(sentence: str, at: int, statistic: str, arms: frozenset[str] | None = None) -> bool:
    """Does the sentence list endpoints, its values taken "respectively" (not groups)?"""
    if respectively_item(sentence, at, statistic) is not None:
        return True
    return arms is not None and bracket_term(sentence, at, statistic, arms) is not None


# a value of a paired bracket: "45%", "33", "-0.12"; and the bracket made only of such values
_VALUE = r"[-−]?\d+(?:\.\d+)?\s?%?"
_VALUES_ONLY = re.compile(rf"\s*{_VALUE}(?:\s?(?:,|and|,\sand)\s{_VALUE})+\s?%?\s*(?:[,;]\s?respectively\s*)?")
_TERMS_START = re.compile(r"[);:(]|\b(?:were|was|included|including|are|is|of|had|experienced)\s")
_GROUPS_BY = re.compile(r"\b(?:with|for|on|among|receiving|than|between|versus|vs\.?)\s", re.IGNORECASE)
# a term is a noun phrase, never a clause ("Hyperkalemia occurred in A")
_CLAUSE_WORD = re.compile(r"\b(?:occurred|[a-z]+ed\s(?:in|with|by|on|at|among|for))\b")
_TERM = re.compile(r"[A-Za-zα-ω][A-Za-zα-ω'’/-]*(?:\s[A-Za-zα-ω'’/-]+){0,4}")


def bracket_term(sentence: str, at: int, statistic: str, arms: frozenset[str] = frozenset()) -> str | None:
    """ "The most common AEs were nausea and fatigue (45% and 30%[, respectively])": the term of the value at
    ``at``, the i-th value of a bracket made only of values naming the i-th of as many coordinated terms
    printed right before it; ``None`` when the bracket or the terms do not line up (one term: "pain (59 and
    44 %)" pairs groups, not terms)."""
    if statistic not in ("percent", "count", "rate", "events"):
        return None
    opened = max(sentence.rfind("(", 0, at), sentence.rfind("[", 0, at))
    if opened < 0 or max(sentence.rfind(")", 0, at), sentence.rfind("]", 0, at)) > opened:
        return None
    closed = min((i for i in (sentence.find(")", at), sentence.find("]", at)) if i >= 0), default=len(sentence))
    inner = sentence[opened + 1 : closed]
    if not _VALUES_ONLY.fullmatch(inner):
        return None
    values = [m.start() for m in re.finditer(r"(?<![\d.])[-−]?\d+(?:\.\d+)?", inner)]
    index = sum(1 for v in values if opened + 1 + v < at)
    segment = re.split(_TERMS_START, sentence[:opened])[-1]
    head = sentence[: opened - len(segment)]
    if re.search(
        r"\b(?!(?:incidences?|frequenc(?:y|ies)|rates?|occurrences?|numbers?|proportions?|percentages?|"
        r"cases|any)\b)[a-z]+\sof\s$",
        head,
        re.I,
    ):
        # "variability of CL and Q (54.9 and 35.8%)": the values measure the head noun of the terms, not the terms;
        # only a count's head ("the incidence of nausea and fatigue") makes each term the endpoint
        return None
    segment = re.sub(r"^[\s,]*(?:and\s|or\s)?", "", segment).strip()
    if re.match(r"(?:in|to|at)\s", segment, re.I) or re.search(_GROUPS_BY, segment):
        return None  # "with A and B (5.6% and 6.1%)": groups the values pair, not terms
    terms = [x.strip() for x in re.split(r",\s(?:and\s|or\s)?|\s(?:and|or)\s", segment) if x.strip()]
    if len(terms) != len(values) or not all(_TERM.fullmatch(x) and not _CLAUSE_WORD.search(x) for x in terms):
        return None
    if any(re.search(r"\b(?:patients?|participants?|subjects?|groups?|arms?|cohorts?)\b", x, re.I) for x in terms):
        return None  # "in the A and B groups (5% and 6%)": groups, not terms
    if any(set(re.findall(r"[a-z][a-z0-9-]+", x.lower())) <= arms for x in terms):
        return None  # "eplerenone and placebo (5.6% and 6.1%)": the paper's arms, not terms
    return terms[index]


def respectively_item(sentence: str, at: int, statistic: str) -> str | None:
    """ "The frequencies of A, B, and C were 10.9% (...), 26.9% (...) and 46.2% (...), respectively": the item
    of the value at ``at`` (the i-th value of its kind names the i-th item)."""
    if "respectively" not in sentence:
        return None
    unbracketed = re.sub(r"[(\[][^)\]]*[)\]]", lambda b: " " * len(b.group(0)), sentence)
    # "82 and 60%": a value whose "%" is printed once, after the last of its list, is one of them too
    shared = r"(?=(?:,\s\d+(?:\.\d+)?)*,?\s(?:and|vs\.?|versus)\s\d+(?:\.\d+)?\s?%)"
    unit = rf"(?:\s?%|{shared})" if statistic in ("percent", "rate") else r"(?:\s?[A-Za-z/*μµ·]+)?"
    # "The frequencies of A, B and C were ..." / "The median PFS and OS were 4.8 and 14.1 months, respectively"
    heads = [
        re.search(r"\bof\s(?P<items>[^;]{3,200}?)\s(?:were|was)\s", sentence[:at]),
        re.search(r"(?:^|;\s)(?P<items>[^;]{3,200}?)\s(?:were|was)\s", sentence[:at]),
        # "The most common TEAEs included A, B and C, with incidences of 51.2%, 45.0% and 37.4%, respectively"
        re.search(
            r"\b(?:were|included|including)\s(?P<items>[^;()]{3,200}?),?\swith\s(?:respective\s)?"
            r"(?:incidences?|rates?|frequenc(?:y|ies)|proportions?)\sof\s",
            sentence[:at],
        ),
    ]
    opened = sentence.rfind("(", 0, at)
    inside = opened > sentence.rfind(")", 0, at) and re.match(r"[^()]*\brespectively\b", sentence[at:])
    if inside and statistic == "p":
        # "OS and PFS did not differ by X (P = .66 and .42, respectively)": the sentence's subjects, the p-values
        # of its bracket in their order
        subject = re.match(r"(?:the\s)?(?P<items>[^;(),]{3,120}?)\s(?:did|do|does|differed|were|was)\b", sentence)
        values = re.findall(r"(?<![\d.])\.?\d+(?:\.\d+)?", sentence[opened:at])
        closing = re.match(r"[^()]*", sentence[at:])
        count = len(values) + len(re.findall(r"(?<![\d.\w])\.?\d", closing.group(0) if closing else ""))
        if subject:
            items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", subject.group("items")) if i.strip()]
            if len(items) == count and len(items) >= 2:
                return items[len(values)]
    for m in heads:
        if not m:
            continue
        lead = r"^(?:.*,\s)?(?:the\s)?(?:(?:median|mean|estimated|overall)\s)*"
        named = re.sub(lead, "", m.group("items"), flags=re.I)
        for listed in (m.group("items"), named):
            items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if i.strip()]
            if len(items) < 2 or re.search(r"\b(?:arms|groups|cohorts)$", listed, re.I):
                continue  # "rates in the GV and GP arms were 15% and 25%, respectively": groups, not endpoints
            if lists_times(listed):
                # "Cancer-free survival at 1, 5, and 10 years was 63%, 26%, and 21%, respectively": the values line up
                # with the landmark times the subject lists (prose_context.landmark), not with endpoints ("... at 1")
                continue
            if len(items[0].split()) > 1 and all(len(i.split()) == 1 for i in items[1:]):
                # "Topo I positivity and negativity": the first item's modifier is shared by the others
                shared = items[0].rsplit(" ", 1)[0]
                items = [items[0], *(f"{shared} {i}" for i in items[1:])]
            values = list(re.finditer(rf"(?<![\d.])\d+(?:\.\d+)?{unit}", unbracketed[m.end() :]))
            index = sum(1 for v in values if m.end() + v.start() < at)
            holder = _outer_bracket(sentence, at)
            if holder is not None and holder > m.end():
                # "decreased by 79 [ratio 21% (90% CI 18–24)] and 80% [...]": a number within a bracket is of
                # the value the bracket follows
                index = max(0, sum(1 for v in values if m.end() + v.start() < holder) - 1)
            if index < len(items) and len(values) == len(items):
                ratio = re.search(
                    r"\b(?:geometric mean |least.squares mean |mean )?ratio\b", sentence[holder:at] if holder else ""
                )
                if ratio and holder is not None and holder > m.end():
                    return f"{items[index]} {ratio.group(0)}"  # "79 [geometric mean ratio 21% (90% CI ...)]"
                return ratio_item(sentence[: m.start("items")], items[index])
    return None


def _outer_bracket(sentence: str, at: int) -> int | None:
    """Where the outermost bracket still open at ``at`` opens, or ``None``."""
    opened: list[int] = []
    for i, c in enumerate(sentence[:at]):
        if c in "([":
            opened.append(i)
        elif c in ")]" and opened:
            opened.pop()
    return opened[0] if opened else None


# a group's name in a list: up to three words, no verb
_LIST_ITEM = (
    r"(?!(?:were|was|is|are|achieving|with)\b)[A-Za-z0-9][\w²/.+-]*"
    r"(?:\s(?!(?:were|was|is|are|and|or)\b)[\w²/.+-]+){0,2}?"
)
# "in the 100-mg, 200-mg, and 300-mg cohorts": three or more groups named once, with their noun after the last
_GROUP_LIST = re.compile(
    rf"\b(?:in|for|with)\s(?:the\s)?(?P<items>{_LIST_ITEM}(?:,\s(?:the\s)?{_LIST_ITEM})+,?\s(?:and|vs\.?|versus)\s"
    rf"(?:the\s)?{_LIST_ITEM})\s(?P<w>groups|arms|cohorts)\b",
    re.IGNORECASE,
)
# "for placebo, A 5 mg, and A 15 mg, respectively": regimens listed without a noun, each a dose or a control
_BARE_GROUP_LIST = re.compile(
    rf"\b(?:in|for|with)\s(?:the\s)?(?P<items>{_LIST_ITEM}(?:,\s{_LIST_ITEM})*,?\sand\s{_LIST_ITEM}),\srespectively\b",
    re.IGNORECASE,
)
_ARM_ITEM = re.compile(
    r"\d+(?:\.\d+)?\s?(?:mg|µg|μg|g|mg/kg|mg/m2|mg/m²|IU|units)(?![\w/])|^(?:the\s)?(?:placebo|control|standard\sof\scare|"
    r"usual\scare|vehicle|sham)$",
    re.IGNORECASE,
)


def respectively_groups(sentence: str) -> list[str]:
    """ "in the X and Y groups, respectively" / "X vs Y": the groups of a paired statement, in order; also a list
    of three or more ("in the 100-mg, 200-mg, and 300-mg cohorts", "for placebo, A 5 mg, and A 15 mg,
    respectively")."""
    listed = _GROUP_LIST.search(sentence)
    if listed:
        items = [
            x
            for x in re.split(
                r",\s(?:and\s|vs\.?\s|versus\s)?(?:the\s)?|,?\s(?:and|vs\.?|versus)\s(?:the\s)?", listed.group("items")
            )
            if x.strip()
        ]
        word = listed.group("w")[:-1]
        return [f"{x.strip()} {word}" for x in items]
    bare = _BARE_GROUP_LIST.search(sentence)
    if bare:
        items = [x.strip() for x in re.split(r",\s(?:and\s)?|,?\sand\s", bare.group("items")) if x.strip()]
        nouns = any(re.search(r"\b(?:groups?|arms?|cohorts?)\b", x, re.IGNORECASE) for x in items)
        if len(items) >= 2 and not nouns and all(_ARM_ITEM.search(x) for x in items):
            return items
    m = re.search(
        r"(?:in|for|with)\s(?:the\s)?(?P<a>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?:and|vs\.?|versus)\s(?:the\s)?"
        r"(?P<b>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?P<w>groups|arms|cohorts)\b",
        sentence,
        re.IGNORECASE,
    )
    if m:
        word = m.group("w")[:-1]
        return [f"{m.group('a')} {word}", f"{m.group('b')} {word}"]
    lettered = re.search(
        r"\b(?:in|for|with|of)\s(?:the\s)?(?P<w>Arms|Cohorts|Groups|Parts)\s(?P<items>[A-Z0-9]{1,3}(?:,\s[A-Z0-9]{1,3})*,?"
        r"\s(?:and|vs\.?|versus)\s[A-Z0-9]{1,3})\b",
        sentence,
    )
    if lettered:  # "in Arms A and B, respectively"
        word = lettered.group("w")[:-1]
        return [f"{word} {x}" for x in re.findall(r"\b[A-Z0-9]{1,3}\b", lettered.group("items"))]
    return []


def each_terms(sentence: str, at: int) -> list[str] | None:
    """ "fatigue, chest pain, and dyspnoea (each n=2)": the coordinated terms printed right before a bracketed
    "each n=" count, each of which it counts; ``None`` when they are not terms (groups, a clause)."""
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or not re.fullmatch(r"\(\s?each\s[nN]\s?=\s?", sentence[opened:at]):
        return None
    segment = re.split(_TERMS_START, sentence[:opened])[-1]
    segment = re.sub(r"^[\s,]*(?:and\s|or\s)?", "", segment).strip()
    if re.match(r"(?:in|to|at)\s", segment, re.I) or _GROUPS_BY.search(segment):
        return None
    terms = [x.strip() for x in re.split(r",\s(?:and\s|or\s)?|\s(?:and|or)\s", segment) if x.strip()]
    if len(terms) < 2 or not all(_TERM.fullmatch(x) and not _CLAUSE_WORD.search(x) for x in terms):
        return None
    if any(re.search(r"\b(?:patients?|participants?|subjects?|groups?|arms?|cohorts?)\b", x, re.I) for x in terms):
        return None
    return terms


# "ORR/DCR was 45%/70%": values joined by slashes, each with its percent sign, and the terms joined the same way
_SLASH_VALUES = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s?%(?:\s?/\s?\d+(?:\.\d+)?\s?%)+")
_SLASH_TERMS = re.compile(r"(?<![\w/])(?P<t>[A-Za-z][A-Za-z-]{0,30}(?:\s?/\s?[A-Za-z][A-Za-z-]{0,30})+)(?![\w/])")
_UNIT_PART = re.compile(r"(?:m?g|kg|m2|ml|l|dl|h|min|day|wk|week|m²)", re.IGNORECASE)


def slash_term(sentence: str, at: int) -> str | None:
    """ "ORR/DCR was 45%/70%": the term of the value at ``at``, the i-th of a slash-joined run of percentages
    naming the i-th of as many slash-joined terms before it in its clause (no unit such as "mg/kg"); ``None``
    when the run or the terms do not line up."""
    run = next((m for m in _SLASH_VALUES.finditer(sentence) if m.start() <= at < m.end()), None)
    if run is None:
        return None
    values = [run.start() + v.start() for v in re.finditer(r"\d+(?:\.\d+)?", run.group(0))]
    index = sum(1 for v in values if v < at)
    clause = re.split(r"[;:]\s|\.\s", sentence[: run.start()])[-1]
    if re.search(r"\d", clause):
        return None  # another number stands between: the terms are not this run's
    terms = list(_SLASH_TERMS.finditer(clause))
    if not terms:
        return None
    parts = [p.strip() for p in terms[-1].group("t").split("/")]
    if len(parts) != len(values) or any(_UNIT_PART.fullmatch(p) for p in parts):
        return None
    return parts[index]
