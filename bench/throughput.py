"""Throughput of `storyline ingest --workers N` against bare spaCy over the same cleaned texts.

Three runs in this one process, one after the other on the same machine, so the ratios are what
count: storyline with N workers (default 2; reading, cleaning, extraction, storing, resolution)
against bare spaCy `nlp.pipe` in one process (target >= 1.6 with 2 workers on 2 cores) and
against bare spaCy with `n_process=N` (target >= 0.8). With --one, storyline with one process
too (its old target: >= 0.7 of bare spaCy in one process).
Corpus: the first N real articles of ../shared/data/allsides-2016-2018 (default 300).

    python bench/throughput.py [ARTICLES] [--workers N] [--one]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"


def write_corpus(n: int, out: Path) -> None:
    """The first ``n`` AllSides articles as storyline JSONL records."""
    with gzip.open(DATA, "rt") as fh, open(out, "w") as dst:
        for i, line in enumerate(fh):
            if i >= n:
                break
            a = json.loads(line)
            record = {
                "text": a["content_original"],
                "title": a["title"],
                "outlet": a["source"],
                "published": a["date"],
                "url": a["url"],
            }
            dst.write(json.dumps(record) + "\n")


def corpus(n: int) -> Path:
    """A fresh temporary folder holding the first ``n`` AllSides articles as ``articles.jsonl``."""
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: the shared data lives beside the repo (../shared)")
    src = Path(tempfile.mkdtemp()) / "articles.jsonl"
    write_corpus(n, src)
    return src


RESOLVING: list[float] = []  # seconds of each run spent in the final resolution


def cpu_seconds() -> float:
    """CPU time (user + system) of this process, of its children waited for (bare spaCy's
    n_process; storyline's workers, forked from this process), of a fork server (when
    storyline's workers come from one) and of the worker processes it has reaped: on a machine
    shared with other jobs, wall-clock ratios swing with their load, CPU time much less."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)  # the pool's workers' parent
    if pid:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            # its own utime, stime (the preload: spaCy and storyline imported once) and its
            # reaped workers' cutime, cstime
            total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def timed_ingest(src: Path, db: Path, workers: int):
    from storyline import pipeline
    from storyline.store import SQLiteStore

    resolve_store = pipeline.resolve_store

    def timed_resolve(*a, **kw):  # the serial tail of a run, while the workers idle
        t0 = time.perf_counter()
        try:
            return resolve_store(*a, **kw)
        finally:
            RESOLVING.append(time.perf_counter() - t0)

    store = SQLiteStore(str(db))
    pipeline.resolve_store = timed_resolve
    t0 = time.perf_counter()
    try:
        summary = pipeline.ingest_paths(store, [str(src)], workers=workers)
    finally:
        pipeline.resolve_store = resolve_store
    return time.perf_counter() - t0, summary, store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", type=int, nargs="?", default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--one", action="store_true", help="also storyline with one process")
    ap.add_argument("--repeat", type=int, default=1, help="alternate the runs this many times; medians")
    args = ap.parse_args()
    from storyline.extract import nlp

    src = corpus(args.articles)
    tmp = src.parent
    nlp.load()  # every run starts with its model loaded; warm up on the same text
    nlp.load()("Warm-up sentence about a meeting in December.")

    import spacy

    bare = spacy.load(nlp.MODEL)  # the model as shipped: every component on every token
    ours, ours_one = f"storyline --workers {args.workers}", "storyline --workers 1"
    one, many = "bare spaCy, 1 process", f"bare spaCy, n_process={args.workers}"
    runs: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for r in range(args.repeat):  # alternated, so that a load from elsewhere hits every run alike
        c0 = cpu_seconds()
        t, summary, store = timed_ingest(src, tmp / f"many{r}.db", args.workers)
        cpu.setdefault(ours, []).append(cpu_seconds() - c0)
        runs.setdefault(ours, []).append(t)
        runs.setdefault("  of which final resolution", []).append(RESOLVING[-1])
        texts = [d.text for d in store.document_records().items]
        if args.one:
            c0 = cpu_seconds()
            runs.setdefault(ours_one, []).append(timed_ingest(src, tmp / f"one{r}.db", 1)[0])
            cpu.setdefault(ours_one, []).append(cpu_seconds() - c0)
        for name, n_process in ((one, 1), (many, args.workers)):
            c0 = cpu_seconds()
            t0 = time.perf_counter()
            for _ in bare.pipe(texts, batch_size=nlp.BATCH_SIZE, n_process=n_process):
                pass
            runs.setdefault(name, []).append(time.perf_counter() - t0)
            cpu.setdefault(name, []).append(cpu_seconds() - c0)

    words = sum(len(t.split()) for t in texts)
    print(f"articles: {len(texts)} stored ({summary.line()}), {words} words after cleaning")
    print(f"load average at the end (1, 5, 15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(
        f"{'run (median of ' + str(args.repeat) + ')':<30}{'seconds':>9}{'articles/s':>12}{'words/s':>10}"
        f"{'CPU s':>8}"
    )
    med = {name: statistics.median(ts) for name, ts in runs.items()}
    for name, t in med.items():
        c = f"{statistics.median(cpu[name]):>8.1f}" if name in cpu else ""
        print(f"{name:<30}{t:>9.1f}{len(texts) / t:>12.1f}{words / t:>10.0f}{c}")
    # On an idle machine with as many cores as workers, a run lasts about its CPU time spread
    # over the workers, plus its serial final resolution: the ratio the load hides.
    if ours in cpu:
        serial = statistics.median(runs["  of which final resolution"])
        idle = (statistics.median(cpu[ours]) - serial) / args.workers + serial
        print(
            f"CPU: storyline --workers {args.workers} {statistics.median(cpu[ours]):.1f} s against bare spaCy"
            f" {statistics.median(cpu[one]):.1f} s; on {args.workers} idle cores that is a wall ratio of about"
            f" {statistics.median(cpu[one]) / idle:.2f} (the final resolution, {serial:.1f} s, runs alone)"
        )
    for name, other, target in ((ours, one, 1.6), (ours, many, 0.8), (ours_one, one, 0.7)):
        if name in runs:
            ratios = [b / a for a, b in zip(runs[name], runs[other])]
            shown = " ".join(f"{x:.2f}" for x in ratios)
            print(
                f"ratio {name} / {other}: {statistics.median(ratios):.2f} median [{shown}]  (target >= {target})"
            )


if __name__ == "__main__":
    main()
