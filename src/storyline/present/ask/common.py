"""What every kind of answer shares: evidence from sentences, "do not say", confidence."""

from __future__ import annotations

from typing import Optional

from storyline.present.ask.models import NOT_SAID, AskAnswer, AskEvidence
from storyline.present.ask.question import Question
from storyline.present.ask.sentence import Sentence
from storyline.store.records import EventRecord

TOP = 12  # supporting sentences parsed for an answer phrase


def evidence(sents: list[Sentence]) -> list[AskEvidence]:
    seen, out = set(), []
    for s in sents:
        if s.key not in seen:
            seen.add(s.key)
            out.append(
                AskEvidence(
                    doc=s.doc, start=s.start, end=s.end, text=s.text, outlet=s.outlet, published=s.published
                )
            )
    return out


def not_said(q: Question) -> AskAnswer:
    return AskAnswer(
        question=q.text,
        answer=NOT_SAID,
        confidence=0.0,
        kind=q.kind,
        evidence=[],
        events=[],
        claims=[],
        disagreement=None,
    )


def confidence(s: Sentence, found_phrase: bool, docs: int) -> float:
    c = 0.35 * s.names + 0.25 * s.coverage + 0.2 * found_phrase + 0.1 * min(1.0, docs / 3) + 0.1 * s.trigger
    return round(min(0.95, c), 2)


def event_of(s: Sentence, evs: list[EventRecord]) -> Optional[EventRecord]:
    for ev in evs:
        if any(
            m.doc == s.doc and m.start <= s.start < m.end or m.doc == s.doc and s.start <= m.start < s.end
            for m in ev.mentions
        ):
            return ev
    return None
