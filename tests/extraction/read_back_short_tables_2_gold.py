"""What must be read from tests/typeset/read_back/short-tables-2.html: captioned tables of one or two data rows in a
Lancet-like document that sets every caption below its table (middle-dot decimals), full width over two column
tables or over two-column prose, one column wide beside prose. Written from the numbers the page was made from,
before it was first read back; the format of read_back_gold.py. Table 6's caption is under a picture: no value."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold


def _np(arm: str, n: int, pct: float) -> dict[tuple[str, str], float]:
    return {(arm, "count"): n, (arm, "percent"): pct}


GOLD: dict[str, Gold] = {
    "Table 1": {
        ("Cardiovascular death or worsening heart failure requiring intravenous therapy",): {
            **_np("Zendarit", 52, 21.3),
            **_np("Placebo", 77, 32.2),
            ("Hazard ratio", "hr"): 0.62,
            ("Hazard ratio", "ci_low"): 0.44,
            ("Hazard ratio", "ci_high"): 0.88,
            ("P Value", "p"): 0.007,
        },
        ("Cardiovascular death",): {
            **_np("Zendarit", 19, 7.8),
            **_np("Placebo", 27, 11.3),
            ("Hazard ratio", "hr"): 0.68,
            ("Hazard ratio", "ci_low"): 0.38,
            ("Hazard ratio", "ci_high"): 1.23,
            ("P Value", "p"): 0.20,
        },
    },
    "Table 2": {
        ("Age, years",): {
            ("Zendarit", "mean"): 71.2,
            ("Zendarit", "sd"): 9.8,
            ("Placebo", "mean"): 70.6,
            ("Placebo", "sd"): 10.1,
        },
        ("Women",): {**_np("Zendarit", 88, 36.1), **_np("Placebo", 83, 34.7)},
        ("Diabetes",): {**_np("Zendarit", 101, 41.4), **_np("Placebo", 97, 40.6)},
        ("Atrial fibrillation",): {**_np("Zendarit", 112, 45.9), **_np("Placebo", 106, 44.4)},
    },
    "Table 3": {
        ("Hyperkalaemia",): {**_np("Zendarit", 23, 9.4), **_np("Placebo", 9, 3.8)},
        ("Hypotension",): {**_np("Zendarit", 31, 12.7), **_np("Placebo", 18, 7.5)},
        ("Acute kidney injury",): {**_np("Zendarit", 14, 5.7), **_np("Placebo", 12, 5.0)},
    },
    "Table 4": {
        ("Stroke or systemic embolism",): {
            **_np("Lonafiban", 14, 2.7),
            **_np("Aspirin", 29, 5.7),
            ("Risk ratio", "rr"): 0.48,
            ("Risk ratio", "ci_low"): 0.26,
            ("Risk ratio", "ci_high"): 0.90,
            ("P Value", "p"): 0.021,
        },
    },
    "Table 5": {
        ("Major bleeding",): {**_np("Lonafiban", 9, 1.8), **_np("Aspirin", 7, 1.4)},
        ("Clinically relevant non-major bleeding",): {**_np("Lonafiban", 21, 4.1), **_np("Aspirin", 15, 3.0)},
    },
    "Table 7": {
        ("Sustained virological response at 12 weeks",): {
            **_np("Velbrutide", 148, 92.5),
            **_np("Placebo", 4, 2.5),
            ("~Difference", "value"): 90.0,
            ("~Difference", "ci_low"): 85.1,
            ("~Difference", "ci_high"): 94.9,
        },
        ("Patients with cirrhosis", "Sustained virological response at 12 weeks"): {
            **_np("Velbrutide", 37, 88.1),
            **_np("Placebo", 1, 2.6),
            ("~Difference", "value"): 85.5,
            ("~Difference", "ci_low"): 74.6,
            ("~Difference", "ci_high"): 96.4,
        },
    },
    "Table 8": {
        ("Virological relapse",): {**_np("Velbrutide", 6, 3.8), ("Placebo", "count"): 0},
    },
}
