"""Event salience: independent outlets (not articles), persistence, participants' centrality,
type; stored by the store and exported."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.model import Analysis, Document, Event, EventMention, OffsetMap, Participant
from storyline.resolve.salience import score


def _doc(i, outlet, published):
    return Document(id=f"d{i}", source=f"d{i}", original="x", text="x", offsets=OffsetMap.identity(1),
                    outlet=outlet, published=published)  # fmt: skip


def _story(reports: dict[str, list[tuple[str, str]]], types=None, participants=None):
    """reports: event id -> [(outlet, published)], one article each."""
    analyses, events, n = [], [], 0
    for ev_id, docs in reports.items():
        members = []
        for outlet, published in docs:
            m = EventMention(f"m{n}", 0, "MEET", "met", "meet", 0, 1, doc=f"d{n}")
            analyses.append(Analysis(doc=_doc(n, outlet, published), events=[m]))
            members.append(m.id)
            n += 1
        parts = (participants or {}).get(ev_id, [Participant("ent_x", "agent")])
        events.append(
            Event(ev_id, (types or {}).get(ev_id, "MEET"), ev_id, members=members, participants=parts)
        )
    score(events, analyses)
    return {e.id: e.salience for e in events}


def test_outlets_count_not_articles():
    s = _story(
        {
            "three_outlets": [("bbc", "2020-01-01"), ("reuters", "2020-01-01"), ("fox", "2020-01-01")],
            "one_outlet_thrice": [("bbc", "2020-01-01"), ("bbc", "2020-01-01"), ("bbc", "2020-01-01")],
            "once": [("guardian", "2020-01-01")],
        }
    )
    assert s["three_outlets"] > s["one_outlet_thrice"] == s["once"]
    assert all(0 <= v <= 1 for v in s.values())


def test_persistence_centrality_and_type_raise_salience():
    same = [("bbc", "2020-01-01"), ("cnn", "2020-01-02")]
    s = _story({"short": same, "long": [("bbc", "2020-01-01"), ("cnn", "2020-03-01")]})
    assert s["long"] > s["short"]
    s = _story({"death": same, "talk": same}, types={"death": "DIE", "talk": "STATEMENT"})
    assert s["death"] > s["talk"]
    hub = [Participant("ent_hub", "agent")]
    s = _story(
        {"a": same, "b": same, "c": same, "lone": same},
        participants={"a": hub, "b": hub, "c": hub, "lone": [Participant("ent_lone", "agent")]},
    )
    assert s["a"] == s["b"] > s["lone"]


def test_salience_is_stored_and_exported(sample_store):
    from storyline.present.cli import cli

    events = sample_store.events().items
    assert events and all(0 < e.salience <= 1 for e in events)
    assert len({e.salience for e in events}) > 1
    data = json.loads(
        CliRunner().invoke(cli, ["export", "--format", "json", "--db", sample_store.path]).output
    )
    assert {e["id"]: e["salience"] for e in data["events"]} == {e.id: e.salience for e in events}
