"""People counted as the subject, what the predicate says of them the endpoint: "Twenty-six (51%) pts in the mono
cohort were refractory to their last therapy", "Six of the 15 participants are still living", "8/21 patients (38%)
were alive at 30 months", "and 37 completed the study", "46.2% had received at least two prior regimens".

The statement's number is the count (or share) of the people; the words after it name them again ("pts", "patients
(38%)"), may name the group they are in ("in the mono cohort": the group rules read it, it is never part of the
endpoint) and then say, by a finite verb, what they were, did or had. This module reads past that subject to the
verb (``past_subject``), and reads the two predicates the endpoint rules did not: a copula of the present or of
"remain" ("are still living", "remain alive", "remained in long-term follow-up") and a verb of disposition
("completed the study", "withdrew from the study due to AEs", "stopped immunosuppressive therapy", "survived longer
than three years"). A verb of how the people were handled ("were randomized", "were enrolled") is read elsewhere,
as the size of the trial or of a group, never here.

It also says when a count is of a subgroup its sentence fronts by words no group rule reads ("Of the 9 pts with
ovarian cancer who were evaluable for response, two had a partial response"): the count is that subgroup's, which
the record cannot carry, so it is withheld (``fronted_subgroup``)."""

from __future__ import annotations

import re

_PEOPLE = r"(?:patients?|pts|participants?|subjects?|volunteers?)"
# the subject said again after its count: adjectives and the people ("healthy male volunteers"), their share in a
# bracket ("patients (38%)"), the group they are in ("in the mono cohort", "in both arms" is no group), "still"
_GROUP_TAIL = (
    r"(?:[(\[][^()\[\]]*[)\]]\s)?"
    r"(?:(?:in|of|from)\s(?:the\s)?(?!(?:both|all|each|either)\b)[\w-]+(?:\s[\w-]+){0,3}?\s(?:cohort|arm|group|part)\s"
    # a second count of another group coordinated with it, which shares its verb ("Eleven patients in the A group
    # and six patients in the B group were still receiving treatment")
    rf"(?:and\s(?:\d+(?:\.\d+)?\s?%|\d+|[a-z]+(?:-[a-z]+)?)\s(?:[(\[][^()\[\]]*[)\]]\s)?"
    rf"(?:of\sthose\s|(?:of\s(?:the\s)?|(?:[a-z][a-z-]*\s){{0,2}}?){_PEOPLE}\s)?"
    r"(?:in|of|from)\s(?:the\s)?(?!(?:both|all|each|either)\b)[\w-]+(?:\s[\w-]+){0,3}?\s(?:cohort|arm|group|part)\s)?"
    r")?"
    r"(?:still\s)?"
)
_SUBJECT_TAIL = re.compile(rf"^(?:(?:[a-z][a-z-]*\s){{0,2}}?{_PEOPLE}\s){_GROUP_TAIL}")
# the same after a count whose statement ends with its people ("Eleven patients"): the group they are in
_COUNTED_TAIL = re.compile(rf"^(?=(?:in|of|from)\s){_GROUP_TAIL}")
_ENDS_WITH_PEOPLE = re.compile(rf"\b{_PEOPLE}$")
# the end of a predicate: its clause's end, a bracket, a coordinated clause, or a phrase of a phase or a group
# ("withdrew during the open-label phase ...": the phase is a group, no part of the endpoint)
_PREDICATE_END = (
    r"(?=\s?[,.;(]|\s(?:and|while|whereas|but|during)\s|$"
    r"|\s(?:in|on|at)\s(?:the\s)?[\w-]+(?:\s[\w-]+){0,3}?\s(?:cohort|arm|group|part|phase|portion)\b)"
)
# "are still living", "remain alive", "is treatment-naive": a copula of the present, or "remain", with what it says
# of the subject (the past "were/was" the endpoint rules read)
_COPULA = re.compile(
    rf"^(?:are|is|remains?|remained)\s(?:still\s)?(?!(?:not|also|then|similar|comparable|more|less|fewer)\b)"
    rf"(?P<what>[a-z][a-z -]{{1,40}}?){_PREDICATE_END}"
)
# "completed the study", "withdrew from the study due to adverse events", "stopped immunosuppressive therapy",
# "survived longer than three years after diagnosis", "remained in long-term follow-up": the verb of a disposition
# and what follows it up to its clause's end, one term
_DISPOSITION = re.compile(
    # ("voluntarily withdrew": an adverb of how is no part of the term)
    r"^(?:[a-z]+ly\s)?(?P<what>(?:completed|withdrew|stopped|survived|refused|declined|relapsed|remained\s(?:in|on)|remain\s(?:in|on)|continued\s(?:on|in|to))"
    rf"\b[^,;()]{{0,60}}?){_PREDICATE_END}"
)
# a threshold that opens what was had or received ("at least two prior regimens"): the verb stays in the label
# (every way a text layer prints "greater than or equal": "≥", "⩾", "≧", ">=")
THRESHOLD_OBJECT = re.compile(r"^(?:at\sleast|more\sthan|fewer\sthan|less\sthan|up\sto|>=|[≥⩾≧>])\s?\S", re.I)


