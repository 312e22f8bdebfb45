"""The arithmetic under every prose statement reader (extractors/prose_vetoes.py): a statement whose interval does
not bracket its estimate, or whose bounds are reversed, is reported as prose-unread, never emitted (one such
statement reached the records of a held-out golden paper: found by an invariant count over all records)."""

from __future__ import annotations

from extractors.prose import read_paragraphs

GOOD = "The median overall survival was 12.1 months (95% CI, 10.3 to 14.2) in the overall population."
BAD = "The median overall survival was 12.1 months (95% CI, 14.2 to 10.3) in the overall population."
OUTSIDE = "The median overall survival was 18.1 months (95% CI, 10.3 to 14.2) in the overall population."


def _read(text: str) -> tuple[list[tuple[str, float | None]], list[str]]:
    records, findings = read_paragraphs([f"Results. {text}"])
    return [(r.statistic, r.value) for r in records], [f.message for f in findings]


def test_an_interval_that_brackets_its_estimate_is_read() -> None:
    read, _ = _read(GOOD)
    assert ("median", 12.1) in read and ("ci_low", 10.3) in read and ("ci_high", 14.2) in read


def test_reversed_or_outside_bounds_withhold_the_statement() -> None:
    for text in (BAD, OUTSIDE):
        read, messages = _read(text)
        assert not [v for v in read if v[1] in (12.1, 18.1, 10.3, 14.2)]
        assert any("arithmetic" in m or "bracket" in m or "interval" in m for m in messages)
