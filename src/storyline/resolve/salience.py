"""How much an event matters in the story, 0..1, from four signals an editor would weigh:

- independent sources: distinct outlets that report it (not articles: one outlet's ten
  follow-ups are one voice); within a single-outlet corpus, the number of its articles;
- persistence: how many days it keeps being reported (span of the reports' publication dates);
- its participants' centrality: how many of the story's events they take part in;
- its type: a death, an attack or a verdict outranks a statement or a phone call.

Each signal is scaled by its maximum over the story (log for counts, which are heavy-tailed),
then combined with fixed weights, so the figure ranks events within one store.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

from storyline.model import Analysis, Event

# ACE-style weight of a type: what a journalist's timeline of the story would keep.
TYPE_WEIGHT = {
    "DIE": 1.0, "ATTACK": 1.0, "DISASTER": 1.0, "CONVICT": 0.95, "ACQUIT": 0.95, "SENTENCE": 0.9, "EXECUTE": 0.9,
    "ELECT": 0.9, "ELECTION": 0.9, "RESIGN": 0.9, "FIRE": 0.9, "ARREST": 0.85, "CHARGE": 0.85,
    "CEASEFIRE": 0.85, "AGREE": 0.8, "VOTE": 0.8, "WITHDRAW": 0.8, "BANKRUPTCY": 0.8, "MERGE_ORG": 0.8,
    "TRIAL": 0.75, "PLEAD": 0.75, "APPOINT": 0.75, "NOMINATE": 0.7, "SANCTION": 0.75,
    "EVACUATE": 0.75, "INJURE": 0.75, "PROTEST": 0.7, "RELEASE": 0.7, "PARDON": 0.7,
    "EXTRADITE": 0.7, "APPEAL": 0.6, "SUE": 0.6, "FINE": 0.6, "TRANSFER_OWNERSHIP": 0.6,
    "TRANSFER_MONEY": 0.55, "START_ORG": 0.6, "END_ORG": 0.7, "BIRTH": 0.5, "MARRY": 0.5, "DIVORCE": 0.5,
    "INVESTIGATE": 0.6, "RECUSE": 0.7, "TESTIFY": 0.6, "ANNOUNCE": 0.5, "MEET": 0.45,
    "TRAVEL": 0.4, "PROPOSE": 0.35, "DENY": 0.35, "CONFIRM": 0.35, "CALL": 0.35,
    "COMMUNICATE": 0.3, "STATEMENT": 0.25, "ACCUSE": 0.35,
    "LAUNCH": 0.85, "ENACT": 0.75, "BAN": 0.75, "DISCLOSE": 0.6,
    "RULE": 0.8, "DIAGNOSE": 0.7,
}  # fmt: skip
DEFAULT_WEIGHT = 0.3
WEIGHTS = {"sources": 0.4, "span": 0.2, "centrality": 0.2, "type": 0.2}


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


def score(events: list[Event], analyses: list[Analysis]) -> None:
    """Set ``salience`` on every event (in place)."""
    if not events:
        return
    doc_of = {m.id: a.doc for a in analyses for m in a.events}
    outlets_in_story = {a.doc.outlet for a in analyses if a.doc.outlet}
    degree = Counter(p.ref for ev in events for p in ev.participants)
    raw = []
    for ev in events:
        docs = {doc_of[m].id: doc_of[m] for m in ev.members if m in doc_of}.values()
        if len(outlets_in_story) > 1:
            # an article without an outlet counts as a voice of its own
            voices = len({d.outlet or d.id for d in docs})
        else:
            voices = len(docs)
        days = sorted(d for d in (_day(x.published) for x in docs) if d)
        span = (days[-1] - days[0]).days if days else 0
        central = max((degree[p.ref] for p in ev.participants), default=0)
        raw.append((math.log1p(voices), math.log1p(span), math.log1p(central)))
    tops = [max(r[i] for r in raw) or 1.0 for i in range(3)]
    for ev, (n_voices, n_days, centrality) in zip(events, raw):
        ev.salience = round(
            WEIGHTS["sources"] * n_voices / tops[0]
            + WEIGHTS["span"] * n_days / tops[1]
            + WEIGHTS["centrality"] * centrality / tops[2]
            + WEIGHTS["type"] * TYPE_WEIGHT.get(ev.type, DEFAULT_WEIGHT),
            4,
        )
