"""What a prose number is about: its endpoint (the row it would have in a table) and its group (the arm).

Rules, each about how sentences report results, not about one paper:

- endpoint, nearest statement first: an AE term or landmark label already read; a PK parameter; an
  efficacy endpoint named in the same clause (ORR, DCR, PFS, OS, DoR, CR/PR/SD...); the outcome a hazard
  ratio is "for"; a term right before the number's bracket ("neutropenia (21.0%)", "diarrhea (n = 3)");
  what patients "had"/"experienced"/"achieved" ("37 patients had a dose delay"); the verb of a count of
  patients ("119 patients were enrolled"); the size of a group ("(n = 107)" is the N of the population the
  clause names). Anything else has no endpoint that can be told.
- group: a dose ("at 70 mg/m²"), a group, arm or cohort the clause names ("in the placebo group", "assigned
  to usual care", "TNBC cohort"), paired in order in "respectively" and "X vs Y" statements; none when the
  clause names none (the whole trial).
- a sentence that reports another study (a citation, "et al", "previously reported", "in the X trial") and
  does not speak of this one ("this study", "our", "we") is not this trial's data.
"""

from __future__ import annotations

import re

_EFFICACY = (
    (r"objective (?:tumou?r )?response rate|overall response rate|objective response|\borr\b", "ORR"),
    (r"disease control rate|disease control|\bdcr\b", "DCR"),
    (r"clinical benefit rate|clinical benefit|\bcbr\b", "CBR"),
    (r"progression.free survival|\bpfs\b", "PFS"),
    (r"overall survival|\bos\b", "OS"),
    (r"duration of (?:objective )?response|\bdor\b", "DoR"),
    (r"time to (?:objective )?response|\bttr\b", "TTR"),
    (r"time to progression|\bttp\b", "TTP"),
    (r"complete (?:metabolic )?(?:response|remission)s?|\bcm?rs?\b", "CR"),
    (r"partial (?:response|remission)s?|\bprs?\b", "PR"),
    (r"stable diseases?|(?<!±)(?<!± )(?<!\()\bsd\b(?!\))", "SD"),
    (r"progressive disease|\bpd\b", "PD"),
    (r"follow.up", "follow-up"),
)
_EFFICACY_RE = [(re.compile(p, re.IGNORECASE), name) for p, name in _EFFICACY]
_COUNT_VERBS = re.compile(
    r"^\s*(?:patients?\s|participants?\s|subjects?\s)?(?:were|was|had been)\s(?:randomly\s)?"
    r"(?P<v>assigned|randomi[sz]ed|enrolled|excluded|included|treated|screened|analy[sz]ed|evaluable|eligible|"
    r"not evaluable|not available|discontinued|withdr[ae]wn?|dosed)",
    re.IGNORECASE,
)
_HAD = re.compile(
    r"^\s*(?:[A-Za-z-]+\s){0,4}?(?:had|experienced|achieved|developed|reported|showed|received|required|"
    r"discontinued|died)\b\s?(?:an?\s|the\s|at least one\s|any\s)?(?P<what>[A-Za-z][A-Za-z ≥≤0-9-]{2,60}?)"
    r"(?=[,.;(]|\s(?:and|or|while|whereas|with|in|of|during|after|at)\b|$)",
    re.IGNORECASE,
)
_TERM_BEFORE = re.compile(
    r"(?:^|[,;:]|\bincluding|\bincluded|\bwere|\bwas|\band|\bof|\bdue to|\bwith|\bfor)\s*"
    r"(?P<term>[A-Za-z][A-Za-z0-9 ≥γ/'’-]{2,50}?)\s*(?:\[[A-Z]+\])?\s*[(\[]\s*$",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"(?:\bin\sthe\s|\bin\s|\bfor\sthe\s|\bwith\s|\bassigned\sto\s|\breceiving\s|\bon\s)"
    r"(?P<g>(?:the\s)?[A-Za-z0-9][A-Za-z0-9 ²/.+-]{1,40}?\s(?:group|arm|cohort|population|part))\b",
    re.IGNORECASE,
)
_ASSIGNED = re.compile(r"\bassigned to (?P<g>[a-z][a-z -]{2,40}?)(?=[,;(.]|\s(?:and|had|was|were)\b)", re.IGNORECASE)
_DOSE = re.compile(
    r"\b(?:at|with|of|received|receiving)\s(?:HE\d+\s|the\s)?(?:at\s)?(?P<g>\d+(?:\.\d+)?\s?(?:mg/m²|mg/m2|mg/kg|mg|µg|μg)(?:\s?Q\dW)?)"
)
_OTHER_STUDY = re.compile(
    r"\bet al\b|\[\d+(?:[,–-]\s?\d+)*\]|\bpreviously reported\b|\bprevious(?:ly)? (?:trials?|studies|reports?)\b|"
    r"\bhas been reported\b|\bwere reported\b|\bother (?:trials?|studies)\b|\bprior (?:trials?|studies)\b|"
    r"\b(?:in|of|from) the [A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]* (?:trial|study)\b|\breported (?:in|by)\b",
)
_OWN_STUDY = re.compile(r"\b(?:this|our|the present|the current) (?:study|trial|analysis)\b|\bwe\b|\bour\b", re.I)
_STOP_TERMS = re.compile(
    r"^(?:the|a|an|of|and|in|with|patients?|pts|rate|cohort|group|arm|all|total|respectively)$", re.I
)


