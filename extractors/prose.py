"""Numbers quoted in the prose: "22 of 87 patients (25.3%, 95% CI 16.6–35.8)", "median PFS was 4.8 months
(95% CI 3.2–5.8)", "HR 0.41, p < 0.001", "neutropenia (21.0%)", "Fifty-nine patients (67.8%)".

The page text is put in reading order (two-column pages column by column, tables, page furniture and the
reference list left out), then read with a small set of statement patterns, most specific first; each
number is claimed by one statement only. Every record keeps its page, the bounding box of the words of its
statement, the statement as printed (``raw``) and the sentence (``context``). Figure and table legends set
inside a column are read after the page's body text, so the sentence they interrupt is read whole; a legend
or a heading ends a sentence. A statement whose own words name no endpoint takes the endpoint of the
statement it compares or breaks down in the same sentence ("... (5.6% and 6.1%, respectively) than with
placebo (0%)"), unless it is bracketed after a term of its own; what it is about is in prose_endpoints.py
and prose_group_names.py.

Layered bottom-up: prose_text.py (the page text and its sentences), prose_order.py (reading order),
prose_numbers.py (the statement patterns), prose_groups.py (a number's group), prose_build.py (the records of
one statement), prose_statements.py (a page's statements), prose_accounting.py (the numbers no statement
reads: named a non-datum by their form, or reported); this module reads the document page by page.
"""

from __future__ import annotations

import re

from extractors.prose_accounting import SETTINGS, Settings, account
from extractors.prose_arms import Arms, arm_names, arm_words, compared_arms
from extractors.prose_dose_fronts import with_fronted_dosing
from extractors.prose_group_scope import group_scope_doubts
from extractors.prose_headings import open_headings
from extractors.prose_order import reading_order
from extractors.prose_pk_ratios import with_pk_forms
from extractors.prose_ratio_doubts import many_groups
from extractors.prose_statements import statements
from extractors.prose_study import own_names
from extractors.prose_substudies import own_substudies, with_substudies
from extractors.prose_text import Subhead, Text, is_break, plain
from extractors.prose_vetoes import prose_veto
from extractors.regions import TableRegion
from extractors.unread_tables import unread_table_words
from schemas.document import Document, Frame, Word
from schemas.findings import Finding, FindingValue
from schemas.records import Record


def prose_pages(document: Document, regions: list[TableRegion], furniture: set[int]) -> list[tuple[Text, int]]:
    """Each upright page's prose in reading order (tables, their notes and captions, page furniture and the
    skipped sections left out; every section heading recorded), with its page number."""
    skipping = discussing = False
    pages: list[tuple[Text, int]] = []
    carried: list[Subhead] = []
    taken = table_words(regions) | unread_table_words(document, regions, furniture)
    for frame in document.frames:
        if frame.rotation:
            continue
        words = [w for w in frame.words if id(w) not in furniture and id(w) not in taken]
        text, skipping, discussing = reading_order(
            frame, words, skipping, table_breaks(document, frame, regions), discussing
        )
        # a subsection's heading scopes the text after it across the page break, until a heading of its rank
        text.subheads = carried + text.subheads
        carried = [Subhead(0, h.text, h.rank) for h in open_headings(text.subheads)]
        pages.append((text, frame.page))
    return pages


def table_words(regions: list[TableRegion]) -> set[int]:
    """The ids of the words of the tables' bodies, notes and captions: no prose."""
    taken = {id(w) for r in regions for ln in [*r.body, *r.notes] for w in ln.words}
    taken |= {id(w) for r in regions if r.caption for ln in r.caption.lines for w in ln.words}
    return taken


def table_breaks(document: Document, frame: Frame, regions: list[TableRegion]) -> list[float]:
    """Where the frame's full-width tables end: the prose bands they split."""
    return sorted(
        r.bottom for r in regions if document.frames[r.frame_index] is frame and r.x1 - r.x0 > frame.width * 0.55
    )


def prose_records(
    document: Document,
    regions: list[TableRegion],
    furniture: set[int],
    findings: list[Finding] | None = None,
    pages: list[tuple[Text, int]] | None = None,
    accounting: Settings = SETTINGS,
) -> list[Record]:
    """Every result number the prose quotes about this trial, as records of table ``"text"``, each naming its
    endpoint (``row``) and group (``arm``). A number whose endpoint the sentence does not tell is not emitted:
    it is appended to ``findings`` as ``prose-unread``, as is every number of the result text that no statement
    reads and no role rule names a non-datum (extractors/prose_accounting.py, with ``accounting``'s settings).
    Numbers about other studies are left out. ``pages``: :func:`prose_pages`, when already read."""
    records: list[Record] = []
    pages = prose_pages(document, regions, furniture) if pages is None else pages
    whole = " ".join(t.text for t, _ in pages)
    arms = Arms(arm_words(whole), arm_names(whole), own_names(whole), compared_arms(whole), many_groups(whole))
    studies = own_substudies(whole)  # a paper of several studies of its own (prose_substudies.py)
    for i, (text, page) in enumerate(pages):
        before = _tail(pages[i - 1][0].text[: pages[i - 1][0].body_end]) if i > 0 else ""
        after = _head(pages[i + 1][0].text) if i + 1 < len(pages) else ""
        reasons: dict[int, str] = {}
        joined = _joined(before, text, after)
        said = with_pk_forms(statements(joined, page, arms, reasons), joined, page, reasons)  # prose_pk_ratios.py
        read = with_fronted_dosing(with_substudies(said, joined, studies), joined)
        passed = {id(r) for r in prose_veto([r for r in read if r.row], reasons)}
        scoped = group_scope_doubts([r for r in read if id(r) in passed], joined.text, joined.paragraphs)
        reasons.update(scoped)  # a group its sentence names that the number was not bound to (prose_group_scope.py)
        for record in read:
            if record.row and id(record) in passed and id(record) not in scoped:
                records.append(record)
            elif findings is not None:
                findings.append(_unread(record, reasons.get(id(record))))
        if findings is not None:  # the numbers no statement reads: none vanishes
            findings.extend(account(joined, page, read, accounting, arms[2]))
    return records


