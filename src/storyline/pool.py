"""Where an ingest's per-article work runs: in this process, in worker processes, or on Dask.

Every executor here has ``submit(fn, arg) -> future`` with ``future.result()``; a Dask
``distributed.Client`` has the same, so ``ordered_map`` drives all three. Results come back in
the order of the input, whatever finished first: the writer stores articles in the same order
whatever the number of workers, so the store and its export are the same.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Allocations between two collections of the youngest generation of the cyclic garbage
# collector (CPython's default: 700). An ingest makes millions of small objects that either
# live on (analyses kept for the resolution, the resolution's records) or die by reference
# counting, and almost never form cycles: collecting every 700 allocations, each collection
# also walking what survived earlier ones, cost a fifth of the final resolution's CPU.
YOUNG = 10_000


_collecting = threading.Lock()
_running: list[tuple[int, int, int]] = []  # the caller's thresholds, once per ingest running


@contextmanager
def few_collections() -> Iterator[None]:
    """Garbage collection kept for what an ingest allocates: what exists at the start (spaCy's
    model, the modules) is frozen, out of every collection (and so out of the worker processes'
    collections: they are forked with it), and the youngest generation is collected every
    ``YOUNG`` allocations. Both are given back when the last ingest running in this process (a
    server runs several in threads) ends. Nothing an ingest computes depends on when garbage is
    collected."""
    with _collecting:
        old = _running[0] if _running else gc.get_threshold()
        _running.append(old)
        gc.freeze()
        if old[0]:  # 0: collection turned off by the caller, left so
            gc.set_threshold(max(old[0], YOUNG), *old[1:])
    try:
        yield
    finally:
        with _collecting:
            _running.pop()
            if not _running:
                gc.set_threshold(*old)
                gc.unfreeze()


class Executor(Protocol):
    def submit(self, fn: Callable[..., Any], *args: Any) -> Any: ...


def cores() -> int:
    """Cores this process may use (a container or taskset may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class _Deferred:
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]):
        self.fn, self.args = fn, args

    def result(self) -> Any:
        return self.fn(*self.args)


class Inline:
    """Runs each task in this process when its result is asked for (not at submission: what
    comes before it is stored first, as a sequential run would): ``--workers 1``."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Deferred:
        return _Deferred(fn, args)

    def close(self) -> None:
        pass


class Workers:
    """A pool of worker processes, each loading the model once (``warm_up``), started on the
    first task. A worker that dies (killed for memory, a crash in native code) breaks the pool:
    it is started anew, and ``ordered_map`` re-runs the lost tasks article by article.

    Worker processes are forks of this process when it runs no other thread: they start at
    once with what it has imported (spaCy and all; the model too, if it is loaded), sharing
    those pages. A process that holds threads (a progress bar, a server, a pool being replaced)
    would pass their locks on held, so it gets its workers from a fork server instead, which
    imports ``warm_up``'s module once (a second and a half of one core, the other idle)."""

    def __init__(self, n: int, warm_up: Callable[[], None] | None = None):
        self.n = n
        self.warm_up = warm_up
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        ctx: multiprocessing.context.BaseContext
        if _may_fork():
            ctx = multiprocessing.get_context("fork")
        else:
            server = multiprocessing.get_context("forkserver")
            if self.warm_up is not None:
                server.set_forkserver_preload([self.warm_up.__module__])
            ctx = server
        return ProcessPoolExecutor(
            self.n, mp_context=ctx, initializer=_worker_start, initargs=(os.getpid(), self.warm_up)
        )

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        if self._pool is None:
            self._pool = self._start()
        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _may_fork() -> bool:
    """A plain fork is safe: Linux (elsewhere system libraries may not survive it) and no other
    thread in this process (ProcessPoolExecutor forks every worker before starting its own)."""
    return sys.platform == "linux" and threading.active_count() == 1


def _worker_start(owner: int, warm_up: Callable[[], None] | None) -> None:
    """In each worker: exit when the process that owns the pool is gone. A worker's parent is
    the fork server, and every worker holds both ends of the task queue's pipe and the fork
    server's liveness pipe, so when the owner is killed (kill -9, the OOM killer) nothing would
    ever reach end-of-file: the workers and the fork server would wait for ever."""
    threading.Thread(target=_exit_without, args=(owner,), daemon=True).start()
    if warm_up is not None:
        warm_up()
    # the model and the modules live as long as the worker: out of its garbage collections
    # (a worker from a fork server loaded them itself), which come every YOUNG allocations
    gc.freeze()
    threshold = gc.get_threshold()
    if threshold[0]:
        gc.set_threshold(max(threshold[0], YOUNG), *threshold[1:])


def _exit_without(owner: int, every: float = 1.0) -> None:
    while True:
        time.sleep(every)
        try:
            os.kill(owner, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid was reused by another user's process: ours is gone
            os._exit(1)


def ordered_map(
    executor: Executor,
    fn: Callable[[list[T]], list[R]],
    chunks: Iterable[list[T]],
    ahead: int,
    lost: Callable[[T, BaseException], R],
) -> Iterator[list[R]]:
    """``fn`` over each chunk on the executor, results in input order, at most ``ahead`` chunks
    submitted and not yet consumed (what bounds memory: the input is read only as fast as
    results are taken). ``fn`` returns one result per item and handles an item's own errors;
    a task that dies as a whole (its process killed, or a sibling's death breaking the pool) is
    re-run item by item, each alone, so that only the item that kills it again is lost, as
    ``lost(item, error)``."""
    pending: deque[tuple[list[T], Any]] = deque()
    source = iter(chunks)

    def fill() -> None:
        while len(pending) < ahead:
            chunk = next(source, None)
            if chunk is None:
                return
            pending.append((chunk, executor.submit(fn, chunk)))

    fill()
    while pending:
        chunk, fut = pending.popleft()
        fill()  # keep the workers busy while this result is waited for and consumed
        yield _result(executor, fn, chunk, fut, lost)


def _result(
    executor: Executor,
    fn: Callable[[list[T]], list[R]],
    chunk: list[T],
    fut: Any,
    lost: Callable[[T, BaseException], R],
    alone: bool = False,
) -> list[R]:
    try:
        return fut.result()  # type: ignore[no-any-return]
    except Exception as exc:  # the task died as a whole (its process, or a sibling, killed)
        if alone:
            return [lost(chunk[0], exc)]
        # one item at a time, each alone on the (restarted) pool: what kills it now is its own
        return [
            r
            for item in chunk
            for r in _result(executor, fn, [item], executor.submit(fn, [item]), lost, True)
        ]
