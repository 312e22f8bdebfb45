"""The arithmetic every prose statement's numbers must pass before they are emitted, as a table cell's must
(extractors/vetoes.py): an interval's low bound at or below its high bound and bracketing its estimate, a spread
not negative, a P value between 0 and 1, a count a whole number. The statement readers check the forms they know
(prose_intervals, prose_stat_keys); this is the net under all of them: a statement whose numbers fail is reported
as ``prose-unread`` with the reason, never emitted."""

from __future__ import annotations

import re

from extractors.vetoes import veto
from schemas.records import Record


def _statements(records: list[Record]) -> list[list[Record]]:
    """The records of one statement: read from the same words (page, bbox, raw text) with the same labels."""
    groups: dict[tuple[object, ...], list[Record]] = {}
    for r in records:
        key = (r.page, tuple(r.bbox), r.raw, tuple(r.row), r.arm, r.parameter)
        groups.setdefault(key, []).append(r)
    return list(groups.values())


# a contrast's label that is only the contrast's name, of nothing ("ratio", "the geometric mean ratio", "difference"):
# a mean of "the ratio" the sentence measured before ("6β-hydroxycortisol/cortisol ratio ... the mean ratio was 4.0")
# is a quantity, and stays
_STATISTIC_NAME = re.compile(
    r"(?:the\s)?(?:corresponding\s)?(?:(?:geometric|least[- ]squares|adjusted|arithmetic)\s)*(?:mean\s)?"
    r"(?:ratios?|differences?|values?|estimates?)",
    re.IGNORECASE,
)
_CONTRASTS = frozenset({"value", "ci_low", "ci_high", "hr", "or", "rr", "p"})
# a subgroup named right after a contrast and its bracket: "... (95% CI, 0.38 to 0.63) in the PD-L1-positive
# subgroup", "... among patients with visceral metastases"
_SUBGROUP_AFTER = re.compile(
    r"^\s?(?:in|among|for)\s(?:the\s|those\s|patients\s|participants\s)?(?:[\w≥≤<>%.-]+\s){0,5}?"
    r"(?:subgroups?|subsets?|strat(?:um|a)|with\b|without\b|who\b|aged\b)",
    re.IGNORECASE,
)


def _of_a_subgroup_after(r: Record) -> bool:
    """A contrast read with no group whose statement is followed by a subgroup it is said of."""
    if r.statistic not in ("hr", "or", "rr", "value") or r.arm is not None or not r.context:
        return False
    at = r.context.find(r.raw)
    return at >= 0 and bool(_SUBGROUP_AFTER.match(r.context[at + len(r.raw) :]))


# "Eradication was achieved in 83% (n=88) and could not be achieved in 17% (n=18) of the patients in NTFG": the
# people (and group) a share is of, said once after a later coordinated share, are the first share's too
_PEOPLE_AFTER_LATER = re.compile(
    r"^[^.;]*?\s(?:and|or|but|whereas|while)\s[^.;]*?\d(?:\.\d+)?\s?%\)?\s?(?:\([^()]*\)\s?)?of\s(?:the\s|all\s)?"
    r"(?:patients|participants|subjects)\s(?:in|of|from|on|receiving|treated|assigned)\b",
    re.IGNORECASE,
)


def _people_after_a_later_share(r: Record) -> bool:
    """A count or share read with no group whose people are named after a later coordinated share."""
    if r.statistic not in ("count", "percent") or r.arm is not None or not r.context:
        return False
    at = r.context.find(r.raw)
    tail = r.context[at + len(r.raw) :] if at >= 0 else ""
    return not re.match(r"^\)?\s?of\b", tail) and bool(_PEOPLE_AFTER_LATER.match(tail))


# "69% of the delayed-cardioversion group had spontaneous conversion, and 28% underwent cardioversion": a bare
# count or share after a statement of one group is that group's (or another's), never the whole trial's
_GROUP_BEFORE = re.compile(r"\b(?:of|in)\s(?:the\s)?[\w-]+(?:\s[\w-]+){0,3}?\s(?:group|arm|cohort)s?\b", re.I)
_BARE = re.compile(r"\d+(?:\.\d+)?\s?%?|[A-Za-z]+(?:-[A-Za-z]+)?")


def _bare_after_a_group(r: Record) -> bool:
    """A bare count or share read with no group, after a statement its sentence makes of a group."""
    if r.statistic not in ("count", "percent") or r.arm is not None or not r.context or not _BARE.fullmatch(r.raw):
        return False
    at = r.context.find(r.raw)
    return at > 0 and bool(_GROUP_BEFORE.search(r.context[:at]))


def prose_veto(records: list[Record], reasons: dict[int, str]) -> list[Record]:
    """The records whose statement passes the arithmetic; each record of a failing statement gets its reason in
    ``reasons`` (by ``id``) and is left out."""
    kept: list[Record] = []
    for group in _statements(records):
        stats = [r.statistic for r in group]
        numbers = [r.value for r in group]
        why = None
        if len(set(stats)) == len(stats):  # one value per statistic: a statement, not a list read alike
            why = veto(stats, numbers, [0] * len(stats), None, percent_bounds=True)
        p = [r.value for r in group if r.statistic == "p" and r.value is not None]
        if why is None and any(not 0 <= v <= 1 for v in p):
            why = "a P value lies between 0 and 1"
        if why is None and any(_of_a_subgroup_after(r) for r in group):
            # "HR 0.49 (95% CI ...) in the PD-L1-positive subgroup and 0.82 (...) in the PD-L1-negative subgroup":
            # a contrast said of a subgroup named after it, read with no group, would pass for the whole trial's
            for r in group:
                reasons[id(r)] = "it is said of a subgroup named after it, which its labels do not carry"
            continue
        if why is None and any(_bare_after_a_group(r) for r in group):
            for r in group:
                reasons[id(r)] = "it is said bare after a statement of a group, whose (or another's) it may be, unread"
            continue
        if why is None and any(_people_after_a_later_share(r) for r in group):
            for r in group:
                reasons[id(r)] = "the people (and group) it is a share of are named after a later value, unread"
            continue
        if why is None and any(
            r.row and r.statistic in _CONTRASTS and _STATISTIC_NAME.fullmatch(r.row[-1].strip()) for r in group
        ):
            # "... and for Cmax 1.21 (90% CI ...)" read as of "ratio": the name of a statistic is no endpoint
            for r in group:
                reasons[id(r)] = "its label names only a statistic ('ratio'), not what it is of"
            continue
        if why is None:
            kept.extend(group)
            continue
        for r in group:
            reasons[id(r)] = f"its numbers fail the arithmetic: {why}"
    return kept
