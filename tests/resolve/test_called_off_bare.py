"""A vote told as called off that names nothing is the vote its puller called off, on sentences
of dev reports of the House Republicans pulling the American Health Care Act on 2017-03-24
(bench/data/dedup_allsides.json, ahca_pulled). Four reports name Ryan pulling the bill; Fox News
(03-27) tells "the failure to hold the vote", CNN (03-25) "Republicans were nixing their
high-stakes health care bill" and The Hill (03-30) "the healthcare bill was pulled", naming no one
the parse links to the vote as voting or pulling. Such a vote was dropped or left alone; a bare vote told as held still never joins (a chamber votes many times a
day), nor one told before the first report of the pull."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import resolve

PULLED = {
    # Washington Times, 2017-03-24
    "wt": (
        "2017-03-24",
        "Mr. Ryan pulled the health bill from the schedule rather than face a vote he was going to lose.",
    ),
    # CBN, 2017-03-24
    "cbn": (
        "2017-03-24",
        '"We came really close today, but we came up short," Ryan said at a news conference after he '
        "pulled the bill from the House floor.",
    ),
    # NPR, 2017-03-24
    "npr": (
        "2017-03-24",
        "Ultimately, the votes never came together for a fractured GOP caucus, and Ryan traveled to the "
        "White House to tell Trump he was pulling the bill.",
    ),
    # Politico, 2017-03-25
    "po": (
        "2017-03-25",
        "After being forced to pull the bill, Ryan deployed many of the same lines he's been using for "
        "months to explain away failures or setbacks.",
    ),
}
BARE = {
    # Fox News, 2017-03-27
    "fox": (
        "2017-03-27",
        "While the failure to hold the vote is a major setback for Trump, it’s just as much of a defeat for "
        "the House Freedom Caucus, which, while acting on principle, may have fumbled its best chance to "
        "repeal much of a program its members despise.",
    ),
    # The Hill, 2017-03-30 (the bill read as "healthcare": no one named voting)
    "hill": (
        "2017-03-30",
        "After the healthcare bill was pulled from consideration on Friday, Ryan and Trump both signaled "
        "they were ready to move on to other issues — specifically tax reform.",
    ),
    # CNN, 2017-03-25
    "cnn": (
        "2017-03-25",
        "Moments later, House Speaker Paul Ryan announced that Republicans were nixing their high-stakes "
        "health care bill after failing to get enough support from within their own party.",
    ),
}


def _analyses(texts: dict[str, tuple[str, str]]):
    return analyses_of(texts)


def _bare_votes(analyses, doc: str):
    """The document's votes that name no one casting them."""
    return [
        e
        for a in analyses
        if a.doc.id == doc
        for e in a.events
        if e.type == "VOTE" and not any(p.role == "agent" for p in e.participants)
    ]


def test_a_bare_called_off_vote_joins_the_vote_its_puller_called_off():
    analyses = _analyses({**PULLED, **BARE})
    pull = next(
        e for a in analyses if a.doc.id == "wt" for e in a.events if e.type == "VOTE" and e.lemma == "pull"
    )
    held = {m: ev for ev in resolve(analyses).events for m in ev.members}
    for doc in BARE:
        bare = _bare_votes(analyses, doc)
        assert bare, doc  # the premise: the vote names no one voting
        assert any(held.get(e.id) is held[pull.id] for e in bare), doc


def test_a_bare_vote_told_before_the_pull_stays_out():
    # Fox's sentence, told as of 2017-03-20: four days before any report of the pull
    day, text = BARE["fox"]
    analyses = _analyses({**PULLED, "fox": ("2017-03-20", text)})
    pull = next(
        e for a in analyses if a.doc.id == "wt" for e in a.events if e.type == "VOTE" and e.lemma == "pull"
    )
    held = {m: ev for ev in resolve(analyses).events for m in ev.members}
    bare = _bare_votes(analyses, "fox")
    assert bare and all(held.get(e.id) is not held[pull.id] for e in bare)
