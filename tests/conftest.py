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
