"""A visit to a country is a trip there, and two legs of one journey are two visits. Real sentences
of dev reports of trump_saudi_visit (bench/data/dedup_allsides.json): Fox News, 2017-05-21, and
CNN, 2017-05-22. The lexicon reads "visit" as a meeting and links the country as a participant,
as if Trump met Saudi Arabia; the trip then has no place, and the CNN sentence's two legs (Israel,
Saudi Arabia) fell in one event."""

from __future__ import annotations

from tests.resolve.articles import analyses_of

from storyline.resolve import features, resolve
from storyline.resolve.entities import resolve_entities

FOX = (
    'Trump called his visit to Saudi Arabia "a great honor" joined the king in a brief coffee ceremony at the '
    "airport terminal before heading to his hotel and the official events of the day."
)
CNN = (
    "(CNN) President Donald Trump landed in Israel on Monday for the second leg of his first foreign trip as "
    "president where he will tackle the Israeli-Palestinian peace process, address regional security issues and "
    "reaffirm the US' commitment to its alliance with Israel. He arrived in Israel after visiting Saudi Arabia, "
    "home to the two holiest sites in Islam, and will next head to the Vatican, home of the Catholic Church."
)
# a visit to someone is a meeting (Christian Science Monitor, 2017-02-15)
CSM = (
    "As Mr. Netanyahu visited President Trump at the White House Wednesday, both sides looked to change the "
    "first part of that equation."
)


def _features(analyses: list) -> tuple[list, dict[str, str]]:
    entities, mention_entity = resolve_entities(analyses)
    kinds = {e.id: e.type for e in entities}
    return features(analyses, mention_entity, None, kinds), {e.id: e.name for e in entities}


def test_a_visit_to_a_country_is_a_trip_there():
    analyses = analyses_of({"fox": ("2017-05-21", FOX)})
    (visit,) = [e for e in analyses[0].events if e.lemma == "visit"]
    assert visit.type == "MEET"  # the premise: the lexicon's reading
    feats, name = _features(analyses)
    (f,) = [f for f in feats if f.id == visit.id]
    assert f.type == "TRAVEL"
    assert f.location is not None and name[f.location] == "Saudi Arabia"
    assert "Saudi Arabia" not in {name[x] for x in f.participants}


def test_a_visit_to_someone_stays_a_meeting():
    analyses = analyses_of({"csm": ("2017-02-15", CSM)})
    feats, _ = _features(analyses)
    visits = [f for f in feats if f.lemma == "visit"]
    assert visits and all(f.type == "MEET" for f in visits)


def test_two_reports_of_a_visit_join_and_the_next_leg_stays_apart():
    analyses = analyses_of({"fox": ("2017-05-21", FOX), "cnn": ("2017-05-22", CNN)})
    (fox,) = [e for e in analyses[0].events if e.lemma == "visit"]
    (cnn,) = [e for e in analyses[1].events if e.lemma == "visit"]
    arrived = [e for e in analyses[1].events if e.lemma == "arrive"]
    assert arrived  # the premise: the Israel leg is read
    held = {m: ev for ev in resolve(analyses).events for m in ev.members}
    assert fox.id in held and held[fox.id] is held.get(cnn.id)
    assert all(held.get(e.id) is not held[fox.id] for e in arrived)
