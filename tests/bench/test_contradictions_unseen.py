"""bench/contradictions_unseen.py's fixtures: the sets' articles are none of the Russia sample's,
every gold quote and every judged quote is in the sets' articles (so a judgement survives a new
ingest), and a valid judgement names the disagreement it is."""

from __future__ import annotations

import json
import re

from tests.bench.test_eval import _load
from tests.conftest import REPO, shared_path

GOLD = REPO / "bench" / "data" / "contradictions_unseen.jsonl"
JUDGED = REPO / "bench" / "data" / "contradictions_unseen_judged.jsonl"


def _rows(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_sets_hold_no_article_of_the_russia_sample_nor_of_each_other():
    shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    bench = _load("contradictions_unseen")
    russia = {r["file"] for r in bench.sample(330, 13)}
    sets = {n: {r["file"] for r in bench.select(n)} for n in bench.STORIES}
    assert {n: len(s) for n, s in sets.items()} == {"a": 291, "b": 76, "c": 293, "d": 164, "e": 135, "f": 60}
    for n, files in sets.items():
        assert not files & russia, n
        for m, others in sets.items():
            assert m == n or not files & others, (n, m)


def test_every_quote_is_in_the_sets_articles():
    shared_path("data", "allsides-2016-2018", "articles.jsonl.gz")
    bench = _load("contradictions_unseen")
    texts = {n: [bench.norm(r["content_original"]) for r in bench.select(n)] for n in bench.STORIES}
    for g in _rows(GOLD):
        assert g["kind"] in {"DENIAL", "CHANGED_ACCOUNT"} and g["question"], g["id"]
        mine = texts[g.get("set", "a")]  # a gold line without "set" is of set "a"
        for q in g["deny"]:
            assert any(bench.norm(q) in t for t in mine), (g["id"], q)
        pattern = re.compile(g["report"].replace("’", "'"), re.I)
        assert any(pattern.search(t) for t in mine), g["id"]
    every = [t for ts in texts.values() for t in ts]
    for j in _rows(JUDGED):
        assert isinstance(j["valid"], bool) and (not j["valid"] or j["q"]), j
        for q in (j["a"], j["b"]):
            assert any(bench.norm(q) in t for t in every), q
