"""One bad record never stops the run (issue 11): a 1.6 MB article over spaCy's max_length, JSON
nested 100,000 deep, a date normaliser that raises, a CSV row with an unclosed quote, a folder
that cannot be read. Each is reported, the good articles are stored, the summary line comes."""

from __future__ import annotations

import gzip
import json
import logging
import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.robust.procs import CLI, REPO, SAMPLES

from storyline.extract import nlp
from storyline.present.cli import cli
from storyline.store import SQLiteStore

ALLSIDES = REPO.parent / "shared" / "data" / "allsides-2016-2018" / "articles.jsonl.gz"

GOOD = ["courier_2025-02-10_tender.txt", "ledger_marek_resigns.txt", "courier_halloran_guilty_plea.txt"]


def _good_texts():
    return [(SAMPLES / name).read_text() for name in GOOD]


def _ingest(*args):
    result = CliRunner().invoke(cli, ["ingest", *map(str, args)])
    lines = result.output.strip().splitlines()
    return result.exit_code, lines[-1], [line for line in lines if line.startswith("failed ")]


def _stored(db):
    store = SQLiteStore(str(db))
    try:
        return {a.doc.text: a for a in store.analyses()}
    finally:
        store.close()


@pytest.fixture()
def small_spacy_limit(monkeypatch):
    """spaCy's max_length and our piece size scaled down 25x, so a 60,000-character article
    behaves as a 1.5 MB one does at the real limits (without minutes of parsing)."""
    model = nlp.load()
    monkeypatch.setattr(model, "max_length", 40_000)
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 4_000)
    return model


def _long_article() -> str:
    """60,000 characters of real news, no paragraph twice (the cleaner drops repeats)."""
    if not ALLSIDES.exists():
        pytest.skip(f"{ALLSIDES} not found (the shared data sets are not mounted)")
    text = ""
    with gzip.open(ALLSIDES, "rt") as fh:
        for line in fh:
            text += json.loads(line)["content_original"].strip() + "\n\n"
            if len(text) > 60_000:
                return text.strip()
    raise AssertionError("the AllSides file has less than 60,000 characters of text")


def test_an_article_over_spacys_max_length_is_parsed_in_pieces(tmp_path, small_spacy_limit):
    long = _long_article()
    path = tmp_path / "mixed.jsonl"
    with open(path, "w") as fh:
        for i, text in enumerate([*_good_texts()[:2], long, _good_texts()[2]]):
            fh.write(json.dumps({"text": text, "title": f"t{i}"}) + "\n")
    code, summary, failed = _ingest(path, "--db", tmp_path / "s.db")
    assert (code, summary, failed) == (0, "4 new, 0 already stored, 0 failed", [])
    stored = _stored(tmp_path / "s.db")
    article = next(a for a in stored.values() if len(a.doc.text) > 50_000)
    # the pieces join back into the article: every sentence and mention points at its own text
    assert len(article.sentences) > 300 and len(article.events) > 50
    for s in article.sentences:
        assert article.doc.text[s.start : s.end] == s.text
    for m in article.mentions:
        assert article.doc.text[m.start : m.end] == m.text


def test_without_pieces_spacy_refuses_it_and_only_that_article_is_lost(
    tmp_path, small_spacy_limit, monkeypatch
):
    """The original failure (spaCy's E088) is now one article's failure, not the run's end."""
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 10**9)
    path = tmp_path / "mixed.jsonl"
    with open(path, "w") as fh:
        for text in [_good_texts()[0], _long_article(), _good_texts()[1]]:
            fh.write(json.dumps({"text": text}) + "\n")
    code, summary, failed = _ingest(path, "--db", tmp_path / "s.db")
    assert code == 1 and summary == "2 new, 0 already stored, 1 failed"
    assert len(failed) == 1 and "mixed.jsonl:2" in failed[0] and "E088" in failed[0]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=3000), st.integers(10, 500))
