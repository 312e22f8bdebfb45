"""Words glued in the text layer, parted again for reading a label (never for printing it).

A PDF that draws no space character between two words and sets them closer than the reader's word gap gives
one token ("95%exactCI", "CurrentSmoker", "Placebo(N=120)"). The record keeps the label as printed; the
statistic is read from the label with its joints parted, so "95%exactCI" names a CI. A joint is a place no
word of a label has inside it: a lower-case run of three or more letters followed by a capital ("exactCI",
not "mRCC" or "eGFR"), a percent sign followed by a letter, or a word of two or more letters followed by an
opening bracket.
"""

from __future__ import annotations

import re

_JOINT = re.compile(r"(?<=[a-z]{3})(?=[A-Z])|(?<=%)(?=[A-Za-z])|(?<=[A-Za-z]{2})(?=\()")


def parted(text: str) -> str:
    """The label with its glued joints parted by a space ("95%exactCI" -> "95% exact CI")."""
    return _JOINT.sub(" ", text)
