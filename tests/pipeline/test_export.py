"""`storyline export --format json` against the contract in ../shared/contract."""

from __future__ import annotations

import json

from click.testing import CliRunner
from tests.conftest import shared_path

from storyline.present.cli import cli


def _schema() -> dict:
    return json.loads(shared_path("contract", "export.v2.schema.json").read_text())


def _export(store) -> dict:
    result = CliRunner().invoke(cli, ["export", "--format", "json", "--db", store.path])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_seed_export_validates_against_contract(seed_store):
    import jsonschema

    data = _export(seed_store)
    jsonschema.validate(data, _schema())
    assert data["format"] == "storyline-export-v2"
    assert len(data["documents"]) == 5 and data["events"] and data["claims"]
    # every status is exported, each event with its own
    assert {ev["status"] for ev in data["events"]} >= {"HAPPENED", "DISPUTED"}


def test_export_spans_point_into_original_text(seed_store):
    data = _export(seed_store)
    originals = {d["id"]: seed_store.document(d["id"]).original for d in data["documents"]}
    for ent in data["entities"][:50]:
        for m in ent["mentions"]:
            assert originals[m["doc"]][m["start"] : m["end"]] == m["text"]
    for c in data["claims"]:
        assert originals[c["doc"]][c["start"] : c["end"]] == c["text"]
    ids = {e["id"] for e in data["entities"]}
    for ev in data["events"]:
        assert all(p["entity"] in ids for p in ev["participants"])
        for m in ev["mentions"]:
            sentence = originals[m["doc"]][m["start"] : m["end"]]
            assert sentence == m["text"]
            t = m["trigger"]
            assert originals[m["doc"]][t["start"] : t["end"]] == t["text"] and t["text"]
            assert m["start"] <= t["start"] < t["end"] <= m["end"], (m, t)


def test_export_dates_and_first_reports(seed_store):
    data = _export(seed_store)
    published = {d["id"]: d["published"] for d in data["documents"]}
    for ev in data["events"]:
        reports = [published[m["doc"]] for m in ev["mentions"] if published[m["doc"]]]
        assert ev["first_reported"] == min(reports, default=None)
        assert 0 <= ev["confidence"] <= 1


def test_sample_export_validates(sample_store):
    import jsonschema

    jsonschema.validate(_export(sample_store), _schema())
