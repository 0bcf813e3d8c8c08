"""Small stores built from article texts, for tests that read what the whole pipeline makes of them."""

from __future__ import annotations

from pathlib import Path

from tests.records import rows

from storyline.pipeline import ingest_paths
from storyline.store import SQLiteStore


def ingest_texts(tmp_path: Path, texts: dict[str, str]) -> SQLiteStore:
    """Each text written as NAME.txt and ingested into a new SQLite store under ``tmp_path``."""
    paths = []
    for name, text in texts.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text)
        paths.append(str(p))
    s = SQLiteStore(str(tmp_path / "g.db"))
    ingest_paths(s, paths)
    return s


def reported_sides(store: SQLiteStore) -> list[set[str]]:
    """Per contradiction of the store, the texts of every sentence its positions cite."""
    return [{r["text"] for p in k["positions"] for r in p["reports"]} for k in rows(store.contradictions())]
