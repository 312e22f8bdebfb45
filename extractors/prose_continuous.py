"""Summary statistics of continuous measures and PK parameters in prose: which statistic a number is and what it
is of, where the sentence form decides it ("a median of 5 cycles (range 1-26)": a median number of cycles; "Cmax
was 31% higher": a relative change, no Cmax; "Mean accumulation ratios ranged from 1.31 to 1.47": the lowest and
highest of several means, no range of one distribution; "the geometric mean ratio of AUC was 110% (90% CI ...)": a
ratio, no percent of patients). The corpus is tests/extraction/prose_continuous_corpus.py."""

from __future__ import annotations

import re

# "AUC0-inf was 61% higher (ratio of geometric means 1.61 ...)", "Cmax was about 19% higher under fed conditions",
# "exposure was 2-fold higher": how much one figure differs from another, said with a comparative right after the
# number (with "than" or not), never a share of patients nor a value of the measure
_COMPARATIVE_AFTER = re.compile(r"^\s?(?:%\s?)?(?:higher|lower|greater|less|smaller|larger)\b", re.IGNORECASE)
# "Mean accumulation ratios ranged from 1.31 to 1.47", "median Tmax values ranged from 1 to 3 h across doses": the
# subject is a summary of each group, so the two bounds are the extremes of several summaries
_RANGE_OF_SUMMARIES = re.compile(
    r"\b(?:mean|median|geometric\smean|average)\s(?:[\w/.-]+\s){0,4}?[\w/.-]*s\s(?:\w+\s)?rang(?:ed|ing|es?)\s"
    r"(?:from\s)?(?:about\s|approximately\s)?$",
    re.IGNORECASE,
)

RELATIVE_CHANGE = "it is how much one figure differs from another ('31% higher'), not a value of the measure"
RANGE_OF_SUMMARIES = (
    "it bounds a range of several groups' summaries ('mean ratios ranged from'), not the range of one distribution"
)


def continuous_doubt(context: str, at: int, stat: str) -> str | None:
    """Why the number at ``at`` of its sentence ``context``, read as ``stat``, cannot be that statistic of a
    measure, or ``None``."""
    if stat in ("percent", "rate", "value", "mean", "median", "geometric_mean") and _COMPARATIVE_AFTER.match(
        context[_number_end(context, at) :]
    ):
        return RELATIVE_CHANGE
    if stat in ("min", "max") and _RANGE_OF_SUMMARIES.search(context[:at]):
        return RANGE_OF_SUMMARIES
    return None


def _number_end(context: str, at: int) -> int:
    """Where the number printed at ``at`` ends (its digits, its "%" and a "-fold")."""
    m = re.match(r"-?[\d,]*\d(?:\.\d+)?\s?(?:%|-fold)?", context[at:])
    return at + (m.end() if m else 0)


# "the geometric mean ratio of zelnorvir AUC0-24 was 110% (90% CI 84–144)", "the GMR for Cmax was 87%": the number
# is the ratio of the quantity the "of" / "for" names (docs/typing.md: a `value`, never a geometric mean nor a share);
# a ratio of means only ("the win ratio for the composite" is a statistic of its own, named before "ratio")
_RATIO_SUBJECT = re.compile(
    r"(?:\b(?:(?:geometric|least[- ]squares|adjusted)\s)*mean\sratios?|\bGMRs?)\s(?:of|for)\s(?:the\s)?"
    r"(?P<x>[A-Za-z][^,;()]{0,50}?)\s(?:was|were|is|are|of|:|=)\s(?:about\s|approximately\s)?$",
    re.IGNORECASE,
)
# what a ratio's quantity is said of, after its name: "AUC0-t of midazolam on day 14 to those on day -1"
_QUANTITY_TAIL = re.compile(r"\s(?:of|on|in|at|after|during|to|with|following)\s.*$", re.IGNORECASE)


def ratio_subject(before: str) -> str | None:
    """ "ratio of X" when the number after ``before`` (its sentence up to the number) completes "the (geometric
    mean) ratio of X was", else ``None``."""
    m = _RATIO_SUBJECT.search(before)
    if not m or re.search(r"\band\b", m.group("x")):
        return None  # "the ratio of Cmax and AUC were 1.2 and 1.4, respectively": the items' (respectively_item)
    return f"ratio of {m.group('x').strip()}"


def ratio_item(head: str, item: str) -> str:
    """The i-th item of a "respectively" list whose head is a ratio ("The geometric mean ratio of the Cmax and AUC0-t
    of midazolam on day 14 to those on day -1 was 1.79 (...) and 2.94 (...), respectively") names the ratio of
    that item, without what all the items are said of; ``head``: the sentence up to the items."""
    if not re.search(r"\b(?:ratios?|GMRs?)\s(?:of|for)\s(?:the\s)?$", head, re.IGNORECASE):
        return item
    return f"{_QUANTITY_TAIL.sub('', item)} ratio"


_NUMBER = r"\d+(?:\.\d+)?"
# what a count is of, said after it: "cycles", "treatment courses", "prior lines" (a plural noun, no unit of time,
# no patients: those are a duration and a count of patients)
_COUNTED = (
    r"(?P<noun>(?!(?:patients|participants|subjects|months|weeks|days|years|hours|minutes)\b)(?:[a-z][a-z-]*\s){0,2}?"
    r"(?!(?:patients|participants|subjects|months|weeks|days|years|hours|minutes)\b)[a-z][a-z-]*s)\b"
)
# "a median of 5 cycles (range 1-26)", "After a median number of 10 treatment courses": the summary of a count, the
# counted noun after the number
_SUMMARY_OF_COUNT = re.compile(
    rf"\b(?:median|mean|average)\s(?:number\sof\s|of\s)(?P<n>{_NUMBER})\s{_COUNTED}", re.IGNORECASE
)
# "A total of 142 cycles (median: 4 per patient) were administered": the noun the bracket follows
_PER_PATIENT = re.compile(
    rf"\b(?:\d[\d,]*\s)?{_COUNTED}\s\((?:median|mean)[:,]?\s(?P<n>{_NUMBER})\sper\s(?:patient|participant|subject)\)",
    re.IGNORECASE,
)


