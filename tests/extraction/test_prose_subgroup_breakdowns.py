"""The subgroup-breakdowns corpus (prose_subgroup_breakdowns_corpus.py, both instance sets) read back and held to its
figures, and the rules of extractors/prose_clause_heads.py: each coordinated clause's items take the group its own
head names, and the count in a head sizes that group."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from tests.extraction.prose_calibration_score import score, totals
from tests.extraction.prose_subgroup_breakdowns_corpus import CORPUS, SECOND
from tests.extraction.prose_subgroup_breakdowns_score import FIRST_CONTACT, SECOND_FIRST_CONTACT


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 20 and len(SECOND) >= 4
    assert sum(len(gold) for _, _, gold in CORPUS) >= 150


def test_subgroup_breakdowns_ratchet() -> None:
    # first contact: 55 right, 44 withheld, 28 silently wrong; a change may raise right and lower wrong, never back
    overall = totals(score(CORPUS))
    assert overall["right"] >= 61 and overall["right"] >= FIRST_CONTACT["right"]
    assert overall["wrong"] <= 12
    assert overall["missed"] == 0


def test_second_instances_ratchet() -> None:
    overall = totals(score(SECOND))
    assert overall["right"] >= SECOND_FIRST_CONTACT["right"]
    assert overall["wrong"] == 0 and overall["missed"] == 0


def test_each_clause_takes_the_group_its_head_names() -> None:
    # the brief's sentence (issue 9)
    records, _ = read_paragraphs(
        [
            "Among 15 FISH-tested patients the best response was PR (n = 3), SD (n = 10), and PD (n = 2), and among 14 "
            "NGS-tested patients was PR (n = 3), SD (n = 8), and PD (n = 3)."
        ]
    )
    read = {(r.value, r.row[-1] if r.row else None, r.arm) for r in records}
    assert (3.0, "PD", "NGS-tested") in read and (3.0, "PD", "FISH-tested") not in read
    assert (3.0, "PR", "NGS-tested") in read and (2.0, "PD", "FISH-tested") in read
    # the heads' counts size their groups, never a count of PR
    assert not [r for r in records if r.value in (15.0, 14.0) and r.row != ["population"]]


def test_an_unread_head_withholds_its_clause() -> None:
    # "For melanoma, ...; for NSCLC, ...": the sentence's opening disease is its first clause's group
    # (prose_fronted.py); the second head is read by no pattern, so no value is the whole trial's
    records, findings = read_paragraphs(
        ["For melanoma, the ORR was 29% (95% CI 18% to 42%); for NSCLC, the ORR was 38%."]
    )
    assert [r.arm for r in records if r.value == 29.0] == ["melanoma"]
    assert not [r for r in records if r.value == 38.0]
    assert any("'38%' was not read" in f.message or "38" in f.message for f in findings)


def test_one_head_keeps_the_sentence_rules() -> None:
    # a single head is no coordinated breakdown: "Among 35 patients evaluable for response, 12 (34.3%) had a PR"
    records, _ = read_paragraphs(["Among 35 patients evaluable for response, 12 (34.3%) had a partial response."])
    assert any(r.value == 12.0 and r.row and r.row[-1] in ("PR", "partial response") and r.arm is None for r in records)
