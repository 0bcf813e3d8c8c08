"""The SQLite store: pragmas, migrations, atomic writes, FTS."""

from __future__ import annotations

import sqlite3

import pytest

from storyline.model import (
    Analysis,
    Certainty,
    Document,
    Entity,
    Event,
    EventMention,
    EventTime,
    Factuality,
    Mention,
    OffsetMap,
    Participant,
    Resolution,
    Sentence,
    Status,
)
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
    page = store.search("grand quay")
    assert page.total == 1 and page.items[0].doc == "d1"
    assert store.search('"unbalanced AND (').total == 0


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


def _with_event(doc_id="d1"):
    """Marek met Volkov (a fact) and will meet him again (planned), with both resolved."""
    text = "Alina Marek met Dmitri Volkov. She will meet Volkov again."
    a = _analysis(doc_id, text)
    a.sentences = [Sentence(0, 0, 30, text[:30]), Sentence(1, 31, len(text), text[31:])]
    a.mentions.append(Mention(f"{doc_id}:m1", 0, 16, 29, "Dmitri Volkov", "PERSON", "Dmitri Volkov"))
    people = [Participant(f"{doc_id}:m0", "agent"), Participant(f"{doc_id}:m1", "partner")]
    a.events = [
        EventMention(f"{doc_id}:e0", 0, "MEET", "met", "meet", 12, 15, people, doc=doc_id),
        EventMention(
            f"{doc_id}:e1",
            1,
            "MEET",
            "meet",
            "meet",
            text.index("meet"),
            text.index("meet") + 4,
            people,
            factuality=Factuality(time=EventTime.FUTURE, certainty=Certainty.PROBABLE),
            doc=doc_id,
        ),
    ]
    ents = [
        Entity("ent-marek", "Alina Marek", "PERSON", ["Alina Marek", "Marek"], [], [f"{doc_id}:m0"]),
        Entity("ent-volkov", "Dmitri Volkov", "PERSON", ["Dmitri Volkov"], [], [f"{doc_id}:m1"]),
    ]
    both = [Participant("ent-marek", "agent"), Participant("ent-volkov", "partner")]
    evs = [
        Event("ev-met", "MEET", "Marek meets Volkov", [f"{doc_id}:e0"], both, first_reported="2025-03-04"),
        Event(
            "ev-plan",
            "MEET",
            "Marek meets Volkov",
            [f"{doc_id}:e1"],
            both,
            status=Status.PLANNED,
            confidence=0.4,
        ),
    ]
    return a, Resolution(ents, evs)


def test_factuality_and_status_round_trip(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.db"))
    analysis, resolution = _with_event()
    store.add_analysis(analysis)
    store.save_resolution(resolution)
    back = next(store.analyses()).events
    assert back[1].factuality == Factuality(time=EventTime.FUTURE, certainty=Certainty.PROBABLE)
    assert back[0].factuality.happened and back[0].doc == "d1"
    assert [e.id for e in store.events().items] == ["ev-met", "ev-plan"]
    assert [e.id for e in store.events(status={"HAPPENED", "DISPUTED"}).items] == ["ev-met"]
    plan = store.event("ev-plan")
    assert (plan.status, plan.confidence) == ("PLANNED", 0.4)
    assert plan.mentions[0].trigger.text == "meet" and plan.mentions[0].certainty == "PROBABLE"
    assert store.event("ev-met").first_reported == "2025-03-04"
    # only what happened counts as shared history
    assert store.find_entity("ent-marek").n_events == 1
    assert [e.events for e in store.graph().edges] == [["ev-met"]]


def test_resolution_input_is_lean(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.db"))
    store.add_analysis(_with_event()[0])
    lean = next(store.resolution_input())
    full = next(store.analyses())
    assert lean.doc.text == "" and lean.doc.original == "" and lean.sentences == []
    assert full.doc.text and full.sentences
    assert (lean.doc.id, lean.doc.published) == (full.doc.id, full.doc.published)
    assert lean.mentions == full.mentions and lean.events == full.events and lean.claims == full.claims


def test_entity_lookup_by_id_name_alias_or_part(tmp_path):
    store = SQLiteStore(str(tmp_path / "s.db"))
    analysis, resolution = _with_event()
    store.add_analysis(analysis)
    store.save_resolution(resolution)
    assert store.find_entity("ent-volkov").name == "Dmitri Volkov"
    assert store.find_entity("  alina MAREK ").id == "ent-marek"
    assert store.find_entity("marek").id == "ent-marek"  # an alias
    assert store.find_entity("volk").id == "ent-volkov"  # part of a name
    assert store.find_entity("Nobody") is None and store.find_entity("  ") is None


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

    public = {n for n in dir(SQLiteStore) if not n.startswith("_")} - {"schema_version"}
    # the interface's own concrete methods (written with the abstract ones) count as declared
    concrete = {n for n in vars(Store) if not n.startswith("_")} - set(Store.__abstractmethods__)
    assert public == set(Store.__abstractmethods__) | concrete
