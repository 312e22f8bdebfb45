"""A small reader of embedded CFF (Type1C) font programs: glyph names, the built-in encoding, and each
glyph's outline as contours of points (the Type 2 charstring operators, control points kept as points).

Only what glyph decoding needs: :mod:`extractors.glyph_fonts` asks which glyph a code selects, what the
font calls it, and what it looks like. A font program this reader cannot parse yields nothing, never an
error.
"""

from __future__ import annotations

import contextlib
import struct
from dataclasses import dataclass, field

from pdfminer.pdffont import CFFFont

Point = tuple[float, float]
Contour = list[Point]

_STANDARD = CFFFont.STANDARD_STRINGS
_MAX_DEPTH = 10  # nested subroutine calls allowed by the CFF specification


@dataclass(slots=True)
class CFFProgram:
    """Glyph names by glyph id, the font's own code -> glyph id map, and the charstrings with their subrs."""

    names: dict[int, str] = field(default_factory=dict)
    code2gid: dict[int, int] = field(default_factory=dict)
    charstrings: list[bytes] = field(default_factory=list)
    gsubrs: list[bytes] = field(default_factory=list)
    subrs: list[bytes] = field(default_factory=list)
    cid_keyed: bool = False
    _gids: dict[str, int] = field(default_factory=dict)

    def gid_of(self, name: str) -> int | None:
        if len(self._gids) != len(self.names):
            self._gids = {n: gid for gid, n in self.names.items()}
        return self._gids.get(name)

    def outline(self, gid: int) -> list[Contour]:
        """The glyph's contours in font units (an empty list for a blank glyph or one that cannot be read)."""
        if not 0 <= gid < len(self.charstrings):
            return []
        pen = _Pen(self)
        with contextlib.suppress(IndexError, ValueError, struct.error, _End):
            pen.run(self.charstrings[gid], 0)
        pen.close()
        return [c for c in pen.contours if len(c) > 1]


class _End(Exception):
    pass


def _index(data: bytes, pos: int) -> tuple[list[bytes], int]:
    (count,) = struct.unpack_from(">H", data, pos)
    if count == 0:
        return [], pos + 2
    offsize = data[pos + 2]
    offsets = []
    p = pos + 3
    for _ in range(count + 1):
        offsets.append(int.from_bytes(data[p : p + offsize], "big"))
        p += offsize
    base = p - 1
    items = [data[base + offsets[i] : base + offsets[i + 1]] for i in range(count)]
    return items, base + offsets[-1]


def _dict(data: bytes) -> dict[int, list[float]]:
    out: dict[int, list[float]] = {}
    operands: list[float] = []
    i = 0
    while i < len(data):
        b0 = data[i]
        if b0 <= 21:
            op = b0
            i += 1
            if b0 == 12:
                op = 1200 + data[i]
                i += 1
            out[op] = operands
            operands = []
        elif b0 == 28:
            operands.append(struct.unpack_from(">h", data, i + 1)[0])
            i += 3
        elif b0 == 29:
            operands.append(struct.unpack_from(">i", data, i + 1)[0])
            i += 5
        elif b0 == 30:  # a real number: nibbles up to 0xf
            i += 1
            while i < len(data):
                b = data[i]
                i += 1
                if (b & 0x0F) == 0x0F or (b >> 4) == 0x0F:
                    break
            operands.append(0.0)
        elif 32 <= b0 <= 246:
            operands.append(b0 - 139)
            i += 1
        elif 247 <= b0 <= 250:
            operands.append((b0 - 247) * 256 + data[i + 1] + 108)
            i += 2
        elif 251 <= b0 <= 254:
            operands.append(-(b0 - 251) * 256 - data[i + 1] - 108)
            i += 2
        else:
            i += 1
    return out


def parse_cff(data: bytes) -> CFFProgram | None:
    """The program of a bare CFF font (FontFile3 /Type1C), or ``None`` when it cannot be parsed."""
    try:
        return _parse(data)
    except (IndexError, ValueError, struct.error, KeyError):
        return None


