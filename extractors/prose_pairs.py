"""Values paired with endpoints by their order or by a "for X" after each, where no "respectively" says so (the
"respectively" lists are prose_respectively.py's):

- coordinated endpoints, then "were" and as many values of one unit in their order, ending the clause: "The median OS
  and PFS were 298 and 61 days", "The ORR and DCR were 38% (95% CI, 24%–53%) and 77%": the i-th value is of the
  i-th term, when each term is an endpoint by name (an abbreviation, a known endpoint; other coordinated terms may
  be groups or subgroups, "sensitivity and specificity" stay withheld);
- each value followed by "for X", X an endpoint (not a group): "Hommel-adjusted P values were 0.61 for MMSE, 0.07
  for MoCA and 0.52 for CGNT", "Response rates were 36% for ORR and 81% for DCR";
- the values, then "for" the coordinated endpoints "respectively": "P values were .58 and .47 for systolic and
  diastolic BP, respectively" (a head noun printed once, after the last term, is each term's).

A value is paired only when the counts line up exactly and the terms are coordinated terms of one noun phrase in the
value's own clause ("a median PFS and OS of 2.1 and 7.6 months" is not read: that form is as often another study's,
"a pooled database ... showed"). A "for X" whose X names people or a group ("5.81% for whites") pairs a group, not
an endpoint: it is left to the group rules. A subject that names a group after its terms ("The ORR and DCR with
lorvastim were 29% and 64%") is one no group rule reads: its values are withheld (``unread_group``).

The corpus is tests/extraction/prose_pairs_corpus.py."""

from __future__ import annotations

import re

from extractors.prose_respectively import respectively_item
from extractors.prose_terms import efficacy_endpoint

# a value of a run: a number, its unit, and a bracket after it ("38% (95% CI, 24%–53%)")
_VALUE = (
    r"(?<![\w.])-?\d*\.?\d+(?:\s?%|\s?(?!(?:and|or|for|in|with|vs|versus|respectively)\b)[A-Za-z/μµ]+)?"
    r"(?:\s?\((?:[^()]|\([^()]*\))*\))?"
)
_RUN = re.compile(rf"{_VALUE}(?:(?:,\s|,?\sand\s){_VALUE})+")
_NUMBER = re.compile(r"(?<![\w.])-?\d*\.?\d+")
# people or groups: a "for X" naming them pairs groups, not endpoints
_PEOPLE = re.compile(
    r"\b(?:patients?|participants?|subjects?|men|women|males?|females?|children|adults|whites?|blacks?|asians?|"
    r"hispanics?|groups?|arms?|cohorts?|placebo|controls?|doses?|years?|months?|weeks?|days?)\b",
    re.IGNORECASE,
)
# an endpoint named by its abbreviation ("MMSE", "MoCA", "FEV1", "ORR") or a PK parameter ("Cmax", "AUC0-inf")
_ABBREVIATION = re.compile(r"[A-Za-z]*[A-Z][a-z]*[A-Z0-9][\w/-]*|C(?:max|min|trough)\w*|T(?:max|1/2)\w*|t1/2")
_TERM = r"[A-Za-z][\w/-]*(?:\s[A-Za-z][\w/-]*){0,3}?"
_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|gave|showed|achieved|reached|reduced|increased|decreased|occurred)\b", re.I
)
PAIRED_HOW = "paired by order or for"
GROUP_AFTER_TERMS = (
    "its subject names a group after the endpoints it lists ('the ORR and DCR with A were'), which no group rule reads"
)


def _split(items: str) -> list[str]:
    return [x.strip() for x in re.split(r",\s(?:and\s)?|,?\s(?:and)\s", items) if x.strip()]


def _unbracketed(text: str) -> str:
    return re.sub(r"\((?:[^()]|\([^()]*\))*\)", lambda b: " " * len(b.group(0)), text)


def _index(run: re.Match[str], at: int) -> tuple[int, int]:
    """(the index of the value at ``at`` in the run, how many values the run has), brackets left out."""
    unbracketed = _unbracketed(run.group(0))
    starts = [run.start() + v.start() for v in _NUMBER.finditer(unbracketed)]
    return sum(1 for s in starts if s <= at) - 1, len(starts)


def _run_at(sentence: str, at: int) -> re.Match[str] | None:
    return next((r for r in _RUN.finditer(sentence) if r.start() <= at < r.end()), None)


def _ends_clause(tail: str) -> bool:
    return bool(re.match(r"\s?(?:[.;]|,\srespectively\b|$)", tail))


