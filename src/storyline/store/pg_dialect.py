"""The SQLite dialect of the shared queries, spoken to PostgreSQL.

The read and write SQL in ``queries*.py`` and ``sql.py`` is written once, for both backends. Where
SQLite and PostgreSQL disagree, a few rewrites translate it (cached per statement):

- ``?`` placeholders become ``%s`` (and a literal ``%`` becomes ``%%``);
- ``json_each(X)`` (lists of ids passed as one JSON array) becomes ``jsonb_array_elements_text``,
  whose one column is also called ``value``; ``IN (SELECT value FROM json_each(X))`` becomes
  ``= ANY(ARRAY(…))``, which PostgreSQL answers through the index, and so does a read's
  ``id IN (SELECT …)``;
- ``LIKE`` becomes ``ILIKE``: SQLite's LIKE ignores (ASCII) case, PostgreSQL's does not;
- ``group_concat(X)`` becomes ``string_agg(X, ',')``, ``instr`` becomes ``strpos``;
- ``json_array_length(X)`` of a text column reads it as ``json`` first;
- ``INSERT OR IGNORE`` becomes ``INSERT … ON CONFLICT DO NOTHING``;
- ``julianday(X)`` of an ISO day becomes its Julian day number (``to_char(…, 'J')``);
- ``CROSS JOIN … ON`` (SQLite: an inner join whose order the planner keeps) becomes ``JOIN``;
- ``INDEXED BY name`` (SQLite: use this index) is dropped: PostgreSQL's planner has statistics.

Everything else the queries use (``substr``, ``x IS NULL`` in ORDER BY, ``count(DISTINCT …)``,
``rowid``, which the PostgreSQL schema declares) means the same in both. Text columns use the
"C" collation so that sorting and comparing strings agrees with SQLite's byte order, and
``fold`` (SQLite: Python's ``str.lower``) is a SQL function of the schema.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import psycopg

_LITERAL = re.compile(r"('(?:[^']|'')*')")
_REWRITES = [
    # a list of ids as an array: the planner then probes the index once per id, where a join
    # with the set-returning function (estimated 100 rows) read the whole table
    (
        re.compile(r"\bIN \(SELECT value FROM json_each\(([^()]*)\)\)"),
        r"= ANY(ARRAY(SELECT jsonb_array_elements_text(CAST(\1 AS jsonb))))",
    ),
    (re.compile(r"\bjson_each\(([^()]*)\)"), r"jsonb_array_elements_text(CAST(\1 AS jsonb))"),
    (re.compile(r"\bgroup_concat\(([^()]*)\)"), r"string_agg(\1, ',')"),
    (re.compile(r"\bjson_array_length\(([^()]*)\)"), r"json_array_length(CAST(\1 AS json))"),
    (re.compile(r"\binstr\("), "strpos("),
    (re.compile(r"\bLIKE\b"), "ILIKE"),
    (re.compile(r"\bCROSS JOIN\b"), "JOIN"),
    (re.compile(r" INDEXED BY \w+"), ""),
    (re.compile(r"\bjulianday\(([^()]*)\)"), r"CAST(to_char(CAST(\1 AS date), 'J') AS integer)"),
]
_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.I)


# a read's "id IN (SELECT …)" (uncorrelated, every one in the queries): see _sets_as_arrays
_ID_IN_SET = re.compile(r"(?<![\w.])((?:ev\.)?id) IN \(SELECT\b")


def _closing(sql: str, start: int) -> int:
    """The index of the parenthesis closing the one at ``start`` (string literals skipped)."""
    depth, i = 0, start
    while i < len(sql):
        ch = sql[i]
        if ch == "'":
            i = sql.index("'", i + 1)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced parentheses in {sql[:200]!r}")


def _sets_as_arrays(sql: str) -> str:
    """A read's first ``id IN (SELECT …)`` becomes ``id = ANY(ARRAY(SELECT …))``: the set is found
    once, then its rows are read through the id index. As a semi-join, PostgreSQL walked the
    list's order index probing the set for every row (an outlet's events: 1.4 s at 10,000
    articles, a central figure's 0.2 s); SQLite builds the set first anyway."""
    m = _ID_IN_SET.search(sql)
    if m is None or not sql.lstrip().startswith(("SELECT", "WITH")):
        return sql
    # the first set only: a second array would be searched element by element for every row
    # of the first (two names' events: 0.7 s); a second set stays a semi-join on it
    open_at = m.end() - len("(SELECT")
    close_at = _closing(sql, open_at)
    return f"{sql[: m.start()]}{m.group(1)} = ANY(ARRAY{sql[open_at : close_at + 1]}){sql[close_at + 1 :]}"


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """One SQLite statement as PostgreSQL; string literals are left alone (but for ``%``)."""
    parts = _LITERAL.split(sql)
    for i in range(0, len(parts), 2):  # the even parts are outside string literals
        part = parts[i].replace("%", "%%").replace("?", "%s")
        for pattern, repl in _REWRITES:
            part = pattern.sub(repl, part)
        parts[i] = part
    for i in range(1, len(parts), 2):
        parts[i] = parts[i].replace("%", "%%")
    out = _sets_as_arrays("".join(parts))
    if _IGNORE.match(out):
        out = _IGNORE.sub("INSERT INTO", out).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return out


