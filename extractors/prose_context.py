"""What a number in a sentence is about: the endpoint it names, the N the sentence states for it ("of 18
patients with ..., 1 patient (7.1%)"), the landmark time of a survival rate, the adverse event, grade and
scope of an AE frequency, and the analyte, parameter and dose of PK values listed "..., respectively"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.classify import PK_PARAMETERS, efficacy_parameter
from extractors.prose_ae import grade_and_scope, value_bracket

_ENDPOINT_WORDS = re.compile(
    r"disease control|\bdcr\b|clinical benefit|\bcbr\b|objective response|overall response|response rate|\borr\b|"
    r"partial response|complete response|stable disease|progressive disease|duration of response|\bdor\b|"
    r"progression.free survival|\bpfs\b|overall survival|\bos\b|time to progression|\bttp\b",
    re.IGNORECASE,
)
_LEAD_N = re.compile(
    r"(?:\bof|\bamong|\bin)\s(?:the\s|all\s|these\s)?(?P<d>\d+)\s(?:[A-Za-z0-9-]+\s){0,5}?"
    r"(?:patients|pts|participants|subjects)\b",
    re.IGNORECASE,
)
_LANDMARK = re.compile(
    r"(?<![\d.])(?P<t>\d+|\b(?:one|two|three|five)(?=-))\s?-?\s?(?P<u>month|year|week|mo|yr)s?\b", re.IGNORECASE
)
_UNITS = {"mo": "month", "yr": "year"}
_THRESHOLD = re.compile(
    r"(?:[≥><≤]|\bat\sleast|\bmore\sthan|\blonger\sthan|\bover|\blasting(?:\sfor)?|\bbeyond|\baged?|"
    r"\b(?:younger|older)\sthan)\s?$",
    re.IGNORECASE,
)
# "after a median follow-up of 49 months", "median follow-up (MFU), 51 months": the time a cohort was followed, no
# landmark of its rates
_FOLLOWED = re.compile(
    r"\bfollow(?:ed)?[\s-]?up(?:\s(?:time|duration|period))?(?:\s\([^()]*\))?(?:\s(?:of|was|:)|,)?\s?(?:up\sto\s)?$",
    re.IGNORECASE,
)
_AGE_CUT = re.compile(r"\s?(?:of\sage\s)?(?:or\s(?:older|more|younger|over|above)|and\s(?:older|over|above))\b", re.I)
_AE_WORDS = re.compile(
    r"adverse|teae|trae|toxicit|grade|neutropenia|diarrh|nausea|vomit|anemia|fatigue|\b(?:ir|s)?aes?\b|"
    r"treatment[- ]related|side[- ]effects?",
    re.I,
)


@dataclass(slots=True)
class Meaning:
    """What the enrichment adds to a prose record."""

    parameter: str | None = None
    denominator: int | None = None
    row: list[str] | None = None
    grade: str | None = None
    scope: str | None = None
    statistic: str | None = None


def nearest_endpoint(sentence: str, at: int) -> str | None:
    """The endpoint named nearest to position ``at`` of the sentence, preferring the same clause."""
    best: tuple[float, str] | None = None
    for m in _ENDPOINT_WORDS.finditer(sentence):
        name = efficacy_parameter([m.group(0)])
        if name is None:
            continue
        distance = abs(m.start() - at) if m.start() < at else abs(m.start() - at) * 1.5
        clause_break = re.search(r"[;,]", sentence[min(m.end(), at) : max(m.start(), at)])
        if clause_break:
            distance *= 2
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def lead_in_denominator(sentence: str, at: int) -> int | None:
    """The N a sentence states before the number: "of 18 patients with HER2-negative BCBM, 1 patient".
    Not a count statement of its own ("in 25 patients (23.4%), of whom 20 ...")."""
    found = [
        m
        for m in _LEAD_N.finditer(sentence[:at])
        if not m.group(0).lower().startswith("in")
        and not re.match(r"\s?\(\s?\d+(?:\.\d+)?\s?%", sentence[m.end() : m.end() + 12])
        and not re.search(r"total of\s?$", sentence[max(0, m.start() - 10) : m.start() + 3])
    ]
    if not found:
        return None
    last = found[-1]
    # only when nothing but the statement separates them (no second group, no "of whom" subset)
    between = sentence[last.end() : at]
    if re.search(r"\b(of|among|in)\s(?:the\s|all\s)?\d+\s|\bwhom\b", between):
        return None
    return int(last.group("d"))


def _time(t: str) -> str:
    """A landmark's number as printed ("One-year survival" -> "one"; the evaluator reads digits and words alike
    only where it says so)."""
    return t.lower()


# "12- and 24-month", "1-, 2- and 3-year", "at 6 and 12 months", "at one, five, and 10 years": landmark times
# listed with their unit once, in digits or in words
_TIME_NUMBER = r"(?:\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
_LISTED_TIMES = re.compile(
    rf"(?<![\d.])(?P<list>(?:{_TIME_NUMBER}-?,?\s(?:and\s|or\s)?)+)(?P<last>{_TIME_NUMBER})(?:-|\s)"
    r"(?P<u>month|year|week)s?\b",
    re.IGNORECASE,
)


def _listed(m: re.Match[str]) -> list[str]:
    """The times a listing names, in order ("1, 3, and 5" -> 1, 3, 5; "one, five, and 10" -> one, five, 10)."""
    return [_time(t) for t in re.findall(_TIME_NUMBER, m.group("list"), re.IGNORECASE)] + [_time(m.group("last"))]


# a run of rates, each maybe with its bracket ("57% (95% CI, 43%-69%) and 31% (95% CI, 19%-44%)"); a confidence
# level is no rate of it ("(40%, 95% CI: 6-74)" is one rate and its interval)
_NOT_A_LEVEL = r"(?!\d|\s?%?\s?(?:CIs?|confidence)\b)"
_RATE_RUN = re.compile(
    rf"(?<![\w.])\d+(?:\.\d+)?\s?%?{_NOT_A_LEVEL}(?:\s?\([^()]*\))?(?:,?\s(?:and|or)\s|,\s)"
    rf"(?:\d+(?:\.\d+)?\s?%?{_NOT_A_LEVEL}(?:\s?\([^()]*\))?(?:,?\s(?:and|or)\s|,\s))*\d+(?:\.\d+)?\s?%"
    rf"{_NOT_A_LEVEL}(?:\s?\([^()]*\))?"
)
AMBIGUOUS_LANDMARK = ""  # a rate of a list of landmark times the sentence does not line up with its values


def lists_times(text: str) -> bool:
    """Whether ``text`` lists landmark times with their unit once ("at 12 and 24 months", "1- and 3-year")."""
    return bool(_LISTED_TIMES.search(text))


def listed_landmark(sentence: str, at: int) -> bool:
    """Is the value at ``at`` one of a run of rates lined up with as many landmark times listed before it ("1- and
    2-year PFS rates of 57% (95% CI ...) and 31% (...), respectively")?"""
    listed = [m for m in _LISTED_TIMES.finditer(sentence) if m.end() <= at]
    run = _RATE_RUN.search(sentence, listed[-1].end()) if listed else None
    if not listed or not run or not run.start() <= at < run.end():
        return False
    times = _listed(listed[-1])
    top = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), run.group(0))
    return len(re.findall(r"\d+(?:\.\d+)?", top)) == len(times)


