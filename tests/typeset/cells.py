"""Cell grammars: split a value cell's text into numbers and name each number's statistic.

`parse` recognises the shape of a cell ("12 (41.7)", "47.5 (28-63)", "37.8 ± 3.8", "(10.9, 69.2)",
"NR (11.8 ~ NA)", ...); `classify` names the slots from the table's reviewed `TableSpec`, the row and
column labels and a few keyword rules ("median (range)", "95% CI", "hazard ratio", a "P" column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import StatRule, TableSpec

GRAMMARS = (
    "n_eq",
    "bare",
    "frac_pct",
    "frac",
    "plus_minus",
    "triple",
    "pair",
    "pct_count",
    "range",
    "paren_ci",
    "bracket_ci",
)

_NUM = r"−?\d{1,3}(?:,\d{3})+(?:\.\d+)?|−?\d+(?:\.\d+)?|−?\.\d+"
_NA = r"NR|NA|NE|N/A|n\.a\.|not reached|not available"
_VAL = rf"(?:{_NUM}|{_NA})"
_DASH = r"\s*(?:–|—|-|~|to)\s*"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("n_eq", re.compile(rf"[nN]\s*=\s*(?P<a>{_NUM})")),
    ("bare", re.compile(rf"(?P<qa>[<>≤≥])?\s*(?P<a>{_VAL})\s*(?P<pct>%)?")),
    (
        "frac_pct",
        re.compile(rf"(?P<a>{_NUM})\s*/\s*(?P<b>{_NUM})\s*\(\s*(?P<qc><)?\s*(?P<c>{_NUM})\s*%?\s*\)"),
    ),
    ("frac", re.compile(rf"(?P<a>{_NUM})\s*/\s*(?P<b>{_NUM})")),
    ("plus_minus", re.compile(rf"(?P<a>{_NUM})\s*±\s*(?P<b>{_NUM})\s*%?")),
    (
        "triple",
        re.compile(
            rf"(?P<a>{_VAL})\s*%?\s*[(\[]\s*(?:(?P<ci>(?:95|90)%\s*CI:?\s*)|(?P<name>range|IQR):?\s*)?(?P<b>{_VAL})"
            rf"(?:{_DASH}|\s*[,;]\s*)(?P<c>{_VAL})\s*[)\]]"
        ),
    ),
    ("pair", re.compile(rf"(?P<a>{_NUM})\s*\(\s*(?P<qb><)?\s*(?P<b>{_NUM})\s*(?P<pct>%)?\s*\)")),
    # a percentage before its count, the "%" printed: "20.7% (6)" (zoo style inline)
    ("pct_count", re.compile(rf"(?P<a>{_NUM})\s*%\s*\(\s*(?P<b>{_NUM})\s*\)")),
    ("range", re.compile(rf"(?P<a>{_NUM}){_DASH}(?P<b>{_NUM})")),
    ("paren_ci", re.compile(rf"\(\s*(?P<a>{_VAL})\s*[,;]\s*(?P<b>{_VAL})\s*\)")),
    ("bracket_ci", re.compile(rf"\[\s*(?P<a>{_VAL}){_DASH}(?P<b>{_VAL})\s*\]")),
]

_COUNT_LABEL = r"\bn \(%\)|\bno\. \(%\)|number of patients \(%\)|number \(%\)"
_BARE_KEYWORDS = (
    (r"hazard ratio|\bhr\b", "hr"),
    (r"odds ratio", "or"),
    (r"month os rate|os rate", "rate"),
    (r"geometric mean", "geometric_mean"),
    (r"\bmedian\b", "median"),
    (r"\bmean\b", "mean"),
)
_PERCENT_LABEL = r"(?:,| —) %$|^%$|rate(?:,| —) %|\(%\)$"
_TRAILING_N = re.compile(r"^(?P<body>.*\S)\s*\(\s*[nN]\s*=\s*(?P<n>\d+)\s*\)$")
_NA_WORDS = {
    "NR": "not reached",
    "not reached": "not reached",
    "NE": "not evaluable",
    "N/A": "not applicable",
    "n.a.": "not applicable",
    "not available": "not available",
}


@dataclass
class Parsed:
    grammar: str
    slots: list[str]
    qualifiers: dict[int, str] = field(default_factory=dict)
    arm_n: int | None = None
    ci_in_cell: bool = False
    interval: str = ""  # the interval a triple names in its bracket: "range", "iqr" ("62 (range 45–79)")
    p_tail: bool = False  # a P value after the cell's bracket: "0.65 (0.4–1.1); P = 0.109" (its last slot)


# a P value closing an estimate's cell: "; P=0.109", ", p = 0.045" (zoo style inline)
_P_TAIL = re.compile(rf"\s*[;,]\s*[pP]\s*(?P<q>[<>=≤≥])\s*(?P<p>{_NUM})$")


@dataclass
class Classified:
    values: dict[str, float]
    qualifiers: dict[str, str]
    grammar: str
    arm_n: int | None = None
    ci_level: int | None = None


def normalise(text: str) -> str:
    text = re.sub(r"(?<=\d)·(?=\d)", ".", text)
    text = text.replace("\u2009", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def parse(text: str) -> Parsed | None:
    """The grammar and number slots of a cell, or None when it holds no number we read."""
    text = normalise(text)
    if not text or text in {"–", "—", "-", "−"}:
        return None
    tail = _P_TAIL.search(text)
    if tail:
        parsed = parse(text[: tail.start()])
        if parsed is None or parsed.grammar != "triple":
            return None
        if tail["q"] != "=":
            parsed.qualifiers[len(parsed.slots)] = tail["q"]
        parsed.slots.append(tail["p"])
        parsed.p_tail = True
        return parsed
    arm_n = None
    trailing = _TRAILING_N.match(text)
    if trailing and not text.lower().startswith("n"):
        text, arm_n = trailing["body"], int(trailing["n"])
    for name, pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if not m:
            continue
        keys = [k for k in ("a", "b", "c") if m.groupdict().get(k) is not None]
        parsed = Parsed(name, [m[k] for k in keys], arm_n=arm_n, ci_in_cell=bool(m.groupdict().get("ci")))
        parsed.interval = (m.groupdict().get("name") or "").lower()
        for i, k in enumerate(("a", "b", "c")):
            q = m.groupdict().get("q" + k)
            if q:
                parsed.qualifiers[i] = q
        if name == "bare" and m["pct"]:
            parsed.grammar = "bare_pct"
        if name == "pair" and m["pct"]:
            parsed.grammar = "pair_pct"
        return parsed
    return None


def number(token: str) -> float | None:
    if re.fullmatch(_NA, token):
        return None
    value = float(token.replace(",", "").replace("−", "-"))
    return int(value) if value.is_integer() and "." not in token else value


def _has(text: str, *words: str) -> bool:
    return any(re.search(w, text) for w in words)


def _keyword_stats(grammar: str, row: str, col: str, spec: TableSpec, named: str = "") -> tuple[str, ...]:
    """Slot names from the labels; falls back to the table's legend defaults."""
    both = f"{row} | {col}"
    ci = _has(both, r"\b9[05]% (exact )?ci\b", r"\bci\)", r"confidence interval")
    if grammar in ("bare", "bare_pct"):
        if grammar == "bare_pct":
            return ("percent",)
        if re.fullmatch(r"p( value)?", col.split(" | ")[-1].strip()):
            return ("p",)
        for text in (row, col):
            for pattern, stat in _BARE_KEYWORDS:
                if _has(text, pattern):
                    return (stat,)
            if _has(text, _COUNT_LABEL):
                return ("count",)
            if _has(text, _PERCENT_LABEL):
                return ("percent",)
        return (spec.bare,)
    if grammar in ("pair", "pair_pct"):
        if grammar == "pair_pct":
            return ("count", "percent")
        for text in (row, col):
            if _has(text, r"mean \((sd|s\.d\.)\)"):
                return ("mean", "sd")
            if _has(text, _COUNT_LABEL):
                return ("count", "percent")
        return spec.pair
    if grammar == "pct_count":
        return ("percent", "count")
    if grammar == "triple":
        first = spec.triple[0]
        for pattern, stat in (
            (r"hazard ratio|\bhr\b", "hr"),
            (r"odds ratio", "or"),
            (r"month os rate|os rate", "rate"),
            (r"\bmedian\b", "median"),
            (r"\bmean\b", "mean"),
        ):
            if _has(row, pattern):
                first = stat
                break
        if named:
            return (first, *{"range": ("min", "max"), "iqr": ("q1", "q3")}[named])
        if _has(both, r"\(range\)|range\b|min[–-]max"):
            return (first, "min", "max")
        if _has(both, r"\biqr\b"):
            return (first, "q1", "q3")
        if ci:
            return (first, "ci_low", "ci_high")
        return (first, *spec.triple[1:])
    if grammar == "range":
        if _has(row, r"\brange\b"):
            return ("min", "max")
        if ci:
            return ("ci_low", "ci_high")
        return spec.range_
    if grammar in ("paren_ci", "bracket_ci"):
        return ("ci_low", "ci_high")
    if grammar == "plus_minus":
        return spec.plus_minus
    if grammar == "frac_pct":
        return ("count", "denominator", "percent")
    if grammar == "frac":
        return ("count", "denominator")
    return ()


