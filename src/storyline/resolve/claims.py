"""Contradictions: a denial and an assertion of the same event or contact."""

from __future__ import annotations

from storyline.model import CONTACT_TYPES, Analysis, Claim, Contradiction, Entity, Event


def _doc(claim: Claim) -> str:
    return claim.id.rsplit(":", 1)[0]


def _carries(people: set, stems: set, entities: dict) -> bool:
    """Whether one of these entities is called by one of these nationality stems
    ("russi" in "the Russian ambassador")."""
    for p in people:
        e = entities.get(p)
        if e is None:
            continue
        names = [e.name, *e.aliases, *(r.role for r in e.roles)]
        if any(stem in n.lower() for stem in stems for n in names):
            return True
    return False


def find_contradictions(
    analyses: list[Analysis], events: list[Event], mention_entity: dict[str, str], entities: dict[str, Entity]
) -> list[Contradiction]:
    member_event = {m: ev for ev in events for m in ev.members}
    ev_mentions = {e.id: e for a in analyses for e in a.events}
    claims: list[Claim] = [c for a in analyses for c in a.claims]

    def speaker(c: Claim):
        return mention_entity.get(c.speaker) if c.speaker else None

    def event_of(c: Claim):
        return member_event.get(c.event) if c.event else None

    # claims that report an event, reachable by the event and by each of its participants
    by_event: dict[str, list[Claim]] = {}
    by_participant: dict[str, list[Claim]] = {}
    for c in claims:
        ev = event_of(c)
        if c.stance in ("ASSERT", "CONFIRM") and ev is not None:
            by_event.setdefault(ev.id, []).append(c)
            for p in ev.participants:
                by_participant.setdefault(p.ref, []).append(c)
    sent_mentions: dict[tuple, list] = {}
    for a in analyses:
        for m in a.mentions:
            sent_mentions.setdefault((a.doc.id, m.sent), []).append(m)
    out = []
    by_id = {e.id: e for e in events}
    for d in (c for c in claims if c.stance == "DENY"):
        d_ev, d_who = event_of(d), speaker(d)
        d_mention = ev_mentions.get(d.event) if d.event else None
        d_type = d_mention.type if d_mention else None
        # whom the denial says there was no contact with: people it names, or a nationality
        # ("the Russians", "the Russian government") that the other side's titles carry
        d_counterparts = {
            mention_entity[p.ref]
            for p in (d_mention.participants if d_mention else [])
            if p.ref in mention_entity
        } - {d_who}
        d_stems = {
            m.key[:5].lower() for m in sent_mentions.get((_doc(d), d.sent), ()) if m.type in ("NORP", "GPE")
        }
        against: dict[str, list[Claim]] = {}  # event id -> claims that report it happened
        candidates = {c.id: c for c in (by_event.get(d_ev.id, []) if d_ev is not None else [])}
        candidates.update({c.id: c for c in by_participant.get(d_who, [])} if d_who else {})
        for c in candidates.values():
            if c.stance not in ("ASSERT", "CONFIRM") or _doc(c) == _doc(d) and c.sent == d.sent:
                continue
            c_ev = event_of(c)
            if c_ev is None or (c.event in ev_mentions and ev_mentions[c.event].negated):
                continue
            participants = {p.ref for p in c_ev.participants}
            same_event = d_ev is not None and d_ev.id == c_ev.id
            same_contact = (
                d_who is not None
                and d_who in participants
                and c_ev.type in CONTACT_TYPES
                and d_type in CONTACT_TYPES
                and len(participants) >= 2
                and (
                    bool(d_counterparts & participants) or _carries(participants - {d_who}, d_stems, entities)
                )
            )
            if same_event or same_contact:
                against.setdefault(c_ev.id, []).append(c)
        for ev_id, found in against.items():
            ev = by_id[ev_id]
            who = entities[d_who].name if d_who in entities else (d.speaker_text or "a source")
            tellers = []
            for c in sorted(found, key=lambda c: c.stance != "CONFIRM"):
                t = entities[speaker(c)].name if speaker(c) in entities else (c.speaker_text or _doc(c))
                if t not in tellers:
                    tellers.append(t)
            out.append(
                Contradiction(
                    claims=[d.id] + [c.id for c in found],
                    reason=f"{who} denies it, but {', '.join(tellers[:3])} report(s) it: {ev.label}",
                )
            )
    return out
