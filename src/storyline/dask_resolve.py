"""Resolution of a Dask ingest on the workers: a keyed reduction, then whole components per task.

A single-process ingest resolves its new articles with the stored articles their blocking keys
and dates fetch (their block, resolve/incremental.py), by connected component of the graph
"documents sharing a blocking key" (resolve/blocking.py). Here the same, spread out:

1. Keying, on the workers: a task per few new articles reads them from the store, fetches their
   block (``incremental.block``: names, surnames, titles, within a date window) and emits a
   (blocking key, document) pair for every key of these articles and of the stored ones of their
   block, plus ("d:" + id, id) so that a document with no key is not dropped.
2. Shuffle: ``dask.bag.foldby`` groups the pairs by key across the workers (a tree reduction
   of key → documents), and only the groups come back here: one row per key.
3. Union-find over the groups, here: every document of a group is joined, so a document whose
   keys went to different partitions joins every group it is in, and each connected component
   comes out whole (a component cut in two would resolve differently: not allowed). The client
   holds a string per key and per document of the batch's blocks, nothing more.
4. Resolution, on the workers: components are packed (largest first, small ones together up to
   ``PART`` documents, fewer when that gives each worker two tasks) and each pack is one task,
   which reads its analyses from the store and runs ``incremental.planned``, the very code a
   single-process ingest runs (``resolve``, then the plan of what the new articles add). A pack holds whole components only, and resolution
   is by component, so the packs' results are the single-process result cut in pieces.
5. Here: the pieces are concatenated and written in one ``Store.merge_resolution``.

Workers read the store themselves: PostgreSQL, or an SQLite file at the same path on every
worker (``--dask local``; a shared volume). When they cannot (checked first), or when the
resolution fails on them, it runs here as with one process, with a warning: nothing is lost.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from functools import partial
from typing import Any, Optional

from storyline.resolve.blocking import doc_keys
from storyline.resolve.incremental import Merge, block, planned, resolve_new
from storyline.resolve.union_find import UnionFind
from storyline.store import Store, StoreError, is_server, open_store

KEYING = 16  # new articles keyed per task (each fetches its block: a few indexed queries)
PART = 64  # documents resolved per task at least: small components go together

log = logging.getLogger(__name__)


def store_path(store: Store) -> Optional[str]:
    """What a worker opens: the DSN, or the SQLite file's absolute path (None: no such name)."""
    path: Optional[str] = getattr(store, "path", None)
    return path if path is None or is_server(path) else os.path.abspath(path)


def _open(path: str) -> Store:
    return open_store(path, create=False, migrate=False)


def key_pairs(path: str, docs: list[str], batch: frozenset[str]) -> list[tuple[str, str]]:
    """On a worker: (blocking key, document) for these new documents and their block (the new
    articles of other tasks in it, ``batch``, are keyed by their own task: not read here)."""
    store = _open(path)
    try:
        fresh = list(store.resolution_input(docs))
        if len(fresh) != len(set(docs)):  # another file at the same path, or an older copy
            raise StoreError(f"{path}: the store the workers open lacks articles just stored")
        others = block(store, fresh) - batch
        near = list(store.resolution_input(others)) if others else []
        return [(key, a.doc.id) for a in fresh + near for key in ("d:" + a.doc.id, *doc_keys(a))]
    finally:
        store.close()


def resolve_part(path: str, new: set[str], docs: list[str]) -> Merge:
    """On a worker: what the new articles among ``docs`` (whole components) add."""
    store = _open(path)
    try:
        return planned(store, list(store.resolution_input(docs)), new)
    finally:
        store.close()


def components(groups: Iterable[tuple[str, frozenset[str]]]) -> list[list[str]]:
    """The documents of the key groups, joined through every key they share."""
    uf = UnionFind()
    for _, docs in groups:
        first, *rest = sorted(docs)
        uf.find(first)
        for d in rest:
            uf.union(first, d)
    out: dict[str, list[str]] = {}
    for doc in list(uf.parent):
        out.setdefault(uf.find(doc), []).append(doc)
    return sorted((sorted(c) for c in out.values()), key=lambda c: (-len(c), c[0]))


def packs(comps: list[list[str]], size: int = PART) -> list[list[str]]:
    """Components (largest first) packed into tasks of at least ``size`` documents, whole."""
    out: list[list[str]] = []
    current: list[str] = []
    for comp in comps:
        current += comp
        if len(current) >= size:
            out.append(current)
            current = []
    return out + ([current] if current else [])


def _add(groups: frozenset[str], pair: tuple[str, str]) -> frozenset[str]:
    return groups | {pair[1]}


def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return a | b


def _key(pair: tuple[str, str]) -> str:
    return pair[0]


def resolve_on_workers(client: Any, store: Store, new: set[str], generation: int) -> bool:
    """``resolve_new`` (the same result) with its work on the cluster's workers."""
    import dask.bag as db
    from dask import delayed

    path = store_path(store)
    if path is None or not (is_server(path) or all(client.run(os.path.exists, path).values())):
        log.warning("resolving here: the workers cannot open %s (use PostgreSQL or a shared path)", path)
        return resolve_new(store, new, generation)
    try:
        ordered = sorted(new)
        chunks = [ordered[i : i + KEYING] for i in range(0, len(ordered), KEYING)]
        batch = delayed(frozenset)(ordered)  # built by one task, shipped once to each worker
        pairs = db.from_sequence(chunks, partition_size=1).map(partial(key_pairs, path), batch).flatten()
        grouped = pairs.foldby(_key, _add, frozenset(), _union, frozenset())
        comps = components(client.compute(grouped).result())
        # two tasks per worker at least when the components allow it, none smaller than needed
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        size = min(PART, -(-sum(map(len, comps)) // (2 * workers)))
        parts = packs(comps, size)
        futures = [client.submit(resolve_part, path, new.intersection(p), p, pure=False) for p in parts]
        merges = client.gather(futures)
    except Exception as exc:  # a worker that cannot read the store, or dies on a block
        log.warning("resolving here: resolution on the workers failed (%r)", exc)
        return resolve_new(store, new, generation)
    out = Merge()
    for m in merges:
        out.entities += m.entities
        out.events += m.events
        out.contradictions += m.contradictions
        out.published.update(m.published)
    return store.merge_resolution(out, resolved=new, generation=generation)
