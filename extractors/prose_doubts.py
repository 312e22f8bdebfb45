"""When a prose label is too weak to emit: the sentence's layout does not bind the endpoint or the group to
the number. A number so read is reported as a ``prose-unread`` finding naming why, never given a guess.

Rules, each about how a sentence is laid out, not about one paper:

- a sentence whose words run across two columns (a word broken by a hyphen, the next word of the same line
  another column's: "occurred spon- 1 patient declined") has no structure to read labels from;
- a value in a paired list ("(5.6% and 6.1%, respectively)", "(75.0% vs. 31.4%)") is about the group the
  pairing lines it up with, or about none that can be told;
- a number in a clause that names several groups, none of them bound to it, is about none that can be told.
"""

from __future__ import annotations

import re

# "spon- 1 patient", "Rate-con- sinus": a line-end hyphen followed, on the same line, by another word
_BROKEN_ACROSS = re.compile(r"[A-Za-z]{2}-\s(?!(?:and|or|to|nor|und|as)\b)[a-z0-9]")


def interleaved(sentence: str) -> bool:
    """Does the sentence run across two columns (a hyphen-broken word whose line goes on with other words)?"""
    return bool(_BROKEN_ACROSS.search(sentence))
