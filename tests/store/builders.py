"""Small hand-made analyses and resolutions for the store tests."""

from __future__ import annotations

from storyline.model import (
    Analysis,
    Certainty,
    Document,
    Entity,
    Event,
    EventMention,
    EventTime,
    Factuality,
    Mention,
    OffsetMap,
    Participant,
    Resolution,
    Sentence,
    Status,
)


def analysis(doc_id="d1", text="Alina Marek met Dmitri Volkov at the Grand Quay Hotel."):
    doc = Document(
        id=doc_id, source=f"{doc_id}.txt", original=text, text=text, offsets=OffsetMap.identity(len(text))
    )
    return Analysis(
        doc=doc,
        sentences=[Sentence(0, 0, len(text), text)],
        mentions=[Mention(f"{doc_id}:m0", 0, 0, 11, "Alina Marek", "PERSON", "Alina Marek")],
    )


def with_event(doc_id="d1"):
    """Marek met Volkov (a fact) and will meet him again (planned), with both resolved."""
    text = "Alina Marek met Dmitri Volkov. She will meet Volkov again."
    a = analysis(doc_id, text)
    a.sentences = [Sentence(0, 0, 30, text[:30]), Sentence(1, 31, len(text), text[31:])]
    a.mentions.append(Mention(f"{doc_id}:m1", 0, 16, 29, "Dmitri Volkov", "PERSON", "Dmitri Volkov"))
    people = [Participant(f"{doc_id}:m0", "agent"), Participant(f"{doc_id}:m1", "partner")]
    a.events = [
        EventMention(f"{doc_id}:e0", 0, "MEET", "met", "meet", 12, 15, people, doc=doc_id),
        EventMention(
            f"{doc_id}:e1",
            1,
            "MEET",
            "meet",
            "meet",
            text.index("meet"),
            text.index("meet") + 4,
            people,
            factuality=Factuality(time=EventTime.FUTURE, certainty=Certainty.PROBABLE),
            doc=doc_id,
        ),
    ]
    ents = [
        Entity("ent-marek", "Alina Marek", "PERSON", ["Alina Marek", "Marek"], [], [f"{doc_id}:m0"]),
        Entity("ent-volkov", "Dmitri Volkov", "PERSON", ["Dmitri Volkov"], [], [f"{doc_id}:m1"]),
    ]
    both = [Participant("ent-marek", "agent"), Participant("ent-volkov", "partner")]
    evs = [
        Event("ev-met", "MEET", "Marek meets Volkov", [f"{doc_id}:e0"], both, first_reported="2025-03-04"),
        Event(
            "ev-plan",
            "MEET",
            "Marek meets Volkov",
            [f"{doc_id}:e1"],
            both,
            status=Status.PLANNED,
            confidence=0.4,
        ),
    ]
    return a, Resolution(ents, evs)
