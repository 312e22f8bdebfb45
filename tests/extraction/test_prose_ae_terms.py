"""The AE-terms corpus (prose_ae_terms_corpus.py) read back and held to its end figures, and the rules for AE terms
joined by an en dash, a hyphen or a slash, or printed with an abbreviation or a grade in their bracket (extractors/
prose_context.py, prose_ae.py, prose_endpoints.py, prose_doubts.py, prose_twice.py), each with a form of the corpus
and an instance written for this test."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from schemas.records import Record
from tests.extraction.prose_ae_forms_score import score
from tests.extraction.prose_ae_terms_corpus import CORPUS, SECOND
from tests.extraction.prose_ae_terms_score import FIRST_CONTACT, SECOND_FIRST_CONTACT
from tests.extraction.prose_calibration_score import totals

ONE_ARM = "Patients received tovorimab every 2 weeks until progression or unacceptable toxicity."
TWO_ARMS = "Patients were randomly assigned to velotinib or docetaxel."


def _read(paragraph: str, context: str = ONE_ARM) -> tuple[dict[float, Record], dict[float, str]]:
    """Per value: the record read, and the reason of the finding that withholds it."""
    records, findings = read_paragraphs([context, paragraph])
    read = {r.value: r for r in records if r.value is not None and context not in (r.context or "")}
    held = {v.value: f.message for f in findings for v in f.values if v.value is not None}
    return read, held


def _label(r: Record) -> str:
    return r.row[-1] if r.row else ""


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 18 and len(SECOND) >= 10


def test_ae_terms_ratchet() -> None:
    # first contact: 26 right, 2 silently wrong; second instances 20 right, 1 wrong on their first read
    overall = totals(score(CORPUS))
    assert overall["right"] >= 47 and overall["right"] > FIRST_CONTACT["right"]
    assert overall["wrong"] == 0 and overall["missed"] == 0
    second = totals(score(SECOND))
    assert second["right"] >= 22 and second["right"] > SECOND_FIRST_CONTACT["right"]
    assert second["wrong"] == 0 and second["missed"] == 0


def test_a_term_joined_by_an_en_dash_is_read_whole() -> None:
    # corpus: "... were diarrhea (40%), hand–foot syndrome (32%), nausea (32%), ..."
    read, _ = _read("The most common AEs were cough (41%), palmar–plantar erythrodysesthesia (27%) and rash (12%).")
    assert _label(read[27]) == "palmar–plantar erythrodysesthesia"
    read, _ = _read("Adverse events included Stevens–Johnson syndrome (3%) and pruritus (9%).")
    assert _label(read[3]) == "Stevens–Johnson syndrome"


def test_an_en_dash_subject_of_occurred_in() -> None:
    # corpus: "Grade 3 palmar–plantar erythrodysesthesia occurred in 7% of patients."
    read, _ = _read("Grade 3 hand–foot skin reaction occurred in 11% of patients.")
    assert read[11].grade == "3" and "hand–foot skin reaction" in _label(read[11])


def test_a_slashed_term_is_read_whole() -> None:
    # corpus: "alanine aminotransferase/aspartate aminotransferase increased (20%)"
    read, _ = _read(
        "The most common TRAEs were fatigue (30%), gamma-glutamyltransferase/alkaline phosphatase increased (14%) "
        "and rash (8%)."
    )
    assert _label(read[14]) == "gamma-glutamyltransferase/alkaline phosphatase increased"


def test_each_value_of_a_bracket_is_its_terms() -> None:
    # corpus: "hand and foot syndrome (58% vs 11%) and stomatitis (40% vs 18%)": the 18% was filed under the first term
    read, _ = _read(
        "There was a higher incidence of mucositis (44% vs 20%) and alopecia (30% vs 6%) with docetaxel than with "
        "velotinib.",
        TWO_ARMS,
    )
    assert _label(read[30]) == "alopecia" and _label(read[6]) == "alopecia"
    assert _label(read[20]) == "mucositis"


def test_each_value_after_coordinated_terms_stays_withheld() -> None:
    # corpus: "hand and foot syndrome (58% vs 11%)": the second value is as much the pair's as the first
    read, held = _read(
        "There was a higher incidence of nausea and vomiting (52% vs 21%) and alopecia (30% vs 6%) with docetaxel "
        "than with velotinib.",
        TWO_ARMS,
    )
    assert 52 not in read and 21 not in read and 52 in held and 21 in held
    assert _label(read[6]) == "alopecia"


def test_a_grade_in_the_terms_bracket() -> None:
    # corpus: "neutropenia (grade 3, 10%), rash (32% any grade; 5% grade ≥3)"
    read, _ = _read("The most common AEs were anemia (grade 3, 14%) and pruritus (40% any grade; 3% grade ≥3).")
    assert _label(read[14]) == "anemia" and read[14].grade == "3"
    assert read[40].grade == "any" and read[3].grade == ">=3"
    assert "pruritus" in _label(read[40]) and "pruritus" in _label(read[3])


def test_an_abbreviation_opening_the_bracket() -> None:
    # second instance: "hand–foot skin reaction (HFSR; 45%)"
    read, _ = _read("Toxicities included peripheral sensory neuropathy (PSN; 33%) and fatigue (21%).")
    assert _label(read[33]) == "peripheral sensory neuropathy"


def test_a_list_opened_by_a_dash() -> None:
    # corpus: "The most frequent toxicities – fatigue (35%), ..." and "The most common AEs—fatigue (33%), ..."
    read, _ = _read("The most frequent toxicities – cough (31%) and rash (15%) – were mild.")
    assert _label(read[31]) == "cough"
    read, _ = _read("The most common AEs—cough (29%) and rash (13%)—were mild.")
    assert _label(read[29]) == "cough"


def test_a_roman_grade() -> None:
    # second instance: "Grade III–IV acute graft-versus-host disease occurred in 19% of patients."
    read, _ = _read("Grade III–IV chronic graft-versus-host disease occurred in 13% of patients.")
    assert read[13].grade == "3-4"


def test_the_people_before_a_bracket_of_values_are_no_ae_term() -> None:
    """A comparison's people set before its bracket ("and those with single heterozygous (75.0% vs. 41.2%; p =
    0.20)") are not the AE term of the bracket's values: the seed paper's P value had been filed under "those with
    single heterozygous" once values later in a term's bracket were read as the term's."""
    from extractors.prose import read_paragraphs
    from trialex.evaluate import prose_endpoint

    records, _ = read_paragraphs(
        [
            "More patients with homozygosity/compound heterozygosity had an incidence of grade ≥ 3 neutropenia than "
            "patients with wild type (75.0% vs. 31.4%; p = 0.042) and those with single heterozygous (75.0% vs. "
            "41.2%; p = 0.20)."
        ]
    )
    ends = {r.value: prose_endpoint(r) for r in records if r.statistic == "p"}
    assert ends[0.2] is not None and "those" not in ends[0.2]
    assert not [r for r in records if (prose_endpoint(r) or "").startswith("those")]
