"""Throughput of `storyline ingest --dask local` (a LocalCluster of N one-thread worker
processes) against `--workers N` on the same articles: the cost of the engine (target >= 0.8).

Both store into SQLite here and resolve at the end; the cluster is started before the clock
(a real cluster is up before an ingest). The Dask run's resolution is timed apart, on two
copies of the same unresolved store: on the workers (dask_resolve.py, what `--dask` does) and
on the client (what one process does), with the two results' exports compared, the CPU time
each side spent, and the size of the largest component (the largest task resolution can have). The corpus is cut into JSONL shards of --shard
articles, as an archive would be, so that reading and cleaning run on every worker too.
Corpus: the first ARTICLES real articles of ../shared/data/allsides-2016-2018 (default 1000).
It also prints the cost per million articles at the measured rate for a --price per core-hour.

    python bench/dask_throughput.py [ARTICLES] [--workers N] [--shard K] [--price USD]
    python bench/dask_throughput.py ARTICLES --from STORE   # the resolution step only
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from functools import partial
from itertools import islice
from pathlib import Path

from storyline.resolve.incremental import resolve_new

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import corpus, timed_ingest  # noqa: E402


def shards(src: Path, folder: Path, size: int) -> Path:
    folder.mkdir()
    lines = src.read_text().splitlines(keepends=True)
    for i in range(0, len(lines), size):
        (folder / f"part-{i // size:05d}.jsonl").write_text("".join(lines[i : i + size]))
    return folder


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", type=int, nargs="?", default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shard", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--price", type=float, default=0.02, help="USD per core-hour (default: a spot vCPU)")
    ap.add_argument(
        "--from", dest="source", help="only the resolution step, of the first ARTICLES of this store"
    )
    args = ap.parse_args()
    if args.source:
        return resolution_only(args.source, args.articles, args.workers)
    src = corpus(args.articles)
    tmp = src.parent
    from distributed import Client, LocalCluster

    from storyline.dask_ingest import ingest_dask
    from storyline.extract import nlp
    from storyline.store import SQLiteStore

    folder = shards(src, tmp / "shards", args.shard)
    nlp.load()
    local: list[float] = []
    dask: list[float] = []
    worker_cpu: list[float] = []  # CPU seconds the workers spent: what a cluster is paid for,
    client_cpu: list[float] = []  # whatever else runs on the machine; and the writer's here
    resolving: list[dict[str, tuple[float, float, float]]] = []
    with (
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(nlp.load)  # a running cluster has its model loaded, as the pool's workers do
        for r in range(args.repeat):  # alternated: a load from elsewhere hits both alike
            t, local_summary, _ = timed_ingest(folder, tmp / f"local{r}.db", args.workers)
            local.append(t)
            store = SQLiteStore(str(tmp / f"dask{r}.db"))
            cpu0, here0 = client.run(time.process_time), time.process_time()
            t0 = time.perf_counter()
            summary = ingest_dask(store, [str(folder)], client, resolve=False)
            stored = time.perf_counter() - t0
            cpu1 = client.run(time.process_time)
            worker_cpu.append(sum(cpu1[w] - cpu0[w] for w in cpu1))
            client_cpu.append(time.process_time() - here0)
            store.close()
            step = resolution(client, tmp / f"dask{r}.db")
            resolving.append(step)
            dask.append(stored + step["workers"][0])  # the ingest as `--dask` runs it
            worker_cpu[-1] += step["workers"][1]
            client_cpu[-1] += step["workers"][2]
    n = summary.new
    print(f"articles: {n} stored by Dask ({summary.line()}); --workers: {local_summary.line()}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, ts in ((f"--workers {args.workers}", local), (f"--dask local ({args.workers} workers)", dask)):
        t = statistics.median(ts)
        print(f"{name:<28}{t:>9.1f} s{n / t:>8.2f} articles/s  [{' '.join(f'{x:.1f}' for x in ts)}]")
    ratios = [a / b for a, b in zip(local, dask)]
    print(f"ratio dask / --workers: {statistics.median(ratios):.2f} median (target >= 0.8)")
    report(
        {k: tuple(statistics.median(x[k][i] for x in resolving) for i in range(3)) for k in resolving[0]}, n
    )
    cpu = statistics.median(worker_cpu) / n
    writer = statistics.median(client_cpu) / n
    print(f"CPU per article: {cpu:.2f} s on the workers, {writer:.3f} s in the writer (with resolution)")
    core_hours = cpu * 1e6 / 3600
    print(
        f"per million articles: {core_hours:.0f} worker core-hours (CPU time, not this machine's"
        f" contended wall time), ${core_hours * args.price:.0f} at ${args.price}/core-hour;"
        f" {core_hours / 32:.1f} h on 32 cores; the one writer needs {writer * 1e6 / 3600:.0f} core-hours more"
    )


def resolution_only(source: str, n: int, workers: int) -> None:
    """The resolution step alone, on a new store holding the first ``n`` analyses of ``source``
    (an ingested store), stored and not resolved."""
    from distributed import Client, LocalCluster

    from storyline.store import SQLiteStore, open_store

    tmp = Path(tempfile.mkdtemp())
    src = open_store(source, create=False)  # an older store is migrated: give a copy
    dst = SQLiteStore(str(tmp / "unresolved.db"))
    for a in islice(src.analyses(), n):
        dst.add_analysis(a)
    src.close()
    dst.close()
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        step = resolution(client, tmp / "unresolved.db")
    report(step, n)


def report(step: dict[str, tuple[float, float, float]], n: int) -> None:
    for where in ("workers", "client"):
        wall, wcpu, ccpu = step[where]
        print(
            f"resolution of {n} on the {where + ':':<9}{wall:>7.1f} s wall, {wcpu:.1f} s CPU on the"
            f" workers, {ccpu:.1f} s CPU on the client"
        )
    print(f"largest component: {step['largest'][0]:.0f} of {n} articles; exports equal: yes")


def resolution(client, db: Path) -> dict[str, tuple[float, float, float]]:
    """The resolution step of the unresolved store ``db``, on the workers and on the client
    (each on its own copy): (wall s, worker CPU s, client CPU s) each; the exports must match."""
    from storyline.dask_resolve import resolve_on_workers
    from storyline.pipeline import resolve_store
    from storyline.present.export import export_json
    from storyline.store import SQLiteStore

    out: dict[str, tuple[float, float, float]] = {}
    exports = []
    for where in ("workers", "client"):
        copy = db.with_name(f"{db.stem}-{where}.db")
        shutil.copy(db, copy)
        store = SQLiteStore(str(copy))
        new_fn = partial(resolve_on_workers, client) if where == "workers" else resolve_new
        cpu0, here0, t0 = client.run(time.process_time), time.process_time(), time.perf_counter()
        resolve_store(store, new_fn=new_fn)
        wall = time.perf_counter() - t0
        cpu1 = client.run(time.process_time)
        out[where] = (wall, sum(cpu1[w] - cpu0[w] for w in cpu1), time.process_time() - here0)
        if where == "client":
            out["largest"] = (max(len(c) for c in store.components()), 0.0, 0.0)
        exports.append(export_json(store))
        store.close()
    if exports[0] != exports[1]:
        sys.exit("resolution on the workers differs from resolution on the client")
    return out


if __name__ == "__main__":
    main()
