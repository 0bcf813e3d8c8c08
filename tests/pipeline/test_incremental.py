"""Incremental resolution (resolve/blocking.py): an ingest re-resolves only the components its
articles join, and the store equals a full re-resolution of the same data; `storyline remove`
leaves the store a clean ingest without the removed articles would."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.conftest import shared_path
from tests.robust.procs import dump

from storyline.pipeline import ingest_paths, resolve_store
from storyline.present.cli import cli
from storyline.store import SQLiteStore

RESOLVED = ("entities", "mention_entity", "events", "event_members", "event_participants", "contradictions")


def _resolved(db: Path) -> dict:
    d = dump(db)
    return {t: d[t] for t in RESOLVED}


def _full_copy(db: Path, tmp_path: Path) -> Path:
    """The same store re-resolved in full, every component again."""
    copy = tmp_path / "full.db"
    src = SQLiteStore(str(db))
    src.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    src.close()
    shutil.copy(db, copy)
    store = SQLiteStore(str(copy))
    resolve_store(store, force=True)
    store.close()
    return copy


class Spy:
    """Records which documents each resolution reads."""

    def __init__(self, store: SQLiteStore):
        self.reads: list[set[str]] = []
        inner = store.resolution_input

        def spy(docs=None):
            self.reads.append(set(docs) if docs is not None else {"*"})
            return inner(docs)

        store.resolution_input = spy  # type: ignore[method-assign]


def _ingest_one_by_one(store: SQLiteStore, paths: list[Path]) -> Spy:
    spy = Spy(store)
    for p in paths:
        summary = ingest_paths(store, [str(p)])
        assert summary.new == 1 and not summary.failed, summary
    return spy


def test_seeds_one_by_one_equal_a_full_resolution(tmp_path):
    seeds = sorted(shared_path("corpus", "seeds").iterdir())
    db = tmp_path / "inc.db"
    store = SQLiteStore(str(db))
    spy = _ingest_one_by_one(store, seeds)
    assert not store.resolution_pending()
    # each ingest read its own component only, never the whole store
    assert "*" not in set().union(*spy.reads) and len(spy.reads) == len(seeds)
    store.close()
    inc = _resolved(db)
    assert inc["entities"] and inc["events"] and inc["contradictions"]
    assert inc == _resolved(_full_copy(db, tmp_path))


def _allsides(tmp_path: Path, n: int, skip: int = 0) -> list[Path]:
    """``n`` AllSides articles (after the first ``skip``), one JSON file each, with their
    outlet and date."""
    data = shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    out = []
    with gzip.open(data, "rt") as fh:
        for line in fh:
            a = json.loads(line)
            if not (a.get("content_original") or "").strip():
                continue
            if skip:
                skip -= 1
                continue
            path = tmp_path / f"a{len(out):03d}.json"
            record = {"text": a["content_original"], "title": a["title"], "outlet": a["source"]}
            path.write_text(json.dumps({**record, "url": a["url"], "published": a["date"]}))
            out.append(path)
            if len(out) == n:
                return out
    return out


def test_allsides_in_batches_equal_a_full_resolution(tmp_path):
    """60 real articles of many stories: three ingests of 18, then six one at a time."""
    folder = tmp_path / "in"
    folder.mkdir()
    paths = _allsides(folder, 60)
    db = tmp_path / "inc.db"
    store = SQLiteStore(str(db))
    spy = Spy(store)
    for i in range(0, 54, 18):
        batch = tmp_path / f"b{i}"
        batch.mkdir()
        for p in paths[i : i + 18]:
            shutil.copy(p, batch / p.name)
        assert ingest_paths(store, [str(batch)]).new == 18
    for p in paths[54:]:
        summary = ingest_paths(store, [str(p)])
        assert summary.new == 1
        # one article at a time reads the component it joins, no more
        assert spy.reads[-1] == store.component(set(summary.new_ids))
    comps = list(store.components())
    assert sum(len(c) for c in comps) == 60
    store.close()
    assert _resolved(db) == _resolved(_full_copy(db, tmp_path))


def _cli(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_remove_equals_never_having_ingested(tmp_path):
    seeds = sorted(shared_path("corpus", "seeds").iterdir())
    db = tmp_path / "all.db"
    store = SQLiteStore(str(db))
    assert ingest_paths(store, [str(p) for p in seeds]).new == 5
    gone = next(d.id for d in store.documents().items if d.source.endswith(seeds[1].name))
    claims_before = store.counts().claims
    store.close()

    bad = _cli("remove", "nosuchdoc", gone, "--db", db)
    assert bad.exit_code != 0 and "nosuchdoc" in bad.output
    assert dump(db)["documents"] and len(dump(db)["documents"]) == 5  # nothing removed

    ok = _cli("remove", gone, "--db", db)
    assert ok.exit_code == 0, ok.output
    store = SQLiteStore(str(db))
    assert not store.resolution_pending() and not store.has_document(gone)
    assert store.counts().claims < claims_before
    store.close()

    clean = tmp_path / "clean.db"
    other = SQLiteStore(str(clean))
    assert ingest_paths(other, [str(p) for p in seeds if p != seeds[1]]).new == 4
    other.close()
    removed, fresh = dump(db), dump(clean)
    for table in ("documents", "mentions", "event_mentions", "claims", "doc_keys", "unresolved", *RESOLVED):
        assert removed[table] == fresh[table], table


def test_removing_every_document_leaves_an_empty_store(tmp_path):
    seeds = sorted(shared_path("corpus", "seeds").iterdir())[:2]
    db = tmp_path / "s.db"
    store = SQLiteStore(str(db))
    ingest_paths(store, [str(p) for p in seeds])
    ids = [d.id for d in store.documents().items]
    store.close()
    assert _cli("remove", *ids, "--db", db).exit_code == 0
    d = dump(db)
    assert all(d[t] == [] for t in ("documents", "mentions", "doc_keys", *RESOLVED))


@pytest.mark.parametrize("n", [2])
def test_migrated_store_gets_keys_and_resolves_once_in_full(tmp_path, n):
    """A store of the previous schema: its documents get their blocking keys from their
    mentions, all of them pending, and the next command resolves them."""
    from storyline.store.schema import KEYS_VERSION

    seeds = sorted(shared_path("corpus", "seeds").iterdir())[:n]
    db = tmp_path / "m.db"
    store = SQLiteStore(str(db))
    ingest_paths(store, [str(p) for p in seeds])
    keys = dump(db)["doc_keys"]
    before = _resolved(db)
    store.db.execute("DROP TABLE doc_keys")
    store.db.execute("DROP TABLE unresolved")
    store.db.execute("DROP INDEX contradictions_doc")
    store.db.execute("ALTER TABLE contradictions DROP COLUMN doc")
    # the later migrations run again too: undo what they add that cannot be added twice
    for index in ("event_members_pos", "claims_by_speaker", "claims_by_event"):
        store.db.execute(f"DROP INDEX {index}")
    for table, column in (
        ("events", "n_docs"),
        ("event_members", "pos"),
        ("claims", "speaker_entity"),
        ("claims", "event_id"),
    ):
        store.db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    store.db.execute(f"PRAGMA user_version = {KEYS_VERSION - 1}")
    store.close()
    store = SQLiteStore(str(db))
    assert dump(db)["doc_keys"] == keys
    assert store.resolution_pending() and len(store.unresolved()) == n
    resolve_store(store)
    assert not store.resolution_pending()
    store.close()
    assert _resolved(db) == before


STORY_A = """Kestrel Bay mayor Alina Vorstova opened the new harbour bridge on Monday.
Vorstova said the bridge, paid for by the Kestrel Bay Port Authority, would carry ferries to
Gull Island. Port Authority chairman Edmund Hale met Vorstova at the harbour after the opening."""

STORY_B = """Riverton Rovers fired their coach, Tomas Brandt, on Saturday after a fifth straight loss.
Club owner Marisol Quint said Brandt had lost the dressing room. Quint appointed Brandt's
assistant, Pieter Okafor, as caretaker coach until the end of the season."""


def test_an_unrelated_story_is_resolved_apart_and_leaves_the_other_untouched(tmp_path):
    """Two stories that share no name: two components; the second ingest reads only its own
    article and rewrites none of the first story's rows."""
    (tmp_path / "a.txt").write_text(STORY_A)
    (tmp_path / "b.txt").write_text(STORY_B)
    db = tmp_path / "two.db"
    store = SQLiteStore(str(db))
    spy = Spy(store)
    first = ingest_paths(store, [str(tmp_path / "a.txt")], published="2021-03-01").new_ids
    before = _resolved(db)
    second = ingest_paths(store, [str(tmp_path / "b.txt")], published="2021-03-06").new_ids
    assert spy.reads == [set(first), set(second)]
    assert sorted(map(len, store.components())) == [1, 1]
    store.close()
    after = _resolved(db)
    for table in RESOLVED:  # every row of the first story is still there, as it was
        assert set(before[table]) <= set(after[table]), table
    assert len(after["entities"]) > len(before["entities"]) and after["events"] != before["events"]
    assert after == _resolved(_full_copy(db, tmp_path))
    # removing the first story leaves the second exactly as it was
    store = SQLiteStore(str(db))
    keep = {t: set(after[t]) - set(before[t]) for t in RESOLVED}
    store.remove_documents(first)
    assert store.unresolved() == set()
    store.close()
    left = _resolved(db)
    assert {t: set(left[t]) for t in RESOLVED if t != "contradictions"} == {
        t: keep[t] for t in RESOLVED if t != "contradictions"
    }
