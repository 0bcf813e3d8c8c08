"""Copy a whole store into a new, empty one, between any two backends (the schemas are the
same): how a team moves a laptop's SQLite store onto its PostgreSQL server, or back."""

from __future__ import annotations

from storyline.store.records import Counts
from storyline.store.sql import SQLStore
from storyline.store.sqlite import StoreError

# parents before children (foreign keys); the FTS index and the tsvector fill themselves
TABLES = (
    "documents",
    "sentences",
    "mentions",
    "event_mentions",
    "claims",
    "doc_keys",
    "unresolved",
    "entities",
    "mention_entity",
    "events",
    "event_members",
    "event_participants",
    "entity_docs",
    "entity_pairs",
    "entity_names",
    "entity_words",
    "event_words",
    "contradictions",
    "store_state",
)
BATCH = 2000


def copy_store(src: SQLStore, dst: SQLStore) -> Counts:
    """Every row of ``src`` into ``dst`` in one transaction, in ``src``'s order (so lists come
    out in the same order). ``dst`` must be empty and at ``src``'s schema version."""
    if src.schema_version != dst.schema_version:
        raise StoreError(
            f"the stores' schema versions differ ({src.schema_version}, {dst.schema_version});"
            " open both with this storyline first (`storyline resolve --db …`)"
        )
    if dst.counts().documents or dst.generation():
        raise StoreError("the destination store is not empty; copy into a new one")
    # one snapshot of the source, and the destination's write lock: all of it or nothing
    src.db.execute(src._BEGIN_READ)
    try:
        with dst._write():
            dst.db.execute("DELETE FROM store_state")
            for table in TABLES:
                _copy_table(src, dst, table)
    finally:
        src.db.execute("COMMIT")
    return dst.counts()


def _copy_table(src: SQLStore, dst: SQLStore, table: str) -> None:
    cur = src.db.execute(f"SELECT * FROM {table} ORDER BY rowid")
    rows = cur.fetchmany(BATCH)
    if not rows:
        return
    # rowids are numbered anew in order (both backends number them), generated columns fill in
    cols = [c for c in rows[0].keys() if c not in ("rowid", "tsv")]
    names = ", ".join(f'"{c}"' for c in cols)
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})"
    while rows:
        dst.db.executemany(sql, [[r[c] for c in cols] for r in rows])
        rows = cur.fetchmany(BATCH)
