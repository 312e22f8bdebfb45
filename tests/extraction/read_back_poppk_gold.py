"""What must be read from the sampled population-PK parameter tables (tests/typeset/read_back/poppk-sampled.html and
poppk-sampled-2.html), written from the HTML before the pages were first read back, in the form of
`tests/extraction/read_back_gold.py` (row path -> {(column words, statistic): value}).

Each table's form was sampled from a real pop-PK parameter table (20 tables of 12 journals read with the `search`
tool, corpus "pages"; the address of the one that showed each form is beside it here and in the HTML); drugs,
numbers and wording are this module's own.

What a reviewer files, as the existing PK golds do (read_back_pk_gold.py, read_back_gold.POPPK_FINAL):
- a model's estimate (typical value, "Estimate", "Value", a covariate effect, a variance ω², a correlation, a
  residual error given in its units or as "(%)" with no CV named) is a ``value``;
- a between-subject, inter-individual or inter-occasion variability stated as a CV ("IIV (%CV)", "ωCL (%)" under
  "Between-subject variability", "Interindividual variability (%)", "CV (%)" under an IIV span) is a
  ``cv_percent``; a variance printed with its CV ("0.142 (37.7% CV)") is both;
- a bootstrap column that names its estimate ("Median", "Mean bootstrap estimate") is that statistic; its interval
  and a model's own "95% CI" column are ``ci_low``/``ci_high``; a bootstrap "Typical value" is a ``value``;
- not listed (a record there is an extra): RSEs, shrinkages, bias %, "—", "n.a.", a "Fixed (0.6 × V1)" formula
  cell, the "(n = …)" of a head.
"""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_V, _CV = "value", "cv_percent"


def _est_ci(head: str, stat: str, v: float, ci: tuple[float, float] | None) -> Cells:
    cells: Cells = {(f"{head}>Estimate", stat): v}
    if ci is not None:
        cells |= {(f"{head}>95% CI", "ci_low"): ci[0], (f"{head}>95% CI", "ci_high"): ci[1]}
    return cells


def _boot(head: str, stat: str, v: float, ci: tuple[float, float]) -> Cells:
    ci_head = f"{head}>95% CI"
    return {(f"{head}>{stat.title()}", stat): v, (ci_head, "ci_low"): ci[0], (ci_head, "ci_high"): ci[1]}


# Table 2: "Final model" over Estimate | RSE (%) | 95% CI, "Bootstrap" over Median | 95% CI, then Bias (%); a fixed
# parameter "3.20 fixed" with dashes; a negative estimate printed in brackets; ω rows "(%)" under their group
# (https://pmc.ncbi.nlm.nih.gov/articles/PMC9681907/table/T4)
_FM, _BS = "Final model", "Bootstrap"
_SM, _BSV, _RE = "Structural model", "Between-subject variability", "Residual error"


def _fb(stat: str, v: float, ci: tuple[float, float] | None, med: float, bci: tuple[float, float]) -> Cells:
    return _est_ci(_FM, stat, v, ci) | _boot(_BS, "median", med, bci)


FINAL_BOOTSTRAP: Gold = {
    (_SM, "ka (h−1)"): {(f"{_FM}>Estimate", _V): 3.20},
    (_SM, "CL/F (L h−1)"): _fb(_V, 18.6, (16.3, 20.9), 18.4, (16.1, 21.2)),
    (_SM, "V/F (L)"): _fb(_V, 742, (599, 885), 736, (604, 902)),
    (_SM, "θALB on CL/F"): _fb(_V, -0.384, (-0.546, -0.222), -0.379, (-0.551, -0.214)),
    (_SM, "θAGE on V/F"): _fb(_V, -0.142, (-0.227, -0.057), -0.139, (-0.231, -0.049)),
    (_BSV, "ωCL/F (%)"): _fb(_CV, 31.4, None, 30.8, (25.9, 36.2)),
    (_BSV, "ωV/F (%)"): _fb(_CV, 46.7, None, 45.9, (34.8, 57.1)),
    (_RE, "Proportional (%)"): _fb(_V, 22.5, None, 22.3, (19.8, 25.0)),
}

