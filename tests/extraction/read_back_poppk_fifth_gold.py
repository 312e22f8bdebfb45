"""What must be read from the fifth instance set of sampled population-PK tables
(tests/typeset/read_back/poppk-sampled-5.html), the second instance set of the covariate-model families fixed on
poppk-sampled-4: its forms were gathered after those fixes, and this gold written before the page was first read.
Same rules as `tests/extraction/read_back_poppk_fourth_gold.py`: the numbers of an equation, in a stub line or in a
value cell ("CLi = 4.12 (L/h) × (ABW/20)^0.751", "1.06 × (WT/25)^0.591"), are no values of their own (the table does
not say which is the typical value and which the exponent); a shrinkage in square brackets is not listed; a ΔOFV
column is a ``value`` (as `read_back_gold.POPPK_COVARIATES` records it).
"""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_V, _CV = "value", "cv_percent"

# Table 2 (https://pmc.ncbi.nlm.nih.gov/articles/PMC9232416/table/Tab2): Structural | Final | Bootstrap estimate
# (95% CI), covariate-effect groups, "44.1 [29]" estimate [shrinkage], spaced minus signs
_SM, _FM, _BE = "Structural model", "Final model", "Bootstrap estimate"
_COVCL, _COVR, _IIV, _RV = "Covariate effect on CL", "Covariate effect on RWB:IC", "IIV (%)", "Residual variability"


def _sfb(s: float | None, f: float, b: float, ci: tuple[float, float] | None = None, stat: str = _V) -> Cells:
    cells: Cells = {(_FM, stat): f, (_BE, stat): b}
    cells |= {(_SM, stat): s} if s is not None else {}
    return cells | ({(_BE, "ci_low"): ci[0], (_BE, "ci_high"): ci[1]} if ci is not None else {})


STAGES_BOOTSTRAP: Gold = {
    ("CL/F (l h–1)",): _sfb(19.6, 19.6, 19.6),
    ("V1/F (l)",): _sfb(574, 574, 574),
    ("RWB:IC",): _sfb(11800, 12700, 12655, (11240, 14190)),
    (_COVCL, "CYP3A5*1"): _sfb(1.48, 1.48, 1.48),
    (_COVCL, "Haematocrit (l l–1)"): _sfb(-0.69, -0.69, -0.69),
    (_COVR, "Lean body weight"): _sfb(None, 0.94, 0.951, (0.49, 1.41)),
    (_COVR, "Haematocrit"): _sfb(None, -1.08, -1.07, (-1.83, -0.36)),
    (_IIV, "CL"): _sfb(35.2, 35.2, 35.2, stat=_CV),
    (_IIV, "RWB-IC"): _sfb(44.1, 40.6, 39.8, (23.5, 55.0), stat=_CV),
    (_RV, "Proportional IC"): _sfb(0.214, 0.197, 0.193, (0.151, 0.229)),
}

# Table 3 (https://fn.bmj.com/highwire/markup/142665/expansion): model building, each question over its model's
# equation in brackets; the ΔOFV is the row's value, the compared model's number none
MODEL_BUILDING: Gold = {
    ("Basic model",): {("=ΔOFV", _V): 0.0},
    ("Does weight influence CL?",): {("=ΔOFV", _V): -64.2},
    ("Does creatinine influence CL?",): {("=ΔOFV", _V): -81.5},
    ("Does adding weight to CL improve model 3?",): {("=ΔOFV", _V): -49.7},
    ("Does IV nutrition improve model 4?",): {("=ΔOFV", _V): -6.9},
}

# Table 4 (https://pmc.ncbi.nlm.nih.gov/articles/PMC8705537/table/T2): a "Final CL equation" column of equations
EQUATION_CELLS: Gold = {
    ("Centre A cohort",): {("Patients", "count"): 118, ("Target AUC", _V): 22.5},
    ("Centre B cohort",): {("Patients", "count"): 64, ("Target AUC", _V): 18.5},
    ("Pooled cohort",): {("Patients", "count"): 207, ("Target AUC", _V): 19.7},
}

# Table 5 (http://www.chinaphar.com/rt/captureCite/5687/0/EndNoteCitationPlugin): the final clearance printed as its
# equation in the value column
_BA, _FI = "Basic model", "Final model"
EQUATION_VALUE: Gold = {
    ("Ka (h−1)",): {(_BA, _V): 1.87, (_FI, _V): 1.61},
    ("V/F (L)",): {(_BA, _V): 12.6, (_FI, _V): 12.2},
    ("CL/F (L/h)",): {(_BA, _V): 0.972},
    ("IIV of CL/F (%)",): {(_BA, _CV): 31.4, (_FI, _CV): 22.8},
}

GOLD: dict[tuple[str, str], Gold] = {
    ("poppk-sampled-5", "Table 2"): STAGES_BOOTSTRAP,
    ("poppk-sampled-5", "Table 3"): MODEL_BUILDING,
    ("poppk-sampled-5", "Table 4"): EQUATION_CELLS,
    ("poppk-sampled-5", "Table 5"): EQUATION_VALUE,
}
NO_ARM = {_SM, _FM, _BE, "=ΔOFV", "Patients", "Target AUC", _BA, _FI}
