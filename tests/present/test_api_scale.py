"""The API on a 10,000-event store (tests/present/bigstore.py): every list is a page with its
total, the timeline opens on the densest months with their most salient events, a multi-word
search finds the events two people share, the graph keeps the most important entities."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture(scope="module")
def big(big_store):
    from fastapi.testclient import TestClient

    from storyline.present.api import create_app

    with TestClient(create_app(big_store.path), base_url="http://localhost") as c:
        yield c, big_store


def _db(truth):
    db = sqlite3.connect(truth.path)
    db.row_factory = sqlite3.Row
    return db


def test_every_list_is_a_page_with_its_total(big):
    c, truth = big
    db = _db(truth)
    n_events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert n_events == len(truth.events) >= 9000
    ev = c.get("/api/events", params={"status": "all"}).json()
    assert (len(ev["items"]), ev["total"], ev["limit"]) == (50, n_events, 50)
    assert all(len(e["mentions"]) <= 3 for e in ev["items"])  # a list samples each event's reports
    ents = c.get("/api/entities").json()
    assert (len(ents["items"]), ents["total"]) == (50, 5000)
    docs = c.get("/api/documents", params={"limit": 1000}).json()
    assert len(docs["items"]) == 1000 < docs["total"]
    assert c.get("/api/events", params={"limit": 1001}).status_code == 422

    t = c.get("/api/timeline").json()
    assert len(t["dated"]) == 200 < t["dated_total"]
    assert len(t["undated"]) <= 10 < t["undated_total"]
    undated = db.execute("SELECT count(*) FROM events WHERE date_lo IS NULL").fetchone()[0]
    assert t["undated_total"] == undated
    page = c.get("/api/events", params={"dated": "false", "limit": 20, "offset": 40}).json()
    assert page["total"] == undated and len(page["items"]) == 20
    assert all(e["date"] is None for e in page["items"])

    g = c.get("/api/graph").json()
    assert len(g["nodes"]) == g["limit"] == 150 < g["total_nodes"]
    assert all(len(e["events"]) <= 3 <= e["shared"] or len(e["events"]) == e["shared"] for e in g["edges"])

    top = ents["items"][0]
    detail = c.get(f"/api/entities/{top['id']}").json()
    n_mentions = db.execute("SELECT count(*) FROM mention_entity WHERE entity=?", (top["id"],)).fetchone()[0]
    assert len(detail["mentions"]) == 50 and detail["mentions_total"] == n_mentions > 50
    assert len(detail["events"]) == 50 and detail["events_total"] == top["n_events"] > 50
    key = c.get("/api/events", params={"entity": top["id"], "sort": "salience", "limit": 50}).json()
    assert {e["id"] for e in detail["events"]} == {e["id"] for e in key["items"]}  # its key events
    assert len(detail["documents"]) == 50 < detail["documents_total"]
    assert len(detail["co_participants"]) == 50 < detail["co_participants_total"]

    busiest = db.execute(
        "SELECT event, count(*) AS n FROM event_members GROUP BY event ORDER BY n DESC LIMIT 1"
    ).fetchone()
    e = c.get(f"/api/events/{busiest['event']}", params={"limit": 5}).json()
    assert len(e["evidence"]) == 5 < e["evidence_total"] and len(e["mentions"]) <= 5


def test_timeline_opens_on_the_densest_months_with_their_key_events(big):
    c, truth = big
    t = c.get("/api/timeline").json()
    busiest = sorted(truth.months, key=truth.months.get, reverse=True)[:3]
    assert (t["from"], t["to"]) == (t["window"]["from"], t["window"]["to"])
    assert all(t["from"] <= m <= t["to"] for m in busiest), (busiest, t["from"], t["to"])
    inside = sum(n for m, n in truth.months.items() if t["from"] <= m <= t["to"])
    assert inside >= 0.5 * sum(truth.months.values())
    assert t["to"] < "2018" and t["from"] > "2016"  # the dense spring, not the whole 1968-2018 span
    # the 200 shown are the most salient of the window: nothing left out outranks them
    shown = min(e["salience"] for e in t["dated"])
    rest = c.get(
        "/api/events",
        params={
            "from": t["from"],
            "to": t["to"],
            "dated": "true",
            "sort": "salience",
            "offset": 200,
            "limit": 5,
        },
    ).json()
    assert rest["items"] and all(e["salience"] <= shown for e in rest["items"])
    days = [e["day_start"] for e in t["dated"]]
    assert days == sorted(days)
    # zooming in to one week answers that week's key events, lesser ones among them
    week = c.get("/api/timeline", params={"from": "2017-05-15", "to": "2017-05-21"}).json()
    assert week["dated"] and all(
        e["day_start"] <= "2017-05-21" and (e["day_end"] or "") >= "2017-05-15" for e in week["dated"]
    )
    assert min(e["salience"] for e in week["dated"]) < shown


def test_dates_carry_their_precision(big):
    c, _ = big
    t = c.get("/api/timeline", params={"from": "2015", "to": "2018", "limit": 1000}).json()
    by = {}
    for e in t["dated"]:
        by.setdefault(e["precision"], []).append(e)
    assert {"day", "month", "year", "days"} <= set(by)
    assert all(len(e["date"]["start"]) == 4 and e["day_end"][5:] == "12-31" for e in by["year"])
    assert all(len(e["date"]["start"]) == 7 for e in by["month"])


def test_density_counts_months(big):
    c, truth = big
    d = c.get("/api/timeline/density").json()
    got = {m["month"]: m["events"] for m in d["months"]}
    assert got == truth.months
    assert d["dated_total"] + d["undated_total"] == len(truth.events)


def test_two_words_find_the_events_two_people_share(big):
    c, truth = big
    for rank in (0, 7):
        a, b, n = truth.pair(rank)
        q = f"{truth.names[a].split()[-1]} {truth.names[b].split()[-1]}"
        page = c.get("/api/events", params={"q": q, "status": "all", "limit": 1000}).json()
        assert page["total"] == n
        assert all({a, b} <= {p["entity"] for p in e["participants"]} for e in page["items"])
        pair = c.get("/api/events", params=[("entity", a), ("entity", b), ("status", "all")]).json()
        assert pair["total"] == n
        found = c.get("/api/search", params={"q": q}).json()
        assert {e["id"] for e in found["entities"]["items"]} == {a, b} and found["entities"]["total"] == 2
        s = found["events"]
        assert s["total"] == n and len(s["items"]) == min(20, n)
        sal = [e["salience"] for e in s["items"]]
        assert sal == sorted(sal, reverse=True)
    # search words are words: an underscore is not SQL's any-character
    wild = truth.names[a].split()[-1][:-1] + "_"
    assert c.get("/api/events", params={"q": wild, "status": "all"}).json()["total"] == 0


def test_graph_keeps_the_most_important_entities(big):
    c, truth = big
    db = _db(truth)
    weight = {
        r[0]: r[1]
        for r in db.execute(
            "SELECT p.entity, sum(ev.salience) FROM event_participants p JOIN events ev ON ev.id = p.event"
            " WHERE ev.status IN ('HAPPENED', 'DISPUTED') GROUP BY p.entity"
        )
    }
    ranked = sorted(weight, key=lambda x: (-weight[x], x))
    for n in (10, 75):
        g = c.get("/api/graph", params={"limit": n}).json()
        assert {x["id"] for x in g["nodes"]} == set(ranked[:n])
        assert g["total_nodes"] == len(weight)
        ids = {x["id"] for x in g["nodes"]}
        assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    a, b, n = truth.pair()
    g = c.get("/api/graph", params={"limit": 20}).json()
    edge = [e for e in g["edges"] if {e["source"], e["target"]} == {a, b}]
    assert edge and edge[0]["shared"] == n
