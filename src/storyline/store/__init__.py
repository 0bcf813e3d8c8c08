"""The store stage: one interface (``Store``), with SQLite (a file) and PostgreSQL (a server)
behind it. ``open_store`` picks the backend from what ``--db`` names."""

import os
import sqlite3

from storyline.store.base import NotFound, Store
from storyline.store.records import Page
from storyline.store.sqlite import SQLiteStore, StoreError

DEFAULT_DB = "storyline.db"
SERVER_SCHEMES = ("postgresql://", "postgres://")

try:  # a hard requirement, but a store that is a file must not need it to open
    import psycopg

    # what a store raises when the database itself fails (not the input)
    DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, psycopg.Error, StoreError)
except ImportError:  # pragma: no cover
    DB_ERRORS = (sqlite3.Error, StoreError)


def default_path(path: str | None = None) -> str:
    """``--db`` wins, then ``STORYLINE_DB``, then ``storyline.db`` in the working directory."""
    return path or os.environ.get("STORYLINE_DB") or DEFAULT_DB


def is_server(path: str) -> bool:
    """``postgresql://…`` or ``postgres://…`` names a PostgreSQL database, anything else a file."""
    return path.startswith(SERVER_SCHEMES)


def shown_path(path: str) -> str:
    """The store's name for messages: a DSN without its password."""
    if is_server(path):
        from storyline.store.postgres import shown

        return shown(path)
    return path


def open_store(path: str | None = None, create: bool = True, migrate: bool = True) -> Store:
    """The store ``--db`` names. ``create``: a missing store is created; ``migrate``: an older
    one is upgraded (``serve`` opens with neither, so it never writes to what it was shown)."""
    where = default_path(path)
    if is_server(where):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(where, create=create, migrate=migrate)
    return SQLiteStore(where, create=create, migrate=migrate)


__all__ = [
    "DB_ERRORS",
    "NotFound",
    "Page",
    "Store",
    "SQLiteStore",
    "StoreError",
    "open_store",
    "default_path",
    "is_server",
    "shown_path",
    "DEFAULT_DB",
]