def past_subject(after: str, statement: str = "") -> str | None:
    """The words after a count, past the subject it is the count of ("pts in the mono cohort were ..." -> "were
    ..."), or ``None`` when they do not open with people; when the ``statement`` ends with its people ("Eleven
    patients"), past the group they are in ("in the A group and six patients in the B group were ...")."""
    tail = _SUBJECT_TAIL.match(after)
    if tail is None and _ENDS_WITH_PEOPLE.search(statement.rstrip()):
        tail = _COUNTED_TAIL.match(after)
    elif tail is None and re.search(r"(?:%|\bpercent)$", statement.rstrip()):
        # "Ninety-one percent of patients in the A group and 84% of patients in the B group completed ..."
        people = re.match(rf"of\s(?:the\s)?{_PEOPLE}\s", after)
        if people:
            rest = _COUNTED_TAIL.match(after[people.end() :])
            return after[people.end() + rest.end() :] if rest and rest.end() else None
    if tail is not None and tail.end() == 0:
        tail = None
    return after[tail.end() :] if tail else None


_GROUP_AFTER = re.compile(
    r"^\s(?:during|in|on|at|for)\s(?:the\s)?[\w-]+(?:\s[\w-]+){0,3}?\s(?:cohort|arm|group|part|phase|portion)\b", re.I
)
GROUP_AFTER_HOW = "subject's predicate: a group said after it"


# "died", "died on therapy", "died of sepsis", "died during induction treatment", "died before starting chemotherapy":
# a death and when or of what it came, one term (the words of a phase after "during" are the death's time here: a
# group or phase name ends it, as any predicate's)
_DIED = re.compile(
    r"^(?:[a-z]+ly\s)?(?P<what>died(?:\s(?:during|before|after|within|on|of|from|while|following|due\sto|because\sof)\s"
    rf"[^,;()]{{1,60}}?)?){_PREDICATE_END.replace('|during', '')}"
)


def subject_predicate(after: str) -> tuple[str | None, str] | None:
    """What a copula of the present or "remain", or a verb of disposition, says of the people counted, and the rule
    that read it; ``after`` starts at the verb (past the subject: see :func:`past_subject`). A predicate followed by
    the group or phase it happened in ("withdrew during the open-label phase") is left unread (``None``, and why):
    the people are that group's, which the group rules may not read."""
    copula = _COPULA.match(after)
    if copula and re.match(r"(?:in|on|at|with|from|to)\b", copula.group("what")):
        copula = None
    found = copula or _DISPOSITION.match(after) or _DIED.match(after)
    if found is None:
        return None
    if _GROUP_AFTER.match(after[found.end() :]):
        return None, GROUP_AFTER_HOW
    return found.group("what").strip(), "subject's copula" if copula else "subject's disposition"


# "10 (62.5%) males, ...": the one noun after a count's share, ending its item, names the people counted (never an
# adverb, "respectively", a verb ("41 (13.9%) did", "3 (5%) died"), nor the groups a list of arms ends with:
# "placebo (48.5%) groups")
_COUNTED_NOUN = re.compile(
    rf"^(?!{_PEOPLE}\b|(?:and|or|of|in|to|at|with|for|the|were|was|had|have|has|did|do|does|who|groups?|arms?|"
    r"cohorts?)\b|\w+ly\b|\w+ed\b)"
    r"(?P<what>[A-Za-z][a-z-]{2,30})"
    r"(?=\s?[,;.]|\s(?:and|or)\s|$)"
)


