"""Printed precision, and the legitimate ways a computed number is rounded to it.

A number printed with d decimals is accepted for a true value t when one of the rounding modes a paper may
have used turns t into exactly the printed digits: half-up (the school rule), half-even (banker's rounding,
R and numpy), truncation (some SAS formats and hand tables), double rounding (half-up through one extra
digit: a proportion printed as 0.5675 by the software, then written as 56.8%), and for confidence bounds
outward rounding (floor for a lower bound, ceiling for an upper one). Every mode lands within one unit of
the last printed place of the true value, so a printed value off by a unit or more is never accepted. All
arithmetic is exact (fractions), so a tie such as 12.25 → 12.2 or 12.3 is decided by the rule, not by
binary floating point.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from schemas.records import Record

Mode = Literal["half-up", "half-even", "truncation", "double", "floor", "ceiling"]
PERCENT_MODES: tuple[Mode, ...] = ("half-up", "half-even", "truncation", "double")
LOWER_BOUND_MODES: tuple[Mode, ...] = (*PERCENT_MODES, "floor")
UPPER_BOUND_MODES: tuple[Mode, ...] = (*PERCENT_MODES, "ceiling")

_NUMBER = re.compile(r"\d[\d,]*(?:[.·]\d+)?|[.·]\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:[.·]\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


@dataclass(frozen=True, slots=True)
class Printed:
    """A number as printed: its text, its exact value and how many decimals it shows."""

    text: str
    value: Fraction
    decimals: int

    @property
    def unit(self) -> Fraction:
        """One unit in the last printed place (0.1 for "41.7")."""
        return Fraction(1, 10**self.decimals)


def _spellings(token: str) -> list[str]:
    token = token.rstrip(",")
    if "," not in token:
        return [token]
    if _THOUSANDS.fullmatch(token):
        return [token.replace(",", "")]
    out = [part for part in token.split(",") if part]
    if _DECIMAL_COMMA.fullmatch(token):
        out.append(token.replace(",", "."))
    return out


def _located(raw: str) -> list[tuple[Printed, int, int]]:
    out: list[tuple[Printed, int, int]] = []
    for match in _NUMBER.finditer(raw):
        for spelling in _spellings(match.group()):
            text = spelling.replace("·", ".")
            if text.startswith("."):
                text = "0" + text
            if not text or text == "0.":
                continue
            decimals = len(text.split(".", 1)[1]) if "." in text else 0
            out.append((Printed(text, Fraction(text), decimals), match.start(), match.end()))
    return out


def numbers_in(raw: str) -> list[Printed]:
    """Every unsigned number printed in ``raw``, with its decimals (thousands commas and middle dots read)."""
    return [p for p, _start, _end in _located(raw)]


def _from_float(value: float) -> Printed:
    text = f"{abs(value):.10f}".rstrip("0").rstrip(".") or "0"
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    if value < 0:
        return Printed("-" + text, -Fraction(text), decimals)
    return Printed(text, Fraction(text), decimals)


def _looks_like(statistic: str, raw: str, start: int, end: int) -> bool:
    """Is the number at raw[start:end] printed the way this statistic usually is?"""
    after = raw[end:].lstrip()
    before = raw[:start].rstrip().rstrip("<>≤≥=").rstrip()
    if statistic == "percent":
        return after.startswith("%") or (before.endswith("(") and after[:1] in (")", "%", ",", ";"))
    if statistic == "count":
        return not after.startswith("%") and not before.endswith("(")
    return True


def _locate(record: Record) -> tuple[Printed, int, int] | None:
    if record.value is None:
        return None
    target = abs(record.value)
    matches = [
        (p, start, end)
        for p, start, end in _located(record.raw)
        if math.isclose(float(p.value), target, rel_tol=1e-9, abs_tol=1e-12)
    ]
    if not matches:
        return None
    if len(matches) > 1:
        typical = [m for m in matches if _looks_like(record.statistic, record.raw, m[1], m[2])]
        matches = typical or matches
    return min(matches, key=lambda m: m[0].decimals)


def printed(record: Record) -> Printed | None:
    """How the record's value is printed in its raw text. When the number occurs more than once ("1 (1.0)",
    "1 (<1)"), the occurrence printed the way the statistic usually is wins (a percentage in brackets or
    before "%"), then the fewest decimals (the lenient reading); when the raw text does not hold it (a number
    written as a word), the value's shortest decimal form is used."""
    if record.value is None:
        return None
    found = _locate(record)
    if found is None:
        return _from_float(record.value)
    best = found[0]
    if record.value < 0:
        return Printed("-" + best.text, -best.value, best.decimals)
    return best


