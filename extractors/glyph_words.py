"""A sign set in a symbol font joins the word it touches.

pdfplumber's word grouping splits wherever the font changes, so "−12.3" whose minus comes from a symbol
font is read as two words "−" and "12.3", and "(≥65" as three. A lone sign (− ± ≥ ≤ < > = +) and the
word it touches on its line (a gap below the word tolerance, in em) are one word. An undecoded glyph is left
apart: it may be a box or a bullet, which must not glue itself to a label.
"""

from __future__ import annotations

from typing import Any

SIGNS = frozenset("−±≥≤<>=+")


def _touching(a: dict[str, Any], b: dict[str, Any], tolerance_ratio: float) -> bool:
    size = max(float(a.get("size") or 0), float(b.get("size") or 0), 1e-6)
    same_line = abs((a["top"] + a["bottom"]) / 2 - (b["top"] + b["bottom"]) / 2) <= 0.35 * size
    gap = float(b["x0"]) - float(a["x1"])
    return same_line and -0.05 * size <= gap <= tolerance_ratio * size


def join_signs(items: list[dict[str, Any]], tolerance_ratio: float) -> list[dict[str, Any]]:
    """pdfplumber word dicts with each lone sign joined to the words it touches before and after it on its
    line. Found by position, not by the order words come in (readers may order a sign set a fraction of a
    point off the baseline apart from its number)."""
    signs = [i for i, item in enumerate(items) if _lone_sign(item)]
    if not signs:
        return items
    group = list(range(len(items)))

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for s in signs:
        sign = items[s]
        for k, other in enumerate(items):
            if k != s and (_touching(sign, other, tolerance_ratio) or _touching(other, sign, tolerance_ratio)):
                group[root(k)] = root(s)
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(root(i), []).append(i)
    out: list[dict[str, Any]] = []
    for i in range(len(items)):
        ids = members.get(root(i), [])
        if ids and ids[0] == i:
            parts = sorted((items[k] for k in ids), key=lambda w: float(w["x0"]))
            merged = parts[0]
            for part in parts[1:]:
                merged = _merge(merged, part)
            out.append(merged)
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
