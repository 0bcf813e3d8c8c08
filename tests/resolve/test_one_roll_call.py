"""Two reports of one roll call naming different voters, from AllSides reports of 2017 (the dev
event skinny_repeal_fails of bench/data/dedup_allsides.json, the Senate's vote at 1:30 a.m. on
Friday July 28).

The Hill, July 29: "In the early hours of Friday , McCain cast a decisive vote against a
slimmed-down effort that aimed to gut important parts of the ACA. His opposition came despite
last-minute efforts by Vice President Pence to win him over on the Senate floor. His vote,
combined with a united Democratic front and expected no votes from Collins and Murkowski, doomed
the bill." The parse reads "His vote" as Pence's, so the article's vote had Pence for its voter
and never met the reports of McCain's ("McCain votes 'no'", USA TODAY; "John McCain together with
Lisa Murkowski and Susan Collins voted against the ObamaCare repeal", InfoWars)."""

from __future__ import annotations

from storyline.model import DateRange
from storyline.resolve.dates import night
from storyline.resolve.events import EventFeatures, cluster_events

ACA, MCCAIN, PENCE = "ent_aca", "ent_mccain", "ent_pence"
EARLY_FRIDAY = DateRange("2017-07-28", "2017-07-28", "early Friday morning")
FRIDAY = DateRange("2017-07-28", "2017-07-28", "Friday")
TUESDAY = DateRange("2017-07-25", "2017-07-25", "Tuesday")
WEEK = DateRange("2017-07-22", "2017-07-29", "")  # an undated vote: its article's week (resolve._recent)


def _vote(
    doc: str, sent: int, date: DateRange, agent: str | None = None, measure: bool = True
) -> EventFeatures:
    people = {agent} if agent else set()
    return EventFeatures(
        id=f"{doc}:e{sent}", doc=doc, sent=sent, type="VOTE", lemma="vote",
        participants=frozenset(people | ({ACA} if measure else set())),
        key_participants=frozenset({ACA} if measure else set()), agents=frozenset(people),
        date=night(date), published="2017-07-29",
    )  # fmt: skip


def _mccain_reports() -> list[EventFeatures]:
    """Three reports of McCain's vote on the repeal, early on Friday."""
    return [_vote(doc, 0, EARLY_FRIDAY, MCCAIN) for doc in ("usatoday", "infowars", "politico")]


def _group(feats: list[EventFeatures]) -> dict[str, int]:
    return {f.id: k for k, members in enumerate(cluster_events(feats)) for f in members}


def test_a_vote_on_the_measure_that_day_is_the_roll_call_whoever_it_names():
    hill = [_vote("thehill", 43, FRIDAY), _vote("thehill", 45, WEEK, PENCE, measure=False)]
    ev = _group([*_mccain_reports(), *hill])
    assert ev["thehill:e43"] == ev["thehill:e45"] == ev["usatoday:e0"] == ev["infowars:e0"]


def test_another_day_s_vote_on_the_measure_stays_apart():
    # Pence's tie-breaking vote on Tuesday's motion to proceed, on the same bill
    ev = _group([*_mccain_reports(), _vote("cnn", 2, TUESDAY, PENCE)])
    assert ev["cnn:e2"] != ev["usatoday:e0"]


def test_votes_told_without_their_day_stay_apart_by_their_voters():
    # undated, each is only its article's week: one voter's vote is not another's
    ev = _group(
        [_vote(doc, 0, WEEK, MCCAIN) for doc in ("usatoday", "infowars")] + [_vote("vox", 1, WEEK, PENCE)]
    )
    assert ev["vox:e1"] != ev["usatoday:e0"]