# Table 3: Parameter | Value | RSE (%) | "Inter-individual variability" over CV (%)ᵃ | RSE (%) | Shrinkage (%); θ
# covariate rows with subscripts, "0.75ᵇ" with "ᵇFixed value", "n.a." RSEs, residual errors in the same columns
# (https://pmc.ncbi.nlm.nih.gov/articles/PMC8585847/table/Tab2)
_IIVCV = "Inter-individual variability>CV"


def _vc(v: float, cv: float | None = None) -> Cells:
    return {("Value", _V): v} | ({(_IIVCV, _CV): cv} if cv is not None else {})


VALUE_IIV_SPAN: Gold = {
    ("CL/F (L/h)",): _vc(2.31, 28.4),
    ("V/F (L)",): _vc(61.8, 19.7),
    ("ka (1/h)",): _vc(0.87, 96),
    ("θCL,age",): _vc(-0.352),
    ("θCL,weight",): _vc(0.75),
    ("θV,weight",): _vc(1.00),
    ("θV,sex",): _vc(0.874),
    ("θF,dose>50 mg",): _vc(0.812),
    ("Proportional error (%)",): _vc(18.2),
    ("Additive error (ng/mL)",): _vc(0.41),
}

# Table 4: a group heading per parameter's equation ("Clearance (CL) = θ1 (L/h)") over its θ and ω² rows; the ω²
# printed with its CV ("0.142 (37.7% CV)"), RSEs as "12%", a bootstrap head "median [95% CI]" over "5.71 [4.48–7.10]"
# cells (https://pmc.ncbi.nlm.nih.gov/articles/PMC7304296/table/T4)
_FE, _BM = "Final model estimate", "Bootstrap"
_CLG, _VG = "Clearance (CL) = θ1 (L/h)", "Central volume (V) = θ2 (L)"
_KAG, _FG, _RV = "Absorption rate constant (ka) = θ3 (h−1)", "Bioavailability (F) = θ4", "Residual variability"


def _eq(v: float, med: float, ci: tuple[float, float], cv: float | None = None) -> Cells:
    cells: Cells = {(_FE, _V): v, (_BM, "median"): med, (_BM, "ci_low"): ci[0], (_BM, "ci_high"): ci[1]}
    return cells | ({(_FE, _CV): cv} if cv is not None else {})


EQUATION_GROUPS: Gold = {
    (_CLG, "θ1"): _eq(5.82, 5.71, (4.48, 7.10)),
    (_CLG, "ω2"): _eq(0.142, 0.128, (0.041, 0.236), cv=37.7),
    (_VG, "θ2"): _eq(48.3, 47.6, (38.9, 57.2)),
    (_KAG, "θ3"): {(_FE, _V): 1.12},
    (_FG, "θ4"): _eq(0.764, 0.752, (0.561, 0.942)),
    (_RV, "σ2 proportional"): _eq(0.049, 0.047, (0.030, 0.069)),
}

# Table 5: "Final model" over Typical value | RSE (%) | IIV (%CV) | RSE (%) | Shrinkage (%), "Bootstrap analysis" over
# Typical value | 95% CI: a parameter's variability on its own row; a volume "Fixed (0.6 × V1)"; negative covariate
# effects with "to" intervals (https://pmc.ncbi.nlm.nih.gov/articles/PMC8246728/table/cpt2096-tbl-0002)
_FMT, _FMI, _BAT, _BAC = "Final model>Typical value", "Final model>IIV", "Bootstrap analysis>Typical value", "95% CI"


