"""One accusation told by many outlets is one event (resolve/events.py ACCUSATIONS): real
sentences of three dev reports of Trump's wiretapping accusation (bench/news_scale.py,
wiretap_claim); accusations by another accuser, or against another, stay apart."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.model import DateRange
from storyline.pipeline import build_document
from storyline.resolve import resolve
from storyline.resolve.events import EventFeatures, cluster_events

WIRETAP = (
    (
        "2017-03-05",
        "President Trump called Sunday for a congressional investigation of his claims that "
        "predecessor Barack Obama had him wiretapped during last year's election.",
    ),
    (
        "2017-03-06",
        "President Trump leveled an unproven allegation this weekend that former President Barack "
        "Obama tapped his phones at Trump Tower a month before the election.",
    ),
    (
        "2017-03-06",
        "So President Trump set off a firestorm over the weekend with a series of tweets alleging "
        "that Obama had tapped Trump Tower.",
    ),
    (
        "2017-05-18",
        "Former FBI Director James Comey's accusation that President Donald Trump asked him to end "
        "an investigation into former national security adviser Michael Flynn startled many in "
        "Washington.",
    ),
)


def test_one_accusation_told_by_three_outlets_is_one_event_and_another_stays_apart():
    docs = [build_document(RawArticle(f"t{i}", t, "text"), p) for i, (p, t) in enumerate(WIRETAP)]
    res = resolve(list(analyse(docs)))
    accusations = [e for e in res.events if e.type == "ACCUSE"]
    docs_of = [{m.rsplit(":", 1)[0] for m in e.members} for e in accusations]
    biggest = max(accusations, key=lambda e: len(e.members))
    assert sorted(len(d) for d in docs_of)[-1] == 3, [(e.label, d) for e, d in zip(accusations, docs_of)]
    assert biggest.label == "Trump accuses Obama"
    assert len(accusations) == 2  # Comey's accusation of Trump is another


def _accusation(i: int, doc: str, agent: str, accused: str) -> EventFeatures:
    return EventFeatures(
        id=f"{doc}:e{i}",
        doc=doc,
        sent=0,
        type="ACCUSE",
        lemma="accuse",
        participants=frozenset({agent, accused}),
        key_participants=frozenset({accused}),
        agents=frozenset({agent}),
        date=DateRange("2017-03-04", "2017-03-04", "Saturday", "2017-03-04"),
    )


def test_accusations_by_another_accuser_or_against_another_never_merge():
    feats = [
        _accusation(0, "a", "trump", "obama"),
        _accusation(0, "b", "trump", "obama"),
        _accusation(0, "c", "spicer", "obama"),  # the same day, the same accused, another accuser
        _accusation(0, "d", "trump", "comey"),  # the same accuser, another accused
    ]
    groups = sorted(sorted(f.doc for f in g) for g in cluster_events(feats))
    assert groups == [["a", "b"], ["c"], ["d"]]