class PgRow:
    """A row readable by column name or position, like ``sqlite3.Row`` (the first of two
    columns with one name wins, as in SQLite)."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: Sequence[Any], index: dict[str, int]):
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key] if isinstance(key, str) else key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"PgRow({dict(zip(self._index, self._values))!r})"


def row_factory(cursor: psycopg.Cursor[Any]) -> Any:
    index: dict[str, int] = {}
    for i, column in enumerate(cursor.description or ()):
        index.setdefault(column.name, i)
    return lambda values: PgRow(values, index)


def _no_nul(parameters: Sequence[Any]) -> Sequence[Any]:
    """PostgreSQL text cannot hold NUL (SQLite's can): a NUL becomes U+FFFD, one character for
    one, so an article with one is stored with its offsets intact, and a search or filter with
    one finds what SQLite finds (no stored text has a NUL)."""
    if any(isinstance(p, str) and "\x00" in p for p in parameters):
        return [p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in parameters]
    return parameters


class PgConnection:
    """A psycopg connection (autocommit: transactions are explicit) taking SQLite's dialect.

    A server restart or a dropped connection must not leave a long-running ``serve`` failing
    every request: a statement outside a transaction that fails because the connection broke
    is run once more on a new connection. Inside a transaction nothing is retried (the
    transaction is lost; the error reaches the caller, and the next statement reconnects)."""

    def __init__(self, dsn: str):
        self.dsn = dsn
        self.conn = self._connect()

    def _connect(self) -> psycopg.Connection[PgRow]:
        conn: psycopg.Connection[PgRow] = psycopg.connect(self.dsn, autocommit=True, row_factory=row_factory)
        # psycopg prepares a statement run 5 times, and after 5 more PostgreSQL may keep one
        # generic plan for it, chosen for an average parameter: a central figure's thousands of
        # mentions then take the plan of a minor name's few (entity page 34 -> 210 ms from the
        # 11th request on, 10,000 articles). Plans cost ~0.1 ms; skewed data costs more.
        conn.execute("SET plan_cache_mode = force_custom_plan")
        return conn

    def live(self) -> psycopg.Connection[PgRow]:
        """The connection, a new one if the last broke."""
        if self.conn.broken:
            self.conn = self._connect()
        return self.conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[PgRow]:
        conn = self.live()
        idle = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        try:
            return conn.execute(translate(sql), _no_nul(parameters))
        except psycopg.OperationalError:
            if not (idle and conn.broken):
                raise
            return self.live().execute(translate(sql), _no_nul(parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> psycopg.Cursor[PgRow]:
        cur = self.live().cursor()
        cur.executemany(translate(sql), (_no_nul(p) for p in parameters))
        return cur

    def close(self) -> None:
        self.conn.close()
