"""The grammar of a table cell: text in, its numbers and their shape out.

Shapes: ``n (x%)``, ``n/N (x)``, ``n/N``, ``a ± b``, ``a (b)``, ``a (b–c)`` with ``–``, ``-``, ``to``, ``,``,
``;``, ``~`` between the bounds and round or square brackets, ``(b, c)`` alone, ``a (b) c``, ``x%``, a bare
number, ``<0.001`` and ``p=0.03``, and the words NR / NA / NE / not reached. What each number *means*
(count or mean, SD or percent, range or CI) is decided later from the labels (:mod:`extractors.hints`);
here only the shape is read. Typography is normalised first: unicode minus and dashes used as minus signs,
Lancet middle-dot decimals (61·4), thousands separators (10,660), symbol-font glyphs ("¼" for "=",
">_" for "≥").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from extractors.marks import MARK_CLASS

NUM = r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)"
QUAL_WORDS = {
    "nr": "not reached",
    "not reached": "not reached",
    "ne": "not estimable",
    "not estimable": "not estimable",
    "na": "not available",
    "n/a": "not available",
    "not available": "not available",
    "nc": "not calculable",
    "not calculable": "not calculable",
    "not evaluable": "not evaluable",
    "nd": "not done",
    "not applicable": "not applicable",
    "ns": "not significant",
}
_QUAL = (
    r"(?:not\s+reached|not\s+estimable|not\s+available|not\s+calculable|not\s+evaluable|not\s+applicable"
    r"|N/A|NR|NE|NA|NC|ND)"
)
_BOUND = rf"(?:{NUM}\s*%?|{_QUAL})"
_SEP = r"\s*(?:–|—|-|‒|to|~|,|;|\.\.\.)\s*"
_OPEN = r"[(\[]"
_CLOSE = r"[)\]]"


@dataclass(frozen=True, slots=True)
class Shape:
    """The numbers of a cell and how they are arranged."""

    kind: str  # empty | qualifier | number | percent | pair | pair_pct | interval | estimate_interval |
    #            fraction | fraction_pct | plusminus | triple | p_value | estimate_two_intervals | estimate_p |
    #            pair_range | number_unreported
    numbers: tuple[float | None, ...] = ()
    qualifiers: tuple[str | None, ...] = ()
    comparator: str | None = None  # "<", ">", "≤", "≥" before the first number
    has_percent_sign: bool = False
    decimals: tuple[int, ...] = field(default=())
    ci_level: float | None = None  # an interval the cell itself calls a CI: "4.6 (95% CI: 2.3-8.9)"
    # an estimate printed without "%" whose interval bounds carry it: "0.83 (79–88%)", a ratio with its CI in
    # percent (the veto may then check the estimate against the bounds / 100)
    percent_bounds: bool = False
    # the interval the cell names in its bracket other than a CI: "62 (range 45–79)", "5.2 (IQR 3.1–8.0)"
    interval_name: str = ""
    # a P value closing the cell, its last number: "0.71 (0.55–0.92); P=0.008", "0.71 (0.55 to 0.92), p = 0.008"
    p_tail: bool = False
    # a rate per 100 patient-years stated after the cell's numbers: "3.4 (2.9–4.0) per 100 patient-years", "1.2/100 PY"
    per_100_years: bool = False
    # the number of patients a statistic is of, leading the cell, its first number: "marked" ("n=350, 3100.5
    # (570.2)") or "bare" ("380, 205 (120–340)", read only where a label lists "n" first: "n, median (range)")
    n_head: str = ""
    # the spread the cell names in its bracket: "63.4 (SD 9.8)", "84.2 (SEM 2.3)" -- "sd" or "se"
    spread_name: str = ""
    # "41 of 120 (34%)": a count of a denominator the cell states in words, its share after it
    of_words: bool = False
    # a unit printed with the cell's numbers, after them or between the estimate and its bracket: "8.4 (6.9–10.2)
    # months", "21.3 mo (18.0–25.6)"
    unit: str = ""
    # the name of the contrast the cell prints before its numbers, as printed: "HR 0.81 (0.70–0.93)", "HR, 0.81 (95%
    # CI, 0.70–0.93)", "aOR 1.52 [1.10–2.10]", "Hazard ratio 0.81 (0.70–0.93)" -- the cell's own statement of what its
    # estimate is (a comparison of the groups, no one group's)
    ratio_name: str = ""


# a whole number grouped by thousands commas: its first group has 1-3 digits, no leading 0 ("0,125" is a decimal
# comma, left unread) and starts the number (not after a decimal point: "0.5,120" is the interval 0.5 to 120,
# never 0.512); every group after a comma has three digits. A CI comma is followed by a space or by a number
# that is not a group of three ("1,150, 3,980", "12 (0.5,1.3)").
_THOUSANDS = re.compile(r"(?<![\d.])[1-9]\d{0,2}(?:,\d{3})+(?!\d)")

# a footnote mark set in the value's own type, glued to it: at the end ("0.94)†", "37a", "2d,e") or between
# an estimate and its bracket ("0.65c [0.4-1.1]", "71 ± 12* (…)")
_GLUED_MARK_END = re.compile(rf"(?<=[\d)\]%])({MARK_CLASS}+|[a-h](?:,[a-h])*)$")
_GLUED_MARK_MID = re.compile(rf"(?<=\d)({MARK_CLASS}+|[a-h](?:,[a-h])*)(?=\s*[(\[]\s*[-−–<>≤≥]?\s*[\d.·])")


def glued_marks(text: str) -> tuple[str, list[str]]:
    """A value cell's text without the footnote marks glued to its numbers, and those marks (in order)."""
    marks: list[str] = []
    mid = _GLUED_MARK_MID.search(text)
    if mid and _GLUED_MARK_MID.search(text, mid.end()) is None:
        marks.append(mid.group(1))
        text = text[: mid.start()] + text[mid.end() :]
    end = _GLUED_MARK_END.search(text)
    if end:
        marks.append(end.group(1))
        text = text[: end.start()].rstrip()
    return text, marks


