"""Accusations as events (extract/accusations.py), on real AllSides 2016-2018 sentences from
the dev reports of bench/news_scale.py (Trump's wiretapping accusation, Akhmetshin) and other
dev articles: the accuser acts, the accused undergoes, what is alleged is no fact."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def _events(text: str):
    (a,) = analyse([build_document(RawArticle("t", text, "text"), "2017-03-06")])
    keys = {m.id: m.key for m in a.mentions}
    return [(e, {keys[p.ref]: p.role for p in e.participants if p.ref in keys}) for e in a.events]


def _accusation(text: str) -> dict[str, str]:
    found = [parts for e, parts in _events(text) if e.type == "ACCUSE"]
    assert len(found) == 1, [(e.type, e.trigger, parts) for e, parts in _events(text)]
    return found[0]


def test_accused_x_of_is_the_accusers_act_against_the_accused():
    parts = _accusation(
        "Reports concerning potentially politically motivated investigations are very troubling, "
        "Sean Spicer said a day after Trump accused Obama — without evidence — of having Trump "
        "Tower in New York wiretapped in connection with an investigation of Russia."
    )
    assert parts == {"Trump": "agent", "Obama": "patient"}
    parts = _accusation(
        "In a March letter to the Justice Department, Senate Judiciary Committee Chairman Chuck "
        "Grassley accused Akhmetshin of failing to register properly under the Foreign Agents "
        "Registration Act."
    )
    assert parts == {"Chuck Grassley": "agent", "Akhmetshin": "patient"}


def test_a_claim_that_someone_did_something_is_an_accusation_of_that_one():
    parts = _accusation(
        "President Trump called Sunday for a congressional investigation of his claims that "
        "predecessor Barack Obama had him wiretapped during last year's election."
    )
    assert parts == {"Trump": "agent", "Barack Obama": "patient"}
    parts = _accusation(
        "So President Trump set off a firestorm over the weekend with a series of tweets alleging "
        "that Obama had tapped Trump Tower."
    )
    assert parts == {"Trump": "agent", "Obama": "patient"}
    parts = _accusation(
        "President Trump leveled an unproven allegation this weekend that former President Barack "
        "Obama tapped his phones at Trump Tower a month before the election."
    )
    assert parts == {"Trump": "agent", "Barack Obama": "patient"}


def test_a_charge_that_is_an_accusation_and_a_criminal_charge_stays_one():
    (e, parts), *_ = [
        x
        for x in _events(
            "White House officials stood by President Trump’s charge that President Obama tapped his "
            "phones during last year’s campaign."
        )
        if x[0].trigger == "charge"
    ]
    assert e.type == "ACCUSE" and parts == {"Trump": "agent", "Obama": "patient"}
    charged = [(e.type, parts) for e, parts in _events("Mueller charged Manafort with fraud.")]
    assert charged == [("CHARGE", {"Manafort": "patient"})]


def test_a_claim_of_what_something_is_accuses_no_one():
    text = (
        "One major challenge for the White House now will be to solidify support among Republicans "
        "and head off Democratic claims that a special prosecutor or independent probe into the "
        "Russian evidence is now inevitable."
    )
    assert not [e for e, _ in _events(text) if e.type == "ACCUSE"]
    text = "Trump made an erroneous claim that his Electoral College victory was the largest since Ronald Reagan."
    assert not [e for e, _ in _events(text) if e.type == "ACCUSE"]


def test_what_an_accusation_alleges_is_not_reported_as_a_fact():
    # USA TODAY's sentence with its act ("had him wiretapped", which no event type names) made
    # one the lexicon has: the parse hangs the clause of "claims" on "called", yet it is still
    # what Trump claims, and the election it names took place
    text = (
        "President Trump called Sunday for a congressional investigation of his claims that "
        "predecessor Barack Obama met with Putin during last year's election."
    )
    assert [e.factuality.happened for e, _ in _events(text) if e.type == "MEET"] == [False]
    assert [e.factuality.happened for e, _ in _events(text) if e.type == "ELECTION"] == [True]
    text = (
        "President Trump on Monday accused former FBI Director James Comey of having illegally "
        "leaked classified material, on the heels of a report saying more than half the memos "
        "Comey wrote detailing Russia-related conversations with the president contained such information."
    )
    assert [e.factuality.happened for e, _ in _events(text) if e.trigger == "leaked"] == [False]
    assert _accusation(text) == {"Trump": "agent", "James Comey": "patient"}


def test_a_claim_of_ones_own_act_is_no_accusation_and_the_act_keeps_its_reading():
    # AllSides articles in no bench: a speaker's claim about what he did himself accuses no one,
    # and "claimed" is attribution (docs/factuality.md), so the firing stays a past fact
    text = (
        "Initially, Trump claimed that he fired Comey over his handling of the investigation into "
        "Hillary Clinton's emails."
    )
    assert [e for e, _ in _events(text) if e.type == "ACCUSE"] == []
    assert [e.factuality.happened for e, _ in _events(text) if e.type == "FIRE"] == [True]
    text = (
        "Trump and his allies are gearing up to use the report to vindicate the president's claims "
        "that he fired Comey as FBI director over what the administration characterizes as gross "
        "misconduct."
    )
    assert [e for e, _ in _events(text) if e.type == "ACCUSE"] == []
