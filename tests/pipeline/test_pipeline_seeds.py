"""The real scrapes of ../shared/corpus/seeds through the whole pipeline."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import SHARED
from tests.records import as_dict, rows

from storyline.model import TIMELINE_STATUSES


def _doc_id(store, prefix):
    docs = rows(store.documents())
    return next(d["id"] for d in docs if d["source"].split("/")[-1].startswith(prefix))


def _trump_tower(store):
    events = rows(store.events(type="MEET", status=TIMELINE_STATUSES))
    return [e for e in events if e["location_name"] == "Trump Tower"]


def test_trump_tower_meeting_is_one_event_dated_december_1_or_2_2016(seed_store):
    meetings = _trump_tower(seed_store)
    assert len(meetings) == 1, [m["label"] for m in meetings]
    ev = meetings[0]
    assert ev["date"]["start"] == "2016-12-01" and ev["date"]["end"] == "2016-12-02"
    names = {p["name"] for p in ev["participants"]}
    assert {"Jared Kushner", "Michael Flynn"} <= names
    assert any("Kislyak" in n for n in names)
    docs = {m["doc"] for m in ev["mentions"]}
    assert {_doc_id(seed_store, "000"), _doc_id(seed_store, "001")} <= docs


def test_event_mentions_are_exact_sentences_of_the_original(seed_store):
    ev = _trump_tower(seed_store)[0]
    for m in ev["mentions"]:
        original = seed_store.document(m["doc"]).original
        assert original[m["start"] : m["end"]] == m["text"]
    texts = " ".join(m["text"] for m in ev["mentions"])
    assert "December 1 or 2" in texts and "Trump Tower" in texts


def test_kislyak_spellings_are_one_entity(seed_store):
    ent = as_dict(seed_store.find_entity("Sergey Kislyak"))
    assert ent is not None and seed_store.find_entity("Sergei Kislyak").id == ent["id"]
    aliases = set(ent["aliases"]) | {ent["name"]}
    assert {"Sergey Kislyak", "Sergei Kislyak"} <= aliases
    people = rows(seed_store.entities(type="PERSON"))
    assert sum("kislyak" in p["name"].lower() for p in people) == 1


def test_title_resolves_to_the_person_the_document_names(seed_store):
    ent = as_dict(seed_store.find_entity("Kislyak"))
    assert any("ambassador" in a.lower() for a in ent["aliases"]), ent["aliases"]


def test_the_post_is_the_washington_post(seed_store):
    ent = as_dict(seed_store.find_entity("The Washington Post"))
    assert ent is not None and ent["type"] == "ORG"
    assert "the Post" in ent["aliases"] or "Post" in ent["aliases"]


def test_reader_comments_and_signup_form_are_not_in_cleaned_text(seed_store):
    docs = rows(seed_store.document_records())
    texts = {d["source"].split("/")[-1][:3]: d["text"] for d in docs}
    assert "Sad…carrots" not in texts["002"] and "Mueller is at the door" not in texts["002"]
    assert "Flynn pleaded guilty last December" in texts["002"]
    assert "Please fill this form" not in texts["003"] and "Already have an account" not in texts["003"]
    assert all("Sign Up" not in t for t in texts.values())


def test_sessions_denial_is_a_deny_claim(seed_store):
    sessions = as_dict(seed_store.find_entity("Jeff Sessions"))
    denials = rows(seed_store.claims(stance="DENY"))
    by_sessions = [c for c in denials if c["speaker"] == sessions["id"]]
    assert by_sessions, [c["text"] for c in denials]
    assert any("denied having had contact" in c["text"] for c in by_sessions)


def test_declined_to_comment_is_decline(seed_store):
    declines = rows(seed_store.claims(stance="DECLINE"))
    assert any("Flynn's lawyer declined to comment" in c["text"] for c in declines)


def test_attribution_names_the_outlet(seed_store):
    ev = _trump_tower(seed_store)[0]
    assert "The Washington Post" in ev["sources"] or "The New York Times" in ev["sources"]


def test_inferred_reference_year_for_undated_scrapes(seed_store):
    docs = rows(seed_store.documents())
    d001 = next(d for d in docs if d["source"].endswith(".txt") and "/001_" in d["source"])
    # written in March 2017 (the White House announcement of March 2): the 2016 election is told
    # as over, with the transition behind it
    assert d001["published_basis"] == "inferred" and d001["published"].startswith("2017")
    # 000 says no year, but names "President Trump" and "former National Security Advisor
    # Michael Flynn" (after 13 February 2017): written in 2017 (extract/dates_offices.py);
    # 004 has "Sessions, now attorney general" and "the presidential campaign last year"
    for name in ("000", "004"):
        doc = next(d for d in docs if f"/{name}_" in d["source"])
        assert doc["published_basis"] == "inferred" and doc["published"].startswith("2017"), doc


def test_reingesting_adds_nothing(seed_store):
    from storyline.pipeline import ingest_paths

    before = seed_store.counts()
    summary = ingest_paths(seed_store, [str(SHARED / "corpus" / "seeds")])
    assert summary.new == 0 and summary.duplicate == 5
    assert seed_store.counts() == before


def test_sessions_denial_contradicts_the_confirmed_meetings(seed_store):
    sessions = seed_store.find_entity("Jeff Sessions").id
    page = seed_store.contradictions()
    contradictions, total = rows(page), page.total
    assert total >= 1
    found = [
        k
        for k in contradictions
        if any(c["stance"] == "DENY" and c["speaker"] == sessions for c in k["details"])
        and any(c["stance"] in ("CONFIRM", "ASSERT") for c in k["details"])
    ]
    assert found, [k["reason"] for k in contradictions]
    assert "Sessions" in found[0]["reason"]


_INGEST = """
import json
import sys
from storyline.pipeline import ingest_paths
from storyline.present.export import export_json
from storyline.store import SQLiteStore

if __name__ == "__main__":
    store = SQLiteStore(sys.argv[1])
    assert ingest_paths(store, [sys.argv[2]], workers=int(sys.argv[3])).new == 5
    print(json.dumps(export_json(store), sort_keys=True))
"""


def test_the_same_input_gives_the_same_ids_in_another_process(seed_store, tmp_path):
    """The seeds ingested again into a fresh store by another process, with other string hashes
    (the order of sets and dicts of strings) and one process instead of workers: the same
    entities and events under the same ids, and the same export."""
    from storyline.present.export import export_json

    script = tmp_path / "ingest.py"
    script.write_text(_INGEST)
    seeds, db = str(SHARED / "corpus" / "seeds"), str(tmp_path / "again.db")
    hash_seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    out = subprocess.run(
        [sys.executable, str(script), db, seeds, "1"],
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        capture_output=True,
        text=True,
        check=True,
    )
    again, first = json.loads(out.stdout), json.loads(json.dumps(export_json(seed_store), sort_keys=True))
    assert [e["id"] for e in again["events"]] == [e["id"] for e in first["events"]]
    assert [e["id"] for e in again["entities"]] == [e["id"] for e in first["entities"]]
    assert again == first


def test_sessions_meetings_counted_and_first_dated_differently(seed_store):
    # "met with Kislyak twice" / "two meetings" against "took place in April …, in July … and in
    # September"; "his first meeting with Kislyak came … in July" against the April meeting:
    # read from the sentences naming both, none of them a claim counting three
    found = {
        (k["kind"], tuple(p["label"] for p in k["positions"]))
        for k in rows(seed_store.contradictions())
        if "Sessions" in k["question"] and k["kind"] in ("NUMBER", "DATE")
    }
    assert found == {("NUMBER", ("2", "3")), ("DATE", ("first in July", "April"))}
