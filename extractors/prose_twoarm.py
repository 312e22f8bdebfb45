"""The group of one value of a two- (or three-) arm comparison whose groups the sentence names once, apart from
the values (gathered on tests/extraction/prose_twoarm_corpus.py):

- a group bracketed right after the value: "ORR: 45% (velotinib) vs 30% (placebo)";
- a bare list of groups closed by "respectively", or fronted: "11.0 and 5.6 months with A and B, respectively",
  "With B and A, the 12-month PFS rates were 28% and 50%, respectively";
- a colon after the list: "ORR with A, B and C: 40%, 35% and 20%";
- a later clause that names no group, whose run of values is as long as the groups the clause before it sets
  side by side (a comparison "A ... over / compared with B", or values each said "with A" / "with B"):
  "..., whereas the 12-month OS rate was 68.0% versus 61.5%", "; 24-month OS rates were 55.1% and 44.3%";
- one group fronted in the clause's subject: "the rates in the placebo group were 70.3% for OS and 40.2% for PFS".

A value is given a group only when exactly as many groups as values are named, every one a group by the paper's
arm words, in an order the text states; a third group beside them, or a group no arm word makes, pairs nothing
(the value's other rules, or a finding, stand)."""

from __future__ import annotations

import re

from extractors.prose_comparisons import _as_group, compared_groups

# a value of a run: a number, its "%" or its unit in months / weeks
_VALUE = r"(?<![\w.])-?\d+(?:\.\d+)?(?:\s?%|\s(?:months?|weeks?|days?|years?))?"
_JOIN = r"(?:,\s(?:and\s)?|,?\s(?:and|vs\.?|versus)\s)"
_RUN = re.compile(rf"{_VALUE}(?:{_JOIN}{_VALUE})+")
_ITEM = r"[A-Za-z][\w²/.+-]*(?:\s[A-Za-z0-9][\w²/.+-]*){0,2}?"
# "with A and B, respectively" / "With B and A, the ..." / "with A, B and C:"; each group may carry its size ("to A
# (n = 48) and B (n = 46), 14 (29%) and 5 (11%), respectively"), and the groups may be the people's ("41 and 39% of
# A and B patients, respectively")
_SIZE = r"(?:\s\((?:n|N)\s?=\s?\d+\))?"
_LIST = re.compile(
    rf"\b(?:with|in|for|among|receiving|(?P<to>to|of))\s(?:the\s)?(?P<items>{_ITEM}{_SIZE}(?:,\s(?:the\s)?{_ITEM}{_SIZE})*,?"
    rf"\s(?:and|vs\.?|versus)\s(?:the\s)?{_ITEM}{_SIZE})(?P<noun>\s(?:groups|arms|cohorts))?"
    rf"(?P<people>\s(?:patients|participants|subjects))?"
    rf"(?P<end>,\srespectively\b|:\s|,\s(?=[a-z])|\s(?=(?:were|was)\s)|,\s(?=\d))",
    re.IGNORECASE,
)
# "at 10, 20 and 40 mg, respectively": doses coordinated with their unit printed once, each a group
_DOSE_LIST = re.compile(
    r"\b(?:at|with|in|for|of|receiving)\s(?:the\s)?(?P<d>\d+(?:\.\d+)?(?:,\s\d+(?:\.\d+)?)*,?\s(?:and|or)\s\d+(?:\.\d+)?)"
    r"\s?(?P<u>mg/kg|mg/m²|mg/m2|mg|µg|μg|mcg)(?:\s(?:doses?|dose\slevels?|groups?|cohorts?|arms?))?,\srespectively\b"
)
# "in the A and B groups": one coordinated phrase of groups
_GROUPS_PHRASE = re.compile(
    rf"\b(?:with|in|among|receiving)\s(?:the\s)?(?P<items>{_ITEM}(?:,\s(?:the\s)?{_ITEM})*,?\s(?:and|vs\.?|versus)\s"
    rf"(?:the\s)?{_ITEM})\s(?:groups|arms|cohorts)\b",
    re.IGNORECASE,
)
# a group said with a value: "9.2 months with velotinib", "45% in the velotinib arm"
_SAID_WITH = re.compile(
    rf"{_VALUE}\s(?:with|in|among|for|on)\s(?:the\s)?(?P<g>{_ITEM})(?:\s(?:group|arm|cohort))?(?=[\s,;.)]|$)",
    re.IGNORECASE,
)
# "the rates in the A group were": one group fronted in the clause's subject
_SUBJECT_GROUP = re.compile(
    r"(?:^|[;:,]\s)(?:the\s)?(?:[\w-]+\s){0,4}?(?:in|among|for|with)\s(?:the\s)?(?P<g>[A-Za-z][\w²/.+-]*(?:\s[\w²/.+-]+)?)"
    r"\s(?:group|arm|cohort)\s(?:was|were)\s$",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r";\s|,\s(?:whereas|while|but|and)\s(?!-?\d)")


