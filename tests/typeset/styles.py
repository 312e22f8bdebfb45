"""CSS for the journal styles the fixtures imitate.

nature  Nature Communications / Springer: A4, two columns, booktabs tables (top, header and bottom
        rules only, rules under spanning headers), caption above ("Table 1 | ...").
nejm    NEJM: US Letter, three columns, full-width tables with zebra-shaded rows (filled rectangles) and
        a shaded header band, caption above ("Table 1. ..."), optional landscape page for a wide table.
lancet  The Lancet: A4, two columns, tables set inside one column on a light tinted box, caption below
        the table ("Table 1: ..."), middle-dot decimals in table cells.

The committed fixtures are set in the DejaVu fonts (on every machine of this project). The typefaces are a
setting (``TRIALEX_TYPESET_FACE``, or ``python -m tests.typeset --face``): the same fixtures set in other faces
measure whether the readers' rules hold for other glyph widths and spacing (``bench/faces.py``). The other faces
come from Debian's ``fonts-liberation`` and ``fonts-urw-base35`` packages.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# face name -> (serif, sans) CSS font families
FACES = {
    "dejavu": ('"DejaVu Serif Condensed", "DejaVu Serif", serif', '"DejaVu Sans Condensed", "DejaVu Sans", sans-serif'),
    # Times New Roman and Arial metrics: the faces most journals' tables are set in
    "liberation": ('"Liberation Serif", serif', '"Liberation Sans", sans-serif'),
    # a Palatino-like serif with a narrow sans, a Bookman-like wide serif with a geometric sans (held out in the
    # faces session, tuned on since)
    "palatino": ('"P052", serif', '"Nimbus Sans Narrow", sans-serif'),
    "bookman": ('"URW Bookman", serif', '"URW Gothic", sans-serif'),
    # a Century Schoolbook-like serif with a Helvetica-like sans (held out in two sessions, tuned on since)
    "schoolbook": ('"C059", serif', '"Nimbus Sans", sans-serif'),
    # Caladea with Carlito (Cambria and Calibri metrics: an author's manuscript written in a word processor; held
    # out in one session, tuned on since). Debian's fonts-crosextra-caladea and fonts-crosextra-carlito.
    "office": ('"Caladea", serif', '"Carlito", sans-serif'),
    # kept apart from tuning (bench/faces.py): a Times-like serif with a condensed Arial-like sans; and Linux
    # Libertine with Linux Biolinum (Minion/Myriad-like proportions: an old-style serif and a humanist sans).
    # Debian's fonts-linuxlibertine.
    "narrow": ('"Nimbus Roman", serif', '"Liberation Sans Narrow", sans-serif'),
    "libertine": ('"Linux Libertine O", serif', '"Linux Biolinum O", sans-serif'),
}
FACE = os.environ.get("TRIALEX_TYPESET_FACE", "dejavu")
if FACE not in FACES:
    raise SystemExit(f"TRIALEX_TYPESET_FACE={FACE!r}: not one of {', '.join(FACES)}")
SERIF, SANS = FACES[FACE]
# TRIALEX_TYPESET_TIGHT=1: every table set smaller with narrow cell padding (the 6-7 pt tables of dense journals),
# so column gaps shrink to about a space's width: a spacing axis beside the faces (bench/faces.py --tight)
TIGHT_CSS = (
    ".table-wrap table { font-size: 6.3pt !important; }"
    " .table-wrap td, .table-wrap th { padding-right: 0.5mm !important; }"
    # the stub's indents (.l1-.l3: sub-rows under their group) are kept: dense journals indent too
    " .table-wrap td:not(.l1):not(.l2):not(.l3), .table-wrap th { padding-left: 0.5mm !important; }"
    if os.environ.get("TRIALEX_TYPESET_TIGHT") == "1"
    else ""
)


@dataclass(frozen=True)
class Style:
    name: str
    caption_below: bool
    label_sep: str
    fig_sep: str
    middle_dot: bool
    css: str
    # zoo treatments (tests/typeset/zoo_styles.py); the defaults print the three journal styles as before
    kind: str = ""  # masthead article kind
    smallcaps_label: bool = False  # "table 2" typed lowercase, shown in small capitals
    leaders: bool = False  # dot leaders from each data row's label to its first value
    sideways_mm: float = 150.0  # length of a rotated table (its width before rotation)
    aligned: bool = False  # value cells' numbers and brackets set in aligned boxes ("14 | (93.3)")


_COMMON = f"""
html {{ font-family: {SERIF}; font-size: 8.4pt; line-height: 1.3; color: #111; }}
body {{ margin: 0; }}
p {{ margin: 0; text-align: justify; hyphens: auto; orphans: 2; widows: 2; }}
p + p {{ text-indent: 1.2em; }}
sup, sub {{ font-size: 68%; line-height: 0; }}
.lead {{ font-weight: bold; }}
.masthead {{ font-family: {SANS}; }}
h1.title {{ font-family: {SANS}; font-weight: bold; margin: 0 0 3mm 0; line-height: 1.15; }}
.authors {{ font-family: {SANS}; font-size: 8.5pt; margin-bottom: 2mm; text-align: left; }}
.dates {{ font-family: {SANS}; font-size: 7pt; color: #444; margin-bottom: 3mm; text-align: left; }}
.trial {{ font-family: {SANS}; font-size: 7.5pt; margin: 1.5mm 0 3mm 0; text-align: left; }}
h2 {{ font-family: {SANS}; font-weight: bold; font-size: 9.5pt; margin: 2.6mm 0 1.2mm 0;
      break-after: avoid; }}
h3 {{ font-family: {SANS}; font-weight: bold; font-size: 8.4pt; margin: 2mm 0 0.8mm 0;
      break-after: avoid; }}
h2 + p, h3 + p {{ text-indent: 0; }}
.cols {{ column-gap: 5mm; }}
.table-wrap {{ margin: 3mm 0 3.5mm 0; font-family: {SANS}; }}
.table-wrap table {{ width: 100%; border-collapse: collapse; font-size: 7pt; line-height: 1.18; }}
.table-wrap thead {{ display: table-header-group; }}
.table-wrap tr {{ break-inside: avoid; }}
.table-wrap td, .table-wrap th {{ padding: 0.45mm 1.4mm; vertical-align: top; text-align: left;
      font-weight: normal; }}
.table-wrap th {{ font-weight: bold; vertical-align: bottom; }}
.table-wrap td.v {{ text-align: center; }}
.table-wrap td.l1 {{ padding-left: 4.2mm; }}
.table-wrap td.l2 {{ padding-left: 7.4mm; }}
.table-wrap td.l3 {{ padding-left: 10.6mm; }}
.table-wrap .caption {{ font-size: 8pt; line-height: 1.25; margin: 0 0 1.5mm 0; text-align: left; }}
.table-wrap .notes p {{ font-size: 6.6pt; line-height: 1.22; text-indent: 0; margin-top: 0.6mm;
      text-align: left; }}
.figure {{ margin: 2.5mm 0 3mm 0; break-inside: avoid; }}
.figure .art {{ background: #eceff1; border: 0.4pt solid #b0bec5; }}
.figure p {{ font-family: {SANS}; font-size: 7pt; line-height: 1.25; text-indent: 0; margin-top: 1mm;
      text-align: left; }}
.landscape {{ page: landscape; }}
.abstract p {{ text-indent: 0; }}
"""


def _page(size: str, margin: str, head_font: str) -> str:
    return f"""
@page {{ size: {size}; margin: {margin};
  @top-left {{ content: string(journal); font-family: {head_font}; font-size: 7pt; color: #333; }}
  @top-right {{ content: string(doi); font-family: {head_font}; font-size: 7pt; color: #333; }}
  @bottom-center {{ content: counter(page); font-family: {head_font}; font-size: 7.5pt; }} }}
@page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} }}
@page landscape {{ size: {size} landscape; margin: 16mm 18mm 16mm 18mm; }}
.runhead-journal {{ string-set: journal content(); display: none; }}
.runhead-doi {{ string-set: doi content(); display: none; }}
"""


NATURE = Style(
    name="nature",
    caption_below=False,
    label_sep=" | ",
    fig_sep=" | ",
    middle_dot=False,
    css=_COMMON
    + _page("A4", "19mm 15mm 18mm 15mm", SANS)
    + f"""
.masthead {{ font-size: 15pt; font-weight: bold; letter-spacing: -0.2pt; border-bottom: 0.6pt solid #000;
      padding-bottom: 1.5mm; margin-bottom: 1mm; }}
.masthead .kind {{ font-size: 8pt; font-weight: normal; float: right; margin-top: 5pt; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 5mm; color: #333; }}
h1.title {{ font-size: 17pt; }}
.abstract {{ font-family: {SANS}; font-size: 8.6pt; line-height: 1.36; font-weight: bold;
      margin: 0 0 5mm 0; }}
.abstract h2 {{ display: none; }}
.cols {{ column-count: 2; }}
.table-wrap .caption b {{ font-weight: bold; }}
.table-wrap table {{ border-top: 0.9pt solid #000; border-bottom: 0.9pt solid #000; }}
.table-wrap thead tr:last-child th {{ border-bottom: 0.5pt solid #000; }}
.table-wrap th {{ font-weight: normal; text-align: center; }}
.table-wrap th.stubh {{ text-align: left; }}
.table-wrap th.span {{ border-bottom: 0.5pt solid #000; }}
.table-wrap tr.group td {{ font-weight: normal; }}
""",
)

NEJM = Style(
    name="nejm",
    caption_below=False,
    label_sep=". ",
    fig_sep=". ",
    middle_dot=False,
    css=_COMMON
    + _page("letter", "17mm 14mm 17mm 14mm", SANS)
    + f"""
html {{ font-size: 8.2pt; }}
.masthead {{ font-family: {SERIF}; font-size: 14pt; text-align: center; border-bottom: 1.6pt solid #000;
      padding-bottom: 1mm; margin-bottom: 1mm; font-variant: small-caps; }}
.masthead .kind {{ display: block; font-size: 7pt; font-variant: normal; font-family: {SANS}; }}
.cite {{ font-family: {SANS}; font-size: 7pt; text-align: center; margin-bottom: 5mm; }}
h1.title {{ font-family: {SERIF}; font-size: 16pt; font-weight: normal; text-align: center; }}
.authors {{ text-align: center; }}
.dates {{ text-align: center; }}
.trial {{ text-align: center; }}
.abstract {{ border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; padding: 2mm 0; margin: 0 0 4mm 0;
      font-family: {SANS}; font-size: 7.8pt; }}
.abstract h2 {{ font-size: 8pt; text-transform: uppercase; letter-spacing: 0.5pt; margin-top: 0; }}
.cols {{ column-count: 3; column-gap: 4.5mm; }}
h2 {{ font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.4pt; }}
.table-wrap .caption {{ border-top: 1.4pt solid #7a0a0a; padding-top: 1mm; font-weight: bold; }}
.table-wrap .caption .lbl {{ color: #7a0a0a; }}
.table-wrap table {{ font-size: 7.2pt; }}
.table-wrap thead th {{ background: #d9d4c7; border-bottom: 0.6pt solid #555; }}
.table-wrap tbody tr:nth-child(even) {{ background: #f1ede0; }}
.table-wrap tbody tr:nth-child(odd) {{ background: #ffffff; }}
.table-wrap table {{ border-bottom: 0.8pt solid #555; }}
""",
)

LANCET = Style(
    name="lancet",
    caption_below=True,
    label_sep=": ",
    fig_sep=": ",
    middle_dot=True,
    css=_COMMON
    + _page("A4", "18mm 16mm 18mm 16mm", SANS)
    + f"""
.masthead {{ font-family: {SANS}; font-size: 9pt; font-weight: bold; color: #fff; background: #1d3f73;
      padding: 1.2mm 2mm; margin-bottom: 2mm; }}
.masthead .kind {{ float: right; font-weight: normal; }}
.cite {{ font-family: {SANS}; font-size: 7pt; margin-bottom: 4mm; color: #333; }}
h1.title {{ font-size: 16pt; color: #1d3f73; }}
.abstract {{ background: #eef1f6; padding: 2.5mm 3mm; margin: 0 0 4mm 0; font-family: {SANS};
      font-size: 7.8pt; line-height: 1.32; }}
.abstract h2 {{ font-size: 9pt; margin-top: 0; color: #1d3f73; }}
.cols {{ column-count: 2; }}
h2 {{ color: #1d3f73; }}
.table-wrap {{ background: #f4efe0; padding: 1.6mm 1.6mm 1.2mm 1.6mm; }}
.table-wrap table {{ font-size: 6.7pt; }}
.table-wrap thead th {{ border-bottom: 0.5pt solid #6d6552; }}
.table-wrap .caption {{ margin: 1.4mm 0 0 0; font-size: 7pt; }}
.table-wrap .caption b {{ font-weight: bold; }}
.table-wrap td.v {{ text-align: left; }}
""",
)

STYLES = {s.name: s for s in (NATURE, NEJM, LANCET)}
