"""bench/timeline17.py: its metrics on hand-worked examples, and a run on a tiny slice."""

from __future__ import annotations

import json

import pytest
from tests.bench.test_eval import _load
from tests.conftest import shared_path

GOLD = [("2010-04-20", "The rig exploded, killing 11 workers."), ("2010-07-15", "The well is capped.")]


def test_metrics_by_hand():
    t17 = _load("timeline17")
    system = [("2010-04-20", "The rig exploded."), ("2010-05-01", "The well is capped.")]
    assert t17.date_f1(system, GOLD) == pytest.approx(0.5)  # 1 of 2 dates right, 1 of 2 found
    # unigrams: system 7 (the rig exploded the well is capped), gold 10; all 7 match
    assert t17.rouge(system, GOLD, 1) == pytest.approx(2 * 1.0 * 0.7 / 1.7)
    # date-aligned: only "the rig exploded" (3) shares a date with the gold
    assert t17.agreement_rouge(system, GOLD, 1) == pytest.approx(2 * (3 / 7) * (3 / 10) / (3 / 7 + 3 / 10))
    assert t17.agreement_rouge(GOLD, GOLD, 2) == pytest.approx(1.0)


def test_detokenise_and_sample_are_deterministic():
    t17 = _load("timeline17")
    assert t17.detokenise("BP 's well -LRB- in the Gulf -RRB- leaked , officials said .") == (
        "BP's well (in the Gulf) leaked, officials said."
    )
    arts = [{"uid": str(i), "dct": f"2010-05-{i % 28 + 1:02d}"} for i in range(50)]
    picked = t17.sample(arts, 5)
    assert picked == t17.sample(list(reversed(arts)), 5) and len(picked) == 5
    assert picked[0]["dct"] == "2010-05-01" and picked[-1]["dct"] >= "2010-05-20"


def test_runs_on_a_tiny_slice(tmp_path, capsys):
    shared_path("data", "timeline17", "H1N1_guardian")
    t17 = _load("timeline17")
    out = tmp_path / "rows.json"
    args = [
        "--stories",
        "H1N1_guardian",
        "--max-articles",
        "4",
        "--cache",
        str(tmp_path),
        "--summary",
        str(out),
    ]
    assert t17.main(args) == 0
    rows = json.loads(out.read_text())
    # both protocols: the whole corpus, and the literature's (dates within the gold's span)
    for window in ("open", "gold span"):
        mine = {r["metric"]: r for r in rows if r["benchmark"].endswith(f", {window})")}
        assert set(mine) == {"date_f1", "rouge1", "rouge2", "ar1", "ar2"}
        assert all(0 <= r["ours"] <= 1 and 0 <= r["reference"] <= 1 for r in mine.values())
        assert mine["date_f1"]["command"] == "python bench/timeline17.py --max-articles 4"
        assert "4 articles/story" in mine["rouge1"]["benchmark"]
    assert "H1N1_guardian" in capsys.readouterr().out
