"""pdfminer's classification of a painted path into straight lines, rectangles and curves, for any reader.

A path is split into subpaths at each ``m``; a subpath ``ml``/``mlh`` is a line, ``mlllh``/``mllll`` closed
with axis-parallel sides a rectangle (a closing ``l`` back to the start is dropped first); anything else
is a curve, which extraction never reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1

# subpath shapes that can be a straight line or a rectangle (before a redundant closing "l" is dropped)
LINE_OR_RECT = frozenset({"ml", "mlh", "mllh", "mlllh", "mllll", "mllllh"})


def classify_path(shape: str, points: Sequence[Point]) -> list[tuple[str, Box]]:
    """The lines and rectangles of a path: ``shape`` has one letter (m, l, c, h) per point of ``points``."""
    if shape[:1] != "m":
        return []
    if shape.count("m") > 1:
        out: list[tuple[str, Box]] = []
        for m in re.finditer(r"m[^m]+", shape):
            out.extend(classify_path(m.group(0), points[m.start(0) : m.end(0)]))
        return out
    found = classify_subpath(shape, points)
    return [found] if found is not None else []


def classify_subpath(shape: str, points: Sequence[Point]) -> tuple[str, Box] | None:
    """("line" | "rect", box) for a single subpath that is one, else None."""
    if shape not in LINE_OR_RECT:
        return None
    pts = list(points)
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in {"mlh", "ml"}:
        (ax, ay), (bx, by) = pts[0], pts[1]
        return "line", (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            return "rect", (min(x0, x2), min(y0, y2), max(x0, x2), max(y0, y2))
    return None
