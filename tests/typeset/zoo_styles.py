"""CSS of the layout-zoo house styles (issue 8): each style sets tables the way one family of real
journals does, so a table finder meets every layout of tests/typeset/README.md's zoo table.

stack      captions BELOW full-width tables stacked on one page (caption 1 right above table 2); arm N
           printed as its own header row ("n = 41"), grades as bare numbers under a "Grade" stub
smallcaps  table labels typed lowercase and shown in small capitals ("table 2 | ..."); tables one text
           column wide that flow into the next column and page, the header repeated on every part;
           spanning headers flush left with a rule
flow       tables one text column wide that flow into the next column with no header repeated, then
           onto the next page under "Table N (continued)"; spanning headers flush left with a rule
sideways   a wide table turned 90 degrees inside an upright page with prose above and below it;
           spanning headers flush left with a rule, numeric grade headers
leaders    frame-only box (no inner rules), dot leaders from each label to its value, glued to both
pk         sub- and superscripts set far off the baseline (C max, AUC 0-t, m2 and footnote marks fall on
           their own text line); PK tables transposed (groups as rows, parameters as columns)
abstract   a conference abstract: one dense page, a table with no caption at all
band       shaded bands and no rules at all (Lancet / EHJ / ESC family): the header sits in a dark
           coloured band with white text, alternate body rows are filled with a light tint (measured, no
           fixture built yet: docs/zoo.md)
cardio     cardiology-journal tables (Circulation / JACC family): one text column wide, indented sub-rows,
           the arm N on a second header line ("Sunitinib" over "(N = 238)"), a P value column, thin
           rules, footnote marks on labels and values
dash       NEJM-like tables: full width under three prose columns, light rules at top, header and bottom
           only, "Characteristic" stub header, the arm N on a second header line ("(N=27)"), descriptors
           in the row labels ("Race — no. (%)", a long label wrapped so "— no. (%)" has its own line),
           "Mean" rows printing "71.4±8.5", sub-rows indented under group labels
jco        JCO / Annals-like tables: percentages only under a spanning "Percentage of patients" header
           over per-arm "Any grade | Grade 3 | Grade 4" spans; HR and CI in one "HR (95% CI)" column, the
           P value in its own; footnote letters superscript on labels and values
outcome    cardiology / cardiometabolic outcome tables (Circulation / NEJM family): full width, each outcome
           in bold alone on a label row with its values in generic sub-rows ("No. of patients (%)",
           "Median (95% CI), mo"), "HR (95% CI)" and "P Value" columns, a second header row inside the table
           (ruled, bold) for a later part, time points as columns under each arm's span
diagram    clinical-pharmacology journal (CPT family): a full-width table whose legend runs as one justified
           paragraph of smaller type across the table, followed directly by a study-design diagram whose
           labels are text (periods, days 1..7, doses, arrows), its caption below it
mirror     book-like mirrored margins (A4, 2 columns): a left-hand page's text block sits ~14 mm left of a
           right-hand page's, so a table that runs off a page goes on at other x positions; the header is
           not repeated and the part on the next page has no caption (a head at the page foot carries
           the caption, the header and the first rows of a row group)
poppk      clinical-pharmacology journal, population-PK paper (BMC-like): left-aligned plain headers, the
           parameter table's group spans over "Mean | SD" column pairs, each parameter's unit on a second
           line of its stub cell, symbols with subscripts (V1, Kel); subject characteristics one text
           column wide with each group's N on a second header line
methods    no statement of the statistics in the tables; the Methods' "Statistical analysis" paragraph states
           them once for the paper (pattern v; tests/typeset/zoo_methods.py)
numfmt     Lancet / EHJ-like number formats (pattern u): middle-dot decimals, thousands commas in one column
           and not the next, CIs as "[0·41-0·87]", "(a; b)", "(a, b)" or "a to b", a detached "<", footnote
           marks on the baseline glued to their value ("0·109d"); A4, 2 columns, full-width tables
jama       JAMA / BMJ-like general-medicine trial tables (pattern w): Letter, 3 columns, full-width sans tables
           with no vertical and no inner rules, a coloured rule over and under the header, alternate body rows
           shaded, counts printed with their denominators ("40/41 (98)") under "No./total (%)"
grid       PLOS / MDPI / Frontiers-like (pattern x): A4, 2 columns, every cell framed (a full grid), a bold
           run-in label ("Table 1." then the title in plain type), each arm's count and percentage in
           separate "n | %" columns, small footnotes with letters
align      Elsevier-like (pattern y): A4, 2 columns, full-width serif tables with three rules, each value cell's
           count right-aligned in a box of its own and its bracket right-aligned (so decimal-aligned) in a second
           box ("  7    (3.7)" over " 20  (74.1)"), so the gap inside a cell varies with the bracket's width;
           "Mean ± SD" rows ("71.4 ± 8.5")
dose       dose-ranging trials (JACC / Circulation / Lancet-like, pattern z): Letter, 2 columns, full-width sans
           tables, three rules and a rule under the drug's span; the drug and its unit in one span ("Trabedersen,
           µM") over the doses as bare numbers ("10 | 80"), each dose's schedule or N on the line below, a pooled
           column among the doses, a comparator arm beside them
glue       text layer and page furniture (pattern E): words glued or split by the spacing, letter-spaced rows, a
           download stamp along the margin and across the page, a repository cover sheet (tests/typeset/zoo_glue.py)
stats      JAMA / Circulation / EHJ / Lancet-like (pattern A): each continuous row states its statistic inside its
           label with its unit ("Age, mean years (SD)", "Age, y, median (range)", "Median (range) doses received",
           "V2, mean ± SD, L" over "3.94 ± 1.1"); no legend statement of them (tests/typeset/zoo_stats.py)
change     repeated measures (pattern F): two periods or time points as sub-columns under a span, a comparison
           column; the statistics stated by a column-scoped legend, the sub-column heads, the stub head, the
           Methods or nowhere (tests/typeset/zoo_change.py)
bounds     interval bounds in columns of their own (pattern G): each arm's estimate and "Lower | Upper" ("Min | Max")
           under a "95% CI" / "Range" span, a ratio's "Lower 95% CI | Upper 95% CI" columns; span heads centred with
           no rule (bounds), flush left with no rule (bounds-left) or flush left and ruled (bounds-ruled)
           (tests/typeset/zoo_bounds.py)
side       two half-width tables side by side, captions above both; or a column table beside prose (pattern C,
           tests/typeset/zoo_side.py); sidelow: the same pair with captions and legends below both (Lancet-like)
"""