def _tv(v: float, boot: float, ci: tuple[float, float], iiv: float | None = None) -> Cells:
    cells: Cells = {(_FMT, _V): v, (_BAT, _V): boot, (_BAC, "ci_low"): ci[0], (_BAC, "ci_high"): ci[1]}
    return cells | ({(_FMI, _CV): iiv} if iiv is not None else {})


TYPICAL_VALUE_SPANS: Gold = {
    ("Clearance (CL, L/day)",): _tv(0.214, 0.213, (0.199, 0.229), 29.6),
    ("Central volume (V1, L)",): _tv(3.41, 3.40, (3.22, 3.60), 18.3),
    ("Intercompartmental clearance (Q, L/day)",): _tv(0.752, 0.748, (0.641, 0.869)),
    ("Albumin on CL",): _tv(-0.962, -0.958, (-1.18, -0.741)),
    ("Body weight on CL",): _tv(0.612, 0.606, (0.437, 0.781)),
    ("Body weight on V1",): _tv(0.548, 0.551, (0.379, 0.720)),
    ("Residual variability", "Proportional residual error SD"): _tv(0.184, 0.183, (0.174, 0.193)),
}

# Table 6: "Final model" over Final estimate | Relative standard error (%), "Bootstrap (n = 1000)" over Median |
# 95% confidence interval; a parameter heading over its covariate equation's θs; "Interindividual variability (%)"
# and "Interoccasion variability (%)" groups (https://pmc.ncbi.nlm.nih.gov/articles/PMC3690111/table/tbl2)
_FEST, _BMED, _BCI = "Final estimate", "Bootstrap>Median", "95% confidence interval"


def _fe(v: float, med: float, ci: tuple[float, float], stat: str = _V) -> Cells:
    return {(_FEST, stat): v, (_BMED, "median"): med, (_BCI, "ci_low"): ci[0], (_BCI, "ci_high"): ci[1]}


_CLH, _VH = "Apparent clearance, CL/F (L h−1)", "Apparent central volume, V/F (L)"
_IIVP, _IOVP = "Interindividual variability (%)", "Interoccasion variability (%)"
COVARIATE_EQUATIONS: Gold = {
    ("Absorption rate constant, ka (h−1)",): _fe(1.46, 1.44, (1.27, 1.66)),
    (_CLH, "CL/Fstd"): _fe(9.84, 9.80, (9.02, 10.7)),
    (_CLH, "θWT"): _fe(0.781, 0.776, (0.602, 0.951)),
    (_VH, "V/Fstd"): _fe(27.5, 27.2, (23.1, 31.6)),
    (_IIVP, "CL/F"): _fe(24.6, 24.1, (18.2, 30.5), _CV),
    (_IIVP, "V/F"): _fe(41.2, 40.3, (29.8, 51.9), _CV),
    (_IOVP, "CL/F"): _fe(17.2, 16.9, (12.8, 21.4), _CV),
    ("Residual proportional (%)",): _fe(21.4, 21.3, (19.6, 23.1)),
}

# Table 7: two populations as columns, "Adults (%RSE) (n = 31)" over "12.8 (7)" and "Children (n = 26)" over scaled
# values; "1 (fixed)", "0.05 (fixed)", IIV and IOV rows "(%CV)" (https://aac.asm.org/highwire/markup/201371/expansion)
_AD, _CH = "Adults", "Children"


def _ac(adult: float, child: float | None = None, stat: str = _V) -> Cells:
    return {(_AD, stat): adult} | ({(_CH, stat): child} if child is not None else {})


POPULATION_COLUMNS: Gold = {
    ("CL (L/h)",): _ac(12.8, 6.41),
    ("Vc (L)",): _ac(38.5, 17.9),
    ("Q (L/h)",): _ac(4.62, 2.31),
    ("Vp (L)",): _ac(61.0, 28.4),
    ("ka (1/h)",): _ac(0.94),
    ("F",): _ac(1),
    ("Proportional error (%)",): _ac(21.7),
    ("Additive error (mg/L)",): _ac(0.05),
    ("IIV CL (%CV)",): _ac(27.3, stat=_CV),
    ("IOV F (%CV)",): _ac(33.8, stat=_CV),
}

