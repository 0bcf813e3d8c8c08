"""Read side of the SQLite store: documents, entities, claims and search, as typed records.

Lists of ids go to SQLite as one JSON array (``IN (SELECT value FROM json_each(?))``), so a
page of any size costs a fixed number of queries and never hits the bound-variable limit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any, Optional, TypeVar

from storyline.resolve.contradictions import basis_of, count_bases
from storyline.store.base import NotFound
from storyline.store.dbapi import Connection, Row
from storyline.store.records import (
    ClaimRecord,
    ContradictionRecord,
    Counts,
    DocumentDetail,
    DocumentRecord,
    DocumentSummary,
    EntityRecord,
    Page,
    RoleRecord,
    SearchHit,
    SentenceSpan,
    Span,
)
from storyline.store.sqlite_read import CHUNK
from storyline.store.words import search_words

IN_JSON = "IN (SELECT value FROM json_each(?))"
IN_JSON_INTS = "IN (SELECT CAST(value AS INTEGER) FROM json_each(?))"  # rowids: PostgreSQL types them
SEARCH_CAP = 1000  # sentences a search counts up to; beyond, its total is "1,000+"
T = TypeVar("T")
NO_ROLES = "id, name, type, aliases, n_events, '[]' AS roles, json_array_length(roles) AS n_roles"
ENTITY_ORDER = " ORDER BY n_events DESC, name, rowid"  # the entities_by_events index's


# reports of each side of a disagreement kept apart, with the side's count (the column heads,
# schema migration 12): a list shows this many at most (the API's 20) without the rest
HEAD_REPORTS = 20


def side_heads(sides: list[dict[str, Any]], cap: Optional[int] = HEAD_REPORTS) -> list[dict[str, Any]]:
    """Each side with its first ``cap`` reports (all: None) and their count, ``reports_total``."""
    return [{**p, "reports": p["reports"][:cap], "reports_total": len(p["reports"])} for p in sides]


def like_word(word: str) -> str:
    """A LIKE pattern for a word anywhere, its wildcards taken literally (ESCAPE '\\')."""
    return "%" + word.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%"


def page_sql(sql: str, limit: Optional[int], offset: int) -> str:
    return sql + (f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else "")


def where(conds: Sequence[str]) -> str:
    return (" WHERE " + " AND ".join(conds)) if conds else ""


# a claim's event and speaker entity are kept in its row on write (store/derived.py)
CLAIM_SELECT = (
    "SELECT c.*, d.outlet, d.title, substr(d.original, c.ostart + 1, c.oend - c.ostart) AS otext"
    " FROM claims c JOIN documents d ON d.id = c.doc"
)


class Queries:
    db: Connection  # set by the backend
    if TYPE_CHECKING:  # given by QueriesGraph (or the Store's default) in the backend's class

        def events_with(self, entity: str, among: Collection[str]) -> set[str]: ...

    # full-text search: FTS5 here, tsvector in PostgreSQL (postgres.py). The matches' rowids,
    # newest first, up to SEARCH_CAP + 1: the total, and the candidates ranked. A common word
    # matches tens of thousands of sentences, and ranking all of them cost 40 ms for
    # "president", 400 ms for "the" at 10,000 articles: for the API (``newest``) beyond the cap
    # only the newest SEARCH_CAP matches are ranked, the pages of an estimated total. The page
    # is cut inside the FTS query, then only its sentences get their snippet, text and document.
    _SEARCH_FOUND = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
    _SEARCH_TOP = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ? OFFSET ?"
    _SEARCH_PAGE = (
        "SELECT s.rowid AS r, s.doc, s.idx, s.ostart, s.oend, s.text, d.title, d.outlet, d.published,"
        " snippet(sentences_fts, 0, '[', ']', '…', 24) AS snippet FROM json_each(?) AS top"
        " CROSS JOIN sentences_fts ON sentences_fts.rowid = top.value JOIN sentences s ON s.rowid = top.value"
        " JOIN documents d ON d.id = s.doc WHERE sentences_fts MATCH ?"
    )

    def _one(self, sql: str, args: Sequence[Any], what: str) -> Row:
        row: Optional[Row] = self.db.execute(sql, args).fetchone()
        if row is None:
            raise NotFound(f"no {what} with id {args[0]!r}")
        return row

    def _memo(self, key: Any, compute: Callable[[], T]) -> T:
        """An aggregate over the whole store, computed once per version of the store: any commit,
        on this connection or another, starts afresh. A backend that cannot tell its version
        (``_data_version`` is None) computes every time."""
        version = self._data_version()
        if version is None:
            return compute()
        memo: dict[Any, Any] = self.__dict__.setdefault("_memo_cache", {})
        if memo.get("version") != version:
            memo.clear()
            memo["version"] = version
        if key not in memo:
            memo[key] = compute()
        value: T = memo[key]
        return value

    def _data_version(self) -> Any:
        """Something that changes with every commit to the store, or None when unknown."""
        return None

    def _count(self, sql: str, args: Sequence[Any] = ()) -> int:
        return int(self.db.execute(sql, args).fetchone()[0])

    def _counted_page(
        self,
        id_col: str,
        source: str,
        conds: list[str],
        order: str,
        args: Sequence[Any],
        limit: Optional[int],
        offset: int,
    ) -> tuple[list[Row], int]:
        """The page's ids and how many rows the conditions keep: one pass over the matches gives
        both; the count is asked alone only when the page lies past the last match."""
        sql = f"SELECT {id_col}, count(*) OVER () AS total FROM {source}" + where(conds) + order
        page = self.db.execute(page_sql(sql, limit, offset), args).fetchall()
        if page:
            return page, page[0]["total"]
        return page, self._count(f"SELECT count(*) FROM {source}" + where(conds), args) if offset else 0

    def counts(self) -> Counts:
        tables = ("documents", "sentences", "entities", "events", "claims", "contradictions")
        return Counts(**{t: self._count(f"SELECT count(*) FROM {t}") for t in tables})

    # --- documents ---------------------------------------------------------------------------
    @staticmethod
    def _doc_summary(r: Row) -> dict[str, Any]:
        keys = ("id", "source", "title", "outlet", "author", "published", "published_basis")
        return {k: r[k] for k in keys}

    @classmethod
    def _doc_record(cls, r: Row) -> DocumentRecord:
        return DocumentRecord(
            **cls._doc_summary(r),
            text=r["text"],
            original=r["original"],
            removed=json.loads(r["removed"]),
            sources=json.loads(r["sources"]),
        )

    def documents(self, limit: Optional[int] = None, offset: int = 0) -> Page[DocumentSummary]:
        total = self._count("SELECT count(*) FROM documents")
        rows = self.db.execute(
            page_sql(
                "SELECT id, source, title, outlet, author, published, published_basis FROM documents"
                " ORDER BY published IS NULL, published, rowid",
                limit,
                offset,
            )
        )
        return Page(items=[DocumentSummary(**self._doc_summary(r)) for r in rows], total=total)

    def document_records(self, limit: Optional[int] = None, offset: int = 0) -> Page[DocumentRecord]:
        total = self._count("SELECT count(*) FROM documents")
        rows = self.db.execute(
            page_sql("SELECT * FROM documents ORDER BY published IS NULL, published, rowid", limit, offset)
        )
        return Page(items=[self._doc_record(r) for r in rows], total=total)

    def document(self, doc_id: str) -> DocumentDetail:
        r = self._one("SELECT * FROM documents WHERE id=?", (doc_id,), "document")
        sentences = [
            SentenceSpan(idx=s["idx"], start=s["ostart"], end=s["oend"], text=s["text"])
            for s in self.db.execute(
                "SELECT idx, ostart, oend, text FROM sentences WHERE doc=? ORDER BY idx", (doc_id,)
            )
        ]
        events = [
            x[0]
            for x in self.db.execute(
                "SELECT DISTINCT m.event FROM event_members m JOIN event_mentions em"
                " ON em.id = m.event_mention WHERE em.doc=?",
                (doc_id,),
            )
        ]
        return DocumentDetail(**self._doc_record(r).model_dump(), sentences=sentences, events=events)

    # --- entities ----------------------------------------------------------------------------
    @staticmethod
    def _entity(
        r: Row, mentions: Optional[list[Span]] = None, max_roles: Optional[int] = None
    ) -> EntityRecord:
        """``max_roles``: the first roles only (a central figure has one per document), and their
        total (counted in SQL when the row was read without them: ``NO_ROLES``)."""
        roles = json.loads(r["roles"])
        n = r["n_roles"] if "n_roles" in r.keys() else len(roles)
        total = n if max_roles is not None and n > max_roles else None
        return EntityRecord(
            id=r["id"],
            name=r["name"],
            type=r["type"],
            aliases=json.loads(r["aliases"]),
            roles=[RoleRecord(**x) for x in roles[:max_roles]],
            roles_total=total,
            n_events=r["n_events"],
            mentions=mentions or [],
        )

    def _entity_mentions(self, ids: list[str], limit: Optional[int] = None) -> dict[str, list[Span]]:
        """Each entity's mentions; ``limit`` caps the whole answer (meant for one entity)."""
        out: dict[str, list[Span]] = {}
        # the kept mentions chosen first: SQLite would cut every mention's text before sorting
        keep = page_sql(
            f"SELECT me.mention FROM mention_entity me JOIN mentions m ON m.id = me.mention"
            f" WHERE me.entity {IN_JSON} ORDER BY m.doc, m.start, m.rowid",
            limit,
            0,
        )
        for m in self.db.execute(
            "SELECT me.entity, m.doc, m.ostart, m.oend, substr(d.original, m.ostart + 1, m.oend - m.ostart)"
            " AS text FROM mention_entity me JOIN mentions m ON m.id = me.mention"
            f" JOIN documents d ON d.id = m.doc WHERE me.mention IN ({keep}) ORDER BY m.doc, m.start, m.rowid",
            (json.dumps(ids),),
        ):
            span = Span(doc=m["doc"], start=m["ostart"], end=m["oend"], text=m["text"])
            out.setdefault(m["entity"], []).append(span)
        return out

    def _mentions_in(self, entity: str, docs: list[str], limit: int) -> list[Span]:
        """The entity's first ``limit`` mentions in these documents (by document, then offset)."""
        rows = self.db.execute(
            "SELECT m.doc, m.ostart, m.oend, substr(d.original, m.ostart + 1, m.oend - m.ostart) AS text"
            # from the documents' side (CROSS JOIN fixes SQLite's order): their few mentions
            " FROM mentions m CROSS JOIN mention_entity me ON me.mention = m.id AND me.entity = ?"
            f" JOIN documents d ON d.id = m.doc WHERE m.doc {IN_JSON} ORDER BY m.doc, m.start, m.rowid"
            f" LIMIT {int(limit)}",
            (entity, json.dumps(docs)),
        )
        return [Span(doc=m["doc"], start=m["ostart"], end=m["oend"], text=m["text"]) for m in rows]

    def entities(
        self,
        type: Optional[str] = None,
        q: Optional[str] = None,
        doc: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
        with_mentions: bool = False,
        max_roles: Optional[int] = None,
    ) -> Page[EntityRecord]:
        conds: list[str] = []
        args: list[Any] = []
        if type:
            conds.append("type = ?")
            args.append(type.upper())
        if q:  # its name or an alias has q, its wildcards taken literally
            conds.append("id IN (SELECT entity FROM entity_names WHERE name LIKE ? ESCAPE '\\')")
            args.append(like_word(q))
        if doc:
            conds.append(
                "id IN (SELECT me.entity FROM mention_entity me JOIN mentions m"
                " ON m.id = me.mention WHERE m.doc = ?)"
            )
            args.append(doc)
        if not conds:  # the list's order index (entities_by_events): the page's rows alone
            total = self._count("SELECT count(*) FROM entities")
            rows = self.db.execute(
                page_sql("SELECT * FROM entities" + ENTITY_ORDER, limit, offset)
            ).fetchall()
        else:
            rows, total = self._entities_where(conds, args, limit, offset)
        mentions = self._entity_mentions([r["id"] for r in rows]) if with_mentions else {}
        return Page(items=[self._entity(r, mentions.get(r["id"]), max_roles) for r in rows], total=total)

    def _entities_where(
        self, conds: list[str], args: list[Any], limit: Optional[int], offset: int
    ) -> tuple[list[Row], int]:
        """The page's rows of the entities these conditions keep, and how many they keep."""
        # one pass over the matches gives the page's ids and their count; walking the order
        # index instead read every entity's row when a name matched few or none
        page, total = self._counted_page("id", "entities", conds, ENTITY_ORDER, args, limit, offset)
        rows = self.db.execute(
            f"SELECT * FROM entities WHERE id {IN_JSON}" + ENTITY_ORDER,
            (json.dumps([r["id"] for r in page]),),
        ).fetchall()
        return rows, total

    def entities_named(self, q: str, limit: int = 20, max_roles: Optional[int] = None) -> Page[EntityRecord]:
        """Entities whose names or aliases have every word of ``q``, else any of them ("Sessions
        Kislyak" → both), most events first: whole words (store/words.py, stop words left out),
        each looked up in the index of the words kept on write."""
        found = search_words(q)
        if not found:
            return Page(items=[], total=0)
        one = "SELECT entity FROM entity_words WHERE word = ?"
        for join in (" INTERSECT ", " UNION ")[: 1 + (len(found) > 1)]:
            rows, total = self._entities_where([f"id IN ({join.join([one] * len(found))})"], found, limit, 0)
            if total:
                break
        return Page(items=[self._entity(r, None, max_roles) for r in rows], total=total)

    def find_entity(self, name_or_id: str, max_roles: Optional[int] = None) -> Optional[EntityRecord]:
        """The entity with this id; else the one whose name or an alias is this name
        (case-insensitive); else whose name or alias contains it. Most events first."""
        # without roles, their count only: a filter or a heading needs none of the 12,000 roles
        # (one per document) of a central figure, which took 40 ms to read
        cols = "*" if max_roles != 0 else NO_ROLES
        r = self.db.execute(f"SELECT {cols} FROM entities WHERE id=?", (name_or_id,)).fetchone()
        if r is not None:
            return self._entity(r, None, max_roles)
        low = name_or_id.strip().lower()
        if not low:
            return None
        for test in ("fold(x) = ?", "instr(fold(x), ?) > 0"):
            names = "(SELECT e.name AS x UNION ALL SELECT value FROM json_each(e.aliases)) AS n"
            r = self.db.execute(
                f"SELECT {cols} FROM entities e WHERE EXISTS (SELECT 1 FROM {names} WHERE {test})"
                " ORDER BY e.n_events DESC, e.rowid LIMIT 1",
                (low,),
            ).fetchone()
            if r is not None:
                return self._entity(r, None, max_roles)
        return None

    # --- claims ------------------------------------------------------------------------------
    @staticmethod
    def _claim(r: Row) -> ClaimRecord:
        return ClaimRecord(
            id=r["id"],
            speaker=r["speaker_entity"],
            speaker_text=r["speaker_text"],
            stance=r["stance"],
            text=r["otext"],
            doc=r["doc"],
            start=r["ostart"],
            end=r["oend"],
            event=r["event_id"],
            attributed_to=json.loads(r["attributed_to"]),
            outlet=r["outlet"],
            title=r["title"],
        )

    def claims(
        self,
        stance: Optional[str] = None,
        doc: Optional[str] = None,
        event: Optional[str] = None,
        entity: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> Page[ClaimRecord]:
        conds: list[str] = []
        args: list[Any] = []
        if stance:
            conds.append("c.stance = ?")
            args.append(stance.upper())
        if doc:
            conds.append("c.doc = ?")
            args.append(doc)
        # through the event and speaker kept in each claim's row (claims_by_event, _by_speaker)
        if event:
            conds.append("c.event_id = ?")
            args.append(event)
        # the page's ids and the total from the claims alone; the quoted text, event and speaker
        # for that page only (SQLite would otherwise cut every claim's text out of its document).
        # Filtered, one pass gives both; unfiltered, the count and the order are index walks.
        order = " ORDER BY c.doc, c.start, c.id"
        source = "claims c"
        if entity:
            # its claims as speaker and those about its events, each read from its own covering
            # index (claims_by_speaker, claims_by_event) and united: an OR of the two read all
            # 126,000 claims of 10,000 articles, and the ids alone read each claim's row
            source = (
                "(SELECT id, doc, start FROM claims WHERE speaker_entity = ? UNION SELECT x.id, x.doc, x.start"
                " FROM event_participants p JOIN claims x ON x.event_id = p.event WHERE p.entity = ?) AS c"
            )
            if conds:
                source += " JOIN claims cc ON cc.id = c.id"
                conds = [x.replace("c.", "cc.") for x in conds]
            args = [entity, entity, *args]
        if conds or entity:
            page, total = self._counted_page("c.id", source, conds, order, args, limit, offset)
        else:
            total = self._count("SELECT count(*) FROM claims")
            page = self.db.execute(page_sql("SELECT c.id FROM claims c" + order, limit, offset)).fetchall()
        ids = [r[0] for r in page]
        rows = self.db.execute(CLAIM_SELECT + f" WHERE c.id {IN_JSON}" + order, (json.dumps(ids),))
        return Page(items=[self._claim(r) for r in rows], total=total)

    def contradictions(self, limit: Optional[int] = None, offset: int = 0) -> Page[ContradictionRecord]:
        total = self._count("SELECT count(*) FROM contradictions")
        rows = self.db.execute(
            page_sql("SELECT * FROM contradictions ORDER BY rowid", limit, offset)
        ).fetchall()
        return Page(items=self._contradiction_records(rows), total=total)

    def disagreements(
        self,
        kinds: Optional[Collection[str]] = None,
        entity: Optional[str] = None,
        event: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
        max_reports: Optional[int] = None,
    ) -> Page[ContradictionRecord]:
        """As ``Store.disagreements``, filtered on the stored rows and paged before the page alone
        gets its claims and quoted sentences (all of them cost seconds at 10,000 articles)."""
        conds: list[str] = []
        args: list[Any] = []
        if kinds:
            conds.append(f"kind {IN_JSON}")
            args.append(json.dumps(sorted(kinds)))
        # the filters read each row's events (not the sides themselves, megabytes at 10,000
        # articles); for an entity, only the rows none of whose events it takes part in are
        # tested for it speaking on a side: a text match (a plain substring test: PostgreSQL's
        # ILIKE over the sides took 50 ms), confirmed below. Testing every row's sides read all
        # 4 MB of them for a central figure, most of whose rows its events already keep.
        lean = self.db.execute(
            "SELECT rowid AS n, events FROM contradictions" + where(conds) + " ORDER BY rowid", args
        ).fetchall()
        found = [(r["n"], json.loads(r["events"])) for r in lean]
        sides: dict[int, Any] = {}
        if event:
            found = [x for x in found if event in x[1]]
        if entity:
            own = self.events_with(entity, {ev for _, evs in found for ev in evs})
            rest = [n for n, evs in found if not own & set(evs)]
            sides = {
                r["rowid"]: json.loads(r["positions"])
                for r in self.db.execute(
                    f"SELECT rowid, positions FROM contradictions WHERE rowid {IN_JSON_INTS}"
                    " AND instr(positions, ?) > 0",
                    (json.dumps(rest), f'"speaker": "{entity}"'),
                )
            }
            spoken = {
                n
                for n, ps in sides.items()
                if any(rep.get("speaker") == entity for p in ps for rep in p["reports"])
            }
            found = [x for x in found if own & set(x[1]) or x[0] in spoken]
        end = None if limit is None else offset + limit
        page = [n for n, _ in found[offset:end]]
        # the sides whole only where their heads do not hold what is shown, and not those
        # already read (a central figure's page: 3 MB of them)
        heads = max_reports is not None and max_reports <= HEAD_REPORTS
        rows = self.db.execute(
            "SELECT rowid, claims, reason, kind, question, qualified, events,"
            f" CASE WHEN rowid {IN_JSON_INTS} OR (heads IS NOT NULL AND ?) THEN NULL ELSE positions END"
            f" AS positions, CASE WHEN ? THEN heads END AS heads FROM contradictions"
            f" WHERE rowid {IN_JSON_INTS} ORDER BY rowid",
            (json.dumps(sorted(sides)), heads, heads, json.dumps(page)),
        ).fetchall()
        return Page(items=self._contradiction_records(rows, max_reports, sides), total=len(found))

    def _contradiction_records(
        self, rows: list[Row], max_reports: Optional[int] = None, parsed: Optional[dict[int, Any]] = None
    ) -> list[ContradictionRecord]:
        """The records of these rows; ``max_reports`` as for ``disagreements``, applied before
        the sentences and claims are read. ``parsed``: sides already read, by rowid (a side can
        hold 1,000 reports: reading them twice cost 20 ms)."""
        parsed = parsed or {}
        ids = [json.loads(r["claims"]) for r in rows]
        # each side with its count of reports (``reports_total``), from its heads where the
        # row was read with them (``disagreements``), else from the side whole
        positions = [
            json.loads(r["heads"])
            if r["positions"] is None and r["rowid"] not in parsed
            else side_heads(parsed[r["rowid"]] if r["rowid"] in parsed else json.loads(r["positions"]), None)
            for r in rows
        ]
        totals: list[Optional[int]] = [None] * len(rows)
        for i, sides in enumerate(positions):
            if max_reports is not None and any(p["reports_total"] > max_reports for p in sides):
                for p in sides:
                    p["reports"] = p["reports"][:max_reports]
                shown = {rep.get("claim") for p in sides for rep in p["reports"]}
                totals[i] = len(set(ids[i]))
                ids[i] = [c for c in ids[i] if c in shown]
            else:  # all of every side shown: no count
                for p in sides:
                    del p["reports_total"]
        self._quoted([p for sides in positions for p in sides])
        every = [c for group in ids for c in group]
        found = {
            r["id"]: self._claim(r)
            for r in self.db.execute(CLAIM_SELECT + f" WHERE c.id {IN_JSON}", (json.dumps(every),))
        }
        return [
            ContradictionRecord(
                id=str(r["rowid"]),
                claims=json.loads(r["claims"]),
                reason=r["reason"],
                details=[found[c] for c in dict.fromkeys(group) if c in found],
                details_total=total,
                kind=r["kind"],
                question=r["question"],
                qualified=bool(r["qualified"]),
                positions=sides,
                events=json.loads(r["events"]),
            )
            for r, group, sides, total in zip(rows, ids, positions, totals)
        ]

    def _quoted(self, positions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Fill in the sentence of each report told as plain fact (resolution reads none)."""
        missing = [rep for p in positions for rep in p["reports"] if not rep.get("text")]
        if missing:
            # the sentences themselves, by (document, index), not every sentence of their documents:
            # the pairs joined to the (doc, idx) index (a pair tested as text against a list was
            # a scan of the list for every sentence of the documents in PostgreSQL: 150 ms)
            pairs = sorted({(rep["doc"], rep["sent"]) for rep in missing})
            text: dict[tuple[str, int], str] = {}
            for i in range(0, len(pairs), CHUNK):
                part = pairs[i : i + CHUNK]
                rows = self.db.execute(
                    "SELECT s.doc, s.idx, s.text FROM (VALUES " + ", ".join(["(?, ?)"] * len(part)) + ") AS w"
                    " CROSS JOIN sentences s ON s.doc = w.column1 AND s.idx = w.column2",
                    [x for pair in part for x in pair],
                )
                text.update(((r["doc"], r["idx"]), r["text"]) for r in rows)
            for rep in missing:
                rep["text"] = text.get((rep["doc"], rep["sent"]), "")
                rep["basis"] = basis_of(rep["text"])
            for p in positions:
                count_bases(p["evidence"], p["reports"])
        return positions

    # --- search ------------------------------------------------------------------------------
    @staticmethod
    def _fts_query(q: str) -> str:
        """User text as an FTS5 query: every word must occur; quotes keep FTS syntax out."""
        return " ".join(f'"{w}"' for w in re.findall(r"\w+", q))

    def search(self, q: str, limit: int = 20, offset: int = 0, newest: bool = False) -> Page[SearchHit]:
        """Sentences with every word, best first (bm25; ts_rank in PostgreSQL). A common word
        matches tens of thousands: the total stops at SEARCH_CAP, marked as an estimate, and
        pages end there. ``newest`` (the API's pages): those are the newest SEARCH_CAP matches,
        best first, instead of the best of all matches (which ranks every one)."""
        fq = self._fts_query(q)
        if not fq:
            return Page(items=[], total=0)
        found = [r[0] for r in self.db.execute(self._SEARCH_FOUND, (fq, SEARCH_CAP + 1))]
        total, estimate = min(len(found), SEARCH_CAP), len(found) > SEARCH_CAP
        limit = min(limit, total - offset)
        if limit <= 0:
            return Page(items=[], total=total, total_is_estimate=estimate)
        since = found[total - 1] if estimate and newest else 0  # the oldest candidate
        ranked = [r[0] for r in self.db.execute(self._SEARCH_TOP, (fq, since, limit, offset))]
        rows = {r["r"]: r for r in self._search_page(ranked, fq)}
        hits = [
            SearchHit(
                doc=r["doc"],
                sentence=r["idx"],
                start=r["ostart"],
                end=r["oend"],
                text=r["text"],
                snippet=r["snippet"],
                title=r["title"],
                outlet=r["outlet"],
                published=r["published"],
            )
            for r in (rows[x] for x in ranked if x in rows)
        ]
        return Page(items=hits, total=total, total_is_estimate=estimate)

    def _search_page(self, ids: list[int], fq: str) -> list[Row]:
        return self.db.execute(self._SEARCH_PAGE, (json.dumps(ids), fq)).fetchall()
