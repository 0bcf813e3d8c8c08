"""Latency of every list endpoint of the API (issues 14 and 15: p95 < 100 ms) on one store in
both backends, SQLite and PostgreSQL.

The store: ``--sqlite PATH`` (copied, never changed; e.g. the 10,135-document store of
bench/ask.py or the 2,000 AllSides of bench/ui_scale.py), or one built here from the seeds plus
the first ``--articles`` real AllSides articles with the real pipeline. It is copied into
PostgreSQL with ``storyline.store.copy`` (so both hold the same rows) unless ``--postgres DSN``
names a store that already holds it. Every list endpoint is asked with the parameter sets the UI
uses (first and later pages, filters, one- and two-word searches, the busiest entities) through
the app in this process (FastAPI's TestClient: routing, the store and JSON, no network);
``--repeat`` timed requests per parameter set after one untimed (plans, caches), p50 / p95 per
endpoint and backend, with the median CPU time of this process (the app and SQLite; what a
loaded machine's wait for a core does not inflate), that of the PostgreSQL server's process
for the request (``db cpu``, read from /proc when the server runs on this machine) and the
largest answer's size. The
machine's load average is printed beside the figures: they depend on it.

PostgreSQL: ``--postgres DSN``, else ``STORYLINE_BENCH_PG`` (a DSN whose schema is empty), else a
throwaway cluster (scripts/pg-throwaway.sh, Debian's postgresql package).

    python bench/api_latency.py --sqlite /tmp/present-work/big.real10000.db [--repeat 20]
    python bench/api_latency.py [--articles 300] [--backends sqlite]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
ALLSIDES = SHARED / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
SEEDS = SHARED / "corpus" / "seeds"
TARGET_MS = 100


def endpoint_variants(get: Callable[[str], Any]) -> dict[str, list[str]]:
    """Every list endpoint (and the two detail pages, whose lists are capped), each with the
    parameter sets the UI asks: first and later pages, filters, one- and two-word searches, the
    busiest entities. ``get(path)`` answers the JSON of a GET."""
    ents = get("/api/entities?limit=5")
    stats = get("/api/stats")
    dense = get("/api/timeline/density")
    busy = get("/api/events?sort=salience&limit=3")
    top = [e["id"] for e in ents["items"][:3]]
    two = " ".join(e["name"].split()[-1] for e in ents["items"][:2])
    outlet = stats["outlets"][0]["outlet"] if stats["outlets"] else ""
    w = dense["window"] or {}
    qs = urllib.parse.urlencode
    return {
        "/api/timeline": [
            "",
            "?" + qs({"from": w.get("from") or "", "to": w.get("to") or ""}),
            "?" + qs({"entity": top[0]}),
        ],
        "/api/timeline/density": ["", "?" + qs({"entity": top[1]})],
        "/api/events": [
            "",
            "?offset=500",
            "?sort=salience",
            "?dated=false&sort=salience",
            "?" + qs({"q": two}),
            "?" + qs({"outlet": outlet}),
            "?" + qs({"from": "2017-01", "to": "2017-06"}),
        ],
        "/api/events?entity=A&entity=B": ["?" + qs([("entity", top[0]), ("entity", top[1])])],
        "/api/entities": ["", "?offset=200", "?q=trump", "?type=PERSON&q=an"],
        "/api/documents": ["", "?offset=1000"],
        "/api/claims": ["", "?offset=500", "?stance=DENY", "?" + qs({"entity": top[0]})],
        "/api/contradictions": ["", "?offset=10", "?" + qs({"entity": top[0]})],
        "/api/search": ["?q=president", "?q=said+the+president", "?" + qs({"q": two})],
        "/api/graph": ["", "?limit=40", "?limit=200", "?" + qs({"entity": top[0]})],
        "/api/entities/{id}": ["/" + urllib.parse.quote(x, safe="") for x in top],
        "/api/events/{id}": ["/" + urllib.parse.quote(e["id"], safe="") for e in busy["items"]],
        "/api/stats": [""],
    }


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def build_sqlite(n: int, tmp: Path) -> str:
    from storyline.pipeline import ingest_paths
    from storyline.store import SQLiteStore

    src = tmp / "allsides.jsonl"
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as fh, open(src, "w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= n:
                break
            a = json.loads(line)
            row = {"text": a["content_original"], "title": a["title"], "outlet": a["source"],
                   "published": a["date"], "url": a["url"]}  # fmt: skip
            out.write(json.dumps(row) + "\n")
    db = tmp / "bench.db"
    store = SQLiteStore(str(db))
    t0 = time.perf_counter()
    summary = ingest_paths(store, [str(SEEDS), str(src)])
    print(f"ingested {summary.new} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    store.close()
    return str(db)


def to_postgres(sqlite_path: str) -> tuple[str, object]:
    from tests.pg import Server

    from storyline.store import SQLiteStore
    from storyline.store.copy import copy_store
    from storyline.store.postgres import PostgresStore

    server = None
    dsn = os.environ.get("STORYLINE_BENCH_PG")
    if not dsn:
        os.environ.pop("STORYLINE_TEST_PG", None)
        server = Server()
        dsn = server.schema_dsn("bench")
    src, dst = SQLiteStore(sqlite_path), PostgresStore(dsn)
    t0 = time.perf_counter()
    copy_store(src, dst)
    # statistics and the visibility map (index-only scans), as autovacuum keeps them on a server
    dst.db.execute("VACUUM ANALYZE")
    print(f"copied to PostgreSQL in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    src.close()
    dst.close()
    return dsn, server


def server_cpu(store: Any) -> Callable[[], float]:
    """The CPU seconds the PostgreSQL server process of this store's connection has used so far
    (Linux: /proc/PID/schedstat, in ns), or always 0 for SQLite, whose work is this process's.
    The server runs on this machine (a throwaway cluster, or one given on a local socket)."""
    conn = getattr(store.db, "live", None)
    if conn is None:
        return lambda: 0.0
    stat = Path(f"/proc/{conn().info.backend_pid}/schedstat")
    if not stat.exists():
        return lambda: 0.0
    return lambda: int(stat.read_text().split()[0]) / 1e9


def time_endpoints(where: str, repeat: int, by_variant: bool = False) -> dict[str, dict[str, float]]:
    from fastapi.testclient import TestClient

    from storyline.present.api import create_app

    out = {}
    with TestClient(create_app(where), base_url="http://localhost") as client:

        def get(path: str) -> Any:
            r = client.get(path)
            assert r.status_code == 200, (path, r.status_code, r.text[:300])
            return r

        served = server_cpu(client.app.state.store)
        for name, variants in endpoint_variants(lambda p: get(p).json()).items():
            path = name.split("{")[0].rstrip("/").split("?")[0]
            times, cpu, db_cpu, first, size = [], [], [], 0.0, 0
            for v in variants:
                t0 = time.perf_counter()
                get(path + v)  # the first ask (graph and stats are kept after)
                first = max(first, time.perf_counter() - t0)
                for _ in range(repeat):
                    t0, c0, s0 = time.perf_counter(), time.process_time(), served()
                    r = get(path + v)
                    times.append(time.perf_counter() - t0)
                    cpu.append(time.process_time() - c0)
                    db_cpu.append(served() - s0)
                    size = max(size, len(r.content))
                if by_variant:  # the CPU of each parameter set: which one is the slowest
                    mine, theirs = cpu[-repeat:], db_cpu[-repeat:]
                    ms = 1000 * (statistics.median(mine) + statistics.median(theirs))
                    print(f"  {path + v:<76.76} cpu + db cpu {ms:6.1f} ms", file=sys.stderr)
            out[name] = {
                "first_ms": 1000 * first,
                "p50_ms": 1000 * statistics.median(times),
                "p95_ms": 1000 * p95(times),
                # this process's CPU time (SQLite's work, not PostgreSQL's): what the wait for a
                # core on a loaded machine does not inflate
                "cpu_p50_ms": 1000 * statistics.median(cpu),
                # the PostgreSQL server's CPU time for the request (0 for SQLite)
                "db_cpu_p50_ms": 1000 * statistics.median(db_cpu),
                "max_kb": size / 1024,
            }
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="AllSides articles besides the seeds")
    ap.add_argument("--sqlite", help="an existing SQLite store to measure (copied first)")
    ap.add_argument("--postgres", help="a PostgreSQL store already holding the same rows")
    ap.add_argument("--backends", default="sqlite,postgres", help="sqlite, postgres or both")
    ap.add_argument("--repeat", type=int, default=20, help="timed requests per parameter set")
    ap.add_argument("--by-variant", action="store_true", help="print each parameter set's median CPU")
    args = ap.parse_args(argv)
    if not args.sqlite and not ALLSIDES.exists():
        sys.exit(f"{ALLSIDES} is absent: the shared data lives beside the repo (../shared)")
    backends = [b.strip() for b in args.backends.replace("both", "sqlite,postgres").split(",") if b.strip()]
    if unknown := set(backends) - {"sqlite", "postgres"}:
        ap.error(f"--backends: unknown {', '.join(sorted(unknown))} (sqlite, postgres or both)")
    tmp = Path(tempfile.mkdtemp(prefix="apibench"))
    if args.sqlite:
        path = str(tmp / "bench.db")
        shutil.copy(args.sqlite, path)
    else:
        path = build_sqlite(args.articles, tmp)
    from storyline.store import open_store

    store = open_store(path)  # migrates the copy to this version's schema
    counts = store.counts()
    store.close()
    print(f"load average {os.getloadavg()[0]:.2f} at the start ({os.cpu_count()} cores)")
    results: dict[str, dict[str, dict[str, float]]] = {}
    server = None
    try:
        if "sqlite" in backends:
            results["sqlite"] = time_endpoints(path, args.repeat, args.by_variant)
        if "postgres" in backends:
            dsn = args.postgres
            if not dsn:
                dsn, server = to_postgres(path)
            results["postgres"] = time_endpoints(dsn, args.repeat, args.by_variant)
    finally:
        if server is not None:
            server.stop()  # type: ignore[attr-defined]
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    print(f"store: {counts}; {args.repeat} timed requests per parameter set")
    for backend, rows in results.items():
        print(
            f"\n{backend:<32}{'first ms':>9}{'p50 ms':>8}{'p95 ms':>8}{'cpu p50':>8}{'db cpu':>8}{'max KB':>8}"
        )
        for name, r in rows.items():
            over = "" if r["p95_ms"] < TARGET_MS else f"  over {TARGET_MS} ms"
            print(
                f"{name:<32}{r['first_ms']:>9.1f}{r['p50_ms']:>8.1f}{r['p95_ms']:>8.1f}{r['cpu_p50_ms']:>8.1f}"
                f"{r['db_cpu_p50_ms']:>8.1f}"
                f"{r['max_kb']:>8.0f}{over}"
            )
    print(json.dumps({"counts": counts.model_dump(), "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
