"""Event status: what all the reports of an event, taken together, say of whether it happened.

Each mention says one thing by its factuality (FactBank / MEANTIME): it happened, it did not
(NEG, stated as fact), it is planned (FUTURE, not merely possible) or it is only possible
(hedged, conditional, demanded, asked, generic).
Claims add the sources' voices: a DENY claim about a mention is a source saying it did not
happen. Over all of them:

- DISPUTED: reported as fact somewhere and denied somewhere (a NEG mention or a DENY claim);
- HAPPENED: reported as fact and never denied;
- NOT_HAPPENED: never reported as fact, and denied;
- PLANNED: only ever reported as coming;
- POSSIBLE: anything else (hedged, conditional, demanded, asked about).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Optional

from storyline.model import (
    Certainty,
    Claim,
    Event,
    EventMention,
    EventTime,
    Factuality,
    Polarity,
    Special,
    Stance,
    Status,
)


def mention_status(m: EventMention) -> Status:
    """What one mention says by itself."""
    return factuality_status(m.factuality, m.negated)


def factuality_status(f: Factuality, negated: bool = False) -> Status:
    """What a mention with this factuality says by itself. A condition, a demand, a question or
    a hedge asserts nothing either way ("if he had not resigned", "may not have met"); only a
    negation stated as fact denies; a plan is what is stated as coming, not as maybe coming."""
    if f.special is not Special.NONE:
        return Status.POSSIBLE
    if f.polarity is Polarity.NEG:
        return Status.POSSIBLE if f.certainty is Certainty.POSSIBLE else Status.NOT_HAPPENED
    if f.happened:
        # the older extractor's flag ("did not meet" or "could fire", it cannot tell which)
        # where factuality was not read: neither a fact nor a denial
        return Status.POSSIBLE if negated else Status.HAPPENED
    if f.time is EventTime.FUTURE and f.certainty is not Certainty.POSSIBLE:
        return Status.PLANNED
    return Status.POSSIBLE


def combine(mention_statuses: Iterable[Status], denied: bool = False) -> Status:
    """One status from every mention's, ``denied`` when a source denies the event in a claim."""
    seen = set(mention_statuses)
    denied = denied or Status.NOT_HAPPENED in seen
    if Status.HAPPENED in seen:
        return Status.DISPUTED if denied else Status.HAPPENED
    if denied:
        return Status.NOT_HAPPENED
    return Status.PLANNED if Status.PLANNED in seen else Status.POSSIBLE


def _agrees(status: Status, mention: Status) -> bool:
    if status is Status.DISPUTED:  # both sides of a dispute are what the status says
        return mention in (Status.HAPPENED, Status.NOT_HAPPENED)
    return mention is status


def confidence(status: Status, statuses: list[Status], docs_agreeing: int) -> float:
    """Share of mentions that say what the status says, discounted when few documents report
    it: one document 0.75, two 0.875, three 0.94 of that share."""
    if not statuses:
        return 0.0
    share = sum(_agrees(status, s) for s in statuses) / len(statuses)
    return round(share * (1 - 0.5 ** (docs_agreeing + 1)), 3)


def set_status(
    event: Event,
    mentions: Mapping[str, EventMention],
    claims: Iterable[Claim],
    mention_doc: Mapping[str, str],
    published: Mapping[str, Optional[str]],
) -> Event:
    """Fill ``status``, ``confidence`` and (if still unset) ``first_reported`` of ``event``.

    ``mentions`` maps event-mention ids to mentions, ``claims`` are every claim (those whose
    ``event`` is a member count), ``mention_doc`` maps mention ids to document ids and
    ``published`` document ids to publication dates."""
    members = set(event.members)
    # each mention says one thing; each denial by a source is one more voice saying no
    votes = [(mention_doc.get(m), mention_status(mentions[m])) for m in event.members if m in mentions]
    denials = [c for c in claims if c.event in members and c.stance == Stance.DENY]
    event.status = combine((s for _, s in votes), bool(denials))
    votes += [(c.doc or mention_doc.get(c.event or ""), Status.NOT_HAPPENED) for c in denials]
    docs = {d for d, s in votes if d and _agrees(event.status, s)}
    event.confidence = confidence(event.status, [s for _, s in votes], len(docs))
    if event.first_reported is None:
        dates = [published.get(mention_doc.get(m, "")) for m in event.members]
        event.first_reported = min((d for d in dates if d), default=None)
    return event
