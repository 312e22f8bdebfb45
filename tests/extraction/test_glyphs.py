"""Symbol-font glyphs decoded from the glyph itself: its outline, its name, a sane ToUnicode map.

The real PDFs below print −, =, ±, ≥ and ≤ in symbol-font subsets whose codes, names and maps all differ
(a minus is "two" in one font, ")" in another, "(cid:4)" in a third), so only decoding from the glyph reads
all of them.
"""

from __future__ import annotations

from functools import cache

import pytest

from extractors.glyph_shapes import shape_of
from extractors.glyph_words import join_signs
from extractors.glyphs import UNDECODED, GlyphDecoder, decide, decoder_for, undecodable
from extractors.loader import load_document
from extractors.records import cell_to_records
from extractors.structure import TableCell, TableModel
from tests.extraction.conftest import PDFS

SARA = "sara-ablation-vs-aad-ehj2014.pdf"
LCI = "lci699-resistant-htn-jch2013.pdf"
CURCUMIN = "curcumin-piperine-midazolam-flurbiprofen-paracetamol-ddi-bjcp2013.pdf"
ETRAVIRINE = "etravirine-cyp-cocktail-digoxin-ddi-jclinpharmacol2014.pdf"
TQB = "abs-tqb3525-fl-asco2024.pdf"


@cache
def decoder(name: str) -> GlyphDecoder:
    return decoder_for((PDFS / name).read_bytes())


@pytest.mark.parametrize(
    ("pdf", "font", "reported", "expected"),
    [
        # a minus from three fonts: typed on "2", on ")", and with no map at all
        (SARA, "AJAIBO+AdvPS7DA6", "2", "−"),
        (LCI, "COALHH+AdvPSSPS-AS", ")", "−"),
        (ETRAVIRINE, "AdvP4C4E74", "(cid:4)", "−"),
        # an equals typed on "5", and one mapped to "¼"
        (SARA, "AdvPS7DED", "5", "="),
        (SARA, "AdvMathSymb", "¼", "="),
        # ± from two fonts: a plus over a bar (Monotype MathPi, no map) and one fused contour (Advent)
        (CURCUMIN, "MathematicalPi-One", "(cid:2)", "±"),
        (ETRAVIRINE, "AdvP4C4E74", "(cid:6)", "±"),
        # ≥ and ≤ without a name (C21, C20), by name (greaterequal), and typed on "$" / "#"
        (LCI, "AdvP4C4E74", "(cid:2)", "≥"),
        (LCI, "AdvP4C4E74", "(cid:3)", "≤"),
        (SARA, "AdvPS4C9543", "(cid:21)", "≥"),
        (TQB, "AdvPS7DA6", "$", "≥"),
        (TQB, "AdvPS7DA6", "#", "≤"),
        # Greek letters typed on Latin keys, told by their descender: µ (µg!) and β
        (CURCUMIN, "Symbol-B", "m", "µ"),
        (CURCUMIN, "SymbolBS", "b", "β"),
        # "<" and ">" typed on "," and "."
        (SARA, "AdvPS7DA6", ",", "<"),
        (SARA, "AdvPS7DA6", ".", ">"),
    ],
)
def test_symbol_glyphs_decode_from_the_glyph(pdf: str, font: str, reported: str, expected: str) -> None:
    assert decoder(pdf).fix(font, reported) == expected


def test_the_same_code_means_different_signs_in_different_subsets() -> None:
    """(cid:4) of AdvP4C4E74 is a minus in one paper; (cid:2) of that font name is ≥ in another, where a
    table keyed by font name would have had to choose."""
    assert decoder(ETRAVIRINE).fix("AdvP4C4E74", "(cid:4)") == "−"
    assert decoder(LCI).fix("AdvP4C4E74", "(cid:2)") == "≥"
    assert decoder(ETRAVIRINE).fix("AdvP4C4E74", "(cid:2)") == "≥"


def test_text_fonts_are_left_alone() -> None:
    d = decoder(SARA)
    for decision in d.decisions():
        if decision.how == "shape":
            assert decision.result in "−=<>≤≥±+µβ"
    # hyphens, digits and ligatures of text fonts keep their text
    giraf = decoder("giraf-dabigatran-cognition-bmcmed2022.pdf")
    assert all(dec.result == dec.reported for dec in giraf.decisions())