def _rule_for(grammar: str, row: str, col: str, rules: tuple[StatRule, ...]) -> StatRule | None:
    for rule in rules:
        if rule.grammar not in ("*", grammar) and not (
            rule.grammar in ("bare", "pair") and grammar == rule.grammar + "_pct"
        ):
            continue
        if rule.row and not re.search(rule.row, row, re.I):
            continue
        if rule.column and not re.search(rule.column, col, re.I):
            continue
        return rule
    return None


def classify(text: str, row: str, col: str, spec: TableSpec) -> Classified | None:
    """Values and qualifiers of one cell; None when the cell holds no reportable number."""
    parsed = parse(text)
    row_l, col_l = row.lower(), col.lower()
    if parsed is None:
        rule = _rule_for("*", row_l, col_l, spec.rules)
        if re.search(r"\d", text) and not (rule and rule.skip):
            raise ValueError(f"cell {text!r} at {row!r} x {col!r}: no grammar matches and no skip rule")
        return None
    if parsed.grammar == "n_eq":
        return None
    rule = _rule_for(parsed.grammar, row_l, col_l, spec.rules)
    if rule and rule.skip:
        return None
    if rule and rule.stats:
        stats = rule.stats
    elif parsed.ci_in_cell:
        stats = (_keyword_stats("bare", row_l, "", spec)[0], "ci_low", "ci_high")
    else:
        stats = _keyword_stats(parsed.grammar, row_l, col_l, spec, parsed.interval)
    if parsed.p_tail:
        stats = (*stats, "p")
    if len(stats) != len(parsed.slots):
        raise ValueError(f"{text!r}: grammar {parsed.grammar} has {len(parsed.slots)} slots, got {stats}")
    values: dict[str, float] = {}
    qualifiers: dict[str, str] = {}
    for i, (stat, token) in enumerate(zip(stats, parsed.slots, strict=True)):
        num = number(token)
        if num is None:
            qualifiers[stat] = _NA_WORDS.get(token, spec.na_meaning)
            continue
        values[stat] = num
        if i in parsed.qualifiers:
            qualifiers[stat] = parsed.qualifiers[i]
    return Classified(values, qualifiers, parsed.grammar, parsed.arm_n, rule.ci_level if rule else None)
