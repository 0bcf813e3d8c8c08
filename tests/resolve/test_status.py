"""Event status from the factuality of every mention and the sources' denials (resolve/status.py),
on hand-built analyses: factuality set explicitly, as the extractor will set it."""

from __future__ import annotations

from storyline.model import (
    TIMELINE_STATUSES,
    Analysis,
    Certainty,
    Claim,
    Document,
    Event,
    EventMention,
    EventTime,
    Factuality,
    Mention,
    OffsetMap,
    Participant,
    Polarity,
    Sentence,
    Special,
    Status,
)
from storyline.resolve import resolve
from storyline.resolve.status import combine, mention_status, set_status

NEG = Factuality(polarity=Polarity.NEG)
FUTURE = Factuality(time=EventTime.FUTURE)
DEMAND = Factuality(special=Special.DEMAND)
MAYBE = Factuality(certainty=Certainty.POSSIBLE)
FACT = Factuality()


def _mention(id_: str, factuality: Factuality = FACT, negated: bool = False) -> EventMention:
    return EventMention(id_, 0, "MEET", "met", "meet", 0, 3, factuality=factuality, negated=negated)


def test_each_mention_says_one_thing():
    assert mention_status(_mention("a")) is Status.HAPPENED
    assert mention_status(_mention("a", NEG)) is Status.NOT_HAPPENED
    assert mention_status(_mention("a", FUTURE)) is Status.PLANNED
    assert mention_status(_mention("a", DEMAND)) is Status.POSSIBLE
    assert mention_status(_mention("a", MAYBE)) is Status.POSSIBLE
    # "will not meet": a negation is a denial whatever its tense
    assert (
        mention_status(_mention("a", Factuality(Polarity.NEG, time=EventTime.FUTURE))) is Status.NOT_HAPPENED
    )
    # a plan stated as only possible is possible; one stated as expected is planned
    assert (
        mention_status(_mention("a", Factuality(certainty=Certainty.POSSIBLE, time=EventTime.FUTURE)))
        is Status.POSSIBLE
    )
    assert (
        mention_status(_mention("a", Factuality(certainty=Certainty.PROBABLE, time=EventTime.FUTURE)))
        is Status.PLANNED
    )
    # a negation under a condition or a hedge denies nothing: "if Trump had not appointed him"
    assert (
        mention_status(_mention("a", Factuality(Polarity.NEG, special=Special.CONDITIONAL)))
        is Status.POSSIBLE
    )
    assert mention_status(_mention("a", Factuality(Polarity.NEG, Certainty.POSSIBLE))) is Status.POSSIBLE
    assert mention_status(_mention("a", Factuality(Polarity.NEG, Certainty.PROBABLE))) is Status.NOT_HAPPENED
    # "reportedly met": hedged, not stated as fact
    assert mention_status(_mention("a", Factuality(certainty=Certainty.PROBABLE))) is Status.POSSIBLE
    # the older extractor's flag alone (no factuality read) is not a fact
    assert mention_status(_mention("a", negated=True)) is Status.POSSIBLE


def test_statuses_combine_over_all_reports():
    H, N, P, Q = Status.HAPPENED, Status.NOT_HAPPENED, Status.PLANNED, Status.POSSIBLE
    assert combine([H, H]) is H
    assert combine([H, N]) is Status.DISPUTED
    assert combine([H], denied=True) is Status.DISPUTED
    assert combine([N, P]) is N
    assert combine([P, Q]) is P
    assert combine([Q]) is Q
    assert combine([Q], denied=True) is N


def test_set_status_counts_denials_confidence_and_first_report():
    mentions = {"d1:e0": _mention("d1:e0"), "d2:e0": _mention("d2:e0"), "d3:e0": _mention("d3:e0", NEG)}
    docs = {"d1:e0": "d1", "d2:e0": "d2", "d3:e0": "d3"}
    published = {"d1": "2017-05-26", "d2": "2017-03", "d3": None}
    ev = set_status(Event("ev", "MEET", "x", members=["d1:e0", "d2:e0"]), mentions, [], docs, published)
    assert ev.status is Status.HAPPENED and ev.first_reported == "2017-03"
    assert 0.8 < ev.confidence < 1  # two documents agree
    alone = set_status(Event("ev", "MEET", "x", members=["d1:e0"]), mentions, [], docs, published)
    assert alone.confidence < ev.confidence
    deny = Claim("d4:c0", 0, "DENY", "He denied it", 0, 12, event="d1:e0", doc="d4")
    disputed = set_status(
        Event("ev", "MEET", "x", members=["d1:e0", "d2:e0"]), mentions, [deny], docs, published
    )
    assert disputed.status is Status.DISPUTED
    by_mention = set_status(
        Event("ev", "MEET", "x", members=["d1:e0", "d3:e0"]), mentions, [], docs, published
    )
    assert by_mention.status is Status.DISPUTED
    kept = Event("ev", "MEET", "x", members=["d1:e0"], first_reported="2017-01-01")
    assert set_status(kept, mentions, [], docs, published).first_reported == "2017-01-01"


def _analysis(doc_id: str, text: str, published: str, events: list[tuple[str, str, Factuality]]) -> Analysis:
    """One sentence naming two people, and events whose triggers are words of it."""
    doc = Document(doc_id, f"{doc_id}.txt", text, text, OffsetMap.identity(len(text)), published=published)
    a = Analysis(doc, [Sentence(0, 0, len(text), text)])
    for name in ("Michael Flynn", "Sergey Kislyak"):
        start = text.index(name)
        a.mentions.append(
            Mention(f"{doc_id}:m{len(a.mentions)}", 0, start, start + len(name), name, "PERSON", name)
        )
    for type_, trigger, factuality in events:
        start = text.index(trigger)
        a.events.append(
            EventMention(
                f"{doc_id}:e{len(a.events)}",
                0,
                type_,
                trigger,
                trigger,
                start,
                start + len(trigger),
                [Participant(a.mentions[0].id, "agent"), Participant(a.mentions[1].id, "partner")],
                factuality=factuality,
                doc=doc_id,
            )
        )
    return a


def test_resolve_keeps_events_that_did_not_happen_with_their_status():
    analyses = [
        _analysis("d1", "Michael Flynn will call Sergey Kislyak.", "2017-01-02", [("CALL", "call", FUTURE)]),
        _analysis(
            "d2",
            "Michael Flynn did not testify about Sergey Kislyak.",
            "2017-03-01",
            [("TESTIFY", "testify", NEG)],
        ),
    ]
    res = resolve(analyses)
    status = {ev.type: ev for ev in res.events}
    assert status["CALL"].status is Status.PLANNED and status["CALL"].first_reported == "2017-01-02"
    assert status["TESTIFY"].status is Status.NOT_HAPPENED
    assert not [ev for ev in res.events if ev.status in TIMELINE_STATUSES]
    assert res.contradictions == []
