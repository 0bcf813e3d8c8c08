"""`storyline summary` on the project's samples ingested by the real pipeline: dates in order,
every sentence quoted verbatim from its source with its span, filters, the cited overview."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.model import TIMELINE_STATUSES
from storyline.present.cli import cli


def _run(store, *args):
    result = CliRunner().invoke(cli, ["summary", "--db", store.path, *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_json_timeline_quotes_its_sources_in_date_order(sample_store):
    timeline = json.loads(_run(sample_store, "--format", "json", "-k", "5"))
    assert 0 < len(timeline) <= 5
    dates = [t["date"] for t in timeline]
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    events = {e.id: e for e in sample_store.events().items}
    for t in timeline:
        assert len(t["sentences"]) == 1
        for s in t["sentences"]:
            original = sample_store.document(s["doc"]).original
            assert " ".join(original[s["start"] : s["end"]].split()) == s["text"]
        for ev_id in t["events"]:
            assert events[ev_id].status in TIMELINE_STATUSES


def test_every_date_is_one_its_sentence_reports(sample_store):
    """The sentence of a date mentions that date or opens an article published on/after it."""
    from storyline.present.summary import load

    story = load(sample_store)
    by_key = {(s.doc, s.start): s for s in story.sentences}
    for t in json.loads(_run(sample_store, "--format", "json")):
        s = by_key[(t["sentences"][0]["doc"], t["sentences"][0]["start"])]
        assert t["date"] in s.dates or (not s.dates and s.published[:10] >= t["date"])


def test_filters_by_date_and_entity(sample_store):
    timeline = json.loads(_run(sample_store, "--format", "json", "--from", "2025-04-01", "--to", "2025-05"))
    assert timeline and all("2025-04-01" <= t["date"] <= "2025-05-31" for t in timeline)
    top = sample_store.entities(type="PERSON").items[0]
    only = json.loads(_run(sample_store, "--format", "json", "--entity", top.name))
    mentions = {(m.doc, m.start) for m in sample_store.entity(top.id).mentions}
    for t in only:
        s = t["sentences"][0]
        assert any(doc == s["doc"] and s["start"] <= start < s["end"] for doc, start in mentions)


def test_two_sentences_per_date_are_not_copies(sample_store):
    for t in json.loads(_run(sample_store, "--format", "json", "--sentences", "2")):
        texts = [s["text"] for s in t["sentences"]]
        assert len(texts) == len(set(texts))


def test_markdown_and_html_cite_every_sentence(sample_store):
    md = _run(sample_store)
    overview = md.split("## Timeline")[0].split("## Overview")[1].strip()
    assert overview and overview.count("[") == overview.count("]") >= 1
    for line in md.splitlines():
        if line.startswith("- "):
            assert line.rstrip().endswith("]") and ":" in line.rsplit("[", 1)[1]
    html = _run(sample_store, "--format", "html")
    assert html.count("<dd>") == md.count("\n- ") and "<cite data-doc=" in html


def test_bad_date_and_unknown_entity_are_clear_errors(sample_store):
    result = CliRunner().invoke(cli, ["summary", "--db", sample_store.path, "--from", "soon"])
    assert result.exit_code != 0 and "not a date" in result.output
    result = CliRunner().invoke(cli, ["summary", "--db", sample_store.path, "--entity", "Nobody Atall"])
    assert result.exit_code != 0 and "no entity matches" in result.output


def test_cli_gives_what_the_timeline17_bench_measures(sample_store):
    """bench/timeline17.py scores timeline_of(load(store), k, 1, from, to): the CLI must print
    that very timeline (no bench-only path)."""
    from storyline.present.summary import WEIGHTS, in_date_order, load, timeline_of

    story = load(sample_store)
    days = sorted({d for s in story.sentences for d in s.dates})
    lo, hi = days[len(days) // 4], days[-1]
    bench = timeline_of(story, k=6, per_date=1, date_from=lo, date_to=hi, weights=WEIGHTS)
    cli = json.loads(_run(sample_store, "--format", "json", "-k", "6", "--from", lo, "--to", hi))
    assert bench and cli == in_date_order(bench)
