"""Which endpoint a landmark rate is of when the sentence names several: the rules of sentence forms that pair the
rates with the endpoints they list (gathered on tests/extraction/prose_landmarks2_corpus.py):

- coordinated endpoints before "rates were", then the values in their order, with no "respectively": "the
  estimated 2-year EFS and OS rates were 71% (95% CI 60–80) and 85% (76–91)": the i-th value is the i-th
  endpoint's; "were 78.4% and 90.1% in the A group and 66.0% and 85.2% in the B group": each run of as many values
  as endpoints, closed by a group, pairs again from the first;
- each value followed by "for X" or bracketed "(X)", X an endpoint: "At 24 months, the rates were 61% for OS and
  38% for PFS", "with 1-year rates of 52% (PFS) and 80% (OS)".

Each rule pairs only when every listed term is an endpoint by name and the counts line up exactly; else it says
nothing and the other rules (or a finding) stand."""

from __future__ import annotations

import re

from extractors.prose_pairs import for_item
from extractors.prose_terms import clause_around, efficacy_endpoint, efficacy_terms

# a rate of a run: a number with "%" said after it or after the last of its run, and the bracket after it
_RATE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:\s?%)?(?=\s?\(|\s?%|,?\s(?:and|or|vs\.?|versus)\s|,\s|\s(?:in|with)\s)")
_BRACKET = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
# the subject of coordinated endpoints' rates: "[the] [estimated] [2-year] EFS and OS rates were"
_SUBJECT = re.compile(
    r"(?:^|[;:,]\s|\b(?:and|whereas|while)\s)(?:the\s)?(?:(?:estimated|kaplan[- ]meier(?:[- ]estimated)?|actuarial)\s)?"
    r"(?:\d+-?\s?(?:month|year|week)s?\s)?(?P<items>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3}"
    r"(?:,\s[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3})*,?\sand\s[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3})"
    r"\s(?:rates?|estimates?|probabilit(?:y|ies))(?:\s(?:at|after)\s\d+\s(?:months?|years?|weeks?))?\s(?:were|was)\s$",
    re.IGNORECASE,
)
# the same, the endpoints after the noun: "[the] [2-year] rates of OS and PFS were"
_SUBJECT_OF = re.compile(
    r"(?:^|[;:,]\s|\b(?:and|whereas|while)\s)(?:the\s)?(?:(?:estimated|kaplan[- ]meier(?:[- ]estimated)?|actuarial)\s)?"
    r"(?:\d+-?\s?(?:month|year|week)s?\s)?(?:rates?|estimates?|probabilit(?:y|ies))\sof\s"
    r"(?P<items>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3}(?:,\s[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3})*,?\sand\s"
    r"[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3})(?:\s(?:at|after)\s\d+\s(?:months?|years?|weeks?))?\s(?:were|was)\s$",
    re.IGNORECASE,
)
# the group closing a run of rates: "78.4% and 90.1% in the velotinib group and ..."
_RUN_GROUP = re.compile(
    r"^[\d.]*\s?%?\s*(?P<p>in|with|among|for)\s(?:the\s)?(?P<g>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}?)"
    r"(?:\s(?P<k>group|arm|cohort))?(?=,?\s(?:and|vs\.?|versus)\s|\s?[,;.]|\s*$)",
    re.IGNORECASE,
)


def _blank(text: str) -> str:
    return _BRACKET.sub(lambda b: " " * len(b.group(0)), text)


def ordered_rate_item(sentence: str, at: int, arm_words: frozenset[str]) -> str | None:
    """The endpoint of the rate at ``at`` in "The 2-year EFS and OS rates were 71% (...) and 85% (...)" (no
    "respectively"), or in runs of as many rates as endpoints each closed by a group; ``None`` when the form or the
    counts do not line up."""
    found = ordered_rate(sentence, at, arm_words)
    return found[0] if found else None


def ordered_rate(sentence: str, at: int, arm_words: frozenset[str]) -> tuple[str, str | None] | None:
    """:func:`ordered_rate_item`'s endpoint, with the group that closes the rate's run ("in the A group") when the
    rates run in several runs, else ``None``."""
    clause_start = max(sentence.rfind(";", 0, at), -1) + 1
    copula = [m for m in re.finditer(r"\s(?:were|was)\s", sentence[clause_start:at])]
    if not copula:
        return None
    cut = clause_start + copula[-1].end()
    subject = _SUBJECT.search(sentence[clause_start:cut]) or _SUBJECT_OF.search(sentence[clause_start:cut])
    if subject is None:
        return None
    items = [i.strip() for i in re.split(r",\s(?:and\s)?|,?\sand\s", subject.group("items")) if i.strip()]
    if len(items) < 2 or not all(efficacy_endpoint(i, len(i)) for i in items):
        return None
    if any(re.search(r"\b(?:in|with|among|for|on)\b", i, re.I) for i in items):
        return None  # "the EFS and OS rates with A": a group said with the endpoints
    stop = re.search(r"[;.](?:\s|$)|,\s(?:whereas|while|but)\b|,\swith\b", _blank(sentence[cut:]))
    tail = sentence[cut : cut + stop.start()] if stop else sentence[cut:]
    blank = _blank(tail)
    values = [cut + v.start() for v in _RATE.finditer(blank)]
    if at not in values:
        return None
    index, n = values.index(at), len(items)
    if len(values) == n:
        return items[index], None
    if len(values) % n:
        return None
    # runs of n rates, each closed by its group: "78.4% and 90.1% in the A group and 66.0% and 85.2% in the B group"
    closing: list[re.Match[str]] = []
    for k in range(n, len(values) + n, n):
        between = _blank(sentence[values[k - 1] : values[k] if k < len(values) else cut + len(tail)])
        said = _RUN_GROUP.match(between)
        if said is None or efficacy_endpoint(said.group("g"), len(said.group("g"))):
            return None
        closing.append(said)
    # each run's group is an arm, or said "in the X group", or all are said alike ("with A ... with B"): groups
    names = {c.group("g").strip().lower() for c in closing}
    alike = len({c.group("p").lower() for c in closing}) == 1 and len(names) == len(closing)
    for said in closing:
        words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", said.group("g"))}
        if not (words & arm_words or said.group("k") or alike):
            return None
    return items[index % n], closing[index // n].group("g").strip()


def named_rate_item(sentence: str, at: int, arm_words: frozenset[str]) -> str | None:
    """The endpoint named right after the rate at ``at``: "61% for OS and 38% for PFS", "52% (PFS) and 80% (OS)"
    (two or more rates of one run, each naming an endpoint, never a group)."""
    said = for_item(sentence, at, arm_words)
    if said and efficacy_endpoint(said, len(said)):
        return said
    bracketed = list(re.finditer(r"(?<![\w.])(?P<v>\d+(?:\.\d+)?)\s?%\s?\((?P<x>[A-Za-z][\w -]{0,40}?)\)", sentence))
    mine = next((b for b in bracketed if b.start("v") == at), None)
    if mine is None:
        return None
    chain = [mine]
    for step in (-1, 1):
        i = bracketed.index(mine)
        while 0 <= i + step < len(bracketed):
            a, b = (bracketed[i + step], bracketed[i]) if step < 0 else (bracketed[i], bracketed[i + step])
            if not re.fullmatch(r",\s|,?\sand\s", sentence[a.end() : b.start()]):
                break
            chain.append(bracketed[i + step])
            i += step
    names = [c.group("x") for c in chain]
    if len(chain) < 2 or not all(efficacy_endpoint(x, len(x)) for x in names):
        return None
    if any({w.lower() for w in x.split()} & arm_words for x in names):
        return None
    return mine.group("x")


def clause_endpoint(sentence: str, at: int) -> str | None:
    """The endpoint named last before the rate at ``at`` in its own clause ("PFS at 12 months was 45% and OS 78%":
    78 is OS's; "The 5-year OS was 62%, whereas the 5-year DFS was 51%": 51 is DFS's), not the sentence subject's;
    words in a closed bracket (a gloss, another value's interval) are not the clause's."""
    start, _ = clause_around(sentence, at)
    before = _blank(sentence[start:at])
    named = sorted(((m.start(), m.end(), name) for m, name in efficacy_terms(before) if name != "follow-up"))
    if not named:
        return None
    if len(named) > 1 and not re.search(r"\d", before[named[-2][1] : named[-1][0]]):
        return None  # "the 2-year rates of OS and PFS were ...": endpoints coordinated, the clause names several
    return named[-1][2]
