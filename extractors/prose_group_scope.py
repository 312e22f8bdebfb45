"""The group a prose number's statement form scopes it to, for the numbers the binder emits with no group
(``Record.binding`` group kind "none"): a subgroup, cohort or arm named by the sentence or its paragraph that the
binder did not bind ("In the PD-L1-positive subgroup, ORR was 45%", "ORR was 40% in cohort A", "Patients with
BRCA mutations had ... (95% v 59%)", "The TNBC cohort enrolled 31 patients. In this cohort, ...").

The statement forms, told apart by the sentence and its paragraph only (never by a word list of one paper), in
this order:

- ``fronted``: the sentence opens with a phrase "In/Among/For/Within ..." naming patients, a cohort, a group, a
  subgroup, an arm or a population (or "patients with/aged/who ..."), ended by a comma before the number;
- ``subject``: the sentence's subject before its verb is such a group ("Patients with X had", "The X cohort had",
  "Those who ... were");
- ``trailing``: after the number, in its clause, "in/among/for (the) (N) patients with/who/aged/treated ...", "in
  those ...", "in the X cohort/group/subgroup/arm";
- ``in sentence``: the sentence names such a group elsewhere (a comparison "X ... compared with Y (a vs b)", a list
  of groups before the values);
- ``paragraph``: the sentence names none, but refers back to one ("these patients", "this cohort", "their",
  "among them", "this latter group") or an earlier sentence of its paragraph opens with or is about one;
- ``no cue``: none of these (a statement of the whole trial as far as its words tell).

THE RULE (fixed, with the classifier above, before the third calibration corpus was read back; commit "the rule
before first contact"): per form, the precision of the numbers emitted with no group is the share of those emitted
for gold numbers whose gold group is the whole trial (a record emitted for a number that is no result is wrong;
a wrong statistic or endpoint is not counted against the group), pooled over the first contact of the third
calibration corpus (tests/extraction/prose_calibration3_corpus.py) and the reading of the first and second
calibration corpora at the same commit, with the binding-kind gate on (as the extractor ships). A form below 0.75
with at least 6 values is gated: its numbers are withheld as ``prose-unread`` findings naming the form, the group
phrase it found and the label the number would have had; a form with fewer values is left alone. The measurement
is recorded in tests/extraction/prose_calibration3_first_contact.py and is not edited afterwards to recover values.

A gated form may instead be bound to the group it names, by a rule about that form (never a phrase list): the
binding is kept only when, on the same three corpora, the records it binds carry the right group at least 0.75 of
the time on at least 6 values; otherwise the form stays withheld. ``TRIALEX_PROSE_GROUP_SCOPE=0`` turns the gate
and the bindings off (to compare). The gate is the binding-kind gate's (extractors/prose_kind_gate.py) within its
kind "none": ``TRIALEX_PROSE_KIND_GATE=0`` turns it off with that gate (the sentence-form tests read the binding
stage so), the bindings staying on.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from extractors.prose_kind_gate import gate_on
from schemas.records import Record

FORMS = ("fronted", "subject", "trailing", "in sentence", "paragraph", "no cue")
THRESHOLD = 0.75
MIN_EMITTED = 6

# form -> (right, emitted) pooled at first contact, for the forms the rule gates (filled from
# tests/extraction/prose_calibration3_first_contact.py once measured; the measurement, not a choice)
GATED: dict[str, tuple[int, int]] = {
    "subject": (8, 16),  # 1 of 9, 7 of 7 and none emitted (third, first, second corpus)
    "paragraph": (2, 13),  # 2 of 4, 0 of 9 and none emitted
}

# what names a group of patients: the people ("patients with", "those who", "participants aged") or a part of the
# trial ("the X cohort", "the subgroup of", "the Y arm")
_PEOPLE = r"(?:patients?|participants?|subjects?|those|women|men|people|children|adults|pts|individuals|cases)"
_QUALIFIED = (
    rf"{_PEOPLE}\s(?:with|without|who|whose|aged|older|younger|over|under|treated|receiving|given|in|on|from|"
    r"having|harbo(?:u)?ring|achieving|transplanted|randomi[sz]ed\sto|assigned\sto)\b"
)
_PART = r"(?:cohorts?|groups?|subgroups?|arms?|populations?|subsets?|strat(?:um|a))"
_NAMED_PART = rf"(?:the\s)?(?:[\w≥≤<>%./+-]+\s){{1,5}}{_PART}\b|(?:the\s)?{_PART}\s(?:of|with|[A-Z0-9])"
_GROUP = re.compile(rf"\b(?:{_QUALIFIED}|{_NAMED_PART})", re.IGNORECASE)
# a group phrase that is the whole trial's, not a part of it
_WHOLE = re.compile(
    r"\b(?:all|the\s(?:overall|entire|whole|total|study|trial|safety|efficacy|analysis|intention-to-treat|"
    r"evaluable)|overall|total|both)\b",
    re.IGNORECASE,
)
_FRONT = re.compile(r"^\s*(?:[A-Z][a-z]+ly,\s)?(?:In|Among|For|Within|Of)\s(?P<g>[^,;:]{3,120}?),\s", re.IGNORECASE)
_SUBJECT = re.compile(
    rf"^\s*(?:[A-Z][a-z]+ly,\s)?(?P<g>(?:the\s)?(?:\d+\s)?(?:{_QUALIFIED}[^,;:]{{0,80}}?|"
    rf"(?:[\w≥≤<>%./+-]+\s){{1,5}}{_PART}))\s(?:had|has|have|was|were|achieved|showed|experienced|derived|"
    r"reached|responded|enrolled|demonstrated|met|yielded|obtained)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"^[^;.]{{0,60}}?\b(?:in|among|for|of)\s(?P<g>(?:the\s)?(?:\d+\s)?(?:{_PART}\s[A-Z0-9][\w-]*|"
    rf"{_QUALIFIED}[^,;:()]{{0,60}}|those\s[^,;:()]{{1,60}}|(?:[\w≥≤<>%./+-]+\s){{1,5}}?{_PART}))",
    re.IGNORECASE,
)
_BACK = re.compile(
    r"\b(?:these|this|such)\s(?:patients?|participants?|subjects?|women|men|cohort|group|subgroup|arm|population|"
    r"subset|latter\sgroup)\b|\b(?:among|of)\sthem\b|\btheir\b|\bthey\b|\bthe\s(?:cohort|subgroup|subset)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Scope:
    """A number's statement form, and the group phrase that form found (``None`` for "no cue")."""

    form: str
    phrase: str | None = None