# Table 8: "Base model (RSE %) [shrinkage]" and "Final model (RSE %) [shrinkage]": the estimate, its RSE in round
# brackets and a variability's shrinkage in square ones in one cell ("35.2 (7) [9]"); covariate effects only in
# the final model ("—") (https://pmc.ncbi.nlm.nih.gov/articles/PMC6379219/table/bcp13838-tbl-0002)
_BASE, _FIN = "Base model", "Final model"


def _bf(base: float | None, final: float, stat: str = _V) -> Cells:
    return ({(_BASE, stat): base} if base is not None else {}) | {(_FIN, stat): final}


_COVCL, _IIV, _RES = "Covariate effect on CL", "IIV (%)", "Residual variability"
BRACKETED_SHRINKAGE: Gold = {
    ("tlag (h)",): _bf(0.31, 0.36),
    ("ka (h−1)",): _bf(2.94, 3.12),
    ("CL/F (L/h)",): _bf(21.4, 19.8),
    ("V1/F (L)",): _bf(588, 604),
    (_COVCL, "CYP3A5 expresser"): _bf(None, 1.58),
    (_COVCL, "Haematocrit (L/L)"): _bf(None, -0.81),
    (_IIV, "CL/F"): _bf(44.1, 35.2, _CV),
    (_IIV, "V1/F"): _bf(52.6, 50.4, _CV),
    (_RES, "Proportional (%)"): _bf(19.2, 18.6),
    (_RES, "Additive (µg/L)"): _bf(0.93, 0.87),
}

# Table 9: Final model estimate | Mean bootstrap estimate | RSE % | Bootstrap 95% CI ("11.8, 16.3"); a
# "Correlations" group ("CL/F ~ V1/F"), variabilities "(CV %)" in their labels
# (https://pmc.ncbi.nlm.nih.gov/articles/PMC4243902/table/tbl2)
_FME, _MBE, _BCI95 = "Final model estimate", "Mean bootstrap estimate", "Bootstrap 95% CI"


def _mb(v: float, mean: float, ci: tuple[float, float], stat: str = _V) -> Cells:
    return {(_FME, stat): v, (_MBE, "mean"): mean, (_BCI95, "ci_low"): ci[0], (_BCI95, "ci_high"): ci[1]}


_BSV9 = "Between subject variability"
MEAN_BOOTSTRAP: Gold = {
    ("CL/F (L/h)",): _mb(14.2, 14.0, (11.8, 16.3)),
    ("V1/F (L)",): _mb(108, 106, (83.4, 129)),
    ("ka (h−1)",): _mb(0.88, 0.90, (0.74, 1.07)),
    ("tlag (h)",): _mb(0.46, 0.46, (0.43, 0.50)),
    ("Covariate effects on clearance", "CYP3A5 expresser (factor)"): _mb(1.27, 1.26, (1.09, 1.44)),
    (_BSV9, "CL/F (CV %)"): _mb(38, 38, (33, 44), _CV),
    (_BSV9, "V1/F (CV %)"): _mb(51, 50, (39, 61), _CV),
    ("Correlations", "CL/F ~ V1/F"): _mb(0.46, 0.44, (0.24, 0.63)),
    ("Residual error", "Proportional error (%)"): _mb(15.3, 15.2, (13.9, 16.8)),
}

