"""A page's statements: every pattern match that claims numbers no earlier one claimed, read into
records; a statement whose own words name no endpoint takes the endpoint of the one it compares or breaks
down in the same sentence."""

from __future__ import annotations

import re

from extractors.prose_ae import one_bracket
from extractors.prose_arms import NO_ARMS, Arms
from extractors.prose_build import match_records
from extractors.prose_comparison_doubts import inherited_doubt
from extractors.prose_context import landmark
from extractors.prose_doubts import ENDPOINT_DOUBTS
from extractors.prose_endpoints import count_or_size
from extractors.prose_for_lists import for_list_records
from extractors.prose_group_names import any_group
from extractors.prose_intervals import interval_lists
from extractors.prose_label_doubts import final_label_doubt
from extractors.prose_numbers import PATTERNS, plausible
from extractors.prose_phase3_forms import next_item_doubt, summary_statistic, with_fronted_end
from extractors.prose_qualifiers import KEPT_UNREAD, who_received
from extractors.prose_ratio_doubts import other_subject
from extractors.prose_ratio_terms import relative_of
from extractors.prose_stat_keys import stat_key_records
from extractors.prose_terms import reach
from extractors.prose_text import Text
from extractors.prose_twice import one_key_twice
from schemas.records import Record


def statements(
    text: Text,
    page: int,
    arms: Arms = NO_ARMS,
    reasons: dict[int, str] | None = None,
) -> list[Record]:
    """The records of a page's statements; a record whose label the sentence does not bind to its number
    (see prose_doubts.py) is returned without a row, and why is put in ``reasons`` (by ``id``)."""
    claimed = [False] * len(text.text)
    out: list[Record] = []
    places: dict[int, tuple[int, int, bool, bool]] = {}  # id(record) -> (its sentence's start, its number's offset)
    doubts: dict[int, str] = {}
    for pattern, names in PATTERNS:
        for m in pattern.finditer(text.text):
            groups = [g for g in names if m.group(g) is not None]
            if not groups or any(claimed[i] for g in groups for i in range(m.start(g), m.end(g))):
                continue
            if not plausible(m, text.text):
                continue
            recs = match_records(m, names, groups, text, page, arms, places, doubts)
            if not recs:
                continue
            for g in groups:
                for i in range(m.start(g), m.end(g)):
                    claimed[i] = True
            out.extend(recs)
    _inherit_endpoints(out, places, doubts)
    _parallel_after_semicolon(out, places, doubts, text.text)
    one_key_twice(out, places, doubts)
    out.extend(interval_lists(text, out, places, doubts))
    out = stat_key_records(text, page, out, places, doubts, arms)
    out = for_list_records(text, page, out, places, arms, doubts)
    for r in out:
        if r.statistic == "percent" and r.row and id(r) in places and id(r) not in doubts:
            at = places[id(r)][1] - places[id(r)][0]  # "The mean X was 7.5%": a mean, not a share
            summary = summary_statistic(r.context or "", at, r.row[-1])
            if summary:
                r.statistic = summary
                r.row[-1] = with_fronted_end(r.context or "", r.row[-1])
    for r in out:
        if id(r) not in doubts and r.row and (bare := final_label_doubt(r.row[-1], r.parameter)):
            doubts[id(r)] = bare  # a label that names no measure, however it was bound or inherited
        if id(r) in doubts:  # the doubt says why, whether or not a label was read
            r.row = []
            if reasons is not None:
                reasons[id(r)] = doubts[id(r)]
    return out


# "...; in the placebo group, it occurred in 502 patients (21.2%)", "...; in the B group, 41 (13.9%) did": a
# clause after a semicolon that repeats the one before for the group it fronts, with a pronoun or with its
# predicate left out
_PARALLEL_FRONT = re.compile(
    r"^[^;]*;\s(?:and\s|whereas\s|while\s)?(?:in|among|with)\s(?:the\s)?[^,;()\d]{1,60}?,\s"
    r"(?P<pronoun>(?:it|this|they|these|the\ssame\s(?:outcome|event))\s(?:occurred|developed|was\s(?:reported|observed|"
    r"seen)|were\s(?:reported|observed|seen))\sin\s)?$",
    re.IGNORECASE,
)
_ELIDED_PREDICATE = re.compile(r"^[\s)\]]*(?:patients\s)?(?:did|had\sone|had\sit|had\sthe\s(?:event|outcome))\b", re.I)


