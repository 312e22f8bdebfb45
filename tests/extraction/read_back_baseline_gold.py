"""What must be read from tests/typeset/read_back/baseline-sampled.html: baseline tables in the forms of two
published tables (the address beside each in the HTML), numbers ours. Written from the HTML before the page was
first read back; format of tests/extraction/read_back_gold.py (row path -> {(column words, statistic): value}).
A group is named by its first head line ("Low dose") or more of its head: ``ARMS`` maps each gold group to the
words a record's group must contain. Cells that say nothing (blank) are not listed."""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_L, _M, _H, _P = "Low dose", "Medium dose", "High dose", "P"


def _three(stat: str, a: float, b: float, c: float) -> Cells:
    return {(_L, stat): a, (_M, stat): b, (_H, stat): c}


_SEX, _PS, _TUMOR = "Sex (%)", "Performance status (%)", "Tumor type (%)"
TABLE_1: Gold = {
    ("Age (y; mean ± SD)",): _three("mean", 55.8, 55.1, 56.1) | _three("sd", 12.9, 14.0, 12.9) | {(_P, "p"): 0.79},
    (_SEX,): {(_P, "p"): 0.54},
    (_SEX, "Male"): _three("percent", 58.2, 52.5, 55.8),
    (_SEX, "Female"): _three("percent", 41.8, 47.5, 44.2),
    (_PS,): {(_P, "p"): 0.55},
    (_PS, "PS = 0"): _three("percent", 32.9, 30.0, 31.2),
    (_PS, "PS = 1"): _three("percent", 60.6, 66.0, 63.2),
    (_PS, "PS ≥ 2"): _three("percent", 6.5, 4.0, 5.6),
    (_TUMOR,): {(_P, "p"): 0.32},
    (_TUMOR, "Breast (n = 61)"): _three("percent", 7.1, 11.5, 8.7),
    (_TUMOR, "Gastrointestinal (n = 206)"): _three("percent", 37.6, 31.0, 29.4),
    (_TUMOR, "All others (n = 189)"): _three("percent", 55.3, 57.5, 61.9),
    ("Time from diagnosis to first dose (y; median with range)",): _three("median", 3.2, 3.5, 3.1)
    | _three("min", 0.4, 0.3, 0.1)
    | _three("max", 26.6, 33.1, 36.7)
    | {(_P, "p"): 0.63},
}

_NAIVE, _PRE, _SP = "Treatment-naive", "Pretreated", "p"


def _np(a: tuple[float, float], b: tuple[float, float]) -> Cells:
    return {(_NAIVE, "count"): a[0], (_NAIVE, "percent"): a[1], (_PRE, "count"): b[0], (_PRE, "percent"): b[1]}


_YEAR, _REG, _RESP = "Year of enrolment", "No. of prior regimens", "Best response rate in an earlier trial"
TABLE_2: Gold = {
    (_YEAR,): {(_SP, "p"): 0.013},
    (_YEAR, "2016–2018"): _np((35, 51), (41, 37)),
    (_YEAR, "2019–2021"): _np((34, 49), (71, 63)),
    ("Disease-specific protocol",): _np((23, 33), (48, 43)) | {(_SP, "p"): 0.12},
    (_REG,): {(_SP, "p"): 0.001},
    (_REG, "0"): _np((31, 45), (7, 6)),
    (_REG, "1–2"): _np((24, 35), (35, 31)),
    (_REG, "≥3"): _np((14, 20), (70, 63)),
    (_RESP,): {(_SP, "p"): 0.005},
    (_RESP, "0%"): _np((30, 43), (28, 25)),
    (_RESP, ">0% and <20%"): _np((25, 36), (55, 49)),
    (_RESP, "≥20%"): _np((14, 20), (29, 26)),
}

GOLD: dict[str, Gold] = {"Table 1": TABLE_1, "Table 2": TABLE_2}
NO_ARM: dict[str, frozenset[str]] = {"Table 1": frozenset({_P}), "Table 2": frozenset({_SP})}


# baseline-sampled-2.html: second instances, gold written before the page was first read
_NV, _PB = "Nervatinib", "Placebo"


def _two(stat: str, a: float, b: float) -> Cells:
    return {(_NV, stat): a, (_PB, stat): b}


_ECOG, _REGION, _SEX2, _LINES = "ECOG performance status (%)", "Region — %", "Sex, n (%)", "Prior lines of therapy, n"
SECOND_1: Gold = {
    (_ECOG, "0"): _two("percent", 45, 51),
    (_ECOG, "1"): _two("percent", 55, 49),
    (_REGION, "North America"): _two("percent", 38.1, 36.6),
    (_REGION, "Europe"): _two("percent", 61.9, 63.4),
    (_SEX2, "Female"): _two("count", 40, 20) | _two("percent", 47.6, 48.8),
    (_SEX2, "Male"): _two("count", 44, 21) | _two("percent", 52.4, 51.2),
    (_LINES, "1"): _two("count", 30, 15),
    (_LINES, "≥2"): _two("count", 54, 26),
}
SECOND: dict[str, Gold] = {"Table 1": SECOND_1}
