"""What the SQLite and PostgreSQL backends share: every write, in one dialect (SQLite's, which
``pg_dialect`` translates), over the read queries of ``queries*.py``. A backend supplies the
connection (``db``), ``_write`` (one transaction holding the store's write lock) and
``_BEGIN_READ`` (a transaction reading one consistent snapshot)."""

from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import Collection, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict
from datetime import date, timedelta
from typing import Optional

from storyline.model import (
    TIMELINE_STATUSES,
    Analysis,
    Contradiction,
    DateRange,
    Entity,
    Event,
    Mention,
    Resolution,
)
from storyline.resolve.blocking import doc_keys
from storyline.resolve.blocking import keys as blocking_keys
from storyline.resolve.incremental import Merge, Reports, refreshed
from storyline.store.base import NotFound, Store, contradiction_doc
from storyline.store.derived import (
    derive_claims,
    derive_entities,
    derive_events,
    derive_words,
    events_of_docs,
    rederive_entities,
)
from storyline.store.queries import IN_JSON, IN_JSON_INTS, side_heads
from storyline.store.queries_graph import GraphQueries
from storyline.store.sqlite_read import _claim, _event_mention, chunks, read_analyses


def _date_json(d: Optional[DateRange]) -> Optional[str]:
    return json.dumps(asdict(d)) if d else None


