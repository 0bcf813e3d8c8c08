"""Store behaviour on every backend (SQLite, PostgreSQL): atomic writes, full-text search,
round trips, lookups, the generation check, and a PostgreSQL export equal to SQLite's."""

from __future__ import annotations

import sqlite3

import pytest
from tests.store.builders import analysis as _analysis
from tests.store.builders import with_event as _with_event

from storyline.model import Certainty, EventTime, Factuality, Resolution
from storyline.store import open_store


def _integrity_errors():
    import psycopg

    return (sqlite3.IntegrityError, psycopg.IntegrityError)


def test_duplicate_is_refused_and_failed_write_leaves_nothing(store_at):
    store = open_store(store_at())
    assert store.add_analysis(_analysis()) is True
    assert store.add_analysis(_analysis()) is False
    bad = _analysis("d2")
    bad.mentions.append(bad.mentions[0])  # duplicate primary key half-way through
    with pytest.raises(_integrity_errors()):
        store.add_analysis(bad)
    assert not store.has_document("d2")
    assert store.db.execute("SELECT count(*) FROM sentences WHERE doc='d2'").fetchone()[0] == 0


def test_full_text_search(store_at):
    store = open_store(store_at())
    store.add_analysis(_analysis())
    page = store.search("grand quay")
    assert page.total == 1 and page.items[0].doc == "d1"
    assert store.search('"unbalanced AND (').total == 0


def test_factuality_and_status_round_trip(store_at):
    store = open_store(store_at())
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


def test_resolution_input_is_lean(store_at):
    store = open_store(store_at())
    store.add_analysis(_with_event()[0])
    lean = next(store.resolution_input())
    full = next(store.analyses())
    assert lean.doc.text == "" and lean.doc.original == "" and lean.sentences == []
    assert full.doc.text and full.sentences
    assert (lean.doc.id, lean.doc.published) == (full.doc.id, full.doc.published)
    assert lean.mentions == full.mentions and lean.events == full.events and lean.claims == full.claims


def test_entity_lookup_by_id_name_alias_or_part(store_at):
    store = open_store(store_at())
    analysis, resolution = _with_event()
    store.add_analysis(analysis)
    store.save_resolution(resolution)
    assert store.find_entity("ent-volkov").name == "Dmitri Volkov"
    assert store.find_entity("  alina MAREK ").id == "ent-marek"
    assert store.find_entity("marek").id == "ent-marek"  # an alias
    assert store.find_entity("volk").id == "ent-volkov"  # part of a name
    assert store.find_entity("Nobody") is None and store.find_entity("  ") is None


def test_generation_check_refuses_a_stale_resolution(store_at):
    """A resolution computed before more articles arrived must not overwrite a newer one."""
    store = open_store(store_at())
    first, res_first = _with_event("d1")
    assert store.generation() == 0 and not store.resolution_pending()
    store.add_analysis(first)
    stale = store.generation()
    assert stale == 1 and store.resolution_pending()
    second, res_second = _with_event("d2")
    store.add_analysis(second)
    assert store.generation() == 2
    assert store.save_resolution(res_second, generation=2) is True
    assert not store.resolution_pending()
    assert store.save_resolution(res_first, generation=stale) is False  # nothing saved
    assert [e.id for e in store.entities().items] == ["ent-marek", "ent-volkov"]
    assert store.find_entity("ent-marek").roles == []
    assert store.event("ev-met").mentions[0].doc == "d2"
    # a resolution saved again replaces the old one whole: contradiction ids start again at 1
    assert store.save_resolution(Resolution([], [])) is True
    assert store.counts().entities == 0 and store.counts().events == 0


