"""Value lists whose items each say what they are for: "adjusted P values were 0.74 for MMSE, 0.08 for MoCA and 0.66
for CGNT", "the cumulative absorbed dose was 117 Gy for tumour lesions, 19.9 Gy for kidneys and 0.9 Gy for red
marrow", "the median time to first occurrence was 53 days for fatigue, 15 for hyperphosphatemia".

A "for" phrase names the item's endpoint only when the words before the list leave the endpoint open: a statistic of
nothing yet ("P values", "the difference in mean change ... was", "values"), a time to an event not yet named ("time
to first occurrence", "time to onset"), or a dose given to the part of the body the phrase names ("absorbed dose").
Every other head ("the positive predictive value was 0.76 for CT and 0.54 for MRI", "the hazard ratios were 1.61 for
the first 2 years") names its endpoint itself, and its "for" phrases are groups, methods or periods: those lists are
left to the statement patterns. A list is read only when every item's phrase is neither an arm, a dose, a population,
a period nor a comparison. The corpus is tests/extraction/prose_for_lists_corpus.py.
"""

from __future__ import annotations

import re

from extractors.prose_arms import NO_ARMS, Arms
from extractors.prose_build import _section
from extractors.prose_terms import efficacy_terms
from extractors.prose_text import Text, sentence_of
from schemas.document import BBox
from schemas.records import Record

HOW = "for-list item"
UNREAD = (
    "it is one item of a list ('0.79 (...) for A, 0.77 (...) for B') whose head is a ratio or a discrimination "
    "statistic of nothing yet, and its 'for' phrase is no outcome the reader knows: it may as well be a group, a drug "
    "or a model"
)

_NUM = r"[-−]?\d+(?:\.\d+)?"
_UNIT_T = r"(?!for\b|and\b)[A-Za-zµμ%][\w%/*·²⁻¹.-]*"
_TERM = r"(?:the\s)?[A-Za-z][\w'-]*(?:\s(?!and\b|or\b|for\b|with\b|in\b|respectively\b)[A-Za-z][\w'-]*){0,4}"
_ITEM = (
    rf"(?P<v>{_NUM})\s?(?P<unit>%|{_UNIT_T}(?:\s{_UNIT_T})?)?\s?(?:\((?P<b1>[^()]{{1,80}})\)\s?)?"
    rf"for\s(?P<t>{_TERM})(?:\s?\((?P<b2>[^()]{{1,80}})\))?"
)
_ONE_ITEM = re.compile(_ITEM)
_LIST = re.compile(rf"(?<![\w.]){_ITEM}(?:(?:,\s(?:and\s)?|\sand\s){_ITEM.replace('?P<', '?P<x_')})+")
_JOIN = re.compile(r"^(?:,\s(?:and\s)?|\sand\s)")
# the head's verb, right before the list's first value
_HEAD = re.compile(
    r"(?P<head>[A-Za-z][^.;:()]{0,140}?)\s(?:was|were|is|are|of|equalled|equaled|amounted\sto)\s(?:about\s|approximately\s)?$"
)
# a head that is a statistic of nothing yet: what each item is for is its endpoint
_CONTENTLESS = re.compile(
    r"^(?:the\s)?(?:(?:corresponding|respective|adjusted|unadjusted|nominal|two-sided|one-sided|hommel-adjusted|"
    r"estimated|mean|median|between-group|least[- ]squares|ls)\s)*(?:p[\s-]?values?|p|values?|differences?|changes?"
    r"(?:\sfrom\sbaseline)?)\b",
    re.IGNORECASE,
)
# a time to an event the head does not name: each item names the event
_TIME_TO = re.compile(
    r"\btime\sto\s(?:the\s)?(?:first\s)?(?:onset|occurrence|resolution|recovery|improvement)"
    r"(?:\sof\s(?:the\s|an?\s)?(?:first\s)?(?:AEs?|adverse\sevents?|events?|toxicit(?:y|ies)))?$",
    re.IGNORECASE,
)
# a dose the head gives to what each item names ("absorbed dose ... for kidneys")
_DOSE = re.compile(r"\b(?:absorbed\s)?doses?$", re.IGNORECASE)
# a ratio or a discrimination statistic of nothing yet, with whatever the head adds ("the risk-adjusted odds ratio
# comparing White with Black participants", "external-test C-indices"): each item's phrase is an outcome, a group,
# a drug or a model, and only a phrase that is a known outcome is read as the item's endpoint
_RATIO_HEAD = re.compile(
    r"\b(?:(?P<hr>hazard\sratios?|HRs?)|(?P<or>odds\sratios?|ORs?)|(?P<rr>(?:risk|rate|incidence\srate)\sratios?|"
    r"relative\srisks?|RRs?|IRRs?)|C[\s-]?ind(?:ex|ices)|C[\s-]?statistics?|concordance\sind(?:ex|ices)|AUCs?|"
    r"areas?\sunder\sthe\s(?:ROC\s|receiver[\s-]operating[\s-]characteristic\s)?curves?)\b"
)
_PAIR_ONLY = re.compile(rf"^\s?(?P<lo>{_NUM})\s?(?:to|–|-|,)\s?(?P<hi>{_NUM})\s?$")
_HOW_GOT = re.compile(
    r"\s(?:extrapolated|estimated|calculated|measured|derived|computed|obtained|based|assessed)\s(?:from|on|using|with|by|"
    r"at|over)\b.*$",
    re.IGNORECASE,
)
# what a "for" phrase names when it is no endpoint
_NOT_ENDPOINT = re.compile(
    r"\b(?:patients?|participants?|subjects?|those|women|men|children|adults|cases|group|groups|arm|arms|cohort|"
    r"cohorts|versus|vs|compared|first|entire|whole|overall|years?|months?|weeks?|days?|follow-up|period|cycles?|"
    r"visits?|baseline|each|all|both)\b|\d",
    re.IGNORECASE,
)
_STAT_WORDS = re.compile(
    r"^(?:the\s)?(?:(?:estimated|corresponding|respective|overall|observed|adjusted|mean|median|geometric\smean)\s)+",
    re.IGNORECASE,
)


