"""The SQLite store: pragmas, migrations, atomic writes, FTS."""

from __future__ import annotations

import sqlite3

import pytest

from storyline.model import Analysis, Document, Mention, OffsetMap, Sentence
from storyline.store import SQLiteStore, StoreError
from storyline.store.schema import SCHEMA_VERSION


def _analysis(doc_id="d1", text="Alina Marek met Dmitri Volkov at the Grand Quay Hotel."):
    doc = Document(
        id=doc_id, source=f"{doc_id}.txt", original=text, text=text, offsets=OffsetMap.identity(len(text))
    )
    return Analysis(
        doc=doc,
        sentences=[Sentence(0, 0, len(text), text)],
        mentions=[Mention(f"{doc_id}:m0", 0, 0, 11, "Alina Marek", "PERSON", "Alina Marek")],
    )


def test_pragmas_and_version(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.db"))
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == SCHEMA_VERSION


def test_newer_store_is_refused(tmp_path):
    path = str(tmp_path / "s.db")
    SQLiteStore(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_not_a_store(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a storyline"):
        SQLiteStore(str(path))


def test_duplicate_is_refused_and_failed_write_leaves_nothing(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.db"))
    assert store.add_analysis(_analysis()) is True
    assert store.add_analysis(_analysis()) is False
    bad = _analysis("d2")
    bad.mentions.append(bad.mentions[0])  # duplicate primary key half-way through
    with pytest.raises(sqlite3.IntegrityError):
        store.add_analysis(bad)
    assert not store.has_document("d2")
    assert store.db.execute("SELECT count(*) FROM sentences WHERE doc='d2'").fetchone()[0] == 0


def test_full_text_search(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.db"))
    store.add_analysis(_analysis())
    hits, total = store.search("grand quay")
    assert total == 1 and hits[0]["doc"] == "d1"
    assert store.search('"unbalanced AND (')[1] == 0


def test_forward_migration_keeps_data(tmp_path):
    from storyline.store.schema import MIGRATIONS

    path = str(tmp_path / "old.db")
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    con.execute(
        "INSERT INTO documents (id, source, raw_format, original, text, offsets)"
        " VALUES ('d0', 'old.txt', 'text', 'Old text.', 'Old text.', '[[0,0,9]]')"
    )
    con.commit()
    con.close()
    store = SQLiteStore(path)
    assert store.schema_version == SCHEMA_VERSION
    doc = store.document("d0")
    assert doc["text"] == "Old text." and doc["sources"] == []
