"""A sign set in a symbol font joins the word it touches.

pdfplumber's word grouping splits wherever the font changes, so "−12.3" whose minus comes from a symbol
font is read as two words "−" and "12.3", and "(≥65" as three. A lone sign (− ± ≥ ≤ < > = +) and the
word it touches on its line (a gap below the word tolerance, in em) are one word. An undecoded glyph is left
apart: it may be a box or a bullet, which must not glue itself to a label; only its context may decode it
(:func:`equals_by_context`).
"""

from __future__ import annotations

import re
from typing import Any

from extractors.glyphs import UNDECODED

SIGNS = frozenset("−±≥≤<>=+")
CONTEXT_REACH = 1.0  # em: how far a glyph's neighbours may be for a rule about its context
NUMBER_SIGN_GAP = 0.5  # em: a sign reported off its line is the sign of the number at most this far after it
_NUMBER_SIGNS = frozenset("−±≥≤<>+")
_N = re.compile(r"(?:^|[(\[,;])[nN]$")


def _touching(a: dict[str, Any], b: dict[str, Any], tolerance_ratio: float) -> bool:
    size = max(float(a.get("size") or 0), float(b.get("size") or 0), 1e-6)
    same_line = abs((a["top"] + a["bottom"]) / 2 - (b["top"] + b["bottom"]) / 2) <= 0.35 * size
    gap = float(b["x0"]) - float(a["x1"])
    return same_line and -0.05 * size <= gap <= tolerance_ratio * size


def join_signs(items: list[dict[str, Any]], tolerance_ratio: float) -> list[dict[str, Any]]:
    """pdfplumber word dicts with each lone sign joined to the words it touches before and after it on its
    line. Found by position, not by the order words come in (readers may order a sign set a fraction of a
    point off the baseline apart from its number)."""
    items = tau_by_context(micro_by_context(equals_by_context(items)))
    signs = [i for i, item in enumerate(items) if _lone_sign(item)]
    if not signs:
        return items
    group = list(range(len(items)))

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    xs0 = [float(item["x0"]) for item in items]
    xs1 = [float(item["x1"]) for item in items]
    for s in signs:
        sign = original = items[s]
        reach = 2 * max(float(sign.get("size") or 0), 1.0)  # every rule below looks at most an em away
        lo, hi = xs0[s] - reach, xs1[s] + reach
        near = [k for k in range(len(items)) if k != s and xs1[k] >= lo and xs0[k] <= hi]
        touched = False
        for k in near:
            other = items[k]
            if _touching(sign, other, tolerance_ratio) or _touching(other, sign, tolerance_ratio):
                group[root(k)] = root(s)
                touched = True
        if not touched:
            items[s] = sign = _reseated(items, s, candidates=near)
            if sign is original:
                continue
            for k in near:  # re-seated on its line: it joins the words it touches there
                other = items[k]
                if (
                    _touching(sign, other, tolerance_ratio)
                    or _touching(other, sign, tolerance_ratio)
                    or _signed_number(sign, other)
                ):
                    group[root(k)] = root(s)
    members: dict[int, list[int]] = {}
    for i in range(len(items)):
        members.setdefault(root(i), []).append(i)
    out: list[dict[str, Any]] = []
    for i in range(len(items)):
        ids = members.get(root(i), [])
        if len(ids) == 1 and ids[0] == i:  # a word on its own: as it is
            out.append(items[i])
        elif ids and ids[0] == i:
            parts = sorted((items[k] for k in ids), key=lambda w: float(w["x0"]))
            merged = parts[0]
            for part in parts[1:]:
                merged = _merge(merged, part)
            out.append(merged)
    return out


def _signed_number(sign: dict[str, Any], word: dict[str, Any]) -> bool:
    """The number a re-seated sign stands before, on its line, at most a glyph's gap after it."""
    size = max(float(sign.get("size") or 0), float(word.get("size") or 0), 1e-6)
    gap = float(word["x0"]) - float(sign["x1"])
    same_line = abs(float(sign["top"]) - float(word["top"])) <= 0.1 * size
    text = str(word["text"])
    return (
        str(sign["text"]).strip() in _NUMBER_SIGNS
        and same_line
        and -0.05 * size <= gap <= NUMBER_SIGN_GAP * size
        and (text[:1].isdigit() or text.startswith("."))
    )


