"""The timeline's endpoints: key events (most salient first) in a date window, the month histogram
with the story's densest period, and where each event's date sits (day, month, year, span).

At 10,000 articles a story has far more events than an axis can show: the timeline answers the
``limit`` most salient events of the window asked for (the densest period when none is asked),
so zooming in asks a smaller window and reveals the lesser events of it.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from fastapi import APIRouter, Depends, Query, Request

from storyline.model import EVENT_TYPES, DateRange
from storyline.present.api_models import DensityAnswer, TimelineAnswer, TimelineEvent
from storyline.present.api_routes import (
    LIST_MENTIONS,
    EntityQ,
    From,
    StatusQ,
    To,
    _choice,
    _entity_id,
    _range,
    _statuses,
    _store,
)
from storyline.store.records import EventRecord

router = APIRouter(prefix="/api")

# Share of the dated events the opening window holds: the densest stretch of the story, not its tails.
DENSE_SHARE = 0.5
UNDATED_SHOWN = 10


def precision(ev: EventRecord) -> str:
    """How exactly the event is dated: "day", "days" (a span of up to a month given in days),
    "month", "year" or "span" (a longer or vaguer stretch)."""
    d = ev.date
    if d is None or not d.start:
        return "none"
    start, end = d.start, d.end or d.start
    if start == end:
        return {10: "day", 7: "month", 4: "year"}.get(len(start), "span")
    r = DateRange(start, end, "")
    if len(start) == len(end) == 10 and r.first_day and r.last_day:
        days = (dt.date.fromisoformat(r.last_day) - dt.date.fromisoformat(r.first_day)).days
        if days <= 31:
            return "days"
    return "span"


def _month_index(month: str) -> int:
    y, m = month.split("-")
    return int(y) * 12 + int(m) - 1


def _month_name(i: int) -> str:
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def dense_window(months: list[tuple[str, int]], share: float = DENSE_SHARE) -> Optional[tuple[str, str]]:
    """The shortest run of consecutive calendar months holding at least ``share`` of the events
    (the busier run on a tie), as ("YYYY-MM", "YYYY-MM"); None when there are none."""
    counted = [(_month_index(m), n) for m, n in months if n > 0]
    if not counted:
        return None
    need = share * sum(n for _, n in counted)
    best: Optional[tuple[int, int, int, int]] = None  # (length, -events, first, last)
    lo, inside = 0, 0
    for hi in range(len(counted)):
        inside += counted[hi][1]
        while inside - counted[lo][1] >= need:
            inside -= counted[lo][1]
            lo += 1
        if inside >= need:
            cand = (counted[hi][0] - counted[lo][0] + 1, -inside, counted[lo][0], counted[hi][0])
            best = cand if best is None or cand < best else best
    assert best is not None
    return _month_name(best[2]), _month_name(best[3])


Q = Query(
    None, max_length=500, description="words that must each occur in the label, a participant or the place"
)


def event_filters(
    request: Request,
    entity: Optional[str] = EntityQ,
    type: Optional[str] = Query(None, description="event type"),
    outlet: Optional[str] = Query(None, description="only events reported by this outlet"),
    doc: Optional[str] = Query(None, description="only events reported in this document"),
    status: Optional[str] = StatusQ,
    q: Optional[str] = Q,
) -> dict:
    """The filters both timeline endpoints take, checked, as keywords of ``Store.events``."""
    store = _store(request)
    return dict(
        entity=_entity_id(store, entity),
        type=_choice(type, EVENT_TYPES, "type"),
        doc=doc or None,
        outlet=outlet or None,
        status=_statuses(status),
        q=(q or "").strip() or None,
    )


Filters = Depends(event_filters)


@router.get(
    "/timeline",
    summary="Key events of a date window, most salient first (the densest period unless `from`/`to`"
    " ask another), plus a few undated ones; HAPPENED and DISPUTED unless `status` asks",
    response_model=TimelineAnswer,
)
def timeline(
    request: Request,
    kw: dict = Filters,
    date_from: Optional[str] = From,
    date_to: Optional[str] = To,
    limit: int = Query(200, ge=1, le=1000, description="at most this many dated events, the most salient"),
):
    store = _store(request)
    f, t = _range(date_from, date_to)
    months = store.event_months(**kw)  # kept between requests (Store._memo)
    window = dense_window(months)
    asked = bool(f or t)
    # more dated events than fit: the months count some of them (those dated to a month or
    # less), enough to tell for a central figure without counting its thousands again
    if (
        not asked
        and window
        and (sum(n for _, n in months) > limit or store.events(**kw, dated=True, limit=0).total > limit)
    ):
        f, t = window  # more than fits: open on the densest period
    page = store.events(
        **kw, date_from=f, date_to=t, dated=True, sort="salience", limit=limit, max_mentions=0
    )
    dated = []
    for ev in page.items:
        r = DateRange(ev.date.start, ev.date.end, "") if ev.date else None
        if r and r.first_day:
            dated.append(
                TimelineEvent(
                    **ev.model_dump(), day_start=r.first_day, day_end=r.last_day, precision=precision(ev)
                )
            )
    dated.sort(key=lambda e: (e.day_start, e.day_end or "", e.id))
    # a date filter cannot place undated events: they are summarised apart anyway
    undated = store.events(
        **kw, dated=False, sort="salience", limit=UNDATED_SHOWN, max_mentions=LIST_MENTIONS
    )
    ent = kw["entity"]
    e = store.find_entity(ent, max_roles=0) if ent else None
    return {
        "entity": {"id": e.id, "name": e.name, "type": e.type} if e else None,
        "from": f,
        "to": t,
        "window": {"from": window[0], "to": window[1]} if window else None,
        "statuses": sorted(kw["status"]),
        "dated": dated,
        "dated_total": page.total,
        "undated": undated.items,
        "undated_total": undated.total,
        "total": page.total + undated.total,
        "limit": limit,
    }


@router.get(
    "/timeline/density",
    summary="Dated events per month (day- and month-precise ones) and the story's densest period",
    response_model=DensityAnswer,
)
def density(request: Request, kw: dict = Filters):
    store = _store(request)
    months = store.event_months(**kw)
    window = dense_window(months)
    return {
        "months": [{"month": m, "events": n} for m, n in months],
        "window": {"from": window[0], "to": window[1]} if window else None,
        "dated_total": store.events(**kw, dated=True, limit=0).total,
        "undated_total": store.events(**kw, dated=False, limit=0).total,
    }
