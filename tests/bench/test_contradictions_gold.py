"""bench/data/contradictions_allsides.jsonl, the gold of bench/contradictions.py: read by hand from
the bench's 330 articles, so every quote is in one of the articles its entry names for that side,
the other side's pattern matches one of its report articles (when it names any), and the split follows
the file's rule (every third entry in file order is held out)."""

from __future__ import annotations

import json
import re

from tests.bench.test_eval import _load
from tests.conftest import REPO, shared_path

GOLD = REPO / "bench" / "data" / "contradictions_allsides.jsonl"


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_gold_is_well_formed_and_split_every_third():
    rows = _gold()
    assert len(rows) >= 57 and len({r["id"] for r in rows}) == len(rows)
    assert [r["split"] for r in rows] == ["held-out" if i % 3 == 2 else "dev" for i in range(len(rows))]
    kinds = {"DENIAL", "CHANGED_ACCOUNT", "NUMBER", "DATE", "PLACE", "ATTRIBUTION"}
    for r in rows:
        assert r["kind"] in kinds and r["question"] and r["deny"], r["id"]
        assert r["articles"]["deny"], r["id"]
        re.compile(r["report"])
    # one old entry (akhmetshin-intelligence) found no report of its other side in these articles
    assert sum(not r["articles"]["report"] for r in rows) <= 1


def test_the_quotes_are_in_the_articles_each_entry_names():
    shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    bench = _load("contradictions")
    texts = {r["url"]: r["content_original"] for r in bench.sample(330, 13)}
    for g in _gold():
        assert set(g["articles"]["deny"]) | set(g["articles"]["report"]) <= set(texts), g["id"]
        named = [bench.norm(texts[u]) for u in g["articles"]["deny"]]
        for q in g["deny"]:
            assert any(bench.norm(q) in t for t in named), (g["id"], q)
        pattern = re.compile(g["report"].replace("’", "'"), re.I)
        reports = [bench.norm(texts[u]) for u in g["articles"]["report"]]
        assert not reports or any(pattern.search(t) for t in reports), g["id"]
