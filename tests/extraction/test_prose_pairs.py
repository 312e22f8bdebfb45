"""The pairs corpus (prose_pairs_corpus.py) read back and held to its end figures, and the rules of
extractors/prose_pairs.py, each with a form of the corpus and a second instance written for this test."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from extractors.prose_pairs import GROUP_AFTER_TERMS, for_item, for_respectively_item, ordered_item
from tests.extraction.prose_calibration_score import score, totals
from tests.extraction.prose_differences_score import unmatched
from tests.extraction.prose_pairs_corpus import CORPUS, SECOND_INSTANCES
from tests.extraction.prose_pairs_score import FIRST_CONTACT
from trialex.evaluate import endpoint_matches

ONE_ARM = "Patients received dovatinib orally once daily until disease progression or unacceptable toxicity."


def _read(*paragraphs: str) -> tuple[dict[float, tuple[str | None, str | None]], dict[float, str]]:
    """Per value: (endpoint, group) of the record read, and the reason of the finding that withholds it."""
    records, findings = read_paragraphs(list(paragraphs))
    read = {r.value: (r.row[-1] if r.row else None, r.arm) for r in records if r.value is not None}
    held = {v.value: f.message for f in findings for v in f.values if v.value is not None}
    return read, held


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 20
    assert sum(len(gold) for _, _, gold in CORPUS) >= 45


def test_pairs_ratchet() -> None:
    # first contact: 11 right, 24 withheld, 3 silently wrong; a change may raise right and lower wrong, never the
    # other way
    overall = totals(score(CORPUS))
    assert overall["right"] >= 25 and overall["right"] > FIRST_CONTACT["right"]
    assert overall["wrong"] == 0
    assert overall["missed"] == 0
    assert not unmatched(CORPUS)
    second = totals(score(SECOND_INSTANCES))
    assert second["right"] >= 10 and second["wrong"] == 0
    assert not unmatched(SECOND_INSTANCES)


def test_coordinated_endpoints_take_the_values_in_order() -> None:
    s = "The median OS and PFS were 298 and 61 days."
    assert (ordered_item(s, s.index("298"), "median") or "").endswith("OS")
    second = "Median DFS and OS were 41.2 and 58.9 months."
    assert (ordered_item(second, second.index("41.2"), "median") or "").endswith("DFS")
    assert (ordered_item(second, second.index("58.9"), "median") or "").endswith("OS")
    read, _ = _read(ONE_ARM, second)
    assert endpoint_matches("DFS", read[41.2][0] or "") and endpoint_matches("OS", read[58.9][0] or "")


def test_values_of_different_units_are_not_paired() -> None:
    s = "The response rate, median PFS and median OS were 33%, 5.1 months and 14.0 months."
    assert ordered_item(s, s.index("5.1"), "median") is None
    second = "The DCR and median DoR were 71% and 8.3 months."
    assert ordered_item(second, second.index("8.3"), "median") is None


def test_terms_not_named_as_endpoints_are_not_paired() -> None:
    # (other coordinated terms may be groups or subgroups)
    s = "The sensitivity and specificity of the score were 91% and 62%."
    assert ordered_item(s, s.index("91"), "percent") is None
    second = "Men and women were 54% and 46%."
    assert ordered_item(second, second.index("54"), "percent") is None


def test_each_value_for_an_endpoint() -> None:
    s = "Hommel-adjusted P values were 0.61 for MMSE, 0.07 for MoCA and 0.52 for CGNT."
    assert [for_item(s, s.index(v)) for v in ("0.61", "0.07", "0.52")] == ["MMSE", "MoCA", "CGNT"]
    second = "Adjusted P values were 0.03 for HbA1c and 0.44 for LDL-C."
    read, _ = _read(second)
    assert read[0.03][0] == "HbA1c" and read[0.44][0] == "LDL-C"


def test_a_value_for_a_group_is_no_endpoints() -> None:
    s = "Adjusted mean HbA1c levels were 5.81% for whites, 5.96% for Hispanics and 6.21% for blacks."
    assert for_item(s, s.index("5.81")) is None
    context = "Patients were randomly assigned to FOLFOX or FOLFIRI every 2 weeks."
    second = "Response rates were 44% for FOLFOX and 31% for FOLFIRI."
    assert for_item(second, second.index("44"), frozenset({"folfox", "folfiri"})) is None
    read, _ = _read(context, second)
    assert all(endpoint not in ("FOLFOX", "FOLFIRI") for endpoint, _ in read.values())


def test_values_then_for_coordinated_endpoints_respectively() -> None:
    s = "The interaction P values were .58 and .47 for systolic and diastolic BP, respectively."
    assert for_respectively_item(s, s.index(".58")) == "systolic BP"
    assert for_respectively_item(s, s.index(".47")) == "diastolic BP"
    second = "P values were .21 and .03 for fasting and postprandial glucose, respectively."
    assert for_respectively_item(second, second.index(".03")) == "postprandial glucose"


def test_a_group_named_after_the_terms_is_no_value_without_its_group() -> None:
    context = "Patients were randomly assigned in a 1:1 ratio to receive lorvastim or placebo for 24 weeks."
    s = "The ORR and DCR with continued dosing were 29% and 64%, respectively."
    read, held = _read(context, s)
    assert 29 not in read and held[29].endswith(GROUP_AFTER_TERMS)
    # an arm the design names ("assigned in a 1:1 ratio to receive lorvastim or placebo") is read as the group
    read, held = _read(context, "The ORR and DCR with lorvastim were 29% and 64%, respectively.")
    assert read[29][1] == read[64][1] == "lorvastim"
    second = "The median PFS and OS with placebo were 4.4 and 11.0 months, respectively."
    read, held = _read(context, second)
    for value in (4.4, 11.0):
        assert value in held or (read[value][1] or "").lower().startswith("placebo")
