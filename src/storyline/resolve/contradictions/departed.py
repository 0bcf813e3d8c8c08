"""One's own account of leaving against the reports that one was fired: "Priebus is now telling
reporters he resigned Thursday", "Priebus said in television interviews that he submitted his
resignation the previous day" against "President Trump on Friday dismissed Reince Priebus as his
chief of staff". Neither side denies in words: the person says they resigned, the reports tell
someone else removed them. Told by the one who left, not by others ("Priebus later resigned" is
the writer's, and may be how a firing is put politely); the firing told as fact by someone other
than the one fired, within ``blamed.DAYS`` of the account (a later resignation is another departure)."""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.model import Analysis, Claim, Contradiction, Event, EventMention, EventType
from storyline.resolve.contradictions.blamed import HEDGE, day, near
from storyline.resolve.contradictions.evidence import (
    Reader,
    asserts,
    cited,
    dedupe_reports,
    only_supposed,
    position,
)
from storyline.resolve.contradictions.plain import Search, sentences_of
from storyline.resolve.contradictions.speakers import Speakers
from storyline.resolve.contradictions.words import DENIAL_WORD, NEGATION, UNSURE

MAX_REPORTS = 6  # the nearest in time kept for one side
_PRONOUN = re.compile(r"\b(he|she|I|his|her|my)\b")
_INSTEAD = re.compile(r"\b(rather than|instead of|without)\b", re.I)
_SAYING = re.compile(
    r"\b(said|says|say|saying|told|tells|telling|wrote|writes|insist\w*|maintain\w*)\b", re.I
)
# an account that itself tells the leaving was asked for: "he was stepping down "at your request""
_ASKED = re.compile(r"\b(request\w*|ask(ed|s)?|forced|pushed|told to|demand\w*|fired|ousted)\b", re.I)


def find_departed(
    analyses: list[Analysis],
    events: list[Event],
    reader: Reader,
    speakers: Speakers,
    mention_entity: dict[str, str],
    search: Search | None,
) -> list[Contradiction]:
    published = {a.doc.id: day(a.doc.published) for a in analyses}
    cluster = {m: ev.id for ev in events for m in ev.members}
    # the people who say they resigned, with their claims saying so and the departures told
    said: dict[str, list[Claim]] = {}
    departures: dict[str, set[str]] = {}
    for a in analyses:
        for c in a.claims:
            who = speakers.of(c)
            m = (
                _own_resignation(a, c, who, mention_entity)
                if who and c.stance in ("ASSERT", "CONFIRM")
                else None
            )
            if who is None or m is None or m.id not in cluster:
                continue
            said.setdefault(who, []).append(c)
            departures.setdefault(who, set()).add(cluster[m.id])
    if not said:
        return []
    own = {(c.doc, c.sent) for cs in said.values() for c in cs}
    fired: dict[str, list[EventMention]] = {}
    for a in analyses:
        for m in a.events:
            if m.type != EventType.FIRE or not asserts(m) or (m.doc, m.sent) in own:
                continue
            patients = {
                mention_entity[p.ref]
                for p in m.participants
                if p.role == "patient" and p.ref in mention_entity
            }
            agents = {mention_entity.get(p.ref) for p in m.participants if p.role == "agent"}
            for who in patients & set(said):
                # the same departure: the firing clustered with the resignation told
                if who not in agents and cluster.get(m.id) in departures[who]:
                    fired.setdefault(who, []).append(m)
    texts = sentences_of(search, {(m.doc, m.sent) for ms in fired.values() for m in ms})
    out = []
    for who, accounts in sorted(said.items()):
        when = [published.get(c.doc) for c in accounts]
        reports = [
            reader.mention(m, {who})
            for m in fired.get(who, [])
            if any(near(w, published.get(m.doc)) for w in when)
            and _told(texts.get((m.doc, m.sent)) or reader.sents.get((m.doc, m.sent), ""), m.trigger)
        ]
        reports = [replace(r, text=r.text or texts.get((r.doc, r.sent), "")) for r in reports]
        reports = dedupe_reports(reports)[:MAX_REPORTS]
        if not reports:
            continue
        name = reader.name(who) or who
        positions = [
            position(
                f"{name} says {name} resigned", dedupe_reports([reader.claim(c, {who}) for c in accounts])
            ),
            position(f"{name} was fired", reports),
        ]
        out.append(
            Contradiction(
                claims=cited(positions),
                reason=f"{name} tells of resigning; reports tell {name} was removed",
                kind="DENIAL",
                question=f"did {name} resign, or was {name} removed?",
                positions=positions,
            )
        )
    return out


def _own_resignation(a: Analysis, c: Claim, who: str, mention_entity: dict[str, str]) -> EventMention | None:
    """The resignation a claim says its own speaker made: told as done, after a verb of saying
    ("is now telling reporters he resigned Thursday", "said … that he submitted his
    resignation"; not "In his resignation letter Mr. Flynn said …", nor "Comey did in fact
    resign …", the writer's), its agent the speaker or a pronoun with no one else named."""
    if NEGATION.search(c.text) or UNSURE.search(c.text) or _ASKED.search(c.text):
        return None
    others = {mention_entity.get(m.id) for m in a.mentions if m.sent == c.sent and m.type == "PERSON"} - {who}
    for m in a.events:
        if m.sent != c.sent or m.type != EventType.RESIGN or not asserts(m):
            continue
        at = m.start - c.start
        if not _SAYING.search(c.text[:at]):
            continue
        agents = {mention_entity.get(p.ref) for p in m.participants if p.role == "agent"}
        if who in agents or (not agents and not others and _PRONOUN.search(c.text[max(0, at - 30) : at])):
            return m
    return None


def _told(text: str, trigger: str) -> bool:
    """A firing told as fact: no denial, negation, hedge or supposition in its sentence."""
    if not text or NEGATION.search(text) or UNSURE.search(text):
        return False
    # "dismissed" is also a word of denial ("dismissed the report"): not where it is the firing
    if DENIAL_WORD.search(re.sub(rf"\b{re.escape(trigger)}\b", " ", text)):
        return False
    at = re.search(rf"\b{re.escape(trigger)}\b", text)
    if at is not None and _INSTEAD.search(text[max(0, at.start() - 30) : at.start()]):
        return False  # "rather than simply firing Priebus, Trump spoke openly …"
    return not HEDGE.search(text) and not only_supposed(text, trigger) and not re.search(r"\?", text)
