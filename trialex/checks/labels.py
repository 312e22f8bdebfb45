"""Row and column labels: normalising them, comparing them, and what a label says about its row or column
(a total column, a CI row, a landmark time, a statistic suffix such as ", n (%)")."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

_TRANSLATE = str.maketrans(
    {
        "−": "-",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
        "⁄": "/",
        "·": ".",
        "≥": "≥",
        "≤": "≤",
    }
)


@functools.lru_cache(maxsize=8192)  # the checks normalise the same labels over and over
def norm(text: str) -> str:
    """NFKC, lower case, one kind of dash, "∞" as "inf", single spaces."""
    out = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).lower().replace("∞", "inf")
    return _SPACES.sub(" ", out).strip()


_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Letters and digits only: the key two spellings of one label share."""
    return re.sub(r"[^0-9a-z]", "", norm(text))


def tokens(text: str) -> list[str]:
    """Words and whole numbers ("170" is one token, so "70 mg" never matches inside "170 mg")."""
    return re.findall(r"[a-z]+|\d+(?:\.\d+)?", norm(text))


def has_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    """True when ``needle`` occurs in ``haystack`` as a contiguous run of tokens."""
    if not needle:
        return False
    width = len(needle)
    return any(list(haystack[i : i + width]) == list(needle) for i in range(len(haystack) - width + 1))


def joined(labels: Iterable[str]) -> str:
    return " > ".join(label for label in labels if label)


_STAT_SUFFIX = re.compile(
    r"(?:(?:\s+|\s*[,;:—-]\s*)(?:n\s*\(%\)|no\.?\s*\(%\)|n\s*/\s*n\s*\(%\)|number\s*\(%\)|\(%\)|%|"
    r"no\.|n|\(95%\s*ci\)|95%\s*ci))+\s*$"
)


def bare(label: str) -> str:
    """The label without a trailing statistic statement (", n (%)", "— no. (%)", "(95% CI)")."""
    text = norm(label)
    stripped = _STAT_SUFFIX.sub("", text).strip(" ,;:-")
    return stripped or text


_TOTAL = re.compile(
    r"^(?:total|overall|all|all patients|all subjects|all participants|combined)"
    r"(?:$|\s*[(\[,]|\s+n\b|\s*n\s*=|\s+\d|\s+(?:population|cohort|group|patients|subjects|participants)\b)"
)


def is_total(label: str) -> bool:
    """A grand-total column label ("Total", "Total (n=119)", "Overall"), not "Total irinotecan"."""
    return bool(_TOTAL.match(norm(label)))


_CI = re.compile(r"(?:^|[^a-z])(?:ci|confidence interval|confidence limits?)(?:$|[^a-z])")
_CI_WORDS = re.compile(
    r"\d+(?:\.\d+)?\s*%|confidence intervals?|confidence limits?|\bci\b|\bexact\b|clopper-?\s*pearson|"
    r"\bwilson\b|two-sided|\bbounds?\b|\blower\b|\bupper\b"
)


def is_ci_label(label: str) -> bool:
    """A label that only says "95% CI" (a CI row or column), not "Median PFS (95% CI)"."""
    text = norm(label)
    return bool(_CI.search(text)) and not re.search(r"[a-z]{2,}", _CI_WORDS.sub(" ", text))


_TIME = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*-?\s*(months?|mos?|years?|yrs?|y|weeks?|wks?|days?)(?![a-z])")
_MONTHS_PER = {"m": 1.0, "y": 12.0, "w": 12.0 / 52.0, "d": 12.0 / 365.25}


def landmark_months(label: str) -> tuple[float, str] | None:
    """The landmark time a label names ("12-month OS rate" → 12.0), in months, and the label without it."""
    text = norm(label)
    match = _TIME.search(text)
    if not match:
        return None
    months = float(match.group(1)) * _MONTHS_PER[match.group(2)[0]]
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return months, rest
