"""Statistic keys: a sentence that names the statistics of its numbers in a bracket and then prints the numbers in
the same shape. "The mean (SD) age was 61.2 (9.8) years", "Median (95% CI) rPFS was 11.5 (9.2-19.1) months", "The
mean (median, range) dose to the kidneys was 0.73 (0.63, 0.22-1.8) Gy/GBq", "(mean [SD] age, 63.2 [9.8] years;
...)", "The mean age (SD) was 64.9 (6.8) years", "The median (IQR) stay was 7 (4-11) days in the A group and 9
(5-14) days in the B group".

The key gives each number of a value tuple its statistic by position (the first the key's lead, "mean"; the bracket's
items the bracket's statistics, a range, an IQR or an interval two numbers each), and the words between the key and
its verb are what the numbers are of. A tuple is read only when its shape is the key's (as many items, each one number
or a pair as its statistic needs) and its pairs bracket the estimate they spread (the arithmetic veto). One tuple is
of the group its clause names (or of the whole trial); several coordinated tuples are read only when each names an
arm of its own, else they are withheld: the sentence gives them per time point, per method or per period, and which
is which is in words no rule reads. Records the statement patterns read from the tuple's numbers are replaced (they
took "median" for the mean of "mean (median, range) ... 0.34 (0.25, ...)", a range for an IQR). The corpus is
tests/extraction/prose_stat_keys_corpus.py.
"""

from __future__ import annotations

import re

from extractors.prose_arms import NO_ARMS, Arms
from extractors.prose_build import _section
from extractors.prose_groups import clause_group
from extractors.prose_text import Text, sentence_of
from schemas.document import BBox
from schemas.records import Record

HOW = "statistic key"
UNSETTLED = (
    "it is one of several value tuples its statistic key gives ('mean (SD) ... was A (B) ... and C (D)'), and the "
    "sentence does not name an arm for each"
)
UNSETTLED_SIZE = (
    "it sizes one of several value tuples its statistic key gives, and the sentence does not name an arm for each"
)
REPEATED = (
    "its statistic key is given again in the sentence for another population ('8889 vaccinated patients (mean [SD] "
    "age, 52.4 [16.9] years) and 88 898 unvaccinated patients (mean [SD] age, ...)'), and the sentence does not name "
    "an arm for each"
)
NO_SUBJECT = "its statistic key ('HR (95% CI) of') names no endpoint of its own"
VETO = "its statistic key's interval or range does not bracket the estimate it spreads"

