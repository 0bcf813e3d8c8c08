"""Paragraph-level cleaning shared by plain-text scrapes and HTML pages."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from storyline.model import ArticleMeta

from . import comments, glue, repeats, rules
from .paragraphs import Para, split_paragraphs
from .popups import popup_spans
from .result import Builder, Cleaned


def _header(paras: list[Para], reasons: dict[int, str], meta: ArticleMeta, known_title: str | None) -> None:
    """Furniture above the first prose paragraph: menus, forms, section labels, headline,
    byline, dateline, lead photo credit."""
    title_key = repeats.normal(known_title) if known_title else None
    for i, p in enumerate(paras):
        t = p.text
        if rules.is_body(t):
            return
        reason = rules.navigation(t) or rules.signup(t) or rules.share_row(t) or rules.caption(t)
        # Before navigation: a byline or dateline split by bars looks like a menu.
        if author := rules.byline(t):
            meta.author = meta.author or " ".join(author.split())
            reasons[i] = "byline"
        elif date := rules.dateline(t):
            meta.published = meta.published or date
            reasons[i] = "dateline"
        elif reason:
            reasons[i] = reason
        elif title_key is not None:
            if repeats.normal(t) == title_key:
                reasons[i] = "title"
        elif meta.title is None and rules.title_like(t):
            meta.title = " ".join(t.split())
            reasons[i] = "title"
        elif meta.title is None and rules.section_label(t):
            reasons[i] = "navigation"


def _body(paras: list[Para], reasons: dict[int, str], meta: ArticleMeta) -> None:
    for i, p in enumerate(paras):
        if i in reasons:
            continue
        t = p.text
        if (found := rules.sources(t)) is not None:
            meta.sources = meta.sources or found
            reasons[i] = "sources"
        elif reason := (rules.share_row(t) or rules.caption(t) or rules.strong_signup(t) or rules.menu(t)):
            reasons[i] = reason


def _trailer(paras: list[Para], reasons: dict[int, str]) -> None:
    """Footers below the last prose paragraph, and anything after a 'Comments' header."""
    for i, p in enumerate(paras):
        if i not in reasons and rules.comments_header(p.text):
            for j in range(i, len(paras)):
                reasons.setdefault(j, "reader comments")
            break
    for i in range(len(paras) - 1, -1, -1):
        if i in reasons:
            continue
        t = paras[i].text
        reason = rules.footer(t) or rules.share_row(t) or rules.navigation(t) or rules.signup(t)
        if reason is None:
            return
        reasons[i] = reason


def _repeats_and_comments(paras: list[Para], reasons: dict[int, str], find_comments: bool) -> None:
    kept = [i for i in range(len(paras)) if i not in reasons]
    texts = [paras[i].text for i in kept]
    dups = set(repeats.duplicates(texts))
    for k in dups:
        reasons[kept[k]] = "duplicate paragraph"
    for k in repeats.pull_quotes(texts, skip=dups):
        reasons[kept[k]] = "pull-quote"
    if not find_comments:
        return
    kept = [i for i in range(len(paras)) if i not in reasons]
    start = comments.comments_start([paras[i].text for i in kept])
    if start is not None:
        for i in kept[start:]:
            reasons[i] = "reader comments"


def clean_paragraphs(
    original: str,
    paras: list[Para],
    meta: ArticleMeta | None = None,
    *,
    known_title: str | None = None,
    find_comments: bool = True,
    split_glue: bool = True,
) -> Cleaned:
    meta = replace(meta) if meta else ArticleMeta()  # a copy: the caller's stays as it was
    reasons: dict[int, str] = {}
    _header(paras, reasons, meta, known_title)
    _body(paras, reasons, meta)
    _trailer(paras, reasons)
    _repeats_and_comments(paras, reasons, find_comments)

    kept = [p for i, p in enumerate(paras) if i not in reasons]
    points = glue.glue_points([p.text for p in kept], original) if split_glue else [[]] * len(kept)
    b = Builder(original)
    popups: list[tuple[int, int]] = []
    for n, (p, pts) in enumerate(zip(kept, points)):
        if n:
            b.insert("\n\n")
        # a paragraph is copied around its link pop-ups (the name stays, its pop-up goes)
        start, spaces = p.start, {p.start + k for k in pts}
        for a, e in popup_spans(p.text):
            b.paragraph(start, p.start + a, spaces)
            start = p.start + e
            popups.append((p.start + a, start))
        b.paragraph(start, p.end, spaces)
    text, offsets = b.build()
    spans = sorted(
        [(paras[i].start, paras[i].end, r) for i, r in reasons.items()]
        + [(a, e, "link pop-up") for a, e in popups]
    )
    removed: list[dict[str, Any]] = [{"start": a, "end": e, "reason": r} for a, e, r in spans]
    return Cleaned(original=original, text=text, offsets=offsets, removed=removed, metadata=meta)


def clean_text(raw: str) -> Cleaned:
    """Clean a plain-text scrape; offsets point into ``raw`` itself."""
    if not isinstance(raw, str):
        raise TypeError(f"clean_text expects str, got {type(raw).__name__}")
    if not raw.strip():
        raise ValueError("empty article")
    return clean_paragraphs(raw, split_paragraphs(raw))
