"""Incremental resolution and removal on every backend (SQLite, PostgreSQL): ingesting story by
story, and removing an article, leave the store a full resolution of the same articles would."""

from __future__ import annotations

import pytest
from tests.pipeline.test_incremental import FLYNN_DENIED, FLYNN_MET, STORY_A, STORY_B

from storyline.pipeline import ingest_paths, resolve_store
from storyline.store import open_store
from storyline.store.base import NotFound, Store

# a follow-up of story A, three days later: it names Vorstova and the bridge, so it joins A's
# component, and its block (within resolve.incremental.WINDOW days of A)
STORY_A2 = """Kestrel Bay mayor Alina Vorstova closed the harbour bridge on Thursday after a ferry
struck one of its piers. Edmund Hale of the Port Authority said the bridge would reopen within a week."""


def _resolved(store: Store) -> tuple:
    return (
        store.entities().items,
        store.events().items,
        store.contradictions().items,
        [d.id for d in store.documents().items],
    )


def _ingest(store: Store, tmp_path, names: list[str]) -> list[str]:
    ids = []
    for name in names:
        summary = ingest_paths(store, [str(tmp_path / name)], published="2021-03-0" + name[1])
        assert summary.new == 1 and not summary.failed, summary
        ids += summary.new_ids
    return ids


@pytest.fixture()
def stories(tmp_path):
    for name, text in (("a1.txt", STORY_A), ("b3.txt", STORY_B), ("a4.txt", STORY_A2)):
        (tmp_path / name).write_text(text)
    return tmp_path


def test_story_by_story_and_remove_equal_a_full_resolution(store_at, stories):
    inc = open_store(store_at("inc"))
    a, b, a2 = _ingest(inc, stories, ["a1.txt", "b3.txt", "a4.txt"])
    assert not inc.resolution_pending() and inc.unresolved() == set()
    assert sorted(sorted(c) for c in inc.components()) == sorted([sorted([a, a2]), [b]])
    assert inc.keys_of([a]) & inc.keys_of([a2]) and not inc.keys_of([a]) & inc.keys_of([b])

    full = open_store(store_at("full"))
    _ingest(full, stories, ["a1.txt", "b3.txt", "a4.txt"])
    resolve_store(full, force=True)
    assert _resolved(inc) == _resolved(full)
    assert any(e.name == "Alina Vorstova" for e in inc.entities().items)

    with pytest.raises(NotFound, match="nosuchdoc"):
        inc.remove_documents(["nosuchdoc", a2])
    assert inc.has_document(a2)  # nothing removed
    assert inc.remove_documents([a2]) == {a}
    assert inc.unresolved() == {a} and inc.resolution_pending()
    resolve_store(inc)
    assert not inc.resolution_pending() and inc.unresolved() == set()

    clean = open_store(store_at("clean"))
    _ingest(clean, stories, ["a1.txt", "b3.txt"])
    assert _resolved(inc) == _resolved(clean)

    assert inc.remove_documents([a, b]) == set()
    assert _resolved(inc) == ([], [], [], [])
    assert inc.docs_with(inc.keys_of([a])) == set()


def _derived(store) -> tuple:
    """The aggregates kept on write (store/derived.py), in a comparable order."""
    q = {
        "events": "SELECT id, n_docs FROM events ORDER BY id",
        "pos": "SELECT event, event_mention, pos FROM event_members ORDER BY event, event_mention",
        "docs": "SELECT entity, doc, n FROM entity_docs ORDER BY entity, doc",
        "pairs": "SELECT entity, other, shared FROM entity_pairs ORDER BY entity, other",
        "names": "SELECT entity, name FROM entity_names ORDER BY entity, name",
        "claims": "SELECT id, speaker_entity, event_id FROM claims ORDER BY id",
        "entity words": "SELECT word, entity FROM entity_words ORDER BY word, entity",
        "event words": "SELECT word, event FROM event_words ORDER BY word, event",
    }
    return tuple([tuple(r) for r in store.db.execute(sql)] for sql in q.values())


def _recomputed(store) -> tuple:
    """The aggregates computed afresh from the rows they summarise."""
    with store._write():
        store._fill_derived()
    return _derived(store)


def test_aggregates_kept_on_write_equal_a_recomputation(store_at, stories):
    """Saving a component, removing an article and re-resolving keep every aggregate the API reads
    equal to one computed from scratch, and equal to a full resolution's."""
    inc = open_store(store_at("inc"))
    a, b, a2 = _ingest(inc, stories, ["a1.txt", "b3.txt", "a4.txt"])
    kept = _derived(inc)
    events, pos, docs, pairs, names, claims, entity_words, event_words = kept
    assert events and all(n >= 1 for _, n in events)
    assert sorted(p for _, _, p in pos if p == 0) and docs and names
    assert any(name == "Alina Vorstova" for _, name in names)
    assert ("vorstova", next(e for e, name in names if name == "Alina Vorstova")) in entity_words
    assert event_words
    assert any(speaker for _, speaker, _ in claims) and any(ev for _, _, ev in claims)
    assert kept == _recomputed(inc)

    full = open_store(store_at("full"))
    _ingest(full, stories, ["a1.txt", "b3.txt", "a4.txt"])
    resolve_store(full, force=True)
    assert _derived(full) == kept

    inc.remove_documents([a2])  # before re-resolving: the counts of a's events lose a2's reports
    assert _derived(inc)[:3] == _recomputed(inc)[:3]
    resolve_store(inc)
    assert _derived(inc) == _recomputed(inc)


def test_a_later_denial_disputes_the_stored_event_as_a_full_resolution_does(store_at, tmp_path):
    """The stored event's status, confidence, date and first report follow the report that
    joins it (SQLStore._refresh_events), on every backend."""
    (tmp_path / "met.txt").write_text(FLYNN_MET)
    (tmp_path / "denied.txt").write_text(FLYNN_DENIED)

    def meeting(store: Store) -> tuple:
        ev = store.events(type="MEET").items
        assert len(ev) == 1, ev
        return ev[0].id, ev[0].status, ev[0].confidence, ev[0].date, ev[0].first_reported

    inc, full = open_store(store_at("inc")), open_store(store_at("full"))
    for store in (inc, full):
        ingest_paths(store, [str(tmp_path / "met.txt")], published="2017-01-13")
        if store is inc:
            before = meeting(inc)
        ingest_paths(store, [str(tmp_path / "denied.txt")], published="2017-01-14")
    resolve_store(full, force=True)
    assert before[1] == "HAPPENED" and meeting(inc)[:2] == (before[0], "DISPUTED")
    assert meeting(inc) == meeting(full)
