"""Date against date: reports that date the same contact differently."""

from __future__ import annotations

import re
from typing import Any

from storyline.model import CONTACT_TYPES, Analysis, Contradiction, Event, EventMention, Polarity
from storyline.resolve.contradictions.evidence import Reader, asserts, dedupe_reports, position
from storyline.resolve.places import told_differently

EXPLICIT_DATE = re.compile(
    r"\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(spring|summer|fall|autumn|winter)\b",
    re.I,
)


def explicit(date_text: str) -> bool:
    """A date said in so many words: a digit, a month or a season (not "last week")."""
    return bool(EXPLICIT_DATE.search(date_text))


def find_dates(analyses: list[Analysis], events: list[Event], reader: Reader) -> list[Contradiction]:
    """Reports that date the same event differently, each date stated in so many words."""
    mentions = {e.id: e for a in analyses for e in a.events}
    groups: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}
    for ev in events:
        if ev.type not in CONTACT_TYPES or len(ev.participants) < 2:
            continue
        parts = {p.ref for p in ev.participants}
        # months per kind of mention: an email on February 24 and the dinner of March 3 are two
        # contacts one cluster may hold, not one contact dated two ways
        by_kind: dict[str, dict[str, list[EventMention]]] = {}
        for m_id in ev.members:
            m = mentions.get(m_id)
            if not asserts(m) or m.date is None or m.date.first_day is None:
                continue
            if not EXPLICIT_DATE.search(m.date.text or "") or m.factuality.polarity is not Polarity.POS:
                continue
            assert m.date.start is not None  # a first day means a start
            # month: days within it may be one meeting
            by_kind.setdefault(m.type, {}).setdefault(m.date.start[:7], []).append(m)
        by_date = max(by_kind.values(), key=len, default={})
        if len(by_date) < 2:
            continue
        # one disagreement per pair of people and kind of contact, however many duplicate events
        key = (ev.type, frozenset(parts))
        g = groups.setdefault(key, {"events": [], "dates": {}})
        g["events"].append(ev)
        for month, ms in by_date.items():
            g["dates"].setdefault(month, []).extend(ms)
    out: list[Contradiction] = []
    for (_, pair), g in groups.items():
        dates = g["dates"]
        # dates a month apart may be one date read two ways only when they overlap; keep distinct
        positions = []
        for month in sorted(dates):
            reps = dedupe_reports([reader.mention(m, set(pair)) for m in dates[month]])
            positions.append(position(month, reps))
        names = sorted({n for n in map(reader.name, pair) if n is not None})
        question = f"when did {' and '.join(names[:3])} meet?"
        evs = {ev.id for ev in g["events"]}
        out.append(told_differently("DATE", "date", question, g["events"][0].label, positions, evs))
    return out
