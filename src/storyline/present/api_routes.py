"""The JSON endpoints under ``/api``. Lists are pages: ``{"items", "total", "limit", "offset"}``."""

from __future__ import annotations

import calendar
import re
from typing import Optional

from fastapi import APIRouter, HTTPException, Query, Request

from storyline.model import ENTITY_TYPES, EVENT_TYPES, STANCES, DateRange

router = APIRouter(prefix="/api")

MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000_000  # beyond any store; 2**63 would overflow SQLite's integer (a 500)
Limit = Query(50, ge=1, le=MAX_LIMIT, description=f"page size, 1–{MAX_LIMIT}")
Offset = Query(0, ge=0, le=MAX_OFFSET, description=f"items to skip, 0–{MAX_OFFSET}")
From = Query(None, alias="from", description="earliest date, YYYY, YYYY-MM or YYYY-MM-DD")
To = Query(None, alias="to", description="latest date, YYYY, YYYY-MM or YYYY-MM-DD")
EntityQ = Query(None, description="entity id or name (alias, case-insensitive)")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _store(request: Request):
    return request.app.state.store


def _page(items: list, total: int, limit: int, offset: int) -> dict:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def _bad(msg: str):
    raise HTTPException(422, msg)


def _date(value: Optional[str], name: str) -> Optional[str]:
    """Check a YYYY[-MM[-DD]] date; a bad one is a 422 with a clear message."""
    if value is None or value == "":
        return None
    m = _DATE.match(value.strip())
    if m:
        y, mo, d = (int(x) if x else None for x in m.groups())
        if mo is None or (1 <= mo <= 12 and (d is None or 1 <= d <= calendar.monthrange(y, mo)[1])):
            return value.strip()
    _bad(f"{name}: {value!r} is not a valid date; use YYYY, YYYY-MM or YYYY-MM-DD")


def _range(date_from, date_to):
    f, t = _date(date_from, "from"), _date(date_to, "to")
    if f and t and f > t and not t.startswith(f):
        _bad(f"from ({f}) is after to ({t})")
    return f, t


def _choice(value: Optional[str], allowed, name: str) -> Optional[str]:
    if not value:
        return None
    if value.upper() not in allowed:
        _bad(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value.upper()


def _entity_id(store, value: Optional[str]) -> Optional[str]:
    """An entity filter given as an id or as a name; unknown is a 404."""
    if not value:
        return None
    ids = {e["id"] for e in store.entities()[0]}
    if value in ids:
        return value
    found = store.find_entity(value)
    if found is None:
        raise HTTPException(404, f"no entity with id or name {value!r}")
    return found["id"]


def _day_bounds(date: Optional[dict]) -> tuple[Optional[str], Optional[str]]:
    """First and last day an event's date covers, or (None, None) when it has no usable year."""
    if not date or not date.get("start"):
        return None, None
    r = DateRange(date["start"], date.get("end"), "")
    return r.first_day, r.last_day


# --- documents ------------------------------------------------------------------------------
@router.get("/documents", summary="Documents, by publication date")
def documents(request: Request, limit: int = Limit, offset: int = Offset):
    items, total = _store(request).documents(limit=limit, offset=offset)
    return _page(items, total, limit, offset)


@router.get("/documents/{doc_id}", summary="One document with its text, sentences and events")
def document(request: Request, doc_id: str):
    return _store(request).document(doc_id)


# --- entities -------------------------------------------------------------------------------
@router.get("/entities", summary="Entities, most events first")
def entities(
    request: Request,
    type: Optional[str] = Query(None, description="entity type, e.g. PERSON"),
    q: Optional[str] = Query(None, description="substring of the name or an alias"),
    doc: Optional[str] = Query(None, description="only entities mentioned in this document"),
    limit: int = Limit,
    offset: int = Offset,
):
    t = _choice(type, ENTITY_TYPES, "type")
    items, total = _store(request).entities(type=t, q=q or None, doc=doc or None, limit=limit, offset=offset)
    return _page(items, total, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity: aliases, roles, mentions, events, co-participants")
def entity(request: Request, entity_id: str):
    return _store(request).entity(entity_id)


# --- events ---------------------------------------------------------------------------------
@router.get("/events", summary="Events in date order (undated last)")
def events(
    request: Request,
    entity: Optional[str] = EntityQ,
    type: Optional[str] = Query(None, description="event type, e.g. MEET"),
    date_from: Optional[str] = From,
    date_to: Optional[str] = To,
    doc: Optional[str] = Query(None, description="only events reported in this document"),
    outlet: Optional[str] = Query(None, description="only events reported by this outlet"),
    limit: int = Limit,
    offset: int = Offset,
):
    store = _store(request)
    f, t = _range(date_from, date_to)
    items, total = store.events(
        entity=_entity_id(store, entity),
        type=_choice(type, EVENT_TYPES, "type"),
        date_from=f,
        date_to=t,
        doc=doc or None,
        outlet=outlet or None,
        limit=limit,
        offset=offset,
    )
    return _page(items, total, limit, offset)


@router.get("/events/{event_id}", summary="One event with its evidence grouped by document, and claims")
def event(request: Request, event_id: str):
    return _store(request).event(event_id)


# --- claims and contradictions --------------------------------------------------------------
@router.get("/claims", summary="Claims (attributed statements) with their stance")
def claims(
    request: Request,
    stance: Optional[str] = Query(None, description="ASSERT, DENY, CONFIRM or DECLINE"),
    doc: Optional[str] = None,
    event: Optional[str] = None,
    entity: Optional[str] = EntityQ,
    limit: int = Limit,
    offset: int = Offset,
):
    store = _store(request)
    items, total = store.claims(
        stance=_choice(stance, STANCES, "stance"),
        doc=doc or None,
        event=event or None,
        entity=_entity_id(store, entity),
        limit=limit,
        offset=offset,
    )
    return _page(items, total, limit, offset)


@router.get("/contradictions", summary="Pairs of claims that disagree, with the claims in full")
def contradictions(request: Request, limit: int = Limit, offset: int = Offset):
    items, total = _store(request).contradictions(limit=limit, offset=offset)
    for c in items:  # the claims in full, in the order the contradiction names them
        order = {cid: i for i, cid in enumerate(c["claims"])}
        c["details"].sort(key=lambda d: order.get(d["id"], len(order)))
    return _page(items, total, limit, offset)


# --- search, timeline, graph, stats ---------------------------------------------------------
@router.get("/search", summary="Full-text search over sentences, plus entities and events by name")
def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description="words to find"),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Offset,
):
    q = q.strip()
    if not q:
        _bad("q: give some words to search for")
    store = _store(request)
    sentences, total = store.search(q, limit=limit, offset=offset)
    ents, n_ents = store.entities(q=q, limit=20)
    evs, n_evs = store.events(q=q, limit=20)
    return {
        "q": q,
        "sentences": _page(sentences, total, limit, offset),
        "entities": {"items": ents, "total": n_ents},
        "events": {"items": evs, "total": n_evs},
    }


