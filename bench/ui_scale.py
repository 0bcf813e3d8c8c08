"""The web UI and API on a real 2,000-article store (issue 14): screenshots, warm home-page load
time (target < 1 s) and p95 latency of every list endpoint (target < 100 ms).

Corpus: the first N articles of ../shared/data/allsides-2016-2018 (default 2,000), ingested once
into /tmp/storyline-ui-allsides-N.db and reused by later runs (the ingest takes minutes; the
measurements seconds). Screenshots go to /tmp/storyline-ui-shots/, never into the repo.

    python bench/ui_scale.py [--articles 2000] [--db PATH] [--build-only] [--runs 30]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
SHOTS = Path("/tmp/storyline-ui-shots")
CLI = str(Path(sys.executable).parent / "storyline")  # the venv's console script

from tests.present.conftest import LiveServer  # noqa: E402
from tests.present.test_browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

from api_latency import endpoint_variants  # noqa: E402  (beside this script)


def build(db: Path, n: int) -> None:
    """Ingest the first ``n`` articles (with their outlet and date) unless ``db`` holds them."""
    from storyline.store import SQLiteStore

    if db.exists():
        store = SQLiteStore(str(db), create=False)
        have = store.counts().documents
        store.close()
        if have >= n * 0.95:  # a few articles are duplicates or fail extraction
            print(f"reusing {db} ({have} articles)")
            return
    src = db.with_suffix(".jsonl")
    with gzip.open(DATA, "rt") as fh, open(src, "w") as out:
        for _, line in zip(range(n), fh):
            a = json.loads(line)
            row = {"text": a["content_original"], "title": a["title"], "outlet": a["source"]}
            out.write(json.dumps(row | {"published": a["date"], "url": a["url"]}) + "\n")
    t0 = time.perf_counter()
    subprocess.run([CLI, "ingest", str(src), "--db", str(db)], check=True)
    print(f"ingested {n} articles in {time.perf_counter() - t0:.0f} s")


def get(url: str) -> tuple[float, dict]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        body = json.loads(r.read())
    return (time.perf_counter() - t0) * 1000, body


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def list_endpoints(base: str) -> dict[str, list[str]]:
    """Every list endpoint (and the two detail pages, whose lists are capped), each with the
    parameter sets of bench/api_latency.py: first and later pages, filters, searches."""
    return endpoint_variants(lambda path: get(base + path)[1])


def measure_api(base: str, runs: int) -> list[tuple[str, float, float, float]]:
    """(endpoint, slowest first request, median, p95 of the repeated requests) in ms."""
    rows = []
    for name, variants in list_endpoints(base).items():
        path = name.split("{")[0].rstrip("/").split("?")[0]
        times, first = [], 0.0
        for v in variants:
            url = base + path + v
            first = max(first, get(url)[0])  # the first ask of it (graph and stats are kept after)
            times += [get(url)[0] for _ in range(runs)]
        rows.append((name, first, statistics.median(times), p95(times)))
    return rows


def browse(base: str) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    out = {}
    ready = "() => document.getElementById('view').dataset.ready === location.hash"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = b.new_page(viewport={"width": 1400, "height": 950})
        loads = []
        for _ in range(6):  # the first load is cold (scripts fetched); the rest warm
            page.goto("about:blank")  # a full load each time, not a same-page hash change
            t0 = time.perf_counter()
            page.goto(base + "/#/")
            page.wait_for_function(ready, timeout=60000)
            loads.append(time.perf_counter() - t0)
        out["home cold s"] = loads[0]
        out["home warm s (median of 5)"] = statistics.median(loads[1:])
        page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
        for name, route, wait in (
            ("timeline", "#/timeline", ".vis-item"),
            ("network", "#/network", "#cy canvas"),
        ):
            t0 = time.perf_counter()
            page.goto(base + "/" + route)
            page.wait_for_function(ready, timeout=60000)
            page.wait_for_selector(wait, timeout=60000)
            page.wait_for_timeout(500)
            out[f"{name} s"] = time.perf_counter() - t0
            page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        b.close()
    return out


def summary_shot(db: Path) -> None:
    """`storyline summary --format html` rendered by the same browser."""
    from playwright.sync_api import sync_playwright

    html = SHOTS / "summary.html"
    r = subprocess.run(
        [CLI, "summary", "--db", str(db), "--format", "html"],
        check=True,
        capture_output=True,
        text=True,
    )
    html.write_text(r.stdout)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = b.new_page(viewport={"width": 1100, "height": 900})
        page.goto(html.as_uri())
        page.screenshot(path=str(SHOTS / "summary.png"), full_page=True)
        b.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--runs", type=int, default=30, help="timed requests per parameter set")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: the shared data lives beside the repo (../shared)")
    db = args.db or Path(f"/tmp/storyline-ui-allsides-{args.articles}.db")
    build(db, args.articles)
    if args.build_only:
        return
    # the figures depend on how busy the machine is: say so beside them
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    with LiveServer(str(db)) as srv:
        _, stats = get(srv.url + "/api/stats")
        print("store:", ", ".join(f"{k} {v}" for k, v in stats["counts"].items()))
        pages = browse(srv.url)
        rows = measure_api(srv.url, args.runs)
    summary_shot(db)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    print(f"\n{'page':<28}{'seconds':>9}")
    for k, v in pages.items():
        print(f"{k:<28}{v:>9.3f}")
    print(f"home warm load target < 1 s: {'met' if pages['home warm s (median of 5)'] < 1 else 'MISSED'}")
    print(f"\n{'endpoint':<32}{'first ms':>9}{'median ms':>10}{'p95 ms':>9}")
    for path, first, med, p in rows:
        print(f"{path:<32}{first:>9.1f}{med:>10.1f}{p:>9.1f}{'' if p < 100 else '  over 100 ms'}")
    print(f"\nscreenshots in {SHOTS}/ (overview, timeline, network, summary)")


if __name__ == "__main__":
    main()
