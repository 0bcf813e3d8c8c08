"""Ask on real text of a ninth story: the firing of Rex Tillerson (AllSides, 2018-03-13..14). Each
test is one failure class of the Tillerson dev set (bench/data/ask_allsides_tillerson.jsonl,
written before any run), on sentences quoted from its articles; every fix was checked on all the
other dev sets."""

from __future__ import annotations

import pytest
from tests.conftest import allsides_store
from tests.present.test_ask_rally import _answer, _sentence

from storyline.present.ask import ask
from storyline.present.ask.answer import phrase_in
from storyline.present.ask.happen import _polarity
from storyline.present.ask.match import matches, noun_matches, words
from storyline.present.ask.question import analyse


def test_a_part_out_of_a_whole_counts_the_part():
    # Vox 2018-03-13
    text = (
        "Only 64 out of 153 political appointees were confirmed by the Senate, according to a count by the"
        " Washington Post and Partnership for Public Service."
    )
    assert _answer("How many political appointees were confirmed by the Senate?", text) == "64"
    # the whole, when no part is given
    assert _answer("How many appointees were there?", "There were 153 political appointees.") == "153"


def test_a_name_that_only_says_whose_is_not_the_one_done_to():
    # The Hill 2018-03-13 (an AP tweet): the aide was fired, not Tillerson
    q = "Who was fired after contradicting the White House account?"
    text = "Officials: White House fires top Tillerson aide who contradicted account of secretary of state's dismissal."
    assert _answer(q, text) is None
    # USA TODAY 2018-03-13
    text = "Goldstein was then fired for contradicting the White House's account of Tillerson's dismissal."
    assert _answer(q, text) == "Goldstein"


def test_the_date_of_the_questions_own_verb_not_of_a_noun():
    # Reuters 2018-03-14: "ends on March 31", not "at the end of Tuesday"
    text = (
        "He said his tenure ends on March 31 but he would delegate his responsibilities to John Sullivan,"
        " deputy secretary of state, at the end of Tuesday."
    )
    assert _answer("When does Tillerson's tenure end?", text) == "March 31"


def test_a_time_of_day_and_a_name_after_a_stranded_from():
    # Reuters 2018-03-14
    text = (
        "At the State Department, a visibly emotional Tillerson said Trump called him around noon from Air"
        " Force One, hours after he was summarily dismissed via Twitter."
    )
    assert _answer("Where did Trump call Tillerson from?", text) == "Air Force One"
    assert _answer("When did Trump call Tillerson from Air Force One?", text) == "around noon"


def test_a_tweets_signature_date_is_not_when_it_happened():
    # The Daily Caller 2018-03-13: the date is when David Corn tweeted
    text = (
        "Tillerson says Russia clearly involved in poisoning of former Russian spy in UK. Trump fires"
        " Tillerson. #JustSaying — David Corn (@DavidCornDC) March 13, 2018"
    )
    assert _answer("When did Trump fire Tillerson?", text) is None


def test_asked_whether_is_answered_by_the_reply():
    # Townhall 2018-03-13
    q = analyse("Did Trump consult Tillerson about meeting Kim Jong Un?")
    text = (
        "When asked about whether he consulted Tillerson about accepting an invitation to meet with North"
        " Korea's Kim Jong, Trump said he didn't speak with him about the issue."
    )
    assert _polarity(_sentence(text), q) is False


def test_the_one_asked_about_done_to_left_out_or_another_partner():
    # Breitbart 2018-03-13: Trump thanks Tillerson, not the other way round
    q = analyse("Did Tillerson thank Trump in his remarks?")
    assert q.subject == "tillerson"
    assert _polarity(_sentence("Thank you to Rex Tillerson for his service!"), q) is None
    # USA TODAY 2018-03-13
    text = "He thanked his diplomats, the military and the American people — but not Trump."
    assert _polarity(_sentence(text), q) is False
    # Reuters 2018-03-14 (a photo caption): speaking to the media is not speaking to Trump
    q = analyse("Did Tillerson speak to Trump before he was fired?")
    text = "Rex Tillerson speaks to the media at the U.S. State Department after being fired by President Donald Trump."
    assert _polarity(_sentence(text), q) is None
    # a meeting has no direction: "Kislyak met Sessions" is Sessions meeting Kislyak
    q = analyse("Did Sessions meet Kislyak?")
    assert _polarity(_sentence("Kislyak met Sessions twice in 2016."), q) is True


def test_a_verb_asked_about_is_found_as_its_noun_for_a_when_or_a_number():
    # Breitbart 2018-03-13
    ws = words(
        "Trump’s surprise announcement took place less than four hours after Tillerson’s flight landed."
    )
    assert not matches("announce", ws) and noun_matches("announce", ws)
    assert not noun_matches("depart", words("The State Department said so."))