def _run_at(text: str, at: int) -> tuple[int, int] | None:
    """(index, length) of the value at ``at`` in a run of values ("68.0% versus 61.5%", "40%, 35% and 20%"); a
    count's share bracketed after it is the count's item ("62 (38.5%) and 26 (16.2%)")."""
    for m in _RUN.finditer(text):
        if m.start() <= at < m.end():
            starts = [v.start() + m.start() for v in re.finditer(_VALUE, m.group(0))]
            if at in starts:
                return starts.index(at), len(starts)
    for m in _SHARED_RUN.finditer(text):
        if m.start() <= at < m.end():
            items = [v.start() + m.start() for v in _SHARED.finditer(m.group(0))]
            shares = [v.start("s") + m.start() for v in _SHARED.finditer(m.group(0))]
            if at in items:
                return items.index(at), len(items)
            if at in shares:
                return shares.index(at), len(items)
    return None


# a count with its share bracketed after it, and a run of such ("62 (38.5%) and 26 (16.2%)")
_SHARED = re.compile(r"(?<![\w.])\d+\s?\(\s?(?P<s>\d+(?:\.\d+)?)\s?%\s?\)")
_SHARED_RUN = re.compile(rf"{_SHARED.pattern}(?:{_JOIN}{_SHARED.pattern.replace('?P<s>', '?:')})+")


def _groups(items: str, arm_words: frozenset[str]) -> list[str] | None:
    parts = [
        p.strip()
        for p in re.split(r",\s(?:and\s|vs\.?\s|versus\s)?(?:the\s)?|,?\s(?:and|vs\.?|versus)\s(?:the\s)?", items)
    ]
    # "tiragomab plus atezolimab and placebo plus atezolimab": an arm named with its partner drug (the design's
    # arms are cut at "plus")
    groups = [
        _as_group(p, arm_words) or (p if " plus " in p and _as_group(p.split(" plus ")[0], arm_words) else None)
        for p in parts
        if p
    ]
    if len(groups) < 2 or any(g is None for g in groups):
        return None
    names = [g for g in groups if g]
    return names if len({n.lower() for n in names}) == len(names) else None


def _unbracketed(text: str) -> str:
    return re.sub(r"[(\[][^()\[\]]*[)\]]", lambda b: " " * len(b.group(0)), text)


def _clause_start(sentence: str, at: int) -> int:
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(_unbracketed(sentence)) if m.end() <= at]
    return cuts[-1] if cuts else 0


def _named_in(clause: str, arm_words: frozenset[str]) -> list[str]:
    """The groups a clause names by arm words ("with velotinib", "in the placebo arm", a compared pair)."""
    out: list[str] = []
    for m in re.finditer(rf"\b(?:with|in|among|for|on|over|than|to)\s(?:the\s)?(?P<g>{_ITEM})(?=[\s,;.)]|$)", clause):
        words = m.group("g").split()
        for n in range(len(words), 0, -1):
            g = _as_group(" ".join(words[:n]), arm_words)
            if g:
                if g.lower() not in (o.lower() for o in out):
                    out.append(g)
                break
    for w in re.findall(r"[A-Za-z][\w-]*", clause):
        if (
            _as_group(w, arm_words)
            and w.lower() not in (o.lower() for o in out)
            and not any(w.lower() in o.lower().split() for o in out)
        ):
            out.append(w)
    return out


