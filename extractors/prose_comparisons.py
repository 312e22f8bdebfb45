"""The two groups a comparative sentence sets side by side, in the order it names them, so that the values of
its "a vs. b" pair can be given one each.

Trial papers state a two-arm result as a comparison: "PFS was longer with A than with B (median 5.1 vs. 3.4
months)", "ORR (20 vs. 9%) favoured A versus B", "less often in the A group than in the B group (7 vs. 55%)",
"the difference between A and B (12 vs. 8 patients)". The pair's first value is the first-named group's: the
order in which a sentence names what it compares is the order of its values. Rules, each about how papers
write, not about one paper:

- a group is a term of one to four words whose words (generic ones aside: "group", "arm", "the") are all
  words of the paper's arm names (:func:`extractors.prose_arms.arm_words`), or a dose ("10 mg");
- the comparison is "with/in/for/on/among/receiving [the] A [group] than/versus/vs./compared with/relative to
  [with/in/on] [the] B", or "between [the] A [group] and [the] B";
- a sentence that compares two different pairs (or one pair both ways) names no order: no groups.
"""

from __future__ import annotations

import re

from extractors.prose_arms import _DOSE_TERM, _GENERIC

_TERM = r"[A-Za-z0-9µμ][\w²/.+⁄µμ-]*+"
_GROUP = rf"(?:{_TERM}\s){{0,3}}?{_TERM}"
_TAIL = r"(?:\s(?:group|arm|cohort)s?)?"
_FRONT = r"(?:the\s|patients\s(?:receiving|treated\swith|on|in)\s|those\s(?:receiving|on|in)\s)?"
# one value of a pair, with its unit and no bracket: "44%", "7.2 months"
_PAIR_VALUE = r"(?<![\w.])-?\d+(?:\.\d+)?(?:\s?%|\s(?:months?|weeks?|days?|years?))?"
_COMPARISONS = (
    re.compile(
        rf"\b(?:with|in|for|on|among|receiving)\s{_FRONT}(?P<a>{_GROUP}){_TAIL}\s"
        rf"(?:than|versus|vs\.?|compared\s(?:with|to)|relative\sto)\s(?:with\s|in\s|on\s|among\s|for\s)?{_FRONT}"
        rf"(?P<b>{_GROUP}){_TAIL}(?=[\s,;:.)(\[]|$)",
        re.IGNORECASE,
    ),
    # "(20 vs. 9%) favoured nivolumab versus docetaxel": two arm names set against each other need no preposition
    re.compile(
        rf"(?<![\w-])(?P<a>{_GROUP}){_TAIL}\s(?:versus|vs\.?)\s{_FRONT}(?P<b>{_GROUP}){_TAIL}(?=[\s,;:.)(\[]|$)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bbetween\s{_FRONT}(?P<a>{_GROUP}){_TAIL}\sand\s{_FRONT}(?P<b>{_GROUP}){_TAIL}(?=[\s,;.)(\[]|$)",
        re.IGNORECASE,
    ),
    # the clause's subject set against a group after its verb: "Velotinib improved outcomes over placebo",
    # "Placebo was inferior to velotinib", "Velotinib compared with placebo prolonged", "Treatment with A, as
    # compared with B, resulted in", "A was associated with a higher ORR than B"
    re.compile(
        rf"(?:^|[;:]\s|,\s(?:and|but|while|whereas)\s)(?:(?:treatment|therapy)\swith\s)?(?:the\s)?(?P<a>{_GROUP}){_TAIL}"
        rf",?\s(?!(?:and|or)\s)(?:(?!(?:and|but|while|whereas)\b)[A-Za-z0-9][\w%.-]*\s){{0,10}}?(?:as\s)?"
        rf"(?:over|than|(?:superior|inferior|compared|relative)\sto|compared\swith)\s(?:with\s|in\s|on\s)?"
        rf"(?:the\s)?(?P<b>{_GROUP}){_TAIL}(?=[\s,;:.)(\[]|$)",
        re.IGNORECASE,
    ),
    # a subject's group, then a pair whose second value names its own: "the 2-year survival rate for A was 44% vs
    # 29% for B", "median PFS with A was 7.2 months versus 4.1 months with B"
    re.compile(
        rf"\b(?:with|in|for|among|on|receiving)\s{_FRONT}(?P<a>{_GROUP}){_TAIL}\s(?:was|were)\s"
        rf"(?:(?:only|approximately|about)\s)?{_PAIR_VALUE}\s(?:vs\.?|versus)\s{_PAIR_VALUE}\s"
        rf"(?:with|in|for|among|on)\s{_FRONT}(?P<b>{_GROUP}){_TAIL}(?=[\s,;:.)(\[]|$)",
        re.IGNORECASE,
    ),
    # "Event-free survival favoured A over B"
    re.compile(
        rf"\bfavou?r(?:ed|ing|s)?\s(?:the\s)?(?P<a>{_GROUP}){_TAIL}\s(?:over|versus|vs\.?|compared\s(?:with|to)|relative\sto)\s"
        rf"(?:the\s)?(?P<b>{_GROUP}){_TAIL}(?=[\s,;:.)(\[]|$)",
        re.IGNORECASE,
    ),
    # the comparator fronted: "Compared with placebo, velotinib reduced ..."
    re.compile(
        rf"(?:^|[;:]\s)(?:as\s)?(?:compared\s(?:with|to)|relative\sto|versus|vs\.?)\s(?:the\s)?(?P<b>{_GROUP}){_TAIL},\s"
        rf"(?:(?:treatment|therapy)\swith\s)?(?:the\s)?(?P<a>{_GROUP}){_TAIL}(?=\s|$)",
        re.IGNORECASE,
    ),
)
# a third group said with a compared one ("A and B each improved PFS over C", "with A, B and C"): no pair
_THIRD = r"(?:,\s(?:and\s|or\s)?|\s(?:and|or|plus)\s)(?:the\s)?(?P<t>{0}(?:\s{0}){{0,2}})"
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


