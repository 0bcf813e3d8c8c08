"""Ask on real text of an eighth story: the indictment of Paul Manafort and Rick Gates (AllSides,
2017-10-30..11-01). Each test is one failure class of the Manafort dev set
(bench/data/ask_allsides_manafort.jsonl, written before any run), on sentences quoted from its
articles; every fix was checked on all the other dev sets."""

from __future__ import annotations

import pytest
from tests.conftest import allsides_store
from tests.present.test_ask_rally import _answer, _sentence

from storyline.present.ask import ask
from storyline.present.ask.answer import _day, _with_iso
from storyline.present.ask.happen import _polarity
from storyline.present.ask.question import analyse


def test_a_negated_word_of_the_question_is_a_no():
    # The Guardian 2017-11-01; CNN 2017-10-30
    q = analyse("Did Manafort plead guilty?")
    assert _polarity(_sentence("Manafort and Gates pleaded not guilty to 12 charges."), q) is False
    # ... not when the question asks the negation itself
    q = analyse("Did Manafort plead not guilty?")
    assert _polarity(_sentence("Manafort and Gates pleaded not guilty to 12 charges."), q) is True
    # "neither man spoke": the subject says nobody did it
    q = analyse("Did Manafort speak in court?")
    assert _polarity(_sentence("Other than stating their names, neither man spoke."), q) is False


def test_someone_else_doing_it_says_nothing_of_the_one_asked_about():
    # The Guardian 2017-10-30: Papadopoulos pleaded guilty; Manafort only faces charges
    q = analyse("Did Manafort plead guilty?")
    text = (
        "Former foreign policy adviser George Papadopolous pleaded guilty to perjury over his contacts with"
        " Russians linked to the Kremlin, and the president’s former campaign manager Paul Manafort and another"
        " aide face charges of money laundering."
    )
    assert _polarity(_sentence(text), q) is None
    q = analyse("Did Papadopoulos plead guilty?")
    assert _polarity(_sentence("Papadopoulos pleaded guilty to making false statements to FBI agents."), q)


def test_an_adjective_or_a_modal_is_no_statement():
    # USA TODAY 2017-10-30: "alleged" describes efforts; nobody alleges anything there
    q = analyse("Did Mueller allege that Trump colluded with Moscow?")
    text = (
        "The charges came as part of federal special counsel Robert Mueller’s five-month-old investigation"
        " into alleged Russian efforts to tilt the 2016 presidential election in Trump’s favor."
    )
    assert _polarity(_sentence(text), q) is None
    no = "While Mueller did not allege that Trump or his campaign colluded with Moscow, the charges offer a view."
    assert _polarity(_sentence(no), q) is False
    # CNN 2017-06-02 (Paris): "could be renegotiated" is a possibility, not a renegotiation
    q = analyse("Was the Paris agreement renegotiated?")
    text = "The leaders responded quickly to Trump’s suggestion that the agreement could be renegotiated."
    assert _polarity(_sentence(text), q) is None


def test_a_verb_absent_from_the_sentence_gives_no_verdict():
    # Fox 2017-11-01: appearing in court does not say whether he spoke there
    q = analyse("Did Manafort speak in court?")
    text = "Manafort and Gates can only leave their homes to meet with lawyers or appear in court."
    assert _polarity(_sentence(text), q) is None


def test_where_from_takes_the_place_in_the_from_phrase():
    # USA TODAY 2017-10-30
    text = "Papadopoulos was arrested in July, after he returned to the United States from a trip to Germany."
    assert analyse("Where did Papadopoulos return from before he was arrested?").prep == "from"
    assert _answer("Where did Papadopoulos return from before he was arrested?", text) == "Germany"


def test_who_with_the_one_asked_about_is_the_partner():
    # Fox 2017-10-30
    text = (
        "Former Trump campaign chairman Paul Manafort and his associate Rick Gates have been indicted by a"
        " federal grand jury Monday on 12 counts, according to the special counsel’s office."
    )
    assert _answer("Who was indicted with Manafort?", text) == "Rick Gates"


def test_a_number_counts_the_noun_it_is_on():
    # The Guardian 2017-11-01: ten applications, three passports
    text = (
        "Manafort submitted 10 passport application in the last decade and currently holds three US"
        " passports, the memo said."
    )
    assert _answer("How many passports does Manafort hold?", text) == "three"
    assert _answer("How many passport applications did Manafort submit?", text) == "10"
    # ... while "a two-and-a-half page memo" counts pages
    assert (
        _answer("How many pages was the memo?", "Comey wrote a two-and-a-half page memo.") == "two-and-a-half"
    )