_RATE_WORDED = re.compile(r"\brates?\b|survival|\bos\b|\bpfs\b|event.free|\b(?:i?dfs|efs|rfs|d?mfs)\b", re.IGNORECASE)
_AT_A_TIME = re.compile(r"\bfreedom\sfrom\b|\b(?:local|locoregional|regional)\scontrol\b", re.IGNORECASE)


def rate_worded(sentence: str) -> bool:
    """Does the sentence say its values at a time are rates (a rate, a survival)? ("Freedom from recurrence was 91%
    at 1 year" is read at its time, its value left a percent.)"""
    return bool(_RATE_WORDED.search(sentence))


def landmark(sentence: str, at: int, end: int) -> str | None:
    """ "12-month OS rate were 59.3%" / "59.3% at 12 months": the landmark time of the rate at ``at``. Of times
    listed with their unit once ("The 12- and 24-month PFS rates were 80% and 70%"), the i-th value's is the i-th
    time when as many rates follow as times are listed; else :data:`AMBIGUOUS_LANDMARK`."""
    # ("freedom from recurrence", "local control": endpoints read as a share of patients at a time, like survival)
    if not (rate_worded(sentence) or _AT_A_TIME.search(sentence)):
        return None
    listed = [m for m in _LISTED_TIMES.finditer(sentence) if m.start() < at and not m.start() <= at < m.end()]
    # only a list of rates pairs with a list of times ("were 80% and 70%"); rates each bracketed after its own
    # group ("at 2 and 3 years, the OS rate was higher for A (40%) than for B (13%)") are the groups' rates
    run = _RATE_RUN.search(sentence, listed[-1].end()) if listed else None
    if listed and run and run.start() <= at < run.end():
        m = listed[-1]
        named = _listed(m)
        # the run's own values, not those of their brackets; a bracket's value (a CI) is its value's
        top = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), run.group(0))
        values = list(re.finditer(r"\d+(?:\.\d+)?", top))
        index = sum(1 for v in values if run.start() + v.start() <= at) - 1
        if len(values) == len(named) and 0 <= index < len(named):
            return f"{named[index]}-{m.group('u').lower()}"
        return AMBIGUOUS_LANDMARK
    after = (
        _LANDMARK.match(sentence[end:].lstrip(" ,(").removeprefix("at "))
        if sentence[end:].lstrip(" ,(").startswith("at ")
        else None
    )
    if after:
        return f"{_time(after.group('t'))}-{_UNITS.get(after.group('u').lower(), after.group('u').lower())}"
    # "SD for at least 6 months", "SD ≥6 months": a duration a response must last, not the time of a rate
    # "(<65 years, 38%; ≥65 years, 35%)", "those 65 years or older": an age cut-off names a subgroup, no time
    before = [
        t
        for t in _LANDMARK.finditer(sentence[:at])
        if not _THRESHOLD.search(sentence[: t.start()])
        and not _AGE_CUT.match(sentence[t.end() :])
        and not _FOLLOWED.search(sentence[max(0, t.start() - 60) : t.start()])
    ]
    if not before:
        return None
    values_before = re.findall(r"\d+(?:\.\d+)?\s?%", sentence[before[-1].end() : at])
    times = [m for m in before if m.start() >= (before[0].start())]
    # "12-month and 18-month OS rate were 59.3% (...) and 47.3% (...), respectively"
    if "respectively" in sentence and len(times) > 1:
        index = len(values_before)
        if index < len(times):
            t = times[index]
            return f"{_time(t.group('t'))}-{_UNITS.get(t.group('u').lower(), t.group('u').lower())}"
    t = before[-1]
    if listed and listed[-1].start() <= t.start() < listed[-1].end():
        # "At 1 and 2 years, the PFS rate was 55% with A and 30% with B": the time nearest the value is the last of
        # a list of times no run of its values lines up with; which of them is the value's is not said
        return AMBIGUOUS_LANDMARK
    return f"{_time(t.group('t'))}-{_UNITS.get(t.group('u').lower(), t.group('u').lower())}"


