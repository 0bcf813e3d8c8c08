"""A date after its report, of something the report tells as done, is misread: The Washington
Times, Monday March 6, 2017 (dev event wiretap_claim of bench/news_scale.py): "President Trump
leveled an unproven allegation this weekend ...", "this weekend" read as March 11-12. It had kept
the report from the accusation others date Saturday March 4; for clustering it is now undated, as
the event's date already dropped it. A plan dated after its report keeps its date."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document
from storyline.resolve import features
from storyline.resolve.entities import resolve_entities

MONDAY = "2017-03-06"
LEVELED = (
    "President Trump leveled an unproven allegation this weekend that former President Barack Obama "
    "tapped his phones at Trump Tower a month before the election."
)
PLAN = "The House will vote on the bill on Thursday."


def _features(text: str):
    analyses = list(analyse([build_document(RawArticle("t0", text, "text"), MONDAY)]))
    ents, mention_entity = resolve_entities(analyses)
    return analyses[0], features(analyses, mention_entity, None, {e.id: e.type for e in ents})


def test_a_done_act_dated_after_its_report_is_undated_for_clustering():
    a, feats = _features(LEVELED)
    told = {e.id: e for e in a.events if e.type == "ACCUSE"}
    assert told and all(e.date is not None and e.date.start > MONDAY for e in told.values())  # as read
    assert all(f.date is None for f in feats if f.id in told)


def test_a_plan_dated_after_its_report_keeps_its_date():
    a, feats = _features(PLAN)
    votes = {e.id for e in a.events if e.type == "VOTE" and e.date is not None}
    assert votes and all(f.date is not None for f in feats if f.id in votes)