_BRACKET_LETTERS = re.compile(r"[)\]]\s*([a-h](?:,[a-h])*)$")


def bracket_letters(text: str) -> list[str]:
    """The footnote letters set in the value's own type right after its closing bracket ("62 (41–80)a",
    "3.9 (1.8–7.1)b,c"): a mark only where the table's notes define the letter (extractors/records.py)."""
    m = _BRACKET_LETTERS.search(text.strip())
    return m.group(1).split(",") if m else []


# normalise's patterns, compiled once (it runs on every cell and prose number)
_N_FIVE = re.compile(r"(\(|^|\s)([nN]) 5 (?=\d)")
_MID_DOT = re.compile(r"(?<=\d)\s*[·•∙]\s*(?=\d)")
_LEAD_DOT = re.compile(r"(?<![\d.])[·•∙](?=\d)")
_DASH_MINUS = re.compile(r"(^|[(\[,;~]|\bto\b|\s)\s*[–—‒]\s*(?=\d|\.\d)")
_SPACES = re.compile(r"\s+")
# a true minus sign (U+2212) spaced from its number, opening a cell, a bracket or an interval's upper bound
_SPACED_MINUS = re.compile(r"(^|[(\[]|\bto\s)\s*\u2212\s+(?=\d)")


@functools.lru_cache(maxsize=65536)  # a pure function of the text, asked again for the same cells by every stage
def normalise(text: str, *, thousands: bool = True) -> str:
    """Typography to plain ASCII-ish arithmetic: minus signs, decimal points, thousands, symbol glyphs.

    ``thousands=False`` keeps every comma: a range written ``15,54`` or ``14,132`` inside a
    median (IQR; range) cell is two numbers, not one."""
    t = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    t = t.replace(">_", "≥").replace("<_", "≤").replace("¼", "=").replace("þ", "+")
    t = _N_FIVE.sub(r"\1\2 = ", t)
    t = _MID_DOT.sub(".", t)  # Lancet 61·4
    t = _LEAD_DOT.sub(".", t)  # ·05
    t = _SPACED_MINUS.sub("\\1\u2212", t)  # "− 0.76", "(− 1.96 to − 0.42)": a minus sign set apart from its number
    t = t.replace("\u2212", "-").replace("\u2010", "-").replace("\u2011", "-").replace("\ufe63", "-")
    t = t.replace("\uff0d", "-")
    # an en/em dash or hyphen directly before a digit, after start, bracket, space-after-separator: a minus
    t = _DASH_MINUS.sub(lambda m: f"{m.group(1)} -", t)
    if thousands:
        t = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), t)  # 10,660 -> 10660
    t = _SPACES.sub(" ", t).strip()
    return t


def _num(s: str | None) -> float | None:
    if s is None:
        return None
    s = s.strip().rstrip("%").strip()
    if re.fullmatch(NUM, s):
        return float(s)
    return None


_SPACES = re.compile(r"\s+")


