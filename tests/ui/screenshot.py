"""The screenshot of the review page in the docs: ``python -m tests.ui.screenshot [docs/img/review.png]``.

Starts the app on a temporary database, uploads the seed paper, leaves a few review verdicts (verified,
corrected, rejected) so their styles show, opens a value with a finding and saves the browser's viewport.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import httpx

from tests.ui.harness import ROOT, chromium, server

SEED = ROOT / "tests" / "data" / "pdfs" / "seed-nct04728035.pdf"


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp, server(Path(tmp)) as base:
        upload = httpx.post(f"{base}/documents", files={"file": (SEED.name, SEED.read_bytes())}, timeout=300)
        doc_id = upload.json()["id"]
        items = httpx.get(f"{base}/documents/{doc_id}/review", timeout=60).json()["items"]
        table1 = [i for i in items if i["record"]["table"] == "Table 1" and i["record"]["page"] == 1]
        reviews = [{"action": "verify", "key": i["key"]} for i in table1[:12]]
        reviews.append({"action": "correct", "key": table1[12]["key"], "changes": {"value": 6}, "comment": "typo"})
        reviews.append({"action": "reject", "key": table1[13]["key"], "comment": "not a count"})
        for body in reviews:
            headers = {"X-Reviewer": "reviewer 1"}
            httpx.post(f"{base}/documents/{doc_id}/reviews", json=body, headers=headers, timeout=60).raise_for_status()
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(f"{base}/ui/#/doc/{doc_id}")
            page.wait_for_selector('.box[data-raw="88 (87.1)"]')
            page.wait_for_selector("#records tr")
            page.click('.box[data-raw="88 (87.1)"]')
            page.hover('.box[data-raw="76 (85.4)"]')
            page.wait_for_timeout(800)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img" / "review.png")
