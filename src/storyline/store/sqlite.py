"""SQLite backend: WAL, foreign keys on, FTS5 over sentences, migrations by user_version."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from typing import Optional

from storyline.model import TIMELINE_STATUSES, Analysis, DateRange, OffsetMap, Resolution
from storyline.store.base import Store
from storyline.store.queries_graph import GraphQueries
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION
from storyline.store.sqlite_read import read_analyses


class StoreError(RuntimeError):
    """The file is not a storyline store, or is newer than this version understands."""


def _fold(text: Optional[str]) -> Optional[str]:
    """Case folding for name lookups, the same as Python's (SQLite's lower() is ASCII only)."""
    return text.lower() if isinstance(text, str) else text


def _date_json(d: Optional[DateRange]) -> Optional[str]:
    return json.dumps(asdict(d)) if d else None


class SQLiteStore(GraphQueries, Store):
    def __init__(self, path: str):
        self.path = path
        try:
            self.db = sqlite3.connect(path, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.create_function("fold", 1, _fold, deterministic=True)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a storyline SQLite store ({exc})") from exc

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {version} is newer than this "
                f"storyline understands ({SCHEMA_VERSION}); upgrade storyline"
            )
        for i in range(version, SCHEMA_VERSION):
            with self.db:
                self.db.executescript("BEGIN;" + MIGRATIONS[i] + f"; PRAGMA user_version = {i + 1};")
        if version < 3 <= SCHEMA_VERSION:
            self._fill_triggers()

    def _fill_triggers(self) -> None:
        """Trigger spans in the original text for mentions stored before schema 3 had them."""
        with self.db:
            rows = self.db.execute(
                "SELECT em.id, em.start, em.end, d.offsets FROM event_mentions em"
                " JOIN documents d ON d.id = em.doc WHERE em.tstart IS NULL ORDER BY em.doc"
            ).fetchall()
            maps: dict[str, OffsetMap] = {}
            for r in rows:
                off = maps.setdefault(r["offsets"], OffsetMap.from_json(json.loads(r["offsets"])))
                self.db.execute(
                    "UPDATE event_mentions SET tstart=?, tend=? WHERE id=?",
                    (*off.span(r["start"], r["end"]), r["id"]),
                )

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    # --- writing ---------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def add_analysis(self, a: Analysis) -> bool:
        d = a.doc
        off = d.offsets
        with self.db:  # one transaction per article: all of it or nothing
            if self.has_document(d.id):
                return False
            self.db.execute(
                "INSERT INTO documents (id, source, title, outlet, author, published, published_basis,"
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
            )
            self.db.executemany(
                "INSERT INTO sentences (doc, idx, start, end, ostart, oend, text) VALUES (?,?,?,?,?,?,?)",
                [(d.id, s.idx, s.start, s.end, *off.span(s.start, s.end), s.text) for s in a.sentences],
            )
            self.db.executemany(
                "INSERT INTO mentions (id, doc, sent, start, end, ostart, oend, text, type, key, role)"
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
                "INSERT INTO event_mentions (id, doc, sent, type, trigger, lemma, start, end,"
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
                "INSERT INTO claims (id, doc, sent, stance, text, start, end, ostart, oend, speaker,"
                " speaker_text, event_mention, attributed_to, quantities) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                    )
                    for c in a.claims
                ],
            )
        return True

    def analyses(self) -> Iterator[Analysis]:
        return read_analyses(self.db, full=True)

    def resolution_input(self) -> Iterator[Analysis]:
        return read_analyses(self.db, full=False)

    def save_resolution(self, res: Resolution) -> None:
        with self.db:
            for table in (
                "contradictions",
                "event_participants",
                "event_members",
                "events",
                "mention_entity",
                "entities",
            ):
                self.db.execute(f"DELETE FROM {table}")
            n_events: dict[str, int] = {}  # events reported as facts (or disputed) only
            for ev in res.events:
                if ev.status not in TIMELINE_STATUSES:
                    continue
                for p in ev.participants:
                    n_events[p.ref] = n_events.get(p.ref, 0) + 1
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
                    for e in res.entities
                ],
            )
            self.db.executemany(
                "INSERT INTO mention_entity (mention, entity) VALUES (?,?)",
                [(m, e.id) for e in res.entities for m in e.mentions],
            )
            self.db.executemany(
                "INSERT INTO events (id, type, label, date, date_lo, date_hi, location, sources,"
                " status, first_reported, confidence, other_dates) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
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
                    )
                    for ev in res.events
                ],
            )
            self.db.executemany(
                "INSERT INTO event_members (event_mention, event) VALUES (?,?)",
                [(m, ev.id) for ev in res.events for m in ev.members],
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO event_participants (event, entity, role) VALUES (?,?,?)",
                [(ev.id, p.ref, p.role) for ev in res.events for p in ev.participants],
            )
            self.db.executemany(
                "INSERT INTO contradictions (claims, reason, kind, question, qualified, positions, events)"
                " VALUES (?,?,?,?,?,?,?)",
                [
                    (
                        json.dumps(c.claims),
                        c.reason,
                        c.kind,
                        c.question,
                        int(c.qualified),
                        json.dumps([asdict(p) for p in c.positions]),
                        json.dumps(c.events),
                    )
                    for c in res.contradictions
                ],
            )
