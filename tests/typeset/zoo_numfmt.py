"""Table treatment of the Lancet / EHJ-like `numfmt` zoo style (pattern u): the same numbers, printed the
ways real papers print them (/work/shared/HARD-CASES.md, "Reading the characters").

- decimals take a middle dot ("61·4");
- a whole number of four digits or more takes a thousands comma in one value column and none in the next
  ("24,159" beside "21510");
- a confidence interval, alone in its cell ("1.16–1.87", under a "95% CI" label) or closing an estimate
  ("1.47 (1.16–1.87)" under "HR (95% CI)"), is printed, cell by cell, in square brackets with a hyphen
  ("[1·16-1·87]"), with "to" ("1·16 to 1·87"), with a semicolon ("(1·16; 1·87)") or with a comma
  ("(1·16, 1·87)");
- a "<" is detached from its number ("< 1");
- footnote marks sit on the baseline, glued to their value ("0·109d"; the style's CSS).

`zoo_treatments.same_values` checks the treated gold against the published table: only the printing
changes, never a value.
"""

from __future__ import annotations

import re

from .inline import label
from .model import Run, Table
from .structure import expand

_NUM = r"\d+(?:\.\d+)?"
_CI_ONLY = re.compile(rf"^(?P<a>{_NUM})\s*[–-]\s*(?P<b>{_NUM})$")
_CI_LABEL = re.compile(r"\b9[05]% (?:exact )?CI\b|confidence interval", re.I)
_THOUSANDS = re.compile(r"(?<![\d.,·])(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d.,·]|\s*[–-]\s*\d)")
_CI_TAIL = re.compile(rf"(?P<pre>\s*)\((?P<a>{_NUM})\s*[–-]\s*(?P<b>{_NUM})\)\s*$")
_CI_FORMS = ("[{a}-{b}]", "{a} to {b}", "({a}; {b})", "({a}, {b})")


def _dots(text: str) -> str:
    return re.sub(r"(?<=\d)\.(?=\d)", "·", text)


def _thousands(text: str, grouped: bool) -> str:
    def one(m: re.Match[str]) -> str:
        digits = m.group(1).replace(",", "")
        return f"{int(digits):,}" if grouped else digits

    return _THOUSANDS.sub(one, text)


def _triple(text: str, form: str) -> str:
    """The bracket closing an estimate's run ("1.47 (1.16–1.87)", " (1.16–1.87)") in another form."""
    m = _CI_TAIL.search(text)
    if not m:
        return text
    inner = _CI_FORMS[_CI_FORMS.index(form)].format(a=m["a"], b=m["b"])
    inner = inner if inner.startswith(("(", "[")) else f"({inner})"
    return text[: m.start()] + m["pre"] + inner


def number_formats(table: Table) -> None:
    """Reprint every value cell's numbers in the formats above; the labels decide which cells are CIs."""
    head: dict[int, str] = {}
    for hrow in expand(table.header):
        for c, (cell, _) in hrow.items():
            head[c] = f"{head.get(c, '')} {label(cell.content)}"
    seen = 0  # CI cells so far: the i-th one takes form i mod 4, so every form shows
    for row in expand(table.body):
        stub = " ".join(label(cell.content) for c, (cell, origin) in sorted(row.items()) if c < table.stub_cols)
        for c, (cell, origin) in sorted(row.items()):
            if not origin or c < table.stub_cols:
                continue
            k = c - table.stub_cols
            form = _CI_FORMS[seen % len(_CI_FORMS)]
            is_ci = bool(_CI_LABEL.search(stub) or _CI_LABEL.search(head.get(c, "")))
            seen += is_ci
            whole = _CI_ONLY.match(label(cell.content))
            runs = []
            for run in cell.content:
                if run.kind == "text" and run.text.strip():
                    text = run.text
                    if is_ci and whole:
                        text = form.format(a=whole["a"], b=whole["b"])
                    elif is_ci:
                        text = _triple(text, form)
                    text = _thousands(text, grouped=k % 2 == 0)
                    text = re.sub(r"([<>≤≥])\s*(?=\d)", r"\1 ", text)
                    run = Run(_dots(text), run.kind, run.anchor)
                runs.append(run)
            cell.content = tuple(runs)
