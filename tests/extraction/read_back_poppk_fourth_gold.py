"""What must be read from the fourth instance set of sampled population-PK tables
(tests/typeset/read_back/poppk-sampled-4.html): covariate models printed in cells and stubs. Written from the HTML
before the page was first read back, in the form of `tests/extraction/read_back_gold.py` (row path ->
{(column words, statistic): value}) and by the rules of `tests/extraction/read_back_poppk_gold.py`: an estimate, a
covariate effect, a variance ω² or ε² is a ``value``; a variability stated as a CV (by its label, its group, a
"%" unit under a variability group, or the legend) is a ``cv_percent``; a bootstrap "Median" / "Mean" is that
statistic; an interval named a CI gives ``ci_low``/``ci_high``; an SE column is ``se``. Not listed (a record there is
an extra): RSEs, "SE (%)", shrinkages, bias, the CV% of an estimate in brackets, bootstrap percentiles ("5th",
"95th", "2.5th–97.5th percentiles"), objective functions, a typical value marked as taken from another model.

What a reviewer records of a covariate equation: the θ rows under it, never the numbers inside the equation
("(bodyweight/70)^0.75", "= 1 + θ8", "F = 1"): an equation or condition row states what the θs are and holds no
value of its own. A row naming a covariate effect keeps its label whole ("Effect of 2.5 mg kg−1 on V1": no dose
group), and a label ending in its symbol ("CL/F (L·h−1) − θCL/F") is one label, its dash no minus sign.
"""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_V, _CV, _MED, _MEAN = "value", "cv_percent", "median", "mean"

# Table 2 (https://pmc.ncbi.nlm.nih.gov/articles/PMC6046506/table/bcp13605-tbl-0002): equation and condition rows
# over θ rows; Bootstrap over Median | 5th | 95th
_VG, _CLG, _IIV2 = "Volume of distribution, V/F (L)", "Oral clearance, CL/F (L h−1)", "Inter-individual variability (%)"


def _em(v: float, med: float, stat: str = _V) -> Cells:
    return {("Estimate", stat): v, ("Bootstrap>Median", _MED): med}


CONDITION_ROWS: Gold = {
    ("Absorption rate constant, ka (h−1)",): _em(2.84, 2.81),
    (_VG, "θ1"): _em(388, 384),
    (_CLG, "θ2"): _em(24.7, 24.5),
    (_CLG, "θ3"): _em(1.52, 1.55),
    (_IIV2, "ka"): _em(64.2, 61.8, _CV),
    (_IIV2, "V/F"): _em(72.5, 70.9, _CV),
    (_IIV2, "CL/F"): _em(38.1, 37.2, _CV),
    ("Residual variability (exponential) (%)",): _em(21.6, 21.4),
}

# Table 3 (https://pmc.ncbi.nlm.nih.gov/articles/PMC11447946/table/T4): a Units column, "18.4 (6.9%)" estimate
# (RSE%) cells and "18.3 (15.9–21.0)" median (95% CI) cells; an equation row over θ1-θ3
_FMP, _BR = "Final model parameter estimate", "bootstrap result"
_DP, _AP, _BPV = "Disposition parameters", "Absorption parameters", "Between-patient variability"


def _rb(v: float, med: float | None = None, ci: tuple[float, float] = (0, 0), stat: str = _V) -> Cells:
    cells: Cells = {(_FMP, stat): v}
    if med is not None:
        cells |= {(_BR, _MED): med, (_BR, "ci_low"): ci[0], (_BR, "ci_high"): ci[1]}
    return cells


UNITS_COLUMN: Gold = {
    (_DP, "θ1"): _rb(18.4, 18.3, (15.9, 21.0)),
    (_DP, "θ2"): _rb(0.714, 0.709, (0.601, 0.842)),
    (_DP, "θ3"): _rb(0.0048, 0.0047, (0.0019, 0.0079)),
    (_DP, "Vc/F"): _rb(244, 241, (188, 317)),
    (_DP, "Q/F"): _rb(38.6, 39.4, (24.1, 66.3)),
    (_AP, "Ka"): _rb(1.5),
    (_AP, "Lag-time"): _rb(0.412, 0.409, (0.338, 0.471)),
    (_BPV, "ω2 CL"): _rb(29.4, 28.9, (24.6, 34.0), _CV),
    (_BPV, "ω2 Vc"): _rb(51.3, 49.8, (21.0, 96.4), _CV),
    ("Residual error, proportional",): _rb(24.6, 24.2, (21.9, 26.8)),
}

# Table 4 (https://pmc.ncbi.nlm.nih.gov/articles/PMC4594699/table/tbl2): stub cells that are equations over their θ
# rows, definition rows "If CYP3A5*1/*3, INFCYP3A5 = 1 + θ8" between them; IPV (%) a CV
_KAEQ, _CLEQ = "Ka (h−1) = θ1 × KaFOR", "CL/F (l h–1) = θ3 × INFCYP3A5"