GOLD: dict[tuple[str, str], Gold] = {
    ("poppk-sampled", "Table 2"): FINAL_BOOTSTRAP,
    ("poppk-sampled", "Table 3"): VALUE_IIV_SPAN,
    ("poppk-sampled", "Table 4"): EQUATION_GROUPS,
    ("poppk-sampled", "Table 5"): TYPICAL_VALUE_SPANS,
    ("poppk-sampled", "Table 6"): COVARIATE_EQUATIONS,
    ("poppk-sampled", "Table 7"): POPULATION_COLUMNS,
    ("poppk-sampled", "Table 8"): BRACKETED_SHRINKAGE,
    ("poppk-sampled", "Table 9"): MEAN_BOOTSTRAP,
}

# column heads that name no group: model estimates, bootstrap results, intervals
NO_ARM = set({
    _FM, _BS, _FE, _BM, "Value", "Inter-individual variability", "Final model", "Bootstrap analysis", _BAC, _FEST,
    _BCI, _BASE, _FIN, _FME, _MBE, _BCI95,
})  # fmt: skip


# The second instance set (tests/typeset/read_back/poppk-sampled-2.html), written before it was first read: forms of
# the same families from other papers.

# Table 2: two drugs as column spans, each over "Estimated value | Relative S.E. (%)", a text "Definition" column
# beside the stub, "1, Fixed" and "N.A." cells, a covariance row
# (http://jpet.aspetjournals.org/highwire/markup/118007/expansion)
_FV, _PG = "Ferovirin", "Pegferovirin"


def _two(a: float, b: float) -> Cells:
    return {(f"{_FV}>Estimated value", _V): a, (f"{_PG}>Estimated value", _V): b}


TWO_DRUG_SPANS: Gold = {
    ("ka, h−1",): _two(1.42, 0.093),
    ("Vc, mL/kg",): _two(1540, 104),
    ("CL, mL/kg/h",): _two(296, 3.48),
    ("F",): _two(0.74, 1),
    ("ω2CL",): _two(0.118, 0.031),
    ("covCL_Vc",): _two(0.052, 0),
}

# Table 3: a "Units" column, "Final model parameter estimate (RSE%)" over "24.8 (6.9%)", "Median (95% CI) bootstrap
# result", groups of disposition and absorption parameters, "1.8 FIX", an ω² row whose unit is "%"
# (https://pmc.ncbi.nlm.nih.gov/articles/PMC11447946/table/T4)
_FPE, _MBR = "Final model parameter estimate", "bootstrap result"
_DP, _AP, _BPV = "Disposition parameters", "Absorption parameters", "Between-patient variability"


def _ub(v: float, med: float | None = None, ci: tuple[float, float] | None = None, stat: str = _V) -> Cells:
    cells: Cells = {(_FPE, stat): v}
    if med is not None and ci is not None:
        cells |= {(_MBR, "median"): med, (_MBR, "ci_low"): ci[0], (_MBR, "ci_high"): ci[1]}
    return cells


UNITS_COLUMN: Gold = {
    (_DP, "CL/F"): _ub(24.8, 24.6, (21.5, 28.3)),
    (_DP, "Vc/F"): _ub(312, 309, (248, 401)),
    (_DP, "Q/F"): _ub(46.2, 47.1, (28.8, 79.4)),
    (_AP, "ka"): _ub(1.8),
    (_AP, "Lag time"): _ub(0.38, 0.37, (0.29, 0.44)),
    (_BPV, "ω2 CL"): _ub(29.4, 28.9, (24.1, 34.6), _CV),
    ("Proportional residual error",): _ub(24.6, 24.3, (21.9, 26.8)),
}

# Table 4: Population mean | RSE (%) | Shrinkage (%) | IPV (%) | RSE (%) | "Bootstrap (n = 2000)" over Median | 5th |
# 95th, "-" where not estimated (https://pmc.ncbi.nlm.nih.gov/articles/PMC4594699/table/tbl2); the 5th and 95th
# percentiles are not listed (the vocabulary has no percentile)
_PM, _IPV, _BMD = "Population mean", "IPV", "Bootstrap>Median"


def _pm(v: float, med: float, ipv: float | None = None) -> Cells:
    return {(_PM, _V): v, (_BMD, "median"): med} | ({(_IPV, _CV): ipv} if ipv is not None else {})


