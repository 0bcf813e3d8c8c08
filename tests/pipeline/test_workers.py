"""Ingest with worker processes stores exactly what a one-process ingest stores."""

from __future__ import annotations

import gc
import gzip
import os
import subprocess
import sys
import time
from itertools import islice

import pytest
from tests.conftest import shared_path

from storyline import pool
from storyline.pipeline import ingest_paths
from storyline.present.export import export_json
from storyline.store import SQLiteStore, open_store

N = 20  # real AllSides articles: enough for two workers to interleave, quick on 2 cores


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """The first N AllSides records as they are, plus one record with no text (a failure)."""
    src = shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    out = tmp_path_factory.mktemp("allsides") / "articles.jsonl"
    with gzip.open(src, "rt") as fh:
        lines = list(islice(fh, N))
    lines.insert(7, '{"title": "no body"}\n')
    out.write_text("".join(lines))
    return out


def _ingest(path, db, **kwargs):
    store = SQLiteStore(str(db))
    summary = ingest_paths(store, [str(path)], **kwargs)
    return store, summary


@pytest.fixture(scope="module")
def reference(articles, tmp_path_factory):
    store, summary = _ingest(articles, tmp_path_factory.mktemp("one") / "one.db", workers=1)
    yield export_json(store), summary
    store.close()


def test_two_workers_store_what_one_stores(articles, reference, tmp_path):
    expected, one = reference
    store, two = _ingest(articles, tmp_path / "two.db", workers=2)
    assert two.new == one.new == N and [f.source for f in two.failed] == [f.source for f in one.failed]
    assert two.failed[0].source.endswith(":8")
    assert export_json(store) == expected
    # again: every article is already there, counted as such before any extraction
    again = ingest_paths(store, [str(articles)], workers=2)
    assert (again.new, again.duplicate) == (0, N)
    store.close()


def test_the_ingest_collects_garbage_less_often_and_gives_the_collector_back(
    articles, reference, tmp_path, monkeypatch
):
    """While it runs, an ingest freezes what it started with (the model, the modules) and
    collects the youngest generation every ``pool.YOUNG`` allocations, in its workers too; the
    caller's settings come back at the end, and the store is what a one-process ingest stores."""
    from storyline import pipeline

    seen = []
    resolve_store = pipeline.resolve_store

    def watched(*args, **kwargs):  # the resolution, the serial end of the run
        seen.append((gc.get_threshold()[0], gc.get_freeze_count()))
        return resolve_store(*args, **kwargs)

    monkeypatch.setattr(pipeline, "resolve_store", watched)
    old = gc.get_threshold()
    gc.set_threshold(500, 9, 8)  # a caller's own settings
    try:
        frozen = gc.get_freeze_count()
        store, two = _ingest(articles, tmp_path / "two.db", workers=2)
        assert (gc.get_threshold(), gc.get_freeze_count()) == ((500, 9, 8), frozen)
    finally:
        gc.set_threshold(*old)
    assert seen[0][0] == pool.YOUNG and seen[0][1] > 10_000  # spaCy's model and the modules
    assert export_json(store) == reference[0] and two.new == N
    store.close()
    workers = pool.Workers(1, pipeline.warm_up)  # forked, or from a fork server if threads run
    try:  # a worker process collects as rarely, with what it started with (the model) frozen
        assert workers.submit(gc.get_threshold).result()[0] == pool.YOUNG
        assert workers.submit(gc.get_freeze_count).result() > 10_000
    finally:
        workers.close()


def test_overlapping_ingests_give_the_collector_back_when_the_last_ends():
    """A server runs ingests in threads: the first to end must not restore the caller's
    settings under the other, nor the last leave the raised ones behind."""
    old = gc.get_threshold()
    gc.set_threshold(500, 9, 8)
    try:
        first, second = pool.few_collections(), pool.few_collections()
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        assert gc.get_threshold()[0] == pool.YOUNG and gc.get_freeze_count() > 0
        second.__exit__(None, None, None)
        assert gc.get_threshold() == (500, 9, 8) and gc.get_freeze_count() == 0
    finally:
        gc.set_threshold(*old)


def _square_or_die(items: list[int]) -> list[int]:
    if 13 in items:  # the process dies outright, as one killed for memory would
        os._exit(3)
    return [i * i for i in items]