def _bbox(text: Text, start: int, end: int) -> BBox | None:
    idx = {text.owner[i] for i in range(start, min(end, len(text.owner))) if text.owner[i] >= 0}
    if not idx:
        return None
    boxes = [text.words[i].page_bbox for i in idx]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _items(sentence: str, start: int, end: int) -> list[re.Match[str]]:
    """The items of the list at ``sentence[start:end]``, in order."""
    out = []
    at = start
    while at < end:
        m = _ONE_ITEM.match(sentence, at)
        if m is None or m.end() > end:
            break
        out.append(m)
        join = _JOIN.match(sentence[m.end() :])
        if join is None:
            break
        at = m.end() + join.end()
    return out


def _statistic(head: str, unit: str | None) -> str:
    low = head.lower()
    if re.search(r"\bp[\s-]?values?\b|\bp$", low):
        return "p"
    if re.search(r"\bdifferences?\b|\bchanges?\b", low):
        return "value"
    if "geometric mean" in low:
        return "geometric_mean"
    if re.search(r"\bmedian\b", low):
        return "median"
    if re.search(r"\bmean\b|\baverage\b", low):
        return "mean"
    return "percent" if unit == "%" else "value"


def _bracket(inner: str | None) -> list[tuple[str, float, float | None]]:
    """(statistic, value, level) of an item's bracket: its interval and its P value."""
    if not inner:
        return []
    out: list[tuple[str, float, float | None]] = []
    ci = re.search(
        rf"(?:(?P<lvl>\d{{2}})\s?%\s?)?(?:CI|confidence\sinterval)[^\d−-]{{0,12}}(?P<lo>{_NUM})\s?(?:to|–|-|,)\s?(?P<hi>{_NUM})",
        inner,
    )
    if ci:
        level = float(ci.group("lvl")) if ci.group("lvl") else None
        out += [
            ("ci_low", float(ci.group("lo").replace("−", "-")), level),
            ("ci_high", float(ci.group("hi").replace("−", "-")), level),
        ]
    p = re.search(r"\bP\s?(?:=|value\s)?\s?(?P<p>0?\.\d+)\b", inner)
    if p:
        out.append(("p", float(p.group("p")), None))
    return out


