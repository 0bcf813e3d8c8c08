"""Events dated by the occasion they happened at (extract/event_time.py), on sentences of AllSides
2016–2018 articles (the dev part of bench/event_time.py): "spoke at the rally" takes the day of the
rally the article dated before; a charge mocked at a rally is not dated by it."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document


def _dates(text: str, published: str) -> dict[str, str | None]:
    c = clean_text(text)
    doc = Document(
        id="d", source="d", original=c.original, text=c.text, offsets=c.offsets, published=published
    )
    (a,) = list(analyse([doc]))
    return {e.trigger: (e.date.start if e.date else None) for e in a.events}


def test_a_speech_at_the_rally_takes_the_day_of_the_rally():
    text = (
        "Organizers of Saturday's rally in Boston denounced the white supremacist message and violence "
        "of Charlottesville and said their event would be peaceful.\n\n"
        "Republican U.S. Senate candidate Shiva Ayyadurai spoke at the rally, surrounded by supporters "
        'holding "Black Lives Matter" signs.'
    )
    assert _dates(text, "2017-08-20")["spoke"] == "2017-08-19"


def test_what_was_discussed_in_the_meeting_takes_the_meeting_day():
    text = (
        "Trump Jr, along with Trump's son-in-law Jared Kushner and the 2016 presidential campaign chairman "
        "Paul Manafort, met a group including Natalia Veselnitskaya, a Kremlin-connected lawyer, at the "
        "campaign headquarters on 9 June 2016.\n\n"
        "Ike Kaveladze, a Russian businessman who attended the meeting, testified to the committee that "
        "Futerfas's proposed statement failed to mention that issues around the US Democratic party had "
        "been discussed in the meeting."
    )
    assert _dates(text, "2018-05-16")["discussed"] == "2016-06-09"


def test_a_testimony_mocked_at_a_rally_keeps_its_own_time():
    # the rally dates the mocking, not Ford's testimony of the week before
    text = (
        "In a raucous campaign-style rally in Mississippi on Tuesday night, Donald Trump mocked Christine "
        "Blasey Ford.\n\n"
        "At his rally, the president mocked Ford's testimony with a question-and-answer patter that "
        "brought cheers from the crowd in Southaven, Mississippi."
    )
    assert _dates(text, "2018-10-03").get("testimony") != "2018-10-02"


def test_an_indefinite_occasion_is_another_one():
    # "at a rally" names no rally the article told before
    text = (
        "Trump held a rally in Phoenix on Tuesday.\n\n"
        "Senator Flake spoke at a rally in Tucson, his aides said."
    )
    assert _dates(text, "2017-08-24")["spoke"] is None
