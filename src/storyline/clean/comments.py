"""Find where reader comments start in the tail of an article.

News prose reports: third person, attribution verbs, no exclamations or questions outside
quotes. Comments talk: first and second person, exclamations, rhetorical questions, a name
addressed directly ("Mueller is at the door, Donald."), informal punctuation ("Sad…carrots",
"country–and"). Each paragraph gets a score; the comment section is the trailing run with the
largest total excess over THRESHOLD, because once comments start the rest of the page is
comments, even the odd one that reads like prose.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

THRESHOLD = 1.0  # a paragraph above this reads more like a comment than like reporting
MIN_GAIN = 1.0  # the whole trailing run must be clearly comment-like, not one borderline line
MIN_ARTICLE = 2  # never call the first paragraphs comments
MIN_CONTRAST = 1.0  # comments must read unlike the article above them: a blog written in the
# first person scores high everywhere and has no comment section to find

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]{20,}’")
_FIRST_SECOND = re.compile(
    r"\b(I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|we|we're|we’re|us|our|ours|"
    r"you|you're|you’re|your|yours|ya|u)\b"
)
_FIRST_SECOND_CAP = re.compile(r"(?:^|[.!?]\s+)(We|You|Your|Our|My)\b")
_REPORTING = re.compile(
    r"\b(said|says|say|told|tells|tell|reported|reports|reporting|according to|announced|stated|"
    r"added|noted|explained|wrote|writes|confirmed|denied|declined|asked|testified|acknowledged|"
    r"claimed|alleged|insisted|argued|revealed|disclosed|described|familiar with|"
    r"spokesman|spokeswoman|spokesperson|statement|interview)\b",
    re.I,
)
_INFORMAL = re.compile(r"[A-Za-z](…|\.\.\.|–)[A-Za-z]|[!?]{2,}|\b(lol|lmao|imo|imho|smh)\b|[:;]-?[)(]", re.I)
_VOCATIVE = re.compile(r",\s+([A-Z][a-z]+)\s*[.!?]")


def _given_names(doc: str) -> set[str]:
    # a name addressed on its own is a given name the page also uses with a surname
    return {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+) [A-Z][a-z]+", doc)}


def score(paragraph: str, given_names: AbstractSet[str] = frozenset()) -> float:
    own = _QUOTED.sub(" ", paragraph)  # a quoted "I" or "!" belongs to the source
    s = 0.0
    s += -1.0 if _REPORTING.search(own) else 0.5
    if _FIRST_SECOND.search(own) or _FIRST_SECOND_CAP.search(own):
        s += 1.0
    if "!" in own:
        s += 1.0
    if own.rstrip().endswith("?"):
        s += 1.0
    if _INFORMAL.search(own):
        s += 1.0
    if any(m.group(1) in given_names for m in _VOCATIVE.finditer(own)):
        s += 1.0
    return s


def comments_start(paragraphs: list[str]) -> int | None:
    """Index of the first comment paragraph, or None when the page has none."""
    names = _given_names("\n".join(paragraphs))
    scores = [score(p, names) for p in paragraphs]
    best, best_at, run = 0.0, None, 0.0
    for i in range(len(paragraphs) - 1, MIN_ARTICLE - 1, -1):
        run += scores[i] - THRESHOLD
        if run > best and scores[i] > THRESHOLD:
            best, best_at = run, i
    if best_at is None or best < MIN_GAIN:
        return None
    above, below = scores[:best_at], scores[best_at:]
    if sum(below) / len(below) - sum(above) / len(above) < MIN_CONTRAST:
        return None
    return best_at