@router.get("/timeline", summary="Events in date order; undated events listed apart")
def timeline(
    request: Request,
    entity: Optional[str] = EntityQ,
    type: Optional[str] = Query(None, description="event type"),
    outlet: Optional[str] = Query(None, description="only events reported by this outlet"),
    doc: Optional[str] = Query(None, description="only events reported in this document"),
    date_from: Optional[str] = From,
    date_to: Optional[str] = To,
):
    store = _store(request)
    f, t = _range(date_from, date_to)
    ent = _entity_id(store, entity)
    kw = dict(entity=ent, type=_choice(type, EVENT_TYPES, "type"), doc=doc or None, outlet=outlet or None)
    items, _ = store.events(date_from=f, date_to=t, **kw)
    if f or t:  # a date filter cannot place undated events: list them apart anyway
        undated_pool, _ = store.events(**kw)
    else:
        undated_pool = items
    dated, undated = [], []
    for ev in items:
        lo, hi = _day_bounds(ev.get("date"))
        if lo:
            dated.append({**ev, "day_start": lo, "day_end": hi})
    for ev in undated_pool:
        if _day_bounds(ev.get("date"))[0] is None:
            undated.append(ev)
    entity_info = None
    if ent:
        e = store.entity(ent)
        entity_info = {k: e[k] for k in ("id", "name", "type")}
    return {
        "entity": entity_info,
        "from": f,
        "to": t,
        "dated": dated,
        "undated": undated,
        "total": len(dated) + len(undated),
    }


@router.get("/graph", summary="Entity graph: entities as nodes, shared events as edges")
def graph(
    request: Request,
    entity: Optional[str] = EntityQ,
    depth: int = Query(1, ge=1, le=2, description="1 or 2 hops around the entity"),
):
    store = _store(request)
    ent = _entity_id(store, entity)
    g = store.graph(entity=ent, depth=depth)
    wanted = {e for edge in g["edges"] for e in edge["events"]}
    events = {}
    if wanted:
        for ev in store.events()[0]:
            if ev["id"] in wanted:
                events[ev["id"]] = {k: ev[k] for k in ("id", "type", "label", "date", "documents")}
    return {"focus": ent, "depth": depth, "nodes": g["nodes"], "edges": g["edges"], "events": events}


@router.get("/stats", summary="Counts, outlets, event types and the date span of the store")
def stats(request: Request):
    store = _store(request)
    docs, _ = store.documents()
    outlets: dict[str, int] = {}
    for d in docs:
        if d.get("outlet"):
            outlets[d["outlet"]] = outlets.get(d["outlet"], 0) + 1
    published = sorted(d["published"] for d in docs if d.get("published"))
    types: dict[str, int] = {}
    ent_types: dict[str, int] = {}
    for e in store.entities()[0]:
        ent_types[e["type"]] = ent_types.get(e["type"], 0) + 1
    evs, _ = store.events()
    lows = []
    for ev in evs:
        types[ev["type"]] = types.get(ev["type"], 0) + 1
        lo, hi = _day_bounds(ev.get("date"))
        if lo:
            lows += [lo, hi]
    return {
        "counts": store.counts(),
        "outlets": [
            {"outlet": k, "documents": v} for k, v in sorted(outlets.items(), key=lambda x: (-x[1], x[0]))
        ],
        "event_types": [
            {"type": k, "events": v} for k, v in sorted(types.items(), key=lambda x: (-x[1], x[0]))
        ],
        "entity_types": [
            {"type": k, "entities": v} for k, v in sorted(ent_types.items(), key=lambda x: (-x[1], x[0]))
        ],
        "published": {
            "first": published[0] if published else None,
            "last": published[-1] if published else None,
        },
        "events_span": {"first": min(lows) if lows else None, "last": max(lows) if lows else None},
    }
