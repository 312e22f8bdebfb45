"""A group head centred over two flush-left columns of a table drawn wider than its last heads.

"Tavrumab" is centred over "2 mg·kg⁻¹ | 8 mg·kg⁻¹" (HTML's colspan with text-align: center); the heads and values
under it are flush left, so the head's centre is the centre of the two columns' boxes, which end where the table's
rules end, well right of the last head's text. Measured to the text's end, the head sat over the second column
only and the first dose lost its drug.
"""

from __future__ import annotations

from extractors.grid_header import header_fragments
from extractors.layout import Line
from extractors.table_region import TableRegion
from schemas.document import Rule, Word

_SIZE = 9.0


def _word(text: str, x0: float, x1: float, top: float) -> Word:
    return Word(text, x0, top, x1, top + _SIZE, _SIZE, False, (x0, top, x1, top + _SIZE))


_COLUMNS = [(322.6, 358.5), (393.0, 440.6), (472.7, 520.2)]
_RULES = [Rule(62.7, 549.3, 105.1), Rule(62.7, 549.3, 134.7)]


def _columns_of(head: tuple[str, float, float], rules: list[Rule]) -> tuple[int, ...]:
    subheads = [_word("2", 393.0, 398.8, 123.9), _word("mg/kg", 401.6, 440.6, 123.9)]
    subheads += [_word("8", 472.7, 478.4, 123.9), _word("mg/kg", 481.3, 520.2, 123.9)]
    lines = [Line([_word("Placebo", 322.6, 358.5, 108.5), _word(*head, 108.5)]), Line(subheads)]
    region = TableRegion(None, "Table 1", "", 0, 1, 62.7, 549.3, 100.0, 300.0)
    fragments, _ = header_fragments(lines, _COLUMNS, 300.0, rules, region)
    return next(f.columns for f in fragments if f.text == head[0])


def test_a_head_centred_on_two_ruled_columns_heads_both() -> None:
    assert _columns_of(("Tavrumab", 446.9, 492.4), _RULES) == (1, 2)


def test_a_flush_left_head_over_one_column_keeps_it() -> None:
    # a head set flush left over the first dose column, reaching towards the next one: not centred on the two
    assert _columns_of(("Tavrumab-2", 393.0, 453.0), _RULES) == (1,)


def test_without_a_rule_the_box_ends_where_the_text_does() -> None:
    # nothing shows the table's right edge: measured to the last head's text, the head is nearer one column
    assert _columns_of(("Tavrumab", 446.9, 492.4), []) == (2,)
