"""Read side of the SQLite store: events (batched: a fixed number of queries per page), their
evidence, the entity graph and the overview's aggregates, all in SQL."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any, Optional

from storyline.model import TIMELINE_STATUSES
from storyline.resolve.status import factuality_status
from storyline.store.dbapi import Row
from storyline.store.queries import IN_JSON, Queries, page_sql, where
from storyline.store.records import (
    CoParticipant,
    DateRecord,
    EntityDetail,
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

MEMBERS = (
    "SELECT m.event, em.*, s.ostart AS sstart, s.oend AS send,"
    " substr(d.original, s.ostart + 1, s.oend - s.ostart) AS stext,"
    " substr(d.original, em.tstart + 1, em.tend - em.tstart) AS ttext,"
    " d.title, d.outlet, d.published, d.source"
    " FROM event_members m JOIN event_mentions em ON em.id = m.event_mention"
    " JOIN sentences s ON s.doc = em.doc AND s.idx = em.sent JOIN documents d ON d.id = em.doc"
    f" WHERE m.event {IN_JSON} ORDER BY d.published IS NULL, d.published, em.doc, em.sent, em.start, em.rowid"
)


def _date(raw: Optional[str]) -> Optional[DateRecord]:
    return _date_of(json.loads(raw)) if raw else None


def _date_of(d: dict[str, Any]) -> DateRecord:
    return DateRecord(start=d.get("start"), end=d.get("end"), text=d.get("text") or "")


def statuses_json(status: Optional[Collection[str]]) -> Optional[str]:
    return json.dumps(sorted(s.upper() for s in status)) if status is not None else None


class EventQueries(Queries):
    def _members(self, ids: list[str]) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for m in self.db.execute(MEMBERS, (json.dumps(ids),)):
            out.setdefault(m["event"], []).append(m)
        return out

    def _event_records(self, rows: list[Row]) -> list[EventRecord]:
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
        members = self._members(ids)
        return [self._event(r, parts.get(r["id"], []), members.get(r["id"], [])) for r in rows]

    @staticmethod
    def _event(r: Row, parts: list[ParticipantRecord], members: list[Row]) -> EventRecord:
        mentions = [
            EventMentionRecord(
                doc=m["doc"],
                start=m["sstart"],
                end=m["send"],
                text=m["stext"],
                trigger=Trigger(start=m["tstart"], end=m["tend"], text=m["ttext"]),
                polarity=m["polarity"],
                certainty=m["certainty"],
                time=m["time"],
                special=m["special"],
                date=_date(m["date"]),
            )
            for m in members
        ]
        published = [m["published"] for m in members if m["published"]]
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
            documents=len({m["doc"] for m in members}),
            status=r["status"],
            # when the event was first reported: an upper bound where its own date is unknown
            first_reported=r["first_reported"] or min(published, default=None),
            confidence=r["confidence"],
            other_dates=[_date_of(d) for d in json.loads(r["other_dates"])],
            salience=r["salience"],
        )

    def events(
        self,
        entity: Optional[str] = None,
        type: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        doc: Optional[str] = None,
        outlet: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
        q: Optional[str] = None,
        status: Optional[Collection[str]] = None,
    ) -> Page[EventRecord]:
        conds: list[str] = []
        args: list[Any] = []
        if q:
            conds.append("ev.label LIKE ?")
            args.append(f"%{q}%")
        if status is not None:
            conds.append(f"ev.status {IN_JSON}")
            args.append(statuses_json(status))
        if entity:
            conds.append("ev.id IN (SELECT event FROM event_participants WHERE entity=?)")
            args.append(entity)
        if type:
            conds.append("ev.type = ?")
            args.append(type.upper())
        if date_from:
            conds.append("ev.date_hi >= ?")
            args.append(date_from)
        if date_to:
            conds.append("ev.date_lo <= ?")
            args.append(date_to + "\uffff")
        sub = (
            "ev.id IN (SELECT m.event FROM event_members m JOIN event_mentions em ON"
            " em.id = m.event_mention JOIN documents d ON d.id = em.doc WHERE "
        )
        if doc:
            conds.append(sub + "em.doc = ?)")
            args.append(doc)
        if outlet:
            conds.append(sub + "d.outlet = ?)")
            args.append(outlet)
        total = self._count("SELECT count(*) FROM events ev" + where(conds), args)
        rows = self.db.execute(
            page_sql(
                "SELECT ev.*, loc.name AS location_name FROM events ev"
                " LEFT JOIN entities loc ON loc.id = ev.location"
                + where(conds)
                + " ORDER BY ev.date_lo IS NULL, ev.date_lo, ev.date_hi, ev.id",
                limit,
                offset,
            ),
            args,
        ).fetchall()
        return Page(items=self._event_records(rows), total=total)

    def event(self, event_id: str) -> EventDetail:
        r = self._one(
            "SELECT ev.*, loc.name AS location_name FROM events ev"
            " LEFT JOIN entities loc ON loc.id = ev.location WHERE ev.id=?",
            (event_id,),
            "event",
        )
        record = self._event_records([r])[0]
        evidence = self._evidence(self._members([event_id]).get(event_id, []))
        claims = self.claims(event=event_id).items
        return EventDetail(**record.model_dump(), evidence=evidence, claims=claims)

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

    def entity(self, entity_id: str) -> EntityDetail:
        r = self._one("SELECT * FROM entities WHERE id=?", (entity_id,), "entity")
        mentions = self._entity_mentions([entity_id]).get(entity_id, [])
        co = [
            CoParticipant(id=x["id"], name=x["name"], type=x["type"], shared=x["shared"])
            for x in self.db.execute(
                "SELECT e.id, e.name, e.type, count(*) AS shared FROM event_participants a"
                " JOIN event_participants b ON a.event = b.event AND b.entity != a.entity"
                f" JOIN events ev ON ev.id = a.event AND ev.status {IN_JSON}"
                " JOIN entities e ON e.id = b.entity WHERE a.entity = ?"
                " GROUP BY e.id ORDER BY shared DESC, e.name, e.id",
                (statuses_json(TIMELINE_STATUSES), entity_id),
            )
        ]
        events = self.events(entity=entity_id, status=TIMELINE_STATUSES).items
        return EntityDetail(**self._entity(r, mentions).model_dump(), events=events, co_participants=co)
