"""How a paper spells a median's quartiles, in one place for every reader of statements (legends, heads, the Methods).

The words are grammar, not phrases: a lower ordinal (first, 1st, lower, 25th), a joiner (and, to, a dash, a comma), an
upper ordinal (third, 3rd, upper, 75th) and a noun (quartile, percentile, centile), the noun after either ordinal or
both: "first and third quartiles", "1st and 3rd quartiles", "25th–75th percentile", "25th to 75th centiles", "lower
quartile and upper quartile", "25th percentile, 75th percentile"; the short forms "Q1–Q3", "Q1 and Q3", "quartile 1,
quartile 3", "P25–P75".
Only the 25th and 75th: "5th–95th percentiles" names no quartiles and is left to the readers of ranges."""

from __future__ import annotations

_LOW = r"(?<![\w.])(?:first|1st|lower|25(?:th)?)"
_HIGH = r"(?:third|3rd|upper|75(?:th)?)"
_NOUN = r"(?:quartiles?|percentiles?|centiles?)"
_JOIN = r"\s*(?:and|to|[–,-])\s*(?:the\s+)?"

QUARTILES = (
    rf"(?:the\s+)?{_LOW}(?:\s+{_NOUN})?{_JOIN}{_HIGH}\s+{_NOUN}"
    rf"|(?:the\s+)?{_LOW}\s+{_NOUN}{_JOIN}{_HIGH}\b"
    r"|(?:q|quartile\s*)1\s*(?:and|to|[,;–-])\s*(?:q|quartile\s*)3\b|p25\s*(?:and|to|[,;–-])\s*p75\b"
)
# a median's "quartiles" alone, plural: both of them ("median (quartiles)", "medians and quartiles")
MEDIAN_QUARTILES = rf"{QUARTILES}|quartiles\b"