def for_list_records(
    text: Text,
    page: int,
    records: list[Record],
    places: dict[int, tuple[int, int, bool, bool]],
    arms: Arms = NO_ARMS,
    doubts: dict[int, str] | None = None,
) -> list[Record]:
    """``records`` with the numbers of every "V for X, V for Y" list whose head leaves the endpoint to the items
    read by their items (see the module's docstring): the statement patterns' records of those numbers replaced."""
    keep = list(records)
    for m in _LIST.finditer(text.text):
        start, sentence = sentence_of(text.text, m.start(), m.end())
        at = m.start() - start
        head_m = _HEAD.search(sentence[:at].split(", ")[-1] if ", " in sentence[:at] else sentence[:at])
        if head_m is None:
            continue
        # "the estimated mean cumulative absorbed dose extrapolated from cycle 1 was": how the head was got aside
        head = _HOW_GOT.sub("", head_m.group("head").strip())
        items = _items(sentence, at, m.end() - start)
        if len(items) < 2:
            continue
        terms = [re.sub(r"^the\s", "", i.group("t")).strip() for i in items]
        # ("overall survival" is a known outcome, though "overall" alone says a population)
        if any((_NOT_ENDPOINT.search(t) and not _outcome(t)) or _armish(t, arms) for t in terms):
            continue
        contentless = bool(_CONTENTLESS.match(head) or re.search(r"\bp[\s-]?values?$", head, re.IGNORECASE))
        time_to, dose = _TIME_TO.search(head), _DOSE.search(head)
        ratio = None if (contentless or time_to or dose) else _RATIO_HEAD.search(head)
        if ratio and not all(_outcome(t) for t in terms):
            # "pooled hazard ratios were 0.785 (...) for dapagliflozin, 0.771 (...) for empagliflozin": whether each
            # phrase is an outcome or a group is not settled by the sentence; what the statement patterns read of
            # the list's numbers is withheld
            if doubts is not None:
                span = (m.start(), m.end())
                for r in keep:
                    if id(r) in places and span[0] <= places[id(r)][1] < span[1] and id(r) not in doubts:
                        doubts[id(r)] = UNREAD
            continue
        if not (contentless or time_to or dose or ratio):
            continue
        stat = _statistic(head, None)
        if ratio:
            stat = next((k for k in ("hr", "or", "rr") if ratio.group(k)), "value")
        read: list[Record] = []
        for item, term in zip(items, terms, strict=True):
            endpoint = (
                (term if stat in ("hr", "or", "rr") else f"{ratio.group(0)} for {term}")
                if ratio
                else _of_what(head, term)
                if contentless
                else f"{_STAT_WORDS.sub('', head)} of {term}"
                if time_to
                else f"{_STAT_WORDS.sub('', head)} {term}"
            )
            box = _bbox(text, start + item.start(), start + item.end())
            if box is None:
                read = []
                break
            item_stat = stat if stat != "value" or item.group("unit") != "%" else "percent"
            values: list[tuple[str, float, float | None]] = [
                (item_stat, float(item.group("v").replace("−", "-")), None)
            ]
            values += _bracket(item.group("b1")) + _bracket(item.group("b2"))
            pair = _PAIR_ONLY.match(item.group("b1") or "") if ratio else None
            if pair and float(pair.group("lo")) <= values[0][1] <= float(pair.group("hi")):
                # "2.47 (0.75-7.75) for overall survival": a ratio's bare bracketed pair bracketing it is its interval
                values += [("ci_low", float(pair.group("lo")), None), ("ci_high", float(pair.group("hi")), None)]
            for s, v, level in values:
                record = Record(
                    section=_section(sentence),
                    table="text",
                    statistic=s,
                    value=v,
                    ci_level=level,
                    raw=item.group(0),
                    page=page,
                    bbox=box,
                    context=sentence,
                    row=[endpoint],
                )
                record._binding = (HOW, "none")
                read.append(record)
        if not read:
            continue
        span = (m.start(), m.end())
        values_read = {r.value for r in read}
        keep = [
            r
            for r in keep
            if not (id(r) in places and span[0] <= places[id(r)][1] < span[1] and r.value in values_read)
            and not (id(r) in places and span[0] <= places[id(r)][1] < span[1] and r.statistic in ("count", "percent"))
        ]
        for r in read:
            places[id(r)] = (start, m.start(), False, True)
        keep.extend(read)
    return keep


def _of_what(head: str, term: str) -> str:
    """A contentless head's item: the term, or the difference or the change in it ("the difference in mean change
    ... was -0.12 for MMSE": a difference in MMSE)."""
    kind = re.search(r"\b(difference|change)s?\b", head, re.IGNORECASE)
    return f"{kind.group(1).lower()} in {term}" if kind else term


def _outcome(term: str) -> bool:
    """Whether the phrase is, whole, an efficacy outcome the reader knows ("overall survival", "PFS")."""
    return any(m.start() == 0 and m.end() == len(term) for m, _ in efficacy_terms(term))


def _armish(term: str, arms: Arms) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", term)}
    return bool(words & arms.words) or term.lower() in arms.names
