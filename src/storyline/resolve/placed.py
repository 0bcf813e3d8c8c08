"""Attacks and disasters told by where and when alone: "a terror attack that saw more than 40
people injured outside the Parliament building on Wednesday", "the car had already mowed down
quite a number of people on Westminster Bridge". The first hours' reports name no attacker and
no victim, so the participant pass never joins them, and no placed event of two reports is there
for ``_attach_bare`` to give them to. Reports of one kind that put it at one place on one day
make that event; the undated ones of the next days placed there join it."""

from __future__ import annotations

from datetime import date
from typing import Optional

from storyline.model import PLACE_TYPES
from storyline.resolve.dates import compatible, interval
from storyline.resolve.events import BARE_MIN_DOCS, PLACE_MIN_DOCS, _Cluster, _family, _one_day, _that_day

# Days after an attack during which a report placing an attack of its kind there, naming no one
# and giving no other day, is news of it: the story of the first days, before names come.
PLACED_DAYS = 3
# Words that give the day of writing, which date what a sentence tells as loosely as the event:
# "A preemptive strike against those facilities is still unlikely, but today conceivable"
WRITING_DAY = {"today", "tonight", "now"}


def _bare_placed(c: _Cluster) -> bool:
    """One document's report of an attack or a disaster, told as done, naming no one."""
    return len(c.docs) == 1 and c.type in PLACE_TYPES and not c.participants and c.kinds == {True}


def _spots(c: _Cluster) -> set[str]:
    """Its place, and the places its sentences name (the innermost of them, resolve.sites)."""
    return set(c.locations).union(*(f.where for f in c.members))


def _published(c: _Cluster) -> Optional[date]:
    days = [f.published[:10] for f in c.members if f.published and f.published[:4].isdigit()]
    try:
        return date.fromisoformat(min(days)) if days else None
    except ValueError:
        return None


def _day(c: _Cluster) -> Optional[date]:
    """The day its reports give (a night may run past midnight), when they give one."""
    iv = interval(c.agreed_date) if c.dates else None
    if iv is None or not iv[0][:4].isdigit() or len(iv[0]) < 10:
        return None
    try:
        start, end = date.fromisoformat(iv[0]), date.fromisoformat(iv[1])
    except ValueError:
        return None
    return start if (end - start).days <= 1 else None


def _news(day: date, published: Optional[date]) -> bool:
    """Published on the day or within ``PLACED_DAYS`` after it."""
    return published is not None and 0 <= (published - day).days <= PLACED_DAYS


def join_placed(merged: list[_Cluster], alive: list[bool]) -> None:
    """Reports of one kind of attack or disaster, each naming no one, that put it at one place
    on one day, in ``PLACE_MIN_DOCS`` documents at least, published within ``PLACED_DAYS``
    after it, are one event (a place seldom sees two attacks in a day). A report of that kind
    placed there, naming no one, giving no day or one compatible with it, published in those
    days, is that event when it is the only such one there then."""
    seeds: dict[tuple[str, str, date], list[int]] = {}
    for i, c in enumerate(merged):
        day = _day(c) if alive[i] and _bare_placed(c) else None
        if day is not None and _news(day, _published(c)):
            for spot in sorted(_spots(c)):
                seeds.setdefault((c.type, spot, day), []).append(i)
    home: dict[int, int] = {}  # a seed report -> the event it joined
    made: dict[tuple[str, str], list[tuple[date, int]]] = {}
    for (kind, spot, day), ids in sorted(seeds.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len({d for i in ids for d in merged[i].docs}) < PLACE_MIN_DOCS:
            continue
        target = next((home[i] for i in ids if i in home), ids[0])
        for i in ids:
            if i != target and alive[i]:
                merged[target].absorb(merged[i])
                alive[i] = False
            home[i] = target
        made.setdefault((kind, spot), []).append((day, target))
    for i, c in enumerate(merged):
        if not made or not alive[i] or not _bare_placed(c) or i in home:
            continue
        published = _published(c)
        fits = {
            t
            for spot in sorted(_spots(c))
            for day, t in made.get((c.type, spot), ())
            if alive[t]
            and _news(day, published)
            and all(compatible(d, merged[t].agreed_date) for d in c.dates)
        }
        if len(fits) == 1:
            merged[fits.pop()].absorb(c)
            alive[i] = False
    _by_day(merged, alive)


def _by_day(merged: list[_Cluster], alive: list[bool]) -> None:
    """A report naming no one and no place, giving only its day ("Wednesday's attack", "the
    attack Wednesday", of Westminster in a Guardian report naming the attacker alone), is the
    attack or disaster of that day, when it is the only event of that kind with ``BARE_MIN_DOCS``
    reports that day (``events._that_day``): before the placed reports made their events (or the
    undated ones joined them), the by-day attachment had none to give it to. Not by the day of
    writing (``WRITING_DAY``)."""
    on_day: dict[tuple[str, str], list[_Cluster]] = {}
    for j, t in enumerate(merged):
        day = _one_day(t.agreed_date) if alive[j] and len(t.docs) >= BARE_MIN_DOCS else None
        if day is not None and t.type in PLACE_TYPES:
            on_day.setdefault((_family(t.type), day), []).append(t)
    for i, c in enumerate(merged):
        if not alive[i] or not _bare_placed(c) or _spots(c):
            continue
        if any(f.date is not None and f.date.text.lower() in WRITING_DAY for f in c.members):
            continue
        fits = _that_day(c, on_day, frozenset().union(*(f.topic for f in c.members)))
        if len(fits) == 1:
            fits[0].absorb(c)
            alive[i] = False
