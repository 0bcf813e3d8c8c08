"""Who does what a preposition's gerund tells, through the real extract stage: the subject of
the verb it hangs on ("admitted to meeting"), or the one blamed or thanked "for" it. Sentences
from AllSides 2016-2018 articles of other stories than the news-scale bench's events."""

from __future__ import annotations

import pytest

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _roles(text: str, trigger: str) -> dict[str, str]:
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2017-12-01")])
    keys = {m.id: m.key for m in a.mentions}
    (event,) = [e for e in a.events if e.trigger == trigger]
    return {keys[p.ref]: p.role for p in event.participants if p.ref in keys}


@pytest.mark.parametrize(
    "text,trigger,who,role",
    [
        # Politico: "after meeting" is Pence's meeting
        (
            "“It was a promise made on the campaign trail,” Pence said at a press conference after "
            "meeting with House Republicans.",
            "meeting",
            "Pence",
            "agent",
        ),
        # the one chided "for speaking" speaks, not the one who chides
        (
            "He chided his close colleague, Ron Wyden, the ranking Democrat on the Finance panel, for "
            "speaking out of turn.",
            "speaking",
            "Ron Wyden",
            "agent",
        ),
        # the gerund's own voice: sworn in (passive), then testifies (active)
        (
            "Christine Blasey Ford is sworn in before testifying the Senate judiciary committee on "
            "Capitol Hill on 27 September.",
            "testifying",
            "Christine Blasey Ford",
            "agent",
        ),
    ],
)
def test_a_prepositions_gerund_is_done_by_the_subject_or_the_one_blamed(text, trigger, who, role):
    assert _roles(text, trigger).get(who) == role


def test_one_blamed_for_recusing_is_who_recuses():
    # "has savaged his attorney general for recusing himself": not Trump
    roles = _roles(
        "Trump, who has savaged his attorney general for recusing himself from Special Counsel Robert "
        "Mueller’s Russia investigation, spoke on Monday.",
        "recusing",
    )
    assert "Trump" not in roles
