"""The JSON endpoints under ``/api``. Lists are pages: ``{"items", "total", "limit", "offset"}``.

Every answer is a typed record of ``storyline.store.records`` (the export contract's shapes), so
``/openapi.json`` documents each one. Events default to the statuses the timeline states as facts
(HAPPENED, DISPUTED); ``status`` asks for others (a comma list, or ``all``).
"""

from __future__ import annotations

import calendar
import re
from typing import NoReturn, Optional

from fastapi import APIRouter, HTTPException, Query, Request

from storyline.model import (
    CONTRADICTION_KINDS,
    ENTITY_TYPES,
    EVENT_TYPES,
    STANCES,
    STATUSES,
    TIMELINE_STATUSES,
    DateRange,
)
from storyline.present.api_models import (
    ApiPage,
    GraphAnswer,
    SearchAnswer,
    TimelineAnswer,
    TimelineEvent,
)
from storyline.store.records import (
    ClaimRecord,
    ContradictionRecord,
    DocumentDetail,
    DocumentSummary,
    EntityDetail,
    EntitySummary,
    EventDetail,
    EventRecord,
    Page,
    Stats,
)

router = APIRouter(prefix="/api")

MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000_000  # beyond any store; 2**63 would overflow SQLite's integer (a 500)
Limit = Query(50, ge=1, le=MAX_LIMIT, description=f"page size, 1–{MAX_LIMIT}")
Offset = Query(0, ge=0, le=MAX_OFFSET, description=f"items to skip, 0–{MAX_OFFSET}")
From = Query(None, alias="from", description="earliest date, YYYY, YYYY-MM or YYYY-MM-DD")
To = Query(None, alias="to", description="latest date, YYYY, YYYY-MM or YYYY-MM-DD")
EntityQ = Query(None, description="entity id or name (alias, case-insensitive)")
StatusQ = Query(
    None,
    description="event statuses, comma-separated (HAPPENED, NOT_HAPPENED, PLANNED, POSSIBLE, DISPUTED)"
    " or `all`; default HAPPENED,DISPUTED: what the sources report as fact",
)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _store(request: Request):
    return request.app.state.store


def _page(page: Page, limit: int, offset: int) -> dict:
    return {"items": page.items, "total": page.total, "limit": limit, "offset": offset}


def _bad(msg: str) -> NoReturn:
    raise HTTPException(422, msg)


def _date(value: Optional[str], name: str) -> Optional[str]:
    """Check a YYYY[-MM[-DD]] date; a bad one is a 422 with a clear message."""
    if value is None or value == "":
        return None
    m = _DATE.match(value.strip())
    if m:
        y, mo, d = (int(x) if x else None for x in m.groups())
        if mo is None or (1 <= mo <= 12 and (d is None or 1 <= d <= calendar.monthrange(y or 1, mo)[1])):
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


def _statuses(value: Optional[str]) -> frozenset[str]:
    """The ``status`` parameter: a comma list of statuses or ``all``; default the facts."""
    if not value or not value.strip():
        return frozenset(TIMELINE_STATUSES)
    wanted = {v.strip().upper() for v in value.split(",") if v.strip()}
    if wanted == {"ALL"}:
        return frozenset(STATUSES)
    bad = sorted(wanted - set(STATUSES))
    if bad:
        _bad(f"status: {', '.join(bad)} is not one of {', '.join(STATUSES)} (or all)")
    return frozenset(wanted)


def _entity_id(store, value: Optional[str]) -> Optional[str]:
    """An entity filter given as an id or as a name; unknown is a 404."""
    if not value:
        return None
    found = store.find_entity(value)
    if found is None:
        raise HTTPException(404, f"no entity with id or name {value!r}")
    return found.id


def _day_bounds(ev: EventRecord) -> tuple[Optional[str], Optional[str]]:
    """First and last day an event's date covers, or (None, None) when it has no usable year."""
    if ev.date is None or not ev.date.start:
        return None, None
    r = DateRange(ev.date.start, ev.date.end, "")
    return r.first_day, r.last_day


# --- documents ------------------------------------------------------------------------------
@router.get("/documents", summary="Documents, by publication date", response_model=ApiPage[DocumentSummary])
def documents(request: Request, limit: int = Limit, offset: int = Offset):
    return _page(_store(request).documents(limit=limit, offset=offset), limit, offset)


@router.get(
    "/documents/{doc_id}",
    summary="One document with its text, sentences and events",
    response_model=DocumentDetail,
)
def document(request: Request, doc_id: str):
    return _store(request).document(doc_id)


# --- entities -------------------------------------------------------------------------------
@router.get("/entities", summary="Entities, most events first", response_model=ApiPage[EntitySummary])
def entities(
    request: Request,
    type: Optional[str] = Query(None, description="entity type, e.g. PERSON"),
    q: Optional[str] = Query(None, description="substring of the name or an alias"),
    doc: Optional[str] = Query(None, description="only entities mentioned in this document"),
    limit: int = Limit,
    offset: int = Offset,
):
    t = _choice(type, ENTITY_TYPES, "type")
    page = _store(request).entities(type=t, q=q or None, doc=doc or None, limit=limit, offset=offset)
    return _page(page, limit, offset)


