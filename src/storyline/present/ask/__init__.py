"""Ask the story: a question in plain English, answered from the store with the sentences that
support it (``storyline ask``, ``GET /api/ask``, the question box of the web UI)."""

from __future__ import annotations

import re
from typing import Optional

from storyline.present.ask.answer import answer
from storyline.present.ask.models import NOT_SAID, AskAnswer, AskEvidence
from storyline.present.ask.question import analyse
from storyline.present.ask.retrieve import events, sentences
from storyline.store.base import Store

MAX_QUESTION = 500


def ask(
    store: Store,
    question: str,
    llm: Optional[str] = None,
    date_from: Optional[str] = None,
    date_to: Optional[str] = None,
) -> AskAnswer:
    """Answer one question; ValueError for an empty or overlong one, or a bad date.
    ``date_from``/``date_to`` (YYYY[-MM[-DD]]): answer only from articles published then, the
    story meant when a large store holds the same people at other times."""
    question = " ".join(question.split())
    if not question:
        raise ValueError("the question is empty")
    if len(question) > MAX_QUESTION:
        raise ValueError(f"the question is longer than {MAX_QUESTION} characters")
    for d in (date_from, date_to):
        if d is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
            raise ValueError(f"{d!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    q = analyse(question)
    q.date_from, q.date_to = date_from, date_to
    sents, evs = sentences(store, q), events(store, q)
    if date_from or date_to:  # in a window, an event counts where an article of the window reports it
        docs = {s.doc for s in sents}
        evs = [ev for ev in evs if any(m.doc in docs for m in ev.mentions)]
    result = answer(q, sents, evs, store)
    result.claims = claims_in(store, result.evidence)
    if result.kind in ("who", "first") and result.answer != NOT_SAID:
        result.answer = full_name(store, result.answer)
    if llm and result.evidence:
        from storyline.present.ask.llm import phrase_with

        result = phrase_with(llm, result)
    return result


def full_name(store: Store, name: str) -> str:
    """ "The Post (The Washington Post)": a short name with the entity the store resolved it to,
    only when it is exactly one of that entity's names."""
    if len(name.split()) > 5:
        return name
    ent = store.find_entity(name)
    if ent is None or ent.name.lower() == name.lower():
        return name
    if name.lower() in (a.lower() for a in ent.aliases):
        return f"{name} ({ent.name})"
    return name


def claims_in(store: Store, cited: list[AskEvidence]) -> list[str]:
    """Ids of the stored claims made in the cited sentences (a speaker's assertion or denial)."""
    out: list[str] = []
    for doc in dict.fromkeys(e.doc for e in cited):
        spans = [(e.start, e.end) for e in cited if e.doc == doc]
        for c in store.claims(doc=doc).items:
            if any(s <= c.start < e or c.start <= s < c.end for s, e in spans) and c.id not in out:
                out.append(c.id)
    return out


__all__ = ["ask", "AskAnswer", "AskEvidence", "NOT_SAID", "MAX_QUESTION"]
