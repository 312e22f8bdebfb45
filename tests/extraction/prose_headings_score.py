"""Reading the heading pages back (tests/extraction/prose_headings_corpus.py and its second instance set
prose_headings_2_corpus.py, set as PDFs by tests/typeset/heading_pages.py): each gold number right, withheld with a
finding, silently wrong, missed, or kept out, scored as prose_calibration_score.py scores a paragraph, but read from
the whole pipeline's prose records of the page (so the headings exist as lines of the layout).

    python -m tests.extraction.prose_headings_score [-v] [--second]

First contact, set 1 (main at 531becb, before any extractor change; 92 gold numbers on 6 pages): right 13, withheld
9, silently wrong 56, missed 9, kept out 5. 53 of the 56 wrong by their group, left "none" (the whole trial) under a
heading that names a cohort, part, phase portion, population or arm; and headings lost from the layout: numbered
headings ("3.1 Part 1: dose escalation") run into the sentence after them, "Cohort B (TNBC)" dropped as no prose.
3 wrong by the gold's endpoint spelling ("time to maximum concentration" read as "Tmax", left as written).

After extractors/prose_headings.py (a heading found from the layout, its rank, its scope, its group): right 55,
withheld 9, wrong 14, missed 9, kept out 5. Second instance set (prose_headings_2_corpus.py, 26 gold numbers on 3
pages), first contact with that rule: right 17, withheld 2, wrong 3, missed 2; its fix ("overall" in "overall
response rate" no longer read as the whole trial, which had kept the heading's group away): right 19, wrong 1 (a
"complete response rate" read as CR: an endpoint, no group fault); set 1 then right 62, wrong 7.
Left wrong: "Patients with melanoma" (a population in lower case the group readers do not read),
sentences after "Among the 36 patients, ..." and after "... enrolled at the recommended
dose" (the paragraph names a group the heading's group gives way to), a count of "randomly assigned" under its
part, and the 3 Tmax spellings. Missed (no record, no finding): a paragraph's last line dense with numbers
("5.6 months (95% CI, 3.9-7.2).", "(95% CI, 2.8-5.5).") and a lone number between justified gaps ("including 2
complete") dropped by the reading order as no prose -- a layout fault of its own, not of headings.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.pipeline import extract
from schemas.findings import Finding
from schemas.records import Record
from tests.extraction.prose_calibration_score import Outcome, _faults, _right, by_kind, report, totals
from tests.extraction.prose_headings_2_corpus import PAGES as SECOND
from tests.extraction.prose_headings_corpus import PAGES, P, Page
from tests.extraction.prose_sampled_forms_score import _held, _same

__all__ = ["FIRST_CONTACT", "FIRST_CONTACT_2", "by_kind", "score", "totals"]

PDFS = Path(__file__).resolve().parents[1] / "data" / "heading_pages"

# the first read-back of each set, before any extractor change for it
FIRST_CONTACT = {"right": 13, "withheld": 9, "wrong": 56, "missed": 9, "kept out": 5}
FIRST_CONTACT_2 = {"right": 17, "withheld": 2, "wrong": 3, "missed": 2, "kept out": 0}


@cache
def read(name: str) -> tuple[list[Record], list[Finding]]:
    """The page's prose records and its prose-unread findings."""
    ex = extract(PDFS / f"{name}.pdf")
    records = [r for r in ex.records if r.table == "text"]
    return records, [f for f in ex.findings if f.check == "prose-unread"]


def outcomes(page: Page) -> list[Outcome]:
    """Per gold number of the page (scored against the page's records, a record reading a gold number right
    matched to it first), its outcome."""
    records, findings = read(page.name)
    gold = [(b, g) for b in page.blocks if isinstance(b, P) for g in b.gold if g.statistic != "denominator"]
    used: set[int] = set()
    out: dict[int, Outcome] = {}
    for n, (b, g) in enumerate(gold):
        fit = next((i for i, r in enumerate(records) if i not in used and _same(r, g) and _right(g, r)), None)
        if fit is not None:
            used.add(fit)
            out[n] = Outcome((page.name, b.text, b.gold), g, "right", records[fit])
    for n, (b, g) in sorted(enumerate(gold), key=lambda ng: ng[1][1].endpoint is None):
        if n in out:
            continue
        entry = (page.name, b.text, b.gold)
        hits = [i for i, r in enumerate(records) if i not in used and _same(r, g)]
        if hits:
            stats = g.statistic.split("|")
            i = next((i for i in hits if records[i].statistic in stats), hits[0])
            used.add(i)
            out[n] = Outcome(entry, g, "wrong", records[i], _faults(g, records[i]))
        elif g.endpoint is None or g.optional:
            out[n] = Outcome(entry, g, "kept out", None)
        else:
            out[n] = Outcome(entry, g, "withheld" if _held(findings, g.value) else "missed", None)
    return [out[n] for n in range(len(gold))]


def score(pages: list[Page] = PAGES) -> list[Outcome]:
    return [o for page in pages for o in outcomes(page)]


if __name__ == "__main__":
    import sys

    pages = SECOND if "--second" in sys.argv else PAGES
    result = score(pages)
    for kind in ("wrong", "missed", "withheld") if "-v" in sys.argv else ("wrong",):
        for o in result:
            if o.kind == kind:
                print(kind, "::", o.entry[0], "::", o.line(), o.faults or "")
    print(f"== {len(pages)} pages")
    report(result)
