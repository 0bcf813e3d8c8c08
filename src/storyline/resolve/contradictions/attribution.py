"""Attribution against attribution: who asked for a contact between two people. "Goldstone set
up the meeting" against "Agalarov asked for the meeting"; "Comey asked for the dinner" against
"Trump invited Comey to dinner": the same pair of people, a different one of them (or someone
else) named as the one who asked, proposed, invited or reached out.

The sentences naming both people of a pair in contact (the pairs of ``meetings``) and a word of
asking are looked up in the store's search; each tells who asked when a pattern puts a name as
the subject of asking ("X asked for the meeting", "X invited Y", "at X's request", "X reached
out to Y") or one of the two as invited ("Y had been invited": the other asked). Sentences that
negate, hedge or ask tell no one. One disagreement per pair, one position per person who asked,
told by at least two articles between them."""

from __future__ import annotations

import re

from storyline.model import CONTACT_TYPES, Analysis, Claim, Contradiction, Entity, Event, Report
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.first_told import find_first_told
from storyline.resolve.contradictions.meetings import pairs
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.words import NEGATION, UNSURE, spellings

LIMIT = 30
# the words of asking the sentences are searched for, with both surnames
_ASKING = ("asked", "requested", "request", "invited", "initiated", "proposed", "reached")
_OCCASION = r"(meeting|meet|dinner|lunch|call|conversation|talks?|sit-down|get-together|back ?channel)"
_OCCASION_WORD = re.compile(rf"\b{_OCCASION}\b|\bsummit\b", re.I)
# a plan or a supposition, no account of who asked: "to be invited", "may invite"
_HEDGED = re.compile(r"\b(may|might|could|would|if|whether|planned|expected|to be)\b|\?", re.I)


def _patterns(asker: str, other: str) -> list[re.Pattern[str]]:
    """Sentences in which ``asker`` (a surname) is the one who asked for a contact with ``other``."""
    a, o = re.escape(asker), re.escape(other)
    name = rf"\b{a}\b(?:[’']s?)?"
    return [
        # "Comey asked for the meeting", "Kushner proposed a back channel", "Goldstone set up the meeting"
        re.compile(
            rf"{name}[^.;,]{{0,25}}?\b(asked for|requested|sought|arranged|set up|initiated|proposed|"
            rf"suggested|called for)\b[^.;]{{0,20}}?\b{_OCCASION}\b",
            re.I,
        ),
        # "Comey asked to meet Trump"
        re.compile(rf"{name}[^.;,]{{0,25}}?\b(asked|requested|sought|wanted) to (meet|speak|talk)\b", re.I),
        # "Trump invited Comey to dinner", "Kislyak reached out to Sessions"
        re.compile(rf"{name}[^.;,]{{0,25}}?\b(invited|reached out to|summoned)\b[^.;]{{0,30}}?\b{o}\b", re.I),
        # "Comey had been invited by Trump" / "Comey was invited to the White House": the other asked
        re.compile(rf"\b{o}\b[^.;,]{{0,25}}?\b(had been|has been|was|were|been) (invited|summoned)\b", re.I),
        # "at Rosenstein's request", "at the invitation of Trump", "accepting Kim's invitation to meet"
        re.compile(
            rf"\b(at|accept\w*) (the |an )?(request|invitation|behest|urging) (of|from) [^.;]{{0,30}}?\b{a}\b|"
            rf"\b{a}[’']s? (request|invitation|behest|urging)\b",
            re.I,
        ),
    ]


def who_asked(text: str, one: str, two: str) -> str | None:
    """Which of two surnames a sentence tells asked for their contact, or None."""
    if (
        NEGATION.search(text)
        or UNSURE.search(text)
        or _HEDGED.search(text)
        or not _OCCASION_WORD.search(text)
    ):
        # "Trump had not requested a meeting", "whether Comey asked for the dinner", "resigned
        # at Trump's request" (no contact asked for)
        return None
    # the name nearest its verb: "Moon said Kim on Friday had requested to meet him" is Kim's
    span: dict[str, int] = {}
    for s, other in ((one, two), (two, one)):
        found = [len(m.group(0)) for p in _patterns(s, other) for m in [p.search(text)] if m]
        if found:
            span[s] = min(found)
    if len(span) == 2 and span[one] != span[two]:
        return min(span, key=lambda s: span[s])
    return next(iter(span)) if len(span) == 1 else None


def find_attributions(
    analyses: list[Analysis], events: list[Event], entities: dict[str, Entity], reader: Reader, search: Search
) -> list[Contradiction]:
    """Who asked for a contact, and who first told of an event (``first_told``)."""
    member_event = {m: ev for ev in events for m in ev.members}
    return _who_asked(analyses, events, entities, reader, search) + find_first_told(
        analyses, member_event, entities, reader, search
    )


def _who_asked(
    analyses: list[Analysis], events: list[Event], entities: dict[str, Entity], reader: Reader, search: Search
) -> list[Contradiction]:
    mention_doc = {m.id: a.doc.id for a in analyses for m in a.events}
    docs = {a.doc.id for a in analyses}
    # a sentence stands as a claim through its claim, else its first event or entity mention
    stand_in: dict[tuple[str, int], str] = {}
    for a in analyses:
        for m in a.mentions:
            stand_in.setdefault((a.doc.id, m.sent), m.id)
        for e in a.events:
            stand_in[(a.doc.id, e.sent)] = e.id
    claim_at = {(c.doc, c.sent): c for a in analyses for c in a.claims}
    out = []
    for pair in pairs(events, mention_doc):
        if any(p not in entities or entities[p].type != "PERSON" for p in pair):
            continue
        surname = {entities[p].name.split()[-1]: p for p in pair}
        if len(surname) != 2:
            continue
        one, two = sorted(surname)
        queries = {f"{a} {b}" for a in spellings(one) for b in spellings(two)} - {f"{one}’s {two}’s"}
        hits = {
            (doc, sent): text
            for word in _ASKING
            for q in sorted(queries)
            for doc, sent, text in search(f"{q} {word}", LIMIT)
            if doc in docs
        }
        by_asker: dict[str, list[Report]] = {}
        for (doc, sent), text in sorted(hits.items()):
            asker = who_asked(text, one, two)
            if asker is None or (doc, sent) not in stand_in and (doc, sent) not in claim_at:
                continue
            by_asker.setdefault(asker, []).append(_report(doc, sent, text, reader, claim_at, stand_in))
        if len(by_asker) < 2:
            continue
        positions = []
        for asker in sorted(by_asker):
            reps = dedupe_reports(by_asker[asker])
            positions.append(position(f"{entities[surname[asker]].name} asked", reps))
        if len({r.doc for p in positions for r in p.reports}) < 2:
            continue  # one article telling two occasions
        names = [entities[surname[s]].name for s in (one, two)]
        out.append(
            Contradiction(
                claims=cited(positions),
                reason=f"reports differ on who asked for the contact ({', '.join(p.label for p in positions)})",
                kind="ATTRIBUTION",
                question=f"who asked for the contact between {names[0]} and {names[1]}?",
                positions=positions,
                events=sorted(
                    ev.id
                    for ev in events
                    if ev.type in CONTACT_TYPES and {p.ref for p in ev.participants} == pair
                ),
            )
        )
    return out


def _report(
    doc: str,
    sent: int,
    text: str,
    reader: Reader,
    claim_at: dict[tuple[str, int], Claim],
    stand_in: dict[tuple[str, int], str],
) -> Report:
    c = claim_at.get((doc, sent))
    if c is not None:
        return reader.claim(c, set())
    return reader.sentence(doc, sent, text, stand_in[(doc, sent)])
