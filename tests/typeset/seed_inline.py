"""The seed paper's LaTeX-ish text -> inline runs with proper typography.

`$n = 107$` -> n = 107 (italic n), `\\geq` -> ≥, `\\pm` -> ±, `C_{max}` -> C with subscript max,
`^{2,3}` and unicode superscript digits after a word -> reference superscripts, `^a` -> footnote mark,
`*p*` -> italic, `**a**` -> bold; "mg/m²" keeps its ² (a unit, not a reference).
"""

from __future__ import annotations

import re

from .model import Inline, Run, RunKind

_UNI_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"
_UNI_PLAIN = "0123456789–"

_TOKEN = re.compile(
    r"(?P<math>\$[^$]+\$)"
    r"|(?P<bold>\*\*\w+\*\*)"
    r"|(?P<italic>\*\w{1,3}\*)"
    r"|(?P<sub>\s?_\{[^}]*\}|\s?_[A-Za-z0-9](?![A-Za-z0-9]))"
    r"|(?P<supb>\s?\^\{[^}]*\})"
    r"|(?P<mark>\s?\^[a-z](?![a-z]))"
    r"|(?P<uni>\s?[" + _UNI_SUP + r"]+)"
    r"|(?P<cmd>\\geq|\\pm|\\%)"
)
_CMDS = {"\\geq": "≥", "\\pm": "±", "\\%": "%"}


def _math(body: str) -> list[Run]:
    for cmd, char in _CMDS.items():
        body = body.replace(cmd, char)
    body = re.sub(r"\s*([=<>])\s*", r" \1 ", body).strip()
    body = re.sub(r"≥\s*", "≥ ", body)
    runs: list[Run] = []
    for piece in re.split(r"(\b[a-zA-Z]\b)", body):
        if piece:
            kind: RunKind = "italic" if re.fullmatch(r"[a-zA-Z]", piece) else "text"
            runs.append(Run(piece, kind))
    return runs


def seed_inline(text: str) -> Inline:
    runs: list[Run] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos : m.start()]))
        tok = m.group(0)
        kind = m.lastgroup
        if kind == "math":
            runs.extend(_math(tok[1:-1]))
        elif kind == "bold":
            runs.append(Run(tok[2:-2], "bold"))
        elif kind == "italic":
            runs.append(Run(tok[1:-1], "italic"))
        elif kind == "sub":
            runs.append(Run(tok.strip().lstrip("_").strip("{}"), "sub"))
        elif kind == "supb":
            runs.append(Run(tok.strip()[2:-1], "ref"))
        elif kind == "mark":
            runs.append(Run(tok.strip()[1:], "mark"))
        elif kind == "uni":
            sup = tok.strip()
            if text[: m.start()].rstrip().endswith("/m") and sup == "²":
                runs.append(Run("²"))
            else:
                runs.append(Run(sup.translate(str.maketrans(_UNI_SUP, _UNI_PLAIN)), "ref"))
        elif kind == "cmd":
            runs.append(Run(_CMDS[tok]))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return _merge(runs)


def _merge(runs: list[Run]) -> Inline:
    out: list[Run] = []
    for run in runs:
        if out and out[-1].kind == run.kind == "text":
            out[-1] = Run(out[-1].text + run.text)
        else:
            out.append(run)
    return tuple(out)