def _qual(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.rstrip("%").strip()
    return QUAL_WORDS.get(_SPACES.sub(" ", s.strip().lower()))


def _decimals(s: str) -> int:
    m = re.search(r"\.(\d+)", s)
    return len(m.group(1)) if m else 0


# ``a (b–c; d,e)`` / ``a (b–c, d–e)``: an estimate with two intervals (median (IQR; range)). The second
# interval's bounds may be separated by a bare comma with no space ("15,54"), so it is read before the
# thousands separators are removed.
_TWO_INTERVALS = (
    rf"^({NUM})\s*\(\s*({NUM})\s*(?:–|—|-|‒|to)\s*({NUM})\s*[;,]\s*({NUM})\s*(?:–|—|-|‒|to|,)\s*({NUM})\s*\)$"
)


def _two_intervals(text: str) -> Shape | None:
    """An estimate, an inner interval and an outer one that holds it: ``25 (22–37; 15,54)``."""
    t = normalise(text, thousands=False)
    m = re.match(_TWO_INTERVALS, t)
    if not m:
        return None
    g = m.groups()
    est, lo, hi, outer_lo, outer_hi = (float(x) for x in g)
    if not (outer_lo <= lo <= est <= hi <= outer_hi) or outer_lo == outer_hi:
        return None  # not nested: "1,234 (1,100–1,300)" and other thousands are not this shape
    return Shape(
        "estimate_two_intervals",
        (est, lo, hi, outer_lo, outer_hi),
        (None,) * 5,
        None,
        False,
        tuple(_decimals(x) for x in g),
    )


# an estimate and a bracket holding one comma-grouped number with no space after the comma: "150 (120,180)"
_COMMA_BRACKET = re.compile(rf"^({NUM})\s*[(\[]\s*(\d{{1,3}}),(\d{{3}})\s*[)\]]$")


def _comma_ambiguous(text: str) -> bool:
    """ "150 (120,180)" is 150 with 120180 or 150 with its interval 120 to 180: when the estimate lies between
    the two parts, both readings stand and the cell is left unread. "2,120 (1,150)" reads one way only."""
    m = _COMMA_BRACKET.match(normalise(text, thousands=False))
    if m is None:
        return False
    return float(m.group(2)) <= float(m.group(1)) <= float(m.group(3))


# a time printed with a "+" (censored: the response was ongoing) as a bound of a range: "8.1 (1.9-27.4+)",
# "NR (4.1+ to 22.7+)", "1.6–22.3+"; the bound is the number printed
_CENSORED = re.compile(r"(?<=\d)\+(?=\s*(?:[-–—‒,;]|to\b|[)\]]|$))")
_RANGED = ("bare_interval", "interval", "estimate_interval")
# the shapes a contrast's value may take after its name: an estimate, with its interval (and a P value) or alone
_NAMED_KINDS = frozenset({"estimate_interval", "number"})


_BRACKETED_NEGATIVE = re.compile(r"\(\s*(-\d+(?:\.\d+)?)\s*\)(?:\s*[-–—]\s*\(\s*(-\d+(?:\.\d+)?)\s*\))?")
# an interval with one bound a negative in brackets, the other bare: "−0.41–(−0.07)", "(−0.62)–0.15"
_HALF_BRACKETED = re.compile(
    r"(-?\d+(?:\.\d+)?)\s*[-–—]\s*\(\s*(-\d+(?:\.\d+)?)\s*\)|\(\s*(-\d+(?:\.\d+)?)\s*\)\s*[-–—]\s*(-?\d+(?:\.\d+)?)"
)


# the name of a contrast printed before its value in the cell, then a comma, colon or "=" or nothing: an abbreviation
# in capitals ("HR", "OR", "RR", "IRR", "MD": "or" in lower case is a word), adjusted ("aHR"), subdistribution ("sHR")
# or cause-specific ("csHR") in a competing-risks analysis, or a ratio's name in words,
# adjusted or stratified or not ("Hazard ratio", "Adjusted odds ratio", "Relative risk")
CONTRAST_NAME = (
    r"(?:(?i:(?:adjusted|unadjusted|stratified|unstratified)\s+)?(?:a|adj\.?\s?|s|cs)?(?:HR|OR|RR|IRR|RD|MD|SMD|ETD|WR)"
    r"|(?i:(?:adjusted|unadjusted|stratified|unstratified)\s+)?(?i:(?:hazard|odds|risk|rate|incidence\s+rate)\s+ratio"
    r"|relative\s+risk))"
)
_NAMED_VALUE = re.compile(rf"^\s*({CONTRAST_NAME})\s*[,:=]?\s*(?=[-−–+]?\s*(?:\d|[.·]\d))")


def contrast_named(text: str) -> tuple[str, str]:
    """The name of a contrast printed before the cell's value and the rest of the cell ("HR, 0.81 (95% CI,
    0.70–0.93)" -> ("HR", "0.81 (95% CI, 0.70–0.93)")); ("", text) when the cell opens with no such name."""
    m = _NAMED_VALUE.match(text)
    return (re.sub(r"\s+", " ", m.group(1)), text[m.end() :]) if m else ("", text)


def parse_shape(text: str) -> Shape | None:
    """The shape of a cell, or ``None`` when the text is not a value cell trialex can read. A range whose bounds
    carry a censoring "+" is read as the range of the numbers printed; any other shape with a "+" is not read. A
    contrast's name before the numbers ("HR 0.81 (0.70–0.93)") is kept as the shape's ``ratio_name``: the cell's
    numbers are then an estimate, with its interval and its P value or not."""
    name, rest = contrast_named(text)
    if name:
        shape = parse_shape(rest)
        if shape is None or shape.ratio_name or shape.kind not in _NAMED_KINDS or shape.n_head or shape.unit:
            return None
        return replace(shape, ratio_name=name)
    if _CENSORED.search(text):
        shape = _parse_shape(_CENSORED.sub("", text))
        return shape if shape is not None and shape.kind in _RANGED and "±" not in text else None
    return _parse_shape(text)


# a negative lower bound, a space, then a dash set tight against the next number: "(-3.0 -1.2)" is an interval from
# -3.0 to 1.2 with its dash spaced unevenly, or from -3.0 to -1.2 with its separator lost
_SIGN_OR_SEPARATOR = re.compile(r"([(\[]\s*-(?:\d+(?:\.\d+)?|\.\d+))\s+-(?=\d|\.\d)")


# the same in a bare cell: a number, a space, then a minus sign or hyphen set tight against the next number
# ("−10.7 −1.3"): two numbers of two columns run together, or an interval with its dash spaced unevenly; nothing in
# the cell settles which, so it is not read (an en dash, "−10.7 – 1.3", is a range's separator and reads)
_BARE_SIGN_OR_SEPARATOR = re.compile(r"^[-\u2212]?\s*(?:\d+(?:[.·]\d+)?|[.·]\d+)\s+[-\u2212](?=\d|[.·]\d)")


def _sign_or_separator(t: str) -> Shape | None:
    """A cell whose interval reads two ways (``_SIGN_OR_SEPARATOR``): the reading whose interval holds the
    estimate printed before it, when only one does; else None (unread: a sign the cell cannot settle)."""
    readings = []
    for repl in (r"\1 to ", r"\1 to -"):
        shape = _parse_shape(_SIGN_OR_SEPARATOR.sub(repl, t, count=1))
        if shape is not None and shape.kind == "estimate_interval" and None not in shape.numbers[:3]:
            est, low, high = shape.numbers[:3]
            if low is not None and high is not None and est is not None and low <= est <= high:
                readings.append(shape)
    return readings[0] if len(readings) == 1 else None


# the reference group's cell beside a comparison: "Reference", "Ref.", "(ref)", or its ratio of one said to be the
# reference's ("1.00 (ref)", "1 [reference]"): no number of the group's (a bare "1.00" stays a number)
_REFERENCE = re.compile(r"(?:1(?:\.0+)?\s*)?[(\[]?\s*(?i:ref(?:erence)?\.?(?:\s+(?:group|category))?)\s*[)\]]?")


# an estimate, a comma and a space, then its interval: "62, 45–81" ("62, 45–81 y" with a unit, read by
# ``_with_unit``), a house style that sets "median, range" or "median, IQR" without brackets
_COMMA_INTERVAL = re.compile(rf"^({NUM})\s*,\s+({NUM})\s*(?:–|—|‒|-|to)\s*({NUM})$")


def _comma_interval(m: re.Match[str]) -> Shape | None:
    """The shape of "a, b–c" as of "a (b–c)" -- only when the interval holds the estimate, as a range, an IQR or
    a CI around its own estimate always does; anything else ("3, 5–9": a list) is not read."""
    shape = _parse_shape(f"{m.group(1)} ({m.group(2)}–{m.group(3)})")
    if shape is None or shape.kind != "estimate_interval" or None in shape.numbers[:3]:
        return None
    est, low, high = shape.numbers[:3]
    assert est is not None and low is not None and high is not None
    return shape if low <= est <= high and low < high else None


# the forms of a value cell, tried in order; compiled once (a cell is parsed by every stage, and string patterns
# asked of ``re`` fall out of its cache of 512 among the readers' other patterns)
_CELL_FORMS: tuple[tuple[str, str], ...] = (
    (rf"^[pP]\s*([<>=≤≥])\s*({NUM})$", "p_value"),
    (rf"^([<>≤≥])\s*({NUM})$", "compared"),
    (rf"^({NUM})\s*%$", "percent"),
    (rf"^({NUM})$", "number"),
    (rf"^({NUM})\s*/\s*({NUM})\s*{_OPEN}\s*({NUM})\s*%?\s*{_CLOSE}$", "fraction_pct"),
    # a count over its group's size, the share and the share's CI in one bracket: "6/61 (9.8; 3.7–20.2)" under
    # "n/N (%; 95% CI)"
    (rf"^({NUM})\s*/\s*({NUM})\s*\(\s*({NUM})\s*%?\s*;\s*({NUM}){_SEP}({NUM})\s*%?\s*\)$", "fraction_pct_interval"),
    (rf"^({NUM})\s*/\s*({NUM})$", "fraction"),
    (rf"^({NUM})\s*(?:±|\+/-|\+-)\s*({NUM})\s*(%?)$", "plusminus"),
    # a share printed before its count, its "%" on the first number: "24% (12)"
    (rf"^({NUM})\s*%\s*{_OPEN}\s*({NUM})\s*{_CLOSE}$", "pct_count"),
    (rf"^({_BOUND})\s*{_OPEN}\s*([<>≤≥]?)\s*({NUM})\s*(%?)\s*{_CLOSE}$", "pair"),
    (rf"^({_BOUND})\s*{_OPEN}\s*({_BOUND}){_SEP}({_BOUND})\s*%?\s*{_CLOSE}$", "estimate_interval"),
    (
        rf"^({_BOUND})\s*{_OPEN}\s*(\d{{2}}(?:\.\d)?)\s*%\s*(?:CI|CrI|Cl|confidence interval)[:,]?\s*"
        rf"({_BOUND}){_SEP}"
        rf"({_BOUND})\s*%?\s*{_CLOSE}$",
        "estimate_ci",
    ),
    # the bracket names its spread: "63.4 (SD 9.8)", "27.9 (SD: 4.1)", "84.2 (SEM 2.3)", "12.8 [SE 0.2]"
    (
        rf"^({NUM})\s*{_OPEN}\s*(s\.?d\.?|s\.?e\.?m?\.?|standard deviation|standard error)\s*[:=,]?\s*({NUM})"
        rf"\s*{_CLOSE}$",
        "spread_named",
    ),
    # a CI the bracket names without its level: "0.82 (CI 0.61–1.10)", "1.45 (CI: 1.10, 1.92)"
    (
        rf"^({_BOUND})\s*{_OPEN}\s*(?:CI|CrI|confidence interval)\s*[:,]?\s*({_BOUND}){_SEP}({_BOUND})\s*%?\s*"
        rf"{_CLOSE}$",
        "estimate_ci_unlevelled",
    ),
    # a count "of" its denominator, its share after it: "41 of 120 (34%)"; or without the share: "12 of 35"
    (rf"^(\d+)\s+of\s+(\d+)\s*{_OPEN}\s*({NUM})\s*%?\s*{_CLOSE}$", "of_pct"),
    (r"^(\d+)\s+of\s+(\d+)$", "of_fraction"),
    (
        rf"^({_BOUND})\s*{_OPEN}\s*(range|iqr|interquartile range)\s*[:,]?\s*({_BOUND}){_SEP}({_BOUND})\s*%?\s*"
        rf"{_CLOSE}$",
        "estimate_named",
    ),
    # a count, its share and the share's CI in square brackets: "12 (24) [13–38]" under "n (%) [95% CI]"
    (rf"^({NUM})\s*\(\s*({NUM})\s*%?\s*\)\s*\[\s*({NUM}){_SEP}({NUM})\s*%?\s*\]$", "pair_interval"),
    # the same with the CI in round brackets: "218 (51.9) (47.0 to 56.8)" under "ORR (%) (95% CI)"
    (rf"^({NUM})\s*\(\s*({NUM})\s*%?\s*\)\s*\(\s*({NUM}){_SEP}({NUM})\s*%?\s*\)$", "pair_interval"),
    (rf"^{_OPEN}\s*({_BOUND}){_SEP}({_BOUND})\s*%?\s*{_CLOSE}$", "interval"),
    (rf"^({NUM})\s*(?:–|—|-|to)\s*({NUM})$", "bare_interval"),
    # bounds in a column of their own set with a comma and a space ("27.2, 57.8" under "95% CI": a comma with
    # no space is a thousands separator; typed only where a label of the cell names the interval), or an upper
    # bound not estimable ("1.7 to NE")
    (rf"^({NUM})\s*,\s+({NUM})$", "bare_interval"),
    (rf"^({NUM})\s*(?:–|—|-|to)\s*({_QUAL})$", "bare_interval"),
    # a share, then its count over the group's size: "45 (9/20)", "50% (6/12)" under "% (n/N)"
    (rf"^({NUM})\s*(%?)\s*{_OPEN}\s*({NUM})\s*/\s*({NUM})\s*{_CLOSE}$", "pct_fraction"),
    (rf"^({NUM})\s*{_OPEN}\s*({NUM})\s*%?\s*{_CLOSE}\s*({NUM})$", "triple"),
    (rf"^({NUM})\s*%\s*{_OPEN}\s*({_BOUND}){_SEP}({_BOUND})\s*%?\s*{_CLOSE}$", "pct_interval"),
    (rf"^({NUM})\s*[,;]?\s*\(?\s*[pP]\s*([<>=≤≥])\s*({NUM})\s*\)?$", "estimate_p"),
    (rf"^({NUM})\s*(?:±|\+/-)\s*({NUM})\s*{_OPEN}\s*({NUM}){_SEP}({NUM})\s*{_CLOSE}$", "plusminus_interval"),
    # a number whose bracket was not reported: "60 (NR)" under "Age, median (range)" -- the number alone
    (rf"^({NUM})\s*\(\s*(?:NR|NA|N/A|not reported)\s*\)$", "number_unreported"),
    # an estimate with its spread, then a range after a comma: "74.2 (8.1), 61 to 94" under "Mean (SD) ..., range"
    (rf"^({NUM})\s*\(\s*({NUM})\s*\)\s*[,;]\s*({NUM})\s*(?:–|—|-|to)\s*({NUM})$", "pair_range"),
)
_CELL_PATTERNS = tuple((re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in _CELL_FORMS)


def _parse_shape(text: str) -> Shape | None:
    united = _with_unit(text)
    if united is not None:
        return united
    after = _with_percent_after(text)
    if after is not None:
        return after
    tailed = _with_p_tail(text)
    if tailed is not None:
        return tailed
    headed = _with_n_head(text)
    if headed is not None:
        return headed
    rated = _with_rate_unit(text)
    if rated is not None:
        return rated
    nested = _two_intervals(text)
    if nested is not None:
        return nested
    if _comma_ambiguous(text) or _BARE_SIGN_OR_SEPARATOR.match(text.strip()):
        return None
    t = normalise(text)
    t = re.sub(rf"\s*{MARK_CLASS}+$", "", t).strip()
    if _SIGN_OR_SEPARATOR.search(t):
        return _sign_or_separator(t)
    if t in ("", "-", "–", "—", "‒", "--", "−") or _REFERENCE.fullmatch(t):
        return Shape("empty")
    q = _qual(t)
    if q:
        return Shape("qualifier", (None,), (q,))
    bracketed = _BRACKETED_NEGATIVE.fullmatch(t)
    if bracketed:
        # a negative printed in brackets, the way a model table sets its covariate effects ("(−0.142)",
        # "(−0.227)–(−0.057)"): the number, or the interval of two such numbers
        low, high = bracketed.group(1), bracketed.group(2)
        return _parse_shape(f"{low} to {high}" if high else low)
    half = _HALF_BRACKETED.fullmatch(t)
    if half:
        low, high = (half.group(1), half.group(2)) if half.group(1) is not None else (half.group(3), half.group(4))
        return _parse_shape(f"{low} to {high}")
    comma = _COMMA_INTERVAL.match(t)
    if comma:
        return _comma_interval(comma)
    fixed = re.match(rf"^({NUM})\s*(?:\(\s*fix(?:ed)?\s*\)|fix(?:ed)?)$", t, re.IGNORECASE)
    if fixed:
        # a population-PK parameter fixed, not estimated ("1 fixed", "0.689 (fixed)"): its value as printed
        return Shape("number", (_num(fixed.group(1)),), (None,), None, False, (_decimals(fixed.group(1)),))
    for pattern, kind in _CELL_PATTERNS:
        m = pattern.match(t)
        if m:
            return _shape_of(kind, m, t)
    grouped = _space_grouped(t)
    return _parse_shape(grouped) if grouped else None


# thousands set apart by a (thin) space, SI style: "21 300 (9 530)", "0.500 (0.500, 2 000)", "25–20 000"
_GROUPED = r"\d{1,3}(?: \d{3})*(?:\.\d+)?"
_GROUPED_CELL = re.compile(
    rf"^{_GROUPED}\s*\(\s*{_GROUPED}(?:\s*(?:,|;|–|—|-|to)\s*{_GROUPED})?\s*\)$|^{_GROUPED}\s*(?:–|—)\s*{_GROUPED}$"
)


def _space_grouped(t: str) -> str | None:
    """The cell with its space-grouped thousands joined, when its whole text is an estimate with its bracket (or
    a range) whose numbers are written in groups of three digits ("21 300 (9 530)"); None otherwise (two numbers
    side by side, "12 345" alone, are not taken for one)."""
    if not re.search(r"\d \d{3}(?![\d.])", t) or not _GROUPED_CELL.match(t):
        return None
    return re.sub(r"(?<=\d) (?=\d{3}(?![\d]))", "", t)


def _shape_of(kind: str, m: re.Match[str], t: str) -> Shape:
    g = m.groups()
    pct = "%" in t
    if kind == "p_value":
        comp = None if g[0] == "=" else g[0]
        return Shape("p_value", (_num(g[1]),), (None,), comp, False, (_decimals(g[1]),))
    if kind == "estimate_p":
        # "0.915 P<0.0001": an estimate and its P value; the P's comparator is its qualifier
        comp = None if g[1] == "=" else g[1]
        return Shape(kind, (_num(g[0]), _num(g[2])), (None, comp), None, pct, (_decimals(g[0]), _decimals(g[2])))
    if kind == "compared":
        return Shape("number", (_num(g[1]),), (None,), g[0], pct, (_decimals(g[1]),))
    if kind in ("percent", "number"):
        return Shape(kind, (_num(g[0]),), (None,), None, pct, (_decimals(g[0]),))
    if kind == "pct_fraction":
        parts = (g[0], g[2], g[3])
        return Shape(kind, tuple(_num(x) for x in parts), (None,) * 3, None, bool(g[1]), tuple(map(_decimals, parts)))
    if kind == "pair":
        # "1 (<1)": the comparator inside the bracket bounds the second number (the share), not the count
        first, comp, second = g[0], g[1] or None, g[2]
        return Shape(
            "pair_pct" if g[3] else "pair",
            (_num(first), _num(second)),
            (_qual(first), comp),
            None,
            pct,
            (_decimals(first), _decimals(second)),
        )
    if kind == "spread_named":
        word = g[1].lower().replace(".", "")
        spread = "sd" if word in ("sd", "standard deviation") else "se"
        return Shape(
            "pair",
            (_num(g[0]), _num(g[2])),
            (None, None),
            None,
            False,
            (_decimals(g[0]), _decimals(g[2])),
            spread_name=spread,
        )
    if kind == "estimate_ci_unlevelled":
        return Shape(
            "estimate_interval",
            tuple(_num(x) for x in g),
            tuple(_qual(x) for x in g),
            None,
            pct,
            tuple(_decimals(x or "") for x in g),
            interval_name="ci",
        )
    if kind in ("of_pct", "of_fraction"):
        return Shape(
            "fraction_pct" if kind == "of_pct" else "fraction",
            tuple(_num(x) for x in g),
            (None,) * len(g),
            None,
            pct,
            tuple(_decimals(x) for x in g),
            of_words=True,
        )
    if kind == "estimate_named":
        name = "iqr" if g[1].lower() != "range" else "range"
        parts = (g[0], g[2], g[3])
        return Shape(
            "estimate_interval",
            tuple(_num(x) for x in parts),
            tuple(_qual(x) for x in parts),
            None,
            pct,
            tuple(_decimals(x) for x in parts),
            interval_name=name,
        )
    if kind == "estimate_ci":
        return Shape(
            "estimate_interval",
            (_num(g[0]), _num(g[2]), _num(g[3])),
            (_qual(g[0]), _qual(g[2]), _qual(g[3])),
            None,
            pct,
            (_decimals(g[0]), _decimals(g[2]), _decimals(g[3])),
            ci_level=float(g[1]),
        )
    if kind == "estimate_interval":
        inside = t[m.start(2) :]
        if "%" not in g[0] and "%" in inside:
            return Shape(
                kind,
                tuple(_num(x) for x in g),
                tuple(_qual(x) for x in g),
                None,
                pct,
                tuple(_decimals(x or "") for x in g),
                percent_bounds=True,
            )
    if kind in ("estimate_interval", "pct_interval"):
        kind = "estimate_interval"
    if kind == "plusminus":
        return Shape(kind, (_num(g[0]), _num(g[1])), (None, None), None, bool(g[2]), (_decimals(g[0]), _decimals(g[1])))
    if kind in ("plusminus_interval",):
        return Shape(kind, tuple(_num(x) for x in g), (None,) * 4, None, pct, tuple(_decimals(x) for x in g))
    return Shape(
        kind, tuple(_num(x) for x in g), tuple(_qual(x) for x in g), None, pct, tuple(_decimals(x or "") for x in g)
    )


# a P value closing an estimate's cell: "; P=0.008", ", p = 0.008", "; P<0.001"
_P_TAIL = re.compile(rf"\s*[;,]\s*[pP]\s*([<>=≤≥])\s*({NUM})$")


def _with_p_tail(text: str) -> Shape | None:
    """ "0.71 (0.55–0.92); P=0.008": the estimate with its interval, then its P value as the last number (its
    comparator, if any, as that number's qualifier); ``None`` when the cell has no such tail or what comes before
    it is not an estimate with an interval."""
    t = normalise(text)
    m = _P_TAIL.search(t)
    if m is None:
        return None
    head = parse_shape(t[: m.start()])
    if head is None or head.kind != "estimate_interval" or head.p_tail:
        return None
    comp = None if m.group(1) == "=" else m.group(1)
    return replace(
        head,
        numbers=(*head.numbers, _num(m.group(2))),
        qualifiers=(*head.qualifiers, comp),
        decimals=(*head.decimals, _decimals(m.group(2))),
        p_tail=True,
    )


# "n=350, 3100.5 (570.2)": a marked N, then the statistic; "380, 205 (120–340)": a whole number, a comma and a
# space (a thousands comma has none), then an estimate with its spread or interval
_N_HEAD_MARKED = re.compile(r"^\(?\s*[nN]\s*=\s*(\d+)\s*\)?\s*[,;]\s*(?=\S)")
_N_HEAD_BARE = re.compile(r"^(\d+),\s+(?=[−–-]?\d)")
_HEADED_KINDS = frozenset({"pair", "estimate_interval", "plusminus"})


def _with_n_head(text: str) -> Shape | None:
    """A statistic led by the number of patients it is of: "n=350, 3100.5 (570.2)", "380, 205 (120–340)"; the N
    as the first number, the rest as its own shape (a pair, an estimate with its interval, a mean ± SD)."""
    t = normalise(text, thousands=False)
    marked = _N_HEAD_MARKED.match(t)
    m = marked or _N_HEAD_BARE.match(t)
    if m is None:
        return None
    rest = parse_shape(t[m.end() :])
    if rest is None or rest.kind not in _HEADED_KINDS or rest.n_head or rest.p_tail:
        return None
    return replace(
        rest,
        numbers=(float(m.group(1)), *rest.numbers),
        qualifiers=(None, *rest.qualifiers),
        decimals=(0, *rest.decimals),
        n_head="marked" if marked else "bare",
    )


# "per 100 patient-years" after a rate and its interval; "/100 PY"
RATE_UNIT = re.compile(
    r"(?:\s*/\s*|\s+per\s+)100\s*(?:PYs?|PYRs?|(?:patient|person|participant|pt)s?[- ]?(?:years?|yrs?|y))\.?$",
    re.IGNORECASE,
)


def _with_rate_unit(text: str) -> Shape | None:
    """ "3.4 (2.9–4.0) per 100 patient-years", "1.2/100 PY": the cell's numbers, marked as a rate per 100 patient-years;
    ``None`` when the cell states no such unit or its numbers are not a number or an estimate with its interval."""
    t = normalise(text)
    m = RATE_UNIT.search(t)
    if m is None:
        return None
    head = parse_shape(t[: m.start()])
    if head is None or head.kind not in ("number", "estimate_interval") or head.per_100_years or head.p_tail:
        return None
    return replace(head, per_100_years=True)


# a unit of time or measure printed with a cell's numbers (two letters or more: a single letter after a number or a
# bracket is a footnote mark, "62 (41–80)d"); read as the cell's unit, never as a mark
UNIT_WORD = (
    r"(?:months?|mos?|weeks?|wks?|days?|years?|yrs?|y|hours?|hrs?|minutes?|mins?|seconds?|secs?"
    r"|kg|mg|µg|mcg|ng|ml|cm|mm|mm\s?hg|kg/m2|kg/m²|g/dl|g/l|u/l|mmol/l|µmol/l|umol/l|bpm|beats/min)"
)
_UNIT_AFTER = re.compile(rf"^(.*?[\d)\]])\s*({UNIT_WORD})\.?$", re.IGNORECASE)
_UNIT_BETWEEN = re.compile(rf"^({NUM})\s*({UNIT_WORD})\s*([(\[].*)$", re.IGNORECASE)
# the unit printed on both numbers, "47.8 yr (17.7 yr)": a measure and its spread, never a count and its share
_UNIT_BOTH = re.compile(rf"^({NUM})\s*({UNIT_WORD})\s*([(\[])\s*({NUM})\s*({UNIT_WORD})\s*([)\]])$", re.IGNORECASE)
# the shapes a unit may be printed with: a measure with its bracket or its ± (never a count: "12 (34) months" is no
# n (%)); a number and a unit alone ("12 months") is a column's head as often as a value
_UNIT_KINDS = frozenset({"estimate_interval", "plusminus"})


def _with_unit(text: str) -> Shape | None:
    """ "8.4 (6.9–10.2) months", "21.3 mo (18.0–25.6)", "2.8 months (range 1.4–5.6)": the cell's numbers, the unit
    kept apart; ``None`` when the cell states no unit or what is left is not a measure's shape (an estimate with
    its interval, a mean ± SD, a mean with the spread its bracket names)."""
    t = normalise(text)
    both = _UNIT_BOTH.match(t)
    if both is not None and both.group(2).lower() == both.group(5).lower():
        head = parse_shape(f"{both.group(1)} {both.group(3)}{both.group(4)}{both.group(6)}")
        if head is not None and head.kind == "pair" and not head.spread_name:
            return replace(head, unit=both.group(2))
    m = _UNIT_BETWEEN.match(t)
    if m is not None:
        head_text, unit = f"{m.group(1)} {m.group(3)}", m.group(2)
    else:
        m = _UNIT_AFTER.match(t)
        if m is None:
            return None
        head_text, unit = m.group(1), m.group(2)
    head = parse_shape(head_text)
    if head is None or head.unit or head.p_tail or head.n_head or head.per_100_years:
        return None
    if head.kind not in _UNIT_KINDS and not (head.kind == "pair" and head.spread_name):
        return None
    return replace(head, unit=re.sub(r"\s+", " ", unit))


_PERCENT_AFTER = re.compile(r"^(.*[)\]])\s*%$")


def _with_percent_after(text: str) -> Shape | None:
    """ "12.5 (10.1–15.0)%", "71.7 (62.7–79.5) %": a "%" after the bracket is on every number of the cell (the
    estimate and both bounds); ``None`` for any other cell, or one with a "%" inside as well."""
    t = normalise(text)
    m = _PERCENT_AFTER.match(t)
    if m is None or "%" in m.group(1):
        return None
    head = parse_shape(m.group(1))
    if head is None or head.kind != "estimate_interval" or head.p_tail or head.n_head or head.unit:
        return None
    return replace(head, has_percent_sign=True)
