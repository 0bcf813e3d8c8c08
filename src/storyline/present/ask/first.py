"""Which source first reported it: a sentence that says so, else the earliest published report."""

from __future__ import annotations

import re
from typing import Optional

from storyline.extract import nlp
from storyline.present.ask.common import TOP, confidence, evidence, not_said
from storyline.present.ask.models import AskAnswer
from storyline.present.ask.parsing import parse
from storyline.present.ask.question import Question
from storyline.present.ask.sentence import Sentence, in_articles
from storyline.present.ask.spans import with_article
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


MEDIA = re.compile(
    r"\b(Times|Post|Journal|News|Press|Tribune|Herald|Reuters|CNN|NBC|ABC|CBS|BBC|MSNBC|Bloomberg"
    r"|Politico|Axios|Guardian|Daily|Magazine|Wire|Gazette|Telegraph|Globe|Bureau|Beast|Hill|USA Today|Today|NPR"
    r"|Fox|Newsweek|Atlantic|Slate|Vox|Salon|Breitbart|Newsmax|Examiner|Caller|Associated Press)\b"
)
CREDIT_VERBS = {"report", "reveal", "break", "publish", "say"}
PIECES = {"story", "report", "article", "piece", "account", "investigation", "scoop"}
REPORTING = re.compile(r"\b(?:report|broke|break|publish|reveal|stor(?:y|ies)|scoop|article)", re.I)


def _credited(q: Question, good: list[Sentence]) -> Optional[AskAnswer]:
    """The outlet other articles credit with the report ("according to The New York Times", "The
    Washington Post reported"): the one that broke it, when articles other than its own say so."""
    votes: dict[str, list[tuple[Sentence, str]]] = {}
    for s in good:
        doc = parse(s.text)
        for e in doc.ents:
            if e.label_ not in OUTLET_LABELS or not MEDIA.search(e.text):
                continue
            if any(n in e.text.lower() for n in q.name_keys) or (s.outlet and e.text in s.outlet):
                continue
            head = e.root.head
            cites = (
                e.root.dep_ == "nsubj"
                and nlp.lemma(head).lower() in CREDIT_VERBS
                or e.root.dep_ == "pobj"
                and head.lower_ == "to"
                and head.i > 0
                and doc[head.i - 1].lower_ == "according"
                or e.root.dep_ == "pobj"
                and head.lower_ == "by"
                and nlp.lemma(head.head).lower() in CREDIT_VERBS
                # "In a New York Times story Thursday night, allies of Comey said ..."
                or e.root.dep_ in ("compound", "poss", "nmod")
                and nlp.lemma(head).lower() in PIECES
            )
            if cites:
                key = e.text.lower().removeprefix("the ")
                votes.setdefault(key, []).append((s, with_article(doc, e)))
    if not votes:
        return None
    for short in sorted(votes, key=len):  # "the Times" is "The New York Times" cited again
        longer = [k for k in votes if k != short and k.endswith(" " + short)]
        if len(longer) == 1:
            votes[longer[0]] += votes.pop(short)
    best = max(votes.values(), key=lambda v: (len({s.doc for s, _ in v}), -len(v[0][1])))
    s, name = best[0]
    return AskAnswer(
        question=q.text,
        answer=name,
        confidence=confidence(s, True, len({o.doc for o, _ in best})),
        kind=q.kind,
        evidence=evidence([o for o, _ in best][:3]),
        events=[],
        claims=[],
        disagreement=None,
    )


NEARBY_DOCS = 4  # articles read whole for a credit sentence next to a report
AFTER = 3  # sentences after a report where "It was first reported by X" may follow


def _nearby(good: list[Sentence], store: Store) -> list[Sentence]:
    """Sentences just after the reports found, in their articles: "The development was first
    reported by The Washington Post" names neither who nor what, only the sentence before does."""
    out: list[Sentence] = []
    for s, sents, at in in_articles(store, good[:TOP], NEARBY_DOCS):
        for x in sents[at + 1 : at + 1 + AFTER]:
            if FIRST_WORDS.search(x.text) and re.search(r"\breport", x.text, re.I):
                out.append(Sentence(s.doc, x.start, x.end, x.text, s.outlet, s.published, s.title))
    return out


def first_report(
    q: Question, good: list[Sentence], docs: int, evs: list[EventRecord], store: Optional[Store]
) -> AskAnswer:
    said = _says_first(q, good[:TOP], docs)
    if said is None and store is not None:
        said = _says_first(q, _nearby(good, store), docs)
        if said is not None:  # the report it speaks of, too
            said.evidence += evidence([s for s in good[:TOP] if s.doc == said.evidence[0].doc][:1])
    if said is not None:
        return said
    credited = _credited(q, good[:TOP])
    if credited is not None:
        return credited
    return _earliest(q, good, docs, evs, store)


def _says_first(q: Question, sents: list[Sentence], docs: int) -> Optional[AskAnswer]:
    for s in sents:  # a source that says who first reported it
        if FIRST_WORDS.search(s.text):
            doc = parse(s.text)
            mark = next((t.i for t in doc if t.lower_ in ("first", "originally", "initially", "broke")), 0)
            # "Trump initially claimed ...": a first that is not a report's names no outlet
            reporting = REPORTING.search(s.text) is not None
            outlets = [
                e
                for e in doc.ents
                if e.label_ in OUTLET_LABELS
                and not any(n in e.text.lower() for n in q.name_keys)
                and (reporting or MEDIA.search(e.text))
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
    return None


def _earliest(
    q: Question, good: list[Sentence], docs: int, evs: list[EventRecord], store: Optional[Store]
) -> AskAnswer:
    # the earliest published article among those reporting it: the sentences found, and the
    # mentions of the event asked about (its type, everyone named)
    ev = next((e for e in evs if q.event_type in (None, e.type)), None) if store is not None else None
    reports = good + (_event_reports(ev, store) if ev is not None and store is not None else [])
    dated = sorted((s for s in reports if s.published), key=lambda s: s.published or "")
    if not dated:
        return not_said(q)
    first = dated[0]
    same_day = sorted({s.source for s in dated if s.published == first.published})
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
