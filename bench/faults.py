"""Fault injection: kill -9 a real `storyline ingest` at random points, run the next command,
and count how often the store then equals a clean run's (issue 11; target 100 % of ≥ 20 kills).

Corpus: the first N articles of ../shared/data/allsides-2016-2018 as one JSONL. One clean ingest
gives the reference store and the run's length T. The kills cycle through three kinds: at a
uniform random time in (0, T) (a kill after the run has already finished is not counted); as soon
as a random k-th article is stored (found by polling the store: articles are written in bursts
after each parsed batch, which a random time rarely hits); inside the resolution (every article
stored, the resolution not yet saved). The next command is the same
ingest again; the store must then equal the clean one table by table (rowids and ingestion
times aside) and pass SQLite's integrity check.

    python bench/faults.py [--articles 200] [--kills 20] [--seed 1]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"

from tests.robust.procs import dump, kill_when, start, state, storyline  # noqa: E402


def corpus(folder: Path, n: int) -> Path:
    path = folder / "articles.jsonl"
    with gzip.open(DATA, "rt") as src, open(path, "w") as out:
        for _, line in zip(range(n), src):
            a = json.loads(line)
            out.write(
                json.dumps({"text": a["content_original"], "title": a["title"], "url": a["url"]}) + "\n"
            )
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: the shared data lives beside the repo (../shared)")
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="faults-"))
    src = corpus(tmp, args.articles)

    t0 = time.monotonic()
    clean = storyline("ingest", src, "--db", tmp / "clean.db")
    seconds = time.monotonic() - t0
    if clean.returncode != 0:
        sys.exit(clean.stderr)
    reference = dump(tmp / "clean.db")
    n_docs = len(reference["documents"])
    print(
        f"clean run: {n_docs} articles stored in {seconds:.0f} s; {len(reference['events'])} events",
        flush=True,
    )
    print(f"{'kill':>4} {'where':<28} {'stored':>6} {'pending':>7}  next command  equal")
    equal = kills = tries = 0
    while kills < args.kills:
        db = tmp / f"k{tries}.db"
        tries += 1
        proc = start("ingest", src, "--db", db, "--quiet")
        if tries % 3 == 0:
            where = "inside the resolution"
            hit = kill_when(proc, db, lambda s: s.get("documents") == n_docs and s["resolved"] < n_docs)
        elif tries % 3 == 2:  # articles are stored in bursts after each parsed batch: aim inside one
            k = rng.randint(1, n_docs - 1)
            where = f"after article {k} is stored"
            hit = kill_when(proc, db, lambda s, k=k: s.get("documents", 0) >= k)
        else:
            at = rng.uniform(0, seconds)
            where = f"at {at:.1f} s"
            deadline = time.monotonic() + at
            while proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            hit = proc.poll() is None
            if hit:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        if hit:  # a run that finished before its kill time is not a kill
            kills += 1
            st = state(db)
            nxt = storyline("ingest", src, "--db", db)
            same = nxt.returncode == 0 and dump(db) == reference
            equal += same
            stored, pending = st.get("documents", 0), st.get("resolved", 0) < st.get("documents", 0)
            row = f"{kills:>4} {where:<28} {stored:>6} {pending!s:>7}  exit {nxt.returncode:<7} {same}"
        else:
            row = f"   - {where:<28} (the run finished first; not counted)"
        print(row, flush=True)
        for f in tmp.glob(f"{db.name}*"):
            f.unlink()
    share = f"{equal}/{kills} ({100 * equal / kills:.0f} %)"
    print(f"store equal to the clean run's after the next command: {share}")


if __name__ == "__main__":
    main()