POPULATION_MEAN_IPV: Gold = {
    ("ka (h−1)",): _pm(0.61, 0.60, 41),
    ("V/F (L)",): _pm(231, 228, 58),
    ("CL/F (L h−1)",): _pm(12.9, 13.0),
    ("Q/F (L h−1)",): _pm(35.1, 35.4),
    ("tlag (h)",): _pm(0.42, 0.42),
    ("Residual error [ln (ng mL−1)]",): _pm(0.14, 0.14),
}

# Table 5: "Parameter − Symbol" labels ("CL/F (L·h−1) − θCL/F", "BSV CL/F (CV%) − η1"), "Population modeling" over
# Estimates | RSE (%), "Bootstrap (n = 1000)" over Median | 95% CI | Bias (%), intervals "18.9 – 23.8"
# (https://pmc.ncbi.nlm.nih.gov/articles/PMC6105387/table/T2)
_PMO, _BT = "Population modeling>Estimates", "Bootstrap"


def _sym(v: float, med: float, ci: tuple[float, float], stat: str = _V) -> Cells:
    return {
        (_PMO, stat): v,
        (f"{_BT}>Median", "median"): med,
        (f"{_BT}>95% CI", "ci_low"): ci[0],
        (f"{_BT}>95% CI", "ci_high"): ci[1],
    }


_BSV5, _RV5 = "Between-subject variability", "Residual variability"
SYMBOL_LABELS: Gold = {
    ("CL/F (L·h−1) − θCL/F",): _sym(21.3, 21.1, (18.9, 23.8)),
    ("V/F (L) − θV/F",): _sym(251, 248, (206, 297)),
    ("ka (h−1) − θka",): _sym(3.84, 3.79, (2.61, 5.40)),
    (_BSV5, "BSV CL/F (CV%) − η1"): _sym(34.2, 33.6, (28.4, 39.0), _CV),
    (_BSV5, "BSV V/F (CV%) − η2"): _sym(71.5, 70.2, (52.3, 88.1), _CV),
    (_RV5, "Proportional error − ε1"): _sym(10.4, 10.3, (9.3, 11.4)),
}

# Table 6: "Structural model (shrinkage)" | "Final model (shrinkage)" | "Bootstrap estimate (95% CI)": a variability's
# shrinkage in square brackets after it ("44.1 [29]"), fixed parameters (ᵃ) repeated in every column, "– 1.18"
# with a spaced minus, "to" intervals (https://pmc.ncbi.nlm.nih.gov/articles/PMC9232416/table/Tab2)
_STR, _FIN6, _BE = "Structural model", "Final model", "Bootstrap estimate"


def _sfb(s: float | None, f: float, b: float, ci: tuple[float, float] | None = None, stat: str = _V) -> Cells:
    cells: Cells = {(_FIN6, stat): f, (_BE, stat): b} | ({(_STR, stat): s} if s is not None else {})
    return cells | ({(_BE, "ci_low"): ci[0], (_BE, "ci_high"): ci[1]} if ci else {})


_COVR, _IIV6, _RES6 = "Covariate effect on RWB:IC", "IIV (%)", "Residual variability"
SHRINKAGE_IN_BRACKETS: Gold = {
    ("tlag (h)",): _sfb(0.42, 0.42, 0.42),
    ("CL/F (L h–1)",): _sfb(19.6, 19.6, 19.6),
    ("RWB:IC",): _sfb(11800, 13400, 13310, (11920, 14870)),
    (_COVR, "Lean body weight"): _sfb(None, 0.96, 0.95, (0.52, 1.41)),
    (_COVR, "Haematocrit"): _sfb(None, -1.18, -1.16, (-1.89, -0.44)),
    (_IIV6, "CL"): _sfb(36.4, 36.4, 36.4, stat=_CV),
    (_IIV6, "RWB:IC"): _sfb(44.1, 39.6, 38.2, (22.5, 53.0), _CV),
    (_RES6, "Proportional IC"): _sfb(0.214, 0.193, 0.188, (0.146, 0.222)),
}

