"""One block belongs to one table (issue 8, item 2): the last step of the regions stage. Each word of a table
body is held by one region only. Regions claim their words in order of how surely they were found: a region
under or over a caption on its own page first, then one whose caption is elsewhere (a continuation, a caption at
the previous page's foot), then untitled blocks, each kind in the order found. A later region loses the body
lines an earlier one holds; one left with fewer than two rows of values is no table and is dropped (its rows are
the other table's, read there), and a part continuing it continues what it continued."""

from __future__ import annotations

from extractors.table_notes import strong_row
from extractors.table_region import TableRegion

_OWN_PAGE = ("above", "below", "inside")


def _rank(region: TableRegion) -> int:
    if region.caption is not None and region.caption_position in _OWN_PAGE:
        return 0
    return 1 if region.caption is not None else 2


def one_owner(regions: list[TableRegion]) -> list[TableRegion]:
    """``regions`` with every body word held by one region only (see the module's docstring), in their order."""
    claimed: set[int] = set()
    dropped: set[int] = set()
    for region in sorted(regions, key=_rank):  # stable: the order found within a rank
        kept = [ln for ln in region.body if not any(id(w) in claimed for w in ln.words)]
        if len(kept) < len(region.body):
            if sum(1 for ln in kept if strong_row(ln)) < 2:
                dropped.add(id(region))
                continue
            region.body = kept
            region.top = min(ln.top for ln in kept)
            region.bottom = max(ln.bottom for ln in kept)
        claimed.update(id(w) for ln in region.body for w in ln.words)
    out = [r for r in regions if id(r) not in dropped]
    for region in out:
        while region.continued_from is not None and id(region.continued_from) in dropped:
            region.continued_from = region.continued_from.continued_from
    return out