def counted_noun(sentence: str, at: int, end: int) -> str | None:
    """What the summary stated at ``sentence[at:end]`` counts, when the sentence says it after the number ("a median
    of 5 cycles", "a median number of 10 treatment courses") or before its bracket ("142 cycles (median: 4 per
    patient)"); else ``None``."""
    for pattern in (_SUMMARY_OF_COUNT, _PER_PATIENT):
        for m in pattern.finditer(sentence):
            if at <= m.start("n") < end or m.start() <= at < m.end():
                return m.group("noun")
    return None


# "35.2 ± 6.1 L/h following intravenous administration and 298.4 ± 120.7 L/h following oral administration": the
# route (or formulation) each value is said of, right after it and its unit
_ROUTE_AFTER = (
    r"\s(?:following|after)\s(?:the\s|an?\s)?(?P<g>[a-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s(?:administration|dosing)\b"
)
_ROUTE_SAID_AFTER = re.compile(rf"^\s?(?:[^\s\d(),;]{{1,12}})?{_ROUTE_AFTER}")


def route_said_after(sentence: str, end: int) -> str | None:
    """The route a value is said of right after it ("... L/h following oral administration"), when its sentence
    sets two or more routes side by side that way (one route alone may be the only one the study gave)."""
    said = _ROUTE_SAID_AFTER.match(sentence[end:])
    routes = {m.group("g").lower() for m in re.finditer(_ROUTE_AFTER, sentence)}
    return said.group("g") if said and len(routes) >= 2 else None


# "Mean AUCinf values were 388 µg·h/mL for the tablet and 402 µg·h/mL for the capsule": quantities measured in a
# unit, each said "for" the group (formulation, population) it is of
_MEASURED_FOR = re.compile(
    rf"{_NUMBER}\s?(?P<u>(?:μg|µg|ng|mg|pg)\S*|L/h|mL/min|h|hours)\sfor\s(?:the\s)?"
    r"(?P<g>[A-Za-z][\w-]*(?:\s(?!(?:and|or|group|arm)\b)[A-Za-z][\w-]*)?)(?:\s(?:group|arm))?"
    r"(?=\s?[,;.)]|\s(?:and|or|compared|versus|vs\.?)\b|$)"
)


def measured_for(sentence: str, end: int) -> str | None:
    """The group a measured value is said "for" right after its unit, when its sentence sets two or more values
    side by side that way ("388 µg·h/mL for the tablet and 402 µg·h/mL for the capsule"); a term after "for" with
    no unit before it ("-0.12 for MMSE") is an estimate's term, not a group."""
    said = [m for m in _MEASURED_FOR.finditer(sentence)]
    if len({m.group("g").lower() for m in said}) < 2:
        return None
    return next((m.group("g") for m in said if m.start() < end <= m.end("u")), None)


# "The number of infusions per patient (median 6, mean 9.2, range 1–38) did not differ": the measure a bracket of
# summaries follows (the noun phrase before it, no verb in it)
_MEASURE_BEFORE = re.compile(r"(?:^|[,;:]\s)(?:the\s)?(?P<what>[A-Za-z][A-Za-z0-9 /-]{2,60}?)\s?$", re.IGNORECASE)
_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did|received|showed)\b", re.IGNORECASE)


def measure_before_bracket(sentence: str, focus: int) -> str | None:
    """The measure a bracket of summaries follows ("The number of infusions per patient (median 6, mean 9.2, range
    1–38)"), when the number at ``focus`` is in a bracket that opens with "median" or "mean"; else ``None``."""
    opened = sentence.rfind("(", 0, focus)
    if opened < 0 or sentence.rfind(")", 0, focus) > opened:
        return None
    if not re.match(r"\((?:median|mean)\b", sentence[opened:], re.IGNORECASE):
        return None
    m = _MEASURE_BEFORE.search(sentence[:opened])
    if not m or _VERB.search(m.group("what")):
        return None
    return m.group("what").strip()


# "Infusion-related reactions resolved after a median duration of 10 h (range 8–19 h)", "Five patients had stable
# disease with a median duration of 3.8 months", "had a partial response that lasted for a median duration of 5.5
# months": a median duration of nothing named after it is the duration of the event the clause names before it
_EVENT_THEN_DURATION = re.compile(
    r"(?:(?:^|[,;]\s)(?:the\s)?(?P<s>[A-Za-z][A-Za-z -]{2,40}?)\s(?:resolved|lasted|persisted)|\bhad\s(?:an?\s)?"
    r"(?P<o>[A-Za-z][A-Za-z -]{2,40}?)(?:\s(?:that|which)\s(?:lasted|persisted))?)\s(?:for\s|after\s|with\s|over\s)?"
    r"(?:a\s)?(?:median|mean)\sduration\sof\s$",
    re.IGNORECASE,
)


def duration_of_event(sentence: str, focus: int) -> str | None:
    """ "duration of X" when the number at ``focus`` completes "X resolved after a median duration of" or "had X with
    a median duration of"; else ``None``."""
    m = _EVENT_THEN_DURATION.search(sentence[:focus])
    if not m:
        return None
    event = (m.group("s") or m.group("o")).strip()
    if re.match(r"(?:patients|participants|subjects)\b", event, re.IGNORECASE) or _VERB.search(event):
        return None
    return f"duration of {event}"
