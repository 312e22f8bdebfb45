"""A sign set in a symbol font joins the word it touches.

pdfplumber's word grouping splits wherever the font changes, so "−12.3" whose minus comes from a symbol
font is read as two words "−" and "12.3", and "(≥65" as three. A lone sign (− ± ≥ ≤ < > = +, or an
undecoded glyph) and the word it touches on its line (a gap below the word tolerance, in em) are one word.
"""

from __future__ import annotations

from typing import Any

from extractors.glyphs import UNDECODED

SIGNS = frozenset("−±≥≤<>=+" + UNDECODED)


def _touching(a: dict[str, Any], b: dict[str, Any], tolerance_ratio: float) -> bool:
    size = max(float(a.get("size") or 0), float(b.get("size") or 0), 1e-6)
    same_line = abs((a["top"] + a["bottom"]) / 2 - (b["top"] + b["bottom"]) / 2) <= 0.35 * size
    gap = float(b["x0"]) - float(a["x1"])
    return same_line and -0.05 * size <= gap <= tolerance_ratio * size


def join_signs(items: list[dict[str, Any]], tolerance_ratio: float) -> list[dict[str, Any]]:
    """pdfplumber word dicts with each lone sign joined to the word it touches (before or after it)."""
    out: list[dict[str, Any]] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and (_lone_sign(prev) or _lone_sign(item)) and _touching(prev, item, tolerance_ratio):
            out[-1] = _merge(prev, item)
        else:
            out.append(item)
    return out


def _lone_sign(item: dict[str, Any]) -> bool:
    text = str(item["text"]).strip()
    return len(text) == 1 and text in SIGNS


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    keep = a if not _lone_sign(a) else b  # the word's own font and size, not the sign's
    merged = {
        **keep,
        "text": f"{a['text']}{b['text']}",
        "x0": min(a["x0"], b["x0"]),
        "x1": max(a["x1"], b["x1"]),
        "top": min(a["top"], b["top"]),
        "bottom": max(a["bottom"], b["bottom"]),
    }
    if "chars" in a and "chars" in b:
        merged["chars"] = [*a["chars"], *b["chars"]]
    return merged
