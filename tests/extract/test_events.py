"""extract/events.py on hand-built parses: triggers, participants and their roles, the place,
factuality on every mention, the document id, and ids from the shared allocator."""

from __future__ import annotations

from tests.extract.conftest import build, context, token

from storyline.extract import events
from storyline.extract.context import Ids
from storyline.model import Participant, Polarity, Special

MET_IN_MOSCOW = (
    "Flynn|Flynn|PROPN|NNP|nsubj|1 met|meet|VERB|VBD|ROOT|1 Kislyak|Kislyak|PROPN|NNP|dobj|1 "
    "in|in|ADP|IN|prep|1 Moscow|Moscow|PROPN|NNP|pobj|3 .|.|PUNCT|.|punct|1"
)
NEVER_MET = (
    "Sessions|Sessions|PROPN|NNP|nsubj|2 never|never|ADV|RB|neg|2 met|meet|VERB|VBD|ROOT|2 "
    "him|he|PRON|PRP|dobj|2 .|.|PUNCT|.|punct|2"
)
HELD_A_MEETING = (
    "Kushner|Kushner|PROPN|NNP|nsubj|1 held|hold|VERB|VBD|ROOT|1 a|a|DET|DT|det|3 "
    "meeting|meeting|NOUN|NN|dobj|1 with|with|ADP|IN|prep|1 Kislyak|Kislyak|PROPN|NNP|pobj|4 .|.|PUNCT|.|punct|1"
)
CALLED_FOR_RESIGNATION = (
    "Democrats|Democrats|PROPN|NNPS|nsubj|1 called|call|VERB|VBD|ROOT|1 for|for|ADP|IN|prep|1 "
    "the|the|DET|DT|det|4 resignation|resignation|NOUN|NN|pobj|2 of|of|ADP|IN|prep|4 "
    "Sessions|Sessions|PROPN|NNP|pobj|5 .|.|PUNCT|.|punct|1"
)


def _extract(spec, people=(), places=()):
    doc = build(spec)
    ctx = context(doc, people, places).sentence(0, next(doc.sents))
    return doc, ctx, events.extract(ctx)


def test_trigger_participants_place_and_a_fact():
    doc, ctx, (e,) = _extract(MET_IN_MOSCOW, people=("Flynn", "Kislyak"), places=("Moscow",))
    flynn, kislyak, moscow = ctx.mentions
    assert (e.type, e.trigger, e.lemma) == ("MEET", "met", "meet")
    assert doc.text[e.start : e.end] == "met"
    assert e.participants == [Participant(flynn.id, "agent"), Participant(kislyak.id, "patient")]
    assert e.location == moscow.id and e.location_text == "Moscow"
    assert e.factuality.happened and not e.negated
    assert e.doc == "d" and e.id == "d:e0" and e.sent == 0


def test_a_negated_mention_keeps_its_participants_and_says_it_did_not_happen():
    _, ctx, (e,) = _extract(NEVER_MET, people=("Sessions",))
    assert e.factuality.polarity is Polarity.NEG
    assert e.negated  # what callers that predate factuality read
    assert e.participants[0] == Participant(ctx.mentions[0].id, "agent")


def test_noun_trigger_takes_the_light_verbs_subject():
    _, ctx, found = _extract(HELD_A_MEETING, people=("Kushner", "Kislyak"))
    (e,) = [e for e in found if e.trigger == "meeting"]
    kushner, kislyak = ctx.mentions
    assert {p.ref: p.role for p in e.participants} == {kushner.id: "agent", kislyak.id: "participant"}
    assert e.factuality.happened


def test_a_demanded_resignation_is_not_a_fact():
    _, _, found = _extract(CALLED_FOR_RESIGNATION, people=("Sessions",))
    (e,) = [e for e in found if e.type == "RESIGN"]
    assert e.factuality.special is Special.DEMAND and e.negated


def test_arguments_is_public_and_reads_the_parse():
    doc = build(MET_IN_MOSCOW)
    got = [(t.text, role) for t, role in events.arguments(token(doc, "met"))]
    assert got == [("Flynn", "agent"), ("Kislyak", "patient")]


def test_ids_are_allocated_per_kind_across_sentences():
    ids = Ids("doc1")
    assert [ids.next("e"), ids.next("c"), ids.next("e")] == ["doc1:e0", "doc1:c0", "doc1:e1"]
    doc = build(MET_IN_MOSCOW)
    dctx = context(doc, ("Flynn", "Kislyak"))
    first = events.extract(dctx.sentence(0, next(doc.sents)))
    again = events.extract(dctx.sentence(0, next(doc.sents)))
    assert [e.id for e in first + again] == ["d:e0", "d:e1"]


def test_a_sentence_whose_extraction_fails_is_skipped_with_a_warning(monkeypatch, caplog):
    from storyline.extract import analyse
    from storyline.model import Document, OffsetMap

    text = "Flynn met Kislyak in Moscow. The parser chokes here. Trump fired Comey on May 9."
    real = events.extract

    def extract(ctx):
        if "chokes" in ctx.sent.text:
            raise ValueError("Invalid isoformat string: '2017-W23-W'")
        return real(ctx)

    monkeypatch.setattr(events, "extract", extract)
    doc = Document("x", "test", text, text, OffsetMap.identity(len(text)), published="2017-06-01")
    (a,) = analyse([doc])
    assert [e.trigger for e in a.events] == ["met", "fired"]
    assert len(a.sentences) == 3  # the sentence itself is kept; only its extraction is lost
    assert "sentence 1 skipped" in caplog.text and "2017-W23-W" in caplog.text
