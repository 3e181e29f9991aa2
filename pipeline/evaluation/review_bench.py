"""Time the review page in headless Chromium: open until the first release is on screen, then
switch to random releases by address (`#release/<id>`), each until it is on screen.

    python -m pipeline.evaluation.review_bench OUT [--switches 20] [--runs 2] [--seed 7]

OUT is an output folder (its review.html and releases.csv). Needs Playwright (the test extra)
and a Chromium (Debian's /usr/bin/chromium by default, so no browser is downloaded).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import time
from pathlib import Path


def time_page(out: Path, ids: list[str], chromium: str) -> dict:
    """One run: seconds to the first release, and milliseconds for each switch."""
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        started = time.perf_counter()
        page.goto((out / "review.html").resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]")
        page.wait_for_selector("article.release")
        opened = time.perf_counter() - started
        switches = []
        for rid in ids:
            started = time.perf_counter()
            page.evaluate("(rid) => { location.hash = '#release/' + encodeURIComponent(rid); }", rid)
            page.wait_for_selector(f'article.release[data-id="{rid}"]')
            switches.append((time.perf_counter() - started) * 1000)
        browser.close()
    if errors:
        raise SystemExit(f"{out / 'review.html'}: the page reported errors: {errors[:3]}")
    return {"open_s": opened, "switch_median_ms": statistics.median(switches), "switch_max_ms": max(switches)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output folder holding review.html and releases.csv")
    parser.add_argument("--switches", type=int, default=20, help="random releases to switch to per run (default 20)")
    parser.add_argument("--runs", type=int, default=2, help="runs, each in a fresh browser (default 2)")
    parser.add_argument("--seed", type=int, default=7, help="seed for picking the releases (default 7)")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="Chromium executable (default /usr/bin/chromium)")
    args = parser.parse_args(argv)
    with (args.out / "releases.csv").open(encoding="utf-8", newline="") as handle:
        ids = [row["id"] for row in csv.DictReader(handle)]
    picked = random.Random(args.seed).sample(ids, min(args.switches, len(ids)))
    for run in range(1, args.runs + 1):
        r = time_page(args.out, picked, args.chromium)
        print(f"run {run}: {len(ids)} releases: open {r['open_s']:.2f} s; switch median "
              f"{r['switch_median_ms']:.0f} ms, slowest {r['switch_max_ms']:.0f} ms over {len(picked)}")


if __name__ == "__main__":
    main()
