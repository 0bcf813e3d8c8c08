"""bench/factuality.py: the hand-annotated set is well formed, and the benchmark runs on a slice
of TempEval-3 and writes its --summary rows for bench/eval.py."""

from __future__ import annotations

import json
from collections import Counter

from tests.bench.test_eval import _check_format, _load
from tests.conftest import shared_path

from storyline.model import Certainty, EventTime, Factuality, Polarity, Special


def test_hand_set_is_well_formed_and_covers_every_case():
    bench = _load("factuality")
    rows = bench.hand_rows()  # asserts every trigger sits at its offsets
    assert len({r["text"] for r in rows}) >= 200
    for r in rows:
        f = Factuality(
            Polarity(r["polarity"]), Certainty(r["certainty"]), EventTime(r["time"]), Special(r["special"])
        )
        assert r["happened"] == f.happened, r  # the boolean agrees with the labels
        assert r["split"] in ("dev", "heldout") and r["corpus"] in ("allsides", "timeline17")
    for split in ("dev", "heldout"):
        part = [r for r in rows if r["split"] == split]
        assert {r["special"] for r in part} >= {s.value for s in Special} - {"HYPOTHETICAL"}
        assert Counter(r["polarity"] for r in part)["NEG"] >= 30
    assert {r["special"] for r in rows} == {s.value for s in Special}
    # split by document: no document on both sides
    docs = {split: {r["source"] for r in rows if r["split"] == split} for split in ("dev", "heldout")}
    assert not docs["dev"] & docs["heldout"]


def test_summary_on_a_slice(tmp_path, capsys):
    data = shared_path("data", "tempeval3")
    out = tmp_path / "summary.json"
    assert _load("factuality").main(["--data", str(data), "--limit", "3", "--summary", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "hand-annotated set" in printed and "AQUAINT (held out)" in printed
    # one screen: dev and held out side by side, one line per figure
    assert len(printed.splitlines()) <= 50, printed
    rows = _check_format(json.loads(out.read_text(encoding="utf-8")))
    hand = {m: r for m, r in rows.items() if r["benchmark"] == "Factuality (hand set)"}
    assert set(hand) == {
        "NEG polarity F1, dev",
        "happened accuracy, dev",
        "NEG polarity F1, held out",
        "happened accuracy, held out",
    }
    assert hand["NEG polarity F1, held out"]["reference"] == 0.85
    assert hand["happened accuracy, held out"]["reference"] == 0.9
    for metric, r in rows.items():
        # on three files a split may hold no negated event at all: only accuracies are bounded
        low = 0.5 if "accuracy" in metric or r["benchmark"] == "Factuality (hand set)" else 0.0
        assert low < r["ours"] <= 1.0 or (low == 0.0 and r["ours"] == 0.0), (metric, r["ours"])
        assert r["command"] == "python bench/factuality.py --limit 3"


def test_pubyear_summary_on_a_few_articles(tmp_path, capsys):
    shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    out = tmp_path / "summary.json"
    assert _load("pubyear").main(["--n", "20", "--store", "0", "--summary", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "dev: year right" in printed and "heldout: year right" in printed
    rows = _check_format(json.loads(out.read_text(encoding="utf-8")))
    assert {"year of undated articles right, dev", "year of undated articles right, held out"} <= set(rows)
    for r in rows.values():
        assert 0.0 <= r["ours"] <= 1.0 and r["command"] == "python bench/pubyear.py --n 20"
