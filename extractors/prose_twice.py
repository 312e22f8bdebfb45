"""Two values of one endpoint, group and statistic in one sentence: "Death occurred in 22 patients (4.4%) who
underwent PCI and in 28 patients (5.7%) who received medical therapy alone", "the incidence was 10.2% with
posterior pericardiotomy and 31.4% without", "in 17.4% of the TAVR patients and 6.1% of the surgical patients".

Two statements of one kind next to each other, coordinated ("and", "vs.", "compared with", "whereas"), that the
reader gives the same endpoint, the same group (the whole trial, or a group named once) and the same statistic
but other values, say which group each is of in words no rule read: they cannot both be that group's, so neither
is emitted as if it were. When the second took the first's endpoint as another group's (prose_statements.py),
only the second is withheld. Values a range, a change ("from 55% to 68%"), a time point ("at day 100, and ...
at day 180") or a second predicate of the subject ("occurred in 29.6% ... and were considered treatment-related
in 18.5%") tell apart are left alone.
"""

from __future__ import annotations

import re

from extractors.regex import literal_spans
from schemas.records import Record

# statistics a group has one value of (a contrast's ratio, difference or P value is the trial's, and may be given
# once per subgroup or sensitivity analysis)
# a group that is the whole trial: "the overall population", "all patients", "the entire study population"
_WHOLE_TRIAL = re.compile(
    r"(?:the\s)?(?:overall|entire|whole|total|all)\s(?:study\s|trial\s)?(?:population|patients|participants|cohort)",
    re.IGNORECASE,
)
_ONE_PER_GROUP = frozenset({"count", "percent", "rate", "events", "mean", "median", "geometric_mean"})
TWICE = (
    "its sentence gives the same endpoint and group another value of this kind, so the group each is of (or the "
    "time, or the subgroup) is in words no rule reads"
)

SEVERAL_QUALIFIERS = (
    "its subject names several assessments, criteria or analysis sets ('by IRC and by investigators'), and which "
    "value is of which is not read"
)

UNREAD_FIRST = (
    "the value after it in the sentence is said of a group the same way, and this one's group is in words no rule reads"
)


