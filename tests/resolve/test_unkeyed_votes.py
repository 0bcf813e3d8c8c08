"""A vote that several documents tell without saying what it is on (issue 10, the dev event
ahca_pulled of bench/data/dedup_allsides.json: the House vote on the American Health Care Act,
called off on Friday March 24, 2017).

Most reports of that day tell the pull by its speaker and "the bill": "House Speaker Paul Ryan on
Friday canceled a vote on the GOP bill to replace Obamacare" (CBN), "House Speaker Paul Ryan
admitted shortly after he pulled the bill" (NPR), "Mr. Ryan pulled the health bill from the
schedule rather than face a vote he was going to lose" (Washington Times). Others key the same
vote by the act: "The archconservative House Freedom Caucus scuttled the ObamaCare repeal
legislation on Friday" (The Hill, March 28), "the speaker was forced to pull the American Health
Care Act on Friday" (Politico, March 26), "His first major legislative foray, to repeal and
replace the Affordable Care Act, crashed and burned last week" (Christian Science Monitor, March
30). Sharing no one, the two groups were two events (12 and 30 documents on the archive); the
documents of the first are about the act (their sentences name Obamacare)."""

from __future__ import annotations

from storyline.model import DateRange
from storyline.resolve.events import EventFeatures, cluster_events

ACA, AHCA, RYAN, TAX = "ent_aca", "ent_ahca", "ent_ryan", "ent_tax_act"
FRIDAY = DateRange("2017-03-24", "2017-03-24", "Friday")
LAST_WEEK = DateRange("2017-03-20", "2017-03-26", "last week")
JULY = DateRange("2017-07-28", "2017-07-28", "early Friday morning")


def _pull(doc: str, about: str = ACA, date: DateRange = FRIDAY) -> EventFeatures:
    """Ryan pulled "the bill": no key; its sentence or its document names the act."""
    return EventFeatures(
        id=f"{doc}:pull", doc=doc, sent=0, type="VOTE", lemma="pull", participants=frozenset({RYAN}),
        date=date, factual=None, topic=frozenset({RYAN, about}), named=frozenset({RYAN, about}),
        published=f"{date.start[:7]}-25",
    )  # fmt: skip


def _keyed(
    doc: str, act: str = ACA, date: DateRange = FRIDAY, kin: frozenset[str] = frozenset()
) -> EventFeatures:
    """A report of the vote keyed by the act ("scuttled the ObamaCare repeal legislation")."""
    return EventFeatures(
        id=f"{doc}:vote", doc=doc, sent=0, type="VOTE", lemma="scuttle", participants=frozenset({act}),
        key_participants=frozenset({act}), date=date, topic=frozenset({act}), named=frozenset({act}),
        published=f"{date.start[:7]}-28", kin_keys=kin,
    )  # fmt: skip


def _pulls(about: str = ACA, date: DateRange = FRIDAY) -> list[EventFeatures]:
    return [_pull(doc, about, date) for doc in ("cbn", "npr", "wt")]


def _event_of(feats: list[EventFeatures]) -> dict[str, int]:
    return {f.doc: k for k, members in enumerate(cluster_events(feats)) for f in members}


def test_the_pull_told_by_the_speaker_is_the_vote_keyed_by_the_act():
    keyed = [_keyed("hill"), _keyed("csm", date=LAST_WEEK), _keyed("politico", AHCA, kin=frozenset({ACA}))]
    ev = _event_of(_pulls() + keyed)
    assert ev["cbn"] == ev["npr"] == ev["wt"] == ev["hill"] == ev["csm"]


def test_documents_not_about_the_act_stay_apart():
    keyed = [_keyed("hill"), _keyed("csm", date=LAST_WEEK)]
    ev = _event_of(_pulls(about=TAX) + keyed)
    assert ev["cbn"] == ev["npr"] and ev["cbn"] != ev["hill"]


def test_a_vote_months_away_stays_apart():
    # the Senate's July vote on another repeal bill is no report of March's pull
    keyed = [_keyed("hill", date=JULY), _keyed("dc", date=JULY)]
    ev = _event_of(_pulls() + keyed)
    assert ev["cbn"] != ev["hill"]


def test_two_acts_voted_on_then_leave_it_alone():
    # documents naming two acts, each with its own vote that week: which one was pulled is unsaid
    pulls = [
        EventFeatures(**{**_pull(doc).__dict__, "topic": frozenset({RYAN, ACA, TAX})})
        for doc in ("cbn", "npr", "wt")
    ]
    keyed = [_keyed("hill"), _keyed("csm", date=LAST_WEEK), _keyed("fox", TAX), _keyed("nyt", TAX)]
    ev = _event_of(pulls + keyed)
    assert ev["cbn"] != ev["hill"] and ev["cbn"] != ev["fox"]
