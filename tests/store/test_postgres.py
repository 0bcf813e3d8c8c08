"""The PostgreSQL backend's own behaviour: its schema is SQLite's, it refuses what is not its
own, it migrates, several processes may create and fill one store at once, and the seeds
ingested into it export exactly what SQLite exports."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import psycopg
import pytest
from tests.conftest import REPO
from tests.store.builders import analysis

from storyline.model import Resolution
from storyline.store import StoreError, open_store, pg_schema
from storyline.store.pg_dialect import translate
from storyline.store.schema import SCHEMA_VERSION


@pytest.fixture()
def dsn(pg_server):
    return pg_server.schema_dsn()


def _columns_pg(dsn):
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        ).fetchall()
    return {(t, c) for t, c in rows}


def test_schema_has_sqlites_tables_and_columns(dsn, tmp_path):
    open_store(dsn).close()
    open_store(str(tmp_path / "s.db")).close()
    con = sqlite3.connect(tmp_path / "s.db")
    tables = [
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        if not r[0].startswith("sentences_fts")
    ]
    lite = {(t, c[1]) for t in tables for c in con.execute(f"PRAGMA table_info({t})")}
    # PostgreSQL's own: the migrations table, rowid where SQLite's is implicit, the tsvector
    extra = {
        ("storyline_migrations", "version"),
        ("storyline_migrations", "applied_at"),
        ("sentences", "tsv"),
    }
    pg = {(t, c) for t, c in _columns_pg(dsn) if c != "rowid"} - extra
    assert pg == {(t, c) for t, c in lite if c != "rowid"}


def test_version_is_recorded_and_a_newer_store_is_refused(dsn):
    store = open_store(dsn)
    assert store.schema_version == SCHEMA_VERSION
    store.close()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO storyline_migrations (version) VALUES (%s)", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer"):
        open_store(dsn)


def test_foreign_tables_and_missing_stores_are_refused_untouched(dsn, pg_server):
    with pytest.raises(StoreError, match="no store there"):
        open_store(dsn, create=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
        with pytest.raises(StoreError, match="not a storyline store.*invoices"):
            open_store(dsn)
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        assert [r[0] for r in tables] == ["invoices"]
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody:secret@/nodb?host=/nonexistent")


def test_password_never_shown():
    with pytest.raises(StoreError) as err:
        open_store("postgresql://ann:hunter2@/nodb?host=/nonexistent")
    assert "hunter2" not in str(err.value) and "ann:***@" in str(err.value)


def test_a_later_sqlite_migration_upgrades_a_postgres_store(dsn, monkeypatch):
    """Migrations appended to schema.py run on PostgreSQL too, typed as the baseline is."""
    store = open_store(dsn)
    assert store.add_analysis(analysis())
    store.close()
    extra = "ALTER TABLE claims ADD COLUMN note TEXT NOT NULL DEFAULT '';\nALTER TABLE events ADD COLUMN weight REAL NOT NULL DEFAULT 0;"
    monkeypatch.setattr(pg_schema, "MIGRATIONS", [*pg_schema.MIGRATIONS, extra])
    monkeypatch.setattr("storyline.store.postgres.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="older"):
        open_store(dsn, migrate=False)
    store = open_store(dsn)
    assert store.schema_version == SCHEMA_VERSION + 1 and store.has_document("d1")
    with psycopg.connect(dsn) as conn:
        types = dict(
            conn.execute(
                "SELECT column_name, data_type || coalesce(' ' || collation_name, '')"
                " FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND column_name IN ('note', 'weight')"
            ).fetchall()
        )
    assert types == {"note": "text C", "weight": "double precision"}


def test_sqlite_dialect_is_translated_outside_string_literals():
    assert translate("SELECT x FROM t WHERE a = ? AND b LIKE ? AND c = '?%'") == (
        "SELECT x FROM t WHERE a = %s AND b ILIKE %s AND c = '?%%'"
    )
    # a list of ids is an array, which PostgreSQL looks up through the index
    assert translate("SELECT group_concat(a.event) FROM t WHERE id IN (SELECT value FROM json_each(?))") == (
        "SELECT string_agg(a.event, ',') FROM t WHERE id"
        " = ANY(ARRAY(SELECT jsonb_array_elements_text(CAST(%s AS jsonb))))"
    )
    assert translate("SELECT value FROM json_each(?)") == (
        "SELECT value FROM jsonb_array_elements_text(CAST(%s AS jsonb))"
    )
    assert (
        translate("INSERT OR IGNORE INTO p (a) VALUES (?)")
        == "INSERT INTO p (a) VALUES (%s) ON CONFLICT DO NOTHING"
    )


CREATE = """
import sys, time
from storyline.model import Analysis, Document, OffsetMap, Sentence
from storyline.store import open_store
dsn, i, at = sys.argv[1], sys.argv[2], float(sys.argv[3])
time.sleep(max(0.0, at - time.time()))  # every process opens the new store at the same moment
text = f"Article {i}: the harbour board met on Tuesday."
doc = Document(id=f"d{i}", source=f"{i}.txt", original=text, text=text, offsets=OffsetMap.identity(len(text)))
store = open_store(dsn)
for _ in range(2):  # the second time is a duplicate: stored once
    store.add_analysis(Analysis(doc=doc, sentences=[Sentence(0, 0, len(text), text)]))
