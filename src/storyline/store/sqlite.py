"""SQLite backend: WAL, foreign keys on, FTS5 over sentences, migrations by user_version."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict

from storyline.model import (
    Analysis,
    Claim,
    DateRange,
    Document,
    EventMention,
    Mention,
    OffsetMap,
    Participant,
    Resolution,
    Sentence,
)
from storyline.store import queries
from storyline.store.base import Store
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(RuntimeError):
    """The file is not a storyline store, or is newer than this version understands."""


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


class SQLiteStore(queries.Queries, Store):
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
            version = self._check_ours(create, migrate)
            self.db.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.db.execute("PRAGMA journal_mode = WAL")
                self._migrate()
        except sqlite3.OperationalError as exc:  # locked past the timeout, unwritable, disk full
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a storyline SQLite store ({exc})") from exc

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
        return version

    def _migrate(self) -> None:
        with self._write():
            # re-read under the write lock: another process may have created the store meanwhile
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for i in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[i]):
                    self.db.execute(statement)
            if version < SCHEMA_VERSION:
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _write(self):
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
        return self.db.execute("PRAGMA user_version").fetchone()[0]

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
        return row[0] if row else 0

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
                " participants, date, location, location_text, sources, negated, anaphoric)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                        json.dumps(asdict(e.date)) if e.date else None,
                        e.location,
                        e.location_text,
                        json.dumps(e.sources),
                        int(e.negated),
                        int(e.anaphoric),
                    )
                    for e in a.events
                ],
            )
            self.db.executemany(
                "INSERT INTO claims (id, doc, sent, stance, text, start, end, ostart, oend, speaker,"
                " speaker_text, event_mention, attributed_to) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                    )
                    for c in a.claims
                ],
            )
        return True

    def analyses(self) -> Iterator[Analysis]:
        by_doc: dict[str, dict[str, list]] = {}
        # one read transaction: an article another process commits meanwhile is either wholly
        # in this snapshot or wholly absent
        self.db.execute("BEGIN")
        try:
            for table in ("sentences", "mentions", "event_mentions", "claims"):
                order = "doc, idx" if table == "sentences" else "doc, rowid"
                for r in self.db.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                    by_doc.setdefault(r["doc"], {}).setdefault(table, []).append(r)
            documents = self.db.execute("SELECT * FROM documents ORDER BY rowid").fetchall()
        finally:
            self.db.execute("COMMIT")
        for r in documents:
            rows = by_doc.get(r["id"], {})
            yield Analysis(
                doc=self._document(r),
                sentences=[
                    Sentence(s["idx"], s["start"], s["end"], s["text"]) for s in rows.get("sentences", [])
                ],
                mentions=[
                    Mention(
                        m["id"], m["sent"], m["start"], m["end"], m["text"], m["type"], m["key"], m["role"]
                    )
                    for m in rows.get("mentions", [])
                ],
                events=[
                    EventMention(
                        e["id"],
                        e["sent"],
                        e["type"],
                        e["trigger"],
                        e["lemma"],
                        e["start"],
                        e["end"],
                        [Participant(p["mention"], p["role"]) for p in json.loads(e["participants"])],
                        DateRange(**json.loads(e["date"])) if e["date"] else None,
                        e["location"],
                        e["location_text"],
                        json.loads(e["sources"]),
                        bool(e["negated"]),
                        bool(e["anaphoric"]),
                    )
                    for e in rows.get("event_mentions", [])
                ],
                claims=[
                    Claim(
                        c["id"],
                        c["sent"],
                        c["stance"],
                        c["text"],
                        c["start"],
                        c["end"],
                        c["speaker"],
                        c["speaker_text"],
                        c["event_mention"],
                        json.loads(c["attributed_to"]),
                    )
                    for c in rows.get("claims", [])
                ],
            )

    @staticmethod
    def _document(r) -> Document:
        return Document(
            id=r["id"],
            source=r["source"],
            original=r["original"],
            text=r["text"],
            offsets=OffsetMap.from_json(json.loads(r["offsets"])),
            title=r["title"],
            outlet=r["outlet"],
            author=r["author"],
            published=r["published"],
            published_basis=r["published_basis"],
            raw_format=r["raw_format"],
            removed=json.loads(r["removed"]),
            sources=json.loads(r["sources"]),
        )

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
            n_events: dict[str, int] = {}
            for ev in res.events:
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
                "INSERT INTO events (id, type, label, date, date_lo, date_hi, location, sources)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [
                    (
                        ev.id,
                        ev.type,
                        ev.label,
                        json.dumps(asdict(ev.date)) if ev.date else None,
                        ev.date.first_day if ev.date else None,
                        ev.date.last_day if ev.date else None,
                        ev.location,
                        json.dumps(ev.sources),
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
                "INSERT INTO contradictions (claims, reason) VALUES (?,?)",
                [(json.dumps(c.claims), c.reason) for c in res.contradictions],
            )
        return True
