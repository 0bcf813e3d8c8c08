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

from storyline import pipeline
from storyline.model import TIMELINE_STATUSES
from storyline.pipeline import ingest_paths, resolve_store
from storyline.present.cli import cli
from storyline.resolve.incremental import differing
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


def _share_differing(db: Path, full: Path) -> dict[str, float]:
    """The share of entities and of events (as sets of mentions) found in only one of the two."""
    a, b = dump(db), dump(full)
    pairs = lambda rows: [(r[0][1], r[1][1]) for r in rows]  # noqa: E731
    return {
        "entities": differing(pairs(a["mention_entity"]), pairs(b["mention_entity"])),
        "events": differing(pairs(a["event_members"]), pairs(b["event_members"])),
    }


REFRESHED = ("status", "date", "other_dates", "first_reported", "confidence")


def _event_fields(db: Path) -> dict[frozenset[str], dict]:
    """Each event, by the set of its mentions: what its reports say of its date and status."""
    d = dump(db)
    members: dict[str, set[str]] = {}
    for r in d["event_members"]:
        row = dict(r)
        members.setdefault(row["event"], set()).add(row["event_mention"])
    return {frozenset(members[dict(r)["id"]]): {k: dict(r)[k] for k in REFRESHED} for r in d["events"]}


def _fields_differing(db: Path, full: Path) -> tuple[int, int]:
    """(events whose date or status differ from a full resolution's, events found in both)."""
    a, b = _event_fields(db), _event_fields(full)
    both = a.keys() & b.keys()
    return sum(a[k] != b[k] for k in both), len(both)


def _in_parts(store: SQLiteStore, tmp_path: Path, paths: list[Path], cuts: list[int]) -> Spy:
    """Ingest ``paths`` in parts ending at ``cuts``, one ingest (one folder) per part."""
    spy = Spy(store)
    start = 0
    for end in cuts:
        part = tmp_path / f"part{end}"
        part.mkdir()
        for p in paths[start:end]:
            shutil.copy(p, part / p.name)
        summary = ingest_paths(store, [str(part)])
        assert summary.new == end - start and not summary.failed, summary
        start = end
    return spy


def test_seeds_in_halves_then_one_equal_a_full_resolution(tmp_path):
    """Two halves then one more article: each resolved against its block only, and the store
    partitions the mentions into entities and events as a full resolution does."""
    seeds = sorted(shared_path("corpus", "seeds").iterdir())
    db = tmp_path / "inc.db"
    store = SQLiteStore(str(db))
    _in_parts(store, tmp_path, seeds, [2, 4, 5])
    assert not store.resolution_pending()
    store.close()
    inc = _resolved(db)
    assert inc["entities"] and inc["events"] and inc["contradictions"]
    full = _full_copy(db, tmp_path)
    assert _share_differing(db, full) == {"entities": 0.0, "events": 0.0}
    # and each event's date, first report, status and confidence are what a full resolution
    # gives it, however its reports arrived
    assert _fields_differing(db, full)[0] == 0


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


def test_allsides_in_halves_then_ten_near_a_full_resolution(tmp_path):
    """500 real articles of one beat (every one names Trump: one component): two halves, then
    10 more. The 10 read only their block, the rows they did not touch keep their ids and
    contents, and the store partitions the mentions almost as a full resolution does: what
    differs is what the blocks leave out (resolve/incremental.py; bench/incremental.py)."""
    folder = tmp_path / "in"
    folder.mkdir()
    paths = _allsides(folder, 500)
    db = tmp_path / "inc.db"
    store = SQLiteStore(str(db))
    _in_parts(store, tmp_path, paths, [245, 490])
    before = _resolved(db)
    spy = _in_parts(store, tmp_path, paths[490:], [10])
    read = spy.reads[-1]
    assert 10 < len(read) < 490 // 2, len(read)  # the block, not the component (the store)
    store.close()
    after = _resolved(db)
    for table in ("entities", "events"):
        ids = lambda rows: {dict(r)["id"] for r in rows}  # noqa: E731
        assert ids(before[table]) <= ids(after[table]), table  # every stored id is kept
    for table in ("mention_entity", "event_members"):  # every stored mention stays where it was
        # (not at its rank: a new report published before the stored ones ranks ahead of them)
        where = lambda rows: {tuple(x for x in r if x[0] != "pos") for r in rows}  # noqa: E731
        assert where(before[table]) <= where(after[table]), table
    full = _full_copy(db, tmp_path)
    share = _share_differing(db, full)
    differ, both = _fields_differing(db, full)
    print(share, differ, both)
    assert share["entities"] < 0.05 and share["events"] < 0.05, share
    # an event the same in both has, but for a few, the same date, status and confidence
    assert differ < 0.05 * both, (differ, both)


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
        ("contradictions", "heads"),
        ("claims", "answers"),
        ("claims", "denied"),
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


@pytest.mark.parametrize("keep", [0, pipeline.KEEP])
def test_an_unrelated_story_is_resolved_apart_and_leaves_the_other_untouched(tmp_path, monkeypatch, keep):
    """Two stories that share no name: two components; the second ingest reads only its own
    article (none at all when the run kept the analyses it stored) and rewrites none of the
    first story's rows."""
    monkeypatch.setattr(pipeline, "KEEP", keep)
    (tmp_path / "a.txt").write_text(STORY_A)
    (tmp_path / "b.txt").write_text(STORY_B)
    db = tmp_path / "two.db"
    store = SQLiteStore(str(db))
    spy = Spy(store)
    first = ingest_paths(store, [str(tmp_path / "a.txt")], published="2021-03-01").new_ids
    before = _resolved(db)
    second = ingest_paths(store, [str(tmp_path / "b.txt")], published="2021-03-06").new_ids
    assert spy.reads == ([set(first), set(second)] if keep == 0 else [])
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


