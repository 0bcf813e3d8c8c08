"""A night that crosses midnight, and places inside one another, from AllSides reports of 2017
(dev events of bench/data/dedup_allsides.json).

The skinny repeal vote (skinny_repeal_fails), at 1:30 a.m. on Friday July 28: The Hill's "The
Senate's "skinny repeal" of ObamaCare failed late Thursday night by a vote of 51-49" and USA
TODAY's "the stunning defeat early Friday morning of a Republican bill to do away with some parts
of the Affordable Care Act". The Westminster attack (westminster_attack, Wednesday March 22): NPR's
"Wednesday's attack in London", Fox's "killed in a terror attack that saw more 40 people injured
outside the Parliament building on Wednesday" (a London police officer), and The Guardian's "Masood
drove his car into pedestrians on Westminster Bridge before running into the parliament grounds,
where he ... was shot", whose sentence names Westminster alone."""

from __future__ import annotations

from storyline.model import Analysis, DateRange, Document, EventMention, OffsetMap
from storyline.resolve import _casualties_date
from storyline.resolve.dates import compatible, night
from storyline.resolve.events import EventFeatures, cluster_events
from storyline.resolve.sites import containers, innermost

LATE_THURSDAY = DateRange("2017-07-27", "2017-07-27", "late Thursday night")
EARLY_FRIDAY = DateRange("2017-07-28", "2017-07-28", "early Friday morning")
WEDNESDAY = DateRange("2017-03-22", "2017-03-22", "Wednesday")
OBAMACARE, LONDON, WESTMINSTER, MANCHESTER = "ent_aca", "ent_london", "ent_westminster", "ent_manchester"


def _vote(doc: str, date: DateRange) -> EventFeatures:
    return EventFeatures(
        id=f"{doc}:e0", doc=doc, sent=0, type="VOTE", lemma="fail", participants=frozenset({OBAMACARE}),
        key_participants=frozenset({OBAMACARE}), date=night(date), published="2017-07-28",
    )  # fmt: skip


def test_late_thursday_night_and_early_friday_morning_can_be_one_night():
    assert not compatible(LATE_THURSDAY, EARLY_FRIDAY)  # as the reports give them
    assert compatible(night(LATE_THURSDAY), night(EARLY_FRIDAY))
    ev = cluster_events([_vote("thehill", LATE_THURSDAY), _vote("usatoday", EARLY_FRIDAY)])
    assert len(ev) == 1


def test_a_night_does_not_reach_two_days_on_nor_a_plain_day_move():
    saturday = DateRange("2017-07-29", "2017-07-29", "Saturday")
    assert not compatible(night(LATE_THURSDAY), saturday)
    assert night(saturday) == saturday
    thursday_morning = DateRange("2017-07-27", "2017-07-27", "Thursday morning")
    assert night(thursday_morning) == thursday_morning  # not early: the morning after no night
    assert len(cluster_events([_vote("thehill", LATE_THURSDAY), _vote("cbn", saturday)])) == 2


def _doc_places() -> list[set[str]]:
    """Which documents name which places, as counted in the 2,000 articles: 12 name Westminster,
    11 of them London too; 55 name London; 15 name Manchester, 8 of them London too."""
    docs = [{WESTMINSTER, LONDON} for _ in range(11)] + [{WESTMINSTER}]
    docs += [{LONDON} for _ in range(55 - 11 - 8)] + [{MANCHESTER, LONDON} for _ in range(8)]
    return docs + [{MANCHESTER} for _ in range(7)]


def test_a_place_almost_always_named_with_a_bigger_one_is_inside_it():
    inside = containers(_doc_places())
    assert inside[WESTMINSTER] == {LONDON}
    assert MANCHESTER not in inside and LONDON not in inside  # two cities: neither holds the other
    assert innermost(frozenset({WESTMINSTER, LONDON}), inside) == {WESTMINSTER}
    assert innermost(frozenset({MANCHESTER, LONDON}), inside) == {MANCHESTER, LONDON}


def _attack(doc: str, sent: int = 0, **kw) -> EventFeatures:
    return EventFeatures(id=f"{doc}:e{sent}", doc=doc, sent=sent, type="ATTACK", lemma="attack", published="2017-03-23", **kw)  # fmt: skip


def test_an_attack_told_at_westminster_joins_the_one_told_at_london():
    inside = containers(_doc_places())
    seeds = [
        _attack("npr", date=WEDNESDAY, location=LONDON, where=frozenset({LONDON})),
        _attack("fox", date=WEDNESDAY, location=LONDON, where=frozenset({LONDON})),
    ]
    bridge = _attack("guardian", 9, where=frozenset({WESTMINSTER}), around=inside[WESTMINSTER])
    ev = {f.id: k for k, members in enumerate(cluster_events([*seeds, bridge])) for f in members}
    assert ev["guardian:e9"] == ev["npr:e0"] == ev["fox:e0"]
    # Manchester is no part of London: an attack told there stays out
    elsewhere = _attack("bbc", 3, where=frozenset({MANCHESTER}), around=inside.get(MANCHESTER, frozenset()))
    ev = {f.id: k for k, members in enumerate(cluster_events([*seeds, elsewhere])) for f in members}
    assert ev.get("bbc:e3") != ev["npr:e0"]


def test_an_attack_takes_the_day_its_sentence_gives_its_casualties():
    # "were killed in a terror attack that saw more 40 people injured outside the Parliament
    # building on Wednesday": the parse hangs "on Wednesday" on "injured"
    def mention(i: int, etype: str, trigger: str, date=None) -> EventMention:
        return EventMention(
            id=f"m{i}", sent=0, type=etype, trigger=trigger, lemma=trigger, start=0, end=1, date=date
        )

    attack = mention(2, "ATTACK", "attack")
    doc = Document("fox", "x", "", "", OffsetMap.identity(0), outlet="Fox", published="2017-03-22")
    a = Analysis(
        doc=doc, events=[mention(1, "DIE", "killed"), attack, mention(3, "INJURE", "injured", WEDNESDAY)]
    )
    assert _casualties_date(attack, a) == WEDNESDAY
    other_sentence = Analysis(doc=doc, events=[attack, EventMention(
        id="m4", sent=1, type="INJURE", trigger="injured", lemma="injure", start=0, end=1, date=WEDNESDAY
    )])  # fmt: skip
    assert _casualties_date(attack, other_sentence) is None
