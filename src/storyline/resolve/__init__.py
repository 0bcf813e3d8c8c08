"""The resolve stage: per-document extractions across the whole store → entities, events,
contradictions."""

from __future__ import annotations

import hashlib
from collections import Counter

from storyline.model import TIMELINE_STATUSES, Analysis, Event, Participant, Resolution
from storyline.resolve.claims import find_contradictions
from storyline.resolve.dates import event_date
from storyline.resolve.entities import resolve_entities
from storyline.resolve.events import EventFeatures, cluster_events
from storyline.resolve.labels import label, short
from storyline.resolve.status import set_status

# Singular events identified by who does them (one resigns once); the others by whom they
# happen to (one is fired once, by someone who may fire many).
ACTOR_IS_KEY = {"RESIGN", "PLEAD", "RECUSE", "TESTIFY"}


def _key_participants(etype: str, linked: list[tuple[str, str]]) -> frozenset:
    if etype in ACTOR_IS_KEY:
        return frozenset(x for x, r in linked if r == "agent") or frozenset(x for x, _ in linked)
    return frozenset(x for x, r in linked if r != "agent")


def features(analyses: list[Analysis], mention_entity: dict[str, str]) -> list[EventFeatures]:
    out = []
    for a in analyses:
        for e in a.events:
            linked = [(mention_entity[p.ref], p.role) for p in e.participants if p.ref in mention_entity]
            out.append(
                EventFeatures(
                    id=e.id,
                    doc=a.doc.id,
                    sent=e.sent,
                    type=e.type,
                    lemma=e.lemma,
                    participants=frozenset(x for x, _ in linked),
                    key_participants=_key_participants(e.type, linked),
                    date=e.date,
                    location=mention_entity.get(e.location) if e.location else None,
                    anaphoric=e.anaphoric,
                    negated=e.negated,
                )
            )
    return out


def resolve(analyses: list[Analysis]) -> Resolution:
    entities, mention_entity = resolve_entities(analyses)
    by_id = {e.id: e for e in entities}
    mentions = {e.id: e for a in analyses for e in a.events}
    claims = [c for a in analyses for c in a.claims]
    mention_doc = {e.id: a.doc.id for a in analyses for e in a.events}
    published = {a.doc.id: a.doc.published for a in analyses}
    events = []
    for members in cluster_events(features(analyses, mention_entity)):
        event = _event(members, mentions, mention_entity, by_id, published)
        if event is not None:  # kept whatever its status: a denied event stays reachable
            events.append(set_status(event, mentions, claims, mention_doc, published))
    facts = [ev for ev in events if ev.status in TIMELINE_STATUSES]
    contradictions = find_contradictions(analyses, facts, mention_entity, by_id)
    return Resolution(entities=entities, events=events, contradictions=contradictions)


def _event(members: list[EventFeatures], mentions: dict, mention_entity: dict, by_id: dict, published: dict):
    """One event from its mentions: the roles most mentions give, the most specific date of the
    reports that say it happened, the most named place, every source in report order."""
    roles_seen: dict[str, Counter] = {}
    for m in members:
        for p in mentions[m.id].participants:
            ent = mention_entity.get(p.ref)
            if ent:
                roles_seen.setdefault(ent, Counter())[p.role] += 1
    if not roles_seen:
        return None  # "the investigation", "contacts": no one to link it to
    # "participant" ("a meeting between X and Y") says nothing about who did what: any report
    # that does say it wins
    roles = {ent: max(c, key=lambda r: (r != "participant", c[r])) for ent, c in roles_seen.items()}
    when = event_date(members, mentions, published)  # agreed by the reports, never after them
    locs = Counter(m.location for m in members if m.location in by_id)
    loc = locs.most_common(1)[0][0] if locs else None
    types = Counter(m.type for m in members)
    etype = max(types, key=lambda t: (types[t], t != "COMMUNICATE"))
    agents = [short(by_id[e].name, by_id[e].type) for e, r in roles.items() if r == "agent"]
    others = [short(by_id[e].name, by_id[e].type) for e, r in roles.items() if r != "agent"]
    sources = list(
        dict.fromkeys(s for m in sorted(members, key=lambda m: m.id) for s in mentions[m.id].sources)
    )
    first = min(m.id for m in members)
    return Event(
        id="ev_" + hashlib.sha1(first.encode()).hexdigest()[:10],
        type=etype,
        label=label(etype, agents, others, by_id[loc].name if loc else None),
        members=sorted(m.id for m in members),
        participants=[Participant(e, r) for e, r in roles.items()],
        date=when.date,
        location=loc,
        sources=sources,
        first_reported=when.first_reported,
        other_dates=when.other_dates,
    )
