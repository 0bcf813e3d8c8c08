"""Publication year from the offices a text gives people (extract/dates_offices.py) and from
elections placed by "last year's" (extract/dates_reference._fit)."""

from __future__ import annotations

import pytest

from storyline.extract.dates import infer_reference
from storyline.extract.dates_offices import titles, window


def test_a_plain_title_is_its_term_and_former_is_after_it():
    assert titles("President Donald Trump spoke.") == [("2017-01-20", "2021-01-20")]
    assert titles("Former national security adviser Michael Flynn spoke.") == [("2017-02-13", "9999-12-31")]
    assert titles("Michael Flynn, the former national security adviser, spoke.") == [
        ("2017-02-13", "9999-12-31")
    ]
    assert titles("Jeff Sessions, now attorney general, spoke.") == [("2017-02-09", "2018-11-07")]


@pytest.mark.parametrize(
    "text",
    [
        "Then-Sen. Jeff Sessions met the ambassador.",  # another time
        "Life under a President Trump would differ.",  # a hypothesis
        "The 2016 Democratic nominee Hillary Clinton spoke.",  # a past candidacy
        "The president may act; prime minister may resign.",  # "May" is a name only capitalised
        "Mr. Trump spoke.",  # no title
    ],
)
def test_what_says_nothing_of_the_writing(text):
    assert titles(text) == []


def test_a_title_inside_another_is_not_read():
    assert titles("Vice President Joe Biden spoke.") == [("2009-01-20", "2017-01-20")]  # not President Biden


def test_the_window_is_where_most_titles_agree():
    w = window(
        "President Trump met Russian Ambassador Sergey Kislyak and Attorney General Jeff Sessions; "
        "former national security adviser Michael Flynn had resigned. Secretary of State Hillary Clinton "
        "once met him."
    )
    assert (w.first, w.last, w.votes) == ("2017-02-13", "2017-07-21", 4)
    assert window("Nothing here.") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # the year said is a lower bound, the title's term moves it on
        ("President Trump said the 2016 election was rigged.", "2017"),
        # a year said outranks a term's end (titles are given in retrospect)
        ("Russian Ambassador Sergey Kislyak met Flynn. Flynn pleaded guilty in 2018, in 2018.", "2018"),
        # no year said: a short window gives its year, a long one none; a term's end bounds it
        ("Former FBI Director James Comey and Chief of Staff Reince Priebus spoke.", "2017"),
        ("Former FBI Director James Comey met Attorney General Jeff Sessions.", "2017"),
        ("Russian Ambassador Sergey Kislyak spoke.", None),
        # an election placed by "last year": US presidential elections fall in leap years
        ("Sessions met him during the presidential campaign last year, in 2016.", "2017"),
        ("Last year's midterm elections were close, as in 2014.", "2015"),
        ("Candidate Donald Trump spoke in Ohio.", "2016"),
    ],
)
def test_infer_reference_with_titles_and_elections(text, expected):
    assert infer_reference(text) == expected
