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
