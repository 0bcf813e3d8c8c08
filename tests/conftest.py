"""Fixtures shared across the suite: where ../shared is, and stores built by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus/data lives beside the repo (../shared)")
    return path


def allsides_store(tmp: Path, urls: set[str]):
    """The AllSides articles of these urls ingested by the real pipeline into a new store in
    ``tmp`` (skips when ../shared is absent); the caller closes it."""
    import gzip
    import json

    from storyline.pipeline import ingest_paths
    from storyline.store import SQLiteStore

    src = shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    with gzip.open(src, "rt", encoding="utf-8") as fh, open(tmp / "a.jsonl", "w", encoding="utf-8") as out:
        for a in map(json.loads, fh):
            if a["url"] in urls:
                row = {"text": a["content_original"], "title": a["title"], "outlet": a["source"],
                       "published": a["date"], "url": a["url"]}  # fmt: skip
                out.write(json.dumps(row) + "\n")
    store = SQLiteStore(str(tmp / "store.db"))
    assert ingest_paths(store, [str(tmp / "a.jsonl")]).new == len(urls)
    return store


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The five real scrapes of ../shared/corpus/seeds ingested by the real pipeline."""
    from storyline.pipeline import ingest_paths
    from storyline.store import SQLiteStore

    seeds = shared_path("corpus", "seeds")
    store = SQLiteStore(str(tmp_path_factory.mktemp("seeds") / "seeds.db"))
    summary = ingest_paths(store, [str(seeds)])
    assert summary.new == 5 and not summary.failed, summary
    yield store
    store.close()


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """The project's own sample corpus (samples/) ingested by the real pipeline."""
    from storyline.pipeline import ingest_paths
    from storyline.store import SQLiteStore

    store = SQLiteStore(str(tmp_path_factory.mktemp("samples") / "samples.db"))
    summary = ingest_paths(store, [str(REPO / "samples")])
    assert not summary.failed, summary.failed
    yield store
    store.close()


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session (see tests/pg.py), or skip saying why."""
    from tests.pg import Server

    server = Server()
    yield server
    server.stop()


BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def store_at(request, tmp_path):
    """``store_at(name)``: where a new, empty store of this backend lives (a file or a DSN)."""
    if request.param == "postgres":
        server = request.getfixturevalue("pg_server")
        return lambda name="s": server.schema_dsn(name)
    return lambda name="s": str(tmp_path / f"{name}.db")
