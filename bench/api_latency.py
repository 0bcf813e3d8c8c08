"""Latency of the API's list endpoints on one store in both backends, SQLite and PostgreSQL.

Builds an SQLite store of the seeds plus the first N real AllSides articles with the real
pipeline (or takes ``--sqlite PATH``, copied, never changed), copies it into PostgreSQL with
``storyline.store.copy`` (so both hold the same rows), then requests every list endpoint
``--repeat`` times through the app in this process (FastAPI's TestClient: routing, the store
and JSON, no network) and prints p50 / p95 per endpoint and backend.

PostgreSQL: ``STORYLINE_BENCH_PG`` (a DSN whose schema is empty), else a throwaway cluster
(scripts/pg-throwaway.sh, Debian's postgresql package).

    python bench/api_latency.py [--articles 300] [--sqlite PATH] [--repeat 30]
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
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
ALLSIDES = SHARED / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
SEEDS = SHARED / "corpus" / "seeds"

# every list the UI pages through, with the filters it uses most
ENDPOINTS = [
    ("/api/stats", {}),
    ("/api/documents", {}),
    ("/api/entities", {}),
    ("/api/entities", {"type": "PERSON", "q": "an"}),
    ("/api/events", {}),
    ("/api/events", {"from": "2017-01", "to": "2017-06"}),
    ("/api/claims", {}),
    ("/api/contradictions", {}),
    ("/api/search", {"q": "said the president"}),
    ("/api/timeline", {}),
    ("/api/graph", {}),
]


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
    dst.db.execute("ANALYZE")  # fresh statistics, as autovacuum would have them on a server
    print(f"copied to PostgreSQL in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    src.close()
    dst.close()
    return dsn, server


def time_endpoints(where: str, repeat: int) -> dict[str, dict[str, float]]:
    from fastapi.testclient import TestClient

    from storyline.present.api import create_app

    out = {}
    with TestClient(create_app(where), base_url="http://localhost") as client:
        for path, params in ENDPOINTS:
            assert client.get(path, params=params).status_code == 200  # warm: plans, caches
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                r = client.get(path, params=params)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
            times.sort()
            key = path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")
            out[key] = {
                "p50_ms": 1000 * statistics.median(times),
                "p95_ms": 1000 * times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
                "bytes": len(r.content),
            }
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="AllSides articles besides the seeds")
    ap.add_argument("--sqlite", help="an existing SQLite store to measure (copied first)")
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args(argv)
    if not args.sqlite and not ALLSIDES.exists():
        sys.exit(f"{ALLSIDES} is absent: the shared data lives beside the repo (../shared)")
    tmp = Path(tempfile.mkdtemp(prefix="apibench"))
    if args.sqlite:
        path = str(tmp / "bench.db")
        shutil.copy(args.sqlite, path)
    else:
        path = build_sqlite(args.articles, tmp)
    from storyline.store import open_store

    counts = open_store(path).counts()
    dsn, server = to_postgres(path)
    try:
        results = {"sqlite": time_endpoints(path, args.repeat), "postgres": time_endpoints(dsn, args.repeat)}
    finally:
        if server is not None:
            server.stop()
    print(f"store: {counts}; {args.repeat} requests per endpoint")
    print(f"{'endpoint':48} {'SQLite p50/p95 ms':>20} {'PostgreSQL p50/p95 ms':>22} {'KB':>7}")
    for key, lite in results["sqlite"].items():
        pg = results["postgres"][key]
        print(
            f"{key:48} {lite['p50_ms']:9.1f} / {lite['p95_ms']:7.1f} {pg['p50_ms']:10.1f} / {pg['p95_ms']:7.1f}"
            f" {lite['bytes'] / 1024:7.0f}"
        )
    print(json.dumps({"counts": counts.model_dump(), "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
