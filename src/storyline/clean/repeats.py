"""Paragraphs that say again what the article already says: a paragraph printed twice (seed
003 prints its lede once clean and once with the spaces lost) and pull quotes, which lift a
sentence of the body and sign it with the speaker's name.

Texts are compared on letters and digits only, so a copy that lost its spaces still matches.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

_ENDS_PROSE = re.compile(r"[.!?][\"'”’]?\s*$")
# "RichardArmitage, former deputy secretary of state": a name, maybe a title, no figures
_SIGNATURE = re.compile(r"^[—–-]?\s*[A-Z][^\W\d_]*(?:[ '’.-]+[^\W\d_]+)*(?:,(?:\s+[^\W\d_.]+)+)?$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?=\s|[A-Z]|$)")
MIN_QUOTE = 40  # letters/digits a pull quote must have...
MIN_QUOTE_WORDS = 8  # ...and words: a repeated heading or list item is not one
MIN_DUPLICATE = 20  # words: interviews repeat their short questions on purpose
MAX_PULL_QUOTE = 60  # words


def normal(text: str) -> str:
    return "".join(c for c in text.lower().replace("’", "'") if c.isalnum())


def duplicates(texts: list[str]) -> list[int]:
    """Indexes of paragraphs that repeat an earlier one."""
    seen: set[str] = set()
    out = []
    for i, t in enumerate(texts):
        key = normal(t)
        # prose only: recipes and listings repeat their lines on purpose
        if len(t.split()) >= MIN_DUPLICATE and _ENDS_PROSE.search(t) and key in seen:
            out.append(i)
        seen.add(key)
    return out


def _quote_part(text: str) -> str | None:
    """The quoted sentence(s) of a pull quote, without the speaker's signature; None when the
    paragraph is no sentence at all (a heading, a list item)."""
    if _ENDS_PROSE.search(text):
        return text.rstrip(".!?\"'”’ ")
    ends = list(_SENTENCE_END.finditer(text))
    if ends and ends[-1].end() < len(text.rstrip()):
        tail = text[ends[-1].end() :].strip()
        if len(tail.split()) <= 12 and _SIGNATURE.match(tail):
            return text[: ends[-1].start()]
    return None


def pull_quotes(texts: list[str], skip: AbstractSet[int] = frozenset()) -> list[int]:
    """Indexes of short paragraphs whose words all appear inside another paragraph."""
    norms = [normal(t) for t in texts]
    out = []
    for i, t in enumerate(texts):
        if i in skip or len(t.split()) > MAX_PULL_QUOTE:
            continue
        part = _quote_part(t)
        if part is None:
            continue
        q = normal(part)
        if len(q) < MIN_QUOTE or len(part.split()) < MIN_QUOTE_WORDS:
            continue
        if any(
            j != i and j not in skip and len(norms[j]) > len(q) and q in norms[j] for j in range(len(texts))
        ):
            out.append(i)
    return out