def _parallel_after_semicolon(
    records: list[Record], places: dict[int, tuple[int, int, bool, bool]], doubts: dict[int, str], text: str
) -> None:
    """A statement naming no endpoint in a clause after a semicolon that repeats the clause before for the
    group it fronts ("In the A group, the primary outcome occurred in 386 patients (16.3%); in the B group, it
    occurred in 502 patients (21.2%)"): the pronoun, or the predicate left out ("41 (13.9%) did"), says it is
    the earlier statement's endpoint. Only the nearest statement before, of the same kind, with its endpoint."""
    placed = sorted(((places[id(r)][1], r) for r in records if id(r) in places), key=lambda p: p[0])
    for i, (at, r) in enumerate(placed):
        if r.row or id(r) in doubts:
            continue
        kind = _FAMILY.get(r.statistic, r.statistic)
        lead = next(
            (
                (pos, q)
                for pos, q in reversed(placed[:i])
                if places[id(q)][0] != places[id(r)][0] and _FAMILY.get(q.statistic, q.statistic) == kind
            ),
            None,
        )
        if lead is None or not lead[1].row or id(lead[1]) in doubts or places[id(lead[1])][0] >= places[id(r)][0]:
            continue
        front = _PARALLEL_FRONT.match(text[lead[0] + len(lead[1].raw) : at])
        if not front or not r.arm:
            continue
        if not front.group("pronoun") and not _ELIDED_PREDICATE.match(text[at + len(r.raw) :]):
            continue
        r.row = list(lead[1].row)
        r.section = lead[1].section
        r._binding = "inherited (parallel clause of another group)", (r._binding or ("", "none"))[1]


_FAMILY = {"percent": "n", "count": "n", "events": "n", "mean": "mean", "sd": "mean", "se": "mean"}