def test_a_dead_worker_loses_only_its_article():
    workers = pool.Workers(2)
    try:
        chunks = pool.chunked(range(40), 8)
        got = [
            r
            for chunk in pool.ordered_map(workers, _square_or_die, chunks, 4, lambda i, e: -i)
            for r in chunk
        ]
    finally:
        workers.close()
    assert got == [-i if i == 13 else i * i for i in range(40)]


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _ingest_dask(client, store, path):
    """A Dask ingest, with the tasks the scheduler ran: (task name, worker) pairs."""
    from dask.utils import key_split
    from distributed import get_task_stream

    from storyline.dask_ingest import ingest_dask

    with get_task_stream(client) as stream:
        summary = ingest_dask(store, [str(path)], client)
    return summary, {(key_split(t["key"]), t["worker"]) for t in stream.data}


def _ran_on_workers(client, tasks, name):
    """Tasks named ``name…`` ran, all on the cluster's workers."""
    workers = set(client.scheduler_info()["workers"])
    ran = {w for n, w in tasks if n.startswith(name)}
    return bool(ran) and ran <= workers


def test_dask_local_cluster_stores_what_one_process_stores(articles, reference, store_at, dask_client):
    """On SQLite and PostgreSQL: the workers open the store themselves to resolve."""
    expected, one = reference
    store = open_store(store_at("dask"))
    summary, tasks = _ingest_dask(dask_client, store, articles)
    assert summary.new == N and [f.source for f in summary.failed] == [f.source for f in one.failed]
    assert export_json(store) == expected
    # extraction, the grouping of the blocks by key (the bag's keying tasks are fused into its
    # flatten) and their resolution ran as tasks on the workers
    for name in ("extract", "flatten", "foldby", "resolve_part"):
        assert _ran_on_workers(dask_client, tasks, name), (name, tasks)
    store.close()


def test_dask_incremental_ingest_resolves_what_one_process_resolves(articles, tmp_path, dask_client):
    """A store holding the first half already, then the whole file on Dask: the second half is
    resolved on the workers against its blocks, as a one-process ingest resolves it."""
    half = tmp_path / "half.jsonl"
    half.write_text("".join(articles.read_text().splitlines(keepends=True)[: N // 2]))
    one, _ = _ingest(half, tmp_path / "one.db", workers=1)
    again = ingest_paths(one, [str(articles)], workers=1)
    dask, _ = _ingest(half, tmp_path / "dask.db", workers=1)
    summary, tasks = _ingest_dask(dask_client, dask, articles)
    # the first half holds the record with no text: 9 stored, 11 new
    assert (summary.new, summary.duplicate) == (again.new, again.duplicate) == (N // 2 + 1, N // 2 - 1)
    assert export_json(dask) == export_json(one)
    assert _ran_on_workers(dask_client, tasks, "resolve_part"), tasks
    one.close()
    dask.close()


_OWNER = """
import os, sys, threading, time
from storyline import pool
if sys.argv[1:] == ["thread"]:  # a process holding a thread gets its workers from a fork server
    threading.Thread(target=time.sleep, args=(600,), daemon=True).start()
workers = pool.Workers(2)
pids = {workers.submit(os.getpid).result() for _ in range(20)}
print(" ".join(map(str, sorted(pids))), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc (Linux)")
@pytest.mark.parametrize("threads", ["", "thread"])
def test_workers_and_fork_server_exit_when_the_ingest_is_killed(threads):
    proc = subprocess.Popen([sys.executable, "-c", _OWNER, threads], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert workers
        with open(f"/proc/{workers[0]}/stat") as f:
            parent = int(f.read().rsplit(")", 1)[1].split()[1])
        # forked from the owner itself, unless a thread of its own made that unsafe
        assert (parent != proc.pid) == bool(threads)
    finally:
        proc.kill()  # kill -9, as the OOM killer would
        proc.wait()
    left = workers + [parent]
    for _ in range(100):
        left = [p for p in left if _alive(p)]
        if not left:
            break
        time.sleep(0.1)
    assert left == []


def test_dask_resolution_that_fails_on_the_workers_runs_here(
    articles, reference, tmp_path, dask_client, caplog
):
    """Workers that open another store (a file of that name elsewhere) find none of the new
    articles: the resolution runs here instead, with a warning, and nothing is lost."""
    from functools import partial

    from storyline.dask_ingest import ingest_dask
    from storyline.dask_resolve import resolve_on_workers
    from storyline.pipeline import resolve_store

    expected, _ = reference
    store = SQLiteStore(str(tmp_path / "here.db"))
    assert ingest_dask(store, [str(articles)], dask_client, resolve=False).new == N
    assert store.resolution_pending()
    SQLiteStore(str(tmp_path / "elsewhere.db")).close()
    store.path = str(tmp_path / "elsewhere.db")
    with caplog.at_level("WARNING", logger="storyline.dask_resolve"):
        assert resolve_store(store, new_fn=partial(resolve_on_workers, dask_client))
    assert "lacks articles just stored" in caplog.text
    assert not store.resolution_pending() and export_json(store) == expected
    store.close()
