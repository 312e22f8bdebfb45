"""Damaged PDFs end in a named InputError or an extraction, never in a crash of another kind."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.pipeline import extract
from trialex.errors import InputError

PDF = (Path(__file__).resolve().parents[1] / "data" / "pdfs" / "abs-tqb3525-fl-asco2024.pdf").read_bytes()


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(PDF)
    kind = draw(st.sampled_from(["hole", "noise", "zeros"]))
    if kind == "hole":  # a stretch cut out of the middle; the trailer with %%EOF kept
        start = draw(st.integers(100, len(data) - 3000))
        return bytes(data[:start] + data[-2000:])
    if kind == "noise":
        for _ in range(draw(st.integers(1, 60))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    start = draw(st.integers(0, len(data) - 4000))
    data[start : start + 3000] = bytes(3000)
    return bytes(data)


@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_pdfs_fail_cleanly(data: bytes) -> None:
    try:
        extraction = extract(data)
    except InputError as exc:
        assert exc.code and str(exc)
    else:
        assert extraction.document.sha256


# abs-tqb3525-fl-asco2024.pdf with 60 random bytes changed (a draw of the test above): a glyph of it is placed
# hundreds of millions of points off the page, and the two-column gutter search sized its strip by the words'
# extent (a list of 3.7e8 points: half a minute per page). The text's edges are kept within the frame.
OFF_PAGE = Path(__file__).resolve().parents[1] / "data" / "damaged" / "noise-offpage-glyphs.pdf"


def test_glyphs_placed_off_the_page_do_not_stretch_the_text_edges() -> None:
    from extractors.frame_view import frame_view
    from extractors.loader import load_document

    document = load_document(OFF_PAGE)
    frame = document.frames[0]
    assert max(w.x1 for w in frame.words) > 1000 * frame.width  # the damage this file holds
    view = frame_view(document, 0, set())
    assert 0 <= view.left <= view.right <= frame.width
    assert extract(OFF_PAGE).document.sha256