def scope_on() -> bool:
    """Whether the gate and the bindings are on (by default; ``TRIALEX_PROSE_GROUP_SCOPE=0`` turns them off)."""
    return os.environ.get("TRIALEX_PROSE_GROUP_SCOPE", "1") != "0"


def gated(right: int, emitted: int) -> bool:
    """The rule: too few values leave a form alone; below the threshold gates it."""
    return emitted >= MIN_EMITTED and right / emitted < THRESHOLD


_BARE = re.compile(rf"^(?:{_PART}|{_PEOPLE})$", re.IGNORECASE)


def _a_part(phrase: str) -> bool:
    """Whether a group phrase names a part of the trial, not all of it ("the cohort" alone is the trial's)."""
    return not _WHOLE.search(phrase) and bool(_GROUP.search(phrase)) and not _BARE.match(clean_phrase(phrase))


def statement_form(sentence: str, at: int, earlier: str = "") -> Scope:
    """The statement form of the number at ``at`` of ``sentence``; ``earlier``: the text of its paragraph before
    the sentence."""
    front = _FRONT.match(sentence)
    if front and front.end() <= at and _a_part(front.group("g")):
        return Scope("fronted", front.group("g").strip())
    subject = _SUBJECT.match(sentence)
    if subject and subject.end() <= at + 1 and _a_part(subject.group("g")):
        return Scope("subject", subject.group("g").strip())
    after = _AFTER.match(sentence[at:])
    if after and _a_part(after.group("g")):
        return Scope("trailing", after.group("g").strip())
    named = [m.group(0) for m in _GROUP.finditer(sentence) if _a_part(m.group(0))]
    if named:
        return Scope("in sentence", named[0].strip())
    back = _BACK.search(sentence)
    if back:
        return Scope("paragraph", back.group(0))
    for earlier_sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", earlier.strip()):
        if not earlier_sentence:
            continue
        for pattern in (_FRONT, _SUBJECT):
            m = pattern.match(earlier_sentence)
            if m and _a_part(m.group("g")):
                return Scope("paragraph", m.group("g").strip())
    return Scope("no cue")


def scope_doubt(scope: Scope, label: str) -> str | None:
    """Why a number emitted with no group is withheld: its statement form is gated (see above), or ``None``."""
    if not scope_on() or not gate_on() or scope.form not in GATED:
        return None
    right, emitted = GATED[scope.form]
    return (
        f"its statement names a group ({scope.phrase!r}, form '{scope.form}') the number was not bound to (it would "
        f"have been filed under {label!r} with no group), a form whose numbers emitted with no group were right for "
        f"only {right} of {emitted} values at first contact with the calibration corpora (below {THRESHOLD})"
    )