# a statistic a key names, and the statistics of its item (a spread is two numbers)
_STATS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"geometric\smeans?", ("geometric_mean",)),
    (r"means?|average", ("mean",)),
    (r"medians?", ("median",)),
    (r"SDs?|s\.\s?d\.?|standard\sdeviations?|±\s?SD", ("sd",)),
    (r"SEM?|s\.e\.(?:m\.)?|standard\serrors?", ("se",)),
    (r"CV\s?%|%\s?CV|CV|coefficient\sof\svariation", ("cv_percent",)),
    (r"ranges?|min(?:imum)?\s?[-–,]\s?max(?:imum)?", ("min", "max")),
    (r"IQRs?|interquartile\sranges?", ("q1", "q3")),
    (r"(?:\d{2}(?:\.\d)?\s?%\s?)?(?:CIs?|confidence\sintervals?)", ("ci_low", "ci_high")),
)
_LEADS: tuple[tuple[str, str], ...] = (
    (r"geometric\smeans?", "geometric_mean"),
    (r"means?", "mean"),
    (r"medians?", "median"),
    (r"(?:adjusted\s)?(?:HRs?|hazard\sratios?)", "hr"),
    (r"(?:adjusted\s)?(?:ORs?|odds\sratios?)", "or"),
    (r"(?:adjusted\s)?(?:RRs?|relative\srisks?|risk\sratios?)", "rr"),
)
_ITEM = "|".join(f"(?:{p})" for p, _ in _STATS)
_LEAD = "|".join(f"(?:{p})" for p, _ in _LEADS)
_ITEMS = rf"(?:{_ITEM})(?:\s?[,;/]\s?(?:and\s)?(?:{_ITEM})|\sand\s(?:{_ITEM}))*"
# "mean (median, range) dose", "Median (95% CI) rPFS", "mean [SD] age": the key before what it is of
_KEY_BEFORE = re.compile(rf"\b(?P<lead>{_LEAD})\s?(?P<open>[(\[])\s?(?P<items>{_ITEMS})\s?[)\]]", re.IGNORECASE)
# "The mean age (SD) was", "the mean duration of diabetes (SD) was": the key's bracket after what it is of
_KEY_AFTER = re.compile(
    rf"\b(?P<lead>{_LEAD})\s(?P<subject>[a-z][a-z0-9-]*(?:\s[a-z0-9-]+){{0,5}}?)\s?(?P<open>[(\[])\s?(?P<items>{_ITEMS})"
    r"\s?[)\]]\s(?=(?:was|were|is|are)\b)",
    re.IGNORECASE,
)
# what the key's numbers are of: the words up to the verb, or up to the first number ("mean [SD] age, 63.2 ...")
_SUBJECT = re.compile(
    r"^\s?(?P<subject>[^;()\[\]]{0,90}?)\s?(?:,\s(?=[-−]?\d)|\s(?:was|were|is|are|remained|reached|fell|rose|"
    r"decreased|increased|changed|declined|improved)\b|\sof(?=\s[-−]?\d))",
    re.IGNORECASE,
)
_NUM = r"[-−]?\d+(?:\.\d+)?"
_UNIT = r"(?:%|[A-Za-zµμ][\w%/*·²⁻¹.-]*(?:\s[A-Za-zµμ][\w%/*·²⁻¹.-]*){0,2})"
_TUPLE = re.compile(rf"(?<![\w.])(?P<v0>{_NUM})\s?(?:{_UNIT}\s?)?(?P<open>[(\[])(?P<inner>[^()\[\]]{{1,80}})[)\]]")
_ONE = re.compile(rf"^\s?(?P<v>{_NUM})\s?%?\s?(?:{_UNIT})?\s?$")
_OPEN_END = r"NR|NE|NA|not\s(?:evaluable|estimable|reached)"
_PAIR = re.compile(
    rf"^\s?(?P<lo>{_NUM})\s?%?\s?(?:{_UNIT}\s)?(?:-|–|—|‒|to)\s?(?P<hi>{_NUM}|{_OPEN_END})\s?%?\s?(?:{_UNIT})?\s?$",
    re.IGNORECASE,
)
# between two coordinated tuples: a group, a unit, "and", "vs", "compared with"; no clause of its own
_BETWEEN = re.compile(
    r"^(?![^;]*\b(?:was|were|is|are)\b)[^;\d()\[\]]{0,80}?(?:,\s(?:and\s)?|\s(?:and|to|vs\.?|versus|compared\swith|"
    r"whereas|while)\s)$",
    re.IGNORECASE,
)
# a number that is the subject of a clause of its own: "131 (52.8%) were women"
_NEW_CLAUSE = re.compile(r"^\s?(?:[A-Za-z%/]+\s){0,2}(?:were|was|had|have|did|received|developed)\b", re.IGNORECASE)
# the words a key's verb leaves before the first tuple: "was", "of", "was estimated at"
_LEAD_IN = re.compile(
    r"^,?\s?(?:(?:was|were|is|are|of|at|to|from|by|estimated|approximately|about|remained|reached|fell|rose|"
    r"decreased|increased|changed|declined|improved)\s){0,4}$",
    re.I,
)
_ARMISH = re.compile(r"\b(?:group|arm|cohort)s?\b|\bArm\s[A-Z]\b|\d\s?(?:mg|µg|μg|mcg|g)\b", re.IGNORECASE)
# a population or a count the subject goes on with: "age of the 248 participants", "age among all 57 patients"
_SUBJECT_TAIL = re.compile(r"\s(?:of|in|among|for)\s(?:the\s|all\s)?\d.*$|\s(?:was|were)$", re.IGNORECASE)


def _statistics(items: str) -> list[tuple[str, ...]]:
    """The statistics of each item a key's bracket names, in order."""
    out: list[tuple[str, ...]] = []
    for part in re.split(r"\s?[,;/]\s?(?:and\s)?|\sand\s", items.strip()):
        stats = next((s for p, s in _STATS if re.fullmatch(p, part.strip(), re.IGNORECASE)), None)
        if stats is None:
            return []
        out.append(stats)
    return out


def _lead(word: str) -> str | None:
    return next((s for p, s in _LEADS if re.fullmatch(p, word.strip(), re.IGNORECASE)), None)


def _value(s: str) -> float:
    return float(s.replace("−", "-"))


