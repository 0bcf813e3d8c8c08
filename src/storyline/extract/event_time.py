"""An event timed by another the article has dated: "Volkov proposed at the dinner", "During the
meeting, Trump revealed …", "On the call, Flynn discussed sanctions".

A definite "at / during / over / on / in the dinner" names an occasion the article told before
("a private dinner … on March 3"); what happened there happened that day. The sentence itself
often gives no date, so the event stayed undated and never joined the other reports of it. The
date comes from the nearest earlier mention of the same occasion (the same trigger word, or the
same event type when the occasion is itself an event trigger) that has one; a mention that is
denied or only planned still dates the occasion it names.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.extract.nlp import lemma
from storyline.model import EventMention

# "at the meeting", "during the call", "over dinner", "on the call", "in the meeting"
_PREPS = {"at", "during", "over", "on", "in"}
# definite, so the occasion is one the article named before ("at a meeting" is another)
_DETS = {"the", "that", "this", "their", "his", "her", "its"}
# occasions a thing happens at; "in the election" or "on the bill" time nothing
# fmt: off
OCCASIONS = {
    "meeting", "dinner", "lunch", "breakfast", "call", "summit", "hearing", "session",
    "conversation", "talks", "talk", "interview", "rally", "briefing", "conference", "gathering",
    "ceremony", "meal", "visit",
}
# fmt: on
_LIGHT = {"make", "hold", "give", "deliver", "have", "conduct", "issue", "offer", "extend"}
_VERB = {"meeting": "meet", "talks": "talk", "call": "call", "visit": "visit", "conversation": "converse"}
_MEALS = {"dinner", "lunch", "breakfast"}  # "over dinner": no determiner needed


def timed_by(sent, events: Sequence[EventMention]) -> list[tuple[EventMention, str, int]]:
    """(event, occasion lemma, occasion's char offset) for each undated event of the sentence
    that a definite occasion times: the trigger's own "at the dinner" (or, for a nominal
    trigger, its head verb's: "made the proposal at the dinner" is the proposal's)."""
    by_start = {t.idx: t for t in sent}
    starts = {e.start for e in events}
    out = []
    for ev in events:
        tok = by_start.get(ev.start)
        if ev.date is not None or tok is None:
            continue
        heads = [tok]
        # "made the proposal at the dinner"; not "mocked Ford's testimony at his rally"
        if tok.dep_ == "dobj" and lemma(tok.head).lower() in _LIGHT and tok.head.idx not in starts:
            heads.append(tok.head)
        for prep in (c for h in heads for c in h.children):
            if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
                continue
            for obj in prep.children:
                occ = lemma(obj).lower()
                if obj.dep_ != "pobj" or occ not in OCCASIONS or obj.i == tok.i:
                    continue
                if prep.lower_ == "on" and occ != "call":  # "testimony on the meeting" is about it
                    continue
                det = {c.lower_ for c in obj.children if c.dep_ in ("det", "poss")}
                if det & _DETS or (not det and occ in _MEALS and prep.lower_ in ("over", "at")):
                    out.append((ev, occ, obj.idx))
    return out


def inherit(
    events: Sequence[EventMention], links: Sequence[tuple[EventMention, str, int]]
) -> list[tuple[EventMention, EventMention]]:
    """Date each linked event by the nearest earlier dated mention of its occasion; returns
    (event dated, mention whose date it took)."""
    dated = []
    ordered = sorted(events, key=lambda e: e.start)
    for ev, occ, at in links:
        occasion = next((e for e in ordered if e.start == at), None)
        source = occasion if occasion is not None and occasion.date is not None else None
        if source is not None and source.negated > ev.negated:
            source = None
        if source is None:
            # the same word, or its verb ("met … on March 3" for "the meeting"): an event type is
            # too loose ("the interview" is not "the statement" of 1998)
            words = {occ, _VERB.get(occ, occ)}
            earlier = [
                e
                for e in ordered
                if e.start < at
                and e.date is not None
                and e.date.start
                and e is not ev
                and e.negated <= ev.negated  # a meeting called off dates nothing that took place
                and e.lemma in words
            ]
            source = earlier[-1] if earlier else None
        if source is None or source.date is None:
            continue
        ev.date = source.date
        if occasion is not None and occasion.date is None:
            occasion.date = source.date
        dated.append((ev, source))
    return dated
