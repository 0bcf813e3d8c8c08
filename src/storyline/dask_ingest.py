"""Ingest on a Dask cluster: reading, cleaning and extraction as Dask tasks, storing here.

The input is cut into partitions (a JSONL, CSV or WARC shard alone, small files a few at a
time); each is read and cleaned by one task on a worker, which reads the files itself, so they
must be at the same path on every worker (a shared volume). Its documents come back here, are
checked against the store, and what is new is parsed and analysed a few articles per task; the
analyses come back in input order to this process, the one writer, as with ``--workers``. A
Dask worker loads the model on its first task and keeps it. The new articles are then resolved
on the workers, by blocks grouped through their blocking keys (dask_resolve.py), and the result
is written here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, Optional, Union

from storyline.dask_resolve import resolve_on_workers
from storyline.ingest.readers import TEXT_SUFFIXES, Failure, expand, read
from storyline.ingest.warc import is_warc
from storyline.model import Document
from storyline.pipeline import Summary, prepare, resolve_store, store_all
from storyline.store.base import Store

SMALL_FILES = 16  # one-article files read and cleaned per task
SHARDS = ("jsonl", "json", "csv")


class DaskExecutor:
    """A ``distributed.Client`` as a ``pool.Executor``. Tasks are impure: two equal inputs are
    two tasks, and Dask does not hash each chunk of documents to name its task."""

    def __init__(self, client: Any):
        self.client = client

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)


def connect(scheduler: Optional[str], workers: int) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler`` (tcp://HOST:8786), or of a new LocalCluster of
    ``workers`` one-thread processes (spaCy holds the GIL: threads would not run in parallel)."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def partitions(paths: Iterable[str], summary: Summary) -> Iterator[list[str]]:
    """Files in the order a one-process ingest reads them: a shard (JSONL, CSV, WARC) alone,
    other files ``SMALL_FILES`` at a time; what cannot be expanded is a failure here."""
    small: list[str] = []
    for path in expand(list(paths)):
        if isinstance(path, Failure):
            summary.failed.append(path)
        elif path == "-":
            summary.failed.append(
                Failure("-", "standard input is not read on a Dask cluster; save it to a file")
            )
        elif is_warc(path) or TEXT_SUFFIXES.get(_suffix(path)) in SHARDS:
            if small:
                yield small
                small = []
            yield [path]
        else:
            small.append(path)
            if len(small) >= SMALL_FILES:
                yield small
                small = []
    if small:
        yield small


def _suffix(path: str) -> str:
    dot = path.rfind(".")
    return path[dot:].lower() if dot > path.rfind("/") else ""


def read_and_prepare(files: list[str], published: Optional[str] = None) -> list[Union[Document, Failure]]:
    """On a worker: read these files and clean each article (one item per record read)."""
    out: list[Union[Document, Failure]] = []
    for item in read(files):
        out.extend([item] if isinstance(item, Failure) else prepare([item], published))
    return out


def ingest_dask(
    store: Store,
    paths: Iterable[str],
    client: Any,
    published: Optional[str] = None,
    progress: Optional[Callable[[str], None]] = None,
    summary: Optional[Summary] = None,
    resolve: bool = True,
) -> Summary:
    """``resolve``: False leaves the new articles pending (bench/dask_throughput.py times it apart)."""
    summary = summary if summary is not None else Summary()
    workers = max(1, len(client.scheduler_info().get("workers", {})))

    def tracked() -> Iterator[list[str]]:
        for part in partitions(paths, summary):
            for path in part:
                if progress:
                    progress(path)
            yield part

    prepare_files = partial(read_and_prepare, published=published)
    store_all(store, DaskExecutor(client), tracked(), published, summary, workers, prepare_fn=prepare_files)
    if resolve:
        resolve_store(store, new_fn=partial(resolve_on_workers, client))
    return summary