def _as_group(term: str, arm_words: frozenset[str]) -> str | None:
    """``term`` as a group name when it is one (arm words only, or a dose), else ``None``."""
    term = term.strip(" ,;.")
    if _DOSE_TERM.search(term) and len(term.split()) <= 4:
        return term
    words = [w.lower() for w in _WORD.findall(term)]
    content = [w for w in words if w not in _GENERIC]
    if content and len(content) <= 4 and all(w in arm_words for w in content):
        return term
    return None


def _shortest(m: re.Match[str], arm_words: frozenset[str]) -> tuple[str, str] | None:
    """The pair a match names, each side cut to the longest tail (for A) or head (for B) that is a group."""
    a_words = m.group("a").split()
    b_words = m.group("b").split()
    # a side starts and ends with a word of its own ("in the sunitinib" is "sunitinib")
    a = next(
        (
            g
            for i in range(len(a_words))
            if a_words[i].lower() not in _GENERIC and (g := _as_group(" ".join(a_words[i:]), arm_words))
        ),
        None,
    )
    b = next(
        (
            g
            for j in range(len(b_words), 0, -1)
            if b_words[j - 1].lower().strip(".,;") not in _GENERIC
            and (g := _as_group(" ".join(b_words[:j]), arm_words))
        ),
        None,
    )
    if a is None or b is None or a.lower() == b.lower():
        return None
    if _third(m, a, arm_words):
        return None
    return _as_named(a, arm_words), _as_named(b, arm_words)


def _as_named(group: str, arm_words: frozenset[str]) -> str:
    """ "Velotinib improved ...": a one-word group capitalised only because it opens the sentence, as the paper
    names it elsewhere ("velotinib")."""
    if " " not in group and group[:1].isupper() and group[1:].islower() and group.lower() in arm_words:
        return group.lower()
    return group


