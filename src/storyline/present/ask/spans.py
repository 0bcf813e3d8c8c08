"""Tests on a parsed sentence's spans that every kind of answer uses: not a name the question
gives, inside a quote, near the question's words."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span


def _new(text: str, names: list[str]) -> bool:
    """Not a name the question already gives, nor a longer form of it ("Roger B. Taney" for
    "Roger Taney": the same surname last)."""
    low = text.lower()
    last = low.split()[-1] if low.split() else ""
    return not any(
        n.lower() in low or low in n.lower() or len(n.split()) >= 2 and n.lower().split()[-1] == last
        for n in names
        if len(n) > 2
    )


QUOTE = re.compile(r"[“\"][^”\"]*[”\"]")


def _quoted(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTE.finditer(text)]


def inside(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < char < b for a, b in spans)


def _distance(span: Span, anchors: list[int]) -> int:
    return min((abs(span.start - a) for a in anchors), default=0)


def with_article(doc: Doc, span: Span) -> str:
    """ "The Post", not "Post": keep a leading article that spaCy leaves out of a name."""
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return str(doc[span.start - 1 : span.end].text)
    return str(span.text)