def one_key_twice(
    records: list[Record], places: dict[int, tuple[int, int, bool, bool]], doubts: dict[int, str]
) -> None:
    """Put in ``doubts`` the statements of a coordinated pair the reader gives one endpoint, group and statistic
    but two values: they cannot both be that group's (see the module's docstring)."""
    by_sentence: dict[int, dict[int, list[Record]]] = {}
    for r in records:
        if id(r) in places:
            sentence, offset = places[id(r)][:2]
            by_sentence.setdefault(sentence, {}).setdefault(offset, []).append(r)
    # each record's endpoint and group as read, before any pair or qualifier here changes them
    read_as = {id(r): (r.row[-1] if r.row else None, _as_group(r.arm)) for r in records}
    for sentence_start, statements in by_sentence.items():
        ordered = [statements[o] for o in sorted(statements)]
        for i, first in enumerate(ordered):
            a = first[0]
            if not a.row or a.statistic not in _ONE_PER_GROUP or a.section == "pk" or a.row == ["population"]:
                continue
            # the next statement of its kind ("22 patients (4.4%) ... and in 28 patients (5.7%)": the count's next
            # count); one of another group between them ends the pairing
            second = next((q for q in ordered[i + 1 :] if q[0].statistic == a.statistic), None)
            # a value withheld as one of such a pair goes on to the next of the list ("12%, 15%, and 6%": the third
            # is no more the group's than the first two)
            if second is None or (id(a) in doubts and doubts[id(a)] != TWICE):
                continue
            b = second[0]
            if a.row != b.row or a.value == b.value or (a.arm != b.arm and (a.arm is not None or b.arm is None)):
                continue
            if a.grade != b.grade:
                continue  # "rash (32% any grade; 5% grade ≥3)": the AE grade each is of tells them apart
            # "3.8 per 100 patient-years with inclisiran and 5.1 ... with placebo": the second's group is read, the
            # first's, said the same way, is not -- it is no whole-trial value
            unread_first = a.arm is None and b.arm is not None
            if id(b) in doubts and "group" not in doubts[id(b)]:
                continue  # the next one is withheld for what it is about, not for its group: no pairing
            context = a.context or ""
            a_at = places[id(a)][1] - sentence_start
            # the end of the first statement as printed (its words may start before its number: "Median X was 9")
            ends = [e for s, e in literal_spans(a.raw, context) if s <= a_at < e]
            a_end = ends[0] if ends else a_at + len(a.raw)
            between = context[a_end : places[id(b)][1] - sentence_start]
            # a bracket after the first value is its own spread ("9 min (IQR 7-12) after A and 13 min"): no range
            between = re.sub(r"[(\[][^()\[\]]*[)\]]", " ", between)
            listed = between.rstrip().endswith(",")  # "69% of participants on A 15 mg, 61% on 10 mg and ..."
            if not (_COORDINATED.search(between) or listed) or _TOLD_APART.search(between):
                continue
            if _NEW_PREDICATE.search(between):
                continue
            if told_by_qualifier(context, a, a_at, a_end, b, places[id(b)][1] - sentence_start, first, second):
                continue
            if unread_first:
                said = _SAID_WITH.match(between)
                b_at = places[id(b)][1] - sentence_start
                b_ends = [e for s, e in literal_spans(b.raw, context) if s <= b_at < e]
                after_b = context[b_ends[0] if b_ends else b_at + len(b.raw) :]
                if said and re.match(rf"\s?%?\s?(?:per\s(?:\d+\s)?[a-z-]+\s)?{said.group('p')}\s", after_b, re.I):
                    # "HbA1c decreased by 1.5% with dulaglutide and by 0.4% with placebo": the group said the way
                    # the next value's is
                    whole = _WHOLE_TRIAL.fullmatch(said.group("g").strip())  # "in the overall population": no group
                    for r in first:
                        r.arm = None if whole else said.group("g")
                        r._binding = (
                            (r._binding or ("none",))[0],
                            "the whole trial, said as the next value's group"
                            if whole
                            else "said as the next value's group",
                        )
                elif _SAID_OF.match(between) or _COMPARED_ONLY.match(between):
                    # "Patients who received A had a median recovery time of 10 days (...), as compared with 15 days
                    # (...) among those who received B": two values compared are two groups', the first's unread
                    for r in first:
                        doubts.setdefault(id(r), UNREAD_FIRST)
                continue
            inherited = (b._binding or ("",))[0].startswith("inherited")
            # the next one took this one's endpoint as another group's: it is the one whose group is unread, unless
            # this one is said of something too ("26.1% with restrictive transfusion and 28.4% with ...") or the
            # two make one list ("(2.4% and 2.9%)")
            own = _SAID_OF.match(between) or not re.search(r"[A-Za-z]{4,}", between) or _GROUP_BETWEEN.search(between)
            alone = inherited and not (a._binding or ("",))[0].startswith("inherited") and not own
            pair = second if alone else (*first, *second)
            for r in pair:
                doubts.setdefault(id(r), TWICE)
        # after the pairs (a pair's values are told apart together, or withheld together): the qualifier a single
        # value's subject, fronted clause or own words say
        for statement in ordered:
            a = statement[0]
            # only a value with a sibling: another of its statistic and group in the paragraph, of its endpoint or
            # of none read ("At the primary analysis, median OS was 16.3 months; at the updated analysis, ...");
            # an analysis or an assessor said once is the paper's, and no other value's to tell it from
            row, arm = read_as.get(id(a), (None, None))
            if not any(
                q.statistic == a.statistic
                and q.value != a.value
                and read_as.get(id(q), (None, None))[1] == arm
                and read_as.get(id(q), (None, None))[0] in (None, row)
                for q in records
            ):
                continue
            if said_of_subject(statement, places[id(a)][1] - sentence_start) == "several":
                # "ORR assessed by IRC and by investigators was 52.1% and 55.8%, respectively": which value is of
                # which assessment is an order no rule here reads
                for other in ordered:
                    if other[0].statistic == statement[0].statistic:
                        for r in other:
                            doubts.setdefault(id(r), SEVERAL_QUALIFIERS)


