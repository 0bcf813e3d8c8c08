"""Retrieval: sentences by full-text search (FTS5; the product has no torch, so no sentence
vectors) and events by entity and type, through the ``Store`` interface only; then a cheap
ranking of the sentences by how much of the question they contain."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Optional

from storyline.model import STATUSES
from storyline.present.ask.match import kw_matches, matches, query_forms, same_happening, words
from storyline.present.ask.question import Question
from storyline.store.base import Store
from storyline.store.records import EventRecord

PER_QUERY = 40
ALL_STATUSES = [s.value for s in STATUSES]
MAX_QUERIES = 24


@dataclass
class Sentence:
    doc: str
    start: int
    end: int
    text: str
    outlet: Optional[str]
    published: Optional[str]
    title: Optional[str]
    names: float = 0.0  # share of the question's names it contains
    coverage: float = 0.0  # share of the question's other words it contains
    trigger: bool = False  # it contains the happening asked about
    score: float = 0.0

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc, self.start)


def _queries(q: Question) -> list[str]:
    names = q.name_keys
    kws = [k for k in q.keywords if k not in names]
    trig = [q.trigger] if q.trigger else []
    forms = {k: query_forms(k, q.forms.get(k, set()))[:4] for k in dict.fromkeys(trig + kws)}
    out = []
    if names:
        out.append(" ".join(names))
        for n in names:
            for k, fs in forms.items():
                out += [f"{n} {f}" for f in fs]
        out += names
    else:
        for a, b in combinations(forms, 2):
            out += [f"{x} {y}" for x in forms[a][:3] for y in forms[b][:3]]
        for fs in forms.values():
            out += fs[:2]
    return list(dict.fromkeys(out))[:MAX_QUERIES]


def sentences(store: Store, q: Question) -> list[Sentence]:
    """Sentences that share words with the question, best first."""
    found: dict[tuple[str, int], Sentence] = {}
    for query in _queries(q):
        for h in store.search(query, limit=PER_QUERY).items:
            if (h.doc, h.start) not in found:
                found[(h.doc, h.start)] = Sentence(h.doc, h.start, h.end, h.text, h.outlet, h.published, h.title)
    names = q.name_keys
    others = [k for k in q.keywords if k != q.trigger and k not in names]
    for s in found.values():
        ws = words(s.text)
        low = s.text.lower()
        s.names = sum(n in low for n in names) / len(names) if names else 1.0
        s.trigger = q.trigger is None or matches(q.trigger, ws)
        if not s.trigger and q.event_type and same_happening(q.event_type, ws):
            s.trigger, s.score = True, -0.5  # a related happening ("talks" for "meeting") counts, less
        s.coverage = sum(kw_matches(k, ws) for k in others) / len(others) if others else 1.0
        s.score += 3 * s.names + 2 * s.trigger + 2 * s.coverage - len(ws) / 200
    return sorted(found.values(), key=lambda s: -s.score)


def supported(s: Sentence) -> bool:
    """Does the sentence speak of what was asked: the names (all of one or two, most of more),
    the happening, and at least half the other words."""
    return s.names >= 0.66 and s.trigger and s.coverage >= 0.5


def events(store: Store, q: Question) -> list[EventRecord]:
    """Events whose participants or label name everyone the question names, of its type first."""
    names = q.name_keys
    if not names:
        return []
    ent = store.find_entity(q.names[0])
    if ent is None:
        return []
    pool = store.events(entity=ent.id, type=q.event_type, status=ALL_STATUSES, limit=200)
    out = []
    for ev in pool.items:
        text = (ev.label + " " + " ".join(p.name for p in ev.participants) + " " + (ev.location_name or "")).lower()
        if all(n in text for n in names):
            out.append(ev)
    return sorted(out, key=lambda e: -e.documents)
