"""The JSON API over the hand-made store (see conftest.py): shapes, pages, filters, errors, headers."""

from __future__ import annotations

import pytest


def test_stats(client):
    r = client.get("/api/stats")
    assert r.status_code == 200
    body = r.json()
    assert body["counts"] == {
        "documents": 4,
        "sentences": 11,
        "entities": 5,
        "events": 7,
        "claims": 4,
        "contradictions": 1,
    }
    assert {o["outlet"] for o in body["outlets"]} >= {"The Washington Post", "The New York Times"}
    assert {t["type"] for t in body["event_types"]} == {"MEET", "PROPOSE", "CALL", "DENY"}
    assert body["events_span"] == {"first": "2016-12-01", "last": "2017-01-05"}
    statuses = {x["status"]: x["events"] for x in body["event_statuses"]}
    assert statuses == {"HAPPENED": 5, "PLANNED": 1, "NOT_HAPPENED": 1}


@pytest.mark.parametrize(
    "path,total",
    [
        ("/api/documents", 4),
        ("/api/entities", 5),
        ("/api/events", 5),
        ("/api/claims", 4),
        ("/api/contradictions", 1),
    ],
)
def test_lists_are_paginated(client, path, total):
    full = client.get(path, params={"limit": 100}).json()
    assert full["total"] == total and len(full["items"]) == total
    assert full["limit"] == 100 and full["offset"] == 0
    first = client.get(path, params={"limit": 2}).json()
    rest = client.get(path, params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == total
    assert len(first["items"]) == min(2, total)
    ids = [x.get("id") for x in first["items"] + rest["items"]]
    assert ids == [x.get("id") for x in full["items"]][: len(ids)]
    beyond = client.get(path, params={"offset": 500}).json()
    assert beyond["items"] == [] and beyond["total"] == total


def test_documents(client):
    docs = client.get("/api/documents").json()["items"]
    assert [d["published"] for d in docs] == sorted(d["published"] for d in docs)
    d = client.get("/api/documents/wapo-backchannel").json()
    assert d["outlet"] == "The Washington Post"
    assert len(d["sentences"]) == 4 and set(d["events"]) >= {"ev-meet", "ev-call"}


def test_entities_filters(client):
    people = client.get("/api/entities", params={"type": "person"}).json()
    assert people["total"] == 4
    assert client.get("/api/entities", params={"q": "ambassador"}).json()["items"][0]["id"] == "ent-kislyak"
    in_nyt = {e["id"] for e in client.get("/api/entities", params={"doc": "nyt-meeting"}).json()["items"]}
    assert in_nyt == {"ent-kushner", "ent-flynn", "ent-kislyak"}


def test_entity_page(client):
    e = client.get("/api/entities/ent-kislyak").json()
    assert e["name"] == "Sergey Kislyak" and "the Russian ambassador" in e["aliases"]
    assert [ev["id"] for ev in e["events"]] == ["ev-meet", "ev-call", "ev-xss"]
    co = {c["id"]: c["shared"] for c in e["co_participants"]}
    assert co["ent-flynn"] == 2 and co["ent-kushner"] == 1
    assert {m["doc"] for m in e["mentions"]} == {
        "wapo-backchannel",
        "nyt-meeting",
        "xss-probe",
        "planned-talks",
    }


def test_events_filters_accept_entity_id_or_name(client):
    by_id = client.get("/api/events", params={"entity": "ent-kislyak"}).json()
    by_name = client.get("/api/events", params={"entity": "kislyak"}).json()
    by_alias = client.get("/api/events", params={"entity": "the Russian ambassador"}).json()
    assert by_id == by_name == by_alias and by_id["total"] == 3
    assert client.get("/api/events", params={"type": "call"}).json()["items"][0]["id"] == "ev-call"
    dec = client.get("/api/events", params={"from": "2016-12", "to": "2016-12"}).json()
    assert [e["id"] for e in dec["items"]] == ["ev-meet", "ev-propose", "ev-call"]
    since = client.get("/api/events", params={"from": "2016-12-15"}).json()
    assert [e["id"] for e in since["items"]] == ["ev-call", "ev-xss"]
    nyt = client.get("/api/events", params={"outlet": "The New York Times"}).json()
    assert {e["id"] for e in nyt["items"]} == {"ev-meet", "ev-deny"}
    doc = client.get("/api/events", params={"doc": "wapo-backchannel"}).json()
    assert {e["id"] for e in doc["items"]} == {"ev-meet", "ev-propose", "ev-call"}


def test_event_page_evidence_grouped_by_document(client):
    ev = client.get("/api/events/ev-meet").json()
    assert ev["location_name"] == "Trump Tower"
    assert {p["name"] for p in ev["participants"]} == {"Jared Kushner", "Michael Flynn", "Sergey Kislyak"}
    groups = {g["doc"]: g for g in ev["evidence"]}
    assert set(groups) == {"wapo-backchannel", "nyt-meeting"}
    wapo = groups["wapo-backchannel"]
    assert wapo["outlet"] == "The Washington Post" and len(wapo["sentences"]) == 2
    s = wapo["sentences"][0]
    trig = [h for h in s["highlights"] if h["kind"] == "trigger"][0]
    assert s["text"][trig["start"] : trig["end"]] == "met"
    parts = {s["text"][h["start"] : h["end"]] for h in s["highlights"] if h["kind"] == "participant"}
    assert parts == {"Jared Kushner", "Sergey Kislyak"}
    assert s["sources"] == ["The Washington Post"]


def test_claims_filters(client, hand_store):
    assert (
        client.get("/api/claims", params={"stance": "deny"}).json()["items"][0]["id"]
        == hand_store["claim_deny"]
    )
    assert client.get("/api/claims", params={"doc": "nyt-meeting"}).json()["total"] == 2
    assert client.get("/api/claims", params={"event": "ev-propose"}).json()["items"][0]["stance"] == "ASSERT"
    by_kushner = client.get("/api/claims", params={"entity": "Kushner"}).json()
    assert {c["id"] for c in by_kushner["items"]} == {hand_store["claim_assert"], hand_store["claim_deny"]}


def test_contradictions_list_both_claims(client, hand_store):
    c = client.get("/api/contradictions").json()["items"][0]
    assert (
        [d["id"] for d in c["details"]]
        == c["claims"]
        == [hand_store["claim_assert"], hand_store["claim_deny"]]
    )
    assert [d["stance"] for d in c["details"]] == ["ASSERT", "DENY"]


def test_search_sentences_entities_events(client):
    r = client.get("/api/search", params={"q": "backchannel"}).json()
    assert r["sentences"]["total"] == 2
    assert {s["doc"] for s in r["sentences"]["items"]} == {"wapo-backchannel", "nyt-meeting"}
    assert {e["id"] for e in r["events"]["items"]} == {"ev-propose", "ev-deny"}
    r = client.get("/api/search", params={"q": "Kislyak"}).json()
    assert r["entities"]["items"][0]["id"] == "ent-kislyak"
    assert r["sentences"]["total"] >= 3
    # FTS syntax in user text is data, not a query language
    assert client.get("/api/search", params={"q": 'NEAR("x" OR) *'}).status_code == 200
    assert client.get("/api/search", params={"q": "zzzznothing"}).json()["sentences"]["total"] == 0


def test_search_counts_up_to_a_cap_and_says_so(client, monkeypatch):
    """A common word's total stops at the cap, marked as an estimate (the UI shows "N+"), and
    its pages end there; under the cap the total is exact."""
    exact = client.get("/api/search", params={"q": "Kislyak"}).json()["sentences"]
    assert exact["total"] >= 3 and exact["total_is_estimate"] is False
    monkeypatch.setattr("storyline.store.queries.SEARCH_CAP", 2)
    capped = client.get("/api/search", params={"q": "Kislyak", "limit": 1}).json()["sentences"]
    assert capped["total"] == 2 and capped["total_is_estimate"] is True
    assert len(capped["items"]) == 1
    second = client.get("/api/search", params={"q": "Kislyak", "limit": 5, "offset": 1}).json()["sentences"]
    assert len(second["items"]) == 1 and second["items"][0] != capped["items"][0]
    assert client.get("/api/search", params={"q": "Kislyak", "offset": 2}).json()["sentences"]["items"] == []
    assert (
        client.get("/api/search", params={"q": "backchannel"}).json()["sentences"]["total_is_estimate"]
        is False
    )


def test_lists_cap_roles_and_sides_with_their_totals(client, monkeypatch):
    """An entity in a list carries its first roles with their total; a disagreement's side its
    first reports with theirs (a central figure has a role per document, a side 1,000 reports)."""
    monkeypatch.setattr("storyline.present.api_routes.LIST_ROLES", 0)
    monkeypatch.setattr("storyline.present.api_routes.SIDE_REPORTS", 1)
    ents = client.get("/api/entities", params={"q": "Kislyak"}).json()["items"]
    kislyak = next(e for e in ents if e["id"] == "ent-kislyak")
    whole = client.get("/api/entities/ent-kislyak").json()
    assert whole["roles"] and kislyak["roles"] == [] and kislyak["roles_total"] == len(whole["roles"])


def test_disagreement_sides_capped_with_their_totals(seed_store):
    """A side in a list carries its first reports and the claims of those, with both totals
    (on the seeds: Sessions's denials against the reports of his meetings)."""
    whole = seed_store.disagreements().items
    capped = seed_store.disagreements(max_reports=1).items
    assert [k.id for k in whole] == [k.id for k in capped]
    assert any(len(p.reports) > 1 for k in whole for p in k.positions)
    for full, cut in zip(whole, capped):
        for fp, cp in zip(full.positions, cut.positions):
            assert cp.reports == fp.reports[:1]
            assert cp.reports_total == (len(fp.reports) if cut.details_total is not None else None)
        if cut.details_total is not None:
            shown = {r.claim for p in cut.positions for r in p.reports}
            assert {c.id for c in cut.details} <= shown and cut.details_total == len(set(full.claims))


def _ids(page) -> tuple[int, list[str]]:
    return page.total, [k.id for k in page.items]


def test_disagreements_of_an_entity_match_the_reference_on_seeds(seed_store):
    """The SQL filter of an entity's disagreements (its events, else it speaking on a side,
    read only for the rows its events do not keep) gives what the Store's default, written
    with the other methods, gives: every speaker and participant of the seeds' disagreements.
    (Capped, the SQL lists count a side's first- and second-hand reports among those shown
    when it quotes some: the same disagreements, their sides' evidence aside.)"""
    from storyline.store.base import Store

    every = seed_store.disagreements().items
    speakers = {r.speaker for k in every for p in k.positions for r in p.reports if r.speaker}
    participants = {p.entity for ev in seed_store.events().items for p in ev.participants}
    named = sorted(speakers | participants)  # a speaker may be text ("campaign sources"): alike
    totals = []
    for e in named:
        mine, ref = seed_store.disagreements(entity=e), Store.disagreements(seed_store, entity=e)
        assert [k.model_dump() for k in mine.items] == [k.model_dump() for k in ref.items], e
        for limit, offset in ((None, 0), (1, 1)):
            mine = seed_store.disagreements(entity=e, max_reports=1, limit=limit, offset=offset)
            ref = Store.disagreements(seed_store, entity=e, max_reports=1, limit=limit, offset=offset)
            assert _ids(mine) == _ids(ref), e
        totals.append(mine.total)
    assert any(0 < t < len(every) for t in totals)  # the filter keeps some, not all


def test_disagreements_listed_from_the_heads_of_their_sides(seed_store, tmp_path):
    """A list reads each side's first reports kept apart (``heads``), not the sides whole;
    rows without them (a store written before) are read whole, and a migration fills them:
    the same list every way, for a cap within the heads and one beyond."""
    import sqlite3

    from storyline.store import SQLiteStore
    from storyline.store.base import Store
    from storyline.store.queries import HEAD_REPORTS

    path = tmp_path / "copy.db"
    with sqlite3.connect(seed_store.path) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    copy = SQLiteStore(str(path))
    try:

        def lists() -> list[list[dict]]:
            return [
                [k.model_dump() for k in copy.disagreements(max_reports=cap).items]
                for cap in (1, HEAD_REPORTS, HEAD_REPORTS + 1, None)
            ]

        kept = lists()
        assert kept[0] != kept[3]  # some side is capped
        assert kept[3] == [k.model_dump() for k in Store.disagreements(copy).items]
        assert [[k["id"] for k in x] for x in kept] == [[k.id for k in Store.disagreements(copy).items]] * 4
        for capped, whole in zip(kept[0], kept[3]):  # a capped side counts all its reports
            for p, q in zip(capped["positions"], whole["positions"]):
                assert p["reports"] == q["reports"][:1] and p["reports_total"] in (None, len(q["reports"]))
        with copy._write():
            copy.db.execute("UPDATE contradictions SET heads = NULL")
        assert lists() == kept
        with copy._write():
            copy._fill_heads()
        assert copy.db.execute("SELECT count(*) FROM contradictions WHERE heads IS NULL").fetchone()[0] == 0
        assert lists() == kept
    finally:
        copy.close()


def test_listed_triggers_are_their_original_text_on_seeds(seed_store):
    """A listed report's trigger text (cut from its sentence's) is the original text at its offsets."""
    originals = {d.id: d.original for d in seed_store.document_records().items}
    listed = [m for ev in seed_store.events(limit=200, max_mentions=3).items for m in ev.mentions]
    assert listed
    for m in listed:
        assert m.trigger.text == originals[m.doc][m.trigger.start : m.trigger.end]
        assert m.start <= m.trigger.start <= m.trigger.end <= m.end


def test_timeline_lists_undated_apart(client):
    t = client.get("/api/timeline").json()
    assert [e["id"] for e in t["dated"]] == ["ev-meet", "ev-propose", "ev-call", "ev-xss"]
    assert [e["id"] for e in t["undated"]] == ["ev-deny"]
    meet = t["dated"][0]
    assert (meet["day_start"], meet["day_end"]) == ("2016-12-01", "2016-12-02")
    k = client.get("/api/timeline", params={"entity": "Jared Kushner", "from": "2016", "to": "2016"}).json()
    assert k["entity"]["id"] == "ent-kushner"
    assert [e["id"] for e in k["dated"]] == ["ev-meet", "ev-propose"]
    assert [e["id"] for e in k["undated"]] == ["ev-deny"]  # not hidden by the date filter
    assert client.get("/api/timeline", params={"type": "MEET"}).json()["total"] == 2


def test_graph_depth(client):
    full = client.get("/api/graph").json()
    assert len(full["nodes"]) == 4  # Trump Tower is a location, not a participant
    one = client.get("/api/graph", params={"entity": "Kushner"}).json()
    assert one["focus"] == "ent-kushner"
    assert {n["id"] for n in one["nodes"]} == {"ent-kushner", "ent-flynn", "ent-kislyak"}
    two = client.get("/api/graph", params={"entity": "ent-kushner", "depth": 2}).json()
    assert {n["id"] for n in two["nodes"]} == {"ent-kushner", "ent-flynn", "ent-kislyak", "ent-mallory"}
    edge = [e for e in two["edges"] if {e["source"], e["target"]} == {"ent-flynn", "ent-kislyak"}][0]
    assert edge["events"] == ["ev-call", "ev-meet"]
    assert two["events"]["ev-call"]["label"] == "Flynn calls Kislyak"


@pytest.mark.parametrize(
    "path,params,status,needle",
    [
        ("/api/events/nope", {}, 404, "nope"),
        ("/api/entities/nope", {}, 404, "nope"),
        ("/api/documents/nope", {}, 404, "nope"),
        ("/api/events", {"entity": "Nobody At All"}, 404, "Nobody At All"),
        ("/api/nowhere", {}, 404, "/api/nowhere"),
        ("/api/events", {"from": "2016-13-45"}, 422, "2016-13-45"),
        ("/api/timeline", {"to": "yesterday"}, 422, "yesterday"),
        ("/api/events", {"from": "2017-02-30"}, 422, "2017-02-30"),
        ("/api/events", {"from": "2017", "to": "2016"}, 422, "after"),
        ("/api/graph", {"depth": 3}, 422, "depth"),
        ("/api/graph", {"depth": "two"}, 422, "depth"),
        ("/api/events", {"limit": 0}, 422, "limit"),
        ("/api/events", {"limit": 100000}, 422, "limit"),
        ("/api/events", {"offset": -1}, 422, "offset"),
        ("/api/events", {"type": "PARTY"}, 422, "PARTY"),
        ("/api/claims", {"stance": "MAYBE"}, 422, "MAYBE"),
        ("/api/search", {}, 422, "q"),
        ("/api/search", {"q": "   "}, 422, "q"),
    ],
)
def test_errors_are_json(client, path, params, status, needle):
    r = client.get(path, params=params)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and needle in body["error"]


def test_read_only(client):
    for method in ("post", "put", "delete", "patch"):
        r = getattr(client, method)("/api/events")
        assert r.status_code == 405 and "read-only" in r.json()["error"]


@pytest.mark.parametrize(
    "path", ["/", "/api/stats", "/api/events/nope", "/static/app.js", "/docs", "/openapi.json"]
)
def test_security_headers_on_every_response(client, path):
    h = client.get(path).headers
    csp = h["content-security-policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "connect-src 'self'",
        "img-src 'self' data:",
    ):
        assert directive in csp
    assert "unsafe-eval" not in csp and "script-src 'self' 'unsafe-inline'" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    for p in (
        "/api/documents",
        "/api/entities/{entity_id}",
        "/api/events",
        "/api/claims",
        "/api/contradictions",
        "/api/search",
        "/api/timeline",
        "/api/graph",
        "/api/stats",
    ):
        assert p in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()


def test_ui_shell_served_without_external_resources(client):
    html = client.get("/").text
    assert "http://" not in html and "https://" not in html
    assert client.get("/static/vendor/cytoscape.min.js").status_code == 200


def test_markup_in_data_is_returned_verbatim_as_json(client):
    ev = client.get("/api/events/ev-xss").json()
    assert ev["label"].startswith("<script>alert(1)</script>")
    assert client.get("/api/events/ev-xss").headers["content-type"].startswith("application/json")


def test_serve_command_defaults():
    from click.testing import CliRunner

    from storyline.present.serve import serve

    params = {p.name: p for p in serve.params}
    assert params["host"].default == "127.0.0.1" and params["port"].default == 8000
    r = CliRunner().invoke(serve, ["--db", "/nonexistent/store.db"])
    assert r.exit_code != 0 and "no store" in r.output


def test_default_lists_state_only_what_happened_or_is_disputed(client, hand_store):
    ids = {e["id"] for e in client.get("/api/events", params={"limit": 100}).json()["items"]}
    assert hand_store["planned"] not in ids and hand_store["not_happened"] not in ids
    timeline = client.get("/api/timeline").json()
    assert timeline["statuses"] == ["DISPUTED", "HAPPENED"]
    shown = {e["id"] for e in timeline["dated"] + timeline["undated"]}
    assert hand_store["planned"] not in shown and hand_store["not_happened"] not in shown
    assert all(e["status"] in ("HAPPENED", "DISPUTED") for e in timeline["dated"] + timeline["undated"])
    # the graph links people by what they did together, not by a meeting still to come
    edge = next(
        e
        for e in client.get("/api/graph").json()["edges"]
        if {e["source"], e["target"]} == {"ent-kislyak", "ent-kushner"}
    )
    assert hand_store["planned"] not in edge["events"]
    assert client.get("/api/entities/ent-kushner").json()["n_events"] == 3


def test_status_filter_reaches_the_other_statuses(client, hand_store):
    planned = client.get("/api/events", params={"status": "planned"}).json()
    assert [e["id"] for e in planned["items"]] == [hand_store["planned"]]
    assert planned["items"][0]["status"] == "PLANNED"
    m = planned["items"][0]["mentions"][0]
    assert (m["time"], m["polarity"], m["trigger"]["text"]) == ("FUTURE", "POS", "meet")
    both = client.get("/api/timeline", params={"status": "PLANNED,NOT_HAPPENED"}).json()
    assert [e["id"] for e in both["dated"]] == [hand_store["planned"]]
    assert [e["id"] for e in both["undated"]] == [hand_store["not_happened"]]
    assert both["undated"][0]["mentions"][0]["polarity"] == "NEG"
    every = client.get("/api/events", params={"status": "all", "limit": 100}).json()
    assert every["total"] == 7
    detail = client.get(f"/api/events/{hand_store['not_happened']}").json()
    assert detail["status"] == "NOT_HAPPENED" and detail["first_reported"] == "2017-06-02"
    assert [s["reports"] for g in detail["evidence"] for s in g["sentences"]] == [["NOT_HAPPENED"]]
    meet = client.get("/api/events/ev-meet").json()
    assert {r for g in meet["evidence"] for s in g["sentences"] for r in s["reports"]} == {"HAPPENED"}
    bad = client.get("/api/events", params={"status": "MAYBE"})
    assert bad.status_code == 422 and "MAYBE" in bad.json()["error"]


def test_openapi_documents_the_answers(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def answer(path):
        ok = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        name = ok["$ref"].rsplit("/", 1)[-1]
        return schemas[name]

    for path, item in [
        ("/api/documents", "DocumentSummary"),
        ("/api/entities", "EntitySummary"),
        ("/api/events", "EventRecord"),
        ("/api/claims", "ClaimRecord"),
        ("/api/contradictions", "ContradictionRecord"),
    ]:
        page = answer(path)
        assert set(page["required"]) >= {"items", "total", "limit", "offset"}, path
        assert page["properties"]["items"]["items"]["$ref"].endswith("/" + item), path
    event = schemas["EventRecord"]["properties"]
    assert {"status", "first_reported", "confidence", "mentions"} <= set(event)
    mention = schemas["EventMentionRecord"]["properties"]
    assert {"trigger", "polarity", "certainty", "time", "special"} <= set(mention)
    for path in ("/api/timeline", "/api/graph", "/api/stats", "/api/search", "/api/events/{event_id}"):
        assert answer(path)["properties"], path


def test_contradictions_filtered_by_kind_entity_and_event_on_seeds(seeds_store):
    """On the seeds run through the pipeline: the kinds partition the list, an entity's
    disagreements are those about its events or spoken by it, and the page counts them all."""
    from fastapi.testclient import TestClient

    from storyline.present.api import create_app

    with TestClient(create_app(seeds_store), base_url="http://localhost") as c:
        everything = c.get("/api/contradictions", params={"limit": 500}).json()
        assert everything["total"] == len(everything["items"]) > 0
        by_kind = {
            k: c.get("/api/contradictions", params={"kind": k.lower(), "limit": 500}).json()["total"]
            for k in ("DENIAL", "CHANGED_ACCOUNT", "NUMBER", "DATE", "PLACE", "ATTRIBUTION")
        }
        assert sum(by_kind.values()) == everything["total"]
        assert by_kind["ATTRIBUTION"] >= 1  # who first told of Kushner's meeting with Kislyak
        assert c.get("/api/contradictions", params={"kind": "verdict"}).status_code == 422
        sessions = c.get("/api/entities", params={"q": "Sessions", "type": "PERSON"}).json()["items"][0]
        his_events = {e["id"] for e in c.get(f"/api/entities/{sessions['id']}").json()["events"]}
        about = c.get("/api/contradictions", params={"entity": "Sessions", "limit": 1}).json()
        assert about["total"] >= 1 and len(about["items"]) == 1
        for k in c.get("/api/contradictions", params={"entity": sessions["id"], "limit": 500}).json()[
            "items"
        ]:
            speakers = {r["speaker"] for p in k["positions"] for r in p["reports"]}
            assert his_events & set(k["events"]) or sessions["id"] in speakers
        some = next(k for k in everything["items"] if k["events"])
        on_event = c.get("/api/contradictions", params={"event": some["events"][0], "limit": 500}).json()
        assert some["id"] in {k["id"] for k in on_event["items"]}
        assert c.get("/api/contradictions", params={"entity": "nobody at all"}).status_code == 404
