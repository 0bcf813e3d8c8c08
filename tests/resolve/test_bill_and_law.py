"""A vote on a bill told by the law the bill would repeal (issue 10, news_scale dev event
ahca_pulled): "the speaker was forced to pull the American Health Care Act" and "the failed push
to repeal ObamaCare" are one House vote, though their keys are two acts, once the archive's vote
sentences name the two acts together ("the American Health Care Act, the GOP replacement to
Obamacare"). The July Senate vote on another repeal bill stays apart by its date.

Sentences are quoted from the AllSides articles that report the events."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

# Vote sentences that name the bill with the law it replaces (three documents: KIN_ACT_DOCS)
TOGETHER = {
    # Independent Journal Review, 2017-03-17
    "ijr": (
        "2017-03-17",
        "The House will be voting on the American Health Care Act, the GOP replacement to Obamacare, next "
        "Thursday—though both Speaker Paul Ryan and President Trump admitted that changes would need to be "
        "made to ensure passage.",
    ),
    # Fox News, 2017-05-04
    "fox": (
        "2017-05-04",
        "House Republicans voted Thursday to pass the American Health Care Act – their answer to ObamaCare.",
    ),
    # National Review, 2017-04-01
    "nr": (
        "2017-04-01",
        "The failure of the American Health Care Act (AHCA), the proposed replacement for Obamacare, hit hard.",
    ),
}
# Two documents giving the law's two names as one (entities._join_aliases)
ALIAS = {
    # Politico, 2017-03-10
    "politico": (
        "2017-03-10",
        "Speaking to conservative radio host Hugh Hewitt, Ryan said the bill to repeal and replace the Affordable "
        "Care Act, also known as Obamacare, is just the first in a series of legislative goals for Republicans "
        "that include confirming Judge Neil Gorsuch to the Supreme Court, increasing defense funding and passing "
        "tax reform and a budget.",
    ),
    # CNN, 2016-02-04
    "cnn": (
        "2016-02-04",
        "Sanders did indeed sit on the Senate panel that helped craft the Affordable Care Act, also known as "
        "Obamacare, and used his post to advocate loudly for a single-payer system in which insurance is provided "
        "by the government to all citizens.",
    ),
}
PULLED = {
    # Vox, 2017-03-24
    "vox": (
        "2017-03-24",
        "The American Health Care Act failed because it was a terrible piece of legislation.",
    ),
    # The Hill, 2017-03-29
    "hill": (
        "2017-03-29",
        "The failed push to repeal ObamaCare, which reached its denouement last Friday, was a debacle even in "
        "the eyes of the president’s natural allies.",
    ),
}
# The Senate's "skinny repeal", July 28 (skinny_repeal_fails): Daily Caller, 2017-07-28
SKINNY = {
    "dc": (
        "2017-07-28",
        "Sen. John McCain cast the crucial surprise vote that killed Senate Republicans' last-resort ObamaCare "
        "repeal bill early Friday morning.",
    ),
}


def _groups(texts: dict[str, tuple[str, str]]) -> list[set[str]]:
    """The documents of each vote event."""
    analyses = analyses_of(texts)
    doc_of = {e.id: a.doc.id for a in analyses for e in a.events}
    kind = {e.id: e.type for a in analyses for e in a.events}
    res = resolve(analyses)
    return [
        {doc_of[m] for m in ev.members} for ev in res.events if any(kind[m] == "VOTE" for m in ev.members)
    ]


def test_a_bill_and_the_law_it_repeals_key_one_vote():
    assert any({"vox", "hill"} <= g for g in _groups(ALIAS | TOGETHER | PULLED))


def test_not_without_the_archive_naming_them_together():
    assert not any({"vox", "hill"} <= g for g in _groups(ALIAS | PULLED))


def test_the_july_repeal_vote_stays_apart():
    assert not any(
        {"vox", "dc"} <= g or {"hill", "dc"} <= g for g in _groups(ALIAS | TOGETHER | PULLED | SKINNY)
    )
