"""The group a results subsection's heading names ("Dose-expansion cohort", "3.2 Part 2: randomised dose
comparison", "Cohort B (TNBC)", "Patients with NSCLC", "Phase II portion", "Arm A: monotherapy"), and the sentences
it scopes: from the heading to the next heading of its rank or higher (a sibling "Pharmacokinetics", "Safety" set
as it is, the next section), across headings of lower rank that name no group ("Efficacy", "Safety" set smaller
or in lighter type under it) and across a page break.

A heading is found from the layout (extractors/prose_order.py records each, with its rank); here only its words
are read, by the group readers of prose_group_names.py: a heading that names no group, or several, scopes
nothing."""

from __future__ import annotations

import re

from extractors.prose_group_names import single_group
from extractors.prose_text import Rank, Subhead, Text

_SAME_SIZE = 0.04  # sizes within this many body sizes are one size

_NUMBER = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-Za-z])")
# what a heading's words are read as: "in the X" (a cohort, part, arm, phase, population named by its head noun)
_PEOPLE = re.compile(r"^(?:Patients|Participants|Subjects)\b")


def depth(text: str) -> int:
    """The depth of a heading's number ("3.2 Part 2" -> 2; unnumbered: 0)."""
    m = _NUMBER.match(text)
    return m.group("n").count(".") + 1 if m else 0


def heading_name(text: str) -> str | None:
    """The one group a heading's words name, or ``None``: its number left out, and before a colon when the words
    there name the group ("Part 2: randomised dose comparison" -> "Part 2")."""
    words = _NUMBER.sub("", text.strip())
    words = _PEOPLE.sub(lambda m: m.group(0).lower(), words)
    for part in (words.split(":", 1)[0], words) if ":" in words else (words,):
        for lead in ("in the ", "in "):
            found = single_group(lead + part)
            if found and found.lower() in part.lower():
                return found
    return None


def _closes(new: Rank, open_: Rank) -> bool:
    """Does a heading of rank ``new`` end the scope of an open heading of rank ``open_``?"""
    size, bold, number = new
    if number and open_[2]:
        return number <= open_[2]
    if size > open_[0] + _SAME_SIZE:
        return True
    return size >= open_[0] - _SAME_SIZE and (bold or not open_[1])


def open_headings(subheads: list[Subhead], at: int | None = None) -> list[Subhead]:
    """The headings whose scope holds offset ``at`` (the end, when ``None``), outermost first."""
    stack: list[Subhead] = []
    for head in subheads:
        if at is not None and head.at >= at:
            break
        stack = [h for h in stack if not _closes(head.rank, h.rank)]
        stack.append(head)
    return stack


def heading_group(text: Text, at: int) -> str | None:
    """The group the innermost open heading that names one names, at offset ``at`` of the page's text."""
    for head in reversed(open_headings(text.subheads, at)):
        name = heading_name(head.text)
        if name:
            return name
    return None
