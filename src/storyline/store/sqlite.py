"""SQLite backend: WAL, foreign keys on, FTS5 over sentences, migrations by user_version."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
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


SQLITE_MAGIC = b"SQLite format 3\x00"
# A second writer (another ingest, a resolution) waits this long for the write lock instead of
# failing with "database is locked"; one article's transaction takes milliseconds.
BUSY_TIMEOUT_S = 120.0


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script, one by one: ``executescript`` would COMMIT the
    transaction that makes creating a store safe under concurrency."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                yield buf
            buf = ""
    if buf.strip():
        yield buf


def _check_file(path: str, create: bool) -> None:
    """Refuse, before SQLite touches it, a path that is not a store and must not become one."""
    if path == ":memory:" or path.startswith("file:"):
        return
    if os.path.isdir(path):
        raise StoreError(f"{path}: is a folder, not a storyline store")
    if not os.path.exists(path):
        if not create:
            raise StoreError(f"{path}: no store there; run `storyline ingest PATH --db {path}` first")
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{path}: not a storyline store (not an SQLite database); refusing to touch it")
    if not head and not create:
        raise StoreError(f"{path}: empty file, not a storyline store")


class SQLiteStore(GraphQueries, Store):
    """``create``: a missing or empty file becomes a new store. ``migrate``: an older store is
    upgraded. ``serve`` opens with neither, so it never writes to a file it was merely shown."""

    def __init__(self, path: str, create: bool = True, migrate: bool = True):
        self.path = path
        _check_file(path, create)
        try:
            # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE in _write), so a
            # check and the write that depends on it happen under the same lock.
            self.db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            self.db.row_factory = sqlite3.Row
            self.db.create_function("fold", 1, _fold, deterministic=True)
            version = self._check_ours(create, migrate)
            self.db.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION:
                self._ensure_wal()
                self._migrate()
        except sqlite3.OperationalError as exc:  # locked past the timeout, unwritable, disk full
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a storyline SQLite store ({exc})") from exc

    def _ensure_wal(self) -> None:
        """Switch a new store to WAL. The switch needs the only lock on the file, and SQLite
        answers "locked" at once (no busy wait) when processes opening a new store together
        collide on it, so retry until one of them has switched it for all."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                    return
                self.db.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _check_ours(self, create: bool, migrate: bool) -> int:
        """The schema version, after checking the file is a storyline store (or empty and may
        become one). Reads only: a foreign database is never modified."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        }
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {version} is newer than this "
                f"storyline understands ({SCHEMA_VERSION}); upgrade storyline"
            )
        if tables and (version == 0 or "documents" not in tables):
            shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(
                f"{self.path}: an SQLite database but not a storyline store (it has tables {shown});"
                " refusing to change it"
            )
        if version == 0 and not create:
            raise StoreError(f"{self.path}: empty database, not a storyline store")
        if 0 < version < SCHEMA_VERSION and not migrate:
            raise StoreError(
                f"{self.path}: store schema version {version} is older than this storyline's"
                f" ({SCHEMA_VERSION}); run `storyline resolve --db {self.path}` once to upgrade it"
            )
        return int(version)

    def _migrate(self) -> None:
        with self._write():
            # re-read under the write lock: another process may have created the store meanwhile
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for i in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[i]):
                    self.db.execute(statement)
            if version < 3 <= SCHEMA_VERSION:
                self._fill_triggers()
            if version < SCHEMA_VERSION:
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _fill_triggers(self) -> None:
        """Trigger spans in the original text for mentions stored before schema 3 had them
        (inside the migration's transaction)."""
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

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, holding SQLite's write lock from the start (BEGIN IMMEDIATE):
        concurrent writers queue on the busy timeout instead of failing half-way."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    # --- writing ---------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def generation(self) -> int:
        return self._state("documents")

    def resolution_pending(self) -> bool:
        return self._state("resolved") < self._state("documents")

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

    def save_resolution(self, res: Resolution, generation: int | None = None) -> bool:
        with self._write():
            if generation is None:  # the caller resolved everything stored now
                generation = self._state("documents")
            elif self._state("resolved") > generation:
                return False  # a concurrent run already saved a resolution of more articles
            self.db.execute("UPDATE store_state SET value = ? WHERE key = 'resolved'", (generation,))
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
            # an undated article's year, estimated from the dated reports of its events; a date
            # the article states for itself is never overwritten
            self.db.executemany(
                "UPDATE documents SET published = ?, published_basis = 'inferred'"
                " WHERE id = ? AND published_basis IN ('unknown', 'inferred')",
                [(year, doc) for doc, year in res.published.items()],
            )
        return True