def test_an_age_set_beside_the_name():
    # CNN 2017-10-30
    text = "Gates, 45, is a longtime business associate of Manafort, 68."
    assert _answer("How old is Gates?", text) == "45"
    assert _answer("How old is Manafort?", text) == "68"


def test_the_topic_of_what_did_x_say_may_be_a_question_word():
    # Fox 2017-10-30: "White House lawyer Ty Cobb told Fox News he had no comment on the report"
    assert analyse("What did Ty Cobb say about the report?").keywords == ["report"]


def test_a_name_taken_for_the_verb_leaves_the_next_verb_the_happening():
    # the small model parses "Manafort" as the root of "When will Manafort return to court?"
    q = analyse("When will Manafort return to court?")
    assert q.trigger == "return" and q.future


def test_the_scene_of_a_who_question_is_wanted_not_required():
    # CNN 2017-10-30: "Gates was represented by a public defender." (the court is the sentence before)
    q = analyse("Who represented Gates in court?")
    assert q.trigger == "represent" and "court" in q.context and "court" not in q.keywords
    assert _answer("Who represented Gates in court?", "Gates was represented by a public defender.") == (
        "a public defender"
    )
    # ... only for "who": the vote counted in is what is asked
    assert "vote" in analyse("How many votes did Kavanaugh receive in the final confirmation vote?").keywords


def test_a_weekday_after_the_article_is_the_coming_one():
    # Fox 2017-11-01 (a Wednesday): "He will return to court Thursday"
    s = _sentence("He will return to court Thursday to hear the terms of his bail.", "2017-11-01")
    assert _day("Thursday", s) == "2017-11-02"
    assert _with_iso("Thursday", s) == "Thursday (2017-11-02)"
    # a month without a year past the article is still last year's
    june = _sentence("They met on June 27.", "2017-05-20")
    assert _day("June 27", june) == "2016-06-27"


def test_a_month_takes_the_year_written_before_it():
    # CNN 2017-10-30
    s = _sentence(
        "Manafort joined the Trump campaign in late March 2016, was promoted to campaign chairman in May of"
        " that year and was ousted in August.",
        "2017-10-30",
    )
    assert _day("August", s) == "2016-08"
    assert _with_iso("August", s) == "August (2016-08)"


URLS = {
    "http://www.foxnews.com/politics/2017/11/01/"
    "paul-manafort-considered-flight-risk-because-wealth-foreign-connections-special-counsel.html"
}


@pytest.fixture(scope="module")
def flight_risk(tmp_path_factory):
    store = allsides_store(tmp_path_factory.mktemp("indictment"), URLS)
    yield store
    store.close()


def test_the_fox_article_end_to_end(flight_risk):
    """Fox 2017-11-01 through the whole pipeline: a "he" resolved to Manafort, dated forward."""
    got = ask(flight_risk, "When will Manafort return to court?")
    assert got.answer.startswith("Thursday (2017-11-02)")
    assert "He will return to court Thursday" in got.evidence[0].text
    assert ask(flight_risk, "Did Manafort plead guilty?").answer.startswith("No:")


def test_a_date_asked_ahead_is_not_turned_into_last_year():
    # Charlottesville dev set, The Guardian 2017-08-15: "His next court date was set for Aug. 25."
    s = _sentence("His next court date was set for Aug. 25.", "2017-08-15")
    assert analyse("When is James Fields's next court date?").future
    assert _day("Aug. 25", s, ahead=True) == "2017-08-25"
    assert _with_iso("Aug. 25", s, ahead=True) == "Aug. 25 (2017-08-25)"
    assert _day("Aug. 25", s) == "2016-08-25"  # a past question: last year's, as before


HILL = {"http://thehill.com/policy/national-security/332713-five-questions-for-trump-after-fbi-firing"}


@pytest.fixture(scope="module")
def five_questions(tmp_path_factory):
    store = allsides_store(tmp_path_factory.mktemp("hill"), HILL)
    yield store
    store.close()


def test_a_time_the_question_states_ranks_the_sentence_with_it(five_questions):
    """Comey dev set, The Hill 2017-05-10: "Trump informed her by phone at 5:30 p.m.", Feinstein
    said; other sentences of the article tell that Trump informed Comey."""
    assert analyse("Who did Trump inform by phone at 5:30 p.m.?").dates == ["5:30 p.m."]
    got = ask(five_questions, "Who did Trump inform by phone at 5:30 p.m.?")
    assert "Feinstein" in got.answer
    assert "5:30 p.m." in got.evidence[0].text
