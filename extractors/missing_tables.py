"""Tables a caption announces but no table region holds: said, never dropped in silence.

A caption ("Table 2. Treatment-related adverse events") with no block of value columns beside it is a table
trialex could not read at all. The usual reason is that its body is a picture (a raster image with no text
layer); a picture over or under the caption is named in the finding, so a reviewer knows to read that table
off the page by hand. Nothing in it is guessed.
"""

from __future__ import annotations

from extractors.captions import Caption, find_captions
from extractors.geometry import RegionSettings
from extractors.table_region import TableRegion
from schemas.document import Document, Frame, Picture
from schemas.findings import Finding


def missing_tables(
    document: Document, regions: list[TableRegion], settings: RegionSettings | None = None
) -> list[Finding]:
    """One finding per table whose caption was found and whose body was not (by table id, first caption)."""
    s = RegionSettings.resolve(settings)
    found = {r.table_id for r in regions}
    out: list[Finding] = []
    for cap in find_captions(document):
        if cap.table_id in found:
            continue
        found.add(cap.table_id)
        frame = document.frames[cap.frame_index]
        picture = caption_picture(frame, cap, document.body_size, s)
        where = f"{cap.table_id} on page {frame.page}"
        if picture is not None:
            why = (
                "its body is a picture (an image with no text layer, "
                f"{picture.x1 - picture.x0:.0f} × {picture.bottom - picture.top:.0f} pt "
                f"{'under' if picture.top >= cap.top else 'over'} the caption)"
            )
        else:
            why = "no block of value columns was found beside its caption"
        out.append(
            Finding(
                check="table-not-found",
                severity="warning",
                table=cap.table_id,
                page=frame.page,
                message=f"{where} ({cap.title[:80]}) was not read: {why}; nothing of it was extracted",
            )
        )
    return out


def caption_picture(frame: Frame, cap: Caption, body_size: float, s: RegionSettings) -> Picture | None:
    """The picture a caption titles: over or under it within ``picture_gap_em``, overlapping it across, at
    least ``picture_min_share`` of the frame wide; the nearest one."""
    reach = s.picture_gap_em * body_size
    best: tuple[float, Picture] | None = None
    for p in frame.pictures:
        if p.x1 - p.x0 < s.picture_min_share * frame.width or p.x1 <= cap.x0 or p.x0 >= cap.x1:
            continue
        gap = p.top - cap.bottom if p.top >= cap.top else cap.top - p.bottom
        if -0.5 * body_size <= gap <= reach and (best is None or gap < best[0]):
            best = (gap, p)
    return best[1] if best else None