# what a copula's predicate says of its subject ("more frequent with A", "less common in the B group", "similar
# in both groups", "reported in"): the words before a bracketed frequency that are no AE's name
_PREDICATE_TERM = re.compile(
    r"(?:more|less|most|least|higher|lower|greater|fewer|similar(?:ly)?|comparable|(?:un)?common|frequent|rare|"
    r"reported|observed|seen|noted|increased\s(?:with|in)|decreased\s(?:with|in))\b",
    re.IGNORECASE,
)


# people named where an AE term would stand: "those with ...", "participants who ...", "men", "children"
_PEOPLE_TERM = re.compile(
    r"(?:those|participants?|subjects?|people|persons?|individuals?|men|women|children|adults|carriers)\b",
    re.IGNORECASE,
)


def ae_context(sentence: str, at: int) -> tuple[list[str] | None, str | None, str | None]:
    """(row=[term], grade, scope) of an AE frequency "neutropenia (21.0%)" in a sentence about AEs."""
    if not _AE_WORDS.search(sentence):
        return None, None, None
    # the grade and scope of the AE noun the number is said of, not of its whole sentence (prose_ae.py)
    grade, scope = grade_and_scope(sentence, at)
    # a value after others in its term's bracket ("stomatitis (40% vs 18%)", "neutropenia (grade 3, 10%)") is the
    # term's as the first is (prose_ae.py)
    opened = value_bracket(sentence, at)
    to = opened + 1 if opened is not None else at
    # a term's words may be joined by a hyphen, an en dash or a slash ("graft-versus-host disease", "hand–foot
    # syndrome", "hand– foot syndrome" broken at a line end, "ALT/AST increased", "alanine aminotransferase/aspartate
    # aminotransferase increased"); a list may open after a spaced dash or an em dash ("The most frequent toxicities
    # – fatigue (35%), ...", "AEs—fatigue (33%)")
    m = re.search(
        r"(?:^|[,;:—]|\s–|\bincluded|\bincluding|\bwere|\band)\s*"
        r"([A-Za-zα-ω](?:[A-Za-z α-ω/-]|(?<=[a-z])–(?:\s(?=[a-z])|(?=[A-Za-z]))){2,60}?)"
        r"(?P<short>\s*\([A-Z][A-Za-z0-9]{1,6}\))?(?P<way>\s(?:decreased|increased|elevated|prolonged))?"
        # "hand–foot skin reaction (HFSR; 45%)": the term's abbreviation may open its bracket of values
        r"\s*\(\s*(?:(?-i:[A-Z][A-Za-z0-9]{1,6})[;,]\s*)?(?:\d+/\d+,\s*)?$",
        sentence[:to],
    )
    term = m.group(1).strip() if m else None
    if term:  # the term after the last list word: "the most common were neutropenia (20.6%)" -> "neutropenia"
        term = re.split(r"\b(?:including|included|were|was|are|is|and)\s", term)[-1].strip() or None
    if term:  # "..., or withdrawal of consent (n = 1)": the last item of a list, without its conjunction
        term = re.sub(r"^(?:or|nor)\s+", "", term) or None
    if term:  # "most commonly fatigue (40.6%)": the adverb that leads the list is no part of the term
        term = (
            re.sub(
                r"^(?:(?:most|more)\s(?:commonly|frequently|often)|mainly|mostly|primarily|predominantly|"
                r"particularly|especially|notably|chiefly)\s+",
                "",
                term,
                flags=re.IGNORECASE,
            )
            or None
        )
    if term and re.search(r"\b(patients|pts|rate|cohort|group|arm)\b", term, re.IGNORECASE):
        term = None
    if term and _PEOPLE_TERM.match(term):
        # "... than patients with wild type (75.0% vs. 31.4%; p = 0.042) and those with single heterozygous (75.0% vs.
        # 41.2%; p = 0.20)": the people a comparison is of, before its bracket of values, are no AE term
        term = None
    if term and _PREDICATE_TERM.match(term):  # "AEs were more frequent with apixaban (23%)": a predicate, no term
        term = None
    if term and m and m.group("short"):
        # "increased alanine aminotransferase (ALT) (68 %)": the term with the abbreviation it is printed with
        term = f"{term} {m.group('short').strip()}"
    if term and m and m.group("way"):
        # "lymphocyte (LYM) decreased (68.8%)": a CTCAE term printed with its abbreviation before its direction
        term = f"{term} {m.group('way').strip()}"
    return ([term] if term else None), grade, scope


