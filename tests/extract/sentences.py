"""Shared by the claim tests: one text through the real extract stage, and the claims that
cover a point of it."""

from __future__ import annotations

from storyline.extract import analyse
from storyline.ingest.readers import RawArticle
from storyline.pipeline import build_document


def analysis(text: str, published: str = "2018-01-01"):
    (a,) = analyse([build_document(RawArticle("t", text, "text"), published)])
    return a


def claims_at(a, start: str, stance: str | None = None):
    """The claims whose span holds the first character of ``start``, of ``stance`` if given."""
    at = a.doc.text.index(start)
    return [c for c in a.claims if (stance is None or c.stance == stance) and c.start <= at < c.end]


def denials_at(a, start: str, stance: str = "DENY"):
    return claims_at(a, start, stance)
