"""What must be read from the third instance set of sampled population-PK tables
(tests/typeset/read_back/poppk-sampled-3.html), written from the HTML before the page was first read back, in the
form of `tests/extraction/read_back_gold.py` (row path -> {(column words, statistic): value}) and by the rules of
`tests/extraction/read_back_poppk_gold.py` (an estimate, a variance ω² or ε² is a ``value``; a variability stated
as a CV is a ``cv_percent``; RSEs, "Error (CV%)", "NA", "n.a." are not listed).

Sub- and superscripts belong to the word they touch ("ωCL2", "εprop-22", "θF,dose≥20 mg"), a footnote mark after a
subscript is no part of the label ("tlag (h)"), an equation row over its θ rows is no group of theirs, and the words
of a "Description" column are no part of the row label.
"""

from __future__ import annotations

from tests.extraction.read_back_gold import Cells, Gold

_V, _CV = "value", "cv_percent"

# Table 2 (https://aac.asm.org/highwire/markup/47907/expansion): Base model | Final model over Estimate | Error (CV%)
_PM, _ISV, _RE = "Population mean", "Intersubject variability", "Residual error"


def _bf(base: float | None, final: float) -> Cells:
    cells: Cells = {("Final model>Estimate", _V): final}
    return cells | ({("Base model>Estimate", _V): base} if base is not None else {})


BASE_FINAL: Gold = {
    (_PM, "CL (liter/h)"): _bf(0.412, 0.398),
    (_PM, "V1 (liter)"): _bf(2.34, 2.29),
    (_PM, "Fixed-effect exponent of ALT"): _bf(None, -0.0713),
    (_ISV, "ωCL2"): _bf(0.0912, 0.0847),
    (_ISV, "ωV12"): _bf(0.781, 0.764),
    (_RE, "εprop2"): _bf(0.0288, 0.0281),
    (_RE, "εprop-22"): _bf(0.114, 0.117),
}

# Table 3 (https://pmc.ncbi.nlm.nih.gov/articles/PMC7304296/table/T4, a Description column as in
# http://jpet.aspetjournals.org/highwire/markup/118007/expansion): equation rows at the θ rows' indent
_CLG, _VG, _IIV = "Clearance", "Central volume", "Inter-individual variability"


def _eci(v: float, ci: tuple[float, float], stat: str = _V) -> Cells:
    return {("Estimate", stat): v, ("95% CI", "ci_low"): ci[0], ("95% CI", "ci_high"): ci[1]}


EQUATIONS_DESCRIPTIONS: Gold = {
    (_CLG, "θ1 (L/h)"): _eci(7.84, (7.06, 8.62)),
    (_CLG, "θ2"): _eci(0.0061, (0.0039, 0.0083)),
    (_VG, "θ3 (L)"): _eci(96.2, (82.2, 110)),
    (_VG, "θ4"): _eci(-0.388, (-0.575, -0.201)),
    (_IIV, "ηCL (%CV)"): _eci(27.8, (21.6, 34.0), _CV),
}

# Table 4 (https://pmc.ncbi.nlm.nih.gov/articles/PMC8156416/table/T2, marks after subscripts as in
# https://pmc.ncbi.nlm.nih.gov/articles/PMC9232416/table/Tab2)
_BSV = "Between-subject variability"


def _eb(v: float, med: float, ci: tuple[float, float], stat: str = _V) -> Cells:
    return {
        ("Estimate", stat): v,
        ("Bootstrap median", "median"): med,
        ("95% CI", "ci_low"): ci[0],
        ("95% CI", "ci_high"): ci[1],
    }


MARKED_SUBSCRIPTS: Gold = {
    ("tlag (h)",): _eb(0.28, 0.28, (0.24, 0.33)),
    ("ka (h−1)",): _eb(1.94, 1.90, (1.41, 2.55)),
    ("Vc/F (L)",): _eb(61.5, 60.9, (51.7, 72.4)),
    ("CL/F (L/h)",): _eb(5.12, 5.09, (4.68, 5.55)),
    ("Glucose effect on Vc",): _eb(-0.24, -0.23, (-0.41, -0.07)),
    (_BSV, "ωka (CV%)"): _eb(48.2, 47.5, (33.1, 61.8), _CV),
    (_BSV, "ωCL/F (CV%)"): _eb(31.7, 31.2, (25.4, 37.9), _CV),
}

# Table 5 (https://pmc.ncbi.nlm.nih.gov/articles/PMC8585847/table/Tab2): θ with a subscript of two words
COVARIATE_THETAS: Gold = {
    ("CL/F (L/h)",): {("Value", _V): 3.06},
    ("θCL,eGFR",): {("Value", _V): 0.412},
    ("θF,dose≥20 mg",): {("Value", _V): 0.781},
    ("θV,weight",): {("Value", _V): 1.00},
    ("θka,food",): {("Value", _V): 0.455},
}

GOLD: dict[tuple[str, str], Gold] = {
    ("poppk-sampled-3", "Table 2"): BASE_FINAL,
    ("poppk-sampled-3", "Table 3"): EQUATIONS_DESCRIPTIONS,
    ("poppk-sampled-3", "Table 4"): MARKED_SUBSCRIPTS,
    ("poppk-sampled-3", "Table 5"): COVARIATE_THETAS,
}
NO_ARM = {"Base model", "Final model", "Estimate", "95% CI", "Bootstrap median", "Value"}
