"""Adding articles to a growing store: time per added article, peak memory, and the JSON export.

    python bench/incremental.py [--sizes 1000,5000,10000] [--add 10] [--work /tmp/storyline-incremental]
                                [--shrink-from STORE]

Stores of the first N real articles of ../shared/data/allsides-2016-2018 are built once under
--work and reused by later runs: each from the next smaller one plus the articles it lacks, or,
with --shrink-from (a store of more of the same articles, ingested from one JSONL file, such as
/tmp/final/10k.db), by copying the extraction of its first N articles into a new store and
resolving that in full (what `storyline remove` of the others would leave, much faster).
For each size a copy of the store takes the same --add articles (from far beyond the largest
store) in one `ingest_paths` call, in a fresh process: the time per added article (extraction
and resolution, the model loaded before the clock starts; wall and CPU time, the second less
swayed by the other jobs of a shared machine), how much of it the resolution took
and how many documents it read (the block of candidates, resolve/incremental.py), and the
process's peak memory (ru_maxrss, the model included). Then the same store re-resolved in full
(`resolve_store(force=True)`, `storyline resolve`): the share of entities and of events (as
sets of mentions) that differ between the two. Then `storyline export --format json` of the
store, in a fresh process: its time and peak memory.

Targets (issue 15): per added article within 1.5x of the smallest store, peak memory within 1.2x.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
DATA = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"
ADDED_FROM = 11000  # the added articles come from here on, beyond every store size (10,000 too)


def _articles(start: int, stop: int) -> list[str]:
    """JSONL lines of the AllSides articles [start, stop) that have a text."""
    out: list[str] = []
    i = 0
    with gzip.open(DATA, "rt") as fh:
        for line in fh:
            a = json.loads(line)
            if not (a.get("content_original") or "").strip():
                continue
            if i >= start:
                record = {"text": a["content_original"], "title": a["title"], "url": a["url"]}
                out.append(json.dumps({**record, "outlet": a["source"], "published": a["date"]}))
            i += 1
            if i >= stop:
                break
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child_add(db: str, src: str) -> None:
    from storyline import pipeline
    from storyline.extract import nlp
    from storyline.store import SQLiteStore

    nlp.pipe(["Warm up the model."])
    store = SQLiteStore(db)
    read: list[int] = []
    inner = store.resolution_input

    def spy(docs=None):
        read.append(len(docs) if docs is not None else store.counts().documents)
        return inner(docs)

    store.resolution_input = spy  # type: ignore[method-assign]
    resolve_store = pipeline.resolve_store
    spent = []

    def timed(*a, **kw):
        t0 = time.perf_counter()
        try:
            return resolve_store(*a, **kw)
        finally:
            spent.append(time.perf_counter() - t0)

    pipeline.resolve_store = timed
    base = _peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    summary = pipeline.ingest_paths(store, [src])
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        json.dumps(
            {
                "new": summary.new,
                "seconds": seconds,
                "cpu": cpu,
                "resolve": sum(spent),
                "read": read[-1] if read else 0,
                "model_mb": base,
                "peak_mb": _peak_mb(),
            }
        )
    )


RESOLVED = ("entities", "mention_entity", "events", "event_members", "event_participants", "contradictions")


def _resolved(db: str) -> dict[str, list]:
    import sqlite3

    con = sqlite3.connect(db)
    out = {}
    for t in RESOLVED:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] != "rowid"]
        out[t] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(), key=repr)
    con.close()
    return out


def _pairs(db: str, table: str, member: str, cluster: str) -> list[tuple[str, str]]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT {member}, {cluster} FROM {table}").fetchall()
    finally:
        con.close()


def _child_equal(db: str, copy: str) -> None:
    """The store after the incremental ingest against the same store re-resolved in full."""
    from storyline.pipeline import resolve_store
    from storyline.resolve.incremental import differing
    from storyline.store import SQLiteStore

    shutil.copy(db, copy)
    store = SQLiteStore(copy)
    t0 = time.perf_counter()
    resolve_store(store, force=True)
    seconds = time.perf_counter() - t0
    store.close()
    a, b = _resolved(db), _resolved(copy)
    diff = {t: len(set(a[t]) ^ set(b[t])) for t in RESOLVED}
    share = {
        name: differing(_pairs(db, table, m, c), _pairs(copy, table, m, c))
        for name, table, m, c in (
            ("entities", "mention_entity", "mention", "entity"),
            ("events", "event_members", "event_mention", "event"),
        )
    }
    print(
        json.dumps(
            {
                "equal": a == b,
                "differing_rows": diff,
                "share": share,
                "full_seconds": seconds,
                "rows": sum(map(len, a.values())),
            }
        )
    )


def _child_export(db: str, out: str) -> None:
    from storyline.present.exporters import write_export
    from storyline.store import SQLiteStore

    store = SQLiteStore(db, create=False)
    base = _peak_mb()
    t0 = time.perf_counter()
    write_export(store, "json", out)
    seconds = time.perf_counter() - t0
    print(
        json.dumps(
            {"seconds": seconds, "peak_mb": _peak_mb(), "base_mb": base, "mb": Path(out).stat().st_size / 1e6}
        )
    )


def _child(*args: str) -> dict:
    run = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if run.returncode != 0:
        sys.exit(f"child {args} failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def _ingest(db: Path, lines: list[str], work: Path) -> None:
    src = work / f"build-{db.stem}.jsonl"
    src.write_text("\n".join(lines) + "\n")
    cmd = [str(Path(sys.executable).parent / "storyline"), "ingest", str(src), "--db", str(db), "--quiet"]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):  # 1: some articles failed, which the counts say
        sys.exit(f"building {db} failed:\n{run.stderr[-3000:]}")
    src.unlink()


def _shrink(source: Path, db: Path, size: int) -> None:
    """A store of the articles of ``source`` up to line ``size`` of the JSONL file it was
    ingested from: their extraction rows copied into a new store, then resolved in full (what
    `storyline remove` of the others leaves, in a few minutes instead of the removal's hour)."""
    from storyline.pipeline import resolve_store
    from storyline.store import SQLiteStore

    store = SQLiteStore(str(db))
    con = store.db
    con.execute("ATTACH DATABASE ? AS src", (f"file:{source}?mode=ro",))
    con.execute("BEGIN")
    con.execute(
        "CREATE TEMP TABLE keep AS SELECT id FROM src.documents"
        " WHERE CAST(substr(source, instr(source, ':') + 1) AS INTEGER) <= ?",
        (size,),
    )
    con.execute(
        "INSERT INTO documents SELECT * FROM src.documents WHERE id IN (SELECT id FROM keep) ORDER BY rowid"
    )
    for table in ("sentences", "mentions", "event_mentions", "claims", "doc_keys"):
        cols = ",".join(f'"{r[1]}"' for r in con.execute(f"PRAGMA main.table_info({table})"))
        con.execute(
            f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM src.{table}"
            " WHERE doc IN (SELECT id FROM keep) ORDER BY rowid"
        )
    n = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    con.execute("UPDATE store_state SET value = ? WHERE key = 'documents'", (n,))
    con.execute("INSERT INTO unresolved (doc) SELECT id FROM documents")
    con.execute("COMMIT")
    con.execute("DETACH DATABASE src")
    resolve_store(store, force=True)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def _build(size: int, work: Path, built: dict[int, Path], shrink_from: str | None) -> Path:
    db = work / f"s{size}.db"
    if db.exists():
        return db
    smaller = max((n for n in built if n < size), default=0)
    t0 = time.perf_counter()
    if shrink_from:
        print(f"building the store of {size} articles from {shrink_from}…", file=sys.stderr, flush=True)
        _shrink(Path(shrink_from), db, size)
    else:
        if smaller:
            shutil.copy(built[smaller], db)
        print(
            f"building the store of {size} articles (from {smaller or 'nothing'})…",
            file=sys.stderr,
            flush=True,
        )
        _ingest(db, _articles(smaller, size), work)
    print(f"  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    return db


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,5000,10000")
    ap.add_argument("--shrink-from", help="build missing stores from the first articles of this bigger one")
    ap.add_argument("--add", type=int, default=10)
    ap.add_argument("--work", default="/tmp/storyline-incremental")
    ap.add_argument("--skip", default="", help="comma-separated: full (the re-resolution), export")
    ap.add_argument("--child", nargs="+")
    args = ap.parse_args()
    if args.child:
        kind, *rest = args.child
        {"add": _child_add, "equal": _child_equal, "export": _child_export}[kind](*rest)
        return
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: the shared data lives beside the repo (../shared)")
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    added = work / f"added-{ADDED_FROM}-{args.add}.jsonl"
    if not added.exists():
        added.write_text("\n".join(_articles(ADDED_FROM, ADDED_FROM + args.add)) + "\n")
    built: dict[int, Path] = {}
    rows = []
    for size in sizes:
        built[size] = _build(size, work, built, args.shrink_from)
        copy = work / "scratch.db"
        for f in work.glob("scratch.db*"):
            f.unlink()
        shutil.copy(built[size], copy)
        add = _child("add", str(copy), str(added))
        skip = set(args.skip.split(","))
        add["equal"] = None if "full" in skip else _child("equal", str(copy), str(work / "full.db"))
        for f in work.glob("full.db*"):
            f.unlink()
        exp = None
        if "export" not in skip:
            exp = _child("export", str(built[size]), str(work / "export.json"))
            (work / "export.json").unlink()
        rows.append((size, add, exp))
        print(f"  {size}: {json.dumps(add)} export {json.dumps(exp)}", file=sys.stderr, flush=True)
    first_add, first_exp = rows[0][1], rows[0][2]
    per0 = first_add["seconds"] / max(first_add["new"], 1)
    cpu0 = first_add["cpu"] / max(first_add["new"], 1)
    print(
        "| store | s / added article | CPU s / added article | resolution s (docs read) | ingest peak MB (model) |"
        " export s | export MB | export peak MB | differs from a full re-resolution (entities, events) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for size, add, exp in rows:
        per = add["seconds"] / max(add["new"], 1)
        cpu = add["cpu"] / max(add["new"], 1)
        export = (
            f" {exp['seconds']:.1f} ({exp['seconds'] / first_exp['seconds']:.2f}x) | {exp['mb']:.1f} |"
            f" {exp['peak_mb']:.0f} ({exp['peak_mb'] / first_exp['peak_mb']:.2f}x) |"
            if exp and first_exp
            else " - | - | - |"
        )
        same = add["equal"]
        differs = (
            f" {same['share']['entities']:.2%}, {same['share']['events']:.2%}"
            f" (full re-resolution {same['full_seconds']:.0f} s) |"
            if same
            else " - |"
        )
        print(
            f"| {size} | {per:.2f} ({per / per0:.2f}x) | {cpu:.2f} ({cpu / cpu0:.2f}x) | {add['resolve']:.1f} ({add['read']}) |"
            f" {add['peak_mb']:.0f} ({add['peak_mb'] / first_add['peak_mb']:.2f}x; {add['model_mb']:.0f}) |"
            + export
            + differs
        )


if __name__ == "__main__":
    main()
