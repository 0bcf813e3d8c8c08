"""Launches and tests of weapons, disclosures, executive orders and bans (extract/acts.py), on
real sentences quoted from AllSides 2016-2018 articles (../shared/data): the verbs that tell
them, and the senses the object decides ("fired a ballistic missile into the sea" / "fired
missiles at a depot"; "divulged classified information" / "shared the blame"; "leaked his
memos" / "plugging one leak")."""

from __future__ import annotations

import pytest

from storyline.extract.events import trigger_type
from storyline.extract.nlp import load

# (a real sentence, a word of it, the type it must be read as; None: no event)
SENSES = [
    # launches and tests of missiles
    (
        "North Korea just successfully tested an intercontinental ballistic missile, one of its most audacious moves yet.",
        "tested",
        "LAUNCH",
    ),
    (
        "Taking a major step in its missile program, North Korea on Tuesday test launched an intercontinental ballistic missile that some experts believe has the range to reach the U.S.",
        "launched",
        "LAUNCH",
    ),
    (
        "As he hosted Japanese Prime Minister Shinzo Abe at his Mar-a-Lago estate, it was confirmed that North Korea fired a ballistic missile into the sea of Japan.",
        "fired",
        "LAUNCH",
    ),
    (
        "The bill comes as North Korea on Sunday fired a missile that landed in the Sea of Japan, according to the Pentagon.",
        "fired",
        "LAUNCH",
    ),
    (
        "The meeting followed a long-range missile test launch by North Korea on Tuesday, which a Pentagon spokesman said was a type not previously seen by U.S.",
        "test",
        "LAUNCH",
    ),
    (
        "The firing of the missile, called the Hwasong-14, was watched by the North's leader Kim Jong Un, who signed an order for the launch.",
        "firing",
        "LAUNCH",
    ),
    # a missile fired at a target is an attack, a capability none, a campaign launched no launch
    ("On February 7, Israel fired missiles at a Syrian ammunition depot in Jamraya.", "fired", "ATTACK"),
    (
        "Russia's Defense Ministry said two Israeli aircraft targeted the T4 air base in Homs province, firing eight missiles.",
        "firing",
        "ATTACK",
    ),
    (
        "The list of issues ranges from Syria to Iran to Ukraine, and now North Korea, following Pyongyang's test this week of a missile capable of striking the U.S.",
        "striking",
        None,
    ),
    (
        "In a series of tweets Sunday, Donald Trump launched a new tirade against the media, calling it disgusting.",
        "launched",
        None,
    ),
    ("The firing of James Comey shocked Washington.", "firing", "FIRE"),
    # disclosures
    (
        "This week, he only further fueled concerns when The Washington Post first reported he spilled top secret intelligence in an Oval Office meeting with a Russian delegation.",
        "spilled",
        "DISCLOSE",
    ),
    (
        "On the sidelines of Monday's meetings, Trump was still dealing with the fallout from a report a week ago that he divulged classified information in a meeting with Russian diplomats.",
        "divulged",
        "DISCLOSE",
    ),
    (
        "At the same time, he refused to share the information with other members of his committee or to identify his source(s).",
        "share",
        "DISCLOSE",
    ),
    (
        "Winner's political philosophy should have been a major part of the story because it can explain why she leaked classified secrets.",
        "leaked",
        "DISCLOSE",
    ),
    ("Bannon also condemned leaks from the White House.", "leaks", "DISCLOSE"),
    (
        "Rather than just plugging one leak, we need a holistic approach that improves our gun safety laws from top to bottom, he said.",
        "leak",
        "DISASTER",
    ),
    (
        "The most pro-Trump faction in Congress during the election was the Freedom Caucus, which shared Trump's disdain for the Republican establishment.",
        "shared",
        None,
    ),
    # executive orders and bans
    (
        "On Friday, Donald Trump signed an executive order halting admission of refugees for 120 days.",
        "signed",
        "ENACT",
    ),
    (
        "Over the weekend, President Trump issued an executive order temporarily restricting the admission into the United States of aliens from various Muslim-majority countries.",
        "issued",
        "ENACT",
    ),
    (
        "President Trump's executive order on immigration late Friday ignited nationwide protests — and a slew of legal challenges.",
        "order",
        "ENACT",
    ),
    (
        "The speed with which Trump instituted the travel ban has fundamentally reshaped America's course in the world.",
        "instituted",
        "BAN",
    ),
    ("Most recently, he temporarily banned all refugees from entering the U.S.", "banned", "BAN"),
    (
        "Reed was one of 23 Republicans who signed a discharge petition that would have forced floor action.",
        "signed",
        None,
    ),
    (
        "In the Florida panhandle, Franklin County officials issued a mandatory evacuation order for all barrier islands and low-lying areas.",
        "issued",
        None,
    ),
    ("Since the consent decree took effect, crime has plunged by more than half.", "decree", None),
]


def _types(text):
    return {(t.text, trigger_type(t)) for t in load()(text)}


@pytest.mark.parametrize("text,word,expected", SENSES, ids=[f"{w}-{e}" for _, w, e in SENSES])
def test_sense_from_the_parse(text, word, expected):
    found = _types(text)
    assert word in {w for w, _ in found}
    got = {t for w, t in found if w == word}
    assert got == {expected} if expected else got <= {None}, found
