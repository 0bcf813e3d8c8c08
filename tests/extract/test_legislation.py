"""Legislative acts (extract/legislation.py) on real sentences parsed by the model: the Senate's
confirmations of Sessions (2017-02-08) and Gorsuch (2017-04-07) and its vote against the
"skinny repeal" of Obamacare (2017-07-28), quoted from the AllSides articles that report them
(bench/data/dedup_allsides.json); the same words outside a chamber from AllSides 2016."""

from __future__ import annotations

import pytest

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.extract.events import trigger_type
from storyline.extract.nlp import load
from storyline.model import Document

SENSES = [
    # a measure that failed, died, collapsed or was defeated was voted down
    (
        'The Senate\'s "skinny repeal" of ObamaCare failed late Thursday night by a vote of 51-49.',
        "failed",
        "VOTE",
    ),
    (
        "Collins and Murkowski joined McCain as the only three Republicans to vote against the bill, which died 51-49.",
        "died",
        "VOTE",
    ),
    (
        "It comes less than a day after the Republican push to repeal ObamaCare collapsed in the Senate.",
        "collapsed",
        "VOTE",
    ),
    (
        "As the bill was defeated, protesters outside the Capitol cheered and chanted “Yes, we did!”",
        "defeated",
        "VOTE",
    ),
    # a chamber confirming or approving a nominee
    (
        "A closely divided Senate confirmed the nomination of Jeff Sessions to be attorney general on Wednesday after a historically tumultuous confirmation process that saw the senator from Alabama come under fire for his views on race and civil rights.",
        "confirmed",
        "VOTE",
    ),
    (
        "The Senate approved Jeff Sessions as attorney general Wednesday, installing one of President Trump’s biggest backers at the head of the Justice Department after one of the nastiest confirmation battles in a generation.",
        "approved",
        "VOTE",
    ),
    (
        "He won a major victory with the Senate’s confirmation of his Supreme Court pick, Neil Gorsuch.",
        "confirmation",
        "VOTE",
    ),
    # the same words of no chamber's act
    (
        "Inside sources at Twitter have confirmed that the platform is covertly silencing voices of dissent against trendy social justice narratives.",
        "confirmed",
        "CONFIRM",
    ),
    (
        "Hillary Clinton steps down a staircase after making a concession speech following her defeat to Republican President-elect Donald Trump, in New York on November 9, 2016.",
        "defeat",
        "ELECT",  # a candidate's defeat: an election result (extract/elections.py), not a vote
    ),
    ("But a wall of police officers blocked the entrance.", "blocked", None),
    ("Nancy Reagan has died at the age of 94, according to TMZ .", "died", "DIE"),
]


@pytest.mark.parametrize("text,word,expected", SENSES, ids=[f"{w}-{e}" for _, w, e in SENSES])
def test_a_chambers_act_is_a_vote(text, word, expected):
    got = {trigger_type(t) for t in load()(text) if t.text == word}
    assert got == {expected}


def _votes(text: str) -> list[tuple[str, set[str]]]:
    """(trigger, the texts of its participants) of each VOTE the extractor finds in text."""
    c = clean_text(text)
    doc = Document(
        id="d", source="d", original=c.original, text=c.text, offsets=c.offsets, published="2017-07-28"
    )
    (a,) = analyse([doc])
    text_of = {m.id: m.text for m in a.mentions}
    return [(e.trigger, {text_of[p.ref] for p in e.participants}) for e in a.events if e.type == "VOTE"]


def test_what_a_vote_is_on_is_its_participant():
    # the law the bill would repeal: shared by reports that name the vote in other words
    votes = _votes(
        "At 1:45am on July 28th 2017, Republican Senator John McCain together with Lisa Murkowski and "
        "Susan Collins voted against the ObamaCare repeal in the Senate."
    )
    assert any(t == "voted" and "ObamaCare" in who for t, who in votes), votes
    votes = _votes(
        "Sen. John McCain cast the crucial surprise vote that killed Senate Republicans' last-resort "
        "ObamaCare repeal bill early Friday morning."
    )
    assert any(t == "killed" and "ObamaCare" in who for t, who in votes), votes


def test_the_possessor_of_a_confirmation_is_the_nominee_not_its_agent():
    text = "Americans—especially Evangelicals—stand to benefit from Judge Gorsuch’s confirmation."
    c = clean_text(text)
    (a,) = analyse([Document(id="d", source="d", original=c.original, text=c.text, offsets=c.offsets)])
    text_of = {m.id: m.text for m in a.mentions}
    (vote,) = [e for e in a.events if e.trigger == "confirmation"]
    assert vote.type == "VOTE"
    assert ("Gorsuch", "patient") in [(text_of[p.ref], p.role) for p in vote.participants]