ARTICLES = {
    "https://www.reuters.com/article/us-usa-trump-tillerson/"
    "trump-fires-chief-diplomat-tillerson-after-clashes-taps-pompeo-idUSKCN1GP1NJ",
    "http://thehill.com/homenews/administration/378073-tillerson-ousted-as-secretary-of-state-report",
    "https://www.usatoday.com/story/news/politics/2018/03/13/"
    "why-secretary-state-rex-tillerson-fired-now-and-what-analysis-why-now-and-what-means-going-ahead-kor/417732002/",
}


@pytest.fixture(scope="module")
def firing(tmp_path_factory):
    store = allsides_store(tmp_path_factory.mktemp("firing"), ARTICLES)
    yield store
    store.close()


def test_the_sentence_before_supplies_what_a_sentence_leaves_to_it(firing):
    """Reuters 2018-03-14 "Tillerson never denied using the word." after the sentence with the
    word; USA TODAY 2018-03-13 "“It is disturbing ...,” he said." after Cardin's sentence."""
    got = ask(firing, "Did Tillerson deny calling Trump a moron?")
    assert got.answer.startswith("No:") and "never denied" in got.answer
    got = ask(firing, "What did Ben Cardin say about the change?")
    assert "It is disturbing" in got.answer
    assert any("Cardin" in e.text for e in got.evidence)


def test_a_hearing_asked_ahead(firing):
    """Reuters 2018-03-14: "If confirmed ... after an April committee hearing, Pompeo will be
    taking over": the sentence speaks of what will be, though no plan word is before "hearing"."""
    got = ask(firing, "When will the Senate committee hold a hearing on Pompeo?")
    assert got.answer.startswith("April")


def test_an_acronym_asked_is_found_written_out(tmp_path):
    """Paris dev set (Christian Science Monitor, Politico 2017-06-01/02): "GDP" asked, "gross
    domestic product" written; the store's own "gross domestic product (GDP)" spells it out."""
    from tests.stores import ingest_texts

    from storyline.present.ask.names import expansions

    store = ingest_texts(
        tmp_path,
        {
            "states": "New York and California – together with the states of Washington and Connecticut, which"
            " have also signed on – represent nearly one-quarter of America’s gross domestic product (GDP).",
            "study": "Trump cited a study on the cost of the accord. Those figures, including a prediction that"
            " U.S. gross domestic product would fall $2.9 trillion by 2040, were taken from a March study by"
            " NERA Economic Consulting.",
        },
    )
    try:
        assert expansions(store, "GDP") == ["gross domestic product"]
        assert ask(store, "How much would GDP fall by 2040 according to Trump?").answer == "$2.9 trillion"
    finally:
        store.close()


def test_a_quote_by_he_two_sentences_after_the_speaker(tmp_path):
    """Kavanaugh dev set (2018-09-28): "He added: “I do not recall the events ...”" two sentences
    after "... Judge wrote in a letter to the committee Thursday."; the sentence between is his
    quote too, with nobody else saying anything."""
    from tests.stores import ingest_texts

    text = (
        "Mark Judge, a high school friend of Brett Kavanaugh, did not appear at the hearing. “As a recovering"
        " alcoholic and a cancer survivor, I have struggled with depression and anxiety,” Judge wrote in a"
        " letter to the committee Thursday. “As a result, I avoid public speaking.” He added: “I do not recall"
        " the events described by Dr. Ford in her testimony before the U.S. Senate Judiciary Committee today."
        " I never saw Brett act in the manner Dr. Ford describes.”"
    )
    store = ingest_texts(tmp_path, {"judge": text})
    try:
        got = ask(store, "What did Mark Judge say about Ford's testimony?")
        assert "I do not recall the events" in got.answer
    finally:
        store.close()


def test_a_phrasal_verbs_to_and_a_turning_point():
    # Manafort dev set, Fox 2017-10-30; The Guardian 2017-10-30
    text = (
        "Paul Manafort, President Trump's former campaign chairman, turned himself in to the FBI on Monday"
        " after being charged in a 12-count indictment."
    )
    q = analyse("Where did Manafort turn himself in?")
    assert _answer(q.text, text) == "FBI"
    fbi = phrase_in(q, text)
    # "a turning point in Mueller's investigation": no turning there, a guess at most
    other = phrase_in(
        q, "Manafort’s surrender marks a turning point in Mueller’s investigation into the campaign."
    )
    assert fbi is not None and (other is None or other[1] < fbi[1])