def test_pieces_join_back_into_the_text(text, size):
    pieces = nlp.chunks(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)
    assert all(pieces[:-1])


def test_json_nested_100000_deep_is_one_failure(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000)
    good = json.dumps({"text": _good_texts()[0]})
    (folder / "lines.jsonl").write_text(good + "\n" + '{"text": ' + "[" * 100_000 + "\n")
    code, summary, failed = _ingest(folder, "--db", tmp_path / "s.db")
    assert code == 1 and summary == "1 new, 0 already stored, 2 failed"
    assert any("deep.json: JSON nested 100000 levels deep (the limit is 100)" in f for f in failed)
    assert any("lines.jsonl:2:" in f and "nested" in f for f in failed)


def test_a_date_normaliser_bug_costs_the_article_its_dates_not_the_article(tmp_path, monkeypatch, caplog):
    import storyline.extract as extract

    def broken(*args):
        raise ValueError("Invalid isoformat string: '2017-W09-W'")  # what "that weekend" raised

    monkeypatch.setattr(extract, "find_timexes", broken)
    path = tmp_path / "a.txt"
    path.write_text(_good_texts()[1])
    with caplog.at_level(logging.WARNING):
        code, summary, failed = _ingest(path, "--db", tmp_path / "s.db")
    assert (code, summary) == (0, "1 new, 0 already stored, 0 failed")
    (article,) = _stored(tmp_path / "s.db").values()
    assert article.events and all(e.date is None for e in article.events)
    assert "date normalisation failed" in caplog.text and "2017-W09-W" in caplog.text


def test_that_weekend_twice_is_stored(tmp_path):
    """The real text that made date normalisation raise."""
    path = tmp_path / "weekend.txt"
    path.write_text(
        "The council met on Friday, March 3, 2017. That weekend the mayor flew to Boston, "
        "and that weekend the protests grew outside City Hall.\n"
    )
    code, summary, _ = _ingest(path, "--db", tmp_path / "s.db", "--published", "2017-03-05")
    assert (code, summary) == (0, "1 new, 0 already stored, 0 failed")


def test_csv_unclosed_quote_is_reported_by_line_and_the_rows_after_it_are_kept(tmp_path):
    a, b, c = (t.replace('"', "'") for t in _good_texts())
    path = tmp_path / "articles.csv"
    # row 3's quote is never closed: it used to swallow row 4 into a garbage article, exit 0
    path.write_text(
        f'title,text\n"First","{a}"\n"Second","The board said it would\n"Third","{b}"\n"Fourth","{c}"\n'
    )
    lines = path.read_text().splitlines()
    bad_line = next(i for i, line in enumerate(lines, 1) if line.startswith('"Second"'))
    code, summary, failed = _ingest(path, "--db", tmp_path / "s.db")
    assert code == 1 and summary == "3 new, 0 already stored, 1 failed"
    assert failed == [
        f"failed {path}:{bad_line}: malformed CSV row (',' expected after '\"'); an unclosed quote?"
    ]
    assert {x.doc.title for x in _stored(tmp_path / "s.db").values()} == {"First", "Third", "Fourth"}


def _without_root_powers() -> list[str]:
    """Root reads any folder: drop the capabilities that let it (setpriv), or run as is."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot make a folder unreadable")
    drop = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}"]


def test_unreadable_subfolder_is_reported_and_the_exit_status_is_1(tmp_path):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    shutil.copy(SAMPLES / GOOD[0], folder / "a.txt")
    shutil.copy(SAMPLES / GOOD[1], folder / "locked" / "b.txt")
    (folder / "locked").chmod(0)
    try:
        run = subprocess.run(
            [*_without_root_powers(), *CLI, "ingest", str(folder), "--db", str(tmp_path / "s.db")],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        (folder / "locked").chmod(0o755)
    assert run.returncode == 1, run.stderr
    assert run.stdout.strip() == "1 new, 0 already stored, 1 failed"
    assert f"failed {folder / 'locked'}: cannot read this folder (Permission denied)" in run.stderr
