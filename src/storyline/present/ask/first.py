"""Which source first reported it: a sentence that says so, else the earliest published report."""

from __future__ import annotations

import re
from typing import Optional

from storyline.present.ask.common import TOP, confidence, evidence, not_said
from storyline.present.ask.extract import parse, with_article
from storyline.present.ask.models import AskAnswer
from storyline.present.ask.question import Question
from storyline.present.ask.retrieve import Sentence
from storyline.store.base import Store
from storyline.store.records import EventRecord

FIRST_WORDS = re.compile(r"\b(first|originally|initially|broke the news|first to report)\b", re.I)
OUTLET_LABELS = ("ORG", "WORK_OF_ART")


def _event_reports(ev: EventRecord, store: Store) -> list[Sentence]:
    """The event's mention sentences with their documents' outlet and publication date."""
    out = []
    for m in ev.mentions:
        d = store.document(m.doc)
        out.append(Sentence(m.doc, m.start, m.end, m.text, d.outlet, d.published, d.title, 1.0, 1.0, True))
    return out


def first_report(
    q: Question, good: list[Sentence], docs: int, evs: list[EventRecord], store: Optional[Store]
) -> AskAnswer:
    for s in good[:TOP]:  # a source that says who first reported it
        if FIRST_WORDS.search(s.text):
            doc = parse(s.text)
            mark = next((t.i for t in doc if t.lower_ in ("first", "originally", "initially", "broke")), 0)
            outlets = [
                e
                for e in doc.ents
                if e.label_ in OUTLET_LABELS and not any(n in e.text.lower() for n in q.name_keys)
            ]
            outlets.sort(key=lambda e: abs(e.start - mark))
            if outlets:
                return AskAnswer(
                    question=q.text,
                    answer=with_article(doc, outlets[0]),
                    confidence=confidence(s, True, docs),
                    kind=q.kind,
                    evidence=evidence([s]),
                    events=[],
                    claims=[],
                    disagreement=None,
                )
    # else the earliest published article among those reporting it: the sentences found, and the
    # mentions of the event asked about (its type, everyone named)
    ev = next((e for e in evs if q.event_type in (None, e.type)), None) if store is not None else None
    reports = good + (_event_reports(ev, store) if ev is not None and store is not None else [])
    dated = sorted((s for s in reports if s.published), key=lambda s: s.published or "")
    if not dated:
        return not_said(q)
    first = dated[0]
    same_day = sorted({s.outlet or s.doc for s in dated if s.published == first.published})
    text = f"{', '.join(same_day)} ({first.published})"
    return AskAnswer(
        question=q.text,
        answer=text,
        confidence=confidence(first, True, docs),
        kind=q.kind,
        evidence=evidence([s for s in dated if s.published == first.published][:3]),
        events=[ev.id] if ev is not None else [],
        claims=[],
        disagreement=None,
    )
