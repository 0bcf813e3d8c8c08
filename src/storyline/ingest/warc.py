"""WARC files (a crawl's archive, the Common Crawl News format) as raw articles, via warcio.

Each HTTP response holding an HTML page is one article, sourced ``FILE:N`` (its record number)
and carrying its target URI and its WARC-Date. Requests, crawl metadata and revisits are no
articles and pass silently; a response that is no page (an image, a 404) is a failure, and so
is the rest of a file that is damaged: the records read before it are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Optional, Union

from storyline.model import ArticleMeta

if TYPE_CHECKING:
    from storyline.ingest.readers import Failure, RawArticle

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def is_warc(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def read_warc(path: str, max_bytes: int) -> Iterator[Union[RawArticle, Failure]]:
    from warcio.archiveiterator import ArchiveIterator

    from storyline.ingest.readers import Failure, RawArticle  # noqa: F811 (readers imports this module)

    n = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True, check_digests=True):
                n += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue  # warcinfo, request, metadata, revisit: not a page
                where = f"{path}:{n}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = record.http_headers.get_statuscode() or ""
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if not status.startswith("2"):
                    yield Failure(where, f"HTTP {status} for {url}, not a page")
                    continue
                if not ctype.startswith(HTML_TYPES):
                    yield Failure(where, f"{ctype or 'no content type'} at {url}, not an HTML page")
                    continue
                body = record.content_stream().read(max_bytes + 1)
                try:
                    if len(body) > max_bytes:
                        raise ValueError(f"page over {max_bytes / 1e6:.0f} MB at {url}; not an article")
                    if getattr(record.raw_stream, "limit", 0) > 0:  # the file ends inside the record
                        raise ValueError(f"damaged WARC: the record of {url} is cut short")
                    if record.digest_checker.passed is False:
                        raise ValueError(f"damaged WARC: {'; '.join(record.digest_checker.problems)}")
                    html = _decode(body, ctype)
                except ValueError as exc:
                    yield Failure(where, str(exc))
                    continue
                fetched = record.rec_headers.get_header("WARC-Date")
                yield RawArticle(where, html, "html", ArticleMeta(url=url, fetched=fetched))
    except OSError as exc:
        yield Failure(path, exc.strerror or str(exc))
    except Exception as exc:  # warcio's ArchiveLoadFailed, a truncated gzip member, …
        yield Failure(f"{path}:{n}", f"damaged WARC, the rest of the file is unreadable ({exc})")


def _decode(body: bytes, ctype: str) -> str:
    """The charset the server declared, else the page's <meta charset>, else UTF-8."""
    if not body.strip():
        raise ValueError("empty page")
    declared: Optional[str] = None
    if "charset=" in ctype:
        declared = ctype.split("charset=", 1)[1].split(";")[0].strip(" \"'")
    if not declared:
        m = _META_CHARSET.search(body[:4096])
        declared = m.group(1).decode("ascii") if m else None
    for charset in (declared, "utf-8"):
        if not charset:
            continue
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    raise ValueError(f"page not decodable as {declared or 'UTF-8'}")
