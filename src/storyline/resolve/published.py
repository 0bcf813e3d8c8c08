"""When an undated article was written, from the dated articles that report the same events.

News travels in days: an article that reports events which dated articles also report was most
likely written when most of the other reports of those events were. Each event the undated
article shares with dated ones casts one vote, split over the years of its dated reports; a year
with more than half of the votes is the estimate. Years before an event the article tells as done
(dated by the other reports) cannot be, and drop out. Only dates the articles state for themselves (metadata,
a dateline, the user) are evidence; an estimate never feeds another estimate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Optional

from storyline.model import Analysis, Event, PublishedBasis, first_day

_STATED = {PublishedBasis.METADATA, PublishedBasis.TEXT, PublishedBasis.USER}


def estimate_published(
    analyses: Sequence[Analysis], events: Iterable[Event], mention_doc: Mapping[str, str]
) -> dict[str, str]:
    """Document id → estimated year (YYYY) for every article with no date of its own (none, or
    one inferred from its text) that shares events with dated articles whose years agree."""
    stated: dict[str, str] = {}
    undated: set[str] = set()
    for a in analyses:
        if a.doc.published and a.doc.published_basis in _STATED and first_day(a.doc.published):
            stated[a.doc.id] = a.doc.published
        elif a.doc.published is None or a.doc.published_basis == PublishedBasis.INFERRED:
            undated.add(a.doc.id)
    told = {e.id: a.doc.id for a in analyses for e in a.events if e.factuality.happened}
    votes: dict[str, dict[str, float]] = {}
    floor: dict[str, str] = {}  # the latest year of an event the article tells as done
    for ev in events:
        docs = {mention_doc[m] for m in ev.members if m in mention_doc}
        years = [stated[d][:4] for d in docs if d in stated]
        if not years:
            continue
        for d in docs & undated:  # each shared event casts one vote, split over its reports' years
            tally = votes.setdefault(d, {})
            for y in years:
                tally[y] = tally.get(y, 0.0) + 1 / len(years)
        start = first_day(ev.date.start) if ev.date is not None and ev.date.start else None
        if start and start[:4].isdigit():
            for d in {told[m] for m in ev.members if m in told} & undated:
                floor[d] = max(floor.get(d, start[:4]), start[:4])
    out = {}
    for doc, tally in votes.items():
        # an article is not written before what it tells as done: earlier years drop out
        kept = {y: w for y, w in tally.items() if y >= floor.get(doc, "")}
        if not kept:
            out[doc] = floor[doc]
            continue
        year = max(kept, key=lambda y: (kept[y], y))
        if 2 * kept[year] > sum(kept.values()):
            out[doc] = year
    return out


def later_estimates(published: Mapping[str, Optional[str]], estimates: Mapping[str, str]) -> dict[str, str]:
    """The estimates to use: for an article with no date at all, and for one whose year was
    inferred from its text when the reports of its events are later (an article is seldom
    written before the others report what it tells; on AllSides dev, taking the store's year
    only when later beats taking it always, 0.500 against 0.433, bench/pubyear.py --store 30)."""
    out = {}
    for doc, year in estimates.items():
        own = published.get(doc)
        if own is None or year > own[:4]:
            out[doc] = year
    return out


def with_estimates(
    published: Mapping[str, Optional[str]], estimates: Mapping[str, str]
) -> dict[str, Optional[str]]:
    """Publication dates with the estimates in place of what the documents had."""
    return {d: estimates.get(d, p) for d, p in published.items()}
