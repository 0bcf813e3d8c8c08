"""Time anchoring from the grammar: tense-aware dates, a date only in its event's clause, and a
failing sentence that costs only itself."""

from __future__ import annotations

import logging

import pytest

from storyline.extract import analyse, events
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document

PUBLISHED = "2017-12-05"  # a Tuesday


def _events(text: str, published: str = PUBLISHED):
    doc = build_document(RawArticle("t.txt", text, "text"), published=published)
    return next(analyse([doc])).events


def _date(text: str, trigger: str, published: str = PUBLISHED):
    found = [e for e in _events(text, published) if e.trigger == trigger]
    assert found, f"no event {trigger!r} in {text!r}"
    return found[0].date.start if found[0].date else None


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        # a bare month-day told in the past is never after publication, whatever the distance
        ("Michael Flynn resigned on Feb. 13 after the reports.", "resigned", "2017-02-13"),
        ("Michael Flynn was fired on Jan. 9 by the president.", "fired", "2017-01-09"),
        # the same date told in the future is the coming one
        ("Jeff Sessions will testify on Feb. 13 before the committee.", "testify", "2018-02-13"),
        ("Jeff Sessions is expected to testify on Jan. 9.", "testify", "2018-01-09"),
        # a nominal event is past unless something marks it as future
        (
            "Starting with James Comey's sudden firing on May 9, Donald Trump faced questions.",
            "firing",
            "2017-05-09",
        ),
        # weekdays: the latest one for a past event, the next one for a future event
        ("Donald Trump met Vladimir Putin on Monday.", "met", "2017-12-04"),
        ("Donald Trump will meet Vladimir Putin on Monday.", "meet", "2017-12-11"),
    ],
)
def test_underspecified_dates_follow_the_tense(text, trigger, expected):
    assert _date(text, trigger) == expected


def test_past_event_late_in_the_day_keeps_its_day():
    # "late Feb. 13" is Feb. 13 late in the day, not "late February"
    assert _date("Michael Flynn resigned late Feb. 13 after the reports.", "resigned") == "2017-02-13"


def test_a_date_does_not_cross_into_another_clause():
    text = (
        "Michael Flynn pleaded guilty last week to lying to the FBI, when he denied discussing "
        "sanctions with Sergey Kislyak."
    )
    assert _date(text, "pleaded") == "2017-11-27"  # last week's Monday: the week of the plea
    assert _date(text, "denied") is None
    assert _date(text, "discussing") is None


def test_the_date_of_a_report_is_not_the_date_of_what_it_reports():
    text = "On Monday, the Washington Post reported that Donald Trump met Sergey Lavrov in the Oval Office."
    assert _date(text, "met") is None


def test_a_sentence_that_fails_costs_only_itself(monkeypatch, caplog):
    real = events.extract

    def flaky(ctx):
        if "Kislyak" in ctx.sent.text:
            raise RuntimeError("boom")
        return real(ctx)

    monkeypatch.setattr(events, "extract", flaky)
    text = (
        "Donald Trump met Vladimir Putin in Hamburg on July 7. "
        "Jeff Sessions met Sergey Kislyak in September. "
        "Michael Flynn resigned on Feb. 13."
    )
    with caplog.at_level(logging.WARNING):
        found = _events(text)
    assert sorted(e.trigger for e in found) == ["met", "resigned"]
    assert any("sentence 1 skipped" in r.getMessage() for r in caplog.records)


def test_an_event_noun_inside_a_phrase_is_not_dated_by_its_governor():
    # the date is when the pressure was, not when the meeting was
    text = "Jeff Sessions was under pressure on March 2 over a meeting with Sergey Kislyak."
    assert _date(text, "meeting") is None
    # a support verb's date does date its object
    assert _date("Jared Kushner held a meeting with Sergey Kislyak on Dec. 1.", "meeting") == "2017-12-01"


def test_a_date_a_thing_is_from_dates_the_thing():
    # samples/kpa_wire.jsonl: the footage is from the first week of March; the request is undated
    text = (
        "Two officials familiar with the case told KPA that investigators had already obtained phone "
        "records and emails from the Port Authority and had asked the Grand Quay Hotel for its booking "
        "records and security camera footage from the first week of March."
    )
    assert _date(text, "asked", "2025-05-20") is None


def test_a_date_the_parse_hangs_on_a_noun_still_dates_the_event():
    # AllSides: the parser puts "on Wednesday" / "on Aug. 23" on the noun, not on the event
    assert (
        _date(
            "Rep. Jason Chaffetz, the House oversight committee chair, questioned the motives behind the "
            "Justice Department's appointment of a special prosecutor on Wednesday to oversee the FBI's "
            "investigation into the Trump campaign's ties to Russia.",
            "appointment",
            "2017-05-18",
        )
        == "2017-05-17"
    )
    assert (
        _date(
            "The FBI had requested the materials from GSA staff on Aug. 23, asking for copies of the emails, "
            "laptops, cell phones and other materials associated with nine members of the Trump transition "
            "team responsible for national security and policy matters, the letter said.",
            "requested",
            "2017-12-17",
        )
        == "2017-08-23"
    )
