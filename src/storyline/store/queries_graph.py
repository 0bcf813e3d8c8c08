"""Read side of the SQLite store: the entity graph and the overview's aggregates, computed in
SQL. Both count only events the sources report as facts (HAPPENED or DISPUTED): an edge says
two entities took part in something together."""

from __future__ import annotations

import json
from typing import Optional

from storyline.model import TIMELINE_STATUSES
from storyline.store.dbapi import Row
from storyline.store.queries import IN_JSON
from storyline.store.queries_events import EventQueries, _date, statuses_json
from storyline.store.records import (
    DateSpan,
    EntityTypeCount,
    EventBrief,
    EventTypeCount,
    Graph,
    GraphEdge,
    GraphNode,
    OutletCount,
    Stats,
    StatusCount,
)

FACT_PAIRS = (
    "FROM event_participants a JOIN event_participants b ON a.event = b.event"
    f" JOIN events ev ON ev.id = a.event AND ev.status {IN_JSON}"
)


class GraphQueries(EventQueries):
    def _neighbours(self, keep: set[str]) -> set[str]:
        rows = self.db.execute(
            f"SELECT DISTINCT b.entity {FACT_PAIRS} WHERE a.entity {IN_JSON}",
            (statuses_json(TIMELINE_STATUSES), json.dumps(sorted(keep))),
        )
        return {r[0] for r in rows}

    def graph(self, entity: Optional[str] = None, depth: int = 1) -> Graph:
        """Entities as nodes, shared events as edges; around ``entity`` up to ``depth`` (1-2) hops."""
        facts = statuses_json(TIMELINE_STATUSES)
        sql = f"SELECT a.entity AS s, b.entity AS t, group_concat(a.event) AS evs {FACT_PAIRS} AND a.entity < b.entity"
        args: list[Optional[str]] = [facts]
        ids: set[str] = set()
        if entity:
            self._one("SELECT id FROM entities WHERE id=?", (entity,), "entity")
            keep = {entity}
            for _ in range(max(1, min(int(depth), 2))):
                keep |= self._neighbours(keep)
            sql += f" WHERE a.entity {IN_JSON} AND b.entity {IN_JSON}"
            args += [json.dumps(sorted(keep))] * 2
            ids.add(entity)
        else:
            ids |= {r[0] for r in self.db.execute(f"SELECT DISTINCT a.entity {FACT_PAIRS}", (facts,))}
        edges = [
            GraphEdge(source=r["s"], target=r["t"], events=sorted(set(r["evs"].split(","))))
            for r in self.db.execute(sql + " GROUP BY a.entity, b.entity", args)
        ]
        edges.sort(key=lambda e: (e.source, e.target))
        ids |= {x for e in edges for x in (e.source, e.target)}
        nodes = [
            GraphNode(id=r["id"], name=r["name"], type=r["type"], n_events=r["n_events"])
            for r in self.db.execute(
                f"SELECT id, name, type, n_events FROM entities WHERE id {IN_JSON} ORDER BY id",
                (json.dumps(sorted(ids)),),
            )
        ]
        wanted = sorted({ev for e in edges for ev in e.events})
        briefs = {
            r["id"]: EventBrief(
                id=r["id"],
                type=r["type"],
                label=r["label"],
                date=_date(r["date"]),
                documents=r["documents"],
                status=r["status"],
            )
            for r in self.db.execute(
                "SELECT ev.id, ev.type, ev.label, ev.date, ev.status, count(DISTINCT em.doc) AS documents"
                " FROM events ev JOIN event_members m ON m.event = ev.id"
                f" JOIN event_mentions em ON em.id = m.event_mention WHERE ev.id {IN_JSON} GROUP BY ev.id",
                (json.dumps(wanted),),
            )
        }
        return Graph(nodes=nodes, edges=edges, events=briefs)

    def stats(self) -> Stats:
        facts = statuses_json(TIMELINE_STATUSES)
        outlets = self.db.execute(
            "SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL AND outlet != ''"
            " GROUP BY outlet"
        ).fetchall()
        types = self.db.execute(
            f"SELECT type, count(*) AS n FROM events WHERE status {IN_JSON} GROUP BY type", (facts,)
        ).fetchall()
        statuses = self.db.execute("SELECT status, count(*) AS n FROM events GROUP BY status").fetchall()
        ent_types = self.db.execute("SELECT type, count(*) AS n FROM entities GROUP BY type").fetchall()
        pub = self.db.execute(
            "SELECT min(published), max(published) FROM documents WHERE published IS NOT NULL AND published != ''"
        ).fetchone()
        span = self.db.execute(
            f"SELECT min(date_lo), max(date_hi) FROM events WHERE date_lo IS NOT NULL AND status {IN_JSON}",
            (facts,),
        ).fetchone()

        def ranked(rows: list[Row]) -> list[Row]:
            return sorted(rows, key=lambda r: (-r["n"], r[0]))

        return Stats(
            counts=self.counts(),
            outlets=[OutletCount(outlet=r["outlet"], documents=r["n"]) for r in ranked(outlets)],
            event_types=[EventTypeCount(type=r["type"], events=r["n"]) for r in ranked(types)],
            event_statuses=[StatusCount(status=r["status"], events=r["n"]) for r in ranked(statuses)],
            entity_types=[EntityTypeCount(type=r["type"], entities=r["n"]) for r in ranked(ent_types)],
            published=DateSpan(first=pub[0], last=pub[1]),
            events_span=DateSpan(first=span[0], last=span[1]),
        )