@router.get(
    "/entities/{entity_id}",
    summary="One entity: aliases, roles, mentions, events (HAPPENED or DISPUTED), co-participants",
    response_model=EntityDetail,
)
def entity(request: Request, entity_id: str):
    return _store(request).entity(entity_id)


# --- events ---------------------------------------------------------------------------------
@router.get("/events", summary="Events in date order (undated last)", response_model=ApiPage[EventRecord])
def events(
    request: Request,
    status: Optional[str] = StatusQ,
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
    page = store.events(
        entity=_entity_id(store, entity),
        type=_choice(type, EVENT_TYPES, "type"),
        date_from=f,
        date_to=t,
        doc=doc or None,
        outlet=outlet or None,
        limit=limit,
        offset=offset,
        status=_statuses(status),
    )
    return _page(page, limit, offset)


@router.get(
    "/events/{event_id}",
    summary="One event (any status) with its evidence grouped by document, and claims",
    response_model=EventDetail,
)
def event(request: Request, event_id: str):
    return _store(request).event(event_id)


# --- claims and contradictions --------------------------------------------------------------
@router.get(
    "/claims", summary="Claims (attributed statements) with their stance", response_model=ApiPage[ClaimRecord]
)
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
    page = store.claims(
        stance=_choice(stance, STANCES, "stance"),
        doc=doc or None,
        event=event or None,
        entity=_entity_id(store, entity),
        limit=limit,
        offset=offset,
    )
    return _page(page, limit, offset)


@router.get(
    "/contradictions",
    summary="Where the sources disagree: one entry per disagreement, each side with its sentences",
    response_model=ApiPage[ContradictionRecord],
)
def contradictions(
    request: Request,
    kind: Optional[str] = Query(None, description="DENIAL, CHANGED_ACCOUNT, NUMBER, DATE or PLACE"),
    entity: Optional[str] = EntityQ,
    event: Optional[str] = Query(None, description="only disagreements about this event id"),
    limit: int = Limit,
    offset: int = Offset,
):
    store = _store(request)
    picked = _choice(kind, CONTRADICTION_KINDS, "kind")
    page = store.disagreements(
        kinds={picked} if picked else None,
        entity=_entity_id(store, entity),
        event=event or None,
        limit=limit,
        offset=offset,
    )
    return _page(page, limit, offset)


# --- search, timeline, graph, stats ---------------------------------------------------------
@router.get(
    "/search",
    summary="Full-text search over sentences, plus entities and events by name",
    response_model=SearchAnswer,
)
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
    return {
        "q": q,
        "sentences": _page(store.search(q, limit=limit, offset=offset), limit, offset),
        "entities": store.entities(q=q, limit=20),
        "events": store.events(q=q, limit=20, status=TIMELINE_STATUSES),
    }


@router.get(
    "/timeline",
    summary="Events in date order; undated events listed apart; HAPPENED and DISPUTED unless `status` asks",
    response_model=TimelineAnswer,
)
def timeline(
    request: Request,
    entity: Optional[str] = EntityQ,
    type: Optional[str] = Query(None, description="event type"),
    outlet: Optional[str] = Query(None, description="only events reported by this outlet"),
    doc: Optional[str] = Query(None, description="only events reported in this document"),
    date_from: Optional[str] = From,
    date_to: Optional[str] = To,
    status: Optional[str] = StatusQ,
):
    store = _store(request)
    f, t = _range(date_from, date_to)
    ent = _entity_id(store, entity)
    statuses = _statuses(status)
    kw = dict(
        entity=ent,
        type=_choice(type, EVENT_TYPES, "type"),
        doc=doc or None,
        outlet=outlet or None,
        status=statuses,
    )
    items = store.events(date_from=f, date_to=t, **kw).items
    # a date filter cannot place undated events: list them apart anyway
    undated_pool = store.events(**kw).items if f or t else items
    dated = []
    for ev in items:
        lo, hi = _day_bounds(ev)
        if lo:
            dated.append(TimelineEvent(**ev.model_dump(), day_start=lo, day_end=hi))
    undated = [ev for ev in undated_pool if _day_bounds(ev)[0] is None]
    entity_info = None
    if ent:
        e = store.find_entity(ent)
        entity_info = {"id": e.id, "name": e.name, "type": e.type} if e else None
    return {
        "entity": entity_info,
        "from": f,
        "to": t,
        "statuses": sorted(statuses),
        "dated": dated,
        "undated": undated,
        "total": len(dated) + len(undated),
    }


@router.get(
    "/graph",
    summary="Entity graph: entities as nodes, shared HAPPENED/DISPUTED events as edges",
    response_model=GraphAnswer,
)
def graph(
    request: Request,
    entity: Optional[str] = EntityQ,
    depth: int = Query(1, ge=1, le=2, description="1 or 2 hops around the entity"),
):
    store = _store(request)
    ent = _entity_id(store, entity)
    g = store.graph(entity=ent, depth=depth)
    return {"focus": ent, "depth": depth, **g.model_dump()}


@router.get(
    "/stats", summary="Counts, outlets, event types and the date span of the store", response_model=Stats
)
def stats(request: Request):
    return _store(request).stats()