# Table 7: a "Unit" column beside the stub, "Final model" over Estimate | %RSE, "Bootstrap (n = 500)" over Mean |
# Median | 2.5th–97.5th percentiles; groups "Fixed-effect parameters, θ", "Between-subject variability, ω" (unit
# "%"), "Residual variability, σ" (https://pmc.ncbi.nlm.nih.gov/articles/PMC8156416/table/T2); the percentile
# interval is not listed
_FX, _BSVW, _RVS = "Fixed-effect parameters, θ", "Between-subject variability, ω", "Residual variability, σ"


def _um(v: float, mean: float | None = None, med: float | None = None, stat: str = _V) -> Cells:
    cells: Cells = {("Final model>Estimate", stat): v}
    if mean is not None and med is not None:
        cells |= {("Bootstrap>Mean", "mean"): mean, ("Bootstrap>Median", "median"): med}
    return cells


UNIT_COLUMN_BOOTSTRAP: Gold = {
    (_FX, "Ka"): _um(9.82, 10.3, 10.0),
    (_FX, "V1"): _um(0.081, 0.079, 0.078),
    (_FX, "CL1"): _um(0.072, 0.070, 0.069),
    (_BSVW, "Ka"): _um(212.4, stat=_CV),
    (_BSVW, "V1"): _um(88.6, stat=_CV),
    (_BSVW, "CL1"): _um(74.9, stat=_CV),
    (_RVS, "Log-additive residual error"): _um(0.46, 0.46, 0.46),
}

# Table 8: Estimate | RSE (%) | 95%CI | BSV (%) | RUV: two models as row groups, the residual error in a column of
# its own ("12.9%", "0.52 mg day−1": not listed, a residual error's scale the table does not state), "3.60 fixed"
# (https://pmc.ncbi.nlm.nih.gov/articles/PMC9681907/table/T3)
_LIN, _MM = "Linear model", "Michaelis–Menten model"


def _lm(v: float, ci: tuple[float, float] | None = None, bsv: float | None = None) -> Cells:
    cells: Cells = {("Estimate", _V): v}
    if ci is not None:
        cells |= {("95%CI", "ci_low"): ci[0], ("95%CI", "ci_high"): ci[1]}
    return cells | ({("BSV", _CV): bsv} if bsv is not None else {})


RUV_COLUMN: Gold = {
    (_LIN, "CL/F (L h−1)"): _lm(412, (379, 445), 38.6),
    (_LIN, "V/F (L)"): _lm(9820, (7645, 11995), 58.1),
    (_LIN, "Ka (h−1)"): _lm(3.60),
    (_MM, "Vm (mg day−1)"): _lm(5.84, (5.11, 6.57)),
    (_MM, "Km (ng mL−1)"): _lm(7.02, (5.26, 8.78), 69.3),
}

GOLD |= {
    ("poppk-sampled-2", "Table 2"): TWO_DRUG_SPANS,
    ("poppk-sampled-2", "Table 3"): UNITS_COLUMN,
    ("poppk-sampled-2", "Table 4"): POPULATION_MEAN_IPV,
    ("poppk-sampled-2", "Table 5"): SYMBOL_LABELS,
    ("poppk-sampled-2", "Table 6"): SHRINKAGE_IN_BRACKETS,
    ("poppk-sampled-2", "Table 7"): UNIT_COLUMN_BOOTSTRAP,
    ("poppk-sampled-2", "Table 8"): RUV_COLUMN,
}
NO_ARM |= {_FPE, _MBR, _PM, _IPV, "Bootstrap", "Population modeling", _STR, _BE, "Estimate", "95%CI", "BSV"}
