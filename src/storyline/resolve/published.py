"""When an undated article was written, from the dated articles that report the same events.

News travels in days: an article that reports events which dated articles also report was most
likely written when most of the other reports of those events were. Each event the undated
article shares with dated ones casts one vote, split over the years of its dated reports; a year
with more than half of the votes is the estimate. Years before an event the article tells as done
(dated by the other reports) cannot be, and drop out. Only dates the articles state for themselves (metadata,
a dateline, the user) are evidence; an estimate never feeds another estimate.

An article that shares no event with a dated one (its own wrong year kept its events apart: "under
a temporary licence since 2019" read as the year of writing) is placed by the people and
organisations it names: each one that dated articles also name casts one vote, split the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Optional

from storyline.model import Analysis, DateRange, Event, PublishedBasis, first_day

_STATED = {PublishedBasis.METADATA, PublishedBasis.TEXT, PublishedBasis.USER}
_NAMED = {"PERSON", "ORG"}  # a place or a nationality is named by every story of a country


def estimate_published(
    analyses: Sequence[Analysis],
    events: Iterable[Event],
    mention_doc: Mapping[str, str],
    mention_entity: Optional[Mapping[str, str]] = None,
) -> dict[str, str]:
    """Document id → estimated year (YYYY) for every article with no date of its own (none, or
    one inferred from its text) that shares events with dated articles whose years agree, or,
    sharing none, names people and organisations that dated articles name in one year."""
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
    named = _named_votes(analyses, stated, undated - set(votes), mention_entity or {})
    votes.update(named)
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
    # the people named are weaker evidence than a shared event: they overrule a year read from
    # the text only when it lies two years or more before theirs ("since 2019" in a story of
    # 2025), not a year's difference that the text may have right (AllSides dev, bench/pubyear.py
    # --store: 0.733 → 0.700 when they overruled any earlier year)
    own = {a.doc.id: (a.doc.published or "")[:4] for a in analyses if a.doc.id in named}
    for doc in named.keys() & out.keys():
        if own[doc].isdigit() and int(out[doc]) - int(own[doc]) < 2:
            del out[doc]
    return out


def _named_votes(
    analyses: Sequence[Analysis],
    stated: Mapping[str, str],
    undated: set[str],
    mention_entity: Mapping[str, str],
) -> dict[str, dict[str, float]]:
    """Document → year → votes of the people and organisations it shares with dated articles."""
    if not undated:
        return {}
    named: dict[str, set[str]] = {}  # document → the people and organisations it names
    for a in analyses:
        if a.doc.id in stated or a.doc.id in undated:
            named[a.doc.id] = {
                mention_entity[m.id] for m in a.mentions if m.type in _NAMED and m.id in mention_entity
            }
    years: dict[str, list[str]] = {}  # entity → the years of the dated articles naming it
    for d, ents in named.items():
        if d in stated:
            for e in ents:
                years.setdefault(e, []).append(stated[d][:4])
    votes: dict[str, dict[str, float]] = {}
    for d in undated:
        for e in named.get(d, set()) & years.keys():
            tally = votes.setdefault(d, {})
            for y in years[e]:
                tally[y] = tally.get(y, 0.0) + 1 / len(years[e])
    return votes


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


_SAID_YEAR = re.compile(r"\b\d{4}\b")


def redated(analyses: list[Analysis], years: Mapping[str, Optional[str]]) -> list[Analysis]:
    """The analyses with the dates of articles whose year was read from their text moved onto
    the year they have now (``years``: document → its year, the store's estimate included).
    "Submitted on March 21" took the year the text seemed to give ("since 2019"); a date that
    does not say its year lies within a year of the writing, so when most such dates of the
    article are two years or more from its year, they all move by that offset (2019-03-21 →
    2025-03-21). Nearer, a date may be last December's: left as read. A date that says its
    year ("in October 2025") keeps it. The stored year is the estimate once saved, so the offset
    is read from the dates themselves, and a later run moves them the same way."""
    out = []
    for a in analyses:
        year = (years.get(a.doc.id) or "")[:4]
        implicit = (
            [e for e in a.events if _implicit(e.date)]
            if a.doc.published_basis == PublishedBasis.INFERRED
            else []
        )
        if not implicit or not year.isdigit():
            out.append(a)
            continue
        read = Counter(_year(e.date) for e in implicit).most_common(1)[0][0]
        offset = int(year) - read
        if abs(offset) < 2:
            out.append(a)
            continue
        events = [replace(e, date=_moved(e.date, offset)) if _implicit(e.date) else e for e in a.events]
        out.append(replace(a, events=events))
    return out


def _year(d: Optional[DateRange]) -> int:
    return int(d.start[:4]) if d is not None and d.start else 0


def _implicit(d: Optional[DateRange]) -> bool:
    """A date with a year that its words do not say ("on March 21", "last week")."""
    return d is not None and (d.start or "")[:4].isdigit() and not _SAID_YEAR.search(d.text)


def _moved(d: Optional[DateRange], offset: int) -> Optional[DateRange]:
    if d is None:
        return None
    return replace(d, start=_shift(d.start, offset), end=_shift(d.end, offset), value=None)


def _shift(iso: Optional[str], offset: int) -> Optional[str]:
    if not iso or not iso[:4].isdigit():
        return iso
    rest = "-02-28" + iso[10:] if iso[4:10] == "-02-29" else iso[4:]  # a leap day in a common year
    return f"{int(iso[:4]) + offset:04d}{rest}"


def with_estimates(
    published: Mapping[str, Optional[str]], estimates: Mapping[str, str]
) -> dict[str, Optional[str]]:
    """Publication dates with the estimates in place of what the documents had."""
    return {d: estimates.get(d, p) for d, p in published.items()}
