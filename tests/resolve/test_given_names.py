"""A first name alone is the store's dominant bearer of it, even when someone else has it as a
surname: in the 2,000-article news store, "a win for Donald" was Heather Mac Donald's (the one
full name whose surname ends "Donald"), and twelve bare "Donald"s made her win the 2016
election. Sentences from AllSides 2017 reports (../shared/data), none from the held-out events of
bench/news_scale.py."""

from __future__ import annotations

from tests.resolve.articles import entity_ids

TRUMP = [
    "At this point, Donald Trump ought to worry in multiple directions.",  # Guest Writer, 2017-03-25
    "I think it’s clear the Russian government wanted Donald Trump to win.",  # Democracy Now, 2017-07-13
    "Throughout the AHCA’s short life, the limits of Donald Trump’s attention span were on sharp display.",  # Vox
    "Tomorrow they will say, “Donald Trump rants and raves at the press.”",  # Democracy Now, 2017-02-17
    "So what if one of those investigations included him, his role in the Trump campaign, and his boss, "
    "Donald Trump?",  # The Guardian, 2017-06-14
    "It was also nice when Nancy Pelosi embraced Ryan’s remarks and said she prays for Donald Trump as well "
    "as Barack Obama.",  # Fox News, 2017-06-15
    "Democratic Rep. Lloyd Doggett said the GOP bill had been kept \"as secret as Donald Trump's tax returns.",
    "Donald Trump’s presidency feels like it is in crisis.",  # National Review, 2017-05-17
    "His departure would cause a seismic shift and offer President Donald Trump a chance to continue "
    "reshaping the court.",  # CNN, 2017-06-24
    "What a week it was for Donald Trump.",  # NPR, 2017-02-19
    "(CNN) Donald Trump vowed as a candidate to kill Obamacare in short order.",  # CNN, 2017-02-06
    "The country is now caught in the internal maelstrom that is the mind of Donald Trump.",  # Krauthammer
]
OTHERS = [
    # National Review, 2017-05-13
    "The former director was good at all of it — as Heather Mac Donald reminds us in a City Journal column, "
    "recounting Comey’s championing of the nation’s police despite headwinds from his Obama-administration "
    "superiors.",
    # The Daily Caller, 2017-02-12
    "This should’ve been a win for Donald, not two or three weeks of negative publicity.”",
]


def test_a_first_name_alone_is_its_dominant_bearer_not_a_surname():
    ents = entity_ids(TRUMP + OTHERS, "2017-07-01")[0]
    assert ents["Donald"] == ents["Donald Trump"]
    assert ents["Heather Mac Donald"] != ents["Donald Trump"]


def test_a_surname_alone_stays_the_surname_when_no_first_name_dominates():
    ents = entity_ids(TRUMP[:2] + OTHERS, "2017-07-01")[0]
    assert ents["Donald"] != ents["Donald Trump"]  # two mentions of him against her one: not ten times
