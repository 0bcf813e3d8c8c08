"""An undated attack at a place, told in the days after a dated attack there, is that attack
(bench/news_scale.py dev event westminster_attack, AllSides 2017): The New York Times' "the
London attack", published the day NPR told "Wednesday's attack in London"; not an attack there
weeks later, nor one "on the United States", a country that is the place of many, nor one told at
a place the dated attack's reports name besides ("the attacks in Manchester and London")."""

from __future__ import annotations

from storyline.model import DateRange
from storyline.resolve.events import EventFeatures, cluster_events

WEDNESDAY = DateRange("2017-03-22", "2017-03-22", "Wednesday")
LONDON, UK, US, MANCHESTER = "ent_london", "ent_uk", "ent_us", "ent_manchester"


def _attack(doc: str, published: str, **kw) -> EventFeatures:
    return EventFeatures(
        id=f"{doc}:e0", doc=doc, sent=0, type="ATTACK", lemma="attack", published=published, **kw
    )


def _together(feats: list[EventFeatures]) -> dict[str, int]:
    return {f.doc: k for k, members in enumerate(cluster_events(feats)) for f in members}


def test_an_undated_attack_at_a_place_told_that_week_is_the_dated_one_there():
    npr = _attack("npr", "2017-03-23", date=WEDNESDAY, location=LONDON, around=frozenset({UK}))
    nyt = _attack("nyt", "2017-03-22", location=LONDON, around=frozenset({UK}), anaphoric=True)
    ev = _together([npr, nyt])
    assert ev["npr"] == ev["nyt"]
    # "the London attack" in June is not March's (London Bridge, June 3)
    june = _attack("june", "2017-06-05", location=LONDON, around=frozenset({UK}))
    assert len(set(_together([npr, june]).values())) == 2
    # a country is the place of many attacks: "an attack on the United States" that week is not it
    dated_us = _attack("a", "2017-03-23", date=WEDNESDAY, location=US)
    undated_us = _attack("b", "2017-03-23", location=US)
    assert len(set(_together([dated_us, undated_us]).values())) == 2
    # the Manchester bombing told undated the week after London Bridge, whose reports name
    # Manchester besides London, is not London Bridge's
    june3 = DateRange("2017-06-03", "2017-06-03", "Saturday")
    bridge = [
        _attack("wt", "2017-06-04", date=june3, location=LONDON, around=frozenset({UK})),
        _attack("vox", "2017-06-04", date=june3, location=LONDON, around=frozenset({UK})),
        _attack("rice", "2017-06-04", date=june3, location=LONDON, around=frozenset({UK})),
        EventFeatures(
            id="rice:e1",
            doc="rice",
            sent=0,
            type="ATTACK",
            lemma="attack",
            published="2017-06-04",
            date=june3,
            location=MANCHESTER,
            around=frozenset({UK}),
        ),  # "the attacks in Manchester and London" (fmt: skip)
    ]
    manchester = _attack("csm", "2017-06-06", location=MANCHESTER, around=frozenset({UK}))
    ev = _together([*bridge, manchester])
    assert ev["rice"] == ev["wt"] and ev["csm"] != ev["wt"]
