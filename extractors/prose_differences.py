"""Differences between groups and changes from baseline in prose: what a difference or a change is of, and the sign
a number is printed with. "The between-group difference in systolic blood pressure was −3.0 mm Hg": a difference
in systolic blood pressure, never a value of "between-group difference" (a word that names nothing measured alone);
"Four-week changes in the A and B groups were −0.21 versus −0.39 mmol/L for LDL cholesterol": changes in LDL
cholesterol, the outcome named after the values; "The difference in mean change was 0.31 (...) for the DSST, −0.02
(...) for the RAVLT": each value is of the outcome named right after it. A difference or change whose outcome the
sentence does not name is withheld, and so is a number printed with a minus sign its statement form did not read
("−0.4% (95% CI ...)" read as a share of 0.4%). The corpus is tests/extraction/prose_differences_corpus.py."""

from __future__ import annotations

import re

# a head that names a difference or a change and nothing measured: "between-group difference", "placebo-corrected
# reduction", "adjusted mean difference", "the paired difference", "Four-week changes", "treatment differences"
_QUALIFIER = (
    r"(?:(?:the|an?|mean|median|adjusted|unadjusted|estimated|least[- ]squares|LS|between[- ]groups?|"
    r"placebo[- ](?:corrected|adjusted|subtracted)|absolute|relative|paired|treatment|average|overall|net|"
    r"[\w-]+-(?:week|month|year|day|hour|h)|change|reduction|baseline)\s)*"
)
_HEAD_WORDS = r"(?:differences?|changes?|reductions?|decreases?|increases?|declines?|improvements?|effects?)"
_BARE_HEAD = re.compile(rf"^{_QUALIFIER}{_HEAD_WORDS}$", re.IGNORECASE)
# the head with what it is of, before the number: "the placebo-corrected reduction in seated office systolic blood
# pressure was", "The difference in HbA1c change between A and B was" (what follows "in"/"of" up to the verb, a
# "between", "from baseline", a time or a comma)
_HEAD_OF = re.compile(
    rf"\b(?P<h>{_QUALIFIER}{_HEAD_WORDS})\s(?:from\sbaseline\s)?(?:in|of)\s(?:the\s)?(?P<x>[A-Za-z][^,;:()]*?)"
    r"(?=\s(?:was|were|is|are|between|from|versus|vs\.?|compared|at|to|after|with|over|during|favou?red)\b|,|:|$)",
    re.IGNORECASE,
)
# what a value is for, said right after it: "0.05 (95% CI ...; P = 0.40) for NTB", "−0.39 mmol/L for LDL cholesterol
# (P=0.03)", "−0.21 mmol/L versus −0.39 mmol/L for LDL cholesterol" (after the pair)
_UNIT = r"(?:\s?(?:%|mm\s?Hg|mmol/L|mg/dL|kg|cm|points?|percentage\spoints?|units?|[a-zA-Z]+/[a-zA-Z]+))?"
_FOR_AFTER = re.compile(
    rf"^{_UNIT}(?:\s?\([^()]*\))?(?:\s(?:versus|vs\.?|and)\s[-+]?\d+(?:\.\d+)?{_UNIT}(?:\s?\([^()]*\))?)?"
    r"\sfor\s(?:the\s)?(?P<x>[A-Za-z][\w /-]{0,40}?)(?=\s?[,;.(]|\sand\b|$)",
    re.IGNORECASE,
)
# words that make "for X" a group, a dose or a comparison, not an outcome
_GROUPISH = re.compile(
    r"\b(?:groups?|arms?|cohorts?|doses?|patients|participants|subjects|both|each|all|comparisons?|placebo|"
    r"control|daily)\b|\d\s?(?:mg|µg|μg|g|mL)\b",
    re.IGNORECASE,
)

NO_OUTCOME = "it is a difference or change, and its sentence does not say of what outcome"
SIGN_UNREAD = "a minus sign is printed before it that its statement form does not read"


def bare_head(label: str) -> bool:
    """Does the label name a difference or a change and nothing it is of ("between-group difference")?"""
    return bool(_BARE_HEAD.match(label.strip()))


