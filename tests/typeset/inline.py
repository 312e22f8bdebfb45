"""Plain-text views of inline runs: what a reader transcribes, with or without footnote marks."""

from __future__ import annotations

import re

from .model import Inline, Run

_SUPERSCRIPT = str.maketrans("0123456789+-−–=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁻⁼⁽⁾ⁿ")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f]+")
_MARK_SYMBOLS = re.compile(r"(?<=\S)[*†‡§¶]+(?=[\s,;:)\]]|$)|^[*†‡§¶]+(?=\S)")


def superscript(text: str) -> str:
    """Unicode superscript form when every character has one, else the text unchanged."""
    mapped = text.translate(_SUPERSCRIPT)
    return mapped if all(c != o or c.isspace() for c, o in zip(mapped, text, strict=True)) else text


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def printed(content: Inline) -> str:
    """The text as printed, footnote marks included (as plain characters)."""
    parts: list[str] = []
    for run in content:
        if run.kind == "ref":
            continue
        if run.kind == "break":
            parts.append(" ")
        elif run.kind == "sup":
            parts.append(superscript(run.text))
        else:
            parts.append(run.text)
    return squash("".join(parts))


def label(content: Inline) -> str:
    """A row or column label: printed text without footnote marks or reference numbers."""
    parts: list[str] = []
    for run in content:
        if run.kind in ("ref", "mark"):
            continue
        if run.kind == "break":
            parts.append(" ")
        elif run.kind == "sup":
            parts.append(superscript(run.text))
        else:
            parts.append(run.text)
    text = _MARK_SYMBOLS.sub("", "".join(parts))
    text = re.sub(r"\s+([,;:.])", r"\1", squash(text))
    return text


def value_text(content: Inline) -> str:
    """A value cell's text for parsing: marks dropped, spaces normalised."""
    parts = [" " if r.kind == "break" else r.text for r in content if r.kind not in ("ref", "mark")]
    return squash(_MARK_SYMBOLS.sub("", "".join(parts)))


def text_runs(text: str) -> Inline:
    return (Run(text),) if text else ()


def is_empty(content: Inline) -> bool:
    return not squash("".join(r.text for r in content if r.kind != "mark"))


def middle_dot_decimals(content: Inline) -> Inline:
    """Decimals as the Lancet prints them (61.4 -> 61·4), in text runs only."""
    return tuple(
        Run(re.sub(r"(?<=\d)\.(?=\d)", "·", r.text), r.kind, r.anchor) if r.kind == "text" else r for r in content
    )
