"""bench/data/pointing_allsides.jsonl, the gold of bench/pointing.py: denials that point back,
read by hand from AllSides articles, so each denial and the sentence it points back to are in
the article it names, and the split follows the file's rule (every third entry held out)."""

from __future__ import annotations

import json

from tests.bench.test_eval import _load
from tests.conftest import REPO, shared_path

GOLD = REPO / "bench" / "data" / "pointing_allsides.jsonl"


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_gold_is_split_every_third_and_names_what_is_denied():
    rows = _gold()
    assert len(rows) >= 22
    assert [r["split"] for r in rows] == ["held-out" if i % 3 == 2 else "dev" for i in range(len(rows))]
    for r in rows:
        assert r["speaker"] and r["antecedent"] and r["denied"], r["text"]


def test_each_denial_and_its_antecedent_are_in_the_article():
    shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    bench = _load("denials")
    rows = _gold()
    texts = bench.load({r["file"] for r in rows})
    for r in rows:
        article = bench.norm(texts[r["file"]]["content_original"])
        assert bench.norm(r["text"]) in article, r["text"]
        assert bench.norm(r["antecedent"]) in article, r["antecedent"]
