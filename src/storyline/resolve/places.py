"""PLACE disagreements: reports that put the same meeting in different places.

Only the same occasion counts: a pair of people who met in Cleveland in July and in Washington
in September met twice, they are no disagreement. So two reports disagree on the place only
when both date the contact to the same month in so many words, each names a place of the
same kind (a city against a city, a building against a building: "Washington" and "the
Mayflower Hotel" may both be right), and they come from different articles (one article
naming two places tells of two meetings).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.model import (
    CONTACT_TYPES,
    Contradiction,
    Entity,
    Event,
    EventMention,
    Polarity,
    Position,
    Report,
)

# a place said of a contact: a city, a country, a building
_PLACE_TYPES = {"GPE", "LOC", "FAC"}


def find_places(
    events: list[Event],
    mentions: dict[str, EventMention],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    quote: Callable[[EventMention, set[str]], Report],
    explicit: Callable[[str], bool],
    evidence: Callable[[list[Report]], dict[str, Any]],
) -> list[Contradiction]:
    # (kind of contact, the people, month, kind of place) → place → its mentions
    Key = tuple[str, frozenset[str], str, str]
    groups: dict[Key, dict[str, list[EventMention]]] = {}
    events_of: dict[Key, set[str]] = {}
    for ev in events:
        if ev.type not in CONTACT_TYPES or len(ev.participants) < 2:
            continue
        pair = frozenset(
            p.ref for p in ev.participants if entities.get(p.ref) and entities[p.ref].type == "PERSON"
        )
        if len(pair) < 2:
            continue
        for m_id in ev.members:
            m = mentions.get(m_id)
            if m is None or not m.factuality.happened or m.factuality.polarity is not Polarity.POS:
                continue
            place = mention_entity.get(m.location) if m.location else None
            where = entities.get(place) if place else None
            if place is None or where is None or where.type not in _PLACE_TYPES or place in pair:
                continue
            if (
                m.date is None
                or m.date.start is None
                or len(m.date.start) < 7
                or not explicit(m.date.text or "")
            ):
                continue
            kind = "FAC" if where.type == "FAC" else "GPE"
            key = (ev.type, pair, m.date.start[:7], kind)
            groups.setdefault(key, {}).setdefault(place, []).append(m)
            events_of.setdefault(key, set()).add(ev.id)
    out: list[Contradiction] = []
    for key, by_place in groups.items():
        if len(by_place) < 2:
            continue
        docs = [{m.doc for m in ms} for ms in by_place.values()]
        if any(a & b for i, a in enumerate(docs) for b in docs[i + 1 :]):
            continue  # an article naming two places: two meetings, not two accounts of one
        _, pair, month, _ = key
        positions = []
        for place, ms in sorted(by_place.items(), key=lambda kv: entities[kv[0]].name):
            reps = sorted(
                {(m.doc, m.sent): quote(m, set(pair)) for m in ms}.values(),
                key=lambda r: (r.published or "", r.doc),
            )
            positions.append(Position(entities[place].name, reps, evidence(reps)))
        names = sorted(entities[p].name for p in pair)
        question = f"where did {' and '.join(names[:3])} meet in {month}?"
        out.append(told_differently("PLACE", "place", question, month, positions, events_of[key]))
    return out


def told_differently(
    kind: str, verb: str, question: str, about: str, positions: list[Position], events: set[str]
) -> Contradiction:
    """One disagreement of reports that tell one occasion differently (a DATE, a PLACE), a
    position per value; no claim stands on either side, the reports are event mentions."""
    labels = ", ".join(p.label for p in positions)
    return Contradiction(
        claims=[],
        reason=f"reports {verb} it differently ({labels}): {about}",
        kind=kind,
        question=question,
        positions=positions,
        events=sorted(events),
    )
