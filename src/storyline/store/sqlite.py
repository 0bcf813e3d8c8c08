"""SQLite backend: WAL, foreign keys on, FTS5 over sentences, migrations by user_version; the
writes and reads it shares with PostgreSQL are in ``sql.py`` and ``queries*.py``."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Optional

from storyline.model import OffsetMap
from storyline.store.schema import (
    DERIVED_VERSION,
    HEADS_VERSION,
    KEYS_VERSION,
    MIGRATIONS,
    SCHEMA_VERSION,
    WORDS_VERSION,
)
from storyline.store.sql import SQLStore


class StoreError(RuntimeError):
    """The file is not a storyline store, or is newer than this version understands."""


def _fold(text: Optional[str]) -> Optional[str]:
    """Case folding for name lookups, the same as Python's (SQLite's lower() is ASCII only)."""
    return text.lower() if isinstance(text, str) else text


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


class SQLiteStore(SQLStore):
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
            if self.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                # WAL's recommended setting: a commit is no longer flushed to disk at once (an
                # article's transaction cost a dozen ms of fsync, as much as its cleaning); the
                # store stays consistent and every commit survives a crash of the process, and a
                # power cut can only undo the last commits, whole articles a new ingest restores
                self.db.execute("PRAGMA synchronous = NORMAL")
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
        # one read transaction: a process creating the store meanwhile commits its tables and
        # its version together, and both reads must see the same side of that commit
        self.db.execute("BEGIN")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            }
        finally:
            self.db.execute("COMMIT")
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
            if version < KEYS_VERSION <= SCHEMA_VERSION:
                self._fill_doc_keys()
            if version < DERIVED_VERSION <= SCHEMA_VERSION:
                self._fill_derived()
            elif version < WORDS_VERSION <= SCHEMA_VERSION:
                self._fill_words()
            if version < HEADS_VERSION <= SCHEMA_VERSION:
                self._fill_heads()
            if version < SCHEMA_VERSION:
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._analyze()

    def _analyze(self) -> None:
        """The planner's statistics, sampled (a few hundred ms at 10,000 articles). Without them
        SQLite takes the status index for "HAPPENED or DISPUTED" (most events), then sorts them
        all, instead of walking the list's order index and stopping after a page."""
        self.db.execute("PRAGMA analysis_limit = 1000")
        self.db.execute("ANALYZE")

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

    def _data_version(self) -> Any:
        # PRAGMA data_version changes with another connection's commit, total_changes with ours
        db = self.db
        assert isinstance(db, sqlite3.Connection)
        return (db.execute("PRAGMA data_version").fetchone()[0], db.total_changes)

    def close(self) -> None:
        self.db.close()
