"""When a comparative statistic's label is not the outcome this trial's arms were compared on, read from the form of
its sentence (tests/extraction/prose_ratios3_corpus.py samples them; each form a rule, never one paper's words):

- a P value for interaction, heterogeneity or trend ("(P=0.48 for interaction)", "with no heterogeneity (I2=0%;
  P=0.71)"): it tests whether an effect differs between subgroups or trials, not the arms on the outcome;
- a ratio, or a P value or interval in a ratio's bracket, whose label came out as the follow-up ("over a median
  follow-up of 2.4 years (hazard ratio, 0.91; ...)"): the follow-up is the time the outcome was counted over;
- a label that is only a noninferiority or equivalence comparison ("noninferior to intravenous therapy (risk
  difference, ...)"), not an outcome ("superior to B" is left: a held-out file's golden values were read so);
- a ratio or P value that would inherit the outcome of the bracket before it, though its own bracket follows a
  coordinated term of its own ("... cardiovascular death (HR 0·82, ...) and of all-cause death (HR 0·83, ...)").

A meta-analyst files none of these under the label they would get: each is withheld (a prose-unread finding).
"""

from __future__ import annotations

import re

from extractors.prose_text import opening_bracket
from schemas.records import Record

INTERACTION_P = (
    "it is a P value for interaction, heterogeneity or trend, which tests no comparison of the arms on an outcome"
)
FOLLOW_UP_RATIO = "it is a ratio (or its interval or P value) whose label would be the follow-up it was counted over"
COMPARISON_LABEL = (
    "its label names a comparison or a statistic ('noninferior to B', 'relative risk reduction'), no outcome"
)
OWN_TERM = (
    "it is a ratio or P value bracketed after a coordinated term of its own ('... and of all-cause death (HR ...)'), "
    "not the outcome of the bracket before it"
)

_RATIOS = frozenset({"hr", "or", "rr"})
_BRACKETED = frozenset({"hr", "or", "rr", "p", "ci_low", "ci_high"})
_TESTS_OF_EFFECT = re.compile(r"\b(?:interaction|heterogeneity|trend)\b", re.IGNORECASE)
_RATIO_WORD = re.compile(r"\b(?:HR|OR|RR|IRR|ratio)\b", re.IGNORECASE)
_FOLLOW_UP = re.compile(r"(?:(?:the\s)?(?:median|mean)\s)?follow(?:-|\s)?up", re.IGNORECASE)
_COMPARISON = re.compile(r"(?:(?:the\s)?difference\sin\s)?(?:non-?inferior|equivalent)\sto\s[^,;]*", re.IGNORECASE)


def _item(sentence: str, focus: int) -> tuple[str, int]:
    """The item of its bracket (or clause) that holds the number: from the last "(", "[" or ";" before it to the next
    ";", ")" or "]" after it; and where that bracket opens (-1: in no bracket)."""
    before = sentence[:focus]
    start = max(before.rfind("("), before.rfind("["), before.rfind(";"))
    after = re.search(r"[;)\]]", sentence[focus:])
    end = focus + after.start() if after else len(sentence)
    opened = opening_bracket(sentence, focus)
    return sentence[start + 1 : end], opened


def comparison_doubt(sentence: str, focus: int, record: Record) -> str | None:
    """Why the comparative statistic at ``focus`` of ``sentence`` is not of the outcome it is labelled with (the
    reasons above), or ``None``."""
    if record.section == "pk" or record.table != "text":
        return None
    label = record.row[-1] if record.row else ""
    if label and _COMPARISON.fullmatch(label.strip()):
        return COMPARISON_LABEL
    if record.statistic not in _BRACKETED:
        return None
    item, opened = _item(sentence, focus)
    if record.statistic == "p" and (
        _TESTS_OF_EFFECT.search(item)
        or (opened >= 0 and re.search(r"\b(?:interaction|heterogeneity)\s?$", sentence[:opened], re.IGNORECASE))
    ):
        return INTERACTION_P  # "(P=0.48 for interaction)", "with no heterogeneity (I2=0%; P=0.71)"
    if label and _FOLLOW_UP.fullmatch(label.strip()):
        if record.statistic in _RATIOS or record.statistic == "p":
            return FOLLOW_UP_RATIO
        if opened >= 0 and _RATIO_WORD.search(sentence[opened:focus]):
            return FOLLOW_UP_RATIO  # the interval in a ratio's bracket
    return None


# "... (HR 0·82, ...) and of all-cause death (": a coordinated term right before the number's bracket (not a group:
# "and in the placebo group (", nor a clause: "and was consistent (")
_COORDINATED_TERM = re.compile(
    r"[)\]]\s?,?\s(?:and|or)\s(?:(?:of|for)\s)?(?:the\s)?(?P<t>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,5})\s?[(\[][^()\[\]]*$"
)
_NOT_A_TERM = re.compile(
    r"\b(?:group|groups|arm|arms|cohort|patients|participants|subjects|those|was|were|is|are|had|has|with|in|among|"
    r"versus|vs|respectively|placebo|overall)\b",
    re.IGNORECASE,
)


def inherited_doubt(sentence: str, at: int, inherited: str) -> str | None:
    """Why a ratio or P value at ``at`` does not take ``inherited`` (the outcome of the statement before it): that
    is the follow-up, or its own bracket follows a coordinated term ("and of all-cause death (") that is not that
    outcome, and it is the first value of that bracket; else ``None``."""
    if _FOLLOW_UP.fullmatch(inherited.strip()):
        return FOLLOW_UP_RATIO
    m = _COORDINATED_TERM.search(sentence[:at])
    if m is None or _NOT_A_TERM.search(m.group("t")) or re.search(r"\d", sentence[m.end("t") : at]):
        # (a value before it in its bracket is what it is of: "and objective response rates (11 vs. 16%; odds
        # ratio, 0.65; P = 0.109)", "and standard chemotherapy (58%, p= .6668)")
        return None
    return None if m.group("t").strip().lower() == inherited.strip().lower() else OWN_TERM


# "The relative risk reduction for stroke was 36%", "the absolute risk reduction in the primary outcome was 2.4": a
# reduction's name, then the outcome it is of
_REDUCTION_FOR = re.compile(
    r"(?:the\s)?(?P<r>(?:(?:absolute|relative|proportional)\s)(?:risk\s|rate\s|hazard\s)?reduction)\s(?P<p>for|in|of)\s"
    r"(?:the\s)?(?P<x>[A-Za-z][^,;()\d]{0,50}?)\s*$",
    re.IGNORECASE,
)


def reduction_of(subject: str) -> str | None:
    """A copula subject that names a reduction and the outcome it is of, as one label ("relative risk reduction for
    stroke"; the reduction's name alone names no outcome); else ``None``."""
    m = _REDUCTION_FOR.fullmatch(subject.strip())
    return f"{m.group('r')} {m.group('p')} {m.group('x').strip()}" if m else None