def _inherit_endpoints(
    records: list[Record], places: dict[int, tuple[int, int, bool, bool]], doubts: dict[int, str]
) -> None:
    """A statement whose own words name no endpoint, in a sentence that stated one for a number of its kind
    just before ("Hyponatremia was reported with LCI699 and eplerenone (5.6% and 6.1%, respectively) than with
    placebo (0%)"; "Six patients discontinued ... (LCI699 [n=2]; eplerenone [n=1]; placebo [n=2])"), is about
    the same endpoint in another group: the comparison or the breakdown of that statement. A p-value or a
    between-group difference takes the endpoint of the comparison stated before it. A statement that a finite
    verb of another clause separates from that one ("... occurred in 12 patients; 30 patients (5%) had ...")
    is not its comparison: its endpoint is withheld (unless the verb is the earlier statement's own, the total
    it breaks down: "119 patients were enrolled, including 101 with TNBC and 18 with BCBM")."""
    by_sentence: dict[int, dict[int, list[Record]]] = {}
    for r in records:
        if id(r) in places:
            sentence, offset = places[id(r)][:2]
            by_sentence.setdefault(sentence, {}).setdefault(offset, []).append(r)
    for statements in by_sentence.values():
        ordered = [statements[o] for o in sorted(statements)]
        for i, statement in enumerate(ordered):
            open_ = [r for r in statement if not r.row or places[id(r)][2]]
            if not open_ or places[id(statement[0])][3]:
                continue
            head = statement[0].statistic
            kind = _FAMILY.get(head, head)
            # the nearest earlier statement of the kind (the items of a breakdown aside): one that names
            # nothing is not skipped over ("5523 were screened and 200 ... were assigned to A (N = 99)")
            nearest = next(
                (
                    q
                    for earlier in reversed(ordered[:i])
                    for q in earlier[:1]
                    if q.section != "pk"
                    and not places[id(q)][2]
                    and (head in ("p", "value") or _FAMILY.get(q.statistic, q.statistic) == kind)
                ),
                None,
            )
            lead = (
                nearest
                if nearest is not None
                and nearest.row
                and not places[id(nearest)][2]
                and nearest.row != ["population"]
                and not _new_clause(statement[0], nearest, places)
                else None
            )
            sized = _size_or_count(statement[0], lead) if lead is not None and places[id(statement[0])][2] else ""
            if sized == "either":
                for r in open_:
                    doubts.setdefault(id(r), _SIZE_OR_COUNT)
                continue
            if sized == "size":
                continue  # "25.0% in the B cohort (n = 36)": 36 is the cohort's size (25% of 36 is 9), no ORR count
            if lead is not None and _group_size_after_share(statement[0], lead, places):
                for r in open_:
                    doubts.setdefault(id(r), _GROUP_SIZE)
                continue
            own = _ANAPHORIC_TERM.search(
                (statement[0].context or "")[: places[id(statement[0])][1] - places[id(statement[0])][0]]
            )
            if lead is not None and own and lead.statistic in ("hr", "or", "rr"):
                # "..., and that for new renal-replacement therapy was 0.94 (95% CI ...)", "and for death from
                # renal causes it was 0.52": the estimate of the same kind as the one before, of its own outcome
                for r in open_:
                    r.row = [(own.group("x") or own.group("y")).strip()]
                    r.section = lead.section
                    if r.statistic == "value":
                        r.statistic = lead.statistic
                    r._binding = "that for: its own outcome", (r._binding or ("", "none"))[1]
                continue
            said_at = places[id(statement[0])][1] - places[id(statement[0])][0] + len(statement[0].raw)
            if any((r._binding or ("",))[0] in KEPT_UNREAD for r in open_) or (
                statement[0].statistic in ("count", "percent") and who_received((statement[0].context or "")[said_at:])
            ):
                continue  # its own clause says why its endpoint is unread ("of 156 patients who received A")
            number_at = places[id(statement[0])][1] - places[id(statement[0])][0]
            other = (
                other_subject(statement[0].context or "", number_at, lead.row[-1])
                or next_item_doubt(statement[0].context or "", number_at, lead.row[-1], lead.statistic)
                or inherited_doubt(statement[0].context or "", number_at, lead.row[-1])
                if lead is not None and head in ("p", "hr", "or", "rr")
                else None
            )
            if other:
                for r in open_:
                    doubts.setdefault(id(r), other)
                continue
            if lead is not None:
                row = list(lead.row)
                if re.search(r"\bdifference\b", statement[0].raw, re.I) and "difference" not in row[-1].lower():
                    row[-1] = f"difference in {row[-1]}"  # "(between-group difference, -2.9 percentage points)"
                said = statement[0].context or ""
                lead_end = places[id(lead)][1] - places[id(lead)][0] + len(lead.raw)
                at = places[id(statement[0])][1] - places[id(statement[0])][0]
                timed = _LANDMARK_LABEL.match(row[-1])
                if timed and statement[0].statistic in ("rate", "percent"):
                    # "Freedom from recurrence was 91% at 1 year and 83% at 3 years": the earlier rate's endpoint,
                    # at the time said after this one (none said: the earlier one's, as before)
                    own_time = landmark(said, at, at + len(statement[0].raw))
                    row[-1] = f"{own_time} {row[-1][timed.end() :]}" if own_time else row[-1]
                for r in open_:
                    r.row = list(row)
                    r.section = lead.section
                    group_how = (r._binding or ("", "none"))[1]
                    where = (
                        "bracketed after an arm"
                        if group_how == "arm before bracket"
                        else "contrast"
                        if r.statistic in ("p", "value", "hr", "or", "rr")
                        else "in reach"
                        if not reach(said, lead_end, at) or one_bracket(said, lead_end, at)
                        else "across a verb"
                    )
                    r._binding = f"inherited ({where}, {statement[0].statistic})", group_how
                    if (
                        id(lead) in doubts
                        and (
                            doubts[id(lead)] in ENDPOINT_DOUBTS
                            or where not in ("bracketed after an arm", "contrast")
                            # "a relative reduction in X ... of 20.0% (95% CI ...; P=0.004)": the P of a relative change
                            # whose outcome no rule reads takes no label from it
                            or relative_of((lead.context or "")[: places[id(lead)][1] - places[id(lead)][0]])
                        )
                    ):
                        # the statement it continues cannot be trusted, nor can it ("(15 patients, 51.7%)" in a
                        # headed list); unless the doubt is about groups and it needs none of the earlier one's:
                        # one bracketed after an arm binds its own ("than with placebo (0%)" after a pairing it
                        # cannot line up), a contrast is of no group ("(11 vs. 16%; P = 0.109)")
                        doubts.setdefault(id(r), doubts[id(lead)])
                    if statement[0].statistic == "count" and _names_its_own(statement[0].raw, said):
                        # "(2 deaths and 22 patients whose disease progressed)", "one death (...) and one withdrawal
                        # by the patient": its own words name what it counts, which is not the earlier one's
                        doubts.setdefault(id(r), _OWN_NOUN)
                    if _other_endpoint_between(ordered, lead, i):
                        # "ORR of 20.7% with median duration of response of 4.6 months, DCR of 82.8% with median
                        # duration of 5.8 months": the sentence has moved on to another endpoint since ``lead``
                        doubts.setdefault(id(r), _MOVED_ON)
                    if (
                        where == "across a verb"
                        and not _breaks_down(said[lead_end:at])
                        and not _REPEATS.search(said[lead_end:at])
                    ):
                        doubts.setdefault(
                            id(r), "it names no endpoint, and the statement before it is another clause's"
                        )