def ordered_item(sentence: str, at: int, statistic: str) -> str | None:
    """The term of the value at ``at`` in "The median OS and PFS were 298 and 61 days" (no "respectively"); ``None``
    when the form or the counts do not line up, or the values are of different units. (The same after "of", "a
    median PFS and OS of 2.1 and 7.6 months, respectively", is not read: it is as often another study's, "a pooled
    database ... showed a median PFS and OS of", which no rule then tells.)"""
    if statistic in ("ci_low", "ci_high", "min", "max", "sd", "se", "denominator"):
        return None
    run = _run_at(sentence, at)
    if run is None or not _ends_clause(sentence[run.end() :]):
        return None
    if _index(run, at)[0] < 0:
        return None
    before = sentence[: run.start()]
    # (a unit is said once or after each value: "1.0 month ... and 4.7 months" are of one)
    units = {
        u.strip().rstrip("s")
        for u in re.findall(
            r"(?<![\w.])-?\d*\.?\d+(\s?%|\s(?!(?:and|or|vs|versus)\b)[A-Za-z]+)?", _unbracketed(run.group(0))
        )
        if u
    }
    if len(units) > 1:
        return None  # "The response rate, median PFS and median OS were 33%, 5.1 months and 14.0 months": mixed
    if "respectively" in sentence or not re.search(r"\swere\s$", before):
        return None
    # the values run straight after the copula and end the clause: said with "respectively" they would line up so
    lined = f"{sentence[: run.end()]}, respectively{sentence[run.end() :]}"
    item = respectively_item(lined, at, statistic)
    if item is None or not _endpoint_like(item, frozenset()):
        return None  # (the terms are endpoints by name: other coordinated terms may be groups or subgroups)
    subject = re.search(r"(?:^|[;:]\s|,\s)(?P<s>[^;:,]*?)\s(?:were|was)\s$", before)
    if subject and re.search(r"\s(?:with|in|among|for|on)\s", subject.group("s")):
        return None  # "The ORR and DCR with lorvastim were": a group after the terms (unread_group)
    return item


def _endpoint_like(term: str, arms: frozenset[str]) -> bool:
    if _PEOPLE.search(term) or {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", term)} & arms:
        return False
    bare = re.sub(r"^(?:(?:the|an?|median|mean|overall|estimated)\s)+", "", term, flags=re.IGNORECASE)
    return bool((bare and _ABBREVIATION.fullmatch(bare.split()[0])) or efficacy_endpoint(term, len(term)))


_FOR_ITEM = re.compile(
    rf"(?P<v>(?<![\w.])-?\d*\.?\d+)(?:\s?%)?\sfor\s(?:the\s)?(?P<x>{_TERM})(?=,\s|,?\sand\s|\s?[.;]|\s?$)"
)


def for_item(sentence: str, at: int, arms: frozenset[str] = frozenset()) -> str | None:
    """ "P values were 0.61 for MMSE, 0.07 for MoCA and 0.52 for CGNT": the endpoint named right after the value at
    ``at``, when two or more values of one list are each followed by "for" an endpoint (never a group)."""
    items = list(_FOR_ITEM.finditer(sentence))
    mine = next((m for m in items if m.start("v") == at), None)
    if mine is None:
        return None
    # the list the value is in: "V for X" items joined by ", " or "and", nothing else between them
    chain = [mine]
    for step in (-1, 1):
        i = items.index(mine)
        while 0 <= i + step < len(items):
            a, b = (items[i + step], items[i]) if step < 0 else (items[i], items[i + step])
            if not re.fullmatch(r",\s|,?\sand\s", sentence[a.end() : b.start()]):
                break
            chain.append(items[i + step])
            i += step
    if len(chain) < 2 or not all(_endpoint_like(m.group("x"), arms) for m in chain):
        return None
    return mine.group("x")


def for_respectively_item(sentence: str, at: int) -> str | None:
    """ "P values were .58 and .47 for systolic and diastolic BP, respectively": the i-th term after "for" of the
    i-th value of the run before it (a head noun printed after the last term only is each term's)."""
    run = _run_at(sentence, at)
    if run is None:
        return None
    after = re.match(
        rf"\sfor\s(?:the\s)?(?P<items>{_TERM}(?:,\s{_TERM})*,?\sand\s{_TERM}),\srespectively\b", sentence[run.end() :]
    )
    if after is None:
        return None
    index, count = _index(run, at)
    terms = _split(after.group("items"))
    if len(terms) != count or index < 0 or any(_PEOPLE.search(t) or _VERB.search(t) for t in terms):
        return None
    last = terms[-1].split()
    if len(last) > 1 and all(re.fullmatch(r"[a-z-]+", t) for t in terms[:-1]):
        head = " ".join(last[1:])  # "systolic and diastolic BP": "systolic BP", "diastolic BP"
        terms = [f"{t} {head}" for t in terms[:-1]] + [terms[-1]]
    return terms[index]


def paired_endpoint(sentence: str, at: int, statistic: str, arms: frozenset[str] = frozenset()) -> str | None:
    """The endpoint the sentence pairs with the value at ``at`` by order or by "for X", or ``None``."""
    if statistic == "p":
        return for_item(sentence, at, arms) or for_respectively_item(sentence, at)
    return ordered_item(sentence, at, statistic) or for_item(sentence, at, arms)


def unread_group(sentence: str, at: int) -> bool:
    """ "The ORR and DCR with lorvastim were 29% and 64%[, respectively]": values of coordinated endpoints whose
    subject names a group after them (no group rule reads it)."""
    run = _run_at(sentence, at)
    if run is None:
        return False
    subject = re.search(
        rf"(?:^|[;:]\s|,\s)(?:the\s)?(?:(?:median|mean)\s)?(?P<items>{_TERM}(?:,\s{_TERM})*,?\sand\s{_TERM})\s"
        r"(?:with|in|among|on)\s(?:the\s)?[\w-]+(?:\s[\w-]+){0,2}\s(?:were|was)\s$",
        sentence[: run.start()],
        re.IGNORECASE,
    )
    return bool(subject)
