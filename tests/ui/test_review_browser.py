"""The review page in a real browser (Debian's chromium through Playwright) against real uvicorn and a real
SQLite file: upload the seed paper, see its boxes on page 1, open a value's record, correct it, reload and see
the correction kept, and find it in the reviewed CSV while the raw view keeps the extracted value."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.ui.harness import chromium, server

SEED = Path(__file__).resolve().parents[1] / "data" / "pdfs" / "seed-nct04728035.pdf"
AGE_BOX = '.box[data-raw="47.5 (28-63)"]'  # Table 1, age of the 50 mg/m² TNBC group: median (min-max)
TIMEOUT_MS = 60_000


def open_boxes(page: Page) -> None:
    page.wait_for_selector('.box[data-page="1"]', timeout=TIMEOUT_MS)


def test_upload_review_correct_reload_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with server(tmp_path) as base, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))

        # Upload through the file picker; the answer links the stored document.
        page.goto(f"{base}/ui/")
        page.set_input_files("#file", str(SEED))
        link = page.locator(".uploads .done a")
        link.wait_for(timeout=TIMEOUT_MS)
        href = link.get_attribute("href")
        assert href is not None and href.startswith("#/doc/")
        doc_id = int(href.rsplit("/", 1)[1])
        expect(page.locator("#docs")).to_contain_text("seed-nct04728035.pdf")

        # The document view: boxes on page 1, drawn only for the pages near the viewport.
        page.goto(f"{base}/ui/#/doc/{doc_id}")
        page.reload()
        open_boxes(page)
        first_boxes_ms = page.evaluate("window.trialexFirstBoxesMs")
        fcp_ms = page.evaluate(
            "(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: null}).startTime"
        )
        boxes_since_navigation = page.evaluate("performance.getEntriesByName('trialex:first-boxes')[0].startTime")
        with capsys.disabled():
            print(
                f"\nreview page: first contentful paint {fcp_ms:.0f} ms, first boxes {boxes_since_navigation:.0f} ms"
                f" after navigation ({first_boxes_ms:.0f} ms after the script started)"
            )
        assert page.locator('.box[data-page="1"]').count() >= 40
        assert page.locator('.box[data-page="6"]').count() == 0
        assert page.locator('.page[data-page="6"] img').get_attribute("src") is None
        assert page.locator("#count").inner_text().endswith("values")

        # Hover shows the record; a click opens it in the panel.
        page.hover(AGE_BOX)
        expect(page.locator("#tip")).to_contain_text("Age (year)")
        page.click(AGE_BOX)
        expect(page.locator("#statistic")).to_have_text("median")
        expect(page.locator("#value")).to_have_text("47.5")
        expect(page.locator("#row")).to_have_text("Age (year)")
        expect(page.locator("#column")).to_contain_text("50 mg/m²")
        expect(page.locator("#status")).to_have_text("unreviewed")

        # Correct it from the keyboard: e, type, Enter.
        page.keyboard.press("e")
        page.fill("#e-value", "47.0")
        page.fill("#comment", "median read off the text")
        page.press("#e-value", "Enter")
        expect(page.locator("#status")).to_have_text("corrected")
        expect(page.locator("#value")).to_have_text("47")

        # Reload: the correction is stored.
        page.reload()
        open_boxes(page)
        expect(page.locator(AGE_BOX)).to_have_class(re.compile(r"\bst-corrected\b"))
        page.click(AGE_BOX)
        expect(page.locator("#status")).to_have_text("corrected")
        expect(page.locator("#value")).to_have_text("47")
        expect(page.locator("#detail .was")).to_have_text("47.5")
        expect(page.locator("#history")).to_contain_text("median read off the text")

        # Keyboard navigation: j moves to the next value of the table, v verifies it.
        page.keyboard.press("j")
        expect(page.locator("#statistic")).to_have_text("min")
        page.keyboard.press("v")
        expect(page.locator("#records tr.st-verified td:nth-child(6)").first).to_have_text("min")

        # A row of the records table scrolls to its box, on whichever page it is.
        row = page.locator("#records tr[data-i]").nth(300)
        row_page = row.locator("td").nth(1).inner_text()
        row.click()
        selected = page.locator(".box.selected")
        expect(selected).to_be_in_viewport()
        assert selected.get_attribute("data-page") == row_page

        # Add a missed value by drawing its box on page 1.
        page.keyboard.press("a")
        page.locator('.page[data-page="1"]').scroll_into_view_if_needed()
        page.locator(AGE_BOX).wait_for()  # page 1's boxes are drawn again when it comes back into view
        page.locator(AGE_BOX).scroll_into_view_if_needed()
        near = page.locator(AGE_BOX).bounding_box()
        assert near is not None
        x, y = near["x"] + near["width"] + 150, near["y"] + 30  # blank paper right of the table
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + 40, y + 12, steps=4)
        page.mouse.up()
        page.fill("#addform [name=value]", "99")
        page.click("#addform button[type=submit]")
        expect(page.locator("#status")).to_have_text("added")
        expect(page.locator('.box.st-added[data-page="1"]')).to_have_count(1)
        assert errors == []

        # The export and the raw view, from the same server.
        reviewed = httpx.get(f"{base}/documents/{doc_id}/export.csv", params={"view": "reviewed"}).text
        rows = [r for r in csv.DictReader(io.StringIO(reviewed)) if r["raw"] == "47.5 (28-63)"]
        assert [(r["statistic"], r["value"], r["review_status"]) for r in rows] == [
            ("median", "47", "corrected"),
            ("min", "28", "verified"),
            ("max", "63", "unreviewed"),
        ]
        added = [r for r in csv.DictReader(io.StringIO(reviewed)) if r["review_status"] == "added"]
        assert [(r["page"], r["value"]) for r in added] == [("1", "99")]
        raw = httpx.get(f"{base}/documents/{doc_id}/records", params={"table": "Table 1", "limit": 1000}).json()
        assert [r["value"] for r in raw["results"] if r["raw"] == "47.5 (28-63)"] == [47.5, 28.0, 63.0]
