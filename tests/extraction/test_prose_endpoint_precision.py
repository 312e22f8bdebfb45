"""Endpoint precision on fresh result paragraphs: which phrase of a number's sentence is taken as its endpoint.
tests/extraction/prose_endpoint_precision_corpus.py (set 1: 44 paragraphs in the forms of public pages of NEJM, Lancet,
JNCI, JCO, JAMA, BMJ journals, cardiology, diabetes, oncology and clinical-pharmacology journals) and
prose_endpoint_precision_2_corpus.py (set 2: 20 paragraphs of other journals, gathered after the fixes), scored by
tests/extraction/prose_endpoint_precision_score.py (each wrong number split by endpoint, group, statistic, emitted).

First contact of set 1 (main at a951e9e, gold written first): right 189, withheld 199, wrong 23 (endpoint 14, group
9, statistic 0), missed 0, kept out 16. The 14 endpoint faults by the phrase taken: a word of the sentence's frame
("respectively", 3: "hazard ratio, 1.71" and two P values after a "respectively" list), the list of groups after a
preposition read as endpoints ("acute success rate with single and multi-catheter approach was 81% and 98%,
respectively", 1 endpoint + 1 group), the comparison a ratio is said in ("ratio of AUC(0-inf) in the fed:fasted
regimens", 3), the population a subgroup's estimate is of ("among those referred for coronary risk only (OR ...)",
3), the subject of an earlier clause inherited by an elided one ("..., and syncope in 2.2% and 1.6% (hazard ratio,
1.36; P = 0.06)", 1), a landmark rate's qualifier instead of its noun ("1-year success rate after a single procedure"
read as "1-year single procedure rate", 1), a verb and a time ("lost at week 56", 1), a bare "delay" (1). Group
faults: the paragraph's arm not carried to a one-arm clause (6, "After the first ablation, 9 (20%) patients had
recurrences"; the population "patients with AF recurrences" read as a group twice), a range pair given
"respectively" (1), "1198 of 3061 given placebo" read with no group (1).

Fixed (extractors/prose_label_doubts.py, asked by the precision policy of prose_precision.py and, for labels that
name nothing wherever they come from, by prose_statements.py; prose_ratio_doubts.py's clause subject also reads an
elided clause): each of those endpoint phrases is withheld as a prose-unread finding. End of set 1: right 187 (two
P values whose gold accepted any endpoint lost the label "lost at week 56"), withheld 215, wrong 9 (endpoint 1,
group 8). Every other prose corpus under tests/extraction reads the same right numbers as before (none lost) and 10
fewer wrong ones, all in this corpus.

Set 2 first contact (after the fixes; main reads it the same): right 51, withheld 88, wrong 7 (endpoint 4, group 2,
emitted 1): none of the fixed families occurs in it; its faults are a P value inheriting "difference in follow-up"
and "low dose", "percent time" for "percent time in automation", a count after "versus" given the first group, and
"CLC use" with no group. One family found there was then fixed (the only change after set 2 was read): a label
made only of a statistic's or a time frame's words ("percent time", "percent time at baseline", "difference in
follow-up") names no measure and is withheld. Set 2 after it: right 50 (a mean difference whose gold accepted
"difference in follow-up" lost it), withheld 92, wrong 3 (endpoint 1, group 2); set 1 and every other prose corpus
unchanged by it. And one group family: a count spelled out at the head of a "respectively" list ("Nineteen versus 12
serious adverse events occurred in the A and B groups, respectively") was not counted, so 12 took the first group;
now right 51, withheld 92, wrong 2 (endpoint 1, group 1).
"""

from __future__ import annotations

import pytest

from extractors.prose_label_doubts import (
    COMPARISON_PHRASE,
    FRAME_WORD,
    LANDMARK_NOUN_LOST,
    LISTED_AFTER_PREPOSITION,
    POPULATION_PHRASE,
    STATISTIC_WORDS_ONLY,
    VERB_AND_TIME,
)
from extractors.prose_ratio_doubts import OTHER_SUBJECT
from tests.extraction.prose_endpoint_precision_2_corpus import CORPUS as SECOND
from tests.extraction.prose_endpoint_precision_corpus import CORPUS
from tests.extraction.prose_endpoint_precision_score import faults, score
from tests.extraction.prose_sampled_forms_score import read

FIRST_CONTACT = {"right": 189, "withheld": 199, "wrong": 23, "missed": 0, "kept out": 16}
SECOND_FIRST_CONTACT = {"right": 51, "withheld": 88, "wrong": 7, "missed": 0, "kept out": 12}


def test_first_set_ratchet() -> None:
    got = score(CORPUS)
    assert got["missed"] == 0
    assert got["wrong"] <= 9 < FIRST_CONTACT["wrong"]
    assert got["right"] >= 187
    assert sum(1 for why, _, _ in faults(CORPUS) if why == "ep") <= 1


def test_second_set_ratchet() -> None:
    got = score(SECOND)
    assert got["missed"] == 0
    assert got["wrong"] <= 2 < SECOND_FIRST_CONTACT["wrong"]
    # 51 -> 50: "(84.2-93.5; p<0.0001)" after "For the combined follow-up period, vaccine efficacy ..." had been read as
    # a P value of "follow-up" (its gold, optional, accepts any endpoint); a P value labelled the follow-up is now
    # withheld (extractors/prose_comparison_doubts.py, tests/extraction/test_prose_ratios3.py)
    assert got["right"] >= 50


@pytest.mark.parametrize(
    ("paragraph", "value", "reason"),
    [
        ("Serious adverse events of hypotension", 1.71, FRAME_WORD),  # was "respectively"
        ("Serious adverse events of hypotension", 0.06, OTHER_SUBJECT),  # was the earlier clause's hypotension
        ("Single and multi-catheter approach", 98, LISTED_AFTER_PREPOSITION),  # was "multi-catheter approach"
        ("Single and multi-catheter approach", 81, LISTED_AFTER_PREPOSITION),  # was "acute success rate with single"
        ("Single and multi-catheter approach", 68, LANDMARK_NOUN_LOST),  # was "1-year single procedure rate"
        ("fed:fasted regimens", 0.96, COMPARISON_PHRASE),  # was "fed:fasted regimens"
        ("Ordinal regression identified", 1.33, POPULATION_PHRASE),  # was "coronary risk only"
        ("At week 56, 61.7%", 61.7, VERB_AND_TIME),  # was "lost at week 56"
    ],
)
def test_endpoint_phrase_withheld(paragraph: str, value: float, reason: str) -> None:
    entry = next(e for e in CORPUS if paragraph in e[1])
    records, findings = read(entry)
    assert not [r for r in records if r.value == value]
    said = [f.message for f in findings if any(v.value == value for v in f.values)]
    assert any(reason in m for m in said), said


def test_statistic_words_only_withheld() -> None:
    entry = next(e for e in SECOND if "Median percent time in automation" in e[1])
    records, findings = read(entry)
    assert not [r for r in records if r.value in (93.8, 62.9)]
    said = [f.message for f in findings if any(v.value == 93.8 for v in f.values)]
    assert any(STATISTIC_WORDS_ONLY in m for m in said), said


def test_spelled_count_heads_a_respectively_list() -> None:
    entry = next(e for e in SECOND if "Nineteen (8 device-related) versus 12" in e[1])
    records, _ = read(entry)
    assert [r.arm for r in records if r.value == 12 and r.statistic == "count"] == ["control group"]
