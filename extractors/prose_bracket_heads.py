"""The head of a bracket's part: a bracket of statistics after a comparison, its parts split by "; ", each part opening
with the words that say what its values are ("(12-month event-free survival rate, 68.4% [95% CI, ...] with A vs.
48.7% [...] with B; hazard ratio for disease progression or death, 0.47 [...]; P<0.001)"). A part whose head names
an endpoint labels its own values, whatever the sentence's subject names; the subject labels only the parts whose
head names nothing ("median, 13.8 vs. 9.6 months", "difference, 22.4 percentage points", "95% CI, ..."). An endpoint
named only in a later part of the bracket is never the label of a part before it. Rules about sentence forms,
gathered on tests/extraction/prose_bracketheads_corpus.py."""

from __future__ import annotations

import re

from extractors.prose_terms import efficacy_endpoint, efficacy_terms
from extractors.prose_text import opening_bracket

HEAD_HOW = "head of its bracket part"
LATER_PART = (
    "its endpoint is named only in a later part of its bracket (after a '; '), which labels that part's values, "
    "not this one's"
)
HEAD_UNREAD = "its bracket part opens with a head that names what its values are, in words no rule reads"

# the longest head read as an endpoint's name, in words (a longer one is a clause, not a label)
MAX_HEAD_WORDS = 9
# the words of a head that name a statistic, an interval or a comparison, not what was measured
_STAT_WORDS = frozenset(
    re.findall(
        r"\S+",
        """annualized annual cumulative crude yearly
        median mean average geometric least squares least-squares estimated estimate kaplan meier
        kaplan-meier rate rates incidence incidences proportion proportions percentage percentages frequency
        risk absolute relative between-group difference differences change changes from baseline ci confidence
        interval intervals range iqr interquartile sd se standard deviation error p value values n no number of
        patients participants subjects event events the a an in at and or vs versus respectively two-sided
        one-sided nominal adjusted unadjusted stratified unstratified hazard odds ratio ratios hr or rr
        reduction percent points percentage-point treatment net ls lsm placebo-adjusted placebo-corrected with
        for by on to among after before within""",
    )
)
_RATIO_HEAD = re.compile(r"\b(?:hazard|odds|risk|rate)\s(?:ratio|ratios)\b|\b(?:HR|OR|RR|IRR)\b", re.I)
# a part's first value (not the landmark time of its head: "12-month ...", "at 24 months"; a value in months is one:
# "(median DoR, 14.1 months; ...)")
_FIRST_NUMBER = re.compile(
    r"(?<![\w.])(?<!\bat\s)[<>≤≥=]?\s?[−–-]?\d+(?:\.\d+)?(?![\d.]|-(?:weeks?|months?|years?|days?)\b)"
)
_LANDMARK = re.compile(r"\b\d+[- ](?:week|month|year|day)s?\b|\bat\s\d+\s(?:weeks?|months?|years?|days?)\b", re.I)
# a noun phrase: no preposition or article opening or closing it ("with a rate of PFS of" is a clause's piece)
_LABEL_SHAPED = re.compile(
    r"^(?!(?:with|for|by|in|of|at|to|among|after|before|and|or|a|an|the)\b)[A-Za-z0-9][\w /+≥≤-]*(?<![\s/+-])"
    r"(?<!\bof)(?<!\bwith)(?<!\bfor)(?<!\bin)(?<!\bat)(?<!\bto)(?<!\bby)(?<!\bthe)(?<!\ba)$",
    re.I,
)
# a verb or a clause word: the head is a sentence, not a label
_CLAUSE = re.compile(r"\b(?:was|were|is|are|had|has|have|occurred|showed|did|than|compared|which|who)\b", re.I)


