"""Ask on real text of a seventh story: the withdrawal from the Paris climate agreement (AllSides,
June 2017). Each test is one failure class of the Paris dev set
(bench/data/ask_allsides_paris.jsonl), on sentences quoted from its articles."""

from __future__ import annotations

import pytest
from tests.conftest import allsides_store
from tests.present.test_ask_rally import _answer

from storyline.present.ask import NOT_SAID, ask
from storyline.present.ask.answer import phrase_in
from storyline.present.ask.match import kw_matches, matches, synonym_matches, words
from storyline.present.ask.question import analyse
from storyline.present.ask.speakers import speaks


def test_a_noun_made_of_a_verb_is_told_by_the_verb():
    # Politico 2017-06-01: "the pact that nearly 200 nations agreed to in December 2015"
    assert matches("agreement", words("the pact that nearly 200 nations agreed to"))
    assert matches("announcement", words("Trump announced Thursday"))
    # ... but a verb is not its noun: "regardless of recommendation" recommends no one
    assert not matches("recommend", words("regardless of recommendation, I was going to fire Comey"))


def test_another_verb_for_the_happening():
    # "plowed into" for "rammed", "quit" for "resigned"; a noun made of it does not count
    assert synonym_matches("ram", words("a car plowed into a crowd of counter-protesters"))
    assert synonym_matches("resign", words("Plank quit the council"))
    # a car attack is no verbal one: "attack" has no group ("Trump slammed the media")
    assert not synonym_matches("attack", words("Trump slammed the media"))
    assert not synonym_matches("reach", words("the agreement"))
    assert synonym_matches("reach", words("nations agreed to it"))
    # speaking is saying only for where and when: whom one spoke to is not whom one spoke of
    assert not synonym_matches("speak", words("Trump said"))
    assert synonym_matches("speak", words("Clinton said Wednesday"), "where")
    # a keyword by its verb's group: "pull out" for "withdrawal"
    assert kw_matches("withdrawal", words("he will pull out of the Paris climate agreement"))


def test_how_long_did_it_take_asks_about_the_verb_taken():
    q = analyse("How long did the Paris agreement take to negotiate?")
    assert q.trigger == "negotiate"
    # Politico 2017-06-01: "Paris" stands for the agreement the question names
    text = '"Paris, in effect, took 20 years to negotiate and reflects a profound accommodation of U.S. demands."'
    assert q.named_by == {"agreement": "paris"}
    assert _answer("How long did the Paris agreement take to negotiate?", text) == "20 years"


def test_a_place_in_a_quote_is_not_where_it_was_said():
    # Politico 2017-06-01
    text = (
        "“What’s really stupid about it is they’re throwing out the economic opportunities that being part"
        " of the Paris agreement provide for the United States,” Hillary Clinton said Wednesday in an"
        " appearance at a tech industry conference."
    )
    assert _answer("Where did Hillary Clinton speak on Wednesday?", text) == "a tech industry conference"


def test_a_named_place_qualifying_where_it_happened():
    # Politico 2017-06-01: the speech the news was delivered in, not an object of "pull"
    text = (
        "President Donald Trump announced Thursday that he will pull out of the Paris climate agreement,"
        " delivering the news in a Rose Garden speech loaded with the rhetoric of his campaign."
    )
    found = phrase_in(analyse("Where did Trump announce the withdrawal?"), text)
    assert found is not None and "Rose Garden" in found[0] and found[1] >= 0.8
    # Vox 2017-06-01: "pull the United States out" is what, not where
    text = "President Donald Trump announced on Thursday that he’d decided to pull the United States out."
    found = phrase_in(analyse("Where did Trump announce the withdrawal?"), text)
    assert found is None or found[1] < 0.5
    # Politico 2017-06-01: an organisation a noun is named after is no place
    text = (
        "Tesla CEO Elon Musk and Walt Disney CEO Robert Iger reacted by announcing they would quit"
        " participating in White House advisory councils because of Trump's withdrawal."
    )
    found = phrase_in(analyse("Where did Trump announce the withdrawal?"), text)
    assert found is None or found[1] < 0.5