def _read_tuple(m: re.Match[str], shape: list[tuple[str, ...]]) -> list[tuple[str, float | None, str | None]] | None:
    """(statistic, value, qualifier) of each number of a tuple in the key's shape, or ``None`` when its shape is
    another."""
    parts = re.split(r"\s?[,;]\s?", m.group("inner").strip())
    if len(parts) == sum(len(s) for s in shape) != len(shape):
        # "29 (17, 71)": the bounds of a spread printed with a comma, every number an item of its own
        singles = [_ONE.match(p) for p in parts]
        if any(o is None for o in singles):
            return None
        flat = [s for stats in shape for s in stats]
        return [(s, _value(o.group("v")), None) for s, o in zip(flat, singles, strict=True) if o is not None]
    if len(parts) != len(shape):
        return None
    out: list[tuple[str, float | None, str | None]] = []
    for part, stats in zip(parts, shape, strict=True):
        if len(stats) == 1:
            one = _ONE.match(part)
            if one is None:
                return None
            out.append((stats[0], _value(one.group("v")), None))
            continue
        pair = _PAIR.match(part)
        if pair is None:
            return None
        hi = pair.group("hi")
        open_end = not re.match(_NUM, hi)
        out.append((stats[0], _value(pair.group("lo")), None))
        out.append((stats[1], None if open_end else _value(hi), "not evaluable" if open_end else None))
    return out


def _brackets(values: list[tuple[str, float | None, str | None]], lead: str, v0: float) -> bool:
    """The arithmetic veto: every range, IQR or interval holds the estimate (and a range the median)."""
    got = {s: v for s, v, _ in values}
    centre = [v0] + ([got["median"]] if "median" in got and got["median"] is not None else [])
    for low, high in (("min", "max"), ("q1", "q3"), ("ci_low", "ci_high")):
        if low not in got:
            continue
        lo, hi = got[low], got.get(high)
        held = centre if low == "min" else [v0] if lead != "mean" or low == "ci_low" else [got.get("median") or v0]
        if lo is None or any(c < lo or (hi is not None and c > hi) for c in held if c is not None):
            return False
    return True


def _bbox(text: Text, start: int, end: int) -> BBox | None:
    idx = {text.owner[i] for i in range(start, min(end, len(text.owner))) if text.owner[i] >= 0}
    if not idx:
        return None
    boxes = [text.words[i].page_bbox for i in idx]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _armish(group: str, arms: Arms) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", group)}
    return bool(words & arms.words) or group.lower() in arms.names or bool(_ARMISH.search(group))


def _said_key(lead: str, items: str, subject: str) -> str:
    """A key with what it is of, as said ("mean [SD] age" twice is one key said twice; "geometric mean (CV%) Cmax"
    and "geometric mean (CV%) AUC" are two)."""
    return re.sub(r"[\s\[\]()]", "", f"{lead}({items}){subject}").lower()


