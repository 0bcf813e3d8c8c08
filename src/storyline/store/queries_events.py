"""Read side of the SQLite store: events (batched: a fixed number of queries per page), their
evidence, the entity graph and the overview's aggregates, all in SQL."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any, Optional

from storyline.model import TIMELINE_STATUSES
from storyline.resolve.status import factuality_status
from storyline.store.dbapi import Row
from storyline.store.queries import IN_JSON, Queries, page_sql, where
from storyline.store.records import (
    CoParticipant,
    DateRecord,
    EntityDetail,
    EntityDocument,
    EventDetail,
    EventMentionRecord,
    EventRecord,
    Evidence,
    EvidenceSentence,
    Highlight,
    Page,
    ParticipantRecord,
    Trigger,
)
from storyline.store.sqlite_read import factuality_of
from storyline.store.words import search_words

MEMBER_COLUMNS = (
    "SELECT m.event, em.*, s.ostart AS sstart, s.oend AS send,"
    " substr(d.original, s.ostart + 1, s.oend - s.ostart) AS stext,"
    # the trigger's text is cut from its sentence's (trigger_text), where it lies: in
    # PostgreSQL each cut reads the document's stored text again (a page of 50 events: 150)
    " CASE WHEN em.tstart >= s.ostart AND em.tend <= s.oend THEN NULL"
    " ELSE substr(d.original, em.tstart + 1, em.tend - em.tstart) END AS ttext,"
    " d.title, d.outlet, d.published, d.source"
    " FROM event_members m JOIN event_mentions em ON em.id = m.event_mention"
    " JOIN sentences s ON s.doc = em.doc AND s.idx = em.sent JOIN documents d ON d.id = em.doc"
)
MEMBER_ORDER = "d.published IS NULL, d.published, em.doc, em.sent, em.start, em.rowid"
MEMBERS = MEMBER_COLUMNS + f" WHERE m.event {IN_JSON} ORDER BY {MEMBER_ORDER}"
# The first N reports of each event (in MEMBERS' order): lists show a few, the event page all.
# Their rank is kept in the store (event_members.pos, store/derived.py): an index range per event.
MEMBERS_CAPPED = MEMBER_COLUMNS + f" WHERE m.event {IN_JSON} AND m.pos < ? ORDER BY {MEMBER_ORDER}"
# For an event stored without the date it was first reported (older stores): the first
# publication among its reports.
FIRST_PUBLISHED = (
    "SELECT m.event, min(d.published) AS first FROM event_members m"
    " JOIN event_mentions em ON em.id = m.event_mention JOIN documents d ON d.id = em.doc"
    f" WHERE m.event {IN_JSON} GROUP BY m.event"
)
# reports an event in a list carries (an entity's key events); the event's own page has them all
LISTED_REPORTS = 3
SORTS = {
    "date": "ev.date_lo IS NULL, ev.date_lo, ev.date_hi, ev.id",
    "salience": "ev.salience DESC, ev.date_lo IS NULL, ev.date_lo, ev.id",
}


def _order_index(sort: str, dated: Optional[bool]) -> str:
    """The index (schema migration 10) holding events in this list's order."""
    if sort == "date":
        return "events_by_date"
    return "events_undated" if dated is False else "events_by_salience"


# An event matches a word when its label has it, or one of its participants' or its place's
# names or aliases does: whole words, looked up in the words kept on write (store/words.py,
# schema migration 11). The events of each way are found through their own index (words,
# participants, location) and united, in one statement: an OR of the three read every event.
WORD_CONDITION = (
    "ev.id IN (SELECT event FROM event_words WHERE word = ? UNION SELECT p.event FROM entity_words w"
    " JOIN event_participants p ON p.entity = w.entity WHERE w.word = ? UNION SELECT l.id FROM entity_words w"
    " JOIN events l ON l.location = w.entity WHERE w.word = ?)"
)