def test_an_undecodable_glyph_makes_its_cell_unread_with_a_finding() -> None:
    # sara's AdvPS4C9543 "difference" glyph: no AGL name, no map, an outline that is none of the signs
    glyph = decoder(SARA).fix("AdvPS4C9543", "(cid:24)")
    assert glyph == UNDECODED
    cell = TableCell(
        row=["Change"], column=["Ablation"], text=f"{glyph}4", page=5, bbox=(1, 2, 3, 4), arm_n=None, marks=[]
    )
    model = TableModel(table_id="Table 2", title="t", pages=[5], notes="", stub_header="", columns=[["Ablation"]])
    records, finding = cell_to_records(cell, model, "efficacy", False, {})
    assert records == []
    assert finding is not None and finding.check == "cell-unread"
    assert "U+FFFD" in finding.message and finding.values[0].raw == f"{glyph}4"


def test_both_readers_decode_alike() -> None:
    words = {}
    for reader in ("pdfplumber", "pdfium"):
        doc = load_document(PDFS / LCI, reader=reader)
        words[reader] = sorted(w.text for f in doc.frames for w in f.words if any(c in w.text for c in "−≥≤"))
    assert words["pdfplumber"] == words["pdfium"]
    assert "−18.2" in words["pdfplumber"] and "≥65" in words["pdfplumber"]


# --- rules on their own ---------------------------------------------------------------------------


