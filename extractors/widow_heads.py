"""The head of a table left under its caption at the foot of a page, a row group's label its last line
("Primary outcome"), the table's rows set on the next page under the head set again: that head is the table's first
part, and its label lines open the next part's rows (extractors/widow_labels.py)."""

from __future__ import annotations

import re

from extractors.captions import Caption
from extractors.layout import Line, join_words
from extractors.table_region import TableRegion


def widowed_labels(region: TableRegion) -> list[Line]:
    """The label-only lines closing a part that gave no grid: one segment each, under a line of head cells."""
    lines = [ln for ln in region.body if ln.words]
    if len(lines) < 2:
        return []
    left = min(ln.words[0].x0 for ln in lines)
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    found: list[Line] = []
    for line in reversed(lines[1:]):
        text = join_words(line.words).strip()
        if len(line.segments()) != 1 or not re.search(r"[^\W\d_]{3}", text) or re.search(r"\d", text):
            break
        if line.words[0].x0 > left + 2.0 * size:
            break  # a head cell set over the value columns, no label at the stub's edge
        found.append(line)
    if not any(len(ln.segments()) > 1 for ln in lines[: len(lines) - len(found)]):
        return []  # nothing above them holds head cells: no head, no widowed group
    return list(reversed(found))


def widowed_head_part(cap: Caption, head: list[Line], page: int, region: TableRegion) -> TableRegion | None:
    """The head left under a caption at a page's foot, as the first part of ``region`` (its rows on the next page,
    under the head set again), when the head's last lines are a row group's label: the part gives no grid, its label
    lines open the next part's rows (:func:`with_widowed_labels`)."""
    if not head:
        return None
    part = TableRegion(
        caption=None,
        table_id=cap.table_id,
        title=cap.title,
        frame_index=cap.frame_index,
        page=page,
        x0=min(ln.x0 for ln in head),
        x1=max(ln.x1 for ln in head),
        top=head[0].top,
        bottom=head[-1].bottom,
        body=list(head),
        why=f"the head of {cap.table_id} left under its caption at the foot of page {page}, a row group's label last",
        caption_position="none",
    )
    if not widowed_labels(part):
        return None
    region.continued_from = part
    return part
