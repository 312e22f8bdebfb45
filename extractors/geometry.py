"""Named geometry settings of table finding and grid building, in font-relative units.

Every threshold the region finder and the grid builder use lives here, in the spirit of pdfplumber's
``TableSettings``: a frozen dataclass per stage, each field in *em* (multiples of the font size of the text
it is measured on) or as a *share* of the page or of the table, validated on construction. ``resolve()``
accepts ``None`` (the defaults), an instance, or a mapping of overrides::

    RegionSettings.resolve({"max_row_gap_em": 3.0})

Nothing here is in points: a table set in 7-point type and one set in 10-point type are read alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Self


class SettingsError(ValueError):
    """A geometry setting out of its range, or a name that is not a setting."""


def _check(obj: Any, bounds: Mapping[str, tuple[float, float]]) -> None:
    for f in fields(obj):
        value = getattr(obj, f.name)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise SettingsError(f"{type(obj).__name__}.{f.name} must be a number, not {value!r}")
        lo, hi = bounds.get(f.name, (0.0, float("inf")))
        if not lo <= value <= hi:
            raise SettingsError(f"{type(obj).__name__}.{f.name} = {value} is outside [{lo}, {hi}]")


class _Settings:
    """``resolve()`` shared by the settings classes."""

    @classmethod
    def resolve(cls, settings: Self | Mapping[str, float] | None = None) -> Self:
        if settings is None:
            return cls()
        if isinstance(settings, cls):
            return settings
        if isinstance(settings, Mapping):
            names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
            unknown = sorted(set(settings) - names)
            if unknown:
                raise SettingsError(f"unknown {cls.__name__} setting(s): {', '.join(unknown)}")
            return replace(cls(), **settings)  # type: ignore[type-var]
        raise SettingsError(f"cannot resolve {type(settings).__name__} as {cls.__name__}")


@dataclass(frozen=True, slots=True)
class RegionSettings(_Settings):
    """Where a table is on its page: blocks of aligned value columns, captions, flow, notes.

    ``*_em`` fields are multiples of the font size of the line they are measured on; ``*_share`` fields
    are shares of the page (or frame) width or height, or of a count of lines.
    """

    # segmentation: a gap wider than this cuts a line into segments (cells, caption, prose runs)
    cell_gap_em: float = 0.9
    caption_gap_em: float = 1.6
    # a value column: cells of at least this many block lines whose x extents overlap
    min_block_rows: int = 3
    min_block_columns: int = 1
    # two column tables that one block chained across the gutter (side_tables.column_cuts): each column's side
    # holds at least this many lines with a value
    column_side_rows: int = 2
    # a table set across the page over (or under) two column tables that one block chained with them: at least
    # ``min_block_rows`` of its rows open (or close) the block, and the column tables' rows start (or end) this far
    # (in em of the row's type) from them -- a right-column table's wrapped cells follow its row closer
    full_width_gap_em: float = 2.0
    # a block's lines follow each other with gaps no wider than this
    block_line_gap_em: float = 2.2
    # the wrapped end of a block's last row ("CI) | 0.7) | −3.5)" under "... (95% | −3.7 (−8.1 to | ..."): a line
    # this close under the last data line (gap in em of its type) whose cells close cells that line left open
    wrapped_tail_gap_em: float = 0.6
    # a caption touches its block when the gap between them is at most this
    caption_gap_to_block_em: float = 3.0
    # the region grown line by line from a caption stands for the block the caption touches only when it
    # holds this share of the block's data lines (it confirms and extends the block); else the block is taken
    block_confirm_share: float = 0.8
    # growing a captioned region: a gap this wide ends the table once it has rows
    max_row_gap_em: float = 4.5
    # and the first row must come within this of the caption
    max_first_gap_em: float = 12.0
    # a caption in the lowest share of the frame may have its table on the next page
    caption_foot_share: float = 0.25
    # a page column gutter: a strip at least this wide (in em of the body type) in the middle third of the text,
    # crossed by at most this share of the words over its most covered point ...
    gutter_min_em: float = 0.5
    gutter_coverage_share: float = 0.10
    # ... of a text at least this many em of the body type wide (two columns of running text, ten em or more each)
    # and of at least this many words
    gutter_text_min_em: float = 20.0
    gutter_min_words: int = 80
    # ... found under full-width text (an abstract across a two-column page) only with at least this many
    # column-long text lines wholly on each side of it
    gutter_column_lines: int = 5
    # ... or, found among the lines with no word across the text's middle (a table set across the page over or
    # under column tables), with at least this many on each side (a column table's head line and three rows)
    gutter_table_lines: int = 4
    # ... among at least this many words (the page's other lines: column tables hold few words)
    gutter_table_words: int = 40
    # ... and, either way, only when at least this many justified prose lines fill a column beside it, or no
    # running text is set across it (a blank strip between a table's value columns on a one-column page is no
    # gutter)
    gutter_prose_lines: int = 1
    # words in this top share of the page are a running head, never the head of a table's column part
    running_head_share: float = 0.08
    # a caption at the foot of the left column may have only this many head lines under it, its rows
    # going on in the right column
    column_foot_head_lines: int = 4
    # head lines left with a caption at the foot of its frame are set over the block opening the next frame, their
    # last line this many em (of its type) over the block's first line (extractors/foot_captions.py)
    foot_head_gap_em: float = 0.3
    # a page whose non-upright characters exceed this share is read in a rotated frame too
    rotated_share: float = 0.3
    # a block of rotated text is a sideways table when it holds at least this many characters
    rotated_min_chars: int = 40
    # prose: a segment of at least this many words, this share of them lower-case words
    prose_min_words: int = 5
    prose_wordy_share: float = 0.4
    # prose lines: body type within this many points-per-em of the body size
    prose_size_tolerance_em: float = 0.05
    # a caption line ends the caption when the next line's first word, and this many em of its type for the space,
    # would have fitted after it within the measure of the text around it (extractors/captions.py)
    caption_room_em: float = 0.5
    # a caption's next lines (extractors/captions.py): words of a line are the caption's when they start under its
    # first line (no further left than ``caption_left_slack_em`` of its type) and end within its reach: its first
    # line's end, or ``caption_reach_share`` of the frame's width from its start when that line is short (a
    # caption wraps within its column), give or take ``caption_reach_slack_share`` of the frame (about a gutter);
    # a bare "Table 2" line takes its title from the words within ``caption_reach_share`` either side
    caption_left_slack_em: float = 0.25
    caption_reach_share: float = 0.327
    caption_reach_slack_share: float = 0.049
    # ... each next line starting within ``caption_align_em`` of the first's start, in its type (within
    # ``caption_size_em`` of its size), after a first line at least ``caption_full_share`` of the frame wide (a
    # shorter caption is one line)
    caption_align_em: float = 0.375
    caption_size_em: float = 0.0375
    caption_full_share: float = 0.245
    # a caption is set apart from the body text (bold, capitals, or in a type size differing from the body's by more
    # than this many em of the body size): "Table 1. Patients' completion ..." in body type is a sentence
    caption_style_size_em: float = 0.06
    # a page sets its own body type (a page of smaller two-column text) when this share of its characters is in it
    page_type_share: float = 0.5
    # a column's running text is justified: on a two-column page a prose run that starts within
    # ``column_indent_em`` of its text column's left edge (a paragraph indent) and ends within
    # ``justified_edge_em`` of its right edge (the gutter, or the text's right edge) is a line of that
    # column, whatever the other column holds on the same baseline
    justified_edge_em: float = 1.5
    column_indent_em: float = 2.5
    # ... and its word gaps differ by at most this (em of its type): justification spreads every gap of a line
    # alike, so a narrow column's spread line of prose under a table is no row of it (table_notes.spread_prose)
    justified_gap_spread_em: float = 0.25
    # ... counting only the gaps between words: a piece set touching the word before it (a comma after a subscript,
    # a footnote mark) is closer than this (em) and no word gap of the line
    justified_touch_em: float = 0.15
    # a block crossing the gutter with this many justified prose lines of one column among its lines is a
    # column table beside the other column's text, not one table across the page
    beside_prose_lines: int = 2
    # a heading row inside a table's body ("Mean change from baseline in body weight, %" set as one long line over
    # the value columns, between blocks of value rows): a label-only line, however wordy, right between two value
    # rows of one block (or under the column heads and over the first value row) is the table's, not prose, when
    # the gaps over and under it exceed the block's own row gap by no more than this (in em of its type; a
    # paragraph's spacing is wider) and it is no justified line of the page's text column
    heading_row_gap_em: float = 0.6
    # a column-head line set in the body's own type whose cells stand closer than ``cell_gap_em`` (or one head
    # longer than a line of text is wide) reads as running text; it heads the block right under it when its
    # words, cut at gaps wider than ``head_cell_gap_em`` and at least ``head_gap_ratio`` times its widest word
    # space, give two cells or more over the value columns, each over columns of its own and none in the gutter
    # between two columns (a line of prose has even word spaces: it gives one run, or runs across the columns)
    head_cell_gap_em: float = 0.5
    head_gap_ratio: float = 1.6
    # a word this much smaller than the words of its line is a sub- or superscript
    script_size_share: float = 0.85
    # a script of several words ("F,dose>50 mg", "2" then "CL" of ω²_CL): a script word that follows another
    # within this many em of its own type goes where that one goes
    script_word_gap_em: float = 0.6
    # a superscript after a subscript ("ω_CL²"): a word no bigger than the subscript it touches, its baseline raised
    # this many em of the subscript's type above the subscript's, goes where the subscript goes
    script_raise_em: float = 0.5
    # a table's legend under its rows: a line in type this share of the rows' type or smaller (a note or a
    # line of running text), or a note line across this share of the table's width, ends the rows; the
    # legend goes on while its lines follow each other within ``legend_line_gap_em`` in the same type,
    # and the table ends with it (what follows, a figure's labels, is never the table's)
    legend_size_share: float = 0.93
    # a line of running text (wordy, no cell of its own) after a table's last row in type only a little smaller
    # than the rows' (7 pt under 7.5 pt rows) starts the notes too
    note_size_share: float = 0.97
    legend_width_share: float = 0.8
    legend_line_gap_em: float = 1.2
    # a paragraph's short last line over a table grown up from its caption below: it stands within this many em of
    # its type under the running-text line over it (the text's leading; a table's head is set farther apart)
    paragraph_line_gap_em: float = 0.6
    # a legend set between a caption above its table and the table's head starts within this many of its own
    # lines' heights under the caption (a paragraph's spacing, more than a line's)
    legend_caption_gap_em: float = 2.0
    # a block ending at a "Figure N" caption is a figure when this share of its value words are bare
    # counters (one- or two-digit integers: a diagram's days, a plot's ticks), not statistics
    figure_counter_share: float = 0.5
    # a table titled by a plain line over a rule (no "Table N"): the rule spans at least this share of the
    # frame's width; the title sits within ``title_rule_reach_em`` above it, its words inside the rule's
    # extent give or take ``title_rule_slack_em``; a rule within ``title_rule_taken_em`` of a table already
    # found is that table's
    title_rule_min_share: float = 0.24
    title_rule_reach_em: float = 1.8
    title_rule_taken_em: float = 2.2
    title_rule_slack_em: float = 0.35
    # a block opening the next column or page continues a table part when its value columns line up with the
    # part's after a shift and a scale: as many columns, the scale within this share of 1, each column within
    # ``flow_column_em`` of its place
    flow_scale_share: float = 0.25
    flow_column_em: float = 1.5
    # a caption no table claims sits over or under a picture within this many ems of the body size, the
    # picture at least this share of the frame's width: the table is printed as an image
    picture_gap_em: float = 3.0
    picture_min_share: float = 0.2
    # slacks of the boxes words and blocks are compared by, in em of the body type (of the line's own type where a
    # line is measured): a box edge within ``edge_slack_em`` of another lies on it (glyph boxes are rounded and set a
    # hair apart; half a point at a 10-point body), within ``box_slack_em`` it touches it (a line's box a point
    # over or under its neighbour's); a word or a block within ``crop_slack_em`` past the edge of a column or a
    # region it is cropped to is still inside it (a side bearing, a hanging sign or bracket)
    edge_slack_em: float = 0.05
    box_slack_em: float = 0.1
    crop_slack_em: float = 0.3
    # two type sizes within this share of each other are one size (a size's rounding; 0.05 point at 10 points)
    size_rounding_share: float = 0.005

    def __post_init__(self) -> None:
        _check(
            self,
            {
                "cell_gap_em": (0.2, 5.0),
                "caption_gap_em": (0.2, 5.0),
                "min_block_rows": (2, 50),
                "min_block_columns": (1, 20),
                "column_side_rows": (1, 50),
                "full_width_gap_em": (0.0, 20.0),
                "caption_foot_share": (0.0, 0.9),
                "gutter_coverage_share": (0.0, 0.5),
                "gutter_text_min_em": (0.0, 200.0),
                "gutter_min_words": (1, 10000),
                "gutter_table_lines": (1, 50),
                "gutter_table_words": (10, 1000),
                "rotated_share": (0.0, 1.0),
                "prose_wordy_share": (0.0, 1.0),
                "caption_room_em": (0.0, 3.0),
                "caption_left_slack_em": (0.0, 3.0),
                "caption_reach_share": (0.0, 1.0),
                "caption_reach_slack_share": (0.0, 1.0),
                "caption_align_em": (0.0, 3.0),
                "caption_size_em": (0.0, 1.0),
                "caption_full_share": (0.0, 1.0),
                "caption_style_size_em": (0.0, 1.0),
                "page_type_share": (0.0, 1.0),
                "script_size_share": (0.3, 1.0),
                "script_word_gap_em": (0.0, 2.0),
                "script_raise_em": (0.1, 2.0),
                "block_confirm_share": (0.0, 1.0),
                "wrapped_tail_gap_em": (0.0, 3.0),
                "running_head_share": (0.0, 0.5),
                "foot_head_gap_em": (0.0, 3.0),
                "justified_gap_spread_em": (0.0, 3.0),
                "justified_touch_em": (0.0, 1.0),
                "beside_prose_lines": (1, 50),
                "head_cell_gap_em": (0.1, 5.0),
                "head_gap_ratio": (1.0, 10.0),
                "legend_size_share": (0.3, 1.0),
                "note_size_share": (0.3, 1.0),
                "legend_width_share": (0.0, 1.0),
                "legend_caption_gap_em": (0.0, 5.0),
                "paragraph_line_gap_em": (0.0, 3.0),
                "figure_counter_share": (0.0, 1.0),
                "flow_scale_share": (0.0, 1.0),
                "flow_column_em": (0.1, 10.0),
                "picture_gap_em": (0.0, 20.0),
                "picture_min_share": (0.0, 1.0),
                "edge_slack_em": (0.0, 1.0),
                "box_slack_em": (0.0, 1.0),
                "crop_slack_em": (0.0, 2.0),
                "size_rounding_share": (0.0, 0.1),
            },
        )


@dataclass(frozen=True, slots=True)
class GridSettings(_Settings):
    """How a region's lines become a grid: columns, header levels, logical rows."""

    # a gap wider than this separates two cells on a line
    cell_gap_em: float = 0.9
    # the stub head and the first column's head set closer than half an em (a table with tight cell padding): two
    # cells when the gap between them is wider than this (a word space is about a third of an em) and the second
    # starts flush with the first value column
    stub_head_gap_em: float = 0.4
    # ... or when the second is a head wider than the first value column, centred over it within this many em,
    # reaching back into the stub
    stub_reach_centre_em: float = 0.5
    # a head spanning a run of columns stands over the run's centre within this share of the run's width
    centred_span_share: float = 0.15
    # a contrast's name ("HR", "Hazard ratio") set before a value at no more than this gap is the cell's own word for
    # it ("HR 0.81 (0.70–0.93)", a word space); farther, the name is a column of names of its own ("HR | 0.68")
    named_value_gap_em: float = 0.45
    # header segments: a gap wider than this separates two header cells
    header_gap_em: float = 1.1
    # a word gap of at least this, inside the gap between two value columns, splits a header segment
    header_split_em: float = 0.5
    # the stub (row labels) is at most this share of the table width where a line's first segment starts
    stub_share: float = 0.3
    # two line fragments join into one logical row when the gap between them is under this
    row_join_em: float = 0.75
    # a head's first line stands over the rest of its head at the head's own leading: its pitch to the next line
    # matches the next lines' pitch within this (grid_header._flush_wrapped)
    head_leading_em: float = 0.15
    # a wrapped cell continues on the next line when the gap is under this
    wrapped_cell_em: float = 0.3
    # a line whose first segment starts more than this many em (of the line's type) right of the stub's left edge and
    # runs into the first value column is a value cell's wrapped end ("32.9)" under "26.3 (21.0–"), not a label
    wrapped_value_indent_em: float = 6.0
    # a shaded band this many em tall is a zebra row (a taller fill is a box)
    zebra_min_em: float = 1.6
    zebra_max_em: float = 4.5
    # ... and runs across the row: it covers at least this share of the row's value cells (a fill over the
    # stub alone is a row-spanning stub cell, shaded with its group, not a stripe joining its lines)
    zebra_cover_share: float = 0.5
    # a partial rule this far under a header line (in em) spans the header cell above it
    span_rule_em: float = 1.2
    # sub/superscripts: a word this much smaller than its line's type is raised or lowered type
    script_size_share: float = 0.85
    # numeric header rows: a header rule lies within this many em under the row (and over the next row),
    # or up to this many em inside the row's own box
    header_rule_em: float = 1.0
    header_rule_above_em: float = 0.3
    # and starts within this share of the table width from the table's left edge
    header_rule_start_share: float = 0.5
    # a rule counts as a header rule when it spans this share of the table width
    header_rule_share: float = 0.85
    # rules between this share of consecutive body rows make a ruled grid (no single header rule)
    ruled_grid_share: float = 0.5
    # rules drawn as one segment per cell: segments this close (in em of the table's type) are one rule
    rule_join_em: float = 0.15
    rule_level_em: float = 0.07
    # a group cell set flush left starts within this many em of its cell's left edge (the cell padding)
    flush_pad_em: float = 0.8
    # a label-only line starting within this many em of the table's left edge is set flush with the row labels
    label_flush_em: float = 1.0
    # a word of a label-only line under the header that starts within this many em of where a header cell of the
    # line above starts is a lower header level's cell, so the line is no row group's label running past the stub
    head_align_em: float = 0.5
    # a lone group cell whose centre lies within this many em of the centre of all the value columns is
    # centred over them all, even when its left edge happens to line up with a lower header cell
    centred_span_em: float = 1.0
    # a header cell centred over one lower cell is read as a group over the run of headed columns around it (that
    # cell's column in the middle) when it is centred on that run better than on the cell by this many em: a group
    # head narrower than its run stands over the middle sub-head, near its centre by how wide the sub-heads run
    stacked_run_margin_em: float = 0.25
    # two stub labels whose indents differ by no more than this many em of the table's type are at one level (a
    # sub-row is indented by more: a quad or two); measured in the table's own type, not in points
    indent_level_em: float = 0.3
    # a label line without values goes on the row above when it is at its indent (within this many em) and
    # the gap between them is under this share of the table's usual gap between rows of values
    wrapped_label_indent_em: float = 0.3
    wrapped_label_gap_share: float = 0.5
    # a line of values with no label (or only a bracket, "(CV%)") set under a label line that has none of its own, or
    # under the bare values it brackets, is that row's when no further than this many em below it (a label set on a
    # line of its own with its values on the next, at the table's row pitch)
    value_line_apart_em: float = 1.6
    # rows are set apart from the lines of one label when their gap is wider than the tightest by this many em
    rows_apart_em: float = 0.25
    # a line without values after the last row of values, set in type under this share of the rows' type, is a
    # note under the table ("GI, gastrointestinal."), no row of its own nor a label of the last row's
    note_type_share: float = 0.93
    # a prefixed superscript ("177" of "177Lu"): the raised word touches the word to its right within this
    script_touch_em: float = 0.15
    # and a script-only line joins a line whose word it touches when their boxes are this close vertically
    script_reach_em: float = 0.8
    # a raised script lowers the rest of its cell's line (a word processor's line box): a label line set under
    # its row's values by less than this many em is that row's, when its script touches the label
    script_push_em: float = 0.5
    # a word of a script-only line set within this many em (of its type) of another word of that line, the two
    # not going to one host, is a word of a phrase ("Week 48", a sub-head set small), no script
    script_phrase_gap_em: float = 0.6
    # a header segment with this many words of three letters or more is running text (a caption, a note)
    header_prose_words: int = 9
    # a second stub column of words ("Model parameter | Definition | ..."): its head starts this many em or more
    # right of the stub head, and the rows' label words start within ``text_column_align_em`` of it after a
    # gap of ``cell_gap_em`` or more
    text_column_em: float = 3.0
    text_column_align_em: float = 0.5
    # decimal-aligned cells ("  7    (3.7)" over " 20   (74.1)"): a bracketed number or "± b" this close (in em)
    # after a bare number on its line is that number's bracket, though the gap is wider than a cell gap
    bracket_join_em: float = 3.5
    # a rule under a header cell that starts past this share of the stub (table start to first value column) is a
    # span rule, however far it runs past the values (the arms' span rules drawn end to end, cells wider than values)
    span_rule_stub_share: float = 0.5
    # a table's parts set with their left edges within this many em of each other but their first value columns
    # farther apart than ``part_anchor_em`` (each part laid out anew, its columns widths its own): their rows'
    # indents are measured from that shared left edge, not from where each part's values start
    part_edge_em: float = 0.5
    part_anchor_em: float = 1.0
    # slacks of the boxes a row's words are placed by, in em of the line's type: a word starting within
    # ``edge_slack_em`` left of a value column's edge starts at it (half a point at a 10-point type); a line within
    # ``box_slack_em`` outside a shaded fill's edges is inside it, a label starting within it left of the label
    # above starts under it
    edge_slack_em: float = 0.05
    box_slack_em: float = 0.1
    # a second stub column (a row-spanning group label left of the parameter names): its lines' second segments
    # start within ``stub_align_em`` of each other, and its edge lies ``stub_pad_em`` left of them
    stub_align_em: float = 0.3
    stub_pad_em: float = 0.2
    # a partial rule under a header cell (a booktabs cmidrule), in em of the head line's type: it lies within
    # ``box_slack_em`` over the line's bottom and up to ``span_rule_em`` under it, reaches within ``rule_reach_em``
    # of the cell's ends, is wider than the cell by more than ``rule_wider_em``, and spans the value columns that
    # lie inside it give or take ``rule_column_slack_em``
    rule_reach_em: float = 0.2
    rule_wider_em: float = 0.4
    rule_column_slack_em: float = 0.3
    # a header fragment is a wrapped line of the lower header cell it is centred over, within ``stacked_centre_em``
    # (of its type), when no wider than that cell by more than ``stacked_wider_em`` (4 and 25 points at the 7-point
    # type tables are set in)
    stacked_centre_em: float = 0.6
    stacked_wider_em: float = 3.6
    # a header cell stands over a value column when it lies within its extent give or take this many em of its type
    # (6 points at the 7-point type tables are set in): a head a little wider than its values
    head_over_column_em: float = 0.85

    def __post_init__(self) -> None:
        _check(
            self,
            {
                "stub_share": (0.0, 0.9),
                "script_size_share": (0.3, 1.0),
                "block_confirm_share": (0.0, 1.0),
                "running_head_share": (0.0, 0.5),
                "zebra_min_em": (0.5, 10.0),
                "zebra_max_em": (0.5, 20.0),
                "header_prose_words": (3, 100),
                "header_rule_share": (0.3, 1.0),
                "header_rule_start_share": (0.0, 1.0),
                "script_reach_em": (0.0, 3.0),
                "script_push_em": (0.0, 1.0),
                "script_phrase_gap_em": (0.0, 2.0),
                "bracket_join_em": (0.0, 10.0),
                "span_rule_stub_share": (0.0, 1.0),
                "ruled_grid_share": (0.0, 1.0),
                "edge_slack_em": (0.0, 1.0),
                "box_slack_em": (0.0, 1.0),
                "stub_align_em": (0.0, 2.0),
                "stub_pad_em": (0.0, 2.0),
                "rule_reach_em": (0.0, 2.0),
                "rule_wider_em": (0.0, 5.0),
                "rule_column_slack_em": (0.0, 2.0),
                "stacked_centre_em": (0.0, 5.0),
                "stacked_wider_em": (0.0, 20.0),
                "head_over_column_em": (0.0, 5.0),
            },
        )
        if self.zebra_min_em > self.zebra_max_em:
            raise SettingsError("GridSettings.zebra_min_em must not exceed zebra_max_em")


@dataclass(frozen=True, slots=True)
class ProseSettings(_Settings):
    """How a page's prose lines are put in reading order: where its text columns are."""

    # a column gutter is a vertical strip at least this wide (in em of the body type) ...
    gutter_min_em: float = 0.4
    # ... that at most this share of the lines running across its place, and one more, cross (a heading, a
    # running head or a full-width line)
    gutter_cross_share: float = 0.05
    # ... beside which at least this many lines have words on both sides (a river of spaces runs a few lines)
    gutter_min_lines: int = 8
    # ... and that lies this share of the frame width or more from either edge of the text (no margin)
    gutter_inset_share: float = 0.15

    def __post_init__(self) -> None:
        _check(
            self,
            {
                "gutter_min_em": (0.05, 5.0),
                "gutter_cross_share": (0.0, 0.5),
                "gutter_min_lines": (2, 1000),
                "gutter_inset_share": (0.0, 0.5),
            },
        )


DEFAULT_REGION = RegionSettings()
DEFAULT_GRID = GridSettings()
DEFAULT_PROSE = ProseSettings()