class SQLStore(GraphQueries, Store):
    _BEGIN_READ = "BEGIN"

    @abstractmethod
    def _write(self) -> AbstractContextManager[None]:
        """One write transaction holding the store's write lock from its start: concurrent
        writers queue instead of failing half-way, and a check and the write that depends on it
        happen under the same lock."""

    @property
    @abstractmethod
    def schema_version(self) -> int: ...

    # --- writing ---------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def generation(self) -> int:
        return self._state("documents")

    def resolution_pending(self) -> bool:
        if self._state("resolved") < self._state("documents"):
            return True
        return self.db.execute("SELECT 1 FROM unresolved LIMIT 1").fetchone() is not None

    def _state(self, key: str) -> int:
        row = self.db.execute("SELECT value FROM store_state WHERE key=?", (key,)).fetchone()
        return int(row[0]) if row else 0

    def add_analysis(self, a: Analysis) -> bool:
        d = a.doc
        off = d.offsets
        with self._write():  # one transaction per article: all of it or nothing
            # OR IGNORE under the write lock: a second ingest of the same article stores nothing
            added = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, source, title, outlet, author, published, published_basis,"
                " raw_format, original, text, offsets, removed, sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    d.id,
                    d.source,
                    d.title,
                    d.outlet,
                    d.author,
                    d.published,
                    d.published_basis,
                    d.raw_format,
                    d.original,
                    d.text,
                    json.dumps(off.to_json()),
                    json.dumps(d.removed),
                    json.dumps(d.sources),
                ),
            ).rowcount
            if not added:
                return False
            # the same transaction marks the store's resolution as behind: a crash after this
            # commit leaves the resolution pending, never silently missing
            self.db.execute("UPDATE store_state SET value = value + 1 WHERE key = 'documents'")
            self.db.execute("INSERT INTO unresolved (doc) VALUES (?)", (d.id,))
            self.db.executemany(
                "INSERT INTO doc_keys (key, doc) VALUES (?,?)", [(k, d.id) for k in sorted(doc_keys(a))]
            )
            self.db.executemany(
                'INSERT INTO sentences (doc, idx, start, "end", ostart, oend, text) VALUES (?,?,?,?,?,?,?)',
                [(d.id, s.idx, s.start, s.end, *off.span(s.start, s.end), s.text) for s in a.sentences],
            )
            self.db.executemany(
                'INSERT INTO mentions (id, doc, sent, start, "end", ostart, oend, text, type, key, role)'
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        m.id,
                        d.id,
                        m.sent,
                        m.start,
                        m.end,
                        *off.span(m.start, m.end),
                        m.text,
                        m.type,
                        m.key,
                        m.role,
                    )
                    for m in a.mentions
                ],
            )
            self.db.executemany(
                'INSERT INTO event_mentions (id, doc, sent, type, trigger, lemma, start, "end",'
                " participants, date, location, location_text, sources, negated, anaphoric,"
                " polarity, certainty, time, special, tstart, tend)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        e.id,
                        d.id,
                        e.sent,
                        e.type,
                        e.trigger,
                        e.lemma,
                        e.start,
                        e.end,
                        json.dumps([{"mention": p.ref, "role": p.role} for p in e.participants]),
                        _date_json(e.date),
                        e.location,
                        e.location_text,
                        json.dumps(e.sources),
                        int(e.negated),
                        int(e.anaphoric),
                        str(e.factuality.polarity),
                        str(e.factuality.certainty),
                        str(e.factuality.time),
                        str(e.factuality.special),
                        *off.span(e.start, e.end),
                    )
                    for e in a.events
                ],
            )
            self.db.executemany(
                'INSERT INTO claims (id, doc, sent, stance, text, start, "end", ostart, oend, speaker,'
                " speaker_text, event_mention, attributed_to, quantities, answers, denied)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        c.id,
                        d.id,
                        c.sent,
                        c.stance,
                        c.text,
                        c.start,
                        c.end,
                        *off.span(c.start, c.end),
                        c.speaker,
                        c.speaker_text,
                        c.event,
                        json.dumps(c.attributed_to),
                        json.dumps([asdict(q) for q in c.quantities]),
                        c.answers,
                        c.denied,
                    )
                    for c in a.claims
                ],
            )
        return True

    def _claim_doc(self, claim_id: str) -> Optional[str]:
        row = self.db.execute("SELECT doc FROM claims WHERE id=?", (claim_id,)).fetchone()
        return row[0] if row else None

    def analyses(self) -> Iterator[Analysis]:
        return read_analyses(self.db, full=True, begin=self._BEGIN_READ)

    def resolution_input(self, docs: Optional[Collection[str]] = None) -> Iterator[Analysis]:
        return read_analyses(self.db, full=False, begin=self._BEGIN_READ, docs=docs)

    # --- incremental resolution --------------------------------------------------------------
    def unresolved(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT doc FROM unresolved")}

    def keys_of(self, docs: Collection[str]) -> set[str]:
        return self._doc_keys("key", "doc", docs)

    def docs_with(self, keys: Collection[str]) -> set[str]:
        return self._doc_keys("doc", "key", keys)

    def _doc_keys(self, column: str, by: str, values: Collection[str]) -> set[str]:
        """``column`` of the doc_keys rows whose ``by`` is one of ``values``."""
        out: set[str] = set()
        for part in chunks(values):
            q = f"SELECT DISTINCT {column} FROM doc_keys WHERE {by} IN (" + ",".join("?" * len(part)) + ")"
            out.update(r[0] for r in self.db.execute(q, part))
        return out

    def document_ids(self) -> Iterator[str]:
        for r in self.db.execute("SELECT id FROM documents ORDER BY rowid").fetchall():
            yield r[0]

    def save_resolution(self, res: Resolution, generation: int | None = None) -> bool:
        """Replace everything (the whole store was resolved)."""
        return self._save(res, generation, docs=None, resolved=None)

    def replace_resolution(
        self,
        docs: Collection[str],
        res: Resolution,
        resolved: Collection[str],
        generation: Optional[int] = None,
    ) -> bool:
        return self._save(res, generation, docs=docs, resolved=resolved)

    def _delete_resolved(self, docs: Optional[Collection[str]]) -> None:
        """Entities, events and contradictions of ``docs`` (of everything when None), and any
        left with no mention (their documents were removed)."""
        if docs is None:
            for table in (
                "contradictions",
                "event_participants",
                "event_members",
                "events",
                "mention_entity",
                "entities",
            ):
                self.db.execute(f"DELETE FROM {table}")
            return
        # the component's ids as one JSON array (no parameter limit; both dialects read it)
        scope = (json.dumps(sorted(docs)),)
        self.db.execute(f"DELETE FROM contradictions WHERE doc IS NULL OR doc {IN_JSON}", scope)
        self.db.execute(
            "DELETE FROM events WHERE id IN (SELECT em.event FROM event_members em"
            f" JOIN event_mentions m ON m.id = em.event_mention WHERE m.doc {IN_JSON})",
            scope,
        )
        self.db.execute(
            "DELETE FROM entities WHERE id IN (SELECT me.entity FROM mention_entity me"
            f" JOIN mentions m ON m.id = me.mention WHERE m.doc {IN_JSON})",
            scope,
        )
        self._delete_orphans()

    def _delete_orphans(self) -> None:
        self.db.execute(
            "DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM event_members em WHERE em.event = events.id)"
        )
        self.db.execute(
            "DELETE FROM entities WHERE NOT EXISTS"
            " (SELECT 1 FROM mention_entity me WHERE me.entity = entities.id)"
        )
        self.db.execute("DELETE FROM contradictions WHERE doc NOT IN (SELECT id FROM documents)")

    def remove_documents(self, ids: Collection[str]) -> set[str]:
        """Remove the documents with everything extracted from them, and the entities, events
        and contradictions only they supported; the other documents of their components are
        marked unresolved (returned). Raises NotFound, removing nothing, for an unknown id."""
        with self._write():
            known: set[str] = set()
            for part in chunks(ids):
                q = "SELECT id FROM documents WHERE id IN (" + ",".join("?" * len(part)) + ")"
                known.update(r[0] for r in self.db.execute(q, part))
            unknown = sorted(set(ids) - known)
            if unknown:
                raise NotFound(f"no document {', '.join(unknown)} in the store; nothing removed")
            affected = self.component(known) - known
            reported = events_of_docs(self.db, known)  # their counts change with the removal
            for part in chunks(known):
                marks = ",".join("?" * len(part))
                self.db.execute(f"DELETE FROM documents WHERE id IN ({marks})", part)
            self.db.executemany(
                "INSERT OR IGNORE INTO unresolved (doc) VALUES (?)", [(d,) for d in sorted(affected)]
            )
            # a resolution read before the removal must not be saved after it; one that was
            # complete stays complete (what is left pending is listed in unresolved)
            caught_up = self._state("resolved") >= self._state("documents")
            self.db.execute("UPDATE store_state SET value = value + 1 WHERE key = 'documents'")
            if caught_up:
                self.db.execute("UPDATE store_state SET value = value + 1 WHERE key = 'resolved'")
            self._delete_orphans()
            derive_events(self.db, reported)
        return affected

    def _save(
        self,
        res: Resolution,
        generation: Optional[int],
        docs: Optional[Collection[str]],
        resolved: Optional[Collection[str]],
    ) -> bool:
        with self._write():
            if not self._mark_resolved(generation, resolved):
                return False
            self._delete_resolved(docs)
            n_events: dict[str, int] = {}  # events reported as facts (or disputed) only
            for ev in res.events:
                if ev.status not in TIMELINE_STATUSES:
                    continue
                for p in ev.participants:
                    n_events[p.ref] = n_events.get(p.ref, 0) + 1
            self._insert_entities(res.entities, n_events)
            self._insert_events(res.events)
            self._insert_contradictions(res.contradictions)
            self._set_published(res.published)
            # what the API's pages read, for what was saved (after the years: reports are ranked by them)
            derive_events(self.db, None if docs is None else [ev.id for ev in res.events])
            derive_entities(self.db, None if docs is None else [e.id for e in res.entities])
            derive_claims(self.db, docs)
            self._analyze()
        return True

    def _analyze(self) -> None:
        """Refresh the planner's statistics after a resolution (PostgreSQL's autovacuum does it)."""

    def _fill_derived(self) -> None:
        """The aggregates of a store written before it kept them (inside the migration)."""
        derive_events(self.db, None)
        derive_entities(self.db, None)
        derive_claims(self.db, None)

    def _fill_heads(self) -> None:
        """The heads of the sides of a store's disagreements written before it kept them, a
        few rows at a time (a side can hold a thousand reports)."""
        rowids = [r[0] for r in self.db.execute("SELECT rowid FROM contradictions")]
        for i in range(0, len(rowids), 50):
            part = rowids[i : i + 50]
            rows = self.db.execute(
                f"SELECT rowid, positions FROM contradictions WHERE rowid {IN_JSON_INTS}", (json.dumps(part),)
            ).fetchall()
            self.db.executemany(
                "UPDATE contradictions SET heads = ? WHERE rowid = ?",
                [(json.dumps(side_heads(json.loads(r["positions"]))), r["rowid"]) for r in rows],
            )

    def _fill_words(self) -> None:
        """The words of the names and labels of a store written before it kept them."""
        derive_words(self.db)

    def _mark_resolved(self, generation: Optional[int], resolved: Optional[Collection[str]]) -> bool:
        """Inside a write: record the resolution of ``resolved`` (None: every article) read at
        ``generation``; False when a concurrent run already saved a resolution of more articles."""
        if generation is None:  # the caller resolved everything stored now
            generation = self._state("documents")
        elif self._state("resolved") > generation:
            return False
        self.db.execute("UPDATE store_state SET value = ? WHERE key = 'resolved'", (generation,))
        if resolved is None:
            self.db.execute("DELETE FROM unresolved")
        else:
            self.db.executemany("DELETE FROM unresolved WHERE doc = ?", [(d,) for d in resolved])
        return True

    # --- incremental resolution (resolve/incremental.py) -----------------------------------
    def docs_near(self, keys: Collection[str], lo: Optional[str], hi: Optional[str], limit: int) -> set[str]:
        # the documents of the window first (an index range), then their keys: a key such as
        # "k:trump" is held by every document of a one-beat archive
        if lo and hi:
            among = "SELECT id FROM documents WHERE (published IS NULL) = FALSE AND published BETWEEN ? AND ?"
            return self._sharing_most(keys, among, (lo, hi), limit)
        q = f"SELECT doc FROM doc_keys WHERE key {IN_JSON} GROUP BY doc ORDER BY COUNT(*) DESC, doc LIMIT ?"
        return {r[0] for r in self.db.execute(q, (json.dumps(sorted(keys)), limit))}

    def event_docs(self, etype: str, keys: Collection[str], lo: str, hi: str, limit: int) -> set[str]:
        # events dated within a month before the window at the earliest (the date index)
        start = (date.fromisoformat(lo) - timedelta(days=31)).isoformat()
        among = (
            "SELECT m.doc FROM events e JOIN event_members em ON em.event = e.id"
            " JOIN event_mentions m ON m.id = em.event_mention"
            " WHERE e.type = ? AND e.date_lo BETWEEN ? AND ? AND e.date_hi >= ?"
        )
        return self._sharing_most(keys, among, (etype, start, hi, lo), limit)

    def _sharing_most(
        self, keys: Collection[str], among: str, params: tuple[str, ...], limit: int
    ) -> set[str]:
        """The ``limit`` documents of the query ``among`` sharing the most of ``keys``."""
        q = (
            f"SELECT doc FROM doc_keys WHERE doc IN ({among}) AND key {IN_JSON}"
            " GROUP BY doc ORDER BY COUNT(*) DESC, doc LIMIT ?"
        )
        return {r[0] for r in self.db.execute(q, (*params, json.dumps(sorted(keys)), limit))}

    def never_resolved(self, docs: Collection[str]) -> set[str]:
        scope = (json.dumps(sorted(docs)),)
        q = (
            f"SELECT DISTINCT m.doc FROM mentions m JOIN mention_entity me ON me.mention = m.id WHERE m.doc {IN_JSON}"
            " UNION SELECT DISTINCT m.doc FROM event_mentions m JOIN event_members em ON em.event_mention = m.id"
            f" WHERE m.doc {IN_JSON}"
        )
        return set(docs) - {r[0] for r in self.db.execute(q, scope * 2)}

    def resolved_as(self, ids: Collection[str]) -> dict[str, str]:
        scope = (json.dumps(sorted(ids)),)
        out = dict(
            self.db.execute(f"SELECT mention, entity FROM mention_entity WHERE mention {IN_JSON}", scope)
        )
        out.update(
            self.db.execute(
                f"SELECT event_mention, event FROM event_members WHERE event_mention {IN_JSON}", scope
            )
        )
        return {str(k): str(v) for k, v in out.items()}

    def merge_resolution(
        self, merge: Merge, resolved: Collection[str], generation: Optional[int] = None
    ) -> bool:
        with self._write():
            # a concurrent run resolved some of these articles first: its result stands
            still = self.db.execute(
                f"SELECT COUNT(*) FROM unresolved WHERE doc {IN_JSON}", (json.dumps(sorted(resolved)),)
            ).fetchone()[0]
            if still < len(set(resolved)) or not self._mark_resolved(generation, resolved):
                return False
            new_entities = []
            for e in merge.entities:
                row = self.db.execute("SELECT aliases, roles FROM entities WHERE id = ?", (e.id,)).fetchone()
                if row is None:
                    new_entities.append(e)
                    continue
                aliases = list(dict.fromkeys([*json.loads(row[0]), *e.aliases]))
                roles = [*json.loads(row[1]), *({"role": r.role, "doc": r.doc} for r in e.roles)]
                self.db.execute(
                    "UPDATE entities SET aliases = ?, roles = ? WHERE id = ?",
                    (json.dumps(aliases), json.dumps(roles), e.id),
                )
                self.db.executemany(
                    "INSERT INTO mention_entity (mention, entity) VALUES (?,?)",
                    [(m, e.id) for m in e.mentions],
                )
            self._insert_entities(new_entities, {})
            new_events = []
            for ev in merge.events:
                row = self.db.execute("SELECT sources FROM events WHERE id = ?", (ev.id,)).fetchone()
                if row is None:
                    new_events.append(ev)
                    continue
                sources = list(dict.fromkeys([*json.loads(row[0]), *ev.sources]))
                self.db.execute("UPDATE events SET sources = ? WHERE id = ?", (json.dumps(sources), ev.id))
            self._insert_events(new_events)
            created = {ev.id for ev in new_events}
            old = [ev for ev in merge.events if ev.id not in created]
            self.db.executemany(
                "INSERT INTO event_members (event_mention, event) VALUES (?,?)",
                [(m, ev.id) for ev in old for m in ev.members],
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO event_participants (event, entity, role) VALUES (?,?,?)",
                [(ev.id, p.ref, p.role) for ev in old for p in ev.participants],
            )
            # a stored event that gained reports: its date and status again from all of them (a
            # new event has them from the block already, all its reports being there), with the
            # years estimated for undated articles, as the block dated them
            grown = sorted({ev.id for ev in old})
            self._set_published(merge.published)
            self._refresh_events(grown)
            # the entities taking part in a stored event that gained reports: its status may have changed
            touched = {p.ref for ev in merge.events for p in ev.participants}
            touched.update(
                r[0]
                for r in self.db.execute(
                    f"SELECT DISTINCT entity FROM event_participants WHERE event {IN_JSON}",
                    (json.dumps(grown),),
                )
            )
            statuses = ",".join(f"'{s}'" for s in sorted(map(str, TIMELINE_STATUSES)))
            self.db.execute(
                "UPDATE entities SET n_events = (SELECT COUNT(*) FROM event_participants p"
                f" JOIN events e ON e.id = p.event WHERE p.entity = entities.id AND e.status IN ({statuses}))"
                f" WHERE id {IN_JSON}",
                (json.dumps(sorted(touched)),),
            )
            self._insert_contradictions(merge.contradictions)
            # what the API's pages read: the events that were created or grew, the entities that
            # gained mentions or take part in those (their pairs' counts follow the statuses)
            derive_events(self.db, [ev.id for ev in merge.events])
            touched.update(e.id for e in merge.entities)
            rederive_entities(self.db, touched)
            derive_claims(self.db, resolved)
            # no ANALYZE here: a few articles do not move the planner's statistics, and an
            # archive fed article by article would pay it on every one (open and full saves do)
        return True

    def _event_reports(self, events: Collection[str]) -> Reports:
        """Every member mention of these events, the denials of them and their documents'
        publication dates: read through the event, claim and document indexes, as much as
        the events hold (never the store)."""
        out = Reports()
        scope = (json.dumps(sorted(events)),)
        rows = self.db.execute(
            "SELECT em.event AS member_of, m.* FROM event_members em"
            f" JOIN event_mentions m ON m.id = em.event_mention WHERE em.event {IN_JSON} ORDER BY m.doc, m.rowid",
            scope,
        )
        for r in rows.fetchall():
            out.mentions.setdefault(r["member_of"], []).append(_event_mention(r))
        rows = self.db.execute(
            "SELECT c.* FROM event_members em JOIN claims c ON c.event_mention = em.event_mention"
            f" WHERE em.event {IN_JSON} AND c.stance = 'DENY' ORDER BY c.doc, c.rowid",
            scope,
        )
        for r in rows.fetchall():
            out.denials.setdefault(r["event_mention"], []).append(_claim(r))
        docs = json.dumps(sorted({m.doc for ms in out.mentions.values() for m in ms}))
        out.published = dict(
            self.db.execute(f"SELECT id, published FROM documents WHERE id {IN_JSON}", (docs,))
        )
        return out

    def _refresh_events(self, events: Collection[str]) -> None:
        """Inside a write: the date, other dates, first report, status and confidence of these
        events, computed again from all their reports (resolve/incremental.refreshed)."""
        reports = self._event_reports(events)
        rows = []
        for event in sorted(events):
            ev = refreshed(event, reports)
            rows.append(
                (
                    _date_json(ev.date),
                    ev.date.first_day if ev.date else None,
                    ev.date.last_day if ev.date else None,
                    json.dumps([asdict(d) for d in ev.other_dates]),
                    str(ev.status),
                    float(ev.confidence),
                    ev.first_reported,
                    event,
                )
            )
        self.db.executemany(
            "UPDATE events SET date = ?, date_lo = ?, date_hi = ?, other_dates = ?, status = ?,"
            " confidence = ?, first_reported = ? WHERE id = ?",
            rows,
        )

    def _insert_entities(self, entities: list[Entity], n_events: dict[str, int]) -> None:
        self.db.executemany(
            "INSERT INTO entities (id, name, type, aliases, roles, n_events) VALUES (?,?,?,?,?,?)",
            [
                (
                    e.id,
                    e.name,
                    e.type,
                    json.dumps(e.aliases),
                    json.dumps([{"role": r.role, "doc": r.doc} for r in e.roles]),
                    n_events.get(e.id, 0),
                )
                for e in entities
            ],
        )
        self.db.executemany(
            "INSERT INTO mention_entity (mention, entity) VALUES (?,?)",
            [(m, e.id) for e in entities for m in e.mentions],
        )

    def _insert_events(self, events: list[Event]) -> None:
        self.db.executemany(
            "INSERT INTO events (id, type, label, date, date_lo, date_hi, location, sources,"
            " status, first_reported, confidence, other_dates, salience) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    ev.id,
                    ev.type,
                    ev.label,
                    _date_json(ev.date),
                    ev.date.first_day if ev.date else None,
                    ev.date.last_day if ev.date else None,
                    ev.location,
                    json.dumps(ev.sources),
                    str(ev.status),
                    ev.first_reported,
                    float(ev.confidence),
                    json.dumps([asdict(d) for d in ev.other_dates]),
                    ev.salience,
                )
                for ev in events
            ],
        )
        self.db.executemany(
            "INSERT INTO event_members (event_mention, event) VALUES (?,?)",
            [(m, ev.id) for ev in events for m in ev.members],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO event_participants (event, entity, role) VALUES (?,?,?)",
            [(ev.id, p.ref, p.role) for ev in events for p in ev.participants],
        )

    def _insert_contradictions(self, contradictions: list[Contradiction]) -> None:
        self.db.executemany(
            "INSERT INTO contradictions (claims, reason, kind, question, qualified, positions, events, doc, heads)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    json.dumps(c.claims),
                    c.reason,
                    c.kind,
                    c.question,
                    int(c.qualified),
                    json.dumps(sides),
                    json.dumps(c.events),
                    contradiction_doc(c, self._claim_doc),
                    json.dumps(side_heads(sides)),
                )
                for c in contradictions
                for sides in [[asdict(p) for p in c.positions]]
            ],
        )

    def _set_published(self, published: dict[str, str]) -> None:
        # an undated article's year, estimated from the dated reports of its events; a date
        # the article states for itself is never overwritten
        self.db.executemany(
            "UPDATE documents SET published = ?, published_basis = 'inferred'"
            " WHERE id = ? AND published_basis IN ('unknown', 'inferred')",
            [(year, doc) for doc, year in published.items()],
        )

    def _fill_doc_keys(self) -> None:
        """Blocking keys of the documents stored before the store had them (inside the
        migration's transaction), one document at a time."""
        doc: Optional[str] = None
        mentions: list[Mention] = []

        def flush() -> None:
            if doc is not None:
                found = blocking_keys(mentions)
                self.db.executemany("INSERT INTO doc_keys (key, doc) VALUES (?,?)", [(k, doc) for k in found])

        rows = self.db.execute(
            'SELECT id, doc, sent, start, "end", text, type, key, role FROM mentions ORDER BY doc'
        )
        for r in rows.fetchall():
            if r["doc"] != doc:
                flush()
                doc, mentions = r["doc"], []
            mentions.append(
                Mention(r["id"], r["sent"], r["start"], r["end"], r["text"], r["type"], r["key"], r["role"])
            )
        flush()
