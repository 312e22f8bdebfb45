"""A third, fresh corpus of comparative statistics in results prose: tests/extraction/prose_ratios3_corpus.py (65
sentences and short paragraphs in phase-3 results forms the two earlier ratio corpora do not use, written from
general knowledge of NEJM, Lancet, JCO, Circulation, EHJ and Annals of Oncology phrasing; invented drugs and
numbers), scored by tests/extraction/prose_ratios3_score.py: precision = right / everything emitted (right, wrong,
and numbers no gold names), recall = required gold read right / required gold.

First contact (main at f7f8105, before any change, the gold as first written): right 159, withheld 85, wrong 21
(endpoint 17, group 4), extra 0, missed 0; precision 159/180 = 0.883, recall 132/228 = 0.579; comparative right
128, withheld 79, wrong 10 (endpoint 7, group 3). Mislabel families by sentence form:
  - a ratio bracketed after "over a median follow-up of N years" read as the follow-up's (summary of; 4);
  - a second outcome's own bracket "... and of all-cause death (HR 0·83, 0·71–0·97)" taking the first's outcome
    (inherited (contrast, hr); 1);
  - "(P=0.48 for interaction)" after an outcome read as the outcome's P (clause endpoint; 1);
  - "A was noninferior to B (risk difference, ...)" read with "noninferior to B" as the endpoint (term before
    bracket; 3);
  - "The relative risk reduction for stroke was 36% (95% CI ...)" filed under "relative risk reduction" (copula
    subject; 3);
  - another trial's numbers: "In the ATLAS-4 trial, ... (hazard ratio, 0.79; ...)", "in KEYNOTE-810, ... HR of 0·85",
    "When our results were pooled with those of the two previous trials, ... (P=0.71)" (5);
  - a subgroup opened with a count, "Among the 412 patients with EGFR exon 19 deletions, the hazard ratio ...",
    filed as the whole trial's (ratio: named for; 3).
(The optional median follow-up of the first form was also read as the arm's, one wrong group.)
"""

from __future__ import annotations

from tests.extraction.prose_ratios3_corpus import CORPUS, FORMS
from tests.extraction.prose_ratios3_score import figures, totals
from tests.extraction.prose_ratios3_score import score as _score

_SCORED: list[list[tuple[str, str, str, str]]] = []
_FIGURES: list[dict[str, float]] = []

FIRST_CONTACT = {"right": 159, "withheld": 85, "wrong endpoint": 17, "wrong group": 4, "wrong statistic": 0}
FIRST_CONTACT_FIGURES = {"right": 159, "wrong": 21, "extra": 0, "precision": 0.883, "recall": 0.579}
WRONG = ("wrong endpoint", "wrong group", "wrong statistic")


def rows() -> list[tuple[str, str, str, str]]:
    if not _SCORED:
        _SCORED.append(_score(CORPUS, FORMS))
    return _SCORED[0]


def counts() -> dict[str, float]:
    if not _FIGURES:
        _FIGURES.append(figures(CORPUS, FORMS))
    return _FIGURES[0]


def test_the_corpus_has_its_gold() -> None:
    assert 40 <= len(CORPUS) == len(FORMS) <= 70


def test_ratios3_ratchet() -> None:
    overall, got = totals(rows()), counts()
    assert overall["missed"] == 0
    assert sum(overall[k] for k in WRONG) <= 21
    assert got["precision"] >= FIRST_CONTACT_FIGURES["precision"] and got["extra"] == 0
    assert got["recall"] >= FIRST_CONTACT_FIGURES["recall"]