def _third(m: re.Match[str], a: str, arm_words: frozenset[str]) -> bool:
    """Does the comparison name a third group beside one of its two ("lentarizumab and velotinib ... over placebo",
    "with A versus B and C", "Velotinib and lentarizumab each improved ...")? Then its values do not pair with two
    groups in order."""
    if any(re.search(r",|\b(?:and|or)\b", m.group(side)) for side in ("a", "b")):
        return True
    text = m.string
    first, last = sorted(("a", "b"), key=m.start)
    after = re.match(r"(?:,\s(?:and\s|or\s)?|\s(?:and|or|plus)\s)(?:the\s)?(?P<t>.{0,60})", text[m.end(last) :])
    if after and any(_as_group(" ".join(after.group("t").split()[:n]), arm_words) for n in (1, 2, 3)):
        return True
    before = re.search(
        r"(?P<t>(?:\S+\s){0,2}\S+)(?:,\s(?:and\s|or\s)?|\s(?:and|or|plus)\s)(?:the\s)?$", text[: m.start(first)]
    )
    if before:
        t = before.group("t").split()
        return any(_as_group(" ".join(t[-n:]), arm_words) for n in (1, 2, 3) if n <= len(t))
    return False


def compared_groups(sentence: str, arm_words: frozenset[str]) -> tuple[str, str] | None:
    """The two groups ``sentence`` compares, in the order it names them, or ``None`` when it names no such
    comparison or more than one order ("A than B ... B versus A")."""
    if not arm_words:
        return None
    pairs: set[tuple[str, str]] = set()
    for pattern in _COMPARISONS:
        for m in pattern.finditer(sentence):
            pair = _shortest(m, arm_words)
            if pair:
                pairs.add((pair[0].lower(), pair[1].lower()))
                found = pair
    if len(pairs) != 1:
        return None
    return found


# "Adverse events were more frequent with apixaban (23%) than with warfarin (12%)", "Nausea was more common in
# the semaglutide group (23%) than in the placebo group (12%)": a copula's subject compared across two groups,
# each group's value in a bracket right after its name
_BRACKETED = re.compile(
    r"(?:^|[,;:]\s|\.\s)(?P<s>[A-Z][^,;:()\d]{2,80}?)\s(?:was|were)\s(?:(?:significantly|numerically|slightly|"
    r"much|somewhat|also)\s)?(?:more|less)\s(?:frequent(?:ly)?|common(?:ly)?|often)\s(?:with|in|among|on)\s"
    r"(?P<a>[^()]{1,60}?)\s?\((?P<v1>[^()]{1,20})\)\s(?:than|versus|vs\.?|compared\s(?:with|to))\s"
    r"(?:with\s|in\s|among\s|on\s)?(?P<b>[^()]{1,60}?)\s?\((?P<v2>[^()]{1,20})\)"
)
# a subject that names no outcome of its own: a pronoun, or a word for the result
_NO_SUBJECT = re.compile(r"(?:it|this|that|these|there|the\s(?:effect|benefit|difference|result|finding)s?)$", re.I)


def bracketed_comparison(sentence: str, at: int, arm_words: frozenset[str]) -> tuple[str, str] | None:
    """(subject, group) of the value at ``at`` when it is bracketed after one of two groups a copula's subject is
    compared across ("X was more common with A (v1) than with B (v2)"), each side a group of the paper's arm
    words; else ``None``."""
    for m in _BRACKETED.finditer(sentence):
        side = "a" if m.start("v1") <= at < m.end("v1") else "b" if m.start("v2") <= at < m.end("v2") else None
        if side is None:
            continue
        subject = m.group("s").strip()
        subject = re.sub(r"^(?:the\s)?(?:(?:incidence|frequency|rate|proportion)\sof\s)", "", subject, flags=re.I)
        if _NO_SUBJECT.fullmatch(subject.strip()):
            return None
        words = m.group(side).split()
        group = next(
            (
                g
                for i in range(len(words))
                if words[i].lower() not in _GENERIC and (g := _as_group(" ".join(words[i:]), arm_words))
            ),
            None,
        )
        other = _as_group(m.group("b" if side == "a" else "a").split()[-1], arm_words) or _as_group(
            m.group("b" if side == "a" else "a"), arm_words
        )
        if group is None or other is None:
            return None
        return subject, group
    return None
