"""Ask on real text of an eleventh story: the Alabama Senate special election (AllSides,
2017-12-12..14). Each test is one failure class of its dev set
(bench/data/ask_allsides_alabama.jsonl, written before any run), on sentences quoted from its
articles; every fix was checked on all the other dev sets."""

from __future__ import annotations

import pytest
from tests.conftest import allsides_store
from tests.present.test_ask_rally import _answer

from storyline.present.ask.question import analyse
from storyline.present.ask.rank import _planned

ARTICLES = {
    "https://www.thedailybeast.com/how-the-press-corps-found-itself-on-the-ballot-in-alabama",
    # another story's (Kavanaugh): the same class
    "http://www.foxnews.com/politics/2018/09/29/fbi-contacts-2nd-kavanaugh-accuser-trump-says-extra"
    "-scrutiny-may-be-blessing-in-disguise.html",
}


@pytest.fixture(scope="module")
def election_store(tmp_path_factory):
    store = allsides_store(tmp_path_factory.mktemp("alabama"), ARTICLES)
    yield store
    store.close()


def test_a_name_between_commas_before_the_verb_is_who_did_it():
    # The Hill 2017-12-13: the small model hangs "Josh Holmes" on "McConnell", not on "chief"
    text = (
        "Before the results were known on Tuesday evening, a former chief of staff to McConnell, Josh"
        " Holmes, tweeted a sarcastic thank-you to Bannon “for showing us how to lose the reddest state"
        " in the union.”"
    )
    assert _answer("Who tweeted a sarcastic thank-you to Bannon?", text) == "Josh Holmes"
    # a name set off by commas elsewhere in the sentence is not the subject
    other = (
        "Alabama’s senior Republican senator, Richard Shelby, said he didn’t vote for Moore and instead"
        " wrote in the name of another Republican."
    )
    assert _answer("Who wrote in the name of another Republican?", other) == "Richard Shelby"


def test_a_share_counts_in_percent():
    # Fox News 2017-12-13; National Review 2017-12-13
    text = "With 100 percent of precincts reporting, Jones had 49.9 percent to Moore's 48.4 percent."
    assert _answer("How many precincts reported?", text) == "100 percent"
    count = (
        "The Associated Press reported that with all 2,220 precincts reporting, Jones received 671,151"
        " votes, 50 percent, to Moore’s 650,436, 48.4 percent."
    )
    assert _answer("How many precincts reported?", count) == "2,220"
    assert _answer("How many write-in votes were cast?", "There were 22,819 write-in votes cast.") == "22,819"


def test_a_negated_future_is_still_ahead():
    # Fox News 2017-12-13: "won't be seated ... until January" speaks of what will be
    text = "Jones likely won't be seated in Congress until January."
    assert _planned(text, "seat")
    assert _planned("Jones likely won’t be seated in Congress until January.", "seat")
    assert not _planned("Jones was seated in Congress in January.", "seat")


def test_where_one_was_put_is_a_scene_the_sentence_before_may_tell():
    # Fox News 2017-12-13: the seat is named one sentence before the one that says who appointed him
    q = analyse("Who appointed Luther Strange to the seat?")
    assert "seat" in q.context and "seat" not in q.keywords
    text = "Strange was appointed by then-Gov. Robert Bentley, who later resigned in the cloud of a scandal."
    assert _answer("Who appointed Luther Strange to the seat?", text) == "Robert Bentley"
    # a name after "to" is no scene: "who wrote to Grassley" needs him
    assert "grassley" in analyse("Who wrote a letter to Grassley?").name_keys


def test_a_name_that_qualifies_a_definite_noun_may_be_left_to_the_article(election_store):
    from storyline.present.ask import ask

    assert analyse("When is the FBI inquiry expected to wrap?").qualifies == {"fbi": "inquiry"}
    assert analyse("How long did the Moore rally last?").qualifies == {"moore": "rally"}
    # a misparsed subject ("Did Trump record ...": no "the") qualifies nothing
    assert analyse("Did Trump record a robocall for Moore?").qualifies == {}
    # Fox News 2018-09-29: "The inquiry is expected to wrap by Friday."
    got = ask(election_store, "When is the FBI inquiry expected to wrap?")
    assert "Friday" in got.answer and "wrap by Friday" in got.evidence[0].text
    # Daily Beast 2017-12-12: "During the rally—which lasted two and a half hours ..."
    got = ask(election_store, "How long did the Moore rally last?")
    assert got.answer == "two and a half hours"
    # the article must name the one asked about: no rally of someone it never names
    assert ask(election_store, "How long did the Obama rally last?").answer == "The sources do not say."
