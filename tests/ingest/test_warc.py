"""WARC input: real news pages (the article-extraction benchmark's HTML) in a WARC written here."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from tests.conftest import shared_path

from storyline.ingest.readers import Failure, RawArticle, read
from storyline.model import ArticleMeta
from storyline.pipeline import build_document, ingest_paths
from storyline.store import SQLiteStore

PAGES = 3
CRAWLED = "2026-03-02T10:20:30Z"


def _pages() -> list[bytes]:
    folder = shared_path("data", "article-extraction", "html")
    truth = json.loads(shared_path("data", "article-extraction", "ground-truth.json").read_text())
    names = sorted(truth)[:PAGES]
    return [gzip.decompress((folder / f"{name}.html.gz").read_bytes()) for name in names]


def _write_warc(path, pages: list[bytes]) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))

        def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": CRAWLED},
            )
            writer.write_record(record)

        for i, page in enumerate(pages):
            url = f"https://news.example.org/story-{i}.html"
            urls.append(url)
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            )
            response(url, page, "text/html; charset=utf-8")
        response("https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        response("https://news.example.org/gone.html", b"<html>gone</html>", "text/html", "404 Not Found")
    return urls


@pytest.fixture
def warc(tmp_path):
    pages = _pages()
    path = tmp_path / "crawl.warc.gz"
    return path, pages, _write_warc(path, pages)


def test_pages_are_articles_and_the_rest_is_reported(warc):
    path, pages, urls = warc
    items = list(read([str(path)]))
    articles = [i for i in items if isinstance(i, RawArticle)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [a.meta.url for a in articles] == urls
    assert all(a.format == "html" and a.meta.fetched == CRAWLED for a in articles)
    assert [a.content for a in articles] == [p.decode("utf-8") for p in pages]
    assert len(failures) == 2
    assert "image/png" in failures[0].reason and "logo.png" in failures[0].reason
    assert "HTTP 404" in failures[1].reason


def test_ingest_cleans_each_page_as_html(warc, tmp_path):
    path, pages, urls = warc
    store = SQLiteStore(str(tmp_path / "warc.db"))
    summary = ingest_paths(store, [str(path)])
    assert summary.new == PAGES and len(summary.failed) == 2
    stored = {d.source: d for d in store.document_records().items}
    for i, (page, url) in enumerate(zip(pages, urls)):
        # each response follows its request, after the crawl's warcinfo: records 3, 5, 7
        doc = stored[f"{path}:{3 + 2 * i}"]
        alone = build_document(RawArticle("page.html", page.decode("utf-8"), "html", ArticleMeta(url=url)))
        assert doc.text == alone.text and doc.outlet == alone.outlet  # the same cleaner, the same URI
        assert doc.published  # the page's own date, else the day it was crawled
    store.close()


def test_a_damaged_warc_keeps_what_came_before(warc, tmp_path):
    path, pages, urls = warc
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])  # a download that stopped midway
    items = list(read([str(cut)]))
    kept = [i for i in items if isinstance(i, RawArticle)]
    assert 1 <= len(kept) < PAGES and [a.meta.url for a in kept] == urls[: len(kept)]
    assert [a.content for a in kept] == [p.decode("utf-8") for p in pages[: len(kept)]]  # whole pages
    assert isinstance(items[-1], Failure) and "damaged WARC" in items[-1].reason
