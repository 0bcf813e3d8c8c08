"""The store stage: one interface (``Store``), SQLite behind it today."""

import os

from storyline.store.base import NotFound, Store
from storyline.store.records import Page
from storyline.store.sqlite import SQLiteStore, StoreError

DEFAULT_DB = "storyline.db"


def default_path(path: str | None = None) -> str:
    """``--db`` wins, then ``STORYLINE_DB``, then ``storyline.db`` in the working directory."""
    return path or os.environ.get("STORYLINE_DB") or DEFAULT_DB


def open_store(path: str | None = None) -> Store:
    return SQLiteStore(default_path(path))


__all__ = [
    "NotFound",
    "Page",
    "Store",
    "SQLiteStore",
    "StoreError",
    "open_store",
    "default_path",
    "DEFAULT_DB",
]
