"""Interval lists: one bracket gives the intervals of several values, in the order the values were printed.

"Median PFS was 4.0 and 2.5 months in the GV and GP arms, respectively (95% CI, 2.5 to 5.3 and 1.9 to 3.8,
respectively)", "the 12-month PFS rates were 62% and 45% (95% CIs, 55-69 and 37-52) in the A and B groups,
respectively", "14.6 months with A and 11.0 months with B (95% CI 12.1-17.3 vs 9.4-12.8)": the i-th interval
belongs to the i-th estimate the sentence read before the bracket. It is paired only when the sentence read
exactly as many estimates of one statistic before it, each with its endpoint and none with an interval of its
own, and when every interval brackets its estimate (the arithmetic veto); otherwise its numbers stay unread.
"""

from __future__ import annotations

import re

from extractors.prose_text import Text, sentence_of
from schemas.document import BBox
from schemas.records import Record

# what an interval can be the interval of: an estimate, never a count, a P value or another bound
_ESTIMATES = frozenset({"median", "mean", "geometric_mean", "percent", "rate", "hr", "or", "rr", "value"})
_NUMBER = r"[-−]?\d+(?:\.\d+)?"
_OPEN = r"NR|NE|NA|ND|not\s(?:reached|estimable|evaluable)"
_ITEM = rf"{_NUMBER}\s?%?\s?(?:to|–|—|-)\s?(?:{_NUMBER}|{_OPEN})\s?%?"
_JOIN = r"(?:,\s?(?:and\s)?|\s(?:and|vs\.?|versus)\s)"
_LIST = re.compile(
    rf"(?:\b(?P<level>\d{{2}}(?:\.\d)?)\s?%\s?(?:CIs?|confidence\sintervals?)|\bCIs?)\s?[,:=]?\s?"
    rf"(?P<items>{_ITEM}(?:{_JOIN}{_ITEM})+)(?![\d.%])"
)
_ONE = re.compile(rf"(?P<lo>{_NUMBER})\s?%?\s?(?:to|–|—|-)\s?(?P<hi>{_NUMBER}|{_OPEN})")
_QUALIFIERS = {
    "nr": "not reached",
    "not reached": "not reached",
    "ne": "not estimable",
    "not estimable": "not estimable",
}
HOW = "interval of a list, by order"


def _value(s: str) -> float:
    return float(s.replace("−", "-"))


def interval_lists(
    text: Text, records: list[Record], places: dict[int, tuple[int, int, bool, bool]], doubts: dict[int, str]
) -> list[Record]:
    """The bound records of every interval list whose intervals pair, by order, with the estimates read before
    it in its sentence (see the module's docstring)."""
    out: list[Record] = []
    for m in _LIST.finditer(text.text):
        items = list(_ONE.finditer(m.group("items")))
        if len(items) < 2:
            continue
        sentence_start, _ = sentence_of(text.text, m.start(), m.end())
        before = sorted(
            (
                (places[id(r)][1], r)
                for r in records
                if id(r) in places and places[id(r)][0] == sentence_start and places[id(r)][1] < m.start()
            ),
            key=lambda p: p[0],
        )
        estimates = [r for _, r in before if r.statistic in _ESTIMATES]
        bounded = {(tuple(r.row), r.arm) for _, r in before if r.statistic in ("ci_low", "ci_high")}
        if len(estimates) != len(items) or len({r.statistic for r in estimates}) != 1:
            continue
        if any(not r.row or id(r) in doubts or (tuple(r.row), r.arm) in bounded for r in estimates):
            continue
        if len({(tuple(r.row), r.arm) for r in estimates}) != len(estimates):
            continue  # two estimates of one endpoint and group: what each interval is of is not told
        pairs = []
        for estimate, item in zip(estimates, items, strict=True):
            lo, hi = _value(item.group("lo")), item.group("hi")
            qualifier = _QUALIFIERS.get(hi.lower()) if not re.match(_NUMBER, hi) else None
            high = None if qualifier or not re.match(_NUMBER, hi) else _value(hi)
            value = estimate.value
            if value is None or lo > value or (high is not None and high < value):
                break  # the interval does not bracket its estimate: it is not this estimate's
            at = m.start("items") + item.start()
            pairs.append((estimate, lo, high, qualifier, at, m.start("items") + item.end()))
        else:
            level = float(m.group("level")) if m.group("level") else None
            for estimate, lo, high, qualifier, start, end in pairs:
                raw, box = text.text[start:end], _bbox(text, start, end)
                for stat, bound, said in (("ci_low", lo, None), ("ci_high", high, qualifier)):
                    if bound is None and said is None:
                        continue
                    record = estimate.model_copy(
                        update={
                            "statistic": stat,
                            "value": bound,
                            "qualifier": said,
                            "ci_level": level,
                            "raw": raw,
                            "bbox": box or estimate.bbox,
                            "denominator": None,
                        }
                    )
                    record._binding = (HOW, (estimate.binding or ("", "none"))[1])
                    out.append(record)
    return out


def _bbox(text: Text, start: int, end: int) -> BBox | None:
    idx = {text.owner[i] for i in range(start, min(end, len(text.owner))) if text.owner[i] >= 0}
    if not idx:
        return None
    boxes = [text.words[i].page_bbox for i in idx]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
