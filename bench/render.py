"""Page images and the review page: render time per page at 100 dpi, cache hits, and how the review page
behaves on a 12-page paper with 1,000 values.

    python bench/render.py [PDF ...] [--dpi 100] [--no-browser]

1. Render: every page of each PDF through the service's page cache (pypdfium2, greyscale PNG), first from the
   PDF (a miss) and then again (a hit from the disk cache). Target: a page within 300 ms at 100 dpi.
2. Browser (unless --no-browser): uvicorn on a port of 8200-8299 and Debian's chromium (Playwright). The
   12-page east-afnet4 paper is uploaded and topped up to 1,000 values with added values (review actions
   written to its database); then the review page is opened and its pages scrolled top to bottom. Printed:
   time to first contentful paint and to the first boxes, and while scrolling the long tasks (> 50 ms) and the
   longest gap between two frames.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.pagecache import PageCache  # noqa: E402
from trialex.settings import Settings  # noqa: E402

PDFS = ROOT / "tests" / "data" / "pdfs"
DEFAULT = [PDFS / "seed-nct04728035.pdf", PDFS / "east-afnet4-early-rhythm-nejm2020.pdf"]
BIG = PDFS / "east-afnet4-early-rhythm-nejm2020.pdf"
TARGET_VALUES = 1000

SCROLL_JS = """
async () => {
  const host = document.getElementById('pages');
  const longTasks = [];
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  try { obs.observe({ type: 'longtask', buffered: false }); } catch (e) {}
  let last = performance.now(), maxGap = 0, frames = 0;
  const step = host.clientHeight / 3;
  while (host.scrollTop + host.clientHeight < host.scrollHeight - 2) {
    host.scrollTop += step;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    frames += 1;
  }
  await new Promise((r) => setTimeout(r, 300));
  obs.disconnect();
  return { frames, maxGap, longTasks, boxes: document.querySelectorAll('.box').length };
}
"""


def bench_render(paths: list[Path], dpi: int) -> None:
    from trialex.blobs import BlobStore

    with tempfile.TemporaryDirectory() as tmp:
        cache = PageCache(Settings(blob_dir=tmp))
        for path in paths:
            sha = BlobStore(tmp).put(path.read_bytes())
            pages = len(cache.sizes(sha))
            misses, hits = [], []
            for n in range(1, pages + 1):
                start = time.perf_counter()
                _, hit = cache.png(sha, n, dpi)
                misses.append(time.perf_counter() - start)
                assert not hit
                start = time.perf_counter()
                _, hit = cache.png(sha, n, dpi)
                hits.append(time.perf_counter() - start)
                assert hit
            print(
                f"render {path.stem}: {pages} pages at {dpi} dpi: median {statistics.median(misses) * 1000:.0f} ms,"
                f" max {max(misses) * 1000:.0f} ms per page; cache hit median {statistics.median(hits) * 1000:.1f} ms"
            )


def add_values(db_path: Path, sha256: str, pages: list[dict[str, float]], count: int) -> None:
    """``count`` added values spread over the pages in a grid, written as review actions (what the API's
    ``add`` stores), straight into the server's database to keep the bench quick."""
    from db.engine import make_engine, session_scope
    from db.reviews import add_action, new_addition_key

    engine = make_engine(f"sqlite:///{db_path}")
    with session_scope(engine) as session:
        for i in range(count):
            p = pages[i % len(pages)]
            row, col = divmod(i // len(pages), 8)
            x0 = 40 + col * (p["width"] - 80) / 8
            top = 60 + (row % 60) * (p["height"] - 120) / 60
            record = {
                "section": ("demographics", "adverse_events", "pk", "efficacy")[i % 4],
                "table": "bench",
                "row": [f"row {row}"],
                "column": [f"col {col}"],
                "statistic": "count",
                "value": i,
                "raw": str(i),
                "page": int(p["number"]),
                "bbox": [x0, top, x0 + 30, top + 7],
            }
            add_action(
                session=session,
                sha256=sha256,
                record_key=new_addition_key(),
                action="add",
                reviewer="bench",
                before=None,
                after={"status": "added", **record},
            )
    engine.dispose()


def bench_browser() -> None:
    import httpx

    from tests.ui.harness import chromium, server

    with tempfile.TemporaryDirectory() as tmp, server(Path(tmp)) as base:
        response = httpx.post(
            f"{base}/documents", files={"file": (BIG.name, BIG.read_bytes(), "application/pdf")}, timeout=300
        )
        response.raise_for_status()
        doc = response.json()
        bundle = httpx.get(f"{base}/documents/{doc['id']}/review", timeout=60).json()
        extracted = len(bundle["items"])
        pages = bundle["pages"]
        add_values(Path(tmp) / "trialex.db", doc["sha256"], pages, TARGET_VALUES - extracted)
        start = time.perf_counter()
        bundle = httpx.get(f"{base}/documents/{doc['id']}/review", timeout=60)
        api_ms = (time.perf_counter() - start) * 1000
        values = len(bundle.json()["items"])
        with chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"{base}/ui/#/doc/{doc['id']}")
            page.wait_for_selector(".box", timeout=60_000)
            fcp = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")
            boxes = page.evaluate("performance.getEntriesByName('trialex:first-boxes')[0].startTime")
            fetched = page.evaluate(
                "performance.getEntriesByType('resource').find((e) => e.name.includes('/review')).responseEnd"
            )
            scroll = page.evaluate(SCROLL_JS)
            page.keyboard.press("j")
            start = time.perf_counter()
            for _ in range(50):
                page.keyboard.press("j")
            page.wait_for_selector("#records tr.cur")
            keys_ms = (time.perf_counter() - start) * 1000 / 50
        long_tasks = scroll["longTasks"]
        print(
            f"review page: {len(pages)} pages, {values} values ({extracted} extracted); /review answers in"
            f" {api_ms:.0f} ms; in the browser: first contentful paint {fcp:.0f} ms, values received {fetched:.0f} ms,"
            f" first boxes {boxes:.0f} ms after navigation"
        )
        print(
            f"scrolling {scroll['frames']} steps through all pages: longest frame gap {scroll['maxGap']:.0f} ms,"
            f" {len(long_tasks)} long tasks (max {max(long_tasks, default=0):.0f} ms); {scroll['boxes']} boxes in the"
            f" DOM at the end; j (next value) {keys_ms:.0f} ms per key press"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    bench_render(args.pdfs or DEFAULT, args.dpi)
    if not args.no_browser:
        bench_browser()


if __name__ == "__main__":
    main()
