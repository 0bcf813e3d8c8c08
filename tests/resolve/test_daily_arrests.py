"""An arrest or a charge naming no one is not singled out by its day: police arrest and
prosecutors charge someone somewhere every day. "A fifth suspect was arrested Wednesday" (Fox
News, 2017-05-24, of the Manchester bombing) named no one, gave May 24, and joined Gianforte's
charge of that day (gianforte_assault, a dev event of bench/data/dedup_allsides.json) as the one
case of that day several reports told; so did "A woman was arrested late Wednesday"."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

CHARGED = {
    # The Hill, 2017-05-25
    "hill": (
        "2017-05-25",
        "Montana law enforcement officials have charged GOP House candidate Greg Gianforte with misdemeanor "
        "assault following an alleged physical altercation with a reporter Wednesday evening, just hours "
        "before voters head to the polls.",
    ),
    # CNN, 2017-05-26
    "cnn": (
        "2017-05-26",
        'But in the race\'s final 36 hours, a reporter accused Gianforte of "body slamming" him at a campaign '
        "event, Gianforte was charged with misdemeanor assault , and three major newspapers pulled their "
        "endorsements of him before polls opened Thursday morning.",
    ),
    # The Hill, 2017-05-25 (a later paragraph)
    "hill2": (
        "2017-05-25",
        "Republican Greg Gianforte was charged with misdemeanor assault after being asked questions about "
        "the new Congressional Budget Office score for the House GOP healthcare bill.",
    ),
}
BARE = {
    # Fox News, 2017-05-24, "Manchester terror attack: 3 arrested as UK braces under critical threat"
    "fox": (
        "2017-05-24",
        "A fifth suspect was arrested Wednesday, with four in custody already in connection with the incident.",
    ),
}


def test_a_suspect_arrested_that_day_is_not_gianfortes_case():
    analyses = analyses_of({**CHARGED, **BARE})
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    groups = [{doc_of[m] for m in ev.members} for ev in resolve(analyses).events]
    assert any({"hill", "cnn"} <= g for g in groups)
    assert not any({"hill", "fox"} <= g for g in groups)
