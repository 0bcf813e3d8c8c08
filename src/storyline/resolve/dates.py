"""Comparing and combining normalised date ranges, where the year may be open ('XXXX')."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Optional, cast

from storyline.model import (
    DateRange,
    EventMention,
    EventTime,
    Factuality,
    Special,
    first_day,
    last_day,
)

if TYPE_CHECKING:  # events imports this module
    from storyline.resolve.events import EventFeatures


def interval(d: Optional[DateRange]) -> Optional[tuple[str, str]]:
    if not d or not d.start:
        return None
    return _interval(d.start, d.end)


@lru_cache(maxsize=1 << 14)  # clustering compares the same few dates hundreds of thousands of times
def _interval(start: str, end: Optional[str]) -> Optional[tuple[str, str]]:
    if not _plain(start):
        return None
    lo, hi = _day(first_day, start), _day(last_day, end if end and _plain(end) else start)
    return (lo, hi) if lo and hi else None


def _day(bound: Callable[[Optional[str]], Optional[str]], iso: str) -> Optional[str]:
    """``first_day``/``last_day`` that keep an open year open (a leap year stands in for it)."""
    if iso.startswith("XXXX"):
        day = bound("2000" + iso[4:])
        return "XXXX" + day[4:] if day else None
    return bound(iso)


def _plain(iso: str) -> bool:
    head = iso.split("-")
    return (
        len(head[0]) == 4
        and all(p[:2].isdigit() or p == "XX" for p in head[1:3])
        and (head[0].isdigit() or head[0] == "XXXX")
    )


def _strip_year(iv: tuple[str, str]) -> tuple[str, str]:
    return iv[0][5:], iv[1][5:]


def _start(d: DateRange) -> str:
    """The start of a date that ``interval`` accepted: never None there."""
    return cast(str, d.start)


def compatible(a: Optional[DateRange], b: Optional[DateRange]) -> bool:
    """True unless both dates are known and cannot describe the same time."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return True
    if ia[0].startswith("X") or ib[0].startswith("X"):
        ia, ib = _strip_year(ia), _strip_year(ib)
        if ia[0] > ia[1] or ib[0] > ib[1]:  # a range that wraps the year end: say yes
            return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


_NIGHT = re.compile(r"\b(?:night|tonight|overnight|midnight)\b", re.I)
_SMALL_HOURS = re.compile(r"\bearly\b.*\bmorning\b|\bsmall hours\b|\bwee hours\b", re.I)


def night(d: Optional[DateRange]) -> Optional[DateRange]:
    """A night runs past midnight: "late Thursday night" and "early Friday morning" can be one
    vote at 1:30 a.m., so a night's day also covers the next one, and an early morning's the
    one before (for clustering; the event's date is still what the reports say)."""
    iv = interval(d) if d is not None and d.text else None
    if d is None or iv is None or iv[0] != iv[1] or not iv[0][:4].isdigit():
        return d
    day = date.fromisoformat(iv[0])
    if _NIGHT.search(d.text):
        return replace(d, start=iv[0], end=(day + timedelta(days=1)).isoformat())
    if _SMALL_HOURS.search(d.text):
        return replace(d, start=(day - timedelta(days=1)).isoformat(), end=iv[0])
    return d


def width(d: DateRange) -> int:
    """How much time a date covers, for picking the most specific one (smaller is narrower)."""
    iv = interval(d)
    if iv is None:
        return 10**6
    lo, hi = iv
    if lo[:4] != hi[:4]:
        return 400 * (int(hi[:4]) - int(lo[:4]) + 1) if lo[:4].isdigit() and hi[:4].isdigit() else 10**5
    return (int(hi[5:7]) - int(lo[5:7])) * 31 + int(hi[8:10]) - int(lo[8:10]) + 1


def combine(dates: Sequence[Optional[DateRange]]) -> Optional[DateRange]:
    """The most specific date, with an open year filled from a compatible dated member."""
    known = [d for d in dates if d is not None and interval(d) is not None]
    if not known:
        return None
    best = min(known, key=lambda d: (width(d), _start(d).startswith("X")))
    if _start(best).startswith("X"):
        years = [_start(d)[:4] for d in known if _start(d)[:4].isdigit() and compatible(d, best)]
        if years:
            year = max(set(years), key=years.count)
            return DateRange(
                year + _start(best)[4:], year + (best.end or _start(best))[4:], best.text, best.value
            )
    return best


# --- one date for an event from all its reports ----------------------------------------------


@dataclass
class Report:
    """One mention's say on when an event happened."""

    doc: str
    date: Optional[DateRange]
    published: Optional[str] = None  # ISO publication date of its document (may be partial)
    past: bool = True  # told as past / happened: then the event cannot follow this publication


@dataclass
class Chosen:
    date: Optional[DateRange]
    other_dates: list[DateRange] = field(default_factory=list)
    first_reported: Optional[str] = None


