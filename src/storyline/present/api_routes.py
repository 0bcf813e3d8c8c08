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
)
from storyline.present.api_models import (
    ApiPage,
    GraphAnswer,
    SearchAnswer,
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
EntitiesQ = Query(None, description="entity id or name; repeat it for events they all take part in")
StatusQ = Query(
    None,
    description="event statuses, comma-separated (HAPPENED, NOT_HAPPENED, PLANNED, POSSIBLE, DISPUTED)"
    " or `all`; default HAPPENED,DISPUTED: what the sources report as fact",
)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _store(request: Request):
    return request.app.state.store


def _page(page: Page, limit: int, offset: int) -> dict:
    return {
        "items": page.items,
        "total": page.total,
        "total_is_estimate": page.total_is_estimate,
        "limit": limit,
        "offset": offset,
    }


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
    found = store.find_entity(value, max_roles=0)
    if found is None:
        raise HTTPException(404, f"no entity with id or name {value!r}")
    return found.id


# An event in a list carries a few of its reports; its page (/api/events/{id}) has them all.
LIST_MENTIONS = 3
# A side of a disagreement in a list shows its first reports, with their total (one can have 1,000).
SIDE_REPORTS = 20
# An entity in a list carries its first roles, with their total (a central figure has thousands).
LIST_ROLES = 5


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
    page = _store(request).entities(
        type=t, q=q or None, doc=doc or None, limit=limit, offset=offset, max_roles=LIST_ROLES
    )
    return _page(page, limit, offset)


@router.get(
    "/entities/{entity_id}",
    summary="One entity: aliases, roles, and its first mentions, events (HAPPENED or DISPUTED),"
    " co-participants and documents, each list capped at `limit` with its total",
    response_model=EntityDetail,
)
def entity(
    request: Request,
    entity_id: str,
    limit: int = Query(
        50, ge=1, le=MAX_LIMIT, description="at most this many of each list (totals count all)"
    ),
):
    return _store(request).entity(entity_id, limit=limit)


# --- events ---------------------------------------------------------------------------------
@router.get(
    "/events",
    summary="Events in date order (undated last) or most salient first, each with its first few reports",
    response_model=ApiPage[EventRecord],
)
def events(
    request: Request,
    status: Optional[str] = StatusQ,
    entity: Optional[list[str]] = EntitiesQ,
    q: Optional[str] = Query(
        None,
        max_length=500,
        description="words that must each occur in the label, a participant or the place",
    ),
    dated: Optional[bool] = Query(None, description="only dated (true) or undated (false) events"),
    sort: str = Query("date", pattern="^(date|salience)$", description="date or salience"),
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
    if entity and len(entity) > 5:
        _bad("entity: at most 5")
    page = store.events(
        entity=[e for e in (_entity_id(store, x) for x in entity or []) if e],
        type=_choice(type, EVENT_TYPES, "type"),
        date_from=f,
        date_to=t,
        doc=doc or None,
        outlet=outlet or None,
        limit=limit,
        offset=offset,
        status=_statuses(status),
        q=(q or "").strip() or None,
        dated=dated,
        sort=sort,
        max_mentions=LIST_MENTIONS,
    )
    return _page(page, limit, offset)


@router.get(
    "/events/{event_id}",
    summary="One event (any status) with its evidence grouped by document, and claims;"
    " at most `limit` documents, mentions and claims, with their totals",
    response_model=EventDetail,
)
def event(
    request: Request,
    event_id: str,
    limit: int = Query(
        100, ge=1, le=MAX_LIMIT, description="at most this many documents, mentions and claims"
    ),
):
    return _store(request).event(event_id, limit=limit)


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
    summary="Where the sources disagree: one entry per disagreement, each side with its first"
    f" {SIDE_REPORTS} sentences (`reports_total` counts them all)",
    response_model=ApiPage[ContradictionRecord],
)
def contradictions(
    request: Request,
    kind: Optional[str] = Query(
        None, description="DENIAL, CHANGED_ACCOUNT, NUMBER, DATE, PLACE or ATTRIBUTION"
    ),
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
        max_reports=SIDE_REPORTS,
    )
    return _page(page, limit, offset)


# --- search, timeline, graph, stats ---------------------------------------------------------
@router.get(
    "/search",
    summary="Full-text search over sentences, plus entities by name and the most salient events whose"
    " label, participants or place have every word (first 20 of each, with totals)",
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
        "sentences": _page(store.search(q, limit=limit, offset=offset, newest=True), limit, offset),
        "entities": store.entities_named(q, limit=20, max_roles=LIST_ROLES),
        "events": store.events(q=q, limit=20, status=TIMELINE_STATUSES, sort="salience", max_mentions=0),
    }


@router.get(
    "/graph",
    summary="Entity graph: the `limit` most important entities as nodes, shared HAPPENED/DISPUTED"
    " events as edges",
    response_model=GraphAnswer,
)
def graph(
    request: Request,
    entity: Optional[str] = EntityQ,
    depth: int = Query(1, ge=1, le=2, description="1 or 2 hops around the entity"),
    limit: int = Query(
        150, ge=1, le=MAX_LIMIT, description="at most this many entities, by summed event salience"
    ),
):
    store = _store(request)
    ent = _entity_id(store, entity)
    g = store.graph(entity=ent, depth=depth, limit=limit)
    return {"focus": ent, "depth": depth, "limit": limit, **g.model_dump()}


@router.get(
    "/stats", summary="Counts, outlets, event types and the date span of the store", response_model=Stats
)
def stats(request: Request):
    return _store(request).stats()
