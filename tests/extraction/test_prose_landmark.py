"""The landmark corpus (prose_landmark_corpus.py) read back and held to its end figures, and the rules for landmark
rates, each with a form of the corpus and a second instance written for this test."""

from __future__ import annotations

from extractors.prose import read_paragraphs
from extractors.prose_precision import RESPECTIVELY_UNPAIRED
from tests.extraction.prose_calibration_score import score, totals
from tests.extraction.prose_landmark_corpus import CORPUS
from tests.extraction.prose_landmark_score import FIRST_CONTACT


def _read(*paragraphs: str) -> tuple[dict[float, tuple[str | None, str | None]], dict[float, str]]:
    """Per value: (endpoint, group) of the record read, and the reason of the finding that withholds it."""
    records, findings = read_paragraphs(list(paragraphs))
    read = {r.value: (r.row[-1] if r.row else None, r.arm) for r in records if r.value is not None}
    held = {v.value: f.message for f in findings for v in f.values if v.value is not None}
    return read, held


def test_the_corpus_has_its_gold() -> None:
    assert len(CORPUS) >= 35
    assert sum(len(gold) for _, _, gold in CORPUS) >= 200


def test_landmark_ratchet() -> None:
    # first contact: 56 right, 11 silently wrong; a change may raise right and lower wrong, never the other way.
    # 58 -> 77 right when disease-, event-, relapse- and metastasis-free survival became endpoints of the vocabulary
    # (extractors/prose_terms.py), wrong held at 3
    result = score(CORPUS)
    overall = totals(result)
    assert overall["right"] >= 77 and overall["right"] >= FIRST_CONTACT["right"]
    assert overall["wrong"] <= 3
    assert overall["missed"] == 0
    landmark = [o for o in result if o.record and o.record.binding and o.record.binding[0].startswith("landmark")]
    assert all(o.kind == "right" for o in landmark)


def test_a_follow_up_is_no_landmark_time() -> None:
    # corpus: "At a median follow-up of 49 months, the 4-year event-free survival was 31% and 63%, respectively"
    read, _ = _read("After a median follow-up of 38 months, the 2-year overall survival rate was 83.5%.")
    assert read[83.5][0] is not None and "2-year" in read[83.5][0] and "38" not in read[83.5][0]


def test_times_listed_once_pair_with_the_values() -> None:
    # corpus: "The progression-free survival rates at 12 and 24 months were 80% and 61%, respectively."
    read, _ = _read("The overall survival rates at 6 and 18 months were 92% and 70%, respectively.")
    assert read[92][0] == "6-month OS rate"
    assert read[70][0] == "18-month OS rate"


def test_respectively_after_a_clause_comma_is_unpaired() -> None:
    # corpus: the arms of the sentence before; "..., the 4-year event-free survival was 31% and 63%, respectively"
    read, held = _read(
        "Response was 55% with drug A and 71% with drug B. With 40 months of follow-up, the 3-year overall "
        "survival was 66% and 78%, respectively."
    )
    assert 66 not in read and 78 not in read
    assert held[66].endswith(RESPECTIVELY_UNPAIRED) and held[78].endswith(RESPECTIVELY_UNPAIRED)


def test_coordinated_time_points_still_pair() -> None:
    # "The 1- and 2-year PFS rates were 57% and 31%, respectively" pairs its own times: not withheld
    read, _ = _read("The 1- and 2-year progression-free survival rates were 57% and 31%, respectively.")
    assert read[57][0] is not None and read[57][0].startswith("1-year")
    assert read[31][0] is not None and read[31][0].startswith("2-year")


def test_a_follow_up_is_no_endpoint_of_a_distant_interval() -> None:
    # corpus: "After a median follow-up of 41 months, the 3-year disease-free survival was 71% in both groups
    # (hazard ratio, 0.97; 95% CI, 0.64-1.47; P=.88)"
    read, _ = _read(
        "After a median follow-up of 27 months, the 2-year event-free survival was 64% in both arms (hazard ratio, "
        "1.04; 95% CI, 0.81-1.33; P=.75)."
    )
    for v in (0.81, 1.33):
        assert v not in read or "follow" not in (read[v][0] or "")


def test_the_other_free_survival_endpoints_are_named() -> None:
    """Disease-, event-, relapse- and metastasis-free survival are endpoints of their own: a landmark rate of one is
    that endpoint's (first contact: "3-year disease-free survival rate" read as "3-year rate", no endpoint), never
    PFS or OS."""
    from extractors.prose import read_paragraphs

    design = "Patients were randomly assigned to receive velotinib or placebo."
    cases = {
        "The 3-year disease-free survival rate was 84.2% with velotinib and 61.5% with placebo.": "disease-free",
        "The 2-year relapse-free survival rate was 71.0% with velotinib and 60.2% with placebo.": "relapse-free",
        "Median DFS was 41.2 months with velotinib and 30.5 months with placebo.": "dfs",
    }
    for sentence, name in cases.items():
        records, _ = read_paragraphs([design, sentence])
        read = [r for r in records if "randomly" not in (r.context or "")]
        assert len(read) == 2, sentence
        assert all(name in r.row[-1].lower() for r in read), [(r.row, r.value) for r in read]
        assert {r.arm for r in read} == {"velotinib", "placebo"}


def test_values_listed_against_landmark_times_are_no_respectively_items() -> None:
    # third calibration corpus (first contact): "Cancer-free survival at one, five, and 10 years was 63%, 26%, and
    # 21%, respectively" was read as '10-year five rate' and '10-year 10 years rate' (times in words were no list of
    # times), and with digits the values were filed under 'Cancer-free survival at 1' and '10 years' (the
    # respectively items of a list of times). A rate of times listed is the time's; its endpoint is the subject's
    # or none (withheld), never a piece of the list
    for times in ("one, five, and 10", "1, 5, and 10"):
        read, held = _read(f"Cancer-free survival at {times} years was 63%, 26%, and 21%, respectively.")
        assert not read, read
        assert set(held) >= {63.0, 26.0, 21.0}
    read, _ = _read("Overall survival at two, three, and five years was 92%, 46%, and 29%, respectively.")
    assert read == {
        92.0: ("two-year OS rate", None),
        46.0: ("three-year OS rate", None),
        29.0: ("five-year OS rate", None),
    }
    read, _ = _read("PFS rates at 12 and 24 months were 80% and 61%, respectively.")
    assert read == {80.0: ("12-month PFS rate", None), 61.0: ("24-month PFS rate", None)}


def test_a_determiner_names_no_rate_s_endpoint() -> None:
    # "The rates at 2 and 3 years were 50% and 40%" was filed under '2-year The rate'
    read, _ = _read("The rates at 2 and 3 years were 50% and 40%.")
    assert all("The" not in (row or "") for row, _ in read.values()), read
