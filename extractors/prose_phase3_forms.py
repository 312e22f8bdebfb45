"""Sentence forms of phase-3 results prose whose labels the general rules bind wrongly, withheld (the precision
policy, prose_precision.py, asks ``phase3_doubt`` for every record the rules did label).

Results paragraphs of large two-arm trials chain several outcomes in one sentence ("X reduced the incidence of A
(...; hazard ratio, ...), as well as that of B (...; hazard ratio, ...), with no significant effect on C (P=...)"),
front the time the trial ran ("After a median of 5 years of follow-up, the mean X was lower in the A group (...)
than ...") and say a measure over a period ("The mean X during the follow-up period was 0.7 kg greater in ...").
The general rules then take an earlier clause's outcome, the main clause's group or the period as the label. Each
condition below is about where a phrase stands against the number, never about one paper's words; a number it
meets is withheld as a ``prose-unread`` finding with the reason below (a wrong label is worse than none)."""

from __future__ import annotations

import re
from typing import Literal

from schemas.records import Record

FRONTED_PHRASE = (
    "it is in a fronted phrase ('After a median of 5 years of follow-up, ...'): the group the main clause names "
    "after its comma is not its"
)
OWN_TERM_BEFORE_BRACKET = (
    "its bracket follows a term of its own ('as well as that of B (...)', 'no effect on C (P=...)') that its "
    "label, an earlier clause's, does not name"
)
PERIOD_AS_ENDPOINT = (
    "its endpoint would be the period a measure was taken over ('the mean X during the follow-up period'), not the "
    "measure"
)
CUT_MODIFIER = (
    "its endpoint would end in a modifier coordinated with another ('had a major macrovascular or microvascular "
    "event'): the label lacks the noun both modify"
)
# the doubts about a record's endpoint: a statement that continues one withheld for them takes no label from it
PHASE3_ENDPOINT_DOUBTS = frozenset({OWN_TERM_BEFORE_BRACKET, PERIOD_AS_ENDPOINT, CUT_MODIFIER})

# a sentence opening with a preposition of time or circumstance, the number inside it (no comma before the number)
_FRONTED = re.compile(
    r"^(?:After|During|Over|Within|Following|Throughout|Through|By|At|With)\b[^,;:()\[\]]*$", re.IGNORECASE
)
# the term a bracket opens right after, introduced as a new outcome: "as well as that of B (", "effect on C ("
_OWN_TERM = re.compile(
    r"(?:\b(?:that|those)\sof|\b(?:effects?|impact|influence)\s(?:on|upon))\s(?:the\s)?"
    r"(?P<t>[A-Za-z][^,;()\[\]]{1,60}?)\s?\((?P<inside>[^()]*)$"
)
# the period a measure is taken over: "during the follow-up period", "over the treatment phase"
_PERIOD = r"\b(?:during|over|throughout|in|for)\s(?:the\s)?(?:entire\s|whole\s)?{label}\s(?:period|phase)\b"
# a word that ends as an adjective of the medical vocabulary ("vascular", "ischemic", "venous", "coronary"): a label
# ending in one, said right before "or"/"and" and another word, is cut before the noun the two modify
_ADJECTIVE_END = re.compile(r"[a-z](?:ular|ic|ous|ary)$")
_COORDINATED_AFTER = re.compile(r"\s(?:or|and)\s(?:[a-z][a-z-]*\s){0,2}[a-z][a-z-]*(?=[\s,;.(:]|$)")
_FUNCTION = frozenset({"the", "a", "an", "of", "in", "on", "and", "or", "with", "for", "to", "new", "any", "all"})


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", text)} - _FUNCTION


def _stems(words: set[str]) -> set[str]:
    return {w[:6] for w in words}


def _names(term: str, label: str) -> bool:
    """Does the label name the term and nothing else: are its words, cut to their stems, all the term's? (A label
    with more words than the term, "combined major X and Y events" for "major Y events", is the earlier clause's.)"""
    t, lab = _stems(_words(term)), _stems(_words(label))
    if bool(lab) and lab <= t:
        return True
    # an acronym the term's words spell ("ORR" for "objective response rates")
    tokens = [w for w in re.split(r"[\s-]+", term.strip()) if w]
    runs = {
        "".join(w[0] for w in tokens[i:j]).upper() for i in range(len(tokens)) for j in range(i + 2, len(tokens) + 1)
    }
    acronyms = [w for w in label.split() if len(w) > 1 and w.isupper()]
    return bool(acronyms) and all(a in runs for a in acronyms)


