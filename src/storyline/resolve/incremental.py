"""Incremental resolution: new articles resolved against a block of candidates, not the store.

A full resolution (``resolve_components``) reads every document linked to a new one through a
blocking key; on a one-beat archive that is the whole store (every article names Trump). Here
the new articles are resolved together with the stored articles that could hold what their
mentions resolve to, fetched through the same blocking keys *and a date window*:

- the stored articles sharing a blocking key (a name, a surname, a title) with a new article
  and published within ``WINDOW`` days of it (an undated article: at any date), at most
  ``CANDIDATES`` of them: those sharing the most keys with it;
- the stored articles reporting an event of the same type as one of its event mentions, dated
  within ``WINDOW`` days of that mention's own date when the mention names a day or a few
  (reported again weeks later; "Comey's firing on May 9", read in July), and sharing a
  blocking key with the new article (again the ``CANDIDATES`` sharing the most).

That block is resolved as a full resolution would resolve it, and the result is written back
touching only new rows: each new mention joins the stored entity (event) that most of the
stored mentions resolved with it already belong to, or a new one when none do. The stored
entities and events keep their ids, names and labels (what the block adds to them is their
new mentions, aliases, roles, sources and participants); an event that gains reports has its
date, other dates, first report, status and confidence computed again from all its reports
(``refreshed``), as a full resolution computes them: the meeting a new report denies becomes
DISPUTED, the date follows what most reports say. Nothing else outside the block is read or
written. Two stored entities (events) the block would merge stay apart: an archive's
resolution only converges to a full one's through ``storyline resolve`` (``force``), which
re-resolves every component from scratch. bench/incremental.py reports how far the two differ.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Optional

from storyline.model import (
    Analysis,
    Claim,
    Contradiction,
    Entity,
    Event,
    EventMention,
    OffsetMap,
    Participant,
    Resolution,
)
from storyline.resolve.blocking import doc_keys, resolve_components
from storyline.resolve.contradictions.plain import store_search
from storyline.resolve.dates import event_date
from storyline.resolve.events import EventFeatures
from storyline.resolve.status import set_status

if TYPE_CHECKING:  # the store imports Merge from here
    from storyline.store.base import Store

WINDOW = 3  # days either side of an article's publication (an event mention's date)
# Candidates per new article (per dated event mention), those sharing the most keys with it:
# on a dense beat the window holds ever more articles as the archive grows (57 on average for
# an AllSides article in a store of 10,000, 7 in one of 1,000), and the cost must not grow.
CANDIDATES = 10


@dataclass
class Merge:
    """What an incremental resolution writes. An entity (event) whose id is stored already
    gains the aliases and roles (sources and participants) given here; its name and label stay
    (an event's date and status are computed again from all its reports, ``refreshed``).
    ``mentions`` (``members``) hold the new mentions only."""

    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    published: dict[str, str] = field(default_factory=dict)


@dataclass
class Reports:
    """Every report of some stored events: what their dates and statuses are computed from."""

    mentions: dict[str, list[EventMention]] = field(default_factory=dict)  # event → its members
    denials: dict[str, list[Claim]] = field(default_factory=dict)  # mention → DENY claims about it
    published: dict[str, Optional[str]] = field(default_factory=dict)  # document → publication


def refreshed(event: str, reports: Reports) -> Event:
    """The event ``event`` with the date, other dates, first report, status and confidence all
    its reports give it (its other fields left empty), by the code a full resolution uses
    (``resolve._event``, ``set_status``)."""
    mentions = {m.id: m for m in reports.mentions.get(event, [])}
    feats = [
        EventFeatures(
            id=m.id, doc=m.doc, sent=m.sent, type=m.type, lemma=m.lemma, date=m.date, negated=m.negated
        )
        for m in mentions.values()
    ]
    when = event_date(feats, mentions, reports.published)
    ev = Event(
        id=event,
        type="",
        label="",
        members=sorted(mentions),
        date=when.date,
        first_reported=when.first_reported,
        other_dates=when.other_dates,
    )
    own = [c for m in ev.members for c in reports.denials.get(m, ())]
    return set_status(ev, mentions, own, {m.id: m.doc for m in mentions.values()}, reports.published)


def _day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _span(day: date) -> tuple[str, str]:
    return (day - timedelta(days=WINDOW)).isoformat(), (day + timedelta(days=WINDOW)).isoformat()


def block(store: Store, new: list[Analysis]) -> set[str]:
    """The stored documents the new ones are resolved with (see the module's docstring)."""
    out: set[str] = set()
    for a in new:
        found = doc_keys(a)
        if not found:
            continue
        day = _day(a.doc.published)
        start, end = _span(day) if day else (None, None)
        out |= store.docs_near(found, start, end, CANDIDATES)
        dated = set()
        for e in a.events:
            lo, hi = _day(e.date.first_day if e.date else None), _day(e.date.last_day if e.date else None)
            if lo and hi and (hi - lo).days <= WINDOW:  # not undated, nor "in 2016": no window
                dated.add((e.type, _span(lo)[0], _span(hi)[1]))
        for etype, lo_day, hi_day in sorted(dated):
            out |= store.event_docs(etype, found, lo_day, hi_day, CANDIDATES)
    return out - {a.doc.id for a in new}


def _target(stored: Iterable[Optional[str]]) -> Optional[str]:
    """The stored row most of a block cluster's stored members belong to (ties: the smallest id)."""
    counts = Counter(s for s in stored if s)
    return min(counts, key=lambda s: (-counts[s], s)) if counts else None


def plan(res: Resolution, new_docs: set[str], mention_doc: dict[str, str], stored: dict[str, str]) -> Merge:
    """``res``: the block's resolution; ``mention_doc``: every block mention's document;
    ``stored``: the stored entity (event) of each already resolved mention of the block."""
    out = Merge()
    entity_of: dict[str, str] = {}
    for ent in res.entities:
        mine = [m for m in ent.mentions if mention_doc.get(m) in new_docs]
        target = _target(stored.get(m) for m in ent.mentions if m not in mine) or ent.id
        entity_of[ent.id] = target
        if mine:
            roles = [r for r in ent.roles if r.doc in new_docs]
            out.entities.append(replace(ent, id=target, roles=roles, mentions=mine))
    event_of: dict[str, str] = {}
    for ev in res.events:
        mine = sorted(m for m in ev.members if mention_doc.get(m) in new_docs)
        event_of[ev.id] = _target(stored.get(m) for m in ev.members if m not in mine) or ev.id
        if mine:
            out.events.append(
                replace(
                    ev,
                    id=event_of[ev.id],
                    members=mine,
                    participants=[Participant(entity_of.get(p.ref, p.ref), p.role) for p in ev.participants],
                    location=entity_of.get(ev.location, ev.location) if ev.location else None,
                )
            )
    for c in res.contradictions:
        # one the new articles take part in, by a claim or a report (dates, numbers, places)
        docs = {mention_doc.get(x) for x in c.claims} | {r.doc for p in c.positions for r in p.reports}
        if docs & new_docs:
            out.contradictions.append(replace(c, events=[event_of.get(e, e) for e in c.events]))
    out.published = {d: y for d, y in res.published.items() if d in new_docs}
    return out


def resolution_view(a: Analysis) -> Analysis:
    """An analysis as ``Store.resolution_input`` gives it back: no texts, offsets, removed
    parts or sentences (the resolution reads none of them)."""
    doc = replace(a.doc, original="", text="", offsets=OffsetMap(), removed=[])
    return replace(a, doc=doc, sentences=[])


def resolve_new(
    store: Store, new: set[str], generation: int, known: Optional[dict[str, Analysis]] = None
) -> bool:
    """Resolve the articles ``new`` (stored, never resolved) against their block and write only
    what they add. False when a concurrent run saved a resolution of more articles first.
    ``known``: analyses this process stored, in the order stored (``resolution_view``); when
    they hold every new article, the store is not read for them again."""
    if known is not None and new <= known.keys():
        fresh = [a for d, a in known.items() if d in new]
    else:
        fresh = list(store.resolution_input(new))
    # every article the store ever held is new (``generation`` counts them all, removed ones
    # too): there is nothing else to fetch, and a fresh store's first ingest asks nothing
    others = block(store, fresh) if generation > len(new) else set()
    # in the order stored, as in a full run
    analyses = list(store.resolution_input(new | others)) if others else fresh
    return store.merge_resolution(planned(store, analyses, new), resolved=new, generation=generation)


def planned(store: Store, analyses: list[Analysis], new: set[str]) -> Merge:
    """What the articles ``new`` add, resolved with the rest of ``analyses`` (their block, or on
    a Dask worker the part of it a task holds: whole components, dask_resolve.py)."""
    res = resolve_components(analyses, store_search(store))
    mention_doc: dict[str, str] = {}
    for a in analyses:
        for ids in ([m.id for m in a.mentions], [e.id for e in a.events], [c.id for c in a.claims]):
            mention_doc.update(dict.fromkeys(ids, a.doc.id))
    stored = store.resolved_as([m for m, d in mention_doc.items() if d not in new])
    return plan(res, new, mention_doc, stored)


def differing(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> float:
    """The share of clusters (entities or events, as the sets of mentions they hold) found in
    only one of two resolutions, given as (mention, cluster id) rows: 0 when they partition the
    mentions alike, whatever the ids."""

    def clusters(rows: Iterable[tuple[str, str]]) -> set[frozenset[str]]:
        by: dict[str, set[str]] = {}
        for m, c in rows:
            by.setdefault(c, set()).add(m)
        return {frozenset(v) for v in by.values()}

    x, y = clusters(a), clusters(b)
    return len(x ^ y) / max(len(x | y), 1)
