"""Figures read from claim text with the span of values each allows (resolve/figures.py), and the
claims stating different figures for the same thing (NUMBER), through the real pipeline, on
sentences of AllSides articles (2016–2018)."""

from __future__ import annotations

import math

from tests.stores import ingest_texts

from storyline.resolve.figures import figures, meet


def _one(text: str):
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


def test_figures_are_read_with_the_span_their_words_allow():
    wall = _one('Now, the wall is $10 billion to $12 billion," Trump said.')
    assert (wall.low, wall.high, wall.unit) == (10e9, 12e9, "$")
    nearly = _one(
        "A retired estimator calculated it would cost nearly $25 billion, according to The Washington Post."
    )
    assert nearly.high == 25e9 and nearly.low < 25e9 and not meet(wall, nearly)
    around = _one("the price tag for the wall alone would cost around $10 billion, which is not accounting")
    assert meet(around, wall)  # "around $10 billion" is within Trump's range
    margin = _one("[UPDATE 12/2/16: The cumulative difference is now just under 80,000 votes.]")
    assert margin.unit == "votes" and margin.high == 80_000 and not meet(margin, _one("was 107,330 votes."))
    more = _one("Clinton sent or received more than 100 emails considered classified")
    assert more.high == math.inf and meet(more, _one("With 110 emails on Clinton’s private server"))
    angry = _one('slamming the special counsel\'s team as "13 Angry Democrats," and')
    assert (angry.low, angry.unit, angry.qualifier) == (13, "democrats", "angry")
    assert figures("there are about two dozen questions that focus on five topics")[0].low > 20


def test_years_shares_and_durations_are_no_figure():
    assert figures("In 2012, Obama won the popular vote by a 4 percent margin.") == []
    assert figures("construction that would take at least four years over the border's terrain") == []
    # a change told in one sentence is a comparison, no span
    assert (
        figures("Annual emergency-room spending on noncitizens fell 37% from $167 million to $106 million.")
        == []
    )


CNN_WALL = (
    "CNN\n\nTrump has long said he wants to build a wall between the U.S. and Mexico. "
    '"We are going to make them pay for that wall. Now, the wall is $10 billion to $12 billion," Trump said. '
    "CNN also looked at the cost of building the wall. Construction experts said a wall fashioned out of "
    "pre-casted concrete panels would be the most workable choice. Based on the price of highway panels, "
    "the price tag for the wall alone would cost around $10 billion, which is not accounting for the cost "
    "of construction that would take at least four years over the border's diverse terrain. Other "
    "construction estimates have come in much higher. A retired estimator and economist for one of the "
    "nation's largest construction firms calculated it would cost nearly $25 billion, according to The "
    "Washington Post.\n"
)


def test_two_costs_of_the_wall_are_one_number_disagreement(tmp_path):
    store = ingest_texts(tmp_path, {"cnn": CNN_WALL})
    ours = [k for k in store.contradictions().items if k.kind == "NUMBER"]
    assert len(ours) == 1
    sides = [" ".join(r.text for r in p.reports) for p in ours[0].positions]
    assert len(sides) == 2
    assert any("around $10 billion" in s for s in sides) and any("nearly $25 billion" in s for s in sides)
    assert not any("around $10 billion" in s and "nearly $25 billion" in s for s in sides)


def test_figures_of_different_countries_are_no_disagreement(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "cnn": "CNN\n\nAmerica ranked 17 out of 34 member countries for total tax revenue per capita in "
            "2014. In America, the tax revenue per capita is $14,203.90. In Luxembourg, the country with "
            "the highest tax revenue per capita, that rate is almost $50,000. Norway's tax revenue per "
            "capita hits more than $38,000.\n"
        },
    )
    assert not [k for k in store.contradictions().items if k.kind == "NUMBER"]


def test_a_tally_told_as_it_grew_is_no_disagreement(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "may": "CNN\n\nPublished 2018-05-17\n\nAs the Mueller probe hits its one-year anniversary, the "
            "special counsel's team has brought charges against 22 people and companies, notched five "
            "guilty pleas and seen one person sentenced.\n",
            "nov": "CNN\n\nPublished 2018-11-08\n\nSo far the Mueller team has brought charges against 35 "
            "people and entities, secured six guilty pleas, and prison sentences against three people.\n",
        },
    )
    assert not [k for k in store.contradictions().items if k.kind == "NUMBER"]


def test_sums_of_other_sizes_in_one_article_are_no_disagreement(tmp_path):
    # National Review, 2017-07-18: a plan's cost and a lawsuit's settlement, "actually" or not
    store = ingest_texts(
        tmp_path,
        {
            "nr": "National Review\n\nOff the bat, we have a middle-aged, self-employed horseback-riding "
            "teacher who bought a skimpy plan that ended up costing her $20,000 on medical care over a "
            "seven-year period. This is a terrible argument against junk insurance: $20,000 over seven "
            "years is not an enormous amount for medical care — in fact, it is almost exactly as much as "
            "the average American pays in premiums. The last case was actually litigated and settled for "
            "$1,071,000, so it’s really more of an argument against fraud than it is against cheap policies.\n"
        },
    )
    assert not [k for k in store.contradictions().items if k.kind == "NUMBER"]


def test_two_sources_set_against_each_other_in_one_sentence_are_a_number_disagreement(tmp_path):
    # Townhall, 2018-09-24: one sentence, two sources, two counts across a "but"
    store = ingest_texts(
        tmp_path,
        {
            "ford": "Townhall\n\nAnother inconsistency involves the number of people at the party. She "
            "says two boys were in the room (including Kavanaugh), but her therapist's notes from 2012 (the "
            "first time she spoke about the incident) say that four boys were in the room.\n"
        },
    )
    ours = [k for k in store.contradictions().items if k.kind == "NUMBER"]
    assert len(ours) == 1
    assert [p.label for p in ours[0].positions] == ["two boys", "four boys"]
    assert len(ours[0].claims) == 2  # the sentence's claim, and the sentence for the other side


def test_an_average_a_difference_and_a_rate_are_not_the_count_they_derive_from(tmp_path):
    # NPR and Reuters, May 2017 jobs reports: a month's revised gain against a three-month
    # average, a revision's difference against the monthly gain the economy needs
    store = ingest_texts(
        tmp_path,
        {
            "npr": "NPR\n\nThe U.S. economy added 211,000 jobs in April. Revisions also cut disappointing "
            "March results even further, from a gain of 79,000 to a gain of only 50,000 jobs. The numbers "
            "suggest job growth is slowing slightly, The Associated Press reports, with an average gain of "
            "roughly 121,000 jobs over the past three months, compared with an average of 181,000 over the "
            "past 12 months.\n",
            "reuters": "Reuters\n\nThe economy created 66,000 fewer jobs than previously reported in March "
            "and April. The economy needs to create 75,000 to 100,000 jobs per month to keep up with growth "
            "in the working-age population.\n",
        },
    )
    assert not [k for k in store.contradictions().items if k.kind == "NUMBER"]
