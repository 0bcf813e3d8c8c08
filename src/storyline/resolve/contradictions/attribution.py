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
from collections import Counter

from storyline.model import CONTACT_TYPES, Analysis, Claim, Contradiction, Entity, Event, Position, Report
from storyline.resolve.contradictions.evidence import Reader, cited, dedupe_reports, position
from storyline.resolve.contradictions.first_told import find_first_told
from storyline.resolve.contradictions.meetings import pairs
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.speakers import titles
from storyline.resolve.contradictions.words import NEGATION, UNSURE, spellings

LIMIT = 30
# the words of asking the sentences are searched for, with both surnames
_ASKING = ("asked", "requested", "request", "invited", "initiated", "proposed", "reached", "summoned")
_OCCASION = r"(meeting|meet|dinner|lunch|call|conversation|talks?|sit-down|get-together|back ?channel)"
_OCCASION_WORD = re.compile(rf"\b{_OCCASION}\b|\bsummit\b", re.I)
# a plan or a supposition, no account of who asked: "to be invited", "may invite"
_HEDGED = re.compile(r"\b(may|might|could|would|if|whether|planned|expected|to be)\b|\?", re.I)


_UNTOLD = re.compile(rf"{NEGATION.pattern}|{_HEDGED.pattern}", re.I)
_ASKS = re.compile(r"\?[\"”’']*\s*$")
_BEFORE = 30  # characters before the one who asked in which a negation or a hedge still tells of it


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
        # "Comey said Trump invited him to dinner": the other told before, as "him" or "her"
        re.compile(rf"\b{o}\b[^.;]{{0,40}}?{name}[^.;,]{{0,25}}?\b(invited|summoned) (him|her)\b", re.I),
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
    if UNSURE.search(text) or _ASKS.search(text) or not _OCCASION_WORD.search(text):
        # "whether Comey asked for the dinner", "did Trump invite him?", "resigned at Trump's
        # request" (no contact asked for)
        return None
    # the name nearest its verb: "Moon said Kim on Friday had requested to meet him" is Kim's
    span: dict[str, int] = {}
    for s, other in ((one, two), (two, one)):
        found = [
            len(m.group(0))
            for p in _patterns(s, other)
            for m in [p.search(text)]
            # negated or hedged where it is told ("Trump had not requested a meeting", "It was
            # not Comey who asked", "may invite"), not in another clause ("Comey asked for the
            # meeting and … told him he was not the subject of an investigation")
            if m and not _UNTOLD.search(text[max(0, m.start() - _BEFORE) : m.end()])
        ]
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
    titled = titles(entities)
    titles_of = _main_titles(titled)
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
        read_as: dict[tuple[str, int], str] = {}
        # one of them named by the title the article gives them alone ("the president asked
        # Comey to dinner"): read as their surname
        for name, p in surname.items():
            other = two if name == one else one
            title = titles_of.get(p)
            if title is None:
                continue
            for word in _ASKING:
                for o in spellings(other):
                    for doc, sent, text in search(f"{o} {title} {word}", LIMIT):
                        if doc in docs and (doc, sent) not in hits and titled.get(doc, {}).get(title) == p:
                            hits[(doc, sent)] = text
                            read_as[(doc, sent)] = _named(text, title, name)
        by_asker: dict[str, list[Report]] = {}
        for (doc, sent), text in sorted(hits.items()):
            asker = who_asked(read_as.get((doc, sent), text), one, two)
            if asker is None or (doc, sent) not in stand_in and (doc, sent) not in claim_at:
                continue
            by_asker.setdefault(asker, []).append(_report(doc, sent, text, reader, claim_at, stand_in))
        if len(by_asker) < 2:
            continue
        positions = []
        for asker in sorted(by_asker):
            reps = dedupe_reports(by_asker[asker])
            positions.append(position(f"{entities[surname[asker]].name} asked", reps))
        if len({r.doc for p in positions for r in p.reports}) < 2 and not _one_occasion(positions):
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


def _one_occasion(positions: list[Position]) -> bool:
    """Every sentence names the same occasion ("summoned him … for dinner" / "Comey asked for
    the meeting and that during dinner"): one article telling two accounts of it."""
    words = [
        {m.group(0).lower() for m in _OCCASION_WORD.finditer(r.text)} for p in positions for r in p.reports
    ]
    return bool(set.intersection(*words)) if words else False


def _main_titles(titled: dict[str, dict[str, str]]) -> dict[str, str]:
    """Each person's title of one word ("president", "director") that articles most often give
    them alone, in two articles at least."""
    counts: Counter[tuple[str, str]] = Counter(
        (who, title) for by in titled.values() for title, who in by.items() if re.fullmatch(r"[a-z]+", title)
    )
    out: dict[str, str] = {}
    for (who, title), n in counts.most_common():
        if n >= 2:
            out.setdefault(who, title)
    return out


def _named(text: str, title: str, name: str) -> str:
    """The sentence with "the president" read as the surname it stands for ("Trump")."""
    return re.sub(rf"\b[Tt]he {re.escape(title)}\b", name, text)


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