def _parse(data: bytes) -> CFFProgram:
    hdrsize = data[2]
    _, pos = _index(data, hdrsize)  # names
    tops, pos = _index(data, pos)
    strings, pos = _index(data, pos)
    gsubrs, pos = _index(data, pos)
    top = _dict(tops[0])
    program = CFFProgram(gsubrs=gsubrs, cid_keyed=1230 in top)
    charstrings, _ = _index(data, int(top[17][0]))
    program.charstrings = charstrings
    private = top.get(18)
    if private and len(private) == 2:
        size, offset = int(private[0]), int(private[1])
        pdict = _dict(data[offset : offset + size])
        if 19 in pdict:
            program.subrs, _ = _index(data, offset + int(pdict[19][0]))

    def name(sid: int) -> str:
        if sid < len(_STANDARD):
            return str(_STANDARD[sid])
        return strings[sid - len(_STANDARD)].decode("latin-1")

    n = len(charstrings)
    charset = int(top.get(15, [0])[0])
    sids: list[int] = [0]
    if charset > 2:
        fmt = data[charset]
        p = charset + 1
        if fmt == 0:
            while len(sids) < n:
                sids.append(struct.unpack_from(">H", data, p)[0])
                p += 2
        else:
            while len(sids) < n:
                first = struct.unpack_from(">H", data, p)[0]
                left = data[p + 2] if fmt == 1 else struct.unpack_from(">H", data, p + 2)[0]
                p += 3 if fmt == 1 else 4
                sids.extend(range(first, first + left + 1))
    if not program.cid_keyed:
        program.names = {gid: name(sid) for gid, sid in enumerate(sids[:n])}
        encoding = int(top.get(16, [0])[0])
        if encoding > 1:
            fmt = data[encoding] & 0x7F
            p = encoding + 1
            if fmt == 0:
                count = data[p]
                for gid in range(1, count + 1):
                    program.code2gid[data[p + gid]] = gid
            elif fmt == 1:
                ranges = data[p]
                gid = 1
                for r in range(ranges):
                    first, left = data[p + 1 + 2 * r], data[p + 2 + 2 * r]
                    for code in range(first, first + left + 1):
                        program.code2gid[code] = gid
                        gid += 1
    return program


def _bias(subrs: list[bytes]) -> int:
    return 107 if len(subrs) < 1240 else 1131 if len(subrs) < 33900 else 32768


