"""What must be read from tests/typeset/read_back/short-tails-4.html (short tails under a repeated header; the fourth
instance set, written before the page was first read back): Tables 1 and 2 of read_back_short_tails_gold.py, whose
values the page repeats."""

from __future__ import annotations

from tests.extraction.read_back_gold import Gold
from tests.extraction.read_back_short_tails_gold import GOLD as ONE

GOLD: dict[str, Gold] = {"Table 1": ONE["Table 1"], "Table 2": ONE["Table 2"]}
SECTIONS = {"Table 1": "demographics", "Table 2": "adverse_events"}
