"""The SQLite store: pragmas, migrations, atomic writes, FTS."""

from __future__ import annotations

import sqlite3

import pytest
from tests.store.builders import with_event as _with_event

from storyline.model import (
    Entity,
    Event,
    Factuality,
    Participant,
    Resolution,
)
from storyline.store import SQLiteStore, StoreError
from storyline.store.schema import SCHEMA_VERSION


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
    assert doc.text == "Old text." and doc.sources == []


def test_reads_cost_the_same_few_queries_for_any_page(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.db"))
    for i in range(6):
        analysis, resolution = _with_event(f"d{i}")
        store.add_analysis(analysis)
    analyses = list(store.analyses())
    ents = [
        Entity(f"ent-{i}", f"Person {i}", "PERSON", [], [], [m.id for m in a.mentions])
        for i, a in enumerate(analyses)
    ]
    evs = [
        Event(f"ev-{e.id}", "MEET", "x", [e.id], [Participant(f"ent-{i}", "agent")], location=f"ent-{i}")
        for i, a in enumerate(analyses)
        for e in a.events
    ]
    store.save_resolution(Resolution(ents, evs))
    seen: list[str] = []
    store.db.set_trace_callback(seen.append)

    def cost(read):
        seen.clear()
        read()
        return len(seen)

    assert cost(lambda: store.events(limit=2)) == cost(lambda: store.events()) <= 4
    assert cost(lambda: store.entities(limit=1, with_mentions=True)) == cost(
        lambda: store.entities(with_mentions=True)
    )
    assert cost(lambda: store.contradictions()) <= 3
    assert cost(store.graph) <= 4 and cost(lambda: store.graph("ent-1", depth=2)) <= 6
    assert len(store.events().items) == 12


def test_old_store_gains_factuality_and_trigger_spans(tmp_path):
    from storyline.store.schema import MIGRATIONS

    path = str(tmp_path / "v2.db")
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0] + ";" + MIGRATIONS[1] + "; PRAGMA user_version = 2;")
    # cleaned text drops the original's leading spaces: offsets map back through the segments
    con.execute(
        "INSERT INTO documents (id, source, raw_format, original, text, offsets)"
        " VALUES ('d0', 'old.txt', 'text', '  Marek met Volkov.', 'Marek met Volkov.', '[[0,2,17]]')"
    )
    con.execute(
        "INSERT INTO sentences (doc, idx, start, end, ostart, oend, text) VALUES ('d0',0,0,17,2,19,'x')"
    )
    con.execute(
        "INSERT INTO event_mentions (id, doc, sent, type, trigger, lemma, start, end, participants, sources)"
        " VALUES ('d0:e0', 'd0', 0, 'MEET', 'met', 'meet', 6, 9, '[]', '[]')"
    )
    con.execute(
        "INSERT INTO events (id, type, label, sources) VALUES ('ev', 'MEET', 'Marek meets Volkov', '[]')"
    )
    con.execute("INSERT INTO event_members (event_mention, event) VALUES ('d0:e0', 'ev')")
    con.commit()
    con.close()
    store = SQLiteStore(path)
    assert store.schema_version == SCHEMA_VERSION
    ev = store.event("ev")
    assert ev.status == "HAPPENED" and ev.mentions[0].polarity == "POS"
    assert ev.mentions[0].trigger.model_dump() == {"start": 8, "end": 11, "text": "met"}
    assert next(store.analyses()).events[0].factuality == Factuality()


def test_the_interface_declares_every_public_method_of_the_backend():
    """A second backend written to ``Store`` must serve every caller: nothing public in the SQLite
    backend may be missing from the interface (the connection and file details aside)."""
    from storyline.store import Store
    from storyline.store.postgres import PostgresStore

    # the interface's own concrete methods (written with the abstract ones) count as declared
    concrete = {n for n in vars(Store) if not n.startswith("_")} - set(Store.__abstractmethods__)
    for backend in (SQLiteStore, PostgresStore):
        public = {n for n in dir(backend) if not n.startswith("_")} - {"schema_version"}
        assert public == set(Store.__abstractmethods__) | concrete, backend