def about_other_study(sentence: str) -> bool:
    """Does the sentence report another study's numbers (and not this one's)?"""
    return bool(_OTHER_STUDY.search(sentence)) and not _OWN_STUDY.search(sentence)


def _clause(sentence: str, at: int) -> tuple[int, str]:
    """The clause of the sentence around ``at``: between ";" or ", and"/", while"/", whereas" breaks."""
    breaks = [m.end() for m in re.finditer(r";\s|,\s(?:and|while|whereas|but)\s", sentence[:at])]
    start = breaks[-1] if breaks else 0
    after = re.search(r";\s|,\s(?:and|while|whereas|but)\s", sentence[at:])
    end = at + after.start() if after else len(sentence)
    return start, sentence[start:end]


def efficacy_endpoint(text: str, at: int) -> str | None:
    """The efficacy endpoint named nearest before ``at`` in ``text`` (after it, when none before)."""
    best: tuple[int, str] | None = None
    for pattern, name in _EFFICACY_RE:
        for m in pattern.finditer(text):
            distance = at - m.end() if m.end() <= at else (m.start() - at) * 3 + 40
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def endpoint_of(sentence: str, at: int, end: int, statistic: str, focus: int | None = None) -> str | None:
    """The endpoint of the statement at sentence[at:end] whose number read as ``statistic`` sits at ``focus``,
    or ``None`` when the sentence does not tell."""
    focus = at if focus is None else focus
    start, clause = _clause(sentence, focus)
    local_at = focus - start
    before = sentence[:at]
    term = _TERM_BEFORE.search(before[-60:])
    if term and statistic in ("count", "percent", "events", "rate") and not re.search(r"\d", term.group("term")):
        words = term.group("term").strip()
        words = re.sub(r"^(?:(?:the|a|an|any|of|in|and|or)\s+)+", "", words, flags=re.IGNORECASE)
        if words and not _STOP_TERMS.match(words) and not re.search(r"\b(?:patients?|pts|participants?)$", words):
            named = efficacy_endpoint(words, len(words))
            return named or words
    if statistic in ("hr", "or", "rr"):
        found = efficacy_endpoint(clause, local_at)
        if found:
            return found
        outcome = re.search(
            r"(?:for|of)\s(?:the\s)?(?P<o>[a-z][a-z -]{3,50}?)\s*(?:\(|,|was|were|$)", clause[:local_at]
        )
        return outcome.group("o").strip() if outcome else "primary outcome"
    after = sentence[end:]
    verb = _COUNT_VERBS.match(after)
    if verb and statistic == "count":
        return verb.group("v").lower()
    had = _HAD.match(after)
    if had and statistic in ("count", "percent"):
        what = had.group("what").strip()
        return efficacy_endpoint(what, len(what)) or what
    if statistic == "count" and re.search(r"\b[nN]\s?=\s?$", sentence[max(0, focus - 6) : focus]):
        return "population"  # "(n = 107)": the size of the group the clause names
    found = efficacy_endpoint(clause, local_at)
    if found:
        return found
    if statistic == "count" and re.match(r"\s*(?:[A-Za-z-]+\s){0,4}?(?:patients?|participants?|subjects?)\b", after):
        return "population"
    return None


_POPULATION = re.compile(
    r"\b(?:patients|participants|subjects)\swith\s(?P<g>(?:[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\s?){1,3})"
)


def group_of(sentence: str, at: int) -> str | None:
    """The group the clause around ``at`` names (a dose, an arm, a cohort, "patients with TNBC"), or ``None``
    (the whole trial)."""
    start, clause = _clause(sentence, at)
    local_at = at - start
    candidates: list[tuple[int, str]] = []
    for m in _POPULATION.finditer(sentence):
        candidates.append((abs(m.start() - at) + 20, m.group("g").strip()))
    for pattern in (_DOSE, _GROUP, _ASSIGNED):
        for m in pattern.finditer(clause):
            distance = abs(m.start() - local_at)
            candidates.append((distance, m.group("g").strip()))
    if not candidates:
        return None
    best = min(candidates)[1]
    return re.sub(r"^the\s", "", best, flags=re.IGNORECASE)


def respectively_groups(sentence: str) -> list[str]:
    """ "in the X and Y groups, respectively" / "X vs Y": the groups of a paired statement, in order."""
    m = re.search(
        r"(?:in|for|with)\s(?:the\s)?(?P<a>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?:and|vs\.?|versus)\s(?:the\s)?"
        r"(?P<b>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?P<w>groups|arms|cohorts)\b",
        sentence,
        re.IGNORECASE,
    )
    if m:
        word = m.group("w")[:-1]
        return [f"{m.group('a')} {word}", f"{m.group('b')} {word}"]
    return []