def _bound(reports: list[Report]) -> Optional[str]:
    """The last day the event can have happened on: the earliest publication that tells it as
    past (its last possible day, for a month- or year-only publication date)."""
    days = [last_day(r.published) for r in reports if r.past and r.published]
    known: list[str] = [d for d in days if d]
    return min(known) if known else None


def _clip(d: DateRange, bound: Optional[str]) -> Optional[DateRange]:
    """The date as far as it can be true by ``bound``: None when it starts after it, the range
    cut at it when it straddles it."""
    iv = interval(d)
    if bound is None or iv is None or not iv[0][:4].isdigit():
        return d
    lo, hi = iv
    if lo > bound:
        return None
    if hi > bound:
        return DateRange(d.start, bound, d.text, d.value)
    return d


def choose(reports: list[Report]) -> Chosen:
    """The date the reports agree on, weighing agreement first and precision second.

    Each document votes once, with every date it gives. A candidate is supported by the
    documents with a compatible date and opposed by those whose dates all conflict with it; the
    narrowest candidate that a majority of the dated documents support wins (so "Feb. 13" from
    two reports and "February" from a third beat "Feb. 14" from one), else the best supported.
    Dates that conflict with the winner go to ``other_dates``. A date after the earliest report
    that tells the event as past is dropped (or cut at it): nothing happened after it was
    reported as done.
    """
    firsts = [
        (first_day(r.published), r.published) for r in reports if r.published and first_day(r.published)
    ]
    first_reported = min(firsts)[1] if firsts else None
    bound = _bound(reports)
    by_doc: dict[str, list[DateRange]] = {}
    for r in reports:
        d = _clip(r.date, bound) if r.date is not None else None
        if d is not None and interval(d) is not None:
            by_doc.setdefault(r.doc, []).append(d)
    if not by_doc:
        return Chosen(None, [], first_reported)
    candidates = [d for ds in by_doc.values() for d in ds]

    def votes(c: DateRange) -> tuple[int, int]:
        agree = sum(any(compatible(c, d) for d in ds) for ds in by_doc.values())
        return agree, len(by_doc) - agree

    scored = [(votes(c), c) for c in candidates]
    majority = [c for (agree, against), c in scored if agree > against]
    if majority:
        best = min(majority, key=lambda c: (width(c), _start(c).startswith("X"), _start(c)))
    else:
        best = max(scored, key=lambda x: (x[0][0], -width(x[1]), not _start(x[1]).startswith("X")))[1]
    # an open year filled from the other reports is bounded like any date; if the year it would
    # take puts it after the first report, it stays open
    best = _clip(_fill_year(best, candidates), bound) or best
    others: list[DateRange] = []
    for c in candidates:
        if not compatible(best, c) and all((o.start, o.end) != (c.start, c.end) for o in others):
            others.append(c)
    return Chosen(best, others, first_reported)


def _fill_year(best: DateRange, dates: list[DateRange]) -> DateRange:
    """An open year ("XXXX-02-13") takes the year of the compatible dated reports."""
    if not _start(best).startswith("X"):
        return best
    years = [_start(d)[:4] for d in dates if _start(d)[:4].isdigit() and compatible(d, best)]
    if not years:
        return best
    year = max(set(years), key=years.count)
    return DateRange(year + _start(best)[4:], year + (best.end or _start(best))[4:], best.text, best.value)


def agrees_with_majority(date: Optional[DateRange], dates: list[Optional[DateRange]]) -> bool:
    """Is ``date`` compatible with more than half of the known ``dates``? (for the benchmark)"""
    known = [d for d in dates if interval(d) is not None]
    if date is None or not known:
        return False
    return 2 * sum(compatible(date, d) for d in known) > len(known)


def told_as_fact(f: Factuality) -> bool:
    """Past or present, and not a demand, condition or question: "called for Sessions to
    testify" does not say that a testimony took place before the report."""
    return f.time is not EventTime.FUTURE and f.special is Special.NONE


def event_date(
    members: list[EventFeatures], mentions: dict[str, EventMention], published: dict[str, Optional[str]]
) -> Chosen:
    """``choose`` over an event's mentions (``members``: features with id, doc, date, negated;
    ``mentions``: id → EventMention for its factuality and the date it gives, not the one
    clustering assumed for it; ``published``: doc id → date). A mention reported as not happened
    says nothing of when it happened."""
    reports = [
        Report(m.doc, mentions[m.id].date, published.get(m.doc), told_as_fact(mentions[m.id].factuality))
        for m in members
        if not m.negated
    ]
    chosen = choose(reports)
    if chosen.first_reported is None:  # undated reports of a negated event: still say when reported
        chosen.first_reported = choose(
            [Report(m.doc, None, published.get(m.doc)) for m in members]
        ).first_reported
    return chosen
