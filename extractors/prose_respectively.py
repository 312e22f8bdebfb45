""" "respectively" lists: the i-th value of a kind takes the i-th endpoint of a listed subject ("The median
PFS and OS were 4.8 and 14.1 months, respectively"), and the groups of a paired statement ("in the X and Y
groups, respectively", "in Arms A and B")."""

from __future__ import annotations

import re


def endpoint_list(sentence: str, at: int, statistic: str) -> bool:
    """Does the sentence list endpoints, its values taken "respectively" (not groups)?"""
    return respectively_item(sentence, at, statistic) is not None


def respectively_item(sentence: str, at: int, statistic: str) -> str | None:
    """ "The frequencies of A, B, and C were 10.9% (...), 26.9% (...) and 46.2% (...), respectively": the item
    of the value at ``at`` (the i-th value of its kind names the i-th item)."""
    if "respectively" not in sentence:
        return None
    unbracketed = re.sub(r"[(\[][^)\]]*[)\]]", lambda b: " " * len(b.group(0)), sentence)
    unit = r"%" if statistic in ("percent", "rate") else r"(?:\s?[A-Za-z/*μµ·]+)?"
    # "The frequencies of A, B and C were ..." / "The median PFS and OS were 4.8 and 14.1 months, respectively"
    heads = [
        re.search(r"\bof\s(?P<items>[^;]{3,200}?)\s(?:were|was)\s", sentence[:at]),
        re.search(r"(?:^|;\s)(?P<items>[^;]{3,200}?)\s(?:were|was)\s", sentence[:at]),
    ]
    for m in heads:
        if not m:
            continue
        lead = r"^(?:.*,\s)?(?:the\s)?(?:(?:median|mean|estimated|overall)\s)*"
        named = re.sub(lead, "", m.group("items"), flags=re.I)
        for listed in (m.group("items"), named):
            items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed) if i.strip()]
            if len(items) < 2:
                continue
            if len(items[0].split()) > 1 and all(len(i.split()) == 1 for i in items[1:]):
                # "Topo I positivity and negativity": the first item's modifier is shared by the others
                shared = items[0].rsplit(" ", 1)[0]
                items = [items[0], *(f"{shared} {i}" for i in items[1:])]
            values = list(re.finditer(rf"(?<![\d.])\d+(?:\.\d+)?{unit}", unbracketed[m.end() :]))
            index = sum(1 for v in values if m.end() + v.start() < at)
            if index < len(items) and len(values) == len(items):
                return items[index]
    return None


def respectively_groups(sentence: str) -> list[str]:
    """ "in the X and Y groups, respectively" / "X vs Y": the groups of a paired statement, in order."""
    m = re.search(
        r"(?:in|for|with)\s(?:the\s)?(?P<a>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?:and|vs\.?|versus)\s(?:the\s)?"
        r"(?P<b>[A-Za-z0-9][\w ²/.+-]{1,30}?)\s(?P<w>groups|arms|cohorts)\b",
        sentence,
        re.IGNORECASE,
    )
    if m:
        word = m.group("w")[:-1]
        return [f"{m.group('a')} {word}", f"{m.group('b')} {word}"]
    lettered = re.search(
        r"\b(?:in|for|with|of)\s(?:the\s)?(?P<w>Arms|Cohorts|Groups|Parts)\s(?P<items>[A-Z0-9]{1,3}(?:,\s[A-Z0-9]{1,3})*,?"
        r"\s(?:and|vs\.?|versus)\s[A-Z0-9]{1,3})\b",
        sentence,
    )
    if lettered:  # "in Arms A and B, respectively"
        word = lettered.group("w")[:-1]
        return [f"{word} {x}" for x in re.findall(r"\b[A-Z0-9]{1,3}\b", lettered.group("items"))]
    return []