from __future__ import annotations

from .styles import _COMMON, SANS, SERIF, Style, _page
from .zoo_bounds import BOUNDS, BOUNDS_LEFT, BOUNDS_RULED
from .zoo_change import CHANGE
from .zoo_glue import GLUE
from .zoo_inline import INLINE
from .zoo_methods import METHODS
from .zoo_side import SIDE, SIDELOW
from .zoo_split import SPLIT
from .zoo_stats import STATS
from .zoo_subrows import SUBROWS

# small capitals come from pango's synthesis (the DejaVu fonts have no smcp feature): the glyphs are
# capitals at a smaller size, the text layer keeps the lowercase letters typed.  The face is one no
# other text of these PDFs uses, so its subset maps each capital glyph to the lowercase letter only.
_SMALLCAPS_FACE = '"DejaVu Sans"'

_LEFT_SPANS = """
.table-wrap th {{ text-align: center; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ text-align: left; border-bottom: 0.5pt solid #000; }}
"""

STACK = Style(
    name="stack",
    kind="Original Research",
    caption_below=True,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 15mm 16mm 15mm", SANS)
    + f"""
.masthead {{ font-size: 11pt; font-weight: bold; border-bottom: 2pt solid #444; padding-bottom: 1mm;
      margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ border-left: 2pt solid #444; padding-left: 3mm; margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap {{ margin: 1.2mm 0 1.2mm 0; }}
.table-wrap table {{ border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th {{ text-align: center; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap .caption {{ margin: 0.8mm 0 0 0; font-size: 7.4pt; }}
.table-wrap .notes p {{ font-size: 6.3pt; margin-top: 0.3mm; }}
""",
)

