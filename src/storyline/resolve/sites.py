"""Where an attack or a disaster happened, as one place per city: "the attack at the Manchester
Arena", "the Manchester bombing" and "the attack on London Bridge" are told by their city in
other reports ("the attack in Manchester on Monday"), and the NER types such names as it likes
(London Bridge an ORG, Manchester Arena a PERSON), so a place is read from the store's names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Optional

from storyline.model import Entity

PLACE_ENTITY_TYPES = {"GPE", "LOC", "FAC"}
# The last word of a site named after its city: "Manchester Arena", "London Bridge", "Borough
# Market" (no city: a site of its own). "Greater Manchester" is the city's area.
SITE_WORDS = {
    "airport",
    "arena",
    "bridge",
    "cathedral",
    "center",
    "centre",
    "church",
    "hall",
    "hotel",
    "mall",
    "market",
    "mosque",
    "museum",
    "park",
    "plaza",
    "square",
    "stadium",
    "station",
    "street",
    "synagogue",
    "theater",
    "theatre",
    "tower",
    "university",
}


def sites(entities: Iterable[Entity]) -> dict[str, str]:
    """Entity id -> the place an event there is told at: a place is itself, a site named after
    a place of the store ("Manchester Arena", "London Bridge", "Greater Manchester") that place."""
    ents = list(entities)
    places = {e.name.lower(): e.id for e in ents if e.type == "GPE"}
    out: dict[str, str] = {}
    for e in ents:
        words = e.name.lower().split()
        city: Optional[str] = None
        if len(words) >= 2 and words[-1] in SITE_WORDS:
            city = places.get(" ".join(words[:-1]))
        elif len(words) >= 2 and words[0] == "greater":
            city = places.get(" ".join(words[1:]))
        if city is not None:
            out[e.id] = city
        elif e.type in PLACE_ENTITY_TYPES or len(words) >= 2 and words[-1] in SITE_WORDS:
            out[e.id] = e.id
    return out


AGREEMENT_WORDS = {"agreement", "accord", "accords", "deal", "treaty", "pact"}


def treaties(entities: Iterable[Entity]) -> dict[str, str]:
    """Entity id -> the place an agreement is named after: "the Paris Agreement", "Paris Climate
    Accord" (the NER makes an EVENT or a LAW of them) are the Paris agreement that other reports
    call "the Paris deal", whose parse gives Paris alone."""
    ents = list(entities)
    places = {e.name.lower(): e.id for e in ents if e.type == "GPE"}
    out: dict[str, str] = {}
    for e in ents:
        words = e.name.lower().split()
        words = words[1:] if words[:1] == ["the"] else words
        if len(words) >= 2 and words[-1] in AGREEMENT_WORDS and e.type != "GPE":
            place = places.get(words[0]) or places.get(" ".join(words[:2]))
            if place is not None:
                out[e.id] = place
    return out


def site_of(
    location: Optional[str], linked: list[tuple[str, str]], places: dict[str, str], kinds: dict[str, str]
) -> tuple[Optional[str], list[tuple[str, str]]]:
    """(the place of an attack or a disaster, its participants without it). A place read as a
    participant is where it happened when the report gives no other ("the attack on London
    Bridge", "the London Bridge attack"); a country or a city read as the one who attacks stays
    so ("Syria's attack")."""
    if location is not None:
        where = places.get(location, location)
        return where, [(x, r) for x, r in linked if places.get(x) != where]
    for x, r in linked:
        if x in places and (r != "agent" or kinds.get(x) != "GPE"):
            return places[x], [(y, s) for y, s in linked if y != x]
    return None, linked


# A place most documents name: the archive's own country ("United States" in 71 % of 2,000
# AllSides articles of 2017, the capital in 32 %). It places no attack ("the US strike" parsed as
# an attack at the United States drew every later "attack" naming Syria, Afghanistan or Manchester
# into one April event), and being named with it says no place lies inside it.
BROAD_SHARE = 0.25  # of the documents, past which a place identifies no event
BROAD_MIN_DOCS = 40


def broad(doc_places: list[set[str]]) -> frozenset[str]:
    """The places named in more than ``BROAD_SHARE`` of the documents (of ``BROAD_MIN_DOCS``)."""
    if len(doc_places) < BROAD_MIN_DOCS:
        return frozenset()
    docs = Counter(p for ps in doc_places for p in ps)
    return frozenset(p for p, n in docs.items() if n > BROAD_SHARE * len(doc_places))


# A place inside another: nearly every document naming it names the other too, which many more
# documents name ("Westminster" in London, "London" in Britain). Two cities named in one story
# (London and Manchester, both in the news of a week) are neither: each has its own documents.
INSIDE_SHARE = 0.8  # of the inner place's documents that name the outer one
INSIDE_RATIO = 3  # times as many documents the outer place has
INSIDE_MIN_DOCS = 3


def containers(doc_places: Iterable[set[str]]) -> dict[str, frozenset[str]]:
    """Place -> the places of the store that contain it, read from which documents name them."""
    docs: dict[str, int] = Counter()
    both: dict[str, Counter[str]] = {}
    for ps in doc_places:
        for p in ps:
            docs[p] += 1
            both.setdefault(p, Counter()).update(q for q in ps if q != p)
    out: dict[str, frozenset[str]] = {}
    for inner, n in docs.items():
        around = frozenset(
            outer
            for outer, k in both[inner].items()
            if n >= INSIDE_MIN_DOCS and k >= INSIDE_SHARE * n and docs[outer] >= INSIDE_RATIO * n
        )
        if around:
            out[inner] = around
    return out


def innermost(where: frozenset[str], inside: dict[str, frozenset[str]]) -> frozenset[str]:
    """The places of a sentence without those containing another of them: "a London police
    officer ... outside the Parliament building", with Britain named too, is told at London."""
    return frozenset(p for p in where if not any(p in inside.get(q, ()) for q in where if q != p))