def _pm(v: float, med: float, ipv: float | None = None) -> Cells:
    cells: Cells = {("Population mean", _V): v, ("Bootstrap>Median", _MED): med}
    return cells | ({("IPV", _CV): ipv} if ipv is not None else {})


EQUATION_STUBS: Gold = {
    (_KAEQ, "θ1"): _pm(0.61, 0.60, 42),
    (_KAEQ, "θ11"): _pm(-0.68, -0.69),
    ("V/F (l)",): _pm(31.4, 30.9, 58),
    (_CLEQ, "θ3"): _pm(13.6, 13.5),
    (_CLEQ, "θ8"): _pm(0.46, 0.47),
    (_CLEQ, "θ9"): _pm(0.88, 0.90),
    ("tlag (h)",): _pm(0.36, 0.36),
    ("Residual error [ln (ng ml–1)]",): _pm(0.13, 0.13),
}

# Table 5 (https://pmc.ncbi.nlm.nih.gov/articles/PMC6105387/table/T2): "Parameter − Symbol" labels, covariate rows
# under a genotype heading, Bootstrap over Median | 95% CI, then Bias (%)
_GEN, _BSV5, _RV5 = "CYP3A5 genotype on CL/F", "Between-subject variability", "Residual variability"


def _es(v: float, med: float, ci: tuple[float, float], stat: str = _V) -> Cells:
    return {
        ("Estimates", stat): v,
        ("Bootstrap>Median", _MED): med,
        ("Bootstrap>95% CI", "ci_low"): ci[0],
        ("Bootstrap>95% CI", "ci_high"): ci[1],
    }


SYMBOL_LABELS: Gold = {
    ("CL/F (L·h−1) − θCL/F",): _es(16.2, 16.1, (14.3, 18.2)),
    (_GEN, "Intermediate metabolizer − θ2"): _es(1.38, 1.39, (1.14, 1.69)),
    (_GEN, "Extensive metabolizer − θ3"): _es(2.07, 2.10, (1.55, 2.81)),
    ("V/F (L) − θV/F",): _es(198, 195, (158, 241)),
    ("ka (h−1) − θka",): _es(3.86, 3.80, (2.55, 5.31)),
    (_BSV5, "BSV CL/F (CV%) − η1"): _es(33.5, 32.9, (27.8, 37.6), _CV),
    (_BSV5, "BSV V/F (CV%) − η2"): _es(68.2, 67.4, (49.9, 85.1), _CV),
    (_RV5, "Proportional error − ε1"): _es(10.4, 10.3, (9.21, 11.4)),
}

# Table 6 (https://pmc.ncbi.nlm.nih.gov/articles/PMC2000639/table/tbl2): "12.4 (9%)" estimate (%RSE) cells, an IIV
# "(%RSE)" column (a CV by the legend), a "10.2, 14.6" interval column; a covariate-effect row
_PE, _IIV6 = "Population estimate", "Interindividual variability"


def _pe(v: float, ci: tuple[float, float] | None = None, iiv: float | None = None) -> Cells:
    cells: Cells = {(_PE, _V): v}
    if ci is not None:
        cells |= {("95% CI", "ci_low"): ci[0], ("95% CI", "ci_high"): ci[1]}
    return cells | ({(_IIV6, _CV): iiv} if iiv is not None else {})


RSE_IN_CELLS: Gold = {
    ("CL (l h−1)",): _pe(12.4, (10.2, 14.6), 48),
    ("Effect of CrCL on CL",): _pe(0.0071, (0.0037, 0.0105)),
    ("V (l)",): _pe(5.32, (3.94, 6.70), 41),
    ("k12 (h−1)",): _pe(1.64, (1.08, 2.20), 57),
    ("k21 (h−1)",): _pe(1.72, (1.34, 2.10), 66),
    ("Residual variability", "Proportional"): _pe(0.084),
    ("Residual variability", "Additive (mg l−1)"): _pe(0.009),
}

# Table 7 (https://pmc.ncbi.nlm.nih.gov/articles/PMC3853531/table/tbl4): model-building stages as columns, their
# heads naming covariates ("Final model (Sex-prop on V; Race-exp on CL and V)"); "0.033 (0.41)" cells hold the
# estimate and its CV
_BM, _IM, _FM = "Base model", "Intermediate model", "Final model"


def _st(base: float | None, mid: float | None, final: float, stat: str = _V) -> Cells:
    cells: Cells = {(_FM, stat): final}
    cells |= {(_BM, stat): base} if base is not None else {}
    return cells | ({(_IM, stat): mid} if mid is not None else {})


