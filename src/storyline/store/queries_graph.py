"""Read side of the SQLite store: the entity graph and the overview's aggregates, computed in
SQL. Both count only events the sources report as facts (HAPPENED or DISPUTED): an edge says
two entities took part in something together."""

from __future__ import annotations

import json
from collections.abc import Collection
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


EDGE_EVENTS = 3


class GraphQueries(EventQueries):
    def _neighbours(self, keep: set[str]) -> set[str]:
        rows = self.db.execute(
            f"SELECT DISTINCT b.entity {FACT_PAIRS} WHERE a.entity {IN_JSON}",
            (statuses_json(TIMELINE_STATUSES), json.dumps(sorted(keep))),
        )
        return {r[0] for r in rows}

    def _importance(self) -> dict[str, float]:
        """Each entity's weight in the story: the summed salience of the events it takes part in
        (HAPPENED or DISPUTED), so one central figure outranks a name in many minor reports."""

        def compute() -> dict[str, float]:
            rows = self.db.execute(
                "SELECT p.entity, sum(ev.salience) AS w FROM event_participants p"
                f" JOIN events ev ON ev.id = p.event AND ev.status {IN_JSON} GROUP BY p.entity",
                (statuses_json(TIMELINE_STATUSES),),
            )
            return {r["entity"]: float(r["w"] or 0.0) for r in rows}

        return self._memo("importance", compute)

    def graph(self, entity: Optional[str] = None, depth: int = 1, limit: Optional[int] = None) -> Graph:
        """Entities as nodes, shared events as edges; around ``entity`` up to ``depth`` (1-2) hops;
        ``limit``: only the most important entities (the focus always among them). Kept until
        the store changes: the network view asks the same graph on every visit."""
        if limit is None:  # the whole graph (exports): read once, nothing to keep
            return self._graph(entity, depth, limit)
        return self._memo(("graph", entity, depth, limit), lambda: self._graph(entity, depth, limit))

    def _graph(self, entity: Optional[str], depth: int, limit: Optional[int]) -> Graph:
        facts = statuses_json(TIMELINE_STATUSES)
        sql = f"SELECT a.entity AS s, b.entity AS t, group_concat(a.event) AS evs {FACT_PAIRS} AND a.entity < b.entity"
        args: list[Optional[str]] = [facts]
        if entity:
            self._one("SELECT id FROM entities WHERE id=?", (entity,), "entity")
            keep = {entity}
            for _ in range(max(1, min(int(depth), 2))):
                keep |= self._neighbours(keep)
        else:
            keep = {
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT p.entity FROM event_participants p"
                    f" JOIN events ev ON ev.id = p.event AND ev.status {IN_JSON}",
                    (facts,),
                )
            }
        total = len(keep)
        cut = limit is not None and len(keep) > limit
        if limit is not None and cut:
            weight = self._importance()  # every entity in a fact, each with its weight
            ranked = sorted(keep - {entity}, key=lambda x: (-weight.get(x, 0.0), x))
            keep = set(ranked[: max(0, limit - (1 if entity else 0))]) | ({entity} if entity else set())
        if entity or limit is not None:
            sql += f" WHERE a.entity {IN_JSON} AND b.entity {IN_JSON}"
            args += [json.dumps(sorted(keep))] * 2
        edges = []
        for r in self.db.execute(sql + " GROUP BY a.entity, b.entity", args):
            shared = sorted(set(r["evs"].split(",")))
            # a cut graph is for looking at: an edge names a few events, a click pages the rest
            named = shared[:EDGE_EVENTS] if cut else shared
            edges.append(GraphEdge(source=r["s"], target=r["t"], events=named, shared=len(shared)))
        edges.sort(key=lambda e: (e.source, e.target))
        ids = keep | {x for e in edges for x in (e.source, e.target)}
        nodes = [
            GraphNode(
                id=r["id"],
                name=r["name"],
                type=r["type"],
                n_events=r["n_events"],
                importance=round(r["importance"], 4),
            )
            for r in self.db.execute(
                "SELECT e.id, e.name, e.type, e.n_events, (SELECT coalesce(sum(ev.salience), 0)"
                " FROM event_participants p JOIN events ev ON ev.id = p.event"
                f" AND ev.status {IN_JSON} WHERE p.entity = e.id) AS importance"
                f" FROM entities e WHERE e.id {IN_JSON} ORDER BY e.id",
                (facts, json.dumps(sorted(ids))),
            )
        ]
        # a cut graph names no events: a pair's are paged from events(entity=[a, b])
        wanted = [] if cut else sorted({ev for e in edges for ev in e.events})
        briefs = (
            {}
            if not wanted
            else {
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
        )
        return Graph(nodes=nodes, edges=edges, events=briefs, total_nodes=total)

    def events_with(self, entity: str, among: Collection[str]) -> set[str]:
        # from the few events asked about (CROSS JOIN keeps SQLite's order): a central figure's
        # thousands of events read through its index took 20 ms
        rows = self.db.execute(
            "SELECT p.event FROM json_each(?) AS a CROSS JOIN event_participants p"
            f" ON p.event = a.value AND p.entity = ? JOIN events ev ON ev.id = p.event AND ev.status {IN_JSON}",
            (json.dumps(sorted(among)), entity, statuses_json(TIMELINE_STATUSES)),
        )
        return {r[0] for r in rows}

    def stats(self) -> Stats:
        return self._memo("stats", self._stats)  # every page asks it; kept until the store changes

    def _stats(self) -> Stats:
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
