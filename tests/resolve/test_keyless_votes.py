"""A bare "the vote" of an article is the article's vote, on whatever measure: The Hill,
2017-07-28, "McCain casts crucial vote to kill 'skinny' ObamaCare repeal" (AllSides, a report of
the skinny-repeal vote in bench/data/dedup_allsides.json; its first thirteen sentences as the
store segments them, the site's link text included). They name McCain, the Senate and the GOP
most, not ObamaCare, the measure the first sentence's vote is on."""

from __future__ import annotations

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve

SENTENCES = [
    "Sen. John McCain John Sidney McCain2020 Democrats make play for veterans' votes The Memo: Democrats confront prospect of long primary Defending their honor as we hear their testimony MORE (R-Ariz.) cast the crucial surprise vote that killed Senate Republicans' last-resort ObamaCare repeal bill early Friday morning in a shocking moment that at least temporarily ended the GOP's hopes of eliminating the former president's signature law.",
    "Voting shortly after midnight, McCain — who returned to the Senate on Tuesday after being diagnosed with brain cancer the week before — joined GOP Sens. Susan Collins Susan Margaret CollinsLawmakers under pressure to pass benefits fix for military families Senate GOP waves Trump off early motion to dismiss impeachment charges GOP senators warn against Trump firing intelligence community official MORE (Maine) and Lisa Murkowski Lisa Ann MurkowskiHillicon Valley:",
    "Federal inquiry opened into Google health data deal | Facebook reports millions of post takedowns | Microsoft shakes up privacy debate | Disney plus tops 10M sign-ups in first day Senators press FDA tobacco chief on status of vaping ban Federal inquiry opened into Google health data deal MORE (Alaska) and all Democrats in opposing the measure that would have repealed key parts of ObamaCare.",
    "McCain cast the no vote two days after a dramatic return to the Senate floor during which he called on his colleagues to work together on major issues, which has long been a Senate tradition until the upsurge of partisanship in recent years.",
    "ADVERTISEMENT",
    "The vote cements McCain's status as the Senate's maverick, a role he relished earlier in his career when President George W. Bush occupied the White House.",
    "McCain, who was defeated in the 2008 presidential election that brought Barack Obama Barack Hussein ObamaThe Memo: Democrats confront prospect of long primary George Conway: 'If Barack Obama had done this' Republicans would be 'out for blood' George Conway to take part in MSNBC impeachment hearing coverage MORE to power, has emerged this year as one of President Trump’s most outspoken critics in Congress.",
    "The two feuded during Trump's presidential campaign; at one point, Trump mocked McCain for being a prisoner of war, saying he liked war heroes who were not captured.",
    "That history simply added to the drama of Friday morning's vote.",
    "The bare-bones healthcare proposal, dubbed the “skinny” repeal because it left untouched big sections of ObamaCare, would have resulted in 16 more million people being without insurance over a decade, according to the Congressional Budget Office.",
    "The CBO also estimated that it would increase premiums by 20 percent compared to current law.",
    "Given those statistics, there was speculation early in the week about whether McCain would vote with his party given his own health news.",
    "McCain did vote with Republicans to start debate on Tuesday but warned he was opposed to the current version of their repeal-and-replace legislation.",
]


def test_an_articles_bare_votes_join_its_vote_on_the_measure():
    c = clean_text(" ".join(SENTENCES))
    doc = Document(
        id="d", source="d", original=c.original, text=c.text, offsets=c.offsets, published="2017-07-28"
    )
    (a,) = list(analyse([doc]))
    votes = [e for e in a.events if e.type == "VOTE" and e.factuality.happened and not e.negated]
    assert {e.sent for e in votes} >= {0, 1}
    held = {m: ev.id for ev in resolve([a]).events for m in ev.members}
    assert len({held.get(e.id) for e in votes}) == 1