# "61 patients in the A group had died, as had 74 in the B group": the verb said again for another group
_REPEATS = re.compile(r",?\s(?:as|and\sso)\s(?:had|did|were|was|have|do)\s(?:[\w-]+\s){0,2}$", re.IGNORECASE)


# "1-year freedom from recurrence rate": a landmark rate's label, its time first
_LANDMARK_LABEL = re.compile(r"\d+(?:\.\d+)?-(?:days?|weeks?|months?|years?)\s")


_SIZE_OR_COUNT = (
    "it follows a share stated for another group's size or count, and the arithmetic does not tell which it is"
)


def _size_or_count(statement: Record, lead: Record) -> str:
    """The bracketed "(n = K)" after an arm, after a share stated before it: "size" when only the group's size
    gives the share back (some count c <= K), "count" when only its count does (some N >= K), "either" when
    both do; "" when there is no share to do the arithmetic with."""
    if lead.statistic != "percent" or lead.value is None or statement.value is None:
        return ""
    printed = next(
        (m for m in re.finditer(r"(\d+(?:\.(\d+))?)\s?%", lead.raw) if float(m.group(1)) == lead.value), None
    )
    places = len(printed.group(2) or "") if printed else 0
    as_count, as_size = count_or_size(lead.value, places, int(statement.value))
    return "either" if as_count and as_size else "size" if as_size else "count" if as_count else "size"


