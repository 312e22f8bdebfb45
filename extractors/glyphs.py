"""Symbol-font glyphs that PDFs map to the wrong characters, fixed by font.

Typesetters' symbol fonts (the Advent "Adv*" family used by OUP, Wiley and Elsevier, Adobe Symbol, Monotype
MathematicalPi) often carry no usable Unicode map, so pdfminer reports the code's ASCII letter: a minus
printed as "2", "=" as "5" or "¼", "≥" as "$" or "(cid:2)", "µ" as "m". Each entry below was read off the
rendered page of a real paper in the corpus; a glyph of such a font that is not listed is left as it is
(and a cell holding it is then reported as unreadable rather than guessed).
"""

from __future__ import annotations

import re

_ADOBE_SYMBOL = {
    "a": "α",
    "b": "β",
    "g": "γ",
    "d": "δ",
    "e": "ε",
    "k": "κ",
    "l": "λ",
    "m": "µ",
    "p": "π",
    "s": "σ",
    "t": "τ",
    "c": "χ",
    "D": "Δ",
    "¥": "∞",
    "³": "≥",
    "£": "≤",
    "´": "×",
    "-": "−",
    "±": "±",
    "®": "→",
}
_GREEK = {"a": "α", "b": "β", "g": "γ", "d": "δ", "k": "κ", "l": "λ", "m": "µ", "s": "σ", "x": "χ"}

# (font name pattern, mapping)
FONT_GLYPHS: list[tuple[re.Pattern[str], dict[str, str]]] = [
    (re.compile(r"AdvP?S?7DA6$"), {"2": "−", ",": "<", ".": ">", "$": "≥", "#": "≤", "m": "µ"}),
    (re.compile(r"AdvP?S?7DED$"), {"5": "="}),
    (re.compile(r"AdvMathSymb$"), {"¼": "="}),
    (
        re.compile(r"AdvP4C4E74$"),
        {"¼": "=", "þ": "+", "(cid:2)": "≥", "(cid:3)": "≤", "(cid:4)": "−", "(cid:5)": "*", "0": "′"},
    ),
    (re.compile(r"MathematicalPi-One$|MathPiOne"), {"(cid:2)": "±"}),
    (re.compile(r"AdvGreek"), _GREEK),
    (re.compile(r"^Symbol(MT|BS)?(-B)?$"), _ADOBE_SYMBOL),
]


def fix_char(fontname: str, text: str) -> str:
    """The character a glyph of this font stands for."""
    base = fontname.split("+", 1)[-1]
    for pattern, mapping in FONT_GLYPHS:
        if pattern.search(base):
            return mapping.get(text, text)
    return text
