"""What an act of saying is about, from the claims of its sentence: "Marek denied having met
Volkov" is a denial (the DENY mention) whose claim denies a meeting (the MEET mention)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from storyline.model import Analysis, Claim, Entity, Event, EventMention, Stance
from storyline.resolve.events import EventFeatures
from storyline.resolve.labels import BY_DOER, PLACE_TYPES, SAYING, STATE_ACTS, TO_PEOPLE, said_content, short

# "confirmed after the hearing that …": the act named after these is when it was said, not what
OCCASIONS = {"after", "before", "during", "since", "following", "ahead"}
# "denies this account of Trump's conversation with Comey": what is denied is the telling of it
TELLINGS = {"account", "accounts", "notes", "version", "versions", "report", "reports", "details"}
# "the Russian attorney who met with Donald Trump Jr. … was granted parole, Fox News has
# confirmed": an act told of someone in passing
RELATIVES = {"who", "which", "whose"}


def _not_what_is_said(c: Claim, e: EventMention) -> bool:
    """The act is named as the time of the saying ("Lund confirmed after the hearing that his
    client had been interviewed") or as what a telling is of ("acknowledged that he orchestrated
    the leak that revealed his account of his conversation with Mr. Trump"), read from the words
    before it in the claim's text; or told in passing of someone the claim is about."""
    at = e.start - c.start
    if not 0 < at <= len(c.text):
        return False
    before = [re.sub(r"[’']s$", "", w.strip(',;:—“”"()').lower()) for w in c.text[:at].split()]
    return bool(OCCASIONS & set(before[-2:]) or TELLINGS & set(before[-4:]) or RELATIVES & set(before[-1:]))


# the stance a claim takes in the act that tells it; any stance for a statement or announcement
STANCES: dict[str, Optional[Stance]] = {"DENY": Stance.DENY, "CONFIRM": Stance.CONFIRM}


def _target(c: Claim) -> Optional[str]:
    """The event mention a claim asserts or denies. Not that of the claim it answers: a bare
    "denied it" may deny only part of what the answered sentence tells (news-a: "Putin denies
    meeting with Trump", "Trump denies talks with Comey", two of four such labels wrong)."""
    return c.event


def said_about(analyses: list[Analysis], mention_entity: dict[str, str]) -> dict[str, list[str]]:
    """Act-of-saying mention id → the event mentions its claims are about: the claims of its
    sentence with its stance, by one of its parties when the claim's speaker is known (always,
    for a statement or announcement), about anything but another act of saying."""
    out: dict[str, list[str]] = {}
    for a in analyses:
        events = {e.id: e for e in a.events}
        types = {e.id: e.type for e in a.events}
        negated = {e.id for e in a.events if e.negated}
        for e in a.events:
            if e.type not in SAYING:
                continue
            parties = {x for p in e.participants if (x := mention_entity.get(p.ref))}
            stance = STANCES.get(e.type)
            for c in a.claims:
                speaker = mention_entity.get(c.speaker) if c.speaker else None
                if c.sent != e.sent or (stance is not None and c.stance != stance):
                    continue
                # "Haas confirmed …, and Marek denied …": each his own; a statement, whose
                # stance says nothing, only its speaker's ("an interview with the Courier", in
                # which Marek denied …, is no statement of the Courier's)
                if speaker not in parties and (speaker is not None or stance is None):
                    continue
                target = _target(c)
                # what one confirms or announces happened: "the Kremlin announced that Putin
                # would not be meeting with Tillerson" announces no meeting
                if e.type != "DENY" and (c.stance == Stance.DENY or target in negated):
                    continue
                if (
                    target in types
                    and types[target] not in SAYING
                    and not _not_what_is_said(c, events[target])
                ):
                    out.setdefault(e.id, []).append(target)
    return out


def _phrase(
    type_: str, parties: list[tuple[str, str]], by_id: dict[str, Entity], speakers: set[str]
) -> Optional[str]:
    """The noun phrase of an act with these (entity id, role) parties, the speakers left out."""
    doers: list[str] = []
    undergoers: list[str] = []
    for e, role in parties:
        ent = by_id.get(e)
        if ent is None or ent.id in speakers or role == "content":
            continue
        if ent.type in PLACE_TYPES and type_ not in STATE_ACTS and type_ != "WITHDRAW":
            continue  # "met in Moscow" read as a party: a place, not whom one met
        if ent.type != "PERSON" and (type_ in BY_DOER if role == "agent" else type_ in TO_PEOPLE):
            continue  # "the Senate's testimony": a body hears it, a person gives it
        (doers if role == "agent" else undergoers).append(short(ent.name, ent.type))
    took_part = any(e in speakers for e, _ in parties)
    return said_content(type_, doers, undergoers, with_speaker=took_part)


def what_is_said(
    members: list[EventFeatures],
    said: dict[str, list[str]],
    mentions: dict[str, EventMention],
    mention_entity: dict[str, str],
    by_id: dict[str, Entity],
    speakers: set[str],
    told: Optional[dict[str, Event]] = None,
) -> Optional[str]:
    """What most of an act of saying's reports say it is about ("meeting with Volkov"), named by
    the parties of the act its claims assert or deny other than the speakers; None when no claim
    tells it. ``told``: event mention id → its event, whose parties name an act its own sentence
    only points back to ("confirmed the dinner" other reports say Halloran had with Volkov)."""
    phrases: Counter[str] = Counter()
    for m in members:
        for t in said.get(m.id, ()):
            x = mentions[t]
            own = [(e, p.role) for p in x.participants if (e := mention_entity.get(p.ref))]
            phrase = _phrase(x.type, own, by_id, speakers)
            event = (told or {}).get(t)
            # only of an act its sentence points back to ("the dinner"): "a Senate hearing", "an
            # attack on the middle class" are new, whatever event the clustering put them in
            if phrase is None and x.anaphoric and event is not None and event.type not in SAYING:
                phrase = _phrase(event.type, [(p.ref, p.role) for p in event.participants], by_id, speakers)
            if phrase:
                phrases[phrase] += 1
    return min(phrases, key=lambda p: (-phrases[p], p)) if phrases else None
