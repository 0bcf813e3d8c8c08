"""`storyline export --format json` against the contract in ../shared/contract."""

from __future__ import annotations

import json

from click.testing import CliRunner
from tests.conftest import shared_path

from storyline.present.cli import cli


def _export(store) -> dict:
    result = CliRunner().invoke(cli, ["export", "--format", "json", "--db", store.path])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_seed_export_validates_against_contract(seed_store):
    import jsonschema

    schema = json.loads(shared_path("contract", "export.schema.json").read_text())
    data = _export(seed_store)
    jsonschema.validate(data, schema)
    assert data["format"] == "storyline-export-v1"
    assert len(data["documents"]) == 5 and data["events"] and data["claims"]


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


def test_sample_export_validates(sample_store):
    import jsonschema

    schema = json.loads(shared_path("contract", "export.schema.json").read_text())
    jsonschema.validate(_export(sample_store), schema)
