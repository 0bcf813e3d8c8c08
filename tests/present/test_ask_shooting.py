"""Ask on real text of a tenth story: the Las Vegas shooting (AllSides, 2017-10-02..04). Each test
is one failure class of the Las Vegas dev set (bench/data/ask_allsides_vegas.jsonl, written before
any run), on sentences quoted from its articles (and, where the class is shared, another story's);
every fix was checked on all the other dev sets."""

from __future__ import annotations

from tests.present.test_ask_rally import _answer

from storyline.present.ask.question import analyse


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
