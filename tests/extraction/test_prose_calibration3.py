"""The third calibration corpus (prose_calibration3_corpus.py): its gold well-formed and independent of every other
corpus, its first contact on record, and the statement-form rule of extractors/prose_group_scope.py for the numbers
emitted with no group: the forms it gates are the rule applied to the pooled first contact, a gated form's number is
withheld with a reason naming the form and the label it would have had, the bound form is bound to the group its
sentence names, and a statement with no group cue is read as before."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from extractors.prose import read_paragraphs
from extractors.prose_group_scope import (
    BINDING,
    BOUND,
    GATED,
    MIN_EMITTED,
    THRESHOLD,
    clean_phrase,
    gated,
    statement_form,
)
from schemas.records import STATISTICS, Record
from tests.extraction.prose_calibration3_corpus import CORPUS
from tests.extraction.prose_calibration3_first_contact import (
    FIRST_CURRENT,
    SECOND_CURRENT,
    THIRD_FIRST_CONTACT,
    THIRD_TOTALS,
)
from tests.extraction.prose_calibration_score import score, totals

HERE = Path(__file__).parent
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _numbers(paragraph: str) -> set[float]:
    text = paragraph.replace("\u2212", "-").replace(",", "")
    found = {abs(float(n)) for n in _NUMBER.findall(text)} | {float(n) for n in _NUMBER.findall(text)}
    found |= {float(n) for n in re.findall(r"(?<![\d.])\.\d+", text)}  # "P < .0001"
    return found | ({7.0} if re.search(r"\bseven\b", paragraph, re.IGNORECASE) else set())


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 40
    assert sum(len(gold) for _, _, gold in CORPUS) >= 400
    grouped = [g for _, _, gold in CORPUS for g in gold if g.endpoint is not None and g.group not in (None, "*")]
    assert len(grouped) >= 150  # a corpus of subgroup, cohort and arm values, with whole-trial controls
    for context, paragraph, gold in CORPUS:
        assert context and paragraph and gold
        numbers = _numbers(paragraph)
        for g in gold:
            assert all(s == "*" or s in STATISTICS for s in g.statistic.split("|")), g
            assert g.endpoint is not None or g.group is None, g  # a non-result has no group
            assert any(abs(abs(g.value) - n) < 1e-9 for n in numbers), (g, paragraph[:60])


def test_the_corpus_cites_pages_no_other_corpus_cites() -> None:
    own = {u.rstrip(").,\"'") for u in re.findall(r"https?://\S+", (HERE / "prose_calibration3_corpus.py").read_text())}
    assert len(own) >= 40
    others = "".join(p.read_text() for p in HERE.glob("*.py") if p.name != "prose_calibration3_corpus.py")
    assert not [u for u in own if u in others]


def test_first_contact_is_recorded() -> None:
    # the measurement the form gate was chosen from: 175 records emitted for gold numbers, 60 of them wrong; 131
    # emitted with no group
    assert THIRD_TOTALS["right"] == 115 and THIRD_TOTALS["wrong"] == 60
    assert sum(e for e, _, _ in THIRD_FIRST_CONTACT.values()) == 131


def test_the_gate_is_the_rule_applied_to_the_pooled_first_contact() -> None:
    pooled: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for table in (THIRD_FIRST_CONTACT, FIRST_CURRENT, SECOND_CURRENT):
        for form, (emitted, good, _) in table.items():
            pooled[form] += emitted
            right[form] += good
    assert {form: (right[form], pooled[form]) for form in pooled if gated(right[form], pooled[form])} == GATED
    assert (THRESHOLD, MIN_EMITTED) == (0.75, 6)
    # a gated form is bound only where its binding met the same bar; the others stay withheld
    assert set(BINDING) == set(GATED) and {"subject"} == BOUND


def test_calibration3_ratchet(monkeypatch: pytest.MonkeyPatch) -> None:
    # first contact: right 115, wrong 60 of 175 emitted; with the rule (the gate on, as the extractor ships): right
    # 119, wrong 50. A change may raise right and lower wrong, never the other way. 121 and 44 after two families
    # the corpus showed once read back (times listed against landmark rates, a group's relative clause after a
    # preposition): fixed on this corpus, so no longer a blind figure
    monkeypatch.setenv("TRIALEX_PROSE_KIND_GATE", "1")
    result = totals(score(CORPUS))
    assert result["right"] >= 121
    assert result["wrong"] <= 44
    assert result["missed"] == 0


@pytest.mark.parametrize(
    ("sentence", "value", "form"),
    [
        ("Within the HER2-low subgroup, median PFS was 6.2 months.", "6.2", "fronted"),
        ("Among participants aged 75 years or older, the rate was 12%.", "12", "fronted"),
        ("Patients treated before 2010 had a median overall survival of 31 months.", "31", "subject"),
        ("The objective response rate was 41% in patients with a BRAF mutation.", "41", "trailing"),
        ("ORR was 40% in cohort A and 25% in cohort B.", "25", "trailing"),
        ("Their median overall survival was 14.0 months.", "14.0", "paragraph"),
        ("The median progression-free survival was 5.4 months.", "5.4", "no cue"),
        ("The ORR was 30% in all patients.", "30", "no cue"),
    ],
)
def test_statement_forms(sentence: str, value: str, form: str) -> None:
    assert statement_form(sentence, sentence.index(value)).form == form


def test_a_group_set_by_an_earlier_sentence_is_the_paragraph_form() -> None:
    scope = statement_form("Median PFS was 3.6 months.", 16, "The mucosal cohort enrolled 22 patients. ")
    assert scope.form == "paragraph" and scope.phrase == "The mucosal cohort"


def test_a_phrase_is_cleaned_into_a_label() -> None:
    assert clean_phrase("the 13 patients with ITP of one year or less.") == "patients with ITP of one year or less"
    assert clean_phrase("The 88-patient second cohort") == "second cohort"


def _read(paragraphs: list[str]) -> tuple[dict[float, Record], dict[float, str]]:
    records, findings = read_paragraphs(paragraphs)
    read = {r.value: r for r in records if r.value is not None}
    held = {v.value: f.message for f in findings for v in f.values if v.value is not None}
    return read, held


@pytest.mark.parametrize(
    ("sentence", "value", "group"),
    [
        # second instances of the subject form (the corpus's "Patients treated before 2003 had ...", "The full T1D
        # analysis population had ...")
        (
            "Patients treated before 2010 had a median overall survival of 31 months.",
            31.0,
            "Patients treated before 2010",
        ),
        (
            "The per-protocol population had a mean change in body weight of -4.2 kg.",
            -4.2,
            "per-protocol population",
        ),
    ],
)
def test_the_subject_form_is_bound_to_its_group(
    sentence: str, value: float, group: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIALEX_PROSE_GROUP_SCOPE", "0")
    read, _ = _read([sentence])
    assert (read[value].arm if value in read else "absent") is None  # without the rule: emitted with no group
    monkeypatch.setenv("TRIALEX_PROSE_GROUP_SCOPE", "1")
    read, _ = _read([sentence])
    record = read[value]
    assert record.arm == group and record.binding == ("summary of", "group scope: subject")


def test_a_gated_form_is_withheld_with_a_reason_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # a comparison's ratio in the subject form: not one group's, so not bound; the form is gated, so withheld
    paragraph = (
        "Patients in the high-dose group had a higher rate of nausea than those in the low-dose group (HR 1.41; 95% "
        "CI 1.10 to 1.80)."
    )
    monkeypatch.setenv("TRIALEX_PROSE_KIND_GATE", "0")
    read, _ = _read([paragraph])
    assert 1.41 in read  # the binding stage reads it
    monkeypatch.setenv("TRIALEX_PROSE_KIND_GATE", "1")
    read, held = _read([paragraph])
    assert 1.41 not in read
    assert "form 'subject'" in held[1.41] and "'nausea'" in held[1.41] and "first contact" in held[1.41]


def test_a_statement_with_no_group_cue_is_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIALEX_PROSE_KIND_GATE", "1")
    read, held = _read(["The median progression-free survival was 5.4 months (95% CI, 3.9 to 7.0)."])
    assert read[5.4].arm is None and read[5.4].binding == ("summary of", "none")
    assert 5.4 not in held
