"""One race told from either side is one event: Karen Handel's win over Jon Ossoff in Georgia's
6th District (2017-06-20), from three AllSides reports of it (bench/data/dedup_allsides.json):
one names both, one the loser only, one the winner only. Greg Gianforte's win over Rob Quist in
Montana, five weeks earlier, stays another race."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve

REPORTS = {
    # Washington Times, 2017-06-20
    "both": (
        "2017-06-20",
        "Republican Karen Handel emerged victorious in the runoff race for the U.S. House seat in "
        "Georgia’s 6th Congressional District. With 207 of the 208 precincts counted, Mrs. Handel "
        "defeated Mr. Ossoff, a former congressional aide and documentary filmmaker, by a 52.6 "
        "percent to 47.4 percent margin.",
    ),
    # Politico, 2017-06-21
    "loser": (
        "2017-06-21",
        "Pelosi also pointed out that Jon Ossoff lost by only a small margin in the 6th Congressional "
        "District race — 3.8 percent — far smaller than the previous Democratic candidate for the "
        "seat lost by in November.",
    ),
    # Breitbart News, 2017-06-22
    "winner": (
        "2017-06-22",
        "The high expectations that Pelosi set for Tuesday’s special election in Georgia may prove to "
        "be her undoing. But Republican Karen Handel surged to victory, partly by tying her opponent "
        "to Pelosi.",
    ),
    # Washington Times, 2017-05-25
    "montana": (
        "2017-05-25",
        "Republican Greg Gianforte muscled his way to victory in Montana, overcoming a challenge from "
        "Democrat Rob Quist and an election-eve scuffle with a reporter that led to a criminal charge "
        "being filed against him.",
    ),
}


def test_a_race_told_by_its_winner_or_its_loser_is_one_event():
    docs = []
    for key, (day, text) in REPORTS.items():
        c = clean_text(text)
        docs.append(
            Document(id=key, source=key, original=c.original, text=c.text, offsets=c.offsets, published=day)
        )
    analyses = list(analyse(docs))
    results = {
        a.doc.id: [e.id for e in a.events if e.type == "ELECT" and e.factuality.happened and not e.negated]
        for a in analyses
    }
    assert all(results.values()), results
    held = {m: ev.id for ev in resolve(analyses).events for m in ev.members}
    georgia = {held[m] for key in ("both", "loser", "winner") for m in results[key]}
    assert len(georgia) == 1
    assert {held[m] for m in results["montana"]}.isdisjoint(georgia)


# Emmanuel Macron's win over Marine Le Pen (2017-05-07): no report names both in one result, but
# The Guardian's article tells her defeat and his victory, so its two sides are one race there
MACRON = {
    # The Guardian, 2017-05-07
    "guardian": (
        "2017-05-07",
        "The pro-EU centrist Emmanuel Macron has vowed to unite a divided and fractured France after "
        "winning a decisive victory over the far-right Front National candidate Marine Le Pen in the "
        "country’s presidential election. His victory comes after a bitter campaign with Le Pen in which "
        "she accused him of being part of an elite that did not understand ordinary people and he said Le "
        "Pen represented the “party of hatred” that wanted a “civil war” in France.",
    ),
    # USA TODAY, 2017-05-07: the loser only
    "rice": (
        "2017-05-07",
        "WASHINGTON — Former secretary of State Condoleezza Rice warns against feeling reassured by the "
        "defeat of far-right candidate Marine Le Pen in the French presidential election Sunday.",
    ),
    # CNN, 2017-05-08: the winner only
    "cnn": (
        "2017-05-08",
        "Macron's victory is likely to be studied by other centrist hopefuls in Europe and the United "
        "States as they struggle to combat the powerful economic message of candidates like Trump.",
    ),
}


def test_a_race_told_from_each_side_in_one_article_joins_both_sides():
    docs = []
    for key, (day, text) in MACRON.items():
        c = clean_text(text)
        docs.append(
            Document(id=key, source=key, original=c.original, text=c.text, offsets=c.offsets, published=day)
        )
    analyses = list(analyse(docs))
    results = {
        a.doc.id: [e.id for e in a.events if e.type == "ELECT" and e.trigger in ("defeat", "victory")]
        for a in analyses
    }
    assert results["rice"] and results["cnn"], results
    held = {m: ev.id for ev in resolve(analyses).events for m in ev.members}
    assert {held[m] for m in results["rice"]} == {held[m] for m in results["cnn"]}