def read_paragraphs(paragraphs: list[str], page: int = 1) -> tuple[list[Record], list[Finding]]:
    """The prose records of plain paragraphs of result text (as :func:`prose_records` reads a page's text
    once it is in reading order), and the ``prose-unread`` findings of the numbers whose endpoint they do
    not tell or that no statement reads. Each word is given a made-up box on a line of its own paragraph."""
    text = paragraph_text(paragraphs)
    findings: list[Finding] = []
    records = []
    reasons: dict[int, str] = {}
    arms = Arms(
        arm_words(text.text),
        arm_names(text.text),
        own_names(text.text),
        compared_arms(text.text),
        many_groups(text.text),
    )
    said = with_pk_forms(statements(text, page, arms, reasons), text, page, reasons)  # prose_pk_ratios.py
    read = with_fronted_dosing(with_substudies(said, text, own_substudies(text.text)), text)
    passed = {id(r) for r in prose_veto([r for r in read if r.row], reasons)}
    scoped = group_scope_doubts([r for r in read if id(r) in passed], text.text, text.paragraphs)
    reasons.update(scoped)  # a group its sentence names that the number was not bound to (prose_group_scope.py)
    for record in read:
        if record.row and id(record) in passed and id(record) not in scoped:
            records.append(record)
        else:
            findings.append(_unread(record, reasons.get(id(record))))
    findings.extend(account(text, page, read, own=arms[2]))
    return records, findings


def paragraph_text(paragraphs: list[str]) -> Text:
    """Plain paragraphs as a page's :class:`Text`, each word given a made-up box on a line of its own
    paragraph."""
    words: list[Word] = []
    chars: list[str] = []
    owner: list[int] = []
    starts: list[int] = []
    for n, paragraph in enumerate(paragraphs):
        if chars:
            chars.append("\n")
            owner.append(-1)
        starts.append(len(chars))
        for i, token in enumerate(paragraph.split()):
            if i:
                chars.append(" ")
                owner.append(-1)
            box = (float(i), float(n * 10), float(i + 1), float(n * 10 + 8))
            words.append(Word(token, *box, 8.0, False, box))
            chars.extend(token)
            owner.extend([len(words) - 1] * len(token))
    return Text(plain("".join(chars)), owner, words, starts, [(0, False)])


def _tail(text: str) -> str:
    """The unfinished sentence a page ends with (it goes on on the next page), or ""."""
    ends = [i for i in (text.rfind(". "), text.rfind("; ")) if i >= 0 and is_break(text, i)]
    tail = text[max(ends) + 2 :] if ends else text
    return "" if tail.rstrip().endswith((".", ":")) or len(tail) > 600 else tail


def _head(text: str) -> str:
    """The end of the sentence the previous page left unfinished: the text up to the first break."""
    for m in re.finditer(r"[.;] ", text[:600]):
        if is_break(text, m.start()):
            return text[: m.start() + 1]
    return ""


def _joined(before: str, text: Text, after: str) -> Text:
    """A page's text with the sentence ends carried over from its neighbours: they give sentences their
    context only (their characters belong to no word of this page, so no statement is read from them)."""
    if not before and not after:
        return text
    # a word hyphenated across the page break ("values of flur-" / "biprofen given ...") is mended, as it is
    # across the lines of one page: the carried part loses its hyphen, or the page's hyphen meets its tail
    mend_lead = bool(re.search(r"[A-Za-z]-$", before)) and text.text[:1].islower()
    mend_trail = bool(re.search(r"[A-Za-z]-$", text.text)) and after[:1].islower()
    lead = (before[:-1] if mend_lead else before + " ") if before else ""
    trail = (after if mend_trail else " " + after) if after else ""
    return Text(
        lead + text.text + trail,
        [-1] * len(lead) + text.owner + [-1] * len(trail),
        text.words,
        [0, *(p + len(lead) for p in text.paragraphs)] if lead else text.paragraphs,
        [(o + len(lead) if o else 0, flag) for o, flag in text.discussion],
        subheads=[Subhead(h.at + len(lead) if h.at else 0, h.text, h.rank) for h in text.subheads],
    )


def _unread(record: Record, reason: str | None = None) -> Finding:
    why = reason or f"the sentence does not say which endpoint its {record.statistic} is about"
    return Finding(
        check="prose-unread",
        severity="info",
        table="text",
        page=record.page,
        message=f"page {record.page}: '{record.raw}' was not read as data: {why}",
        values=[FindingValue(label="text", value=record.value, raw=record.raw, page=record.page, bbox=record.bbox)],
    )