def test_a_second_connection_sees_each_article_whole(store_at):
    """Two connections to one store: a reader sees what the writer committed, nothing half-done."""
    where = store_at()
    writer, reader = open_store(where), open_store(where)
    writer.add_analysis(_with_event("d1")[0])
    assert reader.has_document("d1") and reader.generation() == 1
    full = next(reader.analyses())
    assert [m.id for m in full.mentions] == ["d1:m0", "d1:m1"] and len(full.sentences) == 2
    bad = _analysis("d2")
    bad.mentions.append(bad.mentions[0])
    with pytest.raises(_integrity_errors()):
        writer.add_analysis(bad)
    assert not reader.has_document("d2") and reader.generation() == 1
    writer.close()
    reader.close()


def test_a_reader_keeps_its_aggregates_only_until_a_write(store_at):
    """The overview and graph a reader keeps (the UI asks them on every page) are
    computed again after any connection commits: an ingest while `serve` runs shows up."""
    where = store_at()
    writer, reader = open_store(where), open_store(where)
    analysis, resolution = _with_event("d1")
    writer.add_analysis(analysis)
    assert reader.stats().counts.documents == 1 and reader.graph(limit=10).edges == []
    writer.save_resolution(resolution)
    assert reader.stats().counts.events == 2
    assert [e.events for e in reader.graph(limit=10).edges] == [["ev-met"]]
    writer.add_analysis(_analysis("d2"))
    assert reader.stats().counts.documents == 2
    writer.close()
    reader.close()


def test_nul_characters_neither_fail_nor_shift_offsets(store_at):
    """PostgreSQL text cannot hold NUL: stored as one replacement character, same offsets."""
    store = open_store(store_at())
    text = "Alina Marek\x00 met Dmitri Volkov."
    assert store.add_analysis(_analysis("d1", text))
    doc = store.document("d1")
    assert len(doc.text) == len(text) and doc.sentences[0].end == len(text)
    assert doc.text.replace("\ufffd", "\x00") == text
    assert store.events(q="x\x00").total == 0 and store.find_entity("\x00") is None
    assert store.search("a\x00b").total == 0 and store.search("volkov").total == 1


def test_names_and_events_are_found_by_whole_words(store_at):
    """Search words are whole words of a name, an alias or a label (case aside, stop words left
    out), looked up in the words kept on write, which follow every save."""
    store = open_store(store_at())
    analysis, resolution = _with_event()
    store.add_analysis(analysis)
    store.save_resolution(resolution)
    assert [e.id for e in store.entities_named("the MAREK").items] == ["ent-marek"]  # an alias
    both = store.entities_named("Marek Volkov")  # no one has both: either
    assert {e.id for e in both.items} == {"ent-marek", "ent-volkov"} and both.total == 2
    assert [e.id for e in store.entities_named("Dmitri Volkov").items] == ["ent-volkov"]
    assert store.entities_named("Volk").total == 0 and store.entities_named("the").total == 0
    # an event: every word in its label or a participant's names
    assert {e.id for e in store.events(q="Dmitri Alina").items} == {"ev-met", "ev-plan"}
    assert {e.id for e in store.events(q="meets the Volkov").items} == {"ev-met", "ev-plan"}
    assert store.events(q="Volk").total == 0 and store.events(q="the").total == 0
    assert store.events(q="Dmitri Hotel").total == 0
    store.save_resolution(Resolution())
    assert store.entities_named("Marek").total == 0 and store.events(q="Marek").total == 0


def test_a_search_past_the_cap_ranks_the_newest_matches_when_asked(store_at, monkeypatch):
    """Past SEARCH_CAP matches the total is an estimate; ``newest`` (the API's pages) ranks only
    the newest SEARCH_CAP of them, else the best of all of them come first."""
    monkeypatch.setattr("storyline.store.queries.SEARCH_CAP", 2)
    store = open_store(store_at())
    texts = ["Harbour harbour.", "The old harbour was busy that morning.", "A harbour road ran north."]
    for i, text in enumerate(texts):
        store.add_analysis(_analysis(f"d{i}", text))
    best = store.search("harbour", limit=5)
    assert best.total == 2 and best.total_is_estimate and best.items[0].doc == "d0"
    newest = store.search("harbour", limit=5, newest=True)
    assert newest.total == 2 and {h.doc for h in newest.items} == {"d1", "d2"}
