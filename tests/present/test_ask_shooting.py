"""Ask on real text of a tenth story: the Las Vegas shooting (AllSides, 2017-10-02..04). Each test
is one failure class of the Las Vegas dev set (bench/data/ask_allsides_vegas.jsonl, written before
any run), on sentences quoted from its articles (and, where the class is shared, another story's);
every fix was checked on all the other dev sets."""

from __future__ import annotations

import pytest
from tests.conftest import allsides_store
from tests.present.test_ask_rally import _answer

from storyline.present.ask.question import analyse

ARTICLES = {
    "http://www.washingtontimes.com/news/2017/oct/3/donald-trump-says-gun-laws-will-be-considered-core/",
    "https://www.nytimes.com/2017/10/03/us/las-vegas-gunman.html?hp&action=click&pgtype=Homepage"
    "&clickSource=story-heading&module=a-lede-package-region&region=top-news&WT.nav=top-news",
    "https://www.theguardian.com/us-news/2017/oct/02/las-vegas-shooting-hysteria-witnesses",
}


@pytest.fixture(scope="module")
def vegas_store(tmp_path_factory):
    store = allsides_store(tmp_path_factory.mktemp("vegas"), ARTICLES)
    yield store
    store.close()


def test_at_what_time_asks_for_a_clock_time():
    # New York Times 2017-10-03
    text = (
        "At 10:07 p.m. on Sunday, the gunman opened fire on the thousands of people attending a country"
        " music festival a few hundred yards northeast of the hotel."
    )
    q = analyse("At what time did the gunman open fire?")
    assert q.kind == "when"
    assert _answer("At what time did the gunman open fire?", text) == "10:07 p.m."
    assert _answer("When did the gunman open fire?", text) != "10:07 p.m."  # the day, as before
    assert analyse("In what city did the gunman open fire?").kind == "where"


def test_claiming_a_thing_is_a_deed_not_words_said():
    # CBN 2017-10-02: the subject of "claimed", not the name in what it said
    text = (
        "ISIS claimed responsibility for the attack, saying Paddock had converted to Islam, but the Islamic"
        " terrorist group provided no evidence and officials say they have not discovered any ties."
    )
    q = analyse("Who claimed responsibility for the attack?")
    assert q.says is None and q.trigger == "claim"
    assert _answer("Who claimed responsibility for the attack?", text) == "ISIS"
    # still words said: "who called X a Y"
    assert analyse("Who called Comey a showboat?").says == "call"


def test_the_name_beside_a_description_is_who_did_it():
    # The Guardian 2017-10-04
    text = (
        "The Senate majority leader, Mitch McConnell, dismissed the debate as “premature” and chastised"
        " Democrats for raising the issue of gun control so soon after the attack."
    )
    assert _answer("Who dismissed the gun control debate as premature?", text) == "Mitch McConnell"


def test_a_trip_or_a_visit_tells_where_one_traveled():
    # Fox News 2017-10-04; Reuters 2018-03-13 (the Tillerson story)
    text = "Trump hinted as much himself Tuesday, when asked about Las Vegas prior to his visit to hurricane-damaged Puerto Rico."
    assert _answer("Where did Trump travel on Tuesday?", text) == "Puerto Rico"
    text = (
        "Senior White House officials said Chief of Staff Kelly had asked Tillerson to step down on Friday"
        " but did not want to make it public while he was on a trip to Africa."
    )
    assert _answer("Where was Tillerson traveling when Kelly asked him to step down?", text) == "Africa"


def test_a_speaker_saying_or_after_a_lower_case_title():
    from storyline.present.ask.speakers import speaks

    # Fox News 2017-10-04; the Washington Times 2017-10-03
    assert speaks(
        "Lombardo",
        "The motive for the attack remained unknown, with Clark County Sheriff Joseph Lombardo saying:"
        " “I can’t get into the mind of a psychopath at this point.”",
    )
    assert speaks(
        "Bannon",
        "“Impossible,” said former White House strategist Steve Bannon, who told Axios that such a move"
        " would “be the end of everything.”",
    )
    # a verb between: Bannon is spoken of, not speaking
    assert not speaks("Bannon", "Trump said that the White House fired Steve Bannon.")


