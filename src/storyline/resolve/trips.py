"""A visit to a place is a trip there. The extract lexicon reads "visit" as a meeting and links the
place visited as a participant ("his two-day visit to Saudi Arabia": Trump and Saudi Arabia, as if
he met the country), as it does for a trip ("the president's trip to Saudi Arabia"). A meeting
with a country names no one met, and a trip whose place is a participant has no place: reports of
one visit then split between a "meeting" and a placeless trip, and never share a place."""

from __future__ import annotations

from typing import Optional

PLACE_KINDS = {"GPE", "LOC"}  # a country, a city, a region; a building ("the White House") may host a meeting
VISITS = {"visit"}


def trip(
    etype: str, lemma: str, linked: list[tuple[str, str]], location: Optional[str], kinds: dict[str, str]
) -> tuple[str, Optional[str], list[tuple[str, str]]]:
    """(type, location, participants) of a trip or a visit whose one non-agent participant is a
    place: a trip (TRAVEL) to that place. A visit that also names someone else ("Merkel's visit
    with Trump") stays a meeting; two places ("a trip to Israel and the Vatican") give none."""
    if not (etype == "TRAVEL" or etype == "MEET" and lemma.lower() in VISITS):
        return etype, location, linked
    others = {x for x, r in linked if r != "agent"}
    places = {x for x in others if kinds.get(x) in PLACE_KINDS}
    if len(places) != 1 or (others - places and etype != "TRAVEL"):
        return etype, location, linked
    place = next(iter(places))
    return "TRAVEL", location or place, [(x, r) for x, r in linked if x != place]