def _bar(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def test_shapes_of_signs() -> None:
    assert shape_of([_bar(100, 300, 700, 350)]) == "−"
    assert shape_of([_bar(100, 200, 700, 250), _bar(100, 400, 700, 450)]) == "="
    chevron: list[tuple[float, float]] = [
        (700, 600),
        (100, 330),
        (700, 50),
        (700, 110),
        (220, 330),
        (700, 540),
        (700, 600),
    ]
    assert shape_of([chevron]) == "<"
    assert shape_of([[(800 - x, y) for x, y in chevron]]) == ">"
    raised = [(x, y + 200) for x, y in chevron]
    assert shape_of([raised, _bar(100, 0, 700, 50)]) == "≤"
    plus: list[tuple[float, float]] = [
        (370, 100),
        (430, 100),
        (430, 370),
        (700, 370),
        (700, 430),
        (430, 430),
        (430, 700),
        (370, 700),
    ]
    plus += [(370, 430), (100, 430), (100, 370), (370, 370)]
    assert shape_of([plus]) == "+"
    assert shape_of([[(x, y + 100) for x, y in plus], _bar(100, 0, 700, 50)]) == "±"
    assert shape_of([_bar(100, 300, 250, 350)]) is None  # a hyphen-wide bar is too narrow to be a minus
    assert shape_of([_bar(100, 0, 700, 700)]) is None  # a box is no sign


def test_decision_order() -> None:
    # the outline wins over a wrong map; an agreeing map is kept
    assert decide("F", 50, "two", "2", "2", "−").result == "−"
    assert decide("F", 45, "hyphen", "-", "-", "−").result == "-"
    # a sign's name wins over the key it was typed on; a ligature's name does not replace its letters
    assert decide("F", 36, "greaterequal", "$", "≥", None).result == "≥"
    assert decide("F", 31, "fi", "fi", "ﬁ", None).result == "fi"
    # no map, no useful name, no outline: undecoded
    assert decide("F", 5, "C3", "(cid:5)", None, None).result == UNDECODED
    assert undecodable("(cid:7)") and undecodable("\ue001") and not undecodable("≥")


def test_a_lone_sign_joins_the_word_it_touches() -> None:
    def word(text: str, x0: float, x1: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": 10.0, "bottom": 18.0, "size": 8.0, "fontname": "F"}

    joined = join_signs([word("(", 0, 3), word("−", 3, 8), word("1.2", 8, 20), word("to", 23, 30)], 0.11)
    assert [w["text"] for w in joined] == ["(−1.2", "to"]
    apart = join_signs([word("n", 0, 5), word("=", 8, 13), word("4", 16, 20)], 0.11)
    assert [w["text"] for w in apart] == ["n", "=", "4"]  # spaced signs stay words of their own


def test_an_undecoded_glyph_between_n_and_a_number_is_equals() -> None:
    def word(text: str, x0: float, x1: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": 10.0, "bottom": 18.0, "size": 8.0, "fontname": "F"}

    group = join_signs([word("(n", 0, 8), word(UNDECODED, 10, 15), word("42)", 17, 30)], 0.11)
    assert [w["text"] for w in group] == ["(n", "=", "42)"]
    # anywhere else the glyph stays undecoded (and glued to nothing)
    other = join_signs([word("age", 0, 12), word(UNDECODED, 14, 19), word("65", 21, 30)], 0.11)
    assert [w["text"] for w in other] == ["age", UNDECODED, "65"]
    touching = join_signs([word(UNDECODED, 0, 5), word("4", 5, 9)], 0.11)
    assert [w["text"] for w in touching] == [UNDECODED, "4"]


def test_a_number_sign_reported_off_its_line_is_the_sign_of_the_number_after_it() -> None:
    # a math-font minus whose box is reported 0.7 em low ("(" "−" "1.18" in a BMC table): re-seated on the
    # number's line and joined to it, even a glyph's gap away
    def word(text: str, x0: float, x1: float, top: float = 10.0) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 8, "size": 8.0, "fontname": "F"}

    low = join_signs([word("(", 0, 2), word("−", 2, 8, 15.6), word("1.18", 9, 22), word("to", 24, 31)], 0.11)
    assert [w["text"] for w in low] == ["(−1.18", "to"]
    alone = join_signs([word("−", 2, 8, 15.6), word("0.06", 9, 22)], 0.11)
    assert [w["text"] for w in alone] == ["−0.06"]
    # a sign on its own line below (the next row) is not re-seated; nor is one far from the number
    below = join_signs([word("−", 2, 8, 21.0), word("0.06", 9, 22)], 0.11)
    assert [w["text"] for w in below] == ["−", "0.06"]
    far = join_signs([word("−", 2, 8, 15.6), word("0.06", 14, 27)], 0.11)
    assert [w["text"] for w in far] == ["−", "0.06"]


def test_giraf_table_2_reads_its_low_minus_signs() -> None:
    from extractors.debug import table_stages

    stages = table_stages(load_document(PDFS / "giraf-dabigatran-cognition-bmcmed2022.pdf"))
    grid = next(g for g in stages.grids.grids if g.table_id == "Table 2")
    row = next(r for r in grid.rows if r.label_path[-1] == "MMSE score")
    assert row.cells[0].text == "−0.69 (−1.18 to −0.20)"


def test_infinity_is_read_from_its_outline() -> None:
    # one wide contour holding two holes side by side: "∞" whatever the map says ("•" in a BJCP symbol font)
    def ring(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

    infinity = [ring(20, 120, 700, 430), ring(80, 170, 330, 380), ring(390, 170, 640, 380)]
    assert shape_of(infinity) == "∞"
    eight = [ring(100, 0, 450, 700), ring(150, 50, 400, 320), ring(150, 380, 400, 650)]  # holes stacked
    assert shape_of(eight) is None
    bullet = [ring(100, 150, 400, 450)]
    assert shape_of(bullet) is None
    # "œ": a wide contour with a round hole beside a small eye -- its loops are no mirror pair
    oe = [ring(20, 0, 760, 470), ring(80, 60, 360, 410), ring(430, 260, 700, 410)]
    assert shape_of(oe) is None
    decision = decide("SymbolBS", 183, "bullet", "•", "•", "∞")
    assert decision.result == "∞" and decision.how == "shape"


ACETAMINOPHEN = "acetaminophen-4-8g-day-disposition-clinpharmacolther2007.pdf"


def test_a_sign_on_a_letter_key_is_read_when_the_letter_is_set_alone() -> None:
    """Elsevier "AdvEls" subsets draw "<" on the "o" key and "∞" on the "N" key, each the only glyph of its
    font between roman text ("P o 0.0001", "AUC N"). Set alone, the letter's outline decides; a letter
    inside a run of its own font is a letter, whatever any other glyph looks like."""
    glyphs = decoder(ACETAMINOPHEN)
    assert glyphs.fix("AMJMDC+AdvEls-ent4", "o", lone=True) == "<"
    assert glyphs.fix("AdvEls-ent5", "N", lone=True) == "∞"
    assert glyphs.fix("AMJMDC+AdvEls-ent4", "o") == "o"
    # a real letter set alone (an italic "P" before a symbol) keeps its outline's verdict: a letter
    assert glyphs.fix("AdvMinionNormal_It", "P", lone=True) == "P"


def test_p_values_with_a_sign_on_a_letter_key_are_read() -> None:
    words = [w.text for frame in load_document(PDFS / ACETAMINOPHEN, reader="pdfplumber").frames for w in frame.words]
    words += [w.text for frame in load_document(PDFS / ACETAMINOPHEN, reader="pdfium").frames for w in frame.words]
    assert "P<0.0001" in words or "(P<0.0001)" in words
    assert not any("Po0.0001" in w for w in words)


def test_greek_letters_on_latin_keys_are_undecoded_unless_a_unit_or_an_auc_tells() -> None:
    """Wiley/Elsevier "AdvGreek" and "AdvPi" subsets draw µ on "l" (and "m"), τ on "s" (and "t"). Set alone, a
    letter whose outline descends where its Latin key never does is not that letter; a font shown to do that
    has none of its lone letters taken as reported. Context decodes only what units and PK notation allow:
    the micro prefix before a unit's stem ("(µg·h/ml)"), the τ of "AUCτ"."""
    glyphs = decoder(ACETAMINOPHEN)
    assert glyphs.fix("AMJMEH+AdvGreek_BI", "l", lone=True) == UNDECODED  # µ: descends, an "l" never does
    assert glyphs.fix("AMJMEH+AdvGreek_BI", "s", lone=True) == UNDECODED  # τ: its font draws Greek on Latin keys
    assert glyphs.fix("AMJMEF+AdvPi2", "t", lone=True) == UNDECODED  # the font whose "m" is µ
    assert glyphs.fix("AMJMEH+AdvGreek_BI", "s") == "s"  # inside a run of its own font a letter is a letter
    assert glyphs.fix("AdvMinionNormal_It", "P", lone=True) == "P"  # a Latin font's lone letter stays
    # the glyph's name still says what it is where it can ("alpha" typed on "a"); a Latin name does not
    assert decide("Greek", 97, "alpha", "a", "α", UNDECODED).result == "α"
    assert decide("Greek", 108, "l", "l", "l", UNDECODED).result == UNDECODED

    def word(text: str, x0: float, x1: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x1, "top": 10.0, "bottom": 18.0, "size": 8.0, "fontname": "F"}

    micro = join_signs([word("(", 0, 3), word(UNDECODED, 3, 8), word("g·h/ml)", 8, 30)], 0.11)
    assert [w["text"] for w in micro] == ["(", "µ", "g·h/ml)"]
    mol = join_signs([word("12", 0, 8), word(UNDECODED, 10, 15), word("mol/L", 15, 35)], 0.11)
    assert [w["text"] for w in mol][1] == "µ"
    tau = join_signs([word("AUC", 0, 18), word(UNDECODED, 18, 22), word("(h)", 25, 35)], 0.11)
    assert [w["text"] for w in tau] == ["AUC", "τ", "(h)"]
    # before a word that is no unit, inside a word, or spaced from the unit: undecoded
    for items in (
        [word(UNDECODED, 0, 5), word("given", 5, 25)],
        [word("ab", 0, 8), word(UNDECODED, 8, 13), word("g", 13, 17)],
        [word(UNDECODED, 0, 5), word("g/ml", 9, 25)],
        [word("CL", 0, 8), word(UNDECODED, 8, 13)],
    ):
        assert UNDECODED in [w["text"] for w in join_signs(items, 0.11)]


def test_a_ligature_pdfium_cannot_map_is_read_by_its_name_in_both_readers() -> None:
    """abs-glofitamab: the "fi" glyph of an Avenir subset has no ToUnicode entry; pdfminer reads its name, PDFium
    reports U+0000. The decoder takes the font's one ligature (or the one whose advance matches)."""
    for reader in ("pdfium", "pdfplumber"):
        document = load_document(PDFS / "abs-glofitamab-fl-ash2021.pdf", reader=reader)
        words = [w.text for frame in document.frames if frame.page == 1 for w in frame.words]
        assert not any("\x00" in w or UNDECODED in w for w in words), reader
        assert "glofitamab" in words, reader


def test_an_unmapped_glyph_with_no_ligature_to_match_is_undecoded() -> None:
    assert GlyphDecoder().unmapped("ABCDEF+NoSuchFont", 0.55) == UNDECODED
