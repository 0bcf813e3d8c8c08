"""HTML pages: trafilatura finds the article, then the paragraph rules remove what it keeps of
captions, share widgets, pull quotes and footers."""

from __future__ import annotations

import trafilatura

from .paragraphs import split_paragraphs
from .result import Cleaned
from .text import clean_paragraphs

_META_KEYS = ("title", "author", "date", "sitename", "url")
# Measured with bench/article_extraction.py (docs/cleaning.md): favor_precision gains more
# precision than it loses recall on the benchmark, at no cost in speed.
EXTRACT_OPTIONS: dict = {"favor_precision": True}


def clean_html(html: str, url: str | None = None) -> Cleaned:
    if not isinstance(html, str):
        raise TypeError(f"clean_html expects str, got {type(html).__name__}")
    if not html.strip():
        raise ValueError("empty article")
    # include_comments defaults to True and would append the comment section to the body
    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, with_metadata=True, **EXTRACT_OPTIONS
    )
    original = (doc.text or "") if doc is not None else ""
    if not original.strip():
        raise ValueError("no article text found in HTML")
    meta = {k: getattr(doc, k) for k in _META_KEYS if getattr(doc, k, None)}
    if url and "url" not in meta:
        meta["url"] = url
    # trafilatura already drops comment sections by markup, which beats guessing from prose
    return clean_paragraphs(
        original, split_paragraphs(original), meta, known_title=meta.get("title"), find_comments=False
    )