def _keys(sentence: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, lead statistic, bracket items, subject) of each key of a sentence; ``end`` is where the words
    before its first tuple end."""
    out = []
    for m in _KEY_AFTER.finditer(sentence):
        out.append((m.start(), m.end(), m.group("lead"), m.group("items"), m.group("subject")))
    for m in _KEY_BEFORE.finditer(sentence):
        if any(s <= m.start() < e for s, e, *_ in out):
            continue
        said = _SUBJECT.match(sentence[m.end() :])
        subject = said.group("subject") if said else ""
        out.append(
            (m.start(), m.end() + (said.end("subject") if said else 0), m.group("lead"), m.group("items"), subject)
        )
    return sorted(out)


def stat_key_records(
    text: Text,
    page: int,
    records: list[Record],
    places: dict[int, tuple[int, int, bool, bool]],
    doubts: dict[int, str],
    arms: Arms = NO_ARMS,
) -> list[Record]:
    """``records`` with the numbers of every statistic key's tuples read by the key (see the module's docstring):
    the records the statement patterns read from those numbers replaced, the key's own added (with a doubt when
    the sentence does not settle them)."""
    keep = list(records)
    seen: set[int] = set()
    anchors = sorted([*_KEY_BEFORE.finditer(text.text), *_KEY_AFTER.finditer(text.text)], key=lambda a: a.start())
    for anchor in anchors:
        start, sentence = sentence_of(text.text, anchor.start(), anchor.end())
        if start in seen:
            continue
        seen.add(start)
        keys = _keys(sentence)
        said_keys = [_said_key(lead_word, items, subject) for _, _, lead_word, items, subject in keys]
        for k_start, k_end, lead_word, items, subject in keys:
            lead, shape = _lead(lead_word), _statistics(items)
            # the same key of the same subject said twice in one sentence gives one tuple per population each time
            # ("N vaccinated patients (mean [SD] age, A [B] years) and M unvaccinated patients (mean [SD] age, ...)")
            repeated = said_keys.count(_said_key(lead_word, items, subject)) > 1
            if lead is None or not shape:
                continue
            tuples = _tuples(sentence, k_end, shape)
            if not tuples:
                continue
            read = _records(text, page, start, sentence, subject, lead, tuples, arms, doubts, repeated)
            if not read:
                continue
            if len(tuples) == 1 and not repeated and all(id(r) not in doubts for r in read):
                # "Median (range) age was 52 (28-77) years and body weight 68 (45-116) kg": the key's statistics of
                # each further subject listed after its one tuple, in the same shape
                for listed_subject, lm, lvalues in _listed(sentence, tuples[0][0].end(), shape):
                    more = _records(text, page, start, sentence, listed_subject, lead, [(lm, lvalues)], arms, doubts)
                    if not more or any(id(r) in doubts for r in more):
                        break
                    for r in more:
                        r._binding = (f"{HOW}: listed subject", r._binding[1] if r._binding else "none")
                    read += more
                    tuples = [*tuples, (lm, lvalues)]
            if repeated and any(doubts.get(id(r)) == REPEATED for r in read):
                # the population's bracket the key stands in, with the population's size before it: its other
                # numbers ("4491 men [50.5%]") are of that population too, which no rule names
                opened = sentence.rfind("(", 0, k_start)
                closed = sentence.find(")", k_start)
                if opened >= 0 and ")" not in sentence[opened:k_start] and closed > 0:
                    size = re.search(r"(?<![\w.])\d[\d ,]*\d?\s(?:[A-Za-z-]+\s){0,3}$", sentence[:opened])
                    lo, hi = start + (size.start() if size else opened), start + closed
                    for r in keep:
                        if id(r) in places and lo <= places[id(r)][1] < hi and id(r) not in doubts:
                            doubts[id(r)] = REPEATED
            spans = [(start + t.start(), start + t.end()) for t, _ in tuples]
            values = {v for _, vals in tuples for _, v, _ in vals if v is not None} | {
                _value(t.group("v0")) for t, _ in tuples
            }
            keep = [
                r
                for r in keep
                if not (
                    id(r) in places
                    and (
                        any(a <= places[id(r)][1] < b for a, b in spans)
                        or (
                            start + k_start <= places[id(r)][1] < spans[-1][1]
                            and r.value is not None
                            and r.value in values
                        )
                    )
                )
            ]
            if any(doubts.get(id(r)) == UNSETTLED for r in read):
                # "... 0.041 (...) Gy/GBq with the image-based method (n=6) and 0.029 (...) with the blood-based
                # method (n=25)": the size of each tuple's sample, of no arm either
                ends = [*(a for a, _ in spans[1:]), start + len(sentence)]
                for r in keep:
                    sized = id(r) in places and r.statistic == "count" and re.search(r"\bn\s?=\s?\d", r.raw, re.I)
                    if sized and any(b <= places[id(r)][1] < e for (_, b), e in zip(spans, ends, strict=True)):
                        doubts[id(r)] = UNSETTLED_SIZE
            for r in read:
                places[id(r)] = (start, start + k_start, False, True)
            keep.extend(read)
    return keep


def _tuples(
    sentence: str, after: int, shape: list[tuple[str, ...]]
) -> list[tuple[re.Match[str], list[tuple[str, float | None, str | None]]]]:
    """The key's tuples: the first right after the key's verb, then each coordinated with the one before."""
    out: list[tuple[re.Match[str], list[tuple[str, float | None, str | None]]]] = []
    at = after
    for m in _TUPLE.finditer(sentence, after):
        lead_in = sentence[at : m.start()]
        if not out and not _LEAD_IN.match(lead_in):
            break
        if out and not _BETWEEN.match(re.sub(r"\s?[(\[]n\s?=\s?\d+[)\]]", "", lead_in)):
            break
        values = _read_tuple(m, shape)
        if values is None:
            break
        if out and (
            _NEW_CLAUSE.match(sentence[m.end() :]) or ("%" in m.group("inner")) != ("%" in out[0][0].group("inner"))
        ):
            break  # "..., and 131 (52.8%) were women": a clause of its own, no tuple of the key
        out.append((m, values))
        at = m.end()
    return out


# between a key's tuple and the next subject it gives the same statistics of: a unit, a comma or "and", the subject's
# words and nothing else ("52 (28-77) years and body weight 68 (45-116) kg", "..., weight 59.5 kg (30-107.2) and
# fat-free mass 45.2 kg (...)"); no verb, no number, no group
_LISTED = re.compile(
    r"^\s?(?:(?!and\b)[A-Za-zµμ%][\w%/*·²⁻¹^.-]*\s?)?(?:,\s(?:and\s)?|\sand\s)(?:the\s)?"
    r"(?P<subject>(?!(?:and|or|the|with|in|of|for|was|were)\b)[A-Za-z][A-Za-z-]*(?:\s(?!(?:and|or|was|were|is|are|"
    r"in|of|for|with|at|from)\b)[A-Za-z][A-Za-z-]*){0,3})\s(?:(?:was|were)\s)?$"
)


def _listed(
    sentence: str, after: int, shape: list[tuple[str, ...]]
) -> list[tuple[str, re.Match[str], list[tuple[str, float | None, str | None]]]]:
    """The further subjects a key's single tuple is followed by, each with a tuple of the key's shape: (subject,
    tuple, values), in order; the list stops at the first tuple that is not so introduced."""
    out: list[tuple[str, re.Match[str], list[tuple[str, float | None, str | None]]]] = []
    at = after
    for m in _TUPLE.finditer(sentence, after):
        said = _LISTED.match(sentence[at : m.start()])
        if said is None or _ARMISH.search(said.group("subject")):
            break
        values = _read_tuple(m, shape)
        if values is None or _NEW_CLAUSE.match(sentence[m.end() :]):
            break
        # ("pooled median weight 59.0 (...)": the key's statistic said again with the subject is no part of it)
        subject = re.sub(
            r"^(?:[A-Za-z-]+\s)?(?:median|mean|geometric\smean|average)\s", "", said.group("subject"), flags=re.I
        )
        out.append((subject, m, values))
        at = m.end()
    return out


def _records(
    text: Text,
    page: int,
    start: int,
    sentence: str,
    subject: str,
    lead: str,
    tuples: list[tuple[re.Match[str], list[tuple[str, float | None, str | None]]]],
    arms: Arms,
    doubts: dict[int, str],
    repeated: bool = False,
) -> list[Record]:
    endpoint = _SUBJECT_TAIL.sub("", re.sub(r"^(?:the|a|an)\s", "", subject.strip(" ,"), flags=re.I)).strip()
    endpoint = re.sub(r"\s(?:was|were|of)$", "", endpoint)
    groups: list[tuple[str | None, str]] = []
    for i, (m, _) in enumerate(tuples):
        end = tuples[i + 1][0].start() if i + 1 < len(tuples) else len(sentence)
        said = sentence[m.end() : end]
        group, how = clause_group(sentence[: m.end()] + said, m.start(), lead, m.end() + len(said), arms.names)
        groups.append((group, how))
    several = len(tuples) > 1
    unsettled = several and (
        any(g is None or not _armish(g, arms) for g, _ in groups) or len({g for g, _ in groups}) < len(groups)
    )
    out: list[Record] = []
    for (m, values), (group, how) in zip(tuples, groups, strict=True):
        v0 = _value(m.group("v0"))
        vetoed = not _brackets(values, lead, v0)
        raw = m.group(0)
        box = _bbox(text, start + m.start(), start + m.end())
        if box is None:
            return []
        for stat, value, qualifier in [(lead, v0, None), *values]:
            if value is None and qualifier is None:
                continue
            record = Record(
                section=_section(sentence),
                table="text",
                statistic=stat,
                value=value,
                qualifier=qualifier,
                ci_level=_level(sentence) if stat in ("ci_low", "ci_high") else None,
                raw=raw,
                page=page,
                bbox=box,
                context=sentence,
                row=[endpoint] if endpoint else [],
                arm=group if not unsettled else None,
            )
            record._binding = (f"{HOW}: subject" if endpoint else "none", how if group else "none")
            if not endpoint:
                doubts[id(record)] = NO_SUBJECT
            elif unsettled:
                doubts[id(record)] = UNSETTLED
            elif repeated and not group:
                doubts[id(record)] = REPEATED
            elif vetoed:
                doubts[id(record)] = VETO
            out.append(record)
    return out


def _level(sentence: str) -> float | None:
    level = re.search(r"(\d{2}(?:\.\d)?)\s?%\s?(?:CI|confidence)", sentence)
    return float(level.group(1)) if level else None