def twoarm_group(sentence: str, at: int, end: int, stat: str, arm_words: frozenset[str]) -> str | None:
    """The group of the value at ``at`` (ending at ``end``) by one of the module's forms, or ``None``."""
    if stat in ("hr", "or", "rr", "p", "denominator", "ci_low", "ci_high") or not arm_words:
        return None
    unit = re.match(r"\s?%|\s(?:months?|weeks?|days?|years?)\b", sentence[end:])
    end += unit.end() if unit else 0
    after = re.match(rf"\s?\((?:the\s)?(?P<g>{_ITEM})(?:\s(?:group|arm|cohort))?\)", sentence[end:])
    if after and (g := _as_group(after.group("g"), arm_words)):
        # "45% (velotinib) vs 30% (placebo)": the other value of the pair is bracketed with its group too
        paired_before = re.search(r"\)\s?(?:vs\.?|versus|and|,)\s$", sentence[:at])
        paired_after = re.match(rf"\s?\([^()]*\)\s?(?:vs\.?|versus|and|,)\s{_VALUE}\s?\(", sentence[end:])
        return g if paired_before or paired_after else None
    start = _clause_start(sentence, at)
    run = _run_at(sentence[start:], at - start)
    if run is None:
        return None
    index, n = run
    clause = sentence[start:at]
    # with no "respectively", the groups of one coordinated phrase right after the run, as many as its values, in
    # a clause with no other value: "The 2-year OS rates were 70% and 61% in the A and B groups"
    for m in _GROUPS_PHRASE.finditer(sentence, at):
        groups = _groups(m.group("items"), arm_words)
        if groups and len(groups) == n and _closes_run(sentence, start, at, m.start(), n):
            return groups[index]
        break
    listed = _listed(sentence, at, index, n, arm_words)
    if listed:
        return listed
    if _named_in(_unbracketed(clause), arm_words) or _named_in(_unbracketed(_clause_rest(sentence, end)), arm_words):
        return None  # the clause names groups of its own: its other rules read them
    # a later clause: the groups the clause before it sets side by side, in order
    if start > 0:
        before = sentence[:start]
        previous = before[_clause_start(before, len(before) - 2) :]
        pair = compared_groups(previous, arm_words)
        said = [m.group("g") for m in _SAID_WITH.finditer(_unbracketed(previous))]
        said_groups = [g for s in said if (g := _as_group(s, arm_words))]
        named = _named_in(_unbracketed(previous), arm_words)
        if pair and n == 2 and len(named) == 2:
            return pair[index]
        if len(said_groups) == n == len(said) == len(named) and len({g.lower() for g in said_groups}) == n:
            return said_groups[index]
    return None


def _listed(
    sentence: str, at: int, index: int, n: int, arm_words: frozenset[str], new_only: bool = False
) -> str | None:
    """The ``index``-th of a list of ``n`` groups in the value's own sentence, ordered by "respectively" or a colon
    (``new_only``: only the lists of sized groups, of people, and of doses)."""
    for m in _LIST.finditer(sentence):
        if m.group("noun"):
            continue  # "in the A and B groups, respectively": the respectively rules read it (prose_respectively.py)
        if m.group("to") and not (
            # "assigned to A (n = 48) and B (n = 46), 14 (29%) and 5 (11%), respectively": the groups of a run
            # after them only when each says its size; "of A and B patients, respectively": the people of a run
            # right before them
            (m.group("to").lower() == "to" and m.group("items").count("(") >= 2 and m.group("end").startswith(","))
            or (m.group("to").lower() == "of" and m.group("people") and "respectively" in m.group("end"))
        ):
            continue
        if new_only and not m.group("to"):
            continue
        if m.group("people") and not m.group("to"):
            continue  # "with A and B patients": a phrase of people, not a list of groups, unless "of" opens it
        groups = _groups(re.sub(_SIZE, "", m.group("items")), arm_words)
        if not groups or len(groups) != n:
            continue
        ordered = m.group("end").startswith(":") or "respectively" in sentence[at:] or "respectively" in m.group("end")
        if ordered and (m.end() <= at or "respectively" in m.group("end")):
            return groups[index]
    for m in _DOSE_LIST.finditer(sentence, at):
        # "Response rates were 21%, 34% and 45% at 10, 20 and 40 mg, respectively": as many doses as values, after them
        doses = re.split(r",\s(?:and\s|or\s)?|,?\s(?:and|or)\s", m.group("d"))
        if len(doses) == n and _closes_doses(sentence, at, m.start()):
            return f"{doses[index]} {m.group('u')}"
        break
    return None