def test_own_words_quoted_at_length():
    from storyline.present.ask.speakers import _quotes_at_length

    # New York Times 2017-10-03; Fox News 2018-03-13 (Tillerson), the quote opened a sentence before
    assert _quotes_at_length(
        "“We will be talking about gun laws as time goes by,” Mr. Trump said as he prepared to leave"
        " Washington for hurricane-battered Puerto Rico."
    )
    assert _quotes_at_length(
        "When you look at the Iran deal, I think it's terrible and he thinks it's okay,\" Trump said."
    )
    # a few words quoted inside a report are not someone's words at length
    assert not _quotes_at_length(
        "White House Press Secretary Sean Spicer said the president’s decision was based on “the clear"
        " recommendations” of Attorney General Jeff Sessions."
    )
    assert not _quotes_at_length(
        "President Trump said Tuesday that his administration will weigh gun laws in the wake of the Las"
        " Vegas massacre."
    )


def test_what_did_x_say_prefers_the_quote_in_the_story(vegas_store):
    from storyline.present.ask import ask

    got = ask(vegas_store, "What did Trump say about gun laws?")
    assert "as time goes" in got.answer


def test_a_quote_going_on_is_its_speakers(vegas_store):
    """The Guardian 2017-10-02: "“We’ve been in the Motel 6,” said Jackie Hoffing, “We had stopped
    ...", two sentences later "We knocked on a random door ... and hid in the bathroom for two and
    a half hours." — her words, though the sentence names no one."""
    from storyline.present.ask import ask

    got = ask(vegas_store, "Where did Jackie Hoffing hide?")
    assert got.answer == "the bathroom" and "hid in the bathroom" in got.evidence[0].text
    got = ask(vegas_store, "How long did Jackie Hoffing hide in the bathroom?")
    assert got.answer == "two and a half hours"
    # nor another witness's: the last words before it with a saying verb are Hoffing's
    assert ask(vegas_store, "Where did Krista Metz hide?").answer == "The sources do not say."


def test_a_common_noun_the_verb_happened_in_is_a_weak_where():
    text = "We knocked on a random door and went in there – about 15 of us – and hid in the bathroom for two and a half hours."
    assert _answer("Where did they hide?", text) == "the bathroom"
    # not a place that is the object of another verb's phrase ("in the wake of")
    text = "Trump said Tuesday that his administration will weigh gun laws in the wake of the Las Vegas massacre."
    assert _answer("Where did Trump weigh gun laws?", text) != "the wake"


def test_a_place_the_question_describes_is_not_where():
    # USA TODAY 2017-10-03: the convention is what is asked about, Atlanta where it was
    text = (
        "“You came through big for me, and I am going to come through for you,” he said at the NRA’s April"
        " convention in Atlanta."
    )
    assert _answer("Where was the NRA convention at which Trump spoke in April?", text) == "Atlanta"
    # Fox News 2017-10-04: only the convention itself, nothing says where
    text = "“You came through big for me, and I am going to come through for you,” Trump said in April at the NRA’s convention."
    assert _answer("Where was the NRA convention at which Trump spoke in April?", text) is None


def test_having_a_thing_is_read_on_its_noun():
    from tests.present.test_ask_rally import _sentence

    from storyline.present.ask.happen import _polarity

    q = analyse("Did Paddock have a criminal record?")
    assert q.trigger == "record"
    # an article of 2017-10-04 (Fox News opinion); The Guardian 2017-10-04
    no = (
        "Stephen Paddock did not have a criminal background, prior record and no evaluations of suspect"
        " mental health."
    )
    assert _polarity(_sentence(no), q) is False
    assert _polarity(_sentence("The retiree had no criminal record."), q) is False
    assert _polarity(_sentence("Paddock had a long criminal record."), q) is True


def test_what_a_thing_lets_happen_and_a_range():
    # the Washington Times 2017-10-03
    q = analyse("How many rounds per minute can a bump stock let a shooter fire, according to Feinstein?")
    assert q.trigger == "fire" and "let" not in q.keywords
    text = (
        "Sen. Dianne Feinstein, California Democrat, said the modification allows the shooter to fire 400 to"
        " 800 rounds per minute and that Paddock “appears to have modified at least one of his weapons in"
        " this way.”"
    )
    assert _answer("How many rounds per minute can a bump stock let a shooter fire?", text) == "400 to 800"
    # a single number stays itself (CBN 2017-10-02)
    text = "Police say he had as many as 23 guns with him."
    assert _answer("How many guns did he have with him?", text) == "23"