@dataclass(slots=True)
class PKValue:
    analyte: str
    parameter: str
    index: int


def pk_respectively(sentence: str) -> list[PKValue] | None:
    """ "The mean Cmax and AUC0-∞ of total irinotecan and SN-38 with 70 mg/m² were 45.0 μg/mL and 1706.2
    h*μg/mL, 5.6 ng/mL and 427.9 h*ng/mL, respectively" -> the analyte and parameter of each value, in
    order (analyte-major), or None when the sentence is not such a list."""
    if "respectively" not in sentence:
        return None
    head = sentence.split(" were ")[0] if " were " in sentence else sentence.split(" was ")[0]
    params = []
    for m in re.finditer(r"C\s?max|C\s?min|AUC\s?[0-9a-z∞τ−–-]*|t\s?1/2|half-life|CL/F|\bCL\b|V\s?d\b|Vz/F", head):
        name = next((n for p, n in PK_PARAMETERS if re.search(p, m.group(0).lower())), None)
        if name and "{0}" in name:
            name = name.replace("{0}", "t")
        if name:
            params.append(name)
    analytes_m = re.search(r"\bof\s(.+?)\s(?:with|at|after|in|following)\s", head)
    if not params or not analytes_m:
        return None
    analytes = [a.strip() for a in re.split(r",\s*|\s+and\s+", analytes_m.group(1)) if a.strip()]
    if not analytes or len(analytes) > 4:
        return None
    return [PKValue(a, p, i * len(params) + j) for i, a in enumerate(analytes) for j, p in enumerate(params)]


def dose_of(sentence: str) -> str | None:
    m = re.search(r"(\d+(?:\.\d+)?\s?(?:mg/m²|mg/m2|mg/kg|mg|µg|μg))", sentence)
    return m.group(1) if m else None
