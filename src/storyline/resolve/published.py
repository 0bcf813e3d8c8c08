"""When an undated article was written, from the dated articles that report the same events.

News travels in days: an article that reports events which dated articles also report was most
likely written in the year those events were first reported. Each event the undated article
shares with dated ones votes for the year of its earliest dated report; a year that wins more
than half of the votes is the estimate. Only dates the articles state for themselves (metadata,
a dateline, the user) are evidence; an estimate never feeds another estimate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Optional

from storyline.model import Analysis, Event, PublishedBasis, first_day

_STATED = {PublishedBasis.METADATA, PublishedBasis.TEXT, PublishedBasis.USER}


def estimate_published(
    analyses: Iterable[Analysis], events: Iterable[Event], mention_doc: Mapping[str, str]
) -> dict[str, str]:
    """Document id → estimated year (YYYY) for every article with no date of its own that
    shares events with dated articles and whose shared events agree on a year."""
    stated: dict[str, str] = {}
    undated: set[str] = set()
    for a in analyses:
        if a.doc.published and a.doc.published_basis in _STATED and first_day(a.doc.published):
            stated[a.doc.id] = a.doc.published
        elif a.doc.published is None:
            undated.add(a.doc.id)
    votes: dict[str, list[str]] = {}
    for ev in events:
        docs = {mention_doc[m] for m in ev.members if m in mention_doc}
        dated = [first_day(stated[d]) or "" for d in docs if d in stated]
        if not dated:
            continue
        year = min(dated)[:4]  # the first dated report of this event
        for d in docs & undated:
            votes.setdefault(d, []).append(year)
    out = {}
    for doc, years in votes.items():
        year, n = Counter(years).most_common(1)[0]
        if 2 * n > len(years):
            out[doc] = year
    return out


def with_estimates(
    published: Mapping[str, Optional[str]], estimates: Mapping[str, str]
) -> dict[str, Optional[str]]:
    """Publication dates with the estimates filled in where a document has none."""
    return {d: p if p is not None else estimates.get(d) for d, p in published.items()}