# "A (hazard ratio, ...) and B (hazard ratio, ...": the term a ratio's bracket opens right after, the next item of a
# list of bracketed outcomes (not a time or a group said by a preposition)
_NEXT_ITEM = re.compile(
    r"[)\]]\s?(?:,\s)?(?:and|or)\s(?!(?:in|at|among|with|for|by|after|during|from|on|to)\b)(?:the\s)?"
    r"(?P<t>[A-Za-z][^,;()\[\]]{1,60}?)\s?\([^()]*$"
)
_COMPARED = re.compile(r"\b(?:compared\s(?:with|to)|versus|vs\.?|than|relative\sto)\s", re.IGNORECASE)
_GROUP_WORD = re.compile(r"\b(?:groups?|arms?|cohorts?|patients|participants|subjects|placebo)\b", re.IGNORECASE)
# "and 11,140 (86.5%) underwent randomization": the count's verb after it, said as what the patients underwent
UNDERWENT_AFTER = re.compile(
    r"^\s*(?:patients?\s|participants?\s|subjects?\s)?(?P<v>underwent\s(?:randomi[sz]ation|screening))\b",
    re.IGNORECASE,
)
# a term that names a subgroup or a comparison, not an outcome alone ("the primary outcome in patients with X")
_NOT_AN_OUTCOME_ALONE = re.compile(r"\b(?:in|among|with|without|between|versus|vs|than|compared)\b", re.IGNORECASE)