def test_a_place_the_question_writes_is_not_the_answer():
    # InfoWars 2017-06-03: the rally is named after two cities, neither is where it was
    text = (
        "The Trump campaign called for a “Pittsburgh, Not Paris” rally late Friday night to emphasize the"
        " president’s reasoning behind rejecting the Paris Accord."
    )
    assert _answer("Where was the Pittsburgh, Not Paris rally held?", text) is None


def test_the_subject_of_a_clause_ending_with_saying_speaks():
    # Politico 2017-06-01
    text = (
        "In France, President Emmanuel Macron shifted to English in a televised address Thursday night to"
        " offer an oblique jab at Trump, saying, “We all share our responsibility: Make our planet great again.”"
    )
    assert speaks("Macron", text)
    assert not speaks("Trump", text)
    assert not speaks("Comey", "Trump attacked Comey on Twitter, saying he was a showboat.")


def test_according_is_no_word_but_accord_is():
    q = analyse("Where did Pence speak about the Paris accord?")
    assert "accord" in q.keywords
    assert "accord" not in analyse("How much would GDP fall according to Trump?").keywords


URLS = {
    "http://www.washingtontimes.com/news/2017/jun/2/mike-pence-donald-trump-open-renegotiating-paris-d/",
    "http://www.politico.com/story/2017/06/01/white-house-tells-supporters-it-will-exit-paris-deal-239029",
    "http://www.cnn.com/2017/06/01/politics/us-paris-agreement-trump/index.html",
}


@pytest.fixture(scope="module")
def accord_store(tmp_path_factory):
    store = allsides_store(tmp_path_factory.mktemp("accord"), URLS)
    yield store
    store.close()


def test_where_someone_spoke_as_a_pronoun_said_it(accord_store):
    # Washington Times 2017-06-02: "“Yesterday Mr. Trump made it very clear that we’re withdrawing
    # from the Paris accord ...,” he said on Fox News." (he: Mike Pence, named the sentence before)
    res = ask(accord_store, "Where did Pence speak about the Paris accord?")
    assert res.answer == "Fox News"
    assert any("he said on Fox News" in e.text for e in res.evidence)


def test_when_an_agreement_was_reached_as_agreed(accord_store):
    # CNN 2017-06-01: "Agreed to at the 21st Conference of Parties, or COP21, in 2015, the Paris
    # Agreement had just one major aim ..."
    res = ask(accord_store, "When was the Paris agreement reached?")
    assert "2015" in res.answer
    assert any("Agreed to at the 21st Conference" in e.text for e in res.evidence)
    # unanswerable stays so: a synonym does not make an answer up
    assert ask(accord_store, "When did Pence meet Xi Jinping?").answer == NOT_SAID


def test_who_did_it_after_someone_is_not_that_someone():
    q = analyse("Who resigned from the manufacturing council after Frazier?")
    assert "Frazier" in q.names
    # Reuters 2017-08-14: Frazier resigned; the council is not who resigned
    assert (
        _answer(
            "Who resigned from the manufacturing council after Frazier?",
            "Merck CEO Kenneth Frazier, who is black, resigned from Trump’s American Manufacturing Council,"
            " saying expressions of hatred and bigotry must be rejected.",
        )
        is None
    )
    # The Guardian 2017-08-14: another verb for it, and who did it
    text = (
        "Under Armour’s Kevin Plank quit after Kenneth Frazier, the CEO of pharmaceutical giant Merck and one"
        " of the US’s most high-profile African American executives, stepped down from the council on Monday"
        " as Trump came under intense criticism for initially failing to condemn white supremacists."
    )
    assert "Plank" in (_answer("Who resigned from the manufacturing council after Frazier?", text) or "")


def test_an_institution_with_the_place_it_is_of():
    # InfoWars 2017-06-03, quoting the Washington Times
    text = (
        "“The rally, named after Mr. Trump’s remark about representing ‘citizens of Pittsburgh, not Paris’"
        " when announcing he was ripping up the Obama-era agreement, was organized by the Republican Party"
        " of Fairfax Country, Virginia, in the D.C. suburbs,” reported the Washington Times."
    )
    assert (
        _answer("Who organized the Pittsburgh, Not Paris rally?", text)
        == "the Republican Party of Fairfax Country"
    )
