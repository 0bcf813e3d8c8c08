"""Read side of the SQLite store: every query returns dicts shaped like the export contract."""

from __future__ import annotations

import json
import re
from typing import Optional

from storyline.store.base import NotFound


def _page(sql: str, limit: Optional[int], offset: int) -> str:
    return sql + (f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else "")


def _fts_query(q: str) -> str:
    """User text as an FTS5 query: every word must occur; quotes keep FTS syntax out."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)


class Queries:
    db = None  # sqlite3.Connection, set by the backend

    def counts(self) -> dict:
        return {
            t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "sentences", "entities", "events", "claims", "contradictions")
        }

    # --- documents ---------------------------------------------------------------------------
    def _doc_dict(self, r, with_text: bool) -> dict:
        d = {k: r[k] for k in ("id", "source", "title", "outlet", "author", "published", "published_basis")}
        if with_text:
            d["text"] = r["text"]
            d["original"] = r["original"]
            d["removed"] = json.loads(r["removed"])
            d["sources"] = json.loads(r["sources"])
        return d

    def documents(self, limit=None, offset=0, with_text=False):
        total = self.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        rows = self.db.execute(
            _page("SELECT * FROM documents ORDER BY published IS NULL, published, rowid", limit, offset)
        ).fetchall()
        return [self._doc_dict(r, with_text) for r in rows], total

    def document(self, doc_id):
        r = self._one("SELECT * FROM documents WHERE id=?", (doc_id,), "document")
        d = self._doc_dict(r, True)
        d["sentences"] = [
            dict(s)
            for s in self.db.execute(
                "SELECT idx, ostart AS start, oend AS end, text FROM sentences WHERE doc=? ORDER BY idx",
                (doc_id,),
            )
        ]
        d["events"] = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT m.event FROM event_members m JOIN event_mentions em ON em.id = m.event_mention"
                " WHERE em.doc=?",
                (doc_id,),
            )
        ]
        return d

    # --- entities ----------------------------------------------------------------------------
    def _entity_dict(self, r, with_mentions: bool) -> dict:
        d = {
            "id": r["id"],
            "name": r["name"],
            "type": r["type"],
            "aliases": json.loads(r["aliases"]),
            "roles": json.loads(r["roles"]),
            "n_events": r["n_events"],
        }
        if with_mentions:
            d["mentions"] = [
                {
                    "doc": m["doc"],
                    "start": m["ostart"],
                    "end": m["oend"],
                    "text": m["original"][m["ostart"] : m["oend"]],
                }
                for m in self.db.execute(
                    "SELECT m.doc, m.ostart, m.oend, d.original FROM mention_entity me"
                    " JOIN mentions m ON m.id = me.mention JOIN documents d ON d.id = m.doc"
                    " WHERE me.entity=? ORDER BY m.doc, m.start",
                    (r["id"],),
                )
            ]
        return d

    def entities(self, type=None, q=None, doc=None, limit=None, offset=0, with_mentions=False):
        where, args = [], []
        if type:
            where.append("type = ?")
            args.append(type.upper())
        if q:
            where.append("(name LIKE ? OR aliases LIKE ?)")
            args += [f"%{q}%", f"%{q}%"]
        if doc:
            where.append(
                "id IN (SELECT me.entity FROM mention_entity me JOIN mentions m"
                " ON m.id = me.mention WHERE m.doc = ?)"
            )
            args.append(doc)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        total = self.db.execute("SELECT count(*) FROM entities" + cond, args).fetchone()[0]
        rows = self.db.execute(
            _page("SELECT * FROM entities" + cond + " ORDER BY n_events DESC, name", limit, offset), args
        ).fetchall()
        return [self._entity_dict(r, with_mentions) for r in rows], total

    def entity(self, entity_id):
        r = self._one("SELECT * FROM entities WHERE id=?", (entity_id,), "entity")
        d = self._entity_dict(r, True)
        d["events"], _ = self.events(entity=entity_id)
        d["co_participants"] = [
            dict(x)
            for x in self.db.execute(
                "SELECT e.id, e.name, e.type, count(*) AS shared FROM event_participants a"
                " JOIN event_participants b ON a.event = b.event AND b.entity != a.entity"
                " JOIN entities e ON e.id = b.entity WHERE a.entity = ?"
                " GROUP BY e.id ORDER BY shared DESC, e.name",
                (entity_id,),
            )
        ]
        return d

    def find_entity(self, name):
        rows = self.db.execute("SELECT * FROM entities ORDER BY n_events DESC").fetchall()
        low = name.strip().lower()
        for exact in (True, False):
            for r in rows:
                names = [r["name"], *json.loads(r["aliases"])]
                if any((n.lower() == low) if exact else (low in n.lower()) for n in names):
                    return self._entity_dict(r, False)
        return None

    # --- events ------------------------------------------------------------------------------
    def _event_dict(self, r, evidence: bool = False) -> dict:
        date = json.loads(r["date"]) if r["date"] else None
        loc = None
        if r["location"]:
            loc_row = self.db.execute("SELECT name FROM entities WHERE id=?", (r["location"],)).fetchone()
            loc = loc_row["name"] if loc_row else None
        parts = [
            dict(p)
            for p in self.db.execute(
                "SELECT p.entity, p.role, e.name, e.type FROM event_participants p JOIN entities e"
                " ON e.id = p.entity WHERE p.event=? ORDER BY e.name",
                (r["id"],),
            )
        ]
        members = self.db.execute(
            "SELECT em.*, s.ostart, s.oend, d.original, d.title, d.outlet, d.published, d.source"
            " FROM event_members m JOIN event_mentions em ON em.id = m.event_mention"
            " JOIN sentences s ON s.doc = em.doc AND s.idx = em.sent JOIN documents d ON d.id = em.doc"
            " WHERE m.event=? ORDER BY d.published IS NULL, d.published, em.doc, em.sent",
            (r["id"],),
        ).fetchall()
        mentions, seen = [], set()
        for m in members:
            if (m["doc"], m["sent"]) not in seen:
                seen.add((m["doc"], m["sent"]))
                mentions.append(
                    {
                        "doc": m["doc"],
                        "start": m["ostart"],
                        "end": m["oend"],
                        "text": m["original"][m["ostart"] : m["oend"]],
                    }
                )
        d = {
            "id": r["id"],
            "type": r["type"],
            "label": r["label"],
            "date": {k: date[k] for k in ("start", "end", "text")} if date else None,
            "location": r["location"],
            "location_name": loc,
            "participants": parts,
            "mentions": mentions,
            "sources": json.loads(r["sources"]),
            "documents": len({m["doc"] for m in members}),
            # when the event was first reported: an upper bound where its own date is unknown
            "first_reported": min((m["published"] for m in members if m["published"]), default=None),
            "salience": r["salience"],
        }
        if evidence:
            d["evidence"] = self._evidence(members)
            d["claims"], _ = self.claims(event=r["id"])
        return d

    def _evidence(self, members) -> list[dict]:
        """Source sentences grouped by document, with trigger and participant highlights."""
        from storyline.model import OffsetMap

        groups: dict[str, dict] = {}
        for m in members:
            g = groups.setdefault(
                m["doc"],
                {
                    "doc": m["doc"],
                    "title": m["title"],
                    "outlet": m["outlet"],
                    "published": m["published"],
                    "source": m["source"],
                    "sentences": {},
                },
            )
            off_row = self.db.execute("SELECT offsets FROM documents WHERE id=?", (m["doc"],)).fetchone()
            off = OffsetMap.from_json(json.loads(off_row[0]))
            s = g["sentences"].setdefault(
                m["sent"],
                {
                    "start": m["ostart"],
                    "end": m["oend"],
                    "text": m["original"][m["ostart"] : m["oend"]],
                    "highlights": [],
                    "sources": [],
                },
            )
            ts, te = off.span(m["start"], m["end"])
            s["highlights"].append({"start": ts - m["ostart"], "end": te - m["ostart"], "kind": "trigger"})
            for p in json.loads(m["participants"]):
                pm = self.db.execute(
                    "SELECT ostart, oend FROM mentions WHERE id=?", (p["mention"],)
                ).fetchone()
                if pm:
                    s["highlights"].append(
                        {
                            "start": pm["ostart"] - m["ostart"],
                            "end": pm["oend"] - m["ostart"],
                            "kind": "participant",
                        }
                    )
            s["sources"] = sorted(set(s["sources"]) | set(json.loads(m["sources"])))
        out = []
        for g in groups.values():
            g["sentences"] = list(g["sentences"].values())
            out.append(g)
        return out

    def events(
        self,
        entity=None,
        type=None,
        date_from=None,
        date_to=None,
        doc=None,
        outlet=None,
        limit=None,
        offset=0,
        q=None,
    ):
        where, args = [], []
        if q:
            where.append("ev.label LIKE ?")
            args.append(f"%{q}%")
        if entity:
            where.append("ev.id IN (SELECT event FROM event_participants WHERE entity=?)")
            args.append(entity)
        if type:
            where.append("ev.type = ?")
            args.append(type.upper())
        if date_from:
            where.append("ev.date_hi >= ?")
            args.append(date_from)
        if date_to:
            where.append("ev.date_lo <= ?")
            args.append(date_to + "\uffff")
        if doc or outlet:
            sub = (
                "ev.id IN (SELECT m.event FROM event_members m JOIN event_mentions em ON"
                " em.id = m.event_mention JOIN documents d ON d.id = em.doc WHERE "
            )
            if doc:
                where.append(sub + "em.doc = ?)")
                args.append(doc)
            if outlet:
                where.append(sub + "d.outlet = ?)")
                args.append(outlet)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        total = self.db.execute("SELECT count(*) FROM events ev" + cond, args).fetchone()[0]
        rows = self.db.execute(
            _page(
                "SELECT ev.* FROM events ev"
                + cond
                + " ORDER BY ev.date_lo IS NULL, ev.date_lo, ev.date_hi, ev.id",
                limit,
                offset,
            ),
            args,
        ).fetchall()
        return [self._event_dict(r) for r in rows], total

    def event(self, event_id):
        r = self._one("SELECT * FROM events WHERE id=?", (event_id,), "event")
        return self._event_dict(r, evidence=True)

    # --- claims ------------------------------------------------------------------------------
    def claims(self, stance=None, doc=None, event=None, entity=None, limit=None, offset=0):
        where, args = [], []
        if stance:
            where.append("c.stance = ?")
            args.append(stance.upper())
        if doc:
            where.append("c.doc = ?")
            args.append(doc)
        if event:
            where.append("m.event = ?")
            args.append(event)
        if entity:
            where.append(
                "(se.entity = ? OR m.event IN (SELECT event FROM event_participants WHERE entity=?))"
            )
            args += [entity, entity]
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        base = (
            " FROM claims c LEFT JOIN event_members m ON m.event_mention = c.event_mention"
            " LEFT JOIN mention_entity se ON se.mention = c.speaker"
            " JOIN documents d ON d.id = c.doc"
        )
        total = self.db.execute("SELECT count(*)" + base + cond, args).fetchone()[0]
        rows = self.db.execute(
            _page(
                "SELECT c.*, m.event AS event_id, se.entity AS speaker_entity, d.original, d.outlet, d.title"
                + base
                + cond
                + " ORDER BY c.doc, c.start",
                limit,
                offset,
            ),
            args,
        ).fetchall()
        return [self._claim_dict(r) for r in rows], total

    @staticmethod
    def _claim_dict(r) -> dict:
        return {
            "id": r["id"],
            "speaker": r["speaker_entity"],
            "speaker_text": r["speaker_text"],
            "stance": r["stance"],
            "text": r["original"][r["ostart"] : r["oend"]],
            "doc": r["doc"],
            "start": r["ostart"],
            "end": r["oend"],
            "event": r["event_id"],
            "attributed_to": json.loads(r["attributed_to"]),
            "outlet": r["outlet"],
            "title": r["title"],
        }

    def contradictions(self, limit=None, offset=0):
        total = self.db.execute("SELECT count(*) FROM contradictions").fetchone()[0]
        out = []
        for r in self.db.execute(_page("SELECT * FROM contradictions ORDER BY rowid", limit, offset)):
            ids = json.loads(r["claims"])
            claims = [
                self._claim_dict(c)
                for c in self.db.execute(
                    "SELECT c.*, m.event AS event_id, se.entity AS speaker_entity, d.original, d.outlet, d.title"
                    " FROM claims c LEFT JOIN event_members m ON m.event_mention = c.event_mention"
                    " LEFT JOIN mention_entity se ON se.mention = c.speaker JOIN documents d ON d.id = c.doc"
                    f" WHERE c.id IN ({','.join('?' * len(ids))})",
                    ids,
                )
            ]
            out.append({"id": str(r["rowid"]), "claims": ids, "reason": r["reason"], "details": claims})
        return out, total

    # --- search and graph --------------------------------------------------------------------
    def search(self, q, limit=20, offset=0):
        fq = _fts_query(q)
        if not fq:
            return [], 0
        total = self.db.execute(
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (fq,)
        ).fetchone()[0]
        rows = self.db.execute(
            "SELECT s.doc, s.idx, s.ostart, s.oend, s.text, d.title, d.outlet, d.published,"
            " snippet(sentences_fts, 0, '[', ']', '…', 24) AS snippet"
            " FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid"
            " JOIN documents d ON d.id = s.doc WHERE sentences_fts MATCH ? ORDER BY rank"
            " LIMIT ? OFFSET ?",
            (fq, limit, offset),
        ).fetchall()
        return [
            {
                "doc": r["doc"],
                "sentence": r["idx"],
                "start": r["ostart"],
                "end": r["oend"],
                "text": r["text"],
                "snippet": r["snippet"],
                "title": r["title"],
                "outlet": r["outlet"],
                "published": r["published"],
            }
            for r in rows
        ], total

    def graph(self, entity=None, depth=1):
        pairs = self.db.execute(
            "SELECT a.entity AS s, b.entity AS t, a.event AS ev FROM event_participants a"
            " JOIN event_participants b ON a.event = b.event AND a.entity < b.entity"
        ).fetchall()
        edges: dict[tuple, list] = {}
        for p in pairs:
            edges.setdefault((p["s"], p["t"]), []).append(p["ev"])
        keep: Optional[set] = None
        if entity:
            self._one("SELECT id FROM entities WHERE id=?", (entity,), "entity")
            keep = {entity}
            for _ in range(max(1, min(int(depth), 2))):
                keep |= {x for (s, t) in edges for x in (s, t) if s in keep or t in keep}
            edges = {k: v for k, v in edges.items() if k[0] in keep and k[1] in keep}
        ids = {x for k in edges for x in k} | ({entity} if entity else set())
        if keep is None:
            ids |= {r[0] for r in self.db.execute("SELECT DISTINCT entity FROM event_participants")}
        nodes = [
            {"id": r["id"], "name": r["name"], "type": r["type"], "n_events": r["n_events"]}
            for r in self.db.execute(
                f"SELECT * FROM entities WHERE id IN ({','.join('?' * len(ids))})", sorted(ids)
            )
        ]
        return {
            "nodes": nodes,
            "edges": [
                {"source": s, "target": t, "events": sorted(set(evs))}
                for (s, t), evs in sorted(edges.items())
            ],
        }

    def _one(self, sql, args, what):
        row = self.db.execute(sql, args).fetchone()
        if row is None:
            raise NotFound(f"no {what} with id {args[0]!r}")
        return row
