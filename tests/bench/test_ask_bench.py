"""bench/ask.py on the seeds set: its fixtures parse, every question is answered, and its
--summary rows have the shape bench/eval.py reads."""

from __future__ import annotations

import json

from tests.bench.test_eval import _check_format, _load
from tests.conftest import REPO, shared_path


def test_fixtures_are_well_formed():
    for name in ("ask_seeds.jsonl", "ask_allsides_comey.jsonl"):
        rows = [json.loads(line) for line in open(REPO / "bench" / "data" / name, encoding="utf-8")]
        assert len(rows) >= 30 and len({r["id"] for r in rows}) == len(rows)
        assert sum(1 for r in rows if not r["answers"]) >= 5  # unanswerable ones
        assert {r["split"] for r in rows} == {"dev", "heldout"}
        assert all(r["evidence"] for r in rows if r["answers"])


def test_seeds_summary(tmp_path, capsys):
    shared_path("corpus", "seeds")
    shared_path("data", "allsides-2016-2018")
    out = tmp_path / "summary.json"
    assert _load("ask").main(["--set", "seeds", "--summary", str(out)]) == 0
    assert "unanswerable said so 3/3" in capsys.readouterr().out
    rows = _check_format(json.loads(out.read_text(encoding="utf-8")))
    assert list(rows) == [
        "seeds dev: answer correct",
        "seeds dev: both correct",
        "seeds heldout: answer correct",
        "seeds heldout: both correct",
    ]
    assert all(0.5 <= r["ours"] <= 1.0 for r in rows.values())


def test_the_kavanaugh_dev_set_covers_every_kind():
    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_kavanaugh.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 40 and sum(1 for r in rows if not r["answers"]) >= 10
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how", "said", "happen", "first"}
    assert all(r["evidence"] for r in rows if r["answers"])


def test_the_charlottesville_dev_set_covers_every_kind_and_quotes_its_articles():
    """Written from reading the articles before any run: every evidence phrase is in one of them."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_charlottesville.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 40 and sum(1 for r in rows if not r["answers"]) >= 5
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how", "said", "happen", "first"}
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("charlottesville")]
    assert len(texts) == 23
    for r in rows:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]


def test_the_paris_set_quotes_its_own_articles():
    """The seventh story's questions (round 6): dev only, unique ids, every kind but a first
    report, and every evidence phrase in one of the 12 articles it was written from."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_paris.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 25 and sum(1 for r in rows if not r["answers"]) >= 4
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how many", "said", "happen"}
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("paris")]
    assert len(texts) == 12
    for r in rows:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]


def test_the_manafort_set_quotes_its_own_articles():
    """The eighth story's questions (round 7), written before any run: dev only, unique ids, every
    kind, and every evidence phrase in one of the 11 articles it was written from."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_manafort.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 30 and sum(1 for r in rows if not r["answers"]) >= 5
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how many", "said", "happen", "first"}
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("manafort")]
    assert len(texts) == 11
    for r in rows:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]


def test_the_tillerson_set_quotes_its_own_articles():
    """The ninth story's questions (round 8): written from reading its 10 articles before any
    run; dev only, every kind, and every evidence phrase in one of them."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_tillerson.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 45 and sum(1 for r in rows if not r["answers"]) >= 5
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how many", "said", "happen", "first"}
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("tillerson")]
    assert len(texts) == 10
    for r in rows:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]


def test_the_vegas_set_quotes_its_own_articles():
    """The tenth story's questions (round 9), a mass shooting rather than a political story:
    written from reading its articles before any run; dev only, every kind, and every evidence
    phrase in one of the 14 articles."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_vegas.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 40 and sum(1 for r in rows if not r["answers"]) >= 4
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how many", "said", "happen", "first"}
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("vegas")]
    assert len(texts) == 14
    for r in rows:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]


def test_a_yes_or_no_is_judged_by_the_verdict():
    from storyline.present.ask import AskAnswer, AskEvidence

    judge = _load("ask").judge
    row = {"answers": ["No"], "evidence": ["asked no questions"]}
    cited = [
        AskEvidence(
            doc="d", start=0, end=9, text="Thursday, Flake asked no questions.", outlet=None, published=None
        )
    ]

    def said(text: str) -> AskAnswer:
        return AskAnswer(question="q", answer=text, confidence=0.5, kind="happen", evidence=cited,
                         events=[], claims=[], disagreement=None)  # fmt: skip

    assert judge(row, said("No: Thursday, Flake asked no questions.")) == (True, True)
    assert judge(row, said("Yes: Thursday, Flake asked no questions.")) == (False, True)


def test_the_alabama_set_quotes_its_own_articles():
    """The eleventh story's questions (round 10), an election rather than a firing, a summit or a
    shooting: written from reading its 16 articles before any run; dev only, every kind, and every
    evidence phrase in one of them."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_alabama.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 35 and sum(1 for r in rows if not r["answers"]) >= 4
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how many", "said", "happen", "first"}
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("alabama")]
    assert len(texts) == 16
    for r in rows:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]


def test_the_shutdown_set_quotes_its_own_articles():
    """The twelfth story's questions (round 11), a budget fight in Congress (votes, deadlines,
    blame, a deal): written from reading its articles before any run; dev only, every kind, and
    every evidence phrase in one of its 30 articles."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    rows = [
        json.loads(line)
        for line in open(REPO / "bench" / "data" / "ask_allsides_shutdown.jsonl", encoding="utf-8")
    ]
    assert {r["split"] for r in rows} == {"dev"} and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if r["answers"]) >= 50 and sum(1 for r in rows if not r["answers"]) >= 5
    assert {r["kind"] for r in rows} >= {"when", "where", "who", "how many", "said", "happen", "first"}
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("shutdown")]
    assert len(texts) == 30
    for r in rows:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]


def test_the_second_comey_set_quotes_its_articles_and_leaves_the_split_alone():
    """Round 11's Comey questions, written from reading the articles before any run: dev only
    (the held-out half stays the first file's 19 held-out rows), asked of the Comey store, every
    kind, and every evidence phrase in one of the 38 articles."""
    shared_path("data", "allsides-2016-2018")
    bench_ask = _load("ask")

    def rows(name: str) -> list[dict]:
        return [json.loads(line) for line in open(REPO / "bench" / "data" / name, encoding="utf-8")]

    new, first = rows("ask_allsides_comey2.jsonl"), rows("ask_allsides_comey.jsonl")
    assert {r["split"] for r in new} == {"dev"} and len({r["id"] for r in new}) == len(new)
    assert not {r["id"] for r in new} & {r["id"] for r in first}
    assert sum(1 for r in first if r["split"] == "heldout") == 19
    assert sum(1 for r in new if r["answers"]) >= 35 and sum(1 for r in new if not r["answers"]) >= 4
    assert {r["kind"] for r in new} >= {"when", "where", "who", "how many", "said", "happen", "first"}
    assert bench_ask.STORE_OF["comey2"] == "comey"
    texts = [bench_ask._norm(a["content_original"]) for a in bench_ask.story_articles("comey")]
    assert len(texts) == 38
    for r in new:
        assert all(any(bench_ask._norm(e) in t for t in texts) for e in r["evidence"]), r["id"]