def listed_group(sentence: str, at: int, end: int, stat: str, arm_words: frozenset[str]) -> str | None:
    """The group of the value at ``at`` by the lists of sized groups ("assigned to A (n = 48) and B (n = 46), 14 (29%)
    and 5 (11%), respectively"), of people ("41 and 39% of A and B patients, respectively") or of doses ("at 10, 20
    and 40 mg, respectively"), in a sentence of any section; else ``None``."""
    if stat in ("hr", "or", "rr", "p", "denominator", "ci_low", "ci_high"):
        return None
    start = _clause_start(sentence, at)
    run = _run_at(sentence[start:], at - start)
    return _listed(sentence, at, run[0], run[1], arm_words, new_only=True) if run else None


# a number that is a value, not a time said as a modifier ("12-month", "2-year")
_A_VALUE = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?(?![\d.]*-)")
# what may stand between a run's last value and the groups' phrase
_RUN_TO_GROUPS = re.compile(
    r"^(?:\s?%|\s(?:months?|weeks?|days?|years?))?(?:\sof\s(?:the\s)?(?:patients|participants))?\s$", re.IGNORECASE
)


def _closes_run(sentence: str, start: int, at: int, list_at: int, n: int) -> bool:
    """Does the groups' phrase at ``list_at`` follow right after the run of ``n`` values holding ``at``, in a
    clause (from ``start``, up to its end) where no other number is a value ("Among 320 patients, ...": 320 is)?"""
    if "respectively" in sentence[start:]:
        return False
    run = next((r for r in _RUN.finditer(sentence, start) if r.start() <= at < r.end()), None)
    if run is None or list_at < run.end() or not _RUN_TO_GROUPS.match(sentence[run.end() : list_at]):
        return False
    clause = _unbracketed(sentence[start : run.start()] + " " + _clause_rest(sentence, run.end()))
    return len(re.findall(_VALUE, run.group(0))) == n and not _A_VALUE.search(clause)


def _closes_doses(sentence: str, at: int, list_at: int) -> bool:
    """Does the dose list at ``list_at`` close the run holding ``at``: only the run's unit, or its people, between?"""
    run = next((r for r in _RUN.finditer(sentence) if r.start() <= at < r.end()), None)
    return run is not None and bool(
        re.fullmatch(
            r"(?:\s?%|\s(?:months?|weeks?|days?|years?))?(?:\sof\s(?:the\s)?(?:patients|participants))?\s",
            sentence[run.end() : list_at],
        )
    )


def _clause_rest(sentence: str, end: int) -> str:
    cut = _CLAUSE_CUT.search(_unbracketed(sentence[end:]))
    return sentence[end : end + cut.start()] if cut else sentence[end:]


def subject_group(sentence: str, at: int, arm_words: frozenset[str]) -> str | None:
    """ "At 2 years, the rates in the placebo group were 70.3% for OS and 40.2% for PFS": the one group the
    clause's subject names, when the clause names no other."""
    start = _clause_start(sentence, at)
    clause = sentence[start:at]
    copula = list(re.finditer(r"\s(?:was|were)\s", clause))
    if not copula:
        return None
    subject = _SUBJECT_GROUP.search(clause[: copula[-1].end()])
    if subject is None or not (g := _as_group(subject.group("g"), arm_words)):
        return None
    rest = clause[copula[-1].end() :] + _clause_rest(sentence, at)
    if len(_named_in(_unbracketed(rest), arm_words)) > 0 or "respectively" in rest:
        return None
    return g
