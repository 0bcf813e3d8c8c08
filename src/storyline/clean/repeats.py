"""Paragraphs that say again what the article already says: a paragraph printed twice (seed
003 prints its lede once clean and once with the spaces lost) and pull quotes, which lift a
sentence of the body and sign it with the speaker's name.

Texts are compared on letters and digits only, so a copy that lost its spaces still matches.
"""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?=\s|[A-Z]|$)")
MIN_QUOTE = 25      # characters of letters/digits before a repeat counts as a pull quote
MAX_PULL_QUOTE = 60  # words


def normal(text: str) -> str:
    return "".join(c for c in text.lower().replace("’", "'") if c.isalnum())


def duplicates(texts: list[str]) -> list[int]:
    """Indexes of paragraphs that repeat an earlier one."""
    seen: set[str] = set()
    out = []
    for i, t in enumerate(texts):
        key = normal(t)
        if len(key) >= MIN_QUOTE and key in seen:
            out.append(i)
        seen.add(key)
    return out


def _quote_part(text: str) -> str:
    """The quoted words of a pull quote: up to its last sentence end, dropping the signature."""
    ends = list(_SENTENCE_END.finditer(text))
    if ends and ends[-1].end() < len(text.rstrip()):
        tail = text[ends[-1].end():].strip()
        if len(tail.split()) <= 12 and not _SENTENCE_END.search(tail):
            return text[:ends[-1].start()]
    return text.rstrip(".!?\"'”’ ")


def pull_quotes(texts: list[str], skip: set[int] = frozenset()) -> list[int]:
    """Indexes of short paragraphs whose words all appear inside another paragraph."""
    norms = [normal(t) for t in texts]
    out = []
    for i, t in enumerate(texts):
        if i in skip or len(t.split()) > MAX_PULL_QUOTE:
            continue
        q = normal(_quote_part(t))
        if len(q) < MIN_QUOTE:
            continue
        if any(j != i and j not in skip and len(norms[j]) > len(q) and q in norms[j]
               for j in range(len(texts))):
            out.append(i)
    return out