def counted_people(after: str) -> str | None:
    """The noun that names the people a count's bracketed share is of, said alone after it ("10 (62.5%) males, 6
    (37.5%) females"), or ``None``; ``after`` starts right after the bracket."""
    m = _COUNTED_NOUN.match(after)
    return m.group("what") if m else None


# "Of the 9 pts with ovarian cancer who were evaluable for response, ...", "Of 12 pts who received this dose and
# schedule, ...": a counted part the sentence fronts, said by a condition or a relative clause ("Among 15 efficacy
# evaluable pts with R/R FL, the ORR ..." is the set a result is among: the whole trial's, another rule's)
_FRONTED_SUBGROUP = re.compile(
    rf"^of\s(?:the\s|all\s)?\d[\d,]*\s(?:[a-z][a-z-]*\s){{0,2}}?{_PEOPLE}\s"
    r"(?P<how>with|without|who|whose|harbou?ring|aged)\s(?P<cond>[^,;]{1,100}),\s",
    re.IGNORECASE,
)
# "In the first 105 patients who had previously received platinum-based chemotherapy, the percentage ...", "Among
# the 39 previously untreated patients, ...": a part said by the treatment it had before (a relative clause saying
# what else they had, "Among 330 patients who had 1-year follow-up data", is the set the results are among)
_FRONTED_AMONG = re.compile(
    rf"^(?:in|among)\s(?:the\s|all\s)?(?:first\s)?\d[\d,]*\s(?:[a-z][a-z-]*\s){{0,3}}?{_PEOPLE}\s"
    r"(?P<how>who)\s(?P<cond>(?:had\s|have\s)?(?:previously|prior|already)\s[^,;]{1,90}),\s|"
    r"^(?:in|among)\s(?:the\s|all\s)?\d[\d,]*\s(?P<line>(?:previously\s(?:un)?treated|treatment-na[iï]ve|"
    rf"(?:heavily\s)?pretreated))\s{_PEOPLE},\s",
    re.IGNORECASE,
)
# a relative clause that says only how they passed through the trial (screened, enrolled, treated, evaluable): a
# stage of its flow or an analysis set, no subgroup ("Of the 3706 patients who had undergone screening, 2581 ...")
_ANALYSED = re.compile(
    r"(?:(?:were|was|had\sbeen|had\sundergone|underwent)\s)?(?:randomly\s)?(?:screen(?:ed|ing)|enrol(?:l?ed|l?ment)|"
    r"randomi[sz](?:ed|ation)|recruited|treated|included|assessed|evaluated|evaluable|assessable|eligible|dosed|"
    r"met\s(?:the\s|all\s)?(?:inclusion|eligibility|study)\scriteria)\b",
    re.I,
)
_NO_CONTENT = frozenset({"the", "a", "an", "and", "or", "of", "in", "at", "to", "for", "on", "their", "any", "all"})


def fronted_subgroup(sentence: str, at: int, before: str = "") -> bool:
    """Does the sentence front a counted subgroup ("Of the 9 pts with ovarian cancer who ..., ") before the number
    at ``at``? A count or share of the clause after it is the subgroup's. A condition whose every word the text
    ``before`` the sentence already names ("Of the 16 pts with FL, ..." after "16 pts with FL were enrolled") is the
    trial's population, no subgroup; a relative clause saying only that they were evaluable or treated is an
    analysis set."""
    m = _FRONTED_SUBGROUP.match(sentence) or _FRONTED_AMONG.match(sentence)
    if m is None or m.end() > at:
        return False
    if m.groupdict().get("line"):
        return not re.search(rf"(?<![\w/-]){re.escape(m.group('line'))}(?![\w/-])", before, re.I)
    cond = re.split(r"\s(?:who|whose|that)\s", m.group("cond"))[0]
    if m.group("how").lower() == "who":
        return not _ANALYSED.match(cond)
    words = [w for w in re.findall(r"[A-Za-z][\w/-]*", cond) if w.lower() not in _NO_CONTENT]
    return not all(re.search(rf"(?<![\w/-]){re.escape(w)}(?![\w/-])", before, re.I) for w in words)
