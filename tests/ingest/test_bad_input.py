"""Bad input: one clear line each, the good articles stored, a non-zero exit."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from tests.conftest import REPO

from storyline.ingest.readers import Failure, RawArticle, read
from storyline.model import ArticleMeta
from storyline.present.cli import cli

BAD = REPO / "tests" / "fixtures" / "bad"


@pytest.fixture()
def bad_folder(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(BAD, folder)
    shutil.copy(REPO / "samples" / "courier_2025-02-10_tender.txt", folder / "good.txt")
    big = folder / "huge.txt"
    with open(big, "w") as fh:  # a 50 MB file is no article
        line = "The harbour board met on Tuesday to discuss the tender. " * 20 + "\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    return folder


def test_each_bad_file_fails_with_a_reason(bad_folder):
    items = list(read([str(bad_folder)]))
    failures = {f.source.split("/")[-1]: f.reason for f in items if isinstance(f, Failure)}
    assert failures["empty.txt"] == "empty file"
    assert "binary" in failures["binary.txt"]
    assert "UTF-8" in failures["invalid_utf8.txt"]
    assert "MB" in failures["huge.txt"] and "limit" in failures["huge.txt"]
    assert "not JSON" in failures["broken.jsonl:2"]
    articles = [i for i in items if isinstance(i, RawArticle)]
    assert {a.source.split("/")[-1] for a in articles} >= {"good.txt", "broken.jsonl:1", "broken.jsonl:3"}


def test_ingest_cli_stores_the_good_and_reports_the_bad(bad_folder, tmp_path):
    db = tmp_path / "bad.db"
    result = CliRunner().invoke(cli, ["ingest", str(bad_folder), "--db", str(db)])
    assert result.exit_code == 1
    out = result.output
    for name in (
        "empty.txt",
        "binary.txt",
        "invalid_utf8.txt",
        "huge.txt",
        "broken.jsonl:2",
        "scripts_only.html",
    ):
        lines = [l for l in out.splitlines() if name in l and "failed" in l]
        assert len(lines) == 1, (name, out)
    assert "no article text" in next(l for l in out.splitlines() if "scripts_only.html" in l)
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("3 new, 0 already stored, 6 failed"), summary
    # a second run stores nothing new and loses nothing
    again = CliRunner().invoke(cli, ["ingest", str(bad_folder), "--db", str(db)])
    assert again.output.strip().splitlines()[-1].startswith("0 new, 3 already stored, 6 failed")


def test_missing_path_and_empty_glob(tmp_path):
    items = list(read([str(tmp_path / "nope.txt"), str(tmp_path / "*.html")]))
    assert [type(i) for i in items] == [Failure, Failure]
    assert "no such file" in items[0].reason and "no file matches" in items[1].reason


def test_stdin_and_jsonl_fields(tmp_path):
    import io

    data = b'{"text": "Alina Marek met Dmitri Volkov in Marrowick on March 3, 2025.", "outlet": "KPA", "published": "2025-05-20T09:00:00Z"}\n'
    items = list(read(["-"], stdin=io.BytesIO(data)))
    assert isinstance(items[0], RawArticle) and items[0].format == "text"
    assert items[0].meta == ArticleMeta(outlet="KPA", published="2025-05-20T09:00:00Z")


def test_csv_with_the_same_columns(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('title,text,outlet\n"T1","Marek met Volkov on Tuesday.","Courier"\n"T2","",""\n')
    items = list(read([str(path)]))
    assert isinstance(items[0], RawArticle) and items[0].meta.title == "T1"
    assert isinstance(items[1], Failure) and items[1].source.endswith(":3")