# what joins two values of two groups: "22 (4.4%) who underwent PCI and in 28", "9.4% ... as compared with 11.1%"
_COORDINATED = re.compile(r"\b(?:and|or|vs\.?|versus|compared\s(?:with|to)|than|whereas|while)\b|;", re.I)
# nothing but a unit and a comparison between two values: "10 days (...), as compared with 15 days", "8.2 vs. 6.1"
_COMPARED_ONLY = re.compile(r"^\s?%?\s?(?:[a-z]{1,12}\s*)?,?\s(?:as\s)?(?:compared\s(?:with|to)|versus|vs\.?)\s$", re.I)
# "occurred in 29.6% of participants and were considered treatment-related in 18.5%": a second predicate of the
# subject, not a second group
_NEW_PREDICATE = re.compile(r"\b(?:and|but)\s(?:was|were|is|are|had|has|have)\b", re.I)
# a phrase right after a value that says what it is of: "with restrictive transfusion", "among those assigned to"
_SAID_OF = re.compile(
    r"^\s?%?\s?(?:per\s(?:\d+\s)?[a-z-]+\s)?(?:[(\[][^()\[\]]*[)\]]\s?)?(?:with|in|among|after|for|on|of)\s", re.I
)
# "with dulaglutide and by 0.4% with placebo": a short name after a preposition, then the coordination
_SAID_WITH = re.compile(
    r"^\s?%?\s?(?:per\s(?:\d+\s)?[a-z-]+\s)?(?:of\s(?:the\s)?(?:patients|participants|those)\s)?"
    r"(?P<p>with|in|among|after|on)\s(?:the\s)?"
    r"(?P<g>(?!(?:patients|participants|subjects|those|both|each|all|either)\b)[A-Za-z][\w–-]*(?:\s[\w–-]+){0,3}?)"
    r"(?:,?\s(?:and|or|vs\.?|versus|compared\swith|as\scompared\swith|whereas|while)\s(?:by\s|in\s)?|,\s)$",
    re.I,
)
# "5 cycles and Y-treated patients (n= 8) a median of 2": a group named for the second, so the first's is another
_GROUP_BETWEEN = re.compile(
    r"\b(?:group|arm|cohort)s?\b|-treated\s(?:patients|participants)|"
    r"\b(?:patients|participants|those)\s(?:in|on|receiving|given|assigned|allocated|treated)\b",
    re.I,
)
# what tells two values of one group apart: a range, a change, a time point
_TOLD_APART = re.compile(
    r"\b(?:range|IQR|interquartile|baseline|from)\b|\d\s?to\s|\bto\s\d|[–−]\s?\d|"
    r"\b(?:days?|weeks?|months?|years?|cycles?|visits?)\s\d|\d\s(?:days|weeks|months|years|hours)\b",
    re.I,
)


# what two values of one endpoint and group can differ by that the endpoint carries: who assessed it ("by
# blinded independent central review", "per investigator assessment", "based on IRC review"), by which criteria
# ("per RECIST v1.1", "according to iRECIST"), in which analysis set ("in the per-protocol population"), at which
# analysis ("at the interim analysis"); said right after the value, or between its subject and its verb
_QUALIFIER = re.compile(
    r"(?P<q>(?:(?:as\s)?(?:assessed\s|determined\s|evaluated\s)?(?:by|per|based\son|according\sto|with)\s(?:the\s)?"
    r"(?:(?:blinded|independent|central|local|radiolog\w*|imaging|review|investigators?'?|site)\s){0,4}"
    r"(?:review(?:er)?s?|assessments?|committee|investigators?|BICR|IRC|IRRC|ICR|BIRC|IRF|IRR)"
    r"(?:\s(?:review|assessment|committee)){0,2}"
    r"|(?:by|per|according\sto|using)\s(?:the\s)?(?:i|m|ir|imm?une-related\s)?(?:RECIST|irRC|Lugano|Cheson|IMWG|RANO|"
    r"PCWG\d?|iwCLL|IWG|Choi)(?:\s?(?:v(?:ersion)?\.?\s?)?\d(?:\.\d)?)?(?:\scriteria)?"
    r"|in\sthe\s(?:modified\s)?(?:intention-to-treat|intent-to-treat|ITT|mITT|per-protocol|PP|full\sanalysis|"
    r"safety|efficacy-evaluable|evaluable|as-treated)\s(?:population|set|analysis)"
    r"|(?:at|in)\sthe\s(?:primary|interim|final|updated|sensitivity|first|second|third|(?:\d{4}\s)?data\scut-?off|"
    r"(?:first|second|third)\sinterim)\s(?:analysis|data\scut-?off|cut-?off)))"
    r"(?=\s?[,;.)]|\s(?:and|or|vs\.?|versus|compared|whereas|while|was|were|is|of|in)\b|$)",
    re.I,
)


def qualifier_at(text: str) -> str | None:
    m = _QUALIFIER.match(text)
    return re.sub(r"\s+", " ", m.group("q")).strip() if m else None