# "A total of 1031 participants died: 8.9% in the A group and 9.6% in the B group (hazard ratio, ...)": a count of
# the trial's patients with what they had, broken down by group after a colon
_COLON_HEAD = re.compile(
    r"^(?:(?:a\s)?total\sof\s|overall,\s|in\stotal,\s)?[\d,]+\s(?:patients|participants|subjects)\s"
    r"(?:(?P<died>died)|(?:had|experienced|developed)\s(?:an?\s|at\sleast\sone\s)?(?P<what>[A-Za-z][^,;:()\d]{2,60}?))"
    r":\s(?=[\d.]+%\s(?:in|among|with)\s(?:the\s)?[^,;()]{1,50}?\b(?:group|arm)\b)",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(r"\b(?:was|were|is|are|had|has|have|occurred|died|developed|experienced)\b", re.IGNORECASE)


def colon_breakdown_term(sentence: str, focus: int) -> str | None:
    """What the trial's patients counted before a colon had, for the count itself and for the shares by group after
    the colon and the ratio bracketed after them ("A total of 1031 participants died: 8.9% in the A group and 9.6%
    in the B group (hazard ratio, 0.93; ...)"); ``None`` when the sentence is not of this form, or another verb
    stands between the colon and the number (another clause's)."""
    head = _COLON_HEAD.match(sentence)
    if not head or _VERB_AFTER.search(_closed_out(sentence[head.end() :])):
        return None  # another clause after the colon: its numbers may be of what that clause says
    if head.group("died"):
        return "death"
    what = head.group("what").strip()
    return None if _ADJECTIVE_END.search(what.split()[-1].lower()) else what


# a bracket right after the outcome a change is in ("a reduction in the incidence of X (4.1% vs. 5.2%; hazard ratio,
# ...") or right after an item of a list of outcomes "including" opens ("including X (hazard ratio, ...) and Y (...")
_CHANGE_IN = re.compile(
    r"\b(?:reductions?|increases?|decreases?)\s(?:in|of)\s(?:the\s)?(?P<t>[A-Za-z][^,;()\[\]]{1,60}?)\s?\([^()]*$"
)
_INCLUDING = re.compile(r"\bincluding\s")
_LIST_ITEM = re.compile(r"^(?:,\s)?(?:(?:and|or)\s)?(?:the\s)?(?P<t>[A-Za-z][^,;()\[\]]{1,60}?)\s?\([^()]*$")
_RATE_OF = re.compile(r"^(?:the\s)?(?:incidence|risk|rate|occurrence|need)\s(?:of|for)\s(?:the\s)?", re.IGNORECASE)


def _closed_out(text: str) -> str:
    """``text`` without its closed brackets (nested ones too)."""
    while (shorter := re.sub(r"[(\[][^()\[\]]*[)\]]", "", text)) != text:
        text = shorter
    return text


def own_term(sentence: str, focus: int, ratio: bool = True) -> str | None:
    """The outcome the bracket holding the number at ``focus`` opens right after, when the sentence introduces it
    as a new outcome ("..., as well as that of B (9.4% vs. 10.9%; hazard ratio, 0.86", "with no significant effect
    on C (P=0.50)", "a reduction in the incidence of D (...; hazard ratio", "including E (hazard ratio, ...) and F
    (hazard ratio, ..."); ``None`` when the bracket follows no such term, or the term names a subgroup or a
    comparison too. A P value (``ratio`` false) takes only a term said as a new outcome ("that of", "effect on"):
    one after "an increase in X (P=...)" is often of a group said after it ("... at 6 g/day")."""
    before = sentence[:focus]
    found = _OWN_TERM.search(before) or (_CHANGE_IN.search(before) if ratio else None)
    term = found.group("t") if found else None
    including = [m.end() for m in _INCLUDING.finditer(before)] if term is None and ratio else []
    rest = before[including[-1] :] if including else ""
    if rest and not re.search(r";|\b(?:was|were|is|are|had|has|have)\b", _closed_out(rest)):
        item = _LIST_ITEM.match(rest[rest.rfind(")") + 1 :].lstrip() if ")" in rest else rest)
        term = item.group("t") if item else None
    if not term or _NOT_AN_OUTCOME_ALONE.search(term):
        return None
    return _RATE_OF.sub("", term.strip()) or None


def next_item_doubt(sentence: str, at: int, label: str, lead_statistic: str) -> str | None:
    """Why a ratio or a P value that takes the endpoint ``label`` of the ratio (``lead_statistic``) before it cannot:
    its bracket opens right after the next item of a list of bracketed outcomes ("A (hazard ratio, ...) and B
    (hazard ratio, ..."), which the label does not name; ``None`` otherwise (a share's P after "and the B group
    (7%, P=...)" is of the same outcome in another group)."""
    listed = _NEXT_ITEM.search(sentence[:at]) if lead_statistic in ("hr", "or", "rr") else None
    if not listed or _GROUP_WORD.search(listed.group("t")) or _names(listed.group("t"), label):
        return None
    if _COMPARED.search(sentence[: listed.start()]):
        return None  # "X compared with A [RR 3.4; ...] and B (RR 2.31; ...; P = 0.001)": the items are comparators
    return OWN_TERM_BEFORE_BRACKET


def phase3_doubt(sentence: str, focus: int, record: Record) -> str | None:
    """Why the record's label is withheld under the forms above, or ``None``. ``focus`` is where the number starts
    in the sentence."""
    if not record.row:
        return None
    label = record.row[-1]
    group_how = (record.binding or ("none", "none"))[1]
    before = sentence[:focus]
    if record.arm and group_how.endswith(", after") and _FRONTED.match(before):
        comma = sentence.find(", ", focus)
        named = sentence.lower().find(record.arm.lower(), focus)
        if 0 <= comma < named:
            return FRONTED_PHRASE
    own = _OWN_TERM.search(before)
    if own and not _names(own.group("t"), label):
        return OWN_TERM_BEFORE_BRACKET
    if re.search(_PERIOD.format(label=re.escape(label)), sentence, re.IGNORECASE):
        return PERIOD_AS_ENDPOINT
    said = sentence.lower().find(label.lower())
    last = label.split()[-1].lower() if label.split() else ""
    if said >= 0 and _ADJECTIVE_END.search(last) and _COORDINATED_AFTER.match(sentence[said + len(label) :]):
        return CUT_MODIFIER
    return None


# "The mean baseline glycated hemoglobin was 7.5%", "the mean X values were 6.5% in the A group and 7.3% in ...": a
# level printed as a percentage is the mean (median) its subject says, not a share of patients
_SUMMARY_BEFORE = re.compile(r"\b(?P<s>mean|average|median)\s(?:\(±?SD\)\s)?$", re.IGNORECASE)
_A_CHANGE = re.compile(r"\b(?:changes?|reductions?|increases?|decreases?|differences?|declines?|rises?)\b", re.I)


# "At the end of the follow-up period, the mean X was ...": the time a summary is of, fronted before its subject
# (capitalised as a sentence's opening: a heading the reading order glued before it may precede it)
_FRONTED_END = re.compile(r"(?:^|\s)(?:At|By)\s(?:the\s)?(?P<t>end\sof\s(?:the\s)?[a-z-]+(?:\s(?:period|phase))?),\s")


def with_fronted_end(sentence: str, label: str) -> str:
    """``label`` with the end of a period the sentence fronts ("At the end of the follow-up period, the mean X was
    6.5% ...": "X at end of the follow-up period"), or as it is."""
    where = sentence.lower().find(label.lower())
    fronted = _FRONTED_END.search(sentence[: max(where, 0)])
    time = fronted.group("t") if fronted and not re.search(r"[,;]", sentence[fronted.end() : where]) else None
    return f"{label} at {time}" if time and time.lower() not in label.lower() else label


def summary_statistic(sentence: str, at: int, label: str) -> Literal["mean", "median"] | None:
    """The summary ("mean", "median") a share printed at ``at`` is, when the sentence's subject is that summary of
    its label and the number follows the subject's copula in the same clause ("The mean X was 7.5%", "the mean X
    values were 6.5% in the A group and 7.3% in the B group"); ``None`` otherwise (a share, or a change)."""
    where = sentence.lower().rfind(label.lower(), 0, at)
    if where < 0 or _A_CHANGE.search(label):
        return None
    summary = _SUMMARY_BEFORE.search(sentence[:where])
    between = sentence[where + len(label) : at]
    copula = re.match(r"^\s(?:was|were)\s", between)
    if not summary or not copula or re.search(r"[;:]|\b(?:of|than)\s", between):
        return None
    if re.search(r"\b(?:was|were|is|are|had|has|have|reached|achieved)\b", between[copula.end() :]):
        return None  # another clause's verb: the number may be its share
    return "median" if summary.group("s").lower() == "median" else "mean"
