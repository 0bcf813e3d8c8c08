"""bench/data/denials_allsides.jsonl, the gold of bench/denials.py: sentences read by hand from
AllSides articles, so each is in the article it names, and the split follows the file's rule
(every third entry in file order is held out, up to the 174th; the 52 after are a dev block read
to tune on)."""

from __future__ import annotations

import json

from tests.bench.test_eval import _load
from tests.conftest import REPO, shared_path

GOLD = REPO / "bench" / "data" / "denials_allsides.jsonl"


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_gold_is_split_every_third_and_a_denial_names_who_denies():
    rows = _gold()
    assert len(rows) >= 130
    first = rows[:174]
    assert [r["split"] for r in first] == ["held-out" if i % 3 == 2 else "dev" for i in range(len(first))]
    assert all(r["split"] == "dev" for r in rows[174:226])
    for r in rows:
        assert r["stance"] in ("DENY", "NONE"), r["text"]
        assert bool(r["speaker"]) == (r["stance"] == "DENY"), r["text"]


def test_each_sentence_is_in_its_article():
    shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    bench = _load("denials")
    rows = _gold()
    texts = bench.load({r["file"] for r in rows})
    for r in rows:
        assert bench.norm(r["text"]) in bench.norm(texts[r["file"]]["content_original"]), r["text"]
