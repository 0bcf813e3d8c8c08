"""PostgreSQL backend (psycopg 3): the store for a team, behind the same ``Store`` interface.

It runs the SQL it shares with SQLite (``sql.py``, ``queries*.py``) through ``pg_dialect``;
what is its own: connecting, the schema check and migrations (``pg_schema.py``), the write lock
and full-text search with ``tsvector``. One connection in autocommit mode: every read sees the
latest committed data, like SQLite's; writes are explicit transactions.

Writers queue on one transaction-level advisory lock per store (database and schema), the
equivalent of SQLite's BEGIN IMMEDIATE: an article is stored whole or not at all, and the
generation check of ``save_resolution`` and the save happen under the same lock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from shlex import quote
from typing import Any

import psycopg

from storyline.store.pg_dialect import PgConnection
from storyline.store.pg_schema import BASELINE_VERSION, baseline, pg_migration
from storyline.store.schema import DERIVED_VERSION, HEADS_VERSION, KEYS_VERSION, SCHEMA_VERSION, WORDS_VERSION
from storyline.store.sql import SQLStore
from storyline.store.sqlite import StoreError

# the store's advisory lock: "stor" and its schema (a database may hold several stores)
LOCK_KEY = f"{0x73746F72}, hashtext(current_schema())"


def shown(dsn: str) -> str:
    """The DSN for messages, without its password."""
    dsn = re.sub(r"(://[^:/@?]*:)[^@/?]*@", r"\1***@", dsn)
    return re.sub(r"(password=)[^&\s]*", r"\1***", dsn)


def _reason(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class PostgresStore(SQLStore):
    """``dsn``: ``postgresql://user:password@host:5432/dbname`` (or any libpq connection
    string); the store lives in the connection's current schema. ``create`` and ``migrate``
    mean what they mean for ``SQLiteStore``."""

    db: PgConnection
    _BEGIN_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"
    # "simple": no stemming or stop words, as FTS5 matches; websearch_to_tsquery: every word
    # must occur ("quoted words" a phrase, or, -word), and any text is a valid query. Ranked
    # (ts_rank) and cut in one query through the GIN index; the page's headlines after.
    _SEARCH_FOUND = "SELECT rowid FROM sentences WHERE tsv @@ websearch_to_tsquery('simple', ?) ORDER BY rowid DESC LIMIT ?"
    _SEARCH_TOP = (
        "SELECT s.rowid FROM sentences s, websearch_to_tsquery('simple', ?) AS q WHERE s.tsv @@ q AND s.rowid >= ?"
        " ORDER BY ts_rank(s.tsv, q) DESC, s.rowid LIMIT ? OFFSET ?"
    )
    _SEARCH_PAGE = (
        "SELECT s.rowid AS r, s.doc, s.idx, s.ostart, s.oend, s.text, d.title, d.outlet, d.published,"
        " ts_headline('simple', s.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=12') AS snippet"
        " FROM sentences s JOIN documents d ON d.id = s.doc, websearch_to_tsquery('simple', ?) AS q"
        " WHERE s.rowid = ANY(CAST(? AS bigint[]))"
    )

    def __init__(self, dsn: str, create: bool = True, migrate: bool = True):
        self.path = dsn
        self.shown = shown(dsn)
        try:
            self.db = PgConnection(dsn)
        except psycopg.Error as exc:
            raise StoreError(f"{self.shown}: cannot connect to PostgreSQL ({_reason(exc)})") from exc
        try:
            if self._check_ours(create, migrate) < SCHEMA_VERSION:
                self._migrate()
        except psycopg.Error as exc:
            self.db.close()
            raise StoreError(f"{self.shown}: cannot open the store ({_reason(exc)})") from exc
        except StoreError:
            self.db.close()
            raise

    @staticmethod
    def _fts_query(q: str) -> str:
        return q.strip() if re.search(r"\w", q) else ""

    def _search_page(self, ids: list[int], fq: str) -> list[Any]:
        return self.db.execute(self._SEARCH_PAGE, (fq, ids)).fetchall()

    def _scalar(self, sql: str) -> Any:
        row = self.db.execute(sql).fetchone()
        return row[0] if row is not None else None

    def _version(self) -> int:
        if not self._scalar("SELECT to_regclass('storyline_migrations') IS NOT NULL"):
            return 0
        return int(self._scalar("SELECT coalesce(max(version), 0) FROM storyline_migrations"))

    def _check_ours(self, create: bool, migrate: bool) -> int:
        """The schema version, after checking the schema holds a storyline store (or nothing yet).
        Reads only: a database that is not a store is never modified."""
        encoding = self._scalar("SHOW server_encoding")
        if encoding != "UTF8":
            raise StoreError(
                f"{self.shown}: the database's encoding is {encoding}; storyline needs UTF8"
                " (CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)"
            )
        if self._scalar("SELECT current_schema()") is None:
            raise StoreError(f"{self.shown}: no schema of the search_path exists to hold the store")
        tables = {
            r[0]
            for r in self.db.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        }
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.shown}: store schema version {version} is newer than this "
                f"storyline understands ({SCHEMA_VERSION}); upgrade storyline"
            )
        if tables and (version == 0 or "documents" not in tables):
            listed = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(
                f"{self.shown}: the schema holds tables that are not a storyline store ({listed});"
                " refusing to change it: use a database of its own, or a schema of its own"
                " (?options=-csearch_path%3Dstoryline)"
            )
        if version == 0 and not create:
            raise StoreError(
                f"{self.shown}: no store there; run `storyline ingest PATH --db {quote(self.shown)}` first"
            )
        if 0 < version < SCHEMA_VERSION and not migrate:
            raise StoreError(
                f"{self.shown}: store schema version {version} is older than this storyline's"
                f" ({SCHEMA_VERSION}); run `storyline resolve --db {quote(self.shown)}` once to upgrade it"
            )
        return version

    def _script(self, sql: str) -> None:
        """DDL as written (no placeholders): several statements in one call."""
        self.db.live().execute(sql)

    def _migrate(self) -> None:
        # The lock is taken before the transaction begins: a transaction that waited for it
        # inside would still see the catalog as it was when it began (no store), and fail
        # creating the tables another process has just created.
        self.db.execute(f"SELECT pg_advisory_lock({LOCK_KEY})")
        try:
            with self.db.live().transaction():
                self._upgrade()
        finally:
            self.db.execute(f"SELECT pg_advisory_unlock({LOCK_KEY})")

    def _upgrade(self) -> None:
        version = self._version()  # under the lock: another process may have created it
        if version == 0:
            self._script(baseline())
            self._script(
                "INSERT INTO storyline_migrations (version)"
                f" SELECT generate_series(1, {int(BASELINE_VERSION)})"
            )
            version = BASELINE_VERSION
        for i in range(version, SCHEMA_VERSION):
            self._script(pg_migration(i))
            self.db.execute("INSERT INTO storyline_migrations (version) VALUES (?)", (i + 1,))
        if version < KEYS_VERSION <= SCHEMA_VERSION:
            self._fill_doc_keys()
        if 0 < version < DERIVED_VERSION <= SCHEMA_VERSION:
            self._fill_derived()
        elif 0 < version < WORDS_VERSION <= SCHEMA_VERSION:
            self._fill_words()
        if 0 < version < HEADS_VERSION <= SCHEMA_VERSION:
            self._fill_heads()

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self.db.live().transaction():
            self.db.execute(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
            yield
            # every write transaction counts, last (a copy replaces store_state's rows): what
            # the readers' caches are keyed by (``_data_version``)
            self.db.execute(
                "INSERT INTO store_state (key, value) VALUES ('writes', 1)"
                " ON CONFLICT (key) DO UPDATE SET value = store_state.value + 1"
            )

    def _data_version(self) -> Any:
        """The count of write transactions: the aggregates kept by ``_memo`` (stats, graph,
        months) stay until any process commits a write to this store."""
        return self._scalar("SELECT value FROM store_state WHERE key = 'writes'") or 0

    @property
    def schema_version(self) -> int:
        return self._version()

    def close(self) -> None:
        self.db.close()
