"""Aggregates the API's pages read, kept in the store on write (schema migration 10) instead of
computed on every request: at 10,000 articles a central event has thousands of reports and a
central figure thousands of co-participants, and ranking or counting them per page cost seconds.

- ``events.n_docs``: the documents that report the event;
- ``event_members.pos``: each report's rank within its event, in the order lists show them
  (publication, document, sentence, offset), so "the first three reports" is an index range;
- ``entity_docs``: each entity's mentions per document;
- ``entity_pairs``: for each entity, every other it shares events with (HAPPENED or DISPUTED),
  and how many; both directions, so one index range lists either side's;
- ``entity_names``: each entity's name and aliases, one a row, for searches by name;
- ``entity_words`` and ``event_words``: the words of those names and of each event's label
  (store/words.py), for searches by word;
- ``claims.event_id`` and ``claims.speaker_entity``: the event a claim reports and the entity
  that speaks it, so a claim list filters and shows them through its own indexes.

Written in SQLite's dialect (``pg_dialect`` translates it), for the events and entities a
resolution has just saved (``None``: all of them); rows of deleted entities and documents go
with them (ON DELETE CASCADE).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Optional

from storyline.model import TIMELINE_STATUSES
from storyline.store.dbapi import Connection
from storyline.store.queries import IN_JSON
from storyline.store.queries_events import MEMBER_ORDER, statuses_json
from storyline.store.words import words

# where the words of each kind come from: their table, its key, the texts (key, text) and the
# column the texts are scoped by
EVENT_TEXTS = ("event_words", "event", "SELECT id, label FROM events WHERE 1 = 1", "id")
ENTITY_TEXTS = ("entity_words", "entity", "SELECT entity, name FROM entity_names n WHERE 1 = 1", "n.entity")


def _scope(column: str, ids: Optional[Collection[str]]) -> tuple[str, tuple[str, ...]]:
    """A condition limiting ``column`` to ``ids`` (none when None), and its argument."""
    if ids is None:
        return "", ()
    return f" AND {column} {IN_JSON}", (json.dumps(sorted(ids)),)


def derive_events(db: Connection, ids: Optional[Collection[str]]) -> None:
    """Documents per event and the rank of each report, for these events (all when None)."""
    cond, args = _scope("events.id", ids)
    db.execute(
        "UPDATE events SET n_docs = (SELECT count(DISTINCT em.doc) FROM event_members m"
        " JOIN event_mentions em ON em.id = m.event_mention WHERE m.event = events.id)"
        " WHERE 1 = 1" + cond,
        args,
    )
    cond, args = _scope("m.event", ids)
    db.execute(
        "UPDATE event_members SET pos = r.rn FROM (SELECT m.event_mention AS mid, ROW_NUMBER() OVER"
        f" (PARTITION BY m.event ORDER BY {MEMBER_ORDER}) - 1 AS rn FROM event_members m"
        " JOIN event_mentions em ON em.id = m.event_mention JOIN documents d ON d.id = em.doc"
        " WHERE 1 = 1" + cond + ") AS r WHERE event_members.event_mention = r.mid",
        args,
    )
    _derive_words(db, *EVENT_TEXTS, ids)


def _derive_words(
    db: Connection, table: str, key: str, texts: str, column: str, ids: Optional[Collection[str]]
) -> None:
    """The words of the texts ``texts`` selects (key, text) into ``table``, for these keys (all
    when None), replacing theirs: folded in Python, so both backends hold the same words."""
    cond, args = _scope(column, ids)
    if ids is None:
        db.execute(f"DELETE FROM {table}")
    else:
        db.execute(f"DELETE FROM {table} WHERE {key} {IN_JSON}", args)
    rows: set[tuple[str, str]] = set()
    for r in db.execute(texts + cond, args):
        rows.update((w, r[0]) for w in words(r[1]))
    db.executemany(f"INSERT INTO {table} (word, {key}) VALUES (?, ?)", sorted(rows))


def derive_words(db: Connection) -> None:
    """The words of every entity's names and every event's label."""
    _derive_words(db, *EVENT_TEXTS, None)
    _derive_words(db, *ENTITY_TEXTS, None)


def derive_entities(db: Connection, ids: Optional[Collection[str]]) -> None:
    """Mentions per document and co-participants of these entities (all when None), whose old
    rows are gone (deleted with their entities, or ``ids`` is None and the tables emptied)."""
    if ids is None:
        db.execute("DELETE FROM entity_docs")
        db.execute("DELETE FROM entity_pairs")
        db.execute("DELETE FROM entity_names")
    cond, args = _scope("e.id", ids)
    db.execute(
        "INSERT INTO entity_names (entity, name) SELECT e.id, e.name FROM entities e WHERE 1 = 1" + cond, args
    )
    db.execute(
        "INSERT INTO entity_names (entity, name) SELECT e.id, a.value FROM entities e, json_each(e.aliases) AS a"
        " WHERE a.value != e.name" + cond,
        args,
    )
    _derive_words(db, *ENTITY_TEXTS, ids)
    cond, args = _scope("me.entity", ids)
    db.execute(
        "INSERT INTO entity_docs (entity, doc, n) SELECT me.entity, m.doc, count(*)"
        " FROM mention_entity me JOIN mentions m ON m.id = me.mention WHERE 1 = 1"
        + cond
        + " GROUP BY me.entity, m.doc",
        args,
    )
    # both directions of every pair with a new entity (the other may be an older one)
    if ids is None:
        cond, args = "", ()
    else:
        cond = f" AND (a.entity {IN_JSON} OR b.entity {IN_JSON})"
        args = (json.dumps(sorted(ids)),) * 2
    db.execute(
        "INSERT INTO entity_pairs (entity, other, shared) SELECT a.entity, b.entity, count(*)"
        " FROM event_participants a JOIN event_participants b ON a.event = b.event AND b.entity != a.entity"
        f" JOIN events ev ON ev.id = a.event AND ev.status {IN_JSON} WHERE 1 = 1"
        + cond
        + " GROUP BY a.entity, b.entity",
        (statuses_json(TIMELINE_STATUSES), *args),
    )


def rederive_entities(db: Connection, ids: Collection[str]) -> None:
    """``derive_entities`` for entities that stay stored (an incremental resolution): their old
    rows, and the pairs naming them from either side, go first."""
    scope = (json.dumps(sorted(ids)),)
    db.execute(f"DELETE FROM entity_docs WHERE entity {IN_JSON}", scope)
    db.execute(f"DELETE FROM entity_names WHERE entity {IN_JSON}", scope)
    db.execute(f"DELETE FROM entity_pairs WHERE entity {IN_JSON} OR other {IN_JSON}", scope * 2)
    derive_entities(db, ids)


def derive_claims(db: Connection, docs: Optional[Collection[str]]) -> None:
    """The event and speaker entity of the claims of these documents (all when None), after
    their events and entities were saved."""
    cond, args = _scope("doc", docs)
    db.execute(
        "UPDATE claims SET speaker_entity = (SELECT me.entity FROM mention_entity me WHERE me.mention = claims.speaker),"
        " event_id = (SELECT m.event FROM event_members m WHERE m.event_mention = claims.event_mention)"
        " WHERE 1 = 1" + cond,
        args,
    )


def events_of_docs(db: Connection, docs: Collection[str]) -> set[str]:
    """The events these documents report (before removing them: their counts change)."""
    rows = db.execute(
        "SELECT DISTINCT m.event FROM event_members m JOIN event_mentions em ON em.id = m.event_mention"
        f" WHERE em.doc {IN_JSON}",
        (json.dumps(sorted(docs)),),
    )
    return {r[0] for r in rows}
