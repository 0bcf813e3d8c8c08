"""How many times and when first two people met, read from the sentences that name both
("Sessions met with Kislyak twice"; "Sessions' conversations with Kislyak reportedly took place
in April …, in July … and in September"; "Sessions's first meeting with Kislyak came … in
July"), most of which are no claim and carry no contact event of the two. Resolution reads no
sentences, so only those of the pairs already in contact (a contact event of the two told in
two or more articles) are looked up, with the store's sentence search."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from storyline.model import (
    CONTACT_TYPES,
    Analysis,
    Claim,
    Contradiction,
    Entity,
    Event,
    EventMention,
)
from storyline.resolve.contradictions.evidence import Reader, dedupe_reports, position
from storyline.resolve.contradictions.plain import Search
from storyline.resolve.contradictions.words import NEGATION

LIMIT = 100  # sentences naming both, per pair
MIN_DOCS = 2  # a contact of the pair told in this many articles: worth the search

_MONTHS = "january february march april may june july august september october november december".split()
_MONTH = re.compile(r"\bin (" + "|".join(m.capitalize() for m in _MONTHS) + r")\b(?: (\d{4}))?")
_CONTACT = re.compile(r"\b(met|meet(s|ing|ings)?|conversations?|talks|spoke|contacts?|encounters?)\b", re.I)
_NUMBERS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
# "met twice", "met with Kislyak three times", "two meetings", "three conversations"
_COUNT = re.compile(
    r"\b(?:(once|twice)|(\w+) times|(\w+) (?:separate |private |more )?(?:meetings|conversations|encounters))\b",
    re.I,
)
# not the whole count: "the first two meetings", "at least two", "two other", "one of the
# meetings"; nor what is not a contact count ("twice denied")
_PART = re.compile(r"\b(first|last|other|least|more than|fewer|up to|about|some|of the)\s+\w*\s*$", re.I)
_FIRST = re.compile(r"\bfirst (meeting|met|contact|conversation|encounter)\b", re.I)
_SAID = re.compile(
    r"\b(said|denied|told|reported|confirmed|testified|announced|revealed|disclosed)\s*$", re.I
)
_HEDGED = re.compile(r"\b(may|might|could|would|if|whether|unclear|planned|expected)\b", re.I)


@dataclass
class Told:
    """What one sentence naming both people tells of their contacts."""

    claim: Claim  # the sentence, standing as a claim (its id: an event mention of it)
    count: int | None = None
    first: tuple[int, str | None] | None = None  # (month, year) of the first meeting
    months: tuple[tuple[int, str | None], ...] = ()  # (month, year) of each meeting dated


def pairs(events: list[Event], mention_doc: dict[str, str]) -> list[frozenset[str]]:
    """The pairs of people whose contact is told in ``MIN_DOCS`` articles or more."""
    docs: dict[frozenset[str], set[str]] = {}
    for ev in events:
        parts = frozenset(p.ref for p in ev.participants)
        if ev.type in CONTACT_TYPES and len(parts) == 2:
            docs.setdefault(parts, set()).update(mention_doc[m] for m in ev.members if m in mention_doc)
    return sorted((p for p, ds in docs.items() if len(ds) >= MIN_DOCS), key=sorted)


def read(text: str) -> tuple[int | None, tuple[int, str | None] | None, tuple[tuple[int, str | None], ...]]:
    """The count of contacts, the month of the first, and the months of those dated."""
    if not _CONTACT.search(text) or NEGATION.search(text) or _HEDGED.search(text):
        return None, None, ()
    count = None
    for m in _COUNT.finditer(text):
        if _PART.search(text, 0, m.start()):
            continue
        word = (m.group(1) or m.group(2) or m.group(3)).lower()
        value = {"once": 1, "twice": 2}.get(word, _NUMBERS.get(word))
        if value is not None and value > 0:
            count = value
            break
    # the months of the contacts: after a word of contact, not what someone said then ("Pence
    # had denied in January that Trump campaign representatives had any contact")
    contact = _CONTACT.search(text)
    months = tuple(
        dict.fromkeys(
            (_MONTHS.index(m.group(1).lower()) + 1, m.group(2))
            for m in _MONTH.finditer(text)
            if contact is not None and m.start() > contact.start() and not _SAID.search(text, 0, m.start())
        )
    )
    first = None
    f = _FIRST.search(text)
    if f is not None:
        after = [m for m in _MONTH.finditer(text, f.end())]
        if len(after) == 1 and len(months) == 1:
            first = months[0]
    # "took place in April …, in July … and in September": three dated contacts, three in all
    if count is None and len(months) >= 2 and first is None:
        count = len(months)
    return count, first, months


def told_of_pairs(
    analyses: list[Analysis],
    events: list[Event],
    mention_entity: dict[str, str],
    entities: dict[str, Entity],
    search: Search,
) -> Iterator[tuple[frozenset[str], list[Told]]]:
    """Each pair in contact with what the sentences naming both tell of their contacts."""
    mention_doc = {m.id: a.doc.id for a in analyses for m in a.events}
    docs = {a.doc.id for a in analyses}
    # a sentence stands as a claim through its first event mention (its id is cited); the
    # sentence's people, to check that both are named there, not only their surnames' words
    first_mention: dict[tuple[str, int], EventMention] = {}
    people: dict[tuple[str, int], set[str]] = {}
    for a in analyses:
        for e in a.events:
            first_mention.setdefault((a.doc.id, e.sent), e)
        for m in a.mentions:
            if m.id in mention_entity:
                people.setdefault((a.doc.id, m.sent), set()).add(mention_entity[m.id])
    for pair in pairs(events, mention_doc):
        if any(p not in entities or entities[p].type != "PERSON" for p in pair):
            continue
        surname = {p: entities[p].name.split()[-1] for p in pair}
        one, two = sorted(surname.values())
        out = []
        # PostgreSQL's parser keeps a typographic apostrophe in the word ("Sessions’
        # conversations" is no "Sessions"), FTS5 splits there: the possessives are asked for too,
        # so both backends find the same sentences
        hits = {
            (doc, sent): text
            for q in (f"{one} {two}", f"{one}’ {two}", f"{one}’s {two}", f"{one} {two}’", f"{one} {two}’s")
            for doc, sent, text in search(q, LIMIT)
        }
        for (doc, sent), text in sorted(hits.items()):
            key = (doc, sent)
            # both named: one linked there at least, the other by name at least ("Sessions’
            # conversations with Kislyak": the possessive is no entity mention)
            there = pair & people.get(key, set())
            if doc not in docs or key not in first_mention or not there:
                continue
            if any(p not in there and not re.search(rf"\b{re.escape(surname[p])}\b", text) for p in pair):
                continue
            count, first, months = read(text)
            if count is None and first is None and not months:
                continue
            e = first_mention[key]
            c = Claim(
                id=e.id, sent=sent, stance="ASSERT", text=text, start=e.start, end=e.end, event=e.id, doc=doc
            )
            out.append(Told(c, count, first, months))
        if out:
            yield pair, out


def first_dates(
    pair: frozenset[str], told: list[Told], events: list[str], reader: Reader
) -> Contradiction | None:
    """ "Their first meeting came in July" against a meeting of the two dated earlier ("in
    April at the Mayflower Hotel"), a year stated on either side being the same."""
    firsts = [t for t in told if t.first is not None]
    if not firsts:
        return None
    month, year = min(t.first for t in firsts if t.first is not None)
    earlier: dict[int, list[Told]] = {}
    for t in told:
        for m, y in t.months if t.first is None else ():
            if m < month and (year is None or y is None or y == year):
                earlier.setdefault(m, []).append(t)
    if not earlier:
        return None
    positions = []
    firsts = [t for t in firsts if t.first is not None and t.first[0] == month]
    for label, side in [(f"first in {_MONTHS[month - 1].capitalize()}", firsts)] + [
        (_MONTHS[m - 1].capitalize(), earlier[m]) for m in sorted(earlier)
    ]:
        reps = dedupe_reports([reader.claim(t.claim, set(pair)) for t in side])
        positions.append(position(label, reps))
    names = sorted({n for n in map(reader.name, pair) if n is not None})
    return Contradiction(
        claims=list(dict.fromkeys(r.mention for p in positions for r in p.reports if r.mention)),
        reason=f"one report dates their first meeting to {positions[0].label[9:]}, others tell of an earlier one "
        f"({', '.join(p.label for p in positions[1:])})",
        kind="DATE",
        question=f"when did {' and '.join(names)} first meet?",
        positions=positions,
        events=events,
    )
