"""A bill pulled before its vote: who pulls it casts no vote. Sentences of three dev reports of
the House Republicans pulling the American Health Care Act on 2017-03-24 (bench/data/
dedup_allsides.json, ahca_pulled): Washington Times 2017-03-24, "Conservative group calls for
ouster of Ryan"; "Decision day: House marches forward with Obamacare repeal vote"; Politico
2017-03-25, "Ryan wounded by health care fiasco". Their votes name no voter but Ryan, the one who
pulled the bill: the event reads "Ryan votes" unless the label tells what happened."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve

REPORTS = {
    "wt": "Mr. Ryan pulled the health bill from the schedule rather than face a vote he was going to lose.",
    "dd": '"We came really close today, but we came up short," Ryan said at a news conference after he '
    "pulled the bill from the House floor.",
    "po": "After being forced to pull the bill, Ryan deployed many of the same lines he's been using for "
    'months to explain away failures or setbacks. "This is a setback, no two ways about it," Ryan told '
    "reporters after pulling the bill from the floor in the face of certain defeat.",
}


def _analyses():
    for doc_id, text in REPORTS.items():
        c = clean_text(text)
        yield Document(
            id=doc_id,
            source=doc_id,
            original=c.original,
            text=c.text,
            offsets=c.offsets,
            published="2017-03-25",
        )


def test_a_pulled_bill_reads_as_pulled_not_as_its_puller_voting():
    analyses = list(analyse(list(_analyses())))
    pulls = [e.id for a in analyses for e in a.events if e.type == "VOTE" and e.lemma == "pull"]
    assert len(pulls) >= 3
    labels = {ev.label for ev in resolve(analyses).events if set(ev.members) & set(pulls)}
    assert labels and all("pull" in x for x in labels), labels
    assert not any(x.endswith(" votes") or " votes on " in x for x in labels)