def value_at(sentence: str, raw: str, value: float | None) -> int:
    """Where a record's number stands in its sentence: its printed statement, else its value as printed."""
    at = sentence.find(raw) if raw else -1
    if at < 0 and value is not None:
        printed = f"{value:g}"
        m = re.search(rf"(?<![\d.]){re.escape(printed)}(?![\d])", sentence)
        at = m.start() if m else -1
    return max(at, 0)


def record_scope(record: Record, text: str, paragraph_starts: list[int]) -> Scope | None:
    """The statement form of a prose record emitted with no group (``None`` for any other record)."""
    if record.arm is not None or record.binding is None or record.binding[1] != "none" or not record.context:
        return None
    start = text.find(record.context)
    if start < 0:
        return Scope("no cue")
    para = max([p for p in paragraph_starts if p <= start] + [text.rfind("\n", 0, start) + 1, 0])
    return statement_form(record.context, value_at(record.context, record.raw, record.value), text[para:start])


def group_scope_doubts(records: list[Record], text: str, paragraph_starts: list[int]) -> dict[int, str]:
    """Binds the records emitted with no group whose statement form is bound (``BOUND``) to the group it names, in
    place; returns, per record id, why the gate withholds a record of a gated form it does not bind."""
    out: dict[int, str] = {}
    if not scope_on():
        return out
    for record in records:
        scope = record_scope(record, text, paragraph_starts)
        if scope is None:
            continue
        if group := bound_group(scope, record):
            record.arm = group
            record._binding = ((record.binding or ("", ""))[0], f"group scope: {scope.form}")
        elif doubt := scope_doubt(scope, " / ".join(record.row) or "?"):
            out[id(record)] = doubt
    return out


_LEAD = re.compile(r"^(?:the|a|an|all|both)\s|^\d[\d,]*(?:-\w+)?\s", re.IGNORECASE)


def clean_phrase(phrase: str) -> str:
    """A group phrase as a group's label: its article, count and closing punctuation dropped ("the 13 patients with
    ITP of one year or less." -> "patients with ITP of one year or less")."""
    out = phrase.strip(" ,.;:")
    while (m := _LEAD.match(out)) is not None:
        out = out[m.end() :]
    return out.strip(" ,.;:")


# a statistic of a comparison between groups (a ratio, a P value): no one group's, whatever its sentence names
_BETWEEN = frozenset({"hr", "or", "rr", "p"})
# a sentence that sets one group against another: its values pair with the groups, not with its subject
_COMPARES = re.compile(
    r"\b(?:than|compared\s(?:with|to)|versus|vs\.?|v|whereas|while|in\scontrast|against|relative\sto|respectively)\b",
    re.IGNORECASE,
)


def parts_named(sentence: str) -> list[str]:
    """The distinct group phrases naming a part of the trial in a sentence, in order."""
    out: list[str] = []
    for m in _GROUP.finditer(sentence):
        phrase = clean_phrase(m.group(0))
        if _a_part(m.group(0)) and phrase.lower() not in {p.lower() for p in out}:
            out.append(phrase)
    return out


def bound_group(scope: Scope, record: Record) -> str | None:
    """The group a number emitted with no group is bound to by its statement form, or ``None``: a form whose
    binding met the rule's bar on the calibration corpora (see above), for a number that is one group's (not a
    comparison's ratio or P value) in a sentence that does not set its group against another."""
    if scope.phrase is None or record.statistic in _BETWEEN or not record.context:
        return None
    if (record.binding or ("", ""))[0].startswith(("ratio", "inherited (contrast")):
        return None
    if scope.form in BOUND and not _COMPARES.search(record.context):
        return clean_phrase(scope.phrase) or None
    return None


# the rule's second part, measured on the three corpora after first contact (the gate on): per gated form, the
# numbers its binding would bind (not a comparison's ratio or P value, not in a sentence setting its group against
# another) and how many of them it binds to their gold group. "subject" 7 of 7 (all in the third corpus; the first
# corpus's 7 were a comparison's ratios and P values): bound. "paragraph" 2 of 13 (its phrases named another
# sentence's group, "cohort 2" for a paragraph whose sentence names "cohort 1"): withheld.
BINDING: dict[str, tuple[int, int]] = {"subject": (7, 7), "paragraph": (2, 13)}
BOUND: frozenset[str] = frozenset(f for f, (right, n) in BINDING.items() if not gated(right, n))