SMALLCAPS = Style(
    name="smallcaps",
    kind="Clinical Trials and Observations",
    caption_below=False,
    label_sep=" | ",
    fig_sep=" | ",
    middle_dot=False,
    smallcaps_label=True,
    css=_COMMON
    + _page("210mm 250mm", "17mm 15mm 17mm 15mm", SANS)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #8b1a1a; border-bottom: 0.8pt solid #8b1a1a;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ background: #f6eeee; padding: 2mm 3mm; margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; column-gap: 6mm; }}
.table-wrap table {{ border-top: 0.8pt solid #8b1a1a; border-bottom: 0.8pt solid #8b1a1a; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #8b1a1a; }}
.table-wrap th {{ text-align: center; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap .caption {{ font-size: 7.6pt; }}
.table-wrap td, .table-wrap th {{ padding-top: 0.8mm; padding-bottom: 0.8mm; }}
.table-wrap .caption .lbl.sc {{ font-family: {_SMALLCAPS_FACE}; font-variant: small-caps; font-weight: normal;
      font-size: 8.4pt; letter-spacing: 0.2pt; color: #8b1a1a; }}
.table-wrap .caption .sep {{ color: #8b1a1a; }}
"""
    + _LEFT_SPANS.format(),
)

FLOW = Style(
    name="flow",
    kind="Research Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "18mm 16mm 18mm 16mm", SANS)
    + f"""
.table-wrap td, .table-wrap th {{ padding-top: 0.9mm; padding-bottom: 0.9mm; }}
.masthead {{ font-family: {SERIF}; font-size: 12pt; font-style: italic; border-bottom: 0.5pt solid #000;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-style: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8.2pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap thead {{ display: table-row-group; }}
.table-wrap table {{ border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap .cont {{ break-before: column; }}
.table-wrap .caption b {{ font-weight: bold; }}
"""
    + _LEFT_SPANS.format(),
)

SIDEWAYS = Style(
    name="sideways",
    kind="Article",
    caption_below=False,
    label_sep=" ",
    fig_sep=" ",
    middle_dot=False,
    sideways_mm=160.0,
    css=_COMMON
    + _page("A4", "16mm 16mm 16mm 16mm", SANS)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; border-bottom: 1pt solid #2a4d2a; padding-bottom: 1mm;
      margin-bottom: 1mm; color: #2a4d2a; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.sideways {{ margin: 3mm 0 3mm 0; break-inside: avoid; }}
.sideways .table-wrap {{ margin: 0; }}
.table-wrap table {{ border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; font-size: 7.2pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap .caption .lbl {{ text-transform: none; }}
"""
    + _LEFT_SPANS.format(),
)

LEADERS = Style(
    name="leaders",
    kind="Short Communication",
    caption_below=False,
    label_sep=" — ",
    fig_sep=" — ",
    middle_dot=False,
    leaders=True,
    css=_COMMON
    + _page("A4", "18mm 17mm 18mm 17mm", SERIF)
    + f"""
.masthead {{ font-family: {SERIF}; font-size: 12pt; letter-spacing: 1pt; text-align: center;
      border-bottom: 0.4pt solid #000; border-top: 0.4pt solid #000; padding: 1mm 0; margin-bottom: 1mm; }}
.masthead .kind {{ display: block; font-size: 7.5pt; letter-spacing: 0; }}
.cite {{ font-size: 7pt; margin-bottom: 4mm; text-align: center; }}
h1.title {{ font-family: {SERIF}; font-size: 15pt; text-align: center; font-weight: normal; }}
.authors {{ text-align: center; }}
.abstract {{ margin: 0 4mm 4mm 4mm; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap {{ font-family: {SERIF}; }}
.table-wrap table {{ border: 0.7pt solid #000; font-size: 7.2pt; }}
.table-wrap th {{ font-weight: bold; text-align: left; padding-top: 1mm; }}
.table-wrap td.v {{ text-align: right; }}
.table-wrap td.ldr {{ padding-right: 0; }}
.table-wrap td.ldr::after {{ content: leader("."); }}
.table-wrap td.ldr + td {{ padding-left: 0; text-align: left; }}
.table-wrap .caption {{ font-style: italic; }}
""",
)

PK = Style(
    name="pk",
    kind="Pharmacokinetics",
    caption_below=False,
    label_sep=": ",
    fig_sep=": ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "17mm 15mm 17mm 15mm", SANS)
    + f"""
.masthead {{ font-size: 11pt; font-weight: bold; color: #004d66; border-bottom: 1pt solid #004d66;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap table {{ border-top: 0.8pt solid #004d66; border-bottom: 0.8pt solid #004d66; font-size: 7.4pt;
      line-height: 1.55; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #004d66; }}
.table-wrap th {{ text-align: center; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap {{ break-inside: avoid; }}
.table-wrap sub {{ vertical-align: -0.95em; font-size: 66%; }}
.table-wrap sup {{ vertical-align: 1.05em; font-size: 66%; }}
""",
)

ABSTRACT = Style(
    name="abstract",
    kind="Meeting Abstract",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "15mm 15mm 15mm 15mm", SANS)
    + f"""
html {{ font-size: 8pt; }}
.masthead {{ font-size: 9pt; font-weight: bold; background: #e8e8e8; padding: 1mm 2mm; margin-bottom: 2mm; }}
.masthead .kind {{ float: right; font-weight: normal; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 3mm; color: #333; }}
h1.title {{ font-size: 12pt; }}
.abstract {{ margin: 0 0 3mm 0; }}
.abstract h2 {{ display: none; }}
.cols {{ column-count: 1; }}
.table-wrap {{ margin: 2mm 0 2mm 0; }}
.table-wrap table {{ width: auto; min-width: 60%; font-size: 7.2pt; border-collapse: collapse; }}
.table-wrap td, .table-wrap th {{ border: 0.4pt solid #777; }}
.table-wrap th {{ background: #efefef; text-align: center; }}
""",
)

BAND = Style(
    name="band",
    kind="Clinical Research",
    caption_below=False,
    label_sep=": ",
    fig_sep=": ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "17mm 15mm 17mm 15mm", SANS)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #fff; background: #5b2a6e; padding: 1mm 2mm;
      margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; color: #5b2a6e; }}
.abstract {{ background: #f1eaf4; padding: 2mm 3mm; margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap table {{ border: none; font-size: 7pt; }}
.table-wrap th {{ background: #5b2a6e; color: #fff; text-align: center; padding-top: 0.8mm;
      padding-bottom: 0.8mm; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap tbody tr:nth-child(even) td {{ background: #ebe0ef; }}
.table-wrap td, .table-wrap th {{ padding-top: 0.7mm; padding-bottom: 0.7mm; }}
.table-wrap .caption {{ color: #5b2a6e; }}
.table-wrap .caption b {{ font-weight: bold; }}
""",
)

CARDIO = Style(
    name="cardio",
    kind="Original Research Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 14mm 16mm 14mm", SERIF)
    + f"""
.masthead {{ font-family: {SERIF}; font-size: 13pt; border-bottom: 2pt solid #b3001b; padding-bottom: 1mm;
      margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-family: {SANS}; font-size: 8pt; color: #b3001b; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ border: 0.5pt solid #b3001b; padding: 2mm 3mm; margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; color: #b3001b; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; }}
.table-wrap table {{ border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; font-size: 6.8pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.35mm 0.9mm; }}
.table-wrap td.l1 {{ padding-left: 3mm; }}
.table-wrap td.l2 {{ padding-left: 5.2mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.4pt; }}
.table-wrap .caption .lbl {{ color: #b3001b; }}
""",
)

DASH = Style(
    name="dash",
    kind="Original Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "15mm 13mm 16mm 13mm", SERIF)
    + f"""
.masthead {{ font-family: {SERIF}; font-size: 13pt; font-weight: bold; color: #a00; border-bottom: 0.6pt solid #a00;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-family: {SANS}; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; color: #a00; }}
.cols {{ column-count: 3; column-gap: 4mm; }}
.table-wrap table {{ border-top: 0.5pt solid #888; border-bottom: 0.5pt solid #888; font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #888; }}
.table-wrap th {{ text-align: center; font-weight: bold; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.stub {{ width: 27%; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td.l1 {{ padding-left: 3.2mm; }}
.table-wrap td.l2 {{ padding-left: 5.4mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.6pt; border-bottom: 1.2pt solid #a00; padding-bottom: 0.6mm;
      margin-bottom: 0.6mm; }}
.table-wrap .caption .lbl {{ color: #a00; }}
""",
)

JCO = Style(
    name="jco",
    kind="Original Reports",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 15mm 16mm 15mm", SERIF)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #00467f; border-bottom: 1.2pt solid #00467f;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; color: #00467f; }}
.abstract {{ background: #eef3f8; padding: 2mm 3mm; margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap {{ break-inside: avoid; }}
.table-wrap table {{ border-top: 1pt solid #000; border-bottom: 1pt solid #000; font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td.l1 {{ padding-left: 3mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.6pt; }}
.table-wrap .caption .lbl {{ color: #00467f; }}
"""
    + _LEFT_SPANS.replace("text-align: left; border-bottom", "text-align: center; border-bottom").format(),
)

DIAGRAM = Style(
    name="diagram",
    kind="Articles",
    caption_below=False,
    label_sep=" ",
    fig_sep=" ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 15mm 16mm 15mm", SANS)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #0b6e99; border-bottom: 1pt solid #0b6e99;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap {{ margin: 3mm 0 0 0; break-inside: avoid; }}
.table-wrap table {{ border-top: 0.6pt solid #0b6e99; border-bottom: 0.6pt solid #0b6e99; font-size: 7.4pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #0b6e99; }}
.table-wrap th {{ text-align: center; font-weight: normal; color: #0b6e99; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td, .table-wrap th {{ padding-top: 0.9mm; padding-bottom: 0.9mm; }}
.table-wrap .caption {{ font-weight: bold; color: #0b6e99; }}
.table-wrap .notes {{ text-align: justify; margin-top: 0.8mm; }}
.table-wrap .notes p {{ display: inline; font-size: 6.4pt; text-align: justify; }}
.table-wrap .notes p + p::before {{ content: " "; }}
.figure {{ margin: 5mm 0 3mm 0; }}
.figure .art {{ background: none; border: none; position: relative; font-family: {SANS}; font-size: 6.3pt; }}
.figure .art span {{ position: absolute; white-space: nowrap; }}
.figure .art i {{ position: absolute; border-left: 0.6pt solid #000; width: 0; }}
.figure .art u {{ position: absolute; border-top: 0.6pt solid #000; height: 0; text-decoration: none; }}
""",
)

MIRROR = Style(
    name="mirror",
    kind="Original Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "18mm 12mm 18mm 26mm", SANS)
    + f"""
@page :left {{ margin: 18mm 26mm 18mm 12mm; }}
@page :right {{ margin: 18mm 12mm 18mm 26mm; }}
.masthead {{ font-size: 12pt; font-weight: bold; color: #1d5c3a; border-bottom: 0.8pt solid #1d5c3a;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap thead {{ display: table-row-group; }}
.table-wrap table {{ border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap td, .table-wrap th {{ padding-top: 0.7mm; padding-bottom: 0.7mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap .caption b {{ font-weight: bold; }}
"""
    + _LEFT_SPANS.format(),
)


POPPK = Style(
    name="poppk",
    kind="Research article",
    caption_below=False,
    label_sep=" ",
    fig_sep=" ",
    middle_dot=False,
    css=_COMMON
    + _page("a4", "18mm 16mm 18mm 16mm", SANS)
    + f"""
html {{ font-family: {SANS}; }}
.masthead {{ font-size: 10pt; font-weight: bold; color: #333; border-bottom: 0.6pt solid #999;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; }}
.table-wrap {{ margin: 3mm 0 2mm 0; break-inside: avoid; }}
.table-wrap table {{ border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000; font-size: 7.2pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th, .table-wrap td {{ text-align: left; font-weight: normal; vertical-align: top; }}
.table-wrap td, .table-wrap th {{ padding-top: 0.7mm; padding-bottom: 0.7mm; }}
.table-wrap .caption {{ font-weight: bold; font-size: 7.8pt; margin-bottom: 1.5mm; }}
.table-wrap sub {{ vertical-align: -0.3em; font-size: 70%; }}
.table-wrap .notes p {{ font-size: 6.4pt; margin-top: 0.5mm; }}
""",
)

OUTCOME = Style(
    name="outcome",
    kind="Original Research Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 14mm 16mm 14mm", SERIF)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 12pt; font-weight: bold; color: #7a0019;
      border-bottom: 1.5pt solid #7a0019; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; color: #7a0019; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; margin: 2mm 0; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.8pt solid #000; border-bottom: 0.8pt solid #000;
      font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ border-bottom: 0.4pt solid #000; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.45mm 1.2mm; }}
.table-wrap td.stub[colspan] {{ font-weight: bold; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap td.l2 {{ padding-left: 6mm; }}
.table-wrap tr.ih td {{ font-weight: bold; border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000; }}
.table-wrap tr.band td {{ font-weight: bold; border-bottom: 0.4pt solid #000; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; font-weight: bold; }}
.table-wrap .caption .lbl {{ color: #7a0019; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)

NUMFMT = Style(
    name="numfmt",
    kind="Articles",
    caption_below=False,
    label_sep=": ",
    fig_sep=": ",
    middle_dot=True,
    css=_COMMON
    + _page("A4", "17mm 15mm 17mm 15mm", SERIF)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 12pt; font-weight: bold; color: #00458a;
      border-bottom: 1pt solid #00458a; padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; margin: 2mm 0; }}
.table-wrap table {{ font-family: {SANS}; border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000;
      font-size: 7pt; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: left; font-weight: bold; vertical-align: bottom; }}
.table-wrap td.v {{ text-align: left; }}
.table-wrap td, .table-wrap th {{ padding: 0.5mm 1.4mm; }}
.table-wrap sup.mark {{ vertical-align: baseline; font-size: inherit; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)

JAMA = Style(
    name="jama",
    kind="Original Investigation",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "15mm 13mm 16mm 13mm", SERIF)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #8a1538; border-bottom: 0.8pt solid #8a1538;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ border-top: 0.6pt solid #8a1538; border-bottom: 0.6pt solid #8a1538; padding: 1.5mm 0;
      margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; color: #8a1538; }}
.cols {{ column-count: 3; column-gap: 4mm; }}
.table-wrap {{ break-inside: avoid; margin: 2.5mm 0; }}
.table-wrap table {{ font-family: {SANS}; font-size: 7pt; }}
.table-wrap thead tr:first-child th {{ border-top: 0.8pt solid #8a1538; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.8pt solid #8a1538; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap tbody tr:nth-child(even) td {{ background: #e9eef5; }}
.table-wrap td, .table-wrap th {{ padding: 0.55mm 1.4mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap td.l2 {{ padding-left: 5.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 8pt; font-weight: bold; margin-bottom: 1mm; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)
GRID = Style(
    name="grid",
    kind="Article",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "18mm 16mm 18mm 16mm", SERIF)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #2f5597; border-bottom: 0.6pt solid #2f5597;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ background: #f2f5fa; padding: 2mm 3mm; margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; column-gap: 6mm; }}
.table-wrap {{ break-inside: avoid; margin: 3mm 0; }}
.table-wrap table {{ font-family: {SANS}; font-size: 7pt; border: 0.6pt solid #000; }}
.table-wrap td, .table-wrap th {{ border: 0.4pt solid #000; padding: 0.5mm 1.2mm; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: middle; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap td.l2 {{ padding-left: 5.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; margin-bottom: 1mm; }}
.table-wrap .caption .lbl {{ font-weight: bold; }}
.table-wrap .notes p {{ font-size: 6.2pt; }}
""",
)
ALIGN = Style(
    name="align",
    kind="Research paper",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    aligned=True,
    css=_COMMON
    + _page("A4", "17mm 16mm 18mm 16mm", SERIF)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #e9711c; border-bottom: 0.6pt solid #999;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ border-top: 0.5pt solid #999; border-bottom: 0.5pt solid #999; padding: 1.5mm 0; margin: 0 0 4mm 0;
      font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; column-gap: 6mm; }}
.table-wrap {{ break-inside: avoid; margin: 3mm 0; font-family: {SERIF}; }}
.table-wrap table {{ font-size: 7.2pt; border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.4pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: normal; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ border-bottom: 0.4pt solid #000; }}
.table-wrap td.v {{ text-align: center; white-space: nowrap; }}
.table-wrap span.ap {{ display: inline-block; width: 2.6em; text-align: right; }}
.table-wrap span.bp {{ display: inline-block; width: 4.6em; text-align: right; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap td.l2 {{ padding-left: 5.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.6pt; margin-bottom: 1mm; }}
.table-wrap .caption .lbl {{ font-weight: bold; }}
.table-wrap .notes p {{ font-size: 6.3pt; }}
""",
)
DOSE = Style(
    name="dose",
    kind="Original Investigations",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "16mm 14mm 16mm 14mm", SERIF)
    + f"""
.masthead {{ font-size: 12pt; font-weight: bold; color: #004b87; border-bottom: 1pt solid #004b87;
      padding-bottom: 1mm; margin-bottom: 1mm; }}
.masthead .kind {{ float: right; font-weight: normal; font-size: 8pt; color: #333; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 15pt; }}
.abstract {{ margin: 0 0 4mm 0; font-size: 8pt; }}
.abstract h2 {{ margin-top: 0; color: #004b87; }}
.cols {{ column-count: 2; column-gap: 5mm; }}
.table-wrap {{ break-inside: avoid; margin: 2.5mm 0; }}
.table-wrap table {{ font-family: {SANS}; font-size: 7pt; border-top: 0.8pt solid #000;
      border-bottom: 0.8pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th {{ text-align: center; font-weight: bold; vertical-align: bottom; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ border-bottom: 0.4pt solid #000; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td, .table-wrap th {{ padding: 0.5mm 1.4mm; }}
.table-wrap td.l1 {{ padding-left: 3.5mm; }}
.table-wrap .caption {{ font-family: {SANS}; font-size: 7.8pt; font-weight: bold; margin-bottom: 1mm; }}
.table-wrap .caption .lbl {{ color: #004b87; }}
.table-wrap .notes p {{ font-size: 6.4pt; }}
""",
)
ZOO_STYLES = {
    s.name: s
    for s in (
        STACK,
        SMALLCAPS,
        FLOW,
        SIDEWAYS,
        LEADERS,
        PK,
        ABSTRACT,
        BAND,
        CARDIO,
        DASH,
        JCO,
        DIAGRAM,
        POPPK,
        MIRROR,
        OUTCOME,
        NUMFMT,
        METHODS,
        JAMA,
        GRID,
        ALIGN,
        DOSE,
        STATS,
        INLINE,
        SUBROWS,
        GLUE,
        SIDE,
        SIDELOW,
        CHANGE,
        BOUNDS,
        BOUNDS_LEFT,
        BOUNDS_RULED,
        SPLIT,
    )
}