def _reseated(
    items: list[dict[str, Any]], s: int, reach: float = CONTEXT_REACH, candidates: list[int] | None = None
) -> dict[str, Any]:
    """A sign whose font box sits off the line of the words around it (a math font with a deep descent
    reports "=" half an em low: "(n" "=" "83)") is set on that line when it stands in the gap between two
    words of one line, within ``reach`` em of both, and its box overlaps theirs vertically; otherwise it
    stays where it is. Two patterns are re-seated, where the layout leaves no doubt whose line the sign
    belongs to: the group size ("n" before, a number after), and the sign of a number that follows it at a
    glyph's gap ("(" "−" "1.18": a math-font minus reported 0.7 em low in a BMC table)."""
    sign = items[s]
    size = max(float(sign.get("size") or 0), 1e-6)
    mid = (float(sign["top"]) + float(sign["bottom"])) / 2

    def off_line(w: dict[str, Any]) -> bool:  # the sign would not join this word's line as it is reported
        return abs((float(w["top"]) + float(w["bottom"])) / 2 - mid) > 0.35 * max(float(w.get("size") or 0), size)

    def near(a: dict[str, Any], b: dict[str, Any]) -> bool:
        gap = float(b["x0"]) - float(a["x1"])
        overlap = min(float(a["bottom"]), float(b["bottom"])) - max(float(a["top"]), float(b["top"]))
        return -0.05 * size <= gap <= reach * size and overlap > 0

    pool = [items[k] for k in (candidates if candidates is not None else range(len(items))) if k != s]
    before = [w for w in pool if near(w, sign)]
    after = [w for w in pool if near(sign, w)]
    for wb in before:
        for wa in after:
            line = max(float(wb.get("size") or 0), float(wa.get("size") or 0), 1e-6)
            if (
                _N.search(str(wb["text"]))
                and str(wa["text"])[:1].isdigit()
                and off_line(wb)
                and abs(float(wb["top"]) - float(wa["top"])) <= 0.1 * line
                and abs(float(wb["bottom"]) - float(wa["bottom"])) <= 0.1 * line
            ):
                return {**sign, "top": wb["top"], "bottom": wb["bottom"]}
    # a sign of a number ("−1.18", "±0.2", "<0.001") set just before it: the sign's box still overlaps
    # the number's, the number follows it at a glyph's gap, and nothing else on its reported line touches it
    if str(sign["text"]).strip() in _NUMBER_SIGNS:
        for wa in after:
            text = str(wa["text"])
            gap = float(wa["x0"]) - float(sign["x1"])
            if (text[:1].isdigit() or text[:2].startswith(".")) and gap <= NUMBER_SIGN_GAP * size and off_line(wa):
                return {**sign, "top": wa["top"], "bottom": wa["bottom"]}
    return sign


def equals_by_context(items: list[dict[str, Any]], reach: float = CONTEXT_REACH) -> list[dict[str, Any]]:
    """A lone undecoded glyph between a sample-size "n" and a number on its line ("(n � 42)") is "=": the
    layout of a group's size leaves no other sign there. Other undecoded glyphs stay undecoded."""
    lone = [i for i, item in enumerate(items) if str(item["text"]).strip() == UNDECODED]
    if not lone:
        return items
    out = list(items)
    for i in lone:
        glyph = items[i]
        before = _neighbour(items, glyph, reach, before=True)
        after = _neighbour(items, glyph, reach, before=False)
        if (
            before is not None
            and after is not None
            and _N.search(str(before["text"]))
            and str(after["text"])[:1].isdigit()
        ):
            out[i] = {**glyph, "text": "="}
    return out


# the stem of a unit that takes the micro prefix, right after the glyph: "g/ml", "g·h/ml", "mol/L", "l", "M"
_MICRO_UNIT = re.compile(r"^(?:g|mol|l|L|m|M|IU|U)(?![A-Za-z])")
MICRO_TOUCH = 0.15  # em: a prefix and its unit are set with no space between them


def micro_by_context(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A lone undecoded glyph set directly before the stem of a unit ("(� g·h/ml)", "� mol/L") and after no
    letter is the micro prefix "µ": the only Greek letter units take. Other undecoded glyphs stay undecoded."""
    lone = [i for i, item in enumerate(items) if str(item["text"]).strip() == UNDECODED]
    if not lone:
        return items
    out = list(items)
    for i in lone:
        glyph = items[i]
        after = _neighbour(items, glyph, MICRO_TOUCH, before=False)
        before = _neighbour(items, glyph, MICRO_TOUCH, before=True)
        if after is None or not _MICRO_UNIT.match(str(after["text"])):
            continue
        if before is not None and str(before["text"])[-1:].isalpha():
            continue  # inside a word: no prefix
        out[i] = {**glyph, "text": "µ"}
    return out


def tau_by_context(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A lone undecoded glyph set right after "AUC" is "τ": the dosing interval is the only Greek letter an AUC
    takes as its subscript (∞ is read from its outline). Other undecoded glyphs stay undecoded."""
    lone = [i for i, item in enumerate(items) if str(item["text"]).strip() == UNDECODED]
    if not lone:
        return items
    out = list(items)
    for i in lone:
        glyph = items[i]
        before = _neighbour(items, glyph, MICRO_TOUCH, before=True)
        if before is not None and str(before["text"]).endswith("AUC"):
            out[i] = {**glyph, "text": "τ"}
    return out


def _neighbour(items: list[dict[str, Any]], glyph: dict[str, Any], reach: float, before: bool) -> dict[str, Any] | None:
    """The nearest word on the glyph's line within ``reach`` em before (or after) it."""
    size = max(float(glyph.get("size") or 0), 1e-6)
    mid = (glyph["top"] + glyph["bottom"]) / 2
    best: tuple[float, dict[str, Any]] | None = None
    for other in items:
        if other is glyph or abs((other["top"] + other["bottom"]) / 2 - mid) > 0.35 * size:
            continue
        gap = float(glyph["x0"]) - float(other["x1"]) if before else float(other["x0"]) - float(glyph["x1"])
        if -0.05 * size <= gap <= reach * size and (best is None or gap < best[0]):
            best = (gap, other)
    return best[1] if best else None


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
