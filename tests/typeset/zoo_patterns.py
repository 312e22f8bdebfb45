"""The layout families of the zoo, one letter each (issue 8's list, then the later uppercase ones). Kept apart
from zoo.py so that a test can read them without weasyprint, which only the typesetting needs."""

from __future__ import annotations

PATTERNS = {
    "a": "captions below, tables stacked on one page",
    "b": "table flowing left column -> right column -> next page",
    "c": "small-caps caption, lowercase text layer",
    "d": "sideways table on an upright page",
    "e": "dot leaders, frame-only box",
    "f": "sub/superscript-heavy PK labels",
    "g": "left-aligned spanning group headers with a rule",
    "h": "numeric header rows (n = x, grades, doses)",
    "i": "transposed PK table",
    "j": "caption-less table",
    "k": "N on a second header line, indented sub-rows, P column",
    "l": "long labels and narrow cells wrapping together",
    "m": "descriptor in the row label, wrapped onto its own line ('— no. (%)'), mean±SD values",
    "n": "percentages only under 'Percentage of patients'; HR (95% CI) in one column, P in its own",
    "o": "table legend followed directly by a diagram with text labels",
    "p": "population-PK parameter table: group spans over 'Mean | SD' pairs, units on a second stub line",
    "q": "table head (caption, header, first rows of a row group) at a page foot; the rest on the next page at "
    "other x positions, with no header and no caption, still inside that row group",
    "r": "a table part on the next page (other margins, the other text column) opening with a new row group; "
    "the next table, with its own caption, on the following page",
    "s": "generic statistic sub-columns under each arm ('No. of patients (%)'); a second header row inside the table",
    "t": "time-point columns under each arm's span; in-body 'n =' rows spanning them in header type",
    "u": "number formats: middle-dot decimals, thousands commas in one column but not the next, CIs in square "
    "brackets with hyphens, with semicolons, commas or 'to', a detached '<', baseline footnote marks glued to values",
    "v": "no statement of the statistics in the table: the Methods' 'Statistical analysis' paragraph states them "
    "once for the paper, in prose",
    "w": "counts with their denominators ('40/41 (98)') under 'No./total (%)'; alternately shaded rows, no inner rules",
    "x": "full cell grid; each arm's count and percentage in separate 'n | %' columns, other cells spanning both",
    "y": "decimal-aligned cells: each count right-aligned in a box of its own, its bracket right-aligned in a second "
    "box, so the gap inside a cell varies with the bracket's width; 'Mean ± SD' rows",
    "z": "dose-ranging header: the drug and unit in one span over bare dose numbers ('10 | 80'), the schedule or "
    "the arm's N on the line below, a pooled column among the doses, a comparator arm beside them",
    "A": "the statistic of a continuous row stated inside its label with its unit, in JAMA / Circulation / EHJ / "
    "Lancet word orders ('Age, mean years (SD)', 'Age, y, mean (SD)', 'Median (range) time since diagnosis, mo'); "
    "no legend statement of it",
    "B": "each cell states its own statistic or carries several numbers: '58.7 (range 37.9–82.0)', '2.8 (95% CI "
    "2.4–4.0)', '18 (62.1%)', '20.7% (6)' under '% (n)', '0.65 (0.4–1.1); P=0.109' (ratio, CI and P in one cell)",
    "C": "two half-width tables side by side on one page, each with its own caption (above both, or below both), "
    "prose or a third table under them; or a column-wide table beside the other column's running prose",
    "D": "generic sub-rows: the outcome's name alone on a label row, its values in sub-rows named by their statistic "
    "('No. of events (%)', 'Median (95% CI), months', 'Hazard ratio (95% CI)', 'P value'); the ratio and P printed "
    "once, spanning the arms or in the first arm's column",
    "E": "text layer and page furniture: words glued ('CurrentSmoker', 'TABLE1', 'Placebo(N = 238)') or split "
    "('Placeb o') by the spacing, letter-spaced rows, a download stamp along the margin and across a table, a "
    "repository cover sheet on PDF page 1 (journal page numbers from 345 on page 2)",
    "F": "repeated measures: each group's periods or time points as sub-columns under its span ('Baseline | Week 36 "
    "| Change', 'Alone | With rifampin'), then a comparison column; the cells' statistics stated in one place only: a "
    "legend scoped by column, the sub-column heads, the stub head, the Methods, or nowhere (then left unread)",
    "G": "interval bounds in columns of their own: each arm's estimate beside 'Lower | Upper' ('Min | Max') under a "
    "'95% CI' / 'Range' span, a ratio's 'Lower 95% CI | Upper 95% CI' columns; span heads centred or flush left "
    "with no rule under them (a bare 'Upper'), or ruled end to end",
    "H": "one reading split across sub-columns under each arm: 'No. | (%)', 'n | %', 'Median | 95% CI', 'Mean | SD' "
    "repeated under every arm's head in a header row of their own, or no sub-heads at all with a span ('No. (%)') or "
    "a legend ('Values are the mean and SD ...') saying what the pair is",
}
