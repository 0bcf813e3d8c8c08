"""Ask on real text of an eleventh story: the Alabama Senate special election (AllSides,
2017-12-12..14). Each test is one failure class of its dev set
(bench/data/ask_allsides_alabama.jsonl, written before any run), on sentences quoted from its
articles; every fix was checked on all the other dev sets."""

from __future__ import annotations

from tests.present.test_ask_rally import _answer

from storyline.present.ask.question import analyse
from storyline.present.ask.rank import _planned


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
