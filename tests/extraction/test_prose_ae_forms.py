"""The AE-forms corpus (prose_ae_forms_corpus.py) read back and held to its end figures, and the rules for adverse
events in prose (extractors/prose_ae.py and the lines that call it), each with a form of the corpus and an instance
written for this test."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record
from tests.extraction.prose_ae_forms_corpus import CORPUS, SECOND
from tests.extraction.prose_ae_forms_score import FIRST_CONTACT, score
from tests.extraction.prose_calibration_score import totals

ONE_ARM = "Patients received tovorimab every 2 weeks until progression or unacceptable toxicity."


def _read(paragraph: str) -> tuple[dict[float, Record], dict[float, str]]:
    """Per value: the record read, and the reason of the finding that withholds it."""
    records, findings = read_paragraphs([ONE_ARM, paragraph])
    read = {r.value: r for r in records if r.value is not None and ONE_ARM not in (r.context or "")}
    held = {v.value: f.message for f in findings for v in f.values if v.value is not None}
    return read, held


def _label(r: Record) -> str:
    return r.row[-1] if r.row else ""


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 25 and len(SECOND) >= 10
    assert sum(len(gold) for _, _, gold in CORPUS) >= 100


def test_ae_forms_ratchet() -> None:
    # first contact: 42 right, 24 silently wrong; a change may raise right and lower wrong, never the other way
    overall = totals(score(CORPUS))
    assert overall["right"] >= 78 and overall["right"] >= FIRST_CONTACT["right"]
    assert overall["wrong"] <= 5
    assert overall["missed"] <= 1
    second = totals(score(SECOND))
    assert second["right"] >= 46 and second["wrong"] == 0


def test_a_grade_is_its_nouns_not_its_sentences() -> None:
    # corpus: "The most common TRAEs were rash (38%) and diarrhea (29%); grade ≥3 TRAEs occurred in 12% of patients."
    read, _ = _read("The most common AEs were headache (30%) and cough (20%); grade ≥3 AEs occurred in 8% of patients.")
    assert read[30].grade is None and read[20].grade is None
    assert read[8].grade == ">=3"
    # and one said right before its noun: "Grade 3 or 4 toxicities included neutropenia (27%)"
    read, _ = _read("Grade 3 or 4 toxicities included anemia (12%) and hypertension (6%).")
    assert read[12].grade == "3-4" and read[6].grade == "3-4"


def test_a_grade_said_after_the_noun_nearer_the_number() -> None:
    # corpus: "Peripheral neuropathy of any grade occurred in 21 (72.4%) patients, grade 3 in 4 (13.8%)."
    read, _ = _read("Rash of any grade occurred in 15 (50.0%) patients, grade 3 in 2 (6.7%).")
    assert read[50.0].grade == "any"
    assert read[6.7].grade == "3" and _label(read[6.7]) == "Rash"


def test_a_grade_in_an_earlier_items_bracket_is_that_items() -> None:
    # corpus: "dry mouth (20.0%; 6/30; all grade 1), dysgeusia (13.3%; 4/30)"
    read, _ = _read("TRAEs included rash (20.0%; all grade 1) and nausea (10.0%).")
    assert read[10.0].grade is None and _label(read[10.0]) == "nausea"


def test_a_clause_that_elides_its_term_and_says_a_grade() -> None:
    # second instance: "Pneumonitis of any grade was reported in 12 (8.1%) patients, grade 3 or higher in 4 (2.7%)."
    read, _ = _read("Diarrhea of any grade was reported in 20 (40.0%) patients, grade 3 or higher in 3 (6.0%).")
    assert read[6.0].grade == ">=3" and _label(read[6.0]) == "Diarrhea"


def test_a_scope_is_its_nouns() -> None:
    # corpus: "AEs occurred in 58.4% (...), ..., and serious AEs in 4.2% (...)"
    read, _ = _read("AEs occurred in 90% of patients, and serious AEs in 15%.")
    assert read[90].scope is None
    assert read[15].scope == "serious"
    # a noun after the number is its own only within its clause ("of any grade (62.3%) and grade 3–5 (10.9%) TRAEs")
    read, _ = _read("Fatigue occurred in 40% of patients, and serious AEs in 5%.")
    assert read[40].scope is None and read[5].scope == "serious"


def test_a_scope_said_after_the_noun_nearer_the_number() -> None:
    # tuning form: "Grade ≥3 TEAEs were reported for 25.9% (7/27) of participants and treatment related for two"
    read, _ = _read(
        "Grade ≥3 TEAEs were reported for 20.0% (6/30) of participants and treatment related for three participants."
    )
    assert read[20.0].scope == "teae"
    assert read[3].scope == "trae"
    # a serious AE "related to study drug" stays serious (second instance)
    read, _ = _read(
        "Five subjects (25%) experienced SAEs considered related to study drug, most commonly sepsis (10%)."
    )
    assert read[10].scope == "serious"


def test_a_ctcae_term_with_its_abbreviation_and_direction() -> None:
    # corpus: "The most common TRAEs were lymphocyte (LYM) decreased (64.7%), platelet (PLT) decreased (47.1%) ..."
    read, _ = _read(
        "The most common TRAEs were aspartate aminotransferase (AST) increased (40%) and neutrophil count (ANC) "
        "decreased (25%)."
    )
    assert _label(read[40]) == "aspartate aminotransferase (AST) increased"
    assert _label(read[25]) == "neutrophil count (ANC) decreased"


def test_a_list_head_the_label_can_carry() -> None:
    # corpus: "the reasons for discontinuation were disease progression (16 patients, 55.2%), ..."
    read, _ = _read(
        "The reasons for withdrawal were adverse events (5 patients, 20%) and patient decision (3 patients, 12%)."
    )
    assert _label(read[5]) == "withdrawal due to adverse events" and _label(read[20]) == _label(read[5])
    assert _label(read[12]) == "withdrawal due to patient decision"
    # an event and what caused it: "Three deaths (4%) occurred on therapy as a result of pneumonitis (n = 1), ..."
    records, _ = read_paragraphs(
        [ONE_ARM, "Two deaths (3%) occurred as a result of pneumonia (n = 1) and hemorrhage (n = 1)."]
    )
    assert [_label(r) for r in records if r.value == 1] == ["death due to pneumonia", "death due to hemorrhage"]
    # an event made for the items: "dose adjustments were frequent for thrombocytopenia (26%) ..."
    read, _ = _read("Dose reductions were required for neutropenia (14%) and fatigue (9%).")
    assert _label(read[14]) == "Dose reductions for neutropenia" and _label(read[9]) == "Dose reductions for fatigue"


def test_two_terms_of_a_headed_list_sharing_one_bracket_are_withheld() -> None:
    # corpus: "The most common AEs were dry mouth and nausea (41.4%), ..." in a list whose head the label carries
    read, held = _read("The reasons for discontinuation were toxicity and progression (40%).")
    assert 40 not in read and 40 in held


def test_a_clause_after_a_semicolon_is_in_its_sentences_section() -> None:
    # corpus: "TRAEs of any grade occurred in 41 patients (69%); the most frequent were fatigue (22%) and rash (15%)."
    read, _ = _read("TEAEs occurred in 28 patients (93%); the most frequent were cough (40%) and rash (23%).")
    assert read[40].scope == "teae" and _label(read[40]) == "cough"
    assert read[40].section == "adverse_events"


def test_terms_then_incidences_respectively() -> None:
    # corpus: "The most common TEAEs included nausea, ... and asthenia, with incidences of 51.2%, ..., respectively."
    read, _ = _read(
        "The most common AEs included fatigue, anorexia and rash, with incidences of 41%, 33% and 20%, respectively."
    )
    assert [_label(read[v]) for v in (41, 33, 20)] == ["fatigue", "anorexia", "rash"]


def test_a_count_after_a_share_in_one_bracket() -> None:
    # corpus: "Treatment-related AEs included dry mouth (20.0%; 6/30; all grade 1), ..."
    read, _ = _read("Treatment-related AEs included nausea (16.7%; 5/30) and fatigue (13.3%; 4/30).")
    assert read[5].statistic == "count" and _label(read[5]) == "nausea" and read[5].scope == "trae"
    assert _label(read[4]) == "fatigue"