def test_a_name_ending_a_long_subject_is_who_did_it():
    # the Washington Times 2017-10-03: the small model hangs the name under "Bureau of ..."
    text = (
        "Bureau of Alcohol, Tobacco and Firearms Special Agent in Charge Jill Schneider told reporters Tuesday"
        " evening that such devices were attached to 12 of his weapons — far more than initially thought."
    )
    got = _answer("Who told reporters that bump stocks were attached to 12 of Paddock's weapons?", text)
    assert got is not None and got.endswith("Jill Schneider")
    # a subject that is itself the name stays whole (CBN 2017-10-02)
    text = "Sheriff Joseph Lombardo said authorities found 19 more guns at Paddock's home."
    assert _answer("Who said authorities found 19 more guns?", text) == "Joseph Lombardo"


AGE_ARTICLES = {  # the Tillerson story: Reuters (the age by description), Fox News (his role by name)
    "https://www.reuters.com/article/us-usa-trump-tillerson/"
    "trump-fires-chief-diplomat-tillerson-after-clashes-taps-pompeo-idUSKCN1GP1NJ",
    "http://www.foxnews.com/politics/2018/03/13/trump-says-rex-tillerson-out-as-secretary-state-replaced-by-mike-pompeo.html",
}


def test_an_age_told_by_a_description_of_the_one_asked_about(tmp_path):
    """Reuters 2018-03-13: "... friction between the Republican president and the 65-year-old
    former Exxon Mobil Corp chief executive." two sentences after naming Tillerson; Fox News gives
    the role by his name ("Tillerson, the former chief executive of ExxonMobil")."""
    from storyline.present.ask import ask
    from storyline.present.ask.described import role_in

    assert role_in("The 81-year-old senator, a frequent critic of Trump, said so.") == "senator"
    assert role_in("The gunman has been identified as 64-year-old Stephen Craig Paddock.") is None
    assert role_in("the 64-year-old Stephen Paddock opened fire") is None  # a name, not a description
    store = allsides_store(tmp_path, AGE_ARTICLES)
    try:
        assert ask(store, "How old is Tillerson?").answer == "65"
        # the president in the same sentence is not the chief executive
        assert ask(store, "How old is Trump?").answer == "The sources do not say."
    finally:
        store.close()


def test_an_age_set_beside_another_name_is_theirs():
    # Politico 2018-07-16 (the Helsinki story)
    text = (
        "Hours after Trump's news conference had concluded, and in the thick of the uproar it created in the"
        " the U.S. and beyond, the Justice Department announced it had charged Maria Butina, a 29-year-old"
        " Russian citizen living in Washington, with conspiracy to act as an agent of the Kremlin without"
        " registering as such."
    )
    assert _answer("How old is Trump?", text) is None
    assert _answer("How old is Maria Butina?", text) == "29"


def test_how_the_sources_describe_someone(vegas_store):
    """The Washington Times 2017-10-03 calls Paddock "gunman Stephen Paddock" and then writes
    "The gunman did not have a criminal record, ..."; the New York Times' "Twelve of the rifles
    Mr. Paddock had" makes no rifle of him."""
    from storyline.present.ask import ask
    from storyline.present.ask.described import learned_roles

    roles = learned_roles(vegas_store, "paddock")
    assert "the gunman" in roles and "the rifles" not in roles
    got = ask(vegas_store, "Did Paddock have a criminal record?")
    assert got.answer.startswith("No:")
    assert any("The gunman did not have a criminal record" in e.text for e in got.evidence)


def test_a_time_in_history_is_no_place():
    # Fox News 2017-10-02: "in modern U.S. history" says how deadly, not where
    text = (
        'President Trump called the Las Vegas attack an "act of pure evil" Monday morning, in a somber address'
        " to the American people following the mass shooting now considered the deadliest in modern U.S."
        " history."
    )
    assert _answer("Where did Trump give his address on the shooting?", text) is None
