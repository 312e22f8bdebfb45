"""A precision policy for prose labels: sentence layouts under which a label the rules did bind is too often wrong
to be emitted, chosen on half A of an independent calibration corpus (tests/extraction/prose_calibration_corpus.py,
the paragraphs whose SHA-256 is even), narrowed where it withheld right labels of the tuning golden files, and
checked on half B. Each condition is about where the number stands in its sentence or paragraph, never about one
paper's words; a number it meets is withheld as a ``prose-unread`` finding with the reason below (prose_build.py
asks ``precision_doubt`` once a statement has no other doubt).

A fourth condition chosen on half A (a clause fronted by a dose level, cohort, part or arm that no rule read as the
number's group) withheld four right labels and no wrong one of the validation files by bench/prose_bindings.py's
counts, and none of half B: it was left out.

Two conditions where two labels compete for one count (issue 9, read off the tuning mislabels as layout families,
tests/extraction/test_prose_competing_labels.py): a counted subject with two coordinated predicates ("N patients
received X and were eligible for Y": the count is of those both are said of), and an item of a colon's breakdown of
a head count labelled by its own verb ("included 45 patients with X: 9 were treated with A, ...": the head says what
they are)."""

from __future__ import annotations

import os
import re

from extractors.prose_label_doubts import label_doubt
from extractors.prose_phase3_forms import phase3_doubt
from schemas.records import Record

RESPECTIVELY_UNPAIRED = (
    "it is one of the values its clause pairs 'respectively' with what it lists, and no rule paired it: its group is "
    "not read"
)
POPULATION_LATER = "the population it would take is named only after its sentence, as a counted part of the patients"
SIZES_GROUP_AFTER = "it sizes the group named right after it, not the group named before it"
TWO_PREDICATES = (
    "its subject has two predicates ('N patients received X and were eligible for Y'): it counts those of whom both "
    "are said, which a label of one of them misstates"
)
ITEM_OF_A_HEAD_COUNT = (
    "it is an item of a breakdown after a colon of a count its head states ('included 45 patients with X: 9 were "
    "treated with A, ...'): the item's own verb drops what the head says they are"
)
ONE_ARM_FRONTED = (
    "its sentence is fronted by what one arm was given ('After the first ablation, ...'): it is that arm's, which no "
    "rule read"
)
# "After the first ablation, ", "Following the index procedure, ": a sentence fronted by a treatment's event
_FRONTED_TREATMENT = re.compile(
    r"^(?:after|following|during|since)\s(?:the\s)?(?:(?:first|initial|index|second|last)\s)?(?P<w>[a-z][\w-]{2,}),\s",
    re.IGNORECASE,
)

