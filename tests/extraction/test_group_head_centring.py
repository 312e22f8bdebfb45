"""A group head over three sub-columns, set centred with no span rule ("Part 2 Dose finding" over "3 mg kg⁻¹ q3w |
6 mg kg⁻¹ q3w | Total", beside "Part 3 Dose confirmation" over its one column), stands over the middle sub-head.
How near the middle sub-head's centre it falls depends on how wide the face sets the sub-heads: in DejaVu 4.8 pt
off, in Liberation (Times/Arial widths) 3.2 pt, inside the 4 pt in which a line centred over one lower cell reads
as a wrapped line of that column's head. Read so, the group headed the middle column alone, and the Total and the
first dose column lost their group (zoo-methods-siltuximab typeset in Liberation: efficacy 76/88).

Fixed by family (grid_header._centred_on_run): a head centred on the box of a run of headed columns around the
lower cell (their values and heads) better than on the cell itself, by ``stacked_run_margin_em``, is that run's
group; a wrapped line centred on its cell as well as on the run (evenly set columns) stays its column's.
"""

from __future__ import annotations

from extractors.grid_header import _fill_group_levels
from extractors.grid_types import HeaderFragment
from schemas.document import Word


def _frag(text: str, x0: float, x1: float, line: int, column: int, size: float = 7.0) -> HeaderFragment:
    top = 180.0 + 10.5 * line
    word = Word(text, x0, top, x1, top + size, size, True, (x0, top, x1, top + size))
    return HeaderFragment(text, (column,), line, [word])


def _siltuximab_head(
    columns: list[tuple[float, float]], upper: list[tuple[str, float, float, int]], lower: list[tuple[float, float]]
) -> list[HeaderFragment]:
    names = ["3 mg kg-1 q3w", "6 mg kg-1 q3w", "Total", "6 mg kg-1 q2w"]
    frags = [_frag(text, x0, x1, 0, k) for text, x0, x1, k in upper]
    frags += [_frag(names[k], x0, x1, 1, k) for k, (x0, x1) in enumerate(lower)]
    _fill_group_levels(frags, columns)
    return frags


def test_group_head_near_the_middle_sub_head_heads_its_run_in_a_narrow_face() -> None:
    # the liberation build's geometry: "Part 2 Dose finding" centred 3.2 pt from "6 mg kg-1 q3w", 0.4 pt from the
    # run of the three Part 2 columns
    columns = [(246.6, 288.2), (322.2, 360.0), (390.7, 432.4), (488.4, 526.2)]
    frags = _siltuximab_head(
        columns,
        [("Part 2 Dose finding", 306.0, 369.8, 1), ("Part 3 Dose confirmation", 465.9, 548.7, 3)],
        [(244.2, 290.6), (317.9, 364.3), (403.5, 419.7), (484.1, 530.5)],
    )
    assert frags[0].columns == (0, 1, 2)
    assert frags[1].columns == (3,)


def test_group_head_in_a_wide_face_heads_its_run() -> None:
    # the DejaVu build's geometry (read right before the fix too)
    columns = [(241.9, 284.8), (319.5, 358.5), (388.4, 431.4), (486.7, 525.7)]
    frags = _siltuximab_head(
        columns,
        [("Part 2 Dose finding", 300.2, 368.3, 1), ("Part 3 Dose confirmation", 462.0, 550.4, 3)],
        [(238.3, 288.4), (313.9, 364.1), (401.3, 418.4), (481.1, 531.3)],
    )
    assert frags[0].columns == (0, 1, 2)
    assert frags[1].columns == (3,)


def test_wrapped_line_centred_on_its_cell_and_on_evenly_set_run_stays_its_columns() -> None:
    # evenly set columns: a wrapped first line over the middle column is centred on its cell and on the run of
    # three alike; it is no group
    columns = [(100.0, 140.0), (170.0, 210.0), (240.0, 280.0), (310.0, 350.0)]
    frags = _siltuximab_head(
        columns,
        [("Change from", 172.0, 208.0, 1), ("Change from", 312.0, 348.0, 3)],
        [(102.0, 138.0), (174.0, 206.0), (244.0, 276.0), (314.0, 346.0)],
    )
    assert frags[0].columns == (1,)
    assert frags[1].columns == (3,)