store.close()
"""


def test_processes_creating_and_filling_one_store_together(dsn):
    at = time.time() + 2.0  # after every interpreter has started
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CREATE, dsn, str(i % 4), str(at)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(6)  # d0 and d1 are written by two processes each
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    store = open_store(dsn)
    assert sorted(d.id for d in store.documents().items) == ["d0", "d1", "d2", "d3"]
    assert store.generation() == 4 and store.counts().sentences == 4
    assert store.search("harbour").total == 4


@pytest.mark.slow
def test_seeds_export_through_postgres_equals_sqlites(seed_store, dsn):
    """The five real seed scrapes, ingested by the real pipeline into each backend."""
    from tests.conftest import shared_path

    from storyline.pipeline import ingest_paths
    from storyline.present.export import export_json

    store = open_store(dsn)
    summary = ingest_paths(store, [str(shared_path("corpus", "seeds"))])
    assert summary.new == 5 and not summary.failed, summary
    pg, lite = export_json(store), export_json(seed_store)
    assert pg["entities"] and pg["events"] and pg["claims"]
    assert pg == lite
    for q in ("Trump Tower", "said", "meeting Russian"):
        a, b = store.search(q, limit=500), seed_store.search(q, limit=500)
        assert a.total == b.total > 0
        assert sorted((h.doc, h.sentence) for h in a.items) == sorted((h.doc, h.sentence) for h in b.items)
    for name in ("documents", "entities", "events", "claims", "contradictions"):
        assert getattr(store, name)(limit=7, offset=2) == getattr(seed_store, name)(limit=7, offset=2)
    assert store.stats() == seed_store.stats() and store.graph() == seed_store.graph()


@pytest.mark.slow
def test_copy_moves_a_sqlite_store_to_postgres_and_back(seed_store, dsn, tmp_path):
    """`storyline copy`: the seeds' SQLite store onto PostgreSQL and back, every list the same."""
    from click.testing import CliRunner

    from storyline.present.cli import cli
    from storyline.present.export import export_json

    run = CliRunner().invoke(cli, ["copy", seed_store.path, dsn])
    assert run.exit_code == 0, run.output
    back = str(tmp_path / "back.db")
    assert CliRunner().invoke(cli, ["copy", dsn, back]).exit_code == 0
    again = CliRunner().invoke(cli, ["copy", seed_store.path, dsn])
    assert again.exit_code != 0 and "not empty" in again.output
    pg, lite = open_store(dsn), open_store(back)
    assert export_json(pg) == export_json(seed_store) == export_json(lite)
    assert pg.generation() == seed_store.generation() and not pg.resolution_pending()
    assert pg.search("Kushner").total == seed_store.search("Kushner").total > 0
    assert (
        pg.entities_named("Kushner") == seed_store.entities_named("Kushner") and pg.events(q="Kushner").total
    )
    timelines = [CliRunner().invoke(cli, ["timeline", "--db", db, "--format", "json"]) for db in (dsn, back)]
    assert timelines[0].exit_code == 0 and timelines[0].output == timelines[1].output


def test_a_dropped_connection_is_replaced(dsn):
    """A server restart must not leave `serve` failing every request from then on."""
    store = open_store(dsn)
    store.add_analysis(analysis())
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (store.db.conn.info.backend_pid,))
    assert store.documents().total == 1  # the read runs again on a new connection
    assert store.add_analysis(analysis("d2")) and store.generation() == 2


def test_a_store_of_the_previous_schema_gets_its_blocking_keys(dsn):
    """Migration 8 on PostgreSQL: the documents already stored get their keys from their
    mentions and are all pending, as on SQLite."""
    from storyline.store.schema import KEYS_VERSION

    store = open_store(dsn)
    assert store.add_analysis(analysis("d1")) and store.add_analysis(analysis("d2", "Dmitri Volkov left."))
    keys = store.keys_of(["d1", "d2"])
    assert keys and store.docs_with(keys) == {"d1", "d2"}
    store.save_resolution(Resolution())
    assert store.unresolved() == set() and not store.resolution_pending()
    store.close()
    with psycopg.connect(dsn) as conn:
        conn.execute("DROP TABLE doc_keys")
        conn.execute("DROP TABLE unresolved")
        conn.execute("ALTER TABLE contradictions DROP COLUMN doc")
        # the later migrations run again too: undo what they add that cannot be added twice
        conn.execute("ALTER TABLE events DROP COLUMN n_docs")
        conn.execute("ALTER TABLE event_members DROP COLUMN pos")
        conn.execute("ALTER TABLE claims DROP COLUMN speaker_entity")
        conn.execute("ALTER TABLE claims DROP COLUMN event_id")
        conn.execute("ALTER TABLE contradictions DROP COLUMN heads")
        conn.execute("ALTER TABLE claims DROP COLUMN answers")
        conn.execute("ALTER TABLE claims DROP COLUMN denied")
        conn.execute("DELETE FROM storyline_migrations WHERE version >= %s", (KEYS_VERSION,))
    store = open_store(dsn)
    assert store.schema_version == SCHEMA_VERSION
    assert store.keys_of(["d1", "d2"]) == keys
    assert store.unresolved() == {"d1", "d2"} and store.resolution_pending()


def test_statements_are_planned_for_their_own_parameters_after_a_reconnect_too(dsn):
    """A central figure has thousands of mentions, most names a few: a generic plan, which
    PostgreSQL may keep for a statement psycopg has prepared, made the busiest entity page six
    times slower from its 11th request on (10,000 articles)."""
    store = open_store(dsn)
    assert store.db.execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (store.db.conn.info.backend_pid,))
    assert store.db.execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
