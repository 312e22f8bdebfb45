"""Arithmetic consistency checks over extracted records: the errors trial papers print.

``run_checks(records)`` runs every check of ``CATALOGUE`` over a paper's records (pure Python: no PDF, no
database, no network) and returns its findings, errors first, then by page. Each finding names the check, the
numbers involved with their page and bounding box, what was expected and what is printed, and the tolerance.

Severity policy
---------------
- **error**: arithmetic that cannot be true under any legitimate reading of the numbers: a percentage that
  no legitimate rounding of n/N gives (for n/N statements, against their own N), exclusive categories that
  add up to more than their N, a total column that is not the sum of its arms, ORR ≠ CR + PR, an estimate
  outside its own CI, a later survival rate above an earlier one, a subset larger than its superset,
  AUC0–∞ below AUC0–t, the text quoting a value the table contradicts.
- **warning**: suspicious but explicable: categories short of N (missing data), a percentage that fits another
  N the paper prints (a subgroup or evaluable N), a DCR short of CR + PR + SD (a minimum SD duration), a CI
  that is the exact interval at another level or of another N, Vz ≠ CL·t½/ln 2 beyond ±35%.
- **info**: a note: a CI computed by another legitimate method (Wilson, Wald...) than Clopper-Pearson,
  response categories short of N without a not-evaluable row.

The checks never guess: a group size that is not printed, columns whose relation cannot be told, a prose
number that could be about several table values — all give no finding. Rounding is judged at the printed
precision under every rounding rule papers use (half-up, half-even, truncation, double rounding).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from schemas.findings import Finding
from schemas.records import Record
from trialex.checks import (
    categories,
    intervals,
    landmark,
    percent,
    pk,
    prose,
    ranges,
    response,
    subsets,
    totals,
)
from trialex.checks.findings import sort_findings
from trialex.checks.model import Check, CheckInfo
from trialex.checks.paper import Paper

log = logging.getLogger(__name__)

#: Every check, in the order they are documented and run.
CHECKS: tuple[Check, ...] = (
    percent.CHECK,
    categories.CHECK,
    totals.CHECK,
    response.ORR_CHECK,
    response.DCR_CHECK,
    response.BOR_CHECK,
    intervals.CHECK,
    ranges.CI_CHECK,
    ranges.MEDIAN_CHECK,
    ranges.MEAN_CHECK,
    landmark.CHECK,
    subsets.CHECK,
    prose.CHECK,
    pk.AUC_CHECK,
    pk.VD_CHECK,
)

#: The catalogue: stable id, title, severity policy, what is compared and with what tolerance.
CATALOGUE: tuple[CheckInfo, ...] = tuple(check.info for check in CHECKS)


@dataclass(slots=True)
class CheckTimer:
    """Wall time spent in :func:`run_checks` since the last :meth:`reset` (``bench/speed.py`` prints it on a
    line of its own): ``seconds`` in all, over ``runs`` calls and ``records`` records checked."""

    seconds: float = 0.0
    runs: int = 0
    records: int = 0

    def reset(self) -> None:
        self.seconds, self.runs, self.records = 0.0, 0, 0


#: Process-wide timer of the checks (one extraction runs them once).
TIMER = CheckTimer()


def run_checks(records: Iterable[Record], *, strict: bool = False) -> list[Finding]:
    """Every check over one paper's records; findings sorted by severity, then page.

    A check that fails on unforeseen input is logged and skipped, so one odd table cannot stop the
    others; ``strict=True`` lets the exception through (tests use it).
    """
    started = time.perf_counter()
    records = list(records)
    paper = Paper.of(records)
    found: list[Finding] = []
    for check in CHECKS:
        try:
            found.extend(check.run(paper))
        except Exception:
            if strict:
                raise
            log.exception("check %s failed; its findings are missing", check.id)
    result = sort_findings(found, [check.id for check in CHECKS])
    TIMER.seconds += time.perf_counter() - started
    TIMER.runs += 1
    TIMER.records += len(records)
    return result


def check_ids() -> frozenset[str]:
    """The ids of the catalogue's checks: the findings of an extraction that come from the checks."""
    return frozenset(info.id for info in CATALOGUE)


__all__ = ["CATALOGUE", "CHECKS", "TIMER", "Check", "CheckInfo", "CheckTimer", "Paper", "check_ids", "run_checks"]