def trigger_text(m: Row) -> str:
    """The text of a report's trigger (a row of MEMBER_COLUMNS): a slice of its sentence's."""
    if m["ttext"] is not None:
        return str(m["ttext"])
    return str(m["stext"][m["tstart"] - m["sstart"] : m["tend"] - m["sstart"]])


def _date(raw: Optional[str]) -> Optional[DateRecord]:
    return _date_of(json.loads(raw)) if raw else None


def _date_of(d: dict[str, Any]) -> DateRecord:
    return DateRecord(start=d.get("start"), end=d.get("end"), text=d.get("text") or "")


def statuses_json(status: Optional[Collection[str]]) -> Optional[str]:
    return json.dumps(sorted(s.upper() for s in status)) if status is not None else None


class EventQueries(Queries):
    def _members(self, ids: list[str], cap: Optional[int] = None) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        if cap == 0:
            return out
        if cap is None:
            rows = self.db.execute(MEMBERS, (json.dumps(ids),))
        else:
            rows = self.db.execute(MEMBERS_CAPPED, (json.dumps(ids), int(cap)))
        for m in rows:
            out.setdefault(m["event"], []).append(m)
        return out

    def _event_records(self, rows: list[Row], max_mentions: Optional[int] = None) -> list[EventRecord]:
        ids = [r["id"] for r in rows]
        parts: dict[str, list[ParticipantRecord]] = {}
        for p in self.db.execute(
            "SELECT p.event, p.entity, p.role, e.name, e.type FROM event_participants p"
            f" JOIN entities e ON e.id = p.entity WHERE p.event {IN_JSON} ORDER BY e.name, p.rowid",
            (json.dumps(ids),),
        ):
            parts.setdefault(p["event"], []).append(
                ParticipantRecord(entity=p["entity"], role=p["role"], name=p["name"], type=p["type"])
            )
        members = self._members(ids, max_mentions)
        totals: Optional[dict[str, tuple[int, Optional[str]]]] = None
        if max_mentions is not None:
            undated = [r["id"] for r in rows if not r["first_reported"]]
            first = (
                {t["event"]: t["first"] for t in self.db.execute(FIRST_PUBLISHED, (json.dumps(undated),))}
                if undated  # only older stores lack it: no query (a round trip to a server) otherwise
                else {}
            )
            totals = {r["id"]: (r["n_docs"], first.get(r["id"])) for r in rows}
        return [
            self._event(
                r, parts.get(r["id"], []), members.get(r["id"], []), totals.get(r["id"]) if totals else None
            )
            for r in rows
        ]

    @staticmethod
    def _event(
        r: Row,
        parts: list[ParticipantRecord],
        members: list[Row],
        totals: Optional[tuple[int, Optional[str]]] = None,
    ) -> EventRecord:
        mentions = [
            EventMentionRecord(
                doc=m["doc"],
                start=m["sstart"],
                end=m["send"],
                text=m["stext"],
                trigger=Trigger(start=m["tstart"], end=m["tend"], text=trigger_text(m)),
                polarity=m["polarity"],
                certainty=m["certainty"],
                time=m["time"],
                special=m["special"],
                date=_date(m["date"]),
            )
            for m in members
        ]
        if totals is not None:  # the mentions are a sample: count over all of them
            n_docs, first = totals
        else:
            n_docs = len({m["doc"] for m in members})
            first = min((m["published"] for m in members if m["published"]), default=None)
        return EventRecord(
            id=r["id"],
            type=r["type"],
            label=r["label"],
            date=_date(r["date"]),
            location=r["location"],
            location_name=r["location_name"],
            participants=parts,
            mentions=mentions,
            sources=json.loads(r["sources"]),
            documents=n_docs,
            status=r["status"],
            # when the event was first reported: an upper bound where its own date is unknown
            first_reported=r["first_reported"] or first,
            confidence=r["confidence"],
            other_dates=[_date_of(d) for d in json.loads(r["other_dates"])],
            salience=r["salience"],
        )

    def _event_filter(
        self,
        entity: Optional[str | Sequence[str]] = None,
        type: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        doc: Optional[str] = None,
        outlet: Optional[str] = None,
        q: Optional[str] = None,
        status: Optional[Collection[str]] = None,
        dated: Optional[bool] = None,
    ) -> tuple[list[str], list[Any]]:
        """The WHERE conditions (over ``events ev``) and their arguments for these filters."""
        conds: list[str] = []
        args: list[Any] = []
        if q is not None and q.strip():
            found = search_words(q)
            conds += [WORD_CONDITION] * len(found) or ["0 = 1"]  # only stop words: no event
            args += [w for w in found for _ in range(3)]
        if status is not None:
            conds.append(f"ev.status {IN_JSON}")
            args.append(statuses_json(status))
        for ent in [entity] if isinstance(entity, str) else entity or []:
            conds.append("ev.id IN (SELECT event FROM event_participants WHERE entity=?)")
            args.append(ent)
        if type:
            conds.append("ev.type = ?")
            args.append(type.upper())
        if date_from:
            conds.append("ev.date_hi >= ?")
            args.append(date_from)
        if date_to:
            conds.append("ev.date_lo <= ?")
            args.append(date_to + "\uffff")
        if dated is not None:
            # Behind another filter, written so that SQLite cannot take the date index for it: its
            # statistics know no share of NULLs, and it would read the 30,000 undated events to
            # find an entity's few. Alone, as is: the undated list's partial index needs it.
            narrow = q or entity or type or date_from or date_to or doc or outlet
            column = "(ev.date_lo || '')" if narrow else "ev.date_lo"
            conds.append(f"{column} IS NOT NULL" if dated else f"{column} IS NULL")
        # from the document side (CROSS JOIN fixes SQLite's join order): an outlet's or a
        # document's reports through the doc index, not a scan of every event member
        if doc:
            conds.append(
                "ev.id IN (SELECT m.event FROM event_mentions em CROSS JOIN event_members m"
                " ON m.event_mention = em.id WHERE em.doc = ?)"
            )
            args.append(doc)
        if outlet:
            conds.append(
                "ev.id IN (SELECT m.event FROM documents d CROSS JOIN event_mentions em ON em.doc = d.id"
                " CROSS JOIN event_members m ON m.event_mention = em.id WHERE d.outlet = ?)"
            )
            args.append(outlet)
        return conds, args

    def events(
        self,
        entity: Optional[str | Sequence[str]] = None,
        type: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        doc: Optional[str] = None,
        outlet: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
        q: Optional[str] = None,
        status: Optional[Collection[str]] = None,
        dated: Optional[bool] = None,
        sort: str = "date",
        max_mentions: Optional[int] = None,
    ) -> Page[EventRecord]:
        if sort not in SORTS:
            raise ValueError(f"sort: {sort!r} is not one of {', '.join(SORTS)}")
        conds, args = self._event_filter(entity, type, date_from, date_to, doc, outlet, q, status, dated)
        ents = [entity] if isinstance(entity, str) else list(entity or [])
        narrow = bool(ents or type or date_from or date_to or doc or outlet or q)
        count = "SELECT count(*) FROM events ev" + where(conds)
        order = SORTS[sort]
        if limit == 0:
            return Page(items=[], total=self._count(count, args))
        # the page's ids from an index that holds the filter and the order (events_cover), then
        # the full rows for those alone: sorting whole rows read a central figure's 6,000 events
        full = (
            "WITH page AS ({}) SELECT ev.*, loc.name AS location_name, page.total AS page_total FROM page"
            f" JOIN events ev ON ev.id = page.pid LEFT JOIN entities loc ON loc.id = ev.location ORDER BY {order}"
        )
        if narrow:
            # a filter's events are read once, for the page and its total together
            page = page_sql(
                f"SELECT ev.id AS pid, count(*) OVER () AS total FROM events ev{where(conds)} ORDER BY {order}",
                limit,
                offset,
            )
            rows = self.db.execute(full.format(page), args).fetchall()
            total = rows[0]["page_total"] if rows else (self._count(count, args) if offset else 0)
            return Page(items=self._event_records(rows, max_mentions), total=total)
        # Unfiltered (but for status and dated): the total through a covering index, and a page
        # that walks its order's index and stops after its rows. SQLite's planner, misled by
        # sampled statistics, would take a filter's index and sort every row (a third of a
        # second for the undated at 10,000 articles); PostgreSQL drops the hint.
        total = self._count(count, args)
        if not total or offset >= total:
            return Page(items=[], total=total)
        page = page_sql(
            f"SELECT ev.id AS pid, 0 AS total FROM events ev INDEXED BY {_order_index(sort, dated)}"
            f"{where(conds)} ORDER BY {order}",
            limit,
            offset,
        )
        rows = self.db.execute(full.format(page), args).fetchall()
        return Page(items=self._event_records(rows, max_mentions), total=total)

    def event_months(self, **filters: Any) -> list[tuple[str, int]]:
        """Dated events per month of their first day, [("2017-05", 41), ...] in month order, over
        the events that ``events(**filters)`` would list. Events dated only to a year or a longer
        span are left out: they say nothing of which weeks were busy."""
        conds, args = self._event_filter(**filters, dated=True)
        conds.append("julianday(ev.date_hi) - julianday(ev.date_lo) <= 31")
        sql = (
            "SELECT substr(ev.date_lo, 1, 7) AS month, count(*) AS n FROM events ev"
            + where(conds)
            + " GROUP BY month ORDER BY month"
        )
        return self._memo(
            (sql, tuple(args)), lambda: [(r["month"], r["n"]) for r in self.db.execute(sql, args)]
        )

    def event(self, event_id: str, limit: Optional[int] = None) -> EventDetail:
        """``limit``: at most this many documents of evidence, mentions and claims (totals kept)."""
        r = self._one(
            "SELECT ev.*, loc.name AS location_name FROM events ev"
            " LEFT JOIN entities loc ON loc.id = ev.location WHERE ev.id=?",
            (event_id,),
            "event",
        )
        record = self._event_records([r], limit)[0]
        if limit is None:
            members = self._members([event_id]).get(event_id, [])
        else:
            # the reports of its first ``limit`` documents: they come in document runs (the
            # reports' order is by publication, then document), so they end where the next
            # document's first report starts; only those get their sentences cut out
            firsts = self.db.execute(
                "SELECT min(m.pos) AS first FROM event_members m JOIN event_mentions em ON em.id = m.event_mention"
                " WHERE m.event = ? GROUP BY em.doc ORDER BY first",
                (event_id,),
            ).fetchall()
            end = firsts[limit]["first"] if len(firsts) > limit else None
            members = self._members([event_id], end).get(event_id, [])
        evidence = self._evidence(members)
        claims = self.claims(event=event_id, limit=limit)
        return EventDetail(
            **record.model_dump(),
            evidence=evidence,
            claims=claims.items,
            evidence_total=r["n_docs"],
            claims_total=claims.total,
        )

    def _evidence(self, members: list[Row]) -> list[Evidence]:
        """Source sentences grouped by document, with trigger and participant highlights."""
        refs = [p["mention"] for m in members for p in json.loads(m["participants"])]
        spans = {
            r["id"]: (r["ostart"], r["oend"])
            for r in self.db.execute(
                f"SELECT id, ostart, oend FROM mentions WHERE id {IN_JSON}", (json.dumps(refs),)
            )
        }
        groups: dict[str, Evidence] = {}
        sentences: dict[tuple[str, int], EvidenceSentence] = {}
        for m in members:
            g = groups.get(m["doc"])
            if g is None:
                g = groups[m["doc"]] = Evidence(
                    doc=m["doc"],
                    title=m["title"],
                    outlet=m["outlet"],
                    published=m["published"],
                    source=m["source"],
                    sentences=[],
                )
            s = sentences.get((m["doc"], m["sent"]))
            if s is None:
                s = sentences[m["doc"], m["sent"]] = EvidenceSentence(
                    start=m["sstart"], end=m["send"], text=m["stext"], highlights=[], sources=[]
                )
                g.sentences.append(s)
            base = m["sstart"]
            s.highlights.append(Highlight(start=m["tstart"] - base, end=m["tend"] - base, kind="trigger"))
            for p in json.loads(m["participants"]):
                if p["mention"] in spans:
                    ps, pe = spans[p["mention"]]
                    s.highlights.append(Highlight(start=ps - base, end=pe - base, kind="participant"))
            s.sources = sorted(set(s.sources) | set(json.loads(m["sources"])))
            said = str(factuality_status(factuality_of(m), bool(m["negated"])))
            if said not in s.reports:
                s.reports.append(said)
        return list(groups.values())

    def entity(self, entity_id: str, limit: Optional[int] = None) -> EntityDetail:
        """``limit``: at most this many mentions, events (the most salient), co-participants and
        documents (totals kept)."""
        r = self._one("SELECT * FROM entities WHERE id=?", (entity_id,), "entity")
        # from the aggregates kept on write (store/derived.py): its co-participants and its
        # mentions per document are index ranges, not groupings of a central figure's thousands
        co_rows = self.db.execute(
            page_sql(
                "SELECT e.id, e.name, e.type, p.shared FROM entity_pairs p JOIN entities e ON e.id = p.other"
                " WHERE p.entity = ? ORDER BY p.shared DESC, e.name, e.id",
                limit,
                0,
            ),
            (entity_id,),
        ).fetchall()
        co = [CoParticipant(id=x["id"], name=x["name"], type=x["type"], shared=x["shared"]) for x in co_rows]
        n_co = self._count("SELECT count(*) FROM entity_pairs WHERE entity = ?", (entity_id,))
        sums = self.db.execute(
            "SELECT count(*), coalesce(sum(n), 0) FROM entity_docs WHERE entity = ?", (entity_id,)
        ).fetchone()
        n_docs, n_mentions = int(sums[0]), int(sums[1])
        kept = self.db.execute(
            page_sql(
                "SELECT x.doc, x.n, d.title, d.outlet, d.published FROM entity_docs x"
                " JOIN documents d ON d.id = x.doc WHERE x.entity = ? ORDER BY x.n DESC, x.doc",
                limit,
                0,
            ),
            (entity_id,),
        ).fetchall()
        # its first mentions (by document id, then offset) from the first documents alone
        if limit is None:
            mentions = self._entity_mentions([entity_id]).get(entity_id, [])
        else:
            first, n = [], 0
            # a document has one mention at least: the first ``limit`` documents hold enough
            for x in self.db.execute(
                "SELECT doc, n FROM entity_docs WHERE entity = ? ORDER BY doc LIMIT ?", (entity_id, limit)
            ):
                if n >= limit:
                    break
                first.append(x["doc"])
                n += x["n"]
            mentions = self._mentions_in(entity_id, first, limit)
        docs = [
            EntityDocument(
                doc=x["doc"], title=x["title"], outlet=x["outlet"], published=x["published"], mentions=x["n"]
            )
            for x in kept
        ]
        # its key events: the most salient ``limit`` (all when no limit), shown in date order,
        # each with a few of its reports, as in any list (its own page has them all)
        events = self.events(
            entity=entity_id,
            status=TIMELINE_STATUSES,
            limit=limit,
            max_mentions=None if limit is None else min(limit, LISTED_REPORTS),
            sort="date" if limit is None else "salience",
        )
        if limit is not None:
            events.items.sort(key=lambda e: (e.date is None, (e.date.start or "") if e.date else "", e.id))
        record = self._entity(r, mentions, limit)  # a role per document that gives a title: capped
        n_roles = record.roles_total if record.roles_total is not None else len(record.roles)
        return EntityDetail(
            **record.model_dump(exclude={"roles_total"}),
            roles_total=n_roles,
            events=events.items,
            co_participants=co,
            events_total=events.total,
            mentions_total=n_mentions,
            co_participants_total=n_co,
            documents=docs,
            documents_total=n_docs,
        )
