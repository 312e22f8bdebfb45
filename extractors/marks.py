"""Footnote marks: the symbols a journal sets after a label or a value to point to a note below the table.

One set for every reader, so that a mark glyph one font maps to another code point ("∥" PARALLEL TO for "‖",
"∗" ASTERISK OPERATOR from a maths font for "*", "⁎" LOW ASTERISK) is a mark everywhere, not a mark in a label
and an unreadable character in a value cell.
"""

from __future__ import annotations

__all__ = ["MARK_CHARS", "MARK_CLASS"]

# asterisks, daggers, section and paragraph signs, double vertical lines, number sign
MARK_CHARS = "*∗⁎†‡§¶#‖∥"
# the same as a regular-expression character class
MARK_CLASS = "[*∗⁎†‡§¶#‖∥]"
