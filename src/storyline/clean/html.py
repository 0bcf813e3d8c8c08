"""HTML pages: trafilatura finds the article, then the paragraph rules remove what it keeps of
captions, share widgets, pull quotes and footers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import trafilatura

from storyline.model import ArticleMeta

from .paragraphs import split_paragraphs
from .result import Cleaned
from .text import clean_paragraphs


@dataclass(frozen=True)
class HtmlOptions:
    """How trafilatura is asked to find the article. ``favor`` is "precision", "recall" or
    "balanced"; precision is the default because, measured with bench/article_extraction.py
    (docs/cleaning.md), it gains more precision than it loses recall, at no cost in speed."""

    favor: Literal["precision", "recall", "balanced"] = "precision"


def clean_html(html: str, url: str | None = None, options: HtmlOptions = HtmlOptions()) -> Cleaned:
    if not isinstance(html, str):
        raise TypeError(f"clean_html expects str, got {type(html).__name__}")
    if not html.strip():
        raise ValueError("empty article")
    # include_comments defaults to True and would append the comment section to the body
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=True,
        favor_precision=options.favor == "precision",
        favor_recall=options.favor == "recall",
    )
    if isinstance(doc, dict):  # only with as_dict=True, which we never ask for
        raise TypeError("trafilatura returned a dict")
    original = (doc.text or "") if doc is not None else ""
    if doc is None or not original.strip():
        raise ValueError("no article text found in HTML")
    meta = ArticleMeta(
        title=doc.title or None,
        author=doc.author or None,
        published=doc.date or None,
        outlet=doc.sitename or None,
        url=doc.url or url or None,
    )
    # trafilatura already drops comment sections by markup, which beats guessing from prose
    return clean_paragraphs(
        original, split_paragraphs(original), meta, known_title=meta.title, find_comments=False
    )