def _ingest_day(store: SQLiteStore, folder: Path, published: str, title: str, text: str) -> None:
    """One article, ingested on its own (one incremental resolution)."""
    folder.mkdir()
    record = {"text": text, "title": title, "outlet": "AP", "url": f"https://example.com/{folder.name}"}
    (folder / "a.json").write_text(json.dumps({**record, "published": published}))
    summary = ingest_paths(store, [str(folder)])
    assert summary.new == 1 and not summary.failed, summary


def _event_of(store: SQLiteStore, etype: str, status=None):
    page = store.events(type=etype, status=status)
    assert page.total == 1, [(e.label, e.status) for e in page.items]
    return page.items[0]


FLYNN_MET = (
    "National security adviser Michael Flynn met Russian Ambassador Sergey Kislyak in New York"
    " on December 1, officials said. Flynn and Kislyak discussed sanctions."
)
FLYNN_DENIED = (
    "Michael Flynn did not meet Russian Ambassador Sergey Kislyak in New York on December 1,"
    " a spokesman for Flynn said on Saturday."
)


def test_a_stored_event_takes_the_status_its_later_reports_give_it(tmp_path):
    """A meeting reported one day and denied the next: the denial joins the stored event,
    which becomes DISPUTED (still on the timeline) as a full resolution makes it."""
    db = tmp_path / "s.db"
    store = SQLiteStore(str(db))
    _ingest_day(
        store,
        tmp_path / "day1",
        "2017-01-13",
        "Flynn met Kislyak",
        FLYNN_MET,
    )
    first = _event_of(store, "MEET")
    assert first.status == "HAPPENED" and first.date.start == "2016-12-01"
    _ingest_day(
        store,
        tmp_path / "day2",
        "2017-01-14",
        "Flynn denies meeting",
        FLYNN_DENIED,
    )
    later = _event_of(store, "MEET", status=TIMELINE_STATUSES)  # the default timeline's
    assert later.id == first.id and later.status == "DISPUTED", later
    assert later.documents == 2 and later.confidence > first.confidence
    store.close()
    assert _fields_differing(db, _full_copy(db, tmp_path)) == (0, 1)


def test_a_stored_event_takes_the_date_and_first_report_of_its_later_reports(tmp_path):
    """A firing first read without its day; an article published the day before (an archive
    filled backwards) gives it: the stored event takes that day and that first report, and
    the date index finds it there."""
    db = tmp_path / "s.db"
    store = SQLiteStore(str(db))
    _ingest_day(
        store,
        tmp_path / "day2",
        "2017-05-11",
        "Trump fired Comey",
        "President Donald Trump fired FBI Director James Comey, the White House said."
        " Comey was leading the Russia investigation.",
    )
    first = _event_of(store, "FIRE")
    assert first.date is None and first.first_reported == "2017-05-11"
    _ingest_day(
        store,
        tmp_path / "day1",
        "2017-05-10",
        "Trump fires Comey",
        "President Donald Trump fired FBI Director James Comey on Tuesday, the White House said."
        " Comey learned of his firing from television.",
    )
    later = _event_of(store, "FIRE", status=TIMELINE_STATUSES)
    assert later.id == first.id and later.date.start == "2017-05-09", later
    assert later.first_reported == "2017-05-10"
    assert [e.id for e in store.events(type="FIRE", date_from="2017-05-09", date_to="2017-05-09").items] == [
        first.id
    ]
    store.close()
    assert _fields_differing(db, _full_copy(db, tmp_path))[0] == 0


def test_a_planned_meeting_and_the_meeting_held_stay_two_events(tmp_path):
    """ "Will meet on Monday", then "met": a plan never joins what happened (resolve/events.py
    keeps them apart, a full resolution too). The plan stays PLANNED, off the timeline; the
    meeting held is HAPPENED, on it, dated by its report."""
    db = tmp_path / "s.db"
    store = SQLiteStore(str(db))
    _ingest_day(
        store,
        tmp_path / "day1",
        "2018-07-13",
        "Trump to meet Putin in Helsinki on Monday",
        "President Donald Trump will meet Russian President Vladimir Putin in Helsinki on Monday,"
        " the White House said on Friday.",
    )
    assert store.events(type="MEET", status=TIMELINE_STATUSES).total == 0
    plan = _event_of(store, "MEET", status={"PLANNED"})
    _ingest_day(
        store,
        tmp_path / "day2",
        "2018-07-16",
        "Trump meets Putin in Helsinki",
        "President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday."
        " Trump and Putin met for two hours, officials said.",
    )
    held = _event_of(store, "MEET", status=TIMELINE_STATUSES)
    assert held.id != plan.id and held.status == "HAPPENED" and held.date.start == "2018-07-16"
    assert _event_of(store, "MEET", status={"PLANNED"}).id == plan.id
    store.close()
    assert _fields_differing(db, _full_copy(db, tmp_path))[0] == 0