def bracket_part(sentence: str, at: int) -> tuple[int, int, bool] | None:
    """The part of the innermost bracket that holds ``at``: its start and end (between the bracket's "(" or a "; "
    and the next "; " or its ")"), and whether a "; " parts the bracket at all. Brackets nested inside are skipped."""
    opened = opening_bracket(sentence, at)
    if opened < 0:
        return None
    part_start, semis, depth, end = opened + 1, False, 0, len(sentence)
    for i in range(opened + 1, len(sentence)):
        c = sentence[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            if depth == 0:
                end = i
                break
            depth -= 1
        elif c == ";" and depth == 0:
            semis = True
            if i < at:
                part_start = i + 1
            elif end == len(sentence):
                end = i
    if end < at:
        return None
    return part_start, end, semis


def part_head(sentence: str, at: int) -> tuple[str, int, int, bool] | None:
    """The head of the bracket part holding ``at`` (the words before the part's first number, without the ", " or
    ": " after them), with the part's bounds and whether the bracket has several parts; ``None`` outside a
    bracket."""
    part = bracket_part(sentence, at)
    if part is None:
        return None
    start, end, semis = part
    first = _FIRST_NUMBER.search(sentence, start, end)
    head_end = first.start() if first else end
    head = sentence[start:head_end].strip()
    head = re.sub(r"\s?[,:=]$", "", head).strip()
    return head, start, end, semis


def _content_words(text: str) -> set[str]:
    words = {w.lower().strip("-") for w in re.findall(r"[A-Za-z][\w-]*", text)}
    return {w for w in words if w and w not in _STAT_WORDS}


def _tidy(head: str) -> str:
    head = re.sub(r"^(?:the|an?)\s", "", head.strip(), flags=re.I)
    head = re.sub(r"^(?:median|mean|estimated|kaplan[- ]meier(?:-estimated)?)\s", "", head, flags=re.I)
    return re.sub(r"\s(?:rates?|percentages?|proportions?)$", "", head, flags=re.I).strip()


def _agrees(head: str, label: str) -> bool:
    """Whether ``label`` (what the sentence read) names what ``head`` names: the same endpoint, with the head's
    landmark time and confirmation."""
    said, read = efficacy_endpoint(head, len(head)), efficacy_endpoint(label, len(label))
    if said is None or read is None:
        same = _content_words(_tidy(head)) <= _content_words(label) | _content_words(_words_of(read))
    else:
        same = said == read and _content_words(_tidy(head)) - _content_words(_words_of(said)) <= _content_words(label)
    if not same:
        return False
    time = _LANDMARK.search(head)
    if time and not re.search(re.escape(re.sub(r"\s", "-", time.group())).replace("\\-", "[- ]"), label, re.I):
        return False
    return not (re.search(r"\bconfirmed\b", head, re.I) and not re.search(r"\bconfirmed\b", label, re.I))


def _words_of(name: str | None) -> str:
    """The words a canonical endpoint name stands for ("OS" -> "overall survival"), so a head that spells it out
    agrees with a label that abbreviates it."""
    if not name:
        return ""
    spelled = {
        "ORR": "objective response rate overall response",
        "OS": "overall survival",
        "PFS": "progression-free survival",
        "DoR": "duration of response",
        "DCR": "disease control",
        "CBR": "clinical benefit",
        "CR": "complete response",
        "PR": "partial response",
        "TTR": "time to response",
        "TTP": "time to progression",
    }
    return f"{name} {spelled.get(name, '')}"


def names_something(head: str) -> bool:
    """Whether a part's head names what was measured (not only a statistic, an interval or a comparison)."""
    return bool(_content_words(head))


def head_label(
    sentence: str, at: int, label: str | None, statistic: str, group_words: frozenset[str]
) -> tuple[str | None, str | None]:
    """What the head of the bracket part holding the number at ``at`` says its values are, against ``label`` (what
    the sentence's other rules read): ``(new label, None)`` when the head names another endpoint and reads as one,
    ``(None, doubt)`` when it names something no rule reads, or when the label is named only in a later part;
    ``(label, None)`` when the head agrees, or names nothing, or the number is in no bracket of parts."""
    found = part_head(sentence, at)
    if found is None or statistic in ("hr", "or", "rr", "p"):
        return label, None
    head, start, _, semis = found
    if not semis and not label and _endpoint_head(head, group_words):
        # "..., and overall survival also favoured A over B (median OS, 31.2 vs 25.0 months)": no other rule read
        # what the values are; the head of their one-part bracket names an endpoint
        return _tidy(head) or None, None
    if not semis:
        return label, None  # a bracket of one part is a gloss or a statement's own bracket: other rules read it
    if not head or not names_something(head) or _RATIO_HEAD.search(head):
        if label and semis and not head_or_before_names(sentence, start, label):
            return None, LATER_PART
        return label, None
    if _content_words(head) & group_words or re.search(r"\b(?:group|arm|cohort)s?\b", head, re.I):
        return label, None  # "(velotinib group, 45%; ...)": the part's head is a group, not an endpoint
    if label and _agrees(head, label):
        return label, None
    if efficacy_endpoint(head, len(head)) is None and all(re.match(r"[A-Z0-9]", w) for w in head.split()):
        return label, None  # "(MODIFY I, 17% vs. 28%; MODIFY II, ...)": a proper name (a trial, a cohort), no endpoint
    if (
        _CLAUSE.search(head)
        or not _LABEL_SHAPED.match(head)
        or len(head.split()) > MAX_HEAD_WORDS
        or re.search(r"\d", _strip_time(head))
    ):
        return None, HEAD_UNREAD
    return _tidy(head) or None, None


def _endpoint_head(head: str, group_words: frozenset[str]) -> bool:
    """Is a bracket's head only an endpoint's name ("median OS", "12-month PFS rate"), no group, clause or number?"""
    return bool(
        head
        and names_something(head)
        and not _RATIO_HEAD.search(head)
        and not _content_words(head) & group_words
        and not re.search(r"\b(?:group|arm|cohort)s?\b", head, re.I)
        and efficacy_endpoint(head, len(head)) is not None
        and not _CLAUSE.search(head)
        and _LABEL_SHAPED.match(head)
        and len(head.split()) <= MAX_HEAD_WORDS
        and not re.search(r"\d", _strip_time(head))
    )


def _strip_time(head: str) -> str:
    return _LANDMARK.sub("", head)


def head_or_before_names(sentence: str, part_start: int, label: str) -> bool:
    """Whether the endpoint of ``label`` is named before the bracket part (in the sentence's subject or an earlier
    part), not only after it."""
    read = efficacy_endpoint(label, len(label))
    if read is None:
        return True  # a label no vocabulary reads: where it was taken from is not told here
    before = {name for _, name in efficacy_terms(sentence[:part_start])}
    return read in before