def qualifier(record: Record) -> str | None:
    """The record's qualifier, or a "<"/">" printed right before its number ("1 (<1)") when the
    extractor left it out."""
    if record.qualifier:
        return record.qualifier.strip()
    found = _locate(record)
    if found is None:
        return None
    before = record.raw[: found[1]].rstrip()
    for sign in ("<=", ">=", "≤", "≥", "<", ">"):
        if before.endswith(sign):
            return sign
    return None


def round_to(value: Fraction, decimals: int, mode: Mode) -> Fraction:
    """``value`` rounded to ``decimals`` places by ``mode`` (exact)."""
    if mode == "double":
        return round_to(round_to(value, decimals + 1, "half-up"), decimals, "half-up")
    scale = 10**decimals
    scaled = value * scale
    if mode == "half-up":
        sign = -1 if scaled < 0 else 1
        whole = sign * math.floor(abs(scaled) + Fraction(1, 2))
    elif mode == "half-even":
        whole = round(scaled)
    elif mode == "truncation":
        whole = math.trunc(scaled)
    elif mode == "floor":
        whole = math.floor(scaled)
    else:
        whole = math.ceil(scaled)
    return Fraction(whole, scale)


def _half_up(num: int, den: int) -> int:
    """num/den rounded half away from zero, in integers (den > 0)."""
    whole = (2 * abs(num) + den) // (2 * den)
    return whole if num >= 0 else -whole


def _rounded(num: int, den: int, mode: Mode) -> int:
    """num/den (den > 0) rounded to a whole number by ``mode``, in integer arithmetic."""
    q, r = divmod(num, den)  # floor
    if mode == "floor":
        return q
    if mode == "ceiling":
        return q + (r != 0)
    if mode == "truncation":
        return q if num >= 0 or r == 0 else q + 1
    if mode == "half-up":
        return _half_up(num, den)
    if mode == "half-even":
        twice = 2 * r
        if twice < den:
            return q
        if twice > den:
            return q + 1
        return q if q % 2 == 0 else q + 1
    # double: half-up to one extra digit, then half-up again
    return _half_up(_half_up(num * 10, den), 10)


def fits(true: Fraction, shown: Fraction, decimals: int, modes: tuple[Mode, ...] = PERCENT_MODES) -> bool:
    """Is ``shown`` what some legitimate rounding of ``true`` to ``decimals`` places prints? Every mode lands
    within one unit of the last printed place, so anything farther is refused first; the rounding itself is
    exact integer arithmetic on the fraction's numerator and denominator (no Fraction objects per mode)."""
    scale = 10**decimals
    target = shown * scale
    if target.denominator != 1:
        return False  # ``shown`` has more decimals than ``decimals``: no rounding to them prints it
    num, den = true.numerator * scale, true.denominator
    wanted = target.numerator
    if abs(num - wanted * den) >= den:
        return False
    return any(_rounded(num, den, mode) == wanted for mode in modes)


def denominator_window(count: int, shown: Fraction, decimals: int, cap: int) -> range:
    """The Ns for which 100·count/N can print as ``shown`` under some legitimate rounding: those with
    |100·count/N − shown| < one unit of the last printed place (every rounding mode lands within it), at most
    ``cap``. Empty for a zero count or a zero percentage (every N fits those: nothing to learn)."""
    if count <= 0 or shown <= 0:
        return range(0)
    unit = Fraction(1, 10**decimals)
    low = math.floor(Fraction(100 * count) / (shown + unit))
    high = cap if shown <= unit else min(cap, math.ceil(Fraction(100 * count) / (shown - unit)))
    return range(max(low, count, 1), high + 1)


def fits_float(true: float, shown: Fraction, decimals: int, modes: tuple[Mode, ...] = PERCENT_MODES) -> bool:
    """``fits`` for a value computed in floating point: a tie missed by 1e-9 relative still counts."""
    eps = 1e-9 * max(1.0, abs(true))
    return any(fits(Fraction(t), shown, decimals, modes) for t in (true - eps, true, true + eps))


def percent_of(count: int, n: int) -> Fraction:
    return Fraction(100 * count, n)


def fixed(value: Fraction | float, decimals: int) -> str:
    """``value`` printed half-up with ``decimals`` places."""
    rounded = round_to(Fraction(value), decimals, "half-up")
    return f"{float(rounded):.{decimals}f}"


def percent_text(value: Fraction | float, decimals: int = 2) -> str:
    """A computed percentage for a message: 86.14% (two decimals unless told)."""
    return fixed(value, decimals) + "%"


def slack_text(decimals: int) -> str:
    unit = fixed(Fraction(1, 10**decimals), decimals)
    plural = "s" if decimals != 1 else ""
    return (
        f"printed with {decimals} decimal{plural}: accepted when half-up, half-even, truncated or double "
        f"rounding of the computed value gives the printed digits (always |difference| < {unit})"
    )
