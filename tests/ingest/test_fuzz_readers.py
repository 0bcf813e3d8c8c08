"""Property: whatever bytes a file holds, the readers yield articles or failures, never raise,
and a well-formed file loses no record."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest.readers import Failure, RawArticle, read

SUFFIXES = [".jsonl", ".json", ".csv", ".html", ".txt", ".md", ""]
# bytes that steer the parsers into their corners
PIECES = st.sampled_from(
    [
        b"[",
        b"]",
        b"{",
        b"}",
        b'"',
        b",",
        b"\n",
        b"\r\n",
        b":",
        b'"text"',
        b'"html"',
        b"text,title\n",
        b"<html>",
        b"<p>",
        b"\x00",
        b"\xff",
        b"\xef\xbb\xbf",
        b"\\",
        b"null",
        b"1e999",
        b" ",
    ]
)
CONTENT = st.one_of(st.binary(max_size=2000), st.lists(PIECES, max_size=300).map(b"".join))
settings_ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings_
@given(CONTENT, st.sampled_from(SUFFIXES))
def test_any_bytes_give_articles_or_failures(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read([str(path)]))
    assert items, "every file gives at least one article or one failure"
    for item in items:
        assert isinstance(item, (RawArticle, Failure))
        assert item.source.startswith(str(path))
        if isinstance(item, Failure):
            assert item.reason.strip()
        else:
            assert item.content.strip()


BODY = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=300
)


@settings_
@given(st.lists(st.tuples(BODY, BODY), min_size=1, max_size=20))
def test_a_well_formed_csv_loses_no_row(rows):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["title", "text"])
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.csv"
        path.write_text(buf.getvalue(), encoding="utf-8")
        items = list(read([str(path)]))
    assert len(items) == len(rows)
    for (title, text), item in zip(rows, items):
        if text.strip():
            assert isinstance(item, RawArticle) and item.content == text
            assert (item.meta.title or "") == title.strip()
        else:
            assert isinstance(item, Failure)


@settings_
@given(st.lists(BODY, min_size=1, max_size=20))
def test_a_well_formed_jsonl_loses_no_record(texts):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.jsonl"
        path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        items = list(read([str(path)]))
    assert len(items) == len(texts)
    for text, item in zip(texts, items):
        assert isinstance(item, RawArticle if text.strip() else Failure)