class _Pen:
    """Walks a Type 2 charstring, recording every point it moves, lines or curves to."""

    def __init__(self, program: CFFProgram) -> None:
        self.program = program
        self.stack: list[float] = []
        self.x = 0.0
        self.y = 0.0
        self.contours: list[Contour] = []
        self.current: Contour = []
        self.stems = 0
        self.width_seen = False

    def close(self) -> None:
        if self.current:
            self.contours.append(self.current)
        self.current = []

    def move(self, dx: float, dy: float) -> None:
        self.close()
        self.x += dx
        self.y += dy
        self.current = [(self.x, self.y)]

    def line(self, dx: float, dy: float) -> None:
        self.x += dx
        self.y += dy
        self.current.append((self.x, self.y))

    def curve(self, d: list[float]) -> None:
        for k in range(0, 6, 2):
            self.line(d[k], d[k + 1])

    def _stems(self) -> None:
        if len(self.stack) % 2:
            self.stack.pop(0)
        self.stems += len(self.stack) // 2
        self.stack.clear()

    def run(self, code: bytes, depth: int) -> None:
        if depth > _MAX_DEPTH:
            raise ValueError("subroutines nested too deep")
        i = 0
        s = self.stack
        while i < len(code):
            b0 = code[i]
            i += 1
            if b0 >= 32 or b0 == 28:
                if b0 == 28:
                    s.append(struct.unpack_from(">h", code, i)[0])
                    i += 2
                elif b0 <= 246:
                    s.append(b0 - 139)
                elif b0 <= 250:
                    s.append((b0 - 247) * 256 + code[i] + 108)
                    i += 1
                elif b0 <= 254:
                    s.append(-(b0 - 251) * 256 - code[i] - 108)
                    i += 1
                else:
                    s.append(struct.unpack_from(">i", code, i)[0] / 65536)
                    i += 4
                continue
            if b0 in (1, 3, 18, 23):  # hstem vstem hstemhm vstemhm
                self._stems()
            elif b0 in (19, 20):  # hintmask cntrmask
                self._stems()
                i += (self.stems + 7) // 8
            elif b0 == 21:  # rmoveto
                if len(s) > 2:
                    s.pop(0)
                self.move(s[0], s[1])
                s.clear()
            elif b0 == 22:  # hmoveto
                if len(s) > 1:
                    s.pop(0)
                self.move(s[0], 0)
                s.clear()
            elif b0 == 4:  # vmoveto
                if len(s) > 1:
                    s.pop(0)
                self.move(0, s[0])
                s.clear()
            elif b0 == 5:  # rlineto
                for k in range(0, len(s) - 1, 2):
                    self.line(s[k], s[k + 1])
                s.clear()
            elif b0 in (6, 7):  # hlineto vlineto: alternating
                horizontal = b0 == 6
                for v in s:
                    self.line(v, 0) if horizontal else self.line(0, v)
                    horizontal = not horizontal
                s.clear()
            elif b0 == 8:  # rrcurveto
                for k in range(0, len(s) - 5, 6):
                    self.curve(s[k : k + 6])
                s.clear()
            elif b0 == 24:  # rcurveline
                k = 0
                while len(s) - k >= 8:
                    self.curve(s[k : k + 6])
                    k += 6
                self.line(s[k], s[k + 1])
                s.clear()
            elif b0 == 25:  # rlinecurve
                k = 0
                while len(s) - k >= 8:
                    self.line(s[k], s[k + 1])
                    k += 2
                self.curve(s[k : k + 6])
                s.clear()
            elif b0 in (26, 27):  # vvcurveto hhcurveto
                k = 0
                first = 0.0
                if len(s) % 4 == 1:
                    first = s[0]
                    k = 1
                while k + 3 < len(s):
                    a, b, c, d = s[k : k + 4]
                    if b0 == 26:
                        self.curve([first, a, b, c, 0, d])
                    else:
                        self.curve([a, first, b, c, d, 0])
                    first = 0.0
                    k += 4
                s.clear()
            elif b0 in (30, 31):  # vhcurveto hvcurveto
                vertical = b0 == 30
                k = 0
                while k + 3 < len(s):
                    a, b, c, d = s[k : k + 4]
                    last = s[k + 4] if len(s) - k == 5 else 0.0
                    if vertical:
                        self.curve([0, a, b, c, d, last])
                    else:
                        self.curve([a, 0, b, c, last, d])
                    vertical = not vertical
                    k += 4
                s.clear()
            elif b0 in (10, 29):  # callsubr callgsubr
                subrs = self.program.subrs if b0 == 10 else self.program.gsubrs
                index = int(s.pop()) + _bias(subrs)
                self.run(subrs[index], depth + 1)
            elif b0 == 11:  # return
                return
            elif b0 == 14:  # endchar
                raise _End
            elif b0 == 12:
                op = code[i]
                i += 1
                if op in (34, 35, 36, 37):  # flex variants: approximate by their end points
                    if op == 35:
                        self.curve(s[0:6])
                        self.curve(s[6:12])
                    elif op == 34:
                        self.curve([s[0], 0, s[1], s[2], s[3], 0])
                        self.curve([s[4], 0, s[5], -s[2], s[6], 0])
                    elif op == 36:
                        self.curve([s[0], s[1], s[2], s[3], s[4], 0])
                        self.curve([s[5], 0, s[6], s[7], s[8], -(s[1] + s[3] + s[7])])
                    else:
                        self.curve(s[0:6])
                        self.line(s[6], s[7]) if len(s) > 10 else None
                s.clear()
            else:
                s.clear()
