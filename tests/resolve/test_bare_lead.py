"""A bare report in an article's lead is the event the article names later: NPR, 2017-03-24,
"House Republicans scrapped a vote on their health care replacement plan" (AllSides, a dev report
of ahca_pulled in bench/data/dedup_allsides.json; its sentences 2-4 as the store segments them).
The lead's vote names no one; Ryan, who pulled the bill, comes two sentences on. Looking only
back, the within-document pass left the lead's vote alone, and an event naming no one is
dropped."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve

SENTENCES = [
    "House Republicans scrapped a vote on their health care replacement plan on Friday after defections "
    "from both the right and center that made it clear the bill would not pass.",
    '"Obamacare is the law of the land.',
    'It is going to remain the law of the land," House Speaker Paul Ryan admitted shortly after he pulled the bill.',
]


def _analysis():
    c = clean_text(" ".join(SENTENCES))
    doc = Document(
        id="npr", source="npr", original=c.original, text=c.text, offsets=c.offsets, published="2017-03-24"
    )
    (a,) = list(analyse([doc]))
    return a


def test_a_bare_vote_in_the_lead_joins_the_pulled_vote_told_after_it():
    a = _analysis()
    (lead,) = [e for e in a.events if e.type == "VOTE" and e.lemma == "vote" and e.sent == 0]
    assert not lead.participants  # the premise: the lead names no one
    (pulled,) = [e for e in a.events if e.type == "VOTE" and e.lemma == "pull"]
    held = {m: ev for ev in resolve([a]).events for m in ev.members}
    assert lead.id in held and held[lead.id] is held[pulled.id]


def test_a_bare_vote_in_the_lead_stays_out_of_a_vote_of_another_day():
    # the lead's vote of Friday (the 24th), then USA Today's sentence of May 5 on the House
    # approving the bill "Thursday", told as one article of March 24: a vote the day before
    later = (
        "Sen. Bill Cassidy, R-La., said the Senate will write its own bill, stressing senators still need to "
        "see an official estimate on the updated plan’s impact for consumers and taxpayers – something "
        "the House did not have in hand when Republicans narrowly approved the American Health Care Act on "
        "a 217-213 vote Thursday."
    )
    c = clean_text(" ".join([SENTENCES[0], SENTENCES[1], later]))
    doc = Document(
        id="mix", source="mix", original=c.original, text=c.text, offsets=c.offsets, published="2017-03-24"
    )
    (a,) = list(analyse([doc]))
    (lead,) = [e for e in a.events if e.type == "VOTE" and e.lemma == "vote" and e.sent == 0]
    thursday = [e for e in a.events if e.type == "VOTE" and e.sent == 2 and e.participants and e.date]
    assert thursday and all(e.date.start == "2017-03-23" for e in thursday)  # the premise
    held = {m: ev for ev in resolve([a]).events for m in ev.members}
    assert all(e.id in held and held.get(lead.id) is not held[e.id] for e in thursday)