_GROUP_SIZE = (
    "it is the size of the group the share before it is of ('42% among 120 patients with measurable disease'), not "
    "a count of that endpoint"
)
# a count of people the share before it is taken among: "42% among 120 patients", "(64%) of the 279 participants"
_AMONG = re.compile(r"\b(?:among|of|in)\s(?:the\s|all\s|these\s|those\s)?$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"^\s?(?:[\w-]+\s){0,3}?(?:patients?|participants?|subjects?|pts|persons?|people)\b", re.I)


def _group_size_after_share(statement: Record, lead: Record, places: dict[int, tuple[int, int, bool, bool]]) -> bool:
    """A count of people introduced by "among", "of" or "in" after a share of the same sentence, whose arithmetic
    lets it be the share's denominator ("The ORR was 42% among 120 patients": 120 is no count of responders)."""
    if statement.statistic != "count" or lead.statistic != "percent" or statement.value is None:
        return False
    said = statement.context or ""
    at = places[id(statement)][1] - places[id(statement)][0]
    lead_at = places[id(lead)][1] - places[id(lead)][0]
    if lead_at >= at or not _AMONG.search(said[max(0, at - 14) : at]):
        return False
    number = re.match(r"\d+", said[at:])
    if number is None or not _PEOPLE_AFTER.match(said[at + number.end() :]):
        return False
    return _size_or_count(statement, lead) in ("size", "either")


_MOVED_ON = (
    "it names no endpoint, and the sentence names another endpoint between it and the statement it would continue"
)


_OWN_NOUN = (
    "it names what it counts in words of its own that no rule reads, so it does not continue the statement before it"
)
# a noun right after a count that is not the unit counted or a preposition: "one withdrawal by the patient"
_OWN_WORDS = re.compile(
    r"^\s?(?:(?:patients?|participants?|subjects?)\s(?:who|whose|that)\b|(?!(?:patients?|participants?|subjects?|"
    r"of|in|at|with|to|and|or|were|was|had|have|from|among|vs|versus|per|each|months?|weeks?|days?|years?|hours?|"
    r"cycles?|doses?|times|the|this|these|those|than|after|before|during|for|on|by|respectively)\b)[a-z]{4,})"
)


def _names_its_own(raw: str, sentence: str) -> bool:
    """Do the words right after a count name what it counts ("one withdrawal by the patient", "22 patients whose
    disease progressed")?"""
    number = re.match(r"(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b", raw, re.I)
    if number is None:
        return False  # "n=1", "difference, -2.9 ...": no count said with its own words
    where = sentence.find(raw)
    rest = raw[number.end() :] + (sentence[where + len(raw) :] if where >= 0 else "")
    return bool(_OWN_WORDS.match(rest))


def _other_endpoint_between(ordered: list[list[Record]], lead: Record, i: int) -> bool:
    """Does a statement between ``lead``'s and the ``i``-th name an endpoint of its own other than ``lead``'s?"""
    at = next(k for k, statement in enumerate(ordered) if lead in statement)
    return any(
        q.row and q.row not in (lead.row, ["population"]) and not (q._binding or ("",))[0].startswith("inherited")
        for statement in ordered[at + 1 : i]
        for q in statement[:1]
    )


# the earlier statement's own predicate, right after it: "119 patients (...) were enrolled, with 27 in ... and 92
# in ...", "262 deaths had occurred in the X group and 184 in the Y group"
_OWN_PREDICATE = re.compile(
    r"^\s?(?:\((?:[^()]|\([^()]*\))*\)\s?)?(?:(?:was|were|is|are|had|has|have)(?:\sbeen)?\s)?[a-z]+\b"
)


def _breaks_down(between: str) -> bool:
    """Is the one finite verb between two statements the earlier one's own (so the later one is its elided
    coordinate or its breakdown), not another clause's ("..., whereas there were 30 patients")?"""
    own = _OWN_PREDICATE.match(between)
    if own is None or reach(between, own.end(), len(between)):
        return False
    # and its predicate names the group or the whole the later statement parallels
    rest = between[own.end() :]
    return bool(re.search(r"\b(?:including|with|of whom|of which|comprising)\b", rest)) or any_group(rest)


# "and that for X was", "and for X it was": a clause that names its own outcome for an estimate of the kind before
_ANAPHORIC_TERM = re.compile(
    r"[,;]\s(?:and|while|whereas|but)\s(?:(?:that|those|the\sone)\s(?:for|of)\s(?:the\s)?"
    r"(?P<x>[A-Za-z][A-Za-z -]{2,60}?)\s(?:was|were|is)|"
    r"for\s(?:the\s)?(?P<y>[A-Za-z][A-Za-z -]{2,60}?),?\s(?:it|they)\s(?:was|were|is))\s$"
)


def _new_clause(statement: Record, lead: Record, places: dict[int, tuple[int, int, bool, bool]]) -> bool:
    """Is ``statement`` the subject of a clause of its own after ``lead``'s clause has its verb ("5523 were
    screened and 200 patients ... were randomly assigned")? Then it does not compare or break down ``lead``."""
    sentence = statement.context or ""
    lead_at = places[id(lead)][1] - places[id(lead)][0]
    at = places[id(statement)][1] - places[id(statement)][0]
    between = sentence[lead_at + len(lead.raw) : at]
    after = re.split(r"(?<![\w.])\d", sentence[at + len(statement.raw) :], maxsplit=1)[0]
    verb = r"\b(?:were|was|is|are|had|has|have)\b"
    return bool(re.search(verb, between)) and bool(re.search(verb, after))
