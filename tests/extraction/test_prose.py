"""Numbers quoted in the prose of the seed fixture, with what they are about."""

from __future__ import annotations

from collections.abc import Callable

from schemas.extraction import Extraction
from schemas.records import Record

SEED = "seed-nct04728035.pdf"


def _statement(ex: Extraction, raw_part: str) -> list[Record]:
    return [r for r in ex.records if r.table == "text" and raw_part in r.raw]


def test_n_of_n_with_percent_and_ci(extraction: Callable[[str], Extraction]) -> None:
    recs = {r.statistic: r for r in _statement(extraction(SEED), "22 of 87 patients")}
    assert recs["count"].value == 22 and recs["count"].denominator == 87
    assert recs["percent"].value == 25.3
    assert (recs["ci_low"].value, recs["ci_high"].value) == (16.6, 35.8)
    assert recs["count"].page == 3 and recs["count"].context and "partial response" in recs["count"].context


def test_median_with_ci_names_its_endpoint(extraction: Callable[[str], Extraction]) -> None:
    recs = [
        r
        for r in extraction(SEED).records
        if r.table == "text" and r.statistic == "median" and r.value == 4.8 and r.page == 4
    ]
    assert recs and recs[0].parameter == "PFS"


def test_landmark_rates_respectively(extraction: Callable[[str], Extraction]) -> None:
    rates = {
        r.value: r for r in extraction(SEED).records if r.table == "text" and r.statistic == "rate" and r.page == 4
    }
    assert rates[59.3].row == ["12-month OS rate"]
    assert rates[47.3].row == ["18-month OS rate"]


def test_pk_values_listed_respectively(extraction: Callable[[str], Extraction]) -> None:
    rec = next(r for r in extraction(SEED).records if r.table == "text" and r.value == 427.9)
    assert (rec.statistic, rec.analyte, rec.parameter, rec.arm) == ("mean", "SN-38", "AUC0-inf", "70 mg/m²")


def test_lead_in_denominator(extraction: Callable[[str], Extraction]) -> None:
    recs = _statement(extraction(SEED), "9 patients (64.3%")
    assert recs and all(r.denominator == 18 for r in recs if r.statistic in ("count", "percent"))


# --- what a prose number is about (prose_endpoints.py, prose_group_names.py): one test per statement kind

from extractors.prose_endpoints import endpoint_of  # noqa: E402
from extractors.prose_group_names import group_of  # noqa: E402
from extractors.prose_respectively import respectively_groups  # noqa: E402
from extractors.prose_study import about_other_study  # noqa: E402


def _about(sentence: str, number: str, statistic: str) -> tuple[str | None, str | None]:
    at = sentence.index(number)
    return endpoint_of(sentence, at, at + len(number), statistic), group_of(sentence, at)


def test_respectively_list_names_each_item() -> None:
    s = (
        "The frequencies of homozygosity, single heterozygous, and wild type were 10.9% (13/119), "
        "26.9% (32/119) and 46.2% (55/119), respectively."
    )
    assert _about(s, "26.9%", "percent")[0] == "single heterozygous"
    assert _about(s, "46.2%", "percent")[0] == "wild type"


def test_x_vs_y_groups_in_order() -> None:
    s = "The ORR was 40% vs 20% in the placebo and 70 mg/m² groups, respectively."
    assert respectively_groups(s) == ["placebo group", "70 mg/m² group"]


def test_n_of_n_with_what_they_had() -> None:
    s = "Of 87 evaluable patients, 22 of 87 patients (25.3%) had a partial response."
    endpoint, _group = _about(s, "22 of 87 patients (25.3%", "count")
    assert endpoint == "PR"


def test_number_in_words_with_verb() -> None:
    s = "Fifty-nine patients were enrolled at 70 mg/m²."
    endpoint, group = _about(s, "Fifty-nine patients", "count")
    assert (endpoint, group) == ("enrolled", "70 mg/m²")


def test_hazard_ratio_names_the_outcome() -> None:
    s = "A primary outcome event occurred in 249 patients (hazard ratio, 0.79; 96% CI, 0.66 to 0.94; P = 0.005)."
    assert _about(s, "0.79", "hr")[0] == "primary outcome event"


def test_median_names_its_endpoint() -> None:
    s = "In all patients with TNBC, the median PFS was 4.8 months (95% CI 3.2–5.8), the median OS was 14.1 months."
    assert _about(s, "4.8", "median") == ("PFS", "TNBC")
    assert _about(s, "14.1", "median")[0] == "OS"


def test_ae_term_before_its_frequency() -> None:
    s = "The most common TRAEs included diarrhea (72/107, 67.3%), leukopenia (64/107, 59.8%)."
    assert _about(s, "64/107", "count")[0] == "leukopenia"


def test_a_number_without_an_endpoint_is_not_told() -> None:
    assert _about("This was seen in 12 of them.", "12", "value")[0] is None


def test_other_studies_are_not_this_trials_data() -> None:
    assert about_other_study("In the ASCENT trial, the median PFS was 5.6 months [12].")
    assert not about_other_study("In our study, the median PFS was 4.8 months, longer than reported [12].")


def test_prose_numbers_carry_endpoint_and_group_end_to_end(extraction: Callable[[str], Extraction]) -> None:
    ex = extraction(SEED)
    prose = [r for r in ex.records if r.table == "text"]
    assert prose and all(r.row for r in prose)  # every emitted prose number names what it is about
    assert any(f.check == "prose-unread" for f in ex.findings)
    pfs = [r for r in prose if r.statistic == "median" and r.value == 4.8 and r.page == 4]
    assert pfs and pfs[0].row == ["PFS"] and pfs[0].arm == "TNBC"