# a P value or a ratio is of the contrast between the groups, no group's: a pairing leaves it none rightly
_BETWEEN_GROUPS = frozenset({"p", "hr", "or", "rr"})
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
# a coordinator, and what follows it (past a preposition or an article)
_COORDINATOR = re.compile(
    r"(?:\band|\bor|,|\bvs\.?|\bversus)\s(?:(?:in|the|of|with|for|among|on|at)\s)*(?P<next>\S+)",
    re.IGNORECASE,
)
# a number that names a time point, not a value: "1- and 2-year", "24-month"
_TIME_POINT = re.compile(r"\d+(?:\.\d+)?[-–](?:months?|years?|weeks?|days?)?[,;.]?", re.I)
_NUMBER_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten)", re.I)
_WORD_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "in the 8 patients with an EGFR mutation": the number is the size of the group said right after it (never "the
# 24 patients who achieved ...", which the reader labels by its clause)
_SIZED_AFTER = re.compile(r"^\s(?:patients|participants|subjects|pts)\s(?:with|harbou?ring)\b", re.I)
# "Two of 5 patients with HER2-positive disease": a population named as a counted part of the patients
_COUNTED_PART = re.compile(
    _WORD_NUMBER + r"\s(?:of|out\sof)\s\d+\s(?:evaluable\s)?(?:patients|pts|participants|subjects)\s(?:with|who\shad)"
    r"\s(?:[\w-]+\s){0,3}$",
    re.IGNORECASE,
)


# the endpoint bindings that read what a count's subject did or was (its verb, its verb's object, its predicate)
_PREDICATE_HOWS = ("count verb after", "count verb own", "received: dose", "had object", "own verb had", "predicate")
# a second predicate of the same subject: " and" then an auxiliary or a finite verb said with its object or its
# infinitive ("and were eligible", "and failed to develop", "and represented the primary efficacy population"), no
# subject of its own (not a participle that shares the first one's auxiliary, "were randomized and treated with X":
# one predicate, said of them all)
_SECOND_PREDICATE = re.compile(
    r"\sand\s(?:then\s|also\s|thus\s|so\s|subsequently\s|consequently\s)?"
    r"(?:(?:were|was|had|have|has|did|are|is)\b|[a-z]{3,}ed\s(?:to|the|a|an)\b)",
)


def _two_predicates(sentence: str, focus: int, number_end: int) -> bool:
    """The counted subject at ``focus`` has a second predicate coordinated in its clause: past the number (its
    brackets blanked, the clause cut at ";" or ":"), " and" then a verb, with no coordinate number between (a
    number after a comma or "and" is a subject of its own: "28 were screened and 14 were enrolled")."""
    if re.search(r"\ball\s(?:the\s|of\sthe\s)?$", sentence[:focus], re.IGNORECASE):
        return False  # "All 30 randomized patients were included in X and had Y": each predicate is of all of them
    rest = sentence[number_end:]
    while re.search(r"[(\[][^()\[\]]*[)\]]", rest):
        rest = re.sub(r"[(\[][^()\[\]]*[)\]]", lambda b: " " * len(b.group(0)), rest)
    rest = re.split(r"[;:]", rest, maxsplit=1)[0]
    second = _SECOND_PREDICATE.search(rest)
    if second is None:
        return False
    between = rest[: second.start()]
    # (the first predicate stands before the " and": a verb ends its subject, "patients were", "patients received")
    first = re.search(r"\b(?:were|was|had|have|has|[a-z]{3,}ed)\b", between)
    # (a number after a comma or a conjunction starts a coordinate subject, the second predicate its)
    return first is not None and not re.search(rf"(?:,|\band|\bor|\bwhile|\bwhereas)\s{_WORD_NUMBER}\b", between, re.I)


# a count of people in a head clause: "included 95 patients with recurrent disease", "45 patients (...)"
_HEAD_COUNT = re.compile(
    rf"(?<![\w.]){_WORD_NUMBER}\s(?:[\w-]+\s){{0,2}}?(?:patients|participants|subjects|pts)\b", re.IGNORECASE
)


def _item_of_a_head_count(sentence: str, focus: int) -> bool:
    """The number is an item of a breakdown after a colon (in its clause: no ";" or full stop between), and the
    clause before the colon states a count of people the items break down."""
    before = sentence[:focus]
    colon = before.rfind(":")
    if colon < 0 or ";" in before[colon:]:
        return False
    head = re.split(r"[;]", before[:colon])[-1]
    # (a colon inside a bracket, "(95% CI: 6-74)", is no head's)
    return head.count("(") == head.count(")") and bool(_HEAD_COUNT.search(head))


def _terms_coordinated(text: str) -> bool:
    """Whether ``text`` coordinates terms, not only values: a coordinator followed by a word, a time point ("1- and
    2-year", "at 6 and 12 months") or a value named by a preposition before it ("at 6 and")."""
    for c in _COORDINATOR.finditer(text):
        word = c.group("next")
        if not word[:1].isdigit() and not _NUMBER_WORD.fullmatch(word):
            return True
        # "1- and 2-year", "1-, 2- and 3-year": time points coordinated with time points; "(after 49 months), the
        # 4-year" is a clause's comma before one time point, which coordinates nothing
        if _TIME_POINT.fullmatch(word) and re.search(r"\d+(?:\.\d+)?[-–]?$", text[: c.start()].rstrip()):
            return True
        if re.search(r"\b(?:at|after|by|within)\s\d+(?:\.\d+)?\s?$", text[: c.start()], re.I):
            return True
    return False


def precision_policy() -> bool:
    """Whether the policy is on (``TRIALEX_PROSE_PRECISION=0`` turns it off, to measure what it withholds)."""
    return os.environ.get("TRIALEX_PROSE_PRECISION", "1") != "0"


def _paired_respectively(sentence: str, focus: int) -> bool:
    """The number is one of the values its clause pairs 'respectively': the word follows it in its clause, with no
    copula between (the number is no subject of another statement: "Among 15 pts, the ORR and DCR was 33% and 67%,
    respectively") and no bracket opened after it holding the word ("two events (A and B, respectively)")."""
    after = sentence[focus:]
    said = re.search(r"\brespectively\b", after, re.I)
    if not said or ";" in after[: said.start()]:
        return False
    between = after[: said.start()]
    if re.search(r"\b(?:was|were|is|are)\b", between, re.I):
        return False
    if between.count("(") > between.count(")"):
        return False
    # what the values pair with is not in the sentence: no terms are coordinated before the word, only values ("X
    # occurred in 18 of 56 patients (32.1%) and in 9 of 54 (16.7%), respectively" pairs with the groups of a sentence
    # before it; "The 12- and 24-month PFS rates were 80% and 70%, respectively" pairs its own terms)
    return not _terms_coordinated(re.sub(r"[(\[][^()\[\]]*[)\]]", " ", sentence[: focus + said.start()]))


def _population_later(page: str, sentence_end: int, population: str) -> bool:
    """The population is first named after the sentence, as a counted part ("Two of 5 patients with X")."""
    first = page.lower().find(population.lower())
    return first >= sentence_end and bool(_COUNTED_PART.search(page[max(0, first - 80) : first]))


def precision_doubt(page: str, sentence_start: int, sentence: str, focus: int, record: Record) -> str | None:
    """Why the record's label is withheld under the precision policy, or ``None``. ``page`` is the text the
    sentence was read from, ``sentence_start`` where the sentence starts in it, ``focus`` where the number
    starts in the sentence."""
    endpoint_how, group_how = record.binding or ("none", "none")
    unpaired = record.arm is None and group_how == "none" and record.statistic not in _BETWEEN_GROUPS
    unpaired = unpaired and "respectiv" not in endpoint_how
    if unpaired and _paired_respectively(sentence, focus):
        return RESPECTIVELY_UNPAIRED
    later = group_how == "paragraph's one population" and record.arm
    if later and _population_later(page, sentence_start + len(sentence), record.arm or ""):
        return POPULATION_LATER
    fronted = _FRONTED_TREATMENT.match(sentence)
    if (
        fronted
        and record.arm is None
        and group_how == "none"
        and record.statistic not in _BETWEEN_GROUPS
        and re.search(rf"\b{re.escape(fronted.group('w'))}\s(?:group|arm)\b", page, re.IGNORECASE)
    ):
        return ONE_ARM_FRONTED
    number = _NUMBER.match(sentence[focus:])
    if (
        record.statistic == "count"
        and endpoint_how.startswith(_PREDICATE_HOWS)
        and (word := re.match(r"[\w.,-]+", sentence[focus:]))
        and _two_predicates(sentence, focus, focus + word.end())
    ):
        return TWO_PREDICATES
    if record.statistic == "count" and endpoint_how == "count verb own" and _item_of_a_head_count(sentence, focus):
        return ITEM_OF_A_HEAD_COUNT
    if (
        record.statistic == "count"
        and number
        and re.search(r"\bthe\s$", sentence[:focus], re.I)
        and _SIZED_AFTER.match(sentence[focus + number.end() :])
        and not group_how.endswith(", after")
    ):
        return SIZES_GROUP_AFTER
    return phase3_doubt(sentence, focus, record) or label_doubt(sentence, focus, record)