def told_by_qualifier(
    context: str,
    a: Record,
    a_at: int,
    a_end: int,
    b: Record,
    b_at: int,
    first: list[Record],
    second: list[Record],
) -> bool:
    """Two values of one endpoint and group that each say who assessed it, by which criteria, in which analysis
    set or at which analysis ("47% by investigator assessment and 42% by BICR", "Median PFS by BICR was 13.8
    months and by investigator was 12.4 months"): the qualifier goes with each one's endpoint, and the two are no
    more one key. ``True`` when both were told apart so."""
    b_ends = [e for s, e in literal_spans(b.raw, context) if s <= b_at < e]
    b_end = b_ends[0] if b_ends else b_at + len(b.raw)

    def after(end: int) -> str:
        rest = context[end:]
        rest = re.sub(r"^\s?%?(?:\s?(?:months?|weeks?|days?|years?))?\s?(?:[(\[][^()\[\]]*[)\]])?,?\s?", "", rest)
        return rest

    qa = qualifier_at(after(a_end))
    if qa is None:
        # "Median PFS by BICR was 13.8 months", "The ORR per investigator review was 53.6%": said of the subject
        head = context[max(0, a_at - 120) : a_at]
        m = re.search(
            r"\s(?P<rest>(?:by|per|based\son|according\sto|in|at)\s(?:[^.;,]|\.\d)*?)\s(?:was|were|is|of)\s[^.;,]{0,40}$",
            head,
        )
        qa = qualifier_at(m.group("rest")) if m else None
    qb = qualifier_at(after(b_end))
    if qb is None:
        # "and per iRECIST was 31.0%", "and by investigator was 12.4 months": said before its verb
        m = re.search(
            r"(?:\band|;|,)\s(?:the\s)?(?P<rest>(?:by|per|based\son|according\sto|in|at)\s(?:[^.;,]|\.\d)*?)\s"
            r"(?:was|were|is|it\swas)\s[^.;,]{0,20}$",
            context[max(0, b_at - 120) : b_at],
        )
        qb = qualifier_at(m.group("rest")) if m else None
    if not qa or not qb or qa.lower() == qb.lower():
        return False
    for records, q in ((first, qa), (second, qb)):
        for r in records:
            if r.row and q.lower() not in r.row[-1].lower():
                r.row = [*r.row[:-1], f"{r.row[-1]} {q}"]
    return True


# "Median PFS by BICR was 13.8 months", "The ORR per investigator review was 53.6%": a qualifier between the
# subject and its verb, right before the value
_SUBJECT_QUALIFIER = re.compile(
    r"\s(?P<rest>(?:by|per|based\son|according\sto|in|at)\s(?:(?!\b(?:was|were|is)\b)[^.;,%]|\.\d)*?)\s(?:was|were|is)\s"
    r"(?:[^.;,\d]{0,30})$",
    re.I,
)
# "In the per-protocol population, the cure rate was 93.1%": fronted before the sentence's first clause
_FRONTED = re.compile(r"^(?P<rest>(?:In|At|By|Per|Based\son|According\sto)\s[^,;]{4,60}),\s", re.I)


def said_of_subject(statement: list[Record], at: int) -> str | None:
    """Keep with a value's endpoint the assessor, criteria, analysis set or analysis its subject is said with
    ("Median PFS by BICR was 13.8 months") or its sentence is fronted by ("In the per-protocol population, the cure
    rate was 93.1%"): a value of that assessment is no value of the endpoint's headline one."""
    lead = statement[0]
    if not lead.row or lead.statistic not in _ONE_PER_GROUP or lead.section == "pk":
        return None
    context = lead.context or ""
    head = context[max(0, at - 120) : at]
    m = _SUBJECT_QUALIFIER.search(head)
    q = qualifier_at(m.group("rest")) if m else None
    if (
        m
        and q
        and re.match(r"\s(?:and|or|vs\.?|versus)\s(?:by|per|in|at|based|according)\b", m.group("rest")[len(q) :])
    ):
        return "several"  # "assessed by IRC and by investigators was"
    if q is None:
        fronted = _FRONTED.match(context)
        if fronted and fronted.end() <= at and ";" not in context[fronted.end() : at]:
            q = qualifier_at(fronted.group("rest") + ",")
        elif fronted is None:
            # "; by investigator assessment, it was 68.9%", "; in the PP population, median OS was": a clause
            # fronted by its qualifier after a semicolon
            clause = re.search(r";\s(?P<rest>[^,;]{4,60}),\s[^;]*$", context[:at])
            q = qualifier_at(clause.group("rest") + ",") if clause else None
    if q is None:
        # "the objective response rate was 78.1% based on IRRC review": said right after the value
        ends = [e for s, e in literal_spans(lead.raw, context) if s <= at < e]
        end = ends[0] if ends else None
        after = context[end:] if end is not None else ""
        after = re.sub(r"^\s?%?(?:\s?(?:months?|weeks?|days?|years?))?\s?(?:[(\[][^()\[\]]*[)\]])?,?\s?", "", after)
        q = qualifier_at(after) if end is not None else None
    if q is None:
        return None
    q = q[:1].lower() + q[1:]  # "At the primary analysis, ...": a preposition, kept after the endpoint
    for r in statement:
        if r.row and q.lower() not in r.row[-1].lower():
            r.row = [*r.row[:-1], f"{r.row[-1]} {q}"]
        if r.arm and r.arm.lower() in q.lower():
            r.arm = None  # "In the PP population, ...": the analysis set, not a group
    return q


def _as_group(arm: str | None) -> str | None:
    """A group read that is an analysis set ("PP population"): no group."""
    return None if arm and qualifier_at(f"in the {arm},") else arm
