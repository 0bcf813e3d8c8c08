"""The extract stage: cleaned documents → sentences, entity mentions, events and claims.

One spaCy pipeline per process, documents fed through ``nlp.pipe`` in batches; each component
below reads the shared spaCy ``Doc`` and adds one kind of result to the ``Analysis``.
"""
from __future__ import annotations

import bisect
from typing import Iterable, Iterator

from storyline.extract import attribution, claims, entities, events, nlp
from storyline.extract.dates import find_timexes
from storyline.model import Analysis, Document, Sentence


def analyse(docs: Iterable[Document], batch_size: int = nlp.BATCH_SIZE) -> Iterator[Analysis]:
    docs = list(docs)
    for document, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield analyse_parsed(document, sdoc)


def analyse_parsed(document: Document, sdoc) -> Analysis:
    sents = [s for s in sdoc.sents if s.text.strip()]
    sentences = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sents)]
    starts = [s.start for s in sentences]

    def sent_index(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    mentions = entities.extract_mentions(sdoc, document.id, sent_index)
    by_token: dict[int, object] = {}
    for m in mentions:
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                by_token.setdefault(t.i, m)

    def mention_at(tok):
        return by_token.get(tok.i)

    def antecedent(pron):
        return events._antecedent(pron, [], mention_at)

    timexes = find_timexes(document.text, document.published)
    tx_starts = [t.start for t in timexes]
    analysis = Analysis(doc=document, sentences=sentences, mentions=mentions)
    ev_counter, cl_counter = [0], [0]
    for i, s in enumerate(sents):
        lo = bisect.bisect_left(tx_starts, s.start_char)
        hi = bisect.bisect_left(tx_starts, s.end_char)
        in_sent = [m for m in mentions if m.sent == i]
        sources = attribution.sources(s, mention_at)
        evs = events.extract_events(s, i, document.id, mention_at, in_sent, timexes[lo:hi],
                                    sources or ([document.outlet] if document.outlet else []), ev_counter)
        analysis.events += evs
        analysis.claims += claims.extract_claims(s, i, document.id, mention_at, evs, sources,
                                                 cl_counter, antecedent)
    return analysis