def _outcome_after(after: str, arm_words: frozenset[str]) -> str | None:
    m = _FOR_AFTER.match(after)
    if not m:
        return None
    x = m.group("x").strip()
    if _GROUPISH.search(x) or {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", x)} & arm_words:
        return None
    return x


def difference_label(
    context: str, at: int, end: int, label: str, arm_words: frozenset[str]
) -> tuple[str | None, str | None]:
    """The label of a number whose statement's label is ``label``, when that names a difference or a change
    (``(label, None)``), or ``(None, doubt)`` when the sentence does not say what it is of; ``(None, None)``
    leaves the label as it is. ``at``/``end``: the statement's span in its sentence ``context``."""
    if not bare_head(label):
        return None, None
    outcome = _outcome_after(context[end:], arm_words)
    if outcome:
        # "... 0.05 (95% CI ...) for NTB": the outcome named right after the value is its own
        return f"{label} in {outcome}", None
    named = [m for m in _HEAD_OF.finditer(context[:at]) if not bare_head(m.group("x"))]
    if named:
        last = named[-1]
        head = re.sub(r"^(?:the|an?)\s", "", last.group("h").strip(), flags=re.IGNORECASE)
        return f"{head} in {last.group('x').strip()}", None
    return None, NO_OUTCOME


_HEAD_BEFORE = re.compile(rf"\b(?P<h>{_QUALIFIER}{_HEAD_WORDS})\b", re.IGNORECASE)


def difference_for(context: str, at: int, end: int, arm_words: frozenset[str]) -> str | None:
    """ "The adjusted difference in 6-month change was −1.3 kg (...) for body weight and −0.58 (...) for energy
    intake": the label of a number that no rule labelled, when its sentence names a difference or a change before
    it and the outcome right after it ("difference in body weight"), else ``None``."""
    heads = list(_HEAD_BEFORE.finditer(context[:at]))
    outcome = _outcome_after(context[end:], arm_words) if heads else None
    if not outcome:
        return None
    head = re.sub(r"^(?:the|an?)\s", "", heads[0].group("h").strip(), flags=re.IGNORECASE)
    return f"{head} in {outcome}"


def sign_unread(text: str, at: int, matched: str) -> bool:
    """Is the number at ``at`` of ``text`` (read as ``matched``, without its sign) printed with a minus sign right
    before it ("were −0.2%, −0.7%", "was −0.4% (95% CI ...)"), which is no hyphen of a range ("3.2-6.8")?"""
    if matched.lstrip().startswith(("-", "−", "+")):
        return False
    before = text[max(0, at - 6) : at]
    return bool(re.search(r"(?:^|[\s(\[;:,=])-\s?$", before)) and not re.search(r"[\d%)\]]\s*-\s?$", before)


# the group a difference or a change is of, said right after the value (and its bracket): "−8.1 mm Hg (95% CI ...)
# in the 1-mg group", "−9.1 mm Hg (...) for the 50 mg dose", "reduced by 8.5 mm Hg with renal denervation"
_GROUP_AFTER = re.compile(
    rf"^{_UNIT}(?:\s?\([^()]*\))?\s(?:in|for|with)\s(?:the\s)?(?P<g>[A-Za-z0-9][\w./-]*(?:\s[\w./-]+){{0,3}}?)"
    r"(?=\s?[,;.)]|\s(?:and|compared|versus|vs\.?)\b|$)",
    re.IGNORECASE,
)
_CHANGE_BY = re.compile(
    r"\b(?:reduced|decreased|fell|dropped|lowered|increased|rose|improved|changed|declined)\s(?:[\w-]+\s){0,6}?by\s$",
    re.IGNORECASE,
)


def group_after(after: str, arm_words: frozenset[str]) -> str | None:
    """The group a difference's or a change's value is of, named right after it ("in the 1-mg group", "for the 50 mg
    dose", "with renal denervation"): a group, arm or dose noun, a dose, or words of an arm's name."""
    m = _GROUP_AFTER.match(after)
    if not m:
        return None
    g = m.group("g").strip()
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", g)}
    if re.search(r"\b(?:group|arm|dose)s?$", g, re.IGNORECASE) and not re.search(r"\b(?:both|each|all)\b", g, re.I):
        return g
    if re.search(r"\d\s?-?(?:mg|µg|μg)\b", g) or (words and words <= arm_words | {"the", "procedure", "drug"}):
        return g
    return None


def change_by(before: str) -> bool:
    """Is the number after ``before`` (its sentence up to it) how much a measure changed ("fell by", "was reduced
    by")?"""
    return bool(_CHANGE_BY.search(before))


# "(−10.8 and −4.9, and −19.6 and −8.7 mm Hg, respectively)": pairs of values, lined up with two lists at once
_NESTED_PAIRS = re.compile(r"\d\s?(?:and|&)\s-?\d[\d.]*[^,()]{0,12},\s(?:and\s)?-?\d[\d.]*\s?(?:and|&)\s-?\d")
NESTED = "it is one of pairs of values a 'respectively' bracket lines up with two lists at once"


def nested_respectively(context: str, at: int) -> bool:
    """Is the number at ``at`` inside a bracket of pairs of values said "respectively"?"""
    opened = context.rfind("(", 0, at)
    if opened < 0 or ")" in context[opened:at]:
        return False
    closed = context.find(")", at)
    inside = context[opened : closed if closed >= 0 else len(context)]
    return "respectively" in inside and bool(_NESTED_PAIRS.search(inside))
