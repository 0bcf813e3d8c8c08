"""Named laws (extract/entities.py, resolve/entities.py) on real sentences of the AllSides
reports of the Senate's vote against the "skinny repeal" of Obamacare (2017-07-28, in
bench/data/dedup_allsides.json): a law's name is an entity, what a vote on it is on, and a law
given two names in one text ("also known as", "or", an acronym in brackets) is one entity."""

from __future__ import annotations

import pytest

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Analysis, Document
from storyline.resolve.entities import resolve_entities


def _analyse(*texts: str) -> list[Analysis]:
    docs = []
    for i, text in enumerate(texts):
        c = clean_text(text)
        docs.append(Document(id=f"d{i}", source=f"d{i}", original=c.original, text=c.text, offsets=c.offsets))
    return list(analyse(docs))


ALSO_KNOWN = (
    "That effort took on added significance following the stunning defeat early Friday morning of a "
    "Republican bill to do away with some parts of the Affordable Care Act, also known as Obamacare, "
    "leaving lawmakers scrambling to decide what to do next."
)
OR_NAME = (
    "The president's tweetstorm comes barely a day and a half after Senate Republicans failed to "
    'muster even the 50 votes needed to pass a "skinny" bill to repeal key parts of Obamacare, or the '
    "Affordable Care Act."
)
AGAINST_ACT = (
    "AMY GOODMAN: In an historic defeat for the Republican Party, the Senate voted 49 to 51 early this "
    "morning against a bill that would have repealed key parts of the Affordable Care Act."
)


def test_a_vote_on_a_bill_against_a_named_law_is_on_that_law():
    (a,) = _analyse(AGAINST_ACT)
    text = {m.id: m.text for m in a.mentions}
    (vote,) = [e for e in a.events if e.trigger == "voted"]
    assert "the Affordable Care Act" in {text[p.ref] for p in vote.participants if p.role == "patient"}


def test_a_second_name_given_for_a_law_resolves_to_the_first():
    (a,) = _analyse(ALSO_KNOWN)
    (nick,) = [m for m in a.mentions if m.text == "Obamacare"]
    assert nick.key.endswith("Affordable Care Act")


def test_two_documents_naming_a_law_twice_make_one_entity_of_its_names():
    lone = "It comes less than a day after the Republican push to repeal ObamaCare collapsed in the Senate."
    analyses = _analyse(ALSO_KNOWN, OR_NAME, lone, AGAINST_ACT)
    _, mention_entity = resolve_entities(analyses)
    held = {mention_entity[m.id] for a in analyses for m in a.mentions if "care" in m.text.lower()}
    assert len(held) == 1


def test_one_document_saying_so_is_not_enough():
    lone = "It comes less than a day after the Republican push to repeal ObamaCare collapsed in the Senate."
    analyses = _analyse(ALSO_KNOWN, lone, AGAINST_ACT)
    _, mention_entity = resolve_entities(analyses)
    held = {mention_entity[m.id] for a in analyses for m in a.mentions if "care" in m.text.lower()}
    assert len(held) == 2


def test_two_bodies_in_a_list_keep_their_names():
    (a,) = _analyse(
        "The bill, which passed the House in May, now goes to the Senate, or the full Congress, for a vote."
    )
    keys = {m.text: m.key for m in a.mentions}
    assert keys["the full Congress" if "the full Congress" in keys else "Congress"] != keys["Senate"]


def test_a_vote_under_until_has_not_happened():
    # The Atlantic, 2017-02-08, the day the Senate confirmed Sessions; "votes" parsed as a noun
    (a,) = _analyse(
        "Jeff Sessions is President Trump’s nominee for attorney general, but until the Senate votes to "
        "confirm him to that post, he is still one of its 100 sitting members—he remains, in the "
        "politesse of the world’s greatest deliberative body, “the gentleman from Alabama.”"
    )
    (vote,) = [e for e in a.events if e.trigger == "votes"]
    assert not vote.factuality.happened


def test_a_past_act_under_before_happened():
    (a,) = _analyse(
        "Sessions met twice with the Russian ambassador before he was confirmed as attorney general."
    )
    (confirmed,) = [e for e in a.events if e.trigger == "confirmed"]
    assert confirmed.factuality.happened


FAILED = [
    # Washington Times, 2017-07-28
    (
        "Some House Republicans gathered on Capitol Hill Friday slammed the Senate for failing to pass its "
        "health care repeal bill earlier in the morning, saying they took care of business a few months ago.",
        True,
    ),
    # the same words as a plan, not a vote that took place
    ("Democrats hope the Senate will fail to pass the repeal bill next week.", False),
]


@pytest.mark.parametrize("text,happened", FAILED)
def test_a_measure_that_failed_to_pass_was_voted_on(text, happened):
    (a,) = _analyse(text)
    (vote,) = [e for e in a.events if e.trigger == "pass"]
    assert vote.type == "VOTE"
    assert vote.factuality.happened is happened and vote.negated is not happened


def test_a_document_giving_a_second_name_is_a_candidate_for_its_reports():
    # resolution runs per component of documents sharing a key: the document that gives both
    # names must share one with a document naming only "ObamaCare"
    from storyline.resolve.blocking import doc_keys

    given, lone, other = _analyse(
        ALSO_KNOWN,
        "It comes less than a day after the push to repeal ObamaCare collapsed.",
        "The push to repeal the Affordable Care Act collapsed.",
    )
    assert doc_keys(given) & doc_keys(lone)
    assert doc_keys(given) & doc_keys(other)