MODEL_STAGES: Gold = {
    ("CL (l h−1)",): _st(0.034, 0.033, 0.031),
    ("V (l)",): _st(0.82, 0.71, 0.79),
    ("t1/2 (h)",): _st(16.7, 14.9, 17.7),
    ("θsex",): _st(None, 0.52, 1.64),
    ("θrace",): _st(None, None, 1.12),
    ("ωCL (CV%)",): _st(98.4, 95.2, 101.3, _CV),
    ("σprop (CV%)",): _st(27.3, 26.8, 24.1, _CV),
}

# Table 8 (https://pmc.ncbi.nlm.nih.gov/articles/PMC1884744/table/tbl3): "Final model" over "Original dataset" and
# "Bootstrap" each over Mean | SE; a "CL/F, θBW" covariate row; "12*" from the basic model (not listed). Each "Mean"
# is a ``mean`` as its head says, as read_back_pk_gold.BOOTSTRAP_SPANS records this form (corrected after first
# contact: this gold first said ``value`` for the original dataset's, against that earlier convention)
_OD, _BS8 = "Original dataset", "Bootstrap"


def _ob(v: float, se: float, mean: float, bse: float) -> Cells:
    return {
        (f"{_OD}>Mean", _MEAN): v,
        (f"{_OD}>SE", "se"): se,
        (f"{_BS8}>Mean", _MEAN): mean,
        (f"{_BS8}>SE", "se"): bse,
    }


MEAN_SE_SPANS: Gold = {
    ("TV(CL/F) (l h−1)",): _ob(41.2, 2.3, 40.8, 3.6),
    ("CL/F, θBW",): _ob(0.74, 0.21, 0.72, 0.25),
    ("TV(Vc/F) (l)",): _ob(68, 6.9, 66.1, 11.8),
    ("TV(Ka) (h−1)",): _ob(1.6, 0.3, 1.7, 0.9),
    ("Residual variability, σ2 (mg l−1)",): _ob(0.044, 0.008, 0.043, 0.009),
    ("ω2CL/F",): _ob(0.21, 0.04, 0.21, 0.04),
    ("ω2Vc/F",): _ob(0.47, 0.12, 0.49, 0.22),
    ("COVCL,V",): _ob(0.24, 0.05, 0.25, 0.09),
}

# Table 9 (https://pmc.ncbi.nlm.nih.gov/articles/PMC8156416/table/T2): a Unit column, covariate effects naming a
# dose ("Effect of 2.5 mg kg−1 on V1") set deeper than their parameter; Bootstrap over Mean | Median | percentiles
_FEP, _BSV9, _RV9 = "Fixed-effect parameters, θ", "Between-subject variability, ω", "Residual variability, σ"


def _fmm(v: float, mean: float | None = None, med: float | None = None, stat: str = _V) -> Cells:
    cells: Cells = {("Final model>Estimate", stat): v}
    cells |= {("Bootstrap>Mean", _MEAN): mean} if mean is not None else {}
    return cells | ({("Bootstrap>Median", _MED): med} if med is not None else {})


DOSE_EFFECTS: Gold = {
    (_FEP, "Ka"): _fmm(9.8, 10.3, 10.1),
    (_FEP, "V1"): _fmm(0.082, 0.080, 0.079),
    (_FEP, "Effect of 2.5 mg kg−1 on V1"): _fmm(1.24, 1.19, 1.21),
    (_FEP, "Effect of 10 mg kg−1 on V1"): _fmm(1.47, 1.45, 1.44),
    (_FEP, "CL"): _fmm(0.071, 0.069, 0.068),
    (_FEP, "Glu effect on CL"): _fmm(-0.22, -0.23, -0.21),
    (_BSV9, "Ka"): _fmm(212.4, stat=_CV),
    (_BSV9, "CL"): _fmm(78.6, stat=_CV),
    (_RV9, "Log-additive residual error"): _fmm(0.46, 0.46, 0.46),
}

GOLD: dict[tuple[str, str], Gold] = {
    ("poppk-sampled-4", "Table 2"): CONDITION_ROWS,
    ("poppk-sampled-4", "Table 3"): UNITS_COLUMN,
    ("poppk-sampled-4", "Table 4"): EQUATION_STUBS,
    ("poppk-sampled-4", "Table 5"): SYMBOL_LABELS,
    ("poppk-sampled-4", "Table 6"): RSE_IN_CELLS,
    ("poppk-sampled-4", "Table 7"): MODEL_STAGES,
    ("poppk-sampled-4", "Table 8"): MEAN_SE_SPANS,
    ("poppk-sampled-4", "Table 9"): DOSE_EFFECTS,
}
NO_ARM = {
    "Estimate", "Estimates", "Bootstrap", _FMP, _BR, "Population mean", "IPV", _PE, _IIV6, "95% CI", _BM, _IM, _FM,
    _OD, "Final model",
}  # fmt: skip
