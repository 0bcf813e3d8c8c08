"""Contradictions: a denial and an assertion of the same event or contact."""
from __future__ import annotations

from storyline.model import Analysis, Claim, Contradiction, Entity, Event

CONTACT = {"MEET", "CALL", "COMMUNICATE"}


def find_contradictions(analyses: list[Analysis], events: list[Event], mention_entity: dict[str, str],
                        entities: dict[str, Entity]) -> list[Contradiction]:
    member_event = {m: ev for ev in events for m in ev.members}
    ev_mentions = {e.id: e for a in analyses for e in a.events}
    claims: list[Claim] = [c for a in analyses for c in a.claims]

    def speaker(c: Claim):
        return mention_entity.get(c.speaker) if c.speaker else None

    def event_of(c: Claim):
        return member_event.get(c.event) if c.event else None

    out, seen = [], set()
    denials = [c for c in claims if c.stance == "DENY"]
    for d in denials:
        d_ev, d_who = event_of(d), speaker(d)
        d_type = ev_mentions[d.event].type if d.event in ev_mentions else None
        for c in claims:
            if c.stance not in ("ASSERT", "CONFIRM"):
                continue
            c_ev = event_of(c)
            if c_ev is None or (c.event in ev_mentions and ev_mentions[c.event].negated):
                continue
            participants = {p["entity"] for p in c_ev.participants}
            same_event = d_ev is not None and d_ev.id == c_ev.id
            same_contact = (d_who is not None and d_who in participants and c_ev.type in CONTACT
                            and (d_type in CONTACT or d_type is None) and len(participants) >= 2)
            if not (same_event or same_contact):
                continue
            pair = tuple(sorted((d.id, c.id)))
            if pair in seen:
                continue
            seen.add(pair)
            who = entities[d_who].name if d_who in entities else (d.speaker_text or "a source")
            teller = entities[speaker(c)].name if speaker(c) in entities else (c.speaker_text or "a report")
            verb = "confirms" if c.stance == "CONFIRM" else "reports"
            out.append(Contradiction(claims=[d.id, c.id],
                                     reason=f"{who} denies what {teller} {verb}: {c_ev.label}"))
    return out
