"""pk-auc-order and pk-vd-cl-halflife, with parameters as rows and as columns."""

from __future__ import annotations

from schemas.records import Record
from tests.checks.factory import cell, findings_of
from tests.checks.seed_records import table3


def pk_rows(
    values: dict[str, tuple[str, str]],
    *,
    group: str = "Day 1 (n = 12)",
    analyte: str = "Drug",
    marks: list[str] | None = None,
) -> list[Record]:
    """Parameters as rows: label -> (raw "mean ± sd", unit)."""
    out: list[Record] = []
    for i, (label, (raw, unit)) in enumerate(values.items()):
        mean, sd = (float(x) for x in raw.split(" ± "))
        out += cell(
            raw,
            {"mean": mean, "sd": sd},
            table="Table 2",
            section="pk",
            row=(group, label),
            column=(analyte,),
            unit=unit,
            marks=list(marks or []),
            bbox=(200.0, 100.0 + 10 * i, 260.0, 108.0 + 10 * i),
        )
    return out


def test_the_seed_pk_table_is_consistent() -> None:
    records = table3()
    assert findings_of(records, "pk-auc-order") == []
    assert findings_of(records, "pk-vd-cl-halflife") == []


def test_auc_to_infinity_below_auc_to_last_is_an_error() -> None:
    records = pk_rows(
        {"AUC0-t (ng·h/mL)": ("1441.7 ± 622.9", "ng·h/mL"), "AUC0-∞ (ng·h/mL)": ("1402.6 ± 613.1", "ng·h/mL")}
    )
    (found,) = findings_of(records, "pk-auc-order")
    assert found.severity == "error"
    assert "mean AUC0–∞ 1402.6 is below AUC0–t 1441.7" in found.message
    assert found.expected == ">= 1441.7" and found.observed == "1402.6"


def test_auc_order_with_a_footnote_mark_is_a_warning() -> None:
    records = pk_rows({"AUClast": ("1441.7 ± 622.9", "ng·h/mL"), "AUCinf": ("1402.6 ± 613.1", "ng·h/mL")}, marks=["a"])
    assert [f.severity for f in findings_of(records, "pk-auc-order")] == ["warning"]


def test_other_groups_and_units_are_not_compared() -> None:
    records = [
        *pk_rows({"AUC0-t": ("1441.7 ± 622.9", "ng·h/mL")}, group="Day 1"),
        *pk_rows({"AUC0-∞": ("1402.6 ± 613.1", "ng·h/mL")}, group="Day 14"),
    ]
    assert findings_of(records, "pk-auc-order") == []
    units = pk_rows({"AUC0-t": ("1441.7 ± 622.9", "ng·h/mL"), "AUC0-∞": ("1.4 ± 0.6", "μg·h/mL")})
    assert findings_of(units, "pk-auc-order") == []


def test_parameters_as_columns_are_grouped_by_row() -> None:
    records = [
        *cell(
            "310",
            {"geometric_mean": 310},
            table="Table 3",
            section="pk",
            row=("Axitinib alone",),
            column=("AUClast (ng·h/mL)",),
            unit="ng·h/mL",
        ),
        *cell(
            "300",
            {"geometric_mean": 300},
            table="Table 3",
            section="pk",
            row=("Axitinib alone",),
            column=("AUCinf (ng·h/mL)",),
            unit="ng·h/mL",
        ),
        *cell(
            "90",
            {"geometric_mean": 90},
            table="Table 3",
            section="pk",
            row=("With rifampin",),
            column=("AUClast (ng·h/mL)",),
            unit="ng·h/mL",
        ),
        *cell(
            "95",
            {"geometric_mean": 95},
            table="Table 3",
            section="pk",
            row=("With rifampin",),
            column=("AUCinf (ng·h/mL)",),
            unit="ng·h/mL",
        ),
    ]
    (found,) = findings_of(records, "pk-auc-order")
    assert "Axitinib alone" in found.message and "geometric_mean AUC0–∞ 300 is below AUC0–t 310" in found.message


def test_volume_far_from_clearance_times_half_life_is_a_warning() -> None:
    consistent = pk_rows(
        {"t1/2 (h)": ("31.9 ± 5.2", "h"), "Vd (L)": ("3.6 ± 1.4", "L"), "CL (L/h)": ("0.080 ± 0.038", "L/h")}
    )
    assert findings_of(consistent, "pk-vd-cl-halflife") == []
    wrong = pk_rows({"t1/2 (h)": ("31.9 ± 5.2", "h"), "Vd (L)": ("36 ± 14", "L"), "CL (L/h)": ("0.080 ± 0.038", "L/h")})
    (found,) = findings_of(wrong, "pk-vd-cl-halflife")
    assert found.severity == "warning"
    assert "0.08 L/h × 31.9 h / 0.693 = 3.682 L (ratio 9.78)" in found.message
    minutes = pk_rows(
        {
            "t1/2 (h)": ("31.9 ± 5.2", "h"),
            "Vz (L)": ("3.6 ± 1.4", "L"),
            "CL (mL/min)": ("1.33 ± 0.5", "mL/min"),
        }
    )
    assert findings_of(minutes, "pk-vd-cl-halflife") == []


def test_unknown_or_mixed_units_are_not_compared() -> None:
    no_units = pk_rows({"t1/2": ("31.9 ± 5.2", ""), "Vd": ("36 ± 14", ""), "CL": ("0.080 ± 0.038", "")})
    assert findings_of(no_units, "pk-vd-cl-halflife") == []
    apparent = pk_rows(
        {"t1/2 (h)": ("31.9 ± 5.2", "h"), "Vz/F (L)": ("36 ± 14", "L"), "CL (L/h)": ("0.080 ± 0.038", "L/h")}
    )
    assert findings_of(apparent, "pk-vd-cl-halflife") == []
